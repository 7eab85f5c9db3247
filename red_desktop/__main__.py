"""`python -m red_desktop` runs the same program as `red-desktop`."""

import sys

from red_desktop.cli.main import main

sys.exit(main())
