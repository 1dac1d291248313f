"""The bundle's windowed ``sdm-aid-gui`` program on Windows (PyInstaller entry script)."""

import sys

from sdm_aid.cli import gui_main

sys.exit(gui_main())
