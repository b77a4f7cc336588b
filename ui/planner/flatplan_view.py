"""The « Chemin de fer N°82 » tab: the scene of spreads, its toolbar, warnings and pieces to place."""

from __future__ import annotations

import time
from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QKeyCombination, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsView,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.labels import slot_label, status_label
from ui.planner.flatplan_scene import STRIDE_X, FlatplanScene, read_entry_mime
from ui.planner.list_models import PieceIdRole, PieceListModel, WarningRole, WarningsModel
from ui.planner.rereading import IssueTab
from ui.planner.rights import grey
from ui.tree.model import ArticleTreeModel
from workbench import comments, pieces
from workbench.flatplan import changes
from workbench.flatplan.rules import (
    PIECE,
    Ref,
    issue_warnings,
    placement_problem,
    signature_warning,
)
from workbench.pieces import POOL
from workbench.store import StoreError

MIN_ZOOM, MAX_ZOOM = 0.3, 3.0
DEFAULT_ZOOM = 0.85  # five or six spreads a row on a laptop screen, titles still legible


class FlatplanView(QGraphicsView):
    """Shows the scene; takes drops of pieces (tree, lists) and of blocks (moves)."""

    pieceDropped = Signal(list, int)  # piece ids, first page
    entryDropped = Signal(object, int)  # ref of a block of this numéro, new first page
    dropHover = Signal(str)  # what would happen ("" when nothing)

    def __init__(self, scene: FlatplanScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.flatplan = scene
        self.setAcceptDrops(True)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._page_counts: dict[int, int] = {}

    # Zoom -------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)
        self._reflow()

    def zoom_by(self, steps: float) -> None:
        self.set_zoom(self.zoom_factor() * (1.15**steps))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(event.angleDelta().y() / 120)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """As many spreads per row as the width shows at this zoom."""
        width = self.viewport().width() / max(self.zoom_factor(), 0.01)
        self.flatplan.set_columns(max(1, int((width - 16) // STRIDE_X)))

    key_handler = None  # set by the panel: key sequence text -> handled?

    key_available = None  # set by the panel: key sequence text -> would be handled?

    def event(self, event) -> bool:
        # The view's own keys win over the window's shortcuts (Delete would trash the
        # piece from the tree) while it has the focus.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.key_available is not None
            and self.key_available(self._key_text(event))
        ):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _key_text(event) -> str:
        combo = event.keyCombination()
        modifiers = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if combo.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):  # « + » is shifted on many layouts
            modifiers &= ~Qt.KeyboardModifier.ShiftModifier
            key = Qt.Key.Key_Plus
        else:
            key = combo.key()
        return QKeySequence(QKeyCombination(modifiers, key)).toString()

    def keyPressEvent(self, event) -> None:
        text = self._key_text(event)
        if self.key_handler is not None and self.key_handler(text):
            event.accept()
            return
        super().keyPressEvent(event)

    # Drops ------------------------------------------------------------------------

    def _target(self, event) -> tuple[str, object, int, int] | None:
        """(kind, payload, first page, page count) of a drag at this position, or None."""
        plan = self.flatplan.plan
        if plan is None:
            return None
        page = self.flatplan.page_at(self.mapToScene(event.position().toPoint()))
        if page is None:
            return None
        data = event.mimeData()
        moved = read_entry_mime(data)
        if moved is not None and moved["issue_id"] == plan.issue.id:
            entry = plan.find(moved["ref"])
            if entry is None:
                return None
            return "entry", entry.ref, max(1, page - moved["grab"]), entry.page_count
        ids = ArticleTreeModel.piece_ids_from_mime(data)
        if not ids:
            return None
        count = 0
        for piece_id in ids:
            if piece_id not in self._page_counts:
                try:
                    summary = pieces.get_summary(self.flatplan_store, piece_id)
                except StoreError:
                    return None
                self._page_counts[piece_id] = max(summary.page_count, 1)
            count += self._page_counts[piece_id]
        return "pieces", ids, page, count

    flatplan_store = None  # set by the panel

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._page_counts.clear()
        data = event.mimeData()
        if read_entry_mime(data) is not None or ArticleTreeModel.piece_ids_from_mime(data):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        locked = self.flatplan.locked_reason
        target = None if locked else self._target(event)
        if target is None:
            self.flatplan.hide_preview()
            self.dropHover.emit(locked or "")  # a refused drop says why it is refused
            event.ignore()
            return
        kind, payload, first, count = target
        ref: Ref | None = payload if kind == "entry" else None
        if kind == "pieces" and len(payload) == 1:
            ref = (PIECE, payload[0])
        problem = placement_problem(self.flatplan.plan, ref, first, count)
        self.flatplan.show_preview(first, count, problem is None)
        self.dropHover.emit(problem or "")
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.flatplan.hide_preview()
        self.dropHover.emit("")
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.flatplan.hide_preview()
        self.dropHover.emit("")
        target = None if self.flatplan.locked_reason else self._target(event)
        if target is None:
            event.ignore()
            return
        kind, payload, first, _count = target
        event.acceptProposedAction()
        # Let the drag finish before a question may pop up.
        if kind == "entry":
            QTimer.singleShot(0, lambda: self.entryDropped.emit(payload, first))
        else:
            QTimer.singleShot(0, lambda: self.pieceDropped.emit(list(payload), first))


class FlatplanPanel(IssueTab, QWidget):
    """One numéro's chemin de fer, kept in step with the store through ``storeChanged``."""

    titleChanged = Signal(str)

    def __init__(self, controller, issue_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.window_ = controller.window
        self.store = controller.store
        self.issue_id = issue_id
        self.today = date.today()
        self.plan = None
        self.build_seconds = 0.0

        self.scene = FlatplanScene(self)
        self.scene.status_name = status_label
        self.scene.slot_name = slot_label
        self.view = FlatplanView(self.scene, self)
        self.view.flatplan_store = self.store
        self.view.key_handler = self._key
        self.view.key_available = self._key_available

        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(8, 4, 8, 4)
        self.signature = QLabel(self)
        self.signature.setStyleSheet(
            "color: #b71c1c; background: #ffebee; padding: 4px 8px; border-radius: 3px;"
        )
        self.signature.setWordWrap(True)
        self.signature.hide()
        self.hover = QLabel(self)
        self.hover.setStyleSheet("color: #b71c1c; padding: 0 8px;")
        self.hover.setWordWrap(True)

        self.warnings = WarningsModel(self)
        self.warning_list = QListView(self)
        self.warning_list.setModel(self.warnings)
        self.warning_list.setWordWrap(True)
        self.warning_list.setUniformItemSizes(False)
        self.warning_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warning_list.clicked.connect(self._warning_clicked)

        self.unplaced = PieceListModel(self)
        self.pool = PieceListModel(self)
        self.unplaced_list = self._piece_list(self.unplaced)
        self.pool_list = self._piece_list(self.pool)

        self.side = QTabWidget(self)
        self.side.setDocumentMode(True)
        self.side.setMinimumWidth(300)
        self.side.addTab(self.warning_list, self.tr("Warnings"))
        self.side.addTab(self.unplaced_list, self.tr("Without pages"))
        self.side.addTab(self.pool_list, self.tr("Pool"))

        self._create_actions()
        self.toolbar = self._create_toolbar()

        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.header)
        layout.addWidget(self.signature)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hover)

        self.view.pieceDropped.connect(self._pieces_dropped)
        self.view.entryDropped.connect(self._entry_dropped)
        self.view.dropHover.connect(self.hover.setText)
        self.scene.selectionChanged_.connect(self._update_actions)
        self.scene.entryActivated.connect(self._activated)
        self.scene.contextMenuRequested.connect(self._context_menu)
        self.scene.dragRefused.connect(lambda reason: self.window_.show_status(reason, 8000))
        self.window_.storeChanged.connect(self._store_changed)
        self.window_.selectionChanged.connect(self._tree_selection)
        self.scene.selectionChanged_.connect(self._select_in_tree)
        self.reload()
        self.view.set_zoom(DEFAULT_ZOOM)

    def _piece_list(self, model: PieceListModel) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setUniformItemSizes(True)
        view.doubleClicked.connect(lambda index: self.window_.open_piece(index.data(PieceIdRole)))
        return view

    # Actions -------------------------------------------------------------------

    def _action(self, text: str, name: str | None, shortcut=None, slot=None) -> QAction:
        action = QAction(icon(name) if name else QAction().icon(), text, self)
        if shortcut is not None:
            # Keys are handled by the view (FlatplanView.keyPressEvent); the shortcut is
            # set only so that menus show it, in a context where it never fires by itself
            # (it would clash with the window's: Delete moves to the trash in the tree).
            sequence = QKeySequence(shortcut)
            self.keys[sequence.toString()] = action
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({native})")
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.keys: dict[str, QAction] = {}
        self.act_grow = self._action(
            self.tr("One page more"), "page-add", "+", lambda: self._resize(1)
        )
        self.act_shrink = self._action(
            self.tr("One page less"), "page-remove", "-", lambda: self._resize(-1)
        )
        self.act_swap_prev = self._action(
            self.tr("Swap with the previous one"), "swap-left", "Alt+Left", lambda: self._swap(-1)
        )
        self.act_swap_next = self._action(
            self.tr("Swap with the next one"), "swap-right", "Alt+Right", lambda: self._swap(1)
        )
        self.act_unplace = self._action(
            self.tr("Take off the pages"), "unplace", "Delete", self._unplace
        )
        self.act_to_pool = self._action(
            self.tr("Back to the pool (au marbre)"), "pool", "Ctrl+Delete", self._to_pool
        )
        self.act_due = self._action(self.tr("Due date…"), "due-date", None, self._due_date)
        self.act_open = self._action(
            self.tr("Open the piece"), "new-piece", "Return", self._open_selected
        )
        self.act_add_slot = self._action(
            self.tr("Add a slot…"),
            "slot-add",
            None,
            lambda: self.controller.add_slot(self.issue_id, self._free_page()),
        )
        self.act_edit_slot = self._action(
            self.tr("Edit the slot…"), "properties", None, self._edit_slot
        )
        self.act_remove_slot = self._action(
            self.tr("Remove the slot"), "delete", None, self._remove_slot
        )
        self.act_zoom_in = self._action(
            self.tr("Zoom in"), "zoom-in", "Ctrl++", lambda: self.view.zoom_by(1)
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom out"), "zoom-out", "Ctrl+-", lambda: self.view.zoom_by(-1)
        )
        self.act_zoom_reset = self._action(
            self.tr("Actual size"), "zoom-reset", "Ctrl+0", lambda: self.view.set_zoom(DEFAULT_ZOOM)
        )
        self.act_contents = self._action(
            self.tr("Contents…"),
            "sommaire",
            None,
            lambda: self.controller.show_contents(self.issue_id),
        )
        self.act_board = self._action(
            self.tr("Board by status"),
            "board",
            None,
            lambda: self.controller.open_board(self.issue_id),
        )
        self.act_print = self._action(
            self.tr("Print…"),
            "print",
            "Ctrl+P",
            lambda: self.controller.print_flatplan(self.issue_id),
        )
        self.act_pdf = self._action(
            self.tr("Save as PDF…"), "pdf", None, lambda: self.controller.save_pdf(self.issue_id)
        )
        self.act_export = self._action(
            self.tr("Export the issue…"),
            "export",
            None,
            lambda: self.controller.export_issue(self.issue_id),
        )

    def _create_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setIconSize(bar.iconSize() * 0.85)
        bar.addActions([self.act_grow, self.act_shrink, self.act_swap_prev, self.act_swap_next])
        bar.addSeparator()
        bar.addActions([self.act_unplace, self.act_to_pool])
        self.status_button = QToolButton(bar)
        self.status_button.setText(self.tr("Status"))
        self.status_button.setIcon(icon("status"))
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.status_button.setMenu(self.status_menu)
        bar.addWidget(self.status_button)
        bar.addAction(self.act_due)
        bar.addSeparator()
        bar.addAction(self.act_add_slot)
        bar.addSeparator()
        bar.addActions([self.act_zoom_out, self.act_zoom_reset, self.act_zoom_in])
        bar.addSeparator()
        bar.addActions([self.act_print, self.act_pdf])
        for action in (self.act_contents, self.act_board, self.act_export):
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return bar

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        entry = self.scene.selected_entry()
        ids = [entry.piece_id] if entry is not None and entry.piece_id is not None else []
        current = entry.status if entry else None
        statuses = {ids[0]: current} if ids else {}
        self.controller.fill_status_menu(self.status_menu, ids, current, statuses)

    def _update_actions(self, *_args) -> None:
        """Enable what applies to the selection, and grey with the reason what the
        person's role refuses (rights re-read on every storeChanged)."""
        rights = self.controller.rights
        locked = rights.plan()
        self.scene.locked_reason = locked
        for view in (self.unplaced_list, self.pool_list):  # dragged onto the pages
            view.setDragEnabled(locked is None)
        entry = self.scene.selected_entry()
        piece = entry is not None and entry.is_piece
        slot = entry is not None and not entry.is_piece
        for action in (self.act_grow, self.act_shrink, self.act_swap_prev, self.act_swap_next):
            grey(action, locked, entry is not None)
        for action in (self.act_unplace, self.act_to_pool, self.act_due):
            grey(action, locked, piece)
        self.act_open.setEnabled(piece)
        grey(self.act_add_slot, locked)
        grey(self.act_edit_slot, locked, slot)
        grey(self.act_remove_slot, locked, slot)
        grey(self.act_export, rights.export())
        status_refused = None
        if entry is not None and entry.piece_id is not None:
            status_refused = rights.any_status(entry.piece_id, entry.status)
        self.status_button.setEnabled(piece and status_refused is None)
        self.status_button.setToolTip(status_refused or self.tr("Status"))

    def _key_available(self, sequence: str) -> bool:
        """The chemin de fer's keys are its own while it has the focus, even when they
        do nothing (Delete with nothing selected must not trash the tree's selection)."""
        return sequence in self.keys

    def _key(self, sequence: str) -> bool:
        action = self.keys.get(sequence)
        if action is not None and not action.isEnabled() and action.statusTip():
            self.window_.show_status(action.statusTip(), 8000)  # refused: say why
            return True
        if action is None or not action.isEnabled():
            return False
        action.trigger()
        return True

    # Reading ---------------------------------------------------------------------

    def reload(self) -> None:
        started = time.perf_counter()
        try:
            plan = changes.load_flatplan(self.store, self.issue_id)
        except StoreError:
            plan = None
        if plan is None or plan.issue.deleted:  # the numéro went to the trash: the tab closes
            self.window_.workspace.close_key(self.property("workspaceKey") or ())
            return
        self.plan = plan
        try:  # one query for every piece's badge
            counts = comments.open_counts(self.store)
        except StoreError:
            counts = {}
        self.scene.locked_reason = self.controller.rights.plan()  # blocks take their cursor
        self.scene.set_plan(plan, self.today, counts)
        issue = plan.issue
        self.titleChanged.emit(self.tr("Flatplan No. %1").replace("%1", str(issue.number)))
        number = self.tr("No. %1").replace("%1", str(issue.number))
        parts = [f"<b>{number}</b>"]
        if issue.theme:
            parts.append(escape(issue.theme))
        parts.append(self.tr("%1 pages").replace("%1", str(issue.page_count)))
        if issue.closing_date:
            parts.append(self.tr("closing %1").replace("%1", f"{issue.closing_date:%d/%m/%Y}"))
        if issue.release_date:
            parts.append(self.tr("on sale %1").replace("%1", f"{issue.release_date:%d/%m/%Y}"))
        pieces_ = plan.pieces
        ready = sum(1 for p in pieces_ if p.status in ("valide", "maquette"))
        parts.append(
            self.tr("%1 of %2 pieces ready")
            .replace("%1", str(ready))
            .replace("%2", str(len(pieces_)))
        )
        self.header.setText(" · ".join(parts))
        signature = signature_warning(issue.page_count)
        self.signature.setText(signature or "")
        self.signature.setVisible(bool(signature))
        warnings = issue_warnings(issue, plan, self.today)
        self.warnings.set_warnings(warnings)
        self.side.setTabText(0, self.tr("Warnings (%1)").replace("%1", str(len(warnings))))
        unplaced_ids = [e.piece_id for e in plan.unplaced]
        summaries = {
            s.id: s for s in pieces.list_pieces(self.store, issue.publication_id, issue.id)
        }
        self.unplaced.set_pieces(summaries[i] for i in unplaced_ids if i in summaries)
        self.side.setTabText(1, self.tr("Without pages (%1)").replace("%1", str(len(unplaced_ids))))

        self.pool.set_pieces(pieces.list_pieces(self.store, issue.publication_id, POOL))
        self._update_actions()
        self.build_seconds = time.perf_counter() - started

    # Operations -------------------------------------------------------------------

    def _selected(self) -> Ref | None:
        return self.scene.selected_ref

    def _resize(self, delta: int) -> None:
        ref = self._selected()
        if ref is not None:
            self.controller.resize(self.issue_id, ref, delta)

    def _swap(self, step: int) -> None:
        ref = self._selected()
        if ref is not None:
            self.controller.swap_neighbour(self.issue_id, ref, step)

    def _piece_ids(self) -> list[int]:
        entry = self.scene.selected_entry()
        return [entry.piece_id] if entry is not None and entry.is_piece else []

    def _unplace(self) -> None:
        ids = self._piece_ids()
        if ids:
            self.controller.unplace(self.issue_id, ids)

    def _to_pool(self) -> None:
        ids = self._piece_ids()
        if ids:
            self.controller.remove_to_pool(self.issue_id, ids)

    def _due_date(self) -> None:
        self.controller.edit_due_date(self._piece_ids())

    def _open_selected(self) -> None:
        ref = self._selected()
        if ref is not None:
            self._activated(ref)

    def _edit_slot(self) -> None:
        ref = self._selected()
        if ref is not None and ref[0] != PIECE:
            self.controller.edit_slot(self.issue_id, ref[1])

    def _remove_slot(self) -> None:
        ref = self._selected()
        if ref is not None and ref[0] != PIECE:
            self.controller.remove_slot(self.issue_id, ref[1])

    def _free_page(self) -> int:
        if self.plan is None:
            return 1
        held = set(self.plan.page_map())
        return next((p for p in range(1, self.plan.page_count + 1) if p not in held), 1)

    def _pieces_dropped(self, piece_ids: list[int], first_page: int) -> None:
        if self.controller.place(self.issue_id, piece_ids, first_page) and len(piece_ids) == 1:
            self.scene.set_selected((PIECE, piece_ids[0]))

    def _entry_dropped(self, ref: Ref, first_page: int) -> None:
        self.controller.move_entry(self.issue_id, ref, first_page)

    def _activated(self, ref: Ref) -> None:
        if ref[0] == PIECE:
            self.window_.open_piece(ref[1])
        else:
            self.controller.edit_slot(self.issue_id, ref[1])

    def _tree_selection(self, key) -> None:
        """A piece selected in the tree is selected here too, when it has pages."""
        if key and key[0] == PIECE and self.plan is not None:
            entry = self.plan.piece(key[1])
            if entry is not None and entry.placed:
                self.scene.set_selected(entry.ref)
                blocks = self.scene.blocks_of(entry.ref)
                if blocks:
                    self.view.ensureVisible(blocks[0], 20, 20)

    def _select_in_tree(self, ref) -> None:
        if ref is not None and ref[0] == PIECE and self.window_.current_key() != ref:
            self.window_.select_key(ref)

    def _warning_clicked(self, index) -> None:
        warning = index.data(WarningRole)
        if warning is None:
            return
        if warning.piece_id is not None:
            ref = (PIECE, warning.piece_id)
        elif warning.slot_id is not None:
            ref = ("slot", warning.slot_id)
        else:
            ref = None
        if ref is not None:
            self.scene.set_selected(ref)
            blocks = self.scene.blocks_of(ref)
            if blocks:
                self.view.ensureVisible(blocks[0], 40, 40)
        elif warning.pages:
            page = self.scene.pages.get(warning.pages[0])
            if page is not None:
                self.view.ensureVisible(page, 40, 40)

    def _context_menu(self, ref: Ref | None, page: int, screen_pos: QPoint) -> None:
        menu = self.build_menu(ref, page)
        if not menu.isEmpty():
            menu.exec(screen_pos)

    def build_menu(self, ref: Ref | None, page: int) -> QMenu:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a greyed entry says why
        locked = self.controller.rights.plan()
        entry = self.plan.find(ref) if (self.plan and ref) else None
        if entry is not None and entry.is_piece:
            menu.addAction(self.act_open)
            menu.addSeparator()
            menu.addActions(
                [self.act_grow, self.act_shrink, self.act_swap_prev, self.act_swap_next]
            )
            menu.addSeparator()
            self.controller.add_status_menu(
                menu, [entry.piece_id], entry.status, {entry.piece_id: entry.status}
            )
            menu.addAction(self.act_due)
            menu.addSeparator()
            menu.addActions([self.act_unplace, self.act_to_pool])
        elif entry is not None:
            menu.addActions(
                [
                    self.act_edit_slot,
                    self.act_grow,
                    self.act_shrink,
                    self.act_swap_prev,
                    self.act_swap_next,
                ]
            )
            menu.addSeparator()
            menu.addAction(self.act_remove_slot)
        elif page:
            add = menu.addAction(
                icon("slot-add"), self.tr("Add a slot on page %1…").replace("%1", str(page))
            )
            add.triggered.connect(lambda: self.controller.add_slot(self.issue_id, page))
            grey(add, locked)
            if self.plan is not None and self.plan.unplaced:
                submenu = menu.addMenu(icon("new-piece"), self.tr("Place here"))
                submenu.setEnabled(locked is None)
                submenu.menuAction().setToolTip(locked or "")
                for item in self.plan.unplaced[:40]:
                    action = submenu.addAction(item.title)
                    action.triggered.connect(
                        lambda _c=False, pid=item.piece_id: self.controller.place(
                            self.issue_id, [pid], page
                        )
                    )
        return menu
