"""search index: FTS5 table piece_fts (PostgreSQL: tsvector table piece_search) kept in sync by triggers

Revision ID: 0002
Revises: 0001

The index holds every piece, trashed ones included (search filters them out at query
time, so the Corbeille stays searchable). Triggers are the one place that keeps it in
sync: they run inside the transaction of whatever statement changed a piece, its
contributors or a contributor's name, whoever issued it (ORM session, raw SQL, purge).
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Names of the credited contributors of a piece, one string; used by every trigger.
_NAMES = """coalesce((SELECT group_concat(c.name, ' ') FROM piece_contributor pc
    JOIN contributor c ON c.id = pc.contributor_id WHERE pc.piece_id = {piece}), '')"""

STATEMENTS = (
    """CREATE VIRTUAL TABLE piece_fts USING fts5(
        title, standfirst, body, contributors,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
    )""",
    f"""CREATE TRIGGER piece_fts_ai AFTER INSERT ON piece BEGIN
        INSERT INTO piece_fts (rowid, title, standfirst, body, contributors)
        VALUES (new.id, new.title, new.standfirst, new.body, {_NAMES.format(piece="new.id")});
    END""",
    f"""CREATE TRIGGER piece_fts_au AFTER UPDATE OF title, standfirst, body ON piece
    WHEN old.title IS NOT new.title OR old.standfirst IS NOT new.standfirst
        OR old.body IS NOT new.body BEGIN
        DELETE FROM piece_fts WHERE rowid = old.id;
        INSERT INTO piece_fts (rowid, title, standfirst, body, contributors)
        VALUES (new.id, new.title, new.standfirst, new.body, {_NAMES.format(piece="new.id")});
    END""",
    """CREATE TRIGGER piece_fts_ad AFTER DELETE ON piece BEGIN
        DELETE FROM piece_fts WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER piece_fts_credit_ai AFTER INSERT ON piece_contributor BEGIN
        UPDATE piece_fts SET contributors = {_NAMES.format(piece="new.piece_id")}
        WHERE rowid = new.piece_id;
    END""",
    f"""CREATE TRIGGER piece_fts_credit_ad AFTER DELETE ON piece_contributor BEGIN
        UPDATE piece_fts SET contributors = {_NAMES.format(piece="old.piece_id")}
        WHERE rowid = old.piece_id;
    END""",
    f"""CREATE TRIGGER piece_fts_credit_au AFTER UPDATE ON piece_contributor BEGIN
        UPDATE piece_fts SET contributors = {_NAMES.format(piece="old.piece_id")}
        WHERE rowid = old.piece_id;
        UPDATE piece_fts SET contributors = {_NAMES.format(piece="new.piece_id")}
        WHERE rowid = new.piece_id;
    END""",
    f"""CREATE TRIGGER piece_fts_contributor_au AFTER UPDATE OF name ON contributor
    WHEN old.name IS NOT new.name BEGIN
        UPDATE piece_fts SET contributors = {_NAMES.format(piece="piece_fts.rowid")}
        WHERE rowid IN (SELECT piece_id FROM piece_contributor WHERE contributor_id = new.id);
    END""",
    f"""INSERT INTO piece_fts (rowid, title, standfirst, body, contributors)
        SELECT p.id, p.title, p.standfirst, p.body, {_NAMES.format(piece="p.id")} FROM piece p""",
)

TRIGGERS = (
    "piece_fts_ai",
    "piece_fts_au",
    "piece_fts_ad",
    "piece_fts_credit_ai",
    "piece_fts_credit_ad",
    "piece_fts_credit_au",
    "piece_fts_contributor_au",
)


# PostgreSQL: a tsvector per piece in ``piece_search`` (GIN index), weighted A title,
# B chapô, C contributors, D body, through the text search configuration ``workbench``
# (simple words, accents removed by unaccent, lower case), kept by triggers in the
# transaction of whatever statement changed a piece, its credits or a name.
_PG_DOCUMENT = """setweight(to_tsvector('workbench', coalesce(p.title, '')), 'A')
    || setweight(to_tsvector('workbench', coalesce(p.standfirst, '')), 'B')
    || setweight(to_tsvector('workbench', coalesce((SELECT string_agg(c.name, ' ')
        FROM piece_contributor pc JOIN contributor c ON c.id = pc.contributor_id
        WHERE pc.piece_id = p.id), '')), 'C')
    || setweight(to_tsvector('workbench', coalesce(p.body, '')), 'D')"""

PG_STATEMENTS = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # group_concat(value, separator): SQLite's aggregate, so the store's reads are one SQL.
    """CREATE FUNCTION wb_concat_step(state text, value text, separator text) RETURNS text
        LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN value IS NULL THEN state
            WHEN state IS NULL THEN value ELSE state || separator || value END $$""",
    "CREATE AGGREGATE group_concat(text, text) (SFUNC = wb_concat_step, STYPE = text)",
    "CREATE TEXT SEARCH CONFIGURATION workbench (COPY = simple)",
    """ALTER TEXT SEARCH CONFIGURATION workbench ALTER MAPPING FOR
        hword, hword_part, word, numword, numhword, hword_numpart WITH unaccent, simple""",
    # wb_fold: what SQLite's Python function of the same name does (accents, case).
    """CREATE FUNCTION wb_fold(value text) RETURNS text LANGUAGE sql STABLE AS
        $$ SELECT lower(unaccent(coalesce(value, ''))) $$""",
    """CREATE TABLE piece_search (
        piece_id integer PRIMARY KEY REFERENCES piece (id) ON DELETE CASCADE,
        document tsvector NOT NULL
    )""",
    # Kept uncompressed: ranking reads every matching document, and decompressing them
    # took half the time of a search for a common word.
    "ALTER TABLE piece_search ALTER COLUMN document SET STORAGE EXTERNAL",
    "CREATE INDEX ix_piece_search_document ON piece_search USING gin (document)",
    f"""CREATE FUNCTION wb_index_piece(piece integer) RETURNS void LANGUAGE sql AS $$
        INSERT INTO piece_search (piece_id, document)
        SELECT p.id, {_PG_DOCUMENT} FROM piece p WHERE p.id = piece
        ON CONFLICT (piece_id) DO UPDATE SET document = excluded.document
    $$""",
    """CREATE FUNCTION wb_piece_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM wb_index_piece(NEW.id);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER piece_search_ai AFTER INSERT ON piece
        FOR EACH ROW EXECUTE FUNCTION wb_piece_indexed()""",
    """CREATE TRIGGER piece_search_au AFTER UPDATE OF title, standfirst, body ON piece
        FOR EACH ROW WHEN (old.title IS DISTINCT FROM new.title
            OR old.standfirst IS DISTINCT FROM new.standfirst
            OR old.body IS DISTINCT FROM new.body)
        EXECUTE FUNCTION wb_piece_indexed()""",
    """CREATE FUNCTION wb_credit_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') AND EXISTS (SELECT 1 FROM piece WHERE id = OLD.piece_id) THEN
            PERFORM wb_index_piece(OLD.piece_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM wb_index_piece(NEW.piece_id);
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER piece_search_credit AFTER INSERT OR UPDATE OR DELETE ON piece_contributor
        FOR EACH ROW EXECUTE FUNCTION wb_credit_indexed()""",
    """CREATE FUNCTION wb_name_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM wb_index_piece(pc.piece_id) FROM piece_contributor pc
            WHERE pc.contributor_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER piece_search_name AFTER UPDATE OF name ON contributor
        FOR EACH ROW WHEN (old.name IS DISTINCT FROM new.name)
        EXECUTE FUNCTION wb_name_indexed()""",
    "SELECT wb_index_piece(id) FROM piece",
)

PG_DROP = (
    "DROP TABLE IF EXISTS piece_search",
    "DROP TRIGGER IF EXISTS piece_search_ai ON piece",
    "DROP TRIGGER IF EXISTS piece_search_au ON piece",
    "DROP TRIGGER IF EXISTS piece_search_credit ON piece_contributor",
    "DROP TRIGGER IF EXISTS piece_search_name ON contributor",
    "DROP FUNCTION IF EXISTS wb_piece_indexed, wb_credit_indexed, wb_name_indexed",
    "DROP FUNCTION IF EXISTS wb_index_piece, wb_fold",
    "DROP AGGREGATE IF EXISTS group_concat(text, text)",
    "DROP FUNCTION IF EXISTS wb_concat_step",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS workbench",
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in PG_STATEMENTS if postgres else STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DROP:
            op.execute(statement)
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS piece_fts")
