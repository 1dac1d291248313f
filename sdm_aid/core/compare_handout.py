"""The comparison grid as a one-page handout: the options side by side, question by question.

Qt-free HTML (every value from the aid escaped); ``sdm_aid/drawing/compare_pdf.py`` makes it an
A4 page with the same PDF path as the patient's copy.
"""

from __future__ import annotations

import html

from sdm_aid.core.model import Aid
from sdm_aid.core.presentation import plain


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def handout_header(aid: Aid) -> str:
    return f"{aid.meta.title} — version {aid.meta.version}"


def handout_html(aid: Aid, option_ids: list[str] | None = None) -> str | None:
    """The grid as HTML, with only ``option_ids`` (all when None); None without a grid."""
    table = aid.compare
    if table is None:
        return None
    columns = [
        c
        for c, option_id in enumerate(table.option_ids)
        if option_ids is None or option_id is None or option_id in option_ids
    ]
    head = "".join(f"<th>{_esc(table.headers[c])}</th>" for c in columns)
    rows = []
    for row in table.rows:
        cells = "".join(
            f"<td>{_esc(plain(row.cells[c]) if c < len(row.cells) else '')}</td>" for c in columns
        )
        rows.append(f"<tr><th>{_esc(row.question)}</th>{cells}</tr>")
    return (
        f"<h1>{_esc(aid.meta.title)}</h1>"
        "<p>Your options side by side. This is not a recommendation: the right choice "
        "depends on what matters to you. Talk it over with your health professional.</p>"
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<thead><tr><th>Question</th>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        f"<p>From the decision aid “{_esc(aid.meta.title)}”, version "
        f"{_esc(aid.meta.version)}, last reviewed {aid.meta.last_reviewed.isoformat()}.</p>"
    )
