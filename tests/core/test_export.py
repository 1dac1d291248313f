"""Exported summaries without Qt: HTML, Markdown, plain text, JSON and the icon-array SVG."""

from __future__ import annotations

import datetime as dt
import json
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from fixtures.sessions.builder import HOSTILE, LONG_NOTES, filled_session, fixtures

from sdm_aid.cli import export as cli_export
from sdm_aid.core import export
from sdm_aid.core.export import (
    RECORD_LIMIT,
    ExportError,
    default_variant,
    export_file,
    format_for_path,
    md_escape,
    record_text,
    render,
    render_html,
    render_json,
    render_text,
)
from sdm_aid.core.fileio import atomic_write_bytes
from sdm_aid.core.model import Aid, Control, OutcomeValue
from sdm_aid.core.outcome_layout import outcome_layout, step_denominators
from sdm_aid.core.parser import load_aid_or_raise, parse_aid
from sdm_aid.core.session import (
    MORE_TIME,
    SURE_HELP,
    Session,
    from_json,
    load_session,
    new_session,
    to_json,
)
from sdm_aid.core.summary import build_summary, render_screen_html
from sdm_aid.core.svg_icons import (
    AFFECTED,
    BAD,
    GOOD,
    NEUTRAL,
    RANGE,
    REST,
    IconArraySpec,
    band_rects,
    grid_shape,
    icon_array_spec,
    render_svg,
)
from sdm_aid.paths import bundled_aids_dir
from support import EXAMPLE, FIXTURES

SESSIONS = FIXTURES / "sessions"
KNEE = bundled_aids_dir() / "knee-osteoarthritis.md"
BUNDLED = sorted(bundled_aids_dir().glob("*.md"))


@pytest.fixture(scope="module")
def knee() -> Aid:
    return load_aid_or_raise(KNEE)


@pytest.fixture(scope="module")
def example() -> Aid:
    return load_aid_or_raise(EXAMPLE)


def fixture_session(name: str, tmp_path: Path) -> Session:
    """A fixture session read through load_session, from a copy (a damaged one is moved)."""
    copy = tmp_path / f"{name}.sdm.json"
    copy.write_bytes((SESSIONS / f"{name}.sdm.json").read_bytes())
    return load_session(copy)


