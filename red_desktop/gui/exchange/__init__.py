"""The Exchange view: your key, export, import with preview, conflicts and the side-by-side resolver, the roster."""
