"""Fichier › Se connecter à un serveur d'équipe… : a team store on a PostgreSQL server.

The person gives the server, port, database and login, and the password (kept by the
system's keyring when there is one, for this run only otherwise; never in the settings
or a log). The connection is tried off the GUI thread; once it works, the team store
opens in a window of its own and joins the recent connections (addresses without any
password) offered in the Fichier menu.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import QObject, QSettings, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db import postgres
from db.location import Location, parse_location
from workbench.store import Store, StoreError

log = logging.getLogger(__name__)

RECENT_KEY = "team/recent"
RECENT_MAX = 8
DEFAULT_PORT = 5432


def team_address(host: str, port: int, database: str, user: str) -> str:
    """``postgresql://user@host:port/database``, each part quoted as a URL needs."""
    login = f"{quote(user, safe='')}@" if user else ""
    return f"postgresql://{login}{host}:{port}/{quote(database, safe='')}"


def recent_connections(settings: QSettings) -> list[str]:
    """The team stores opened lately, newest first (addresses without passwords)."""
    value = settings.value(RECENT_KEY, [])
    values: list = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return [str(v) for v in values if str(v).startswith("postgresql://")]


def remember_connection(settings: QSettings, location: Location) -> None:
    """Put ``location`` first in the recent connections (never with its password)."""
    address = location.display()
    kept = [a for a in recent_connections(settings) if a != address]
    settings.setValue(RECENT_KEY, [address, *kept][:RECENT_MAX])


def open_in_new_window(location: Location) -> subprocess.Popen:
    """Workbench on ``location`` in a process of its own (the password this process was
    given goes with it in the environment, never on its command line)."""
    env = postgres.child_environment(location)
    return subprocess.Popen(
        [sys.executable, "-m", "ui", "--db", location.display()],
        env=env,
        start_new_session=True,
        close_fds=True,
        cwd=os.getcwd(),
    )


class _Attempt(QObject):
    """Opens the team store once, off the GUI thread: a server that does not answer
    takes seconds to say so."""

    succeeded = Signal()
    failed = Signal(str)

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location

    @Slot()
    def run(self) -> None:
        try:
            Store.open(self.location).close()
        except StoreError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - one line for people, the rest in the log
            log.exception("connection attempt failed")
            self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            return
        self.succeeded.emit()


class ConnectDialog(QDialog):
    """Server, port, database, login and password; « Se connecter » tries them."""

    connected = Signal(object)  # the Location that answered

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.recent = QComboBox(self)
        self.recent.addItem(self.tr("(new connection)"), "")
        for address in recent_connections(settings):
            self.recent.addItem(address, address)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("server.example.org"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: the keyring or ~/.pgpass gives it"))
        self.keep = QCheckBox(self.tr("Keep the password in the system's keyring"), self)
        self.keep.setChecked(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("&Recent:"), self.recent)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Login:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.keep)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&onnect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.recent.currentIndexChanged.connect(self._recent_chosen)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update_ok)
        self._thread: QThread | None = None
        self._attempt: _Attempt | None = None
        self.location: Location | None = None
        self.kept_in_keyring: bool | None = None  # False: no keyring on this computer
        if self.recent.count() > 1:
            self.recent.setCurrentIndex(1)
        self._update_ok()

    def _recent_chosen(self, index: int) -> None:
        address = self.recent.itemData(index)
        if address:
            self.fill_from(address)

    def fill_from(self, address: str, problem: str = "") -> None:
        """The fields of ``address`` (and why it could not be opened, if it could not)."""
        parts = urlsplit(address)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))
        self.password.clear()
        self.status.setText(problem)
        if problem:
            self.password.setFocus()

    def _update_ok(self) -> None:
        ready = all(f.text().strip() for f in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            ready and self._thread is None
        )

    def address(self) -> str:
        return team_address(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def try_connect(self) -> None:
        """Try the connection in the background; the dialog closes once it answered."""
        try:
            location = parse_location(self.address())
        except StoreError as exc:
            self.status.setText(str(exc))
            return
        if self.password.text():
            postgres.remember_password(location, self.password.text())
        self.location = location
        self.status.setStyleSheet("color: #455a64;")
        self.status.setText(self.tr("Connecting to %1…").replace("%1", location.display()))
        self._thread = QThread(self)
        self._attempt = _Attempt(location)
        self._attempt.moveToThread(self._thread)
        self._thread.started.connect(self._attempt.run)
        self._attempt.succeeded.connect(self._succeeded)
        self._attempt.failed.connect(self._failed)
        self._update_ok()
        self._thread.start()

    def _finish_attempt(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
        self._attempt = None
        self._update_ok()

    def _succeeded(self) -> None:
        self._finish_attempt()
        location = self.location
        assert location is not None
        if self.password.text() and self.keep.isChecked():
            self.kept_in_keyring = postgres.keep_password(location, self.password.text())
        remember_connection(self.settings, location)
        self.connected.emit(location)
        self.accept()

    def _failed(self, message: str) -> None:
        self._finish_attempt()
        self.status.setStyleSheet("color: #c62828;")
        self.status.setText(message)

    def done(self, result: int) -> None:
        if self._thread is not None:  # closing while a server is slow to answer
            self._finish_attempt()
        super().done(result)
