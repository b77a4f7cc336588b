"""Fixed slots of the chemin de fer (couverture, sommaire, publicités, pages carrières, pages
fixes) and starting a numéro from another one's structure. One transaction per function."""

from __future__ import annotations

from datetime import date

from db.vocabulary import SlotKind
from workbench.catalog import (
    IssueFields,
    ValidationError,
    find_issue,
    get_issue,
    validate_issue_fields,
)
from workbench.flatplan.transaction import SLOT, checked, live_issue, session_plan
from workbench.rights import Right, require
from workbench.store import Store, StoreError, utcnow

SLOT_KINDS: tuple[str, ...] = tuple(k.value for k in SlotKind)


def _check_slot_kind(kind: str) -> None:
    if kind not in SLOT_KINDS:
        raise ValidationError(f"Type d'emplacement inconnu : « {kind} ».")


def add_slot(
    store: Store, issue_id: int, kind: str, first_page: int, page_count: int = 1, label: str = ""
) -> int:
    """Reserve pages for a cover, sommaire, ad, careers or fixed page; returns the slot id."""
    require(store, Right.PLAN)
    from db.models import FlatplanSlot  # noqa: PLC0415 - start-up: SQLModel loads on first use

    _check_slot_kind(kind)
    with store.session() as session:
        issue = live_issue(session, issue_id)
        checked(session_plan(session, issue), None, first_page, page_count)
        slot = FlatplanSlot(
            issue_id=issue_id,
            kind=kind,
            label=label.strip(),
            first_page=first_page,
            page_count=page_count,
        )
        session.add(slot)
        session.flush()
        return slot.id  # type: ignore[return-value]


def update_slot(
    store: Store,
    slot_id: int,
    *,
    kind: str | None = None,
    label: str | None = None,
    first_page: int | None = None,
    page_count: int | None = None,
) -> None:
    require(store, Right.PLAN)
    from db.models import FlatplanSlot  # noqa: PLC0415 - start-up: SQLModel loads on first use

    if kind is not None:
        _check_slot_kind(kind)
    with store.session() as session:
        slot = session.get(FlatplanSlot, slot_id)
        if slot is None:
            raise StoreError(f"Aucun emplacement n'a l'identifiant {slot_id}.")
        new_first = slot.first_page if first_page is None else first_page
        new_count = slot.page_count if page_count is None else page_count
        if (new_first, new_count) != (slot.first_page, slot.page_count):
            plan = session_plan(session, live_issue(session, slot.issue_id))
            checked(plan, (SLOT, slot_id), new_first, new_count)
        slot.first_page, slot.page_count = new_first, new_count
        if kind is not None:
            slot.kind = kind
        if label is not None:
            slot.label = label.strip()


def remove_slot(store: Store, slot_id: int) -> None:
    """Free the slot's pages (a slot is a reservation, not written work: it is deleted)."""
    require(store, Right.PLAN)
    from db.models import FlatplanSlot  # noqa: PLC0415 - start-up: SQLModel loads on first use

    with store.session() as session:
        slot = session.get(FlatplanSlot, slot_id)
        if slot is None:
            raise StoreError(f"Aucun emplacement n'a l'identifiant {slot_id}.")
        session.delete(slot)


# Planning ahead --------------------------------------------------------------


def duplicate_issue_structure(
    store: Store,
    issue_id: int,
    new_number: int,
    *,
    theme: str = "",
    closing_date: date | None = None,
    release_date: date | None = None,
) -> int:
    """Start numéro ``new_number`` from another one's structure: page count and slots
    (couverture, sommaire, ads, fixed pages). Pieces are not copied; rubriques belong to the
    publication, so the new numéro has them already. Returns the new numéro's id."""
    require(store, Right.PLAN)
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import FlatplanSlot, Issue  # noqa: PLC0415 - start-up: SQLModel loads on first use

    source = get_issue(store, issue_id)
    if source.deleted:
        raise StoreError(f"Aucun numéro n'a l'identifiant {issue_id}.")
    fields = IssueFields(new_number, theme, source.page_count, closing_date, release_date)
    validate_issue_fields(fields)
    if find_issue(store, source.publication_id, new_number):
        raise ValidationError(f"Le numéro {new_number} existe déjà dans cette publication.")
    now = utcnow()
    with store.session() as session:
        issue = Issue(
            publication_id=source.publication_id,
            number=new_number,
            theme=theme.strip(),
            page_count=source.page_count,
            closing_date=closing_date,
            release_date=release_date,
            created_at=now,
            updated_at=now,
        )
        session.add(issue)
        session.flush()
        for slot in session.exec(
            select(FlatplanSlot).where(FlatplanSlot.issue_id == issue_id)
        ).all():
            session.add(
                FlatplanSlot(
                    issue_id=issue.id,  # type: ignore[arg-type]
                    kind=slot.kind,
                    label=slot.label,
                    first_page=slot.first_page,
                    page_count=slot.page_count,
                )
            )
        return issue.id  # type: ignore[return-value]
