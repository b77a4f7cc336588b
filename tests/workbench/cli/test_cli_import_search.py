"""``workbench import``, ``workbench search`` and ``workbench check --rebuild-index`` as a user runs them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import PAGES, REPO


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_import_then_search(db_path, tmp_path, seeds):
    result = run(db_path, "import", str(seeds), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["created"], report["duplicates"], report["refused"]) == (3, 0, 0)
    edito = report["files"][0]
    assert edito["status"] == "created" and edito["kind"] == "edito" and edito["issue"] == 82
    assert edito["recognised"]["authors"] == ["Manuel Jacquinet"]

    again = run(db_path, "import", str(seeds / "edito-82.txt"))
    assert again.returncode == 0
    assert "déjà importé : papier 1" in again.stdout
    assert again.stdout.strip().endswith("Bilan : 0 importé(s), 1 déjà présent(s), 0 refusé(s).")

    hits = json.loads(run(db_path, "search", "experience", "client", "--json").stdout)
    assert {h["title"] for h in hits} >= {"À vous de jouer !"}
    first = hits[0]
    assert first["snippet"][first["highlights"][0][0] : first["highlights"][0][1]].lower() in (
        "expérience",
        "client",
    )

    edito_only = json.loads(run(db_path, "search", "experience", "--issue", "82", "--json").stdout)
    assert [h["id"] for h in edito_only] == [1]
    by_author = json.loads(
        run(db_path, "search", "stabu*", "--author", "caufield", "--json").stdout
    )
    assert [h["authors"] for h in by_author] == [["H Caufield"]]
    dated = json.loads(
        run(
            db_path, "search", "client", "--from", "2024-01-01", "--to", "2024-12-31", "--json"
        ).stdout
    )
    assert [h["kind"] for h in dated] == ["interview"]
    phrase = json.loads(run(db_path, "search", '"stabulation libre"', "--json").stdout)
    assert len(phrase) == 1 and phrase[0]["kind"] == "reportage"

    text = run(db_path, "search", "stabulation")
    assert text.returncode == 0
    assert "[stabulation]" in text.stdout and "1 résultat(s)." in text.stdout
    assert run(db_path, "search", "introuvablexyz").stdout.strip() == "Aucun résultat."


def test_import_refusal_exit_code_and_text(db_path, tmp_path, seeds):
    (tmp_path / "vide.txt").write_bytes(b"")
    result = run(db_path, "import", str(tmp_path / "vide.txt"), str(seeds / "edito-82.txt"))
    assert result.returncode == 1
    assert "✗" in result.stdout and "le fichier est vide" in result.stdout
    assert "Bilan : 1 importé(s), 0 déjà présent(s), 1 refusé(s)." in result.stdout


def test_search_bad_date_is_a_usage_error(db_path):
    result = run(db_path, "search", "client", "--from", "26/10/2014")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "workbench : date invalide pour --from : « 26/10/2014 » (format attendu AAAA-MM-JJ)."
    )
    assert result.stdout == ""


def test_check_rebuild_index(db_path, seeds):
    assert run(db_path, "import", str(seeds)).returncode == 0
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM piece_fts")
    conn.commit()
    conn.close()
    stale = run(db_path, "check")
    assert "L'index de recherche n'est pas à jour" in stale.stdout
    assert json.loads(run(db_path, "search", "stabulation", "--json").stdout) == []
    rebuilt = run(db_path, "check", "--rebuild-index", "--json")
    assert rebuilt.returncode == 0
    data = json.loads(rebuilt.stdout)
    assert data["index_rebuilt"] == 3 and data["findings"] == []
    assert len(json.loads(run(db_path, "search", "stabulation", "--json").stdout)) == 1


def test_import_then_search_the_invented_pages(db_arg):
    result = run(db_arg, "import", str(PAGES), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["created"], report["duplicates"], report["refused"]) == (3, 0, 0)
    edito = report["files"][0]
    assert edito["status"] == "created" and edito["kind"] == "edito" and edito["issue"] == 47
    assert edito["recognised"]["authors"] == ["Sophie Delaunay"]

    again = run(db_arg, "import", str(PAGES / "edito-47.txt"))
    assert again.returncode == 0
    assert "déjà importé : papier 1" in again.stdout
    assert again.stdout.strip().endswith("Bilan : 0 importé(s), 1 déjà présent(s), 0 refusé(s).")

    hits = json.loads(run(db_arg, "search", "conseillers", "--json").stdout)
    assert {h["title"] for h in hits} >= {"Décrochez, on vous écoute !"}
    edito_only = json.loads(run(db_arg, "search", "conseillers", "--issue", "47", "--json").stdout)
    assert [h["id"] for h in edito_only] == [1]
    by_author = json.loads(run(db_arg, "search", "coco*", "--author", "royer", "--json").stdout)
    assert [h["authors"] for h in by_author] == [["Camille Royer"]]
    dated = json.loads(
        run(
            db_arg, "search", "client", "--from", "2025-05-01", "--to", "2025-07-31", "--json"
        ).stdout
    )
    assert [h["kind"] for h in dated] == ["interview"]
    phrase = json.loads(run(db_arg, "search", '"effet cocon"', "--json").stdout)
    assert len(phrase) == 1 and phrase[0]["kind"] == "reportage"
    text = run(db_arg, "search", "cocon")
    assert "[cocon]" in text.stdout and "1 résultat(s)." in text.stdout
