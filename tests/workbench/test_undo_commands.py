"""The core's undoable commands, headless: each is applied, reverted and applied again
(redo) on a real store, and the store holds what it should after each step."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from planner_data import big_issue

from workbench import catalog, pieces
from workbench.catalog import IssueFields, ValidationError
from workbench.flatplan import changes
from workbench.flatplan.commands import (
    DuplicateStructure,
    PlanChange,
    SetDueDate,
    SetStatus,
)
from workbench.flatplan.transaction import PlacementConflict
from workbench.pieces import POOL, TRASH
from workbench.undo import (
    Command,
    CreateIssue,
    CreatePiece,
    EditIssue,
    MovePieces,
    Rename,
    RestoreIssue,
    RestorePieces,
    TrashIssue,
)

REPO = Path(__file__).resolve().parents[2]


def rows(store, sql: str) -> list[tuple]:
    return [tuple(row) for row in store.query(sql)]


def state(store) -> tuple:
    """Everything an undoable step may change, as plain rows (trashed ones included)."""
    return (
        rows(
            store,
            "SELECT id, issue_id, position, first_page, page_count, status, due_date, title, "
            "deleted_at IS NOT NULL FROM piece ORDER BY id",
        ),
        rows(store, "SELECT id, number, theme, page_count, deleted_at IS NOT NULL FROM issue"),
        rows(store, "SELECT id, issue_id, kind, label, first_page, page_count FROM flatplan_slot"),
        rows(store, "SELECT id, name FROM publication"),
    )


def live_state(store) -> tuple:
    """What the user sees: the state without what is in the trash (where undoing a
    creation puts the new piece or numéro). Positions are left out: a piece restored from
    the trash goes to the end of its numéro, where a new piece was already."""
    pieces_, issues, slots, publications = state(store)
    gone = {row[0] for row in issues if row[-1]}
    return (
        [row[:2] + row[3:] for row in pieces_ if not row[-1]],
        [row for row in issues if not row[-1]],
        [row for row in slots if row[1] not in gone],
        publications,
    )


def round_trip(store, command: Command, view=state) -> tuple[tuple, tuple]:
    """Apply, revert, apply again; asserts revert gives the state before back and redo the
    state after (as ``view`` sees them). Returns (before, after)."""
    before = view(store)
    command.apply(store)
    after = view(store)
    assert after != before, "the step changed nothing"
    command.revert(store)
    assert view(store) == before
    command.apply(store)
    assert view(store) == after
    return before, after


@pytest.fixture
def three(store, publication, issue82) -> list[int]:
    """Three pieces in numéro 82, in this order."""
    return [
        pieces.create_piece(store, publication, "edito", title, issue_id=issue82)
        for title in ("Édito", "Entretien", "Brève")
    ]


def titles_in(store, publication: int, container) -> list[str]:
    return [p.title for p in pieces.list_pieces(store, publication, container)]


# Tree operations -----------------------------------------------------------------------


def test_move_pieces_to_the_pool(store, publication, issue82, three):
    command = MovePieces(publication, three[:2], POOL)
    round_trip(store, command)
    assert titles_in(store, publication, POOL) == ["Édito", "Entretien"]
    assert titles_in(store, publication, issue82) == ["Brève"]
    command.revert(store)
    assert titles_in(store, publication, issue82) == ["Édito", "Entretien", "Brève"]
    assert titles_in(store, publication, POOL) == []


def test_move_pieces_before_another_within_the_numero(store, publication, issue82, three):
    command = MovePieces(publication, [three[2]], issue82, before=three[0])
    round_trip(store, command)
    assert titles_in(store, publication, issue82) == ["Brève", "Édito", "Entretien"]


def test_move_pieces_from_the_pool_into_a_numero(store, publication, issue82, three):
    loose = pieces.create_piece(store, publication, "breve", "Au marbre")
    command = MovePieces(publication, [loose], issue82)
    round_trip(store, command)
    assert pieces.get_summary(store, loose).issue_id == issue82
    command.revert(store)
    assert pieces.get_summary(store, loose).issue_id is None


def test_move_pieces_to_the_trash_and_back(store, publication, issue82, three):
    command = MovePieces(publication, [three[1]], TRASH)
    round_trip(store, command)
    assert titles_in(store, publication, TRASH) == ["Entretien"]
    command.revert(store)
    assert titles_in(store, publication, TRASH) == []
    assert titles_in(store, publication, issue82) == ["Édito", "Entretien", "Brève"]


def test_restore_pieces(store, publication, issue82, three):
    pieces.trash_pieces(store, three[:2])
    command = RestorePieces(publication, three[:2])
    round_trip(store, command)
    assert titles_in(store, publication, TRASH) == []
    command.revert(store)
    assert sorted(titles_in(store, publication, TRASH)) == ["Entretien", "Édito"]


@pytest.mark.parametrize("kind", ["piece", "issue", "publication"])
def test_rename(store, publication, issue82, three, kind):
    ident = {"piece": three[0], "issue": issue82, "publication": publication}[kind]

    def name() -> str:
        if kind == "piece":
            return pieces.get_summary(store, ident).title
        if kind == "issue":
            return catalog.get_issue(store, ident).theme
        return catalog.get_publication(store, ident).name

    old = name()
    command = Rename((kind, ident), old, "Nouveau nom")
    round_trip(store, command)
    assert name() == "Nouveau nom"
    command.revert(store)
    assert name() == old


def test_rename_knows_only_what_the_tree_lets_rename():
    with pytest.raises(ValueError):
        Rename(("slot", 1), "", "Pub")


def test_create_piece_goes_to_the_trash_on_revert_and_comes_back(store, publication, issue82):
    command = CreatePiece(publication, "edito", "Édito", issue82, {"body": "Premier jet."})
    assert command.piece_id is None
    round_trip(store, command, live_state)
    piece_id = command.piece_id
    assert piece_id is not None
    assert pieces.get_piece(store, piece_id).body == "Premier jet."
    assert titles_in(store, publication, issue82) == ["Édito"]
    command.revert(store)
    assert titles_in(store, publication, TRASH) == ["Édito"]  # never destroyed
    command.apply(store)
    assert command.piece_id == piece_id  # the same piece, not a second one
    assert store.query("SELECT count(*) FROM piece")[0][0] == 1


def test_create_issue(store, publication):
    command = CreateIssue(publication, IssueFields(83, "Le travail hybride", 64))
    round_trip(store, command, live_state)
    issue_id = command.issue_id
    assert issue_id is not None
    assert [i.number for i in catalog.list_issues(store, publication)] == [83]
    command.revert(store)
    assert catalog.list_issues(store, publication) == []
    assert [i.id for i in catalog.list_issues(store, publication, deleted=True)] == [issue_id]


def test_create_issue_refused_leaves_nothing(store, publication, issue82):
    command = CreateIssue(publication, IssueFields(82, "Deux fois"))
    before = state(store)
    with pytest.raises(ValidationError):
        command.apply(store)
    assert state(store) == before and command.issue_id is None


def test_edit_issue(store, publication, issue82):
    old = IssueFields.of(catalog.get_issue(store, issue82))
    new = IssueFields(82, "Le client roi", 72, date(2014, 10, 3), date(2014, 10, 22))
    command = EditIssue(issue82, old, new)
    round_trip(store, command)
    assert IssueFields.of(catalog.get_issue(store, issue82)) == new
    command.revert(store)
    assert IssueFields.of(catalog.get_issue(store, issue82)) == old


def test_trash_issue_sends_its_pieces_to_the_pool_and_revert_brings_all_back(
    store, publication, issue82, three
):
    changes.place_piece(store, three[0], issue82, 5)
    command = TrashIssue(publication, issue82)
    round_trip(store, command)
    assert catalog.list_issues(store, publication) == []
    assert titles_in(store, publication, POOL) == ["Édito", "Entretien", "Brève"]
    command.revert(store)
    assert [i.id for i in catalog.list_issues(store, publication)] == [issue82]
    assert titles_in(store, publication, issue82) == ["Édito", "Entretien", "Brève"]
    assert pieces.get_summary(store, three[0]).first_page == 5


def test_restore_issue(store, publication, issue82):
    catalog.trash_issue(store, issue82)
    command = RestoreIssue(issue82)
    round_trip(store, command)
    assert [i.id for i in catalog.list_issues(store, publication)] == [issue82]
    command.revert(store)
    assert catalog.list_issues(store, publication) == []


def test_restore_issue_refused_when_its_number_was_taken(store, publication, issue82):
    catalog.trash_issue(store, issue82)
    catalog.create_issue(store, publication, IssueFields(82, "L'autre"))
    before = state(store)
    with pytest.raises(ValidationError):
        RestoreIssue(issue82).apply(store)
    assert state(store) == before


# Flatplan operations ---------------------------------------------------------------------


@pytest.fixture
def planned(store, publication) -> int:
    """Numéro 120: 132 pages, slots, 80 pieces of which most are placed."""
    return big_issue(store, publication)


def placed(store, issue_id: int) -> dict[int, tuple[int, int]]:
    """piece id -> (first page, page count) of the numéro's pieces that have pages."""
    return {
        entry.piece_id: (entry.first_page, entry.page_count)
        for entry in changes.load_flatplan(store, issue_id, with_text=False).pieces
        if entry.piece_id is not None and entry.first_page is not None
    }


