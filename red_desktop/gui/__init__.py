"""The window (PySide6). PySide6's watch of every import is mended first: see import_watch."""

from red_desktop.gui.import_watch import mend_import_watch

mend_import_watch()
