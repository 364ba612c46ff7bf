"""Plain dataclasses for what a leader works with. No Textual, no I/O."""
