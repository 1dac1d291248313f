"""``sdm-aid FILE...``: opening session and review files, recognised before subcommands.

A desktop opens a file by running ``sdm-aid /path/to/file.sdm.json``; that must not be
taken for a subcommand, nor a subcommand for a file. A command line opens files when its
words are only files and the app's own options (``--aids DIR``, ``--smoke-test``), and
at least one word names a file: it ends in ``.sdm.json`` or ``.review.json``, holds a
folder separator, or is an existing file. Subcommand names always win.
Qt-free: the window itself is started by :func:`sdm_aid.ui.app.run`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sdm_aid.core.file_kinds import OPENABLE, REVIEW_SUFFIX, SESSION_SUFFIX, file_kind

__all__ = ["REVIEW_SUFFIX", "SESSION_SUFFIX", "file_kind"]


class LaunchError(ValueError):
    """The command line names files that cannot be opened."""


@dataclass
class OpenRequest:
    files: list[Path]
    aids: list[Path] = field(default_factory=list)
    smoke_test: bool = False


def _looks_like_file(word: str) -> bool:
    return (
        word.lower().endswith(OPENABLE)
        or os.sep in word
        or (os.altsep is not None and os.altsep in word)
        or Path(word).is_file()
    )


def parse_open_request(argv: Sequence[str], commands: Sequence[str]) -> OpenRequest | None:
    """An :class:`OpenRequest` when ``argv`` asks the app to open files; None when it is
    anything else (a subcommand, ``--help``, nothing), left to the usual parser.

    Raises :class:`LaunchError` for files that cannot be opened (missing, or not a session
    or review file) and for ``--smoke-test`` without a file.
    """
    words = list(argv)
    files: list[str] = []
    aids: list[Path] = []
    smoke = False
    i = 0
    while i < len(words):
        word = words[i]
        if word in commands:
            return None
        if word == "--aids" and i + 1 < len(words):
            aids.append(Path(words[i + 1]))
            i += 2
            continue
        if word.startswith("--aids="):
            aids.append(Path(word.split("=", 1)[1]))
        elif word == "--smoke-test":
            smoke = True
        elif word == "--":
            files += words[i + 1 :]
            break
        elif word.startswith("-") or not _looks_like_file(word):
            return None  # an option or word for the usual parser (which explains it)
        else:
            files.append(word)
        i += 1
    if not files:
        if smoke:
            raise LaunchError("--smoke-test needs a .sdm.json or .review.json file to open")
        return None
    paths = []
    for word in files:
        path = Path(word).expanduser()
        if file_kind(path) is None:
            raise LaunchError(
                f"cannot open {word}: SDM Aid opens session files (*{SESSION_SUFFIX}) "
                f"and review files (*{REVIEW_SUFFIX})"
            )
        if not path.is_file():
            raise LaunchError(f"cannot open {word}: no such file")
        paths.append(path.resolve())
    return OpenRequest(paths, aids, smoke)


def open_files(request: OpenRequest) -> int:
    """Open the files in the app window (or hand them to the one already running)."""
    from sdm_aid.ui.app import run

    return run(request.aids, request.files, smoke_test=request.smoke_test)


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    """The subcommands a parser knows (they always win over file names)."""
    names: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            names += list(action.choices)
    return names


def run_open_request(parser: argparse.ArgumentParser, argv: Sequence[str]) -> int | None:
    """Open the files ``argv`` names and return the exit status; None when ``argv`` is not
    a request to open files (the caller parses it as usual)."""
    try:
        request = parse_open_request(argv, command_names(parser))
    except LaunchError as exc:
        print(f"sdm-aid: {exc}", file=sys.stderr)
        return 2
    return None if request is None else open_files(request)
