"""Planning rules of the chemin de fer: pure functions on plain dataclasses.

Nothing here reads or writes the database (that is ``workbench.flatplan.changes``), so every rule
is cheap to test and to call from the planner views on each repaint.

Page conventions: pages are numbered from 1; page 1 is the cover, a right-hand page on its
own; then come facing spreads 2–3, 4–5…; an even last page stands alone on the left.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from db.errors import WorkbenchError
from db.vocabulary import PIECE_STATUSES, PieceStatus
from workbench.records import IssueInfo
from workbench.vocabulary import SLOT_NOUNS

PIECE = "piece"
SIGNATURE_PAGES = 4

# The workflow stages a piece must have reached to count as "ready" for the numéro.
READY_STATUSES = frozenset({PieceStatus.APPROVED.value, PieceStatus.LAID_OUT.value})
# A piece whose due date has passed is late while its writer has not handed it in.
HANDED_IN_FROM = PIECE_STATUSES.index(PieceStatus.SUBMITTED.value)

# Fit thresholds (see fit_estimate).
OVERFLOW_TOLERANCE = 0.05
EMPTY_PAGE_FRACTION = 0.5

FITS = "fits"
OVERFLOWS = "overflows"
LEAVES_EMPTY = "leaves_empty"
UNKNOWN = "unknown"


class PlanRuleError(WorkbenchError, ValueError):
    """A planning change the rules refuse; the message is for people (French)."""


# Data ------------------------------------------------------------------------


Ref = tuple[str, int]  # ("piece", piece_id) or ("slot", slot_id)


@dataclass(frozen=True, slots=True)
class FlatplanEntry:
    """One thing on (or meant for) the chemin de fer: a piece or a fixed slot.

    ``kind`` is ``"piece"`` for a piece, else the slot kind (cover, contents, ad, careers,
    fixed). ``first_page`` is None for a piece of the numéro that has no pages yet.
    """

    kind: str
    first_page: int | None
    page_count: int
    title: str
    piece_id: int | None = None
    slot_id: int | None = None
    authors: str = ""
    status: str | None = None
    section: str = ""
    section_id: int | None = None
    piece_kind: str = ""
    signs: int | None = None  # estimated length; None when unknown
    signs_per_page: int | None = None
    due_date: date | None = None
    position: int = 0

    @property
    def is_piece(self) -> bool:
        return self.kind == PIECE

    @property
    def ref(self) -> Ref:
        return (PIECE, self.piece_id) if self.is_piece else ("slot", self.slot_id)  # type: ignore[return-value]

    @property
    def placed(self) -> bool:
        return self.first_page is not None

    @property
    def last_page(self) -> int | None:
        return None if self.first_page is None else self.first_page + self.page_count - 1

    @property
    def pages(self) -> range:
        if self.first_page is None:
            return range(0)
        return range(self.first_page, self.first_page + self.page_count)

    def describe(self) -> str:
        """How messages name it: « Title » (papier 12), or la publicité « Label »."""
        if self.is_piece:
            return f"« {self.title} » (papier {self.piece_id})"
        noun = SLOT_NOUNS.get(self.kind, f"l'emplacement {self.kind}")
        return f"{noun} « {self.title} »" if self.title else noun


@dataclass(frozen=True, slots=True)
class Flatplan:
    """The chemin de fer of one numéro: its pieces (placed or not) and its slots."""

    issue: IssueInfo
    entries: tuple[FlatplanEntry, ...] = ()
    publication: str = ""

    @property
    def page_count(self) -> int:
        return self.issue.page_count

    @property
    def pieces(self) -> list[FlatplanEntry]:
        return [e for e in self.entries if e.is_piece]

    @property
    def slots(self) -> list[FlatplanEntry]:
        return [e for e in self.entries if not e.is_piece]

    @property
    def placed(self) -> list[FlatplanEntry]:
        """Everything that holds pages, in page order (pieces before slots on a tie)."""
        return sorted(
            (e for e in self.entries if e.placed),
            key=lambda e: (e.first_page, not e.is_piece, e.position, e.piece_id or e.slot_id or 0),
        )

    @property
    def unplaced(self) -> list[FlatplanEntry]:
        """Pieces of the numéro without pages, in tree order."""
        return sorted(
            (e for e in self.entries if e.is_piece and not e.placed),
            key=lambda e: (e.position, e.piece_id or 0),
        )

    @property
    def last_page(self) -> int:
        """The last page to draw: the page count, or further when something sits beyond it."""
        ends = [e.last_page for e in self.entries if e.placed]
        return max([self.page_count, *ends]) if ends else self.page_count

    def find(self, ref: Ref) -> FlatplanEntry | None:
        return next((e for e in self.entries if e.ref == ref), None)

    def piece(self, piece_id: int) -> FlatplanEntry | None:
        return self.find((PIECE, piece_id))

    def page_map(self) -> dict[int, list[FlatplanEntry]]:
        """Page → what sits on it (several entries when they overlap)."""
        pages: dict[int, list[FlatplanEntry]] = {}
        for entry in self.placed:
            for page in entry.pages:
                pages.setdefault(page, []).append(entry)
        return pages

    def at(self, page: int) -> list[FlatplanEntry]:
        return [e for e in self.placed if page in e.pages]


@dataclass(frozen=True, slots=True)
class Conflict:
    """A placement refused because pages are held by something else."""

    holders: tuple[FlatplanEntry, ...]
    pages: tuple[int, ...]

    @property
    def holder(self) -> FlatplanEntry:
        return self.holders[0]

    @property
    def message(self) -> str:
        pages = format_pages(self.pages)
        names = self.holders[0].describe()
        others = len(self.holders) - 1
        if others:
            names += (
                f" et {others} autre{'s' if others > 1 else ''} élément{'s' if others > 1 else ''}"
            )
        where = "La page" if len(self.pages) == 1 else "Les pages"
        verb = "est occupée" if len(self.pages) == 1 else "sont occupées"
        return f"{where} {pages} {verb} par {names}."


@dataclass(frozen=True, slots=True)
class Overlap:
    first: FlatplanEntry
    second: FlatplanEntry
    pages: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FitEstimate:
    capacity: int  # signes the pages hold
    state: str  # FITS, OVERFLOWS, LEAVES_EMPTY or UNKNOWN
    pages_needed: int | None  # whole pages the text needs; None when its length is unknown

    @property
    def message(self) -> str:
        return {
            FITS: "tient dans ses pages",
            OVERFLOWS: "déborde de ses pages",
            LEAVES_EMPTY: "laisse des pages vides",
            UNKNOWN: "longueur inconnue",
        }[self.state]


@dataclass(frozen=True, slots=True)
class PlanWarning:
    """Something the editor should look at. ``code`` is stable, ``message`` is for people."""

    code: str
    message: str
    piece_id: int | None = None
    slot_id: int | None = None
    pages: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ContentsLine:
    section: str
    title: str
    authors: str
    page: int
    piece_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlannerRow:
    """One line of the planner's list of numéros."""

    issue_id: int
    number: int
    theme: str
    closing_date: date | None
    release_date: date | None
    page_count: int
    planned: int  # pieces in the numéro
    ready: int  # of which validé or maquetté
    placed_pages: int  # pages held by pieces and slots
    late: bool  # bouclage passed with pieces not ready, or pieces past their due date
    late_pieces: int
    over_budget: bool
    warnings: tuple[str, ...] = field(default=())
    closing_missed: bool = False  # the bouclage itself has passed with pieces not ready


