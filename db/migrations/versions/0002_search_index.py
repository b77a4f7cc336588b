"""search index: FTS5 table piece_fts kept in sync by triggers

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


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS piece_fts")
