"""Long work off the GUI thread, with progress.

A :class:`BackgroundTask` runs ``work(store, report)`` in a QThread on its *own* Store
(opened on the same database file: sqlite3 connections are not shared between threads).
``report(done, total, label)`` may be called from the work; it reaches the GUI as the
``progress`` signal. ``finished`` carries the work's result, ``failed`` a message.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from db.location import Location
from workbench.store import Store, StoreError


class TaskCancelled(Exception):
    """Raised inside the work (by ``report``) once the user cancelled it."""


Work = Callable[[Store, Callable[[int, int, str], None]], Any]


class _Runner(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path | Location, work: Work) -> None:
        super().__init__()
        self._db_path = db_path
        self._work = work
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        try:
            with Store.open(self._db_path) as store:
                result = self._work(store, self._report)
        except TaskCancelled:
            self.failed.emit("")  # an empty message: cancelled, nothing to report
            return
        except StoreError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: say it rather than die silently in a thread
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit(result)

    def _report(self, done: int, total: int, label: str = "") -> None:
        if self.cancelled:
            raise TaskCancelled()
        self.progress.emit(done, total, label)


class BackgroundTask(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path | Location, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._runner = _Runner(db_path, work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progress.connect(self.progress)
        self._runner.finished.connect(self._done)
        self._runner.failed.connect(self._fail)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._runner.cancelled = True

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    def cancel_and_wait(self, msecs: int = 30_000) -> bool:
        """Cancel and block until the work stops (e.g. the window is closing).

        The task's own end handlers would run in this blocked thread, so the worker's
        event loop is ended here; no signal is delivered afterwards.
        """
        for signal in (self.progress, self.finished, self.failed):
            with contextlib.suppress(RuntimeError, TypeError):  # nothing was connected
                signal.disconnect()
        self.cancel()
        self._thread.quit()
        return self._thread.wait(msecs)

    def _done(self, result: object) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(result)

    def _fail(self, message: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self.failed.emit(message)
