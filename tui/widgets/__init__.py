"""The reader's widgets, one per file."""
