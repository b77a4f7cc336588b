"""Live counts of the current piece in the status bar: signes, mots, feuillets, pages, gap to
the target length (coloured when over or far under). Recounted ~300 ms after typing stops."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from workbench.text.counting import Counts, TargetState

COUNT_DELAY_MS = 300
_COLOURS = {TargetState.OVER: "#c62828", TargetState.FAR_UNDER: "#ef6c00"}


class Countable(Protocol):
    """What the bar reads from an editor."""

    def counts(self) -> Counts: ...

    def target_signs(self) -> int | None: ...

    def signs_per_page(self) -> int: ...


class CountsBar(QWidget):
    """One per window; :meth:`track` it on the editor that is current."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signs = QLabel(self)
        self.words = QLabel(self)
        self.feuillets = QLabel(self)
        self.pages = QLabel(self)
        self.gap = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(14)
        for label in (self.signs, self.words, self.feuillets, self.pages, self.gap):
            layout.addWidget(label)
        self.signs.setToolTip(
            self.tr(
                "Characters including spaces, as they will print: the chapô, the body and the "
                "notes, not the title. The overview, the chemin de fer, the export checklist "
                "and the manifest count the same way."
            )
        )
        self.feuillets.setToolTip(self.tr("One feuillet is 1,500 signs"))
        self.pages.setToolTip(self.tr("Pages at the rubrique's signs per page"))
        self._source: Countable | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self.update_now)

    def track(self, source: Countable | None) -> None:
        """Show the counts of ``source`` (an editor), or nothing."""
        self._source = source
        self._timer.stop()
        self.setVisible(source is not None)
        if source is not None:
            self._timer.start()  # counting a long piece takes a moment: not on the way in

    def schedule(self, source: QObject | None = None) -> None:
        """Recount soon (called on every edit of the tracked editor)."""
        if source is None or source is self._source:
            self._timer.start()

    def update_now(self) -> None:
        if self._source is None:
            return
        self.show_counts(
            self._source.counts(), self._source.target_signs(), self._source.signs_per_page()
        )

    def show_counts(self, counts: Counts, target: int | None, signs_per_page: int) -> None:
        locale = QLocale()
        self.signs.setText(self.tr("Signs: %1").replace("%1", locale.toString(counts.signs)))
        self.words.setText(self.tr("Words: %1").replace("%1", locale.toString(counts.words)))
        self.feuillets.setText(
            self.tr("Folios: %1").replace("%1", locale.toString(counts.feuillets, "f", 1))
        )
        self.pages.setText(
            self.tr("Pages (est.): %1").replace(
                "%1", locale.toString(counts.pages(signs_per_page), "f", 1)
            )
        )
        gap = counts.gap(target)
        if gap is None or target is None:
            self.gap.setText(self.tr("No target length"))
            self.gap.setStyleSheet("color: #757575;")
            self.gap.setToolTip("")
            return
        delta = locale.toString(abs(gap.delta))
        if gap.delta > 0:
            text = self.tr("%1 signs too long").replace("%1", delta)
        elif gap.delta < 0:
            text = self.tr("%1 signs to go").replace("%1", delta)
        else:
            text = self.tr("Target length reached")
        self.gap.setText(text)
        self.gap.setToolTip(self.tr("Target: %1 signs").replace("%1", locale.toString(target)))
        colour = _COLOURS.get(gap.state)
        self.gap.setStyleSheet(
            f"color: {colour}; font-weight: bold;" if colour else "color: #2e7d32;"
        )

    def text(self) -> str:
        """What the bar says, as one line (for tests and accessibility)."""
        labels = (self.signs, self.words, self.feuillets, self.pages, self.gap)
        return " · ".join(label.text() for label in labels)
