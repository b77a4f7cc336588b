"""Full-text search over pieces: SQLite's FTS5 index ``piece_fts``, or PostgreSQL's
tsvector index ``piece_search`` on a team store (their SQL is in :mod:`db.dialects`).

The index (migration 0002) is kept in sync by triggers and holds trashed pieces too;
:func:`search` leaves them out unless asked. What people type goes through
:func:`parse_terms`: words of letters and digits only, rendered as quoted strings, so no
typed text can be read as query syntax on either back-end.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from db.dialects import sqlite as sqlite_sql
from workbench.store import Store

log = logging.getLogger(__name__)

# Snippet highlight markers: the UI turns the text between them into bold.
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"

WEIGHTS = sqlite_sql.WEIGHTS  # title, standfirst, body, contributors
RANKING = sqlite_sql.RANKING
DEFAULT_LIMIT = 50
# A one-letter prefix would expand to a large part of the vocabulary (a second or more on
# 10,000 pieces, with no prefix index to help): its star is ignored.
MIN_PREFIX = 2

# What unicode61 keeps inside a token: letters, digits (and marks, dropped by folding).
_TOKEN = re.compile(r"[^\W_]+")
_TERM = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Restrictions on a search. Empty fields match everything."""

    issue: int | None = None  # numéro number
    kind: str = ""
    status: str = ""
    author: str = ""  # part of an author's name, case and accents ignored
    date_from: date | None = None  # published_at, or created_at when it is unknown
    date_to: date | None = None  # inclusive
    publication_id: int | None = None
    include_deleted: bool = False
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True, slots=True)
class SearchHit:
    piece_id: int
    title: str
    kind: str
    status: str
    issue_number: int | None
    authors: tuple[str, ...]
    rank: float  # bm25: lower is better
    snippet: str  # with MARK_START / MARK_END around matched words
    deleted: bool = False
    publication_id: int | None = None
    issue_id: int | None = None  # to select the piece in the tree


