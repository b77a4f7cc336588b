"""The article tree model through its Qt interface."""

import json

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl

from ui.tree.model import PIECES_MIME, ArticleTreeModel, CountRole, KeyRole
from workbench import catalog, pieces
from workbench.catalog import IssueFields
from workbench.pieces import POOL, TRASH, PieceFilter


@pytest.fixture
def filled(store, publication, issue82):
    issue83 = catalog.create_issue(store, publication, IssueFields(83, "BPO", 68))
    ids = {
        "edito": pieces.create_piece(
            store,
            publication,
            "edito",
            "Édito 82",
            issue_id=issue82,
            contributors=[("Manuel", "author")],
        ),
        "itw": pieces.create_piece(store, publication, "interview", "Entretien", issue_id=issue82),
        "pool": pieces.create_piece(store, publication, "breve", "En attente"),
    }
    return {"issue82": issue82, "issue83": issue83, **ids}


def child_labels(model, parent=QModelIndex()):
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_structure_numbers_newest_first_then_pool_and_trash(app, store, filled, qtmodeltester):
    model = ArticleTreeModel(store)
    qtmodeltester.check(model)
    assert child_labels(model) == ["En-Contact"]
    publication = model.index(0, 0)
    assert child_labels(model, publication) == [
        "No. 83 — BPO",
        "No. 82 — La relation client",
        "Pool (au marbre)",
        "Trash",
    ]


def test_pieces_are_loaded_lazily(app, store, filled):
    model = ArticleTreeModel(store)
    publication = model.index(0, 0)
    issue82 = model.index(1, 0, publication)
    assert model.hasChildren(issue82)
    assert model.rowCount(issue82) == 0  # nothing read yet
    assert model.data(issue82, CountRole) == 2
    assert model.canFetchMore(issue82)
    model.fetchMore(issue82)
    assert child_labels(model, issue82) == ["Édito 82", "Entretien"]
    assert not model.canFetchMore(issue82)
    empty_issue = model.index(0, 0, publication)
    assert not model.hasChildren(empty_issue)


def test_mime_round_trip(app, store, filled):
    model = ArticleTreeModel(store)
    index = model.index_for_key(("piece", filled["itw"]))
    data = model.mimeData([index])
    assert data.hasFormat(PIECES_MIME)
    assert json.loads(bytes(data.data(PIECES_MIME).data()))["piece_ids"] == [filled["itw"]]
    assert ArticleTreeModel.piece_ids_from_mime(data) == [filled["itw"]]
    assert data.text() == "Entretien"


def test_drop_on_issue_and_on_piece_requests_the_right_move(app, store, filled, qtbot):
    model = ArticleTreeModel(store)
    pool_piece = model.index_for_key(("piece", filled["pool"]))
    data = model.mimeData([pool_piece])
    issue83 = model.index_for_key(("issue", filled["issue83"]))
    with qtbot.waitSignal(model.moveRequested) as blocker:
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, issue83)
    assert blocker.args == [[filled["pool"]], filled["issue83"], None]
    edito = model.index_for_key(("piece", filled["edito"]))
    with qtbot.waitSignal(model.moveRequested) as blocker:
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, edito)
    assert blocker.args == [[filled["pool"]], filled["issue82"], filled["edito"]]


def test_drop_of_files_asks_for_an_import(app, store, filled, qtbot, tmp_path):
    model = ArticleTreeModel(store)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    issue83 = model.index_for_key(("issue", filled["issue83"]))
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, issue83)
    with qtbot.waitSignal(model.filesDropped) as blocker:
        model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, issue83)
    assert blocker.args == [[str(tmp_path / "a.txt")], filled["issue83"]]


def test_refresh_follows_the_store_and_keeps_nodes(app, store, filled, publication, qtmodeltester):
    model = ArticleTreeModel(store)
    qtmodeltester.check(model)
    issue82 = model.index_for_key(("issue", filled["issue82"]))
    model.fetchMore(issue82)
    persistent = model.index_for_key(("piece", filled["edito"]))
    from PySide6.QtCore import QPersistentModelIndex

    keep = QPersistentModelIndex(persistent)
    pieces.move_pieces(store, [filled["pool"]], filled["issue82"], before_piece_id=filled["edito"])
    pieces.trash_pieces(store, [filled["itw"]])
    model.refresh()
    issue82 = model.index_for_key(("issue", filled["issue82"]))
    assert child_labels(model, issue82) == ["En attente", "Édito 82"]
    assert keep.isValid() and keep.data() == "Édito 82"
    trash = model.index_for_key(("trash", publication))
    assert model.data(trash, CountRole) == 1


def test_rename_in_place_emits_request(app, store, filled, qtbot):
    model = ArticleTreeModel(store)
    index = model.index_for_key(("piece", filled["edito"]))
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.data(index, Qt.ItemDataRole.EditRole) == "Édito 82"
    with qtbot.waitSignal(model.renameRequested) as blocker:
        assert model.setData(index, "  Nouveau titre ")
    assert blocker.args == [("piece", filled["edito"]), "Nouveau titre"]
    assert not model.setData(index, "   ")  # an empty title is refused


def test_filter_hides_non_matching(app, store, filled):
    model = ArticleTreeModel(store)
    model.set_filter(PieceFilter(text="entretien"))
    publication = model.index(0, 0)
    labels = child_labels(model, publication)
    assert labels == ["No. 82 — La relation client", "Pool (au marbre)", "Trash"]
    issue82 = model.index(0, 0, publication)
    model.fetchMore(issue82)
    assert child_labels(model, issue82) == ["Entretien"]
    model.set_filter(PieceFilter())
    assert len(child_labels(model, publication)) == 4


def test_keys_and_containers(app, store, filled, publication):
    model = ArticleTreeModel(store)
    assert model.index_for_key(("pool", publication)).data(KeyRole) == ("pool", publication)
    assert model.node(model.index_for_key(("pool", publication))).container == POOL
    assert model.node(model.index_for_key(("trash", publication))).container == TRASH
