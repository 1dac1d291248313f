"""Terminal output that text from files cannot take over.

A title, a file name or a finding can hold escape codes (ESC, BEL, NUL, a carriage
return, bidirectional overrides) that would recolour, retitle or rewrite the terminal.
``sdm-aid`` writes all its text through :class:`CleanStream`, which shows each such
character as a visible escape (``\\x1b``) instead. Lone surrogates become U+FFFD, so
printing never fails with ``UnicodeEncodeError``. Binary output (an export written to
standard output) goes through the stream's ``buffer`` untouched.
"""

from __future__ import annotations

import re
import sys
from typing import Any, TextIO

from sdm_aid.cli.options import EXIT_USAGE

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional controls.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str) -> str:
    """``text`` with every control character shown as a visible escape."""
    return _CONTROL.sub(_visible, text)


def fail(command: str, message: str, code: int = EXIT_USAGE) -> int:
    """Say what is wrong on standard error, named by its command ("sdm-aid export: …");
    the exit code for the command to return."""
    print(f"sdm-aid {command}: {message}", file=sys.stderr)
    return code


class CleanStream:
    """A text stream that cleans what is written to it (see :func:`clean`)."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(clean(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:  # buffer, encoding, isatty, fileno…
        return getattr(self._stream, name)
