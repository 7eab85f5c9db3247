"""RED Desktop: offline evaluation of Regional Economic Development project proposals."""

__version__ = "0.1.0"
