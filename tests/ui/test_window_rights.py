"""What a role cannot do is greyed in the window, with the reason as its tooltip; the tree
refuses a writer's drops; a role changed by the editor-in-chief shows within the live
refresh. On a SQLite file (one person, the editor-in-chief) nothing is greyed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from ui.main_window import MainWindow
from ui.tree.model import PIECE, TRASH_NODE
from workbench import catalog, pieces, team
from workbench.assignments import assign
from workbench.rights import Right, refusal

pytestmark = pytest.mark.usefixtures("app")

WITHIN = 2000  # ms: the issue's promise for a change to show elsewhere


@pytest.fixture
def plan(team_store):
    """A numéro with two pieces, one in the pool and one in the trash, by the chief."""
    publication = catalog.create_publication(team_store, "En-Contact")
    issue = catalog.create_issue(team_store, publication, catalog.IssueFields(82, page_count=68))
    mine = pieces.create_piece(team_store, publication, "edito", "Édito", issue_id=issue)
    other = pieces.create_piece(team_store, publication, "breve", "Brève", issue_id=issue)
    pool = pieces.create_piece(team_store, publication, "chronique", "Chronique")
    trashed = pieces.create_piece(team_store, publication, "breve", "Jetée")
    pieces.trash_pieces(team_store, [trashed])
    return {
        "publication": publication,
        "issue": issue,
        "mine": mine,
        "other": other,
        "pool": pool,
        "trashed": trashed,
    }


@pytest.fixture
def person_window(open_as, tmp_path, qtbot):
    """``person_window(login, role)``: that person's window on the team store."""
    windows = []

    def make(login: str, role: str) -> MainWindow:
        store = open_as(login, role)
        settings = QSettings(str(tmp_path / f"{login}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def greyed_with(action, reason: str) -> bool:
    return not action.isEnabled() and action.toolTip() == reason and action.statusTip() == reason


def test_a_writer_s_window_greys_the_plan_with_the_reason(team_store, plan, person_window, qtbot):
    window = person_window("claire", "redacteur")
    assign(team_store, plan["mine"], "claire")
    window.refresh()
    no_plan = refusal("redacteur", Right.PLAN)
    no_settings = refusal("redacteur", Right.SETTINGS)
    assert no_plan and no_settings

    assert window.select_key(("issue", plan["issue"]))
    for action in (
        window.act_new_piece,
        window.act_new_issue,
        window.act_issue_properties,
        window.act_delete,
        window.act_restore_issue,
        window.act_empty_trash,
        window.act_rename,
    ):
        assert greyed_with(action, no_plan), action.text()
    assert greyed_with(window.act_new_publication, no_settings)
    assert greyed_with(window.act_sample, no_settings)
    # Importing makes pieces: greyed too (the importer's actions).
    assert window.importer is not None
    assert greyed_with(window.importer.act_import_files, no_plan)
    assert greyed_with(window.importer.act_import_folder, no_plan)

    # Her own piece: she may retitle it, not move it.
    assert window.select_key((PIECE, plan["mine"]))
    assert window.act_rename.isEnabled() and window.act_rename.toolTip() == "Rename"
    assert greyed_with(window.act_delete, no_plan)
    assert greyed_with(window.act_to_pool, no_plan)
    index = window.tree.currentIndex()
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not index.flags() & Qt.ItemFlag.ItemIsDragEnabled

    # Someone else's piece: not even its title.
    assert window.select_key((PIECE, plan["other"]))
    assert greyed_with(window.act_rename, refusal("redacteur", Right.EDIT_PIECE))
    assert not window.tree.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable

    # In the trash: no restore.
    assert window.select_key((PIECE, plan["trashed"]))
    assert window.model.node(window.tree.currentIndex()).parent.kind == TRASH_NODE
    assert greyed_with(window.act_restore, no_plan)

    # The context menu shows the greyed entries (with their tooltips) and no moves.
    menu = window.build_context_menu(window.model.index_for_key((PIECE, plan["mine"])))
    assert menu.toolTipsVisible()
    assert window.tr("Move to issue") not in [a.text() for a in menu.actions()]


def test_a_writer_s_import_files_here_is_greyed_with_the_reason(team_store, plan, person_window):
    window = person_window("claire", "redacteur")
    no_plan = refusal("redacteur", Right.PLAN)
    for key in (("issue", plan["issue"]), ("pool", plan["publication"])):
        menu = window.build_context_menu(window.model.index_for_key(key))
        entry = next(a for a in menu.actions() if a.text() == "&Import files here…")
        assert greyed_with(entry, no_plan), key


def test_a_writer_s_drop_is_refused(team_store, plan, person_window, qtbot):
    window = person_window("claire", "redacteur")
    model = window.model
    source = model.index_for_key((PIECE, plan["pool"]))
    target = model.index_for_key(("issue", plan["issue"]))
    data = model.mimeData([source])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    moves = []
    model.moveRequested.connect(lambda *args: moves.append(args))
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert moves == []
    assert pieces.get_summary(team_store, plan["pool"]).issue_id is None
    assert not model.flags(target) & Qt.ItemFlag.ItemIsDropEnabled
    # A move that comes anyway (another view) says why in the status bar.
    window._move_requested([plan["pool"]], plan["issue"], None)
    assert window.statusBar().currentMessage() == refusal("redacteur", Right.PLAN)
    assert pieces.get_summary(team_store, plan["pool"]).issue_id is None


def test_a_role_changed_by_the_chief_shows_within_the_live_refresh(
    team_store, plan, person_window, qtbot
):
    window = person_window("claire", "lecteur")
    assert not window.act_new_piece.isEnabled()
    roles = []
    window.roleChanged.connect(roles.append)
    team.change_member(team_store, "claire", role="redaction-en-chef")
    qtbot.waitUntil(lambda: window.act_new_piece.isEnabled(), timeout=WITHIN)
    assert roles == ["redaction-en-chef"]
    assert window.act_new_piece.toolTip() == "New piece"
    assert window.importer.act_import_files.isEnabled()
    assert window.importer.act_import_files.statusTip().startswith("Import web pages")
    source = window.model.index_for_key((PIECE, plan["pool"]))
    assert source.flags() & Qt.ItemFlag.ItemIsDragEnabled

    team.change_member(team_store, "claire", role="lecteur")
    qtbot.waitUntil(lambda: not window.act_new_piece.isEnabled(), timeout=WITHIN)
    assert window.importer.act_import_files.toolTip() == refusal("lecteur", Right.PLAN)


def test_a_layout_artist_may_not_plan_either(team_store, plan, person_window):
    window = person_window("louis", "maquettiste")
    assert window.select_key(("issue", plan["issue"]))
    assert greyed_with(window.act_new_piece, refusal("maquettiste", Right.PLAN))


def test_a_writer_on_an_empty_team_store_cannot_create_a_publication(person_window):
    window = person_window("claire", "redacteur")
    assert window.central.currentWidget() is window.welcome
    reason = refusal("redacteur", Right.SETTINGS)
    assert not window.welcome.create_button.isEnabled()
    assert window.welcome.create_button.toolTip() == reason
    assert not window.welcome.sample_button.isEnabled()


def test_my_pieces_in_the_tree_filter(team_store, plan, person_window, qtbot):
    window = person_window("claire", "redacteur")
    assign(team_store, plan["mine"], "claire")
    assign(team_store, plan["pool"], "claire")
    bar = window.tree_panel.filter_bar
    assert bar.mine.isVisible()
    bar.mine.setChecked(True)
    assert window.model.piece_filter.assigned_to == "claire"
    assert not window.model.piece_filter.is_empty()

    issue = window.model.index_for_key(("issue", plan["issue"]))
    assert window.model.rowCount(issue) == 1
    assert window.model.index(0, 0, issue).data() == "Édito"
    pool = window.model.index_for_key(("pool", plan["publication"]))
    assert window.model.rowCount(pool) == 1
    trash = window.model.index_for_key(("trash", plan["publication"]))
    assert not window.model.hasChildren(trash)

    # With the text filter too: only her pieces that match.
    bar.text.setText("chron")
    qtbot.waitUntil(lambda: window.model.piece_filter.text == "chron", timeout=2000)
    assert not window.model.index_for_key(("issue", plan["issue"])).isValid()
    pool = window.model.index_for_key(("pool", plan["publication"]))
    assert window.model.rowCount(pool) == 1

    bar.clear()
    assert not bar.mine.isChecked() and window.model.piece_filter.is_empty()
    issue = window.model.index_for_key(("issue", plan["issue"]))
    window.model.fetchMore(issue)
    assert window.model.rowCount(issue) == 2


def test_on_a_file_nothing_is_greyed(window, store, publication, issue82):
    window.refresh()
    assert window.select_key(("issue", issue82))
    for action in (
        window.act_new_piece,
        window.act_new_issue,
        window.act_new_publication,
        window.act_issue_properties,
        window.act_delete,
        window.act_rename,
        window.act_empty_trash,
    ):
        assert action.isEnabled() and action.statusTip() == "", action.text()
    importing = window.importer.act_import_files
    assert importing.isEnabled() and importing.statusTip().startswith("Import web pages")
    assert window.tree_panel.filter_bar.mine.isHidden()
    menu = window.build_context_menu(window.model.index_for_key(("issue", issue82)))
    entry = next(a for a in menu.actions() if a.text() == "&Import files here…")
    assert entry.isEnabled() and entry.statusTip() == ""
    issue = window.tree.currentIndex()
    assert window.model.flags(issue) & Qt.ItemFlag.ItemIsDropEnabled
