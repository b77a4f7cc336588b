"""``workbench place``, ``plan`` and ``issue duplicate``, run as a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.catalog import IssueFields, create_issue, create_publication
from workbench.flatplan.changes import add_slot
from workbench.pieces import create_piece, get_piece


def run(db_path: Path | str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=Path(__file__).resolve().parents[3],
    )


@pytest.fixture
def planned(store, publication, issue82):
    interview = create_piece(
        store,
        publication,
        "interview",
        "Interview de Mme Durand",
        issue_id=issue82,
        contributors=[("Manuel Jacquinet", "author")],
        status="valide",
    )
    edito = create_piece(
        store, publication, "edito", "Édito", contributors=[("Marie Dupont", "author")]
    )
    add_slot(store, issue82, "cover", 1)
    return {"interview": interview, "edito": edito}


def test_place_then_plan_json(db_arg, store, issue82, planned):
    result = run(
        db_arg, "place", str(planned["interview"]), "--issue", "82", "--page", "6", "--pages", "2"
    )
    assert result.returncode == 0, result.stderr
    assert "pages 6–7" in result.stdout
    assert get_piece(store, planned["interview"]).first_page == 6

    result = run(db_arg, "plan", "--issue", "82", "--json", "--today", "2014-09-15")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["issue"]["number"] == 82 and data["issue"]["page_count"] == 68
    slots = {
        (s["kind"], s["piece_id"], s["slot_id"], s["first_page"], s["page_count"])
        for s in data["slots"]
    }
    assert ("piece", planned["interview"], None, 6, 2) in slots
    assert any(s["kind"] == "cover" and s["first_page"] == 1 for s in data["slots"])
    assert isinstance(data["warnings"], list)
    assert {w["code"] for w in data["warnings"]} >= {"empty_pages"}
    assert data["sommaire"] == [
        {
            "section": "Interview",
            "title": "Interview de Mme Durand",
            "authors": "Manuel Jacquinet",
            "page": 6,
            "piece_id": planned["interview"],
        }
    ]


def test_place_over_another_piece_is_refused_naming_it(db_arg, issue82, planned):
    assert (
        run(
            db_arg,
            "place",
            str(planned["interview"]),
            "--issue",
            "82",
            "--page",
            "6",
            "--pages",
            "2",
        ).returncode
        == 0
    )
    result = run(db_arg, "place", str(planned["edito"]), "--issue", "82", "--page", "7")
    assert result.returncode == 1
    assert "Interview de Mme Durand" in result.stderr
    assert result.stderr.count("\n") == 1  # one line


def test_place_errors_are_one_french_line(db_arg, issue82, planned):
    missing = run(db_arg, "place", "999", "--issue", "82", "--page", "3")
    assert missing.returncode == 1 and "Aucun papier" in missing.stderr
    no_issue = run(db_arg, "place", str(planned["edito"]), "--issue", "90", "--page", "3")
    assert no_issue.returncode == 1 and "90" in no_issue.stderr
    beyond = run(
        db_arg, "place", str(planned["edito"]), "--issue", "82", "--page", "68", "--pages", "2"
    )
    assert beyond.returncode == 1 and "68 pages" in beyond.stderr
    usage = run(db_arg, "place", str(planned["edito"]), "--issue", "82")
    assert usage.returncode == 2


def test_same_number_in_two_publications_needs_publication(db_arg, store, issue82, planned):
    other = create_publication(store, "Relation Client Mag")
    create_issue(store, other, IssueFields(82, page_count=32))
    result = run(db_arg, "plan", "--issue", "82", "--json")
    assert result.returncode == 2 and "--publication" in result.stderr
    result = run(db_arg, "plan", "--issue", "82", "--json", "--publication", "en-contact")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["issue"]["page_count"] == 68
    # place resolves the number in the piece's own publication
    result = run(db_arg, "place", str(planned["edito"]), "--issue", "82", "--page", "3")
    assert result.returncode == 0, result.stderr


def test_plan_pdf(db_arg, tmp_path, issue82, planned):
    assert (
        run(db_arg, "place", str(planned["interview"]), "--issue", "82", "--page", "6").returncode
        == 0
    )
    pdf = tmp_path / "chemin.pdf"
    result = run(db_arg, "plan", "--issue", "82", "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "1 feuille" in result.stdout
    missing_dir = run(db_arg, "plan", "--issue", "82", "--pdf", str(tmp_path / "nope" / "x.pdf"))
    assert missing_dir.returncode == 1 and "n'existe pas" in missing_dir.stderr


def test_plan_text_output(db_arg, issue82, planned):
    run(db_arg, "place", str(planned["interview"]), "--issue", "82", "--page", "6")
    result = run(db_arg, "plan", "--issue", "82")
    assert result.returncode == 0, result.stderr
    assert "Interview de Mme Durand" in result.stdout and "Sommaire" in result.stdout


def test_issue_duplicate(db_arg, store, issue82, planned):
    result = run(db_arg, "issue", "duplicate", "82", "--to", "83", "--theme", "Le BPO")
    assert result.returncode == 0, result.stderr
    assert "68 pages" in result.stdout and "1 emplacement" in result.stdout
    data = json.loads(run(db_arg, "plan", "--issue", "83", "--json").stdout)
    assert data["issue"]["theme"] == "Le BPO"
    assert [(s["kind"], s["first_page"]) for s in data["slots"]] == [("cover", 1)]
    again = run(db_arg, "issue", "duplicate", "82", "--to", "83")
    assert again.returncode == 1 and "existe déjà" in again.stderr
