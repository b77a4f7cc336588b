"""The planner feature (issue 5): the « Planning » tab of numéros, each numéro's chemin de
fer, its board by status, table of contents, PDF and print; and, from the tree, statuses and the
numéro's export (issue 6).

The window builds it (``window.planner``); it only adds actions, menu entries and its
context-menu sections, and takes the tree's drag and drop into issues (the pages follow the
order). The views are imported when first opened, so start-up stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.extension import ContextMenuSection, MenuName
from ui.icons import icon
from ui.planner.controller import PlannerController
from ui.planner.rights import PlannerRights, grey
from ui.tree.model import ISSUE, PIECE, KeyRole
from workbench import pieces

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.planner.controller import PlannerController


class PlannerFeature:
    """The planner of one window (``window.planner``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._controller: PlannerController | None = None
        # What the person's role allows, read again first on every storeChanged (the
        # editor-in-chief may have changed it) before any planner view re-reads.
        self.rights = PlannerRights(lambda: self.window.store)
        self.act_planner = self._action(
            QCoreApplication.translate("Planner", "&Planning of issues"),
            "planner",
            "Ctrl+Shift+P",
            self.open_planner,
        )
        # The toolbar shows the short name; the menu says it in full.
        self.act_planner.setIconText(QCoreApplication.translate("Planner", "Planning"))
        self.act_flatplan = self._action(
            QCoreApplication.translate("Planner", "&Flatplan of the issue"),
            "flatplan",
            "Ctrl+Shift+H",
            self._issue(lambda c, i: c.open_flatplan(i)),
        )
        self.act_board = self._action(
            QCoreApplication.translate("Planner", "&Board by status"),
            "board",
            None,
            self._issue(lambda c, i: c.open_board(i)),
        )
        self.act_contents = self._action(
            QCoreApplication.translate("Planner", "&Contents…"),
            "sommaire",
            None,
            self._issue(lambda c, i: c.show_contents(i)),
        )
        self.act_print = self._action(
            QCoreApplication.translate("Planner", "P&rint the flatplan…"),
            "print",
            None,
            self._issue(lambda c, i: c.print_flatplan(i)),
        )
        self.act_pdf = self._action(
            QCoreApplication.translate("Planner", "Save the flatplan as P&DF…"),
            "pdf",
            None,
            self._issue(lambda c, i: c.save_pdf(i)),
        )
        self.act_duplicate = self._action(
            QCoreApplication.translate("Planner", "&Duplicate the structure…"),
            "duplicate",
            None,
            self._issue(lambda c, i: c.duplicate_structure(i)),
        )
        self.act_export = self._action(
            QCoreApplication.translate("Planner", "&Export the issue…"),
            "export",
            "Ctrl+Shift+E",
            self._issue(lambda c, i: c.export_issue(i)),
        )
        self.issue_actions = [
            self.act_flatplan,
            self.act_board,
            self.act_contents,
            self.act_print,
            self.act_pdf,
            self.act_duplicate,
            self.act_export,
        ]
        self._register()

    def _register(self) -> None:
        window = self.window
        window.add_menu_actions(
            MenuName.PLANNING,
            [
                self.act_planner,
                None,
                self.act_flatplan,
                self.act_board,
                self.act_contents,
                None,
                self.act_print,
                self.act_pdf,
                None,
                self.act_duplicate,
                self.act_export,
            ],
        )
        window.add_menu_actions(MenuName.FILE, [self.act_export])
        window.add_toolbar_actions([self.act_planner])
        window.add_context_menu_contributor(self.add_view_entries, ContextMenuSection.VIEWS)
        window.add_context_menu_contributor(self.add_entries, ContextMenuSection.MORE)
        window.set_tree_move_handler(self.tree_move)
        window.storeChanged.connect(self.rights.refresh)
        window.selectionChanged.connect(self.update_actions)
        window.storeChanged.connect(self.update_actions)
        self.update_actions()

    @property
    def controller(self) -> PlannerController:
        if self._controller is None:
            self._controller = PlannerController(self.window, self.rights)
        return self._controller

    def _action(self, text: str, name: str, shortcut, slot) -> QAction:
        action = QAction(icon(name), text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _issue(self, call):
        def run(_checked: bool = False) -> None:
            issue_id = self.window.current_issue_id()
            if issue_id is not None:
                call(self.controller, issue_id)

        return run

    def open_planner(self) -> None:
        self.controller.open_planner()

    def update_actions(self, *_args) -> None:
        has_issue = self.window.current_issue_id() is not None
        for action in self.issue_actions:
            action.setEnabled(has_issue)
        grey(self.act_duplicate, self.rights.plan(), has_issue)
        grey(self.act_export, self.rights.export(), has_issue)
        self.act_planner.setEnabled(self.window.model.rowCount() > 0)

    # Tree ------------------------------------------------------------------------------

    def tree_move(self, piece_ids: list[int], target, before: int | None) -> bool:
        """A drag and drop in the tree into an issue; False leaves other moves to the window."""
        return self.controller.tree_move(piece_ids, target, before)

    def add_view_entries(self, menu: QMenu, index: QModelIndex) -> None:
        """An issue's other views, first in its context menu."""

        key = index.data(KeyRole) if index.isValid() else None
        if key and key[0] == ISSUE:
            self.update_actions()
            menu.addActions([self.act_flatplan, self.act_board, self.act_contents])

    def add_entries(self, menu: QMenu, index: QModelIndex) -> None:
        """After the window's entries: an issue's duplicate and export; a piece's status,
        due date and flatplan."""

        key = index.data(KeyRole) if index.isValid() else None
        if not key:
            return
        if key[0] == ISSUE:
            menu.addActions([self.act_duplicate, self.act_export])
        elif key[0] == PIECE and not self.window.act_restore.isEnabled():
            ids = self.window.selected_piece_ids() or [key[1]]

            try:
                current = pieces.get_summary(self.window.store, key[1]).status
            except Exception:  # the piece vanished meanwhile: no status menu
                return
            submenu = self.controller.add_status_menu(menu, ids, current)
            submenu.setIcon(icon("status"))
            due = menu.addAction(
                icon("due-date"), QCoreApplication.translate("Planner", "Due date…")
            )
            grey(due, self.rights.plan())
            due.triggered.connect(lambda: self.controller.edit_due_date(ids))
            if self.window.current_issue_id() is not None:
                menu.addAction(self.act_flatplan)
