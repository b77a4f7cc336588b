"""Fichier › Restaurer une sauvegarde… and the daily backup, in the real window."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from db.backups import list_backups, take_backup
from ui.backups import BackupListModel, RestoreBackupDialog, restore_now, start_startup_check
from ui.tree.model import KeyRole
from workbench import pieces

pytestmark = pytest.mark.usefixtures("app")


def tree_titles(window) -> list[str]:
    found = []
    model = window.model

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.canFetchMore(index):
                model.fetchMore(index)
            key = index.data(KeyRole)
            if key and key[0] == "piece":
                found.append(index.data(Qt.ItemDataRole.DisplayRole))
            walk(index)

    walk(model.index(-1, -1))
    return found


def test_the_daily_backup_is_taken_once_a_day(window, db_path, qtbot):
    for _ in range(2):
        check = start_startup_check(window)
        check.thread.join(10)
        qtbot.wait(10)
    assert [b.reason for b in list_backups(db_path)] == ["daily"]
    assert not window.store.read_only


def test_a_damaged_base_is_opened_read_only_and_not_backed_up(
    window, store, publication, db_path, qtbot, monkeypatch
):
    piece = pieces.create_piece(store, publication, "edito", "Avant", body="Texte")
    shown = []
    monkeypatch.setattr("ui.backups.QMessageBox.warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr("ui.backups.quick_check", lambda path: "page 7: btreeInitPage error")
    check = start_startup_check(window)
    check.thread.join(10)
    qtbot.waitUntil(lambda: window.store.read_only, timeout=2000)
    assert "damaged" in shown[0] and "btreeInitPage" in shown[0]
    assert list_backups(db_path) == []
    with pytest.raises(Exception, match="readonly"):
        pieces.update_piece(store, piece, title="Après")
    assert pieces.get_piece(store, piece).title == "Avant"


def test_the_dialog_lists_backups_newest_first(store, db_path, qtbot):
    take_backup(db_path, "daily", now=datetime(2026, 12, 1, 8, 0))
    take_backup(db_path, "migration-0002", now=datetime(2026, 12, 2, 8, 0))
    dialog = RestoreBackupDialog(db_path)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert isinstance(model, BackupListModel) and model.rowCount() == 2
    assert model.index(0, 1).data() == "before the schema upgrade from 0002"
    assert model.index(1, 1).data() == "daily backup"
    assert dialog.chosen() == model.backups[0]  # the newest is chosen by default
    assert dialog.restore_button.isEnabled()


def test_an_empty_list_cannot_be_restored(store, db_path, qtbot):
    dialog = RestoreBackupDialog(db_path)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is None and not dialog.restore_button.isEnabled()


def test_restoring_saves_open_tabs_then_shows_the_restored_base(
    window, store, publication, db_path, qtbot
):
    kept = pieces.create_piece(store, publication, "edito", "Gardé", body="Texte")
    backup = take_backup(db_path, "daily")
    later = pieces.create_piece(store, publication, "edito", "Écrit après")
    window.refresh()
    window.rename(("piece", later), "Écrit après, renommé")
    assert window.undo_stack.canUndo()
    assert window.open_piece(kept)
    assert sorted(tree_titles(window)) == ["Gardé", "Écrit après, renommé"]
    assert restore_now(window, backup)
    assert window.workspace.count() == 0
    assert tree_titles(window) == ["Gardé"]
    assert [p.title for p in pieces.all_pieces(store)] == ["Gardé"]
    assert not window.undo_stack.canUndo()  # its commands described the base before
    assert "restored" in window.statusBar().currentMessage()
    # The state before the restore is itself a backup that can be restored.
    assert [b.reason for b in list_backups(db_path)][0] == "restore"
