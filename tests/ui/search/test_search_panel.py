"""The search dock: typing finds pieces (accents ignored), filters narrow, results open."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from ui.main_window import MainWindow
from ui.search.delegate import SearchHitDelegate, snippet_html
from ui.search.model import HitRole
from workbench import pieces
from workbench.catalog import IssueFields, create_issue
from workbench.search import MARK_END, MARK_START


@pytest.fixture
def archive(store, publication, issue82):
    issue90 = create_issue(store, publication, IssueFields(90, "Le BPO"))
    ids = {
        "edito": pieces.create_piece(
            store,
            publication,
            "edito",
            "À vous de jouer !",
            issue_id=issue82,
            body="L'expérience client se joue au téléphone comme en boutique.",
            status="valide",
            published_at=datetime(2014, 10, 26),
            contributors=[("Manuel Jacquinet", "author")],
        ),
        "interview": pieces.create_piece(
            store,
            publication,
            "interview",
            "De retour de Singapour",
            issue_id=issue90,
            body="**Que pensez-vous de l'expérience client ?**\n\nElle progresse.",
            status="relecture",
            published_at=datetime(2024, 5, 3),
            contributors=[("Charles-Emmanuel Berc", "interviewee")],
        ),
        "breve": pieces.create_piece(
            store, publication, "breve", "Une brève sans rapport", body="Les salons de Davos."
        ),
    }
    return ids


@pytest.fixture
def window(app, store, settings, qtbot, archive):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def titles(panel) -> list[str]:
    return [hit.title for hit in panel.model.hits()]


def search_for(panel, text, qtbot):
    panel.query.setText(text)
    qtbot.waitUntil(lambda: not panel._debounce.isActive(), timeout=5_000)


def test_shortcut_shows_and_focuses_the_dock(window, qtbot):
    assert window.search.dock.isHidden()
    assert window.search.act_search.shortcut().toString() == "Ctrl+Shift+F"
    assert window.search.act_search in window.menu_view.actions()
    window.search.act_search.trigger()
    assert window.search.dock.isVisible()
    # Beside the article tree, as a tab: the text being edited keeps its width.
    assert window.dockWidgetArea(window.search.dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.search.dock in window.tabifiedDockWidgets(window.dock)
    qtbot.waitUntil(lambda: window.search.panel.query.hasFocus(), timeout=5_000)


def test_typing_without_accents_finds_accented_text(window, qtbot):
    window.search.act_search.trigger()
    panel = window.search.panel
    search_for(panel, "experience", qtbot)
    assert set(titles(panel)) == {"À vous de jouer !", "De retour de Singapour"}
    assert panel.count_label.text().startswith("2 results in ")
    hit = panel.model.index(0).data(HitRole)
    text = snippet_html(hit.snippet)
    assert "<b>expérience</b>" in text
    assert panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole).count("expérience") == 1


def test_enter_searches_at_once(window, qtbot):
    panel = window.search.panel
    panel.query.setText("davos")
    assert panel._debounce.isActive()
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert titles(panel) == ["Une brève sans rapport"]
    assert not panel._debounce.isActive()


def test_filters_narrow_the_results(window, qtbot):
    panel = window.search.panel
    search_for(panel, "expérience", qtbot)
    assert len(titles(panel)) == 2
    panel.issue.setValue(82)
    panel.run_search()
    assert titles(panel) == ["À vous de jouer !"]
    panel.issue.setValue(0)
    panel.kind.setCurrentIndex(panel.kind.findData("interview"))
    assert titles(panel) == ["De retour de Singapour"]
    panel.kind.setCurrentIndex(0)
    panel.status.setCurrentIndex(panel.status.findData("valide"))
    assert titles(panel) == ["À vous de jouer !"]
    panel.status.setCurrentIndex(0)
    panel.author.setText("jacquin")
    panel.run_search()
    assert titles(panel) == ["À vous de jouer !"]
    panel.author.clear()
    panel.date_from.setDate(QDate(2020, 1, 1))
    panel.use_from.setChecked(True)
    assert titles(panel) == ["De retour de Singapour"]
    panel.clear_filters()
    assert len(titles(panel)) == 2
    assert not panel.date_from.isEnabled()


def test_phrases_and_prefixes(window, qtbot):
    panel = window.search.panel
    search_for(panel, '"experience client" telephon*', qtbot)
    assert titles(panel) == ["À vous de jouer !"]
    search_for(panel, "   ", qtbot)
    assert titles(panel) == []
    search_for(panel, "introuvable", qtbot)
    assert panel.count_label.text() == "No result."


def test_trashed_pieces_only_when_asked(window, store, archive, qtbot):
    pieces.trash_pieces(store, [archive["breve"]])
    window.refresh()
    panel = window.search.panel
    search_for(panel, "davos", qtbot)
    assert titles(panel) == []
    panel.include_deleted.setChecked(True)
    assert titles(panel) == ["Une brève sans rapport"]
    assert panel.model.hit(0).deleted
    assert panel.open_hit(panel.model.hit(0))  # found in the Corbeille of the tree
    assert window.current_key() == ("piece", archive["breve"])


def test_activating_a_result_selects_the_piece(window, archive, qtbot):
    window.search.act_search.trigger()
    panel = window.search.panel
    search_for(panel, "singapour", qtbot)
    opened, signalled = [], []
    window.pieceActivated.connect(opened.append)
    panel.searchHitOpened.connect(lambda pid, q: signalled.append((pid, q)))
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    piece_id = archive["interview"]
    assert window.current_key() == ("piece", piece_id)
    assert opened == [piece_id]
    assert signalled == [(piece_id, "singapour")]
    assert window.search.last_query == "singapour"


def test_opening_a_hit_highlights_the_query_in_the_editor(window, archive, qtbot):
    panel = window.search.panel
    search_for(panel, "boutique", qtbot)
    hit = panel.model.hit(0)
    assert hit.piece_id == archive["edito"]
    assert panel.open_hit(hit)
    editor = window.editor.editor_for(archive["edito"])
    assert editor is not None
    assert editor.text_edit.textCursor().selectedText().casefold() == "boutique"


def test_a_result_hidden_by_the_tree_filter_is_still_opened(window, archive, qtbot):
    window.tree_panel.filter_bar.text.setText("brève")
    window.tree_panel.filter_bar._emit()
    panel = window.search.panel
    search_for(panel, "singapour", qtbot)
    assert panel.open_hit(panel.model.hit(0))
    assert window.current_key() == ("piece", archive["interview"])


def test_results_follow_store_changes(window, store, archive, qtbot):
    window.search.act_search.trigger()
    panel = window.search.panel
    search_for(panel, "davos", qtbot)
    assert titles(panel) == ["Une brève sans rapport"]
    pieces.update_piece(store, archive["breve"], title="Davos, le retour")
    window.refresh()
    assert titles(panel) == ["Davos, le retour"]


def test_delegate_paints_and_sizes(window, qtbot):
    panel = window.search.panel
    window.search.act_search.trigger()
    search_for(panel, "experience", qtbot)
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, SearchHitDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(panel.view)
    option.rect = panel.view.visualRect(panel.model.index(0))
    size = delegate.sizeHint(option, panel.model.index(0))
    assert size.height() >= 3 * panel.fontMetrics().lineSpacing()
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option.rect = image.rect()
    delegate.paint(painter, option, panel.model.index(0))
    painter.end()
    assert panel.view.indexAt(QPoint(5, 5)).isValid()
    assert not QModelIndex().isValid()


def test_snippet_html_escapes_and_bolds():
    assert (
        snippet_html(f"a <b> {MARK_START}mot{MARK_END} & fin") == "a &lt;b&gt; <b>mot</b> &amp; fin"
    )


def test_result_context_menu(window, archive, qtbot):
    from PySide6.QtGui import QGuiApplication

    panel = window.search.panel
    search_for(panel, "singapour", qtbot)
    menu = panel.build_context_menu(panel.model.index(0))
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Open the piece", "&Copy the title"]
    menu.actions()[1].trigger()
    assert QGuiApplication.clipboard().text() == "De retour de Singapour"
    menu.actions()[0].trigger()
    assert window.current_key() == ("piece", archive["interview"])
    assert panel.build_context_menu(QModelIndex()).isEmpty()
