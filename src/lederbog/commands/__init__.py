"""One module per subcommand. Each has `register(subparsers, common)`, which adds
its parser and sets `run`, a function from the parsed arguments to an exit code.
None of these modules may import Textual."""
