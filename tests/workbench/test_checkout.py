"""Check-out of pieces and who did what, on a team store with two windows (two stores
on the same server), and the no-op they are on a SQLite file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from workbench import checkout
from workbench.catalog import create_publication
from workbench.pieces import create_piece, move_pieces, update_piece
from workbench.revisions import list_revisions, save_piece
from workbench.store import Store, utcnow


@pytest.fixture
def two_windows(team_url):
    """Claire's window and Marc's, on the same team database."""
    claire, marc = Store.open(team_url), Store.open(team_url)
    yield claire, marc
    claire.close()
    marc.close()


@pytest.fixture
def piece(two_windows) -> int:
    claire, _ = two_windows
    publication = create_publication(claire, "En-Contact")
    return create_piece(claire, publication, "edito", "Édito", body="Premier jet.")


def _save(store: Store, piece_id: int, body: str, version: int) -> int:
    return save_piece(
        store, piece_id, expected_version=version, title="Édito", standfirst="", body=body
    ).version


def test_the_first_to_open_takes_the_piece_the_second_reads(two_windows, piece):
    claire, marc = two_windows
    assert checkout.take(claire, piece) is None
    holder = checkout.take(marc, piece)
    assert holder is not None and holder.session == claire.session_id
    assert holder.name == claire.user  # no display name yet: the login
    assert not checkout.holds(marc, piece) and checkout.holds(claire, piece)
    with pytest.raises(checkout.PieceTakenError, match="a pris ce papier pour l'écrire"):
        _save(marc, piece, "Marc écrit par-dessus.", 1)
    assert _save(claire, piece, "Claire écrit.", 1) == 2


def test_a_released_piece_can_be_taken_by_the_next(two_windows, piece):
    claire, marc = two_windows
    checkout.take(claire, piece)
    checkout.release(claire, piece)
    assert checkout.holder(marc, piece) is None
    assert checkout.take(marc, piece) is None
    assert checkout.holder(claire, piece).session == marc.session_id


def test_closing_a_window_gives_back_all_it_held(two_windows, piece):
    claire, marc = two_windows
    checkout.take(claire, piece)
    checkout.release_all(claire)
    assert checkout.take(marc, piece) is None


def test_a_broken_lock_refuses_the_old_holders_save_and_keeps_nothing_silently(two_windows, piece):
    claire, marc = two_windows
    checkout.take(claire, piece)
    holder = checkout.holder(marc, piece)
    assert not holder.vanished()
    assert holder.vanished(utcnow() + checkout.VANISHED_AFTER + timedelta(seconds=1))
    assert checkout.break_lock(marc, piece, holder)
    assert checkout.take(marc, piece) is None
    # Claire's window comes back: its heartbeat says the piece is no longer hers, and
    # its save is refused (the editor keeps the text as a « Version en conflit »).
    assert checkout.heartbeat(claire, [piece]) == [piece]
    with pytest.raises(checkout.PieceTakenError) as lost:
        _save(claire, piece, "Le texte de Claire.", 1)
    assert lost.value.holder.session == marc.session_id


def test_breaking_a_lock_that_changed_hands_does_nothing(two_windows, piece):
    claire, marc = two_windows
    checkout.take(claire, piece)
    old = checkout.holder(marc, piece)
    checkout.release(claire, piece)
    checkout.take(claire, piece)  # a new hold: another moment, same window
    checkout.release(claire, piece)
    assert checkout.take(claire, piece) is None
    assert checkout.break_lock(marc, piece, old) is True  # same session: still Claire's
    assert checkout.holder(marc, piece) is None


def test_two_saves_of_the_same_version_the_second_is_a_conflict(two_windows, piece):
    """The optimistic version check stays the last guard, also between two servers'
    sessions at the same moment (the row is locked while a save checks its version)."""
    from concurrent.futures import ThreadPoolExecutor

    from workbench.pieces import ConflictError

    claire, marc = two_windows

    def write(store: Store, body: str) -> str:
        try:
            update_piece(store, piece, expected_version=1, body=body)
            return "saved"
        except ConflictError:
            return "conflict"

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(write, (claire, marc), ("A", "B")))
    assert outcomes == ["conflict", "saved"]


def test_revisions_and_activity_name_the_person(two_windows, piece, pg_server):
    claire, marc = two_windows
    _save(claire, piece, "Le texte de Claire.", 1)
    rows = claire.query(
        "SELECT action, login FROM activity WHERE piece_id = ? ORDER BY id", (piece,)
    )
    assert [(r["action"], r["login"]) for r in rows] == [("create", "wbadmin"), ("save", "wbadmin")]
    assert claire.scalar("SELECT updated_by FROM piece WHERE id = ?", (piece,)) == "wbadmin"
    assert {r.author for r in list_revisions(claire, piece)} == {"wbadmin"}
    update_piece(marc, piece, status="redaction")
    publication = claire.scalar("SELECT publication_id FROM piece WHERE id = ?", (piece,))
    from workbench.catalog import IssueFields, create_issue

    issue = create_issue(claire, publication, IssueFields(3))
    move_pieces(marc, [piece], issue)
    actions = [
        (r["action"], r["detail"])
        for r in claire.query(
            "SELECT action, detail FROM activity WHERE piece_id = ? ORDER BY id", (piece,)
        )
    ]
    assert actions[2:] == [("status", "idee -> redaction"), ("move", "")]


@pytest.mark.sqlite_only
def test_on_a_sqlite_file_nothing_is_ever_taken(store, publication):
    piece = create_piece(store, publication, "edito", "Édito")
    assert checkout.take(store, piece) is None
    assert checkout.holder(store, piece) is None
    assert checkout.holds(store, piece)
    assert store.scalar("SELECT count(*) FROM piece_lock") == 0


def test_an_export_is_recorded_with_its_person(store, publication, tmp_path):
    from workbench import activity
    from workbench.catalog import IssueFields, create_issue
    from workbench.export.bundle import export_issue

    issue = create_issue(store, publication, IssueFields(5, page_count=8))
    export_issue(store, issue, tmp_path / "n5", include_drafts=True)
    (row,) = store.query(
        "SELECT login, action, issue_id, detail FROM activity WHERE action = 'export'"
    )
    assert (row["login"], row["issue_id"], row["detail"]) == (store.user, issue, "n5")
    assert row["login"]  # a file records its system login, a team store its role
    piece = create_piece(store, publication, "breve", "Brève")
    if store.is_shared:
        assert [a.action for a in activity.of_piece(store, piece)] == ["create"]
    else:  # no triggers on a file: its one person's saves are not logged
        assert activity.of_piece(store, piece) == []
