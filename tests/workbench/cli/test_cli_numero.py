"""Every planning step from the command line: publications, numéros, pieces, bodies and
revisions, with the dialogs' rules and one line for every refusal (nothing changed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.pieces import get_piece
from workbench.revisions import list_revisions
from workbench.store import Store

REPO = Path(__file__).resolve().parents[3]


def run(db: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def as_json(db: Path, capsys, *args: str):
    code, out, err = run(db, capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def content(db: Path) -> list:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return [
            conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("publication", "section", "issue", "piece", "revision", "flatplan_slot")
        ]


@pytest.fixture
def base(tmp_path, capsys) -> Path:
    db = tmp_path / "base.sqlite"
    assert run(db, capsys, "publication", "new", "En-Contact")[0] == 0
    return db


def test_a_numero_planned_entirely_from_the_command_line(tmp_path):
    """As a script would: one process per step, then the chemin de fer shows the piece."""
    db = tmp_path / "script.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def step(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "workbench.cli", "--db", str(db), *args],
            capture_output=True, text=True, env=env, cwd=REPO, timeout=60,
        )  # fmt: skip
        assert result.returncode == 0, (args, result.stderr)
        return result.stdout

    step("publication", "new", "En-Contact")
    step("issue", "new", "120", "--pages", "68", "--closing", "2026-12-20", "--status", "prévu")
    piece = json.loads(
        step("piece", "new", "--kind", "interview", "--title", "Entretien", "--json")
    )
    step("piece", "set", str(piece["id"]), "--issue", "120")
    step("place", str(piece["id"]), "--issue", "120", "--page", "6", "--pages", "2")
    plan = json.loads(step("plan", "--issue", "120", "--json"))
    placed = [s for s in plan["slots"] if s.get("piece_id") == piece["id"]]
    assert placed and placed[0]["first_page"] == 6 and placed[0]["page_count"] == 2


def test_publication_new_and_set(base, capsys):
    data = as_json(
        base, capsys, "publication", "set", "en-contact", "--footnotes", "numbers",
        "--signs-per-page", "interview=5000", "--signs-per-page", "edito=3000",
    )  # fmt: skip
    assert data["name"] == "En-Contact" and data["footnotes"] == "numbers"
    assert data["signs_per_page"]["interview"] == 5000
    assert data["signs_per_page"]["edito"] == 3000
    code, _, err = run(base, capsys, "publication", "new", "EN-CONTACT")
    assert code == 1 and "existe déjà" in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--signs-per-page", "interview=beaucoup"), "GENRE=NOMBRE"),
        (("--signs-per-page", "poeme=4000"), "Genre inconnu"),
        (("--signs-per-page", "edito=3000", "--signs-per-page", "breve=99"), "pas entre"),
        (("--name", " "), "ne peut pas être vide"),
    ],
)
def test_publication_refusals_change_nothing(base, capsys, args, said):
    before = content(base)
    code, out, err = run(base, capsys, "publication", "set", "En-Contact", *args)
    assert code == 1 and said in err and err.count("\n") == 1 and out == ""
    assert content(base) == before


def test_issue_new_and_set(base, capsys):
    data = as_json(
        base, capsys, "issue", "new", "120", "--pages", "68", "--theme", "Relation client",
        "--closing", "2026-12-20", "--release", "2027-01-10", "--status", "en cours",
    )  # fmt: skip
    assert (data["number"], data["page_count"], data["status"]) == (120, 68, "in_progress")
    assert data["closing_date"] == "2026-12-20" and data["publication"] == "En-Contact"
    data = as_json(base, capsys, "issue", "set", "120", "--pages", "72", "--release", "none")
    assert data["page_count"] == 72 and data["release_date"] is None
    assert data["theme"] == "Relation client"  # what was not given stays


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--closing", "2026-13-40"), "date invalide « 2026-13-40 »"),
        (("--status", "fini"), "valeurs possibles : planned (prévu)"),
        (("--pages", "4"), "impossible de passer à 4 pages"),
        (("--pages", "-2"), "ne peut pas être négatif"),
        (("--closing", "2027-02-01", "--release", "2027-01-01"), "doit suivre"),
    ],
)
def test_issue_refusals_change_nothing(base, capsys, args, said):
    assert run(base, capsys, "issue", "new", "120", "--pages", "68")[0] == 0
    piece = as_json(
        base, capsys, "piece", "new", "--kind", "breve", "--title", "B", "--issue", "120"
    )
    assert run(base, capsys, "place", str(piece["id"]), "--issue", "120", "--page", "5")[0] == 0
    before = content(base)
    code, out, err = run(base, capsys, "issue", "set", "120", *args)
    assert code == 1 and said in err and err.count("\n") == 1
    assert content(base) == before


def test_a_numero_needs_its_publication_named_when_there_are_two(base, capsys):
    assert run(base, capsys, "publication", "new", "Autre revue")[0] == 0
    code, _, err = run(base, capsys, "issue", "new", "5")
    assert code == 1 and "précisez --publication" in err and "« Autre revue »" in err
    assert run(base, capsys, "issue", "new", "5", "--publication", "autre revue")[0] == 0


def test_piece_new_and_set_with_a_body_from_a_file(base, capsys, tmp_path):
    assert run(base, capsys, "issue", "new", "82", "--pages", "32")[0] == 0
    piece = as_json(base, capsys, "piece", "new", "--kind", "interview", "--title", "Entretien")
    assert piece["issue"] is None and piece["status"] == "idee"
    body = tmp_path / "texte.md"
    body.write_text("**Une question ?**\n\nUne réponse.\n", encoding="utf-8")
    data = as_json(
        base, capsys, "piece", "set", str(piece["id"]), "--body-file", str(body),
        "--status", "remis", "--due", "2026-12-15", "--standfirst", "Le chapô.",
        "--issue", "82", "--expect-version", str(piece["version"]),
    )  # fmt: skip
    assert (data["status"], data["due_date"], data["issue"]) == ("remis", "2026-12-15", 82)
    with Store.open(base) as store:
        stored = get_piece(store, piece["id"])
        assert stored.body == "**Une question ?**\n\nUne réponse.\n"
        assert stored.standfirst == "Le chapô."
        assert stored.section_id is not None  # the Interview rubrique
        assert [r.note for r in list_revisions(store, piece["id"])][0] == "Enregistrement"
    history = as_json(base, capsys, "revisions", str(piece["id"]))
    assert history[0]["label"] == "Enregistrement" and history[0]["signs"] > 20
    assert {"id", "created_at", "who", "signs", "label"} <= set(history[0])
    data = as_json(base, capsys, "piece", "set", str(piece["id"]), "--issue", "none")
    assert data["issue"] is None


def test_a_body_from_standard_input(base, capsys, monkeypatch):
    import io

    piece = as_json(base, capsys, "piece", "new", "--kind", "breve", "--title", "Brève")
    fake = io.TextIOWrapper(io.BytesIO("Texte venu d’un script.\n".encode()))
    monkeypatch.setattr(sys, "stdin", fake)
    assert run(base, capsys, "piece", "set", str(piece["id"]), "--body-file", "-")[0] == 0
    with Store.open(base) as store:
        assert get_piece(store, piece["id"]).body == "Texte venu d’un script.\n"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--expect-version", "7", "--status", "remis"), "a changé depuis la version 7"),
        (("--status", "publié"), "--status : « publié » inconnu"),
        (("--kind", "poeme"), "--kind : « poeme » inconnu"),
        (("--due", "15/12/2026"), "date invalide"),
        (("--title", " "), "Le titre ne peut pas être vide"),
        (("--issue", "99"), "Le numéro 99 n'existe pas"),
        (("--status", "remis", "--body-file", "absent.md"), "absent.md"),
    ],
)
def test_piece_refusals_change_nothing(base, capsys, args, said, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    piece = as_json(base, capsys, "piece", "new", "--kind", "breve", "--title", "Brève")
    before = content(base)
    code, out, err = run(base, capsys, "piece", "set", str(piece["id"]), *args)
    assert code == 1 and said in err and err.count("\n") == 1, err
    assert content(base) == before


def test_a_damaged_body_file_is_named(base, capsys, tmp_path):
    piece = as_json(base, capsys, "piece", "new", "--kind", "breve", "--title", "Brève")
    bad = tmp_path / "abime.md"
    bad.write_bytes("Été à Paris, déjà ".encode() + b"\xe9t\xe9\n")
    code, _, err = run(base, capsys, "piece", "set", str(piece["id"]), "--body-file", str(bad))
    assert code == 1 and "abime.md" in err and "octet invalide en UTF-8" in err


def test_revisions_of_an_unknown_piece(base, capsys):
    code, _, err = run(base, capsys, "revisions", "404")
    assert code == 1 and "404" in err
