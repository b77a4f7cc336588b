"""What travels between a team store and an offline file, read the same way on both.

A numéro travels as *records*, each named by a kind and a uid and holding plain values
(JSON-able: dates as ISO text), compared through a digest:

* ``issue``: the numéro's own fields;
* ``slot``: a slot of the chemin de fer;
* per piece, three records that change for different reasons and conflict differently:
  ``text`` (title, chapô, body), ``fields`` (kind, status, dates, rubrique, credits…) and
  ``place`` (numéro, pages, position, in the trash or not), plus ``assign`` (who it is
  assigned to);
* ``comment`` and ``revision`` (a revision never changes: it only has to exist on both).

Rows are found by ``uid`` (migration 0006), never by their local ids.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workbench.store import Store

PIECE_KINDS = ("text", "fields", "place", "assign")
# A text the server refused at a sync, kept in the offline file for its writer to copy
# from: it never travels.
REFUSED_NOTE = "Version refusée par le serveur"
KINDS = ("issue", "slot", *PIECE_KINDS, "comment", "revision")


@dataclass(frozen=True, slots=True)
class Record:
    kind: str
    uid: str
    values: dict[str, Any]

    @property
    def digest(self) -> str:
        return digest(self.values)


def digest(values: dict[str, Any]) -> str:
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _day(value: Any) -> str | None:
    """A stored date as ISO text, whatever the back-end gave back."""
    if value is None:
        return None
    return str(value)[:10]


def _moment(value: Any) -> str | None:
    """A stored time as ISO text to the second, whatever the back-end gave back (SQLite
    keeps what was written: with or without microseconds)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(microsecond=0).isoformat(sep=" ")


def _marks(values: Iterable[Any]) -> str:
    return ", ".join("?" for _ in values)


def issue_record(store: Store, issue_uid: str) -> Record | None:
    row = store.query_one(
        "SELECT number, theme, page_count, closing_date, release_date, status, "
        "deleted_at IS NOT NULL AS deleted FROM issue WHERE uid = ?",
        (issue_uid,),
    )
    if row is None:
        return None
    values = {
        "number": row[0],
        "theme": row[1],
        "page_count": row[2],
        "closing_date": _day(row[3]),
        "release_date": _day(row[4]),
        "status": row[5],
        "deleted": bool(row[6]),
    }
    return Record("issue", issue_uid, values)


def slot_records(store: Store, issue_uid: str) -> dict[str, Record]:
    rows = store.query(
        "SELECT s.uid, s.kind, s.label, s.first_page, s.page_count FROM flatplan_slot s "
        "JOIN issue i ON i.id = s.issue_id WHERE i.uid = ?",
        (issue_uid,),
    )
    return {
        row[0]: Record(
            "slot",
            row[0],
            {"kind": row[1], "label": row[2], "first_page": row[3], "page_count": row[4]},
        )
        for row in rows
    }


def piece_uids_in(store: Store, issue_uid: str) -> set[str]:
    """The pieces a numéro holds on this side (the trashed ones too: a trashing travels)."""
    return {
        row[0]
        for row in store.query(
            "SELECT p.uid FROM piece p JOIN issue i ON i.id = p.issue_id WHERE i.uid = ?",
            (issue_uid,),
        )
    }


