"""The planner driven as a user would: drops on the chemin de fer, keys, the board, the PDF."""

import time
from datetime import date, timedelta

import pytest
from planner_data import big_issue
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui.main_window import MainWindow
from ui.planner.list_models import WarningRole
from ui.planner.planner_model import NUMBER, PAGES, WARNINGS, IssueIdRole, RowRole
from ui.tree.model import ArticleTreeModel
from workbench import catalog, pieces
from workbench.catalog import IssueFields
from workbench.flatplan import changes
from workbench.pieces import POOL


@pytest.fixture
def window(app, store, settings, qtbot):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def piece(store, publication, title, issue_id=None, **fields):
    return pieces.create_piece(store, publication, "reportage", title, issue_id=issue_id, **fields)


def summary(store, piece_id):
    return pieces.get_summary(store, piece_id)


def tree_mime(piece_ids) -> QMimeData:
    model = ArticleTreeModel.__new__(ArticleTreeModel)  # only the static helpers are used
    data = QMimeData()
    import json

    data.setData("application/x-workbench-pieces", json.dumps({"piece_ids": piece_ids}).encode())
    assert model.piece_ids_from_mime(data) == piece_ids
    return data


def drop_on_page(qtbot, panel, data: QMimeData, page: int) -> None:
    """Drag ``data`` over page ``page`` of the chemin de fer and drop it there."""
    view = panel.view
    rect = panel.scene.page_rect(page)
    view.ensureVisible(rect)
    pos = view.mapFromScene(rect.center())
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    drop = QDropEvent(QPointF(pos), actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)
    qtbot.wait(20)  # the drop is handled once the drag is over


@pytest.fixture
def panel(window, store, publication, issue82, qtbot):
    window.refresh()
    window.select_key(("issue", issue82))
    return window.planner.controller.open_flatplan(issue82)


def test_install_shows_the_planning_menu(window):
    assert window.menu_planning.menuAction().isVisible()
    texts = [a.text() for a in window.menu_planning.actions()]
    assert any("Planning" in t for t in texts)


def test_drop_a_tree_piece_on_a_page(window, store, publication, issue82, panel, qtbot):
    pid = piece(store, publication, "Le BPO au Maroc", page_count=2)  # au marbre
    window.refresh()
    drop_on_page(qtbot, panel, tree_mime([pid]), 12)
    s = summary(store, pid)
    assert (s.issue_id, s.first_page, s.page_count) == (issue82, 12, 2)
    assert [b.entry.piece_id for b in panel.scene.blocks if b.entry.is_piece] == [pid]
    assert panel.scene.selected_ref == ("piece", pid)
    window.undo_stack.undo()
    s = summary(store, pid)
    assert (s.issue_id, s.first_page) == (None, None)
    assert not panel.scene.blocks
    window.undo_stack.redo()
    s = summary(store, pid)
    assert (s.issue_id, s.first_page, s.page_count) == (issue82, 12, 2)


def test_drop_on_taken_pages_offers_a_swap(
    window, store, publication, issue82, panel, qtbot, monkeypatch
):
    placed = piece(store, publication, "Édito", issue82, page_count=2)
    changes.place_piece(store, placed, issue82, 4)
    newcomer = piece(store, publication, "Interview", issue82, page_count=1)
    window.refresh()
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    drop_on_page(qtbot, panel, tree_mime([newcomer]), 5)
    assert asked and "« Édito »" in asked[0]
    assert summary(store, newcomer).first_page == 4
    assert summary(store, newcomer).page_count == 2  # it takes the place it was given
    assert summary(store, placed).first_page is None  # still in the numéro, without pages
    assert summary(store, placed).issue_id == issue82
    window.undo_stack.undo()
    assert summary(store, placed).first_page == 4
    assert summary(store, newcomer).first_page is None


