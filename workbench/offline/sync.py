"""Taking a numéro offline and syncing it back (``workbench offline take|sync``).

**Take**: the numéro, its slots, its pieces with their credits, assignments, revisions and
comments, its publication with its rubriques, and the team's names are copied from the
team store into a new SQLite file, which Workbench opens like any database. The file
remembers where it came from (``offline_origin``) and each travelling record's digest
(``offline_base``).

**Sync**: each side's records are compared with the base (:mod:`workbench.offline.merge`);
what changed on one side goes to the other; what changed on both is a conflict: the
server's text stays current and the offline text is kept as a « Version en conflit »
revision on both sides; a slot, a place in the chemin de fer, a numéro's or a piece's
fields changed on both keep the server's (or, asked with ``prefer="offline"``, the
offline file's) and the report lists them. A change the person's role does not allow is
refused with a report line; its text is kept offline as a revision. Nothing is dropped
without a line in the report.

**Crashes**: a sync writes its plan in the offline file's journal first (one
transaction), then the server's part with a receipt of the sync (one transaction), then
the offline part, the new base, and clears the journal (one transaction). Cut anywhere,
each side is as it was or fully synced; the next sync finds the journal, asks the server
for the receipt, and finishes the offline part or starts over.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from db.errors import StoreError
from db.location import Location, parse_location
from workbench.offline import records as rec
from workbench.offline.apply import Side
from workbench.offline.merge import Action, Row, plan
from workbench.offline.records import Record
from workbench.rights import Right, refusal
from workbench.store import Store, parse_datetime, utcnow

log = logging.getLogger(__name__)

CONFLICT_NOTE = "Version en conflit"
REFUSED_NOTE = rec.REFUSED_NOTE

# Hooks for the crash tests: called between the steps of a sync.
Checkpoint = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Origin:
    server: str
    issue_uid: str
    taken_by: str
    # The pieces taken when not the whole numéro (« mes papiers »): only they, and those
    # made offline, travel.
    pieces: frozenset[str] | None = None


@dataclass(slots=True)
class SyncReport:
    """What a sync did, for people: one line per change or decision."""

    to_server: list[str] = field(default_factory=list)
    to_offline: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    resumed: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.to_server or self.to_offline or self.conflicts or self.refused)

    def lines(self) -> list[str]:
        out = []
        for title, items in (
            ("Vers le serveur", self.to_server),
            ("Depuis le serveur", self.to_offline),
            ("Conflits", self.conflicts),
            ("Refusé par le serveur", self.refused),
        ):
            if items:
                out.append(f"{title} ({len(items)}) :")
                out.extend(f"  - {item}" for item in grouped(items))
        return out or ["Rien à synchroniser : les deux côtés sont identiques."]

    def as_dict(self) -> dict[str, Any]:
        return {
            "to_server": self.to_server,
            "to_offline": self.to_offline,
            "conflicts": self.conflicts,
            "refused": self.refused,
            "resumed": self.resumed,
        }


def grouped(items: list[str]) -> list[str]:
    """The same line said once with its count (« une version de « Édito » (nouveau) ×3 »),
    in the order first seen."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return [item if n == 1 else f"{item} ×{n}" for item, n in counts.items()]


# Take -----------------------------------------------------------------------------

_TAKEN_TABLES = (
    # table, the rows of the numéro (``:issue`` its id, ``:pub`` its publication)
    ("publication", "id = :pub"),
    ("section", "publication_id = :pub"),
    ("issue", "id = :issue"),
    ("flatplan_slot", "issue_id = :issue"),
    ("piece", "issue_id = :issue"),
    ("contributor", "id IN (SELECT contributor_id FROM piece_contributor WHERE piece_id IN "
     "(SELECT id FROM piece WHERE issue_id = :issue))"),
    ("piece_contributor", "piece_id IN (SELECT id FROM piece WHERE issue_id = :issue)"),
    ("revision", "piece_id IN (SELECT id FROM piece WHERE issue_id = :issue)"),
    ("asset", "piece_id IN (SELECT id FROM piece WHERE issue_id = :issue)"),
    ("comment", "piece_id IN (SELECT id FROM piece WHERE issue_id = :issue)"),
    ("assignment", "piece_id IN (SELECT id FROM piece WHERE issue_id = :issue)"),
    ("person", "1 = 1"),
)  # fmt: skip


