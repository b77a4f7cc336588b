"""Saving a piece without ever losing work: revisions, history, restore, conflicts.

Policy
------
* A save writes the piece through :func:`workbench.pieces.update_piece` (the version is bumped)
  and keeps a revision, a snapshot of title, chapô and body *after* the save, but only when
  one of those three changed. A save that changes nothing at all writes nothing.
* Autosaves are coalesced: when the latest revision is itself an autosave younger than the
  window (5 minutes by default), it is updated instead of adding a new one. Its time stays
  the time of its first save, so steady typing keeps one revision per window.
  A manual save, a restore and a conflict always add their own revision.
* The first time a piece is saved, its text before the save is kept as « Version initiale ».
* Restoring a revision is a normal save of that text: the version is bumped and a new
  revision records the restore; the history itself is never rewritten.
* Conflict: a save with a stale ``expected_version`` raises ``ConflictError`` and writes
  nothing. The editor then calls :func:`resolve_conflict`, which keeps the losing text as a
  revision « Version en conflit » and returns both texts and their diff: the database keeps
  what was saved first, the writer sees both and can restore theirs in one click.
"""

from __future__ import annotations

import difflib
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from workbench import checkout
from workbench.pieces import ConflictError, update_piece
from workbench.store import Store, StoreError, parse_date, parse_datetime, utcnow

log = logging.getLogger(__name__)

__all__ = [
    "AUTOSAVE_NOTE",
    "CONFLICT_NOTE",
    "COALESCE_WINDOW",
    "Conflict",
    "ConflictError",
    "AUTOSAVE_DELAY",
    "DiffOp",
    "INITIAL_NOTE",
    "PieceText",
    "RevisionInfo",
    "SAVE_NOTE",
    "SaveResult",
    "diff_revisions",
    "diff_texts",
    "get_revision",
    "list_revisions",
    "resolve_conflict",
    "restore_revision",
    "save_piece",
    "word_diff",
]

AUTOSAVE_NOTE = "Enregistrement automatique"
SAVE_NOTE = "Enregistrement"
INITIAL_NOTE = "Version initiale"
CONFLICT_NOTE = "Version en conflit"
RESTORE_NOTE = "Restauration de la version du {when}"
COALESCE_WINDOW = timedelta(minutes=5)
# The editor saves this long after typing stops (and on switching pieces or closing).
AUTOSAVE_DELAY = timedelta(seconds=2)
TEXT_FIELDS = ("title", "standfirst", "body")

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class PieceText:
    """The part of a piece that revisions keep."""

    title: str
    standfirst: str
    body: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    """``version`` is what the editor must pass as ``expected_version`` next time."""

    version: int
    saved: bool  # something was written
    revision_id: int | None  # the revision added or updated, if the text changed
    coalesced: bool = False  # the latest autosave revision was updated, not a new one


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    id: int
    piece_id: int
    created_at: datetime
    title: str
    standfirst: str
    body: str
    note: str
    author: str = ""  # the login that wrote this version ("" when unknown)

    @property
    def text(self) -> PieceText:
        return PieceText(self.title, self.standfirst, self.body)


