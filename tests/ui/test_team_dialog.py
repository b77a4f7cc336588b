"""Outils › Équipe… : the editor-in-chief adds, changes and removes people (on a SQLite
file a list of names, on a team store real logins); anyone else sees the team read only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from ui.main_window import MainWindow
from ui.team_dialog import LOGIN, NAME, ROLE, MemberDialog, TeamDialog
from workbench import team
from workbench.rights import Right, refusal
from workbench.store import Store, StoreError

pytestmark = pytest.mark.usefixtures("app")

WAIT = 10_000  # ms: a change runs off the GUI thread, on a connection of its own


def open_team(window) -> TeamDialog:
    window.act_team.trigger()
    dialog = window.team_dialog
    assert isinstance(dialog, TeamDialog) and dialog.isVisible()
    return dialog


def fill(dialog: MemberDialog, **values) -> None:
    for field in ("login", "name", "password", "confirm"):
        if field in values:
            getattr(dialog, field).setText(values[field])
    if "role" in values:
        dialog.role.setCurrentIndex(dialog.role.findData(values["role"]))


def submit(qtbot, team_dialog: TeamDialog, member: MemberDialog) -> None:
    """Click the member dialog's OK and wait for the change to be made (or refused)."""
    member.ok.click()
    qtbot.waitUntil(lambda: not team_dialog.busy(), timeout=WAIT)


def rows(dialog: TeamDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [
        (
            model.index(r, NAME).data(),
            model.index(r, LOGIN).data(),
            model.index(r, ROLE).data(),
        )
        for r in range(model.rowCount())
    ]


def select(dialog: TeamDialog, login: str) -> None:
    row = dialog.model.row_of(login)
    assert row >= 0
    dialog.view.selectRow(row)


def test_the_team_menu_is_there(window):
    assert window.act_team in window.menu_tools.actions()
    assert window.menu_tools.menuAction().isVisible()


def test_on_a_file_the_team_is_a_list_of_names(window, store, qtbot, monkeypatch):
    dialog = open_team(window)
    assert dialog.add_button.isEnabled() and not dialog.read_only_note.isVisible()

    dialog.add_button.click()
    member = dialog.member_dialog
    assert member is not None and member.isVisible()
    assert member.password.isHidden() and member.confirm.isHidden()  # no logins here
    fill(member, login="claire", name="Claire Martin", role="redacteur")
    submit(qtbot, dialog, member)
    qtbot.waitUntil(lambda: dialog.member_dialog is None, timeout=WAIT)
    assert team.member(store, "claire").role == "redacteur"
    assert ("Claire Martin", "claire", "Rédacteur") in rows(dialog)
    assert dialog.current().login == "claire"

    # Change her name and role.
    dialog.change_button.click()
    member = dialog.member_dialog
    assert member.login.isReadOnly() and member.name.text() == "Claire Martin"
    fill(member, name="Claire Dupont", role="maquettiste")
    submit(qtbot, dialog, member)
    qtbot.waitUntil(lambda: dialog.member_dialog is None, timeout=WAIT)
    changed = team.member(store, "claire")
    assert (changed.name, changed.role) == ("Claire Dupont", "maquettiste")
    assert ("Claire Dupont", "claire", "Maquettiste") in rows(dialog)

    # Remove her, after a question that names her.
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    select(dialog, "claire")
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT)
    assert "Claire Dupont (claire)" in asked[0]
    with pytest.raises(StoreError):
        team.member(store, "claire")
    assert dialog.model.row_of("claire") == -1


