"""One module per subcommand. Each has `register(subparsers, common, lang)`, which adds
its parser (help in `lang`, from lederbog.strings.cli) and sets `run`, a function from
the parsed arguments to an exit code; `args.lang` is the language it speaks.
None of these modules may import Textual."""