def piece_records(store: Store, uids: Iterable[str]) -> dict[tuple[str, str], Record]:
    """The ``text``, ``fields``, ``place`` and ``assign`` records of the pieces of
    ``uids`` that exist on this side."""
    uids = sorted(set(uids))
    found: dict[tuple[str, str], Record] = {}
    if not uids:
        return found
    rows = store.query(
        "SELECT p.id, p.uid, p.title, p.standfirst, p.body, p.kind, p.status, "
        "p.target_signs, p.due_date, p.signature_note, p.published_at, p.edito_number, "
        "s.name AS section, i.uid AS issue, p.first_page, p.page_count, p.position, "
        "p.deleted_at IS NOT NULL AS deleted FROM piece p "
        "LEFT JOIN section s ON s.id = p.section_id LEFT JOIN issue i ON i.id = p.issue_id "
        f"WHERE p.uid IN ({_marks(uids)})",
        uids,
    )
    ids = {row[0]: row[1] for row in rows}
    credits: dict[int, list[list[Any]]] = {}
    assigned: dict[int, list[list[Any]]] = {}
    if ids:
        marks = _marks(ids)
        for row in store.query(
            "SELECT pc.piece_id, c.name, pc.role, pc.position FROM piece_contributor pc "
            f"JOIN contributor c ON c.id = pc.contributor_id WHERE pc.piece_id IN ({marks}) "
            "ORDER BY pc.piece_id, pc.position, c.name, pc.role",
            list(ids),
        ):
            credits.setdefault(row[0], []).append([row[1], row[2], row[3]])
        for row in store.query(
            "SELECT piece_id, login, role, due_date FROM assignment "
            f"WHERE piece_id IN ({marks}) ORDER BY piece_id, login, role",
            list(ids),
        ):
            assigned.setdefault(row[0], []).append([row[1], row[2], _day(row[3])])
    for row in rows:
        piece_id, uid = row[0], row[1]
        found[("text", uid)] = Record(
            "text", uid, {"title": row[2], "standfirst": row[3], "body": row[4]}
        )
        found[("fields", uid)] = Record(
            "fields",
            uid,
            {
                "kind": row[5],
                "status": row[6],
                "target_signs": row[7],
                "due_date": _day(row[8]),
                "signature_note": row[9],
                "published_at": _moment(row[10]),
                "edito_number": row[11],
                "section": row[12],
                "contributors": credits.get(piece_id, []),
            },
        )
        found[("place", uid)] = Record(
            "place",
            uid,
            {
                "issue": row[13],
                "first_page": row[14],
                "page_count": row[15],
                "position": row[16],
                "deleted": bool(row[17]),
            },
        )
        found[("assign", uid)] = Record("assign", uid, {"people": assigned.get(piece_id, [])})
    return found


def comment_records(store: Store, piece_uids: Iterable[str]) -> dict[str, Record]:
    uids = sorted(set(piece_uids))
    if not uids:
        return {}
    rows = store.query(
        "SELECT c.uid, p.uid, parent.uid, c.author, c.body, c.created_at, "
        "c.resolved_at IS NOT NULL, c.resolved_by, c.anchor_start, c.anchor_end, "
        "c.anchor_text, c.anchor_lost FROM comment c JOIN piece p ON p.id = c.piece_id "
        "LEFT JOIN comment parent ON parent.id = c.parent_id "
        f"WHERE p.uid IN ({_marks(uids)})",
        uids,
    )
    return {
        row[0]: Record(
            "comment",
            row[0],
            {
                "piece": row[1],
                "parent": row[2],
                "author": row[3],
                "body": row[4],
                "created_at": _moment(row[5]),
                "resolved": bool(row[6]),
                "resolved_by": row[7],
                "anchor_start": row[8],
                "anchor_end": row[9],
                "anchor_text": row[10],
                "anchor_lost": bool(row[11]),
            },
        )
        for row in rows
    }


def revision_records(store: Store, piece_uids: Iterable[str]) -> dict[str, Record]:
    uids = sorted(set(piece_uids))
    if not uids:
        return {}
    rows = store.query(
        "SELECT r.uid, p.uid, r.created_at, r.title, r.standfirst, r.body, r.note, r.author "
        f"FROM revision r JOIN piece p ON p.id = r.piece_id WHERE p.uid IN ({_marks(uids)}) "
        "AND r.note <> ?",
        [*uids, REFUSED_NOTE],
    )
    return {
        row[0]: Record(
            "revision",
            row[0],
            {
                "piece": row[1],
                "created_at": _moment(row[2]),
                "title": row[3],
                "standfirst": row[4],
                "body": row[5],
                "note": row[6],
                "author": row[7],
            },
        )
        for row in rows
    }


def read_all(
    store: Store, issue_uid: str, piece_uids: Iterable[str]
) -> dict[tuple[str, str], Record]:
    """Every record of the numéro and of the pieces ``piece_uids`` on this side."""
    pieces = set(piece_uids)
    found: dict[tuple[str, str], Record] = {}
    record = issue_record(store, issue_uid)
    if record is not None:
        found[("issue", issue_uid)] = record
    for uid, slot in slot_records(store, issue_uid).items():
        found[("slot", uid)] = slot
    found.update(piece_records(store, pieces))
    for uid, comment in comment_records(store, pieces).items():
        found[("comment", uid)] = comment
    for uid, revision in revision_records(store, pieces).items():
        found[("revision", uid)] = revision
    return found
