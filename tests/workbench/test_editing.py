"""The editor's save, headless: changed fields only, field-by-field merge, conflicts."""

import pytest

from workbench import pieces
from workbench.editing import (
    OVERWRITTEN_NOTE,
    EditorSnapshot,
    merge_text,
    save_from_editor,
)
from workbench.pieces import ConflictError
from workbench.revisions import PieceText, list_revisions


@pytest.fixture
def piece(store, publication) -> int:
    return pieces.create_piece(store, publication, "edito", "Titre", body="Texte.")


def snapshot(store, piece_id):
    return EditorSnapshot.of(pieces.get_piece(store, piece_id))


def test_only_changed_fields_are_written(store, piece):
    base = snapshot(store, piece)
    version = pieces.get_piece(store, piece).version
    # Elsewhere: the status changes (planner).
    version_after = pieces.update_piece(store, piece, expected_version=version, status="valide")
    assert version_after == version + 1
    mine = EditorSnapshot(
        "Titre", "", "Texte modifié.", {**base.fields, "target_signs": 3000}, (), None
    )
    result = save_from_editor(store, piece, expected_version=version, base=base, mine=mine)
    saved = pieces.get_piece(store, piece)
    assert (saved.status, saved.target_signs, saved.body) == ("valide", 3000, "Texte modifié.")
    assert result.version == saved.version


def test_both_sides_changing_the_body_is_a_conflict(store, piece):
    base = snapshot(store, piece)
    version = pieces.get_piece(store, piece).version
    pieces.update_piece(store, piece, expected_version=version, body="Leur texte.")
    mine = EditorSnapshot("Titre", "", "Mon texte.", base.fields)
    with pytest.raises(ConflictError):
        save_from_editor(store, piece, expected_version=version, base=base, mine=mine)
    assert pieces.get_piece(store, piece).body == "Leur texte."
    forced = save_from_editor(
        store, piece, expected_version=version, base=base, mine=mine, force=True
    )
    assert forced.saved and pieces.get_piece(store, piece).body == "Mon texte."
    kept = [r for r in list_revisions(store, piece) if r.note == OVERWRITTEN_NOTE]
    assert kept and kept[0].body == "Leur texte."


def test_credits_and_numero(store, piece, issue82):
    base = snapshot(store, piece)
    version = pieces.get_piece(store, piece).version
    mine = EditorSnapshot(
        "Titre",
        "",
        "Texte.",
        base.fields,
        (("  Manuel  Jacquinet ", "author"), ("", "author")),
        issue82,
    )
    result = save_from_editor(store, piece, expected_version=version, base=base, mine=mine)
    saved = pieces.get_piece(store, piece)
    assert saved.issue_id == issue82
    assert [(c.name, c.role) for c in saved.contributors] == [("Manuel Jacquinet", "author")]
    assert result.tree_changed and result.version == saved.version


def test_merge_text_field_by_field():
    base = PieceText("T", "C", "B")
    assert merge_text(base, PieceText("T2", "C", "B"), PieceText("T", "C", "B2")) == PieceText(
        "T2", "C", "B2"
    )
    assert merge_text(base, PieceText("T", "C", "X"), PieceText("T", "C", "Y")) is None
    assert merge_text(base, PieceText("T", "C", "Y"), PieceText("T", "C", "Y")) == PieceText(
        "T", "C", "Y"
    )
