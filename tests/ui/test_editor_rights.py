"""Rights in the piece editor on a team store: a writer reads the pieces not assigned to
them (nothing taken, the reason shown) and still comments; the statuses and plan fields
follow the role; the maquettiste sets « en maquette » but does not write; only the
editor-in-chief breaks a lock and assigns. Assignments on a SQLite file too."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt

from ui.editor.piece_editor import PieceEditor
from ui.main_window import MainWindow
from workbench import assignments, catalog, checkout, comments, pieces, revisions, team
from workbench.rights import Right, refusal

pytestmark = pytest.mark.usefixtures("app")

NOT_ASSIGNED = "Ce papier ne vous est pas attribué"


@pytest.fixture
def newsroom(team_store):
    """A numéro with two pieces, made by the editor-in-chief."""
    publication = catalog.create_publication(team_store, "En-Contact")
    issue = catalog.create_issue(team_store, publication, catalog.IssueFields(82, page_count=68))
    mine = pieces.create_piece(
        team_store, publication, "reportage", "Le port", issue_id=issue, body="Le port dort."
    )
    other = pieces.create_piece(
        team_store, publication, "edito", "Édito", issue_id=issue, body="Chers lecteurs."
    )
    return {"publication": publication, "issue": issue, "mine": mine, "other": other}


@pytest.fixture
def window_of(tmp_path, qtbot):
    windows = []

    def make(store) -> MainWindow:
        settings = QSettings(str(tmp_path / f"{store.user}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def open_editor(window, piece_id) -> PieceEditor:
    window.refresh()
    assert window.open_piece(piece_id)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    return editor


def test_a_writer_reads_a_piece_not_assigned_to_them_and_comments(
    team_store, open_as, newsroom, window_of, qtbot
):
    claire = open_as("claire", "redacteur", "Claire Martin")
    version = pieces.get_piece(team_store, newsroom["other"]).version
    for body in ("Chers amis.", "Chers lecteurs."):  # a version to restore, in the history
        version = revisions.save_piece(
            team_store,
            newsroom["other"],
            expected_version=version,
            title="Édito",
            standfirst="",
            body=body,
            autosave=False,
        ).version
    checkout.release(team_store, newsroom["other"])
    window = window_of(claire)
    editor = open_editor(window, newsroom["other"])
    # Read only, nothing taken, and why.
    assert editor.text_edit.isReadOnly()
    assert checkout.holder(team_store, newsroom["other"]) is None
    assert not editor.checkout_bar.isHidden()
    assert NOT_ASSIGNED in editor.checkout_bar.message.text()
    assert "Read only" in editor.checkout_bar.message.text()
    assert editor.checkout_bar.force.isHidden() and editor.checkout_bar.take.isHidden()
    # Formatting and saving greyed with the reason as tooltip.
    for action in [*window.editor.format_actions, window.editor.act_save]:
        assert not action.isEnabled()
        assert NOT_ASSIGNED in action.toolTip()
    assert not window.editor_tools.act_typography.isEnabled()
    assert NOT_ASSIGNED in window.editor_tools.act_typography.toolTip()
    editor.show_side_panel(editor.history_panel)
    editor.history_panel.reload()
    history = editor.history_panel.model
    amis = next(
        history.revision(r).id
        for r in range(history.rowCount())
        if history.revision(r).body == "Chers amis."
    )
    editor.history_panel.select_revisions([amis])
    assert not editor.history_panel.restore_button.isEnabled()
    assert NOT_ASSIGNED in editor.history_panel.restore_button.toolTip()
    # Typing changes nothing; the form is greyed, with the reason.
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, "zzz")
    assert editor.text_edit.plain_text() == "Chers lecteurs."
    assert not editor.fields.title.isEnabled()
    assert NOT_ASSIGNED in editor.fields.title.toolTip()
    assert not editor.fields.status.isEnabled()
    # Commenting stays open: on a passage of the text.
    cursor = editor.text_edit.document().find("lecteurs")
    editor.text_edit.setTextCursor(cursor)
    assert window.editor.act_comment_passage.isEnabled()
    window.editor.act_comment_passage.trigger()
    editor.comments.composer.edit.insertPlainText("Et les lectrices ?")
    editor.comments.composer.send_button.click()
    [found] = comments.list_comments(team_store, newsroom["other"])
    assert (found.author, found.body, found.anchor.text) == (
        "claire",
        "Et les lectrices ?",
        "lecteurs",
    )
    assert editor.comments.model.rowCount() == 1
    # Resolving is for anyone; editing is the author's.
    assert editor.comments.act_resolve.isEnabled() and editor.comments.act_edit.isEnabled()
    # Closing gives nothing back (nothing was taken) and takes nothing.
    assert window.workspace.close_index(window.workspace.indexOf(editor))
    assert checkout.holder(team_store, newsroom["other"]) is None


def test_a_writer_on_their_piece_writes_with_limited_statuses_and_no_plan_fields(
    team_store, open_as, newsroom, window_of, qtbot
):
    claire = open_as("claire", "redacteur", "Claire Martin")
    assignments.assign(team_store, newsroom["mine"], "claire", due=date(2030, 1, 15))
    window = window_of(claire)
    editor = open_editor(window, newsroom["mine"])
    assert not editor.text_edit.isReadOnly()
    assert editor.checkout_bar.isHidden()
    assert checkout.holder(team_store, newsroom["mine"]).login == "claire"
    assert all(action.isEnabled() for action in window.editor.format_actions)
    status = editor.fields.status
    assert status.isEnabled()
    model = status.model()
    allowed = {status.itemData(row): model.item(row).isEnabled() for row in range(status.count())}
    assert {code for code, enabled in allowed.items() if enabled} == {
        "idee",
        "commande",
        "redaction",
        "remis",
    }
    valide = status.findData("valide")
    assert "ne permet pas de donner ce statut" in model.item(valide).toolTip()
    # Numéro and due date are the plan's: greyed, with why.
    assert not editor.fields.issue.isEnabled()
    assert not editor.fields.due.isEnabled()
    assert editor.fields.due.toolTip() == refusal("redacteur", Right.PLAN)
    assert editor.fields.title.isEnabled() and editor.fields.standfirst.isEnabled()
    # She hands it in and types: both saved.
    status.setCurrentIndex(status.findData("remis"))
    editor.move_cursor_to_end()
    qtbot.keyClicks(editor.text_edit, " Le soir tombe.")
    assert editor.save()
    saved = pieces.get_piece(team_store, newsroom["mine"])
    assert (saved.status, saved.body) == ("remis", "Le port dort. Le soir tombe.")
    # Assignments: read only for her.
    panel = editor.assignments
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == "Claire Martin"
    assert panel.model.index(0, 2).data() == "15/01/2030"
    assert not panel.add_button.isEnabled()
    assert panel.add_button.toolTip() == refusal("redacteur", Right.ASSIGN)


def test_a_maquettiste_sets_en_maquette_but_cannot_write(
    team_store, open_as, newsroom, window_of, qtbot
):
    pieces.update_piece(team_store, newsroom["mine"], status="valide")
    marc = open_as("marc", "maquettiste", "Marc Petit")
    window = window_of(marc)
    editor = open_editor(window, newsroom["mine"])
    assert editor.text_edit.isReadOnly()
    assert checkout.holder(team_store, newsroom["mine"]) is None
    assert "maquettiste" in editor.checkout_bar.message.text()
    qtbot.keyClicks(editor.text_edit, "zzz")
    assert editor.text_edit.plain_text() == "Le port dort."
    assert not editor.fields.title.isEnabled()
    status = editor.fields.status
    assert status.isEnabled()
    enabled = [
        status.itemData(row)
        for row in range(status.count())
        if status.model().item(row).isEnabled()
    ]
    assert enabled == ["maquette"]
    status.setCurrentIndex(status.findData("maquette"))
    assert editor.save()
    assert pieces.get_piece(team_store, newsroom["mine"]).status == "maquette"
    assert pieces.get_piece(team_store, newsroom["mine"]).body == "Le port dort."


def test_only_the_editor_in_chief_breaks_a_lock(team_store, open_as, newsroom, window_of):
    from datetime import timedelta

    claire = open_as("claire", "redacteur", "Claire Martin")
    paul = open_as("paul", "redacteur", "Paul Roy")
    for login in ("claire", "paul"):
        assignments.assign(team_store, newsroom["mine"], login)
    assert checkout.take(paul, newsroom["mine"]) is None
    team_store.query(
        "UPDATE piece_lock SET seen_at = seen_at - ? * interval '1 second' WHERE piece_id = ?",
        (int((checkout.VANISHED_AFTER + timedelta(minutes=1)).total_seconds()), newsroom["mine"]),
    )
    editor = open_editor(window_of(claire), newsroom["mine"])
    assert editor.text_edit.isReadOnly()
    assert "Taken by Paul Roy" in editor.checkout_bar.message.text()
    assert not editor.checkout_bar.force.isEnabled()
    assert editor.checkout_bar.force.toolTip() == refusal("redacteur", Right.BREAK_LOCK)
    assert not editor.break_lock()
    # The editor-in-chief may, once Paul's window vanished.
    chief = open_editor(window_of(team_store), newsroom["mine"])
    assert chief.checkout_bar.force.isEnabled()


def test_the_chief_assigns_and_the_writer_may_write_at_once(
    team_store, open_as, newsroom, window_of, qtbot
):
    claire = open_as("claire", "redacteur", "Claire Martin")
    mine = open_editor(window_of(claire), newsroom["other"])
    assert mine.text_edit.isReadOnly()
    chief_window = window_of(team_store)
    chief = open_editor(chief_window, newsroom["other"])
    chief.give_back()  # the chief reads it and leaves it free
    panel = chief.assignments
    assert panel.add_button.isEnabled()
    dialog = panel.make_dialog(team.members(team_store))
    logins = [dialog.person.itemData(row) for row in range(dialog.person.count())]
    assert "claire" in logins
    assert dialog.role.currentData() == "author"
    dialog.deleteLater()
    assert panel.assign("claire", "author", date(2030, 2, 1))
    assert panel.model.rowCount() == 1
    # Claire's window hears of it and takes the piece.
    qtbot.waitUntil(lambda: not mine.text_edit.isReadOnly(), timeout=3000)
    assert mine.checkout_bar.isHidden()
    assert checkout.holder(team_store, newsroom["other"]).login == "claire"
    # Taken back: she reads it again.
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.remove_selected()
    assert assignments.of_piece(team_store, newsroom["other"]) == []
    qtbot.waitUntil(lambda: mine.text_edit.isReadOnly(), timeout=3000)
    assert NOT_ASSIGNED in mine.checkout_bar.message.text()
    assert checkout.holder(team_store, newsroom["other"]) is None


def test_assignments_on_a_sqlite_file(window, store, publication, qtbot, monkeypatch):
    piece = pieces.create_piece(store, publication, "breve", "Brève", body="Texte.")
    editor = open_editor(window, piece)
    panel = editor.assignments
    assert panel.nobody.isVisible() and not panel.view.isVisible()
    # Nobody in the team yet: said so.
    assert not panel.add()
    assert "Team" in panel.error.text()
    team.add_member(store, "claire", "Claire Martin", "redacteur")
    monkeypatch.setattr(
        type(panel.make_dialog(team.members(store))), "exec", lambda self: _fill(self)
    )
    assert panel.add()
    [found] = assignments.of_piece(store, piece)
    assert (found.login, found.role, found.due) == ("claire", "photographer", date(2030, 3, 1))
    assert panel.view.isVisible()
    assert panel.model.index(0, 1).data() == "Photographer"
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert assignments.of_piece(store, piece) == []
    assert panel.nobody.isVisible()


def _fill(dialog) -> bool:
    dialog.person.setCurrentIndex(dialog.person.findData("claire"))
    dialog.role.setCurrentIndex(dialog.role.findData("photographer"))
    dialog.due.set_value(date(2030, 3, 1))
    return True


def test_a_status_the_role_may_not_set_is_refused_by_the_editor(
    team_store, open_as, newsroom, window_of, qtbot
):
    """A writer whose piece went beyond « remis » keeps writing it, not its status."""
    claire = open_as("claire", "redacteur", "Claire Martin")
    assignments.assign(team_store, newsroom["mine"], "claire")
    pieces.update_piece(team_store, newsroom["mine"], status="relecture")
    editor = open_editor(window_of(claire), newsroom["mine"])
    assert not editor.text_edit.isReadOnly()
    assert not editor.fields.status.isEnabled()
    assert "au-delà de « remis »" in editor.fields.status.toolTip()
    qtbot.keyClick(editor.fields.status, Qt.Key.Key_Down)
    assert editor.fields.status.currentData() == "relecture"


def test_text_typed_when_the_piece_is_taken_back_stays_in_the_window(
    team_store, open_as, newsroom, window_of, qtbot
):
    """The server refuses a writer's revision once the piece is not theirs: the text they
    had not saved stays on screen, read only, with what to do."""
    claire = open_as("claire", "redacteur", "Claire Martin")
    assignments.assign(team_store, newsroom["mine"], "claire")
    editor = open_editor(window_of(claire), newsroom["mine"])
    editor.move_cursor_to_end()
    qtbot.keyClicks(editor.text_edit, " Mouettes.")
    editor.autosave_timer.stop()
    assignments.unassign(team_store, newsroom["mine"], "claire")
    qtbot.waitUntil(lambda: editor.text_edit.isReadOnly(), timeout=3000)
    assert "You may no longer change this piece" in editor.error_line.text()
    assert "copy them" in editor.error_line.text()
    assert editor.text_edit.plain_text() == "Le port dort. Mouettes."
    assert NOT_ASSIGNED in editor.checkout_bar.message.text()
    assert checkout.holder(team_store, newsroom["mine"]) is None
    assert pieces.get_piece(team_store, newsroom["mine"]).body == "Le port dort."
