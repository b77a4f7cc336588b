"""The tree shows a piece's open comments (a badge and a tooltip line), read once per
refresh; « Mes papiers » keeps the pieces assigned to the store's person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ui.tree.model import PIECE, ArticleTreeModel, CommentCountRole
from workbench import comments, pieces, team
from workbench.assignments import assign
from workbench.pieces import PieceFilter

pytestmark = pytest.mark.usefixtures("app")


@pytest.fixture
def filled(store, publication, issue82):
    edito = pieces.create_piece(
        store, publication, "edito", "Édito 82", issue_id=issue82, body="Premier jet."
    )
    itw = pieces.create_piece(store, publication, "interview", "Entretien", issue_id=issue82)
    pool = pieces.create_piece(store, publication, "breve", "En attente")
    return {"issue82": issue82, "edito": edito, "itw": itw, "pool": pool}


def tooltip(model, piece_id) -> str:
    return model.index_for_key((PIECE, piece_id)).data(Qt.ItemDataRole.ToolTipRole)


def test_open_comments_show_as_a_count_and_a_tooltip_line(store, filled, qtmodeltester):
    first = comments.add_comment(store, filled["edito"], "Le chapô est trop long.")
    comments.add_comment(store, filled["edito"], "Et la chute ?", start=0, end=5)
    comments.add_comment(store, filled["edito"], "D'accord.", parent_id=first.id)  # a reply
    comments.add_comment(store, filled["itw"], "Relire les citations.")
    model = ArticleTreeModel(store)
    qtmodeltester.check(model)
    edito = model.index_for_key((PIECE, filled["edito"]))
    assert edito.data(CommentCountRole) == 2  # threads, not replies
    assert "2 open comments" in tooltip(model, filled["edito"]).splitlines()
    assert "1 open comment" in tooltip(model, filled["itw"]).splitlines()
    assert model.index_for_key((PIECE, filled["pool"])).data(CommentCountRole) == 0
    assert "open comment" not in tooltip(model, filled["pool"])
    issue = model.index_for_key(("issue", filled["issue82"]))
    assert issue.data(CommentCountRole) == 0

    comments.resolve(store, first.id)
    model.refresh()
    assert model.index_for_key((PIECE, filled["edito"])).data(CommentCountRole) == 1
    assert "1 open comment" in tooltip(model, filled["edito"]).splitlines()


def test_the_counts_are_read_once_per_refresh(store, filled, monkeypatch):
    for piece_id in (filled["edito"], filled["itw"], filled["pool"]):
        comments.add_comment(store, piece_id, "À revoir.")
    calls = []
    real = comments.open_counts
    monkeypatch.setattr(comments, "open_counts", lambda s: calls.append(1) or real(s))
    model = ArticleTreeModel(store)
    for key in ((PIECE, filled["edito"]), (PIECE, filled["pool"])):
        model.index_for_key(key)
    assert len(calls) == 1
    model.refresh()
    assert len(calls) == 2
    assert all(
        model.index_for_key((PIECE, pid)).data(CommentCountRole) == 1
        for pid in (filled["edito"], filled["itw"], filled["pool"])
    )
    assert len(calls) == 2


def test_the_window_paints_the_badge(window, store, filled, qtbot):
    comments.add_comment(store, filled["edito"], "Le chapô est trop long.")
    window.refresh()
    assert window.select_key((PIECE, filled["edito"]))
    index = window.tree.currentIndex()
    assert index.data(CommentCountRole) == 1
    window.tree.grab()  # painted without an error, selected and not
    window.tree.clearSelection()
    window.tree.grab()


def test_my_pieces_keeps_those_assigned_to_the_store_s_person(store, publication, filled):
    team.add_member(store, store.user, "Moi", "redaction-en-chef")
    team.add_member(store, "claire", "Claire Martin", "redacteur")
    assign(store, filled["itw"], store.user)
    assign(store, filled["pool"], store.user)
    assign(store, filled["edito"], "claire")
    model = ArticleTreeModel(store)
    model.set_filter(PieceFilter(assigned_to=store.user))
    issue = model.index_for_key(("issue", filled["issue82"]))
    assert model.data(issue, Qt.ItemDataRole.DisplayRole).startswith("No. 82")
    model.fetchMore(issue)
    assert [model.index(r, 0, issue).data() for r in range(model.rowCount(issue))] == ["Entretien"]
    top = issue.parent()
    counts = {
        model.index(r, 0, top).data(): model.hasChildren(model.index(r, 0, top))
        for r in range(model.rowCount(top))
    }
    assert counts == {"No. 82 — La relation client": True, "Pool (au marbre)": True, "Trash": False}

    # With another filter: both must hold.
    model.set_filter(PieceFilter(assigned_to=store.user, kind="breve"))
    assert not model.index_for_key(("issue", filled["issue82"])).isValid()
    pool = model.index_for_key(("pool", publication))
    model.fetchMore(pool)
    assert model.rowCount(pool) == 1

    # A plain PieceFilter still works as before.
    model.set_filter(PieceFilter())
    issue = model.index_for_key(("issue", filled["issue82"]))
    model.fetchMore(issue)
    assert model.rowCount(issue) == 2
    assert model.rowCount(QModelIndex()) == 1
