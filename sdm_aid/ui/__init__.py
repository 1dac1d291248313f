"""The Qt layer of SDM Aid: a thin view over the Qt-free core."""

from sdm_aid.ui.support import startup

startup.use_builtin_hashes()
startup.skip_code_highlighting()
startup.lean_pyside_import_hook()
