"""What the piece editor saves and reads, headless: one save for the text, the fields, the
credits and the numéro, with the conflict rule the editor relies on.

The editor remembers what it loaded (:class:`EditorSnapshot`). A save sends the three text
fields and only the other fields the writer changed since, so a status set meanwhile in the
planner is not put back. When the piece was saved elsewhere since, the three text fields
are merged one by one: a field only one side changed takes that side's text (a title
renamed in the tree, a body typed here), and the save goes on top of the stored version.
When both sides changed the same field differently, ``ConflictError`` is raised and nothing
is written (see :func:`workbench.revisions.resolve_conflict` for what the editor does then).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench import catalog, pieces
from workbench.pieces import ConflictError
from workbench.records import PieceDetail
from workbench.revisions import PieceText, SaveResult, save_piece
from workbench.store import Store, StoreError, utcnow

log = logging.getLogger(__name__)

# Fields of the piece form besides the text (title, chapô, body).
FORM_FIELDS = ("kind", "status", "target_signs", "due_date", "signature_note", "edito_number")
DEFAULT_SIGNS_PER_PAGE = 4500
OVERWRITTEN_NOTE = "Version écrasée"
# Continuous typing never waits longer than this for its autosave (the pause rule alone
# would never fire while someone types without stopping).
AUTOSAVE_MAX_DELAY_S = 10.0
# A save that failed (full disk, locked base, lost server) is tried again after these
# waits, then every last one, until it succeeds; the text stays in the editor meanwhile.
SAVE_RETRY_DELAYS_S = (2.0, 5.0, 10.0, 30.0)


def autosave_wait(pause_s: float, unsaved_for_s: float) -> float:
    """Seconds until the next autosave: ``pause_s`` after the last key, but never later
    than :data:`AUTOSAVE_MAX_DELAY_S` after the first unsaved change."""
    return max(0.0, min(pause_s, AUTOSAVE_MAX_DELAY_S - unsaved_for_s))


def rescue_text(snapshot: EditorSnapshot) -> str:
    """What the editor holds as one Markdown text, for a copy kept in a file when the base
    cannot take it: the title as a heading, the chapô, then the body."""
    parts = [f"# {snapshot.title.strip()}" if snapshot.title.strip() else ""]
    parts += [snapshot.standfirst.strip(), snapshot.body.rstrip()]
    return "\n\n".join(part for part in parts if part) + "\n"


def retry_wait(failures: int) -> float:
    """Seconds before trying a failed save again, after ``failures`` failures in a row."""
    index = min(max(failures, 1), len(SAVE_RETRY_DELAYS_S)) - 1
    return SAVE_RETRY_DELAYS_S[index]


@dataclass(frozen=True, slots=True)
class EditorSnapshot:
    """What the editor holds (or loaded): text, form fields, credits and numéro."""

    title: str
    standfirst: str
    body: str
    fields: dict[str, Any] = field(default_factory=dict)
    contributors: tuple[tuple[str, str], ...] = ()
    issue_id: int | None = None

    @property
    def text(self) -> PieceText:
        return PieceText(self.title.strip(), self.standfirst, self.body)

    @classmethod
    def of(cls, piece: PieceDetail) -> EditorSnapshot:
        return cls(
            title=piece.title,
            standfirst=piece.standfirst,
            body=piece.body,
            fields={name: getattr(piece, name) for name in FORM_FIELDS},
            contributors=tuple((c.name, c.role) for c in piece.contributors),
            issue_id=piece.issue_id,
        )


@dataclass(frozen=True, slots=True)
class EditorSave:
    """``version`` is the one to expect next time; ``tree_changed`` says whether something the
    tree shows (title, kind, status, numéro, credits, due date) was written."""

    version: int
    saved: bool
    tree_changed: bool
    text: PieceText  # what is stored now: the editor shows it (merged fields included)
    result: SaveResult | None = None


def piece_version(store: Store, piece_id: int) -> int | None:
    """The stored version of a piece, None when it does not exist any more."""
    return store.scalar("SELECT version FROM piece WHERE id = ?", (piece_id,))


def stored_text(store: Store, piece_id: int) -> PieceText:
    row = store.query_one("SELECT title, standfirst, body FROM piece WHERE id = ?", (piece_id,))
    if row is None:
        raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
    return PieceText(row["title"], row["standfirst"], row["body"])


def signs_per_page(store: Store, section_id: int | None) -> int:
    """The rubrique's signes per page (4 500 when the piece has no rubrique)."""
    if section_id is None:
        return DEFAULT_SIGNS_PER_PAGE
    value = store.scalar("SELECT signs_per_page FROM section WHERE id = ?", (section_id,))
    return int(value) if value else DEFAULT_SIGNS_PER_PAGE


