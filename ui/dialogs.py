"""Dialogs to create a publication, a numéro and a piece, and to edit a numéro.

Their text fields type French typography like the body (:class:`TypographyLineEdit`);
``narrow`` is the publication's ``narrow_nbsp`` setting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import PIECE_KINDS
from ui.icons import icon
from ui.labels import issue_status_label, kind_label
from ui.typography_edit import TypographyLineEdit
from workbench.catalog import ISSUE_STATUSES, IssueFields, ValidationError, validate_issue_fields
from workbench.records import IssueInfo


class FormDialog(QDialog):
    """A form with OK/Cancel and an error line that validation fills."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def validate(self) -> None:
        """Raise ValidationError with a message for people when the form is wrong."""

    def accept(self) -> None:
        try:
            self.validate()
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        super().accept()


class PublicationDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(self.tr("New publication"), parent)
        self.name = TypographyLineEdit(self, text=name)
        self.name.setPlaceholderText(self.tr("e.g. the magazine's title"))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.resize(420, self.sizeHint().height())

    def validate(self) -> None:
        if not self.name.text().strip():
            raise ValidationError(self.tr("The name cannot be empty."))


class OptionalDateEdit(QWidget):
    """A date that may be left unset (a check box in front of a calendar field)."""

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setDate(QDate(value) if value else QDate.currentDate())
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        return self.edit.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value))


class IssueDialog(FormDialog):
    """Create a numéro, or edit one when ``issue`` is given."""

    def __init__(
        self,
        parent: QWidget | None = None,
        issue: IssueInfo | None = None,
        next_number: int = 1,
        *,
        narrow: bool = True,
    ) -> None:
        super().__init__(self.tr("Issue properties") if issue else self.tr("New issue"), parent)
        self.number = QSpinBox(self)
        self.number.setRange(1, 99999)
        self.number.setValue(issue.number if issue else next_number)
        self.theme = TypographyLineEdit(self, text=issue.theme if issue else "", narrow=narrow)
        self.theme.setPlaceholderText(self.tr("Theme of the issue"))
        self.page_count = QSpinBox(self)
        self.page_count.setRange(0, 1000)
        self.page_count.setSingleStep(4)
        self.page_count.setValue(issue.page_count if issue else 68)
        self.page_count.setSuffix(self.tr(" pages"))
        self.status = QComboBox(self)
        for code in ISSUE_STATUSES:
            self.status.addItem(issue_status_label(code), code)
        if issue is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(issue.status)))
        self.closing = OptionalDateEdit(issue.closing_date if issue else None, self)
        self.release = OptionalDateEdit(issue.release_date if issue else None, self)
        self.signature_hint = QLabel(self)
        self.signature_hint.setStyleSheet("color: #ef6c00;")
        self.form.addRow(self.tr("&Number:"), self.number)
        self.form.addRow(self.tr("&Theme:"), self.theme)
        self.form.addRow(self.tr("&Pages:"), self.page_count)
        self.form.addRow("", self.signature_hint)
        self.form.addRow(self.tr("&Closing date:"), self.closing)
        self.form.addRow(self.tr("On-&sale date:"), self.release)
        self.form.addRow(self.tr("S&tatus:"), self.status)
        self.page_count.valueChanged.connect(self._update_hint)
        self._update_hint()
        self.resize(440, self.sizeHint().height())

    def _update_hint(self) -> None:
        pages = self.page_count.value()
        if pages % 4:
            self.signature_hint.setText(
                self.tr("Printed in signatures of 4 pages: %1 is not a multiple of 4.").replace(
                    "%1", str(pages)
                )
            )
            self.signature_hint.show()
        else:
            self.signature_hint.hide()

    def fields(self) -> IssueFields:
        return IssueFields(
            number=self.number.value(),
            theme=self.theme.text().strip(),
            page_count=self.page_count.value(),
            closing_date=self.closing.value(),
            release_date=self.release.value(),
            status=self.status.currentData(),
        )

    def validate(self) -> None:
        validate_issue_fields(self.fields())


class PieceDialog(FormDialog):
    """A new piece: kind, title and where it goes (a numéro or au marbre)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        issues: list[IssueInfo] | None = None,
        issue_id: int | None = None,
        kind: str = "reportage",
        *,
        narrow: bool = True,
    ) -> None:
        super().__init__(self.tr("New piece"), parent)
        self.kind = QComboBox(self)
        for code in PIECE_KINDS:
            self.kind.addItem(icon(code), kind_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.title = TypographyLineEdit(self, narrow=narrow)
        self.title.setPlaceholderText(self.tr("Working title"))
        self.issue = QComboBox(self)
        self.issue.addItem(icon("pool"), self.tr("Pool (au marbre)"), None)
        for info in issues or []:
            label = self.tr("No. %1").replace("%1", str(info.number))
            if info.theme:
                label += f" — {info.theme}"
            self.issue.addItem(icon("issue"), label, info.id)
        if issue_id is not None:
            self.issue.setCurrentIndex(max(0, self.issue.findData(issue_id)))
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Issue:"), self.issue)
        self.from_template = QCheckBox(self.tr("Start from the kind's &template"), self)
        self.from_template.setToolTip(
            self.tr("Fill the new piece with the usual structure of its kind, to replace")
        )
        self.from_template.setChecked(True)
        self.form.addRow("", self.from_template)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[str, str, int | None]:
        return self.kind.currentData(), self.title.text().strip(), self.issue.currentData()

    def use_template(self) -> bool:
        return self.from_template.isChecked()

    def validate(self) -> None:
        if not self.title.text().strip():
            raise ValidationError(self.tr("The title cannot be empty."))
