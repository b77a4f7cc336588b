"""A process killed in the middle of a write leaves a journal: the next open recovers the
last committed state instead of calling the file damaged."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench import pieces
from workbench.store import Store

KILLED_WRITER = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = " + sys.argv[2])
conn.execute("PRAGMA cache_size = 1")  # spill the uncommitted pages into the file
conn.execute("BEGIN IMMEDIATE")
for n in range(3000):
    conn.execute(
        "INSERT INTO publication (name, tagline, footnote_style, narrow_nbsp, created_at, "
        "updated_at) VALUES (?, '', 'symbols', 1, '2026-01-01', '2026-01-01')",
        (f"Revue fantôme {n} " + "x" * 500,),
    )
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("journal", ["DELETE", "WAL"])
def test_a_write_killed_half_way_is_rolled_back_on_the_next_open(db_path, journal):
    with Store.open(db_path) as store:
        from workbench.catalog import create_publication

        publication = create_publication(store, "En-Contact")
        pieces.create_piece(store, publication, "edito", "Gardé")
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db_path), journal])
    assert killed.returncode == -9
    with Store.open(db_path) as store:
        assert [p.title for p in pieces.all_pieces(store)] == ["Gardé"]
        assert store.scalar("SELECT count(*) FROM publication") == 1
