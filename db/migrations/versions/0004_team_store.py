"""team store: who did what, check-outs, and the change signal

Revision ID: 0004
Revises: 0003

Both back-ends get the tables; what a server must do for several people at once is done
on PostgreSQL by triggers, so it holds for every writer (the window, the command line, a
script, psql):

* ``person``: the display name of each login (« Claire Martin » for ``cmartin``).
* ``piece.updated_by`` (a trigger on PostgreSQL) and ``revision.author`` (written with the
  revision): the login that last saved the piece / wrote that version.
* ``activity``: one row per save, move, placement, status change, creation, trashing and
  export, with its login (PostgreSQL: from the piece's triggers; both: exports).
* ``piece_lock``: a piece checked out for writing (InCopy's assignments), by whom, since
  when, and the holder's last sign of life.
* A copy (``copy-to``, which sets ``workbench.copying``) keeps the rows' own authors and
  history: the stamping and activity triggers stand aside.
* PostgreSQL only: each statement that changes a table announces it on the channel
  ``workbench_changes`` (payload: the table and the writer's session), so every other
  window refreshes within a second or two.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Tables whose changes other windows must see.
WATCHED = (
    "publication",
    "section",
    "issue",
    "piece",
    "piece_contributor",
    "contributor",
    "revision",
    "flatplan_slot",
    "asset",
    "piece_lock",
    "person",
)

PG_STATEMENTS = (
    """CREATE FUNCTION wb_announce() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('workbench_changes',
            TG_TABLE_NAME || ':' || coalesce(current_setting('workbench.session', true), ''));
        RETURN NULL;
    END $$""",
    *(
        f"""CREATE TRIGGER {table}_announce AFTER INSERT OR UPDATE OR DELETE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION wb_announce()"""
        for table in WATCHED
    ),
    # Who saved a piece last: the login of the session, whatever program it runs.
    """CREATE FUNCTION wb_piece_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF current_setting('workbench.copying', true) IS DISTINCT FROM 'on' THEN
            NEW.updated_by := current_user;
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER piece_stamp BEFORE INSERT OR UPDATE ON piece
        FOR EACH ROW EXECUTE FUNCTION wb_piece_stamp()""",
    # What happened to a piece, and who did it.
    """CREATE FUNCTION wb_piece_activity() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        what text;
        detail text := '';
    BEGIN
        IF current_setting('workbench.copying', true) = 'on' THEN
            RETURN NULL;  -- a copy (copy-to) brings its own history
        ELSIF TG_OP = 'INSERT' THEN
            what := 'create';
        ELSIF NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN
            what := 'trash';
        ELSIF NEW.deleted_at IS NULL AND OLD.deleted_at IS NOT NULL THEN
            what := 'restore';
        ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
            what := 'status';
            detail := OLD.status || ' -> ' || NEW.status;
        ELSIF NEW.issue_id IS DISTINCT FROM OLD.issue_id THEN
            what := 'move';
        ELSIF NEW.first_page IS DISTINCT FROM OLD.first_page
            OR NEW.page_count IS DISTINCT FROM OLD.page_count THEN
            what := 'place';
            detail := coalesce(NEW.first_page::text, '') || '+' || NEW.page_count::text;
        ELSIF NEW.title IS DISTINCT FROM OLD.title OR NEW.standfirst IS DISTINCT FROM OLD.standfirst
            OR NEW.body IS DISTINCT FROM OLD.body THEN
            what := 'save';
        ELSIF NEW.position IS DISTINCT FROM OLD.position THEN
            what := 'move';
        ELSE
            RETURN NULL;
        END IF;
        INSERT INTO activity (at, login, action, piece_id, issue_id, detail)
        VALUES (timezone('UTC', now()), current_user, what, NEW.id, NEW.issue_id, detail);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER piece_activity AFTER INSERT OR UPDATE ON piece
        FOR EACH ROW EXECUTE FUNCTION wb_piece_activity()""",
)

PG_DROP = (
    "DROP TRIGGER IF EXISTS piece_activity ON piece",
    "DROP TRIGGER IF EXISTS piece_stamp ON piece",
    *(f"DROP TRIGGER IF EXISTS {table}_announce ON {table}" for table in WATCHED),
    "DROP FUNCTION IF EXISTS wb_announce, wb_piece_stamp, wb_piece_activity",
)


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("login"),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("piece_id", sa.Integer(), nullable=True),
        sa.Column("issue_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_piece_id"), ["piece_id"], unique=False)
    op.create_table(
        "piece_lock",
        sa.Column("piece_id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("session", sa.String(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["piece_id"], ["piece.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("piece_id"),
    )
    with op.batch_alter_table("piece", schema=None) as batch_op:
        batch_op.add_column(sa.Column("updated_by", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author", sa.String(), nullable=False, server_default=""))
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DROP:
            op.execute(statement)
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.drop_column("author")
    with op.batch_alter_table("piece", schema=None) as batch_op:
        batch_op.drop_column("updated_by")
    op.drop_table("piece_lock")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_piece_id"))
    op.drop_table("activity")
    op.drop_table("person")
