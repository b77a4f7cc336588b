"""An unexpected error is logged with its traceback and shown with a report to copy."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import workbench.logs
from ui.error_report import install_exception_hook, report_text, show_error


def test_the_log_file_receives_the_project_records(tmp_path, monkeypatch):
    monkeypatch.setattr(workbench.logs, "_installed", None)
    handlers = {name: list(logging.getLogger(name).handlers) for name in ("workbench", "ui", "db")}
    try:
        path = workbench.logs.setup_logging(tmp_path)
        assert path == tmp_path / "workbench.log"
        logging.getLogger("workbench.export").warning("une panne")
        for handler in logging.getLogger("workbench").handlers:
            handler.flush()
        assert "WARNING workbench.export" in path.read_text(encoding="utf-8")
        try:
            raise ValueError("x")
        except ValueError as exc:
            report = report_text(type(exc), exc, exc.__traceback__)
        assert f"Log: {path}\n" in report  # whoever reads the report finds the whole log
    finally:
        for name, kept in handlers.items():
            logging.getLogger(name).handlers[:] = kept
        monkeypatch.setattr(workbench.logs, "_installed", None)


def test_the_report_has_versions_and_the_traceback():
    try:
        raise ValueError("valeur étrange")
    except ValueError as exc:
        report = report_text(type(exc), exc, exc.__traceback__)
    assert report.startswith("Workbench ")
    assert "Traceback" in report and "ValueError: valeur étrange" in report


def test_copy_the_report_puts_it_on_the_clipboard(app, qtbot):
    box = show_error(None, "ValueError: x", "le rapport complet")
    qtbot.addWidget(box)
    copy = next(b for b in box.buttons() if b.text() == "Copy the report")
    box.show()
    copy.click()
    assert QApplication.clipboard().text() == "le rapport complet"
    assert box.isVisible()  # still open: the person may read it too


def test_the_hook_logs_and_shows(app, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    previous = sys.excepthook
    try:
        install_exception_hook(None)
        try:
            raise RuntimeError("dans un slot")
        except RuntimeError as exc:
            with caplog.at_level(logging.ERROR, logger="ui.errors"):
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert shown and "RuntimeError: dans un slot" in shown[0]
    assert "dans un slot" in caplog.text and "Traceback" in caplog.text


@pytest.fixture
def app(qapp):
    from ui.app import make_application

    return make_application()