# Pages and spreads -----------------------------------------------------------


def spreads(page_count: int) -> list[tuple[int | None, int | None]]:
    """Facing pages as ``(left, right)``: (None, 1), (2, 3), (4, 5)… and (N, None) if N is even."""
    if page_count <= 0:
        return []
    result: list[tuple[int | None, int | None]] = [(None, 1)]
    for left in range(2, page_count + 1, 2):
        result.append((left, left + 1 if left + 1 <= page_count else None))
    return result


def signature_warning(page_count: int) -> str | None:
    """Printers fold sheets into signatures of 4 pages: the page count must be a multiple of 4."""
    if page_count <= 0:
        return "Le nombre de pages du numéro n'est pas défini."
    if page_count % SIGNATURE_PAGES:
        lower = page_count - page_count % SIGNATURE_PAGES
        upper = lower + SIGNATURE_PAGES
        around = f"{lower} ou {upper}" if lower else str(upper)
        return (
            f"{page_count} pages n'est pas un multiple de {SIGNATURE_PAGES} (cahiers d'impression) : "
            f"prévoir {around} pages."
        )
    return None


def format_pages(pages: Iterable[int]) -> str:
    """« 4 », « 4–5 », « 4–6, 9 »: runs of consecutive pages joined by an en dash."""
    numbers = sorted(set(pages))
    runs: list[str] = []
    start = prev = None
    for page in [*numbers, None]:
        if start is not None and (page is None or page != prev + 1):
            runs.append(str(start) if start == prev else f"{start}–{prev}")
            start = None
        if page is not None:
            if start is None:
                start = page
            prev = page
    return ", ".join(runs)


