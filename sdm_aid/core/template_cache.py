"""Compiled jinja2 templates kept between runs."""

from __future__ import annotations

import jinja2

from sdm_aid.paths import user_cache_dir


def template_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept in the user's cache folder (jinja2 checks each against its
    source), so a command does not compile a template again in every process (about
    70 ms for the patient copy)."""
    try:
        folder = user_cache_dir() / "templates"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None  # no cache: templates are compiled each time, as before
    return jinja2.FileSystemBytecodeCache(str(folder))
