"""Exports for a supervisor: one `gather()` decides what is shared; each format only writes it."""
