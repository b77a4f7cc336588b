"""The search feature: the search panel in a dock beside the article tree, and View › Search
the pieces… (Ctrl+Shift+F) to show it. The window builds it (``window.search``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.extension import MenuName
from ui.icons import icon
from ui.search.panel import SearchPanel

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SearchFeature(QObject):
    """The search dock of one window: ``panel``, ``dock`` and ``act_search``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = SearchPanel(window)
        self.dock = window.add_dock(self.panel, self.tr("Search"), "SearchDock")
        self.act_search = QAction(icon("search"), self.tr("&Search the pieces…"), window)
        self.act_search.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.act_search.setStatusTip(
            self.tr("Search every piece: titles, standfirsts, bodies, contributors")
        )
        self.act_search.triggered.connect(self.show_search)
        window.add_menu_actions(MenuName.VIEW, [self.act_search])
        window.storeChanged.connect(self.panel.store_changed)

    @property
    def last_query(self) -> str:
        """The query of the last hit opened (the editor highlights its words)."""
        return self.panel.last_query

    def show_search(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_query()
