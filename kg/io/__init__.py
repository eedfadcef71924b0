"""Input and output plumbing: reading articles, writing output files atomically."""
from kg.io.atomic import OutputTransaction, atomic_write_bytes, atomic_write_text
from kg.io.readers import count_articles, find_input_files, iter_articles

__all__ = [
    "OutputTransaction",
    "atomic_write_bytes",
    "atomic_write_text",
    "count_articles",
    "find_input_files",
    "iter_articles",
]
