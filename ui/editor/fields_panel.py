"""The piece's form beside the text: kind, title, chapô, credits, status, target length,
due date, numéro, signature note and édito number. Saved with the body by the editor.

On a team store the person's role decides what may change (:meth:`FieldsPanel.set_access`):
a field refused is greyed with the reason as its tooltip, the statuses one may not give
are greyed in the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import CONTRIBUTOR_ROLES, PIECE_KINDS, PIECE_STATUSES, ContributorRole, PieceKind
from ui.dialogs import OptionalDateEdit
from ui.editor.text_edit import MarkdownTextEdit
from ui.icons import icon
from ui.labels import kind_label, role_label, status_label
from ui.typography_edit import TypographyLineEdit
from workbench.records import IssueInfo, PieceDetail

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FieldAccess:
    """What the person may change in the form; each reason (None: allowed) becomes the
    greyed field's tooltip. ``statuses``: the statuses one may give (None: all),
    ``status_refusals`` why each other one is refused."""

    edit: str | None = None  # the piece's own fields (kind, title, chapô, credits…)
    plan: str | None = None  # its place in the plan (numéro, due date)
    status: str | None = None  # its status, as a whole
    statuses: frozenset[str] | None = None
    status_refusals: dict[str, str] = field(default_factory=dict)


EVERYTHING = FieldAccess()


class ContributorsModel(QAbstractTableModel):
    """Credits of the piece: (name, role) rows, in order."""

    changed = Signal()
    NAME, ROLE = 0, 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []

    def set_credits(self, credits: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = [[name, role] for name, role in credits]
        self.endResetModel()

    def credits(self) -> tuple[tuple[str, str], ...]:
        return tuple((name, role) for name, role in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Name") if section == self.NAME else self.tr("Role")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, code = self._rows[index.row()]
        if index.column() == self.NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return name
        elif role == Qt.ItemDataRole.DisplayRole:
            return role_label(code)
        elif role == Qt.ItemDataRole.EditRole:
            return code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        value = str(value)
        if index.column() == self.ROLE and value not in CONTRIBUTOR_ROLES:
            return False
        if row[index.column()] == value:
            return False
        row[index.column()] = value
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def add(self, name: str = "", role: str = ContributorRole.AUTHOR) -> QModelIndex:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([name, role])
        self.endInsertRows()
        self.changed.emit()
        return self.index(row, self.NAME)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.changed.emit()


class RoleDelegate(QStyledItemDelegate):
    """A combo box of the credit roles."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code in CONTRIBUTOR_ROLES:
            combo.addItem(role_label(code), code)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class FieldsPanel(QWidget):
    """Emits ``changed`` on every edit a person makes (not on :meth:`load`)."""

    changed = Signal()
    titleEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.access = EVERYTHING
        self._tips: dict[QWidget, str] = {}
        self.kind = QComboBox(self)
        for code in PIECE_KINDS:
            self.kind.addItem(icon(code), kind_label(code), code)
        self.title = TypographyLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title of the piece"))

        self.standfirst = MarkdownTextEdit(self)
        self.standfirst.document().setDocumentMargin(4)
        self.standfirst.setPlaceholderText(self.tr("The chapô: the introduction printed in bold"))
        self.standfirst.setTabChangesFocus(True)
        self.standfirst.setFixedHeight(110)
        self.contributors = ContributorsModel(self)
        self.credits_view = QTableView(self)
        self.credits_view.setModel(self.contributors)
        self.credits_view.setItemDelegateForColumn(ContributorsModel.ROLE, RoleDelegate(self))
        self.credits_view.verticalHeader().hide()
        self.credits_view.horizontalHeader().setSectionResizeMode(
            ContributorsModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.credits_view.horizontalHeader().setSectionResizeMode(
            ContributorsModel.ROLE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.credits_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.credits_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.credits_view.setFixedHeight(110)
        self.credits_view.setWordWrap(False)
        self.add_credit = QToolButton(self)
        self.add_credit.setIcon(icon("add"))
        self.add_credit.setToolTip(self.tr("Add a contributor"))
        self.remove_credit = QToolButton(self)
        self.remove_credit.setIcon(icon("remove"))
        self.remove_credit.setToolTip(self.tr("Remove the selected contributor"))
        self.status = QComboBox(self)
        for code in PIECE_STATUSES:
            self.status.addItem(status_label(code), code)
        self.target = QSpinBox(self)
        self.target.setRange(0, 1_000_000)
        self.target.setSingleStep(500)
        self.target.setSpecialValueText(self.tr("none"))
        self.target.setSuffix(self.tr(" signs"))
        self.target.setGroupSeparatorShown(True)
        self.due = OptionalDateEdit(None, self)
        self.issue = QComboBox(self)
        self.signature = TypographyLineEdit(self)
        self.signature.setPlaceholderText(self.tr("e.g. Édito rédigé en octobre 2014"))
        self.edito_number = QSpinBox(self)
        self.edito_number.setRange(0, 99999)
        self.edito_number.setSpecialValueText(self.tr("none"))

        credits = QWidget(self)
        credits_layout = QHBoxLayout(credits)
        credits_layout.setContentsMargins(0, 0, 0, 0)
        credits_layout.addWidget(self.credits_view, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_credit)
        buttons.addWidget(self.remove_credit)
        buttons.addStretch(1)
        credits_layout.addLayout(buttons)

        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("C&hapô:"), self.standfirst)
        form.addRow(self.tr("&Credits:"), credits)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("T&arget length:"), self.target)
        form.addRow(self.tr("&Due date:"), self.due)
        form.addRow(self.tr("&Issue:"), self.issue)
        form.addRow(self.tr("Si&gnature note:"), self.signature)
        form.addRow(self.tr("Édit&o number:"), self.edito_number)
        # On a team store: who saved the piece last, and when.
        self.last_saved = QLabel(self)
        self.last_saved.setObjectName("LastSaved")
        form.addRow(self.tr("Last saved:"), self.last_saved)
        form.setRowVisible(self.last_saved, False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

        for signal in (
            self.kind.currentIndexChanged,
            self.title.textEdited,
            self.contributors.changed,
            self.status.currentIndexChanged,
            self.target.valueChanged,
            self.due.enabled.toggled,
            self.due.edit.dateChanged,
            self.issue.currentIndexChanged,
            self.signature.textEdited,
            self.edito_number.valueChanged,
        ):
            signal.connect(self._edited)
        self.standfirst.document().contentsChanged.connect(self._standfirst_changed)
        self.title.textEdited.connect(self._title_edited)
        self.kind.currentIndexChanged.connect(self._update_rows)
        self.add_credit.clicked.connect(self._add_credit)
        self.remove_credit.clicked.connect(self._remove_credit)

    def set_narrow(self, narrow: bool) -> None:
        self.title.narrow = self.signature.narrow = self.standfirst.narrow = narrow

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _standfirst_changed(self) -> None:
        if self.standfirst.document().isModified():  # not the highlighter's formats
            self._edited()

    def _title_edited(self, text: str) -> None:
        if not self._loading:
            self.titleEdited.emit(text)

    def _update_rows(self) -> None:
        is_edito = self.kind.currentData() == PieceKind.EDITO
        self.form.setRowVisible(self.edito_number, is_edito or self.edito_number.value() > 0)

    def _add_credit(self) -> None:
        index = self.contributors.add()
        self.credits_view.setCurrentIndex(index)
        self.credits_view.edit(index)

    def _remove_credit(self) -> None:
        index = self.credits_view.currentIndex()
        if index.isValid():
            self.contributors.remove(index.row())

    # Loading and reading ------------------------------------------------------------------

    def set_issues(self, issues: list[IssueInfo], current: int | None) -> None:
        was_loading, self._loading = self._loading, True
        self.issue.clear()
        self.issue.addItem(icon("pool"), self.tr("Pool (au marbre)"), None)
        for info in issues:
            label = self.tr("No. %1").replace("%1", str(info.number))
            if info.theme:
                label += f" — {info.theme}"
            self.issue.addItem(icon("issue"), label, info.id)
        self.issue.setCurrentIndex(max(0, self.issue.findData(current)))
        self._loading = was_loading

    def load(self, piece: PieceDetail, issues: list[IssueInfo]) -> None:
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(piece.kind)))
            self.title.setText(piece.title)
            self.title.setCursorPosition(0)
            if self.standfirst.plain_text() != piece.standfirst:
                self.standfirst.set_body(piece.standfirst)
            self.contributors.set_credits([(c.name, c.role) for c in piece.contributors])
            self.status.setCurrentIndex(max(0, self.status.findData(piece.status)))
            self.target.setValue(piece.target_signs or 0)
            self.due.set_value(piece.due_date)
            self.set_issues(issues, piece.issue_id)
            self.signature.setText(piece.signature_note)
            self.signature.setCursorPosition(0)
            self.edito_number.setValue(piece.edito_number or 0)
            self._update_rows()
        finally:
            self._loading = False

    def set_access(self, access: FieldAccess) -> None:
        """Grey what the person may not change, with why as the tooltip."""
        self.access = access
        own = [
            self.kind,
            self.title,
            self.standfirst,
            self.credits_view,
            self.add_credit,
            self.remove_credit,
            self.target,
            self.signature,
            self.edito_number,
        ]
        for widget in own:
            self._allow(widget, access.edit)
        for widget in (self.issue, self.due):
            self._allow(widget, access.edit or access.plan)
        self._allow(self.status, access.status)
        model = self.status.model()
        if isinstance(model, QStandardItemModel):
            for row in range(self.status.count()):
                item = model.item(row)
                code = item.data(Qt.ItemDataRole.UserRole)
                allowed = access.statuses is None or code in access.statuses
                item.setEnabled(allowed)
                item.setToolTip("" if allowed else access.status_refusals.get(code, ""))

    def _allow(self, widget: QWidget, reason: str | None) -> None:
        """Enable ``widget``, or grey it with ``reason`` as its tooltip."""
        if widget not in self._tips:
            self._tips[widget] = widget.toolTip()
        widget.setEnabled(reason is None)
        widget.setToolTip(self._tips[widget] if reason is None else reason)

    def show_last_saved(self, text: str) -> None:
        """« Claire Martin, 07/12 à 10:42 » (a team store), or nothing (the row hides)."""
        self.last_saved.setText(text)
        self.form.setRowVisible(self.last_saved, bool(text))

    def form_fields(self) -> dict[str, Any]:
        """The form's values for :data:`workbench.editing.FORM_FIELDS`."""
        return {
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "target_signs": self.target.value() or None,
            "due_date": self.due.value(),
            "signature_note": self.signature.text().strip(),
            "edito_number": self.edito_number.value() or None,
        }

    def issue_id(self) -> int | None:
        return self.issue.currentData()

    def credits(self) -> tuple[tuple[str, str], ...]:
        return self.contributors.credits()
