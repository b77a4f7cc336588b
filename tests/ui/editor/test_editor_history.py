"""The history panel: revisions listed after saves, word diff, restore as a new revision."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ui.editor.diff_view import DiffView, ops_to_html
from ui.editor.history_panel import HistoryPanel, KindRole, RevisionIdRole, format_when
from workbench.pieces import create_piece, get_piece
from workbench.revisions import get_revision, list_revisions, save_piece, word_diff


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=10)  # each save its own revision
        return self.now


@pytest.fixture
def piece(store, publication) -> int:
    return create_piece(store, publication, "edito", "À vous de jouer", body="Premier jet.")


def save(store, piece_id, body, clock, **kw):
    return save_piece(
        store,
        piece_id,
        expected_version=get_piece(store, piece_id).version,
        title="À vous de jouer",
        standfirst="",
        body=body,
        clock=clock,
        **kw,
    )


@pytest.fixture
def panel(app, qtbot, store, piece):
    clock = Clock()
    save(store, piece, "Le centre d’appels répond vite.", clock)
    save(store, piece, "Le centre de contacts répond très vite.", clock, autosave=False)
    widget = HistoryPanel(store, piece)
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    widget.show()
    return widget


def texts(panel):
    model = panel.model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_lists_the_revisions_newest_first(panel, store, piece):
    rows = texts(panel)
    assert len(rows) == 3  # the initial text and two saves
    history = list_revisions(store, piece)
    assert [panel.model.index(r).data(RevisionIdRole) for r in range(3)] == [r.id for r in history]
    assert [panel.model.index(r).data(KindRole) for r in range(3)] == [
        "manual",
        "autosave",
        "initial",
    ]
    assert rows[0].startswith(format_when(history[0].created_at))
    assert "signs" in rows[0] and "39" in rows[0]  # « Le centre de contacts répond très vite. »
    assert panel.title.text() == "3 revisions"


def test_reload_shows_a_new_save(panel, store, piece):
    save_piece(
        store,
        piece,
        expected_version=get_piece(store, piece).version,
        title="À vous de jouer",
        standfirst="",
        body="Troisième jet.",
        autosave=False,
    )
    assert panel.model.rowCount() == 3
    panel.reload()
    assert panel.model.rowCount() == 4


def test_one_selected_revision_is_compared_with_the_saved_text(panel, store, piece):
    oldest = list_revisions(store, piece)[-1]
    panel.select_revisions([oldest.id])
    html = panel.diff.toHtml()
    plain = panel.diff.toPlainText()
    assert "Premier" in plain and "contacts" in plain
    assert "line-through" in html and "underline" in html


def test_two_selected_revisions_show_inserted_and_deleted_words(panel, store, piece):
    newest, middle, _ = list_revisions(store, piece)
    panel.select_revisions([newest.id, middle.id])
    ops = word_diff(middle.body, newest.body)
    assert [(op.kind, op.text) for op in ops if op.kind != "equal"] == [
        ("delete", "d’appels"),
        ("insert", "de contacts"),
        ("insert", " très"),
    ]
    html = panel.diff.toHtml()
    # Inserted words are green and underlined, deleted ones red and struck through.
    assert "d’appels" in html and "très" in html
    assert "Body — words added: 3, removed: 2" in panel.diff.toPlainText()


def test_diff_view_escapes_the_text(app, qtbot):
    view = DiffView()
    qtbot.addWidget(view)
    ops = word_diff("<b>gras</b> & co", "<b>gras</b> & <i>compagnie</i>")
    html = ops_to_html(ops)
    assert "<b>" not in html and "<i>" not in html and "&lt;b&gt;gras" in html
    view.set_ops(ops)
    assert "<b>gras</b> & co<i>compagnie</i>" in view.toPlainText()


def test_restore_adds_a_revision_and_changes_the_body(panel, store, piece, qtbot):
    oldest = list_revisions(store, piece)[-1]
    panel.select_revisions([oldest.id])
    about: list[int] = []
    panel.aboutToRestore.connect(about.append)
    with qtbot.waitSignal(panel.restored) as signal:
        panel.restore_action.trigger()
    assert signal.args == [piece] and about == [piece]
    assert get_piece(store, piece).body == "Premier jet."
    history = list_revisions(store, piece)
    assert len(history) == 4
    assert history[0].note.startswith("Restauration de la version du")
    assert panel.model.rowCount() == 4
    assert panel.model.index(0).data(KindRole) == "restore"
    assert panel.selected_revision_ids() == [history[0].id]
    assert get_revision(store, oldest.id).body == "Premier jet."  # history not rewritten


def test_restore_needs_exactly_one_selected_revision(panel, store, piece):
    newest, middle, _ = list_revisions(store, piece)
    panel.select_revisions([newest.id, middle.id])
    assert not panel.restore_action.isEnabled()
    assert not panel.restore_selected()
    assert len(list_revisions(store, piece)) == 3


def test_the_saved_text_cannot_be_restored_onto_itself(panel, store, piece):
    newest = list_revisions(store, piece)[0]
    panel.select_revisions([newest.id])
    assert "The two versions are identical." in panel.diff.toPlainText()
    assert not panel.restore_action.isEnabled() and not panel.restore_button.isEnabled()


def test_opens_on_the_changes_since_the_previous_version(panel, store, piece):
    middle = list_revisions(store, piece)[1]
    assert panel.selected_revision_ids() == [middle.id]
    assert panel.restore_action.isEnabled()


def test_piece_without_history(app, qtbot, store, piece):
    panel = HistoryPanel(store, piece)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 0
    assert "No revision yet" in panel.title.text()
    assert not panel.restore_action.isEnabled()
