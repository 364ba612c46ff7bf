"""`python -m lederbog` runs the same entry point as the `lederbog` script."""

import sys

from lederbog.cli import main

sys.exit(main())
