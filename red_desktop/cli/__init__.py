"""The headless commands of `red-desktop`: main.py builds the parser from one module per command (common.py holds
what they share); nothing is imported here, so a command loads only what it needs."""