def free_page(store, issue_id: int) -> int:
    """The first page nothing holds."""
    plan = changes.load_flatplan(store, issue_id, with_text=False)
    held = {
        page
        for entry in plan.placed
        for page in range(entry.first_page, entry.first_page + entry.page_count)
    }
    return min(set(range(1, plan.page_count + 1)) - held)


def test_plan_change_places_a_piece_from_the_pool(store, publication, planned):
    loose = pieces.create_piece(store, publication, "breve", "Brève du marbre", page_count=1)
    page = free_page(store, planned)
    calls = []

    def action(store) -> None:
        calls.append(1)
        changes.place_piece(store, loose, planned, page)

    command = PlanChange([planned], action, [loose])
    round_trip(store, command)
    assert calls == [1], "redo puts the state back, it does not run the action again"
    assert placed(store, planned)[loose] == (page, 1)
    command.revert(store)
    assert pieces.get_summary(store, loose).issue_id is None


def test_plan_change_keeps_what_the_action_returned(store, planned):
    page = free_page(store, planned)
    command = PlanChange(
        [planned], lambda store: changes.add_slot(store, planned, "ad", page, 1, "Encart")
    )
    round_trip(store, command)
    slot_id = command.result
    assert isinstance(slot_id, int)
    assert rows(store, f"SELECT label FROM flatplan_slot WHERE id = {slot_id}") == [("Encart",)]
    command.revert(store)
    assert rows(store, f"SELECT count(*) FROM flatplan_slot WHERE id = {slot_id}") == [(0,)]


