"""« Attribué à »: who the piece is given to (author, photographer…) and by when.

Shown under the piece's form; the editor-in-chief adds and removes people
(:mod:`workbench.assignments`, Right.ASSIGN), everyone else reads. Written at once, not
with the text: an assignment is the plan's, not the writer's.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import CONTRIBUTOR_ROLES, ContributorRole
from ui.dialogs import FormDialog, OptionalDateEdit
from ui.icons import icon
from ui.labels import role_label, team_role_label
from workbench import assignments, team
from workbench.assignments import Assignment
from workbench.catalog import ValidationError
from workbench.rights import Right, refusal
from workbench.store import Store, StoreError

Index = QModelIndex | QPersistentModelIndex


class AssignmentsModel(QAbstractTableModel):
    """A piece's assignments: name, role, due date."""

    NAME, ROLE, DUE = 0, 1, 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Assignment] = []

    def set_assignments(self, rows: list[Assignment]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def assignments(self) -> list[Assignment]:
        return list(self._rows)

    def assignment(self, row: int) -> Assignment | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Person"), self.tr("Role"), self.tr("Due")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.assignment(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.NAME:
                return found.name
            if index.column() == self.ROLE:
                return role_label(found.role)
            return found.due.strftime("%d/%m/%Y") if found.due else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return found.login
        return None


class AssignDialog(FormDialog):
    """Who (a member of the team), in which role, by when."""

    def __init__(self, members: list[team.Member], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assign the piece"), parent)
        self.person = QComboBox(self)
        for member in members:
            self.person.addItem(f"{member.name} ({team_role_label(member.role)})", member.login)
        self.role = QComboBox(self)
        for code in CONTRIBUTOR_ROLES:
            self.role.addItem(role_label(code), code)
        self.role.setCurrentIndex(max(0, self.role.findData(ContributorRole.AUTHOR)))
        self.due = OptionalDateEdit(None, self)
        self.form.addRow(self.tr("&Person:"), self.person)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Due date:"), self.due)
        self.resize(380, self.sizeHint().height())

    def validate(self) -> None:
        if self.person.currentData() is None:
            raise ValidationError(self.tr("Choose a person."))

    def values(self) -> tuple[str, str, date | None]:
        return self.person.currentData(), self.role.currentData(), self.due.value()


class AssignmentsPanel(QWidget):
    """The list, with « add » and « remove » for the editor-in-chief. ``changed`` after an
    assignment was written here."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.piece_id: int | None = None
        self.model = AssignmentsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AssignmentsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AssignmentsModel.ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AssignmentsModel.DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setFixedHeight(96)
        self.nobody = QLabel(self.tr("Nobody yet."), self)
        self.nobody.setStyleSheet("color: #757575;")
        self.add_button = QToolButton(self)
        self.add_button.setIcon(icon("add"))
        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(icon("remove"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lists = QVBoxLayout()
        lists.addWidget(self.view)
        lists.addWidget(self.nobody)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(lists, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._refused: str | None = None
        self._update_buttons()

    def set_piece(self, piece_id: int | None) -> None:
        self.piece_id = piece_id
        self.reload()

    def reload(self) -> None:
        try:
            rows = assignments.of_piece(self.store, self.piece_id) if self.piece_id else []
        except StoreError:  # the server is away: the list stays as it was
            return
        self._refused = refusal(self.store.role, Right.ASSIGN)
        if rows != self.model.assignments():
            self.model.set_assignments(rows)
        self.view.setVisible(bool(rows))
        self.nobody.setVisible(not rows)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        refused = self._refused
        self.add_button.setEnabled(self.piece_id is not None and refused is None)
        self.add_button.setToolTip(refused or self.tr("Assign the piece to someone of the team"))
        selected = self.view.currentIndex().isValid() and self.view.selectionModel().hasSelection()
        self.remove_button.setEnabled(selected and refused is None)
        self.remove_button.setToolTip(refused or self.tr("Take the piece back from this person"))

    def add(self) -> bool:
        if self.piece_id is None or self._refused is not None:
            return False
        try:
            members = team.members(self.store)
        except StoreError as exc:
            self._show_error(str(exc))
            return False
        if not members:
            self._show_error(
                self.tr("The team is empty: add people in Tools › Team… to assign pieces.")
            )
            return False
        dialog = self.make_dialog(members)
        if not dialog.exec():
            return False
        return self.assign(*dialog.values())

    def make_dialog(self, members: list[team.Member]) -> AssignDialog:
        return AssignDialog(members, self)

    def assign(self, login: str, role: str, due: date | None) -> bool:
        if self.piece_id is None:
            return False
        try:
            assignments.assign(self.store, self.piece_id, login, role=role, due=due)
        except StoreError as exc:
            self._show_error(str(exc))
            return False
        self._written()
        return True

    def remove_selected(self) -> bool:
        found = self.model.assignment(self.view.currentIndex().row())
        if found is None or self.piece_id is None:
            return False
        try:
            assignments.unassign(self.store, self.piece_id, found.login, found.role)
        except StoreError as exc:
            self._show_error(str(exc))
            return False
        self._written()
        return True

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _written(self) -> None:
        self.error.hide()
        self.reload()
        self.changed.emit()
