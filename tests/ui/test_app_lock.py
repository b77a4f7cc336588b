"""One window per database, whatever path leads to it."""

from PySide6.QtCore import QLockFile

from ui.app import lock_database


def test_a_link_to_an_open_database_is_the_same_database(app, db_path, tmp_path):
    db_path.write_bytes(b"")
    link = tmp_path / "lien.sqlite"
    link.symlink_to(db_path)
    first = lock_database(db_path)
    assert isinstance(first, QLockFile)
    try:
        second = lock_database(link)
        assert isinstance(second, str) and "already open" in second
    finally:
        first.unlock()
