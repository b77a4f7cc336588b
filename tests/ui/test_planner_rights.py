"""The planner under the newsroom's roles (issue 15): on a team store a writer's chemin de
fer moves nothing (greyed actions say why, a pulled block does not leave, the store is
unchanged), a maquettiste may set « maquette » and nothing else, and a role changed by the
editor-in-chief shows in the window at once. A SQLite file's person plans everything."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from ui.labels import status_label
from ui.main_window import MainWindow
from ui.planner.flatplan_scene import ENTRY_MIME
from ui.tree.model import PIECES_MIME
from workbench import assignments, catalog, pieces
from workbench.catalog import IssueFields
from workbench.flatplan import changes
from workbench.rights import Right, Role, refusal
from workbench.team import change_member

pytestmark = pytest.mark.usefixtures("app")

PLAN_REFUSED = refusal(Role.WRITER, Right.PLAN)


@pytest.fixture
def newsroom(team_store):
    """A numéro with Claire's piece on pages 2–3, Marc's on 4 and one without pages."""
    store = team_store
    publication = catalog.create_publication(store, "En-Contact")
    issue = catalog.create_issue(store, publication, IssueFields(82, page_count=16))

    def piece(title, **fields):
        return pieces.create_piece(
            store, publication, "reportage", title, issue_id=issue, status="redaction", **fields
        )

    mine, theirs, loose = piece("Le BPO au Maroc"), piece("Édito"), piece("Brève")
    changes.place_piece(store, mine, issue, 2, 2)
    changes.place_piece(store, theirs, issue, 4, 1)
    return {"issue": issue, "mine": mine, "theirs": theirs, "loose": loose}


def open_window(store, settings, qtbot) -> MainWindow:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def placed(store, issue, piece_id):
    entry = changes.load_flatplan(store, issue, with_text=False).piece(piece_id)
    return entry.first_page, entry.page_count


def status(store, piece_id) -> str:
    return pieces.get_summary(store, piece_id).status


def status_entries(panel, piece_id) -> dict[str, object]:
    """The panel's « Status » menu for one selected piece: label → action."""
    panel.scene.set_selected(("piece", piece_id))
    panel._fill_status_menu()
    return {a.text(): a for a in panel.status_menu.actions()}


@pytest.fixture
def claire(newsroom, team_store, open_as, settings, qtbot):
    """Claire, a writer, with her piece assigned, in front of the chemin de fer."""
    store = open_as("claire", "redacteur", "Claire Martin")
    assignments.assign(team_store, newsroom["mine"], "claire")
    window = open_window(store, settings, qtbot)
    panel = window.planner.controller.open_flatplan(newsroom["issue"])
    yield window, panel
    window.close()


def test_a_writer_sees_the_planning_actions_greyed_with_the_reason(claire, newsroom):
    window, panel = claire
    panel.scene.set_selected(("piece", newsroom["mine"]))
    for action in (
        panel.act_grow,
        panel.act_shrink,
        panel.act_swap_prev,
        panel.act_swap_next,
        panel.act_unplace,
        panel.act_to_pool,
        panel.act_due,
        panel.act_add_slot,
    ):
        assert not action.isEnabled(), action.text()
        assert action.toolTip() == PLAN_REFUSED
    assert panel.act_open.isEnabled()  # reading stays
    assert not panel.act_export.isEnabled()  # a writer does not export
    assert panel.act_export.toolTip() == refusal(Role.WRITER, Right.EXPORT)
    # The window's planning actions too: duplicating the numéro's structure.
    window.select_key(("issue", newsroom["issue"]))
    assert not window.planner.act_duplicate.isEnabled()
    assert window.planner.act_duplicate.toolTip() == PLAN_REFUSED
    # A context menu on a free page: « Add a slot » greyed, saying why.
    menu = panel.build_menu(None, 9)
    add = menu.actions()[0]
    assert not add.isEnabled() and add.toolTip() == PLAN_REFUSED


