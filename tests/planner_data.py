"""A numéro of realistic size for the planner's tests: 132 pages, 80 pieces, covers and ads."""

from __future__ import annotations

from datetime import date, timedelta

from workbench import catalog, pieces
from workbench.catalog import IssueFields
from workbench.flatplan import changes

WORDS = [
    "centre",
    "de",
    "contacts",
    "relation",
    "client",
    "conseillers",
    "qualité",
    "omnicanal",
    "externalisation",
    "formation",
    "satisfaction",
    "parcours",
    "données",
    "plateforme",
    "téléphonie",
]


def body(signs: int) -> str:
    words, size, i = [], 0, 0
    while size < signs:
        word = WORDS[i % len(WORDS)]
        words.append(word)
        size += len(word) + 1
        i += 1
    return " ".join(words) + "."


def big_issue(store, publication_id: int, *, number: int = 120, pieces_count: int = 80) -> int:
    """132 pages: cover, sommaire, ads, careers, and ``pieces_count`` pieces of 1–2 pages.

    Bouclage in three weeks; due dates from ten days ago to three weeks ahead."""
    today = date.today()
    closing = today + timedelta(days=21)
    issue_id = catalog.create_issue(
        store,
        publication_id,
        IssueFields(number, "La relation client", 132, closing, closing + timedelta(days=14)),
    )
    changes.add_slot(store, issue_id, "cover", 1, 1, "Couverture")
    changes.add_slot(store, issue_id, "ad", 2, 1, "2e de couverture")
    changes.add_slot(store, issue_id, "contents", 3, 1, "Sommaire")
    changes.add_slot(store, issue_id, "careers", 100, 2, "Carrières")
    changes.add_slot(store, issue_id, "ad", 131, 2, "3e et 4e de couverture")
    statuses = ("idee", "commande", "redaction", "remis", "relecture", "valide", "maquette")
    page = 4
    for index in range(pieces_count):
        count = 2 if index % 3 == 0 else 1
        if page in (100, 101):
            page = 102
        first = page if page + count - 1 <= 130 else None
        pieces.create_piece(
            store,
            publication_id,
            ("interview", "reportage", "chronique", "breve")[index % 4],
            f"Papier {index + 1} : les centres de contacts face à l'IA",
            issue_id=issue_id,
            contributors=[(f"Auteur {index % 12}", "author")],
            status=statuses[index % len(statuses)],
            body=body(3000 + (index % 5) * 1500),
            page_count=count,
            first_page=first,
            due_date=today + timedelta(days=(index * 7) % 31 - 10),
        )
        if first is not None:
            page += count
    changes.follow_pages(store, issue_id)
    return issue_id
