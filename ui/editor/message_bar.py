"""Non-modal bars above the text: the conflict bar, the bar of a version in conflict left
in the history (by a sync), and a line for refused saves."""

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
from workbench.revisions import Conflict, DiffOp, RevisionInfo

BAR_STYLE = "#%s { background: #fff3e0; border: 1px solid #ffb74d; border-radius: 3px; }"


class ConflictBar(QFrame):
    """« Ce papier a été modifié ailleurs », with what the writer can do about it."""

    reloadRequested = Signal()
    keepMineRequested = Signal()
    compareRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictBar")
        self.setStyleSheet(BAR_STYLE % "ConflictBar")
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


class PendingConflictBar(QFrame):
    """« Une version en conflit est dans l'historique »: a sync (or another window) kept a
    text beside the current one and nobody has chosen yet. The writer compares, takes that
    version (a restore, saved as a new version) or keeps the current text."""

    compareRequested = Signal()
    takeRequested = Signal()
    keepRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PendingConflictBar")
        self.setStyleSheet(BAR_STYLE % "PendingConflictBar")
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("conflict").pixmap(20, 20))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.compare = QPushButton(icon("compare"), self.tr("Compare"), self)
        self.take = QPushButton(icon("restore-version"), self.tr("Take this version"), self)
        self._take_tip = self.tr(
            "Make this version the current text. The current text stays in the history."
        )
        self.take.setToolTip(self._take_tip)
        self.keep = QPushButton(self.tr("Keep the current text"), self)
        self.keep.setToolTip(self.tr("Hide this bar: the version stays in the history."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.compare)
        layout.addWidget(self.take)
        layout.addWidget(self.keep)
        self.compare.clicked.connect(self.compareRequested)
        self.take.clicked.connect(self.takeRequested)
        self.keep.clicked.connect(self.keepRequested)
        self.hide()

    def show_pending(
        self, revision: RevisionInfo, when: str, author: str, *, from_server: bool
    ) -> None:
        """``when``: the version's local date and time; ``author``: who kept it ("" when
        unknown); ``from_server``: the current text is the server's (a team store or an
        offline copy), otherwise the one saved first."""
        details = (self.tr("sync of %1") if from_server else self.tr("kept on %1")).replace(
            "%1", when
        )
        if author:
            details = self.tr("%1, by %2").replace("%1", details).replace("%2", author)
        sentence = (
            self.tr("is in the history: the text shown is the server's.")
            if from_server
            else self.tr("is in the history: the text shown is the one saved first.")
        )
        self.message.setText(
            "<b>"
            + escape(self.tr("A version in conflict"))
            + "</b> ("
            + escape(details)
            + ") "
            + escape(sentence)
        )
        self.message.setToolTip(revision.title)
        self.show()

    def set_take_refusal(self, reason: str | None) -> None:
        """Taking the version changes the text: greyed, with why, when it is read only."""
        self.take.setEnabled(reason is None)
        self.take.setToolTip(reason or self._take_tip)


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

    def __init__(
        self,
        conflict: Conflict,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        legend: str | None = None,
    ) -> None:
        """``title`` and ``legend`` name the two sides when they are not « the saved
        version » and « yours » (a version in conflict left by a sync)."""
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Compare with the saved version"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        legend_label = QLabel(
            legend
            or self.tr("In red, struck out: only in the saved version. In green: only in yours."),
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
        layout.addWidget(legend_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
