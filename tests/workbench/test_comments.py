"""Editorial comments: anchored passages that follow the text, replies, « résolu »,
notices to the people concerned (both back-ends)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.comments import (
    Anchor,
    add_comment,
    delete_comment,
    edit_comment,
    follow_anchor,
    list_comments,
    open_counts,
    resolve,
)
from workbench.pieces import create_piece, update_piece
from workbench.store import StoreError

BODY = "Le centre de contacts a changé de prestataire en juin. Les conseillers suivent."


@pytest.fixture
def piece(store, publication) -> int:
    return create_piece(store, publication, "reportage", "Reportage", body=BODY)


def _anchor_on(store, piece, words: str):
    start = BODY.index(words)
    return add_comment(store, piece, "Source ?", start=start, end=start + len(words))


# The pure rule --------------------------------------------------------------------


def test_typing_before_a_passage_moves_it():
    old = "Le chat dort."
    anchor = Anchor(3, 7, "chat")
    moved = follow_anchor(old, "Hier, le chat dort.", anchor)
    assert "Hier, le chat dort."[moved.start : moved.end] == "chat" and not moved.lost


def test_typing_after_a_passage_leaves_it():
    anchor = Anchor(3, 7, "chat")
    assert follow_anchor("Le chat dort.", "Le chat dort bien.", anchor) == anchor


def test_a_word_typed_inside_a_passage_stays_in_it():
    old, new = "Le chat noir dort.", "Le chat très noir dort."
    anchor = Anchor(3, 12, "chat noir")
    moved = follow_anchor(old, new, anchor)
    assert new[moved.start : moved.end] == "chat très noir" and not moved.lost


def test_deleted_words_leave_the_comment_lost_with_its_words():
    anchor = Anchor(3, 8, "chat ")
    moved = follow_anchor("Le chat dort.", "Le dort.", anchor)
    assert moved.lost and moved.text == "chat "


def test_words_cut_at_one_end_keep_what_remains():
    old, new = "Le chat noir dort.", "Le chat dort."
    anchor = Anchor(3, 12, "chat noir")
    moved = follow_anchor(old, new, anchor)
    assert new[moved.start : moved.end].strip() == "chat" and not moved.lost


@given(
    before=st.text(max_size=30),
    words=st.text(min_size=1, max_size=10).filter(str.strip),
    after=st.text(max_size=30),
    typed=st.text(max_size=10),
    where=st.integers(min_value=0, max_value=200),
)
def test_edits_outside_a_passage_never_lose_its_words(before, words, after, typed, where):
    old = before + words + after
    anchor = Anchor(len(before), len(before) + len(words), words)
    at = where % (len(old) + 1)
    if len(before) < at < len(before) + len(words):
        at = len(before)  # outside the passage
    new = old[:at] + typed + old[at:]
    moved = follow_anchor(old, new, anchor)
    assert not moved.lost
    assert new[moved.start : moved.end] == words or words in new[moved.start : moved.end]


# In the store ---------------------------------------------------------------------


def test_a_comment_on_a_passage_follows_saves(store, piece):
    comment = _anchor_on(store, piece, "en juin")
    update_piece(store, piece, body="Depuis mars. " + BODY)
    anchor = list_comments(store, piece)[0].anchor
    body = store.scalar("SELECT body FROM piece WHERE id = ?", (piece,))
    assert anchor is not None and body[anchor.start : anchor.end] == "en juin"
    update_piece(store, piece, body=body.replace(" en juin", ""))
    anchor = list_comments(store, piece)[0].anchor
    assert anchor is not None and anchor.lost and anchor.text == "en juin"
    assert list_comments(store, piece)[0].id == comment.id  # the comment stays


def test_replies_join_their_thread_and_resolving_closes_it(store, piece):
    thread = add_comment(store, piece, "Le titre est long.")
    reply = add_comment(store, piece, "Raccourci.", parent_id=thread.id)
    again = add_comment(store, piece, "Merci.", parent_id=reply.id)  # a reply to a reply
    assert again.parent_id == thread.id
    assert [c.id for c in list_comments(store, piece)] == [thread.id, reply.id, again.id]
    assert open_counts(store) == {piece: 1}
    assert resolve(store, reply.id).resolved  # resolves the thread
    assert open_counts(store) == {}
    assert not resolve(store, thread.id, resolved=False).resolved
    assert open_counts(store) == {piece: 1}


def test_edit_and_delete(store, piece):
    thread = add_comment(store, piece, "Premier avis.")
    add_comment(store, piece, "Réponse.", parent_id=thread.id)
    assert edit_comment(store, thread.id, "Avis revu.").body == "Avis revu."
    delete_comment(store, thread.id)
    assert list_comments(store, piece) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"body": "   "}, "vide"),
        ({"body": "x", "start": 5, "end": 2}, "Passage invalide"),
        ({"body": "x", "start": 0, "end": 10_000}, "Passage invalide"),
    ],
)
def test_bad_comments_are_refused(store, piece, kwargs, message):
    with pytest.raises(StoreError, match=message):
        add_comment(store, piece, **kwargs)
    assert list_comments(store, piece) == []


def test_comments_go_with_their_piece(store, piece):
    add_comment(store, piece, "Avis.")
    store.query("DELETE FROM piece WHERE id = ?", (piece,))
    assert store.scalar("SELECT count(*) FROM comment") == 0


def test_check_reports_comments_off_their_words_and_strangers_assigned(store, piece):
    from workbench.integrity import check_store

    _anchor_on(store, piece, "en juin")
    assert not [f for f in check_store(store) if "commentaire" in f.message]
    # Written behind the services' back: the anchor no longer on its words.
    store.query("UPDATE comment SET anchor_start = 0, anchor_end = 7")
    store.query(
        "INSERT INTO assignment (piece_id, login, role, created_at) "
        "VALUES (?, 'parti', 'author', '2026-01-01 00:00:00')",
        (piece,),
    )
    messages = [f.message for f in check_store(store)]
    assert any("ne pointe plus sur ses mots (« en juin »)" in m for m in messages)
    assert any("« parti », qui n'est pas de l'équipe" in m for m in messages)
