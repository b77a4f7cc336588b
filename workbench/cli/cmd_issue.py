"""``workbench issue new|set|duplicate``: the numéros, as the « Numéro » dialogs make them."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import open_store, print_json

if TYPE_CHECKING:
    from workbench.catalog import IssueFields
    from workbench.store import Store


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
    for name, text in (
        ("new", "crée un numéro"),
        ("set", "change un numéro (seules les options données changent)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("number", type=int, metavar="N", help="numéro")
        action.add_argument("--publication", metavar="NOM", help="publication du numéro")
        action.add_argument("--pages", type=int, metavar="N", help="nombre de pages")
        action.add_argument("--theme", metavar="THÈME", help="thème du numéro")
        action.add_argument("--closing", metavar="AAAA-MM-JJ", help="bouclage (none : aucun)")
        action.add_argument("--release", metavar="AAAA-MM-JJ", help="parution (none : aucune)")
        action.add_argument("--status", metavar="STATUT", help="prévu, en cours, bouclé, paru")
        action.add_argument("--json", action="store_true", help="sortie JSON")
        action.set_defaults(func=run_new if name == "new" else run_set)


def issue_dict(store: Store, issue_id: int) -> dict:
    from workbench.catalog import get_issue, get_publication, last_planned_page

    info = get_issue(store, issue_id)
    return {
        "id": info.id,
        "publication": get_publication(store, info.publication_id).name,
        "number": info.number,
        "theme": info.theme,
        "page_count": info.page_count,
        "closing_date": info.closing_date,
        "release_date": info.release_date,
        "status": info.status,
        "last_planned_page": last_planned_page(store, issue_id),
    }


def _apply(args: argparse.Namespace, fields: IssueFields) -> IssueFields:
    """``fields`` with what the options say (checked: dates, status)."""
    from workbench.cli.common import choose, parse_date
    from workbench.vocabulary import ISSUE_STATUSES, names

    if args.pages is not None:
        fields.page_count = args.pages
    if args.theme is not None:
        fields.theme = args.theme
    if args.closing is not None:
        fields.closing_date = parse_date(args.closing, "--closing")
    if args.release is not None:
        fields.release_date = parse_date(args.release, "--release")
    if args.status is not None:
        fields.status = choose(args.status, "--status", names(ISSUE_STATUSES))
    return fields


def _print(data: dict, as_json: bool, verb: str) -> None:
    from workbench.vocabulary import ISSUE_STATUSES, label

    if as_json:
        print_json(data)
        return
    dates = []
    if data["closing_date"]:
        dates.append(f"bouclage le {data['closing_date'].strftime('%d/%m/%Y')}")
    if data["release_date"]:
        dates.append(f"parution le {data['release_date'].strftime('%d/%m/%Y')}")
    print(
        f"N°{data['number']} de « {data['publication']} » {verb} : {data['page_count']} pages, "
        f"{label(ISSUE_STATUSES, data['status'])}"
        + (f", {', '.join(dates)}" if dates else "")
        + (f" — {data['theme']}" if data["theme"] else "")
        + "."
    )


def run_new(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.catalog import IssueFields, create_issue
    from workbench.cli.common import resolve_publication

    fields = _apply(args, IssueFields(args.number))
    with open_store(db_path, writes=True) as store:
        publication = resolve_publication(store, args.publication)
        issue_id = create_issue(store, publication.id, fields)
        data = issue_dict(store, issue_id)
    _print(data, args.json, "créé")
    return 0


def run_set(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.catalog import IssueFields, update_issue
    from workbench.cli.cmd_plan import resolve_issue

    with open_store(db_path, writes=True) as store:
        issue = resolve_issue(store, args.number, args.publication)
        update_issue(store, issue.id, _apply(args, IssueFields.of(issue)))
        data = issue_dict(store, issue.id)
    _print(data, args.json, "modifié")
    return 0


def run_duplicate(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.cli.cmd_plan import resolve_issue
    from workbench.flatplan.changes import duplicate_issue_structure, load_flatplan

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
