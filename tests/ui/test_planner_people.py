"""People in the planner (issue 15): the board names who each piece is assigned to and
shows each person « My pieces »; the planning tab lists who is late and opens the piece."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem

from ui.main_window import MainWindow
from ui.planner.board_view import AssigneesRole
from ui.planner.planner_model import DAYS_LATE, DUE, ISSUE_NUMBER, PERSON, PIECE_TITLE
from workbench import assignments, catalog, pieces, team
from workbench.catalog import IssueFields

pytestmark = pytest.mark.usefixtures("app")

TODAY = date.today()


def open_window(store, settings, qtbot) -> MainWindow:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def board_titles(board) -> set[str]:
    return {
        column.model.index(row, 0).data()
        for column in board.columns.values()
        for row in range(column.model.rowCount())
    }


def card(board, title):
    for column in board.columns.values():
        for row in range(column.model.rowCount()):
            index = column.model.index(row, 0)
            if index.data() == title:
                return index
    raise AssertionError(title)


def test_my_pieces_on_the_board_shows_only_the_persons_pieces(team_store, open_as, settings, qtbot):
    publication = catalog.create_publication(team_store, "En-Contact")
    issue = catalog.create_issue(team_store, publication, IssueFields(82, page_count=16))

    def piece(title, status="redaction"):
        return pieces.create_piece(
            team_store, publication, "reportage", title, issue_id=issue, status=status
        )

    maroc, edito, breve = piece("Le BPO au Maroc"), piece("Édito", "idee"), piece("Brève")
    claire = open_as("claire", "redacteur", "Claire Martin")
    open_as("marc", "redacteur", "Marc Petit")
    assignments.assign(team_store, maroc, "claire")
    assignments.assign(team_store, edito, "claire", role="photographer")
    assignments.assign(team_store, edito, "marc")
    assignments.assign(team_store, breve, "marc")

    window = open_window(claire, settings, qtbot)
    board = window.planner.controller.open_board(issue)
    assert board_titles(board) == {"Le BPO au Maroc", "Édito", "Brève"}
    # Each card names its people (each once), from a few queries, not one per piece.
    assert card(board, "Le BPO au Maroc").data(AssigneesRole) == ["Claire Martin"]
    assert card(board, "Édito").data(AssigneesRole) == ["Claire Martin", "Marc Petit"]
    assert card(board, "Brève").data(AssigneesRole) == ["Marc Petit"]
    assert "Assigned to Claire Martin, Marc Petit" in card(board, "Édito").data(
        Qt.ItemDataRole.ToolTipRole
    )

    board.mine_box.click()
    assert board.mine_box.isChecked()
    assert board_titles(board) == {"Le BPO au Maroc", "Édito"}
    assert "my pieces: 2 of 3" in board.header.text()
    # The choice is kept: the next board opens on the person's pieces.
    assert window.settings.value("planner/boardMyPieces") in (True, "true")
    # A piece given to her meanwhile shows at the next refresh.
    assignments.assign(team_store, breve, "claire")
    qtbot.waitUntil(lambda: "Brève" in board_titles(board), timeout=3000)
    board.mine_box.click()
    assert board_titles(board) == {"Le BPO au Maroc", "Édito", "Brève"}
    window.close()


def test_the_card_names_people_on_a_sqlite_file_too(window, store, publication, issue82):
    team.add_member(store, "claire", "Claire Martin", "redacteur")
    a = pieces.create_piece(store, publication, "reportage", "Un", issue_id=issue82)
    b = pieces.create_piece(store, publication, "reportage", "Deux", issue_id=issue82)
    assignments.assign(store, a, "claire")
    window.settings.setValue("planner/boardMyPieces", True)  # left on a team store
    window.refresh()
    board = window.planner.controller.open_board(issue82)
    assert board.mine_box.isHidden()  # one person at the machine: no « My pieces »
    assert card(board, "Un").data(AssigneesRole) == ["Claire Martin"]
    assert card(board, "Deux").data(AssigneesRole) == []
    # A card with people is one line taller than one without.
    delegate = board.columns["idee"].view.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = board.font()
    tall = delegate.sizeHint(option, card(board, "Un")).height()
    assert tall > delegate.sizeHint(option, card(board, "Deux")).height()
    assert b


def test_the_planning_lists_who_is_late_and_opens_the_piece(window, store, publication, qtbot):
    issue = catalog.create_issue(store, publication, IssueFields(82, page_count=16))
    other_pub = catalog.create_publication(store, "Autre revue")
    team.add_member(store, "claire", "Claire Martin", "redacteur")
    team.add_member(store, "marc", "Marc Petit", "redacteur")

    def piece(title, status="redaction", pub=publication, issue_id=issue):
        return pieces.create_piece(store, pub, "reportage", title, issue_id=issue_id, status=status)

    late_one = piece("Le BPO au Maroc")
    handed_in = piece("Édito", status="remis")
    not_due = piece("Brève")
    elsewhere = piece("Ailleurs", pub=other_pub, issue_id=None)
    assignments.assign(store, late_one, "claire", due=TODAY - timedelta(days=3))
    assignments.assign(store, handed_in, "marc", due=TODAY - timedelta(days=5))
    assignments.assign(store, not_due, "marc", due=TODAY + timedelta(days=2))
    assignments.assign(store, elsewhere, "marc", due=TODAY - timedelta(days=1))
    window.refresh()
    window.select_key(("issue", issue))
    view = window.planner.controller.open_planner()
    model = view.late_model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(5)]
    assert row[PERSON] == "Claire Martin"
    assert row[PIECE_TITLE] == "Le BPO au Maroc"
    assert row[DUE] == f"{TODAY - timedelta(days=3):%d/%m/%Y}"
    assert row[DAYS_LATE] == "3"
    assert row[ISSUE_NUMBER] == "82"
    assert view.late_table.isVisibleTo(view) and not view.late_empty.isVisibleTo(view)
    assert "Who is late" in view.late_heading.text()
    assert "1 late" in view.late_heading.text()

    # Double-click opens the piece as the planner opens pieces.
    index = view.late_proxy.index(0, PIECE_TITLE)
    rect = view.late_table.visualRect(index)
    viewport, left = view.late_table.viewport(), Qt.MouseButton.LeftButton
    with qtbot.waitSignal(window.pieceActivated, timeout=2000) as opened:
        QTest.mouseClick(viewport, left, Qt.KeyboardModifier.NoModifier, rect.center())
        QTest.mouseDClick(viewport, left, Qt.KeyboardModifier.NoModifier, rect.center())
    assert opened.args == [late_one]
    assert window.current_key() == ("piece", late_one)

    # Handed in: she is no longer late.
    pieces.update_piece(store, late_one, status="remis")
    window.refresh()
    window.planner.controller.open_planner()
    assert view.late_model.rowCount() == 0
    assert view.late_empty.isVisibleTo(view) and not view.late_table.isVisibleTo(view)
