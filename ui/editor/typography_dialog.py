"""« Corriger la typographie »: every change the piece needs, shown before it is applied.

The changes come from :func:`workbench.text.typography.fix_typography` (which leaves URLs, code
and markdown syntax alone and is idempotent); the writer unchecks those to leave out and
applies the rest. :func:`correct_typography` runs the whole command on an editor.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.editor.textops import PositionMap, apply_text_preserving_undo, document_text
from workbench.text.typography import (
    TypoChange,
    apply_changes,
    fix_piece,
    fix_plain_typography,
    fix_typography,
)

__all__ = [
    "TypographyDialog",
    "apply_text_preserving_undo",
    "correct_piece_typography",
    "correct_typography",
]

CONTEXT_CHARS = 28
HtmlRole = Qt.ItemDataRole.UserRole + 1
_VISIBLE = {"\u00a0": "°", "\u202f": "˚", " ": "·", "\t": "⇥"}
_SPACE_STYLE = "font-weight:bold;"
_OLD_STYLE = "color:#b71c1c; background-color:#ffcdd2;"
_NEW_STYLE = "color:#1b5e20; background-color:#c8e6c9;"


def _shown(text: str) -> str:
    """Escaped, with spaces made visible (the changes are mostly about spaces)."""
    parts = []
    for ch in text:
        if ch in _VISIBLE:
            parts.append(f'<span style="{_SPACE_STYLE}">{_VISIBLE[ch]}</span>')
        else:
            parts.append(html.escape(ch))
    return "".join(parts)


def _context(text: str) -> str:
    return html.escape(text.replace("\n", " ").replace("\u00a0", " ").replace("\u202f", " "))


FIELDS = ("title", "standfirst", "body")


@dataclass(frozen=True, slots=True)
class ProposedChange:
    field: str  # title, standfirst or body (or "text" for a lone text)
    line: int  # 1-based line of the field's text
    change: TypoChange


class TypographyChangeModel(QAbstractTableModel):
    """The proposed changes: where, extract with the change, rule; checkable per change.

    ``texts`` maps a field name (title, standfirst, body) to its text, ``changes`` the same
    names to the changes proposed for that text."""

    LINE, CHANGE, RULE = range(3)

    def __init__(
        self,
        texts: Mapping[str, str],
        changes: Mapping[str, Sequence[TypoChange]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.texts = dict(texts)
        order = [f for f in FIELDS if f in changes] + [f for f in changes if f not in FIELDS]
        self.rows: list[ProposedChange] = []
        for name in order:
            text, line, cursor = self.texts[name], 1, 0
            for change in sorted(changes[name], key=lambda c: c.start):
                line += text.count("\n", cursor, change.start)
                cursor = change.start
                self.rows.append(ProposedChange(name, line, change))
        self.several_fields = len(order) > 1
        self.checked = [True] * len(self.rows)

    @property
    def changes(self) -> list[TypoChange]:
        return [row.change for row in self.rows]

    def checked_changes(self, field: str | None = None) -> list[TypoChange]:
        return [
            row.change
            for row, on in zip(self.rows, self.checked, strict=True)
            if on and (field is None or row.field == field)
        ]

    def set_all_checked(self, checked: bool) -> None:
        self.checked = [checked] * len(self.rows)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.LINE),
                self.index(len(self.rows) - 1, self.LINE),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            where = self.tr("Where") if self.several_fields else self.tr("Line")
            return (where, self.tr("Change"), self.tr("Rule"))[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.LINE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def where(self, row: int) -> str:
        """« 12 » for a lone text; « Texte, ligne 12 », « Titre »… for a whole piece."""
        proposed = self.rows[row]
        if not self.several_fields:
            return str(proposed.line)
        label = {
            "title": self.tr("Title"),
            "standfirst": self.tr("Standfirst"),
            "body": self.tr("Body"),
        }.get(proposed.field, proposed.field)
        if "\n" not in self.texts[proposed.field]:
            return label
        return self.tr("%1, line %2").replace("%1", label).replace("%2", str(proposed.line))

    def extract_html(self, row: int) -> str:
        change = self.rows[row].change
        text = self.texts[self.rows[row].field]
        line_start = text.rfind("\n", 0, change.start) + 1
        line_end = text.find("\n", change.end)
        line_end = len(text) if line_end < 0 else line_end
        before_start = max(line_start, change.start - CONTEXT_CHARS)
        after_end = min(line_end, change.end + CONTEXT_CHARS)
        before = ("…" if before_start > line_start else "") + _context(
            text[before_start : change.start]
        )
        after = _context(text[change.end : after_end]) + ("…" if after_end < line_end else "")
        return (
            f'<span style="color:#616161;">{before}</span>'
            f'<span style="{_OLD_STYLE}">{_shown(change.old)}</span>'
            '<span style="color:#757575;">\u2009→\u2009</span>'
            f'<span style="{_NEW_STYLE}">{_shown(change.new)}</span>'
            f'<span style="color:#616161;">{after}</span>'
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        change = self.rows[row].change
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE:
                return self.where(row)
            if column == self.CHANGE:
                return f"{change.old!r} → {change.new!r}"
            return change.rule
        if role == HtmlRole and column == self.CHANGE:
            return self.extract_html(row)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.LINE:
            return Qt.CheckState.Checked if self.checked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return change.rule
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.LINE:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self.checked[index.row()] = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class HtmlDelegate(QStyledItemDelegate):
    """Paints the HtmlRole of a cell as rich text (the extract with its change)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(index.data(HtmlRole) or "")
        return document

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QWidget().style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(opt, index)
        painter.save()
        rect = opt.rect
        top = rect.top() + max(0, (rect.height() - document.size().height()) / 2)
        painter.translate(rect.left() + 2, top)
        painter.setClipRect(0, 0, rect.width() - 2, rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = self._document(opt, index)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 2)


