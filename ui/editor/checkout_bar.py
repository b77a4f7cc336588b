"""The bar above the text of a piece this window may not write on a team store: someone
else holds it (check-out), or the person's role does not allow it (rights)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.editor.history_panel import local_time
from ui.icons import icon
from workbench.checkout import Holder


def clock_time(moment: datetime) -> str:
    """A stored UTC time as the person's wall clock, « 10:42 »."""
    return local_time(moment).strftime("%H:%M")


class CheckoutBar(QFrame):
    """« Pris par Claire Martin depuis 10:42 » (read only), or « Rendu après 10 minutes
    sans frappe », with what the reader can do: take it back, or break a vanished lock."""

    takeRequested = Signal()
    breakRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckoutBar")
        self.setStyleSheet(
            "#CheckoutBar { background: #e3f2fd; border: 1px solid #64b5f6; border-radius: 3px; }"
        )
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("lock").pixmap(18, 18))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.take = QPushButton(self.tr("Take it back"), self)
        self.force = QPushButton(self.tr("Break the lock…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.take)
        layout.addWidget(self.force)
        self.take.clicked.connect(self.takeRequested)
        self.force.clicked.connect(self.breakRequested)
        self.hide()

    def show_taken(self, holder: Holder, break_refusal: str | None = None) -> None:
        """Someone else writes it: read only; breaking is offered once they vanished, to
        whoever may (``break_refusal``: why not, the editor-in-chief's right)."""
        self.message.setText(
            "<b>"
            + escape(
                self.tr("Taken by %1 since %2")
                .replace("%1", holder.name)
                .replace("%2", clock_time(holder.taken_at))
            )
            + "</b> — "
            + escape(self.tr("you can read this piece, not change it."))
        )
        self.take.hide()
        self.force.show()
        vanished = holder.vanished()
        self.force.setEnabled(vanished and break_refusal is None)
        self.force.setToolTip(
            break_refusal
            or (
                self.tr("Their window has given no sign of life since %1.").replace(
                    "%1", clock_time(holder.seen_at)
                )
                if vanished
                else self.tr(
                    "Their window is still open (last sign of life at %1): ask them to close "
                    "the piece."
                ).replace("%1", clock_time(holder.seen_at))
            )
        )
        self.show()

    def show_refused(self, reason: str) -> None:
        """The person's role does not let them change this piece: why, and that it reads."""
        self.message.setText("<b>" + escape(self.tr("Read only")) + "</b> — " + escape(reason))
        self.take.hide()
        self.force.hide()
        self.show()

    def show_given_back(self, minutes: int) -> None:
        """This window gave the piece back after ``minutes`` without typing."""
        self.message.setText(
            escape(
                self.tr(
                    "Given back after %1 minutes without typing, so that others can write it."
                ).replace("%1", str(minutes))
            )
        )
        self.take.show()
        self.force.hide()
        self.show()
