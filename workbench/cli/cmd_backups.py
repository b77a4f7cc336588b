"""``workbench backups list|restore``: the automatic backups of a database."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from workbench.cli.common import CommandError, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backups", help="sauvegardes automatiques de la base")
    actions = parser.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="liste les sauvegardes, la plus récente d'abord")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(func=run_list)
    restore = actions.add_parser(
        "restore",
        help="remet une sauvegarde à la place de la base (la base actuelle est sauvegardée "
        "d'abord)",
    )
    restore.add_argument("name", metavar="SAUVEGARDE", help="nom du fichier (voir backups list)")
    restore.set_defaults(func=run_restore)


def _file(db: Path | str) -> Path:
    """Backups are copies of a SQLite file: a team store's are its server's."""
    if isinstance(db, Path):
        return db
    raise CommandError(
        "Les sauvegardes d'un serveur d'équipe sont celles de son administrateur "
        "(pg_dump) : workbench backups ne concerne que les fichiers SQLite."
    )


def run_list(args: argparse.Namespace, db: Path | str) -> int:
    from db.backups import list_backups

    db_path = _file(db)
    backups = list_backups(db_path)
    if args.json:
        print_json(
            [
                {
                    "name": b.path.name,
                    "path": b.path,
                    "taken_at": b.taken_at.isoformat() + "Z",
                    "reason": b.reason,
                    "size": b.size,
                }
                for b in backups
            ]
        )
        return 0
    if not backups:
        print("Aucune sauvegarde pour cette base.")
        return 0
    for backup in backups:
        print(f"{backup.path.name}  {backup.size // 1024} Ko  {backup.label}")
    return 0


def _window_pid(db_path: Path) -> int | None:
    """The process of a Workbench window open on the database, if one is running (the
    first line of its lock file is its process id)."""
    lock = Path(str(db_path.resolve()) + ".lock")
    try:
        pid = int(lock.read_text(encoding="ascii", errors="replace").split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):  # silent: no lock or a dead holder
        return None
    return pid


def run_restore(args: argparse.Namespace, db: Path | str) -> int:
    db_path = _file(db)
    from db.backups import list_backups, restore_backup
    from workbench.store import StoreError

    chosen = next((b for b in list_backups(db_path) if b.path.name == args.name), None)
    if chosen is None:
        raise CommandError(
            f"Aucune sauvegarde « {args.name} » pour cette base (voir workbench backups list)."
        )
    pid = _window_pid(db_path)
    if pid is not None:
        raise CommandError(
            f"Workbench est ouvert sur cette base (processus {pid}) : fermez la fenêtre, ou "
            "restaurez depuis Fichier › Restaurer une sauvegarde…"
        )
    try:
        before = restore_backup(db_path, chosen.path)
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    print(
        f"Sauvegarde « {chosen.path.name} » restaurée. La base d'avant est gardée dans "
        f"« {before.path.name} »."
    )
    return 0