def origin(store: Store) -> Origin | None:
    """Where an offline file was taken from (None: it is not an offline file)."""
    if store.is_shared:
        return None
    row = store.query_one("SELECT server, issue_uid, taken_by, pieces FROM offline_origin")
    if row is None:
        return None
    pieces = frozenset(json.loads(row[3])) if row[3] else None
    return Origin(row[0], row[1], row[2], pieces)


@dataclass(frozen=True, slots=True)
class OfflineStatus:
    """Where an offline file comes from, and when it was last synced."""

    server: str  # the team store's address (no password)
    issue_number: int | None
    taken_by: str
    taken_at: datetime | None  # naive UTC
    synced_at: datetime | None  # naive UTC; None: never synced
    some_pieces: bool  # only some pieces of the numéro were taken (« mes papiers »)


def status(store: Store) -> OfflineStatus | None:
    """An offline file's origin and dates (None: not an offline file)."""
    found = origin(store)
    if found is None:
        return None
    row = store.query_one("SELECT taken_at, synced_at FROM offline_origin")
    number = store.scalar("SELECT number FROM issue WHERE uid = ?", (found.issue_uid,))
    return OfflineStatus(
        server=found.server,
        issue_number=int(number) if number is not None else None,
        taken_by=found.taken_by,
        taken_at=parse_datetime(str(row[0])) if row and row[0] else None,
        synced_at=parse_datetime(str(row[1])) if row and row[1] else None,
        some_pieces=found.pieces is not None,
    )


def take(
    server: Store, issue_id: int, target: Path | str, piece_ids: list[int] | None = None
) -> Path:
    """Copy numéro ``issue_id`` of the team store ``server`` into a new SQLite file: all
    its pieces, or only ``piece_ids`` (« mes papiers »)."""
    from sqlalchemy import text  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from workbench.transfer import copied_tables  # noqa: PLC0415 - loads SQLAlchemy

    if not server.is_shared:
        raise StoreError("Seul un numéro d'un serveur d'équipe peut être emporté hors ligne.")
    path = Path(target).expanduser()
    if path.exists():
        raise StoreError(f"« {path} » existe déjà : choisissez un autre fichier.")
    issue = server.query_one(
        "SELECT uid, publication_id, number FROM issue WHERE id = ? AND deleted_at IS NULL",
        (issue_id,),
    )
    if issue is None:
        raise StoreError(f"Aucun numéro n'a l'identifiant {issue_id}.")
    if piece_ids is not None:
        piece_ids = [int(piece_id) for piece_id in piece_ids]
        inside = {
            row[0] for row in server.query("SELECT id FROM piece WHERE issue_id = ?", (issue_id,))
        }
        if not piece_ids or not set(piece_ids) <= inside:
            raise StoreError(
                f"Ces papiers ne sont pas tous dans le numéro {issue[2]} : rien n'a été copié."
            )
    only = "" if piece_ids is None else f" AND id IN ({', '.join(map(str, piece_ids))})"
    tables = {table.name: table for table in copied_tables()}
    partial = path.with_name(f".{path.name}.part")
    partial.unlink(missing_ok=True)
    try:
        offline = Store.open(partial)
        try:
            params = {"issue": issue_id, "pub": issue[1]}
            with server.engine.connect() as src, offline.engine.begin() as dst:
                dst.execute(tables["person"].delete())
                for name, where in _TAKEN_TABLES:
                    table = tables[name]
                    where = where.replace("issue_id = :issue)", f"issue_id = :issue{only})")
                    if name == "piece":
                        where += only
                    rows = src.execute(table.select().where(text(where)), params).mappings()
                    batch = [dict(row) for row in rows]
                    if batch:
                        dst.execute(table.insert(), batch)
            found = rec.read_all(offline, issue[0], rec.piece_uids_in(offline, issue[0]))
            with offline.raw_transaction() as conn:
                taken = "" if piece_ids is None else json.dumps(sorted(_piece_uids(offline)))
                conn.execute(
                    "INSERT INTO offline_origin (server, server_id, issue_uid, pieces, taken_by, "
                    "taken_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (server.location.display(), issue[0], issue[0], taken, server.user, utcnow()),
                )
                _write_base(conn, found.values())
        finally:
            offline.close()
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("issue %s taken offline to %s", issue[2], path.name)
    return path


