"""Rebuilding the search index in batches: in sync after every batch, and the same result."""

from workbench import pieces
from workbench.search import index_is_in_sync, rebuild_index


def test_a_batched_rebuild_mends_missing_and_extra_rows(store, publication):
    ids = [
        pieces.create_piece(store, publication, "breve", f"Brève {n}", body=f"omnicanal{n}")
        for n in range(7)
    ]
    pieces.set_contributors(store, ids[0], [("Ana Lopes", "author")])
    with store.raw_transaction() as conn:
        conn.execute("DELETE FROM piece_fts WHERE rowid IN (?, ?)", (ids[1], ids[5]))
        conn.execute("INSERT INTO piece_fts (rowid, title) VALUES (9999, 'fantôme')")
    assert not index_is_in_sync(store)
    assert rebuild_index(store, batch=2) == 7
    assert index_is_in_sync(store)
    found = {
        r[0] for r in store.query("SELECT rowid FROM piece_fts WHERE piece_fts MATCH 'omnicanal5'")
    }
    assert found == {ids[5]}
    assert store.query("SELECT rowid FROM piece_fts WHERE piece_fts MATCH 'lopes'")[0][0] == ids[0]