# Placement -------------------------------------------------------------------


def validate_extent(first_page: int, page_count: int, issue_pages: int) -> None:
    """Raise PlanRuleError when a page range cannot exist in the numéro."""
    if page_count < 1:
        raise PlanRuleError("Un élément du chemin de fer occupe au moins une page.")
    if first_page < 1:
        raise PlanRuleError("Les pages sont numérotées à partir de 1.")
    last = first_page + page_count - 1
    if issue_pages <= 0:
        raise PlanRuleError("Définissez d'abord le nombre de pages du numéro.")
    if last > issue_pages:
        raise PlanRuleError(
            f"Le numéro compte {issue_pages} pages : impossible d'occuper les pages "
            f"{format_pages(range(first_page, last + 1))}."
        )


def check_placement(
    plan: Flatplan, item: Ref | None, first_page: int, page_count: int
) -> Conflict | None:
    """What would hold any of the pages ``first_page``… if ``item`` were put there.

    ``item`` itself (and nothing else) is ignored, so moving a piece over its own pages is
    fine. None when the pages are free.
    """
    wanted = set(range(first_page, first_page + page_count))
    holders: list[FlatplanEntry] = []
    pages: set[int] = set()
    for entry in plan.placed:
        if entry.ref == item:
            continue
        shared = wanted.intersection(entry.pages)
        if shared:
            holders.append(entry)
            pages |= shared
    if not holders:
        return None
    return Conflict(tuple(holders), tuple(sorted(pages)))


def placement_problem(
    plan: Flatplan, item: Ref | None, first_page: int, page_count: int
) -> str | None:
    """Why ``item`` cannot go on these pages, for a drop preview; None when it can."""
    try:
        validate_extent(first_page, page_count, plan.page_count)
    except PlanRuleError as exc:
        return str(exc)
    conflict = check_placement(plan, item, first_page, page_count)
    return conflict.message if conflict else None


def overlaps(entries: Iterable[FlatplanEntry]) -> list[Overlap]:
    """Every pair of placed entries sharing pages, in page order."""
    placed = sorted((e for e in entries if e.placed), key=lambda e: (e.first_page, e.last_page))
    found: list[Overlap] = []
    for i, first in enumerate(placed):
        for second in placed[i + 1 :]:
            if second.first_page > first.last_page:  # sorted: nothing further can touch first
                break
            shared = tuple(p for p in second.pages if p <= first.last_page)
            found.append(Overlap(first, second, shared))
    return found


def swap_extents(a: FlatplanEntry, b: FlatplanEntry) -> tuple[int, int]:
    """New first pages of ``a`` and ``b`` when they swap places; each keeps its page count.

    When the two are contiguous (one right after the other, in either order) they are
    repacked in the range they hold together, so pieces of different lengths swap
    cleanly. Otherwise each takes the other's first page; the caller checks the result
    against the rest of the plan with ``check_placement``.
    """
    if not (a.placed and b.placed):
        raise PlanRuleError("Seuls deux éléments placés peuvent être permutés.")
    if a.ref == b.ref:
        raise PlanRuleError("Un élément ne peut pas être permuté avec lui-même.")
    first, second = (a, b) if a.first_page <= b.first_page else (b, a)
    if first.last_page + 1 == second.first_page:
        start = first.first_page
        new_second, new_first = start, start + second.page_count
        return (new_first, new_second) if first is a else (new_second, new_first)
    return b.first_page, a.first_page  # type: ignore[return-value]


