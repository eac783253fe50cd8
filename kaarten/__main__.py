"""Run kaarten as ``python -m kaarten``."""

import sys

from kaarten.cli import main

sys.exit(main())
