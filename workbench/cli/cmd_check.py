"""``workbench check``: integrity check of a database."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from workbench.cli.common import open_store, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="vérifie l'intégrité de la base")
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.set_defaults(func=run_check)


def run_check(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.integrity import check_store

    with open_store(db_path) as store:
        findings = check_store(store)
        pieces = store.scalar("SELECT count(*) FROM piece")
        issues = store.scalar("SELECT count(*) FROM issue")
    errors = [f for f in findings if f.severity == "error"]
    if args.json:
        print_json(
            {
                "ok": not errors,
                "pieces": pieces,
                "issues": issues,
                "findings": [asdict(f) for f in findings],
            }
        )
    else:
        for finding in findings:
            label = "ERREUR" if finding.severity == "error" else "attention"
            print(f"{label} : {finding.message}")
        summary = f"{pieces} papiers, {issues} numéros"
        print(
            f"Base saine ({summary})."
            if not findings
            else f"{len(errors)} erreur(s), {len(findings) - len(errors)} avertissement(s) ({summary})."
        )
    return 1 if errors else 0
