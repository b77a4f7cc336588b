"""roles and rights, assignments, editorial comments, notices

Revision ID: 0005
Revises: 0004

Both back-ends get the tables and the person's role; a SQLite file has one person, who
may do everything. On PostgreSQL the server enforces the rules of ``workbench.rights``
itself, whatever program writes (the window, the command line, a script, ``psql``):

* only the people of the newsroom may connect: ``CONNECT`` is taken from ``PUBLIC`` and
  given to each person's database role (``workbench.team`` does it when adding someone);
* ``wb_role()`` is the connected person's role, read from ``person`` (the database's
  owner and superusers are the editor-in-chief); only the editor-in-chief writes
  ``person``, so nobody gives themselves a role;
* grants: everyone reads every table; the search index and the schema's version are
  written by no one but the owner's functions;
* row-level security on every table of the editorial domain, with policies per role;
  and, so that a refusal is one clear line and not « UPDATE 0 », triggers that raise
  (SQLSTATE 42501) with the rule's own sentence: a writer changing a piece not assigned
  to them or its place in the chemin de fer, the layout changing anything but the
  status, anyone but the editor-in-chief touching numéros, slots, publications,
  assignments or the team;
* the recorded person is the connected role, never a value the client sends: revisions'
  authors, comments' authors, notices' senders and the activity's logins are stamped by
  triggers, and a copy (``workbench.copying``) keeps its rows' own authors only when the
  editor-in-chief makes it.

Existing people of a team store become editors-in-chief (they could do everything
until now); the editor-in-chief then gives each their role.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CHIEF = "redaction-en-chef"

# Tables only the editor-in-chief writes (the plan, the house, the team's work).
CHIEF_TABLES = ("publication", "section", "issue", "flatplan_slot", "assignment")

# Tables whose rows belong to one piece: written by those who may edit the piece.
PIECE_ROW_TABLES = ("piece_contributor", "asset")

NEW_TABLES = ("assignment", "comment", "notice")

RLS_TABLES = (
    *CHIEF_TABLES,
    *PIECE_ROW_TABLES,
    "piece",
    "revision",
    "contributor",
    "person",
    "activity",
    "comment",
    "notice",
    "piece_lock",
)

_REFUSE = "RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = "

_ANYONE_COPYING = "current_setting('workbench.copying', true) = 'on'"
_ANYONE_COPYING_NOT = "current_setting('workbench.copying', true) IS DISTINCT FROM 'on'"


def _rewrite(function: str, old: str, new: str) -> str:
    """Replace ``old`` by ``new`` in the body of an existing function (written by an
    earlier migration), without writing its body twice."""
    old, new = old.replace("'", "''"), new.replace("'", "''")
    return f"""DO $$ BEGIN
        EXECUTE replace(pg_get_functiondef('{function}'::regproc), '{old}', '{new}');
    END $$"""


PG_STATEMENTS = (
    # Who is connected, as far as the newsroom's rules go.
    f"""CREATE FUNCTION wb_role() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN pg_has_role(current_user, (SELECT datdba FROM pg_database
                WHERE datname = current_database()), 'MEMBER') THEN '{CHIEF}'
            ELSE (SELECT role FROM person WHERE login = current_user) END
    $$""",
    # Whether the connected person may write a piece's text and fields.
    f"""CREATE FUNCTION wb_can_edit(target integer) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT CASE wb_role() WHEN '{CHIEF}' THEN true
            WHEN 'redacteur' THEN EXISTS (SELECT 1 FROM assignment a
                WHERE a.piece_id = target AND a.login = current_user)
            ELSE false END
    $$""",
    # A copy keeps its rows' authors, only when the editor-in-chief makes it.
    f"""CREATE FUNCTION wb_copying() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT coalesce(current_setting('workbench.copying', true), '') = 'on'
            AND coalesce(wb_role() = '{CHIEF}', false)
    $$""",
    # 0004's stamp and activity triggers stood aside for any session saying it copies.
    _rewrite("wb_piece_stamp", _ANYONE_COPYING_NOT, "NOT wb_copying()"),
    _rewrite("wb_piece_activity", _ANYONE_COPYING, "wb_copying()"),
    # The login column named by the trigger's argument is the connected role.
    """CREATE FUNCTION wb_stamp_login() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NOT wb_copying() THEN
            NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], current_user));
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER revision_stamp BEFORE INSERT ON revision
        FOR EACH ROW EXECUTE FUNCTION wb_stamp_login('author')""",
    """CREATE TRIGGER comment_stamp BEFORE INSERT ON comment
        FOR EACH ROW EXECUTE FUNCTION wb_stamp_login('author')""",
    """CREATE TRIGGER notice_stamp BEFORE INSERT ON notice
        FOR EACH ROW EXECUTE FUNCTION wb_stamp_login('actor')""",
    """CREATE TRIGGER activity_stamp BEFORE INSERT ON activity
        FOR EACH ROW EXECUTE FUNCTION wb_stamp_login('login')""",
    # Numéros, slots, publications, rubriques, assignments: the editor-in-chief's.
    f"""CREATE FUNCTION wb_chief_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF wb_role() IS DISTINCT FROM '{CHIEF}' THEN
            {_REFUSE} 'Seule la rédaction en chef peut changer ' || TG_ARGV[0] || '.';
        END IF;
        RETURN NULL;
    END $$""",
    *(
        f"""CREATE TRIGGER {table}_rights BEFORE INSERT OR UPDATE OR DELETE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION wb_chief_only('{what}')"""
        for table, what in (
            ("publication", "les publications"),
            ("section", "les rubriques"),
            ("issue", "les numéros"),
            ("flatplan_slot", "le chemin de fer"),
            ("assignment", "les attributions"),
        )
    ),
    # A piece: who may change which of its columns.
    f"""CREATE FUNCTION wb_piece_rights() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        who text := wb_role();
        changed text[];
        writers_statuses text[] := ARRAY['idee', 'commande', 'redaction', 'remis'];
    BEGIN
        IF who = '{CHIEF}' THEN
            RETURN coalesce(NEW, OLD);
        ELSIF TG_OP <> 'UPDATE' THEN
            {_REFUSE} 'Seule la rédaction en chef peut créer ou supprimer des papiers.';
        END IF;
        SELECT coalesce(array_agg(n.key), '{{}}') INTO changed
            FROM jsonb_each(to_jsonb(NEW)) n
            WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key
              AND n.key NOT IN ('version', 'updated_at', 'updated_by');
        IF who = 'redacteur' THEN
            IF NOT wb_can_edit(OLD.id) THEN
                {_REFUSE} 'Ce papier ne vous est pas attribué : votre rôle (rédacteur) '
                    'permet de le lire.';
            END IF;
            IF changed && ARRAY['publication_id', 'issue_id', 'section_id', 'position',
                    'first_page', 'page_count', 'due_date', 'deleted_at'] THEN
                {_REFUSE} 'Votre rôle (rédacteur) ne permet pas de changer le chemin de '
                    'fer, les numéros ou les papiers qui y sont.';
            END IF;
            IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
                    OLD.status = ANY (writers_statuses) AND NEW.status = ANY (writers_statuses)) THEN
                {_REFUSE} 'Votre rôle (rédacteur) permet de mener un papier jusqu''à « remis », '
                    'pas au-delà.';
            END IF;
            RETURN NEW;
        ELSIF who = 'maquettiste' THEN
            IF changed <@ ARRAY['status'] AND NEW.status = 'maquette' THEN
                RETURN NEW;
            END IF;
            {_REFUSE} 'Votre rôle (maquettiste) permet de mettre un papier « en maquette », '
                'pas de le modifier.';
        END IF;
        {_REFUSE} 'Votre rôle (' || coalesce(who, 'aucun') || ') ne permet pas de modifier '
            'les papiers.';
    END $$""",
    """CREATE TRIGGER piece_rights BEFORE INSERT OR UPDATE OR DELETE ON piece
        FOR EACH ROW EXECUTE FUNCTION wb_piece_rights()""",
    # A piece's own rows (versions, credits, pictures): those who may edit the piece.
    """CREATE FUNCTION wb_piece_row_rights() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        target integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.piece_id ELSE NEW.piece_id END;
    BEGIN
        IF NOT wb_can_edit(target) AND EXISTS (SELECT 1 FROM piece WHERE id = target) THEN
            """
    + _REFUSE
    + """'Ce papier ne vous est pas attribué : votre rôle ne permet pas de le modifier.';
        END IF;
        RETURN coalesce(NEW, OLD);
    END $$""",
    *(
        f"""CREATE TRIGGER {table}_rights BEFORE INSERT OR UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION wb_piece_row_rights()"""
        for table in (*PIECE_ROW_TABLES, "revision")
    ),
    # The team: the editor-in-chief adds and removes; each names themselves.
    f"""CREATE FUNCTION wb_person_rights() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF wb_role() = '{CHIEF}' THEN
            RETURN coalesce(NEW, OLD);
        ELSIF TG_OP = 'UPDATE' AND OLD.login = current_user AND NEW.login = OLD.login
                AND NEW.role = OLD.role THEN
            RETURN NEW;
        END IF;
        {_REFUSE} 'Seule la rédaction en chef peut changer l''équipe et les rôles.';
    END $$""",
    """CREATE TRIGGER person_rights BEFORE INSERT OR UPDATE OR DELETE ON person
        FOR EACH ROW EXECUTE FUNCTION wb_person_rights()""",
    # Comments: one's own words; resolving is for the piece's people and the chief.
    f"""CREATE FUNCTION wb_comment_rights() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF wb_role() IS NULL THEN
            {_REFUSE} 'Vous ne faites pas partie de l''équipe de cette base.';
        ELSIF TG_OP = 'UPDATE' THEN
            NEW.author := OLD.author;
            IF NEW.body IS DISTINCT FROM OLD.body AND OLD.author <> current_user THEN
                {_REFUSE} 'Seul l''auteur d''un commentaire peut en changer le texte.';
            END IF;
        ELSIF TG_OP = 'DELETE' AND OLD.author <> current_user
                AND wb_role() IS DISTINCT FROM '{CHIEF}' THEN
            {_REFUSE} 'Seuls l''auteur d''un commentaire et la rédaction en chef peuvent '
                'le supprimer.';
        END IF;
        RETURN coalesce(NEW, OLD);
    END $$""",
    """CREATE TRIGGER comment_rights BEFORE INSERT OR UPDATE OR DELETE ON comment
        FOR EACH ROW EXECUTE FUNCTION wb_comment_rights()""",
    # Check-outs: one's own; breaking another's is the editor-in-chief's.
    f"""CREATE FUNCTION wb_lock_rights() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF wb_role() = '{CHIEF}' THEN
            RETURN coalesce(NEW, OLD);
        ELSIF TG_OP = 'INSERT' AND NOT wb_can_edit(NEW.piece_id) THEN
            {_REFUSE} 'Ce papier ne vous est pas attribué : vous pouvez le lire, pas le prendre.';
        ELSIF TG_OP <> 'INSERT' AND OLD.login <> current_user THEN
            {_REFUSE} 'Seule la rédaction en chef peut reprendre un papier pris par '
                'quelqu''un d''autre.';
        END IF;
        RETURN coalesce(NEW, OLD);
    END $$""",
    """CREATE TRIGGER piece_lock_rights BEFORE INSERT OR UPDATE OR DELETE ON piece_lock
        FOR EACH ROW EXECUTE FUNCTION wb_lock_rights()""",
    # Letting a person connect is the database owner's grant: the editor-in-chief asks
    # for it through these (session_user: the connected login, whatever role it set).
    *(
        f"""CREATE FUNCTION wb_{name}(login text) RETURNS void LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = public AS $$
        BEGIN
            IF NOT (pg_has_role(session_user, (SELECT datdba FROM pg_database
                    WHERE datname = current_database()), 'MEMBER')
                OR EXISTS (SELECT 1 FROM person WHERE person.login = session_user
                    AND role = '{CHIEF}')) THEN
                {_REFUSE} 'Seule la rédaction en chef peut changer l''équipe et les rôles.';
            END IF;
            EXECUTE format('{grant} CONNECT ON DATABASE %I {to} %I', current_database(), login);
        END $$"""
        for name, grant, to in (("let_in", "GRANT", "TO"), ("let_out", "REVOKE", "FROM"))
    ),
    # Grants: only the newsroom connects; everyone reads; the index is the owner's.
    """DO $$ BEGIN
        EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC',
            current_database());
        EXECUTE (SELECT coalesce(string_agg(format('GRANT CONNECT ON DATABASE %I TO %I',
            current_database(), r.rolname), '; '), 'SELECT 1')
            FROM person p JOIN pg_roles r ON r.rolname = p.login);
    END $$""",
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC",
    *(f"GRANT INSERT, UPDATE, DELETE ON {table} TO PUBLIC" for table in RLS_TABLES),
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC",
    "ALTER FUNCTION wb_index_piece(integer) SECURITY DEFINER SET search_path = public",
    # Row-level security: the same rules, row by row (the owner is not bound by them).
    *(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" for table in RLS_TABLES),
    *(
        f"CREATE POLICY {table}_read ON {table} FOR SELECT USING (true)"
        for table in RLS_TABLES
        if table != "notice"
    ),
    *(
        f"""CREATE POLICY {table}_chief ON {table} FOR ALL
            USING (wb_role() = '{CHIEF}') WITH CHECK (wb_role() = '{CHIEF}')"""
        for table in RLS_TABLES
        if table != "notice"
    ),
    """CREATE POLICY piece_edit ON piece FOR UPDATE USING (true)
        WITH CHECK (wb_can_edit(id) OR wb_role() = 'maquettiste')""",
    *(
        f"""CREATE POLICY {table}_edit ON {table} FOR ALL
            USING (wb_can_edit(piece_id)) WITH CHECK (wb_can_edit(piece_id))"""
        for table in PIECE_ROW_TABLES
    ),
    "CREATE POLICY revision_edit ON revision FOR INSERT WITH CHECK (wb_can_edit(piece_id))",
    """CREATE POLICY contributor_name ON contributor FOR INSERT
        WITH CHECK (wb_role() = 'redacteur')""",
    """CREATE POLICY person_self ON person FOR UPDATE USING (login = current_user)
        WITH CHECK (login = current_user)""",
    """CREATE POLICY activity_own ON activity FOR INSERT
        WITH CHECK (login = current_user AND wb_role() IS NOT NULL)""",
    """CREATE POLICY comment_write ON comment FOR INSERT
        WITH CHECK (author = current_user AND wb_role() IS NOT NULL)""",
    # Anyone of the team replies and resolves; the trigger keeps words to their author.
    """CREATE POLICY comment_update ON comment FOR UPDATE USING (true)
        WITH CHECK (wb_role() IS NOT NULL)""",
    "CREATE POLICY comment_delete ON comment FOR DELETE USING (true)",
    # Deletes reach the triggers, which refuse in one line (and not « DELETE 0 »).
    "CREATE POLICY piece_delete ON piece FOR DELETE USING (true)",
    "CREATE POLICY notice_mine ON notice FOR SELECT USING (login = current_user)",
    """CREATE POLICY notice_send ON notice FOR INSERT
        WITH CHECK (actor = current_user AND wb_role() IS NOT NULL)""",
    """CREATE POLICY notice_read ON notice FOR UPDATE USING (login = current_user)
        WITH CHECK (login = current_user)""",
    "CREATE POLICY notice_drop ON notice FOR DELETE USING (login = current_user)",
    """CREATE POLICY piece_lock_own ON piece_lock FOR ALL USING (true)
        WITH CHECK (login = current_user AND wb_can_edit(piece_id))""",
    *(
        f"""CREATE TRIGGER {table}_announce AFTER INSERT OR UPDATE OR DELETE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION wb_announce()"""
        for table in NEW_TABLES
    ),
)

PG_DROP = (
    *(f"DROP TRIGGER IF EXISTS {table}_announce ON {table}" for table in NEW_TABLES),
    *(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY" for table in RLS_TABLES),
    "ALTER FUNCTION wb_index_piece(integer) SECURITY INVOKER",
    *(f"DROP TRIGGER IF EXISTS {table}_rights ON {table}" for table in CHIEF_TABLES),
    *(
        f"DROP TRIGGER IF EXISTS {table}_rights ON {table}"
        for table in (*PIECE_ROW_TABLES, "revision", "piece", "person", "comment")
    ),
    "DROP TRIGGER IF EXISTS piece_lock_rights ON piece_lock",
    "DROP TRIGGER IF EXISTS revision_stamp ON revision",
    "DROP TRIGGER IF EXISTS activity_stamp ON activity",
    _rewrite("wb_piece_stamp", "NOT wb_copying()", _ANYONE_COPYING_NOT),
    _rewrite("wb_piece_activity", "wb_copying()", _ANYONE_COPYING),
    "DROP FUNCTION IF EXISTS wb_chief_only, wb_piece_rights, wb_piece_row_rights",
    "DROP FUNCTION IF EXISTS wb_person_rights, wb_comment_rights, wb_lock_rights",
    "DROP TRIGGER IF EXISTS comment_stamp ON comment",
    "DROP TRIGGER IF EXISTS notice_stamp ON notice",
    "DROP FUNCTION IF EXISTS wb_stamp_login, wb_let_in, wb_let_out",
)

_DROP_POLICIES = """DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public' LOOP
        EXECUTE format('DROP POLICY %I ON %I', r.policyname, r.tablename);
    END LOOP;
END $$"""


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("piece_id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["piece_id"], ["piece.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("piece_id", "login", "role", name="uq_assignment_piece_login_role"),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_login"), ["login"], unique=False)
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("piece_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=False),
        sa.Column("anchor_start", sa.Integer(), nullable=True),
        sa.Column("anchor_end", sa.Integer(), nullable=True),
        sa.Column("anchor_text", sa.String(), nullable=False),
        sa.Column("anchor_lost", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["piece_id"], ["piece.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["parent_id"], ["comment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comment_piece_id"), ["piece_id"], unique=False)
    op.create_table(
        "notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("piece_id", sa.Integer(), nullable=True),
        sa.Column("comment_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("detail", sa.String(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["piece_id"], ["piece.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["comment_id"], ["comment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_login"), ["login"], unique=False)
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(), nullable=False, server_default=CHIEF))
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DROP:
            op.execute(statement)
        op.execute(_DROP_POLICIES)
        op.execute(
            "DO $$ BEGIN EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC', "
            "current_database()); END $$"
        )
        op.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("role")
    for table in ("notice", "comment", "assignment"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS wb_copying, wb_can_edit, wb_role")
