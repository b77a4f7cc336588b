"""The import report dialog: one row per file, and what happened to the selected one."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.labels import kind_label, status_label
from workbench.importers.report import (
    CREATED,
    DUPLICATE,
    REFUSED,
    FileResult,
    ImportReport,
    field_label,
    format_report,
    value_text,
)

if TYPE_CHECKING:
    from ui.importing.outcome import ImportOutcome

ResultRole = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {CREATED: "#2e7d32", DUPLICATE: "#ef6c00", REFUSED: "#c62828"}
STATUS_ICONS = {CREATED: "import-created", DUPLICATE: "import-duplicate", REFUSED: "import-refused"}
STATUS, FILE, TITLE, KIND, ISSUE = range(5)
_Index = QModelIndex | QPersistentModelIndex


class ImportReportModel(QAbstractTableModel):
    """The files of an import report: status, file name, title, kind, numéro."""

    def __init__(self, report: ImportReport, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files = list(report.files)

    def result(self, row: int) -> FileResult:
        return self._files[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._files)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def status_text(self, status: str) -> str:
        return {
            CREATED: self.tr("Created"),
            DUPLICATE: self.tr("Duplicate"),
            REFUSED: self.tr("Refused"),
        }.get(status, status)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Status"),
            self.tr("File"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Issue"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._files[index.row()]
        column = index.column()
        if role == ResultRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STATUS:
                return self.status_text(item.status)
            if column == FILE:
                return Path(item.path).name
            if column == TITLE:
                return item.title
            if column == KIND:
                return kind_label(item.kind) if item.kind else ""
            if column == ISSUE:
                if item.issue is not None:
                    return self.tr("No. %1").replace("%1", str(item.issue))
                return self.tr("Pool") if item.status == CREATED else ""
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return icon(STATUS_ICONS.get(item.status, ""))
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QColor(STATUS_COLOURS.get(item.status, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.status == REFUSED:
                return "; ".join(item.reasons)
            return item.path
        return None


def summary_text(report: ImportReport) -> str:
    """« 3 créés, 1 doublon, 1 refusé »."""
    created, duplicates, refused = (report.count(s) for s in (CREATED, DUPLICATE, REFUSED))
    # Singular up to one, as French counts (« 0 doublon »).
    parts = [
        QCoreApplication.translate("ImportReport", "%1 created")
        if created <= 1
        else QCoreApplication.translate("ImportReport", "%1 created", "plural"),
        QCoreApplication.translate("ImportReport", "%1 duplicate")
        if duplicates <= 1
        else QCoreApplication.translate("ImportReport", "%1 duplicates"),
        QCoreApplication.translate("ImportReport", "%1 refused")
        if refused <= 1
        else QCoreApplication.translate("ImportReport", "%1 refused", "plural"),
    ]
    return ", ".join(
        part.replace("%1", str(n))
        for part, n in zip(parts, (created, duplicates, refused), strict=True)
    )


def _shown(key: str, value: Any) -> Any:
    """A recognised or guessed value as people read it: labels for codes, French dates."""
    if key == "kind" and isinstance(value, str):
        return kind_label(value)
    if key == "status" and isinstance(value, str):
        return status_label(value)
    return _when(value)


def _when(value: Any) -> Any:
    """ISO dates of the report as French dates."""
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if len(value) == 10 or (moment.hour, moment.minute) == (0, 0):
            return moment.strftime("%d/%m/%Y")
        return moment.strftime("%d/%m/%Y %H:%M")
    return value


class ImportReportDialog(QDialog):
    """What an import did, file by file; non-modal so the tree stays usable next to it."""

    openPieceRequested = Signal(int)

    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("Import report"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.model = ImportReportModel(outcome.report, self)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setText(self._summary_html())

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((STATUS, 110), (FILE, 190), (KIND, 100), (ISSUE, 95)):
            self.view.setColumnWidth(column, width)

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(icon("open"), self.tr("&Open the piece"), self)
        self.copy_button = QPushButton(icon("copy"), self.tr("&Copy the report"), self)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.close)
        self.open_button.clicked.connect(self.open_current)
        self.copy_button.clicked.connect(self.copy_report)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(1500)
        self._copied_timer.timeout.connect(
            lambda: self.copy_button.setText(self.tr("&Copy the report"))
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(920, 600)

        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.view.activated.connect(lambda _index: self.open_current())
        first = self._first_interesting_row()
        if first is not None:
            self.view.setCurrentIndex(self.model.index(first, 0))
        else:
            self._show_current(QModelIndex(), QModelIndex())
        self.view.setFocus()

    # Content ---------------------------------------------------------------------

    def _first_interesting_row(self) -> int | None:
        """Refused files first (they need attention), else the first row."""
        if not self.model.rowCount():
            return None
        for row in range(self.model.rowCount()):
            if self.model.result(row).status == REFUSED:
                return row
        return 0

    def summary_line(self) -> str:
        return summary_text(self.outcome.report)

    def _summary_html(self) -> str:
        parts = [f"<b>{escape(self.summary_line())}</b>"]
        outcome = self.outcome
        if outcome.cancelled:
            parts.append(
                escape(
                    self.tr("Import cancelled: %1 of %2 files were processed.")
                    .replace("%1", str(len(outcome.report.files)))
                    .replace("%2", str(outcome.total))
                )
            )
        if outcome.placement_error:
            parts.append(
                "<span style='color:#c62828'>"
                + escape(
                    self.tr("The pieces could not be placed where they were dropped: %1").replace(
                        "%1", outcome.placement_error
                    )
                )
                + "</span>"
            )
        return "<br>".join(parts)

    def current_result(self) -> FileResult | None:
        index = self.view.currentIndex()
        return self.model.result(index.row()) if index.isValid() else None

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.result(current.row()) if current.isValid() else None
        self.open_button.setEnabled(
            item is not None and item.status != REFUSED and item.piece_id is not None
        )
        self.detail.setHtml(self.detail_html(item) if item else "")

    def detail_html(self, item: FileResult) -> str:

        colour = STATUS_COLOURS.get(item.status, "#000")
        html = [
            f"<h3 style='margin-bottom:2px'>{escape(Path(item.path).name)}</h3>",
            f"<div style='color:#757575'>{escape(item.path)}</div>",
            f"<p><b style='color:{colour}'>{escape(self.model.status_text(item.status))}</b>",
        ]
        if item.format:
            described = item.format + (f", {item.encoding}" if item.encoding else "")
            html.append(" — " + escape(self.tr("read as %1").replace("%1", described)))
        html.append("</p>")
        if item.title and item.status != REFUSED:
            html.append(f"<p><b>{escape(item.title)}</b></p>")

        def section(title: str, lines: list[str], colour: str = "") -> None:
            if not lines:
                return
            style = f" style='color:{colour}'" if colour else ""
            html.append(f"<p style='margin-bottom:0'><b>{escape(title)}</b></p><ul{style}>")
            html.extend(f"<li>{escape(line)}</li>" for line in lines)
            html.append("</ul>")

        def fields(values: dict) -> list[str]:
            return [
                f"{field_label(k)}\u00a0: {value_text(_shown(k, v))}" for k, v in values.items()
            ]

        if item.status == REFUSED:
            section(self.tr("Why the file was refused"), item.reasons, "#c62828")
            html.append(
                "<p style='color:#757575'>"
                + escape(self.tr("Nothing was written to the database for this file."))
                + "</p>"
            )
            return "".join(html)
        if item.status == DUPLICATE:
            section(self.tr("Already in the database"), item.reasons)
            return "".join(html)
        created = list(item.created)
        if item.publication:
            created.append(self.tr("in the publication « %1 »").replace("%1", item.publication))
        section(self.tr("Created"), created)
        if item.piece_id in self.outcome.placed:
            section(
                self.tr("Placed"),
                [
                    self.tr("in No. %1, where the file was dropped").replace(
                        "%1", str(self.outcome.placed[item.piece_id])
                    )
                ],
            )
        section(self.tr("Recognised"), fields(item.recognised))
        section(self.tr("Guessed (check these)"), fields(item.guessed), "#ef6c00")
        section(self.tr("Undetermined"), item.undetermined, "#ef6c00")
        section(self.tr("Warnings"), item.warnings, "#ef6c00")
        section(self.tr("Removed from the page"), [value_text(r) for r in item.removed], "#757575")
        return "".join(html)

    # Actions -----------------------------------------------------------------------

    def open_current(self) -> None:
        item = self.current_result()
        if item is not None and item.status != REFUSED and item.piece_id is not None:
            self.openPieceRequested.emit(item.piece_id)

    def report_text(self) -> str:

        lines = format_report(self.outcome.report)
        for piece_id, number in self.outcome.placed.items():
            lines.insert(
                -1,
                self.tr("Piece %1 placed in No. %2, where the file was dropped.")
                .replace("%1", str(piece_id))
                .replace("%2", str(number)),
            )
        if self.outcome.cancelled:
            lines.append(
                self.tr("Import cancelled: %1 of %2 files were processed.")
                .replace("%1", str(len(self.outcome.report.files)))
                .replace("%2", str(self.outcome.total))
            )
        return "\n".join(lines) + "\n"

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy_button.setText(self.tr("Copied"))
        self._copied_timer.start()
