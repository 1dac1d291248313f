"""The bundle's ``sdm-aid`` program (PyInstaller entry script)."""

import sys

from sdm_aid.cli import main

sys.exit(main())