def _piece_uids(store: Store) -> set[str]:
    return {row[0] for row in store.query("SELECT uid FROM piece")}


def my_pieces(store: Store, issue_id: int) -> list[int]:
    """The pieces of numéro ``issue_id`` assigned to the store's person (« mes papiers »);
    StoreError when there are none."""
    found = [
        row[0]
        for row in store.query(
            "SELECT DISTINCT p.id FROM piece p JOIN assignment a ON a.piece_id = p.id "
            "WHERE p.issue_id = ? AND p.deleted_at IS NULL AND a.login = ? ORDER BY p.id",
            (issue_id, store.user),
        )
    ]
    if not found:
        number = store.scalar("SELECT number FROM issue WHERE id = ?", (issue_id,))
        raise StoreError(f"Aucun papier du numéro {number} ne vous est attribué.")
    return found


def _write_base(conn: Any, found: Any) -> None:
    """The base at take time: both sides hold the same records."""
    conn.execute("DELETE FROM offline_base")
    for record in found:
        conn.execute(
            "INSERT INTO offline_base (uid, kind, server_digest, offline_digest) "
            "VALUES (?, ?, ?, ?)",
            (record.uid, record.kind, record.digest, record.digest),
        )


# Sync -----------------------------------------------------------------------------


def server_location(store: Store) -> Location:
    found = origin(store)
    if found is None:
        raise StoreError(
            f"« {store.location.display()} » n'est pas un fichier emporté hors ligne : rien à "
            "synchroniser."
        )
    return parse_location(found.server)


Key = tuple[str, str]  # (kind, uid)
Digests = dict[Key, str]


def sync(
    offline: Store,
    server: Store,
    *,
    prefer: str = "server",
    dry_run: bool = False,
    checkpoint: Checkpoint | None = None,
) -> SyncReport:
    """Sync the offline file ``offline`` with its team store ``server`` (opened by the
    caller, as the person syncing). ``prefer`` says which side keeps a slot, a place or
    fields both changed (texts always keep the server's, the other kept as a revision)."""
    if prefer not in ("server", "offline"):
        raise ValueError(prefer)
    found = origin(offline)
    if found is None:
        server_location(offline)  # raises the message
        raise AssertionError
    step = checkpoint or (lambda name: None)
    report = SyncReport()
    if not dry_run:
        report.resumed = _resume(offline, server, step)
    if server.scalar("SELECT 1 FROM issue WHERE uid = ?", (found.issue_uid,)) is None:
        raise StoreError(
            f"Le numéro emporté n'existe pas sur {server.location.display()} : ce fichier "
            "vient d'un autre serveur, ou le numéro y a été supprimé. Rien n'a été changé."
        )
    for _attempt in range(3):
        work = _plan(offline, server, found, prefer, report)
        if dry_run:
            return report
        sync_id = uuid.uuid4().hex
        try:
            server_after = _apply_server(server, work, sync_id, report)
        except _Moved:
            log.info("sync %s: the server changed meanwhile, planning again", sync_id)
            report = SyncReport(resumed=report.resumed)
            continue
        # Cut from here on, the server's part is done (its receipt says so): the journal
        # lets the next sync finish the offline part; cut before the journal, the next
        # sync plans again from what both sides hold (nothing is lost, at worst a
        # « Version en conflit » is kept twice).
        step("server")
        part = {
            "issue": work.issue_uid,
            "ops": work.offline_ops,
            "planned": sorted([*key, digest] for key, digest in work.offline_digests.items()),
            "server_after": sorted([*key, digest] for key, digest in server_after.items()),
            "order": work.server_order,
        }
        with offline.raw_transaction() as conn:
            conn.execute(
                "INSERT INTO sync_journal (sync_id, started_at, plan) VALUES (?, ?, ?)",
                (sync_id, utcnow(), json.dumps(part)),
            )
        step("journal")
        _apply_offline(offline, part, sync_id)
        step("offline")
        log.info("sync %s: %s", sync_id, report.as_dict())
        return report
    raise StoreError(
        "Le serveur change trop vite pour synchroniser (d'autres personnes y écrivent) : "
        "réessayez dans un moment. Rien n'a été changé."
    )


