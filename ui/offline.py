"""Working offline (issue 16): take a numéro of a team store into a SQLite file, work on
it without the server, and sync it back.

* On a team store: « Take the issue offline… » (File menu, a numéro's context menu) asks
  where to save the file, copies the numéro in the background
  (:func:`workbench.offline.sync.take`), then offers to open the file in a new window.
* On an offline file: a banner above the central area says where it comes from, with
  « Synchronize… » (also File › Synchronize with the server…, F9).
* Synchronizing opens the server in the background and runs a dry run first: the plan is
  listed (conflicts highlighted) with the choice of which side keeps a slot, a place or
  fields changed on both. « Synchronize » then runs the real sync, in the background too,
  and the same dialog lists what was done; the window re-reads everything.

The core does the work and writes the report lines; this module only asks and shows.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.location import Location, parse_location
from ui.extension import ContextMenuSection, MenuName
from ui.file_dialogs import SafeFileDialog, documents_folder
from ui.icons import icon
from ui.tasks import BackgroundTask
from ui.tree.model import ISSUE, KeyRole
from workbench import catalog
from workbench.offline.sync import OfflineStatus, SyncReport, my_pieces, server_location, sync
from workbench.offline.sync import status as offline_status
from workbench.offline.sync import take as take_offline
from workbench.rights import Right
from workbench.store import Store, StoreError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

SYNC_SHORTCUT = "F9"  # « send / receive » in mail clients; free in the window
FOLDER_KEY = "offline/folder"  # the folder offline files were last saved in
PREFERENCES = ("server", "offline")  # who keeps a slot, place or fields changed on both


# What the window shows about an offline file ---------------------------------------------


def local_moment(when: datetime) -> str:
    """A stored UTC time as the person reads it: their time zone, their language's format."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.replace(tzinfo=UTC).timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def server_name(address: str) -> str:
    """``base@server`` for a team store's address; the address itself when unreadable."""
    try:
        return parse_location(address).short_name()
    except StoreError:
        return address


def safe_file_stem(text: str) -> str:
    """``text`` usable in a file name on every system (spaces and separators as dashes)."""
    return re.sub(r'[\\/:*?"<>|\s]+', "-", text).strip("-.") or "Workbench"


# The report of a sync, as a list ---------------------------------------------------------

KindRole = Qt.ItemDataRole.UserRole + 1  # "heading", "to_server", "to_offline", "conflict"…

_SECTIONS = ("to_server", "to_offline", "conflicts", "refused")
_ITEM_KIND = {
    "to_server": "to_server",
    "to_offline": "to_offline",
    "conflicts": "conflict",
    "refused": "refused",
}
_ICONS = {
    "to_server": "export",
    "to_offline": "import",
    "conflict": "conflict",
    "refused": "import-refused",
}