def test_a_writers_block_does_not_move(claire, newsroom, team_store, qtbot):
    window, panel = claire
    issue, mine = newsroom["issue"], newsroom["mine"]
    before = changes.load_flatplan(team_store, issue, with_text=False)
    block = panel.scene.blocks_of(("piece", mine))[0]
    assert block.cursor().shape() == Qt.CursorShape.ArrowCursor  # nothing to grab

    # Pulling the block with the mouse starts no drag: the status bar says why.
    view = panel.view
    start = view.mapFromScene(block.rect.center())
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    QTest.mouseMove(view.viewport(), start + QPoint(120, 40))
    QTest.mouseMove(view.viewport(), start + QPoint(240, 80))
    QTest.mouseRelease(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        start + QPoint(240, 80),
    )
    assert window.statusBar().currentMessage() == PLAN_REFUSED

    # A block's drop arriving anyway (from another window) is refused, with the reason.
    data = QMimeData()
    data.setData(
        ENTRY_MIME, json.dumps({"issue_id": issue, "ref": ["piece", mine], "grab": 0}).encode()
    )
    data.setData(PIECES_MIME, json.dumps({"piece_ids": [mine]}).encode())
    pos = view.mapFromScene(panel.scene.page_rect(10).center())
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos, actions, data, buttons, mods))
    move = QDragMoveEvent(pos, actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    assert not move.isAccepted()
    assert panel.hover.text() == PLAN_REFUSED
    drop = QDropEvent(QPointF(pos), actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)
    assert not drop.isAccepted()
    qtbot.wait(20)

    # The keys do nothing but say why; a call from code is refused before the store.
    panel.scene.set_selected(("piece", mine))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.statusBar().currentMessage() == PLAN_REFUSED
    assert not panel.controller.move_entry(issue, ("piece", mine), 10)
    assert not panel.controller.swap(issue, ("piece", mine), ("piece", newsroom["theirs"]))
    assert not panel.controller.set_due_date([mine], None)

    after = changes.load_flatplan(team_store, issue, with_text=False)
    assert after.entries == before.entries
    assert placed(team_store, issue, mine) == (2, 2)
    assert window.undo_stack.count() == 0


def test_the_tree_gives_a_writer_no_planning(claire, newsroom, team_store):
    window, _panel = claire
    loose, issue = newsroom["loose"], newsroom["issue"]
    # The tree's context menu: « Due date… » greyed, statuses beyond « remis » too.
    window.select_key(("piece", newsroom["mine"]))
    menu = window.build_context_menu(window.tree.currentIndex())
    due = next(a for a in menu.actions() if a.text().startswith("Due date"))
    assert not due.isEnabled() and due.toolTip() == PLAN_REFUSED
    status_menu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Status")
    enabled = {a.text() for a in status_menu.actions() if a.isEnabled()}
    assert enabled == {status_label(s) for s in ("idee", "commande", "redaction", "remis")}

    # A piece dragged in the tree to another place of the numéro: nothing moves.
    def positions():
        return sorted(
            (e.position, e.piece_id) for e in changes.load_flatplan(team_store, issue).pieces
        )

    before = positions()
    assert window.planner.tree_move([loose], issue, newsroom["mine"])
    assert window.statusBar().currentMessage() == PLAN_REFUSED
    assert positions() == before
    assert placed(team_store, issue, loose) == (None, 1)


def test_a_writer_sets_the_status_of_their_own_pieces_up_to_submitted(claire, newsroom, team_store):
    window, panel = claire
    entries = status_entries(panel, newsroom["mine"])
    allowed = {label for label, action in entries.items() if action.isEnabled()}
    assert allowed == {status_label(s) for s in ("idee", "commande", "redaction", "remis")}
    for code in ("relecture", "valide", "maquette"):
        action = entries[status_label(code)]
        assert action.toolTip() == refusal(
            Role.WRITER, Right.SET_STATUS, assigned=True, status=code
        )
    assert panel.status_button.isEnabled()
    # Someone else's piece: no status to give, the button says why.
    panel.scene.set_selected(("piece", newsroom["theirs"]))
    assert not panel.status_button.isEnabled()
    assert "pas attribué" in panel.status_button.toolTip()
    # Her piece handed in from the chemin de fer's menu.
    status_entries(panel, newsroom["mine"])[status_label("remis")].trigger()
    assert status(team_store, newsroom["mine"]) == "remis"


def test_a_maquettiste_sets_en_maquette_and_nothing_else(
    newsroom, team_store, open_as, settings, qtbot
):
    store = open_as("marc", "maquettiste", "Marc Petit")
    window = open_window(store, settings, qtbot)
    panel = window.planner.controller.open_flatplan(newsroom["issue"])
    theirs = newsroom["theirs"]
    entries = status_entries(panel, theirs)
    enabled = [a for a in entries.values() if a.isEnabled()]
    maquette = entries[status_label("maquette")]
    assert enabled == [maquette]
    for action in entries.values():
        if action is not maquette:
            assert action.toolTip() == refusal(Role.LAYOUT, Right.SET_STATUS, status="valide")
    # The chemin de fer itself is not theirs to change; exporting is.
    assert not panel.act_grow.isEnabled() and panel.act_export.isEnabled()
    # Another status asked for from code: refused before the store, nothing written.
    assert not window.planner.controller.set_status([theirs], "valide")
    assert status(team_store, theirs) == "redaction"
    maquette.trigger()
    assert status(team_store, theirs) == "maquette"

    # On the board: a card goes to « maquette » only.
    board = window.planner.controller.open_board(newsroom["issue"])
    data = QMimeData()
    data.setData(PIECES_MIME, json.dumps({"piece_ids": [newsroom["mine"]]}).encode())
    assert not board.columns["valide"].model.canDropMimeData(
        data, Qt.DropAction.MoveAction, -1, 0, board.columns["valide"].model.index(-1, -1)
    )
    assert window.statusBar().currentMessage()
    column = board.columns["maquette"].model
    assert column.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, column.index(-1, -1))
    column.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, column.index(-1, -1))
    assert status(team_store, newsroom["mine"]) == "maquette"
    window.close()


