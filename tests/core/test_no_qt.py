"""The core and the command-line subcommands never import Qt."""

from __future__ import annotations

import subprocess
import sys

from support import EXAMPLE

CODE = """
import pkgutil, importlib, sys
import sdm_aid.core
for info in pkgutil.walk_packages(sdm_aid.core.__path__, "sdm_aid.core."):
    importlib.import_module(info.name)
from sdm_aid.cli import main
main(["validate", {example!r}])
main(["list"])
bad = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print("QT:" + ",".join(bad))
"""


def test_core_and_cli_do_not_import_qt() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CODE.format(example=str(EXAMPLE))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip().splitlines()[-1] == "QT:"
