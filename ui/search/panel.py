"""The search dock (Ctrl+Shift+F): full-text search over every piece, with filters.

Searching runs in the GUI thread: the index answers in tens of milliseconds and results
are capped (:data:`RESULT_LIMIT`). Opening a result selects the piece in the tree, keeps
the query (:attr:`SearchPanel.last_query`) and emits :attr:`SearchPanel.searchHitOpened`
so the editor can highlight the words; an editor tab already open on that piece with a
``highlight_query(str)`` method is told directly. The hits are a
:class:`~ui.search.model.SearchResultsModel` drawn by
:class:`~ui.search.delegate.SearchHitDelegate`; :mod:`ui.search.feature` puts the panel
in its dock.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import PIECE_KINDS, PIECE_STATUSES
from ui.icons import icon
from ui.labels import kind_label, status_label
from ui.search.delegate import SearchHitDelegate
from ui.search.model import SearchResultsModel
from workbench.search import SearchFilters, parse_query, search
from workbench.store import StoreError

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from workbench.search import SearchFilters, SearchHit

RESULT_LIMIT = 200
DEBOUNCE_MS = 250


class SearchPanel(QWidget):
    """The query line, filters, result count and the results list."""

    searchHitOpened = Signal(int, str)  # piece id, the query that found it

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.model = SearchResultsModel(self)
        self._stale = False
        self.last_elapsed_ms = 0.0
        self.last_query = ""  # the query of the last hit opened

        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr('Words, "exact phrase", prefix*…'))
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query.setToolTip(
            self.tr(
                "Searches titles, standfirsts, bodies, footnotes and contributors; accents and "
                'case are ignored. Quote a phrase ("relation client"), end a word with * for a '
                "prefix (télécon*)."
            )
        )
        self.filters_button = QToolButton(self)
        self.filters_button.setIcon(icon("filter"))
        self.filters_button.setCheckable(True)
        self.filters_button.setChecked(True)
        self.filters_button.setAutoRaise(True)
        self.filters_button.setToolTip(self.tr("Show or hide the filters"))

        self.filters = QWidget(self)
        self.issue = QSpinBox(self.filters)
        self.issue.setRange(0, 9999)
        self.issue.setSpecialValueText(self.tr("All issues"))
        self.issue.setPrefix(self.tr("No. "))
        self.issue.setToolTip(self.tr("Only this issue number (0: all issues)"))
        self.kind = QComboBox(self.filters)
        self.kind.addItem(self.tr("All kinds"), "")
        for code in PIECE_KINDS:
            self.kind.addItem(icon(code), kind_label(code), code)
        self.status = QComboBox(self.filters)
        self.status.addItem(self.tr("All statuses"), "")
        for code in PIECE_STATUSES:
            self.status.addItem(status_label(code), code)
        self.author = QLineEdit(self.filters)
        self.author.setPlaceholderText(self.tr("Author (part of the name)"))
        self.author.setClearButtonEnabled(True)
        self.use_from = QCheckBox(self.tr("From"), self.filters)
        self.date_from = QDateEdit(self.filters)
        self.use_to = QCheckBox(self.tr("to"), self.filters)
        self.date_to = QDateEdit(self.filters)
        today = QDate.currentDate()
        self.date_from.setDate(today.addYears(-1))
        self.date_to.setDate(today)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
            edit.setToolTip(self.tr("Publication date (or creation date when it is unknown)"))
            check.toggled.connect(edit.setEnabled)
        self.include_deleted = QCheckBox(self.tr("Include the trash"), self.filters)
        self.clear_button = QToolButton(self.filters)
        self.clear_button.setIcon(icon("clear"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Clear the filters"))

        grid = QGridLayout(self.filters)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        grid.addWidget(self.issue, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.status, 0, 2)
        grid.addWidget(self.author, 1, 0, 1, 3)
        dates = QHBoxLayout()
        dates.setSpacing(4)
        dates.addWidget(self.use_from)
        dates.addWidget(self.date_from, 1)
        dates.addWidget(self.use_to)
        dates.addWidget(self.date_to, 1)
        grid.addLayout(dates, 2, 0, 1, 3)
        row = QHBoxLayout()
        row.addWidget(self.include_deleted, 1)
        row.addWidget(self.clear_button)
        grid.addLayout(row, 3, 0, 1, 3)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("SearchCount")
        palette = self.count_label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.count_label.setPalette(palette)

        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchHitDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)

        top = QHBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.query, 1)
        top.addWidget(self.filters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self.run_search)
        self.query.installEventFilter(self)
        self.author.textChanged.connect(self._debounce.start)
        self.author.returnPressed.connect(self.run_search)
        self.issue.valueChanged.connect(self._debounce.start)
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(self.run_search)
        for check in (self.use_from, self.use_to, self.include_deleted):
            check.toggled.connect(self.run_search)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._debounce.start)
        self.clear_button.clicked.connect(self.clear_filters)
        self.filters_button.toggled.connect(self.filters.setVisible)
        self.view.activated.connect(self.open_index)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self._show_count(None)

    # Searching -----------------------------------------------------------------

    def current_filters(self) -> SearchFilters:

        def day(edit: QDateEdit):
            return edit.date().toPython()

        return SearchFilters(
            issue=self.issue.value() or None,
            kind=self.kind.currentData() or "",
            status=self.status.currentData() or "",
            author=self.author.text().strip(),
            date_from=day(self.date_from) if self.use_from.isChecked() else None,
            date_to=day(self.date_to) if self.use_to.isChecked() else None,
            include_deleted=self.include_deleted.isChecked(),
            limit=RESULT_LIMIT,
        )

    def run_search(self, *, keep_scroll: bool = False) -> None:
        """Search now with the query and filters; keeps the selected hit when it is still found
        (and the scroll position with ``keep_scroll``, when the store changed under it)."""

        self._debounce.stop()
        self._stale = False
        text = self.query.text().strip()
        current = self.current_hit()
        if not parse_query(text):
            self.model.set_hits([])
            self._show_count(None)
            return
        started = time.perf_counter()
        try:
            hits = search(self.window.store, text, self.current_filters())
        except StoreError as exc:
            self.model.set_hits([])
            self.count_label.setText(str(exc))
            return
        self.last_elapsed_ms = (time.perf_counter() - started) * 1000
        scroll = self.view.verticalScrollBar().value()
        self.model.set_hits(hits)
        self._show_count(len(hits))
        row = self.model.row_of(current.piece_id) if current is not None else -1
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), self.view.selectionModel().SelectionFlag.ClearAndSelect
            )
        if keep_scroll:
            self.view.doItemsLayout()
            self.view.verticalScrollBar().setValue(scroll)

    def _show_count(self, count: int | None) -> None:
        if count is None:
            self.count_label.setText(self.tr("Type words to find them in every piece."))
        elif count == 0:
            self.count_label.setText(self.tr("No result."))
        elif count >= RESULT_LIMIT:
            self.count_label.setText(
                self.tr("The first %1 results in %2 ms")
                .replace("%1", str(count))
                .replace("%2", f"{self.last_elapsed_ms:.0f}")
            )
        else:
            text = (
                self.tr("1 result in %2 ms")
                if count == 1
                else self.tr("%1 results in %2 ms").replace("%1", str(count))
            )
            self.count_label.setText(text.replace("%2", f"{self.last_elapsed_ms:.0f}"))

    def store_changed(self) -> None:
        """Re-run the search when something was written (later, if the dock is hidden)."""
        if not self.query.text().strip():
            return
        if self.isVisible():
            self.run_search(keep_scroll=True)
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.run_search()

    def clear_filters(self) -> None:
        widgets = (
            self.issue,
            self.kind,
            self.status,
            self.author,
            self.use_from,
            self.use_to,
            self.include_deleted,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.issue.setValue(0)
        self.kind.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.author.clear()
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.include_deleted.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.run_search()

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the query line goes to the results."""
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0))
            return True
        return False

    # Opening ---------------------------------------------------------------------

    def build_context_menu(self, index: QModelIndex) -> QMenu:
        """Open the piece, or copy its title, from a result."""
        menu = QMenu(self)
        if not index.isValid():
            return menu
        hit = self.model.hit(index.row())
        open_action = menu.addAction(icon("open"), self.tr("&Open the piece"))
        open_action.triggered.connect(lambda: self.open_hit(hit))
        copy_action = menu.addAction(icon("copy"), self.tr("&Copy the title"))
        copy_action.triggered.connect(lambda: QGuiApplication.clipboard().setText(hit.title))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.build_context_menu(self.view.indexAt(position))
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(position))

    def current_hit(self) -> SearchHit | None:
        index = self.view.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_hit(self.model.hit(index.row()))

    def open_hit(self, hit: SearchHit) -> bool:
        """Select the piece in the tree and open it; the editor highlights the query."""
        window = self.window
        query = self.query.text().strip()
        self.last_query = query
        opened = window.open_piece(hit.piece_id)
        if not opened and not window.model.piece_filter.is_empty():
            window.tree_panel.filter_bar.clear()  # the tree's filter was hiding it
            opened = window.open_piece(hit.piece_id)
        if not opened:
            window.show_status(self.tr("This piece is no longer in the tree."), 5000)
            return False
        self.searchHitOpened.emit(hit.piece_id, query)
        editor = self.editor_for(hit.piece_id)
        if editor is not None:
            editor.highlight_query(query)
        return True

    def editor_for(self, piece_id: int) -> Any:
        """The workspace tab showing that piece, if it can highlight a query."""
        workspace = self.window.workspace
        for row in range(workspace.count()):
            widget = workspace.widget(row)
            key = widget.property("workspaceKey")
            shows_piece = getattr(widget, "piece_id", None) == piece_id or (
                isinstance(key, tuple)
                and len(key) == 2
                and key[0] in ("piece", "editor")
                and key[1] == piece_id
            )
            if shows_piece and callable(getattr(widget, "highlight_query", None)):
                return widget
        return None
