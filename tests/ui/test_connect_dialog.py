"""Fichier › Se connecter à un serveur d'équipe… : trying a server off the GUI thread,
its refusals in one line, recent connections without passwords, the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from db import postgres
from ui.connect_dialog import (
    ConnectDialog,
    recent_connections,
    remember_connection,
    team_address,
)

pytestmark = pytest.mark.usefixtures("app")


@pytest.fixture(autouse=True)
def _forget_passwords():
    """Passwords given in a dialog are kept for the process: not from one test to the next."""
    yield
    postgres._passwords.clear()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def fill(dialog, pg_server, database):
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_server.port)
    dialog.database.setText(database)
    dialog.user.setText("wbadmin")


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_an_address_is_built_from_the_fields():
    assert team_address("srv", 5433, "rédaction", "c.martin") == (
        "postgresql://c.martin@srv:5433/r%C3%A9daction"
    )


def test_connect_is_offered_once_server_base_and_login_are_given(settings, qtbot):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    dialog.host.setText("srv")
    dialog.database.setText("redaction")
    assert not ok_button(dialog).isEnabled()
    dialog.user.setText("claire")
    assert ok_button(dialog).isEnabled()


def test_a_server_that_answers_is_remembered_without_its_password(
    settings, qtbot, pg_server, team_url
):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    fill(dialog, pg_server, team_url.rsplit("/", 1)[1])
    from bench.pg_server import ADMIN_PASSWORD

    dialog.password.setText(ADMIN_PASSWORD)
    dialog.keep.setChecked(True)
    with qtbot.waitSignal(dialog.connected, timeout=10000) as opened:
        ok_button(dialog).click()
        assert not ok_button(dialog).isEnabled()  # one attempt at a time
    assert opened.args[0].display() == team_url
    assert recent_connections(settings) == [team_url]
    settings.sync()
    assert ADMIN_PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
    # No keyring on a test machine: the password is kept for this run only, and said so.
    assert dialog.kept_in_keyring is False
    assert postgres.child_environment(opened.args[0]).get("PGPASSWORD") == ADMIN_PASSWORD


def test_a_wrong_password_is_said_and_nothing_remembered(settings, qtbot, pg_server, team_url):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    fill(dialog, pg_server, team_url.rsplit("/", 1)[1])
    dialog.password.setText("pas-le-bon")
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled(), timeout=10000)
    assert dialog.status.text().startswith("Mot de passe refusé pour « wbadmin »")
    assert recent_connections(settings) == []


def test_a_refusal_is_one_line_in_the_dialog(settings, qtbot, pg_server):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    fill(dialog, pg_server, "pas_de_base")
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled(), timeout=10000)  # answered
    assert dialog.status.text().startswith("Il n'y a pas de base « pas_de_base »")
    assert "\n" not in dialog.status.text()
    assert dialog.result() == 0  # still open: correct it and try again


def test_recent_connections_fill_the_fields(settings, qtbot):
    from db.location import parse_location

    remember_connection(settings, parse_location("postgresql://anne@old:5432/archives"))
    remember_connection(settings, parse_location("postgresql://claire:pw@srv:5433/redaction"))
    assert recent_connections(settings) == [
        "postgresql://claire@srv:5433/redaction",
        "postgresql://anne@old:5432/archives",
    ]
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text()) == (
        "srv",
        5433,
        "redaction",
    )
    dialog.recent.setCurrentIndex(2)
    assert (dialog.user.text(), dialog.host.text()) == ("anne", "old")


def test_the_file_menu_offers_the_team_server(window):
    assert window.act_connect in window.menu_file.actions()
    window._fill_recent_servers()
    (only,) = window.menu_recent_servers.actions()
    assert not only.isEnabled()


def test_the_welcome_page_offers_the_team_servers_opened_lately(app, tmp_path, qtbot, monkeypatch):
    from db.location import parse_location
    from ui.main_window import MainWindow
    from workbench.store import Store

    settings = QSettings(str(tmp_path / "welcome.ini"), QSettings.Format.IniFormat)
    remember_connection(settings, parse_location("postgresql://claire@srv:5433/redaction"))
    store = Store.open(tmp_path / "vide.sqlite")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.central.currentWidget() is window.welcome
    assert [b.text() for b in window.welcome.recent_buttons] == [
        "postgresql://claire@srv:5433/redaction"
    ]
    opened = []
    monkeypatch.setattr(window, "open_team_store", opened.append)
    window.welcome.recent_buttons[0].click()
    assert [location.display() for location in opened] == ["postgresql://claire@srv:5433/redaction"]
    window.close()
    store.close()
