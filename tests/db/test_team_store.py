"""The team store on a real PostgreSQL server: addresses, opening, refusals, the schema,
the change signal, and moving a newsroom between SQLite and PostgreSQL (copy-to)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.engine import StoreError, head_revision, known_revisions
from db.location import POSTGRESQL, SQLITE, parse_location, safe_url
from workbench.store import Store

# Addresses --------------------------------------------------------------------------


def test_a_path_is_a_sqlite_file_and_an_address_a_team_store(tmp_path):
    assert parse_location(str(tmp_path / "revue.sqlite")).dialect == SQLITE
    assert parse_location(tmp_path / "revue.sqlite").path == tmp_path / "revue.sqlite"
    team = parse_location("postgresql://claire@serveur:5433/redaction")
    assert (team.dialect, team.is_shared) == (POSTGRESQL, True)
    assert team.short_name() == "redaction@serveur"
    assert parse_location("postgres://claire@serveur/redaction").dialect == POSTGRESQL


def test_a_password_never_shows_in_what_is_displayed():
    team = parse_location("postgresql://claire:secret@serveur:5432/redaction")
    assert "secret" not in team.display()
    assert team.display() == "postgresql://claire@serveur:5432/redaction"
    assert safe_url("postgresql://serveur/redaction") == "postgresql://serveur/redaction"


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("mysql://claire@serveur/redaction", "adresse de base inconnue (mysql://)"),
        ("http://exemple.fr/base", "adresse de base inconnue (http://)"),
        ("postgresql://claire@serveur:5432/", "ne nomme pas de base"),
    ],
)
def test_an_address_workbench_cannot_open_is_refused_in_one_line(address, said):
    with pytest.raises(StoreError) as refused:
        parse_location(address)
    assert said in str(refused.value)
    assert "\n" not in str(refused.value)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_line_refuses_an_unknown_scheme_in_one_line():
    result = run_cli("--db", "mysql://claire@serveur/redaction", "list")
    assert result.returncode == 1
    assert result.stderr.startswith("workbench : « mysql://claire@serveur/redaction »")
    assert len(result.stderr.strip().splitlines()) == 1


# Opening and refusals -----------------------------------------------------------------


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_server_that_does_not_answer_is_one_line():
    address = f"postgresql://claire@127.0.0.1:{_free_port()}/redaction"
    with pytest.raises(StoreError) as refused:
        Store.open(address)
    message = str(refused.value)
    assert "est injoignable" in message and "rien n'a été modifié" in message
    assert "\n" not in message
    result = run_cli("--db", address, "list")
    assert result.returncode == 1
    assert "injoignable" in result.stderr and "Traceback" not in result.stderr


def test_a_wrong_password_is_one_line(pg_server, monkeypatch):
    monkeypatch.delenv("PGPASSFILE")
    monkeypatch.setenv("PGPASSWORD", "pas-le-bon")
    with pytest.raises(StoreError) as refused:
        Store.open(pg_server.url("postgres"))
    assert str(refused.value) == (
        f"Mot de passe refusé pour « wbadmin » par le serveur d'équipe {pg_server.url('postgres')}."
    )


def test_a_missing_password_says_where_to_give_it(pg_server, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with pytest.raises(StoreError, match="demande un mot de passe"):
        Store.open(pg_server.url("postgres"))


def test_a_missing_database_is_named(pg_server):
    with pytest.raises(StoreError) as refused:
        Store.open(pg_server.url("pas_de_base"))
    assert "Il n'y a pas de base « pas_de_base »" in str(refused.value)


def test_a_database_of_something_else_is_refused_and_untouched(pg_server):
    import psycopg

    url = pg_server.new_database(empty=True)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE clients (id integer PRIMARY KEY, nom text)")
        with pytest.raises(StoreError, match="n'est pas une base Workbench"):
            Store.open(url)
        with psycopg.connect(url) as conn:
            tables = {
                row[0]
                for row in conn.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                )
            }
        assert tables == {"clients"}
    finally:
        pg_server.drop(url)


def test_an_empty_database_gets_the_schema(pg_server):
    url = pg_server.new_database(empty=True)
    try:
        with Store.open(url) as store:
            assert not store.upgraded
            assert store.scalar("SELECT version_num FROM alembic_version") == head_revision()
            assert store.scalar("SELECT count(*) FROM piece_search") == 0
    finally:
        pg_server.drop(url)


def test_a_newer_schema_is_refused_and_untouched(team_url):
    import psycopg

    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="version plus récente") as refused:
        Store.open(team_url)
    assert "9999" in str(refused.value)
    with psycopg.connect(team_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


@pytest.mark.parametrize("revision", known_revisions()[:-1])
def test_upgrade_from_every_earlier_revision_keeps_data(pg_server, revision):
    from alembic import command

    from db.engine import alembic_config

    url = pg_server.new_database(empty=True)
    try:
        command.upgrade(alembic_config(parse_location(url)), revision)
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(
                "INSERT INTO publication (name, tagline, footnote_style, narrow_nbsp, "
                "created_at, updated_at) VALUES ('Revue', '', 'symbols', true, now(), now())"
            )
            conn.execute(
                "INSERT INTO piece (publication_id, kind, title, standfirst, body, status, "
                "position, page_count, signature_note, version, created_at, updated_at) "
                "VALUES (1, 'edito', 'Titre', '', 'Corps du texte', 'idee', 0, 1, '', 1, "
                "now(), now())"
            )
        with Store.open(url) as store:
            assert store.upgraded
            assert store.scalar("SELECT version_num FROM alembic_version") == head_revision()
            from workbench.search import search

            assert [hit.title for hit in search(store, "corps")] == ["Titre"]
    finally:
        pg_server.drop(url)


def test_models_and_migrations_agree_on_postgresql(team_url):
    """A model change without its migration (or the reverse) fails here, as on SQLite."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import db.models  # noqa: F401
    from db.engine import include_object

    with Store.open(team_url) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_two_first_starts_at_once_make_one_schema(pg_server):
    """Two people opening a new team database at the same moment: one creates the
    schema, the other waits for it (an advisory lock), neither fails."""
    from concurrent.futures import ThreadPoolExecutor

    url = pg_server.new_database(empty=True)
    try:
        with ThreadPoolExecutor(2) as pool:
            stores = list(pool.map(lambda _: Store.open(url), range(2)))
        for store in stores:
            assert store.scalar("SELECT count(*) FROM alembic_version") == 1
            store.close()
    finally:
        pg_server.drop(url)