def footnote_style(store: Store, publication_id: int) -> str:
    """How the publication marks its footnotes: "symbols" (*, **…) or "numbers"."""
    try:
        return catalog.get_publication(store, publication_id).footnote_style
    except StoreError as exc:
        log.warning("publication %s unreadable, symbols assumed: %s", publication_id, exc)
        return "symbols"


def narrow_nbsp(store: Store, publication_id: int) -> bool:
    """The publication's house style for the space before ; ! ?"""
    try:
        return catalog.get_publication(store, publication_id).narrow_nbsp
    except StoreError as exc:
        log.warning("publication %s unreadable, narrow spaces assumed: %s", publication_id, exc)
        return True


def _changed_fields(base: EditorSnapshot, mine: EditorSnapshot) -> dict[str, Any]:
    return {
        name: value for name, value in mine.fields.items() if base.fields.get(name, None) != value
    }


def save_from_editor(
    store: Store,
    piece_id: int,
    *,
    expected_version: int,
    base: EditorSnapshot,
    mine: EditorSnapshot,
    autosave: bool = True,
    note: str | None = None,
    force: bool = False,
) -> EditorSave:
    """Save what the editor holds; see the module's note for the conflict rule.

    ``force`` saves on top of whatever is stored (« Garder la mienne »).
    """
    changed = _changed_fields(base, mine)
    version = expected_version
    text = mine.text
    current = piece_version(store, piece_id)
    if current is None:
        raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
    if current != expected_version:
        if force:
            keep_stored_text(store, piece_id)
        else:
            merged = merge_text(base.text, stored_text(store, piece_id), text)
            if merged is None:
                raise ConflictError(piece_id, expected_version, current)
            text = merged
        version = current
    result = save_piece(
        store,
        piece_id,
        expected_version=version,
        title=text.title,
        standfirst=text.standfirst,
        body=text.body,
        autosave=autosave,
        note=note,
        **changed,
    )
    saved = result.saved
    tree_changed = bool(changed) or text.title != base.text.title
    if mine.issue_id != base.issue_id:
        pieces.move_pieces(store, [piece_id], mine.issue_id)
        saved = tree_changed = True
    if _credits(mine.contributors) != _credits(base.contributors):
        pieces.set_contributors(store, piece_id, _credits(mine.contributors))
        saved = tree_changed = True
    new_version = piece_version(store, piece_id) if saved else result.version
    return EditorSave(new_version or result.version, saved, tree_changed and saved, text, result)


def keep_stored_text(store: Store, piece_id: int, note: str = OVERWRITTEN_NOTE) -> int | None:
    """Keep the stored text in the history before it is overwritten (« Garder la mienne »),
    unless the latest revision already holds it; returns the revision added, if any."""
    from db.models import Revision  # noqa: PLC0415 - start-up: SQLModel loads on first use

    text = stored_text(store, piece_id)
    latest = store.query_one(
        "SELECT title, standfirst, body FROM revision WHERE piece_id = ? "
        "ORDER BY created_at DESC, id DESC LIMIT 1",
        (piece_id,),
    )
    if latest is not None and PieceText(*latest) == text:
        return None
    with store.session() as session:
        revision = Revision(
            piece_id=piece_id,
            created_at=utcnow(),
            title=text.title,
            standfirst=text.standfirst,
            body=text.body,
            note=note,
        )
        session.add(revision)
        session.flush()
        return revision.id


def merge_text(base: PieceText, stored: PieceText, mine: PieceText) -> PieceText | None:
    """Field by field, the side that changed it; None when both changed one differently."""
    merged = {}
    for name in ("title", "standfirst", "body"):
        old, theirs, ours = getattr(base, name), getattr(stored, name), getattr(mine, name)
        if theirs in (old, ours):
            merged[name] = ours
        elif ours == old:
            merged[name] = theirs
        else:
            return None
    return PieceText(**merged)


def _credits(contributors: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Credits as they are stored: names with single spaces, empty rows left out."""
    return [(" ".join(name.split()), role) for name, role in contributors if name.strip()]


__all__ = [
    "ConflictError",
    "DEFAULT_SIGNS_PER_PAGE",
    "EditorSave",
    "EditorSnapshot",
    "FORM_FIELDS",
    "OVERWRITTEN_NOTE",
    "keep_stored_text",
    "merge_text",
    "narrow_nbsp",
    "piece_version",
    "save_from_editor",
    "signs_per_page",
    "stored_text",
]
