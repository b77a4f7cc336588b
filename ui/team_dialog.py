"""Outils › Équipe… : the newsroom's people, their roles, and (for the editor-in-chief)
adding, changing and removing them.

The list is a table model over :func:`workbench.team.members`. Every change goes through
:mod:`workbench.team` in a :class:`~ui.tasks.BackgroundTask` (its own connection, off the
GUI thread: on a team store the server creates logins and hashes passwords, and a slow
server must not freeze the window). A refused or failed change says why in one message and
leaves the list as the store has it. Someone who is not the editor-in-chief sees the team
read only, the buttons greyed with the reason (:func:`workbench.rights.refusal`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.labels import team_role_label
from ui.tasks import BackgroundTask
from workbench import team
from workbench.rights import ROLES, Right, refusal
from workbench.store import Store, StoreError
from workbench.team import Member

ERROR_STYLE = "color: #c62828;"
BUSY_STYLE = "color: #455a64;"

# Columns of the team table.
NAME, LOGIN, ROLE, ASSIGNED = range(4)


class TeamModel(QAbstractTableModel):
    """One row per person: name, login, role, pieces assigned to them (not handed in)."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._members: list[Member] = []
        self.reload()

    def reload(self) -> None:
        """Read the team again (after a change, or a refusal: the store's truth)."""
        self.beginResetModel()
        self._members = team.members(self.store)
        self.endResetModel()

    def member(self, row: int) -> Member | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def row_of(self, login: str) -> int:
        return next((r for r, m in enumerate(self._members) if m.login == login), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"),
                self.tr("Login"),
                self.tr("Role"),
                self.tr("Pieces assigned"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == ASSIGNED:
            return self.tr("Pieces assigned to them and not handed in yet")
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        person = self.member(index.row()) if index.isValid() else None
        if person is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (person.name, person.login, team_role_label(person.role), person.assigned)[
                column
            ]
        if role == Qt.ItemDataRole.FontRole and person.login == self.store.user:
            font = QFont()
            font.setBold(True)  # oneself
            return font
        if role == Qt.ItemDataRole.ToolTipRole and person.login == self.store.user:
            return self.tr("You")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ASSIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return icon("person")
        if role == Qt.ItemDataRole.UserRole:
            return person
        return None


class MemberDialog(QDialog):
    """A person's login, name, role and (on a team store) password: to add them, or to
    change them (the login is then fixed). ``submitted`` carries the values; the caller
    does the change and calls :meth:`failed` or closes the dialog."""

    submitted = Signal(dict)  # login, name, role, password (None: unchanged / not asked)

    def __init__(
        self,
        *,
        shared: bool,
        person: Member | None = None,
        own: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shared = shared
        self.person = person
        self.setWindowTitle(self.tr("Add a person") if person is None else self.tr("Change %1"))
        if person is not None:
            self.setWindowTitle(self.windowTitle().replace("%1", person.name))
        self.login = QLineEdit(self)
        self.login.setPlaceholderText(self.tr("claire.martin"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Claire Martin"))
        self.role = QComboBox(self)
        for code in ROLES:
            self.role.addItem(team_role_label(code), code)
        self.role.setCurrentIndex(ROLES.index("redacteur"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Name shown:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        if shared:
            form.addRow(self.tr("&Password:"), self.password)
            form.addRow(self.tr("&Confirm:"), self.confirm)
        else:
            self.password.hide()
            self.confirm.hide()
        if person is not None:
            self.login.setText(person.login)
            self.login.setReadOnly(True)
            self.name.setText(person.name)
            self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
            self.password.setPlaceholderText(self.tr("empty: unchanged"))
            if own:
                self.role.setEnabled(False)
                self.role.setToolTip(self.tr("You cannot change your own role."))
        elif shared:
            self.password.setPlaceholderText(
                self.tr("needed when the server has no such login yet")
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Add") if person is None else self.tr("&Save"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for field in (self.login, self.name):
            field.textChanged.connect(self._update_ok)
        self.busy = False
        self._update_ok()
        (self.name if person is not None else self.login).setFocus()

    def _update_ok(self) -> None:
        filled = bool(self.login.text().strip() and self.name.text().strip())
        self.ok.setEnabled(filled and not self.busy)

    def values(self) -> dict:
        password = self.password.text() if self.shared else ""
        return {
            "login": self.login.text().strip(),
            "name": self.name.text().strip(),
            "role": self.role.currentData(),
            "password": password or None,
        }

    def _submit(self) -> None:
        """Check what can be checked here, then hand the values over."""
        values = self.values()
        try:
            if self.person is None:
                values["login"] = team.check_login(values["login"])
        except StoreError as exc:
            self.failed(str(exc))
            self.login.setFocus()
            return
        if self.shared and self.password.text() != self.confirm.text():
            self.failed(self.tr("The two passwords differ."))
            self.confirm.setFocus()
            self.confirm.selectAll()
            return
        self.set_busy(self.tr("Saving…"))
        self.submitted.emit(values)

    def set_busy(self, text: str) -> None:
        self.busy = True
        self.message.setStyleSheet(BUSY_STYLE)
        self.message.setText(text)
        self.message.show()
        self._update_ok()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)

    def reject(self) -> None:
        if not self.busy:  # the change is under way: its answer closes the dialog or says why
            super().reject()

    def failed(self, message: str) -> None:
        """Say why the change was not made; everything typed stays."""
        self.busy = False
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(message)
        self.message.show()
        self._update_ok()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)


class TeamDialog(QDialog):
    """Outils › Équipe… : the team; add, change, remove for the editor-in-chief."""

    changed = Signal()  # the team changed: the window re-reads what shows names

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Team"))
        self.model = TeamModel(store, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (LOGIN, ROLE, ASSIGNED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.about = QLabel(self._about_text(), self)
        self.about.setWordWrap(True)
        self.refused = refusal(store.role, Right.MANAGE_TEAM)
        self.read_only_note = QLabel(self.refused or "", self)
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #8d6e63;")
        self.read_only_note.setVisible(bool(self.refused))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = QPushButton(icon("person-add"), self.tr("&Add…"), self)
        self.change_button = QPushButton(icon("person-edit"), self.tr("&Change…"), self)
        self.remove_button = QPushButton(icon("person-remove"), self.tr("&Remove…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        self.close_button.clicked.connect(self.accept)
        self.view.doubleClicked.connect(lambda _index: self.change())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.member_dialog: MemberDialog | None = None
        self._task: BackgroundTask | None = None
        self.resize(640, 380)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def _about_text(self) -> str:
        if self.store.is_shared:
            return self.tr(
                "Each person connects to this team store with their own login and password; "
                "their role says what they may do."
            )
        return self.tr(
            "On this computer the team is a list of names to assign pieces to: there are no "
            "logins, and everything is allowed here."
        )

    # State ------------------------------------------------------------------------

    def current(self) -> Member | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.member(rows[0].row()) if rows else None

    def busy(self) -> bool:
        """Whether a change is being made (off the GUI thread)."""
        return self._task is not None

    def _update_buttons(self, *_args) -> None:
        person = self.current()
        own = person is not None and person.login == self.store.user
        free = not self.busy()
        for button, reason, usable in (
            (self.add_button, self.refused, True),
            (self.change_button, self.refused, person is not None),
            (
                self.remove_button,
                self.refused
                or (self.tr("You cannot remove yourself from the team.") if own else None),
                person is not None,
            ),
        ):
            button.setEnabled(free and usable and reason is None)
            button.setToolTip(reason or "")

    def _say(self, text: str) -> None:
        """What is under way, under the list (empty: nothing)."""
        self.message.setStyleSheet(BUSY_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # Changes ----------------------------------------------------------------------

    def add(self) -> None:
        if self.refused or self.busy():
            return
        self._open_member_dialog(None)

    def change(self) -> None:
        person = self.current()
        if self.refused or self.busy() or person is None:
            return
        self._open_member_dialog(person)

    def _open_member_dialog(self, person: Member | None) -> None:
        dialog = MemberDialog(
            shared=self.store.is_shared,
            person=person,
            own=person is not None and person.login == self.store.user,
            parent=self,
        )
        dialog.submitted.connect(lambda values: self._save(dialog, values))
        dialog.finished.connect(lambda _result: self._forget_member_dialog(dialog))
        self.member_dialog = dialog
        dialog.open()  # window-modal, not blocking: the change runs while it shows

    def _forget_member_dialog(self, dialog: MemberDialog) -> None:
        if self.member_dialog is dialog:
            self.member_dialog = None
        dialog.deleteLater()

    def _save(self, dialog: MemberDialog, values: dict) -> None:
        person = dialog.person
        if person is None:

            def work(store: Store) -> str:
                team.add_member(
                    store, values["login"], values["name"], values["role"], values["password"]
                )
                return values["login"]

        else:
            role = values["role"] if values["role"] != person.role else None
            name = values["name"] if values["name"] != person.name else None
            if role is None and name is None and values["password"] is None:
                dialog.accept()  # nothing changed: nothing to send
                return

            def work(store: Store) -> str:
                team.change_member(
                    store, person.login, role=role, name=name, password=values["password"]
                )
                return person.login

        def done(login: str) -> None:
            dialog.accept()
            self._changed(login)

        def failed(message: str) -> None:
            self._reload(person.login if person is not None else "")
            dialog.failed(message)

        self._run(work, done, failed)

    def remove(self) -> None:
        person = self.current()
        if self.refused or self.busy() or person is None or person.login == self.store.user:
            return
        if self.store.is_shared:
            question = self.tr(
                "Remove %1 (%2) from the team?\nThey will no longer be able to connect to "
                "this team store; what they wrote stays, under their name; the pieces "
                "assigned to them are no longer theirs."
            )
        else:
            question = self.tr(
                "Remove %1 (%2) from the team?\nWhat they wrote stays, under their name; "
                "the pieces assigned to them are no longer theirs."
            )
        answer = QMessageBox.question(
            self,
            self.tr("Remove from the team"),
            question.replace("%1", person.name).replace("%2", person.login),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._say(self.tr("Removing %1…").replace("%1", person.name))

        def work(store: Store) -> str:
            team.remove_member(store, person.login)
            return ""

        def failed(message: str) -> None:
            self._reload(person.login)
            self._say("")
            QMessageBox.warning(self, self.tr("Team"), message)

        self._run(work, lambda _login: self._changed(""), failed)

    def _run(
        self,
        work: Callable[[Store], str],
        done: Callable[[str], None],
        failed: Callable[[str], None],
    ) -> None:
        """Do ``work`` on a store of its own, off the GUI thread; then ``done`` with its
        answer, or ``failed`` with the one line that says why."""
        task = BackgroundTask(self.store.location, lambda store, _report: work(store), self)
        self._task = task

        def finish(result: object) -> None:
            self._task = None
            self._update_buttons()
            if isinstance(result, str):
                done(result)

        def fail(message: str) -> None:
            self._task = None
            self._update_buttons()
            failed(message or self.tr("The change was not made."))

        task.finished.connect(finish)
        task.failed.connect(fail)
        self._update_buttons()
        task.start()

    def _changed(self, login: str) -> None:
        self._say("")
        self._reload(login)
        self.changed.emit()

    def _reload(self, login: str) -> None:
        """Read the team again (the store's truth), ``login`` selected (else the first)."""
        self.model.reload()
        row = self.model.row_of(login) if login else -1
        if row >= 0:
            self.view.selectRow(row)
        elif self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def done(self, result: int) -> None:
        if self._task is not None:  # closing while the server answers: let it finish
            self._task.cancel_and_wait()
            self._task = None
            self.changed.emit()  # it may have been made
        super().done(result)
