"""Who may do what: the table of rules, every right of every role through the services
and, on PostgreSQL, through a raw connection as that person (the server's own grants,
row-level security and triggers), and the recorded person that cannot be forged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from workbench import rights
from workbench.rights import ROLES, Right, RightsError, Role, refusal

pytestmark = pytest.mark.sqlite_only  # the team store's own tests, below, need a server


# The table --------------------------------------------------------------------------


EXPECTED = {  # role -> the rights it has on a piece assigned to the person
    "redaction-en-chef": set(Right),
    "redacteur": {Right.READ, Right.COMMENT, Right.EDIT_PIECE, Right.SET_STATUS},
    "maquettiste": {Right.READ, Right.COMMENT, Right.EXPORT, Right.SET_STATUS},
    "lecteur": {Right.READ, Right.COMMENT},
}


@pytest.mark.parametrize("role", ROLES)
def test_the_table_gives_each_role_its_rights(role):
    allowed = {right for right in Right if refusal(role, right, assigned=True) is None}
    assert allowed == EXPECTED[role]


def test_a_writer_edits_only_the_pieces_assigned_to_them():
    assert refusal("redacteur", Right.EDIT_PIECE, assigned=True) is None
    reason = refusal("redacteur", Right.EDIT_PIECE, assigned=False)
    assert reason is not None and "pas attribué" in reason
    assert refusal("redaction-en-chef", Right.EDIT_PIECE, assigned=False) is None


@pytest.mark.parametrize(
    ("role", "status", "from_status", "allowed"),
    [
        ("redacteur", "remis", "redaction", True),
        ("redacteur", "relecture", "remis", False),
        ("redacteur", "redaction", "valide", False),  # no pulling a piece back from layout
        ("maquettiste", "maquette", "valide", True),
        ("maquettiste", "valide", "maquette", False),
        ("lecteur", "remis", "redaction", False),
        ("redaction-en-chef", "idee", "maquette", True),
    ],
)
def test_statuses_each_role_may_set(role, status, from_status, allowed):
    reason = refusal(role, Right.SET_STATUS, assigned=True, status=status, from_status=from_status)
    assert (reason is None) is allowed, reason


def test_someone_outside_the_team_only_reads():
    for right in Right:
        assert refusal(None, right) is not None
    assert rights.settable_statuses(None) == frozenset()


def test_an_unknown_role_is_named_with_the_roles_there_are():
    with pytest.raises(rights.StoreError, match="redacteur"):
        rights.parse_role("stagiaire")


def test_a_sqlite_file_allows_everything(store):
    assert store.role == Role.CHIEF
    for right in Right:
        rights.require(store, right, piece_ids=[1])  # not even read: nothing to check


# Every right of every role on a team store ----------------------------------------------


@dataclass
class Newsroom:
    chief: Any
    person: Any
    login: str
    publication: int
    issue: int
    own: int  # assigned to the person
    other: int  # assigned to nobody
    spare: int  # trashed, placed, deleted…
    slot: int


def _newsroom(team_store, open_as, role: str) -> Newsroom:
    from workbench.assignments import assign
    from workbench.catalog import IssueFields, create_issue, create_publication
    from workbench.flatplan.slots import add_slot
    from workbench.pieces import create_piece

    chief = team_store
    publication = create_publication(chief, "En-Contact")
    issue = create_issue(chief, publication, IssueFields(120, "Le client", 32))
    pieces = [
        create_piece(chief, publication, "edito", title, issue_id=issue, body="Premier jet.")
        for title in ("À soi", "À personne", "De rechange")
    ]
    slot = add_slot(chief, issue, "ad", 32)
    login = "wb_" + role.replace("-", "_")
    person = open_as(login, role)
    assign(chief, pieces[0], login, due=date(2026, 12, 1))
    return Newsroom(chief, person, login, publication, issue, *pieces, slot)


def _service_actions(n: Newsroom) -> list[tuple[str, Right, dict, Callable[[], Any]]]:
    from workbench import checkout
    from workbench.assignments import assign
    from workbench.catalog import IssueFields, create_issue, set_footnote_style
    from workbench.comments import add_comment
    from workbench.flatplan.changes import place_piece, set_status
    from workbench.flatplan.slots import update_slot
    from workbench.pieces import create_piece, trash_pieces, update_piece
    from workbench.team import add_member

    p = n.person
    return [
        (
            "edit own",
            Right.EDIT_PIECE,
            {"assigned": True},
            lambda: update_piece(p, n.own, body="Mon texte."),
        ),
        (
            "edit other",
            Right.EDIT_PIECE,
            {"assigned": False},
            lambda: update_piece(p, n.other, body="Pas à moi."),
        ),
        (
            "status valide own",
            Right.SET_STATUS,
            {"assigned": True, "status": "valide", "from_status": "idee"},
            lambda: set_status(p, [n.own], "valide"),
        ),
        (
            "status remis own",
            Right.SET_STATUS,
            {"assigned": True, "status": "remis", "from_status": "idee"},
            lambda: set_status(p, [n.own], "remis"),
        ),
        (
            "status maquette other",
            Right.SET_STATUS,
            {"assigned": False, "status": "maquette", "from_status": "idee"},
            lambda: set_status(p, [n.other], "maquette"),
        ),
        ("place", Right.PLAN, {}, lambda: place_piece(p, n.spare, n.issue, 5)),
        ("slot", Right.PLAN, {}, lambda: update_slot(p, n.slot, label="Pub")),
        ("new issue", Right.PLAN, {}, lambda: create_issue(p, n.publication, IssueFields(121))),
        ("new piece", Right.PLAN, {}, lambda: create_piece(p, n.publication, "breve", "Brève")),
        ("trash", Right.PLAN, {}, lambda: trash_pieces(p, [n.spare])),
        ("settings", Right.SETTINGS, {}, lambda: set_footnote_style(p, n.publication, "numbers")),
        ("assign", Right.ASSIGN, {}, lambda: assign(p, n.other, n.login)),
        (
            "team",
            Right.MANAGE_TEAM,
            {},
            lambda: add_member(p, "wb_intrus", "Intrus", "lecteur", "x"),
        ),
        ("comment", Right.COMMENT, {}, lambda: add_comment(p, n.other, "Une remarque.")),
        ("export", Right.EXPORT, {}, lambda: rights.require(p, Right.EXPORT)),
        ("take own", Right.EDIT_PIECE, {"assigned": True}, lambda: checkout.take(p, n.own)),
    ]


def _snapshot(store) -> list:
    tables = ("piece", "issue", "flatplan_slot", "publication", "assignment", "person")
    return [
        [tuple(row) for row in store.query(f"SELECT * FROM {table} ORDER BY 1")] for table in tables
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_right_of_every_role_through_the_services(team_store, open_as, role):
    n = _newsroom(team_store, open_as, role)
    for name, right, context, action in _service_actions(n):
        allowed = rights.may(role, right, **context)
        before = _snapshot(n.chief)
        if allowed:
            action()
        else:
            with pytest.raises(RightsError):
                action()
            assert _snapshot(n.chief) == before, f"{role}: « {name} » refused but wrote"
        n.person.refresh_role()


def _raw_actions(n: Newsroom) -> list[tuple[str, Right, dict, str]]:
    own, other, spare = n.own, n.other, n.spare
    return [
        (
            "edit own",
            Right.EDIT_PIECE,
            {"assigned": True},
            f"UPDATE piece SET body = 'x' WHERE id = {own}",
        ),
        (
            "edit other",
            Right.EDIT_PIECE,
            {"assigned": False},
            f"UPDATE piece SET body = 'x' WHERE id = {other}",
        ),
        (
            "revision own",
            Right.EDIT_PIECE,
            {"assigned": True},
            f"INSERT INTO revision (piece_id, created_at, title, standfirst, body, note, author) VALUES ({own}, now(), 't', '', 'b', '', '')",
        ),
        (
            "revision other",
            Right.EDIT_PIECE,
            {"assigned": False},
            f"INSERT INTO revision (piece_id, created_at, title, standfirst, body, note, author) VALUES ({other}, now(), 't', '', 'b', '', '')",
        ),
        (
            "status remis own",
            Right.SET_STATUS,
            {"assigned": True, "status": "remis", "from_status": "idee"},
            f"UPDATE piece SET status = 'remis' WHERE id = {own}",
        ),
        (
            "status valide own",
            Right.SET_STATUS,
            {"assigned": True, "status": "valide", "from_status": "idee"},
            f"UPDATE piece SET status = 'valide' WHERE id = {own}",
        ),
        (
            "status maquette other",
            Right.SET_STATUS,
            {"assigned": False, "status": "maquette", "from_status": "idee"},
            f"UPDATE piece SET status = 'maquette' WHERE id = {other}",
        ),
        ("place own", Right.PLAN, {}, f"UPDATE piece SET first_page = 3 WHERE id = {own}"),
        ("trash", Right.PLAN, {}, f"UPDATE piece SET deleted_at = now() WHERE id = {spare}"),
        ("delete", Right.PLAN, {}, f"DELETE FROM piece WHERE id = {spare}"),
        (
            "new piece",
            Right.PLAN,
            {},
            f"INSERT INTO piece (publication_id, kind, title, standfirst, body, status, position, page_count, signature_note, version, created_at, updated_at) VALUES ({n.publication}, 'breve', 'B', '', '', 'idee', 9, 1, '', 1, now(), now())",
        ),
        ("issue", Right.PLAN, {}, f"UPDATE issue SET theme = 'x' WHERE id = {n.issue}"),
        ("slot", Right.PLAN, {}, f"DELETE FROM flatplan_slot WHERE id = {n.slot}"),
        (
            "settings",
            Right.SETTINGS,
            {},
            f"UPDATE publication SET footnote_style = 'numbers' WHERE id = {n.publication}",
        ),
        (
            "assign",
            Right.ASSIGN,
            {},
            f"INSERT INTO assignment (piece_id, login, role, created_at) VALUES ({other}, '{n.login}', 'author', now())",
        ),
        (
            "team",
            Right.MANAGE_TEAM,
            {},
            "INSERT INTO person (login, display_name, role) VALUES ('wb_intrus', 'I', 'redaction-en-chef')",
        ),
        (
            "own role",
            Right.MANAGE_TEAM,
            {},
            f"UPDATE person SET role = 'redaction-en-chef' WHERE login = '{n.login}'",
        ),
        (
            "comment",
            Right.COMMENT,
            {},
            f"INSERT INTO comment (piece_id, author, body, created_at, updated_at, resolved_by, anchor_text, anchor_lost) VALUES ({other}, '', 'Bien', now(), now(), '', '', false)",
        ),
        ("break lock", Right.BREAK_LOCK, {}, f"DELETE FROM piece_lock WHERE piece_id = {other}"),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_right_of_every_role_through_a_raw_connection(team_store, open_as, role):
    """What psql would do as that person: the server refuses what the role may not."""
    import psycopg

    from workbench import checkout

    n = _newsroom(team_store, open_as, role)
    checkout.take(n.chief, n.other)  # a lock of the chief's, for « break lock »
    url = n.person.location.url
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM piece").fetchone()[0] == 3  # everyone reads
        for name, right, context, sql in _raw_actions(n):
            allowed = rights.may(role, right, **context)
            refused = None
            try:
                with conn.transaction(force_rollback=True):
                    conn.execute(sql)
            except psycopg.errors.InsufficientPrivilege as exc:
                refused = exc
            assert (refused is None) is allowed, f"{role}: « {name} » {refused}"
            if refused is not None:  # one line, in French when it is the rules' own
                assert "\n" not in (refused.diag.message_primary or "")


def test_a_writer_cannot_act_as_someone_else(team_store, open_as):
    """The recorded person is the connected role, not what the client sends."""
    import psycopg

    n = _newsroom(team_store, open_as, "redacteur")
    with psycopg.connect(n.person.location.url, autocommit=True) as conn:
        conn.execute(f"UPDATE piece SET body = 'Forgé', updated_by = 'wbadmin' WHERE id = {n.own}")
        conn.execute(
            "INSERT INTO comment (piece_id, author, body, created_at, updated_at, resolved_by, "
            f"anchor_text, anchor_lost) VALUES ({n.own}, 'wbadmin', 'Faux', now(), now(), '', '', "
            "false)"
        )
        conn.execute(
            "INSERT INTO activity (at, login, action, piece_id, detail) "
            f"VALUES (now(), 'wbadmin', 'export', {n.own}, '')"
        )
        # Saying one copies (copy-to keeps the rows' authors) is the chief's privilege.
        conn.execute("SET workbench.copying = 'on'")
        conn.execute(f"UPDATE piece SET body = 'Encore', updated_by = 'wbadmin' WHERE id = {n.own}")
    chief = n.chief
    assert chief.scalar("SELECT updated_by FROM piece WHERE id = ?", (n.own,)) == n.login
    assert chief.scalar("SELECT author FROM comment WHERE body = 'Faux'") == n.login
    assert {
        row[0] for row in chief.query("SELECT login FROM activity WHERE piece_id = ?", (n.own,))
    } == {"wbadmin", n.login}
    assert (
        chief.scalar(
            "SELECT count(*) FROM activity WHERE piece_id = ? AND login = ? AND action = 'export'",
            (n.own, "wbadmin"),
        )
        == 0
    )


def test_only_the_newsroom_connects(team_store, open_as, pg_server):
    from workbench.store import Store, StoreError
    from workbench.team import remove_member

    n = _newsroom(team_store, open_as, "lecteur")
    url = n.person.location.url
    n.person.close()
    remove_member(team_store, n.login)
    with pytest.raises(StoreError):
        Store.open(url)


def test_a_writer_cannot_give_themselves_a_role_or_notices_of_others(team_store, open_as):
    from workbench.notices import list_notices, unread_count
    from workbench.team import change_member

    n = _newsroom(team_store, open_as, "redacteur")
    with pytest.raises(RightsError):
        change_member(n.person, n.login, role="redaction-en-chef")
    from workbench.people import set_display_name

    set_display_name(n.person, n.login, "Claire")  # one's own name is one's own
    change_member(n.person, n.login, name="Claire M.")
    assert (
        team_store.scalar("SELECT display_name FROM person WHERE login = ?", (n.login,))
        == "Claire M."
    )
    assert unread_count(n.person) == 1  # the assignment
    assert [notice.kind for notice in list_notices(n.person)] == ["assigned"]
    assert list_notices(team_store) == []  # the chief is told nothing of their own acts
    seen = n.person.query("SELECT login FROM notice")
    assert {row[0] for row in seen} == {n.login}
