"""A numéro taken offline from a team store, changed on both sides, synced back: nothing
lost, conflicts kept, rights applied, a second sync changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.catalog import IssueFields, create_issue, create_publication
from workbench.comments import add_comment, list_comments
from workbench.flatplan.slots import add_slot, update_slot
from workbench.offline.sync import CONFLICT_NOTE, origin, sync, take
from workbench.pieces import create_piece, get_piece, update_piece
from workbench.revisions import list_revisions
from workbench.store import Store, StoreError

pytestmark = pytest.mark.sqlite_only  # a team store on one side, a file on the other


@pytest.fixture
def newsroom(team_store):
    publication = create_publication(team_store, "En-Contact")
    issue = create_issue(team_store, publication, IssueFields(120, "Le client", 32))
    first = create_piece(team_store, publication, "edito", "Édito", issue_id=issue, body="Un.")
    second = create_piece(
        team_store, publication, "interview", "Entretien", issue_id=issue, body="Deux."
    )
    slot = add_slot(team_store, issue, "ad", 32, label="Pub")
    return {"issue": issue, "pieces": (first, second), "slot": slot, "publication": publication}


@pytest.fixture
def offline(team_store, newsroom, tmp_path):
    path = take(team_store, newsroom["issue"], tmp_path / "n120.sqlite")
    store = Store.open(path)
    yield store
    store.close()


def _by_title(store: Store, title: str) -> int:
    return store.scalar("SELECT id FROM piece WHERE title = ?", (title,))


def test_a_numero_taken_offline_opens_like_any_base(offline, team_store, newsroom):
    found = origin(offline)
    assert found is not None and found.taken_by == team_store.user
    assert offline.user == team_store.user
    titles = {row[0] for row in offline.query("SELECT title FROM piece")}
    assert titles == {"Édito", "Entretien"}
    assert offline.scalar("SELECT label FROM flatplan_slot") == "Pub"
    report = sync(offline, team_store)
    assert not report.changed
    assert report.lines() == ["Rien à synchroniser : les deux côtés sont identiques."]


def test_changes_on_each_side_go_to_the_other_and_twice_changes_nothing(
    offline, team_store, newsroom
):
    first, second = newsroom["pieces"]
    update_piece(offline, _by_title(offline, "Édito"), body="Un, écrit dans le train.")
    update_piece(team_store, second, body="Deux, écrit au bureau.")
    new = create_piece(offline, newsroom["publication"], "breve", "Brève du train",
                       issue_id=_by_title(offline, "Édito") and offline.scalar("SELECT id FROM issue"),
                       body="Née hors ligne.")  # fmt: skip
    add_comment(offline, new, "À vérifier.")
    report = sync(offline, team_store)
    assert get_piece(team_store, first).body == "Un, écrit dans le train."
    assert get_piece(offline, _by_title(offline, "Entretien")).body == "Deux, écrit au bureau."
    brief = _by_title(team_store, "Brève du train")
    assert get_piece(team_store, brief).body == "Née hors ligne."
    assert get_piece(team_store, brief).issue_id == newsroom["issue"]
    assert [c.body for c in list_comments(team_store, brief)] == ["À vérifier."]
    assert len(report.to_server) >= 3 and report.to_offline
    again = sync(offline, team_store)
    assert not again.changed, again.lines()


def test_the_same_piece_changed_on_both_sides_keeps_both_texts(offline, team_store, newsroom):
    first, _ = newsroom["pieces"]
    update_piece(offline, _by_title(offline, "Édito"), body="Version du train.")
    update_piece(team_store, first, body="Version du bureau.")
    report = sync(offline, team_store)
    assert len(report.conflicts) == 1 and "Édito" in report.conflicts[0]
    assert get_piece(team_store, first).body == "Version du bureau."
    mine = _by_title(offline, "Édito")
    assert get_piece(offline, mine).body == "Version du bureau."
    for store, piece in ((team_store, first), (offline, mine)):
        kept = [r for r in list_revisions(store, piece) if r.note == CONFLICT_NOTE]
        assert [r.body for r in kept] == ["Version du train."], store.location.display()
    assert not sync(offline, team_store).changed


def test_a_slot_moved_on_both_sides_is_listed_and_the_chief_chooses(
    offline, team_store, newsroom, tmp_path
):
    update_slot(team_store, newsroom["slot"], first_page=30)
    update_slot(offline, offline.scalar("SELECT id FROM flatplan_slot"), first_page=31)
    dry = sync(offline, team_store, dry_run=True)
    assert len(dry.conflicts) == 1 and "Pub" in dry.conflicts[0]
    assert offline.scalar("SELECT first_page FROM flatplan_slot") == 31  # nothing written
    report = sync(offline, team_store, prefer="offline")
    assert "gardé : hors ligne" in report.conflicts[0]
    assert team_store.scalar("SELECT first_page FROM flatplan_slot") == 31
    assert not sync(offline, team_store).changed


def test_a_writer_cannot_bring_back_what_they_may_not_change(
    team_store, newsroom, open_as, tmp_path
):
    from workbench.assignments import assign

    first, second = newsroom["pieces"]
    claire = open_as("off_claire", "redacteur")
    assign(team_store, first, "off_claire")
    path = take(claire, newsroom["issue"], tmp_path / "claire.sqlite")
    with Store.open(path) as offline:
        assert offline.user == "off_claire"
        update_piece(offline, _by_title(offline, "Édito"), body="Le sien, hors ligne.")
        update_piece(offline, _by_title(offline, "Entretien"), body="Pas le sien.")
        report = sync(offline, claire)
        assert get_piece(team_store, first).body == "Le sien, hors ligne."
        assert get_piece(team_store, second).body == "Deux."
        assert len(report.refused) == 1 and "Entretien" in report.refused[0]
        theirs = _by_title(offline, "Entretien")
        assert get_piece(offline, theirs).body == "Deux."
        kept = [r.body for r in list_revisions(offline, theirs)]
        assert "Pas le sien." in kept  # her text stays, to copy from
        assert not sync(offline, claire).changed
    # The server records the person who synced, whatever the file says.
    assert team_store.scalar("SELECT updated_by FROM piece WHERE id = ?", (first,)) == "off_claire"


def test_an_offline_file_from_elsewhere_is_refused(offline, team_store, newsroom, pg_server):
    other_url = pg_server.new_database()
    try:
        with Store.open(other_url) as other, pytest.raises(StoreError, match="autre serveur"):
            sync(offline, other)
    finally:
        pg_server.drop(other_url)


def test_taking_refuses_an_existing_file_and_a_sqlite_base(team_store, newsroom, tmp_path, store):
    target = tmp_path / "là.sqlite"
    target.write_bytes(b"")
    with pytest.raises(StoreError, match="existe déjà"):
        take(team_store, newsroom["issue"], target)
    with pytest.raises(StoreError, match="serveur d'équipe"):
        take(store, 1, tmp_path / "autre.sqlite")


# Crashes and random histories -----------------------------------------------------------

_SYNC_CHILD = """
import sys, time
from workbench.offline.sync import server_location, sync
from workbench.store import Store
offline = Store.open(sys.argv[1])
server = Store.open(server_location(offline))
def checkpoint(name):
    if name == sys.argv[2]:
        print("at", name, flush=True)
        time.sleep(60)
