"""Pieces and numéros through the workbench services, checked in the store."""

from datetime import date

import pytest

from workbench import catalog, pieces
from workbench.catalog import IssueFields, ValidationError
from workbench.pieces import POOL, TRASH, ConflictError, PieceFilter


def titles(store, publication, container, piece_filter=None):
    return [p.title for p in pieces.list_pieces(store, publication, container, piece_filter)]


def test_create_piece_lands_at_end_of_its_container(store, publication, issue82):
    pieces.create_piece(store, publication, "edito", "Un", issue_id=issue82)
    pieces.create_piece(store, publication, "interview", "Deux", issue_id=issue82)
    pieces.create_piece(store, publication, "breve", "Trois")
    assert titles(store, publication, issue82) == ["Un", "Deux"]
    assert titles(store, publication, POOL) == ["Trois"]


def test_piece_fields_are_validated(store, publication):
    with pytest.raises(ValidationError):
        pieces.create_piece(store, publication, "poeme", "Titre")
    with pytest.raises(ValidationError):
        pieces.create_piece(store, publication, "edito", "   ")
    with pytest.raises(ValidationError):
        pieces.create_piece(store, publication, "edito", "T", status="publie")
    assert store.scalar("SELECT count(*) FROM piece") == 0


def test_move_reorders_and_changes_issue(store, publication, issue82):
    a = pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    b = pieces.create_piece(store, publication, "interview", "B", issue_id=issue82)
    c = pieces.create_piece(store, publication, "reportage", "C")
    pieces.move_pieces(store, [c], issue82, before_piece_id=a)
    assert titles(store, publication, issue82) == ["C", "A", "B"]
    pieces.move_pieces(store, [a], issue82)  # to the end
    assert titles(store, publication, issue82) == ["C", "B", "A"]
    pieces.update_piece(store, b, first_page=12)
    pieces.move_pieces(store, [b], None)
    summary = pieces.get_summary(store, b)
    assert summary.issue_id is None and summary.first_page is None
    assert titles(store, publication, POOL) == ["B"]


def test_trash_and_restore_return_piece_to_its_issue(store, publication, issue82):
    a = pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    pieces.trash_pieces(store, [a])
    assert titles(store, publication, issue82) == []
    assert titles(store, publication, TRASH) == ["A"]
    pieces.restore_pieces(store, [a])
    assert titles(store, publication, issue82) == ["A"]
    assert titles(store, publication, TRASH) == []


def test_trashing_an_issue_sends_pieces_to_pool_never_deletes(store, publication, issue82):
    pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    pieces.create_piece(store, publication, "reportage", "B", issue_id=issue82)
    moved = catalog.trash_issue(store, issue82)
    assert len(moved) == 2
    assert titles(store, publication, POOL) == ["A", "B"]
    assert [i.number for i in catalog.list_issues(store, publication)] == []
    assert [i.number for i in catalog.list_issues(store, publication, deleted=True)] == [82]
    catalog.restore_issue(store, issue82)
    assert [i.number for i in catalog.list_issues(store, publication)] == [82]


def test_issues_newest_first_and_numbers_unique(store, publication, issue82):
    catalog.create_issue(store, publication, IssueFields(83, "BPO", 68))
    catalog.create_issue(store, publication, IssueFields(81, "CRM", 64))
    assert [i.number for i in catalog.list_issues(store, publication)] == [83, 82, 81]
    with pytest.raises(ValidationError, match="existe déjà"):
        catalog.create_issue(store, publication, IssueFields(83))
    with pytest.raises(ValidationError, match="parution"):
        catalog.create_issue(
            store, publication, IssueFields(90, "", 68, date(2024, 5, 1), date(2024, 4, 1))
        )


def test_filter_by_text_accents_author_status_kind(store, publication, issue82):
    pieces.create_piece(
        store,
        publication,
        "interview",
        "L'expérience client",
        issue_id=issue82,
        contributors=[("Hélène Durand", "author")],
        status="valide",
    )
    pieces.create_piece(store, publication, "breve", "Brève du jour", issue_id=issue82)
    assert titles(store, publication, issue82, PieceFilter(text="experience")) == [
        "L'expérience client"
    ]
    assert titles(store, publication, issue82, PieceFilter(text="helene")) == [
        "L'expérience client"
    ]
    assert titles(store, publication, issue82, PieceFilter(author="durand")) == [
        "L'expérience client"
    ]
    assert titles(store, publication, issue82, PieceFilter(status="idee")) == ["Brève du jour"]
    assert titles(store, publication, issue82, PieceFilter(kind="breve")) == ["Brève du jour"]
    assert pieces.matching_issue_ids(store, publication, PieceFilter(text="zzz")) == set()


def test_contributors_keep_order_and_roles(store, publication):
    pid = pieces.create_piece(
        store,
        publication,
        "interview",
        "I",
        contributors=[("Anne", "author"), ("Bruno", "interviewee"), ("Anne", "photographer")],
    )
    detail = pieces.get_piece(store, pid)
    assert [(c.name, c.role) for c in detail.contributors] == [
        ("Anne", "author"),
        ("Bruno", "interviewee"),
        ("Anne", "photographer"),
    ]
    assert store.scalar("SELECT count(*) FROM contributor") == 2
    with pytest.raises(ValidationError):
        pieces.set_contributors(store, pid, [("X", "editor")])
    assert len(pieces.get_piece(store, pid).contributors) == 3


def test_stale_version_is_a_conflict_and_writes_nothing(store, publication):
    pid = pieces.create_piece(store, publication, "edito", "T", body="v1")
    version = pieces.get_piece(store, pid).version
    pieces.update_piece(store, pid, expected_version=version, body="v2")
    with pytest.raises(ConflictError):
        pieces.update_piece(store, pid, expected_version=version, body="v3")
    assert pieces.get_piece(store, pid).body == "v2"


def test_snapshot_and_restore_locations_undo_a_move(store, publication, issue82):
    a = pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    pieces.create_piece(store, publication, "edito", "B", issue_id=issue82)
    snapshot = pieces.snapshot_locations(store, publication, [issue82, POOL])
    pieces.move_pieces(store, [a], None)
    pieces.restore_locations(store, snapshot)
    assert titles(store, publication, issue82) == ["A", "B"]
    assert titles(store, publication, POOL) == []


def test_purge_trash_deletes_only_trashed(store, publication):
    a = pieces.create_piece(store, publication, "edito", "A")
    pieces.create_piece(store, publication, "edito", "B")
    pieces.trash_pieces(store, [a])
    assert pieces.purge_trash(store, publication) == 1
    assert titles(store, publication, POOL) == ["B"]
