"""The search dock (Ctrl+Shift+F): full-text search over every piece, with filters.

Searching runs in the GUI thread: the index answers in tens of milliseconds and results
are capped (:data:`RESULT_LIMIT`). Opening a result selects the piece in the tree, stores
the query on the window (``window.last_search_query``) and emits
:attr:`SearchPanel.searchHitOpened` so the editor can highlight the words; an editor tab
already open on that piece with a ``highlight_query(str)`` method is told directly.
"""

from __future__ import annotations

import time
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import PIECE_KINDS, PIECE_STATUSES
from ui.icons import icon
from ui.labels import kind_label, status_color, status_label

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from workbench.search import SearchFilters, SearchHit

RESULT_LIMIT = 200
DEBOUNCE_MS = 250
HitRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """A snippet as HTML, its highlighted words in bold (everything else escaped)."""
    from workbench.search import split_snippet

    text, spans = split_snippet(snippet)
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(escape(text[last:start]))
        parts.append(f"<b>{escape(text[start:end])}</b>")
        last = end
    parts.append(escape(text[last:]))
    return "".join(parts)


class SearchResultsModel(QAbstractListModel):
    """The hits of one search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def row_of(self, piece_id: int) -> int:
        for row, hit in enumerate(self._hits):
            if hit.piece_id == piece_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == HitRole:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(hit.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            from workbench.search import split_snippet

            return split_snippet(hit.snippet)[0]
        return None


class SearchHitDelegate(QStyledItemDelegate):
    """A hit as: kind icon, title in bold and the numéro on the right; kind, status and
    authors in grey; then the snippet with the matched words in bold."""

    MARGIN = 6
    SNIPPET_LINES = 3

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return title, small, QFont(option.font)

    def _document(self, index: QModelIndex, font: QFont, width: int) -> QTextDocument:
        hit: SearchHit = index.data(HitRole)
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(snippet_html(hit.snippet))
        document.setTextWidth(max(width, 50))
        return document

    def _snippet_height(self, document: QTextDocument, font: QFont) -> int:
        limit = QFontMetrics(font).lineSpacing() * self.SNIPPET_LINES
        return int(min(document.size().height(), limit))

    def _meta(self, hit: SearchHit) -> str:
        parts = [kind_label(hit.kind), status_label(hit.status)]
        if hit.authors:
            parts.append(", ".join(hit.authors))
        if hit.deleted:
            parts.append(self.tr("in the trash"))
        return " · ".join(parts)

    def _issue(self, hit: SearchHit) -> str:
        if hit.issue_number is None:
            return self.tr("Pool")
        return self.tr("No. %1").replace("%1", str(hit.issue_number))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        title_font, small_font, snippet_font = self._fonts(option)
        width = option.rect.width()
        if width <= 0 and option.widget is not None:
            width = option.widget.viewport().width()
        text_width = width - 2 * self.MARGIN - 22
        document = self._document(index, snippet_font, text_width)
        height = (
            self.MARGIN * 2
            + QFontMetrics(title_font).lineSpacing()
            + QFontMetrics(small_font).lineSpacing()
            + 4
            + self._snippet_height(document, snippet_font)
        )
        return QSize(max(width, 100), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit: SearchHit = index.data(HitRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()  # the kind icon is drawn below, next to the title
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        title_font, small_font, snippet_font = self._fonts(opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = text_colour if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        painter.save()
        painter.setClipRect(opt.rect)

        # Line 1: icon, title, numéro.
        title_metrics = QFontMetrics(title_font)
        line = title_metrics.lineSpacing()
        icon(hit.kind).paint(painter, QRect(rect.left(), rect.top() + (line - 16) // 2, 16, 16))
        left = rect.left() + 22
        issue_text = self._issue(hit)
        painter.setFont(small_font)
        small_metrics = QFontMetrics(small_font)
        issue_width = small_metrics.horizontalAdvance(issue_text) + 4
        painter.setPen(grey)
        painter.drawText(
            QRect(rect.right() - issue_width, rect.top(), issue_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            issue_text,
        )
        painter.setFont(title_font)
        painter.setPen(grey if hit.deleted else text_colour)
        title_rect = QRect(left, rect.top(), rect.right() - issue_width - 6 - left, line)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(hit.title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        # Line 2: status dot, kind · status · authors.
        top = rect.top() + line
        small_line = small_metrics.lineSpacing()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_color(hit.status))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawEllipse(QRect(left, top + (small_line - 8) // 2, 8, 8))
        painter.setFont(small_font)
        painter.setPen(grey)
        meta_rect = QRect(left + 12, top, rect.right() - left - 12, small_line)
        painter.drawText(
            meta_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(
                self._meta(hit), Qt.TextElideMode.ElideRight, meta_rect.width()
            ),
        )

        # Lines 3…: the snippet.
        top += small_line + 4
        document = self._document(index, snippet_font, rect.right() - left)
        height = self._snippet_height(document, snippet_font)
        painter.translate(left, top)
        painter.setClipRect(QRect(0, 0, rect.right() - left, height))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchPanel(QWidget):
    """The query line, filters, result count and the results list."""

    searchHitOpened = Signal(int, str)  # piece id, the query that found it

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.model = SearchResultsModel(self)
        self._stale = False
        self.last_elapsed_ms = 0.0

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
        from workbench.search import SearchFilters

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
        from workbench.search import parse_query, search
        from workbench.store import StoreError

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
        window.last_search_query = query
        opened = window.open_piece(hit.piece_id)
        if not opened and not window.model.piece_filter.is_empty():
            window.tree_panel.filter_bar.clear()  # the tree's filter was hiding it
            opened = window.open_piece(hit.piece_id)
        if not opened:
            window.statusBar().showMessage(self.tr("This piece is no longer in the tree."), 5000)
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


def install(window: MainWindow) -> None:
    window.last_search_query = ""
    window.search_panel = panel = SearchPanel(window)
    window.search_dock = dock = QDockWidget(
        QCoreApplication.translate("SearchPanel", "Search"), window
    )
    dock.setObjectName("SearchDock")
    dock.setWidget(panel)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    # Beside the article tree, as a tab of the same dock area: opening the search never
    # squeezes the text being edited.
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.tabifyDockWidget(window.dock, dock)
    dock.hide()

    action = QAction(
        icon("search"), QCoreApplication.translate("SearchPanel", "&Search the pieces…"), window
    )
    action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    action.setStatusTip(
        QCoreApplication.translate(
            "SearchPanel", "Search every piece: titles, standfirsts, bodies, contributors"
        )
    )

    def show_search() -> None:
        dock.show()
        dock.raise_()
        panel.focus_query()

    action.triggered.connect(show_search)
    window.act_search = action
    window.menu_view.addAction(action)
    window.storeChanged.connect(panel.store_changed)
