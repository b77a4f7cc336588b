"""Non-modal bars above the text: the conflict bar and a line for refused saves."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from workbench.revisions import Conflict, DiffOp


class ConflictBar(QFrame):
    """« Ce papier a été modifié ailleurs », with what the writer can do about it."""

    reloadRequested = Signal()
    keepMineRequested = Signal()
    compareRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictBar")
        self.setStyleSheet(
            "#ConflictBar { background: #fff3e0; border: 1px solid #ffb74d; border-radius: 3px; }"
        )
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("conflict").pixmap(20, 20))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.reload = QPushButton(self.tr("Reload the saved version"), self)
        self.keep = QPushButton(self.tr("Keep mine (overwrite)"), self)
        self.compare = QPushButton(icon("compare"), self.tr("Compare"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reload)
        layout.addWidget(self.keep)
        layout.addWidget(self.compare)
        self.reload.clicked.connect(self.reloadRequested)
        self.keep.clicked.connect(self.keepMineRequested)
        self.compare.clicked.connect(self.compareRequested)
        self.hide()

    def show_conflict(self) -> None:
        self.message.setText(
            "<b>"
            + escape(self.tr("This piece was changed elsewhere."))
            + "</b> "
            + escape(self.tr("Your text stays here, and a copy was kept in the history."))
        )
        self.show()


class ErrorLine(QLabel):
    """Why the last save was refused (an empty title…), until the next good save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #c62828; padding: 2px 8px;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.show()


CONTEXT = 160  # characters of unchanged text kept around each change


def _shorten(text: str, first: bool, last: bool) -> str:
    """Unchanged text between two changes, cut in the middle when it is long."""
    head = "" if first else text[:CONTEXT]
    tail = "" if last else text[-CONTEXT:]
    if len(text) <= 2 * CONTEXT + 20:
        return escape(text).replace("\n", "<br>")
    gap = "<span style='color:#9e9e9e'> […] </span>"
    return escape(head).replace("\n", "<br>") + gap + escape(tail).replace("\n", "<br>")


def diff_html(ops: list[DiffOp]) -> str:
    """A word diff as HTML: insertions green, deletions struck out in red."""
    parts = []
    for i, op in enumerate(ops):
        if op.kind == "equal":
            parts.append(_shorten(op.text, i == 0, i == len(ops) - 1))
            continue
        text = escape(op.text).replace("\n", "<br>")
        if op.kind == "insert":
            parts.append(f"<span style='background:#c8e6c9'>{text}</span>")
        elif op.kind == "delete":
            parts.append(
                f"<span style='background:#ffcdd2; text-decoration:line-through'>{text}</span>"
            )
        else:
            parts.append(text)
    return "".join(parts)


class ConflictDialog(QDialog):
    """Both versions compared word by word (used when no history panel is installed)."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with the saved version"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        legend = QLabel(
            self.tr("In red, struck out: only in the saved version. In green: only in yours."),
            self,
        )
        self.view = QTextBrowser(self)
        names = {
            "title": self.tr("Title"),
            "standfirst": self.tr("Standfirst"),
            "body": self.tr("Body"),
        }
        sections = []
        for name, ops in conflict.diffs.items():
            if all(op.kind == "equal" for op in ops):
                continue
            sections.append(f"<h3>{escape(names.get(name, name))}</h3><p>{diff_html(ops)}</p>")
        if not sections:
            sections.append(f"<p>{escape(self.tr('The texts are the same.'))}</p>")
        self.view.setHtml("".join(sections))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
