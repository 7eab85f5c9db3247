"""`python -m red_desktop` runs the same program as `red-desktop`."""

import sys

from red_desktop.cli import main

sys.exit(main())
