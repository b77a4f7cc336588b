"""``workbench export --issue N --out DIR`` and ``workbench import-bundle DIR_OR_ZIP``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import EXIT_USAGE, CommandError, open_store, print_json

if TYPE_CHECKING:
    from workbench.export.checklist import Finding
    from workbench.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="exporte un numéro pour la maquette (ICML, DOCX, HTML, Markdown)"
    )
    parser.add_argument("--issue", type=int, required=True, metavar="N", help="numéro à exporter")
    parser.add_argument("--out", type=Path, metavar="DIR", help="dossier de sortie")
    parser.add_argument("--zip", action="store_true", help="un seul fichier .zip")
    parser.add_argument(
        "--include-drafts", action="store_true", help="exporte malgré les erreurs de la liste"
    )
    parser.add_argument("--force", action="store_true", help="remplace un export existant")
    parser.add_argument(
        "--with-comments",
        action="store_true",
        help="ajoute les commentaires de la rédaction (manifeste, commentaires Word des DOCX)",
    )
    parser.add_argument("--publication", metavar="NOM", help="publication (s'il y en a plusieurs)")
    parser.add_argument(
        "--check", action="store_true", help="affiche la liste de contrôle sans rien écrire"
    )
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.set_defaults(func=run_export)

    parser = subparsers.add_parser("import-bundle", help="réimporte un numéro exporté")
    parser.add_argument("source", type=Path, metavar="DIR_OR_ZIP")
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.set_defaults(func=run_import)


def _issue_id(store: Store, number: int, publication: str | None) -> int:
    from workbench.catalog import issues_by_number, list_publications

    issues = issues_by_number(store, number)
    if publication:
        wanted = {
            p.id for p in list_publications(store) if p.name.casefold() == publication.casefold()
        }
        if not wanted:
            raise CommandError(f"Aucune publication « {publication} ».")
        issues = [i for i in issues if i.publication_id in wanted]
    if not issues:
        raise CommandError(f"Aucun numéro {number} dans cette base.")
    if len(issues) > 1:
        raise CommandError(
            f"Plusieurs publications ont un numéro {number} : précisez --publication."
        )
    return issues[0].id


def _finding_dict(finding: Finding) -> dict:
    return {"severity": finding.severity, "code": finding.code, "message": finding.message}


def _print_checklist(findings: list, as_json: bool) -> int:
    errors = [f for f in findings if f.severity == "error"]
    if as_json:
        print_json({"ok": not errors, "findings": [_finding_dict(f) for f in findings]})
    else:
        for finding in findings:
            label = "ERREUR" if finding.severity == "error" else "attention"
            print(f"{label} : {finding.message}")
        print(f"{len(errors)} erreur(s), {len(findings) - len(errors)} avertissement(s).")
    return 1 if errors else 0


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.export.bundle import ExportError, ExportRefused, check_export, export_issue

    with open_store(db_path) as store:
        issue_id = _issue_id(store, args.issue, args.publication)
        if args.check:
            return _print_checklist(check_export(store, issue_id), args.json)
        if args.out is None:
            raise CommandError("Indiquez le dossier de sortie : --out DOSSIER.", EXIT_USAGE)

        def progress(done: int, total: int, label: str) -> None:
            if not args.json:
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        try:
            result = export_issue(
                store,
                issue_id,
                args.out,
                zip=args.zip,
                include_drafts=args.include_drafts,
                force=args.force,
                progress=progress if sys.stderr.isatty() else None,
                with_comments=args.with_comments,
            )
        except ExportRefused as exc:
            if args.json:
                print_json(
                    {
                        "ok": False,
                        "error": str(exc),
                        "findings": [_finding_dict(f) for f in exc.findings],
                    }
                )
            else:
                for finding in exc.findings:
                    label = "ERREUR" if finding.severity == "error" else "attention"
                    print(f"{label} : {finding.message}", file=sys.stderr)
            raise CommandError(f"{exc} Sur la ligne de commande : --include-drafts.") from exc
        except ExportError as exc:
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(
                f"Écriture impossible dans « {args.out} » : {exc.strerror or exc}."
            ) from exc
    if sys.stderr.isatty() and not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "ok": True,
                "path": result.path,
                "pieces": result.piece_count,
                "files": list(result.files),
                "findings": [_finding_dict(f) for f in result.findings],
            }
        )
        return 0
    for finding in result.findings:
        label = "ERREUR" if finding.severity == "error" else "attention"
        print(f"{label} : {finding.message}")
    print(
        f"{result.piece_count} papier(s) exporté(s) dans « {result.path} » "
        f"({len(result.files)} fichiers)."
    )
    return 0


def run_import(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.export.reimport import import_bundle

    with open_store(db_path, writes=True) as store:
        result = import_bundle(store, args.source)
    if args.json:
        print_json(
            {
                "ok": True,
                "issue_id": result.issue_id,
                "number": result.number,
                "pieces": list(result.piece_ids),
            }
        )
    else:
        print(f"Numéro {result.number} réimporté : {len(result.piece_ids)} papier(s).")
    return 0
