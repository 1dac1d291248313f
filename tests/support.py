"""Paths shared by the tests (importable because pytest puts tests/ on sys.path)."""

from pathlib import Path

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
EXAMPLE = FIXTURES / "example-aid.md"
REPO = TESTS.parent


def with_outcomes(*blocks: str, front: str = "") -> str:
    """The example aid with its outcome blocks replaced by ``blocks`` (and ``front`` added
    to the front matter, before `sources:`)."""
    import re

    text = EXAMPLE.read_text(encoding="utf-8")
    body = "\n".join(f"```outcome\n{b.strip()}\n```\n" for b in blocks)
    pattern = re.compile(r"(# What could happen \{#outcomes\}\n).*?(?=\n# What matters)", re.DOTALL)
    text = pattern.sub(lambda m: m.group(1) + "\n" + body, text, count=1)
    if front:
        text = text.replace("\nsources:\n", f"\n{front.strip()}\nsources:\n", 1)
    return text
