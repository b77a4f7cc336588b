"""Small planning dialogs: a slot of the chemin de fer, a due date, the next numéro."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from db.vocabulary import SlotKind
from ui.dialogs import FormDialog, OptionalDateEdit
from ui.labels import slot_label
from ui.typography_edit import TypographyLineEdit
from workbench.catalog import ValidationError
from workbench.flatplan.changes import SLOT_KINDS


class SlotDialog(FormDialog):
    """Add or edit a slot: an ad, the cover, the sommaire, careers or fixed pages."""

    def __init__(
        self,
        parent: QWidget | None,
        issue_pages: int,
        *,
        kind: str = SlotKind.AD,
        label: str = "",
        first_page: int = 1,
        page_count: int = 1,
        editing: bool = False,
        narrow: bool = True,
    ) -> None:
        super().__init__(self.tr("Edit slot") if editing else self.tr("New slot"), parent)
        self.kind = QComboBox(self)
        for code in SLOT_KINDS:
            self.kind.addItem(slot_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.label = TypographyLineEdit(self, text=label, narrow=narrow)
        self.label.setPlaceholderText(self.tr("e.g. the advertiser, « 2e de couverture »"))
        self.first_page = QSpinBox(self)
        self.first_page.setRange(1, max(issue_pages, 1))
        self.first_page.setValue(min(max(first_page, 1), max(issue_pages, 1)))
        self.page_count = QSpinBox(self)
        self.page_count.setRange(1, max(issue_pages, 1))
        self.page_count.setValue(page_count)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Label:"), self.label)
        self.form.addRow(self.tr("&First page:"), self.first_page)
        self.form.addRow(self.tr("&Pages:"), self.page_count)
        self.resize(420, self.sizeHint().height())

    def values(self) -> tuple[str, str, int, int]:
        return (
            self.kind.currentData(),
            self.label.text().strip(),
            self.first_page.value(),
            self.page_count.value(),
        )


class DueDateDialog(FormDialog):
    def __init__(self, parent: QWidget | None, due: date | None) -> None:
        super().__init__(self.tr("Due date"), parent)
        self.due = OptionalDateEdit(due, self)
        self.form.addRow(self.tr("&Due:"), self.due)
        self.resize(320, self.sizeHint().height())

    def value(self) -> date | None:
        return self.due.value()


class DuplicateDialog(FormDialog):
    """The number and theme of the numéro started from another one's structure."""

    def __init__(
        self,
        parent: QWidget | None,
        source_number: int,
        next_number: int,
        taken: set[int],
        *,
        narrow: bool = True,
    ) -> None:
        super().__init__(
            self.tr("Duplicate the structure of No. %1").replace("%1", str(source_number)), parent
        )
        self.taken = taken
        self.number = QSpinBox(self)
        self.number.setRange(1, 99999)
        self.number.setValue(next_number)
        self.theme = TypographyLineEdit(self, narrow=narrow)
        self.theme.setPlaceholderText(self.tr("Theme of the new issue"))
        self.form.addRow(self.tr("&Number:"), self.number)
        self.form.addRow(self.tr("&Theme:"), self.theme)
        self.resize(420, self.sizeHint().height())

    def validate(self) -> None:
        if self.number.value() in self.taken:
            raise ValidationError(
                self.tr("Issue No. %1 already exists.").replace("%1", str(self.number.value()))
            )
