"""``workbench issue duplicate N --to M``: start a numéro from another one's structure."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from workbench.cli.common import open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("issue", help="opérations sur les numéros")
    actions = parser.add_subparsers(dest="issue_command", metavar="ACTION", required=True)
    duplicate = actions.add_parser(
        "duplicate",
        help="crée un numéro avec la structure d'un autre (pages, couverture, publicités…)",
    )
    duplicate.add_argument("number", type=int, metavar="N", help="numéro à reprendre")
    duplicate.add_argument("--to", type=int, required=True, metavar="M", help="nouveau numéro")
    duplicate.add_argument("--publication", metavar="NOM", help="publication du numéro")
    duplicate.add_argument("--theme", default="", help="thème du nouveau numéro")
    duplicate.add_argument(
        "--closing", type=date.fromisoformat, metavar="AAAA-MM-JJ", help="date de bouclage"
    )
    duplicate.add_argument(
        "--release", type=date.fromisoformat, metavar="AAAA-MM-JJ", help="date de parution"
    )
    duplicate.set_defaults(func=run_duplicate)


def run_duplicate(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.cli.cmd_plan import resolve_issue
    from workbench.flatplan import duplicate_issue_structure, load_flatplan

    with open_store(db_path, writes=True) as store:
        source = resolve_issue(store, args.number, args.publication)
        new_id = duplicate_issue_structure(
            store,
            source.id,
            args.to,
            theme=args.theme,
            closing_date=args.closing,
            release_date=args.release,
        )
        slots = len(load_flatplan(store, new_id, with_text=False).slots)
    print(
        f"N°{args.to} créé d'après le N°{source.number} : {source.page_count} pages, "
        f"{slots} emplacement{'s' if slots > 1 else ''} fixe{'s' if slots > 1 else ''}."
    )
    return 0
