"""The main window's public API and extension points: features register, never patch."""

from __future__ import annotations

import importlib
import inspect

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from ui import commands
from ui.extension import ContextMenuSection, MenuName
from ui.main_window import FEATURES, MainWindow
from workbench import catalog, pieces
from workbench.catalog import IssueFields
from workbench.pieces import POOL


def texts(menu) -> list[str]:
    """The entries of a menu, « - » for a separator, without the shortcut marks."""
    return [a.text().replace("&", "") if not a.isSeparator() else "-" for a in menu.actions()]


@pytest.fixture
def piece(store, publication, issue82) -> int:
    return pieces.create_piece(store, publication, "edito", "Édito", issue_id=issue82)


def test_issue_context_menu_keeps_its_layout(window, issue82):
    """Sections in order: the planner's views, import here, the window's own, then more."""
    window.refresh()
    menu = window.build_context_menu(window.model.index_for_key(("issue", issue82)))
    assert texts(menu) == [
        "Flatplan of the issue",
        "Board by status",
        "Contents…",
        "-",
        "Import files here…",
        "-",
        "New piece…",
        "Rename",
        "Issue properties…",
        "-",
        "Move to trash",
        "-",
        "Duplicate the structure…",
        "Export the issue…",
    ]


def test_a_contributor_appends_after_the_built_in_entries(window, issue82, piece):
    calls = []

    def contribute(menu, index):
        calls.append(index.data())
        menu.addAction("Send to the printer")

    window.add_context_menu_contributor(contribute)
    window.refresh()
    window.select_key(("piece", piece))
    menu = window.build_context_menu(window.tree.currentIndex())
    entries = texts(menu)
    assert entries[-1] == "Send to the printer"
    assert entries.index("Send to the printer") > entries.index("Move to trash")
    assert entries.index("Send to the printer") > entries.index("Due date…")  # the planner's
    assert calls == ["Édito"]


def test_contributors_follow_their_section_and_registration_order(window, issue82):
    window.add_context_menu_contributor(
        lambda m, i: m.addAction("first view"), ContextMenuSection.VIEWS
    )
    window.add_context_menu_contributor(
        lambda m, i: m.addAction("second view"), ContextMenuSection.VIEWS
    )
    window.add_context_menu_contributor(lambda m, i: None, ContextMenuSection.ADD)  # adds nothing
    window.refresh()
    menu = window.build_context_menu(window.model.index_for_key(("issue", issue82)))
    entries = texts(menu)
    views = entries[: entries.index("-")]
    assert views[-2:] == ["first view", "second view"]
    assert "-" not in (entries[0], entries[-1])
    assert all(not (a == b == "-") for a, b in zip(entries, entries[1:], strict=False))


def test_the_trash_menu_has_no_stray_separator(window, publication):
    window.refresh()
    menu = window.build_context_menu(window.model.index_for_key(("trash", publication)))
    assert texts(menu) == ["Empty the trash…"]


def test_current_ids_follow_the_tree_selection(window, store, publication, issue82, piece):
    in_pool = pieces.create_piece(store, publication, "breve", "Brève")
    window.refresh()
    window.select_key(("publication", publication))
    assert window.current_publication_id() == publication
    assert window.current_issue_id() is None and window.current_piece_id() is None
    window.select_key(("issue", issue82))
    assert window.current_issue_id() == issue82 and window.current_piece_id() is None
    window.select_key(("piece", piece))
    assert (window.current_issue_id(), window.current_piece_id()) == (issue82, piece)
    window.select_key(("piece", in_pool))
    assert window.current_issue_id() is None and window.current_piece_id() == in_pool
    assert window.current_publication_id() == publication


def test_the_features_follow_the_selection_through_the_api(window, issue82, piece):
    window.refresh()
    window.select_key(("issue", issue82))
    assert window.planner.act_flatplan.isEnabled()
    window.tree.setCurrentIndex(window.model.index(0, 0))  # the publication
    assert not window.planner.act_flatplan.isEnabled()


def test_run_command_makes_one_undoable_step(window, store, publication, issue82, piece):
    window.refresh()
    command = commands.RenameCommand(
        store, window.refresh, "Rename", ("piece", piece), "Édito", "Le mot du rédacteur"
    )
    assert window.run_command(command)
    assert pieces.get_summary(store, piece).title == "Le mot du rédacteur"
    assert window.undo_stack.count() == 1
    assert window.act_undo.text() == "&Undo: Rename"
    window.act_undo.trigger()
    assert pieces.get_summary(store, piece).title == "Édito"
    window.act_redo.trigger()
    assert pieces.get_summary(store, piece).title == "Le mot du rédacteur"


