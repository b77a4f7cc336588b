"""Application start-up: translations, one instance per database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from db.location import Location, parse_location
from workbench.paths import translations_dir
from workbench.store import Store, StoreError

LANGUAGES = ("fr", "en")
# Set to 1 by the benchmark (``python -m bench``): once the main window is shown
# with its tree populated, print one JSON line (time.time() and peak RSS) and quit.
BENCH_STARTUP_ENV = "WORKBENCH_BENCH_STARTUP"


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """French by default; English is the language of the source strings."""
    QLocale.setDefault(
        QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    for qm in sorted((translations_dir() / lang).glob("*.qm")):
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def choose_language(requested: str | None, settings: QSettings) -> str:
    if requested in LANGUAGES:
        settings.setValue("ui/language", requested)
        return requested
    saved = settings.value("ui/language")
    return saved if saved in LANGUAGES else "fr"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Workbench")
    app.setApplicationName("Workbench")
    app.setApplicationDisplayName("Workbench")
    app.setDesktopFileName("workbench")
    return app  # type: ignore[return-value]


def lock_database(db_path: Path) -> QLockFile | str:
    """A lock held while this window works on ``db_path``, or why it cannot be taken."""
    # Keyed on the real file: a symbolic link to an open database is the same database.
    lock = QLockFile(str(Path(db_path).resolve()) + ".lock")
    lock.setStaleLockTime(0)
    if lock.tryLock(100):
        return lock
    if lock.error() == QLockFile.LockError.PermissionError:
        return QApplication.translate(
            "Startup",
            "The folder of this database cannot be written to, so Workbench cannot open "
            "it:\n%1\n\nCopy the database to a folder of yours, or ask for write access.",
        ).replace("%1", str(db_path))
    info = lock.getLockInfo()  # PySide6 returns (pid, hostname, appname)
    pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else (0, "")
    ok = bool(pid)
    who = (
        QApplication.translate("Startup", "process %1 on %2")
        .replace("%1", str(pid))
        .replace("%2", host)
    )
    return (
        QApplication.translate(
            "Startup",
            "Workbench is already open on this database (%1).\n%2\n\n"
            "Switch to that window, or close it first.",
        )
        .replace("%1", who if ok else "?")
        .replace("%2", str(db_path))
    )


def run(db_path: Path | str, *, open_piece_id: int | None = None, lang: str | None = None) -> int:
    """The window on a SQLite file (one window per file: a lock) or on a team store
    (``postgresql://…``: as many windows and people as the server takes)."""
    from ui.main_window import MainWindow  # deferred: loaded once the window is wanted (start-up)

    app = make_application()
    settings = QSettings()
    install_translations(app, choose_language(lang, settings))
    lock = None
    try:
        location = parse_location(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, "Workbench", str(exc))
        print(f"workbench : {exc}", file=sys.stderr)
        return 1
    if location.path is not None:
        db_path = location.path
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.critical(None, "Workbench", str(exc))
            return 1
        lock = lock_database(db_path) if not db_path.is_dir() else None
        if isinstance(lock, str):
            QMessageBox.warning(None, "Workbench", lock)
            print(f"workbench : {lock.splitlines()[0]}", file=sys.stderr)
            return 1
    try:
        store = Store.open(location)
    except StoreError as exc:
        if location.is_shared:  # a password to give, a server to correct: the dialog
            answered = ask_connection(location, str(exc), settings)
            if answered is None:
                return 1
            store = answered
        else:
            QMessageBox.critical(None, "Workbench", str(exc))
            print(f"workbench : {exc}", file=sys.stderr)
            return 1
    # The window is shown with its tree first; the features (import, search, editor,
    # planner…) are installed right after the first paint, off the start-up path.
    window = MainWindow(store, settings, defer_features=True)
    window.show()
    probe: dict = {}
    if os.environ.get(BENCH_STARTUP_ENV):
        QTimer.singleShot(0, lambda: probe.update(mark_first_paint(window)))
    QTimer.singleShot(0, lambda: finish_startup(window, store, open_piece_id))
    if os.environ.get(BENCH_STARTUP_ENV):
        QTimer.singleShot(0, lambda: report_startup(window, probe))
    code = app.exec()
    store.close()
    if isinstance(lock, QLockFile):
        lock.unlock()
    return code


def ask_connection(location: Location, problem: str, settings: QSettings) -> Store | None:
    """A team store that did not open (no password, wrong one, server down): the connect
    dialog, filled in with its address and the reason, until it opens or the person gives
    up (None)."""
    from ui.connect_dialog import ConnectDialog  # deferred: only when a team store refused

    print(f"workbench : {problem}", file=sys.stderr)
    dialog = ConnectDialog(settings)
    dialog.fill_from(location.display(), problem)
    if not dialog.exec() or dialog.location is None:
        return None
    try:
        return Store.open(dialog.location)
    except StoreError as exc:  # it answered the dialog a moment ago: say why, give up
        QMessageBox.critical(None, "Workbench", str(exc))
        return None


def finish_startup(window, store: Store, open_piece_id: int | None) -> None:
    """What follows the first paint: the features, then what the command line asked for."""
    # after the first paint: nothing here is needed to show the window
    from ui.error_report import install_exception_hook
    from workbench.logs import setup_logging

    setup_logging()
    install_exception_hook(window)
    window.install_features()
    if store.upgraded:
        window.statusBar().showMessage(
            QApplication.translate(
                "Startup",
                "The database was upgraded; a backup was kept (File › Restore a backup…).",
            ),
            8000,
        )
    from ui.backups import start_startup_check  # after the first paint

    start_startup_check(window)
    if open_piece_id is not None and not window.open_piece(open_piece_id):
        QMessageBox.warning(
            window,
            "Workbench",
            QApplication.translate("Startup", "There is no piece %1 in this database.").replace(
                "%1", str(open_piece_id)
            ),
        )


def mark_first_paint(window) -> dict:
    """The start-up benchmark's probe, part one: the window is painted with its tree rows,
    as the user first sees it (``shown``, and the CPU seconds spent until then)."""
    import time

    window.repaint()
    return {
        "shown": time.time(),
        "cpu": time.process_time(),
        "tree_rows": window.model.rowCount(window.model.index(0, 0)),
    }


def report_startup(window, probe: dict) -> None:
    """Part two, once the features are installed too (``ready``): prints one JSON line
    ``{"shown", "cpu", "tree_rows", "ready", "cpu_ready", "maxrss_kb"}``, then quits."""
    import json
    import time

    window.repaint()
    probe.update(ready=time.time(), cpu_ready=time.process_time(), maxrss_kb=peak_rss_kb())
    print(json.dumps(probe), flush=True)
    QApplication.quit()


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB. Linux's VmHWM starts again at exec,
    where getrusage's ru_maxrss keeps the figure of the process that forked us."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
