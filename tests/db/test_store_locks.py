"""SQLite's locks are per process: closing *any* descriptor on the database file drops them
all, and another process may then delete the write-ahead log under our feet. Nothing in
Workbench may open the database file outside SQLite while a connection is open."""

import subprocess
import sys

from workbench import catalog, pieces
from workbench.store import Store


def titles_seen_by_another_process(db_path) -> list[str]:
    import json

    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--db", str(db_path), "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return sorted(p["title"] for p in json.loads(result.stdout))


def test_a_second_store_in_the_process_keeps_the_first_ones_locks(db_path):
    first = Store.open(db_path)
    publication = catalog.create_publication(first, "Revue")
    pieces.create_piece(first, publication, "breve", "Avant")
    # A background task opens (and closes) its own store on the same file.
    Store.open(db_path).close()
    # Another process comes and goes: it must see that we still hold the database.
    assert titles_seen_by_another_process(db_path) == ["Avant"]
    pieces.create_piece(first, publication, "breve", "Après")
    assert titles_seen_by_another_process(db_path) == ["Après", "Avant"]
    assert db_path.with_name(db_path.name + "-wal").exists()
    first.close()


def _browse(qtbot, dialog, folder) -> None:
    """Show a file dialog on ``folder`` until it has listed (and drawn) the folder."""
    from PySide6.QtWidgets import QFileSystemModel

    dialog.setDirectory(str(folder))
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) > 0, timeout=5000)
    qtbot.wait(300)  # icons and types are asked for while the view paints
    dialog.close()


def test_file_dialogs_do_not_touch_the_open_database(app, qtbot, db_path):
    from ui.file_dialogs import _dialog

    first = Store.open(db_path)
    publication = catalog.create_publication(first, "Revue")
    pieces.create_piece(first, publication, "breve", "Avant")
    _browse(qtbot, _dialog(None, "Importer", str(db_path.parent), ""), db_path.parent)
    assert titles_seen_by_another_process(db_path) == ["Avant"]
    pieces.create_piece(first, publication, "breve", "Après")
    assert titles_seen_by_another_process(db_path) == ["Après", "Avant"]
    first.close()


def test_changed_elsewhere_sees_other_processes_writes(db_path):
    import subprocess
    import sys

    store = Store.open(db_path)
    publication = catalog.create_publication(store, "Revue")
    store.changed_elsewhere()
    assert not store.changed_elsewhere()
    issue = catalog.create_issue(store, publication, catalog.IssueFields(1, page_count=8))
    pid = pieces.create_piece(store, publication, "breve", "Brève", issue_id=issue)
    assert store.changed_elsewhere()  # our own write sessions count too
    subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--db", str(db_path), "place", str(pid),
         "--issue", "1", "--page", "3"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert store.changed_elsewhere()
    assert not store.changed_elsewhere()
    store.close()
