"""The authors' responses to review comments, kept beside the aid (Qt-free).

For every comment (see :mod:`sdm_aid.core.collate`) the authors record a decision,
*accepted*, *declined* (with a reason) or *to discuss*, and a reply to the reviewer. The
responses file sits beside the aid, named after it: ``hip-osteoarthritis.md`` has
``hip-osteoarthritis.responses.json``. It is schema-versioned JSON written atomically, and
holds no reviewer's name or words: only comment ids and what the authors wrote.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sdm_aid.core import safe_read
from sdm_aid.core.fileio import atomic_write_text, read_versioned_json, set_aside, versioned_json

SCHEMA = "sdm-aid/review-responses"
SCHEMA_VERSION = 1
SUFFIX = ".responses.json"
ACCEPTED, DECLINED, DISCUSS = "accepted", "declined", "discuss"
STATUSES = (ACCEPTED, DECLINED, DISCUSS)
STATUS_LABELS = {ACCEPTED: "Accepted", DECLINED: "Declined", DISCUSS: "To discuss"}
MAX_TEXT = 20_000
MAX_FILE_BYTES = safe_read.RESPONSES_LIMIT


class ResponsesError(Exception):
    """A responses file that cannot be used, with a message for the person."""

    def __init__(self, message: str, moved_to: Path | None = None):
        super().__init__(message)
        self.moved_to = moved_to


class _NotDamaged(ValueError):
    """A sound file that cannot be used here (another aid, a newer format): never moved."""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Response:
    status: str  # one of STATUSES
    reason: str = ""  # why it was declined (required then); may explain any decision
    reply: str = ""  # to the reviewer, shown in "You said, we did"
    updated: str = field(default_factory=_now)

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


def _text(value: str, what: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise ValueError(
            f"the {what} is too long ({len(value):,} characters; at most {MAX_TEXT:,})"
        )
    return value


def make_response(status: str, reason: str = "", reply: str = "", updated: str = "") -> Response:
    """A checked response: a known status, and a reason when declined."""
    if status not in STATUSES:
        raise ValueError(f"the decision must be one of {', '.join(STATUSES)}, not {status!r}")
    reason, reply = _text(reason, "reason"), _text(reply, "reply")
    if status == DECLINED and not reason:
        raise ValueError("say why the comment is declined: a declined comment needs a reason")
    return Response(status, reason, reply, updated or _now())


@dataclass
class Responses:
    aid_id: str
    items: dict[str, Response] = field(default_factory=dict)  # comment id -> response
    updated: str = field(default_factory=_now)

    def set(self, comment_id: str, status: str, reason: str = "", reply: str = "") -> Response:
        """Record (or change) the decision on a comment; raise ValueError if it is not valid."""
        if not comment_id:
            raise ValueError("a response needs the comment's id")
        response = make_response(status, reason, reply)
        self.items[comment_id] = response
        self.updated = response.updated
        return response

    def get(self, comment_id: str) -> Response | None:
        return self.items.get(comment_id)

    def remove(self, comment_id: str) -> None:
        if self.items.pop(comment_id, None) is not None:
            self.updated = _now()

    def __len__(self) -> int:
        return len(self.items)


def responses_path(aid_path: Path) -> Path:
    """Where the responses to reviews of the aid at ``aid_path`` are kept."""
    return aid_path.with_name(aid_path.stem + SUFFIX)


def to_json(responses: Responses) -> str:
    data = {
        "aid_id": responses.aid_id,
        "updated": responses.updated,
        "responses": {
            comment_id: {
                "status": r.status,
                "reason": r.reason,
                "reply": r.reply,
                "updated": r.updated,
            }
            for comment_id, r in responses.items.items()
        },
    }
    return versioned_json(SCHEMA, SCHEMA_VERSION, data)


def from_json(text: str, aid_id: str | None = None) -> Responses:
    """Build responses from JSON; raise ValueError saying what is wrong.

    With ``aid_id``, a file for another aid is refused.
    """
    data, version = read_versioned_json(text, SCHEMA, "responses")
    if version > SCHEMA_VERSION:
        raise _NotDamaged(
            f"it was saved by a newer SDM Aid (responses file format {version}); update SDM Aid"
        )
    file_aid = data.get("aid_id")
    if not isinstance(file_aid, str) or not file_aid:
        raise ValueError("'aid_id' is missing")
    if aid_id is not None and file_aid != aid_id:
        raise _NotDamaged(f"it holds responses for the aid {file_aid!r}, not {aid_id!r}")
    items = data.get("responses") or {}
    if not isinstance(items, dict):
        raise ValueError("'responses' must be an object")
    out: dict[str, Response] = {}
    for comment_id, item in items.items():
        if not isinstance(item, dict):
            raise ValueError(f"the response to comment {comment_id!r} must be an object")
        try:
            out[comment_id] = make_response(
                _field(item, "status"),
                _field(item, "reason"),
                _field(item, "reply"),
                _field(item, "updated"),
            )
        except ValueError as exc:
            raise ValueError(f"the response to comment {comment_id!r}: {exc}") from exc
    updated = data.get("updated")
    return Responses(file_aid, out, updated if isinstance(updated, str) and updated else _now())


def _field(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be text")
    return value


def save_responses(responses: Responses, path: Path) -> None:
    """Write atomically; a reader sees the old file or the new one, never half of either."""
    atomic_write_text(path, to_json(responses))


def load_responses(path: Path, aid_id: str, *, move_damaged: bool = False) -> Responses:
    """The responses in ``path``, or none yet if there is no such file.

    A damaged file raises :class:`ResponsesError` and is left alone, unless
    ``move_damaged`` (for an app that will save a fresh file there): then it is moved aside
    to ``….corrupt``, never deleted. A file for another aid is never moved.
    """
    if not os.path.lexists(path):
        return Responses(aid_id)
    try:
        text = safe_read.read_text(path, MAX_FILE_BYTES)
    except safe_read.ReadError as exc:
        if exc.kind == "too-large":
            raise ResponsesError(f"{path.name} is too large to be a responses file") from exc
        if exc.kind != "not-text":
            raise ResponsesError(f"cannot read {path.name}: {exc.reason}") from exc
        text = None
    try:
        if text is None:
            raise ValueError("it is not UTF-8 text")
        return from_json(text, aid_id)
    except _NotDamaged as exc:
        raise ResponsesError(f"{path.name} cannot be used: {exc}.") from exc
    except ValueError as exc:
        reason = str(exc)
        moved, where = set_aside(path) if move_damaged else (None, "")
        raise ResponsesError(f"{path.name} cannot be used: {reason}.{where}", moved) from exc
