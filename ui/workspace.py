"""The central work area: closable tabs (editors, chemins de fer, boards…) keyed by what they show.

A widget placed in a tab may define ``can_close() -> bool`` (to save or refuse) and a
``titleChanged(str)`` signal; the workspace honours both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget


class Workspace(QTabWidget):
    tabOpened = Signal(tuple)
    tabClosed = Signal(tuple)
    emptied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.tabCloseRequested.connect(self.close_index)

    def key_of(self, index: int) -> tuple | None:
        widget = self.widget(index)
        return widget.property("workspaceKey") if widget is not None else None

    def find(self, key: tuple) -> QWidget | None:
        for index in range(self.count()):
            widget = self.widget(index)
            if widget.property("workspaceKey") == key:
                return widget
        return None

    def keys(self) -> list[tuple]:
        return [self.key_of(i) for i in range(self.count())]

    def open_tab(
        self, key: tuple, title: str, icon: QIcon, factory: Callable[[], QWidget]
    ) -> QWidget:
        """Focus the tab showing ``key``, or create it with ``factory``."""
        widget = self.find(key)
        if widget is None:
            widget = factory()
            widget.setProperty("workspaceKey", key)
            index = self.addTab(widget, icon, title)
            self.setTabToolTip(index, title)
            signal = getattr(widget, "titleChanged", None)
            if signal is not None:
                signal.connect(lambda text, w=widget: self._retitle(w, text))
            self.tabOpened.emit(key)
        self.setCurrentWidget(widget)
        return widget

    def _retitle(self, widget: QWidget, text: str) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setTabText(index, text)
            self.setTabToolTip(index, text)

    def close_index(self, index: int) -> bool:
        widget = self.widget(index)
        if widget is None:
            return True
        can_close = getattr(widget, "can_close", None)
        if can_close is not None and not can_close():
            return False
        key = widget.property("workspaceKey")
        self.removeTab(index)
        widget.deleteLater()
        self.tabClosed.emit(key)
        if self.count() == 0:
            self.emptied.emit()
        return True

    def close_key(self, key: tuple) -> bool:
        widget = self.find(key)
        return True if widget is None else self.close_index(self.indexOf(widget))

    def close_all(self) -> bool:
        """Close every tab; False as soon as one refuses (its work is kept)."""
        while self.count():
            if not self.close_index(self.count() - 1):
                return False
        return True
