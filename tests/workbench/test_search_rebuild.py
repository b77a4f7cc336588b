"""Rebuilding the search index in batches: in sync after every batch, and the same result."""

from workbench import pieces
from workbench.search import index_is_in_sync, rebuild_index, search


def test_a_batched_rebuild_mends_missing_and_extra_rows(store, publication):
    ids = [
        pieces.create_piece(store, publication, "breve", f"Brève {n}", body=f"omnicanal{n}")
        for n in range(7)
    ]
    pieces.set_contributors(store, ids[0], [("Ana Lopes", "author")])
    table, key = store.sql.INDEX_TABLE, store.sql.INDEX_KEY
    with store.raw_transaction() as conn:
        conn.execute(f"DELETE FROM {table} WHERE {key} IN (?, ?)", (ids[1], ids[5]))
        if store.dialect == "sqlite":  # PostgreSQL's index has a foreign key: no stray rows
            conn.execute("INSERT INTO piece_fts (rowid, title) VALUES (9999, 'fantôme')")
    assert not index_is_in_sync(store)
    assert rebuild_index(store, batch=2) == 7
    assert index_is_in_sync(store)
    assert [hit.piece_id for hit in search(store, "omnicanal5")] == [ids[5]]
    assert [hit.piece_id for hit in search(store, "lopes")] == [ids[0]]
