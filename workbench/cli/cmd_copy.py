"""``workbench --db SOURCE copy-to TARGET``: a whole database into an empty one elsewhere."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.common import CommandError, open_store, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "copy-to",
        help="copie toute la base dans une base vide : d'un fichier SQLite vers un serveur "
        "d'équipe (postgresql://…) ou l'inverse",
    )
    parser.add_argument(
        "target",
        metavar="DESTINATION",
        help="fichier .sqlite ou postgresql://utilisateur@serveur/base",
    )
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.set_defaults(func=run_copy)


def run_copy(args: argparse.Namespace, db: Path | str) -> int:
    from workbench.cli import database_argument
    from workbench.integrity import check_store_safely
    from workbench.transfer import copy_database

    target_arg = database_argument(args.target)
    if (
        isinstance(target_arg, Path)
        and isinstance(db, Path)
        and target_arg.expanduser().resolve() == db.expanduser().resolve()
    ):
        raise CommandError("La destination est la base elle-même : rien n'a été copié.")
    with open_store(db) as source, open_store(target_arg, writes=True) as target:
        if source.location.display() == target.location.display():
            raise CommandError("La destination est la base elle-même : rien n'a été copié.")

        def progress(table: str, rows: int) -> None:
            if not args.json:
                print(f"{table} : {rows} ligne(s) copiée(s)")

        results = copy_database(source, target, progress)
        checks = {
            "source": check_store_safely(source)[0],
            "target": check_store_safely(target)[0],
        }
        source_name, target_name = source.location.display(), target.location.display()
    same = all(r.same for r in results)
    errors = {side: [f for f in found if f.severity == "error"] for side, found in checks.items()}
    if args.json:
        print_json(
            {
                "source": source_name,
                "target": target_name,
                "identical": same,
                "tables": [
                    {
                        "table": r.table,
                        "rows": r.target_rows,
                        "source_rows": r.source_rows,
                        "checksum": r.target_checksum,
                        "source_checksum": r.source_checksum,
                        "same": r.same,
                    }
                    for r in results
                ],
                "check": {
                    side: [{"severity": f.severity, "message": f.message} for f in found]
                    for side, found in checks.items()
                },
            }
        )
    else:
        print()
        for r in results:
            mark = "identique" if r.same else "DIFFÉRENTE"
            print(f"{r.table:<18} {r.target_rows:>7} ligne(s)  {r.target_checksum[:16]}  {mark}")
        for side, label in (("source", source_name), ("target", target_name)):
            found = checks[side]
            print(
                f"check {label} : " + ("base saine" if not found else f"{len(found)} remarque(s)")
            )
            for finding in found:
                print(f"  {finding.severity} : {finding.message}")
    if not same:
        raise CommandError("La copie diffère de la source : voir les tables marquées DIFFÉRENTE.")
    if any(errors.values()):
        return 1
    return 0
