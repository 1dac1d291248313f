"""A translation placed in the translations folder is used for the person's language."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sdm_aid.ui.app import install_translation, make_app

WELSH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
</context>
</TS>
"""

PROBE = r"""
import sys
from pathlib import Path
from sdm_aid.ui.app import install_translation, make_app
app = make_app()
print("loaded", install_translation(app, Path(sys.argv[1])))
from sdm_aid.ui.main_window import MainWindow
win = MainWindow(use_threads=False)
print("menus", [a.text() for a in win.menuBar().actions()])
"""


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


def test_no_translations_means_nothing_loaded(tmp_path: Path) -> None:
    assert install_translation(make_app(), tmp_path) is None


def test_the_persons_language_is_used(tmp_path: Path) -> None:
    source = tmp_path / "sdm_aid_cy.ts"
    source.write_text(WELSH, encoding="utf-8")
    subprocess.run(
        [lrelease(), str(source), "-qm", str(tmp_path / "sdm_aid_cy.qm")],
        check=True,
        capture_output=True,
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"))
    for lang, menu in (("cy_GB.UTF-8", "&Ffeil"), ("en_GB.UTF-8", "&File")):
        env.update(LANG=lang, LC_ALL=lang, LANGUAGE="")
        out = subprocess.run(
            [sys.executable, "-c", PROBE, str(tmp_path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=True,
        ).stdout
        assert menu in out, out
