"""``sdm-aid list``: the aids in the library."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sdm_aid.cli.options import EXIT_OK, add_aids_option


def add_parser(sub: Any) -> None:
    """Add ``list`` to the ``sdm-aid`` subcommands (``sub`` is argparse's subparsers)."""
    listing = sub.add_parser("list", help="list the aids in the library")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.add_argument("--search", default="", help="only aids matching these words")
    add_aids_option(listing)
    listing.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sdm_aid.core.library import NOTICES, AidLibrary

    library = AidLibrary.default(extra=args.aids)
    entries = library.scan()
    if args.search:
        entries = library.search(args.search)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "id": e.id,
                        "title": e.title,
                        "condition": e.condition,
                        "specialty": e.specialty,
                        "language": e.language,
                        "status": e.status,
                        "version": e.version,
                        "next_review": e.next_review.isoformat() if e.next_review else None,
                        "approved": e.approved,
                        "out_of_date": e.is_out_of_date(),
                        "broken": e.broken,
                        "origin": e.origin,
                        "path": str(e.path),
                        "problems": [str(f) for f in e.findings if f.is_error],
                    }
                    for e in entries
                ],
                indent=2,
            )
        )
        return EXIT_OK
    for e in entries:
        if e.broken:
            print(f"BROKEN  {e.path}")
            for f in e.findings:
                if f.is_error:
                    print(f"        {f}")
            continue
        badges = [NOTICES[key] for key in e.notices()]
        print(f"{e.id}  [{e.language}, v{e.version}, {e.status}]  {e.title}")
        print(
            f"        {e.condition}; next review {e.next_review}"
            + (f"; {', '.join(badges)}" if badges else "")
        )
    return EXIT_OK