class _Moved(Exception):
    """The server changed between the plan and its writing: plan again."""


class _Missing(Exception):
    """A version or a comment whose piece is not on this side."""


Op = tuple[str, list[Any], str]  # (operation, its arguments, the report's label)


@dataclass(slots=True)
class _Work:
    issue_uid: str
    pieces: set[str]  # the pieces the sync is about
    server_digests: Digests  # what the plan read on the server
    offline_digests: Digests  # and in the offline file
    server_ops: list[Op] = field(default_factory=list)
    offline_ops: list[Op] = field(default_factory=list)
    server_order: dict[str, int] = field(default_factory=dict)  # see _sorted_ops
    offline_order: dict[str, int] = field(default_factory=dict)


def _scope(
    offline: Store, server: Store, found: Origin, base: dict[Key, tuple[str, str]]
) -> set[str]:
    """The pieces a sync is about. The whole numéro: its pieces on both sides; some
    pieces: those and the ones made offline (the others of the numéro stay on the server)."""
    on_server = rec.piece_uids_in(server, found.issue_uid) if found.pieces is None else set()
    return (
        on_server
        | rec.piece_uids_in(offline, found.issue_uid)
        | {uid for kind, uid in base if kind in rec.PIECE_KINDS}
    )


def _base(offline: Store) -> dict[Key, tuple[str, str]]:
    return {
        (row[1], row[0]): (row[2], row[3])
        for row in offline.query(
            "SELECT uid, kind, server_digest, offline_digest FROM offline_base"
        )
    }


def _digests(store: Store, issue_uid: str, pieces: set[str]) -> Digests:
    return {key: record.digest for key, record in rec.read_all(store, issue_uid, pieces).items()}


def _label(kind: str, record: Record | None, titles: dict[str, str]) -> str:
    if kind == "issue":
        return f"le numéro {record.values['number']}" if record else "le numéro"
    if kind == "slot":
        values = record.values if record else {}
        return f"l'emplacement « {values.get('label') or values.get('kind', '')} »"
    if kind in ("comment", "revision"):
        piece = titles.get(record.values["piece"], "?") if record else "?"
        what = "un commentaire" if kind == "comment" else "une version"
        return f"{what} de « {piece} »"
    title = titles.get(record.uid if record else "", "?")
    nouns = {
        "text": "le texte",
        "fields": "la fiche",
        "place": "la place",
        "assign": "l'attribution",
    }
    return f"{nouns[kind]} de « {title} »"


def _plan(offline: Store, server: Store, found: Origin, prefer: str, report: SyncReport) -> _Work:
    base_digests = _base(offline)
    pieces = _scope(offline, server, found, base_digests)
    theirs = rec.read_all(server, found.issue_uid, pieces)
    mine = rec.read_all(offline, found.issue_uid, pieces)
    titles = {
        uid: record.values["title"]
        for side in (mine, theirs)
        for (kind, uid), record in side.items()
        if kind == "text"
    }
    work = _Work(
        found.issue_uid,
        pieces,
        {key: record.digest for key, record in theirs.items()},
        {key: record.digest for key, record in mine.items()},
        server_order=_local_ids(server),
        offline_order=_local_ids(offline),
    )
    context = _Context(server, server.role, server.user, theirs, mine, titles, prefer)
    for kind in rec.KINDS:
        # Each side is compared with how it held the record at the last sync.
        base = {uid for (k, uid) in base_digests if k == kind}
        server_rows = _rows(kind, theirs, base_digests, 0)
        offline_rows = _rows(kind, mine, base_digests, 1)
        for step in plan(base, server_rows, offline_rows):
            _decide(work, report, context, kind, step.action, (kind, step.uid))
    return work