def check_swap(plan: Flatplan, a: FlatplanEntry, b: FlatplanEntry) -> tuple[int, int]:
    """The swapped first pages, or PlanRuleError when the swap would overlap something else."""
    a_first, b_first = swap_extents(a, b)
    others = Flatplan(plan.issue, tuple(e for e in plan.entries if e.ref not in (a.ref, b.ref)))
    for entry, first in ((a, a_first), (b, b_first)):
        validate_extent(first, entry.page_count, plan.page_count)
        conflict = check_placement(others, None, first, entry.page_count)
        if conflict:
            raise PlanRuleError(f"Permutation impossible : {conflict.message}")
    if set(range(a_first, a_first + a.page_count)) & set(range(b_first, b_first + b.page_count)):
        raise PlanRuleError(
            "Permutation impossible : les deux éléments se chevaucheraient (longueurs différentes)."
        )
    return a_first, b_first


# Order of the tree -----------------------------------------------------------


def tree_order_from_flatplan(plan: Flatplan) -> list[int]:
    """Piece ids in tree order: placed pieces by first page, then unplaced ones as they were."""
    placed = sorted(
        (e for e in plan.pieces if e.placed),
        key=lambda e: (e.first_page, e.position, e.piece_id),
    )
    return [e.piece_id for e in placed] + [e.piece_id for e in plan.unplaced]  # type: ignore[misc]


def reflow_for_order(plan: Flatplan, order: Sequence[int]) -> dict[int, int]:
    """New first pages when the tree puts the numéro's pieces in ``order``.

    The chosen rule keeps pages consistent with the tree while disturbing as little as
    possible: only the run of placed pieces whose order changed moves, each keeping its
    page count; they are repacked, in the new order, from the first page of that run,
    skipping pages held by slots (ads stay where they are sold) and by pieces outside the
    run. Pieces without pages keep none. Refused (PlanRuleError) when the run no longer
    fits before the next thing that did not move.

    Returns ``{piece_id: first_page}`` for the pieces that move.
    """
    placed = {
        e.piece_id: e
        for e in sorted(
            (e for e in plan.pieces if e.placed),
            key=lambda e: (e.first_page, e.position, e.piece_id),
        )
    }
    old = list(placed)
    wanted = [pid for pid in dict.fromkeys(order) if pid in placed]
    wanted += [pid for pid in old if pid not in set(wanted)]
    if wanted == old:
        return {}
    start = next(i for i, (x, y) in enumerate(zip(old, wanted, strict=True)) if x != y)
    end = len(old) - next(
        i for i, (x, y) in enumerate(zip(old[::-1], wanted[::-1], strict=True)) if x != y
    )
    run = [placed[pid] for pid in wanted[start:end]]
    moving = {e.piece_id for e in run}
    span_start = min(e.pages.start for e in run)
    span_end = max(e.pages.stop for e in run) - 1
    blocked = {
        page for e in plan.placed if not (e.is_piece and e.piece_id in moving) for page in e.pages
    }
    page = span_start
    result: dict[int, int] = {}
    for entry in run:
        while any(p in blocked for p in range(page, page + entry.page_count)):
            page += 1
        result[entry.piece_id] = page  # type: ignore[index]
        page += entry.page_count
    if page - 1 > span_end:
        raise PlanRuleError(
            "Impossible de suivre ce nouvel ordre dans le chemin de fer : les papiers ne tiennent "
            f"plus entre les pages {span_start} et {span_end} (pages fixes ou publicités)."
        )
    return {pid: first for pid, first in result.items() if placed[pid].first_page != first}


# Length ----------------------------------------------------------------------


