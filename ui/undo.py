"""The one Qt adapter of the core's undoable commands (:mod:`workbench.undo`).

:class:`StoreUndoCommand` puts a core :class:`~workbench.undo.Command` on a QUndoStack with
its translated label: redo applies it, undo reverts it, and after either the window
re-reads the store (``changed``). The window executes a command once before it pushes it
(``MainWindow.run_command``), so a step the store refuses never reaches the stack;
QUndoStack's first call to redo() is then skipped.

Should the store refuse a later undo or redo (another numéro took the number meanwhile…),
the step leaves the history, the window re-reads the store, and the user is told why.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.store import Store, StoreError
from workbench.undo import Command

log = logging.getLogger(__name__)


def report_refusal(message: str, exc: StoreError) -> None:
    """Tell the user that the store refused an undo or a redo, and why."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Workbench", message, parent=QApplication.activeWindow()
    )
    box.setInformativeText(str(exc))
    box.exec()


class StoreUndoCommand(QUndoCommand):
    """A core command on the undo stack, labelled ``text`` (already translated).

    The core command's own fields (``issue_id`` of a new numéro, ``piece_id`` of a new
    piece…) read through the adapter: ``adapter.issue_id`` is ``adapter.command.issue_id``.
    """

    # How a refused undo or redo is told; tests replace it.
    report: Callable[[str, StoreError], None] = staticmethod(report_refusal)

    def __init__(
        self, store: Store, changed: Callable[[], None], text: str, command: Command
    ) -> None:
        super().__init__(text)
        self.store = store
        self.changed = changed
        self.command = command
        self._skip_redo = False

    def __getattr__(self, name: str) -> Any:
        # Called only for names the adapter lacks; "command" itself is guarded so a
        # half-built adapter raises instead of recursing.
        if name == "command":
            raise AttributeError(name)
        return getattr(self.command, name)

    def execute(self) -> None:
        """Do the step for the first time; raises StoreError when the store refuses it."""
        self.command.apply(self.store)
        self._skip_redo = True
        self.changed()

    def redo(self) -> None:
        if self._skip_redo:  # push() after execute(): the step is done already
            self._skip_redo = False
            return
        self._run(
            self.command.apply,
            QApplication.translate("StoreUndoCommand", "“%1” could not be redone."),
        )

    def undo(self) -> None:
        self._run(
            self.command.revert,
            QApplication.translate("StoreUndoCommand", "“%1” could not be undone."),
        )

    def _run(self, step: Callable[[Store], None], refusal: str) -> None:
        try:
            step(self.store)
        except StoreError as exc:
            log.warning("%s refused: %s", self.command.kind, exc)
            self.setObsolete(True)  # the stack drops a step it can no longer do or undo
            self.changed()
            self.report(refusal.replace("%1", self.text()), exc)
            return
        except Exception:
            self.setObsolete(True)
            self.changed()
            raise  # the application's exception hook logs it and shows the report
        self.changed()

    def id(self) -> int:
        """Steps of a mergeable kind share an id, so QUndoStack offers to merge them."""
        if not self.command.mergeable:
            return -1
        return zlib.crc32(self.command.kind.encode()) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, StoreUndoCommand) or other.command.kind != self.command.kind:
            return False
        return self.command.merge(other.command)
