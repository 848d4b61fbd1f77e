"""`python -m autograde`: the course's command line."""

import sys

from autograde.cli import main

sys.exit(main())