def test_removing_can_be_cancelled(window, store, qtbot, monkeypatch):
    team.add_member(store, "marc", "Marc Petit", "lecteur")
    dialog = open_team(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    select(dialog, "marc")
    dialog.remove_button.click()
    assert not dialog.busy()
    assert team.member(store, "marc").name == "Marc Petit"


def test_a_refused_change_says_why_and_changes_nothing(window, store, qtbot):
    team.add_member(store, "claire", "Claire Martin", "redacteur")
    dialog = open_team(window)

    # A login people cannot use: said at once, nothing sent to the store.
    dialog.add_button.click()
    member = dialog.member_dialog
    fill(member, login="Claire M", name="Claire M")
    member.ok.click()
    assert member.isVisible() and not dialog.busy()
    assert "Identifiant invalide" in member.message.text()

    # Someone already there: the store refuses, the dialog keeps what was typed.
    fill(member, login="claire", name="Une autre Claire")
    submit(qtbot, dialog, member)
    assert member.isVisible()
    assert "fait déjà partie de l'équipe" in member.message.text()
    assert member.name.text() == "Une autre Claire"
    assert team.member(store, "claire").name == "Claire Martin"
    assert [m.login for m in team.members(store)] == ["claire"]
    member.reject()
    qtbot.waitUntil(lambda: dialog.member_dialog is None)


def test_a_refused_removal_says_why_once(window, store, qtbot, monkeypatch):
    team.add_member(store, "marc", "Marc Petit", "lecteur")
    dialog = open_team(window)

    def refuse(store, login):
        raise StoreError("Le serveur ne répond pas.")

    monkeypatch.setattr(team, "remove_member", refuse)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    select(dialog, "marc")
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT)
    assert warned == ["Le serveur ne répond pas."]
    assert dialog.message.isHidden()
    assert dialog.model.row_of("marc") >= 0 and dialog.remove_button.isEnabled()


def test_closing_the_team_refreshes_the_window(window, store, qtbot):
    dialog = open_team(window)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.team_dialog is None)


# A team store ----------------------------------------------------------------------


@pytest.fixture
def chief_window(team_store, settings, qtbot):
    window = MainWindow(team_store, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_the_editor_in_chief_adds_a_login_that_can_connect(
    chief_window, team_store, team_url, qtbot, monkeypatch
):
    from bench.pg_server import ADMIN, ADMIN_PASSWORD

    dialog = open_team(chief_window)
    assert dialog.add_button.isEnabled()
    dialog.add_button.click()
    member = dialog.member_dialog
    assert member.password.isVisibleTo(member) and member.confirm.isVisibleTo(member)

    # Two passwords that differ: said before anything is sent.
    fill(member, login="paul", name="Paul Durand", role="redacteur", password="a", confirm="b")
    member.ok.click()
    assert not dialog.busy() and "differ" in member.message.text()

    fill(member, password=ADMIN_PASSWORD, confirm=ADMIN_PASSWORD)
    submit(qtbot, dialog, member)
    qtbot.waitUntil(lambda: dialog.member_dialog is None, timeout=WAIT)
    assert ("Paul Durand", "paul", "Rédacteur") in rows(dialog)

    paul_url = team_url.replace(f"//{ADMIN}@", "//paul@")
    with Store.open(paul_url) as paul:
        assert (paul.user, paul.role) == ("paul", "redacteur")

    # The chief makes him a reader: his own connection says so.
    select(dialog, "paul")
    dialog.change_button.click()
    member = dialog.member_dialog
    assert member.password.placeholderText()  # empty: unchanged
    fill(member, role="lecteur")
    submit(qtbot, dialog, member)
    qtbot.waitUntil(lambda: dialog.member_dialog is None, timeout=WAIT)
    assert team.member(team_store, "paul").role == "lecteur"
    with Store.open(paul_url) as paul:
        assert paul.role == "lecteur"

    # Removed: he can no longer connect.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    select(dialog, "paul")
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT)
    assert dialog.model.row_of("paul") == -1
    with pytest.raises(StoreError):
        Store.open(paul_url).close()


def test_the_chief_cannot_remove_themself_nor_change_their_role(chief_window, team_store):
    dialog = open_team(chief_window)
    select(dialog, team_store.user)
    assert not dialog.remove_button.isEnabled()
    assert dialog.remove_button.toolTip()
    dialog.change_button.click()
    member = dialog.member_dialog
    assert not member.role.isEnabled()
    member.reject()


def test_a_writer_sees_the_team_read_only(open_as, team_store, tmp_path, qtbot):
    claire = open_as("claire", "redacteur", "Claire Martin")
    settings = QSettings(str(tmp_path / "claire.ini"), QSettings.Format.IniFormat)
    window = MainWindow(claire, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        dialog = open_team(window)
        reason = refusal("redacteur", Right.MANAGE_TEAM)
        assert reason
        assert dialog.read_only_note.isVisible() and dialog.read_only_note.text() == reason
        for button in (dialog.add_button, dialog.change_button, dialog.remove_button):
            assert not button.isEnabled()
            assert button.toolTip() == reason
        assert ("Claire Martin", "claire", "Rédacteur") in rows(dialog)
        dialog.add()  # a shortcut that comes anyway: nothing opens
        assert dialog.member_dialog is None
    finally:
        window.close()
