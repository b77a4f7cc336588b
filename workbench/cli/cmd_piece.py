"""``workbench piece new|set`` and ``workbench revisions ID``: the papiers, as the window
makes and saves them (a body set from a file is a save with its revision)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import CommandError, open_store, print_json

if TYPE_CHECKING:
    from workbench.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("piece", help="crée ou change un papier")
    actions = parser.add_subparsers(dest="piece_command", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="crée un papier (au marbre, ou dans un numéro)")
    new.add_argument("--kind", required=True, metavar="GENRE", help="edito, interview, …")
    new.add_argument("--title", required=True, metavar="TITRE")
    new.add_argument("--issue", type=int, metavar="N", help="numéro où le ranger")
    new.add_argument("--publication", metavar="NOM", help="publication du papier")
    new.add_argument("--json", action="store_true", help="sortie JSON")
    new.set_defaults(func=run_new)

    change = actions.add_parser("set", help="change un papier (seules les options données)")
    change.add_argument("piece_id", type=int, metavar="ID")
    change.add_argument("--status", metavar="STATUT", help="idée, commandé, … validé, maquetté")
    change.add_argument("--due", metavar="AAAA-MM-JJ", help="remise (none : aucune)")
    change.add_argument("--kind", metavar="GENRE")
    change.add_argument("--title", metavar="TITRE")
    change.add_argument("--standfirst", metavar="CHAPÔ")
    change.add_argument("--issue", metavar="N|none", help="numéro du papier (none : au marbre)")
    change.add_argument(
        "--body-file", metavar="FICHIER", help="le texte (Markdown) d'un fichier, - pour l'entrée"
    )
    change.add_argument(
        "--expect-version",
        type=int,
        metavar="V",
        help="refuse si le papier a changé depuis cette version",
    )
    change.add_argument("--json", action="store_true", help="sortie JSON")
    change.set_defaults(func=run_set)

    assign = actions.add_parser("assign", help="attribue un papier à une personne de l'équipe")
    assign.add_argument("piece_id", type=int, metavar="ID")
    assign.add_argument("login", metavar="IDENTIFIANT")
    assign.add_argument(
        "--role", default="author", metavar="RÔLE", help="author (par défaut), photographer, …"
    )
    assign.add_argument("--due", metavar="AAAA-MM-JJ", help="date de remise")
    assign.add_argument("--json", action="store_true", help="sortie JSON")
    assign.set_defaults(func=run_assign)

    unassign = actions.add_parser("unassign", help="reprend un papier à une personne")
    unassign.add_argument("piece_id", type=int, metavar="ID")
    unassign.add_argument("login", metavar="IDENTIFIANT")
    unassign.add_argument("--role", metavar="RÔLE", help="ce rôle seulement")
    unassign.set_defaults(func=run_unassign)

    history = subparsers.add_parser("revisions", help="les versions enregistrées d'un papier")
    history.add_argument("piece_id", type=int, metavar="ID")
    history.add_argument("--json", action="store_true", help="sortie JSON")
    history.set_defaults(func=run_revisions)


def _kind(value: str) -> str:
    from db.vocabulary import PIECE_KINDS
    from workbench.cli.common import choose

    return choose(value, "--kind", {kind: kind for kind in PIECE_KINDS})


def _status(value: str) -> str:
    from workbench.cli.common import choose
    from workbench.vocabulary import STATUSES, names

    return choose(value, "--status", {str(code): name for code, name in names(STATUSES).items()})


def _print_piece(store: Store, piece_id: int, as_json: bool, verb: str) -> None:
    from workbench.flatplan.legend import status_label
    from workbench.piecejson import piece_to_dict
    from workbench.pieces import get_piece

    data = piece_to_dict(get_piece(store, piece_id))
    if as_json:
        print_json(data)
        return
    where = f"N°{data['issue']}" if data["issue"] is not None else "au marbre"
    print(
        f"Papier {data['id']} « {data['title']} » {verb} : {data['kind']}, "
        f"{status_label(data['status'])}, {where}, version {data['version']}."
    )


def run_new(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.catalog import section_for_kind
    from workbench.cli.cmd_plan import resolve_issue
    from workbench.cli.common import resolve_publication
    from workbench.pieces import create_piece

    kind = _kind(args.kind)
    with open_store(db_path, writes=True) as store:
        if args.issue is not None:
            issue = resolve_issue(store, args.issue, args.publication)
            publication_id, issue_id = issue.publication_id, issue.id
        else:
            publication_id, issue_id = resolve_publication(store, args.publication).id, None
        piece_id = create_piece(
            store,
            publication_id,
            kind,
            args.title,
            issue_id=issue_id,
            section_id=section_for_kind(store, publication_id, kind),
        )
        _print_piece(store, piece_id, args.json, "créé")
    return 0


def _read_body(source: str) -> str:
    """The text of ``--body-file``, read as an import reads a file (UTF-8 checked)."""
    from workbench.importers.textfile import MAX_BYTES, RefusedFile, decode, read_text

    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise RefusedFile(f"le texte dépasse {MAX_BYTES // (1024 * 1024)} Mo")
            return decode(data).text
        return read_text(Path(source)).text
    except RefusedFile as exc:
        raise CommandError(f"--body-file « {source} » : {exc}.") from exc


def run_set(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.catalog import section_for_kind
    from workbench.cli.cmd_plan import resolve_issue
    from workbench.cli.common import parse_date
    from workbench.limits import LimitError, check_field_lengths
    from workbench.pieces import ConflictError, get_piece, move_pieces, validate_piece_fields
    from workbench.revisions import save_piece

    # Everything is read and checked before the first write: a refusal changes nothing.
    fields: dict = {}
    if args.status is not None:
        fields["status"] = _status(args.status)
    if args.kind is not None:
        fields["kind"] = _kind(args.kind)
    if args.due is not None:
        fields["due_date"] = parse_date(args.due, "--due")
    body = _read_body(args.body_file) if args.body_file is not None else None
    with open_store(db_path, writes=True) as store:
        piece = get_piece(store, args.piece_id)
        if args.expect_version is not None and piece.version != args.expect_version:
            raise CommandError(
                f"Le papier {piece.id} a changé depuis la version {args.expect_version} "
                f"(il est à la version {piece.version}) : rien n'a été enregistré."
            )
        target_issue = piece.issue_id
        if args.issue is not None:
            if args.issue.lower() in ("none", "aucun", "marbre"):
                target_issue = None
            elif args.issue.isdigit():
                issue = resolve_issue(store, int(args.issue), None, within=piece.publication_id)
                target_issue = issue.id
            else:
                raise CommandError(f"--issue : « {args.issue} » n'est ni un numéro ni none.")
        if "kind" in fields and fields["kind"] != piece.kind:
            fields["section_id"] = section_for_kind(store, piece.publication_id, fields["kind"])
        title = args.title if args.title is not None else piece.title
        standfirst = args.standfirst if args.standfirst is not None else piece.standfirst
        text = {
            "title": title,
            "standfirst": standfirst,
            "body": body if body is not None else piece.body,
        }
        try:
            validate_piece_fields({**fields, "title": title})
            check_field_lengths(title=title, standfirst=standfirst, body=text["body"])
        except LimitError as exc:
            raise CommandError(exc.sentence()) from exc
        try:
            save_piece(
                store,
                piece.id,
                expected_version=piece.version,
                autosave=False,
                **text,
                **fields,
            )
        except ConflictError as exc:
            raise CommandError(f"{exc} Rien n'a été enregistré.") from exc
        if target_issue != piece.issue_id:
            move_pieces(store, [piece.id], target_issue)
        _print_piece(store, piece.id, args.json, "enregistré")
    return 0


def _contributor_role(value: str) -> str:
    from workbench.cli.common import choose
    from workbench.vocabulary import ROLES, names

    return choose(value, "--role", names(ROLES))


def run_assign(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.assignments import assign
    from workbench.cli.common import parse_date

    role = _contributor_role(args.role)
    due = parse_date(args.due, "--due") if args.due is not None else None
    with open_store(db_path, writes=True) as store:
        done = assign(store, args.piece_id, args.login, role=role, due=due)
    if args.json:
        print_json(
            {"piece": done.piece_id, "login": done.login, "role": done.role, "due": done.due}
        )
    else:
        by = f", à rendre le {done.due:%d/%m/%Y}" if done.due else ""
        print(f"Papier {done.piece_id} attribué à {done.name} ({done.role}{by}).")
    return 0


def run_unassign(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.assignments import unassign

    role = _contributor_role(args.role) if args.role is not None else None
    with open_store(db_path, writes=True) as store:
        removed = unassign(store, args.piece_id, args.login, role)
    if not removed:
        raise CommandError(f"Le papier {args.piece_id} n'est pas attribué à « {args.login} ».")
    print(f"Papier {args.piece_id} repris à {args.login}.")
    return 0


def run_revisions(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.people import display_names
    from workbench.pieces import get_piece
    from workbench.revisions import list_revisions
    from workbench.text.counting import count_piece

    with open_store(db_path) as store:
        get_piece(store, args.piece_id)  # one line when there is no such piece
        revisions = list_revisions(store, args.piece_id)
        names = display_names(store)
    rows = [
        {
            "id": r.id,
            "created_at": r.created_at.isoformat(),
            # Who wrote this version: the login (a team store's role; a file's system
            # login; None when not recorded, as in versions older than the team store)
            # and the name it is shown by.
            "who": r.author or None,
            "who_name": names.get(r.author, r.author) if r.author else None,
            "signs": count_piece(r.body, r.standfirst).signs,
            "label": r.note,
            "title": r.title,
        }
        for r in revisions
    ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(f"Le papier {args.piece_id} n'a encore aucune version enregistrée.")
    for row in rows:
        when = row["created_at"].replace("T", " ")[:16]
        who = f"  {row['who_name']}" if row["who_name"] else ""
        print(f"{row['id']:>6}  {when}  {row['signs']:>7} signes  {row['label']}{who}")
    return 0
