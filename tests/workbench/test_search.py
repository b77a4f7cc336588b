"""Search: the query parser, ranking, accents, phrases, filters, and the index staying in sync."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from db.engine import head_revision
from workbench.catalog import IssueFields, create_issue
from workbench.pieces import (
    create_piece,
    move_pieces,
    purge_trash,
    restore_pieces,
    set_contributors,
    trash_pieces,
    update_piece,
)
from workbench.search import (
    DEFAULT_LIMIT,
    MARK_END,
    MARK_START,
    SearchFilters,
    index_is_in_sync,
    parse_query,
    rebuild_index,
    search,
    split_snippet,
)

# Parser ---------------------------------------------------------------------


def test_parse_words_are_folded_and_quoted():
    assert parse_query("Expérience  client") == '"experience" "client"'


def test_parse_phrase_and_prefix():
    assert parse_query('"relation client" expé*') == '"relation client" "expe"*'


def test_parse_one_letter_prefix_is_a_word():
    assert parse_query("c* co*") == '"c" "co"*'


def test_parse_word_split_by_the_tokenizer_becomes_a_phrase():
    assert parse_query("l’expérience") == '"l experience"'


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "AND",
        "NOT x",
        "a OR b",
        "col:val",
        "(x",
        "x)",
        "^start",
        "-y +z",
        "NEAR(a b)",
        '"unclosed',
        "*",
        "{a b}",
    ],
)
def test_parse_any_typed_text_is_safe(store, typed):
    # Every term is a quoted string: the back-end's query parser (FTS5's MATCH,
    # PostgreSQL's to_tsquery) must accept it without a syntax error.
    assert search(store, typed) == []
    expression = parse_query(typed)
    if expression and store.dialect == "sqlite":
        store.query("SELECT rowid FROM piece_fts WHERE piece_fts MATCH ?", (expression,))


def test_parse_nothing_to_find():
    assert parse_query("  ,;!  ") == ""


def test_split_snippet_gives_spans():
    text, spans = split_snippet(f"une {MARK_START}expérience{MARK_END} client")
    assert text == "une expérience client"
    assert [text[a:b] for a, b in spans] == ["expérience"]


# Search ---------------------------------------------------------------------


@pytest.fixture
def corpus(store, publication, issue82):
    issue90 = create_issue(store, publication, IssueFields(90))
    ids = {
        "title": create_piece(
            store,
            publication,
            "edito",
            "L’expérience client avant tout",
            issue_id=issue82,
            body="Un texte sur autre chose.",
            status="valide",
            contributors=[("Manuel Jacquinet", "author")],
            published_at=datetime(2014, 10, 26, 18, 23),
        ),
        "body": create_piece(
            store,
            publication,
            "reportage",
            "Forum de Davos",
            body="Les clients veulent une meilleure expérience, dit-on.\n\nLa stabulation libre.",
            contributors=[("H Caufield", "author")],
            issue_id=issue90,
            published_at=datetime(2013, 2, 6, 15, 36),
        ),
        "standfirst": create_piece(
            store,
            publication,
            "interview",
            "De retour de Singapour",
            standfirst="Un passionné d’expérience client répond.",
            body="**Une question ?**\n\nUne réponse.",
            contributors=[("Charles-Emmanuel Berc", "interviewee")],
            published_at=datetime(2024, 5, 3, 3, 37),
        ),
        "other": create_piece(
            store, publication, "breve", "Rien à voir", body="Le centre d’appels."
        ),
    }
    return ids


def _ids(hits):
    return [h.piece_id for h in hits]


def test_accents_are_ignored_both_ways(store, corpus):
    assert set(_ids(search(store, "experience"))) == {
        corpus["title"],
        corpus["body"],
        corpus["standfirst"],
    }
    assert _ids(search(store, "STABULATION")) == [corpus["body"]]
    assert _ids(search(store, "passionne")) == [corpus["standfirst"]]


def test_ranking_title_then_standfirst_then_body(store, corpus):
    assert _ids(search(store, "expérience")) == [
        corpus["title"],
        corpus["standfirst"],
        corpus["body"],
    ]


def test_phrase_must_be_contiguous(store, corpus):
    assert _ids(search(store, '"stabulation libre"')) == [corpus["body"]]
    assert search(store, '"libre stabulation"') == []


def test_prefix(store, corpus):
    assert _ids(search(store, "stabu*")) == [corpus["body"]]
    assert search(store, "stabu") == []


def test_contributors_are_searched(store, corpus):
    assert _ids(search(store, "caufield")) == [corpus["body"]]
    assert _ids(search(store, "berc")) == [corpus["standfirst"]]


def test_hit_carries_numero_authors_and_highlight(store, corpus):
    (hit,) = search(store, "stabulation")
    assert hit.issue_number == 90
    assert hit.issue_id == store.scalar("SELECT id FROM issue WHERE number = 90")
    assert hit.publication_id == store.scalar("SELECT id FROM publication")
    assert hit.kind == "reportage"
    assert hit.authors == ("H Caufield",)
    text, spans = split_snippet(hit.snippet)
    assert [text[a:b] for a, b in spans] == ["stabulation"]
    assert "La stabulation libre" in text


def test_filters(store, corpus):
    query = "experience"
    assert _ids(search(store, query, SearchFilters(issue=82))) == [corpus["title"]]
    assert _ids(search(store, query, SearchFilters(kind="interview"))) == [corpus["standfirst"]]
    assert _ids(search(store, query, SearchFilters(status="valide"))) == [corpus["title"]]
    assert _ids(search(store, query, SearchFilters(author="jacquinet"))) == [corpus["title"]]
    assert _ids(search(store, query, SearchFilters(author="caufield"))) == [corpus["body"]]
    # "Berc" is interviewed, not the author.
    assert search(store, query, SearchFilters(author="berc")) == []
    window = SearchFilters(date_from=date(2013, 1, 1), date_to=date(2014, 10, 26))
    assert set(_ids(search(store, query, window))) == {corpus["title"], corpus["body"]}
    assert _ids(search(store, query, SearchFilters(date_to=date(2013, 2, 6)))) == [corpus["body"]]
    assert len(search(store, query, SearchFilters(limit=1))) == 1


def test_index_follows_edits(store, corpus):
    update_piece(store, corpus["other"], body="Une expérience nouvelle.")
    assert corpus["other"] in _ids(search(store, "experience"))
    update_piece(store, corpus["other"], body="Plus rien.", title="Autre titre")
    assert corpus["other"] not in _ids(search(store, "experience"))
    assert _ids(search(store, "autre titre")) == [corpus["other"]]
    assert index_is_in_sync(store)


def test_index_follows_credits_and_renames(store, corpus):
    set_contributors(store, corpus["other"], [("Zoé Dupont", "author")])
    assert _ids(search(store, "zoe")) == [corpus["other"]]
    set_contributors(store, corpus["other"], [])
    assert search(store, "zoe") == []
    with store.raw_transaction() as conn:
        conn.execute(
            "UPDATE contributor SET name = 'Hubert Caufield-Nouveau' WHERE name = 'H Caufield'"
        )
    assert _ids(search(store, "nouveau")) == [corpus["body"]]


def test_moves_trash_restore_and_purge(store, publication, corpus):
    move_pieces(store, [corpus["body"]], None)
    (hit,) = search(store, "stabulation")
    assert hit.issue_number is None
    trash_pieces(store, [corpus["body"]])
    assert search(store, "stabulation") == []
    (hit,) = search(store, "stabulation", SearchFilters(include_deleted=True))
    assert hit.deleted
    restore_pieces(store, [corpus["body"]])
    assert _ids(search(store, "stabulation")) == [corpus["body"]]
    trash_pieces(store, [corpus["body"]])
    purge_trash(store, publication)
    sql = store.sql
    indexed = f"SELECT count(*) FROM {sql.INDEX_TABLE} WHERE {sql.INDEX_KEY} = ?"
    assert store.scalar(indexed, (corpus["body"],)) == 0
    assert index_is_in_sync(store)


def test_failed_transaction_leaves_index_unchanged(store, corpus):
    with pytest.raises(RuntimeError), store.raw_transaction() as conn:
        conn.execute("UPDATE piece SET body = 'zzzunique' WHERE id = ?", (corpus["other"],))
        raise RuntimeError
    assert search(store, "zzzunique") == []


def test_rebuild_index_repairs_it(store, corpus):
    with store.raw_transaction() as conn:
        conn.execute(f"DELETE FROM {store.sql.INDEX_TABLE}")
    assert not index_is_in_sync(store)
    assert rebuild_index(store) == 4
    assert index_is_in_sync(store)
    assert _ids(search(store, "stabulation")) == [corpus["body"]]


# Migration ------------------------------------------------------------------


def test_upgrade_from_0001_keeps_and_indexes_data(db_path):
    from alembic import command

    from db.engine import alembic_config
    from workbench.store import Store

    command.upgrade(alembic_config(db_path), "0001")
    conn = sqlite3.connect(db_path)
    now = "2024-01-01 00:00:00.000000"
    conn.execute(
        "INSERT INTO publication (id, name, tagline, footnote_style, narrow_nbsp, created_at, updated_at) "
        "VALUES (1, 'En-Contact', '', 'symbols', 1, ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO piece (id, publication_id, kind, title, standfirst, body, status, position, "
        "page_count, signature_note, version, created_at, updated_at) "
        "VALUES (7, 1, 'edito', 'Vieux titre', '', 'Une expérience ancienne.', 'idee', 0, 1, '', 1, ?, ?)",
        (now, now),
    )
    conn.execute("INSERT INTO contributor (id, name, bio) VALUES (3, 'Manuel Jacquinet', '')")
    conn.execute("INSERT INTO piece_contributor VALUES (7, 3, 'author', 0)")
    conn.commit()
    conn.close()

    with Store.open(db_path) as store:
        assert store.upgraded
        assert store.scalar("SELECT version_num FROM alembic_version") == head_revision()
        assert store.scalar("SELECT title FROM piece WHERE id = 7") == "Vieux titre"
        assert _ids(search(store, "experience")) == [7]
        assert _ids(search(store, "jacquinet")) == [7]


def test_downgrade_removes_index(db_path):
    from alembic import command

    from db.engine import alembic_config
    from workbench.store import Store

    Store.open(db_path).close()
    command.downgrade(alembic_config(db_path), "0001")
    conn = sqlite3.connect(db_path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert not any(n.startswith("piece_fts") for n in names)


# Many pieces (the time is the benchmark's: make bench) ---------------------------


def test_search_on_thousands_of_pieces_keeps_the_best_first(store, publication):
    words = ["client", "centre", "appels", "expérience", "relation", "marché", "conseil", "données"]
    body = " ".join(words[i % len(words)] + f"{i % 97}" for i in range(400))
    with store.raw_transaction() as conn:
        conn.executemany(
            "INSERT INTO piece (publication_id, kind, title, standfirst, body, status, position, "
            "page_count, signature_note, version, created_at, updated_at) "
            "VALUES (?, 'reportage', ?, '', ?, 'idee', ?, 1, '', 1, '2024-01-01', '2024-01-01')",
            [
                (publication, f"Papier {n} {words[n % 8]}", f"{body} expérience client", n)
                for n in range(5000)
            ],
        )
    for query in ("client", "expérience client", '"expérience client"', "cons*", "marche"):
        hits = search(store, query)
        assert len(hits) == DEFAULT_LIMIT, query
    # « marche » is in every body and in the title of one piece in eight: those come first.
    assert all("marché" in hit.title for hit in search(store, "marche"))


# Snippets made outside the index (PostgreSQL) --------------------------------------


def _snippet(text, query, words=8):
    from workbench.search import make_snippet, parse_terms

    return (
        make_snippet([text], parse_terms(query), words)
        .replace(MARK_START, "[")
        .replace(MARK_END, "]")
    )


def test_a_made_snippet_marks_words_whatever_their_accents_and_case():
    assert _snippet("L'Expérience client, l'experience des conseillers.", "expérience") == (
        "L'[Expérience] client, l'[experience] des conseillers."
    )


def test_a_made_snippet_marks_prefixes_and_phrases():
    text = "Les téléconseillers du centre de contacts de Rabat."
    assert _snippet(text, "télé*") == "Les [téléconseillers] du centre de contacts de Rabat."
    assert _snippet(text, '"centre de contacts"') == (
        "Les téléconseillers du [centre] [de] [contacts] [de] Rabat."
    )
    assert _snippet(text, "tele") == ""  # a whole word, not a prefix


def test_a_made_snippet_is_a_window_with_ellipses_where_the_text_goes_on():
    text = (
        " ".join(f"mot{n}" for n in range(40))
        + " omnicanal "
        + " ".join(f"fin{n}" for n in range(40))
    )
    found = _snippet(text, "omnicanal", words=8)
    assert found == "…mot38 mot39 [omnicanal] fin0 fin1 fin2 fin3 fin4…"  # as FTS5 writes them


def test_a_made_snippet_takes_the_first_field_that_matches():
    from workbench.search import make_snippet, parse_terms

    made = make_snippet(["Le corps.", "Le chapô parle de Davos.", "Titre"], parse_terms("davos"))
    assert made == f"Le chapô parle de {MARK_START}Davos{MARK_END}."