def test_a_refused_command_is_not_pushed(window, store, publication, issue82):
    refused = []
    command = commands.CreateIssueCommand(
        store, window.refresh, "New issue", publication, IssueFields(82, "Twice")
    )
    assert not window.run_command(command, on_refusal=lambda exc: refused.append(exc) or False)
    assert len(refused) == 1 and window.undo_stack.count() == 0


def test_show_status(window):
    window.show_status("Bonjour", 5000)
    assert window.statusBar().currentMessage() == "Bonjour"
    window.clear_status()
    assert window.statusBar().currentMessage() == ""


def test_features_register_without_replacing_the_windows_methods(window):
    assert window.features_installed
    methods = {n for n, v in vars(MainWindow).items() if inspect.isfunction(v)}
    assert methods >= {"new_piece", "build_context_menu", "move_pieces", "refresh"}
    assert sorted(methods & set(vars(window))) == []  # no method shadowed on the instance
    assert type(window).new_piece is window.new_piece.__func__
    assert type(window).build_context_menu is window.build_context_menu.__func__
    assert type(window).move_pieces is window.move_pieces.__func__


def test_the_declared_features_are_built_from_the_listed_modules(window):
    features = [
        window.editor,
        window.editor_tools,
        window.importer,
        window.search,
        window.planner,
        window.offline,
    ]
    assert all(feature is not None for feature in features)
    assert [type(f).__module__ for f in features] == list(FEATURES)
    for name, feature in zip(FEATURES, features, strict=True):
        assert isinstance(feature, vars(importlib.import_module(name))[type(feature).__name__])
        assert not hasattr(importlib.import_module(name), "install")


def test_deferred_features_are_built_on_request(store, settings, qtbot):
    window = MainWindow(store, settings, defer_features=True)
    qtbot.addWidget(window)
    assert window.editor is None and window.planner is None and window.search is None
    assert not window.menu_format.menuAction().isVisible()
    window.install_features()
    assert window.editor is not None and window.search is not None
    assert window.menu_format.menuAction().isVisible()
    editor = window.editor
    window.install_features()  # once only
    assert window.editor is editor


def test_menu_actions_go_in_the_features_place(window):
    action = QAction("Send by mail…", window)
    window.add_menu_actions(MenuName.FILE, [action])
    entries = [a.text() for a in window.menu_file.actions()]
    assert entries.index("Send by mail…") < entries.index("Restore a &backup…")
    assert entries.index("Send by mail…") > entries.index("Import a &folder…")
    window.add_menu_actions(MenuName.TOOLS, [QAction("Word list", window)], separated=True)
    assert [a.text() for a in window.menu_tools.actions()][-1] == "Word list"


def test_the_piece_creator_runs_new_piece(window, publication, monkeypatch):
    created = []
    window.set_piece_creator(lambda: created.append(window.current_publication_id()))
    window.refresh()
    window.select_key(("publication", publication))
    window.act_new_piece.trigger()
    assert created == [publication]


def test_without_a_piece_creator_the_window_asks_itself(
    window, store, publication, issue82, monkeypatch
):
    def piece_exec(dialog):
        dialog.title.setText("Sans modèle")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.dialogs.PieceDialog.exec", piece_exec)
    window.set_piece_creator(None)
    window.refresh()
    window.select_key(("issue", issue82))
    window.act_new_piece.trigger()
    assert [p.title for p in pieces.list_pieces(store, publication, issue82)] == ["Sans modèle"]
    assert window.workspace.count() == 0  # the editor's flow did not run


def test_a_tree_move_handler_may_decline(window, store, publication, issue82, piece):
    asked = []

    def handler(piece_ids, target, before):
        asked.append((piece_ids, target))
        return False

    window.set_tree_move_handler(handler)
    window.refresh()
    window.model.moveRequested.emit([piece], POOL, None)
    assert asked == [([piece], POOL)]
    assert [p.id for p in pieces.list_pieces(store, publication, POOL)] == [piece]


def test_files_dropped_go_to_the_drop_handler(store, settings, qtbot, publication):
    window = MainWindow(store, settings, defer_features=True)
    qtbot.addWidget(window)
    window._files_dropped(["a.md", "b.md"], None)
    assert "2 files dropped" in window.statusBar().currentMessage()
    received = []
    window.set_files_drop_handler(lambda paths, target: received.append((paths, target)))
    window.model.filesDropped.emit(["c.md"], POOL)
    assert received == [(["c.md"], POOL)]
    assert catalog.list_issues(store, publication) == []
