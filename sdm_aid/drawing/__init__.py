"""Qt drawing that is not a widget: the PDF writer, printing and the icon-array figures.

QtGui only. It may import the Qt-free core, never the UI or the command line (an
import-linter contract in pyproject.toml keeps it so).
"""

from sdm_aid.qt_import import lean_pyside_import_hook

lean_pyside_import_hook()  # before any Qt module below: later imports are checked cheaply
