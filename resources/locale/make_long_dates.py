"""Make ``long-dates.txt``: what a long date ("2 March 2026") needs, for every locale.

For each locale Babel knows: the tokens of its long date pattern (``d MMMM y``) and its
month names, or ``"babel"`` where the pattern has other fields (an era, a weekday), which
Babel then formats itself. Locales with the same words share one entry. The app reads this
table (about 150 KB; it looks up one line, and decodes that line's entry only) instead of
loading Babel's locale data (about 6 MB and 20 ms in each process); see
``sdm_aid/core/long_dates.py``.

The format, line by line: comment lines (``#``); ``babel VERSION``; each entry as ``@N``
and its JSON; each locale as its name and the number of its entry.

Run it with the Babel version the app depends on installed::

    python resources/locale/make_long_dates.py

The data is the Unicode Common Locale Data Repository's, as Babel ships it, under the
Unicode licence (copied to ``UNICODE-LICENSE.txt`` here).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    import babel
    from babel import localedata

    from sdm_aid.core.long_dates import learn

    entries: list[object] = []
    index: dict[str, int] = {}
    locales: dict[str, int] = {}
    for name in sorted(localedata.locale_identifiers()):
        parts = learn(name)
        key = json.dumps(parts, ensure_ascii=False, sort_keys=True)
        if key not in index:
            index[key] = len(entries)
            entries.append(parts)
        locales[name] = index[key]
    lines = [
        "# Long date patterns and month names from the Unicode CLDR, as Babel ships them.",
        "# Licence: UNICODE-LICENSE.txt beside this file. Made by make_long_dates.py; do not edit.",
        f"babel {babel.__version__}",
    ]
    for number, parts in enumerate(entries):
        entry = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        lines.append(f"@{number} {entry}")
    lines += [f"{name} {number}" for name, number in locales.items()]
    (HERE / "long-dates.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    licence = Path(localedata.__file__).parent / "locale-data" / "LICENSE.unicode"
    shutil.copyfile(licence, HERE / "UNICODE-LICENSE.txt")
    print(f"{len(locales)} locales, {len(entries)} entries, Babel {babel.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
