"""The root of every error Workbench foresees.

A :class:`WorkbenchError` is a refusal or a failure a person can understand and act on:
its ``str()`` is one sentence, French by default, shown as it is (one line on the command
line, a message box in the window). Anything else that escapes is a defect: the command
line logs its traceback and says « échec », the window's exception hook shows a report.
The root sits in ``db`` because it is the lowest layer; ``workbench.errors`` re-exports it.
"""

from __future__ import annotations


class WorkbenchError(Exception):
    """A refusal or a failure foreseen by Workbench, with a message for people."""


class StoreError(WorkbenchError):
    """A problem with a database that the user can understand and act on."""


class RightsError(StoreError):
    """An action the person's role does not allow (refused by Workbench or by the team
    store's server); nothing was written."""
