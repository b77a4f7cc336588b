"""``workbench import FILE_OR_FOLDER...``: import pieces from files."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.common import EXIT_ERROR, open_store, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="importe des papiers (pages web .txt, Markdown, DOCX, ou dossiers)",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="FICHIER_OU_DOSSIER")
    parser.add_argument("--json", action="store_true", help="rapport en JSON")
    parser.add_argument(
        "--publication", type=int, metavar="ID", help="publication où importer (identifiant)"
    )
    parser.set_defaults(func=run_import)


def run_import(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.importers.service import format_report, import_paths

    with open_store(db_path, writes=True) as store:
        report = import_paths(store, args.paths, args.publication)
    if args.json:
        print_json(report.to_dict())
    else:
        print("\n".join(format_report(report)))
    return 0 if report.ok else EXIT_ERROR
