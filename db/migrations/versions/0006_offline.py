"""offline: stable ids for what travels, and the offline file's memory of its server

Revision ID: 0006
Revises: 0005

A numéro taken offline is copied into a SQLite file and synced back later
(``workbench.offline``). For that, every row that travels gets a ``uid`` (a UUID) that is
the same on both sides, beside its local integer id: publications, rubriques, numéros,
pieces, slots, revisions, comments and pictures. Existing rows get one here; new rows
get one from the models or, for rows written in raw SQL, from a trigger.

* ``offline_origin``: in an offline file, where it was taken from (the server, the
  numéro or some of its pieces, who took it and when);
* ``offline_base``: in an offline file, what each travelling record looked like on each
  side at the end of the last sync, as a hash of its values (changes are found by
  comparing what is stored on each side with it: nothing is logged, so nothing a crash
  could lose; a side may store a record a little differently, the server stamping who
  wrote it for instance, without that being a change);
* ``sync_journal``: in an offline file, the sync under way (its id and plan), so that a
  sync cut short (network, kill -9) is finished by the next one;
* ``sync_receipt``: on the server, the syncs whose server part was committed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TRAVELLING = (
    "publication",
    "section",
    "issue",
    "piece",
    "flatplan_slot",
    "revision",
    "comment",
    "asset",
)

# SQLite has no UUID function: 16 random bytes written as one.
_SQLITE_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in TRAVELLING:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("uid", sa.String(), nullable=True))
            batch_op.create_index(f"ix_{table}_uid", ["uid"], unique=True)
        if postgres:
            op.execute(f"UPDATE {table} SET uid = gen_random_uuid()::text")
            op.execute(f"ALTER TABLE {table} ALTER COLUMN uid SET DEFAULT gen_random_uuid()::text")
        else:
            op.execute(f"UPDATE {table} SET uid = {_SQLITE_UUID}")
            op.execute(
                f"""CREATE TRIGGER {table}_uid AFTER INSERT ON {table}
                    FOR EACH ROW WHEN NEW.uid IS NULL BEGIN
                    UPDATE {table} SET uid = {_SQLITE_UUID} WHERE rowid = NEW.rowid;
                END"""
            )
    op.create_table(
        "offline_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server", sa.String(), nullable=False),
        sa.Column("server_id", sa.String(), nullable=False),
        sa.Column("issue_uid", sa.String(), nullable=False),
        sa.Column("pieces", sa.Text(), nullable=False),
        sa.Column("taken_by", sa.String(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "offline_base",
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("server_digest", sa.String(), nullable=False),
        sa.Column("offline_digest", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("uid", "kind"),
    )
    op.create_table(
        "sync_journal",
        sa.Column("sync_id", sa.String(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sync_id"),
    )
    op.create_table(
        "sync_receipt",
        sa.Column("sync_id", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("login", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("sync_id"),
    )
    if postgres:
        # Everyone of the team may record their own sync; the offline tables are unused
        # on a server (only the owner sees them).
        op.execute("GRANT SELECT, INSERT ON sync_receipt TO PUBLIC")
        op.execute("ALTER TABLE sync_receipt ENABLE ROW LEVEL SECURITY")
        op.execute("CREATE POLICY sync_receipt_read ON sync_receipt FOR SELECT USING (true)")
        op.execute(
            "CREATE POLICY sync_receipt_own ON sync_receipt FOR INSERT "
            "WITH CHECK (login = current_user AND wb_role() IS NOT NULL)"
        )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in ("sync_receipt", "sync_journal", "offline_base", "offline_origin"):
        op.drop_table(table)
    for table in TRAVELLING:
        if not postgres:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_uid")
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_uid")
            batch_op.drop_column("uid")
