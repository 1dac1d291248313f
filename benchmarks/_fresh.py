"""Fresh processes for the benchmarks: bytecode as installed, and private folders so that
a run never reads or writes the user's own data (bench_app.py, bench_cli.py)."""

from __future__ import annotations

import compileall
import os
from pathlib import Path


def compile_package() -> None:
    """Compile ``sdm_aid`` to bytecode, as pip does when it installs the package.

    A checkout may not have any yet (with PYTHONDONTWRITEBYTECODE set, for instance);
    Python reads bytecode even then, so both sides of a measure start alike.
    """
    import sdm_aid

    compileall.compile_dir(Path(sdm_aid.__file__).parent, quiet=1)


def private_dirs(root: Path, *, home: bool = False, runtime: bool = False) -> dict[str, str]:
    """The data, cache and config folders under ``root`` (and ``HOME`` and the runtime
    folder, if asked: the runtime folder is made, private, as the desktop would)."""
    dirs = {
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_CACHE_HOME": str(root / "cache"),
        "XDG_CONFIG_HOME": str(root / "config"),
    }
    if home:
        dirs["HOME"] = str(root / "home")
    if runtime:
        (root / "run").mkdir(mode=0o700, exist_ok=True)
        dirs["XDG_RUNTIME_DIR"] = str(root / "run")
    return dirs


def child_env(root: Path, *, home: bool = False, runtime: bool = False) -> dict[str, str]:
    """This process's environment for a child: offscreen Qt, private folders under ``root``."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        **private_dirs(root, home=home, runtime=runtime),
    }
