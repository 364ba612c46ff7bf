"""Widgets of the workbook, each self-contained."""
