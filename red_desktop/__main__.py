"""`python -m red_desktop` runs the same program as `red-desktop` (and is the installer's entry point)."""

import multiprocessing
import sys

from red_desktop.cli.main import main

# In the installed (frozen) program the committee's process apart starts this same executable: it must run the
# work it was started for, not open another window (a no-op elsewhere).
multiprocessing.freeze_support()
sys.exit(main())
