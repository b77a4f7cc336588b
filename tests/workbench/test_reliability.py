"""Fault injection: the command line killed (SIGKILL) at random moments of its write paths,
and a full disk under an import. After every fault the database passes ``check``, its
search index is in sync, and every piece is either whole or absent. The figures (faults
injected, pieces checked, words lost) are printed at the end of the run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import event

from workbench.importers.service import CREATED, import_paths
from workbench.integrity import check_store
from workbench.search import index_is_in_sync
from workbench.store import Store

KILLS = 20
FILES = 24
REPO = Path(__file__).resolve().parents[2]
FIGURES = {"faults": 0, "pieces checked": 0, "words lost": 0}


@pytest.fixture(scope="module", autouse=True)
def print_figures():
    yield
    print(
        "\nreliability: " + ", ".join(f"{name} {value}" for name, value in FIGURES.items()),
        file=sys.__stdout__,
    )


def cli(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "workbench.cli", "--db", str(db), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def body_of(n: int) -> str:
    words = [f"mot{n}x{i}" for i in range(400)]
    return " ".join(words) + "."


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sources")
    for n in range(FILES):
        (folder / f"{n:02d}.md").write_text(f"# Papier {n}\n\n{body_of(n)}\n", encoding="utf-8")
    return folder


def assert_consistent(db: Path) -> int:
    """The base is sound, the index in sync, each piece whole; returns the piece count."""
    with Store.open(db) as store:
        errors = [f.message for f in check_store(store) if f.severity == "error"]
        assert errors == []
        assert index_is_in_sync(store)
        rows = store.query("SELECT title, body FROM piece")
    for title, body in rows:
        number = int(title.split()[-1])
        if body.strip() != body_of(number):
            FIGURES["words lost"] += len(body_of(number).split())
        assert body.strip() == body_of(number), f"{title} is not whole"
    FIGURES["pieces checked"] += len(rows)
    return len(rows)


def kill_at_random(process: subprocess.Popen, rng: random.Random, longest: float) -> None:
    time.sleep(rng.uniform(0, longest))
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
        FIGURES["faults"] += 1
    process.wait(30)


def typical_duration(db: Path, *args: str) -> float:
    start = time.perf_counter()
    assert cli(db, *args).wait(120) == 0
    return time.perf_counter() - start


def test_import_killed_at_random_moments(tmp_path, sources):
    duration = typical_duration(tmp_path / "reference.sqlite", "import", str(sources))
    rng = random.Random(17)
    for attempt in range(KILLS):
        db = tmp_path / f"base-{attempt}.sqlite"
        kill_at_random(cli(db, "import", str(sources)), rng, duration)
        assert_consistent(db)
        if attempt % 5 == 0:  # the next import finishes the job: every file once
            assert cli(db, "import", str(sources)).wait(120) in (0, 1)
            assert assert_consistent(db) == FILES


def test_import_bundle_killed_at_random_moments(tmp_path, sources):
    source_db = tmp_path / "source.sqlite"
    with Store.open(source_db) as store:
        from workbench.catalog import IssueFields, create_issue, create_publication

        publication = create_publication(store, "En-Contact")
        issue = create_issue(store, publication, IssueFields(120, page_count=32))
        report = import_paths(store, [sources], publication)
        assert all(f.status == CREATED for f in report.files)
        with store.raw_transaction() as conn:
            conn.execute("UPDATE piece SET issue_id = ?, status = 'valide'", (issue,))
    bundle = tmp_path / "bundle.zip"
    assert cli(source_db, "export", "--issue", "120", "--out", str(bundle), "--zip").wait(120) == 0
    duration = typical_duration(tmp_path / "reference.sqlite", "import-bundle", str(bundle))
    rng = random.Random(23)
    for attempt in range(KILLS):
        db = tmp_path / f"base-{attempt}.sqlite"
        kill_at_random(cli(db, "import-bundle", str(bundle)), rng, duration)
        if db.exists():
            assert assert_consistent(db) in (0, FILES)  # the numéro whole, or not there


def assert_bundle_whole_or_absent(out: Path) -> bool:
    """A bundle folder under its name holds every file its manifest lists, with the
    listed checksums; True when there is one."""
    import hashlib
    import json

    if not out.exists():
        return False
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        data = (out / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["path"]
    return True


def test_export_killed_at_random_moments(tmp_path, sources):
    db = tmp_path / "base.sqlite"
    assert cli(db, "import", str(sources)).wait(120) == 0
    with Store.open(db) as store:
        from workbench.catalog import IssueFields, create_issue

        issue = create_issue(store, 1, IssueFields(120, page_count=32))
        with store.raw_transaction() as conn:
            conn.execute("UPDATE piece SET issue_id = ?", (issue,))
    args = ("export", "--issue", "120", "--include-drafts")
    duration = typical_duration(db, *args, "--out", str(tmp_path / "reference"))
    rng = random.Random(29)
    for attempt in range(KILLS // 2):  # a folder, then a zip: KILLS kills in all
        out = tmp_path / f"out-{attempt}"
        kill_at_random(cli(db, *args, "--out", str(out)), rng, duration)
        assert_bundle_whole_or_absent(out)
        zipped = tmp_path / f"zip-{attempt}"
        kill_at_random(cli(db, *args, "--zip", "--out", str(zipped)), rng, duration)
        target = zipped.with_name(zipped.name + ".zip")
        if target.exists():
            with zipfile.ZipFile(target) as archive:
                assert archive.testzip() is None
    assert_consistent(db)


@pytest.mark.sqlite_only  # fills SQLite's pages (PRAGMA max_page_count)
def test_a_full_disk_during_an_import_leaves_each_piece_whole_or_absent(
    store, publication, sources
):
    page_count = store.scalar("PRAGMA page_count")

    def limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {page_count + 40}")

    event.listen(store.engine, "connect", limit)
    store.engine.dispose()
    try:
        report = import_paths(store, [sources], publication)
    finally:
        event.remove(store.engine, "connect", limit)
        store.engine.dispose()
    created = [f for f in report.files if f.status == CREATED]
    failed = [f for f in report.files if f.status != CREATED]
    assert created and failed  # the disk filled up part-way
    assert all("disque plein" in f.reasons[0] for f in failed)
    FIGURES["faults"] += 1
    assert assert_consistent(store.path) == len(created)


def old_base(path: Path, pieces: int) -> None:
    """A base at the first schema revision holding ``pieces`` pieces (what an upgrade finds
    on the disk of someone who skipped releases)."""
    import sqlite3

    from alembic import command

    from db.engine import alembic_config, known_revisions

    command.upgrade(alembic_config(path), known_revisions()[0])
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO publication (name, tagline, footnote_style, narrow_nbsp, created_at, "
        "updated_at) VALUES ('Revue', '', 'symbols', 1, '2024-01-01 00:00:00', "
        "'2024-01-01 00:00:00')"
    )
    conn.executemany(
        "INSERT INTO piece (publication_id, kind, title, standfirst, body, status, position, "
        "page_count, signature_note, version, created_at, updated_at) VALUES (1, 'chronique', "
        "?, '', ?, 'idee', ?, 1, '', 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
        [(f"Papier {n}", body_of(n), n) for n in range(pieces)],
    )
    conn.commit()
    conn.close()


def test_an_upgrade_killed_at_random_moments_is_finished_by_the_next_open(tmp_path):
    """A schema upgrade runs in one transaction after a checked backup: killed at any
    moment, the base is left at its old revision (or already upgraded), never half, and the
    next open finishes the upgrade with every piece whole."""
    from db.engine import head_revision

    original = tmp_path / "original.sqlite"
    old_base(original, 300)
    reference = tmp_path / "reference.sqlite"
    reference.write_bytes(original.read_bytes())
    duration = typical_duration(reference, "list", "--json")
    rng = random.Random(29)
    for attempt in range(KILLS // 2):
        db = tmp_path / f"base-{attempt}.sqlite"
        db.write_bytes(original.read_bytes())
        kill_at_random(cli(db, "list", "--json"), rng, duration)
        assert assert_consistent(db) == 300  # this open finishes the upgrade
        with Store.open(db) as store:
            assert store.scalar("SELECT version_num FROM alembic_version") == head_revision()
