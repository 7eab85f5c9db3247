"""PDF sheets of evaluations and committee aggregates, drawn with reportlab from data prepared in the core."""
