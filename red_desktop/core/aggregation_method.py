"""How the committee aggregate is taken, apart from the taking (aggregation.py, with numpy and pandas): the command
line's parser needs these names, and `red-desktop --help` should not load a data frame library to print them."""

from __future__ import annotations

from enum import StrEnum

DEFAULT_SPREAD_THRESHOLD = 15.0


class Method(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"
