"""The notices bell: the unread count follows what others do on a team store, the list
opens a piece and marks its notice read, « Tout marquer comme lu »."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from ui.main_window import MainWindow
from ui.notices import NoticeRole
from workbench import catalog, notices, pieces
from workbench.assignments import assign

pytestmark = pytest.mark.usefixtures("app")

WITHIN = 2000  # ms: the issue's promise for a change to show elsewhere


@pytest.fixture
def newsroom(team_store, open_as, tmp_path, qtbot):
    """Claire's window (a writer) on a team store where the chief planned two pieces."""
    publication = catalog.create_publication(team_store, "En-Contact")
    issue = catalog.create_issue(team_store, publication, catalog.IssueFields(82, page_count=68))
    edito = pieces.create_piece(team_store, publication, "edito", "Édito", issue_id=issue)
    brief = pieces.create_piece(team_store, publication, "breve", "Brève", issue_id=issue)
    claire = open_as("claire", "redacteur", "Claire Martin")
    settings = QSettings(str(tmp_path / "claire.ini"), QSettings.Format.IniFormat)
    window = MainWindow(claire, settings)
    qtbot.addWidget(window)
    window.show()
    yield {"window": window, "chief": team_store, "edito": edito, "brief": brief}
    window.close()


def test_on_a_file_there_is_no_bell(window):
    assert not window.notices.available
    assert window.notices.button.isHidden()
    assert not window.act_notices.isVisible()


def test_the_bell_counts_what_others_did_for_you(newsroom, qtbot):
    window, chief = newsroom["window"], newsroom["chief"]
    bell = window.notices.button
    assert bell.isVisible() and window.notices.count == 0 and bell.text() == ""

    assign(chief, newsroom["edito"], "claire")
    qtbot.waitUntil(lambda: window.notices.count == 1, timeout=WITHIN)
    assert bell.text() == "1"
    assert bell.toolTip() == "1 unread notification"

    assign(chief, newsroom["brief"], "claire")
    qtbot.waitUntil(lambda: window.notices.count == 2, timeout=WITHIN)
    assert bell.text() == "2" and "2 unread" in bell.toolTip()


def test_the_list_opens_the_piece_and_marks_it_read(newsroom, qtbot):
    window, chief = newsroom["window"], newsroom["chief"]
    assign(chief, newsroom["edito"], "claire")
    assign(chief, newsroom["brief"], "claire")
    qtbot.waitUntil(lambda: window.notices.count == 2, timeout=WITHIN)

    window.notices.button.click()
    popup = window.notices.popup
    assert popup is not None and popup.isVisible()
    model = popup.view.model()
    assert model.rowCount() == 2
    newest = model.index(0, 0)
    assert newest.data(NoticeRole).piece_id == newsroom["brief"]
    assert "vous a attribué « Brève »" in newest.data()
    assert all(model.index(r, 0).data(Qt.ItemDataRole.FontRole).bold() for r in range(2))

    # A click opens the piece and marks the notice read.
    rect = popup.view.visualRect(newest)
    qtbot.mouseClick(popup.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not popup.isVisible()
    assert window.current_piece_id() == newsroom["brief"]
    assert window.workspace.count() == 1  # opened in the editor
    assert window.notices.count == 1 and window.notices.button.text() == "1"
    read = {n.piece_id: n.read for n in notices.list_notices(window.store)}
    assert read == {newsroom["brief"]: True, newsroom["edito"]: False}

    # Opened again: the read one is no longer bold; « Tout marquer comme lu ».
    window.act_notices.trigger()
    assert popup.isVisible()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert popup.mark_all.isEnabled()
    popup.mark_all.click()
    assert window.notices.count == 0 and window.notices.button.text() == ""
    assert notices.unread_count(window.store) == 0
    assert not popup.mark_all.isEnabled()
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    popup.hide()


def test_an_empty_list_says_so(newsroom):
    window = newsroom["window"]
    window.notices.show_list()
    popup = window.notices.popup
    assert popup.isVisible()
    assert popup.view.isHidden() and not popup.empty.isHidden()
    assert not popup.mark_all.isEnabled()
    popup.hide()
