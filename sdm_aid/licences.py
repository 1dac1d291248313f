"""The licences of SDM Aid and of everything it ships with (Help › About, the bundle).

Versions and licence files come from the installed distributions' metadata, which the
standalone bundle carries too (packaging/sdm-aid.spec copies it), so the app, a pip install
and the bundle report the same way. Qt and PySide6 ship no licence file in their wheels:
their licence, the LGPL-3 (which builds on the GPL-3), is kept in resources/licenses.
"""

from __future__ import annotations

import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from sdm_aid import __version__
from sdm_aid.paths import resources_dir

PROJECT_LICENCE = "MIT"

# What the app loads at run time (pyproject.toml's dependencies and theirs).
RUNTIME_DISTRIBUTIONS = (
    "PySide6-Essentials",
    "shiboken6",
    "Jinja2",
    "MarkupSafe",
    "Markdown",
    "PyYAML",
    "nh3",
    "textstat",
    "pyphen",
    "platformdirs",
)

_LGPL = ("LGPL-3.0.txt", "GPL-3.0.txt")  # in resources/licenses
_QT_NOTE = (
    "Qt and PySide6 are used under the GNU Lesser General Public License version 3. "
    "They are loaded as separate shared libraries, which you may replace with your own "
    "builds; their source is at https://code.qt.io and https://download.qt.io."
)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    files: tuple[tuple[str, str], ...]  # (file name, text)
    note: str = ""


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _licence_name(meta: metadata.PackageMetadata) -> str:
    for key in ("License-Expression", "License"):
        value = (meta.get(key) or "").strip()
        if value and "\n" not in value and len(value) < 80:
            return value
    named = [  # several mean a choice (Pyphen: GPL, LGPL or MPL)
        classifier.rsplit("::", 1)[-1].strip()
        for classifier in meta.get_all("Classifier") or []
        if classifier.startswith("License ::")
    ]
    return " OR ".join(named) or "see the licence text"


def _dist_files(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    found = []
    for file in dist.files or []:
        name = file.name.upper()
        in_licences = "licenses" in file.parts or "licences" in file.parts
        if ".dist-info" in str(file) and (
            in_licences or name.startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE"))
        ):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append((file.name, _read(path)))
    return tuple(found)


def project() -> Component:
    return Component(
        "SDM Aid",
        __version__,
        PROJECT_LICENCE,
        (("LICENSE", _read(resources_dir() / "licenses" / "SDM-AID-LICENSE.txt")),),
    )


def python_licence_file() -> Path | None:
    """Python's own licence, where this interpreter keeps it (bundled by the spec)."""
    bundled = resources_dir() / "licenses" / "python" / "LICENSE.txt"
    candidates = [
        bundled,
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ]
    return next((path for path in candidates if path.is_file()), None)


def third_party() -> list[Component]:
    """Every component the app ships with and its licence texts, in a fixed order."""
    licences = resources_dir() / "licenses"
    lgpl = tuple((name, _read(licences / name)) for name in _LGPL)
    python = python_licence_file()
    found = [
        Component(
            "Python",
            sys.version.split()[0],
            "PSF-2.0",
            (("LICENSE.txt", _read(python)),) if python else (),
        ),
        Component("Qt", _qt_version(), "LGPL-3.0-only", lgpl, _QT_NOTE),
    ]
    for name in RUNTIME_DISTRIBUTIONS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        files = _dist_files(dist)
        if name in ("PySide6-Essentials", "shiboken6"):
            files, licence, note = lgpl, "LGPL-3.0-only", _QT_NOTE
        else:
            licence, note = _licence_name(dist.metadata), ""
        found.append(Component(dist.metadata["Name"], dist.version, licence, files, note))
    cmu = resources_dir() / "wordlists" / "CMUDICT-LICENSE.txt"
    found.append(
        Component(
            "CMU Pronouncing Dictionary (data in resources/wordlists/syllables.txt)",
            "",
            "BSD-2-Clause",
            (("CMUDICT-LICENSE.txt", _read(cmu)),),
        )
    )
    cldr = resources_dir() / "locale" / "UNICODE-LICENSE.txt"
    found.append(
        Component(
            "Unicode CLDR (date words in resources/locale/long-dates.txt, via Babel)",
            "",
            "Unicode-3.0",
            (("UNICODE-LICENSE.txt", _read(cldr)),),
        )
    )
    return found


def _qt_version() -> str:
    try:
        return metadata.version("PySide6-Essentials")  # built against the same Qt release
    except metadata.PackageNotFoundError:
        return ""


def notices_text() -> str:
    """One plain-text file with every licence: THIRD-PARTY-LICENSES.txt in the bundle."""
    parts = [f"SDM Aid {__version__} ships with the following components.\n"]
    for component in [project(), *third_party()]:
        head = f"{component.name} {component.version}".strip()
        parts.append("=" * 78 + f"\n{head}: {component.licence}\n" + "=" * 78)
        if component.note:
            parts.append(component.note + "\n")
        for name, text in component.files:
            parts.append(f"--- {name} ---\n{text.strip()}\n")
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(notices_text())
