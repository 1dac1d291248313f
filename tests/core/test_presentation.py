from __future__ import annotations

from sdm_aid.core.model import GlossaryEntry, OutcomeValue, Source
from sdm_aid.core.presentation import (
    at_scale,
    definition,
    link_glossary,
    plain,
    rescale,
    source_line,
    source_name,
)

GLOSSARY = (
    GlossaryEntry("Steroid", "A medicine that calms swelling.", 1),
    GlossaryEntry("Steroid injection", "A steroid put in with a needle.", 2),
)


def test_glossary_words_become_links_outside_tags_and_links() -> None:
    html = (
        '<p>Steroids help. A steroid injection too. <a href="https://x">steroid</a> '
        '<img alt="steroid"></p>'
    )
    linked = link_glossary(html, GLOSSARY)
    assert '<a class="glossary" href="glossary:Steroid">Steroids</a> help' in linked
    assert 'href="glossary:Steroid injection">steroid injection</a>' in linked
    assert '<a href="https://x">steroid</a>' in linked
    assert '<img alt="steroid">' in linked
    assert definition(GLOSSARY, "steroid") == "A medicine that calms swelling."


def test_headings_are_never_split_into_glossary_links() -> None:
    html = "<h2>Steroid injection</h2><h3 id='x'>Steroids</h3><p>A steroid helps.</p>"
    linked = link_glossary(html, GLOSSARY)
    assert "<h2>Steroid injection</h2><h3 id='x'>Steroids</h3>" in linked
    assert '<p>A <a class="glossary" href="glossary:Steroid">steroid</a> helps.</p>' in linked


def test_rescale_only_when_exact() -> None:
    assert rescale(OutcomeValue(4, 2, 6), 100, 1000) == OutcomeValue(40, 20, 60)
    assert rescale(OutcomeValue(40), 1000, 100) == OutcomeValue(4)
    assert rescale(OutcomeValue(7), 1000, 100) is None
    assert rescale(OutcomeValue(None), 100, 1000) == OutcomeValue(None)


def test_at_scale_changes_the_denominator_only_when_exact() -> None:
    assert at_scale(OutcomeValue(4), 100, 1000) == (OutcomeValue(40), 1000)
    assert at_scale(OutcomeValue(7), 1000, 100) == (OutcomeValue(7), 1000)
    assert at_scale(OutcomeValue(7), 1000, None) == (OutcomeValue(7), 1000)


def test_sources_leave_out_what_they_lack() -> None:
    full = Source("k", "Sciatica", "NICE", 2020, "https://nice.org.uk/x", None)
    bare = Source("k", "Sciatica", "", None, None, None)
    assert source_line(full) == "Sciatica. NICE, 2020. https://nice.org.uk/x"
    assert source_line(bare) == "Sciatica."
    assert source_name(full) == "Sciatica (2020)"
    assert source_name(bare) == "Sciatica"  # never "(None)"


def test_plain_keeps_citation_numbers() -> None:
    html = '5 out of 100 <sup class="cite"><a href="#source-x" title="X">2</a></sup> &amp; more'
    assert plain(html) == "5 out of 100  [2] & more"
