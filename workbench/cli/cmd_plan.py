"""``workbench place`` and ``workbench plan``: the chemin de fer from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.cli.common import EXIT_USAGE, CommandError, open_store, print_json

if TYPE_CHECKING:
    from workbench.flatplan.rules import Flatplan, FlatplanEntry
    from workbench.records import IssueInfo
    from workbench.store import Store


def _iso_date(text: str) -> date:
    """A date typed as AAAA-MM-JJ, with a French message when it is not one."""
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide : « {text} » (format attendu AAAA-MM-JJ)"
        ) from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "place", help="place ou déplace un papier dans le chemin de fer d'un numéro"
    )
    parser.add_argument("piece_id", type=int, metavar="PIECE_ID")
    parser.add_argument("--issue", type=int, required=True, metavar="N", help="numéro")
    parser.add_argument("--page", type=int, required=True, metavar="P", help="première page")
    parser.add_argument("--pages", type=int, metavar="K", help="nombre de pages")
    parser.add_argument("--publication", metavar="NOM", help="publication du numéro")
    parser.set_defaults(func=run_place)

    parser = subparsers.add_parser("plan", help="chemin de fer d'un numéro (JSON, PDF)")
    parser.add_argument("--issue", type=int, required=True, metavar="N", help="numéro")
    parser.add_argument("--publication", metavar="NOM", help="publication du numéro")
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.add_argument("--pdf", type=Path, metavar="FICHIER", help="écrit le chemin de fer en PDF")
    parser.add_argument(
        "--today", type=_iso_date, metavar="AAAA-MM-JJ", help="date du jour (retards)"
    )
    parser.set_defaults(func=run_plan)


def resolve_issue(
    store: Store, number: int, publication: str | None, *, within: int | None = None
) -> IssueInfo:
    """The numéro ``number``: of publication ``publication`` (a name), of ``within`` (an id),
    or the only one with that number."""
    from workbench.catalog import find_issue, issues_by_number
    from workbench.cli.common import resolve_publication

    if publication is not None:
        named = resolve_publication(store, publication)
        if within is not None and named.id != within:
            raise CommandError(f"Ce papier n'appartient pas à la publication « {publication} ».")
        within = named.id
    if within is not None:
        issue = find_issue(store, within, number)
        if issue is None:
            raise CommandError(f"Le numéro {number} n'existe pas dans cette publication.")
        return issue
    found = issues_by_number(store, number)
    if not found:
        raise CommandError(f"Aucun numéro {number}.")
    if len(found) > 1:
        raise CommandError(
            f"Plusieurs publications ont un numéro {number} : précisez --publication NOM.",
            EXIT_USAGE,
        )
    return found[0]


def run_place(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.flatplan.changes import place_piece
    from workbench.flatplan.rules import format_pages
    from workbench.pieces import get_piece

    with open_store(db_path, writes=True) as store:
        piece = get_piece(store, args.piece_id)
        issue = resolve_issue(store, args.issue, args.publication, within=piece.publication_id)
        place_piece(store, piece.id, issue.id, args.page, args.pages)
        placed = get_piece(store, piece.id)
    where = format_pages(range(placed.first_page, placed.first_page + placed.page_count))
    label = "page" if placed.page_count == 1 else "pages"
    print(f"« {placed.title} » (papier {placed.id}) : N°{issue.number}, {label} {where}.")
    return 0


def _entry_dict(entry: FlatplanEntry, today: date) -> dict[str, Any]:
    from workbench.flatplan.rules import entry_fit, is_late

    data: dict[str, Any] = {
        "kind": entry.kind,
        "piece_id": entry.piece_id,
        "slot_id": entry.slot_id,
        "title": entry.title,
        "first_page": entry.first_page,
        "page_count": entry.page_count,
        "last_page": entry.last_page,
    }
    if entry.is_piece:
        fit = entry_fit(entry)
        data.update(
            piece_kind=entry.piece_kind,
            section=entry.section,
            authors=entry.authors,
            status=entry.status,
            due_date=entry.due_date,
            late=is_late(entry, today),
            signs=entry.signs,
            signs_per_page=entry.signs_per_page,
            capacity=fit.capacity,
            fit=fit.state,
        )
    return data


def plan_to_dict(plan: Flatplan, today: date) -> dict[str, Any]:
    from dataclasses import asdict

    from workbench.flatplan.rules import (
        is_ready,
        issue_warnings,
        signature_warning,
        table_of_contents,
    )

    issue = plan.issue
    pieces = plan.pieces
    return {
        "issue": {
            "id": issue.id,
            "publication": plan.publication,
            "number": issue.number,
            "theme": issue.theme,
            "page_count": issue.page_count,
            "closing_date": issue.closing_date,
            "release_date": issue.release_date,
            "status": issue.status,
            "planned": len(pieces),
            "ready": sum(1 for p in pieces if is_ready(p.status)),
            "signature_ok": signature_warning(issue.page_count) is None,
        },
        "slots": [_entry_dict(e, today) for e in plan.placed],
        "unplaced": [_entry_dict(e, today) for e in plan.unplaced],
        "warnings": [asdict(w) for w in issue_warnings(issue, plan, today)],
        "sommaire": [asdict(line) for line in table_of_contents(plan)],
    }


def run_plan(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.flatplan.changes import load_flatplan
    from workbench.flatplan.legend import slot_label
    from workbench.flatplan.pdf import PdfWriteError, write_flatplan_pdf
    from workbench.flatplan.rules import format_pages, issue_warnings, table_of_contents

    today = args.today or date.today()
    with open_store(db_path) as store:
        issue = resolve_issue(store, args.issue, args.publication)
        plan = load_flatplan(store, issue.id)
    if args.pdf is not None:
        try:
            count = write_flatplan_pdf(plan, args.pdf, today=today)
        except PdfWriteError as exc:
            raise CommandError(str(exc)) from exc
        if not args.json:
            print(
                f"Chemin de fer du N°{issue.number} écrit dans « {args.pdf} » ({count} feuille"
                f"{'s' if count > 1 else ''})."
            )
    if args.json:
        print_json(plan_to_dict(plan, today))
        return 0
    if args.pdf is not None:
        return 0
    print(f"N°{issue.number} {issue.theme} — {issue.page_count} pages".rstrip())
    for entry in plan.placed:
        pages = format_pages(entry.pages)
        who = f" — {entry.authors}" if entry.authors else ""
        name = (
            entry.title if entry.is_piece else f"[{slot_label(entry.kind)}] {entry.title}".rstrip()
        )
        ident = f"#{entry.piece_id}" if entry.is_piece else ""
        print(f"  p. {pages:<8} {ident:<6} {name}{who}")
    for entry in plan.unplaced:
        print(f"  sans pages #{entry.piece_id:<5} {entry.title}")
    lines = table_of_contents(plan)
    if lines:
        print("Sommaire :")
        for line in lines:
            print(
                f"  {line.page:>4}  {line.section} — {line.title}"
                + (f", {line.authors}" if line.authors else "")
            )
    for warning in issue_warnings(plan.issue, plan, today):
        print(f"attention : {warning.message}")
    return 0
