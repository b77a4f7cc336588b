"""``workbench check``: integrity check of a database."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from workbench.cli.common import open_store, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="vérifie l'intégrité de la base")
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.add_argument(
        "--rebuild-index", action="store_true", help="reconstruit l'index de recherche d'abord"
    )
    parser.set_defaults(func=run_check)


def run_check(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.integrity import check_store_safely

    with open_store(db_path, writes=args.rebuild_index) as store:
        rebuilt = None
        if args.rebuild_index:
            from workbench.search import rebuild_index

            rebuilt = rebuild_index(store)
            if not args.json:
                print(f"Index de recherche reconstruit ({rebuilt} papiers).")
        findings, damaged = check_store_safely(store)
        from workbench.integrity import Finding
        from workbench.search import index_is_in_sync

        if not damaged and not index_is_in_sync(store):
            findings.append(
                Finding(
                    "warning",
                    "L'index de recherche n'est pas à jour : "
                    "lancez « workbench check --rebuild-index ».",
                )
            )
        pieces = issues = None
        if not damaged:
            pieces = store.scalar("SELECT count(*) FROM piece")
            issues = store.scalar("SELECT count(*) FROM issue")
    errors = [f for f in findings if f.severity == "error"]
    if args.json:
        data = {
            "ok": not errors,
            "pieces": pieces,
            "issues": issues,
            "findings": [asdict(f) for f in findings],
        }
        if rebuilt is not None:
            data["index_rebuilt"] = rebuilt
        print_json(data)
    else:
        for finding in findings:
            label = "ERREUR" if finding.severity == "error" else "attention"
            print(f"{label} : {finding.message}")
        summary = f"{pieces} papiers, {issues} numéros" if not damaged else "base endommagée"
        print(
            f"Base saine ({summary})."
            if not findings
            else f"{len(errors)} erreur(s), {len(findings) - len(errors)} avertissement(s) ({summary})."
        )
    return 1 if errors else 0
