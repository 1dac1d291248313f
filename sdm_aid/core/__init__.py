"""The Qt-free core of SDM Aid: aid model, parsing, validation and the library.

Nothing under ``sdm_aid.core`` may import PySide6; ``tests/core/test_no_qt.py`` checks it.
"""
