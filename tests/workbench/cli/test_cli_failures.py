"""Every error a user can meet on the command line is one line, never a traceback, and
text from pieces never reaches the terminal raw."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import db.engine
from workbench import pieces
from workbench.cli import main
from workbench.cli.terminal import printable

HOSTILE_TITLE = "Titre\x1b]0;pwned\x07 \x1b[2J\x9b31m effacé \u202egnp.exe"


def run(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        cwd=Path(__file__).resolve().parents[3],
    )


def test_printable_escapes_controls_and_bidi_but_keeps_lines():
    assert printable("a\tb\nc") == "a\tb\nc"
    assert printable("\x1b[2J") == "\\u001b[2J"
    assert printable("\x9b\u202e\r") == "\\u009b\\u202e\\u000d"
    assert printable("« Été » – 100\u202f%") == "« Été » – 100\u202f%"


def test_escape_sequences_in_a_title_are_never_printed_raw(store, publication, db_path):
    piece = pieces.create_piece(store, publication, "breve", HOSTILE_TITLE, body="Texte\x1b[1m.")
    for args in (("list",), ("show", str(piece)), ("search", "effacé")):
        result = run(db_path, *args)
        assert result.returncode == 0, result.stderr
        for char in "\x1b\x07\x9b\u202e":
            assert char not in result.stdout, args
        assert "effacé" in result.stdout
    # JSON keeps the exact data: the escapes are JSON's own.
    result = run(db_path, "list", "--json")
    assert result.returncode == 0
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    assert json.loads(result.stdout)[0]["title"] == HOSTILE_TITLE


@pytest.fixture
def locked(db_path, store, monkeypatch):
    """Another program holds the write lock for as long as the test runs."""
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_S", 0.1)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield
    other.execute("ROLLBACK")
    other.close()


def test_a_base_locked_too_long_is_one_line(db_path, store, issue82, locked, capsys):
    code = main(["--db", str(db_path), "issue", "duplicate", "82", "--to", "83"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.strip().count("\n") == 0
    assert captured.err.startswith("workbench : échec : base occupée par un autre programme")
    assert "Traceback" not in captured.err


def test_an_import_into_a_locked_base_still_reports_each_file(
    db_path, store, publication, locked, tmp_path, capsys
):
    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(f"# Papier {name}\n\nTexte {name}.\n", "utf-8")
    code = main(["--db", str(db_path), "import", str(tmp_path / "a.md"), str(tmp_path / "b.md")])
    out = capsys.readouterr().out
    assert code == 1
    assert out.count("échec de l'enregistrement : base occupée par un autre programme") == 2
    assert store.scalar("SELECT count(*) FROM piece") == 0


@pytest.fixture
def damaged(tmp_path) -> Path:
    """A database whose schema reads but whose pieces' pages are garbage."""
    from workbench.store import Store

    path = tmp_path / "abimee.sqlite"
    with Store.open(path) as store:
        publication = pieces_publication(store)
        for n in range(60):
            pieces.create_piece(store, publication, "breve", f"Brève {n}", body="mot " * 2000)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8 * 4096] = b"\xa5" * (8 * 4096)
    path.write_bytes(bytes(data))
    return path


def pieces_publication(store) -> int:
    from workbench.catalog import create_publication

    return create_publication(store, "En-Contact")


def test_check_reports_a_damaged_base_instead_of_failing(damaged, capsys):
    code = main(["--db", str(damaged), "check"])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err + captured.out
    assert "ERREUR" in captured.out and "endommagée" in captured.out


def test_nothing_is_written_into_a_damaged_base(damaged, tmp_path, capsys):
    page = tmp_path / "papier.md"
    page.write_text("# Papier\n\nTexte.\n", encoding="utf-8")
    before = damaged.read_bytes()
    code = main(["--db", str(damaged), "import", str(page)])
    captured = capsys.readouterr()
    assert code == 1
    assert "endommagée" in captured.err and "rien n'y sera écrit" in captured.err
    assert captured.err.strip().count("\n") == 0
    assert damaged.read_bytes() == before
