"""Exporters that turn the built graph into files for people (the interactive HTML page)."""
from kg.export.html import render_html, write_html
from kg.export.layout import force_layout

__all__ = ["force_layout", "render_html", "write_html"]