def test_plan_change_refused_by_the_rules_leaves_the_store_as_it_was(store, planned):
    first, second = list(placed(store, planned))[:2]
    page_of_second = placed(store, planned)[second][0]

    def action(store) -> None:
        changes.resize_piece(store, first, 1)  # done…
        changes.place_piece(store, first, planned, page_of_second)  # …then refused

    before = state(store)
    with pytest.raises(PlacementConflict):
        PlanChange([planned], action).apply(store)
    assert state(store) == before


def test_plan_change_moves_pieces_between_numeros(store, publication, planned, issue82):
    moving = list(placed(store, planned))[:3]
    command = PlanChange(
        [issue82, planned],
        lambda store: changes.move_in_tree(store, moving, issue82),
        moving,
    )
    round_trip(store, command)
    assert [p.id for p in pieces.list_pieces(store, publication, issue82)] == moving
    command.revert(store)
    assert pieces.list_pieces(store, publication, issue82) == []
    assert set(moving) <= set(placed(store, planned))


def test_set_status_gives_each_piece_its_own_status_back(store, planned):
    ids = sorted(placed(store, planned))[:5]
    old = {i: pieces.get_summary(store, i).status for i in ids}
    assert len(set(old.values())) > 1
    command = SetStatus(ids, "valide")
    round_trip(store, command)
    assert {pieces.get_summary(store, i).status for i in ids} == {"valide"}
    command.revert(store)
    assert {i: pieces.get_summary(store, i).status for i in ids} == old


def test_set_status_refuses_an_unknown_status(store, planned):
    ids = list(placed(store, planned))[:2]
    before = state(store)
    with pytest.raises(ValidationError):
        SetStatus(ids, "perdu").apply(store)
    assert state(store) == before


def test_set_due_date_and_clear_it(store, planned):
    ids = sorted(placed(store, planned))[:4]
    old = {i: pieces.get_summary(store, i).due_date for i in ids}
    due = date.today() + timedelta(days=5)
    command = SetDueDate(ids, due)
    round_trip(store, command)
    assert {pieces.get_summary(store, i).due_date for i in ids} == {due}
    command.revert(store)
    assert {i: pieces.get_summary(store, i).due_date for i in ids} == old
    clear = SetDueDate(ids, None)
    round_trip(store, clear)
    assert {pieces.get_summary(store, i).due_date for i in ids} == {None}


def test_duplicate_structure(store, publication, planned):
    command = DuplicateStructure(planned, 121, "Le travail hybride")
    round_trip(store, command, live_state)
    new_id = command.issue_id
    assert new_id is not None
    slots = "SELECT kind, label, first_page, page_count FROM flatplan_slot WHERE issue_id = ? ORDER BY first_page"
    assert store.query(slots, (new_id,)) == store.query(slots, (planned,))
    assert catalog.get_issue(store, new_id).theme == "Le travail hybride"
    command.revert(store)
    assert [i.number for i in catalog.list_issues(store, publication)] == [120]
    command.apply(store)
    assert command.issue_id == new_id  # the same numéro comes back


# The core stays headless -----------------------------------------------------------------


def test_the_commands_load_without_qt():
    code = (
        "import sys, workbench.undo, workbench.flatplan.commands\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


def test_every_command_names_its_kind():
    import workbench.flatplan.commands as flatplan_commands
    import workbench.undo as tree_commands

    kinds = [
        cls.kind
        for module in (tree_commands, flatplan_commands)
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, Command) and "kind" in vars(cls)
    ]
    assert len(kinds) == len(set(kinds)) == 12
