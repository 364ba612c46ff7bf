"""`python -m lederbog` runs the same entry point as the `lederbog` script."""

import sys

from lederbog.entry import main

sys.exit(main())