def _rows(
    kind: str, side: dict[Key, Record], base: dict[Key, tuple[str, str]], which: int
) -> dict[str, Row]:
    """One side's records of ``kind``, each marked changed when its digest differs from
    the one that side had at the last sync (``which``: 0 the server, 1 the offline file)."""
    return {
        uid: Row(uid, record.digest != base.get((k, uid), ("", ""))[which], record.values)
        for (k, uid), record in side.items()
        if k == kind
    }


@dataclass(frozen=True, slots=True)
class _Context:
    server: Store
    role: str | None
    user: str
    theirs: dict[Key, Record]
    mine: dict[Key, Record]
    titles: dict[str, str]
    prefer: str

    def assigned(self, piece_uid: str) -> bool:
        return bool(
            self.server.scalar(
                "SELECT 1 FROM assignment a JOIN piece p ON p.id = a.piece_id "
                "WHERE p.uid = ? AND a.login = ?",
                (piece_uid, self.user),
            )
        )


def _may_write(
    c: _Context, kind: str, mine: Record | None, theirs: Record | None, *, delete: bool = False
) -> str | None:
    """Why the person may not bring this offline change to the server (None: they may):
    the rules of :mod:`workbench.rights`, as the server's triggers apply them."""
    record = mine or theirs
    assert record is not None
    if kind in ("issue", "slot", "place"):
        return refusal(c.role, Right.PLAN)
    if kind == "assign":
        return refusal(c.role, Right.ASSIGN)
    if kind == "comment":
        if (delete or theirs is not None) and (theirs or record).values["author"] != c.user:
            if delete:
                return refusal(c.role, Right.MANAGE_TEAM)  # another's comment: the chief's
            if (
                theirs is not None
                and mine is not None
                and _only_changed(
                    mine,
                    theirs,
                    {
                        "resolved",
                        "resolved_by",
                        "anchor_start",
                        "anchor_end",
                        "anchor_text",
                        "anchor_lost",
                    },
                )
            ):
                return refusal(c.role, Right.COMMENT)  # résolu, anchors: anyone's
            return "seul l'auteur d'un commentaire peut en changer le texte"
        return refusal(c.role, Right.COMMENT)
    piece = record.values["piece"] if kind == "revision" else record.uid
    assigned = c.assigned(piece)
    if kind == "fields" and mine is not None and theirs is not None:
        changed = {k for k in mine.values if mine.values[k] != theirs.values.get(k)}
        if changed & {"section", "due_date"}:
            reason = refusal(c.role, Right.PLAN)
            if reason:
                return reason
        if "status" in changed:
            reason = refusal(
                c.role, Right.SET_STATUS, assigned=assigned, status=mine.values["status"],
                from_status=theirs.values["status"],
            )  # fmt: skip
            if reason or not changed - {"status", "section", "due_date"}:
                return reason
    return refusal(c.role, Right.EDIT_PIECE, assigned=assigned)


def _only_changed(mine: Record, theirs: Record, allowed: set[str]) -> bool:
    return all(mine.values[k] == theirs.values.get(k) for k in mine.values if k not in allowed)


