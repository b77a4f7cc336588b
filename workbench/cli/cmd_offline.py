"""``workbench offline take|sync|status``: a numéro taken from a team store into a SQLite
file, worked on without the server, and synced back."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.common import CommandError, open_store, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("offline", help="emporter un numéro hors ligne, le synchroniser")
    actions = parser.add_subparsers(dest="offline_command", metavar="ACTION", required=True)
    take = actions.add_parser(
        "take", help="copie un numéro du serveur d'équipe (--db) dans un fichier SQLite"
    )
    take.add_argument("--issue", type=int, required=True, metavar="N", help="le numéro")
    take.add_argument("--publication", metavar="NOM", help="publication (s'il y en a plusieurs)")
    take.add_argument(
        "--to", type=Path, required=True, metavar="FICHIER", help="le fichier à créer"
    )
    which = take.add_mutually_exclusive_group()
    which.add_argument(
        "--mine", action="store_true", help="seulement les papiers qui vous sont attribués"
    )
    which.add_argument("--pieces", metavar="ID,ID…", help="seulement ces papiers du numéro")
    take.add_argument("--json", action="store_true", help="sortie JSON")
    take.set_defaults(func=run_take)

    sync = actions.add_parser(
        "sync", help="synchronise le fichier hors ligne (--db) avec son serveur d'équipe"
    )
    sync.add_argument(
        "--prefer",
        choices=("server", "offline"),
        default="server",
        help="qui garde un emplacement, une place ou une fiche changés des deux côtés "
        "(server par défaut ; les textes gardent toujours celui du serveur)",
    )
    sync.add_argument(
        "--dry-run", action="store_true", help="dit ce qui serait fait, sans rien écrire"
    )
    sync.add_argument("--json", action="store_true", help="sortie JSON")
    sync.set_defaults(func=run_sync)

    status = actions.add_parser("status", help="d'où vient le fichier hors ligne (--db)")
    status.add_argument("--json", action="store_true", help="sortie JSON")
    status.set_defaults(func=run_status)


def run_take(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.cli.cmd_plan import resolve_issue
    from workbench.offline.sync import take

    with open_store(db_path) as server:
        if not server.is_shared:
            raise CommandError(
                "offline take copie un numéro d'un serveur d'équipe : --db doit être une "
                "adresse postgresql://…"
            )
        issue = resolve_issue(server, args.issue, args.publication)
        piece_ids = None
        if args.mine:
            from workbench.offline.sync import my_pieces

            piece_ids = my_pieces(server, issue.id)
        elif args.pieces:
            try:
                piece_ids = [int(part) for part in args.pieces.split(",") if part.strip()]
            except ValueError as exc:
                raise CommandError(
                    f"--pieces : « {args.pieces} » n'est pas une liste d'identifiants."
                ) from exc
        path = take(server, issue.id, args.to, piece_ids)
        where = server.location.display()
    if args.json:
        print_json({"file": str(path), "issue": args.issue, "server": where})
    else:
        print(f"Numéro {args.issue} emporté de {where} dans « {path} ».")
    return 0


def run_sync(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.offline.sync import server_location, sync
    from workbench.store import Store, StoreError

    with open_store(db_path, writes=not args.dry_run) as offline:
        location = server_location(offline)
        try:
            server = Store.open(location)
        except StoreError as exc:
            raise CommandError(f"{exc} Le fichier hors ligne n'a pas changé.") from exc
        with server:
            report = sync(offline, server, prefer=args.prefer, dry_run=args.dry_run)
    if args.json:
        print_json({"dry_run": args.dry_run, **report.as_dict()})
    else:
        if args.dry_run:
            print("Simulation : rien n'a été écrit.")
        if report.resumed:
            print("Une synchronisation interrompue a été reprise.")
        for line in report.lines():
            print(line)
    return 0


def run_status(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.offline.sync import status

    with open_store(db_path) as store:
        found = status(store)
    if found is None:
        raise CommandError("Cette base n'est pas un numéro emporté hors ligne.")
    data = {
        "server": found.server,
        "issue": found.issue_number,
        "taken_by": found.taken_by,
        "taken_at": found.taken_at,
        "synced_at": found.synced_at,
        "some_pieces": found.some_pieces,
    }
    if args.json:
        print_json(data)
    else:
        synced = (
            f", synchronisé le {found.synced_at}" if found.synced_at else ", jamais synchronisé"
        )
        what = "Des papiers du numéro" if found.some_pieces else "Numéro"
        print(
            f"{what} {found.issue_number} emporté de {found.server} par {found.taken_by} "
            f"le {found.taken_at}{synced}."
        )
    return 0
