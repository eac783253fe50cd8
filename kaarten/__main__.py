"""Run kaarten as ``python -m kaarten``."""

import sys

from kaarten.cli.main import main

sys.exit(main())