# What changes elsewhere --------------------------------------------------------------


def test_another_persons_write_is_signalled(team_url):
    from workbench.catalog import create_publication

    with Store.open(team_url) as mine, Store.open(team_url) as theirs:
        assert not mine.changed_elsewhere()
        create_publication(theirs, "En-Contact")
        deadline = time.monotonic() + 2
        while not mine.changed_elsewhere():
            assert time.monotonic() < deadline, "no change signalled within 2 s"
            time.sleep(0.05)
        assert not mine.changed_elsewhere()  # read once: nothing new since


def test_a_lost_connection_is_one_line(team_url, pg_server):
    with Store.open(team_url) as store:
        store.scalar("SELECT 1")
        pg_server.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{team_url.rsplit('/', 1)[1]}' AND pid <> pg_backend_pid()"
        )
        with pytest.raises(StoreError, match="injoignable : la connexion a été perdue"):
            store.scalar("SELECT count(*) FROM piece")
        # The next use connects again, LISTEN included.
        assert store.scalar("SELECT count(*) FROM piece") == 0
        assert store.scalar("SELECT count(*) FROM pg_listening_channels()") == 1


# Moving a newsroom ----------------------------------------------------------------------


def _fill(store: Store) -> dict[str, int]:
    from datetime import date

    from workbench import catalog, pieces
    from workbench.flatplan.slots import add_slot
    from workbench.revisions import save_piece

    publication = catalog.create_publication(store, "En-Contact")
    issue = catalog.create_issue(
        store, publication, catalog.IssueFields(82, "La relation client", 68, date(2014, 10, 1))
    )
    piece = pieces.create_piece(
        store,
        publication,
        "reportage",
        "Davos, l'expérience client",
        issue_id=issue,
        contributors=[("Émile Caufield", "author")],
        body="La stabulation libre des conseillers.",
        standfirst="Un chapô.",
    )
    save_piece(
        store,
        piece,
        expected_version=1,
        title="Davos, l'expérience client",
        standfirst="Un chapô.",
        body="La stabulation libre des conseillers, relue.",
        autosave=False,
    )
    add_slot(store, issue, "cover", 1)
    return {"publication": publication, "issue": issue, "piece": piece}


