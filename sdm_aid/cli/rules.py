"""``sdm-aid rules``: every validation rule."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sdm_aid.cli.options import EXIT_OK


def add_parser(sub: Any) -> None:
    """Add ``rules`` to the ``sdm-aid`` subcommands (``sub`` is argparse's subparsers)."""
    rules = sub.add_parser("rules", help="list every validation rule")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sdm_aid.core.findings import RULES

    if args.format == "json":
        print(
            json.dumps(
                [
                    {"rule": r.code, "severity": r.severity.value, "title": r.title}
                    for r in RULES.values()
                ],
                indent=2,
            )
        )
    else:
        for rule in RULES.values():
            print(f"{rule.code}  {rule.severity.value:<7}  {rule.title}")
    return EXIT_OK
