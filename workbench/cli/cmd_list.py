"""``workbench list`` and ``workbench show ID``."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from workbench.cli.common import open_store, print_json, print_json_list


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("list", help="liste les papiers")
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.add_argument("--deleted", action="store_true", help="inclut la corbeille")
    parser.set_defaults(func=run_list)

    parser = subparsers.add_parser("show", help="affiche un papier")
    parser.add_argument("piece_id", type=int, metavar="ID")
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.set_defaults(func=run_show)


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.piecejson import piece_to_dict
    from workbench.pieces import iter_pieces

    with open_store(db_path) as store:
        pieces = (piece_to_dict(p) for p in iter_pieces(store, include_deleted=args.deleted))
        if args.json:
            print_json_list(pieces)
            return 0
        _print_lines(pieces)
    return 0


def _print_lines(pieces: Iterable[dict]) -> None:
    for piece in pieces:
        issue = f"N°{piece['issue']}" if piece["issue"] is not None else "au marbre"
        authors = ", ".join(c["name"] for c in piece["contributors"] if c["role"] == "author")
        print(
            f"{piece['id']:>6}  {issue:<10} {piece['kind']:<10} {piece['status']:<10} "
            f"{piece['title']}" + (f" — {authors}" if authors else "")
        )


def run_show(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.piecejson import piece_to_dict
    from workbench.pieces import get_piece

    with open_store(db_path) as store:
        data = piece_to_dict(get_piece(store, args.piece_id), with_body=True)
    if args.json:
        print_json(data)
        return 0
    for key, value in data.items():
        if key != "body":
            print(f"{key}: {value}")
    print()
    print(data["body"])
    return 0