def _decide(
    work: _Work, report: SyncReport, c: _Context, kind: str, action: Action, key: Key
) -> None:
    theirs, mine = c.theirs.get(key), c.mine.get(key)
    label = _label(kind, theirs or mine, c.titles)

    def to_server(record: Record, create: bool) -> None:
        reason = _may_write(c, kind, mine, theirs)
        if reason is not None:
            report.refused.append(f"{label} : {reason}")
            if theirs is not None:  # the server's values come back, the text kept aside
                if kind == "text":
                    work.offline_ops.append(("revision-of", [record.uid, REFUSED_NOTE], label))
                work.offline_ops.append(("write", [kind, theirs.uid, theirs.values], label))
            return  # a new row the server refuses stays offline, said again next time
        name = "create" if create else "write"
        work.server_ops.append((name, [kind, record.uid, record.values], label))
        report.to_server.append(f"{label}{' (nouveau)' if create else ''}")

    def to_offline(record: Record, create: bool) -> None:
        name = "create" if create else "write"
        work.offline_ops.append((name, [kind, record.uid, record.values], label))
        report.to_offline.append(f"{label}{' (nouveau)' if create else ''}")

    if action is Action.SAME:
        return
    if action is Action.TO_SERVER:
        to_server(mine, create=False)  # type: ignore[arg-type]
    elif action is Action.CREATE_ON_SERVER:
        to_server(mine, create=True)  # type: ignore[arg-type]
    elif action is Action.TO_OFFLINE:
        to_offline(theirs, create=False)  # type: ignore[arg-type]
    elif action is Action.CREATE_OFFLINE:
        to_offline(theirs, create=True)  # type: ignore[arg-type]
    elif action is Action.DELETE_ON_SERVER:
        assert theirs is not None
        unseen_replies = kind == "comment" and any(
            k[0] == "comment" and r.values["parent"] == theirs.uid and k not in c.mine
            for k, r in c.theirs.items()
        )
        if (
            kind in ("slot", "comment")
            and not unseen_replies
            and (_may_write(c, kind, None, theirs, delete=True) is None)
        ):
            work.server_ops.append(("delete", [kind, theirs.uid, None], label))
            report.to_server.append(f"{label} : supprimé")
        else:  # pieces and versions are never deleted by a sync, nor what others answered
            to_offline(theirs, create=True)
    elif action is Action.DELETE_OFFLINE:
        assert mine is not None
        if kind in ("slot", "comment"):
            work.offline_ops.append(("delete", [kind, mine.uid, None], label))
            report.to_offline.append(f"{label} : supprimé")
        else:
            to_server(mine, create=True)
    elif action is Action.CONFLICT:
        assert theirs is not None and mine is not None
        if kind == "text":
            # The server's text stays; the offline one is kept as a version on both sides
            # (the same version: one uid, one date, signed by the person syncing).
            kept = Record(
                "revision",
                str(uuid.uuid4()),
                {"piece": mine.uid, "created_at": utcnow().isoformat(sep=" "), "author": c.user,
                 "note": CONFLICT_NOTE, **mine.values},
            )  # fmt: skip
            work.server_ops.append(("create", ["revision", kept.uid, kept.values], label))
            work.offline_ops.append(("create", ["revision", kept.uid, kept.values], label))
            work.offline_ops.append(("write", ["text", theirs.uid, theirs.values], label))
            report.conflicts.append(
                f"{label} : modifié des deux côtés ; le texte du serveur est gardé, le vôtre "
                f"est dans l'historique (« {CONFLICT_NOTE} »)"
            )
        elif c.prefer == "offline" and _may_write(c, kind, mine, theirs) is None:
            work.server_ops.append(("write", [kind, mine.uid, mine.values], label))
            report.conflicts.append(f"{label} : modifié des deux côtés ; gardé : hors ligne")
        else:
            work.offline_ops.append(("write", [kind, theirs.uid, theirs.values], label))
            report.conflicts.append(
                f"{label} : modifié des deux côtés ; gardé : serveur (hors ligne : "
                f"{_summary(kind, mine.values)}) — synchronisez avec « garder hors ligne » "
                "pour garder le vôtre"
            )


def _summary(kind: str, values: dict[str, Any]) -> str:
    if kind in ("place", "slot"):
        first = values.get("first_page")
        count = values.get("page_count") or 1
        if not first:
            return "sans pages"
        return f"p. {first}" if count == 1 else f"p. {first}–{first + count - 1}"
    shown = {k: v for k, v in values.items() if k not in ("contributors", "body")}
    return ", ".join(f"{k} = {v}" for k, v in list(shown.items())[:4])


# Writing ----------------------------------------------------------------------------


_ORDER = {
    "issue": 0,
    "slot": 1,
    "text": 2,
    "fields": 3,
    "place": 4,
    "assign": 5,
    "revision": 6,
    "comment": 7,
}