def fit_estimate(signs: int | None, page_count: int, signs_per_page: int) -> FitEstimate:
    """How a text of ``signs`` signes fits in ``page_count`` pages of ``signs_per_page``.

    Thresholds: the text *overflows* when it is more than 5 % over the capacity (layout
    absorbs a little by tightening images and spacing); it *leaves pages empty* when more
    than half a page would stay blank (that is a page's worth of photos or an extra page to
    give back). Unknown when there is no text nor target length.
    """
    capacity = max(page_count, 0) * max(signs_per_page, 0)
    if signs is None or signs <= 0 or signs_per_page <= 0:
        return FitEstimate(capacity, UNKNOWN, None)
    needed = math.ceil(signs / signs_per_page)
    if signs > capacity * (1 + OVERFLOW_TOLERANCE):
        state = OVERFLOWS
    elif capacity - signs > signs_per_page * EMPTY_PAGE_FRACTION:
        state = LEAVES_EMPTY
    else:
        state = FITS
    return FitEstimate(capacity, state, needed)


def entry_fit(entry: FlatplanEntry, default_signs_per_page: int = 4500) -> FitEstimate:
    return fit_estimate(
        entry.signs, entry.page_count, entry.signs_per_page or default_signs_per_page
    )


# Workflow --------------------------------------------------------------------


def is_handed_in(status: str | None) -> bool:
    return status in PIECE_STATUSES and PIECE_STATUSES.index(status) >= HANDED_IN_FROM


def is_late(entry: FlatplanEntry, today: date) -> bool:
    """Past its due date and not yet « remis ».

    The due date is the writer's deadline: once the copy is handed in (remis, or any later
    stage) the piece is no longer the writer's delay; what remains is the editors' work,
    watched through the numéro's bouclage.
    """
    return (
        entry.is_piece
        and entry.due_date is not None
        and entry.due_date < today
        and not is_handed_in(entry.status)
    )


def late_pieces(pieces: Iterable[FlatplanEntry], today: date) -> list[FlatplanEntry]:
    return sorted(
        (p for p in pieces if is_late(p, today)), key=lambda p: (p.due_date, p.piece_id or 0)
    )


def is_ready(status: str | None) -> bool:
    return status in READY_STATUSES


# Warnings --------------------------------------------------------------------


def pages_in_use(plan: Flatplan) -> int:
    """Pages the numéro needs: pages held by anything, plus pages of pieces not yet placed."""
    held = {p for e in plan.placed for p in e.pages}
    return len(held) + sum(e.page_count for e in plan.unplaced)


