"""Views of the planner that re-read the store after every write: at once when shown, else
when they are shown again (a hidden tab does no work for nothing)."""

from __future__ import annotations

from workbench import catalog
from workbench.store import StoreError


class RereadWhenShown:
    """Mixin for a QWidget with ``reload()``; connect ``storeChanged`` to ``_store_changed``.

    Put it before the Qt class in the bases: ``class BoardView(IssueTab, QWidget)``.
    """

    _stale = False

    def _store_changed(self) -> None:
        if self.isVisible():
            self.reload()
            return
        self._stale = True
        self._hidden_store_changed()

    def _hidden_store_changed(self) -> None:
        """A hidden view learnt that the store changed (nothing to do by default)."""

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()


class IssueTab(RereadWhenShown):
    """A tab about one numéro (``issue_id``): it closes when its numéro goes to the trash."""

    def _hidden_store_changed(self) -> None:
        try:
            deleted = catalog.get_issue(self.controller.store, self.issue_id).deleted
        except StoreError:
            deleted = True
        if deleted:
            self.window_.workspace.close_key(self.property("workspaceKey") or ())