class Page(HTMLParser):
    """Everything an HTML page holds that could load something or run something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)

    def named(self, *names: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag in names]

    @property
    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def assert_self_contained(html: str) -> None:
    page = parse(html)
    for tag in ("link", "script", "iframe", "object", "embed", "img", "base", "a", "form"):
        assert not page.named(tag), f"<{tag}> in the page"
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            value = (value or "").strip().lower()
            assert "://" not in value and not value.startswith("//"), (tag, name, value)
            assert not name.startswith("on"), (tag, name)
            assert not (name in ("src", "href", "srcset", "data") and value), (tag, name)
            for ref in re.findall(r"url\(\s*['\"]?([^'\")]*)", value):
                assert ref.startswith("#"), (tag, name, value)
    css = " ".join(page.styles).lower()
    assert "@import" not in css
    assert all(ref.startswith("#") for ref in re.findall(r"url\(\s*['\"]?([^'\")]*)", css))


def known_figures(aid: Aid, session: Session) -> list[tuple[str, str, int, int]]:
    """(outcome label, option id, count, denominator) of every real figure, study by study,
    straight from the aid, at the one denominator the summary uses."""
    shown = session.compare_options or list(aid.option_ids)
    common = step_denominators(aid.outcomes)
    scale = session.outcome_scale or (common[0] if common else None)
    found = []
    for outcome in aid.outcomes:
        d = outcome_layout(aid, outcome, denominator=scale).denominator  # exact, or its own
        for group in outcome.groups():
            for option in aid.option_ids:
                value = group.values.get(option)
                if option in shown and value is not None and value.count is not None:
                    found.append((outcome.label, option, value.count * d // outcome.denominator, d))
    return found


def known_pictures(aid: Aid, session: Session) -> list[tuple[int, int]]:
    """(affected, denominator) of every icon array the patient copy draws, in order: each
    figure above 0, then its control group's (no picture of nobody)."""
    shown = session.compare_options or list(aid.option_ids)
    common = step_denominators(aid.outcomes)
    scale = session.outcome_scale or (common[0] if common else None)
    pictures = []
    for outcome in aid.outcomes:
        d = outcome_layout(aid, outcome, denominator=scale).denominator
        for group in outcome.groups():
            for option in aid.option_ids:
                value = group.values.get(option)
                if option not in shown or value is None or value.count is None:
                    continue
                for count in (value.count, value.control.count if value.control else 0):
                    if count:
                        pictures.append((count * d // outcome.denominator, d))
    return pictures


# -- fixtures and the summary model ---------------------------------------------------------


def test_fixture_sessions_match_their_builder() -> None:
    for name, session in fixtures().items():
        saved = json.loads((SESSIONS / f"{name}.sdm.json").read_text(encoding="utf-8"))
        assert saved == json.loads(to_json(session)), (
            f"run tests/fixtures/sessions/builder.py ({name})"
        )


def test_summary_says_what_the_session_holds(knee: Aid, tmp_path: Path) -> None:
    session = fixture_session("knee-decided", tmp_path)
    summary = build_summary(session, knee)
    (chosen_id,) = session.decision.chosen
    chosen = knee.option(chosen_id)
    assert chosen is not None and summary.decision == chosen.title and summary.decided
    assert summary.date == "2026-03-02"  # the day of the session, not of the export
    assert summary.made_with_version is None
    assert [o.id for o in summary.option_lines] == list(knee.option_ids)
    assert [o.chosen for o in summary.option_lines].count(True) == 1
    assert summary.sure_score == 3 and summary.sure_help == (SURE_HELP["support"],)
    assert summary.sure_gaps == ("not enough support",)
    wrong = [q for q in summary.quiz if q.answered and not q.right]
    assert len(wrong) == 1 and wrong[0].answer == knee.quiz[-1].choices[knee.quiz[-1].answer]
    rated = {p.statement: session.ratings[p.id] for p in knee.preferences}
    assert summary.top_matters == tuple(
        sorted(((s, r) for s, r in rated.items() if r >= 7), key=lambda x: -x[1])
    )
    figures = [
        (o.label, f.option_id, f.count, f.denominator) for o in summary.outcomes for f in o.figures
    ]
    assert figures == known_figures(knee, session)
    assert len({f.denominator for o in summary.outcomes for f in o.figures}) == 1  # one scale
    assert summary.clinician_notes == LONG_NOTES


def test_the_screen_summary_still_renders(knee: Aid, tmp_path: Path) -> None:
    session = fixture_session("knee-decided", tmp_path)
    text = parse(render_screen_html(build_summary(session, knee))).words
    assert "Exercise and physiotherapy" in text and "Can I still go on holiday in June?" in text


def test_a_newer_aid_is_used_and_said(example_text: str, tmp_path: Path) -> None:
    session = fixture_session("example-undecided", tmp_path)
    newer = parse_aid(example_text.replace("version: 1.2.0", "version: 1.3.0")).aid
    assert newer is not None
    summary = build_summary(session, newer)
    assert summary.aid_version == "1.3.0" and summary.made_with_version == "1.2.0"
    assert "You used version 1.2.0 of this aid" in parse(render_html(summary)).words
    assert "the session used version 1.2.0" in render_text(summary, "record")


def test_the_chosen_scale_is_used(example: Aid, tmp_path: Path) -> None:
    session = fixture_session("example-undecided", tmp_path)
    assert session.outcome_scale is None
    assert build_summary(session, example).scale == 100  # the step's default: all convert
    session.outcome_scale = 1000
    summary = build_summary(session, example)
    assert summary.scale == 1000
    figures = {(o.id, f.option_id): f for o in summary.outcomes for f in o.figures}
    exercise = figures[("much-better", "exercise")]
    assert (exercise.count, exercise.denominator) == (700, 1000)
    assert "700 out of 1,000 people" in exercise.sentence
    assert exercise.words.startswith("700 out of 1,000 people.")
    injection = figures[("much-better", "injection")]
    assert (injection.count, injection.low, injection.high) == (600, 500, 700)
    assert injection.control == Control(500, "a dummy injection")
    assert injection.control_words.startswith("500 out of 1,000 people.")


# -- icon arrays ----------------------------------------------------------------------------


@pytest.mark.parametrize("denominator", [1, 7, 10, 100, 1000])
def test_band_rects_cover_exactly_the_cells_row_by_row(denominator: int) -> None:
    columns, _ = grid_shape(denominator)
    for first in range(0, denominator + 1, max(1, denominator // 13)):
        for end in range(first, denominator + 1, max(1, denominator // 11)):
            covered = {
                (y + dy) * columns + x + dx
                for x, y, w, h in band_rects(first, end, columns)
                for dx in range(w)
                for dy in range(h)
            }
            assert covered == set(range(first, end)), (first, end)
            assert len(band_rects(first, end, columns)) <= 3


def svg_cells(svg: str) -> dict[str, int]:
    """How many cells each pattern covers in an SVG icon array."""
    cells: dict[str, int] = {}
    for w, h, pattern in re.findall(
        r'<rect x="\d+" y="\d+" width="(\d+)" height="(\d+)" fill="url\(#[\w-]+-(\w+)\)"/>', svg
    ):
        cells[pattern] = cells.get(pattern, 0) + int(w) * int(h) // 100
    return cells


@pytest.mark.parametrize(
    ("value", "denominator", "expected"),
    [
        (OutcomeValue(40), 100, {AFFECTED: 40, REST: 60}),
        (OutcomeValue(0), 100, {REST: 100}),
        (OutcomeValue(100), 100, {AFFECTED: 100}),
        (OutcomeValue(60, 50, 70), 100, {AFFECTED: 50, RANGE: 20, REST: 30}),
        (OutcomeValue(3), 1000, {AFFECTED: 3, REST: 997}),
    ],
)
def test_svg_arrays_colour_the_right_number_of_people(
    value: OutcomeValue, denominator: int, expected: dict[str, int]
) -> None:
    spec = icon_array_spec(value, denominator, False, "Sore <b>arm</b>", "after 1 year")
    assert spec is not None
    svg = render_svg(spec, "t1")
    assert svg_cells(svg) == expected
    assert [spec.kind(i) for i in range(spec.solid)] == [AFFECTED] * spec.solid
    columns, rows = grid_shape(denominator)
    assert f'viewBox="0 0 {columns * 10} {rows * 10}"' in svg
    assert ("<path" in svg) == (denominator <= 100)  # people, or dots for big arrays
    if AFFECTED in expected:
        assert BAD in svg and GOOD not in svg
    if REST in expected:
        assert NEUTRAL in svg
    title = re.search(r"<title[^>]*>(.*?)</title>", svg)
    assert title and "&lt;b&gt;arm&lt;/b&gt;" in title.group(1) and "<b>" not in svg
    assert 'role="img"' in svg and 'aria-labelledby="t1-t"' in svg


def test_no_array_without_a_reliable_figure_or_for_too_many_people() -> None:
    assert icon_array_spec(OutcomeValue(None), 100, True, "x", "") is None
    assert icon_array_spec(OutcomeValue(3), 10_000, True, "x", "") is None
    good = icon_array_spec(OutcomeValue(3), 100, True, "x", "")
    assert good is not None and good.affected_colour == GOOD
    with pytest.raises(ValueError):
        render_svg(IconArraySpec(100, 1, 1, True, "x"), 'a" onload="x')


# -- HTML -----------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["patient", "record"])
def test_html_is_self_contained_and_says_everything(
    knee: Aid, tmp_path: Path, variant: str
) -> None:
    session = fixture_session("knee-decided", tmp_path)
    summary = build_summary(session, knee)
    html = render_html(summary, variant)
    assert_self_contained(html)
    page = parse(html)
    text = page.words
    assert html.startswith("<!DOCTYPE html>")
    assert page.named("meta") and any(a.get("name") == "viewport" for a in page.named("meta"))
    assert "@media print" in " ".join(page.styles)
    for expected in (
        summary.decision,
        "Ann Example",
        "Dr Priya Rao",
        knee.meta.title,
        knee.id,
        knee.meta.version,
        knee.meta.last_reviewed.isoformat(),
        "Not yet clinically approved",
        "Physiotherapy referral today",
        "Can I still go on holiday in June?",
        " ".join(LONG_NOTES.split()),
        "3 of 4" if variant == "record" else "3 out of 4",
    ):
        assert expected in text, expected
    if variant == "patient":
        assert "break-before: page" in " ".join(page.styles)
        for label, _option, count, denominator in known_figures(knee, session):
            assert f"{count:,} out of {denominator:,} people" in text, label
        arrays = page.named("svg")
        icon_arrays = [a for a in arrays if "icon-array" in (a.get("class") or "")]
        assert [
            (int(a["data-affected"] or 0), int(a["data-denominator"] or 0)) for a in icon_arrays
        ] == known_pictures(knee, session)
        for outcome in knee.outcomes:  # each study names its source
            for group in outcome.groups():
                source = knee.meta.source(group.source)
                assert source is not None and source.title in text
        assert f"lists all {len(knee.meta.sources)} of its sources" in text


def test_html_escapes_everything_a_person_typed(example: Aid, tmp_path: Path) -> None:
    session = fixture_session("example-hostile", tmp_path)
    for variant in ("patient", "record"):
        html = render(session, example, "html", variant, with_clinician_notes=True).decode()
        assert_self_contained(html)
        page = parse(html)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert HOSTILE in page.words  # shown as text, exactly as typed
        assert "Notes with <b>bold</b> and" in page.words
        assert not re.search(r"<b>\s*bold", html)
        assert "<script" not in html.lower() and "<iframe" not in html.lower()


# -- Markdown and plain text ----------------------------------------------------------------


def test_md_escape_leaves_nothing_for_markdown_to_interpret() -> None:
    nasty = (
        "# heading\n- list\n1. numbered\n> quote\n<script>x</script> **bold** _it_ "
        "[link](http://x.test) `code` ![img](http://x.test/i.png) a | b"
    )
    html = markdown.markdown(md_escape(nasty))
    for tag in (
        "<h1",
        "<ul",
        "<ol",
        "<blockquote",
        "<script",
        "<strong",
        "<em",
        "<a ",
        "<code",
        "<img",
    ):
        assert tag not in html, tag
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "**bold**" in html
    assert md_escape("version 1.2.0") == "version 1.2.0"


def test_markdown_copies_escape_what_people_typed(example: Aid, tmp_path: Path) -> None:
    session = fixture_session("example-hostile", tmp_path)
    for variant in ("patient", "record"):
        md = render(session, example, "md", variant).decode("utf-8")
        html = markdown.markdown(md)
        for tag in ("<script", "<iframe", "<img", "<a ", "<h1>not", "<b>"):
            assert tag not in html, (variant, tag)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        text = render(session, example, "txt", variant).decode("utf-8")
        assert HOSTILE in text  # plain text stays as typed


def test_record_text_is_the_plain_record_copy(knee: Aid, tmp_path: Path) -> None:
    session = fixture_session("knee-decided", tmp_path)
    text = record_text(session, knee)
    assert text == render(session, knee, "txt").decode("utf-8")
    assert text == render_text(build_summary(session, knee), "record")
    assert "Decision: Exercise and physiotherapy." in text
    assert f"({knee.id} v{knee.meta.version}, reviewed" in text
    assert "SURE test: 3 of 4 (not enough support)" in text
    assert "Corrected: " + knee.quiz[-1].question in text


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
@pytest.mark.parametrize("decided", [True, False], ids=["decided", "undecided"])
def test_record_copy_fits_a_health_record_note(path: Path, decided: bool) -> None:
    aid = load_aid_or_raise(path)
    session = filled_session(aid, decided=decided)
    summary = build_summary(session, aid)
    for md in (False, True):
        text = render_text(summary, "record", md=md)
        assert len(text) <= RECORD_LIMIT, (len(text), md)
        assert aid.meta.title in text.replace("\\", "") and aid.meta.version in text.replace(
            "\\", ""
        )
        assert "Ann Example" in text and LONG_NOTES.split(".")[0] in text.replace("\\", "")
        expected = aid.options[0].title if decided else "not made yet"
        assert expected in text.replace("\\", "")
    if decided:  # the chosen option's figures fit beside long-ish notes
        assert "Figures for the chosen option" in render_text(summary, "record")


def test_record_leaves_out_figures_before_it_cuts_anything_typed(knee: Aid) -> None:
    session = filled_session(knee, decided=False, notes="Review in 8 weeks.")
    short = render_text(build_summary(session, knee), "record")
    session.decision.clinician_notes = LONG_NOTES + " " + LONG_NOTES
    long = render_text(build_summary(session, knee), "record")
    assert "Figures shown (options without a figure left out)" in short
    assert "Steroid injection 1 in 1,000" in short
    assert "no reliable figure" not in short.lower()  # only real figures are listed
    assert "Figures shown: see the patient copy." in long
    assert session.decision.clinician_notes in long


def test_undecided_record_says_what_happens_next(example: Aid, tmp_path: Path) -> None:
    session = fixture_session("example-undecided", tmp_path)
    assert session.decision.kind == MORE_TIME
    text = record_text(session, example)
    assert "Decision: not made yet; the patient would like more time." in text
    assert "Next steps: none recorded." in text
    assert (
        "SURE test: 2 of 4 (not sure of the best choice; unclear about what matters most)" in text
    )
    assert "Patient: Bo." in text
    patient = render(session, example, "txt", "patient").decode("utf-8")
    assert "I would like more time to decide." in patient and "What happens next:" in patient


# -- JSON -----------------------------------------------------------------------------------


def test_json_holds_the_session_and_the_summary(knee: Aid, tmp_path: Path) -> None:
    session = fixture_session("knee-decided", tmp_path)
    data = json.loads(render_json(session, knee, variant="record"))
    assert (data["schema"], data["schema_version"]) == (export.SCHEMA, export.SCHEMA_VERSION)
    assert data["variant"] == "record"
    assert from_json(json.dumps(data["session"])) == session
    assert data["aid"]["id"] == knee.id and data["aid"]["version"] == knee.meta.version
    assert data["aid"]["approved_by"] is None
    summary = data["summary"]
    assert summary["decision"] == {
        "kind": "decided",
        "options": ["exercise"],
        "leaning": [],
        "after_sure": None,
        "text": "Exercise and physiotherapy",
        "decided": True,
        "involve": session.decision.involve,
        "next_steps": session.decision.next_steps,
    }
    figures = [
        (o["label"], f["option_id"], f["count"], f["denominator"])
        for o in summary["outcomes"]
        for study in o["studies"]
        for f in study["figures"]
    ]
    assert figures == known_figures(knee, session)
    assert summary["denominator"] == figures[0][3]

    assert [a["answer"] for a in summary["sure"]["answers"]] == [True, True, True, False]
    assert summary["clinician_notes"] == LONG_NOTES
    assert [s["key"] for s in summary["sources"]] == [s.key for s in knee.meta.sources]
    assert data["record_text"] == record_text(session, knee)


def test_json_fields_are_documented() -> None:
    doc = (FIXTURES.parent.parent / "docs" / "export.md").read_text(encoding="utf-8")
    assert f"`{export.SCHEMA}`" in doc
    assert f"| `schema_version` | integer | `{export.SCHEMA_VERSION}`" in doc
    data = json.loads(render_json(*_example_session_and_aid()))
    for key in data:
        assert f"| `{key}` |" in doc, key
    for key in data["aid"]:
        assert f"| `aid.{key}` |" in doc, key
    for key in data["summary"]:
        assert f"| `summary.{key}` |" in doc, key


def _example_session_and_aid() -> tuple[Session, Aid]:
    aid = load_aid_or_raise(EXAMPLE)
    return filled_session(aid), aid


# -- files ----------------------------------------------------------------------------------


def test_format_comes_from_the_file_name() -> None:
    assert [format_for_path(Path(n)) for n in ("a.PDF", "a.htm", "a.md", "b.txt", "c.json")] == [
        "pdf",
        "html",
        "md",
        "txt",
        "json",
    ]
    assert format_for_path("bundle.fhir.json") == "fhir" and format_for_path("a.docx") is None
    assert [default_variant(f) for f in export.FORMATS] == [
        "patient",
        "patient",
        "record",
        "record",
        "patient",
        "patient",
    ]
    assert (cli_export.FORMATS, cli_export.VARIANTS) == (export.FORMATS, export.VARIANTS)


def test_export_file_never_overwrites_without_being_asked(example: Aid, tmp_path: Path) -> None:
    session = fixture_session("example-undecided", tmp_path)
    out = tmp_path / "out" / "summary.html"
    assert export_file(session, example, out) == out
    first = out.read_text(encoding="utf-8")
    assert "Your decision summary" in first
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    out.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        export_file(session, example, out)
    assert out.read_text(encoding="utf-8") == "mine"
    export_file(session, example, out, overwrite=True)
    assert out.read_text(encoding="utf-8") == first
    assert sorted(p.name for p in out.parent.iterdir()) == ["summary.html"]  # no temp files
    with pytest.raises(ExportError):
        export_file(session, example, tmp_path / "summary.docx")
    with pytest.raises(ExportError):
        render(session, example, "html", "clinician")


def test_atomic_write_bytes_refuses_a_name_taken_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    atomic_write_bytes(path, b"one", overwrite=False)
    with pytest.raises(FileExistsError):
        atomic_write_bytes(path, b"two", overwrite=False)
    assert path.read_bytes() == b"one" and [p.name for p in tmp_path.iterdir()] == ["a.bin"]
    atomic_write_bytes(path, b"three")
    assert path.read_bytes() == b"three"


def test_fhir_goes_through_the_fhir_module(knee: Aid, tmp_path: Path) -> None:
    pytest.importorskip("sdm_aid.core.fhir")
    session = fixture_session("knee-decided", tmp_path)
    bundle = json.loads(render(session, knee, "fhir"))
    assert bundle["resourceType"] == "Bundle" and bundle["entry"]
    assert session.id in json.dumps(bundle)


def test_a_pdf_is_drawn_by_the_writer_the_caller_passes(example: Aid, tmp_path: Path) -> None:
    """The core never draws a PDF itself (no Qt): without a writer it refuses; with one, the
    writer gets the summary and the variant, and its bytes are the file."""
    session = fixture_session("example-undecided", tmp_path)
    with pytest.raises(ExportError, match="PDF writer"):
        render(session, example, "pdf")
    asked: list[tuple[str, str, bool]] = []

    def writer(summary: object, variant: str, *, large_print: bool = False) -> bytes:
        asked.append((type(summary).__name__, variant, large_print))
        return b"%PDF-fake"

    out = tmp_path / "summary.pdf"
    assert export_file(session, example, out, pdf=writer) == out
    assert out.read_bytes() == b"%PDF-fake"
    assert render(session, example, "pdf", "record", pdf=writer) == b"%PDF-fake"
    render(session, example, "pdf", "patient", pdf=writer, large_print=True)
    render(session, example, "pdf", "record", pdf=writer, large_print=True)  # no such thing
    assert asked == [
        ("Summary", "patient", False),
        ("Summary", "record", False),
        ("Summary", "patient", True),
        ("Summary", "record", False),
    ]


def test_a_published_aid_without_sign_off_is_called_a_draft_in_every_copy() -> None:
    """So that a printed summary cannot pass for approved content."""
    import dataclasses

    from sdm_aid.core.export import record_text, render_html
    from sdm_aid.core.parser import load_aid_or_raise
    from sdm_aid.core.session import new_session
    from sdm_aid.core.summary import build_summary
    from sdm_aid.paths import bundled_aids_dir

    aid = load_aid_or_raise(bundled_aids_dir() / "knee-osteoarthritis.md")
    published = dataclasses.replace(
        aid, meta=dataclasses.replace(aid.meta, status="published", approved_by=None)
    )
    session = new_session(published)
    html = render_html(build_summary(session, published))
    assert "This aid is a draft." in html and "Not yet clinically approved." in html
    record = record_text(session, published)
    assert "draft" in record and "Not yet clinically approved." in record


def test_a_combined_plan_reads_as_one_decision_in_every_copy(knee: Aid, tmp_path: Path) -> None:
    """Two options chosen together: both named, both marked chosen, the figures of both in
    the record, and what was said when SURE 3 of 4 asked whether to record it now."""
    session = fixture_session("knee-combined", tmp_path)
    summary = build_summary(session, knee)
    assert summary.decided and summary.chosen == ("exercise", "weight-loss")
    assert summary.decision == "Exercise and physiotherapy, together with losing weight"
    assert [o.id for o in summary.option_lines if o.chosen] == ["exercise", "weight-loss"]
    assert {f.option_id for _, f in summary.chosen_figures} <= {"exercise", "weight-loss"}
    record = record_text(session, knee)
    assert "Decision: Exercise and physiotherapy, together with losing weight." in record
    assert "chose to record the decision now" in record
    patient = render(session, knee, "txt", "patient").decode("utf-8")
    assert "together with losing weight" in patient and "record the decision now" in patient
    for o in knee.options[:2]:
        assert o.summary_text.strip()[:40] in " ".join(patient.split())
    data = json.loads(render_json(session, knee))
    assert data["summary"]["decision"]["options"] == ["exercise", "weight-loss"]
    assert data["summary"]["decision"]["after_sure"] == "record-now"
    assert data["session"]["decision"]["status"] == "decided"


def test_not_decided_names_what_the_person_leans_towards(example: Aid) -> None:
    session = new_session(example)
    session.decision.not_yet(["injection"])
    summary = build_summary(session, example)
    assert not summary.decided and summary.leaning == ("Steroid injection",)
    assert summary.decision == "Not decided yet. Leaning towards steroid injection."
    assert "not made yet; leaning towards Steroid injection." in record_text(session, example)
    data = json.loads(render_json(session, example))
    assert data["summary"]["decision"]["kind"] == "not-decided"
    assert data["summary"]["decision"]["leaning"] == ["injection"]


def test_the_patient_copy_leaves_the_clinicians_notes_out_unless_asked(
    knee: Aid, tmp_path: Path
) -> None:
    session = fixture_session("knee-decided", tmp_path)
    notes = "BMI 31"
    assert notes in session.decision.clinician_notes
    for fmt in ("txt", "md", "html"):
        patient = render(session, knee, fmt, "patient").decode("utf-8")
        assert notes not in patient, fmt
        asked = render(session, knee, fmt, "patient", with_clinician_notes=True).decode("utf-8")
        assert notes in asked, fmt
        assert notes in render(session, knee, fmt, "record").decode("utf-8"), fmt
    whole = json.loads(render(session, knee, "json", "patient"))
    assert notes in whole["session"]["decision"]["clinician_notes"]  # JSON: the whole session


def test_dates_are_written_in_words_in_the_aids_language(knee: Aid, tmp_path: Path) -> None:
    from sdm_aid.core.summary import date_in_words

    session = fixture_session("knee-decided", tmp_path)
    summary = build_summary(session, knee)
    assert summary.date_words == "2 March 2026"  # en-GB
    for fmt, variant in (("txt", "patient"), ("txt", "record"), ("html", "patient")):
        text = render(session, knee, fmt, variant).decode("utf-8")
        assert "2 March 2026" in text and "2026-03-02" not in text, (fmt, variant)
    assert date_in_words(dt.date(2026, 3, 2), "fr-FR") == "2 mars 2026"
    assert date_in_words(dt.date(2026, 3, 2), "de") == "2. März 2026"
    assert date_in_words(dt.date(2026, 3, 2), "xx-nowhere") == "2026-03-02"
