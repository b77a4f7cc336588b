"""The newsroom from the command line: ``team``, ``piece assign``, ``comment`` and
``notices``, on a SQLite file and, as two different people, on a team store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main

REPO = Path(__file__).resolve().parents[3]


def run(db: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def base(tmp_path, capsys) -> Path:
    db = tmp_path / "base.sqlite"
    assert run(db, capsys, "publication", "new", "En-Contact")[0] == 0
    assert run(db, capsys, "piece", "new", "--kind", "edito", "--title", "Édito")[0] == 0
    return db


def test_a_team_planned_on_a_sqlite_file(base, capsys):
    code, out, _ = run(
        base, capsys, "team", "add", "claire", "--name", "Claire Martin", "--role", "redacteur"
    )
    assert code == 0 and "Claire Martin (claire) ajouté(e) : rédacteur." in out
    code, out, err = run(base, capsys, "piece", "assign", "1", "claire", "--due", "2026-12-01")
    assert code == 0, err
    code, out, _ = run(base, capsys, "team", "list", "--json")
    assert json.loads(out) == [
        {"login": "claire", "name": "Claire Martin", "role": "redacteur", "assigned": 1}
    ]
    assert run(base, capsys, "team", "set", "claire", "--role", "lecteur")[0] == 0
    code, out, _ = run(base, capsys, "team", "list", "--json")
    assert json.loads(out)[0]["role"] == "lecteur"
    assert run(base, capsys, "piece", "unassign", "1", "claire")[0] == 0
    assert run(base, capsys, "team", "remove", "claire")[0] == 0
    assert json.loads(run(base, capsys, "team", "list", "--json")[1]) == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("team", "add", "claire", "--name", "C", "--role", "chef"), "invalid choice"),
        (("piece", "assign", "1", "personne"), "ne fait pas partie de l'équipe"),
        (("piece", "assign", "99", "claire"), "Aucun papier"),
        (("piece", "assign", "1", "claire", "--due", "demain"), "date invalide"),
        (("piece", "unassign", "1", "claire"), "n'est pas attribué"),
        (("team", "remove", "personne"), "ne fait pas partie"),
        (("comment", "add", "1", "Avis", "--on", "absent"), "n'est pas dans le texte"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(base, capsys, args, said):
    run(base, capsys, "team", "add", "claire", "--name", "Claire", "--role", "redacteur")
    import sqlite3

    def content():
        with sqlite3.connect(base) as conn:
            return [
                conn.execute(f"SELECT * FROM {t}").fetchall()
                for t in ("person", "assignment", "comment", "notice")
            ]

    before = content()
    try:
        code, _, err = run(base, capsys, *args)
    except SystemExit as exc:  # argparse's own refusal
        code, err = exc.code, capsys.readouterr().err
    assert code != 0 and said in err
    assert len([line for line in err.splitlines() if line.startswith("workbench")]) <= 1
    assert content() == before


def test_comments_from_the_command_line(base, capsys):
    subprocess_body = "Le centre de contacts a changé de prestataire."
    from workbench.pieces import update_piece
    from workbench.store import Store

    with Store.open(base) as store:
        update_piece(store, 1, body=subprocess_body)
    code, out, err = run(
        base, capsys, "comment", "add", "1", "Quel prestataire ?", "--on", "prestataire", "--json"
    )
    assert code == 0, err
    thread = json.loads(out)
    start = subprocess_body.index("prestataire")
    assert thread["passage"] == {
        "start": start,
        "end": start + len("prestataire"),
        "words": "prestataire",
        "deleted": False,
    }
    assert run(base, capsys, "comment", "reply", str(thread["id"]), "Celui de Lille.")[0] == 0
    assert run(base, capsys, "comment", "resolve", str(thread["id"]))[0] == 0
    listed = json.loads(run(base, capsys, "comment", "list", "1", "--json")[1])
    assert [(c["text"], c["resolved"], c["parent"]) for c in listed] == [
        ("Quel prestataire ?", True, None),
        ("Celui de Lille.", False, thread["id"]),
    ]


# Two people on a team store -----------------------------------------------------------


def _cli(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--db", url, *args],
        input=stdin, capture_output=True, text=True, env=env, cwd=REPO, timeout=60,
    )  # fmt: skip


def test_the_chief_adds_a_writer_who_then_writes_only_their_piece(team_url, pg_server):
    from bench.pg_server import ADMIN, ADMIN_PASSWORD

    chief = team_url
    assert _cli(chief, "publication", "new", "En-Contact").returncode == 0
    for title in ("Édito", "Entretien"):
        assert _cli(chief, "piece", "new", "--kind", "edito", "--title", title).returncode == 0
    added = _cli(
        chief, "team", "add", "cli_claire", "--name", "Claire Martin", "--role", "redacteur",
        "--password-stdin", stdin=ADMIN_PASSWORD + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert _cli(chief, "piece", "assign", "1", "cli_claire").returncode == 0
    claire = team_url.replace(f"//{ADMIN}@", "//cli_claire@")
    mine = _cli(claire, "piece", "set", "1", "--standfirst", "Mon chapô", "--status", "remis")
    assert mine.returncode == 0, mine.stderr
    theirs = _cli(claire, "piece", "set", "2", "--standfirst", "Pas le mien")
    assert theirs.returncode == 1
    assert theirs.stderr.strip().splitlines() == [
        "workbench : Ce papier ne vous est pas attribué : votre rôle (rédacteur) permet de le lire."
    ]
    plan = _cli(claire, "piece", "new", "--kind", "breve", "--title", "Brève")
    assert plan.returncode == 1 and "rédacteur" in plan.stderr
    team = _cli(
        claire,
        "team",
        "add",
        "cli_marc",
        "--name",
        "Marc",
        "--role",
        "redaction-en-chef",
        "--password-stdin",
        stdin="x\n",
    )
    assert team.returncode == 1 and "gérer l'équipe" in team.stderr
    comment = _cli(claire, "comment", "add", "2", "Je peux aider ?")
    assert comment.returncode == 0, comment.stderr
    notices = _cli(chief, "notices", "--json")
    assert notices.returncode == 0
    assert json.loads(notices.stdout) == []  # the chief is assigned nothing
    told = json.loads(_cli(claire, "notices", "--json").stdout)
    assert [n["kind"] for n in told] == ["assigned"]
    listed = json.loads(_cli(chief, "team", "list", "--json").stdout)
    assert {p["login"]: p["role"] for p in listed}["cli_claire"] == "redacteur"
