"""The writer's text is never lost: each way a save can fail is made to happen for real
under a real editor (a full disk, a base locked by another program, a read-only base, a
bad stored value), and the text stays in the window, the bar says why, and the save is
retried until it goes through. Continuous typing is saved without waiting for a pause."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from ui.editor.piece_editor import PieceEditor
from workbench import editing, pieces
from workbench.editing import autosave_wait, rescue_text, retry_wait
from workbench.failures import explain
from workbench.store import StoreError

pytestmark = pytest.mark.usefixtures("app")


@pytest.fixture
def piece(store, publication) -> int:
    return pieces.create_piece(store, publication, "reportage", "Salon", body="Premier jet.")


@pytest.fixture
def fast_retries(monkeypatch):
    monkeypatch.setattr(editing, "SAVE_RETRY_DELAYS_S", (0.05, 0.1))


def open_editor(window, piece_id) -> PieceEditor:
    window.refresh()
    assert window.open_piece(piece_id)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    return editor


def type_at_end(qtbot, editor, text):
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, text)


class Pragmas:
    """Pragmas on every connection the store writes through (its engine's pool)."""

    def __init__(self, store) -> None:
        self.engine = store.engine
        self.pragmas: list[str] = []
        event.listen(self.engine, "connect", self._apply)
        self.engine.dispose()

    def _apply(self, dbapi_connection, _record) -> None:
        for pragma in self.pragmas:
            dbapi_connection.execute(f"PRAGMA {pragma}")

    def set(self, *pragmas: str) -> None:
        self.pragmas = list(pragmas)
        self.engine.dispose()

    def close(self) -> None:
        event.remove(self.engine, "connect", self._apply)
        self.engine.dispose()


@pytest.fixture
def pragmas(store):
    handle = Pragmas(store)
    yield handle
    handle.close()


def body_of(store, piece_id) -> str:
    return pieces.get_piece(store, piece_id).body


def assert_kept_and_said(editor, stored: str, typed: str, reason: str) -> None:
    assert editor.text_edit.plain_text() == typed
    assert editor.is_dirty
    assert editor.save_state.text() == "Not saved"
    assert editor.error_line.isVisible()
    message = editor.error_line.text()
    assert reason in message and "kept in the window" in message
    assert stored != typed


# The rules ---------------------------------------------------------------------------------


def test_autosave_waits_for_a_pause_but_never_past_the_maximum():
    assert autosave_wait(2.0, 0.0) == 2.0
    assert autosave_wait(2.0, 7.5) == 2.0
    assert autosave_wait(2.0, 9.0) == pytest.approx(1.0)
    assert autosave_wait(2.0, 10.0) == 0.0
    assert autosave_wait(2.0, 60.0) == 0.0


def test_retries_back_off_then_keep_trying():
    waits = [retry_wait(n) for n in range(1, 8)]
    assert waits == sorted(waits)
    assert waits[-1] == waits[-2] == editing.SAVE_RETRY_DELAYS_S[-1]
    assert retry_wait(0) == editing.SAVE_RETRY_DELAYS_S[0]


@pytest.mark.parametrize(
    ("error", "reason", "transient"),
    [
        (sqlite3.OperationalError("database or disk is full"), "disque plein", True),
        (sqlite3.OperationalError("database is locked"), "base occupée", True),
        (sqlite3.OperationalError("attempt to write a readonly database"), "lecture seule", True),
        (OSError(28, "No space left on device"), "disque plein", True),
        (StoreError("Le titre ne peut pas être vide."), "Le titre ne peut pas être vide", False),
        (ValueError("invalid literal for int() with base 10: 'abc'"), "valeur invalide", True),
        (RuntimeError("boom"), "erreur inattendue (RuntimeError : boom)", True),
    ],
)
def test_failures_are_explained_in_a_few_french_words(error, reason, transient):
    failure = explain(error)
    assert reason in failure.reason
    assert failure.transient is transient


def test_a_wrapped_driver_error_is_read_through_its_wrapper():
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT …", {}, sqlite3.OperationalError("database is locked"))
    assert explain(wrapped).reason == "base occupée par un autre programme"


def test_the_rescue_copy_holds_title_standfirst_and_body():
    snapshot = editing.EditorSnapshot(title=" Salon ", standfirst="Le chapô.", body="Texte.\n")
    assert rescue_text(snapshot) == "# Salon\n\nLe chapô.\n\nTexte.\n"


# Real failures under a real editor ---------------------------------------------------------


def test_full_disk_keeps_the_text_then_saves_when_space_is_back(
    window, piece, store, qtbot, pragmas, fast_retries
):
    editor = open_editor(window, piece)
    page_count = sqlite3.connect(store.path).execute("PRAGMA page_count").fetchone()[0]
    pragmas.set(f"max_page_count = {page_count}")
    typed_text = " " + "Une longue phrase tapée au kilomètre. " * 400
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    editor.text_edit.insertPlainText(typed_text)
    assert not editor.save()
    assert_kept_and_said(editor, body_of(store, piece), "Premier jet." + typed_text, "disque plein")
    assert editor.retry_pending()
    # Still full: the retry fails again, the text is still there.
    qtbot.waitUntil(lambda: editor._failures >= 2, timeout=2000)
    assert editor.text_edit.plain_text().endswith(typed_text)
    # Space comes back: the next retry saves without anybody doing anything.
    pragmas.set()
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=3000)
    assert body_of(store, piece) == "Premier jet." + typed_text
    assert not editor.error_line.isVisible()
    assert editor.save_state.text().startswith("Saved at")
    assert not editor.retry_pending()