def _sorted_ops(ops: list[Op], order: dict[str, int]) -> list[Op]:
    """Parents before children: pieces before their versions and comments, threads
    before their replies; rows of a kind in the order the other side wrote them
    (``order``: uid → its id there), so replies of the same second keep their order."""

    def rank(op: Op) -> tuple:
        name, args, _label = op
        if name in ("write", "create", "delete"):
            kind, uid, values = args
            values = values or {}
            reply = 1 if kind == "comment" and values.get("parent") else 0
            created = str(values.get("created_at") or "")
            return (_ORDER[kind], reply, 0 if name == "create" else 1, created, order.get(uid, 0))
        return (_ORDER["text"], -1, 0, "", 0)  # a text kept as a version before it is replaced

    return sorted(ops, key=rank)


def _local_ids(store: Store) -> dict[str, int]:
    """Each comment's and version's id on this side, by uid (the order they were written)."""
    return {
        row[0]: row[1]
        for table in ("comment", "revision")
        for row in store.query(f"SELECT uid, id FROM {table}")
    }


def _publication(conn: Any, issue_uid: str) -> int:
    row = conn.execute("SELECT publication_id FROM issue WHERE uid = ?", (issue_uid,)).fetchone()
    return int(row[0])


def _apply(
    side: Side,
    ops: list[Op],
    issue_uid: str,
    order: dict[str, int],
    on_refusal: Callable[[Op, str], None] | None,
) -> None:
    """Write ``ops`` into ``side``; a new piece waits for its three records. With
    ``on_refusal`` (the server), each op is its own savepoint: one the server refuses
    (its rules, or a piece it does not have) is undone alone and reported."""
    pending: dict[str, dict[str, Record]] = {}
    for op in _sorted_ops(ops, order):
        if on_refusal is None:
            _apply_one(side, op, issue_uid, pending)
            continue
        try:
            with side.conn.transaction():  # a savepoint
                _apply_one(side, op, issue_uid, pending)
        except _Missing:  # silent: reported through on_refusal
            on_refusal(op, "son papier n'est pas sur le serveur")
        except Exception as exc:
            from db import postgres  # noqa: PLC0415 - a server's refusal

            reason = postgres.refusal(exc)
            if reason is None:
                raise
            log.warning("sync: %s refused by the server: %s", op[2], reason)
            on_refusal(op, reason)


def _apply_one(side: Side, op: Op, issue_uid: str, pending: dict[str, dict[str, Record]]) -> None:
    name, args, _label = op
    if name in ("write", "create"):
        kind, uid, values = args
        record = Record(kind, uid, values)
        if kind in ("text", "fields", "place") and side.id_of("piece", uid) is None:
            pending.setdefault(uid, {})[kind] = record
            if len(pending[uid]) == 3:
                parts = pending.pop(uid)
                side.create_piece(uid, parts["text"], parts["fields"], parts["place"])
            return
        _write(side, record, issue_uid)
    elif name == "delete":
        kind, uid, _ = args
        if kind == "slot":
            side.delete_slot(uid)
        elif kind == "comment":
            side.delete_comment(uid)
    elif name == "revision-of":  # the side's own current text, kept as a version
        uid, note = args
        row = side.conn.execute(
            "SELECT title, standfirst, body FROM piece WHERE uid = ?", (uid,)
        ).fetchone()
        if row is not None:
            _keep_version(side, uid, {"title": row[0], "standfirst": row[1], "body": row[2]}, note)


def _keep_version(side: Side, piece_uid: str, text: dict[str, Any], note: str) -> None:
    side.write_revision(
        Record(
            "revision",
            str(uuid.uuid4()),
            {"piece": piece_uid, "created_at": utcnow().isoformat(sep=" "), "author": "", **text,
             "note": note},
        )
    )  # fmt: skip


def _write(side: Side, record: Record, issue_uid: str) -> None:
    kind = record.kind
    if kind == "issue":
        side.write_issue(record)
    elif kind == "slot":
        side.write_slot(record, issue_uid)
    elif kind == "text":
        side.write_text(record)
    elif kind == "fields":
        side.write_fields(record)
    elif kind == "place":
        side.write_place(record)
    elif kind == "assign":
        side.write_assign(record)
    elif side.id_of("piece", record.values["piece"]) is None:
        raise _Missing
    elif kind == "comment":
        side.write_comment(record)
    elif kind == "revision" and side.id_of("revision", record.uid) is None:
        side.write_revision(record)


