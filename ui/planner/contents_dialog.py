"""The numéro's sommaire (rubrique, title, author, page) generated from the chemin de fer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.file_dialogs import SafeFileDialog, documents_folder
from workbench.flatplan.rules import ContentsLine, Flatplan, table_of_contents


class ContentsModel(QAbstractTableModel):
    PAGE, SECTION, TITLE, AUTHORS = range(4)

    def __init__(self, lines: Sequence[ContentsLine] = (), parent=None) -> None:
        super().__init__(parent)
        self._lines = list(lines)

    def lines(self) -> list[ContentsLine]:
        return list(self._lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Page"), self.tr("Section"), self.tr("Title"), self.tr("Author"))[
                section
            ]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(line.page), line.section, line.title, line.authors)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.PAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def as_text(self, heading: str = "") -> str:
        """Tab-separated lines (page, rubrique, title, author): pastes into a spreadsheet or
        a layout program's table."""
        rows = [heading, ""] if heading else []
        rows += [
            "\t".join((str(line.page), line.section, line.title, line.authors)).rstrip()
            for line in self._lines
        ]
        return "\n".join(rows) + "\n"


class ContentsDialog(QDialog):
    def __init__(self, plan: Flatplan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        issue = plan.issue
        number = self.tr("No. %1").replace("%1", str(issue.number))
        self.heading = f"{plan.publication} — {number}" if plan.publication else number
        if issue.theme:
            self.heading += f" — {issue.theme}"
        self.setWindowTitle(self.tr("Contents of %1").replace("%1", number))
        self.model = ContentsModel(table_of_contents(plan), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ContentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ContentsModel.PAGE, ContentsModel.SECTION, ContentsModel.AUTHORS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        label = QLabel(self.heading, self)
        label.setStyleSheet("font-weight: bold;")
        if not self.model.rowCount():
            label.setText(self.heading + "\n" + self.tr("No piece has pages yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            self.tr("&Save as text…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.model.as_text(self.heading))

    def save(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = SafeFileDialog.getSaveFileName(
                self,
                self.tr("Save the contents"),
                str(documents_folder() / "sommaire.txt"),
                self.tr("Text (*.txt)"),
            )
        if not path:
            return None
        target = Path(path)
        try:
            target.write_text(self.model.as_text(self.heading), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Contents"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        return target
