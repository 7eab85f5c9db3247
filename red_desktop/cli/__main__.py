"""`python -m red_desktop.cli` runs the same program as `red-desktop` and `python -m red_desktop`."""

import sys

from red_desktop.cli.main import main

sys.exit(main())
