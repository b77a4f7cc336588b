"""The pure planning rules, on hand-built plans (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.flatplan.rules import (
    FITS,
    LEAVES_EMPTY,
    OVERFLOWS,
    UNKNOWN,
    Flatplan,
    FlatplanEntry,
    PlanRuleError,
    check_placement,
    check_swap,
    fit_estimate,
    format_pages,
    issue_warnings,
    late_pieces,
    overlaps,
    planner_row,
    planner_rows,
    reflow_for_order,
    signature_warning,
    spreads,
    swap_extents,
    table_of_contents,
    tree_order_from_flatplan,
    validate_extent,
)
from workbench.records import IssueInfo

TODAY = date(2014, 10, 10)


def issue(page_count: int = 68, closing: date | None = date(2014, 10, 1), **kw) -> IssueInfo:
    return IssueInfo(
        id=kw.pop("id", 1),
        publication_id=1,
        number=kw.pop("number", 82),
        theme="La relation client",
        page_count=page_count,
        closing_date=closing,
        release_date=date(2014, 10, 20),
        status=kw.pop("status", "planned"),
    )


def piece(pid: int, first: int | None, count: int = 1, **kw) -> FlatplanEntry:
    return FlatplanEntry(
        kind="piece",
        first_page=first,
        page_count=count,
        title=kw.pop("title", f"Papier {pid}"),
        piece_id=pid,
        status=kw.pop("status", "valide"),
        position=kw.pop("position", pid),
        **kw,
    )


def slot(sid: int, first: int, count: int = 1, kind: str = "ad", label: str = "") -> FlatplanEntry:
    return FlatplanEntry(kind=kind, first_page=first, page_count=count, title=label, slot_id=sid)


def plan(*entries: FlatplanEntry, **kw) -> Flatplan:
    return Flatplan(issue(**kw), tuple(entries))


# Spreads and signatures ------------------------------------------------------


def test_spreads_put_the_cover_alone_then_facing_pages():
    assert spreads(8) == [(None, 1), (2, 3), (4, 5), (6, 7), (8, None)]
    assert spreads(7) == [(None, 1), (2, 3), (4, 5), (6, 7)]
    assert spreads(1) == [(None, 1)]
    assert spreads(0) == []


def test_spreads_cover_every_page_once():
    pages = [p for pair in spreads(132) for p in pair if p is not None]
    assert pages == list(range(1, 133))
    assert len(spreads(132)) == 67


def test_signature_warning_only_when_not_a_multiple_of_four():
    assert signature_warning(68) is None
    assert signature_warning(132) is None
    message = signature_warning(66)
    assert "66" in message and "multiple de 4" in message and "64 ou 68" in message
    assert "4 pages" in signature_warning(2)
    assert "pas défini" in signature_warning(0)


def test_format_pages_joins_runs():
    assert format_pages([5, 4]) == "4–5"
    assert format_pages([9, 4, 5, 6]) == "4–6, 9"
    assert format_pages([3]) == "3"


# Placement -------------------------------------------------------------------


def test_check_placement_names_the_holder_and_the_shared_pages():
    p = plan(piece(1, 4, 2, title="Le CRM en 2015"), slot(7, 10, 1, label="Orange"))
    conflict = check_placement(p, ("piece", 2), 5, 2)
    assert conflict is not None
    assert conflict.holder.piece_id == 1
    assert conflict.pages == (5,)
    assert "« Le CRM en 2015 » (papier 1)" in conflict.message
    assert "page 5" in conflict.message
    ad = check_placement(p, ("piece", 2), 9, 3)
    assert ad.holder.slot_id == 7 and "publicité" in ad.message and "9" not in str(ad.pages)


def test_check_placement_ignores_the_item_itself_and_free_pages():
    p = plan(piece(1, 4, 2))
    assert check_placement(p, ("piece", 1), 5, 2) is None
    assert check_placement(p, ("piece", 2), 6, 2) is None


def test_check_placement_lists_every_holder():
    p = plan(piece(1, 4, 1), piece(2, 5, 1))
    conflict = check_placement(p, None, 4, 2)
    assert [h.piece_id for h in conflict.holders] == [1, 2]
    assert "1 autre" in conflict.message


def test_validate_extent_refuses_pages_outside_the_numero():
    validate_extent(67, 2, 68)
    with pytest.raises(PlanRuleError, match="68 pages"):
        validate_extent(68, 2, 68)
    with pytest.raises(PlanRuleError):
        validate_extent(0, 1, 68)
    with pytest.raises(PlanRuleError):
        validate_extent(3, 0, 68)


def test_overlaps_finds_each_pair_once():
    p = plan(piece(1, 2, 4), piece(2, 5, 2), slot(3, 6, 1), piece(4, 10, 1))
    found = {(o.first.ref, o.second.ref, o.pages) for o in overlaps(p.entries)}
    assert found == {
        (("piece", 1), ("piece", 2), (5,)),
        (("piece", 2), ("slot", 3), (6,)),
    }


# Swap ------------------------------------------------------------------------


def test_swap_of_equal_pieces_exchanges_first_pages():
    a, b = piece(1, 4, 2), piece(2, 10, 2)
    assert swap_extents(a, b) == (10, 4)


def test_swap_of_adjacent_pieces_of_different_lengths_repacks_them():
    a, b = piece(1, 4, 1), piece(2, 5, 3)  # a on 4, b on 5-7
    assert swap_extents(a, b) == (7, 4)  # b on 4-6, a on 7
    assert swap_extents(b, a) == (4, 7)


def test_swap_refused_when_it_would_land_on_something_else():
    a, b = piece(1, 4, 3), piece(2, 10, 1)
    p = plan(a, b, slot(9, 11, 1))
    with pytest.raises(PlanRuleError, match="publicité"):
        check_swap(p, a, b)  # a would take 10-12, over the ad on 11


def test_check_swap_accepts_a_clean_swap():
    a, b = piece(1, 4, 2), piece(2, 10, 2)
    assert check_swap(plan(a, b), a, b) == (10, 4)


# Tree order ------------------------------------------------------------------


def test_tree_order_follows_pages_then_unplaced_pieces():
    p = plan(
        piece(1, 20, position=0),
        piece(2, None, position=1),
        piece(3, 4, position=2),
        piece(4, None, position=0),
        slot(5, 1),
    )
    assert tree_order_from_flatplan(p) == [3, 1, 4, 2]


def test_reflow_repacks_the_run_that_changed_and_skips_slots():
    # 1 on 2-3, 2 on 4-7, ad on 8-9, 3 on 10; the tree puts 2 before 1.
    p = plan(piece(1, 2, 2), piece(2, 4, 4), slot(9, 8, 2), piece(3, 10, 1))
    assert reflow_for_order(p, [2, 1, 3]) == {2: 2, 1: 6}


def test_reflow_jumps_over_an_ad_inside_the_run():
    p = plan(piece(1, 2, 1), slot(9, 3, 1), piece(2, 4, 2), piece(3, 6, 1))
    # new order 2, 1: 2 needs two pages, 2-3 is blocked by the ad on 3 -> 4-5, then 1 on 6?
    # 6 belongs to piece 3 (not moving): refused, the run no longer fits.
    with pytest.raises(PlanRuleError, match="entre les pages 2 et 5"):
        reflow_for_order(p, [2, 1, 3])


def test_reflow_with_same_order_or_only_unplaced_changes_moves_nothing():
    p = plan(piece(1, 2), piece(2, 3), piece(3, None))
    assert reflow_for_order(p, [1, 2, 3]) == {}
    assert reflow_for_order(p, [3, 1, 2]) == {}


# Length ----------------------------------------------------------------------


def test_fit_estimate_states_and_thresholds():
    assert fit_estimate(9000, 2, 4500) == fit_estimate(9000, 2, 4500)
    fits = fit_estimate(9000, 2, 4500)
    assert (fits.capacity, fits.state, fits.pages_needed) == (9000, FITS, 2)
    assert fit_estimate(9400, 2, 4500).state == FITS  # under 5 % over: layout absorbs it
    over = fit_estimate(9500, 2, 4500)
    assert over.state == OVERFLOWS and over.pages_needed == 3
    assert fit_estimate(6800, 2, 4500).state == FITS  # 2 200 blank: under half a page
    assert fit_estimate(6700, 2, 4500).state == LEAVES_EMPTY
    assert fit_estimate(None, 2, 4500).state == UNKNOWN
    assert fit_estimate(12000, 2, 6000).state == FITS


# Workflow --------------------------------------------------------------------


def test_late_pieces_are_past_due_and_not_handed_in():
    pieces = [
        piece(1, 2, status="redaction", due_date=date(2014, 10, 1)),
        piece(2, 3, status="remis", due_date=date(2014, 10, 1)),
        piece(3, 4, status="commande", due_date=date(2014, 10, 10)),  # due today: not late
        piece(4, 5, status="idee", due_date=date(2014, 9, 1)),
        piece(5, 6, status="idee", due_date=None),
    ]
    assert [p.piece_id for p in late_pieces(pieces, TODAY)] == [4, 1]


# Warnings --------------------------------------------------------------------


def codes(warnings) -> list[str]:
    return [w.code for w in warnings]


def test_clean_plan_has_no_warnings():
    p = plan(slot(1, 1, 1, "cover"), piece(2, 2, 3, signs=13500, signs_per_page=4500), page_count=4)
    assert issue_warnings(p.issue, p, TODAY) == []


def test_issue_warnings_name_each_problem():
    p = plan(
        slot(1, 1, 1, "cover"),
        piece(2, 2, 2, status="redaction", due_date=date(2014, 9, 1), title="Édito"),
        piece(3, 3, 2, title="Interview", signs=20000, signs_per_page=4500),
        piece(4, 6, 1, signs=1000, signs_per_page=4500),
        piece(5, None, 3),
        page_count=6,
    )
    found = issue_warnings(p.issue, p, TODAY)
    assert codes(found) == [
        "late_closing",
        "over_budget",
        "signature",
        "overlap",
        "late_piece",
        "overflows",
        "leaves_empty",
        "unplaced",
        "empty_pages",  # page 5
    ]
    by_code = {w.code: w for w in found}
    assert "1 papier" in by_code["late_closing"].message
    assert "8 pages pour 6" in by_code["over_budget"].message  # 5 held + 3 unplaced
    assert by_code["overlap"].pages == (3,)
    assert by_code["late_piece"].piece_id == 2 and "01/09/2014" in by_code["late_piece"].message
    assert by_code["overflows"].piece_id == 3 and "il en faudrait 5" in by_code["overflows"].message
    assert by_code["leaves_empty"].piece_id == 4


def test_pages_beyond_the_numero_and_empty_pages_are_flagged():
    p = plan(piece(1, 2, 2), piece(2, 8, 2), page_count=8, closing=None)
    found = {w.code: w for w in issue_warnings(p.issue, p, TODAY)}
    assert found["beyond_pages"].pages == (9,)
    assert found["empty_pages"].pages == (1, 4, 5, 6, 7)
    assert "late_closing" not in found


def test_closed_numero_is_not_late():
    p = plan(piece(1, 2, status="idee"), page_count=4, status="published")
    assert "late_closing" not in codes(issue_warnings(p.issue, p, TODAY))


# Sommaire and planner --------------------------------------------------------


def test_sommaire_lists_placed_pieces_in_page_order():
    p = plan(
        slot(1, 1, 1, "cover"),
        piece(2, 12, 2, title="Reportage", section="Reportage", authors="A. Martin"),
        piece(3, 3, 1, title="Édito", section="Édito", authors="M. Dupont"),
        piece(4, None, 1, title="Pas encore placé"),
    )
    lines = table_of_contents(p)
    assert [(line.section, line.title, line.authors, line.page) for line in lines] == [
        ("Édito", "Édito", "M. Dupont", 3),
        ("Reportage", "Reportage", "A. Martin", 12),
    ]


def test_planner_row_counts_and_flags():
    p = plan(
        piece(1, 2, 30, status="valide"),
        piece(2, 40, 30, status="redaction", due_date=date(2014, 9, 1)),
        piece(3, None, 10, status="maquette"),
        page_count=68,
    )
    row = planner_row(p, TODAY)
    assert (row.planned, row.ready, row.placed_pages) == (3, 2, 60)
    assert row.late and row.late_pieces == 1
    assert row.over_budget  # 60 held + 10 unplaced > 68
    assert any("Bouclage" in w for w in row.warnings)


def test_planner_row_for_a_healthy_future_numero():
    p = plan(piece(1, 2, 2, status="idee"), page_count=68, closing=date(2014, 12, 1))
    row = planner_row(p, TODAY)
    assert not row.late and not row.over_budget and row.warnings == ()


def test_planner_rows_newest_first():
    rows = planner_rows([plan(number=80, id=1), plan(number=82, id=2)], TODAY)
    assert [r.number for r in rows] == [82, 80]


def test_placement_problem_for_drop_previews():
    from workbench.flatplan.rules import placement_problem

    p = plan(piece(1, 4, 2, title="Le CRM"), page_count=8)
    assert placement_problem(p, ("piece", 2), 6, 2) is None
    assert "Le CRM" in placement_problem(p, ("piece", 2), 3, 2)
    assert "8 pages" in placement_problem(p, ("piece", 2), 8, 2)


def test_slots_are_named_with_their_article():
    assert slot(1, 2, 2, "careers", "Emploi").describe() == "les pages carrières « Emploi »"
    assert slot(1, 2, 1, "contents").describe() == "le sommaire"
    conflict = check_placement(plan(slot(1, 2, 1, "contents")), None, 2, 1)
    assert conflict.message == "La page 2 est occupée par le sommaire."


def test_late_pieces_do_not_make_a_future_bouclage_missed():
    p = plan(
        piece(1, 2, 2, status="redaction", due_date=date(2014, 9, 1)),
        page_count=68,
        closing=date(2014, 12, 1),
    )
    row = planner_row(p, TODAY)
    assert row.late and row.late_pieces == 1
    assert not row.closing_missed