class TypographyDialog(QDialog):
    """The changes « Corriger la typographie » proposes; apply all of them or some.

    ``TypographyDialog(text, narrow)`` checks one body (``markdown`` False: a plain field such
    as a title); :meth:`for_piece` checks a title, a chapô and a body together. After
    ``exec()`` returns Accepted, :meth:`result_text` (one text) or :meth:`result_fields`
    (a piece) give the texts with the checked changes applied.
    """

    # A change was double-clicked: (field, start, end), Python indices in that field's text.
    locate = Signal(str, int, int)

    def __init__(
        self,
        text: str = "",
        narrow: bool = True,
        parent: QWidget | None = None,
        *,
        markdown: bool = True,
        fields: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)

        if fields is None:
            self._single: str | None = "body" if markdown else "text"
            self.texts = {self._single: text}
            fix = fix_typography if markdown else fix_plain_typography
            found = fix(text, narrow)
            proposed = {self._single: found} if found else {}
        else:
            self._single = None
            self.texts = {name: fields.get(name, "") for name in FIELDS}
            proposed = fix_piece(
                self.texts["title"], self.texts["standfirst"], self.texts["body"], narrow
            )
        self.text = text
        self.model = TypographyChangeModel(self.texts, proposed, self)
        changes = self.model.changes
        self.setWindowTitle(self.tr("Fix typography"))

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TypographyChangeModel.CHANGE, HtmlDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._locate)
        self.legend = QLabel(
            self.tr(
                "In red the text now, in green the text after the change.   "
                "° no-break space   ˚ narrow no-break space   · space"
            ),
            self,
        )
        self.legend.setStyleSheet("color: #616161;")

        self.buttons = QDialogButtonBox(self)
        if changes:
            self.apply_all_button = self.buttons.addButton(
                self.tr("Apply all"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.apply_selected_button = self.buttons.addButton(
                self.tr("Apply selection"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.apply_selected_button.setToolTip(self.tr("Apply only the checked changes."))
            self.check_all_button = QPushButton(self.tr("Check all"), self)
            self.uncheck_all_button = QPushButton(self.tr("Uncheck all"), self)
            self.buttons.addButton(self.check_all_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.buttons.addButton(self.uncheck_all_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.check_all_button.clicked.connect(lambda: self.model.set_all_checked(True))
            self.uncheck_all_button.clicked.connect(lambda: self.model.set_all_checked(False))
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("Cancel"))
            self.apply_all_button.clicked.connect(self.apply_all)
            self.apply_selected_button.clicked.connect(self.apply_selection)
            self.apply_all_button.setDefault(True)
            self.summary.setText(
                self.tr("1 change proposed. Uncheck it to leave the text as it is.")
                if len(changes) == 1
                else self.tr("%1 changes proposed. Uncheck the ones to leave as they are.").replace(
                    "%1", str(len(changes))
                )
            )
            self.model.dataChanged.connect(self._update_buttons)
        else:
            close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.setText(self.tr("Close"))
            self.summary.setText(self.tr("Typography is already correct."))
            self.table.hide()
            self.legend.hide()
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.buttons)
        if changes:
            self.resize(820, 460)
        else:
            self.setMinimumWidth(360)
            self.resize(self.sizeHint())

    def has_changes(self) -> bool:
        return bool(self.model.changes)

    @classmethod
    def for_piece(
        cls, title: str, standfirst: str, body: str, narrow: bool, parent: QWidget | None = None
    ) -> TypographyDialog:
        """The whole piece: title and chapô as plain text, body as markdown."""
        fields = {"title": title, "standfirst": standfirst, "body": body}
        return cls(narrow=narrow, parent=parent, fields=fields)

    def checked_changes(self, field: str | None = None) -> list[TypoChange]:
        return self.model.checked_changes(field)

    def result_text(self) -> str:
        """The text with the checked changes applied (a dialog made for one text)."""
        name = self._single or "body"
        return apply_changes(self.texts[name], self.checked_changes(name))

    def result_fields(self) -> dict[str, str]:
        """Each field that has checked changes → its new text."""
        return {
            name: apply_changes(text, self.checked_changes(name))
            for name, text in self.texts.items()
            if self.checked_changes(name)
        }

    def apply_all(self) -> None:
        self.model.set_all_checked(True)
        self.accept()

    def apply_selection(self) -> None:
        self.accept()

    def _update_buttons(self, *_args) -> None:
        self.apply_selected_button.setEnabled(any(self.model.checked))

    def _locate(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        self.locate.emit(row.field, row.change.start, row.change.end)


def correct_typography(
    edit: QPlainTextEdit, narrow: bool, parent: QWidget | None = None, *, markdown: bool = True
) -> int:
    """The whole command on an editor: show the changes, apply the chosen ones as one undo
    step. Returns how many changes were applied."""
    text = document_text(edit)
    dialog = TypographyDialog(text, narrow, parent or edit, markdown=markdown)
    if not dialog.has_changes():
        QMessageBox.information(
            parent or edit,
            QCoreApplication.translate("TypographyDialog", "Fix typography"),
            QCoreApplication.translate("TypographyDialog", "Typography is already correct."),
        )
        return 0

    def locate(_field: str, start: int, end: int) -> None:
        position = PositionMap(text)
        cursor = edit.textCursor()
        cursor.setPosition(position(start))
        cursor.setPosition(position(end), cursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()

    dialog.locate.connect(locate)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    changes = dialog.checked_changes()
    if document_text(edit) != text:  # cannot happen with a modal dialog, but be safe
        return 0
    apply_text_preserving_undo(edit, dialog.result_text())
    return len(changes)


def widget_text(widget: QWidget) -> str:
    """The text of a QLineEdit, QPlainTextEdit or QTextEdit (no-break spaces kept)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        raw = widget.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")
    raise TypeError(f"not a text widget: {widget!r}")


def set_widget_text(widget: QWidget, text: str) -> bool:
    """Replace a field's text in a way its own undo can take back; False if unchanged."""
    if isinstance(widget, QLineEdit):
        if widget.text() == text:
            return False
        widget.selectAll()
        widget.insert(text)  # undoable, unlike setText
        return True
    return apply_text_preserving_undo(widget, text)


def correct_piece_typography(
    title: QWidget, standfirst: QWidget, body: QPlainTextEdit, narrow: bool, parent=None
) -> int:
    """« Corriger la typographie » on a whole piece: its title and chapô fields (QLineEdit,
    QPlainTextEdit or QTextEdit) and its body. Returns how many changes were applied."""
    widgets = {"title": title, "standfirst": standfirst, "body": body}
    texts = {name: widget_text(widget) for name, widget in widgets.items()}
    dialog = TypographyDialog.for_piece(
        texts["title"], texts["standfirst"], texts["body"], narrow, parent or body
    )
    if not dialog.has_changes():
        QMessageBox.information(
            parent or body,
            QCoreApplication.translate("TypographyDialog", "Fix typography"),
            QCoreApplication.translate("TypographyDialog", "Typography is already correct."),
        )
        return 0
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    if any(widget_text(w) != texts[name] for name, w in widgets.items()):
        return 0
    applied = len(dialog.checked_changes())
    for name, text in dialog.result_fields().items():
        set_widget_text(widgets[name], text)
    return applied
