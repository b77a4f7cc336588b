"""The core's errors start here: every refusal or failure it foresees is a
:class:`WorkbenchError` (see :mod:`db.errors`), so a caller catches them all with one
``except WorkbenchError`` and shows the message as it is."""

from __future__ import annotations

from db.errors import StoreError, WorkbenchError

__all__ = ["StoreError", "WorkbenchError"]
