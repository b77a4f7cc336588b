"""``python -m workbench.cli SUBCOMMAND …``: the command line without the window."""

import sys

from workbench.cli import main

sys.exit(main())
