"""The planner's tables: one row per numéro of a publication
(``workbench.flatplan.rules.PlannerRow``), and who is late handing in a piece."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui.icons import icon
from ui.labels import status_label
from workbench.assignments import LateAssignment
from workbench.flatplan.rules import PlannerRow

RowRole = Qt.ItemDataRole.UserRole + 1
IssueIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

NUMBER, THEME, CLOSING, RELEASE, PAGES, READY, WARNINGS = range(7)


class PlannerModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlannerRow] = []

    def set_rows(self, rows: Sequence[PlannerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PlannerRow]:
        return list(self._rows)

    def row_for_issue(self, issue_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.issue_id == issue_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Theme"),
            self.tr("Closing"),
            self.tr("On sale"),
            self.tr("Pages"),
            self.tr("Ready"),
            self.tr("Warnings"),
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == NUMBER:
                if row.closing_missed:
                    return icon("issue-late")
                return icon("plan-warning") if row.warnings else icon("issue")
            if column == WARNINGS and row.warnings:
                return icon("plan-error" if row.late or row.over_budget else "plan-warning")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == PAGES and row.over_budget:
                return QColor("#c62828")
            # Red for the bouclage only when it has passed; late pieces say so in Alertes.
            if column in (NUMBER, CLOSING) and row.closing_missed:
                return QColor("#c62828")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(row.warnings) if row.warnings else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, PAGES, READY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowRole:
            return row
        if role == IssueIdRole:
            return row.issue_id
        return None

    def _display(self, row: PlannerRow, column: int) -> str:
        if column == NUMBER:
            return str(row.number)
        if column == THEME:
            return row.theme
        if column == CLOSING:
            return f"{row.closing_date:%d/%m/%Y}" if row.closing_date else "—"
        if column == RELEASE:
            return f"{row.release_date:%d/%m/%Y}" if row.release_date else "—"
        if column == PAGES:
            return (
                self.tr("%1 / %2")
                .replace("%1", str(row.placed_pages))
                .replace("%2", str(row.page_count))
            )
        if column == READY:
            return self.tr("%1 of %2").replace("%1", str(row.ready)).replace("%2", str(row.planned))
        if column == WARNINGS:
            parts = []
            if row.closing_missed:
                parts.append(self.tr("closing date passed"))
            if row.late_pieces == 1:
                parts.append(self.tr("1 late piece"))
            elif row.late_pieces:
                parts.append(self.tr("%1 late pieces").replace("%1", str(row.late_pieces)))
            if row.over_budget:
                parts.append(self.tr("over its pages"))
            if not parts and row.warnings:
                parts.append(row.warnings[0])
            return " · ".join(parts)
        return ""

    @staticmethod
    def _sort_key(row: PlannerRow, column: int) -> Any:
        return (
            row.number,
            row.theme.lower(),
            row.closing_date.isoformat() if row.closing_date else "",
            row.release_date.isoformat() if row.release_date else "",
            row.page_count,
            row.ready / row.planned if row.planned else 0.0,
            len(row.warnings),
        )[column]


PERSON, PIECE_TITLE, DUE, DAYS_LATE, ISSUE_NUMBER = range(5)
PieceIdRole = Qt.ItemDataRole.UserRole + 4


class LateModel(QAbstractTableModel):
    """Who is late (``workbench.assignments.late``): one row per person and piece."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LateAssignment] = []
        self.today = date.today()

    def set_rows(self, rows: Sequence[LateAssignment], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today
        self.endResetModel()

    def rows(self) -> list[LateAssignment]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Person"),
            self.tr("Piece"),
            self.tr("Due"),
            self.tr("Days late"),
            self.tr("No."),
        )[section]

    def days_late(self, row: LateAssignment) -> int:
        return (self.today - row.due).days

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PERSON:
                return row.name
            if column == PIECE_TITLE:
                return row.title
            if column == DUE:
                return f"{row.due:%d/%m/%Y}"
            if column == DAYS_LATE:
                return str(self.days_late(row))
            return str(row.issue_number) if row.issue_number is not None else "—"
        if role == SortRole:
            return (
                row.name.casefold(),
                row.title.casefold(),
                row.due.isoformat(),
                self.days_late(row),
                row.issue_number if row.issue_number is not None else -1,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (DUE, DAYS_LATE):
            return QColor("#c62828")
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 has not handed in « %2 », due %3 (%4).")
                .replace("%1", row.name)
                .replace("%2", row.title)
                .replace("%3", f"{row.due:%d/%m/%Y}")
                .replace("%4", status_label(row.status))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DAYS_LATE, ISSUE_NUMBER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PieceIdRole:
            return row.piece_id
        return None
