"""``workbench team list|add|set|remove``: the newsroom and its roles.

On a team store each person is a login of the server with its own password, read from
the standard input (``--password-stdin``: never on the command line, where ``ps`` and
the shell's history would show it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import CommandError, open_store, print_json
from workbench.rights import ROLES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("team", help="l'équipe de la rédaction et ses rôles")
    actions = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="les personnes de l'équipe")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(func=run_list)

    add = actions.add_parser("add", help="ajoute une personne (rédaction en chef)")
    add.add_argument("login", metavar="IDENTIFIANT")
    add.add_argument("--name", required=True, metavar="NOM", help="« Claire Martin »")
    add.add_argument("--role", required=True, choices=ROLES, metavar="RÔLE", help=", ".join(ROLES))
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="lit son mot de passe sur l'entrée standard (serveur d'équipe)",
    )
    add.add_argument("--json", action="store_true", help="sortie JSON")
    add.set_defaults(func=run_add)

    change = actions.add_parser("set", help="change le rôle, le nom ou le mot de passe")
    change.add_argument("login", metavar="IDENTIFIANT")
    change.add_argument("--name", metavar="NOM")
    change.add_argument("--role", choices=ROLES, metavar="RÔLE", help=", ".join(ROLES))
    change.add_argument(
        "--password-stdin", action="store_true", help="lit le nouveau mot de passe sur l'entrée"
    )
    change.add_argument("--json", action="store_true", help="sortie JSON")
    change.set_defaults(func=run_set)

    remove = actions.add_parser("remove", help="retire une personne de l'équipe")
    remove.add_argument("login", metavar="IDENTIFIANT")
    remove.set_defaults(func=run_remove)


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_stdin:
        return None
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CommandError("--password-stdin : aucun mot de passe lu sur l'entrée standard.")
    return password


def _member_dict(member) -> dict:  # noqa: ANN001 - a workbench.team.Member
    return {
        "login": member.login,
        "name": member.name,
        "role": member.role,
        "assigned": member.assigned,
    }


def _print_member(member, as_json: bool, verb: str) -> None:  # noqa: ANN001
    if as_json:
        print_json(_member_dict(member))
    else:
        print(f"{member.name} ({member.login}) {verb} : {member.role_label}.")


def run_list(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.team import members

    with open_store(db_path) as store:
        team = members(store)
        me = store.user
    if args.json:
        print_json([_member_dict(member) for member in team])
        return 0
    if not team:
        print("Personne dans l'équipe.")
    for member in team:
        mark = " (vous)" if member.login == me else ""
        print(
            f"{member.login:<16} {member.name}{mark} — {member.role_label}, "
            f"{member.assigned} papier(s) en cours"
        )
    return 0


def run_add(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.team import add_member

    password = _password(args)
    with open_store(db_path, writes=True) as store:
        if store.is_shared and password is None and not _server_has(store, args.login):
            raise CommandError(
                f"Le serveur n'a pas de compte « {args.login} » : donnez son mot de passe "
                "avec --password-stdin."
            )
        member = add_member(store, args.login, args.name, args.role, password)
    _print_member(member, args.json, "ajouté(e)")
    return 0


def _server_has(store, login: str) -> bool:  # noqa: ANN001 - a team Store
    return bool(store.scalar("SELECT 1 FROM pg_roles WHERE rolname = ?", (login,)))


def run_set(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.team import change_member

    password = _password(args)
    if args.name is None and args.role is None and password is None:
        raise CommandError("Rien à changer : donnez --name, --role ou --password-stdin.")
    with open_store(db_path, writes=True) as store:
        member = change_member(store, args.login, role=args.role, name=args.name, password=password)
    _print_member(member, args.json, "enregistré(e)")
    return 0


def run_remove(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.team import member, remove_member

    with open_store(db_path, writes=True) as store:
        who = member(store, args.login)
        remove_member(store, args.login)
    print(f"{who.name} ({who.login}) ne fait plus partie de l'équipe.")
    return 0
