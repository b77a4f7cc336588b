"""The demo archive: deterministic, consistent flatplans, sane kinds, lengths and statuses."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from bench.demo import (
    PROFILES,
    TextMaker,
    add_long_interview,
    build_demo_archive,
    de,
    lay_out,
    plan_issues,
    split_counts,
)
from db.vocabulary import PIECE_KINDS, PIECE_STATUSES
from workbench.catalog import ValidationError
from workbench.text.counting import count_footnotes, count_signs


def _list_json(capsys, db_path: Path) -> list[dict]:
    from workbench.cli import main

    assert main(["--db", str(db_path), "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_same_seed_same_archive(tmp_path, capsys):
    from bench.demo_archive import main

    outputs = []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        assert (
            main(
                [
                    "--db",
                    str(path),
                    "--issues",
                    "6",
                    "--pieces",
                    "80",
                    "--seed",
                    "7",
                ]
            )
            == 0
        )
        capsys.readouterr()
        outputs.append(_list_json(capsys, path))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == 80


def test_same_seed_same_rows_timestamps_included(tmp_path):
    from workbench.store import Store

    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        with Store.open(tmp_path / name) as store:
            build_demo_archive(store, 4, 40, seed=3)
            dumps.append(
                [tuple(r) for r in store.query("SELECT * FROM piece ORDER BY id")]
                + [tuple(r) for r in store.query("SELECT * FROM issue ORDER BY id")]
                + [tuple(r) for r in store.query("SELECT * FROM flatplan_slot ORDER BY id")]
                + [
                    tuple(r)
                    for r in store.query("SELECT * FROM piece_contributor ORDER BY 1, 2, 3")
                ]
            )
    assert dumps[0] == dumps[1]


def test_other_seed_other_archive(tmp_path):
    from workbench.store import Store

    titles = []
    for seed in (1, 2):
        with Store.open(tmp_path / f"{seed}.sqlite") as store:
            build_demo_archive(store, 3, 30, seed=seed)
            titles.append([r[0] for r in store.query("SELECT title FROM piece ORDER BY id")])
    assert titles[0] != titles[1]


@pytest.fixture
def archive(store):
    result = build_demo_archive(store, 12, 400, seed=11)
    return store, result


def test_counts(archive):
    store, result = archive
    assert result.issues == 12 and result.pieces == 400
    assert (
        store.scalar(
            "SELECT count(*) FROM issue WHERE publication_id = ?", (result.publication_id,)
        )
        == 12
    )
    assert store.scalar("SELECT count(*) FROM piece") == 400
    pool = store.scalar("SELECT count(*) FROM piece WHERE issue_id IS NULL")
    assert 30 <= pool <= 70
    numbers = [r[0] for r in store.query("SELECT number FROM issue ORDER BY number")]
    assert numbers == list(range(1, 13))
    # one édito per numéro, numbered like it
    editos = store.query(
        "SELECT edito_number, i.number, signature_note FROM piece p "
        "JOIN issue i ON i.id = p.issue_id WHERE kind = 'edito'"
    )
    assert len(editos) == 12
    assert all(r[0] == r[1] and r[2].startswith("Édito rédigé en ") for r in editos)


def test_check_is_clean(archive):
    from workbench.integrity import check_store

    store, _ = archive
    assert check_store(store) == []


def test_flatplan_consistent(archive):
    store, _ = archive
    for issue in store.query("SELECT id, page_count FROM issue"):
        ranges = [
            (r[0], r[1])
            for r in store.query(
                "SELECT first_page, page_count FROM piece WHERE issue_id = ? AND first_page IS NOT NULL "
                "UNION ALL SELECT first_page, page_count FROM flatplan_slot WHERE issue_id = ?",
                (issue[0], issue[0]),
            )
        ]
        pages: list[int] = []
        for first, count in ranges:
            assert first >= 1 and first + count - 1 <= issue[1]
            pages += range(first, first + count)
        assert len(pages) == len(set(pages)), f"overlap in issue {issue[0]}"
        kinds = {
            r[0]
            for r in store.query("SELECT kind FROM flatplan_slot WHERE issue_id = ?", (issue[0],))
        }
        assert {"cover", "contents", "ad"} <= kinds
    # with a realistic number of pieces per numéro, every one finds its pages
    assert (
        store.scalar("SELECT count(*) FROM piece WHERE issue_id IS NOT NULL AND first_page IS NULL")
        == 0
    )


def test_tree_order_follows_pages(archive):
    store, _ = archive
    for issue in store.query("SELECT id FROM issue"):
        pages = [
            r[0]
            for r in store.query(
                "SELECT first_page FROM piece WHERE issue_id = ? AND first_page IS NOT NULL ORDER BY position",
                (issue[0],),
            )
        ]
        assert pages == sorted(pages)


def test_kinds_and_statuses_sane(archive):
    store, _ = archive
    kinds = Counter(r[0] for r in store.query("SELECT kind FROM piece"))
    assert set(kinds) <= set(PIECE_KINDS)
    assert kinds["breve"] > kinds["dossier"] > 0
    for kind in ("interview", "reportage", "chronique", "courrier", "edito"):
        assert kinds[kind] > 0
    statuses = Counter(r[0] for r in store.query("SELECT status FROM piece"))
    assert set(statuses) <= set(PIECE_STATUSES)
    assert len(statuses) >= 5
    # published numéros are laid out; the pool holds work in progress
    assert (
        store.scalar(
            "SELECT count(*) FROM piece p JOIN issue i ON i.id = p.issue_id "
            "WHERE i.status = 'published' AND p.status NOT IN ('valide', 'maquette')"
        )
        == 0
    )
    assert (
        store.scalar("SELECT count(*) FROM piece WHERE issue_id IS NULL AND status = 'maquette'")
        == 0
    )


def test_lengths_within_bounds(archive):
    store, _ = archive
    for row in store.query("SELECT kind, body, target_signs FROM piece"):
        profile = PROFILES[row[0]]
        signs = count_signs(row[1])
        assert profile.min_signs * 0.9 <= signs <= profile.max_signs * 1.25, (row[0], signs)
        assert abs(signs - row[2]) <= row[2] * 0.3


def test_contributors_and_markdown(archive):
    store, _ = archive
    roles = Counter(r[0] for r in store.query("SELECT role FROM piece_contributor"))
    assert roles["author"] >= 400 and roles["interviewee"] > 0 and roles["photographer"] > 0
    assert (
        store.scalar(
            "SELECT count(*) FROM piece p WHERE NOT EXISTS (SELECT 1 FROM piece_contributor pc "
            "WHERE pc.piece_id = p.id AND pc.role = 'author')"
        )
        == 0
    )
    assert (
        store.scalar(
            "SELECT count(*) FROM piece p WHERE kind = 'interview' AND NOT EXISTS "
            "(SELECT 1 FROM piece_contributor pc WHERE pc.piece_id = p.id AND pc.role = 'interviewee')"
        )
        == 0
    )
    assert store.scalar("SELECT count(DISTINCT contributor_id) FROM piece_contributor") >= 20
    assert (
        store.scalar(
            "SELECT count(*) FROM contributor c JOIN piece_contributor pc ON "
            "pc.contributor_id = c.id WHERE pc.role = 'interviewee' AND c.bio = ''"
        )
        == 0
    )
    for row in store.query(
        "SELECT kind, body, standfirst FROM piece WHERE kind IN ('interview', 'reportage', 'dossier')"
    ):
        assert row[2]
        if row[0] == "interview":
            assert "\n\n**" in "\n\n" + row[1]
            assert count_footnotes(row[1]) == 1
        if row[0] == "reportage":
            assert 1 <= count_footnotes(row[1]) <= 3
        if row[0] == "dossier":
            assert "\n## " in row[1]


def test_existing_publication_refused(store):
    build_demo_archive(store, 1, 3, seed=1, publication="Démo")
    with pytest.raises(ValidationError):
        build_demo_archive(store, 1, 3, seed=1, publication="démo")
    assert store.scalar("SELECT count(*) FROM piece") == 3


def test_second_archive_beside_existing_data(store, publication):
    from workbench.pieces import create_piece

    create_piece(
        store, publication, "edito", "Un édito à nous", contributors=[("Anne Aubrac", "author")]
    )
    result = build_demo_archive(store, 2, 20, seed=5)
    assert (
        store.scalar(
            "SELECT count(*) FROM piece WHERE publication_id = ?", (result.publication_id,)
        )
        == 20
    )
    from workbench.integrity import check_store

    assert check_store(store) == []


def test_long_interview(store):
    result = build_demo_archive(store, 1, 5, seed=2)
    piece_id = add_long_interview(store, result.publication_id, seed=2)
    row = store.query_one("SELECT kind, body, issue_id FROM piece WHERE id = ?", (piece_id,))
    assert row["kind"] == "interview" and row["issue_id"] is None
    assert 95_000 <= len(row["body"]) <= 115_000
    assert row["body"].count("\n\n**") >= 20


def test_cli_long_interview_prints_id(tmp_path, capsys):
    from bench.demo_archive import main

    path = tmp_path / "x.sqlite"
    assert (
        main(
            [
                "--db",
                str(path),
                "--issues",
                "1",
                "--pieces",
                "4",
                "--with-long-interview",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Interview longue : papier 5" in out


def test_lay_out_is_consistent_for_many_sizes():
    rng = random.Random(0)
    for _ in range(200):
        page_count = rng.choice((8, 16, 36, 68, 100))
        sizes = [rng.randint(1, 9) for _ in range(rng.randint(0, 40))]
        first_pages, slots = lay_out(rng, page_count, sizes)
        pages: list[int] = []
        for first, count in [(s.first_page, s.page_count) for s in slots] + [
            (f, c) for f, c in zip(first_pages, sizes, strict=True) if f is not None
        ]:
            pages += range(first, first + count)
        assert len(pages) == len(set(pages))
        assert all(1 <= p <= page_count for p in pages)


def test_plan_issues_spread_over_years():
    plans = plan_issues(random.Random(0), 40)
    assert [p.number for p in plans] == list(range(1, 41))
    assert (plans[-1].closing_date - plans[0].closing_date).days > 3 * 365
    assert all(p.release_date > p.closing_date for p in plans)
    assert plans[-1].status == "planned" and plans[0].status == "published"


def test_helpers():
    assert split_counts(10, 3) == [4, 3, 3]
    assert split_counts(5, 0) == []
    assert de("le parcours client") == "du parcours client"
    assert de("les clients") == "des clients"
    assert de("l’effort client") == "de l’effort client"
    assert de("la fidélisation") == "de la fidélisation"
    assert de("Atlas") == "d’Atlas"
    text = TextMaker(random.Random(1), pool_size=50)
    assert all(s[0].isupper() and s[-1] in ".?" for s in text.sentences)


def test_a_build_goes_in_batches_each_committed(store, monkeypatch):
    """Each batch is its own transaction: what the previous ones wrote is committed
    (another connection sees it) before the next begins, so other writers wait one batch
    at most, never the whole build."""
    import sqlite3

    import bench.demo as demo

    monkeypatch.setattr(demo, "BATCH_PIECES", 7)
    other = sqlite3.connect(store.path, timeout=5)
    written: list[int] = []
    seen: list[int] = []
    original = demo._insert_pieces

    def insert_counting(conn, *args):
        seen.append(other.execute("SELECT count(*) FROM piece").fetchone()[0])
        original(conn, *args)
        written.append(len(args[-1]))

    monkeypatch.setattr(demo, "_insert_pieces", insert_counting)
    demo.build_demo_archive(store, 2, 30, seed=4)
    other.close()
    assert written == [7, 7, 7, 7, 2]
    assert seen == [0, 7, 14, 21, 28]


def test_a_build_that_fails_midway_leaves_nothing(store, monkeypatch):
    import bench.demo as demo

    monkeypatch.setattr(demo, "BATCH_PIECES", 5)
    done = []
    original = demo._insert_pieces

    def fail_on_the_third(conn, *args):
        if len(done) == 2:
            raise OSError("disque plein")
        original(conn, *args)
        done.append(1)

    monkeypatch.setattr(demo, "_insert_pieces", fail_on_the_third)
    with pytest.raises(OSError):
        demo.build_demo_archive(store, 2, 30, seed=4)
    for table in ("publication", "issue", "piece", "piece_contributor", "flatplan_slot"):
        assert store.scalar(f"SELECT count(*) FROM {table}") == 0, table