def issue_warnings(
    issue: IssueInfo, plan: Flatplan, today: date, *, with_fit: bool = True
) -> list[PlanWarning]:
    """Everything wrong or worrying in a numéro's plan, most serious first."""
    warnings: list[PlanWarning] = []
    pieces = plan.pieces
    unready = [p for p in pieces if not is_ready(p.status)]
    if (
        issue.closing_date
        and issue.closing_date < today
        and unready
        and issue.status
        in (
            "planned",
            "in_progress",
        )
    ):
        warnings.append(
            PlanWarning(
                "late_closing",
                f"Bouclage dépassé ({issue.closing_date:%d/%m/%Y}) : {len(unready)} papier"
                f"{'s' if len(unready) > 1 else ''} pas encore validé{'s' if len(unready) > 1 else ''}.",
            )
        )
    needed = pages_in_use(plan)
    if issue.page_count > 0 and needed > issue.page_count:
        warnings.append(
            PlanWarning(
                "over_budget",
                f"Le numéro demande {needed} pages pour {issue.page_count} prévues.",
            )
        )
    signature = signature_warning(issue.page_count)
    if signature:
        warnings.append(PlanWarning("signature", signature))
    for entry in plan.placed:
        beyond = tuple(p for p in entry.pages if p < 1 or p > issue.page_count)
        if beyond:
            warnings.append(
                PlanWarning(
                    "beyond_pages",
                    f"{_capital(entry.describe())} occupe les pages {format_pages(beyond)}, "
                    f"au-delà des {issue.page_count} pages du numéro.",
                    entry.piece_id,
                    entry.slot_id,
                    beyond,
                )
            )
    for overlap in overlaps(plan.entries):
        warnings.append(
            PlanWarning(
                "overlap",
                f"{_capital(overlap.first.describe())} et {overlap.second.describe()} se "
                f"chevauchent en page{'s' if len(overlap.pages) > 1 else ''} "
                f"{format_pages(overlap.pages)}.",
                overlap.first.piece_id or overlap.second.piece_id,
                overlap.first.slot_id or overlap.second.slot_id,
                overlap.pages,
            )
        )
    for piece in late_pieces(pieces, today):
        warnings.append(
            PlanWarning(
                "late_piece",
                f"{_capital(piece.describe())} était attendu le {piece.due_date:%d/%m/%Y}.",
                piece.piece_id,
            )
        )
    if with_fit:
        for piece in plan.placed:
            if not piece.is_piece:
                continue
            fit = entry_fit(piece)
            if fit.state == OVERFLOWS:
                warnings.append(
                    PlanWarning(
                        "overflows",
                        f"{_capital(piece.describe())} déborde : {piece.signs} signes pour "
                        f"{fit.capacity} en {piece.page_count} page{'s' if piece.page_count > 1 else ''} "
                        f"(il en faudrait {fit.pages_needed}).",
                        piece.piece_id,
                        pages=tuple(piece.pages),
                    )
                )
            elif fit.state == LEAVES_EMPTY:
                warnings.append(
                    PlanWarning(
                        "leaves_empty",
                        f"{_capital(piece.describe())} laisse des pages vides : {piece.signs} "
                        f"signes pour {fit.capacity} en {piece.page_count} page"
                        f"{'s' if piece.page_count > 1 else ''}.",
                        piece.piece_id,
                        pages=tuple(piece.pages),
                    )
                )
    unplaced = plan.unplaced
    if unplaced:
        warnings.append(
            PlanWarning(
                "unplaced",
                f"{len(unplaced)} papier{'s' if len(unplaced) > 1 else ''} du numéro sans pages.",
            )
        )
    if issue.page_count > 0:
        held = {p for e in plan.placed for p in e.pages}
        empty = [p for p in range(1, issue.page_count + 1) if p not in held]
        if empty:
            warnings.append(
                PlanWarning(
                    "empty_pages",
                    f"Page{'s' if len(empty) > 1 else ''} sans contenu : {format_pages(empty)}.",
                    pages=tuple(empty),
                )
            )
    return warnings


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# Contents and planner ---------------------------------------------------------


def table_of_contents(plan: Flatplan) -> list[ContentsLine]:
    """The table of contents: placed pieces in page order (slots are not listed)."""
    return [
        ContentsLine(e.section, e.title, e.authors, e.first_page, e.piece_id)  # type: ignore[arg-type]
        for e in plan.placed
        if e.is_piece
    ]


def planner_row(plan: Flatplan, today: date) -> PlannerRow:
    issue = plan.issue
    pieces = plan.pieces
    warnings = issue_warnings(issue, plan, today, with_fit=False)
    codes = {w.code for w in warnings}
    late = late_pieces(pieces, today)
    return PlannerRow(
        issue_id=issue.id,
        number=issue.number,
        theme=issue.theme,
        closing_date=issue.closing_date,
        release_date=issue.release_date,
        page_count=issue.page_count,
        planned=len(pieces),
        ready=sum(1 for p in pieces if is_ready(p.status)),
        placed_pages=len({p for e in plan.placed for p in e.pages}),
        late="late_closing" in codes or bool(late),
        late_pieces=len(late),
        over_budget="over_budget" in codes or "beyond_pages" in codes,
        warnings=tuple(w.message for w in warnings if w.code not in ("empty_pages", "unplaced")),
        closing_missed="late_closing" in codes,
    )


def planner_rows(plans: Iterable[Flatplan], today: date) -> list[PlannerRow]:
    """Rows of the planner, newest numéro first."""
    return sorted((planner_row(p, today) for p in plans), key=lambda r: -r.number)
