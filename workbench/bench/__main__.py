import sys

from workbench.bench.runner import main

sys.exit(main())
