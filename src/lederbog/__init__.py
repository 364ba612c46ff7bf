"""Lederbog: a terminal workbook for personal leadership development."""

__version__ = "0.1.0"
