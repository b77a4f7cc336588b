"""``workbench search QUERY``: full-text search with filters."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from db.vocabulary import PIECE_KINDS, PIECE_STATUSES
from workbench.cli.common import EXIT_USAGE, CommandError, open_store, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="cherche dans les papiers")
    parser.add_argument(
        "query",
        nargs="+",
        metavar="REQUÊTE",
        help='mots, "expression exacte", préfixe* (accents ignorés)',
    )
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.add_argument("--issue", type=int, metavar="N", help="numéro")
    parser.add_argument("--kind", choices=PIECE_KINDS, help="genre")
    parser.add_argument("--status", choices=PIECE_STATUSES, help="statut")
    parser.add_argument("--author", default="", metavar="NOM", help="auteur (partie du nom)")
    parser.add_argument("--from", dest="date_from", metavar="AAAA-MM-JJ", help="publié depuis")
    parser.add_argument("--to", dest="date_to", metavar="AAAA-MM-JJ", help="publié jusqu'au")
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="nombre de résultats")
    parser.add_argument("--deleted", action="store_true", help="inclut la corbeille")
    parser.set_defaults(func=run_search)


def parse_cli_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"date invalide pour {option} : « {value} » (format attendu AAAA-MM-JJ).", EXIT_USAGE
        ) from None


def run_search(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.search import SearchFilters, search, split_snippet

    filters = SearchFilters(
        issue=args.issue,
        kind=args.kind or "",
        status=args.status or "",
        author=args.author,
        date_from=parse_cli_date(args.date_from, "--from"),
        date_to=parse_cli_date(args.date_to, "--to"),
        include_deleted=args.deleted,
        limit=args.limit,
    )
    if filters.date_from and filters.date_to and filters.date_to < filters.date_from:
        raise CommandError("--to précède --from : aucune date ne peut convenir.", EXIT_USAGE)
    if args.limit < 1:
        raise CommandError("--limit doit être un entier positif.", EXIT_USAGE)
    with open_store(db_path) as store:
        hits = search(store, " ".join(args.query), filters)
    if args.json:
        rows = []
        for hit in hits:
            text, spans = split_snippet(hit.snippet)
            rows.append(
                {
                    "id": hit.piece_id,
                    "title": hit.title,
                    "kind": hit.kind,
                    "status": hit.status,
                    "issue": hit.issue_number,
                    "authors": list(hit.authors),
                    "rank": hit.rank,
                    "snippet": text,
                    "highlights": [list(span) for span in spans],
                    "deleted": hit.deleted,
                }
            )
        print_json(rows)
        return 0
    if not hits:
        print("Aucun résultat.")
        return 0
    for hit in hits:
        issue = f"N°{hit.issue_number}" if hit.issue_number is not None else "au marbre"
        authors = f" — {', '.join(hit.authors)}" if hit.authors else ""
        print(f"{hit.piece_id:>6}  {issue:<10} {hit.kind:<10} {hit.title}{authors}")
        text, spans = split_snippet(hit.snippet)
        marked = text
        for start, end in reversed(spans):
            marked = f"{marked[:start]}[{marked[start:end]}]{marked[end:]}"
        print(f"        {' '.join(marked.split())}")
    print(f"{len(hits)} résultat(s).")
    return 0
