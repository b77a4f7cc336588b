"""Two real Workbench processes on one team store at once: one writes while the other
has the piece open (check-out, refusal, refresh within 2 s), and the command line of a
third person refused while the piece is taken."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench import catalog, people, pieces
from workbench.store import Store

CLIENT = Path(__file__).resolve().parents[1] / "team_client.py"
WITHIN = 2.0  # seconds: the issue's promise


class Client:
    """One Workbench window in its own process, driven through its stdin."""

    def __init__(self, url: str) -> None:
        code = (
            "import runpy, sys; "
            f"sys.argv = ['team_client', {url!r}]; "
            f"runpy.run_path({str(CLIENT)!r}, run_name='__main__')"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=CLIENT.parents[1],
        )
        assert self.ask(None) == {"ready": True}

    def ask(self, line: str | None) -> dict:
        if line is not None:
            self.process.stdin.write(line + "\n")
            self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, "the client process ended"
        return json.loads(answer)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def newsroom(team_url):
    with Store.open(team_url) as setup:
        publication = catalog.create_publication(setup, "En-Contact")
        issue = catalog.create_issue(setup, publication, catalog.IssueFields(82, page_count=68))
        piece = pieces.create_piece(
            setup, publication, "edito", "Édito", issue_id=issue, body="Premier jet."
        )
        people.set_display_name(setup, setup.user, "Claire Martin")
    clients = [Client(team_url), Client(team_url)]
    yield {"url": team_url, "piece": piece, "a": clients[0], "b": clients[1]}
    for client in clients:
        client.close()


def until(check, within: float = WITHIN):
    """Poll ``check`` until it returns something true; the time it took."""
    started = time.monotonic()
    while True:
        found = check()
        if found:
            return time.monotonic() - started
        assert time.monotonic() - started < within, f"not seen within {within} s"
        time.sleep(0.05)


def test_two_processes_one_writes_the_other_reads_then_takes(newsroom):
    a, b, piece = newsroom["a"], newsroom["b"], newsroom["piece"]
    assert a.ask(f"open {piece}")["read_only"] is False
    opened = b.ask(f"open {piece}")
    assert opened["read_only"] is True
    assert "Taken by Claire Martin since" in opened["bar"]
    # B cannot type into it.
    assert b.ask("type du texte de B")["body"] == "Premier jet."
    # A writes and saves: B sees it within 2 s, without a click.
    a.ask("type  Ajout de A.")
    assert a.ask("save")["saved"] is True
    until(lambda: b.ask("state")["body"] == "Premier jet. Ajout de A.")
    # A third person's command line is refused while A holds the piece; nothing stored.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench.cli",
            "--db",
            newsroom["url"],
            "piece",
            "set",
            str(piece),
            "--body-file",
            "-",
        ],
        input="Texte du script.",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Claire Martin a pris ce papier pour l'écrire" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    with Store.open(newsroom["url"]) as check:
        assert pieces.get_piece(check, piece).body == "Premier jet. Ajout de A."
    # A quits: B takes the piece within 2 s and may write it.
    a.close()
    until(lambda: b.ask("state")["read_only"] is False)
    b.ask("type  Ajout de B.")
    assert b.ask("save")["saved"] is True
    with Store.open(newsroom["url"]) as check:
        assert pieces.get_piece(check, piece).body == "Premier jet. Ajout de A. Ajout de B."


def test_a_rename_in_one_process_shows_in_the_other(newsroom):
    b = newsroom["b"]
    assert b.ask(f"select {newsroom['piece']}")["selected"]
    assert "Édito" in b.ask("state")["titles"]
    with Store.open(newsroom["url"]) as other:
        pieces.update_piece(other, newsroom["piece"], title="Édito du numéro 82")
    until(lambda: "Édito du numéro 82" in b.ask("state")["titles"])


def test_two_people_two_processes_each_with_their_rights(team_url):
    """The editor-in-chief and a writer, each in a window of their own process, connected
    with their own logins: the writer writes their piece, reads the other; each comment
    is signed by its author and tells the other."""
    from bench.pg_server import ADMIN, ADMIN_PASSWORD
    from workbench.assignments import assign
    from workbench.team import add_member

    with Store.open(team_url) as setup:
        publication = catalog.create_publication(setup, "En-Contact")
        hers, other = (
            pieces.create_piece(setup, publication, "edito", title, body="Premier jet.")
            for title in ("Le sien", "Un autre")
        )
        add_member(setup, "proc_claire", "Claire Martin", "redacteur", ADMIN_PASSWORD)
        assign(setup, hers, "proc_claire")
    chief = Client(team_url)
    claire = Client(team_url.replace(f"//{ADMIN}@", "//proc_claire@"))
    try:
        assert claire.ask(f"open {other}")["read_only"] is True  # not hers: she reads it
        assert claire.ask("type  Intrusion.")["body"] == "Premier jet."
        assert claire.ask(f"open {hers}")["read_only"] is False
        claire.ask("type  Son texte.")
        assert claire.ask("save")["saved"] is True
        assert chief.ask(f"comment {hers} Bien, mais la chute ?") == {"ok": True, "error": ""}
        until(lambda: claire.ask("notices")["unread"] == 2)  # the assignment, the comment
        assert claire.ask(f"comment {other} Je peux relire ?")["ok"] is True
        assert chief.ask("notices")["unread"] == 0  # nothing is assigned to the chief
    finally:
        chief.close()
        claire.close()
    with Store.open(team_url) as check:
        assert pieces.get_piece(check, hers).body == "Premier jet. Son texte."
        assert pieces.get_piece(check, other).body == "Premier jet."
        authors = {row[1]: row[0] for row in check.query("SELECT author, body FROM comment")}
        assert authors == {"Bien, mais la chute ?": ADMIN, "Je peux relire ?": "proc_claire"}
        assert (
            check.scalar("SELECT author FROM revision WHERE piece_id = ? ORDER BY id DESC", (hers,))
            == "proc_claire"
        )
