"""Filling a translated text's %1, %2, ... in one pass, as Qt's QString::arg does with several arguments.

Substituting one placeholder at a time rewrites a value that itself contains "%2" (a name from a key file, a
title typed by a user); here each placeholder of the template is replaced once, and what replaces it is never
looked at again.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """`template` with %1 replaced by values[0], %2 by values[1], ...; a placeholder with no value stays."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
