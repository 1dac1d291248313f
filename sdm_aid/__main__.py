"""``python -m sdm_aid`` runs the same command line as ``sdm-aid``."""

import sys

from sdm_aid.cli import main

sys.exit(main())
