"""Planning changes saved in the store: each one a transaction, the tree following the pages."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.catalog import IssueFields, ValidationError, create_issue, get_issue, list_sections
from workbench.flatplan.changes import (
    PlacementConflict,
    add_slot,
    duplicate_issue_structure,
    load_flatplan,
    load_planner,
    move_in_tree,
    place_piece,
    remove_from_issue,
    remove_slot,
    reorder_pieces,
    resize_piece,
    set_due_date,
    set_status,
    swap_entries,
    swap_pieces,
    unplace_piece,
    update_slot,
)
from workbench.flatplan.rules import issue_warnings, table_of_contents
from workbench.pieces import create_piece, get_piece, list_pieces
from workbench.store import StoreError


def new_piece(store, publication, title, issue_id=None, **fields) -> int:
    return create_piece(
        store,
        publication,
        fields.pop("kind", "reportage"),
        title,
        issue_id=issue_id,
        contributors=[(fields.pop("author", "Manuel Jacquinet"), "author")],
        **fields,
    )


def tree(store, publication, issue_id) -> list[int]:
    return [p.id for p in list_pieces(store, publication, issue_id)]


def pages(store, piece_id) -> tuple[int | None, int, int | None]:
    piece = get_piece(store, piece_id)
    return piece.first_page, piece.page_count, piece.issue_id


def test_place_from_the_pool_brings_the_piece_into_the_numero(store, publication, issue82):
    pid = new_piece(store, publication, "Le CRM en 2015")
    place_piece(store, pid, issue82, 4, 2)
    assert pages(store, pid) == (4, 2, issue82)
    plan = load_flatplan(store, issue82)
    entry = plan.piece(pid)
    assert entry.authors == "Manuel Jacquinet" and entry.section == "Reportage"
    assert entry.signs_per_page == 4500


def test_place_keeps_the_page_count_when_none_given(store, publication, issue82):
    pid = new_piece(store, publication, "Dossier", issue82, page_count=3)
    place_piece(store, pid, issue82, 10)
    assert pages(store, pid) == (10, 3, issue82)


def test_placing_over_another_piece_is_refused_naming_it(store, publication, issue82):
    holder = new_piece(store, publication, "Interview de Mme Durand", issue82)
    place_piece(store, holder, issue82, 6, 2)
    other = new_piece(store, publication, "Brève")
    with pytest.raises(PlacementConflict, match="Interview de Mme Durand") as info:
        place_piece(store, other, issue82, 7)
    assert info.value.holder.piece_id == holder
    assert isinstance(info.value, StoreError)
    assert pages(store, other) == (None, 1, None)  # nothing changed


def test_placing_over_a_slot_or_beyond_the_numero_is_refused(store, publication, issue82):
    add_slot(store, issue82, "ad", 10, 1, "Orange Business")
    pid = new_piece(store, publication, "Reportage")
    with pytest.raises(PlacementConflict, match="publicité « Orange Business »"):
        place_piece(store, pid, issue82, 9, 2)
    with pytest.raises(ValidationError, match="68 pages"):
        place_piece(store, pid, issue82, 68, 2)


def test_moving_a_piece_over_its_own_pages_is_fine(store, publication, issue82):
    pid = new_piece(store, publication, "Reportage", issue82)
    place_piece(store, pid, issue82, 4, 3)
    place_piece(store, pid, issue82, 5, 3)
    assert pages(store, pid) == (5, 3, issue82)


def test_tree_order_follows_the_pages(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82)
    b = new_piece(store, publication, "B", issue82)
    c = new_piece(store, publication, "C", issue82)
    assert tree(store, publication, issue82) == [a, b, c]
    place_piece(store, c, issue82, 3)
    place_piece(store, a, issue82, 20)
    assert tree(store, publication, issue82) == [c, a, b]
    place_piece(store, a, issue82, 2)
    assert tree(store, publication, issue82) == [a, c, b]


def test_swap_pieces_of_different_lengths(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82)
    b = new_piece(store, publication, "B", issue82)
    place_piece(store, a, issue82, 4, 1)
    place_piece(store, b, issue82, 5, 3)
    assert swap_pieces(store, a, b) == (7, 4)
    assert pages(store, a)[0] == 7 and pages(store, b)[0] == 4
    assert tree(store, publication, issue82) == [b, a]


def test_swap_piece_with_an_ad(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82)
    place_piece(store, a, issue82, 4, 1)
    ad = add_slot(store, issue82, "ad", 30)
    swap_entries(store, ("piece", a), ("slot", ad))
    plan = load_flatplan(store, issue82)
    assert plan.piece(a).first_page == 30
    assert plan.find(("slot", ad)).first_page == 4


def test_refused_swap_changes_nothing(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82)
    b = new_piece(store, publication, "B", issue82)
    place_piece(store, a, issue82, 4, 3)
    place_piece(store, b, issue82, 10, 1)
    add_slot(store, issue82, "ad", 11)
    with pytest.raises(ValidationError, match="Permutation impossible"):
        swap_pieces(store, a, b)
    assert pages(store, a)[0] == 4 and pages(store, b)[0] == 10


def test_resize_checks_the_new_pages(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82)
    b = new_piece(store, publication, "B", issue82)
    place_piece(store, a, issue82, 4, 1)
    place_piece(store, b, issue82, 6, 1)
    resize_piece(store, a, 2)
    assert pages(store, a)[:2] == (4, 2)
    with pytest.raises(PlacementConflict, match="« B »"):
        resize_piece(store, a, 3)
    assert pages(store, a)[:2] == (4, 2)


def test_unplace_keeps_the_piece_in_the_numero_after_placed_ones(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82)
    b = new_piece(store, publication, "B", issue82)
    place_piece(store, a, issue82, 4)
    place_piece(store, b, issue82, 6)
    unplace_piece(store, a)
    assert pages(store, a) == (None, 1, issue82)
    assert tree(store, publication, issue82) == [b, a]


def test_remove_from_issue_sends_back_to_the_pool_never_deletes(store, publication, issue82):
    pooled = new_piece(store, publication, "Déjà au marbre")
    a = new_piece(store, publication, "A", issue82)
    place_piece(store, a, issue82, 4)
    remove_from_issue(store, [a])
    piece = get_piece(store, a)
    assert (piece.issue_id, piece.first_page, piece.deleted) == (None, None, False)
    assert tree(store, publication, "pool") == [pooled, a]


def test_reorder_in_the_tree_moves_the_pages(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82)
    b = new_piece(store, publication, "B", issue82)
    c = new_piece(store, publication, "C", issue82)
    place_piece(store, a, issue82, 2, 2)
    place_piece(store, b, issue82, 4, 4)
    add_slot(store, issue82, "ad", 8, 2)
    place_piece(store, c, issue82, 10)
    assert reorder_pieces(store, issue82, [b, a, c]) == {b: 2, a: 6}
    assert tree(store, publication, issue82) == [b, a, c]
    assert pages(store, a)[0] == 6 and pages(store, b)[0] == 2


def test_move_in_tree_within_and_into_a_numero(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82)
    b = new_piece(store, publication, "B", issue82)
    place_piece(store, a, issue82, 2)
    place_piece(store, b, issue82, 3)
    move_in_tree(store, [b], issue82, before_piece_id=a)
    assert pages(store, b)[0] == 2 and pages(store, a)[0] == 3
    newcomer = new_piece(store, publication, "Nouveau")
    move_in_tree(store, [newcomer], issue82, before_piece_id=b)
    # It arrives without pages: placed pieces stay first in the tree.
    assert tree(store, publication, issue82) == [b, a, newcomer]
    move_in_tree(store, [a], None)
    assert pages(store, a) == (None, 1, None)


def test_slots_add_update_remove(store, issue82):
    slot = add_slot(store, issue82, "cover", 1, 1, "Couverture")
    update_slot(store, slot, label="Une", page_count=2)
    entry = load_flatplan(store, issue82).find(("slot", slot))
    assert (entry.title, entry.page_count, entry.kind) == ("Une", 2, "cover")
    with pytest.raises(ValidationError, match="Type d'emplacement inconnu"):
        add_slot(store, issue82, "poster", 5)
    with pytest.raises(PlacementConflict):
        add_slot(store, issue82, "ad", 2)
    remove_slot(store, slot)
    assert load_flatplan(store, issue82).slots == []


def test_status_and_due_dates(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82)
    b = new_piece(store, publication, "B", issue82)
    set_status(store, [a, b], "valide")
    assert {get_piece(store, a).status, get_piece(store, b).status} == {"valide"}
    with pytest.raises(ValidationError, match="Statut inconnu"):
        set_status(store, [a], "fini")
    set_due_date(store, [a], date(2014, 9, 1))
    assert get_piece(store, a).due_date == date(2014, 9, 1)


def test_duplicate_structure_copies_pages_and_slots_not_pieces(store, publication, issue82):
    add_slot(store, issue82, "cover", 1)
    add_slot(store, issue82, "ad", 68, 1, "Dos de couverture")
    new_piece(store, publication, "A", issue82)
    new_id = duplicate_issue_structure(
        store, issue82, 83, theme="Le BPO", closing_date=date(2014, 12, 1)
    )
    new = get_issue(store, new_id)
    assert (new.number, new.page_count, new.theme, new.piece_count) == (83, 68, "Le BPO", 0)
    slots = sorted((s.kind, s.first_page, s.title) for s in load_flatplan(store, new_id).slots)
    assert slots == [("ad", 68, "Dos de couverture"), ("cover", 1, "")]
    with pytest.raises(ValidationError, match="existe déjà"):
        duplicate_issue_structure(store, issue82, 83)


def test_estimates_use_the_text_then_the_target_and_the_section(store, publication, issue82):
    sections = dict((name, sid) for sid, name in list_sections(store, publication))
    written = new_piece(store, publication, "Écrit", issue82, body="Un texte court.", page_count=1)
    ordered = new_piece(
        store, publication, "Commandé", issue82, target_signs=12000, section_id=sections["Brèves"]
    )
    plan = load_flatplan(store, issue82)
    assert plan.piece(written).signs == len("Un texte court.")
    assert plan.piece(ordered).signs == 12000 and plan.piece(ordered).signs_per_page == 6000


def test_planner_rows_from_the_store(store, publication, issue82):
    a = new_piece(store, publication, "A", issue82, status="valide")
    new_piece(store, publication, "B", issue82, status="redaction", due_date=date(2014, 9, 1))
    place_piece(store, a, issue82, 2)
    create_issue(store, publication, IssueFields(83, page_count=66))
    rows = load_planner(store, publication, date(2014, 10, 10))
    assert [r.number for r in rows] == [83, 82]
    row82 = rows[1]
    assert (row82.planned, row82.ready, row82.late, row82.late_pieces) == (2, 1, True, 1)
    assert any("multiple de 4" in w for w in rows[0].warnings)


def test_132_pages_and_80_pieces_without_lag(store, publication):
    issue_id = create_issue(store, publication, IssueFields(100, page_count=132))
    body = "\n\n".join(["## Intertitre", "Un paragraphe de texte, assez long. " * 40] * 6)
    ids = [new_piece(store, publication, f"Papier {i}", issue_id, body=body) for i in range(80)]
    for i, pid in enumerate(ids):
        place_piece(store, pid, issue_id, 2 + i)
    plan = load_flatplan(store, issue_id)
    warnings = issue_warnings(plan.issue, plan, date(2014, 10, 10))
    lines = table_of_contents(plan)
    assert len(lines) == 80 and warnings  # how fast: the benchmark's flatplan rows


def test_snapshot_and_restore_undo_a_planning_change(store, publication, issue82):
    from workbench.flatplan.changes import restore_plan, snapshot_plan

    a = new_piece(store, publication, "A", issue82)
    b = new_piece(store, publication, "B", issue82)
    pooled = new_piece(store, publication, "Au marbre")
    place_piece(store, a, issue82, 4, 2)
    ad = add_slot(store, issue82, "ad", 10)
    before = snapshot_plan(store, issue82, [pooled])
    place_piece(store, pooled, issue82, 20, 3)
    resize_piece(store, a, 3)
    remove_from_issue(store, [b])
    remove_slot(store, ad)
    add_slot(store, issue82, "careers", 30, 2)
    restore_plan(store, before)
    assert pages(store, a) == (4, 2, issue82)
    assert pages(store, b) == (None, 1, issue82)
    assert pages(store, pooled) == (None, 1, None)
    slots = [(s.slot_id, s.kind, s.first_page) for s in load_flatplan(store, issue82).slots]
    assert slots == [(ad, "ad", 10)]
    assert tree(store, publication, issue82) == [a, b]


def test_follow_pages_after_a_direct_edit(store, publication, issue82):
    from workbench.flatplan.changes import follow_pages
    from workbench.pieces import update_piece

    a = new_piece(store, publication, "A", issue82, first_page=30)
    b = new_piece(store, publication, "B", issue82)
    update_piece(store, b, first_page=3)
    assert tree(store, publication, issue82) == [a, b]
    follow_pages(store, issue82)
    assert tree(store, publication, issue82) == [b, a]