def test_moving_a_block_onto_another_swaps_them(
    window, store, publication, issue82, panel, qtbot, monkeypatch
):
    from ui.planner.flatplan_scene import entry_mime

    a = piece(store, publication, "A", issue82, page_count=2)
    b = piece(store, publication, "B", issue82, page_count=2)
    changes.place_piece(store, a, issue82, 4)
    changes.place_piece(store, b, issue82, 10)
    window.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    entry = panel.plan.piece(a)
    drop_on_page(qtbot, panel, entry_mime(issue82, entry, 0), 10)
    assert (summary(store, a).first_page, summary(store, b).first_page) == (10, 4)
    # a free place: a plain move
    drop_on_page(qtbot, panel, entry_mime(issue82, panel.plan.piece(a), 1), 21)
    assert summary(store, a).first_page == 20
    # the tree follows the pages
    assert [p.id for p in pieces.list_pieces(store, publication, issue82)] == [b, a]


def test_a_refused_drop_changes_nothing(
    window, store, publication, issue82, panel, qtbot, monkeypatch
):
    pid = piece(store, publication, "Trop long", page_count=4)
    window.refresh()
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text)
    )
    drop_on_page(qtbot, panel, tree_mime([pid]), 67)  # 67–70 is beyond 68 pages
    assert warnings and "68 pages" in warnings[0]
    s = summary(store, pid)
    assert (s.issue_id, s.first_page) == (None, None)
    assert window.undo_stack.count() == 0


def test_keys_resize_unplace_and_send_to_the_pool_with_undo(
    window, store, publication, issue82, panel, qtbot
):
    pid = piece(store, publication, "Reportage", issue82, page_count=2)
    changes.place_piece(store, pid, issue82, 6)
    window.refresh()
    panel.scene.set_selected(("piece", pid))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    assert summary(store, pid).page_count == 3
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus)
    assert summary(store, pid).page_count == 1
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert summary(store, pid).page_count == 3

    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    s = summary(store, pid)
    assert (s.issue_id, s.first_page) == (issue82, None)
    assert panel.unplaced.piece_ids() == [pid]
    window.undo_stack.undo()
    assert summary(store, pid).first_page == 6

    window.select_key(("issue", issue82))
    panel.scene.set_selected(None)  # Delete with nothing selected does nothing at all,
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)  # not even trash the tree's selection
    assert not catalog.get_issue(store, issue82).deleted
    assert summary(store, pid).first_page == 6

    panel.scene.set_selected(("piece", pid))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    s = summary(store, pid)
    assert (s.issue_id, s.first_page, s.deleted) == (None, None, False)  # au marbre, not deleted
    assert pid in panel.pool.piece_ids()
    window.undo_stack.undo()
    s = summary(store, pid)
    assert (s.issue_id, s.first_page, s.page_count) == (issue82, 6, 3)


