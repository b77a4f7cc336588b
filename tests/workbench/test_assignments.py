"""Assignments and the team on both back-ends: who writes what by when, who is late,
and the notices they bring."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.assignments import assign, late, of_piece, pieces_of, unassign
from workbench.notices import list_notices, mark_read, unread_count
from workbench.pieces import create_piece
from workbench.store import StoreError
from workbench.team import add_member, change_member, members, remove_member


@pytest.fixture
def claire(store) -> str:
    add_member(store, "claire", "Claire Martin", "redacteur", "un-mot-de-passe")
    return "claire"


@pytest.fixture
def pieces(store, publication) -> list[int]:
    return [
        create_piece(store, publication, "interview", title, due_date=date(2026, 11, 20))
        for title in ("Entretien", "Portrait")
    ]


def test_the_team_is_listed_changed_and_left(store, claire):
    assert [(m.login, m.name, m.role) for m in members(store) if m.login == claire] == [
        ("claire", "Claire Martin", "redacteur")
    ]
    change_member(store, claire, role="maquettiste", name="Claire M.")
    assert {m.login: (m.name, m.role) for m in members(store)}[claire] == (
        "Claire M.",
        "maquettiste",
    )
    remove_member(store, claire)
    assert claire not in {m.login for m in members(store)}


@pytest.mark.parametrize(
    ("login", "name", "role", "message"),
    [
        ("Claire Martin", "Claire", "redacteur", "Identifiant invalide"),
        ("claire2", "  ", "redacteur", "vide"),
        ("claire3", "Claire", "stagiaire", "Rôle inconnu"),
    ],
)
def test_bad_people_are_refused(store, login, name, role, message):
    before = members(store)
    with pytest.raises(StoreError, match=message):
        add_member(store, login, name, role, "un-mot-de-passe")
    assert members(store) == before


def test_someone_is_added_once(store, claire):
    with pytest.raises(StoreError, match="déjà"):
        add_member(store, claire, "Autre", "lecteur", "x")


def test_assignments_and_who_is_late(store, claire, pieces):
    first, second = pieces
    assign(store, first, claire, due=date(2026, 12, 1))
    assign(store, second, claire, role="photographer")
    assert pieces_of(store, claire) == {first, second}
    assert [(a.login, a.name, a.role, a.due) for a in of_piece(store, first)] == [
        ("claire", "Claire Martin", "author", date(2026, 12, 1))
    ]
    overdue = late(store, date(2026, 12, 5))
    assert [(item.piece_id, item.due) for item in overdue] == [
        (second, date(2026, 11, 20)),  # the piece's own date when the assignment has none
        (first, date(2026, 12, 1)),
    ]
    store.query("UPDATE piece SET status = 'remis' WHERE id = ?", (first,))
    assert [item.piece_id for item in late(store, date(2026, 12, 5))] == [second]
    assert unassign(store, second, claire) == 1
    assert pieces_of(store, claire) == {first}


def test_assigning_to_someone_outside_the_team_is_refused(store, pieces):
    with pytest.raises(StoreError, match="ne fait pas partie"):
        assign(store, pieces[0], "inconnu")
    assert of_piece(store, pieces[0]) == []


def test_an_assignment_is_a_notice_for_its_person_not_for_who_made_it(store, claire, pieces):
    assign(store, pieces[0], claire, due=date(2026, 12, 1))
    assert unread_count(store) == 0  # nothing for the one who assigned
    rows = store.query("SELECT login, kind, actor FROM notice")
    assert [(r[0], r[1]) for r in rows] == [("claire", "assigned")]
    assert rows[0][2] == store.user


def test_notices_of_the_person(store, publication):
    """The store's own person receives what others do (written here as another actor)."""
    piece = create_piece(store, publication, "edito", "Édito")
    for kind in ("assigned", "comment"):
        store.query(
            "INSERT INTO notice (login, kind, piece_id, actor, at, detail) "
            "VALUES (?, ?, ?, ?, '2026-12-01 10:00:00', '')",
            (store.user, kind, piece, store.user),
        )
    assert unread_count(store) == 2
    found = list_notices(store)
    assert {n.kind for n in found} == {"assigned", "comment"} and "Édito" in found[0].sentence
    mark_read(store, [found[0].id])
    assert unread_count(store) == 1
    mark_read(store)
    assert unread_count(store) == 0


def test_a_status_changed_by_someone_else_is_a_notice_for_the_piece_people(store, claire, pieces):
    from workbench.flatplan.changes import set_status
    from workbench.pieces import update_piece

    assign(store, pieces[0], claire)
    update_piece(store, pieces[0], status="relecture")  # the editor's fields, the CLI
    set_status(store, [pieces[0]], "valide")  # the planner, the board
    rows = store.query("SELECT kind, detail FROM notice WHERE login = ? ORDER BY id", (claire,))
    assert [tuple(r) for r in rows] == [
        ("assigned", ""),
        ("status", "idée → en relecture"),
        ("status", "en relecture → validé"),
    ]


def test_every_piece_assignments_in_one_read(store, claire, pieces):
    from workbench.assignments import of_pieces

    assign(store, pieces[0], claire)
    assign(store, pieces[1], claire, role="photographer")
    found = of_pieces(store)
    assert {pid: [a.role for a in items] for pid, items in found.items()} == {
        pieces[0]: ["author"],
        pieces[1]: ["photographer"],
    }
    assert of_pieces(store, [pieces[1]]) == {pieces[1]: of_piece(store, pieces[1])}


def test_my_pieces_filter_the_tree(store, claire, pieces):
    from workbench.pieces import POOL, PieceFilter, count_pieces, list_pieces

    assign(store, pieces[1], claire)
    publication = store.scalar("SELECT publication_id FROM piece WHERE id = ?", (pieces[1],))
    mine = PieceFilter(assigned_to=claire)
    assert not mine.is_empty()
    assert [p.id for p in list_pieces(store, publication, POOL, mine)] == [pieces[1]]
    assert count_pieces(store, publication, POOL, mine) == 1
    assert list_pieces(store, publication, POOL, PieceFilter(assigned_to="personne")) == []
