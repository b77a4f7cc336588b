"""The command line, run as a user runs it: a subprocess."""

import json
import subprocess
import sys

from workbench import catalog, pieces


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_list_json_has_the_documented_fields(store, publication, issue82, db_arg):
    pieces.create_piece(
        store,
        publication,
        "interview",
        "Entretien",
        issue_id=issue82,
        contributors=[("Ana", "author"), ("Léo", "interviewee")],
        body="**Question ?**\n\nRéponse[^1].\n\n[^1]: Une note.",
    )
    pieces.create_piece(store, publication, "breve", "Au marbre")
    result = run("--db", db_arg, "list", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data) == 2
    first = next(p for p in data if p["title"] == "Entretien")
    assert first["kind"] == "interview"
    assert first["status"] == "idee"
    assert first["issue"] == 82
    assert first["publication"] == "En-Contact"
    assert first["contributors"] == [
        {"name": "Ana", "role": "author"},
        {"name": "Léo", "role": "interviewee"},
    ]
    assert first["published_at"] is None
    assert first["signs"] == len("Question ?") + len("Réponse.") + len("Une note.")
    assert first["footnotes"] == 1
    assert next(p for p in data if p["title"] == "Au marbre")["issue"] is None


def test_show_json_has_the_body(store, publication, db_arg):
    pid = pieces.create_piece(store, publication, "edito", "Édito", body="Bonjour.")
    result = run("--db", db_arg, "show", pid, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["id"] == pid and data["body"] == "Bonjour." and data["kind"] == "edito"


def test_show_unknown_piece_is_one_line(db_path):
    result = run("--db", db_path, "show", 999)
    assert result.returncode == 1
    assert result.stderr.strip() == "workbench : Aucun papier n'a l'identifiant 999."


def test_check_healthy_database(store, publication, db_arg):
    catalog.create_issue(store, publication, catalog.IssueFields(1))
    result = run("--db", db_arg, "check")
    assert result.returncode == 0
    assert "Base saine" in result.stdout


def test_check_reports_bad_codes(store, publication, db_arg):
    pid = pieces.create_piece(store, publication, "edito", "T")
    with store.raw_transaction() as conn:
        conn.execute("UPDATE piece SET status = 'perdu' WHERE id = ?", (pid,))
    result = run("--db", db_arg, "check", "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False
    assert any("perdu" in f["message"] for f in data["findings"])


def test_bad_database_paths_are_one_line(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    for path, expected in ((tmp_path, "est un dossier"), (text, "pas un fichier SQLite")):
        result = run("--db", path, "list")
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == 1
        assert expected in result.stderr
    assert text.read_text() == "hello"


def test_gui_without_display_says_so_in_one_line(tmp_path):
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(tmp_path / "x.sqlite")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Aucun écran" in lines[0]
    assert not (tmp_path / "x.sqlite").exists()


def test_check_reports_pages_held_twice(store, publication, issue82, db_arg):
    a = pieces.create_piece(store, publication, "edito", "Premier", issue_id=issue82)
    b = pieces.create_piece(store, publication, "edito", "Second", issue_id=issue82)
    pieces.update_piece(store, a, first_page=3, page_count=2)
    pieces.update_piece(store, b, first_page=4, page_count=1)  # bypasses the planner's check
    result = run("--db", db_arg, "check")
    assert "« Premier »" in result.stdout and "« Second »" in result.stdout
    assert "pages 4" in result.stdout


def test_list_json_is_written_piece_by_piece_as_one_json_document(
    store, publication, issue82, db_path, capsys
):
    """The listing streams (a batch of pieces in memory at a time) and still prints the
    same document as one json.dumps of the whole list: same order, same layout."""
    from workbench.cli import main
    from workbench.cli.common import _json_default
    from workbench.piecejson import piece_to_dict

    for n in range(7):
        pieces.create_piece(
            store,
            publication,
            "chronique",
            f"Chronique « n°{n} »",
            issue_id=issue82 if n % 2 else None,
            body=f"Texte[^1] {n}.\n\n[^1]: Une note.",
            standfirst="Un chapô." if n % 3 else "",
        )
    expected = json.dumps(
        [piece_to_dict(p) for p in pieces.all_pieces(store)],
        ensure_ascii=False,
        indent=2,
        default=_json_default,
    )
    assert main(["--db", str(db_path), "list", "--json"]) == 0
    assert capsys.readouterr().out == expected + "\n"
    by_two = [p.id for p in pieces.iter_pieces(store, batch=2)]
    assert by_two == [p.id for p in pieces.all_pieces(store)] and len(by_two) == 7
