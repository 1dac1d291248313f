"""Make ``long-dates.json``: what a long date ("2 March 2026") needs, for every locale.

For each locale Babel knows: the tokens of its long date pattern (``d MMMM y``) and its
month names, or ``"babel"`` where the pattern has other fields (an era, a weekday), which
Babel then formats itself. Locales with the same words share one entry. The app reads this
table (about 150 KB) instead of loading Babel's locale data (about 6 MB and 20 ms in each
process); see ``sdm_aid/core/long_dates.py``.

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
    table = {"babel": babel.__version__, "entries": entries, "locales": locales}
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    (HERE / "long-dates.json").write_text(text + "\n", encoding="utf-8")
    licence = Path(localedata.__file__).parent / "locale-data" / "LICENSE.unicode"
    shutil.copyfile(licence, HERE / "UNICODE-LICENSE.txt")
    print(f"{len(locales)} locales, {len(entries)} entries, Babel {babel.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
