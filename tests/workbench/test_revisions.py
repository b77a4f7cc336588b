"""Saving with revisions: coalescing, restore, word diff and conflict detection."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.catalog import ValidationError
from workbench.pieces import ConflictError, create_piece, get_piece
from workbench.revisions import (
    AUTOSAVE_NOTE,
    CONFLICT_NOTE,
    INITIAL_NOTE,
    SAVE_NOTE,
    DiffOp,
    diff_revisions,
    get_revision,
    list_revisions,
    resolve_conflict,
    restore_revision,
    save_piece,
    word_diff,
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def piece(store, publication) -> int:
    return create_piece(store, publication, "edito", "À vous de jouer", body="Premier jet.")


def save(store, piece_id, body, clock, *, version=None, **kw):
    version = get_piece(store, piece_id).version if version is None else version
    return save_piece(
        store,
        piece_id,
        expected_version=version,
        title=kw.pop("title", "À vous de jouer"),
        standfirst=kw.pop("standfirst", ""),
        body=body,
        clock=clock,
        **kw,
    )


def test_first_save_keeps_the_initial_text_and_the_new_one(store, piece, clock):
    result = save(store, piece, "Deuxième jet.", clock)
    assert result.saved and result.version == 2 and not result.coalesced
    history = list_revisions(store, piece)
    assert [(r.note, r.body) for r in history] == [
        (AUTOSAVE_NOTE, "Deuxième jet."),
        (INITIAL_NOTE, "Premier jet."),
    ]


def test_saving_the_same_text_writes_nothing(store, piece, clock):
    result = save(store, piece, "Premier jet.", clock)
    assert not result.saved and result.version == 1 and result.revision_id is None
    assert list_revisions(store, piece) == []
    assert get_piece(store, piece).version == 1


def test_autosaves_within_the_window_are_coalesced(store, piece, clock):
    first = save(store, piece, "Un", clock)
    clock.advance(seconds=2)
    second = save(store, piece, "Un deux", clock)
    clock.advance(minutes=4)
    third = save(store, piece, "Un deux trois", clock)
    assert second.coalesced and third.coalesced
    assert first.revision_id == second.revision_id == third.revision_id
    assert third.version == 4
    bodies = [r.body for r in list_revisions(store, piece)]
    assert bodies == ["Un deux trois", "Premier jet."]


def test_a_new_revision_starts_after_the_window(store, piece, clock):
    save(store, piece, "Un", clock)
    clock.advance(minutes=5)
    result = save(store, piece, "Un deux", clock)
    assert not result.coalesced
    assert [r.body for r in list_revisions(store, piece)] == ["Un deux", "Un", "Premier jet."]


def test_a_manual_save_is_never_coalesced_into(store, piece, clock):
    save(store, piece, "Un", clock, autosave=False)
    clock.advance(seconds=5)
    result = save(store, piece, "Un deux", clock)
    assert not result.coalesced
    assert [r.note for r in list_revisions(store, piece)] == [
        AUTOSAVE_NOTE,
        SAVE_NOTE,
        INITIAL_NOTE,
    ]


def test_changing_only_other_fields_adds_no_revision(store, piece, clock):
    save(store, piece, "Un", clock)
    result = save(store, piece, "Un", clock, status="redaction")
    assert result.saved and result.revision_id is None
    assert len(list_revisions(store, piece)) == 2
    assert get_piece(store, piece).status == "redaction"


def test_stale_version_raises_and_writes_nothing(store, piece, clock):
    # Two windows loaded version 1; the first one saves.
    save(store, piece, "Texte de la fenêtre A", clock, version=1)
    before = list_revisions(store, piece)
    with pytest.raises(ConflictError) as caught:
        save(store, piece, "Texte de la fenêtre B", clock, version=1)
    assert caught.value.expected == 1 and caught.value.found == 2
    assert get_piece(store, piece).body == "Texte de la fenêtre A"
    assert get_piece(store, piece).version == 2
    assert list_revisions(store, piece) == before


def test_resolve_conflict_keeps_the_losing_text(store, piece, clock):
    save(store, piece, "Le texte de A", clock, version=1)
    with pytest.raises(ConflictError):
        save(store, piece, "Le texte de B", clock, version=1)
    conflict = resolve_conflict(
        store, piece, title="À vous de jouer", standfirst="", body="Le texte de B", clock=clock
    )
    assert conflict.theirs.body == "Le texte de A" and conflict.theirs_version == 2
    assert conflict.mine.body == "Le texte de B"
    kept = get_revision(store, conflict.mine_revision_id)
    assert kept.note == CONFLICT_NOTE and kept.body == "Le texte de B"
    assert DiffOp("delete", "A") in conflict.diffs["body"]
    assert DiffOp("insert", "B") in conflict.diffs["body"]
    # The writer then chooses their text: a normal save on top of the current version.
    result = restore_revision(store, kept.id, expected_version=conflict.theirs_version)
    assert get_piece(store, piece).body == "Le texte de B" and result.version == 3


def test_two_stores_on_one_file_detect_the_conflict(db_path, store, piece, clock):
    from workbench.store import Store

    with Store.open(db_path) as other:
        version = get_piece(other, piece).version
        save(store, piece, "Sauvé par la première instance", clock, version=version)
        with pytest.raises(ConflictError):
            save(other, piece, "Sauvé par la seconde instance", clock, version=version)
    assert get_piece(store, piece).body == "Sauvé par la première instance"


def test_restore_is_a_new_revision_and_bumps_the_version(store, piece, clock):
    save(store, piece, "Version deux", clock, autosave=False)
    clock.advance(minutes=1)
    save(store, piece, "Version trois", clock, autosave=False)
    initial = list_revisions(store, piece)[-1]
    clock.advance(minutes=1)
    result = restore_revision(store, initial.id, expected_version=3, clock=clock)
    assert result.version == 4 and not result.coalesced
    latest = list_revisions(store, piece)[0]
    assert latest.body == "Premier jet." and latest.note.startswith("Restauration")
    assert len(list_revisions(store, piece)) == 4


def test_restore_with_a_stale_version_is_a_conflict(store, piece, clock):
    save(store, piece, "Version deux", clock)
    initial = list_revisions(store, piece)[-1]
    with pytest.raises(ConflictError):
        restore_revision(store, initial.id, expected_version=1)


def test_empty_title_is_refused_without_a_revision(store, piece, clock):
    with pytest.raises(ValidationError):
        save(store, piece, "Autre", clock, title="  ")
    assert list_revisions(store, piece) == []


def test_word_diff_marks_words_and_keeps_whitespace():
    ops = word_diff("Le client est roi.", "Le client n’est plus roi !")
    assert ops[0] == DiffOp("equal", "Le client ")
    assert ops[1:5] == [
        DiffOp("insert", "n’"),
        DiffOp("equal", "est "),
        DiffOp("insert", "plus "),
        DiffOp("equal", "roi"),
    ]
    assert DiffOp("delete", ".") in ops


def test_word_diff_of_equal_texts():
    assert word_diff("même texte", "même texte") == [DiffOp("equal", "même texte")]
    assert word_diff("", "") == []


words = st.lists(st.sampled_from(["le", "client", "roi", " ", "\n\n", ",", "é", "\u00a0"]))


@settings(max_examples=300, deadline=None)
@given(words.map("".join), words.map("".join))
def test_word_diff_rebuilds_both_texts(old, new):
    ops = word_diff(old, new)
    assert "".join(op.text for op in ops if op.kind != "insert") == old
    assert "".join(op.text for op in ops if op.kind != "delete") == new


def test_word_diff_of_a_long_piece(page_set):

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(page_set.folder.iterdir()))
    old = (text * (100_000 // len(text) + 1))[:100_000]
    one_line = old.replace("\n", " ")
    for before, after in ((old, old.replace("client", "usager", 40)), (one_line, one_line + "!")):
        ops = word_diff(before, after)
        assert "".join(op.text for op in ops if op.kind != "delete") == after


def test_diff_between_revisions_and_with_the_saved_piece(store, piece, clock):
    save(store, piece, "Le client est roi.", clock, autosave=False)
    clock.advance(minutes=1)
    save(store, piece, "Le client est roi !", clock, title="Nouveau titre", autosave=False)
    newest, older, initial = list_revisions(store, piece)
    diffs = diff_revisions(store, older.id, newest.id)
    assert DiffOp("delete", ".") in diffs["body"] and DiffOp("insert", " !") in diffs["body"]
    assert "".join(op.text for op in diffs["title"] if op.kind != "delete") == "Nouveau titre"
    assert {op.kind for op in diffs["title"]} == {"equal", "delete", "insert"}
    assert diffs["standfirst"] == []
    assert diff_revisions(store, newest.id, None)["body"] == [
        DiffOp("equal", "Le client est roi !")
    ]


def test_saving_the_same_dates_again_writes_nothing(store, piece, clock):
    from datetime import date

    first = save(store, piece, "Un", clock, due_date=date(2026, 3, 20))
    again = save(store, piece, "Un", clock, due_date=date(2026, 3, 20))
    assert first.saved and not again.saved and again.version == first.version


def test_a_conflict_version_is_pending_until_a_save(store, publication):
    from workbench.pieces import create_piece, update_piece
    from workbench.revisions import CONFLICT_NOTE, pending_conflict, save_piece

    piece = create_piece(store, publication, "edito", "Édito", body="Le texte du bureau.")
    assert pending_conflict(store, piece) is None
    store.query(
        "INSERT INTO revision (piece_id, created_at, title, standfirst, body, note, author) "
        "VALUES (?, '2030-01-01 10:00:00', 'Édito', '', 'Le texte du train.', ?, '')",
        (piece, CONFLICT_NOTE),
    )
    found = pending_conflict(store, piece)
    assert found is not None and found.body == "Le texte du train."
    version = update_piece(store, piece, body="Le texte du train.")  # chosen: nothing left
    assert pending_conflict(store, piece) is None
    update_piece(store, piece, body="Autre chose.")
    save_piece(
        store,
        piece,
        expected_version=version + 1,
        title="Édito",
        standfirst="",
        body="Autre chose, enregistré.",
        autosave=False,
        clock=lambda: datetime(2031, 1, 1),
    )
    assert pending_conflict(store, piece) is None
