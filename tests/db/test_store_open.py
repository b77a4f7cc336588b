"""Opening databases: creation, upgrades, and the errors a user can cause."""

import hashlib
import sqlite3

import pytest

from db.engine import StoreError, alembic_config, head_revision, known_revisions
from workbench.store import Store


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_head(db_path):
    with Store.open(db_path) as store:
        assert store.scalar("SELECT version_num FROM alembic_version") == head_revision()
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA foreign_keys") == 1


def test_head_revision_matches_alembic(db_path):
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(db_path))
    assert script.get_current_head() == head_revision()
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == known_revisions()


def test_models_and_migrations_agree(db_path):
    """A model change without its migration (or the reverse) fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import db.models  # noqa: F401
    from db.engine import include_object

    Store.open(db_path).close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.parametrize("revision", known_revisions()[:-1] or ["none"])
def test_upgrade_from_every_earlier_revision_keeps_data(db_path, revision):
    if revision == "none":
        pytest.skip("only one revision so far")
    from alembic import command

    command.upgrade(alembic_config(db_path), revision)
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO publication (name, tagline, footnote_style, narrow_nbsp, created_at, updated_at) "
        "VALUES ('Revue', '', 'symbols', 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
    )
    conn.execute(
        "INSERT INTO piece (publication_id, kind, title, standfirst, body, status, position, page_count, "
        "signature_note, version, created_at, updated_at) VALUES (1, 'edito', 'Titre', '', 'Corps du texte', "
        "'idee', 0, 1, '', 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
    )
    conn.commit()
    conn.close()
    with Store.open(db_path) as store:
        assert store.upgraded
        assert store.scalar("SELECT version_num FROM alembic_version") == head_revision()
        assert store.scalar("SELECT body FROM piece WHERE title = 'Titre'") == "Corps du texte"
    from db.backups import list_backups

    (backup,) = list_backups(db_path)
    assert backup.reason == f"migration-{revision}"
    assert sqlite3.connect(backup.path).execute(
        "SELECT version_num FROM alembic_version"
    ).fetchone() == (revision,)


def test_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="est un dossier"):
        Store.open(tmp_path)


def test_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Ceci n'est pas une base.\n" * 10)
    before = digest(path)
    with pytest.raises(StoreError, match="pas un fichier SQLite"):
        Store.open(path)
    assert digest(path) == before


def test_foreign_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('x')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="pas une base Workbench"):
        Store.open(path)
    assert digest(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_newer_schema_is_refused_and_untouched(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="plus récente"):
        Store.open(db_path)
    assert digest(db_path) == before


def test_corrupt_database_is_refused(tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(StoreError):
        Store.open(path)


def test_new_database_is_not_reported_as_upgraded(db_path):
    with Store.open(db_path) as store:
        assert not store.upgraded
