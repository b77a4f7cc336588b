"""``python -m ui``: the ``workbench`` command where it is not installed."""

import sys

from ui.launch import main

sys.exit(main())