def test_a_base_locked_by_another_program(window, piece, store, qtbot, pragmas, fast_retries):
    editor = open_editor(window, piece)
    pragmas.set("busy_timeout = 50")
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process is writing and holds the lock
    try:
        type_at_end(qtbot, editor, " Suite")
        assert not editor.save()
        assert_kept_and_said(
            editor, body_of(store, piece), "Premier jet. Suite", "base occupée par un autre"
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=3000)
    assert body_of(store, piece) == "Premier jet. Suite"


def test_a_read_only_base(window, piece, store, qtbot, pragmas, fast_retries):
    editor = open_editor(window, piece)
    pragmas.set("query_only = ON")
    type_at_end(qtbot, editor, " Suite")
    qtbot.waitUntil(lambda: editor.failure is not None, timeout=4000)  # the autosave failed
    assert_kept_and_said(editor, body_of(store, piece), "Premier jet. Suite", "lecture seule")
    pragmas.set()
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=3000)
    assert body_of(store, piece) == "Premier jet. Suite"


def test_a_bad_stored_value_is_said_and_the_text_kept(window, piece, store, qtbot, fast_retries):
    editor = open_editor(window, piece)
    good_version = editor.version
    with sqlite3.connect(store.path) as raw:
        raw.execute("UPDATE piece SET version = 'abc' WHERE id = ?", (piece,))
    type_at_end(qtbot, editor, " Suite")
    assert not editor.save()
    assert editor.text_edit.plain_text() == "Premier jet. Suite"
    assert editor.is_dirty and editor.error_line.isVisible()
    assert "kept in the window" in editor.error_line.text()
    with sqlite3.connect(store.path) as raw:  # someone mends the base (check, a restore…)
        raw.execute("UPDATE piece SET version = ? WHERE id = ?", (good_version, piece))
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=3000)
    assert body_of(store, piece) == "Premier jet. Suite"


def test_continuous_typing_is_saved_without_a_pause(window, piece, store, qtbot, monkeypatch):
    monkeypatch.setattr(editing, "AUTOSAVE_MAX_DELAY_S", 0.6)
    editor = open_editor(window, piece)
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    for word in ("on", "tape", "sans", "jamais", "lever", "les", "doigts", "du", "clavier"):
        qtbot.keyClicks(editor.text_edit, " " + word)
        qtbot.wait(150)  # always under the 2 s pause that would trigger an autosave
    # Never a 2 s pause, yet the text went to the base within the maximum delay.
    assert body_of(store, piece).startswith("Premier jet. on tape sans")


def test_closing_a_tab_that_cannot_be_saved_asks_and_keeps_it_open(
    window, piece, store, qtbot, pragmas, monkeypatch
):
    editor = open_editor(window, piece)
    pragmas.set("query_only = ON")
    type_at_end(qtbot, editor, " Suite")
    asked: list[str] = []
    monkeypatch.setattr(editor, "ask_unsaved_close", lambda reason: asked.append(reason) or "keep")
    assert not window.workspace.close_all()
    assert asked == ["base en lecture seule"]
    assert window.workspace.count() == 1
    assert editor.text_edit.plain_text() == "Premier jet. Suite"
    # Quitting is refused the same way: the window stays with the text.
    window.close()
    assert window.isVisible()
    # « Réessayer » once the base is writable again closes the tab with the text saved.
    pragmas.set()
    monkeypatch.setattr(editor, "ask_unsaved_close", lambda reason: "retry")
    assert window.workspace.close_all()
    assert body_of(store, piece) == "Premier jet. Suite"


def test_closing_with_a_copy_in_a_file(
    window, piece, store, qtbot, pragmas, monkeypatch, tmp_path: Path
):
    editor = open_editor(window, piece)
    pragmas.set("query_only = ON")
    type_at_end(qtbot, editor, " Suite")
    copy = tmp_path / "copie.md"
    monkeypatch.setattr(editor, "ask_unsaved_close", lambda reason: "copy")
    monkeypatch.setattr(editor, "save_copy", lambda: PieceEditor.save_copy(editor, str(copy)))
    assert window.workspace.close_all()
    assert copy.read_text(encoding="utf-8") == "# Salon\n\nPremier jet. Suite\n"
    assert body_of(store, piece) == "Premier jet."
    pragmas.set()


def test_a_refused_value_is_not_retried(window, piece, store):
    editor = open_editor(window, piece)
    editor.fields.title.setText("")
    editor.fields.title.textEdited.emit("")
    assert not editor.save()
    assert "titre" in editor.error_line.text()
    assert not editor.retry_pending()
    editor.fields.title.setText("Salon")
