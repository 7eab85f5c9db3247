"""RED Desktop: offline evaluation of Regional Economic Development project proposals."""

import sys

__version__ = "0.1.0"

# An environment may set PYTHONDONTWRITEBYTECODE: the program's own modules, imported after this one, would be
# compiled again at every start (0.2 s of a window's start, measured in a clean clone). They are written beside
# the modules where that can be done; where it cannot (a read-only install), Python goes on without them.
sys.dont_write_bytecode = False
