"""An unexpected error in the window is logged and shown, never lost.

Started from the desktop, a Python exception in a Qt slot would only reach a terminal
nobody sees. :func:`install_exception_hook` replaces ``sys.excepthook``: the traceback
goes to the log file (:mod:`workbench.logs`) and a dialog says what happened in one line,
with the whole report behind « Détails » and a « Copier le rapport » button for the
person who will fix it. Typed text is not at risk: the editor saves on its own.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workbench import logs

log = logging.getLogger("ui.errors")


def report_text(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The report a person copies: versions, the log file, then the traceback."""
    from PySide6 import __version__ as pyside_version

    from ui.main_window import app_version  # cycle: the window installs this hook

    log_file = current_log_file()
    lines = [
        f"Workbench {app_version()} — Python {platform.python_version()} — "
        f"PySide6 {pyside_version} — {platform.platform()}",
        *([f"Log: {log_file}"] if log_file else []),
        "",
        *traceback.format_exception(kind, value, tb),
    ]
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def current_log_file() -> Path | None:
    """The file this report is logged to (see :func:`workbench.logs.setup_logging`)."""
    return logs.current_log_file()


def show_error(parent: QWidget | None, summary: str, report: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, "Workbench", "", parent=parent)
    box.setText(
        QApplication.translate("ErrorReport", "Something unexpected went wrong: %1").replace(
            "%1", summary
        )
    )
    box.setInformativeText(
        QApplication.translate(
            "ErrorReport",
            "Your text is saved as usual. The report below was written to the log; copy it "
            "for whoever maintains Workbench.",
        )
    )
    box.setDetailedText(report)
    copy = box.addButton(
        QApplication.translate("ErrorReport", "Copy the report"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    return box


def install_exception_hook(window: QWidget | None = None) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report = report_text(kind, value, tb)
        log.error("unexpected error\n%s", report)
        summary = " ".join(str(value).split()) or kind.__name__
        show_error(window, f"{kind.__name__}: {summary}"[:300], report).exec()

    sys.excepthook = hook
