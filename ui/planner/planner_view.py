"""The « Planning » tab: every numéro of a publication with its dates, pages, readiness and
warnings (double-click opens its chemin de fer), and below, who is late handing in a piece
(double-click opens the piece)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.planner.planner_model import (
    CLOSING,
    DAYS_LATE,
    DUE,
    ISSUE_NUMBER,
    NUMBER,
    PAGES,
    PERSON,
    PIECE_TITLE,
    READY,
    RELEASE,
    THEME,
    WARNINGS,
    IssueIdRole,
    LateModel,
    PieceIdRole,
    PlannerModel,
    SortRole,
)
from ui.planner.rereading import RereadWhenShown
from ui.planner.rights import grey
from workbench import assignments, catalog
from workbench.flatplan import changes
from workbench.store import StoreError


class PlannerView(RereadWhenShown, QWidget):
    titleChanged = Signal(str)

    def __init__(self, controller, publication_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.window_ = controller.window
        self.publication_id = publication_id
        self.today = date.today()
        self.model = PlannerModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NUMBER, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(THEME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WARNINGS, QHeaderView.ResizeMode.Stretch)
        for column in (NUMBER, CLOSING, RELEASE, PAGES, READY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.heading = QLabel(self)
        self.heading.setContentsMargins(8, 6, 8, 2)
        self._build_late()

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.window_.act_new_issue)
        self.act_flatplan = self.toolbar.addAction(
            icon("flatplan"), self.tr("Flatplan"), self._open_flatplan
        )
        self.act_board = self.toolbar.addAction(
            icon("board"), self.tr("Board by status"), self._open_board
        )
        self.act_contents = self.toolbar.addAction(
            icon("sommaire"), self.tr("Contents…"), self._contents
        )
        self.act_duplicate = self.toolbar.addAction(
            icon("duplicate"), self.tr("Duplicate the structure…"), self._duplicate
        )
        self.act_export = self.toolbar.addAction(
            icon("export"), self.tr("Export the issue…"), self._export
        )
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.late_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._double_clicked)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.window_.storeChanged.connect(self._store_changed)
        self.window_.selectionChanged.connect(self._follow_selection)
        self.reload()

    def _build_late(self) -> None:
        """« Who is late »: the publication's assignments past their date, not handed in."""
        self.late_model = LateModel(self)
        self.late_proxy = QSortFilterProxyModel(self)
        self.late_proxy.setSourceModel(self.late_model)
        self.late_proxy.setSortRole(SortRole)
        self.late_table = QTableView(self)
        self.late_table.setModel(self.late_proxy)
        self.late_table.setSortingEnabled(True)
        self.late_table.sortByColumn(DAYS_LATE, Qt.SortOrder.DescendingOrder)
        self.late_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.late_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.late_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.late_table.setAlternatingRowColors(True)
        self.late_table.verticalHeader().hide()
        self.late_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.late_table.horizontalHeader()
        header.setSectionResizeMode(PIECE_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (PERSON, DUE, DAYS_LATE, ISSUE_NUMBER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.late_heading = QLabel(self)
        self.late_heading.setContentsMargins(8, 6, 8, 2)
        self.late_empty = QLabel(self.tr("Nobody is late."), self)
        self.late_empty.setContentsMargins(8, 2, 8, 6)
        self.late_empty.setStyleSheet("color: #607d8b;")
        self.late_box = QWidget(self)
        box = QVBoxLayout(self.late_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.late_heading)
        box.addWidget(self.late_empty)
        box.addWidget(self.late_table, 1)
        self.late_table.doubleClicked.connect(self._open_late)
        self.late_table.activated.connect(self._open_late)
        self.late_table.customContextMenuRequested.connect(self._late_menu)

    def _reload_late(self) -> None:
        rows = []
        if self.publication_id is not None:
            try:  # one query
                rows = assignments.late(self.controller.store, self.today, self.publication_id)
            except StoreError:
                rows = []
        self.late_model.set_rows(rows, self.today)
        title = self.tr("Who is late")
        text = f"<b>{escape(title)}</b>"
        if rows:
            text += (
                " · <span style='color:#c62828'>"
                + escape(self.tr("%1 late").replace("%1", str(len(rows))))
                + "</span>"
            )
        self.late_heading.setText(text)
        self.late_empty.setVisible(not rows)
        self.late_table.setVisible(bool(rows))

    def _open_late(self, index: QModelIndex) -> None:
        piece_id = index.data(PieceIdRole)
        if piece_id is not None:
            self.window_.open_piece(piece_id)

    def _late_menu(self, pos) -> None:
        index = self.late_table.indexAt(pos)
        if not index.isValid():
            return
        self.late_table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(icon("open"), self.tr("Open the piece"), lambda: self._open_late(index))
        menu.exec(self.late_table.viewport().mapToGlobal(pos))

    def _follow_selection(self, _key) -> None:
        publication_id = self.window_.current_publication_id()
        if publication_id is not None and publication_id != self.publication_id:
            self.publication_id = publication_id
            self.reload()

    def reload(self) -> None:
        current = self.current_issue_id()
        self._reload_late()
        if self.publication_id is None:
            self.model.set_rows([])
            self.heading.setText(self.tr("No publication."))
            self._update_actions()
            return
        try:
            name = catalog.get_publication(self.controller.store, self.publication_id).name
            rows = changes.load_planner(self.controller.store, self.publication_id, self.today)
        except StoreError:
            rows, name = [], ""
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.late)
        text = f"<b>{escape(name)}</b> · " + self.tr("%1 issues").replace("%1", str(len(rows)))
        if late:
            text += (
                " · <span style='color:#c62828'>"
                + self.tr("%1 late").replace("%1", str(late))
                + "</span>"
            )
        self.heading.setText(text)
        if current is not None:
            self.select_issue(current)
        self._update_actions()

    def select_issue(self, issue_id: int) -> None:
        row = self.model.row_for_issue(issue_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)

    def current_issue_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(IssueIdRole) if index.isValid() else None

    def _update_actions(self, *_args) -> None:
        has = self.current_issue_id() is not None
        for action in (self.act_flatplan, self.act_board, self.act_contents):
            action.setEnabled(has)
        rights = self.controller.rights  # re-read on every storeChanged
        grey(self.act_duplicate, rights.plan(), has)
        grey(self.act_export, rights.export(), has)

    def _double_clicked(self, index: QModelIndex) -> None:
        issue_id = index.data(IssueIdRole)
        if issue_id is not None:
            self.controller.open_flatplan(issue_id)

    def _open_flatplan(self) -> None:
        issue_id = self.current_issue_id()
        if issue_id is not None:
            self.controller.open_flatplan(issue_id)

    def _open_board(self) -> None:
        issue_id = self.current_issue_id()
        if issue_id is not None:
            self.controller.open_board(issue_id)

    def _contents(self) -> None:
        issue_id = self.current_issue_id()
        if issue_id is not None:
            self.controller.show_contents(issue_id)

    def _duplicate(self) -> None:
        issue_id = self.current_issue_id()
        if issue_id is not None:
            new_id = self.controller.duplicate_structure(issue_id)
            if new_id is not None:
                self.select_issue(new_id)

    def _export(self) -> None:
        issue_id = self.current_issue_id()
        if issue_id is not None:
            self.controller.export_issue(issue_id)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.window_.act_new_issue)
        if index.isValid():
            menu.addSeparator()
            menu.addActions(
                [
                    self.act_flatplan,
                    self.act_board,
                    self.act_contents,
                    self.act_duplicate,
                    self.act_export,
                ]
            )
        menu.exec(self.table.viewport().mapToGlobal(pos))
