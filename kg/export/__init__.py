"""Exporters that turn the built graph into files for people (the interactive HTML page)."""
from kg.export.html import render_html, write_html

__all__ = ["render_html", "write_html"]
