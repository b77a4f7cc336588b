"""Fichier › Restaurer une sauvegarde…, and the check and daily backup after start-up.

The backups themselves (taking, checking, rolling, restoring) are :mod:`db.backups`; this
module lists them in a table, asks before restoring, and brings the window back to the
restored content (tabs saved and closed first, undo history cleared, tree re-read).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.backups import (
    Backup,
    daily_backup_due,
    list_backups,
    quick_check,
    restore_backup,
    take_backup,
)
from workbench.store import StoreError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class StartupCheck(QObject):
    """After the first paint, off the GUI thread: SQLite's quick check of the database,
    then the day's backup when none was taken in the last 24 hours. A damaged database is
    not backed up (it would push a good backup out of the rolling set); ``damaged`` says
    what SQLite found, and the window switches to read-only."""

    damaged = Signal(str)
    done = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        # A plain thread, not a daemon: quitting waits the second a backup takes.
        self.thread = threading.Thread(target=self._work, name="startup-check")

    def start(self) -> None:
        self.thread.start()

    def _work(self) -> None:
        problem = quick_check(self.db_path)
        if problem is not None:
            self.damaged.emit(problem)
        else:
            try:
                if daily_backup_due(self.db_path):
                    take_backup(self.db_path, "daily")
            except StoreError as exc:  # a full disk must not stop anyone from working
                log.warning("daily backup skipped: %s", exc)
        self.done.emit()


def start_startup_check(window: MainWindow) -> StartupCheck | None:
    """The damage check and the daily backup of a SQLite file, off the GUI thread (a team
    store's server keeps its own pages whole and its backups are its administrator's)."""
    if window.store.is_shared:
        return None
    check = StartupCheck(window.store.path, window)
    check.damaged.connect(lambda problem: show_damaged(window, problem))
    check.start()
    return check


def show_damaged(window: MainWindow, problem: str) -> None:
    """Nothing more is written into a damaged database: say so, and how to get out."""
    window.store.set_read_only()
    message = window.tr(
        "This database is damaged (SQLite: %1). Workbench opened it read-only so that "
        "nothing more is lost: restore a backup (File › Restore a backup…)."
    ).replace("%1", problem)
    window.show_status(message)
    QMessageBox.warning(window, window.tr("Damaged database"), message)


def _local_time(backup: Backup) -> str:
    from datetime import UTC

    moment = backup.taken_at.replace(tzinfo=UTC).astimezone()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class BackupListModel(QAbstractTableModel):
    """The backups of one database, newest first: when, why, size."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.backups: list[Backup] = list_backups(db_path)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Taken on"), self.tr("Why"), self.tr("Size"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return _local_time(backup)
            if index.column() == 1:
                return self.reason(backup)
            return QLocale().formattedDataSize(
                backup.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def reason(self, backup: Backup) -> str:
        if backup.kind == "migration":
            return self.tr("before the schema upgrade from %1").replace(
                "%1", backup.reason.split("-", 1)[1]
            )
        return {
            "daily": self.tr("daily backup"),
            "import": self.tr("before an import"),
            "restore": self.tr("before a restore"),
        }.get(backup.kind, backup.reason)


class RestoreBackupDialog(QDialog):
    """Choose a backup to put back in place of the database."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(560, 360)
        self.model = BackupListModel(db_path, self)
        intro = QLabel(
            self.tr(
                "Workbench backs the database up every day, before an import of many files "
                "and before each schema upgrade. Restoring replaces the database with the "
                "chosen backup; the database as it is now is backed up first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.resizeColumnToContents(0)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        if not self.model.backups:
            layout.addWidget(QLabel(self.tr("There is no backup of this database yet."), self))
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_button)
        if self.model.backups:
            self.view.selectRow(0)
        self._update_button()

    def _update_button(self, *_args) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Backup | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None


def restore_into_window(window: MainWindow, backup: Backup) -> bool:
    """Put ``backup`` back after asking; the window then shows the restored content."""
    answer = QMessageBox.question(
        window,
        window.tr("Restore a backup"),
        window.tr(
            "Put the database back as it was on %1 (%2)?\n\nWhat was changed since will be "
            "replaced; the database as it is now is backed up first."
        )
        .replace("%1", _local_time(backup))
        .replace("%2", BackupListModel(window.store.path).reason(backup)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return restore_now(window, backup)


def restore_now(window: MainWindow, backup: Backup) -> bool:
    if not window.workspace.close_all():  # a tab could not be saved: nothing is touched
        return False
    try:
        before = restore_backup(window.store.path, backup.path)
    except StoreError as exc:
        QMessageBox.warning(window, window.tr("Restore a backup"), str(exc))
        return False
    window.undo_stack.clear()  # its commands describe the database as it was
    window.refresh()
    window.show_status(
        window.tr("Backup restored; the previous state is kept in %1.").replace(
            "%1", before.path.name
        ),
        10000,
    )
    return True
