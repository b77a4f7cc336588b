"""``workbench comment list|add|reply|resolve|delete`` and ``workbench notices``:
editorial comments on pieces, and what concerns the person."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import CommandError, open_store, print_json

if TYPE_CHECKING:
    from workbench.comments import CommentInfo


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("comment", help="les commentaires de la rédaction")
    actions = parser.add_subparsers(dest="comment_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="les commentaires d'un papier")
    listing.add_argument("piece_id", type=int, metavar="ID")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(func=run_list)

    add = actions.add_parser("add", help="commente un papier, ou un passage de son texte")
    add.add_argument("piece_id", type=int, metavar="ID")
    add.add_argument("text", metavar="TEXTE")
    add.add_argument("--on", metavar="MOTS", help="le passage commenté (sa première occurrence)")
    add.add_argument("--json", action="store_true", help="sortie JSON")
    add.set_defaults(func=run_add)

    reply = actions.add_parser("reply", help="répond à un commentaire")
    reply.add_argument("comment_id", type=int, metavar="COMMENTAIRE")
    reply.add_argument("text", metavar="TEXTE")
    reply.add_argument("--json", action="store_true", help="sortie JSON")
    reply.set_defaults(func=run_reply)

    resolve = actions.add_parser("resolve", help="marque un commentaire résolu")
    resolve.add_argument("comment_id", type=int, metavar="COMMENTAIRE")
    resolve.add_argument("--reopen", action="store_true", help="le rouvre")
    resolve.set_defaults(func=run_resolve)

    delete = actions.add_parser("delete", help="supprime un commentaire (et ses réponses)")
    delete.add_argument("comment_id", type=int, metavar="COMMENTAIRE")
    delete.set_defaults(func=run_delete)

    notices = subparsers.add_parser("notices", help="ce qui vous concerne (non lus d'abord)")
    notices.add_argument("--json", action="store_true", help="sortie JSON")
    notices.add_argument("--mark-read", action="store_true", help="les marque lus")
    notices.set_defaults(func=run_notices)


def comment_dict(comment: CommentInfo) -> dict:
    anchor = comment.anchor
    return {
        "id": comment.id,
        "piece": comment.piece_id,
        "parent": comment.parent_id,
        "author": comment.author,
        "author_name": comment.author_name,
        "text": comment.body,
        "created_at": comment.created_at,
        "resolved": comment.resolved,
        "passage": None
        if anchor is None
        else {
            "start": anchor.start,
            "end": anchor.end,
            "words": anchor.text,
            "deleted": anchor.lost,
        },
    }


def _line(comment: CommentInfo) -> str:
    indent = "    ↳ " if comment.is_reply else ""
    state = " [résolu]" if comment.resolved else ""
    passage = ""
    if comment.anchor is not None:
        words = comment.anchor.text
        passage = f" (passage supprimé : « {words} »)" if comment.anchor.lost else f" « {words} »"
    return f"{indent}#{comment.id} {comment.author_name}{state}{passage} : {comment.body}"


def run_list(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.comments import list_comments
    from workbench.pieces import get_piece

    with open_store(db_path) as store:
        get_piece(store, args.piece_id)
        found = list_comments(store, args.piece_id)
    if args.json:
        print_json([comment_dict(comment) for comment in found])
    else:
        for comment in found:
            print(_line(comment))
        if not found:
            print("Aucun commentaire.")
    return 0


def run_add(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.comments import add_comment
    from workbench.pieces import get_piece

    with open_store(db_path, writes=True) as store:
        start = end = None
        if args.on:
            body = get_piece(store, args.piece_id).body
            start = body.find(args.on)
            if start < 0:
                raise CommandError(f"--on : « {args.on} » n'est pas dans le texte du papier.")
            end = start + len(args.on)
        comment = add_comment(store, args.piece_id, args.text, start=start, end=end)
    _print(comment, args.json)
    return 0


def _print(comment: CommentInfo, as_json: bool) -> None:
    if as_json:
        print_json(comment_dict(comment))
    else:
        print(_line(comment))


def run_reply(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.comments import add_comment, get_comment

    with open_store(db_path, writes=True) as store:
        thread = get_comment(store, args.comment_id)
        comment = add_comment(store, thread.piece_id, args.text, parent_id=thread.id)
    _print(comment, args.json)
    return 0


def run_resolve(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.comments import resolve

    with open_store(db_path, writes=True) as store:
        thread = resolve(store, args.comment_id, not args.reopen)
    print(f"Commentaire #{thread.id} {'résolu' if thread.resolved else 'rouvert'}.")
    return 0


def run_delete(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.comments import delete_comment

    with open_store(db_path, writes=True) as store:
        delete_comment(store, args.comment_id)
    print(f"Commentaire #{args.comment_id} supprimé.")
    return 0


def run_notices(args: argparse.Namespace, db_path: Path | str) -> int:
    from workbench.notices import list_notices, mark_read

    with open_store(db_path, writes=args.mark_read) as store:
        found = list_notices(store)
        if args.mark_read:
            mark_read(store)
    found.sort(key=lambda notice: notice.read)
    if args.json:
        print_json(
            [
                {
                    "id": n.id,
                    "kind": n.kind,
                    "piece": n.piece_id,
                    "comment": n.comment_id,
                    "from": n.actor,
                    "at": n.at,
                    "detail": n.detail,
                    "read": n.read,
                }
                for n in found
            ]
        )
        return 0
    for notice in found:
        mark = " " if notice.read else "•"
        print(f"{mark} {notice.at:%d/%m %H:%M} {notice.sentence}")
    if not found:
        print("Rien de nouveau.")
    return 0