sync(offline, server, checkpoint=checkpoint)
print("done", flush=True)
"""


def _everything(store: Store, issue_uid: str) -> dict:
    from workbench.offline import records

    found = records.read_all(store, issue_uid, records.piece_uids_in(store, issue_uid))
    return {key: record.digest for key, record in found.items()}


def _kill_sync_somewhere(path, pause_at: str, delay: float) -> str:
    import os
    import signal
    import subprocess
    import sys
    import time

    child = subprocess.Popen(
        [sys.executable, "-c", _SYNC_CHILD, str(path), pause_at],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    if pause_at != "none":
        line = child.stdout.readline()  # it waits at the checkpoint: killed right there
        assert line.startswith("at"), line
    else:
        time.sleep(delay)  # anywhere: before, during or after the sync
    child.send_signal(signal.SIGKILL)
    child.wait()
    return "killed"


def test_a_sync_killed_anywhere_leaves_each_side_whole_and_the_next_finishes(
    team_store, newsroom, tmp_path
):
    import random

    rng = random.Random(15)
    first, second = newsroom["pieces"]
    path = take(team_store, newsroom["issue"], tmp_path / "n120.sqlite")
    issue_uid = team_store.scalar("SELECT uid FROM issue WHERE id = ?", (newsroom["issue"],))
    points = ["journal", "server", "offline"] * 4 + ["none"] * 9
    rng.shuffle(points)
    assert len(points) >= 20
    for turn, pause_at in enumerate(points):
        with Store.open(path) as offline:
            mine = _by_title(offline, "Édito")
            update_piece(offline, mine, body=get_piece(offline, mine).body + f" o{turn}")
            add_comment(offline, mine, f"c{turn}")
        update_piece(team_store, second, body=get_piece(team_store, second).body + f" s{turn}")
        _kill_sync_somewhere(path, pause_at, rng.uniform(0.2, 2.0))
        # Right after the kill: the server has this turn's offline work whole or not at all.
        on_server = f" o{turn}" in get_piece(team_store, first).body
        commented = f"c{turn}" in [c.body for c in list_comments(team_store, first)]
        assert on_server == commented, (turn, pause_at)
        with Store.open(path) as offline:
            got = f" s{turn}" in get_piece(offline, _by_title(offline, "Entretien")).body
            journal = offline.scalar("SELECT count(*) FROM sync_journal")
            assert not (got and journal), (turn, pause_at)  # the offline part is whole too
            report = sync(offline, team_store)
            assert get_piece(team_store, first).body.endswith(f" o{turn}")
            assert get_piece(offline, _by_title(offline, "Entretien")).body.endswith(f" s{turn}")
            assert f"c{turn}" in [c.body for c in list_comments(team_store, first)]
            assert not report.conflicts and not report.refused
            assert _everything(offline, issue_uid) == _everything(team_store, issue_uid)
            assert not sync(offline, team_store).changed
    words = get_piece(team_store, first).body.split()
    assert [w for w in words if w.startswith("o")] == [f"o{n}" for n in range(len(points))]


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    history=st.lists(
        st.tuples(
            st.sampled_from(["server", "offline", "sync"]),
            st.sampled_from(["text", "comment", "slot", "status"]),
            st.integers(min_value=0, max_value=1),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_random_histories_lose_nothing_and_end_equal(pg_server, tmp_path_factory, history):
    """Random edits on both sides with syncs in between: every word written on either side
    is on the server afterwards (in the text or, after a conflict, in a kept version), and
    both sides hold the same records."""
    from workbench.flatplan.changes import set_status

    url = pg_server.new_database()
    try:
        with Store.open(url) as server:
            publication = create_publication(server, "En-Contact")
            issue = create_issue(server, publication, IssueFields(7, "Hasard", 16))
            ids = [
                create_piece(server, publication, "edito", f"P{n}", issue_id=issue, body=f"p{n}")
                for n in range(2)
            ]
            slot = add_slot(server, issue, "ad", 16)
            issue_uid = server.scalar("SELECT uid FROM issue WHERE id = ?", (issue,))
            path = take(server, issue, tmp_path_factory.mktemp("h") / "h.sqlite")
            written: list[str] = []
            with Store.open(path) as offline:
                for number, (where, what, which) in enumerate(history):
                    if where == "sync":
                        sync(offline, server)
                        continue
                    store = server if where == "server" else offline
                    piece = ids[which] if where == "server" else _by_title(offline, f"P{which}")
                    word = f"w{number}{where[0]}"
                    if what == "text":
                        update_piece(store, piece, body=get_piece(store, piece).body + " " + word)
                        written.append(word)
                    elif what == "comment":
                        add_comment(store, piece, word)
                        written.append(word)
                    elif what == "slot":
                        slot_id = (
                            slot
                            if where == "server"
                            else offline.scalar("SELECT id FROM flatplan_slot")
                        )
                        update_slot(store, slot_id, first_page=10 + number % 6)
                    else:
                        set_status(store, [piece], "redaction" if number % 2 else "remis")
                sync(offline, server)
                assert not sync(offline, server).changed
                assert _everything(offline, issue_uid) == _everything(server, issue_uid)
            kept = " ".join(
                [row[0] for row in server.query("SELECT body FROM piece")]
                + [row[0] for row in server.query("SELECT body FROM revision")]
                + [row[0] for row in server.query("SELECT body FROM comment")]
            ).split()
            assert [word for word in written if word not in kept] == []
    finally:
        pg_server.drop(url)


def test_a_writer_takes_only_their_pieces(team_store, newsroom, open_as, tmp_path):
    from workbench.assignments import assign
    from workbench.search import search

    first, second = newsroom["pieces"]
    claire = open_as("off_mine", "redacteur")
    assign(team_store, first, "off_mine")
    path = take(claire, newsroom["issue"], tmp_path / "mine.sqlite", piece_ids=[first])
    with Store.open(path) as offline:
        assert {row[0] for row in offline.query("SELECT title FROM piece")} == {"Édito"}
        update_piece(offline, _by_title(offline, "Édito"), body="Un, relu à la gare.")
        update_piece(team_store, second, body="Deux, pendant ce temps.")
        report = sync(offline, claire)
        assert {row[0] for row in offline.query("SELECT title FROM piece")} == {"Édito"}
        assert not report.refused
        assert [hit.piece_id for hit in search(team_store, "gare")] == [first]
        assert not sync(offline, claire).changed
    with pytest.raises(StoreError, match="pas tous dans le numéro"):
        take(claire, newsroom["issue"], tmp_path / "autre.sqlite", piece_ids=[9999])


# What a second look found ---------------------------------------------------------------


def _writer_file(team_store, newsroom, open_as, tmp_path, login: str):
    from workbench.assignments import assign

    first, _ = newsroom["pieces"]
    person = open_as(login, "redacteur")
    assign(team_store, first, login)
    return person, take(person, newsroom["issue"], tmp_path / f"{login}.sqlite")


def test_a_writer_s_status_past_remis_is_refused_and_the_rest_goes(
    team_store, newsroom, open_as, tmp_path
):
    from workbench.flatplan.changes import set_status
    from workbench.revisions import save_piece

    first, _ = newsroom["pieces"]
    claire, path = _writer_file(team_store, newsroom, open_as, tmp_path, "rv_status")
    with Store.open(path) as offline:
        mine = _by_title(offline, "Édito")
        save_piece(offline, mine, expected_version=get_piece(offline, mine).version,
                   title="Édito", standfirst="", body="Un, relu.", autosave=False)  # fmt: skip
        set_status(offline, [mine], "relecture")
        report = sync(offline, claire)
        assert get_piece(team_store, first).body == "Un, relu."
        assert get_piece(team_store, first).status == "idee"
        assert len(report.refused) == 1 and "la fiche de « Édito »" in report.refused[0]
        assert get_piece(offline, mine).status == "idee"  # the server's came back
        assert not sync(offline, claire).changed  # settled: her saves' versions included
        set_status(offline, [mine], "remis")
        sync(offline, claire)
        assert get_piece(team_store, first).status == "remis"
        assert not sync(offline, claire).changed


def test_a_piece_moved_elsewhere_and_a_renamed_rubrique_stay_on_the_server(
    offline, team_store, newsroom
):
    from workbench.catalog import IssueFields, create_issue
    from workbench.pieces import move_pieces

    first, second = newsroom["pieces"]
    other = create_issue(team_store, newsroom["publication"], IssueFields(121))
    move_pieces(team_store, [second], other)
    team_store.query(
        "UPDATE section SET name = 'Éditorial' WHERE id = "
        "(SELECT section_id FROM piece WHERE id = ?)",
        (first,),
    )
    team_store.query(
        "UPDATE piece SET section_id = section_id, version = version + 1 WHERE id = ?", (first,)
    )
    section = team_store.scalar("SELECT section_id FROM piece WHERE id = ?", (first,))
    for _ in range(3):
        sync(offline, team_store)
    assert get_piece(team_store, second).issue_id == other
    assert team_store.scalar("SELECT section_id FROM piece WHERE id = ?", (first,)) == section
    assert not sync(offline, team_store).changed


def test_replies_keep_their_thread_and_a_reply_on_the_server_keeps_its_comment(
    offline, team_store, newsroom
):
    first, _ = newsroom["pieces"]
    mine = _by_title(offline, "Édito")
    thread = add_comment(offline, mine, "Premier avis.")
    add_comment(offline, mine, "Une réponse.", parent_id=thread.id)
    add_comment(offline, mine, "Une autre.", parent_id=thread.id)
    sync(offline, team_store)
    on_server = list_comments(team_store, first)
    assert [(c.body, c.is_reply) for c in on_server] == [
        ("Premier avis.", False),
        ("Une réponse.", True),
        ("Une autre.", True),
    ]
    assert not sync(offline, team_store).changed
    # Offline the thread goes while someone answers it on the server: nothing is lost.
    from workbench.comments import delete_comment

    add_comment(team_store, first, "Je réponds.", parent_id=on_server[0].id)
    delete_comment(offline, thread.id)
    sync(offline, team_store)
    assert "Je réponds." in [c.body for c in list_comments(team_store, first)]
    assert "Premier avis." in [c.body for c in list_comments(team_store, first)]
    sync(offline, team_store)
    assert not sync(offline, team_store).changed


def test_typing_after_a_cut_sync_is_not_overwritten(offline, team_store, newsroom):
    first, second = newsroom["pieces"]

    class Cut(Exception):
        pass

    def cut_after(name: str):
        def checkpoint(step: str) -> None:
            if step == name:
                raise Cut

        return checkpoint

    for where in ("server", "journal"):
        update_piece(team_store, second, body=f"Deux, du bureau ({where}).")
        with pytest.raises(Cut):
            sync(offline, team_store, checkpoint=cut_after(where))
        theirs = _by_title(offline, "Entretien")
        update_piece(offline, theirs, body=f"Deux, tapé après la coupure ({where}).")
        sync(offline, team_store)
        kept = [get_piece(team_store, second).body] + [
            r.body for r in list_revisions(team_store, second)
        ]
        assert f"Deux, tapé après la coupure ({where})." in kept, where
        assert not sync(offline, team_store).changed


def test_a_maquettiste_sets_en_maquette_offline(team_store, newsroom, open_as, tmp_path):
    from workbench.flatplan.changes import set_status

    first, _ = newsroom["pieces"]
    marc = open_as("rv_layout", "maquettiste")
    path = take(marc, newsroom["issue"], tmp_path / "marc.sqlite")
    with Store.open(path) as offline:
        set_status(offline, [_by_title(offline, "Édito")], "maquette")
        report = sync(offline, marc)
        assert not report.refused, report.refused
        assert get_piece(team_store, first).status == "maquette"
        assert not sync(offline, marc).changed