def _apply_server(server: Store, work: _Work, sync_id: str, report: SyncReport) -> Digests:
    """The server's part, in one transaction with the sync's receipt; returns the
    server's digests as they are once written (read inside the transaction: a change
    by someone else a moment later is not mistaken for ours)."""

    def refused(op: Op, reason: str) -> None:
        line = f"{op[2]} : {reason}"
        if line not in report.refused:
            report.refused.append(line)
        if op[2] in report.to_server:
            report.to_server.remove(op[2])

    with server.raw_transaction() as conn:
        for kind, uid in work.server_digests:  # nobody writes these pieces meanwhile
            if kind == "text":
                conn.execute("SELECT 1 FROM piece WHERE uid = ? FOR UPDATE", (uid,))
        if _digests(server, work.issue_uid, work.pieces) != work.server_digests:
            raise _Moved
        side = Side(conn, _publication(conn, work.issue_uid))
        _apply(side, work.server_ops, work.issue_uid, work.offline_order, refused)
        conn.execute(
            "INSERT INTO sync_receipt (sync_id, at, login) VALUES (?, ?, ?)",
            (sync_id, utcnow(), server.user),
        )
        return _digests(server, work.issue_uid, work.pieces | _created_pieces(work.server_ops))


def _created_pieces(ops: list[Op]) -> set[str]:
    return {args[1] for name, args, _ in ops if name == "create" and args[0] == "text"}


def _apply_offline(offline: Store, part: dict[str, Any], sync_id: str) -> None:
    """The offline part and the new base, in one transaction; the journal goes with it.

    Resumed after a cut, an op whose record changed offline since the plan is left out
    (the next sync sees the change on both sides: nothing typed meanwhile is lost)."""
    planned = {(kind, uid): digest for kind, uid, digest in part["planned"]}
    server_after = {(kind, uid): digest for kind, uid, digest in part["server_after"]}
    old_base = _base(offline)
    with offline.raw_transaction() as conn:
        pieces = {uid for kind, uid in (*planned, *server_after) if kind in rec.PIECE_KINDS}
        now = _digests(offline, part["issue"], pieces)
        stale = {key for key, digest in planned.items() if now.get(key) != digest}
        ops = [
            tuple(op)
            for op in part["ops"]
            if op[0] == "revision-of" or (op[1][0], op[1][1]) not in stale
        ]
        side = Side(conn, _publication(conn, part["issue"]))
        _apply(side, ops, part["issue"], part.get("order", {}), None)  # type: ignore[arg-type]
        after = _digests(offline, part["issue"], pieces | _created_pieces(ops))  # type: ignore[arg-type]
        conn.execute("DELETE FROM offline_base")
        for key in sorted(set(after) & set(server_after)):
            server_digest, offline_digest = server_after[key], after[key]
            if key in stale and key in old_base:  # changed offline meanwhile: not synced
                server_digest, offline_digest = old_base[key]
            conn.execute(
                "INSERT INTO offline_base (uid, kind, server_digest, offline_digest) "
                "VALUES (?, ?, ?, ?)",
                (key[1], key[0], server_digest, offline_digest),
            )
        conn.execute("UPDATE offline_origin SET synced_at = ?", (utcnow(),))
        conn.execute("DELETE FROM sync_journal WHERE sync_id = ?", (sync_id,))


def _resume(offline: Store, server: Store, step: Checkpoint) -> bool:
    """Finish (or forget) a sync cut short; True when one was found."""
    row = offline.query_one("SELECT sync_id, plan FROM sync_journal ORDER BY started_at")
    if row is None:
        return False
    sync_id, part = row[0], json.loads(row[1])
    if server.scalar("SELECT 1 FROM sync_receipt WHERE sync_id = ?", (sync_id,)):
        log.warning("sync %s was cut after the server's part: finishing it", sync_id)
        _apply_offline(offline, part, sync_id)
        step("offline")
    else:
        log.warning("sync %s left a journal without a receipt: starting over", sync_id)
        with offline.raw_transaction() as conn:
            conn.execute("DELETE FROM sync_journal WHERE sync_id = ?", (sync_id,))
    return True
