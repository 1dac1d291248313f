"""Guard against Qt bindings that corrupt Python's reference count of None.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a Qt method that
returns nothing; a long session then aborts ("deallocating None"). pyproject.toml
excludes that release; this test fails if such a binding is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_returning_nothing_keep_none_alive() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 50
