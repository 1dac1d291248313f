"""A note of several megabytes: the PDF takes at most 10 x the HTML.

Qt lays out one paragraph in more than linear time, so a 5 MB note typed without line
breaks took minutes. The Qt HTML cuts long text into paragraphs of at most
``summary.LONG_TEXT`` characters, every word kept up to ``PDF_TEXT_LIMIT`` (about 170
pages), and then says how much more there is; the web page keeps it all as typed.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from pathlib import Path

import pytest
from hostile_runner import run_measured
from pypdf import PdfReader

from sdm_aid.core.export import render_html, render_qt_html
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.session import from_json
from sdm_aid.core.summary import LONG_TEXT, PDF_TEXT_LIMIT, build_summary
from support import EXAMPLE, FIXTURES

SESSION = FIXTURES / "sessions" / "example-undecided.sdm.json"


def numbered_words(size: int, lines: bool = False) -> str:
    """About ``size`` characters of numbered words, so a lost or repeated one shows."""
    words, total, n = [], 0, 0
    while total < size:
        word = f"w{n:07d}"
        words.append(word + ("\n" if lines and n % 40 == 39 else " "))
        total += len(word) + 1
        n += 1
    return "".join(words)


def words_in(html: str) -> list[str]:
    return re.findall(r"w\d{7}", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("lines", [False, True])
def test_long_notes_keep_every_word_in_the_qt_html(lines: bool) -> None:
    note = numbered_words(300_000, lines)
    data = json.loads(SESSION.read_text("utf-8"))
    data["decision"]["clinician_notes"] = note
    summary = build_summary(from_json(json.dumps(data)), load_aid_or_raise(EXAMPLE))
    qt_html = render_qt_html(summary)[0]
    assert words_in(qt_html) == words_in(note)
    paragraphs = re.findall(r"<p>(.*?)</p>", qt_html, re.S)
    assert max(len(re.sub(r"<[^>]+>", "", p)) for p in paragraphs) <= LONG_TEXT + 200
    web = render_html(summary)
    assert words_in(web) == words_in(note)
    assert "<br>" in web if lines else True


def test_a_run_without_spaces_is_cut_but_kept() -> None:
    note = "ζ" * (3 * LONG_TEXT + 5) + " end"
    data = json.loads(SESSION.read_text("utf-8"))
    data["decision"]["clinician_notes"] = note
    summary = build_summary(from_json(json.dumps(data)), load_aid_or_raise(EXAMPLE))
    qt_html = render_qt_html(summary)[0]
    assert qt_html.count("ζ") == 3 * LONG_TEXT + 5
    assert qt_html.count("ζ</p><p>ζ") == 3
    assert "ζ end" in qt_html or "ζ</p><p>end" in qt_html


def test_beyond_the_pdf_limit_the_pdf_says_how_much_more_there_is() -> None:
    note = numbered_words(PDF_TEXT_LIMIT + 100_000)
    data = json.loads(SESSION.read_text("utf-8"))
    data["decision"]["clinician_notes"] = note
    summary = build_summary(from_json(json.dumps(data)), load_aid_or_raise(EXAMPLE))
    qt_words, all_words = words_in(render_qt_html(summary)[0]), words_in(note)
    assert qt_words == all_words[: len(qt_words)]  # in order, none left out before the cut
    assert len(qt_words) * 9 >= PDF_TEXT_LIMIT - 100
    assert "more characters, too many to print" in render_qt_html(summary)[0]
    assert words_in(render_html(summary)) == all_words  # the web page has every word


@pytest.mark.slow
def test_pdf_of_a_5_mb_note_takes_at_most_10_times_the_html(tmp_path: Path) -> None:
    note = numbered_words(5_000_000)
    data = json.loads(SESSION.read_text("utf-8"))
    data["decision"]["clinician_notes"] = note
    session = tmp_path / "big.sdm.json"
    session.write_text(json.dumps(data), "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    aids = tmp_path / "aids"
    aids.mkdir()
    (aids / "example-aid.md").write_bytes(EXAMPLE.read_bytes())
    command = [sys.executable, "-m", "sdm_aid", "export", str(session), "--aids", str(aids)]
    command.append("--with-clinician-notes")  # the patient copy leaves them out by default
    times: dict[str, list[float]] = {"html": [], "pdf": []}
    for fmt in ("html", "pdf", "html", "pdf", "html"):  # the quickest of each: less noise
        run = run_measured(
            [*command, "--force", "-o", str(tmp_path / f"big.{fmt}")],
            timeout=120,
            env=env,
            cwd=tmp_path,
            out_dir=tmp_path / fmt,
        )
        assert run.returncode == 0, run.stderr
        times[fmt].append(run.seconds)
        print(f"{fmt}: {run.seconds:.2f} s, {run.peak_rss_mb:.0f} MB")
        assert run.peak_rss_mb <= 500
    assert min(times["pdf"]) <= 10 * min(times["html"]), times
    reader = PdfReader(io.BytesIO((tmp_path / "big.pdf").read_bytes()))
    assert len(reader.pages) > 100
    end = " ".join(page.extract_text() for page in reader.pages[-3:])
    assert "too many to print" in " ".join(end.split())