@dataclass(frozen=True, slots=True)
class DiffOp:
    kind: Literal["equal", "insert", "delete"]
    text: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Both sides of a conflict: ``theirs`` is in the database at ``theirs_version``; ``mine``
    was kept as revision ``mine_revision_id`` (None when both texts are the same)."""

    piece_id: int
    theirs: PieceText
    theirs_version: int
    mine: PieceText
    mine_revision_id: int | None
    diffs: dict[str, list[DiffOp]]  # field name → word diff from theirs to mine


# Reads -------------------------------------------------------------------------------


def _current(store: Store, piece_id: int) -> tuple[PieceText, int, dict[str, Any]]:
    row = store.query_one("SELECT * FROM piece WHERE id = ?", (piece_id,))
    if row is None:
        raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
    return PieceText(row["title"], row["standfirst"], row["body"]), row["version"], dict(row)


def _revision(row: sqlite3.Row) -> RevisionInfo:
    return RevisionInfo(
        id=row["id"],
        piece_id=row["piece_id"],
        created_at=parse_datetime(row["created_at"]),
        title=row["title"],
        standfirst=row["standfirst"],
        body=row["body"],
        note=row["note"],
        author=row["author"],
    )


def list_revisions(store: Store, piece_id: int) -> list[RevisionInfo]:
    """The history of a piece, newest first."""
    rows = store.query(
        "SELECT * FROM revision WHERE piece_id = ? ORDER BY created_at DESC, id DESC",
        (piece_id,),
    )
    return [_revision(r) for r in rows]


def pending_conflict(store: Store, piece_id: int) -> RevisionInfo | None:
    """A « Version en conflit » nobody has dealt with yet: the piece's newest version
    (a sync, or another window, kept it beside the current text; a save since, or a
    restore, deals with it). None when there is none."""
    row = store.query_one(
        "SELECT * FROM revision WHERE piece_id = ? ORDER BY created_at DESC, id DESC LIMIT 1",
        (piece_id,),
    )
    if row is None or row["note"] != CONFLICT_NOTE:
        return None
    found = _revision(row)
    current = store.query_one("SELECT title, standfirst, body FROM piece WHERE id = ?", (piece_id,))
    if current is not None and tuple(current) == (found.title, found.standfirst, found.body):
        return None  # its text is the current one: nothing to choose
    return found


def get_revision(store: Store, revision_id: int) -> RevisionInfo:
    row = store.query_one("SELECT * FROM revision WHERE id = ?", (revision_id,))
    if row is None:
        raise StoreError(f"Aucune version n'a l'identifiant {revision_id}.")
    return _revision(row)


# Writes ------------------------------------------------------------------------------


def _add_revision(
    store: Store,
    piece_id: int,
    text: PieceText,
    note: str,
    when: datetime,
    author: str | None = None,
) -> int:
    """A new revision, written by ``author`` (by default, the person of this store)."""
    from db.models import Revision  # noqa: PLC0415 - start-up: SQLModel loads on first use

    with store.session() as session:
        revision = Revision(
            piece_id=piece_id,
            created_at=when,
            title=text.title,
            standfirst=text.standfirst,
            body=text.body,
            note=note,
            author=store.user if author is None else author,
        )
        session.add(revision)
        session.flush()
        return revision.id


def _update_revision(store: Store, revision_id: int, text: PieceText) -> None:
    from db.models import Revision  # noqa: PLC0415 - start-up: SQLModel loads on first use

    with store.session() as session:
        revision = session.get(Revision, revision_id)
        revision.title, revision.standfirst, revision.body = text.title, text.standfirst, text.body


def _record(
    store: Store,
    piece_id: int,
    before: PieceText,
    after: PieceText,
    *,
    note: str,
    coalesce: bool,
    now: datetime,
    window: timedelta,
    before_author: str = "",
) -> tuple[int, bool]:
    """Keep ``after`` in the history; returns (revision id, whether it was coalesced)."""
    latest = store.query_one(
        "SELECT id, created_at, note, author FROM revision WHERE piece_id = ? "
        "ORDER BY created_at DESC, id DESC LIMIT 1",
        (piece_id,),
    )
    if latest is None:
        if before.title or before.standfirst or before.body:
            _add_revision(store, piece_id, before, INITIAL_NOTE, now, author=before_author)
    elif (
        coalesce
        and latest["note"] == AUTOSAVE_NOTE
        and latest["author"] == store.user  # never folded into another person's version
        and now - parse_datetime(latest["created_at"]) < window
    ):
        _update_revision(store, latest["id"], after)
        return latest["id"], True
    return _add_revision(store, piece_id, after, note, now), False


def _same(value: Any, stored: Any) -> bool:
    """Whether a field value equals what the raw connection read (dates come back as text)."""
    if isinstance(value, datetime):
        return stored is not None and parse_datetime(stored) == value
    if isinstance(value, date):
        return stored is not None and parse_date(stored) == value
    return value == stored


def save_piece(
    store: Store,
    piece_id: int,
    *,
    expected_version: int,
    title: str,
    standfirst: str,
    body: str,
    autosave: bool = True,
    note: str | None = None,
    clock: Clock = utcnow,
    window: timedelta = COALESCE_WINDOW,
    **other_fields: Any,
) -> SaveResult:
    """Save what the editor holds; see the module's policy.

    Raises ConflictError (and writes nothing) when the piece was saved elsewhere since
    ``expected_version``; ValidationError for bad fields (an empty title, for instance).
    """
    before, version, row = _current(store, piece_id)
    if version != expected_version:
        log.warning(
            "piece %s saved elsewhere: version %s, expected %s", piece_id, version, expected_version
        )
        raise ConflictError(piece_id, expected_version, version)
    after = PieceText(title.strip(), standfirst, body)
    text_changed = after != before
    if text_changed:  # a team store: the text is written by whoever holds the piece
        checkout.ensure_writable(store, piece_id)
    others_changed = any(not _same(value, row.get(name)) for name, value in other_fields.items())
    if not text_changed and not others_changed:
        return SaveResult(version=version, saved=False, revision_id=None)
    new_version = update_piece(
        store,
        piece_id,
        expected_version=expected_version,
        title=after.title,
        standfirst=standfirst,
        body=body,
        **other_fields,
    )
    if not text_changed:
        return SaveResult(version=new_version, saved=True, revision_id=None)
    revision_id, coalesced = _record(
        store,
        piece_id,
        before,
        after,
        note=note or (AUTOSAVE_NOTE if autosave else SAVE_NOTE),
        coalesce=autosave and note is None,
        now=clock(),
        window=window,
        before_author=row.get("updated_by") or "",
    )
    return SaveResult(new_version, True, revision_id, coalesced)


def restore_revision(
    store: Store, revision_id: int, *, expected_version: int, clock: Clock = utcnow
) -> SaveResult:
    """Bring back a revision's text: a normal save (version bumped) and a new revision.

    Restoring the text the piece already has writes nothing (``saved`` is False)."""
    revision = get_revision(store, revision_id)
    # Stored times are UTC; the note is read by people, in the machine's local time.
    when = revision.created_at.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")
    result = save_piece(
        store,
        revision.piece_id,
        expected_version=expected_version,
        title=revision.title,
        standfirst=revision.standfirst,
        body=revision.body,
        autosave=False,
        note=RESTORE_NOTE.format(when=when),
        clock=clock,
    )
    log.info(
        "revision %s of piece %s restored: new revision %s",
        revision_id,
        revision.piece_id,
        result.revision_id,
    )
    return result


def resolve_conflict(
    store: Store,
    piece_id: int,
    *,
    title: str,
    standfirst: str,
    body: str,
    clock: Clock = utcnow,
) -> Conflict:
    """After a ConflictError: keep the losing text as a « Version en conflit » revision and
    return both sides, so the editor can show them and let the writer choose."""
    theirs, version, _ = _current(store, piece_id)
    mine = PieceText(title.strip(), standfirst, body)
    revision_id = None
    if mine != theirs:
        revision_id = _add_revision(store, piece_id, mine, CONFLICT_NOTE, clock())
    log.warning("conflict on piece %s: the losing text kept as revision %s", piece_id, revision_id)
    return Conflict(piece_id, theirs, version, mine, revision_id, diff_texts(theirs, mine))


def diff_texts(old: PieceText, new: PieceText) -> dict[str, list[DiffOp]]:
    """Word diff of each text field: « title », « standfirst », « body »."""
    return {name: word_diff(getattr(old, name), getattr(new, name)) for name in TEXT_FIELDS}


def diff_revisions(store: Store, old_id: int, new_id: int | None) -> dict[str, list[DiffOp]]:
    """Word diff between two revisions of a piece; ``new_id`` None means the piece as saved."""
    old = get_revision(store, old_id)
    new = (
        get_revision(store, new_id).text if new_id is not None else _current(store, old.piece_id)[0]
    )
    return diff_texts(old.text, new)


# Diff --------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
# A line with the line breaks after it: blank lines do not become units of their own.
_LINE = re.compile(r"[^\n]+\n*|\n+")


def word_diff(old: str, new: str) -> list[DiffOp]:
    """Word-level differences; whitespace is kept, so joining the equal and delete ops gives
    ``old`` back, and joining the equal and insert ops gives ``new``.

    Lines are matched first and words only inside changed lines, which keeps a long piece
    (100 000 signes) fast to compare.
    """
    ops: list[DiffOp] = []

    def add(kind: Literal["equal", "insert", "delete"], text: str) -> None:
        if not text:
            return
        if ops and ops[-1].kind == kind:
            ops[-1] = DiffOp(kind, ops[-1].text + text)
        else:
            ops.append(DiffOp(kind, text))

    old_lines, new_lines = _LINE.findall(old), _LINE.findall(new)
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag == "equal":
            add("equal", "".join(old_lines[i1:i2]))
            continue
        a, b = _TOKEN.findall("".join(old_lines[i1:i2])), _TOKEN.findall("".join(new_lines[j1:j2]))
        # Common ends first: one edit in a long paragraph stays cheap.
        head = 0
        while head < min(len(a), len(b)) and a[head] == b[head]:
            head += 1
        tail = 0
        while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
            tail += 1
        add("equal", "".join(a[:head]))
        a_mid, b_mid = a[head : len(a) - tail], b[head : len(b) - tail]
        words = difflib.SequenceMatcher(None, a_mid, b_mid, autojunk=False)
        for wtag, k1, k2, l1, l2 in words.get_opcodes():
            if wtag == "equal":
                add("equal", "".join(a_mid[k1:k2]))
            else:
                add("delete", "".join(a_mid[k1:k2]))
                add("insert", "".join(b_mid[l1:l2]))
        add("equal", "".join(a[len(a) - tail :]))
    return ops
