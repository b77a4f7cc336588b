"""piece state indexes: the tree's counts read indexes, not the pieces' bodies

Revision ID: 0003
Revises: 0002

Counting the pieces of a numéro (and how many are ready), of « Au marbre » and of the
Corbeille filters on ``deleted_at`` and ``status``, which SQLite stores after ``body``:
without these covering indexes every count walks the overflow pages of every body (a
tenth of a second on 10,000 pieces, at every start-up and refresh).
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("piece", schema=None) as batch_op:
        batch_op.create_index(
            "ix_piece_issue_state", ["issue_id", "deleted_at", "status"], unique=False
        )
        batch_op.create_index(
            "ix_piece_publication_state",
            ["publication_id", "deleted_at", "issue_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("piece", schema=None) as batch_op:
        batch_op.drop_index("ix_piece_publication_state")
        batch_op.drop_index("ix_piece_issue_state")
