"""The main window driven as a user would: actions, drag and drop, undo, persistence."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ui.main_window import MainWindow
from ui.tree.model import KeyRole
from workbench import catalog, pieces
from workbench.pieces import POOL, TRASH


@pytest.fixture
def window(app, store, settings, qtbot):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def titles(store, publication, container):
    return [p.title for p in pieces.list_pieces(store, publication, container)]


def test_empty_database_shows_the_welcome_page(window):
    assert window.central.currentWidget() is window.welcome
    assert not window.act_new_piece.isEnabled()


def test_create_publication_from_the_welcome_page(window, store, monkeypatch):
    def fake_exec(dialog):
        dialog.name.setText("Revue des centres d'appels")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.dialogs.PublicationDialog.exec", fake_exec)
    window.welcome.create_button.click()
    assert [p.name for p in catalog.list_publications(store)] == ["Revue des centres d'appels"]
    assert window.central.currentWidget() is window.overview
    assert window.act_new_piece.isEnabled()


def test_new_issue_and_piece_from_actions(window, store, publication, monkeypatch):
    window.refresh()
    window.select_key(("publication", publication))

    def issue_exec(dialog):
        dialog.theme.setText("Le BPO en Afrique")
        dialog.page_count.setValue(72)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.dialogs.IssueDialog.exec", issue_exec)
    window.act_new_issue.trigger()
    issue = catalog.list_issues(store, publication)[0]
    assert (issue.number, issue.theme, issue.page_count) == (1, "Le BPO en Afrique", 72)
    assert window.current_key() == ("issue", issue.id)

    def piece_exec(dialog):
        dialog.title.setText("Entretien avec une DRH")
        dialog.kind.setCurrentIndex(dialog.kind.findData("interview"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.dialogs.PieceDialog.exec", piece_exec)
    window.act_new_piece.trigger()
    assert titles(store, publication, issue.id) == ["Entretien avec une DRH"]
    assert window.current_key()[0] == "piece"
    editor = window.editor.editor_for(window.current_key()[1])
    assert editor is not None and editor.fields.title.text() == "Entretien avec une DRH"


def test_delete_undo_redo_restore(window, store, publication, issue82):
    pid = pieces.create_piece(store, publication, "edito", "Édito", issue_id=issue82)
    window.refresh()
    window.select_key(("piece", pid))
    window.act_delete.trigger()
    assert titles(store, publication, TRASH) == ["Édito"]
    window.undo_stack.undo()
    assert titles(store, publication, issue82) == ["Édito"]
    window.undo_stack.redo()
    assert titles(store, publication, TRASH) == ["Édito"]
    window.select_key(("piece", pid))
    assert window.act_restore.isEnabled()
    window.act_restore.trigger()
    assert titles(store, publication, issue82) == ["Édito"]


def test_drag_and_drop_moves_in_store_and_undo(window, store, publication, issue82):
    a = pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    b = pieces.create_piece(store, publication, "breve", "B")
    window.refresh()
    model = window.model
    data = model.mimeData([model.index_for_key(("piece", b))])
    target = model.index_for_key(("piece", a))
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert titles(store, publication, issue82) == ["B", "A"]
    assert titles(store, publication, POOL) == []
    window.undo_stack.undo()
    assert titles(store, publication, issue82) == ["A"]
    assert titles(store, publication, POOL) == ["B"]


def test_rename_in_place_through_the_editor(window, store, publication, issue82, qtbot):
    pid = pieces.create_piece(store, publication, "edito", "Ancien", issue_id=issue82)
    window.refresh()
    window.select_key(("piece", pid))
    index = window.tree.currentIndex()
    window.model.setData(index, "Nouveau")
    assert pieces.get_piece(store, pid).title == "Nouveau"
    assert window.tree.currentIndex().data() == "Nouveau"
    window.undo_stack.undo()
    assert pieces.get_piece(store, pid).title == "Ancien"


def test_deleting_an_issue_asks_and_keeps_pieces(window, store, publication, issue82, monkeypatch):
    pieces.create_piece(store, publication, "edito", "Gardé", issue_id=issue82)
    window.refresh()
    window.select_key(("issue", issue82))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.act_delete.trigger()
    assert catalog.list_issues(store, publication) == []
    assert titles(store, publication, POOL) == ["Gardé"]
    window.undo_stack.undo()
    assert [i.id for i in catalog.list_issues(store, publication)] == [issue82]
    assert titles(store, publication, issue82) == ["Gardé"]


def test_refused_operation_says_why_and_is_not_undoable(
    window, store, publication, issue82, monkeypatch
):
    from workbench.catalog import IssueFields

    catalog.create_issue(store, publication, IssueFields(83))
    window.refresh()
    window.select_key(("issue", issue82))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))

    def exec_renumber(dialog):
        dialog.number.setValue(83)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.dialogs.IssueDialog.accept", lambda self: QDialog.accept(self))
    monkeypatch.setattr("ui.dialogs.IssueDialog.exec", exec_renumber)
    window.act_issue_properties.trigger()
    assert warnings and "existe déjà" in warnings[0]
    assert window.undo_stack.count() == 0
    assert catalog.get_issue(store, issue82).number == 82


def test_layout_and_selection_survive_a_restart(app, store, publication, issue82, settings, qtbot):
    pid = pieces.create_piece(store, publication, "interview", "Gardez-moi", issue_id=issue82)
    first = MainWindow(store, settings)
    qtbot.addWidget(first)
    first.show()
    first.select_key(("piece", pid))
    first.resize(760, 540)
    size = first.size()
    first.close()
    second = MainWindow(store, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.current_key() == ("piece", pid)
    assert second.size() == size


def test_context_menu_of_a_piece_offers_moves(window, store, publication, issue82, monkeypatch):
    pid = pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    window.refresh()
    window.select_key(("piece", pid))
    menu = window.build_context_menu(window.tree.currentIndex())
    texts = [action.text() for action in menu.actions()]
    assert "Move to issue" in texts and window.act_delete.text() in texts
    assert window.tree.currentIndex().data(KeyRole) == ("piece", pid)
    trash_menu = window.build_context_menu(window.model.index_for_key(("trash", publication)))
    assert [a.text() for a in trash_menu.actions()] == [window.act_empty_trash.text()]


def test_filter_bar_filters_the_tree(window, store, publication, issue82, qtbot):
    pieces.create_piece(store, publication, "edito", "Le mot du rédacteur", issue_id=issue82)
    pieces.create_piece(store, publication, "breve", "Nouvelles brèves")
    window.refresh()
    window.tree_panel.filter_bar.text.setText("breves")
    qtbot.waitUntil(lambda: window.model.piece_filter.text == "breves", timeout=2000)
    publication_index = window.model.index(0, 0)
    labels = [
        window.model.index(r, 0, publication_index).data()
        for r in range(window.model.rowCount(publication_index))
    ]
    assert labels[0] == "Pool (au marbre)"


def test_sample_publication_from_the_welcome_page(window, store):
    window.welcome.sample_button.click()
    publications = catalog.list_publications(store)
    assert len(publications) == 1
    issues = catalog.list_issues(store, publications[0].id)
    assert len(issues) == 1
    kinds = {p.kind for p in pieces.list_pieces(store, publications[0].id, issues[0].id)}
    assert {"edito", "interview", "reportage"} <= kinds
    assert window.current_key() == ("issue", issues[0].id)
    window.act_sample.trigger()  # a second time: no duplicate, it goes to the sample
    assert len(catalog.list_publications(store)) == 1


def test_after_delete_the_next_piece_is_selected(window, store, publication, issue82):
    a = pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    b = pieces.create_piece(store, publication, "edito", "B", issue_id=issue82)
    window.refresh()
    window.select_key(("piece", a))
    window.act_delete.trigger()
    assert window.current_key() == ("piece", b)
    assert window.selected_piece_ids() == [b]
    assert window.act_delete.isEnabled()


def test_reordering_in_the_tree_moves_pages_too(window, store, publication, issue82):
    from workbench.flatplan.changes import place_piece

    a = pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    b = pieces.create_piece(store, publication, "reportage", "B", issue_id=issue82)
    place_piece(store, a, issue82, 3, 1)
    place_piece(store, b, issue82, 4, 2)
    window.refresh()
    model = window.model
    data = model.mimeData([model.index_for_key(("piece", b))])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_for_key(("piece", a)))
    assert titles(store, publication, issue82) == ["B", "A"]
    assert pieces.get_summary(store, b).first_page == 3
    assert pieces.get_summary(store, a).first_page == 5
    window.undo_stack.undo()
    assert pieces.get_summary(store, a).first_page == 3
    assert pieces.get_summary(store, b).first_page == 4


def test_overview_shows_the_selected_piece_once_idle(window, store, publication, issue82, qtbot):
    pid = pieces.create_piece(store, publication, "edito", "Le mot de la fin", issue_id=issue82)
    window.refresh()
    window.select_key(("piece", pid))
    qtbot.waitUntil(lambda: "Le mot de la fin" in window.overview.toPlainText(), timeout=2000)


def test_author_filter_offers_the_authors(window, store, publication, issue82):
    pieces.create_piece(
        store,
        publication,
        "edito",
        "Signé",
        issue_id=issue82,
        contributors=[("Léa Martin", "author")],
    )
    window.refresh()
    combo = window.tree_panel.filter_bar.author
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Léa Martin"]


def test_move_menu_does_not_offer_the_pieces_own_issue(window, store, publication, issue82):
    from workbench.catalog import IssueFields

    catalog.create_issue(store, publication, IssueFields(83, "BPO"))
    pid = pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    window.refresh()
    window.select_key(("piece", pid))
    menu = window.build_context_menu(window.tree.currentIndex())
    submenu = next(a.menu() for a in menu.actions() if a.text() == "Move to issue")
    assert [a.text() for a in submenu.actions()] == ["No. 83 — BPO"]


def test_undo_action_says_what_it_undoes(window, store, publication, issue82):
    pid = pieces.create_piece(store, publication, "edito", "A", issue_id=issue82)
    window.refresh()
    assert window.act_undo.text() == "&Undo" and not window.act_undo.isEnabled()
    window.select_key(("piece", pid))
    window.act_delete.trigger()
    assert window.act_undo.text() == "&Undo: Move to trash" and window.act_undo.isEnabled()
    assert window.act_undo.iconText() == "Undo"
    window.act_undo.trigger()
    assert window.act_redo.text() == "&Redo: Move to trash"
    assert titles(store, publication, issue82) == ["A"]


def test_issue_status_is_edited_in_the_properties(window, store, publication, issue82, monkeypatch):
    window.refresh()
    window.select_key(("issue", issue82))

    def exec_status(dialog):
        assert dialog.status.currentData() == "planned"
        dialog.status.setCurrentIndex(dialog.status.findData("closed"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.dialogs.IssueDialog.exec", exec_status)
    window.act_issue_properties.trigger()
    assert catalog.get_issue(store, issue82).status == "closed"
    window.undo_stack.undo()
    assert catalog.get_issue(store, issue82).status == "planned"


def test_a_filter_that_finds_nothing_says_so(window, store, publication, issue82):
    pieces.create_piece(store, publication, "edito", "Le mot du rédacteur", issue_id=issue82)
    window.refresh()
    bar = window.tree_panel.filter_bar
    bar.text.setText("introuvable")
    bar._emit()
    assert window.tree_panel.no_match.isVisible()
    bar.text.setText("rédacteur")
    bar._emit()
    assert not window.tree_panel.no_match.isVisible()


def test_new_issue_dialog_names_the_publication(window, store, publication, monkeypatch):
    window.refresh()
    window.select_key(("publication", publication))
    titles_seen = []

    def exec_(dialog):
        titles_seen.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr("ui.dialogs.IssueDialog.exec", exec_)
    window.act_new_issue.trigger()
    assert titles_seen == ["New issue — En-Contact"]


def test_coming_back_to_the_window_shows_what_others_wrote(window, store, publication, issue82):
    from PySide6.QtCore import Qt as QtNs

    pieces.create_piece(store, publication, "edito", "Déjà là", issue_id=issue82)
    window.refresh()
    index = window.model.index_for_key(("issue", issue82), load=False)
    window.model.fetchMore(index)  # the numéro is open in the tree
    other = type(store).open(store.path)  # another writer (a script, the command line)
    pieces.create_piece(other, publication, "breve", "Écrit ailleurs", issue_id=issue82)
    other.close()
    assert window.model.rowCount(index) == 1  # not seen yet
    window._application_state_changed(QtNs.ApplicationState.ApplicationActive)
    index = window.model.index_for_key(("issue", issue82), load=False)
    labels = [window.model.index(r, 0, index).data() for r in range(window.model.rowCount(index))]
    assert labels == ["Déjà là", "Écrit ailleurs"]
