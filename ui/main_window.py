"""The main window: the article tree dock, the central area, menus, toolbar and undo.

The window builds its own parts here, then the features (:meth:`MainWindow.install_features`,
after the first paint); a feature talks to the window through its public API only:

* what is selected: :meth:`~MainWindow.current_key`, :meth:`~MainWindow.current_publication_id`,
  :meth:`~MainWindow.current_issue_id`, :meth:`~MainWindow.current_piece_id` and the
  ``selectionChanged`` signal; ``storeChanged`` after every write;
* doing things: :meth:`~MainWindow.run_command` (one undoable step on ``undo_stack``),
  :meth:`~MainWindow.refresh`, :meth:`~MainWindow.open_piece`, :meth:`~MainWindow.show_status`;
* the person's rights: :meth:`~MainWindow.refusal` (why an action is not theirs, as the
  tooltip of what is greyed), :meth:`~MainWindow.guard_action` and ``roleChanged``;
* adding to it (:mod:`ui.extension`): menus, toolbar, docks, the status bar, the tree's
  context menu, and the hooks for « New piece… », moves in the tree and dropped files.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui import commands
from ui.extension import (
    ContextMenuContributor,
    ContextMenuSection,
    FilesDropHandler,
    MenuName,
    PieceCreator,
    TreeMoveHandler,
)
from ui.icons import app_icon, icon
from ui.notices import NoticesBadge
from ui.overview import OverviewPanel
from ui.tree.model import (
    ISSUE,
    PIECE,
    POOL_NODE,
    PUBLICATION,
    TRASH_NODE,
    ArticleTreeModel,
    KeyRole,
)
from ui.tree.view import ArticleTreePanel
from ui.welcome import WelcomePage
from ui.workspace import Workspace
from workbench import catalog, pieces, rights
from workbench.catalog import IssueFields
from workbench.pieces import POOL, TRASH
from workbench.rights import Right, Role
from workbench.store import Store, StoreError

if TYPE_CHECKING:  # Qt classes not needed to show the window are loaded on first use
    from collections.abc import Callable, Sequence

    from PySide6.QtGui import QCloseEvent, QUndoCommand

    from ui.editor.feature import EditorFeature
    from ui.editor.tools import EditorTools
    from ui.importing.feature import Importer
    from ui.offline import OfflineFeature
    from ui.planner.feature import PlannerFeature
    from ui.search.feature import SearchFeature
    from ui.team_dialog import TeamDialog

log = logging.getLogger(__name__)

# How often a window on a team store looks for what others wrote (well within the 2 s
# in which everyone must see a change).
LIVE_REFRESH_MS = 1000

# The modules of the features, in the order install_features() builds them (they are
# imported there, after the first paint, to keep start-up light).
FEATURES: tuple[str, ...] = (
    "ui.editor.feature",
    "ui.editor.tools",
    "ui.importing.feature",
    "ui.search.feature",
    "ui.planner.feature",
    "ui.offline",
)


class MainWindow(QMainWindow):
    """One window on one open store."""

    # The features the window can have: built by install_features(), None before (and in a
    # window made with defer_features=True whose features were never installed).
    editor: EditorFeature | None = None  # pieces in tabs, the Format menu, counts
    editor_tools: EditorTools | None = None  # find and replace, history, typography, spelling
    importer: Importer | None = None  # File › Import, files dropped on the tree
    search: SearchFeature | None = None  # the search dock (Ctrl+Shift+F)
    planner: PlannerFeature | None = None  # Planning menu, flatplan, board, statuses, export
    offline: OfflineFeature | None = None  # take a numéro offline, the offline banner, sync
    team_dialog: TeamDialog | None = None  # Outils › Équipe…, while it is open

    selectionChanged = Signal(object)  # the key of the current tree node, or None
    storeChanged = Signal()  # something was written: views re-read what they show
    pieceActivated = Signal(int)  # a piece was opened (double-click, Enter, --open, search)
    roleChanged = Signal(object)  # the person's role code changed (a team store), or None

    def __init__(
        self, store: Store, settings: QSettings | None = None, *, defer_features: bool = False
    ) -> None:
        """``defer_features``: the caller installs the features (import, search, editor,
        planner…) itself with :meth:`install_features`, after the first paint."""
        super().__init__()
        self.store = store
        self.settings = settings or QSettings()
        # Qt adds the application's name (« — Workbench ») itself.
        self.setWindowTitle(store.location.short_name())
        self.setWindowIcon(app_icon())
        self.undo_stack = QUndoStack(self)
        self._context_menu_contributors: dict[ContextMenuSection, list[ContextMenuContributor]] = {
            section: [] for section in ContextMenuSection
        }
        self._piece_creator: PieceCreator | None = None
        self._guarded: list[tuple[QAction, Right]] = []  # actions greyed by the person's role
        self._role = store.role
        self._tree_move_handler: TreeMoveHandler | None = None
        self._files_drop_handler: FilesDropHandler | None = None

        self.model = ArticleTreeModel(store, self)
        self.tree_panel = ArticleTreePanel(self.model, self)
        self.tree = self.tree_panel.view
        self.dock = QDockWidget(self.tr("Articles"), self)
        self.dock.setObjectName("ArticleTreeDock")
        self.dock.setWidget(self.tree_panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)

        self.welcome = WelcomePage(self)
        self.overview = OverviewPanel(self)
        self.workspace = Workspace(self)
        self._overview_key: tuple | None = None
        self._overview_timer = QTimer(self)
        self._overview_timer.setSingleShot(True)
        self._overview_timer.setInterval(0)
        self._overview_timer.timeout.connect(lambda: self._show_key(self._overview_key))
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.overview)
        self.central.addWidget(self.workspace)
        # Banners (« Hors ligne… ») sit above the central area: add_banner().
        self.central_box = QWidget(self)
        self._central_layout = QVBoxLayout(self.central_box)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.central)
        self.setCentralWidget(self.central_box)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.notices = NoticesBadge(self)
        self.act_notices.setVisible(self.notices.available)
        self.tree_panel.filter_bar.set_mine_available(store.is_shared)
        self._connect()
        self.features_installed = False
        if not defer_features:
            self.install_features()
        self._update_central()
        self._update_actions()
        self.show_status(self.tr("Ready"), 3000)
        self.restore_state()

    # Set-up ----------------------------------------------------------------

    def _action(self, text: str, icon_name: str | None = None, shortcut=None, slot=None) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QAction().icon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.act_new_publication = self._action(
            self.tr("New &publication…"), "new-publication", None, self.new_publication
        )
        self.act_new_issue = self._action(
            self.tr("New &issue…"), "new-issue", "Ctrl+Shift+N", self.new_issue
        )
        self.act_new_piece = self._action(
            self.tr("&New piece…"), "new-piece", QKeySequence.StandardKey.New, self.new_piece
        )
        self.act_sample = self._action(
            self.tr("Open the &sample publication"), "sample", None, self.open_sample
        )
        self.act_quit = self._action(
            self.tr("&Quit"), "quit", QKeySequence.StandardKey.Quit, self.close
        )
        self.act_connect = self._action(
            self.tr("Connect to a &team server…"), "server", None, self.connect_to_server
        )
        self.act_undo = self._action(
            self.tr("&Undo"), "undo", QKeySequence.StandardKey.Undo, self.undo_stack.undo
        )
        self.act_redo = self._action(
            self.tr("&Redo"), "redo", QKeySequence.StandardKey.Redo, self.undo_stack.redo
        )
        self._follow_undo_stack()
        self.act_rename = self._action(self.tr("&Rename"), "rename", "F2", self.rename_current)
        self.act_delete = self._action(
            self.tr("Move to &trash"),
            "delete",
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
        )
        self.act_restore = self._action(self.tr("Re&store"), "restore", None, self.restore_selected)
        self.act_to_pool = self._action(
            self.tr("Take out of the issue (au marbre)"), "pool", None, self.selected_to_pool
        )
        self.act_issue_properties = self._action(
            self.tr("Issue &properties…"), "properties", "Alt+Return", self.edit_issue
        )
        self.act_restore_issue = self._action(
            self.tr("Restore a deleted issue…"), "restore", None, self.restore_issue
        )
        self.act_empty_trash = self._action(
            self.tr("&Empty the trash…"), "empty-trash", None, self.empty_trash
        )
        self.act_filter = self._action(
            self.tr("&Filter the tree"), "filter", "Ctrl+Shift+L", self.focus_filter
        )
        self.act_toggle_tree = self.dock.toggleViewAction()
        self.act_toggle_tree.setText(self.tr("&Article tree"))
        self.act_toggle_tree.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.act_about = self._action(self.tr("&About Workbench"), None, None, self.about)
        self.act_restore_backup = self._action(
            self.tr("Restore a &backup…"), "restore", None, self.restore_backup
        )
        # A team store's backups are its server's: nothing to restore from here.
        self.act_restore_backup.setVisible(not self.store.is_shared)
        self.act_team = self._action(self.tr("&Team…"), "team", None, self.show_team)
        self.act_team.setStatusTip(self.tr("The people of the newsroom and their roles"))
        self.act_notices = self._action(
            self.tr("&Notifications"), "notices", "Ctrl+Shift+B", self.show_notices
        )

    def _follow_undo_stack(self) -> None:
        """« Annuler » alone when there is nothing to undo, « Annuler : Déplacer » otherwise
        (the menu says what will be undone; the toolbar keeps a short, steady label)."""
        # A bound method, not a closure: Qt drops the connection when the window goes.
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.undo_stack.cleanChanged.connect(self._update_undo_actions)
        self._update_undo_actions()

    def _update_undo_actions(self, *_args) -> None:
        stack = self.undo_stack
        for action, short, long, text, enabled in (
            (
                self.act_undo,
                self.tr("&Undo"),
                self.tr("&Undo: %1"),
                stack.undoText(),
                stack.canUndo(),
            ),
            (
                self.act_redo,
                self.tr("&Redo"),
                self.tr("&Redo: %1"),
                stack.redoText(),
                stack.canRedo(),
            ),
        ):
            action.setEnabled(enabled)
            action.setText(long.replace("%1", text) if text else short)
            action.setIconText(short.replace("&", ""))

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = menu = bar.addMenu(self.tr("&File"))
        menu.addActions([self.act_new_publication, self.act_new_issue, self.act_new_piece])
        menu.addSeparator()
        menu.addAction(self.act_sample)
        menu.addSeparator()
        menu.addAction(self.act_connect)
        self.menu_recent_servers = menu.addMenu(self.tr("&Recent team servers"))
        self.menu_recent_servers.aboutToShow.connect(self._fill_recent_servers)
        # Features add their entries (import, export…) before this separator.
        self.file_features_anchor = menu.addSeparator()
        menu.addAction(self.act_restore_backup)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        self.menu_edit = menu = bar.addMenu(self.tr("&Edit"))
        menu.addActions([self.act_undo, self.act_redo])
        menu.addSeparator()
        menu.addActions([self.act_rename, self.act_delete, self.act_restore, self.act_to_pool])
        menu.addSeparator()
        menu.addActions([self.act_issue_properties, self.act_restore_issue, self.act_empty_trash])
        self.menu_view = menu = bar.addMenu(self.tr("&View"))
        menu.addActions([self.act_toggle_tree, self.act_filter, self.act_notices])
        self.menu_format = bar.addMenu(self.tr("F&ormat"))
        self.menu_format.menuAction().setVisible(False)  # shown by the editor when it is there
        self.menu_planning = bar.addMenu(self.tr("&Planning"))
        self.menu_planning.menuAction().setVisible(False)  # shown by the planner feature
        self.menu_tools = bar.addMenu(self.tr("&Tools"))
        self.menu_tools.addAction(self.act_team)
        self.menu_help = menu = bar.addMenu(self.tr("&Help"))
        menu.addAction(self.act_about)
        for each in (self.menu_file, self.menu_edit, self.menu_view, self.menu_tools):
            each.setToolTipsVisible(True)  # a greyed entry says why (the person's role)
        self._menus = {
            MenuName.FILE: self.menu_file,
            MenuName.EDIT: self.menu_edit,
            MenuName.VIEW: self.menu_view,
            MenuName.FORMAT: self.menu_format,
            MenuName.PLANNING: self.menu_planning,
            MenuName.TOOLS: self.menu_tools,
            MenuName.HELP: self.menu_help,
        }

    def _create_toolbar(self) -> None:
        self.toolbar = toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("MainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.act_new_publication, self.act_new_issue, self.act_new_piece])
        toolbar.addSeparator()
        toolbar.addActions([self.act_undo, self.act_redo])
        toolbar.addSeparator()
        toolbar.addAction(self.act_delete)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.activated.connect(self._activated)
        self.model.moveRequested.connect(self._move_requested)
        self.model.renameRequested.connect(self.rename)
        self.model.filesDropped.connect(self._files_dropped)
        self.welcome.createPublicationRequested.connect(self.new_publication)
        self.welcome.openSampleRequested.connect(self.open_sample)
        self.welcome.connectRequested.connect(self.connect_to_server)
        self.welcome.serverChosen.connect(self._open_recent_server)
        self.undo_stack.indexChanged.connect(self._update_actions)
        self.workspace.tabOpened.connect(self._update_central)
        app = QApplication.instance()
        self._watching_app_state = app is not None
        if app is not None:
            app.applicationStateChanged.connect(self._application_state_changed)
        self.workspace.emptied.connect(self._update_central)
        # A team store: what others write shows here within a second or two, unasked.
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_REFRESH_MS)
        self.live_timer.timeout.connect(self.follow_others)
        self.server_lost = False
        if self.store.is_shared:
            self.live_timer.start()

    # State -----------------------------------------------------------------

    def install_features(self) -> None:
        """Build the features (each adds its docks, menus and actions through the window's
        extension points), then give their docks back the places the user left them in."""
        if self.features_installed:
            return
        self.features_installed = True
        # Imported here, not at the top: they load after the first paint (start-up time).
        from ui.editor.feature import EditorFeature
        from ui.editor.tools import EditorTools
        from ui.importing.feature import Importer
        from ui.offline import OfflineFeature
        from ui.planner.feature import PlannerFeature
        from ui.search.feature import SearchFeature

        self.editor = EditorFeature(self)
        self.editor_tools = EditorTools(self, self.editor)
        self.importer = Importer(self)
        self.search = SearchFeature(self)
        self.planner = PlannerFeature(self)
        # Taking a numéro offline and syncing it back (it adds nothing to the window of a
        # plain local file).
        self.offline = OfflineFeature(self)
        # Importing makes pieces: the role must allow changing the plan (the planner greys
        # its own actions, export included).
        self.guard_action(self.importer.act_import_files, Right.PLAN)
        self.guard_action(self.importer.act_import_folder, Right.PLAN)
        self._update_authors()
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
            self.resizeDocks([self.dock], [400], Qt.Orientation.Horizontal)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        key = self.settings.value(f"selection/{self._settings_key()}")
        if isinstance(key, str) and ":" in key:
            kind, _, ident = key.partition(":")
            if ident.isdigit():
                self.select_key((kind, int(ident)))
                return
        if self.model.rowCount():
            self.tree.expand(self.model.index(0, 0))

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        key = self.current_key()
        if key and key[0] in (PIECE, ISSUE, PUBLICATION, POOL_NODE, TRASH_NODE):
            self.settings.setValue(f"selection/{self._settings_key()}", f"{key[0]}:{key[1]}")
        self.settings.sync()

    def _settings_key(self) -> str:
        """Selections are remembered per database (a stable digest of its path: Python's
        own str hash changes from one process to the next)."""
        from binascii import crc32

        return f"{crc32(self.store.location.display().encode()):08x}"

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.workspace.close_all():  # a tab refused (unsaved work the user kept)
            event.ignore()
            return
        self.save_state()
        self.live_timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching_app_state:  # closed: no more re-reads
            app.applicationStateChanged.disconnect(self._application_state_changed)
            self._watching_app_state = False
        super().closeEvent(event)

    # Selection ---------------------------------------------------------------

    def current_key(self) -> tuple | None:
        index = self.tree.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def selected_keys(self) -> list[tuple]:
        return [i.data(KeyRole) for i in self.tree.selectionModel().selectedIndexes()]

    def selected_piece_ids(self) -> list[int]:
        return [k[1] for k in self.selected_keys() if k and k[0] == PIECE]

    def select_key(self, key: tuple) -> bool:
        index = self.model.index_for_key(key)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def narrow_nbsp(self, publication_id: int) -> bool:
        """The publication's typography setting, for the fields of a dialog acting on it."""
        from workbench import editing  # deferred: not needed for the first paint

        return editing.narrow_nbsp(self.store, publication_id)

    def name_publication(self, dialog, publication_id: int) -> None:
        """Say in a dialog's title which publication it acts on (there may be several)."""
        try:
            name = catalog.get_publication(self.store, publication_id).name
        except StoreError:
            return
        dialog.setWindowTitle(f"{dialog.windowTitle()} — {name}")

    def open_piece(self, piece_id: int) -> bool:
        """Select a piece and open it (the editor listens to pieceActivated)."""
        if not self.select_key((PIECE, piece_id)):
            return False
        self.pieceActivated.emit(piece_id)
        return True

    def current_publication_id(self) -> int | None:
        """The publication of the current tree node; the first one when nothing is current."""
        index = self.tree.currentIndex()
        if index.isValid():
            return self.model.node(index).publication_id
        ids = self.model.publication_ids()
        return ids[0] if ids else None

    def current_issue_id(self) -> int | None:
        """The current issue, or the issue of the current piece; None elsewhere."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        node = self.model.node(index)
        if node.kind == ISSUE:
            return node.key[1]
        if node.kind == PIECE and node.parent and node.parent.kind == ISSUE:
            return node.parent.key[1]
        return None

    def current_piece_id(self) -> int | None:
        """The current piece (in an issue, the pool or the trash); None when no piece is."""
        key = self.current_key()
        return key[1] if key and key[0] == PIECE else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KeyRole) if current.isValid() else None
        # The overview is filled once the event loop is idle: opening a piece in the editor
        # right after selecting it (double-click, --open, a search hit) skips that work.
        self._overview_key = key
        if not self._overview_timer.isActive():
            self._overview_timer.start()
        self._update_actions()
        self.selectionChanged.emit(key)

    def _show_key(self, key: tuple | None) -> None:
        self._update_central()
        if self.central.currentWidget() is not self.overview:
            return
        try:
            if key and key[0] == PIECE:
                self.overview.show_piece(pieces.get_piece(self.store, key[1]))
            elif key and key[0] == ISSUE:
                self.overview.show_issue(catalog.get_issue(self.store, key[1]))
            else:
                self.overview.show_hint()
        except StoreError:
            self.overview.show_hint()

    def _update_central(self) -> None:
        if not self.model.rowCount():
            # only for an empty database: the start-up of a full one never loads it
            from ui.connect_dialog import recent_connections

            self.welcome.set_recent_servers(recent_connections(self.settings))
            self.welcome.set_refusal(self.refusal(Right.SETTINGS))
            self.central.setCurrentWidget(self.welcome)
        elif self.workspace.count():
            self.central.setCurrentWidget(self.workspace)
        else:
            self.central.setCurrentWidget(self.overview)

    def _update_actions(self) -> None:
        keys = [k for k in self.selected_keys() if k]
        current = self.current_key()
        piece_keys = [k for k in keys if k[0] == PIECE]
        in_trash = bool(piece_keys) and all(
            self.model.node(self.model.index_for_key(k, load=False)).parent.kind == TRASH_NODE
            for k in piece_keys
            if self.model.index_for_key(k, load=False).isValid()
        )
        has_publication = self.model.rowCount() > 0
        plan = self.refusal(Right.PLAN)
        allow = self._allow
        allow(self.act_new_publication, True, self.refusal(Right.SETTINGS))
        allow(self.act_sample, True, self.refusal(Right.SETTINGS))
        allow(self.act_new_issue, has_publication, plan)
        allow(self.act_new_piece, has_publication, plan)
        allow(
            self.act_rename,
            bool(current) and current[0] in (PIECE, ISSUE, PUBLICATION),
            self._rename_refusal(current),
        )
        allow(
            self.act_delete,
            bool(piece_keys) and not in_trash or (current is not None and current[0] == ISSUE),
            plan,
        )
        allow(self.act_restore, in_trash, plan)
        allow(self.act_to_pool, bool(piece_keys) and not in_trash, plan)
        allow(self.act_issue_properties, self.current_issue_id() is not None, plan)
        allow(self.act_restore_issue, True, plan)
        allow(self.act_empty_trash, True, plan)

    # Rights ----------------------------------------------------------------------

    def refusal(self, right: Right, piece_id: int | None = None, **context) -> str | None:
        """Why the window's person may not do ``right`` (on ``piece_id``: whether it is
        assigned to them counts), one French sentence; None when they may. The tooltip
        and status tip of what is greyed (:func:`workbench.rights.refusal`)."""
        role = self.store.role
        if role == Role.CHIEF:  # a SQLite file's person, and a team's editor-in-chief
            return None
        assigned = piece_id is not None and rights.is_assigned(self.store, piece_id)
        return rights.refusal(role, right, assigned=assigned, **context)

    def _rename_refusal(self, key: tuple | None) -> str | None:
        if not key:
            return None
        if key[0] == PUBLICATION:
            return self.refusal(Right.SETTINGS)
        if key[0] == ISSUE:
            return self.refusal(Right.PLAN)
        if key[0] == PIECE:
            return self.refusal(Right.EDIT_PIECE, key[1])
        return None

    @staticmethod
    def _allow(action: QAction, enabled: bool, reason: str | None) -> None:
        """Enable ``action`` when ``enabled`` and the role allows it; a refusal greys it
        and says why (tooltip, status tip)."""
        action.setEnabled(enabled and reason is None)
        action.setToolTip(reason or "")  # empty: Qt shows the action's text
        action.setStatusTip(reason or "")

    def guard_action(self, action: QAction, right: Right) -> None:
        """Keep ``action`` greyed, with the reason as its tooltip and status tip, while the
        person's role cannot do ``right``. When the role allows it, the action is left as
        its feature sets it. Checked again after the features' own updates (selection,
        re-read) and when the role changes."""
        if not self._guarded:  # connected after the features: their updates come first
            self.selectionChanged.connect(self._apply_guards)
            self.storeChanged.connect(self._apply_guards)
        self._guarded.append((action, right))
        self._apply_guard(action, right)

    def _apply_guards(self, *_args) -> None:
        for action, right in self._guarded:
            self._apply_guard(action, right)

    def _apply_guard(self, action: QAction, right: Right) -> None:
        reason = self.refusal(right)
        refused_before = action.property("refusedBy") or ""
        if reason:
            if not refused_before:  # the feature's own tips, for when it is allowed again
                action.setProperty("ownTips", [action.toolTip(), action.statusTip()])
            action.setEnabled(False)
            action.setToolTip(reason)
            action.setStatusTip(reason)
            action.setProperty("refusedBy", reason)
        elif refused_before:
            tips = action.property("ownTips") or ["", ""]
            action.setToolTip(tips[0])
            action.setStatusTip(tips[1])
            action.setProperty("refusedBy", "")
            action.setEnabled(True)  # the feature's next update narrows it again

    def _follow_role(self) -> None:
        """A team store: read the person's role again (the editor-in-chief may have
        changed it); what is greyed follows."""
        if not self.store.is_shared:
            return
        try:
            role = self.store.refresh_role()
        except StoreError:
            return
        if role != self._role:
            log.info("role changed: %s -> %s", self._role, role)
            self._role = role
            self.roleChanged.emit(role)

    # Operations --------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the store after a write: the tree, then every feature's views."""
        self.store.changed_elsewhere()  # what is shown now is up to date
        self._follow_role()
        self.model.refresh()
        selection = self.tree.selectionModel()
        current = self.tree.currentIndex()
        if current.isValid() and not selection.hasSelection():
            # After a row went away the next one became current: select it too, so that
            # the keyboard (Delete…) acts on what the user sees highlighted.
            selection.select(current, selection.SelectionFlag.Select)
        self._update_central()
        self._update_actions()
        self._show_key(self.current_key())
        if self.features_installed:
            self._update_authors()
        self.notices.update_count()
        self.storeChanged.emit()

    def follow_others(self) -> bool:
        """Re-read when someone else wrote to the team store (its change announcements);
        a server that went away is said in the status bar until it answers again. True
        when the window was refreshed."""
        try:
            changed = self.store.changed_elsewhere()
        except StoreError as exc:
            if not self.server_lost:
                log.warning("team store unreachable: %s", exc)
                self.server_lost = True
                self.show_status(
                    self.tr("Server unreachable — your changes are kept and will be saved.")
                )
            return False
        if self.server_lost:
            self.server_lost = False
            self.show_status(self.tr("Connected to the server again."), 5000)
            changed = True  # what was missed meanwhile
        if changed:
            self.refresh()
        return changed

    def _application_state_changed(self, state) -> None:
        """Coming back to the window: re-read if something else wrote to the database
        meanwhile (the command line, a script), which SQLite's data_version tells."""
        if state == Qt.ApplicationState.ApplicationActive and self.store.changed_elsewhere():
            self.refresh()

    def _update_authors(self) -> None:
        """The author filter offers the authors of the database."""
        self.tree_panel.filter_bar.set_authors(pieces.list_authors(self.store))

    def run_command(
        self,
        command: QUndoCommand,
        on_refusal: Callable[[StoreError], bool] | None = None,
    ) -> bool:
        """Do ``command`` as one undoable step: a :class:`~ui.commands.StoreCommand` is
        executed first and goes on ``undo_stack`` only when the store accepted it (any
        other QUndoCommand is pushed, which runs it). On a refusal the window re-reads the
        store, then tells the user, or hands the error to ``on_refusal`` whose answer is
        returned. True when the step was done."""
        if isinstance(command, commands.StoreCommand):
            try:
                command.execute()
            except StoreError as exc:
                if on_refusal is not None:
                    self.refresh()
                    return on_refusal(exc)
                QMessageBox.warning(self, self.tr("Workbench"), str(exc))
                self.refresh()
                return False
        self.undo_stack.push(command)
        return True

    def show_status(self, message: str, timeout: int = 0) -> None:
        """A message in the status bar, for ``timeout`` milliseconds (0: until the next)."""
        self.statusBar().showMessage(message, timeout)

    def clear_status(self) -> None:
        self.statusBar().clearMessage()

    def new_publication(self) -> None:
        from ui.dialogs import PublicationDialog  # dialogs load on first use (start-up)

        dialog = PublicationDialog(self)
        if not dialog.exec():
            return
        try:
            publication_id = catalog.create_publication(self.store, dialog.name.text())
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Workbench"), str(exc))
            return
        self.refresh()
        self.select_key((PUBLICATION, publication_id))
        self.tree.expand(self.tree.currentIndex())

    def open_sample(self) -> None:
        """Load the sample publication, or go to it when it is already there."""
        # deferred: not needed for the first paint
        from workbench.sample import find_sample, load_sample

        publication_id = find_sample(self.store)
        if publication_id is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                publication_id = load_sample(self.store)
            except StoreError as exc:
                QApplication.restoreOverrideCursor()
                QMessageBox.warning(self, self.tr("Workbench"), str(exc))
                return
            QApplication.restoreOverrideCursor()
        self.refresh()
        index = self.model.index_for_key((PUBLICATION, publication_id))
        self.tree.expand(index)
        if self.model.rowCount(index):
            first_issue = self.model.index(0, 0, index)
            self.tree.expand(first_issue)
            self.tree.setCurrentIndex(first_issue)

    def new_issue(self) -> None:
        publication_id = self.current_publication_id()
        if publication_id is None:
            return
        issues = catalog.list_issues(self.store, publication_id)
        next_number = max((i.number for i in issues), default=0) + 1
        from ui.dialogs import IssueDialog  # deferred: not needed for the first paint

        dialog = IssueDialog(self, next_number=next_number, narrow=self.narrow_nbsp(publication_id))
        self.name_publication(dialog, publication_id)
        if not dialog.exec():
            return
        command = commands.CreateIssueCommand(
            self.store, self.refresh, self.tr("New issue"), publication_id, dialog.fields()
        )
        if self.run_command(command) and command.issue_id is not None:
            self.select_key((ISSUE, command.issue_id))

    def new_piece(self) -> None:
        """« New piece… »: the registered piece creator's flow when there is one (the
        editor's: a template, then the editor), else a plain dialog and command."""
        if self._piece_creator is not None:
            self._piece_creator()
            return
        publication_id = self.current_publication_id()
        if publication_id is None:
            return
        from ui.dialogs import PieceDialog  # deferred: not needed for the first paint

        dialog = PieceDialog(
            self,
            catalog.list_issues(self.store, publication_id),
            self.current_issue_id(),
            narrow=self.narrow_nbsp(publication_id),
        )
        if not dialog.exec():
            return
        kind, title, issue_id = dialog.values()
        command = commands.CreatePieceCommand(
            self.store, self.refresh, self.tr("New piece"), publication_id, kind, title, issue_id
        )
        if self.run_command(command) and command.piece_id is not None:
            self.select_key((PIECE, command.piece_id))

    def edit_issue(self) -> None:
        issue_id = self.current_issue_id()
        if issue_id is None:
            return
        info = catalog.get_issue(self.store, issue_id)
        from ui.dialogs import IssueDialog  # deferred: not needed for the first paint

        dialog = IssueDialog(self, issue=info, narrow=self.narrow_nbsp(info.publication_id))
        if not dialog.exec():
            return
        old = IssueFields.of(info)
        self.run_command(
            commands.EditIssueCommand(
                self.store, self.refresh, self.tr("Edit issue"), issue_id, old, dialog.fields()
            )
        )

    def rename_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index)

    def rename(self, key: tuple, text: str) -> None:
        index = self.model.index_for_key(key, load=False)
        old = index.data(Qt.ItemDataRole.EditRole) if index.isValid() else ""
        self.run_command(
            commands.RenameCommand(
                self.store, self.refresh, self.tr("Rename"), key, old or "", text
            )
        )

    def move_pieces(self, piece_ids: list[int], target, before: int | None) -> None:
        publication_id = pieces.get_summary(self.store, piece_ids[0]).publication_id
        text = self.tr("Move to trash") if target == TRASH else self.tr("Move")
        self.run_command(
            commands.MovePiecesCommand(
                self.store, self.refresh, text, publication_id, piece_ids, target, before
            )
        )
        if target != TRASH and len(piece_ids) == 1:
            self.select_key((PIECE, piece_ids[0]))

    def delete_selected(self) -> None:
        ids = self.selected_piece_ids()
        if ids:
            self.move_pieces(ids, TRASH, None)
            return
        issue_id = self.current_issue_id()
        key = self.current_key()
        if issue_id is None or not key or key[0] != ISSUE:
            return
        info = catalog.get_issue(self.store, issue_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete issue"),
            self.tr(
                "Move issue No. %1 to the trash?\nIts %2 pieces are not deleted: they go back to the pool (au marbre)."
            )
            .replace("%1", str(info.number))
            .replace("%2", str(info.piece_count)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_command(
            commands.TrashIssueCommand(
                self.store, self.refresh, self.tr("Delete issue"), info.publication_id, issue_id
            )
        )

    def restore_selected(self) -> None:
        ids = self.selected_piece_ids()
        if not ids:
            return
        publication_id = pieces.get_summary(self.store, ids[0]).publication_id
        self.run_command(
            commands.RestorePiecesCommand(
                self.store, self.refresh, self.tr("Restore"), publication_id, ids
            )
        )
        self.select_key((PIECE, ids[0]))

    def selected_to_pool(self) -> None:
        ids = self.selected_piece_ids()
        if ids:
            self.move_pieces(ids, POOL, None)

    def restore_issue(self) -> None:
        publication_id = self.current_publication_id()
        if publication_id is None:
            return
        deleted = catalog.list_issues(self.store, publication_id, deleted=True)
        if not deleted:
            QMessageBox.information(
                self, self.tr("Workbench"), self.tr("No issue is in the trash.")
            )
            return
        labels = [
            self.tr("No. %1").replace("%1", str(i.number)) + (f" — {i.theme}" if i.theme else "")
            for i in deleted
        ]
        from PySide6.QtWidgets import QInputDialog

        label, ok = QInputDialog.getItem(
            self, self.tr("Restore a deleted issue"), self.tr("Issue:"), labels, 0, False
        )
        if not ok:
            return
        issue = deleted[labels.index(label)]
        if self.run_command(
            commands.RestoreIssueCommand(
                self.store, self.refresh, self.tr("Restore issue"), issue.id
            )
        ):
            self.select_key((ISSUE, issue.id))

    def empty_trash(self) -> None:
        publication_id = self.current_publication_id()
        if publication_id is None:
            return
        count = pieces.count_pieces(self.store, publication_id, TRASH)
        if not count:
            QMessageBox.information(self, self.tr("Workbench"), self.tr("The trash is empty."))
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Empty the trash"),
            self.tr("Delete %1 pieces for good? This cannot be undone.").replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        pieces.purge_trash(self.store, publication_id)
        self.undo_stack.clear()  # commands may refer to the purged pieces
        self.refresh()

    def focus_filter(self) -> None:
        self.dock.show()
        self.tree_panel.filter_bar.text.setFocus()
        self.tree_panel.filter_bar.text.selectAll()

    def _move_requested(self, piece_ids: list[int], target, before: int | None) -> None:
        """A drag and drop in the tree: the registered handler first (the planner's, which
        keeps an issue's pages in the tree's order), else a plain move."""
        reason = self.refusal(Right.PLAN)
        if reason:  # the tree refuses such drops already; one from elsewhere says why
            self.show_status(reason, 8000)
            return
        handler = self._tree_move_handler
        if handler is not None and handler(piece_ids, target, before):
            return
        self.move_pieces(piece_ids, target, before)

    def _files_dropped(self, paths: list[str], target) -> None:
        reason = self.refusal(Right.PLAN)
        if reason:
            self.show_status(reason, 8000)
            return
        if self._files_drop_handler is not None:
            self._files_drop_handler(paths, target)
            return
        self.show_status(
            self.tr("%1 files dropped: import is not available yet.").replace(
                "%1", str(len(paths))
            ),
            5000,
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if key and key[0] == ISSUE:
            if self.act_issue_properties.isEnabled():
                self.edit_issue()
            else:
                self.show_status(self.act_issue_properties.statusTip(), 8000)
        elif key and key[0] == PIECE:
            self.pieceActivated.emit(key[1])

    def _activated(self, index: QModelIndex) -> None:
        """Enter on a piece opens it (double-click is handled on its own)."""
        key = index.data(KeyRole)
        if (
            key
            and key[0] == PIECE
            and self.tree.state() != self.tree.State.EditingState
            and QApplication.mouseButtons() == Qt.MouseButton.NoButton
        ):
            self.pieceActivated.emit(key[1])

    def connect_to_server(self) -> None:
        """Fichier › Se connecter à un serveur d'équipe… : the team store opens in a
        window of its own once it answered."""
        from ui.connect_dialog import ConnectDialog  # deferred: not needed for the first paint

        dialog = ConnectDialog(self.settings, self)
        dialog.connected.connect(self.open_team_store)
        dialog.exec()
        if dialog.kept_in_keyring is False:
            QMessageBox.information(
                self,
                self.tr("Password"),
                self.tr(
                    "This computer has no keyring: the password is kept until Workbench "
                    "closes. To keep it, add a line for this server to the file ~/.pgpass."
                ),
            )

    def open_team_store(self, location) -> None:
        """Open ``location`` (a team store that answered) in a new Workbench window."""
        from ui.connect_dialog import open_in_new_window  # deferred: not needed for the first paint

        open_in_new_window(location)
        self.show_status(
            self.tr("Opening %1 in a new window…").replace("%1", location.display()), 8000
        )

    def _fill_recent_servers(self) -> None:
        from ui.connect_dialog import recent_connections  # deferred: the menu is being opened

        menu = self.menu_recent_servers
        menu.clear()
        addresses = recent_connections(self.settings)
        for address in addresses:
            action = menu.addAction(icon("server"), address)
            action.triggered.connect(lambda _=False, a=address: self._open_recent_server(a))
        if not addresses:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _open_recent_server(self, address: str) -> None:
        from db.location import parse_location  # deferred: the menu is being used

        self.open_team_store(parse_location(address))

    def restore_backup(self) -> None:
        """Fichier › Restaurer une sauvegarde…: choose one, confirm, and see it."""
        from ui.backups import (  # deferred: not needed for the first paint
            RestoreBackupDialog,
            restore_into_window,
        )

        if self.store.is_shared:  # the action is hidden; a shortcut must not reach here
            return
        dialog = RestoreBackupDialog(self.store.path, self)
        if dialog.exec() and (chosen := dialog.chosen()) is not None:
            restore_into_window(self, chosen)

    def show_team(self) -> None:
        """Outils › Équipe… : the team; the editor-in-chief changes it there."""
        from ui.team_dialog import TeamDialog  # deferred: not needed for the first paint

        dialog = TeamDialog(self.store, self)
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(self._team_dialog_closed)
        self.team_dialog = dialog
        dialog.open()  # window-modal, not blocking: its changes run off the GUI thread

    def _team_dialog_closed(self) -> None:
        if self.team_dialog is not None:
            self.team_dialog.deleteLater()
            self.team_dialog = None

    def show_notices(self) -> None:
        """Affichage › Notifications: the list the bell in the status bar opens."""
        self.notices.show_list()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Workbench"),
            self.tr("Workbench %1 — the magazine's editorial workbench.\nDatabase: %2")
            .replace("%1", app_version())
            .replace("%2", self.store.location.display()),
        )

    # Extension points (ui.extension) -------------------------------------------------

    def add_menu_actions(
        self, menu: MenuName, actions: Sequence[QAction | None], *, separated: bool = False
    ) -> None:
        """Add ``actions`` to a menu (None: a separator); ``separated`` puts a separator
        before them. In File they go in the features' place, before « Restore a backup »;
        a hidden menu (Format, Planning) is shown."""
        target = self._menus[menu]
        # insertAction(None, …) appends: outside File the entries go at the end.
        anchor = self.file_features_anchor if menu is MenuName.FILE else None
        if separated and target.actions():
            target.insertSeparator(anchor)
        for action in actions:
            if action is None:
                target.insertSeparator(anchor)
            else:
                target.insertAction(anchor, action)
        target.menuAction().setVisible(True)

    def add_toolbar_actions(self, actions: Sequence[QAction], *, separated: bool = True) -> None:
        """Add ``actions`` at the end of the main toolbar, after a separator."""
        if separated:
            self.toolbar.addSeparator()
        self.toolbar.addActions(list(actions))

    def add_dock(self, widget: QWidget, title: str, object_name: str) -> QDockWidget:
        """A dock holding ``widget``, hidden, as a tab beside the article tree: opening it
        never squeezes the text being edited. ``object_name`` keeps its place in the saved
        window state."""
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.tabifyDockWidget(self.dock, dock)
        dock.hide()
        return dock

    def add_banner(self, widget: QWidget) -> None:
        """A bar across the top of the central area, above the tabs (after the banners
        added before it)."""
        self._central_layout.insertWidget(self._central_layout.count() - 1, widget)

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget on the right of the status bar."""
        self.statusBar().addPermanentWidget(widget)

    def add_context_menu_contributor(
        self,
        contributor: ContextMenuContributor,
        section: ContextMenuSection = ContextMenuSection.MORE,
    ) -> None:
        """``contributor(menu, index)`` appends its entries to the tree's context menu, in
        ``section`` (after the window's own entries by default), after the contributors
        registered before it."""
        self._context_menu_contributors[section].append(contributor)

    def set_piece_creator(self, creator: PieceCreator | None) -> None:
        """Who runs « New piece… » (None: the window's plain dialog)."""
        self._piece_creator = creator

    def set_tree_move_handler(self, handler: TreeMoveHandler | None) -> None:
        """Who is asked first about moves made by drag and drop in the tree."""
        self._tree_move_handler = handler

    def set_files_drop_handler(self, handler: FilesDropHandler | None) -> None:
        """Who receives files dropped on the tree (None: the window says import is missing)."""
        self._files_drop_handler = handler

    # Context menu --------------------------------------------------------------

    def _context_menu(self, position) -> None:
        menu = self.build_context_menu(self.tree.indexAt(position))
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(position))

    def build_context_menu(self, index: QModelIndex) -> QMenu:
        """The tree's context menu for the node at ``index`` (the empty area when invalid):
        the contributors' sections around the window's own entries (:class:`ContextMenuSection`),
        a separator between two sections that have entries."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a greyed entry says why (the person's role)
        sections = (ContextMenuSection.VIEWS, ContextMenuSection.ADD, None, ContextMenuSection.MORE)
        for section in sections:
            self._add_menu_section(menu, index, section)
        return menu

    def _add_menu_section(
        self, menu: QMenu, index: QModelIndex, section: ContextMenuSection | None
    ) -> None:
        """One section of the context menu (None: the window's own entries)."""
        count = len(menu.actions())
        separator = menu.addSeparator() if count else None
        if section is None:
            self._add_own_entries(menu, index)
        else:
            for contributor in self._context_menu_contributors[section]:
                contributor(menu, index)
        if separator is not None and len(menu.actions()) == count + 1:
            menu.removeAction(separator)  # nothing was added: no separator either

    def _add_own_entries(self, menu: QMenu, index: QModelIndex) -> None:
        key = index.data(KeyRole) if index.isValid() else None
        kind = key[0] if key else None
        if kind == PIECE:
            if self.act_restore.isEnabled():
                menu.addAction(self.act_restore)
            else:
                menu.addActions([self.act_rename, self.act_to_pool, self.act_delete])
                self._add_move_menu(menu)
        elif kind == ISSUE:
            menu.addActions([self.act_new_piece, self.act_rename, self.act_issue_properties])
            menu.addSeparator()
            menu.addAction(self.act_delete)
        elif kind == POOL_NODE:
            menu.addAction(self.act_new_piece)
        elif kind == TRASH_NODE:
            menu.addAction(self.act_empty_trash)
        elif kind == PUBLICATION:
            menu.addActions([self.act_new_issue, self.act_new_piece, self.act_rename])
            menu.addSeparator()
            menu.addAction(self.act_restore_issue)
        else:
            menu.addAction(self.act_new_publication)

    def _add_move_menu(self, menu: QMenu) -> None:
        ids = self.selected_piece_ids()
        publication_id = self.current_publication_id()
        if not ids or publication_id is None or self.refusal(Right.PLAN):
            return
        submenu = menu.addMenu(icon("issue"), self.tr("Move to issue"))
        current = self.current_issue_id()
        for info in catalog.list_issues(self.store, publication_id)[:40]:
            if info.id == current:
                continue
            label = self.tr("No. %1").replace("%1", str(info.number))
            if info.theme:
                label += f" — {info.theme}"
            action = submenu.addAction(label)
            action.triggered.connect(
                lambda _checked=False, issue_id=info.id: self.move_pieces(ids, issue_id, None)
            )


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("workbench")
    except PackageNotFoundError:
        return ""