def test_slots_from_the_context_menu(window, store, publication, issue82, panel, monkeypatch):
    def accept(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("ad"))
        dialog.label.setText("Publicité Genesys")
        dialog.page_count.setValue(2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.planner.dialogs.SlotDialog.exec", accept)
    menu = panel.build_menu(None, 30)
    menu.actions()[0].trigger()
    plan = changes.load_flatplan(store, issue82)
    assert [(s.kind, s.title, s.first_page, s.page_count) for s in plan.slots] == [
        ("ad", "Publicité Genesys", 30, 2)
    ]
    slot_ref = plan.slots[0].ref
    panel.scene.set_selected(slot_ref)
    panel.act_remove_slot.trigger()
    assert not changes.load_flatplan(store, issue82).slots
    window.undo_stack.undo()
    assert len(changes.load_flatplan(store, issue82).slots) == 1


def test_status_from_the_tree_context_menu(window, store, publication, issue82):
    pid = piece(store, publication, "Chronique", issue82)
    window.refresh()
    window.select_key(("piece", pid))
    menu = window.build_context_menu(window.tree.currentIndex())
    status_menu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Status")
    approved = next(a for a in status_menu.actions() if a.text() == "Approved")
    approved.trigger()
    assert summary(store, pid).status == "valide"
    window.undo_stack.undo()
    assert summary(store, pid).status == "idee"


def test_issue_context_menu_has_the_planner_entries(window, store, publication, issue82):
    window.refresh()
    window.select_key(("issue", issue82))
    menu = window.build_context_menu(window.tree.currentIndex())
    texts = [a.text().replace("&", "") for a in menu.actions()]
    for wanted in ("Flatplan of the issue", "Board by status", "Export the issue…"):
        assert wanted in texts


def test_tree_order_moves_the_pages(window, store, publication, issue82):
    a = piece(store, publication, "A", issue82, page_count=2)
    b = piece(store, publication, "B", issue82, page_count=1)
    changes.place_piece(store, a, issue82, 4)
    changes.place_piece(store, b, issue82, 6)
    window.refresh()
    window.model.moveRequested.emit([b], issue82, a)  # drop B before A in the tree
    assert (summary(store, b).first_page, summary(store, a).first_page) == (4, 5)
    window.undo_stack.undo()
    assert (summary(store, a).first_page, summary(store, b).first_page) == (4, 6)
    window.model.moveRequested.emit([b], POOL, None)  # to the pool: the usual command
    assert summary(store, b).issue_id is None


def test_board_drop_sets_the_status(window, store, publication, issue82, qtbot):
    pid = piece(store, publication, "Interview", issue82, due_date=date.today() - timedelta(days=3))
    window.refresh()
    board = window.planner.controller.open_board(issue82)
    source = board.columns["idee"].model
    assert source.rowCount() == 1
    assert source.index(0).data(Qt.ItemDataRole.UserRole + 2) is True  # late
    assert "1 late" in board.columns["idee"].title.text()
    data = source.mimeData([source.index(0)])
    target = board.columns["relecture"].model
    assert target.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert summary(store, pid).status == "relecture"
    assert target.rowCount() == 1 and source.rowCount() == 0  # re-read from the store
    window.undo_stack.undo()
    assert summary(store, pid).status == "idee"
    assert board.columns["idee"].model.rowCount() == 1


def test_planner_rows_and_warnings(window, store, publication, issue82):
    late_issue = catalog.create_issue(
        store, publication, IssueFields(83, "Le BPO", 70, date(2020, 1, 1), None)
    )
    piece(store, publication, "Pas prêt", late_issue)
    ready = piece(store, publication, "Prêt", issue82, status="valide", page_count=2)
    changes.place_piece(store, ready, issue82, 4)
    window.refresh()
    window.select_key(("publication", publication))
    view = window.planner.controller.open_planner()
    model = view.model
    assert [model.index(r, NUMBER).data() for r in range(model.rowCount())] == ["83", "82"]
    late = model.index(0, 0).data(RowRole)
    assert late.late and late.closing_missed and late.issue_id == late_issue
    assert "closing date passed" in model.index(0, WARNINGS).data()
    assert "multiple de 4" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.index(0, NUMBER).data(Qt.ItemDataRole.DecorationRole).isNull()
    row82 = model.index(1, 0).data(RowRole)
    assert (row82.planned, row82.ready, row82.placed_pages) == (1, 1, 2)
    assert model.index(1, PAGES).data() == "2 / 68"
    late_panel = window.planner.controller.open_flatplan(late_issue)
    assert not late_panel.signature.isHidden()
    assert "70 pages n'est pas un multiple de 4" in late_panel.signature.text()
    window.planner.controller.open_planner()
    # double-click opens the chemin de fer
    index = view.proxy.index(1, 0)
    view.table.doubleClicked.emit(index)
    assert window.workspace.find(("flatplan", index.data(IssueIdRole))) is not None


def test_duplicate_structure_is_undoable(window, store, publication, issue82, monkeypatch):
    changes.add_slot(store, issue82, "cover", 1)
    window.refresh()

    def accept(dialog):
        dialog.theme.setText("Le prochain")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.planner.dialogs.DuplicateDialog.exec", accept)
    new_id = window.planner.controller.duplicate_structure(issue82)
    info = catalog.get_issue(store, new_id)
    assert (info.number, info.theme, info.page_count) == (83, "Le prochain", 68)
    assert [s.kind for s in changes.load_flatplan(store, new_id).slots] == ["cover"]
    window.undo_stack.undo()
    assert catalog.get_issue(store, new_id).deleted


def test_pdf_is_saved(window, store, publication, issue82, panel, tmp_path, monkeypatch):
    pid = piece(store, publication, "Édito", issue82)
    changes.place_piece(store, pid, issue82, 4)
    target = tmp_path / "chemin"
    monkeypatch.setattr(
        "ui.file_dialogs.SafeFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    panel.act_pdf.trigger()
    pdf = tmp_path / "chemin.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def test_contents_dialog(window, store, publication, issue82, tmp_path, monkeypatch):
    from ui.planner.contents_dialog import ContentsDialog

    a = piece(store, publication, "Édito", issue82, contributors=[("Manuel Jacquinet", "author")])
    changes.place_piece(store, a, issue82, 3)
    dialog = ContentsDialog(changes.load_flatplan(store, issue82))
    model = dialog.model
    assert [model.index(0, c).data() for c in range(4)] == [
        "3",
        "Reportage",
        "Édito",
        "Manuel Jacquinet",
    ]
    dialog.copy()
    assert "3\tReportage\tÉdito\tManuel Jacquinet" in QApplication.clipboard().text()
    saved = dialog.save(str(tmp_path / "sommaire.txt"))
    assert "Édito" in saved.read_text(encoding="utf-8")


def test_a_realistic_issue_builds_fast_enough(window, store, publication, qtbot, capsys):
    issue_id = big_issue(store, publication)
    window.refresh()
    started = time.perf_counter()
    panel = window.planner.controller.open_flatplan(issue_id)
    opened = time.perf_counter() - started
    started = time.perf_counter()
    panel.scene.rebuild()
    rebuild = time.perf_counter() - started
    pieces_drawn = {b.entry.piece_id for b in panel.scene.blocks if b.entry.is_piece}
    assert len(pieces_drawn) == 80
    assert len(panel.scene.pages) == 132
    with capsys.disabled():
        print(
            f"\n132 pages / 80 pieces: tab opened in {opened * 1000:.0f} ms "
            f"(load + scene {panel.build_seconds * 1000:.0f} ms), scene rebuilt in "
            f"{rebuild * 1000:.0f} ms, {len(panel.scene.blocks)} blocks"
        )
    warnings = [panel.warnings.index(r).data(WarningRole) for r in range(panel.warnings.rowCount())]
    assert any(w.code == "late_piece" for w in warnings)


def test_print_paints_the_sheets(window, store, publication, issue82, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    pid = piece(store, publication, "Édito", issue82)
    changes.place_piece(store, pid, issue82, 4)
    output = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.planner.controller.print_flatplan(issue82)
    assert output.read_bytes().startswith(b"%PDF")


def test_tabs_close_when_the_issue_goes_to_the_trash(window, store, publication, issue82, panel):
    board = window.planner.controller.open_board(issue82)
    assert window.workspace.find(("board", issue82)) is board
    catalog.trash_issue(store, issue82)
    window.refresh()
    assert window.workspace.find(("flatplan", issue82)) is None
    assert window.workspace.find(("board", issue82)) is None


def test_status_and_zoom_from_the_flatplan(window, store, publication, issue82, panel, qtbot):
    pid = piece(store, publication, "Brève", issue82)
    changes.place_piece(store, pid, issue82, 9)
    window.refresh()
    panel.scene.set_selected(("piece", pid))
    assert panel.status_button.isEnabled()
    panel.status_menu.aboutToShow.emit()
    laid_out = next(a for a in panel.status_menu.actions() if a.text() == "Laid out")
    laid_out.trigger()
    assert summary(store, pid).status == "maquette"
    block = panel.scene.blocks_of(("piece", pid))[0]
    assert block.fill == "#7fcf8a"  # the shared colour of « maquetté »
    panel.view.setFocus()
    default = panel.view.zoom_factor()
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert panel.view.zoom_factor() > default
    assert summary(store, pid).page_count == 1  # Ctrl++ zooms, it does not add a page
    qtbot.keyClick(panel.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert panel.view.zoom_factor() == pytest.approx(default)


def test_status_of_several_pieces_undoes_to_each_ones_own(window, store, publication, issue82):
    a = piece(store, publication, "A", issue82)
    b = piece(store, publication, "B", issue82, status="relecture")
    window.refresh()
    assert window.planner.controller.set_status([a, b], "maquette")
    assert (summary(store, a).status, summary(store, b).status) == ("maquette", "maquette")
    window.undo_stack.undo()
    assert (summary(store, a).status, summary(store, b).status) == ("idee", "relecture")
