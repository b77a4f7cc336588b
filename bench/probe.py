"""Qt side of the benchmark (``bench``), run in its own process.

``python -m bench.probe editor --db PATH --piece ID --runs R --keys K`` opens the real
main window on ``PATH`` and times, against a bare QPlainTextEdit in the same process:

- *open a piece*: the piece opened in the editor, its highlighting done, first frame
  painted — versus ``setPlainText`` of the same text, first frame painted;
- *typing*: ``K`` keystrokes in the middle of the piece, each one timed up to the moment
  the event queue is empty again (repaint and highlighting included).

Each side is opened once before the timed runs (a warm-up, as for start-up). It prints one
JSON line. The editor is reached through :func:`open_editor_for_benchmark`,
the one place that knows how; while there is no ``ui.editor``, "ours" is null.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Typed in the middle of the piece: French words, accents, typographic apostrophe.
TYPED = "Le centre de contact répond à l’expérience client, et la qualité suit. "


def drain() -> None:
    """Deliver posted events and process what is due (0 ms timers included), twice: what
    one event queues (a repaint after a layout) is done too."""
    app = QCoreApplication.instance()
    for _ in range(2):
        app.sendPostedEvents()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


EDITOR_FEATURE = "ui.editor.feature"


def editor_available() -> bool:
    try:
        return importlib.util.find_spec(EDITOR_FEATURE) is not None
    except ModuleNotFoundError:
        return False


def open_editor_for_benchmark(
    window: MainWindow, piece_id: int
) -> QPlainTextEdit | QTextEdit | None:
    """Open ``piece_id`` in the editor of ``window`` the way a user does, and return the
    text widget once the text is in it and highlighted; None when there is no editor.

    The contract with ``ui.editor`` (the editor may change this function, nothing else):

    1. ``ui.editor.feature`` is a feature module (``install(window)``), listed in ``FEATURES``
       or installed here, that opens a piece in a workspace tab on ``pieceActivated``;
    2. ``window.open_piece(piece_id)`` is what double-click / Enter / ``--open`` do;
    3. the tab's text widget is its first QPlainTextEdit (else QTextEdit) child;
    4. highlighting is done when the event queue is empty, or, if the tab widget has a
       ``highlighting_done()`` method (incremental highlighting), when it returns True
       (the editor's spelling underline comes later, in idle time, and is not waited for).
    """
    if not editor_available():
        return None
    editor = importlib.import_module(EDITOR_FEATURE)
    from ui import main_window

    if EDITOR_FEATURE not in main_window.FEATURES and not getattr(
        window, "_bench_editor_installed", False
    ):
        editor.install(window)
        window._bench_editor_installed = True
    if not window.open_piece(piece_id):
        raise RuntimeError(f"piece {piece_id} could not be opened")
    tab: QWidget | None = window.workspace.currentWidget()
    if tab is None:
        return None
    done = getattr(tab, "highlighting_done", None)
    if callable(done):
        # The markdown highlighting is what is waited for; the spelling underline that
        # follows in idle-time slices is not part of opening.
        QCoreApplication.instance().sendPostedEvents()
        deadline = time.perf_counter() + 60
        while not done() and time.perf_counter() < deadline:
            QApplication.processEvents()
    else:
        drain()
    widgets = tab.findChildren(QPlainTextEdit) or tab.findChildren(QTextEdit)
    if isinstance(tab, QPlainTextEdit | QTextEdit):
        return tab
    return widgets[0] if widgets else None


def close_editors(window: MainWindow) -> None:
    """Close every tab without keeping anything (the database is a throw-away copy)."""
    workspace = window.workspace
    for index in range(workspace.count() - 1, -1, -1):
        widget = workspace.widget(index)
        workspace.removeTab(index)
        if widget is not None:
            widget.deleteLater()
    # Outside an event loop, deleteLater waits for an explicit flush: without it the
    # closed editor lives on, and its idle-time work was timed as the baseline's.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    drain()


def _paint(widget: QPlainTextEdit | QTextEdit) -> None:
    widget.viewport().repaint()


def _key_events(char: str) -> tuple[QKeyEvent, QKeyEvent]:
    key = ord(char.upper()) if char.isascii() else Qt.Key.Key_unknown.value
    modifiers = (
        Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
    )
    return (
        QKeyEvent(QEvent.Type.KeyPress, key, modifiers, char),
        QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, char),
    )


def _type(widget: QPlainTextEdit | QTextEdit, keys: int) -> list[float]:
    """Per-key milliseconds for ``keys`` keystrokes in the middle of the text."""
    widget.setFocus()
    cursor = widget.textCursor()
    cursor.setPosition(len(widget.toPlainText()) // 2)
    widget.setTextCursor(cursor)
    drain()
    text = (TYPED * (keys // len(TYPED) + 1))[:keys]
    times = []
    before = len(widget.toPlainText())
    target = widget
    for char in text:
        press, release = _key_events(char)
        started = time.perf_counter()
        QApplication.sendEvent(target, press)
        QApplication.sendEvent(target, release)
        drain()
        times.append((time.perf_counter() - started) * 1000)
    if len(widget.toPlainText()) != before + keys:
        raise RuntimeError("the keystrokes did not all reach the text")
    return times


def run_editor(db: Path, piece_id: int, runs: int, keys: int) -> dict:
    from ui.app import make_application
    from ui.main_window import MainWindow
    from workbench.pieces import get_piece
    from workbench.store import Store

    app = make_application()
    from PySide6.QtCore import QSettings

    settings = QSettings(str(db) + ".bench.ini", QSettings.Format.IniFormat)
    store = Store.open(db)
    text = get_piece(store, piece_id).body
    window = MainWindow(store, settings)
    window.resize(1280, 800)
    window.show()
    drain()

    bare_window = QWidget()
    bare_window.resize(880, 760)
    bare = QPlainTextEdit(bare_window)
    bare.resize(880, 760)
    bare_window.show()
    drain()

    result: dict = {"open": {"ours": None, "baseline": []}, "typing": {"ours": None}}
    has_editor = editor_available()
    # One warm-up of each side first, as the start-up scenario does: the first
    # setPlainText of a QPlainTextEdit fills font, glyph and layout caches and takes several
    # times as long as the next ones, so cold runs made the median depend on the number of
    # runs. Every timed run then compares like with like.
    if has_editor:
        widget = open_editor_for_benchmark(window, piece_id)
        if widget is None:
            has_editor = False
        else:
            _paint(widget)
            close_editors(window)
    bare.setPlainText(text)
    drain()
    _paint(bare)
    ours_open: list[float] = []
    for _ in range(runs):
        if has_editor:
            started = time.perf_counter()
            widget = open_editor_for_benchmark(window, piece_id)
            if widget is None:
                has_editor = False
            else:
                _paint(widget)
                ours_open.append(time.perf_counter() - started)
                close_editors(window)
        bare.clear()
        drain()
        started = time.perf_counter()
        bare.setPlainText(text)
        drain()
        _paint(bare)
        result["open"]["baseline"].append(time.perf_counter() - started)
    if has_editor and ours_open:
        result["open"]["ours"] = ours_open
        widget = open_editor_for_benchmark(window, piece_id)
        result["typing"]["ours"] = _type(widget, keys) if widget is not None else None
        close_editors(window)
    else:
        result["note"] = (
            "no editor yet (ui.editor does not exist): only the bare QPlainTextEdit is timed"
        )
    result["typing"]["baseline"] = _type(bare, keys)
    result["chars"] = len(text)
    window.hide()
    store.close()
    app.processEvents()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.probe")
    sub = parser.add_subparsers(dest="probe", required=True)
    editor = sub.add_parser("editor")
    editor.add_argument("--db", type=Path, required=True)
    editor.add_argument("--piece", type=int, required=True)
    editor.add_argument("--runs", type=int, default=3)
    editor.add_argument("--keys", type=int, default=500)
    args = parser.parse_args(argv)
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    result = run_editor(args.db, args.piece, args.runs, args.keys)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