class SyncReportModel(QAbstractListModel):
    """A :class:`SyncReport` as rows: a heading per part (« Vers le serveur (2) »), then its
    lines; conflicts and refusals highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []  # (kind, text)
        self.report: SyncReport | None = None

    def set_report(self, report: SyncReport | None, *, note: str = "") -> None:
        self.beginResetModel()
        self.report = report
        rows: list[tuple[str, str]] = []
        if note:
            rows.append(("note", note))
        if report is not None:
            for section in _SECTIONS:
                items: list[str] = getattr(report, section)
                if items:
                    rows.append(("heading", self._heading(section, len(items))))
                    rows.extend((_ITEM_KIND[section], item) for item in items)
            if not report.changed:
                rows.append(("note", self.tr("Nothing to synchronize: both sides are the same.")))
        self._rows = rows
        self.endResetModel()

    def _heading(self, section: str, count: int) -> str:
        text = {
            "to_server": self.tr("To the server (%1)"),
            "to_offline": self.tr("From the server (%1)"),
            "conflicts": self.tr("Conflicts (%1)"),
            "refused": self.tr("Refused by the server (%1)"),
        }[section]
        return text.replace("%1", str(count))

    def lines(self) -> list[str]:
        """The rows' texts, in order (headings included)."""
        return [text for _kind, text in self._rows]

    def kinds(self) -> list[str]:
        return [kind for kind, _text in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        kind, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == KindRole:
            return kind
        if role == Qt.ItemDataRole.DecorationRole and kind in _ICONS:
            return icon(_ICONS[kind])
        if role == Qt.ItemDataRole.FontRole and kind in ("heading", "note"):
            font = QFont()
            font.setBold(kind == "heading")
            font.setItalic(kind == "note")
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == "conflict":
                return QColor("#fff3e0")
            if kind == "refused":
                return QColor("#ffebee")
        if role == Qt.ItemDataRole.ForegroundRole:
            if kind == "conflict":
                return QColor("#8d4a00")
            if kind == "refused":
                return QColor("#b71c1c")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def counts_text(report: SyncReport) -> str:
    """« Vers le serveur : 2 · Depuis le serveur : 1 · Conflits : 0 · Refusés : 0 »."""
    translate = QCoreApplication.translate
    return " · ".join(
        text.replace("%1", str(len(items)))
        for text, items in (
            (translate("SyncReportModel", "To the server: %1"), report.to_server),
            (translate("SyncReportModel", "From the server: %1"), report.to_offline),
            (translate("SyncReportModel", "Conflicts: %1"), report.conflicts),
            (translate("SyncReportModel", "Refused: %1"), report.refused),
        )
    )


# The work done in the background ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Unreachable:
    """The server did not open (down, refused, a password to give): nothing was done."""

    location: Location
    reason: str


@dataclass(frozen=True, slots=True)
class Plan:
    """A dry run for each choice of :data:`PREFERENCES`: what a sync would do."""

    location: Location
    by_preference: dict[str, SyncReport]

    @property
    def changed(self) -> bool:
        return any(report.changed for report in self.by_preference.values())

    @property
    def choice_matters(self) -> bool:
        """Whether a slot, a place or fields changed on both sides (the two plans differ)."""
        server, offline = (self.by_preference[p] for p in PREFERENCES)
        return server.conflicts != offline.conflicts


def _open_server(location: Location) -> Store | Unreachable:
    try:
        return Store.open(location)
    except StoreError as exc:
        return Unreachable(location, str(exc))


def plan_sync(offline: Store, location: Location) -> Plan | Unreachable:
    """Open the server and run a dry run for each choice: nothing is written."""
    server = _open_server(location)
    if isinstance(server, Unreachable):
        return server
    with server:
        return Plan(
            location, {p: sync(offline, server, prefer=p, dry_run=True) for p in PREFERENCES}
        )


def run_sync(offline: Store, location: Location, prefer: str) -> SyncReport | Unreachable:
    server = _open_server(location)
    if isinstance(server, Unreachable):
        return server
    with server:
        return sync(offline, server, prefer=prefer)


def _busy_dialog(parent: QWidget, title: str, label: str) -> QProgressDialog:
    """A progress dialog without a cancel button (the core's steps are transactions that
    finish or leave nothing behind; they are not cut from here)."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    return progress


# The banner --------------------------------------------------------------------------------


class OfflineBanner(QFrame):
    """« Hors ligne — numéro 120 emporté de redaction@serveur le … » with « Synchroniser… »."""

    syncRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OfflineBanner")
        self.setStyleSheet(
            "#OfflineBanner { background: #e3f2fd; border: 1px solid #90caf9; border-radius: 3px; }"
        )
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("server").pixmap(20, 20))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QPushButton(icon("server"), self.tr("Synchronize…"), self)
        self.sync_button.clicked.connect(self.syncRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.sync_button)

    def show_status(self, status: OfflineStatus) -> None:
        number = str(status.issue_number) if status.issue_number is not None else "?"
        taken = local_moment(status.taken_at) if status.taken_at else "?"
        synced = (
            self.tr("last synchronized: %1").replace("%1", local_moment(status.synced_at))
            if status.synced_at
            else self.tr("never synchronized")
        )
        template = (
            self.tr("your pieces of issue No. %1 taken from %2 on %3")
            if status.some_pieces
            else self.tr("issue No. %1 taken from %2 on %3")
        )
        text = (
            template.replace("%1", number)
            .replace("%2", server_name(status.server))
            .replace("%3", taken)
        )
        offline = self.tr("Offline")
        self.message.setText(f"<b>{_escape(offline)}</b> — {_escape(text)} ({_escape(synced)})")
        self.setToolTip(
            self.tr("Taken by %1 from %2")
            .replace("%1", status.taken_by)
            .replace("%2", status.server)
        )

    def plain_text(self) -> str:
        """The banner's message without its markup."""
        return re.sub(r"<[^>]+>", "", self.message.text())


def _escape(text: str) -> str:
    from html import escape

    return escape(text, quote=False)


# The sync dialog -----------------------------------------------------------------------------


class SyncDialog(QDialog):
    """The plan (a dry run), the choice for conflicts, then the real sync and its report."""

    synced = Signal(object)  # the SyncReport of a sync that ran (something may have changed)

    def __init__(self, window: MainWindow, plan: Plan, number: int | None) -> None:
        super().__init__(window)
        self.window_ = window
        self.plan = plan
        self.task: BackgroundTask | None = None
        self.report: SyncReport | None = None  # once synced
        self.setWindowTitle(self.tr("Synchronize with the server"))
        heading = QLabel(
            self.tr("Issue No. %1 ⇄ %2")
            .replace("%1", str(number) if number is not None else "?")
            .replace("%2", plan.location.short_name()),
            self,
        )
        heading.setToolTip(plan.location.display())
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = SyncReportModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMinimumHeight(240)

        self.choice = QGroupBox(
            self.tr("When a slot, a place or fields changed on both sides:"), self
        )
        self.keep_server = QRadioButton(self.tr("Keep the serv&er's version"), self.choice)
        self.keep_offline = QRadioButton(self.tr("Keep the &offline version"), self.choice)
        self.keep_server.setChecked(True)
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.keep_server)
        self.choices.addButton(self.keep_offline)
        hint = QLabel(
            self.tr(
                "A text changed on both sides always keeps the server's; yours is kept in "
                "the piece's history (« Version en conflit »)."
            ),
            self.choice,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #546e7a;")
        box = QVBoxLayout(self.choice)
        box.addWidget(self.keep_server)
        box.addWidget(self.keep_offline)
        box.addWidget(hint)
        self.choice.setVisible(plan.choice_matters)
        self.keep_server.toggled.connect(self._show_plan)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox(self)
        self.sync_button = self.buttons.addButton(
            self.tr("&Synchronize"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sync_button.setIcon(icon("server"))
        self.sync_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Cancel"))
        self.sync_button.clicked.connect(self.synchronize)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.choice)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self._show_plan()

    def preference(self) -> str:
        return "offline" if self.keep_offline.isChecked() else "server"

    def _show_plan(self, *_args) -> None:
        if self.report is not None:
            return
        report = self.plan.by_preference[self.preference()]
        self.model.set_report(report)
        self.summary.setText(
            self.tr("What synchronizing will do (nothing is written yet):")
            + "\n"
            + counts_text(report)
        )

    def synchronize(self) -> None:
        """Run the real sync in the background with the chosen side for conflicts."""
        if self.task is not None or self.report is not None:
            return
        location, prefer = self.plan.location, self.preference()
        self.task = BackgroundTask(
            self.window_.store.location,
            lambda store, _report: run_sync(store, location, prefer),
            self,
        )
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Synchronizing with %1…").replace("%1", location.display()))
        self._set_running(True)
        self.task.start()

    def _set_running(self, running: bool) -> None:
        self.busy.setVisible(running)
        self.sync_button.setEnabled(not running and self.report is None)
        self.close_button.setEnabled(not running)
        self.choice.setEnabled(not running)

    def _finished(self, result: SyncReport | Unreachable) -> None:
        self.task = None
        if isinstance(result, Unreachable):
            self._set_running(False)
            self._show_failure(result.reason)
            return
        self.report = result
        note = (
            self.tr("An interrupted synchronization was finished first.") if result.resumed else ""
        )
        self.model.set_report(result, note=note)
        self.summary.setText(self.tr("Synchronized.") + "\n" + counts_text(result))
        self.choice.hide()
        self.sync_button.hide()
        self.close_button.setText(self.tr("Close"))
        self._set_running(False)
        self.synced.emit(result)

    def _failed(self, message: str) -> None:
        self.task = None
        self._set_running(False)
        self._show_failure(message)
        self.synced.emit(None)  # a sync cut short may have written one side: re-read it

    def _show_failure(self, message: str) -> None:
        self.summary.setStyleSheet("color: #b71c1c;")
        self.summary.setText(
            message
            + "\n"
            + self.tr(
                "Nothing is lost: each side is as it was or fully synchronized, and the next "
                "synchronization finishes the job."
            )
        )

    def reject(self) -> None:
        if self.task is not None:  # a sync runs: it finishes (one transaction per side)
            return
        super().reject()

    def stop(self) -> None:
        """The window is closing: wait for a running sync to end, show nothing more."""
        if self.task is not None:
            self.task.cancel_and_wait()
            self.task = None


# The feature ---------------------------------------------------------------------------------


class OfflineFeature(QObject):
    """Taking offline (a team store's window) and the banner and sync (an offline file's)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.sync_dialog: SyncDialog | None = None
        self.banner: OfflineBanner | None = None
        self.status: OfflineStatus | None = None
        self.last_file: Path | None = None  # the last file taken offline

        self.act_take = QAction(icon("server"), self.tr("Take the issue &offline…"), window)
        self.act_take.setStatusTip(
            self.tr("Copy the issue into a file to work on it without the server")
        )
        self.act_take.triggered.connect(self.take_current)
        self.act_sync = QAction(icon("server"), self.tr("S&ynchronize with the server…"), window)
        self.act_sync.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.act_sync.setStatusTip(
            self.tr("Send the changes made offline to the server and bring back the server's")
        )
        self.act_sync.triggered.connect(self.synchronize)

        window.installEventFilter(self)  # a running take or sync ends before the window
        store = window.store
        if store.is_shared:
            window.add_menu_actions(MenuName.FILE, [self.act_take], separated=True)
            window.add_context_menu_contributor(self.extend_context_menu, ContextMenuSection.MORE)
            window.selectionChanged.connect(self.update_actions)
            window.storeChanged.connect(self.update_actions)
            self.update_actions()
            return
        try:
            self.status = offline_status(store)
        except StoreError as exc:  # an unreadable origin: the window works as for any file
            log.warning("offline origin unreadable: %s", exc)
        if self.status is None:
            return
        window.add_menu_actions(MenuName.FILE, [self.act_sync], separated=True)
        self.banner = OfflineBanner(window)
        self.banner.syncRequested.connect(self.synchronize)
        self.banner.show_status(self.status)
        window.add_banner(self.banner)
        window.storeChanged.connect(self.update_banner)

    # Taking a numéro offline ------------------------------------------------------------------

    def update_actions(self, *_args) -> None:
        reason = self.window.refusal(Right.READ)
        self.act_take.setEnabled(
            self.window.current_issue_id() is not None and reason is None and self.task is None
        )
        self.act_take.setToolTip(reason or "")

    def extend_context_menu(self, menu: QMenu, index: QModelIndex) -> None:
        """« Take the issue offline… » on a numéro."""
        key = index.data(KeyRole) if index.isValid() else None
        if not key or key[0] != ISSUE:
            return
        action = QAction(icon("server"), self.tr("Take the issue &offline…"), menu)
        action.setStatusTip(self.act_take.statusTip())
        reason = self.window.refusal(Right.READ)
        action.setEnabled(reason is None and self.task is None)
        action.setToolTip(reason or "")
        action.triggered.connect(lambda _checked=False, issue_id=key[1]: self.take(issue_id))
        menu.addAction(action)
        mine = QAction(icon("server"), self.tr("Take &my pieces offline…"), menu)
        mine.setStatusTip(
            self.tr("Copy only the pieces of this issue assigned to you, to write them offline")
        )
        mine.setEnabled(reason is None and self.task is None)
        mine.triggered.connect(
            lambda _checked=False, issue_id=key[1]: self.take(issue_id, mine=True)
        )
        menu.addAction(mine)

    def take_current(self) -> None:
        issue_id = self.window.current_issue_id()
        if issue_id is not None:
            self.take(issue_id)

    def default_path(self, issue_id: int) -> Path:
        """« En-Contact-n120-hors-ligne.sqlite » in the folder used last time."""
        store = self.window.store
        info = catalog.get_issue(store, issue_id)
        publication = catalog.get_publication(store, info.publication_id).name
        name = (
            self.tr("%1-n%2-offline.sqlite")
            .replace("%1", safe_file_stem(publication))
            .replace("%2", str(info.number))
        )
        saved = self.window.settings.value(FOLDER_KEY, "")
        folder = Path(saved) if isinstance(saved, str) and saved else documents_folder()
        return folder / name

    def take(self, issue_id: int, *, mine: bool = False) -> bool:
        """Ask where, then copy numéro ``issue_id`` (only the person's pieces: ``mine``) in
        the background; False when not started."""
        if self.task is not None:
            return False
        try:
            number = catalog.get_issue(self.window.store, issue_id).number
            suggested = self.default_path(issue_id)
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Take offline"), str(exc))
            return False
        chosen, _filter = SafeFileDialog.getSaveFileName(
            self.window,
            self.tr("Take issue No. %1 offline").replace("%1", str(number)),
            str(suggested),
            self.tr("Workbench databases (*.sqlite);;All files (*)"),
        )
        if not chosen:
            return False
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".sqlite")
        self.window.settings.setValue(FOLDER_KEY, str(target.parent))

        def work(store: Store, _report: Any) -> Path:
            pieces = my_pieces(store, issue_id) if mine else None
            return take_offline(store, issue_id, target, pieces)

        self.task = BackgroundTask(self.window.store.location, work, self)
        self.progress = _busy_dialog(
            self.window,
            self.tr("Take offline"),
            self.tr("Copying issue No. %1 into %2…")
            .replace("%1", str(number))
            .replace("%2", target.name),
        )
        self.task.finished.connect(lambda path: self._taken(path, number))
        self.task.failed.connect(self._take_failed)
        self.update_actions()
        self.window.show_status(self.tr("Taking issue No. %1 offline…").replace("%1", str(number)))
        self.task.start()
        return True

    def _end_task(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.task = None
        if self.window.store.is_shared:
            self.update_actions()

    def _taken(self, path: Path, number: int) -> None:
        self._end_task()
        self.last_file = Path(path)
        self.window.show_status(
            self.tr("Issue No. %1 taken offline into %2")
            .replace("%1", str(number))
            .replace("%2", str(path)),
            8000,
        )
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Take offline"))
        box.setText(
            self.tr("Issue No. %1 was copied into:").replace("%1", str(number)) + f"\n{path}"
        )
        box.setInformativeText(
            self.tr(
                "Open this file to work without the server; its « Synchronize… » button "
                "brings the changes back and forth once the server can be reached."
            )
        )
        open_button = box.addButton(
            self.tr("&Open in a new window"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        from ui.connect_dialog import open_in_new_window  # deferred: starts a process

        open_in_new_window(parse_location(path))
        self.window.show_status(
            self.tr("Opening %1 in a new window…").replace("%1", str(path)), 8000
        )

    def _take_failed(self, message: str) -> None:
        self._end_task()
        self.window.clear_status()
        if message:
            QMessageBox.warning(self.window, self.tr("Take offline"), message)

    # An offline file: the banner and the sync ------------------------------------------------

    def update_banner(self) -> None:
        if self.banner is None:
            return
        try:
            status = offline_status(self.window.store)
        except StoreError:
            return
        if status is not None:
            self.status = status
            self.banner.show_status(status)

    def synchronize(self, location: Location | None = None) -> bool:
        """Open the server and run a dry run in the background, then show the plan.
        ``location``: the server to use instead of the one the file names (the connect
        dialog's answer). False when nothing was started."""
        if self.status is None or self.task is not None:
            return False
        if self.sync_dialog is not None and self.sync_dialog.isVisible():
            self.sync_dialog.raise_()
            return False
        if not isinstance(location, Location):  # triggered(bool) from a menu
            try:
                location = server_location(self.window.store)
            except StoreError as exc:
                QMessageBox.warning(self.window, self.tr("Synchronize"), str(exc))
                return False
        self._save_open_pieces()
        where: Location = location
        self.task = BackgroundTask(
            self.window.store.location,
            lambda store, _report: plan_sync(store, where),
            self,
        )
        self.progress = _busy_dialog(
            self.window,
            self.tr("Synchronize"),
            self.tr("Reading the changes on %1 and in this file…").replace("%1", where.display()),
        )
        self.task.finished.connect(self._planned)
        self.task.failed.connect(self._plan_failed)
        self.act_sync.setEnabled(False)
        if self.banner is not None:
            self.banner.sync_button.setEnabled(False)
        self.task.start()
        return True

    def _save_open_pieces(self) -> None:
        """What is typed in the open pieces goes in the file first, to travel too."""
        editor = self.window.editor
        if editor is None:
            return
        from ui.editor.piece_editor import MANUAL  # deferred: the editor is loaded already

        for piece_editor in editor.editors():
            if piece_editor.is_dirty:
                piece_editor.save(MANUAL)

    def _sync_ended(self) -> None:
        self._end_task()
        self.act_sync.setEnabled(True)
        if self.banner is not None:
            self.banner.sync_button.setEnabled(True)

    def _planned(self, result: Plan | Unreachable) -> None:
        self._sync_ended()
        if isinstance(result, Unreachable):
            self.server_refused(result)
            return
        if not result.changed:
            QMessageBox.information(
                self.window,
                self.tr("Synchronize"),
                self.tr("Nothing to synchronize: both sides are the same."),
            )
            return
        dialog = SyncDialog(self.window, result, self.status.issue_number if self.status else None)
        dialog.synced.connect(self._synced)
        dialog.finished.connect(self._dialog_closed)
        self.sync_dialog = dialog
        dialog.open()  # window-modal, not blocking: the sync runs off the GUI thread

    def _plan_failed(self, message: str) -> None:
        self._sync_ended()
        if message:
            QMessageBox.warning(self.window, self.tr("Synchronize"), message)

    def server_refused(self, refused: Unreachable) -> None:
        """One message: why, and that nothing changed; a team store may be given a password
        (or another address) in the connect dialog, and the sync starts again with it."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Synchronize"))
        box.setText(refused.reason)
        box.setInformativeText(self.tr("The offline file was not changed."))
        connect = None
        if refused.location.is_shared:
            connect = box.addButton(self.tr("&Connect…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        box.exec()
        if connect is not None and box.clickedButton() is connect:
            self.ask_connection(refused)

    def ask_connection(self, refused: Unreachable) -> None:
        from ui.connect_dialog import ConnectDialog  # deferred: only when a server refused

        dialog = ConnectDialog(self.window.settings, self.window)
        dialog.fill_from(refused.location.display(), refused.reason)
        if dialog.exec() and dialog.location is not None:
            self.synchronize(dialog.location)

    def _synced(self, report: SyncReport | None) -> None:
        if report is not None and (report.to_offline or report.conflicts or report.refused):
            # The file changed under the window's commands: undoing one now could undo
            # what the server sent.
            self.window.undo_stack.clear()
        self.window.refresh()
        self.update_banner()
        if report is not None:
            self.window.show_status(
                self.tr("Synchronized: %1").replace("%1", counts_text(report)), 8000
            )

    def _dialog_closed(self) -> None:
        if self.sync_dialog is not None:
            self.sync_dialog.deleteLater()
            self.sync_dialog = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closes: a running take, plan or sync ends first, nothing more is
        shown."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel_and_wait()
            self._end_task()
        if self.sync_dialog is not None:
            self.sync_dialog.stop()
