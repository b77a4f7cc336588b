"""The main window's extension points: the types a feature uses to register with it.

A feature (the editor, the importer, the search dock, the planner…) is built by
:meth:`ui.main_window.MainWindow.install_features` and adds its parts through the window's
public methods only: ``add_menu_actions``, ``add_toolbar_actions``, ``add_dock``,
``add_status_widget``, ``add_context_menu_contributor`` and the single hooks
``set_piece_creator``, ``set_tree_move_handler`` and ``set_files_drop_handler``.
Nothing replaces a method of the window or reads its private members.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMenu


class MenuName(Enum):
    """The window's menus a feature can add actions to."""

    FILE = "file"  # features' entries go after « Open the sample », before « Restore a backup »
    EDIT = "edit"
    VIEW = "view"
    FORMAT = "format"  # hidden until a feature adds to it
    PLANNING = "planning"  # hidden until a feature adds to it
    TOOLS = "tools"
    HELP = "help"


class ContextMenuSection(Enum):
    """Where a contributor's entries go in the tree's context menu. Sections come in this
    order, the window's own entries between ADD and MORE, separated from one another;
    within a section, contributors follow their registration order."""

    VIEWS = 1  # other views of the node (flatplan, board, contents), first
    ADD = 2  # ways to fill the node (import files here)
    MORE = 3  # after the window's own entries (status, due date, duplicate, export)


# Appends its entries for the tree node at the index (invalid: the empty area) to the menu.
ContextMenuContributor = Callable[[QMenu, QModelIndex], None]
# Runs « New piece… » from start to end (dialog, command, what follows).
PieceCreator = Callable[[], object]
# A piece move asked by drag and drop in the tree: (piece ids, target container, before
# piece id). Returns True when it made the move, False to leave it to the window.
TreeMoveHandler = Callable[[list[int], int | str, int | None], bool]
# Files dropped on the tree: (paths, target container or None for the empty area).
FilesDropHandler = Callable[[list[str], int | str | None], None]