def test_copy_to_a_team_store_and_back(tmp_path, team_url):
    source = tmp_path / "revue.sqlite"
    with Store.open(source) as store:
        ids = _fill(store)
        from workbench.assignments import assign
        from workbench.comments import add_comment
        from workbench.team import add_member

        add_member(store, "claire", "Claire Martin", "redacteur")
        assign(store, ids["piece"], "claire")
        thread = add_comment(store, ids["piece"], "Source ?", start=0, end=5)
        add_comment(store, ids["piece"], "Vérifiée.", parent_id=thread.id)
    result = run_cli("--db", str(source), "copy-to", team_url, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["identical"] is True
    rows = {t["table"]: t["rows"] for t in report["tables"]}
    assert (rows["piece"], rows["revision"], rows["flatplan_slot"]) == (1, 2, 1)
    assert (rows["comment"], rows["assignment"], rows["notice"], rows["person"]) == (2, 1, 3, 1)
    assert all(t["checksum"] == t["source_checksum"] for t in report["tables"])
    assert report["check"] == {"source": [], "target": []}

    with Store.open(team_url) as team:
        from workbench.pieces import create_piece, get_piece
        from workbench.search import search

        assert get_piece(team, ids["piece"]).title == "Davos, l'expérience client"
        (hit,) = search(team, "caufield stabulation")
        assert hit.piece_id == ids["piece"]
        # The people, their roles and the comments' authors came as they were.
        assert team.query("SELECT login, role FROM person")[0][:] == ("claire", "redacteur")
        authors = {row[0] for row in team.query("SELECT author FROM comment")}
        assert authors == {store.user}
        # The ids continue after the copied ones (the sequences were moved on).
        assert create_piece(team, ids["publication"], "breve", "Nouvelle") == ids["piece"] + 1

    back = tmp_path / "retour.sqlite"
    result = run_cli("--db", team_url, "copy-to", str(back))
    assert result.returncode == 0, result.stderr
    assert "DIFFÉRENTE" not in result.stdout
    assert result.stdout.count("base saine") == 2
    with Store.open(back) as store:
        assert store.scalar("SELECT count(*) FROM piece") == 2
        from workbench.search import search

        assert [h.piece_id for h in search(store, "stabulation")] == [ids["piece"]]


def test_copy_to_refuses_a_database_that_is_not_empty(tmp_path, team_url):
    source = tmp_path / "revue.sqlite"
    with Store.open(source) as store:
        _fill(store)
    with Store.open(team_url) as team:
        _fill(team)
        before = team.scalar("SELECT count(*) FROM piece")
    result = run_cli("--db", str(source), "copy-to", team_url)
    assert result.returncode == 1
    assert "n'est pas vide" in result.stderr and "rien n'a été copié" in result.stderr
    with Store.open(team_url) as team:
        assert team.scalar("SELECT count(*) FROM piece") == before


def test_copy_to_itself_is_refused(tmp_path):
    source = tmp_path / "revue.sqlite"
    Store.open(source).close()
    result = run_cli("--db", str(source), "copy-to", str(Path(source)))
    assert result.returncode == 1
    assert "la base elle-même" in result.stderr


class _MemoryKeyring:
    """A keyring backend kept in memory (a test machine has no desktop keyring)."""

    priority = 1

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.kept.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.kept[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        self.kept.pop((service, user), None)


def test_a_password_kept_in_the_keyring_opens_the_team_store(pg_server, team_url, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    from bench.pg_server import ADMIN_PASSWORD
    from db import postgres

    backend = type("Memory", (_MemoryKeyring, KeyringBackend), {})()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    try:
        location = parse_location(team_url)
        assert postgres.keep_password(location, ADMIN_PASSWORD)
        assert backend.kept == {("Workbench", team_url): ADMIN_PASSWORD}
        postgres._passwords.clear()  # a new run: only the keyring knows it
        with Store.open(team_url) as store:
            assert store.scalar("SELECT 1") == 1
    finally:
        keyring.set_keyring(previous)
        postgres._passwords.clear()
