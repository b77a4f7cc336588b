"""``workbench offline take|sync|status`` from the command line, as a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def _cli(db: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--db", db, *args],
        input=stdin, capture_output=True, text=True, env=env, cwd=REPO, timeout=60,
    )  # fmt: skip


def test_take_work_offline_and_sync_from_the_command_line(team_url, tmp_path):
    assert _cli(team_url, "publication", "new", "En-Contact").returncode == 0
    assert _cli(team_url, "issue", "new", "120", "--pages", "32").returncode == 0
    made = _cli(team_url, "piece", "new", "--kind", "edito", "--title", "Édito", "--issue", "120")
    assert made.returncode == 0, made.stderr
    target = tmp_path / "n120.sqlite"
    taken = _cli(team_url, "offline", "take", "--issue", "120", "--to", str(target), "--json")
    assert taken.returncode == 0, taken.stderr
    assert json.loads(taken.stdout)["file"] == str(target)
    status = json.loads(_cli(str(target), "offline", "status", "--json").stdout)
    assert status["issue"] == 120 and status["synced_at"] is None
    wrote = _cli(str(target), "piece", "set", "1", "--body-file", "-", stdin="Écrit dans le train.")
    assert wrote.returncode == 0, wrote.stderr
    dry = _cli(str(target), "offline", "sync", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    planned = json.loads(dry.stdout)["to_server"]
    assert planned[0] == "le texte de « Édito »"  # then the versions the save made
    assert set(planned[1:]) == {"une version de « Édito » (nouveau)"}
    assert "Écrit" not in _cli(team_url, "list", "--json").stdout  # nothing written yet
    synced = _cli(str(target), "offline", "sync")
    assert synced.returncode == 0, synced.stderr
    assert f"Vers le serveur ({len(planned)})" in synced.stdout
    versions = len(planned) - 1
    assert f"une version de « Édito » (nouveau) ×{versions}" in synced.stdout or versions == 1
    again = _cli(str(target), "offline", "sync")
    assert "Rien à synchroniser" in again.stdout
    from workbench.pieces import get_piece
    from workbench.store import Store

    with Store.open(team_url) as server:
        assert get_piece(server, 1).body == "Écrit dans le train."


def test_refusals_are_one_line(team_url, tmp_path):
    plain = tmp_path / "plain.sqlite"
    assert _cli(str(plain), "publication", "new", "En-Contact").returncode == 0
    for args, said in (
        ((str(plain), "offline", "sync"), "n'est pas un fichier emporté hors ligne"),
        ((str(plain), "offline", "take", "--issue", "1", "--to", str(tmp_path / "x.sqlite")),
         "serveur d'équipe"),
        ((team_url, "offline", "take", "--issue", "999", "--to", str(tmp_path / "y.sqlite")),
         "Aucun numéro 999"),
    ):  # fmt: skip
        result = _cli(*args)
        assert result.returncode != 0 and said in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.sqlite").exists() and not (tmp_path / "y.sqlite").exists()


def test_a_writer_takes_their_pieces_with_mine(team_url, tmp_path):
    from bench.pg_server import ADMIN, ADMIN_PASSWORD

    assert _cli(team_url, "publication", "new", "En-Contact").returncode == 0
    assert _cli(team_url, "issue", "new", "120").returncode == 0
    for title in ("Le sien", "Un autre"):
        made = _cli(team_url, "piece", "new", "--kind", "edito", "--title", title, "--issue", "120")
        assert made.returncode == 0, made.stderr
    added = _cli(
        team_url, "team", "add", "cli_mine", "--name", "Claire", "--role", "redacteur",
        "--password-stdin", stdin=ADMIN_PASSWORD + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    claire = team_url.replace(f"//{ADMIN}@", "//cli_mine@")
    none = _cli(
        claire, "offline", "take", "--issue", "120", "--mine", "--to", str(tmp_path / "a.sqlite")
    )
    assert none.returncode == 1 and "Aucun papier du numéro 120" in none.stderr
    assert _cli(team_url, "piece", "assign", "1", "cli_mine").returncode == 0
    target = tmp_path / "b.sqlite"
    taken = _cli(claire, "offline", "take", "--issue", "120", "--mine", "--to", str(target))
    assert taken.returncode == 0, taken.stderr
    listed = json.loads(_cli(str(target), "list", "--json").stdout)
    assert [piece["title"] for piece in listed] == ["Le sien"]