def test_a_reader_drags_no_card_on_the_board(newsroom, open_as, settings, qtbot):
    store = open_as("lea", "lecteur")
    window = open_window(store, settings, qtbot)
    board = window.planner.controller.open_board(newsroom["issue"])
    model = board.columns["redaction"].model
    assert model.rowCount() == 3
    for row in range(3):
        flags = model.flags(model.index(row, 0))
        assert not flags & Qt.ItemFlag.ItemIsDragEnabled
        assert flags & Qt.ItemFlag.ItemIsSelectable
    window.close()


def test_a_role_changed_by_the_chief_shows_at_the_next_refresh(claire, newsroom, team_store, qtbot):
    window, panel = claire
    panel.scene.set_selected(("piece", newsroom["mine"]))
    assert not panel.act_grow.isEnabled()
    change_member(team_store, "claire", role="redaction-en-chef")  # announced to her window
    qtbot.waitUntil(lambda: panel.act_grow.isEnabled(), timeout=3000)
    assert panel.act_grow.toolTip().startswith("One page more")
    block = panel.scene.blocks_of(("piece", newsroom["mine"]))[0]
    assert block.cursor().shape() == Qt.CursorShape.OpenHandCursor
    assert panel.controller.resize(newsroom["issue"], ("piece", newsroom["theirs"]), 1)
    assert placed(team_store, newsroom["issue"], newsroom["theirs"]) == (4, 2)


def test_the_person_of_a_sqlite_file_plans_everything(window, store, publication, issue82):
    a = pieces.create_piece(store, publication, "reportage", "Un", issue_id=issue82)
    changes.place_piece(store, a, issue82, 2, 1)
    window.refresh()
    panel = window.planner.controller.open_flatplan(issue82)
    panel.scene.set_selected(("piece", a))
    assert all(
        action.isEnabled()
        for action in (panel.act_grow, panel.act_due, panel.act_add_slot, panel.act_export)
    )
    assert not panel.act_grow.statusTip()
    menu = QMenu()
    window.planner.controller.fill_status_menu(menu, [a], "idee")
    assert all(action.isEnabled() for action in menu.actions())
