"""Compiled templates are kept in the user's cache folder, owner-only, and still follow
their source. Each test runs in its own process: the template environment lives for the
whole process."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from support import FIXTURES

RENDER = (
    "import sys\n"
    "from sdm_aid import paths\n"
    "from sdm_aid.core.export import render_html\n"
    "from sdm_aid.core.parser import load_aid_or_raise\n"
    "from sdm_aid.core.session import from_json\n"
    "from sdm_aid.core.summary import build_summary\n"
    "session = from_json(open(sys.argv[1], encoding='utf-8').read())\n"
    "aid = load_aid_or_raise(paths.bundled_aids_dir() / 'knee-osteoarthritis.md')\n"
    "sys.stdout.write(render_html(build_summary(session, aid)))\n"
)


def _render(cache: Path) -> str:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", RENDER, str(FIXTURES / "sessions" / "knee-decided.sdm.json")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return done.stdout


def test_compiled_templates_are_cached_privately_and_render_alike(tmp_path: Path) -> None:
    first = _render(tmp_path)
    folder = tmp_path / "sdm-aid" / "templates"
    cached = list(folder.iterdir())
    assert cached, "nothing was cached"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in cached)
    assert _render(tmp_path) == first  # from the cached code
    for path in cached:  # a damaged cache is compiled again
        path.write_bytes(b"\x00garbage")
    assert _render(tmp_path) == first
