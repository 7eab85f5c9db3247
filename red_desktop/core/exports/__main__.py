"""`python -m red_desktop.core.exports docs/exports.md`: rewrite the document's generated list of tables and columns."""

from __future__ import annotations

import sys
from pathlib import Path

from red_desktop.core.exports.columns import with_columns

if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.write_text(with_columns(target.read_text(encoding="utf-8")), encoding="utf-8")