def fold_term(text: str) -> str:
    """Lower-case and strip diacritics, as the index's tokenizer does."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def parse_terms(text: str) -> list[tuple[list[str], bool]]:
    """What a person typed as terms: (folded tokens, prefix), ANDed.

    ``"several words"`` is a phrase; ``word*`` is a prefix (of two letters at least). A
    word the tokenizer would split (« l'expérience ») becomes a phrase of its parts.
    """
    terms: list[tuple[list[str], bool]] = []
    for match in _TERM.finditer(text):
        phrase, word = match.groups()
        if phrase is not None:
            tokens = _TOKEN.findall(fold_term(phrase))
            if tokens:
                terms.append((tokens, False))
            continue
        prefix = word.endswith("*")
        tokens = _TOKEN.findall(fold_term(word))
        if not tokens:
            continue
        terms.append((tokens, prefix and len(tokens[-1]) >= MIN_PREFIX))
    return terms


def parse_query(text: str) -> str:
    """The FTS5 MATCH expression for what a person typed; "" when there is nothing to find."""
    return sqlite_sql.match_expression(parse_terms(text))


SNIPPET_WORDS = 16
AUTHOR_SEPARATOR = "\x1f"  # between the names a back-end returns in one column


def _letter_classes() -> dict[str, str]:
    """For each plain letter, the letters that fold to it (« e »: e é è ê ë É…)."""
    classes: dict[str, set[str]] = {}
    for code in range(0x20, 0x250):
        char = chr(code)
        if not char.isalpha():
            continue
        base = fold_term(char)
        if len(base) == 1:
            classes.setdefault(base, {base}).update({char, char.lower(), char.upper()})
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in classes.items()}


_CLASSES = _letter_classes()
_WORD = re.compile(r"[^\W_]+")


def _term_pattern(terms: list[tuple[list[str], bool]]) -> re.Pattern[str] | None:
    """A pattern finding, in the original text, the words the terms name, whatever their
    accents and case (prefixes included)."""
    return _compiled_pattern(tuple((tuple(tokens), prefix) for tokens, prefix in terms))


@lru_cache(maxsize=64)
def _compiled_pattern(terms: tuple[tuple[tuple[str, ...], bool], ...]) -> re.Pattern[str] | None:
    words = []
    for tokens, prefix in terms:
        for number, token in enumerate(tokens):
            body = "".join(_CLASSES.get(ch, re.escape(ch)) for ch in token)
            open_end = prefix and number == len(tokens) - 1
            words.append(body + (r"[^\W_]*" if open_end else r"(?![^\W_])"))
    if not words:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(words) + ")")


def make_snippet(
    fields: list[str], terms: list[tuple[list[str], bool]], words: int = SNIPPET_WORDS
) -> str:
    """A snippet as FTS5 makes one, for a back-end that does not (PostgreSQL): about
    ``words`` words of the first field where a term appears (body, chapô, title: in the
    order given), around the first place they appear, the matched words between
    :data:`MARK_START` and :data:`MARK_END`, :data:`ELLIPSIS` where the text goes on."""
    pattern = _term_pattern(terms)
    if pattern is None:
        return ""
    for text in fields:
        first = pattern.search(text) if text else None
        if first is None:
            continue
        # Only the neighbourhood of the first match is read (bodies run to 100,000 signs).
        reach = words * 16
        low = max(0, first.start() - reach)
        high = min(len(text), first.end() + reach)
        spans = [m.span() for m in _WORD.finditer(text, low, high)]
        if low > 0 and spans and spans[0][0] == low:
            spans = spans[1:]  # a word cut by the neighbourhood's edge
        if high < len(text) and spans and spans[-1][1] == high:
            spans = spans[:-1]
        at = next((i for i, (_start, end) in enumerate(spans) if end > first.start()), 0)
        begin = max(0, min(at - words // 4, len(spans) - words))
        end = min(len(spans), begin + words)
        start_char = spans[begin][0] if begin > 0 or low > 0 else 0
        end_char = spans[end - 1][1] if end < len(spans) or high < len(text) else len(text)
        pieces: list[str] = [ELLIPSIS if start_char > 0 else ""]
        cursor = start_char
        for match in pattern.finditer(text, start_char, end_char):
            pieces += [text[cursor : match.start()], MARK_START, match.group(), MARK_END]
            cursor = match.end()
        pieces.append(text[cursor:end_char])
        pieces.append(ELLIPSIS if end_char < len(text) else "")
        return " ".join("".join(pieces).split())
    return ""


_MARKDOWN_NOISE = re.compile(r"\[\^\w+\]|\*\*|\\(?=[\\`*_\[\]<>#+\-.!|~:&])|^#+ ")


def clean_snippet(snippet: str) -> str:
    """A snippet without house-markdown syntax (footnote calls, bold marks, escapes)."""
    return _MARKDOWN_NOISE.sub("", snippet)


def split_snippet(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """The plain text of a snippet and the (start, end) spans to highlight in it."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for ch in snippet:
        if ch == MARK_START:
            start = length
        elif ch == MARK_END:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            text.append(ch)
            length += 1
    return "".join(text), spans


def _filter_sql(filters: SearchFilters) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if not filters.include_deleted:
        clauses.append("p.deleted_at IS NULL")
    if filters.publication_id is not None:
        clauses.append("p.publication_id = ?")
        params.append(filters.publication_id)
    if filters.issue is not None:
        clauses.append("i.number = ? AND i.deleted_at IS NULL")
        params.append(filters.issue)
    if filters.kind:
        clauses.append("p.kind = ?")
        params.append(filters.kind)
    if filters.status:
        clauses.append("p.status = ?")
        params.append(filters.status)
    if filters.author.strip():
        clauses.append(
            "EXISTS (SELECT 1 FROM piece_contributor pc JOIN contributor c "
            "ON c.id = pc.contributor_id WHERE pc.piece_id = p.id AND pc.role = 'author' "
            "AND wb_fold(c.name) LIKE ?)"
        )
        params.append(f"%{fold_term(filters.author.strip())}%")
    if filters.date_from is not None:
        clauses.append("coalesce(p.published_at, p.created_at) >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to is not None:
        clauses.append("coalesce(p.published_at, p.created_at) < ?")
        params.append((filters.date_to + timedelta(days=1)).isoformat())
    return "".join(f" AND {c}" for c in clauses), params


def search(store: Store, query: str, filters: SearchFilters | None = None) -> list[SearchHit]:
    """Pieces matching ``query``, best first (bm25 with :data:`WEIGHTS`, then piece id).

    One query: FTS5 ranks the matches itself (``ORDER BY rank``), so SQLite reads the
    pieces' rows and makes snippets only for the rows it returns, until ``limit`` rows
    pass the filters — not for every match (on 10,000 pieces, a common word matches
    nearly all of them, and each piece row read walks its body's overflow pages).
    """
    filters = filters or SearchFilters()
    terms = parse_terms(query)
    if not terms or filters.limit <= 0:
        return []
    sql = store.sql
    where, params = _filter_sql(filters)
    rows = store.query(
        sql.search_sql(where),
        sql.search_params(
            (MARK_START, MARK_END, ELLIPSIS), sql.match_expression(terms), params, filters.limit
        ),
    )
    if not rows:
        return []
    rows = sorted(rows, key=lambda row: (row["score"], row["id"]))  # ties: by piece id

    def snippet(row: Any) -> str:
        if sql.MAKES_SNIPPETS:  # the index made it
            return row["snippet"] or ""
        return make_snippet([row["body"], row["standfirst"], row["title"]], terms)

    if sql.AUTHORS_IN_ROWS:  # the names came with the rows (one round trip less)
        authors = {
            row["id"]: row["authors"].split(AUTHOR_SEPARATOR) if row["authors"] else []
            for row in rows
        }
    else:
        authors = _authors(store, [row["id"] for row in rows])
    return [
        SearchHit(
            piece_id=row["id"],
            title=row["title"],
            kind=row["kind"],
            status=row["status"],
            issue_number=row["number"],
            authors=tuple(authors.get(row["id"], ())),
            rank=row["score"],
            snippet=clean_snippet(snippet(row)),
            deleted=bool(row["deleted"]),
            publication_id=row["publication_id"],
            issue_id=row["issue_id"],
        )
        for row in rows
    ]


def _authors(store: Store, ids: list[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    rows = store.query(
        "SELECT pc.piece_id, c.name FROM piece_contributor pc JOIN contributor c "
        f"ON c.id = pc.contributor_id WHERE pc.role = 'author' AND pc.piece_id IN "
        f"({', '.join('?' * len(ids))}) ORDER BY pc.piece_id, pc.position",
        ids,
    )
    for row in rows:
        result.setdefault(row["piece_id"], []).append(row["name"])
    return result


REBUILD_BATCH = 500  # pieces per transaction: other writers wait a fraction of a second


def rebuild_index(store: Store, batch: int = REBUILD_BATCH) -> int:
    """Rebuild the search index from the pieces, a range of ids per transaction, so that other
    writers (the window's autosave, an import) never wait long. Each range is replaced
    whole, and the triggers keep concurrent writes indexed, so the index is in sync after
    every batch: a rebuild killed half-way leaves a usable index. Returns how many rows."""
    sql = store.sql
    highest = store.scalar("SELECT max(id) FROM piece") or 0
    start = 0
    while start <= highest:
        end = start + batch - 1
        with store.raw_transaction() as conn:
            sql.reindex_range(conn, start, end)
        start = end + 1
    with store.raw_transaction() as conn:  # rows of pieces that no longer exist
        sql.drop_stale_index_rows(conn, highest)
    sql.compact_index(store.raw_transaction)
    rows = store.scalar(sql.INDEX_COUNT_SQL)
    log.info("search index rebuilt: %s rows", rows)
    return rows


def index_is_in_sync(store: Store) -> bool:
    """Whether every piece, and only they, are in the index (a cheap check for ``check``)."""
    missing = store.scalar(store.sql.INDEX_MISSING_SQL)
    extra = store.scalar(store.sql.INDEX_EXTRA_SQL)
    return not missing and not extra
