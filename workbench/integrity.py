"""``workbench check``: what can be wrong in a database, found without changing it."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from db.engine import head_revision
from db.vocabulary import CONTRIBUTOR_ROLES, PIECE_KINDS, PIECE_STATUSES
from workbench.catalog import ISSUE_STATUSES
from workbench.flatplan.changes import load_flatplan
from workbench.flatplan.rules import format_pages, overlaps
from workbench.limits import MAX_ISSUE_PAGES
from workbench.rights import ROLES
from workbench.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Finding:
    severity: str  # "error" or "warning"
    message: str


def check_store(store: Store) -> list[Finding]:
    findings = [Finding("error", problem) for problem in store.sql.storage_problems(store.query)]
    revision = store.scalar("SELECT version_num FROM alembic_version")
    if revision != head_revision():
        findings.append(Finding("error", f"Schéma {revision}, attendu {head_revision()}."))
    _check_codes(store, findings, "kind", PIECE_KINDS, "genre")
    _check_codes(store, findings, "status", PIECE_STATUSES, "statut")
    for row in store.query(
        f"SELECT DISTINCT role FROM piece_contributor WHERE role NOT IN ({','.join('?' * len(CONTRIBUTOR_ROLES))})",
        CONTRIBUTOR_ROLES,
    ):
        findings.append(Finding("error", f"Rôle de contributeur inconnu : « {row[0]} »."))
    for row in store.query(
        "SELECT p.id, p.title, i.number FROM piece p JOIN issue i ON i.id = p.issue_id "
        "WHERE p.deleted_at IS NULL AND i.deleted_at IS NOT NULL"
    ):
        findings.append(
            Finding(
                "warning",
                f"Le papier {row[0]} « {row[1]} » est dans le numéro {row[2]}, qui est à la corbeille.",
            )
        )
    for row in store.query(
        "SELECT p.id, p.title FROM piece p JOIN issue i ON i.id = p.issue_id "
        "WHERE p.publication_id != i.publication_id"
    ):
        findings.append(
            Finding(
                "error",
                f"Le papier {row[0]} « {row[1]} » est dans un numéro d'une autre publication.",
            )
        )
    for row in store.query(
        "SELECT publication_id, number, count(*) FROM issue WHERE deleted_at IS NULL "
        "GROUP BY publication_id, number HAVING count(*) > 1"
    ):
        findings.append(Finding("error", f"Le numéro {row[1]} existe {row[2]} fois."))
    broken = _check_values(store, findings)
    _check_flatplans(store, findings, skip=broken)
    _check_team(store, findings)
    return findings


def _check_team(store: Store, findings: list[Finding]) -> None:
    """People, their assignments and the comments' anchors."""
    for row in store.query(
        f"SELECT login, role FROM person WHERE role NOT IN ({','.join('?' * len(ROLES))})", ROLES
    ):
        findings.append(Finding("error", f"Rôle inconnu pour « {row[0]} » : « {row[1]} »."))
    for row in store.query(
        "SELECT DISTINCT a.login FROM assignment a LEFT JOIN person p ON p.login = a.login "
        "WHERE p.login IS NULL"
    ):
        findings.append(
            Finding(
                "warning", f"Des papiers sont attribués à « {row[0]} », qui n'est pas de l'équipe."
            )
        )
    for row in store.query(
        "SELECT c.id, c.piece_id, c.anchor_start, c.anchor_end, c.anchor_text, p.body "
        "FROM comment c JOIN piece p ON p.id = c.piece_id "
        "WHERE c.anchor_start IS NOT NULL AND NOT c.anchor_lost"
    ):
        comment, piece, start, end, words, body = row[:6]
        if not (0 <= start <= end <= len(body)) or body[start:end][: len(words)] != words:
            findings.append(
                Finding(
                    "warning",
                    f"Le commentaire {comment} du papier {piece} ne pointe plus sur ses mots "
                    f"(« {words[:40]} »).",
                )
            )
    for row in store.query(
        "SELECT c.id FROM comment c JOIN comment parent ON parent.id = c.parent_id "
        "WHERE parent.piece_id <> c.piece_id OR parent.parent_id IS NOT NULL"
    ):
        findings.append(
            Finding("error", f"La réponse {row[0]} n'est pas dans le fil de son papier.")
        )


def check_store_safely(store: Store) -> tuple[list[Finding], bool]:
    """:func:`check_store`, and whether the file is damaged: a file SQLite cannot read is
    reported as a finding instead of failing the check."""
    try:
        return check_store(store), False
    except sqlite3.DatabaseError as exc:
        log.error("store %s is damaged: %s", store.location.display(), exc)
        message = (
            f"La base est endommagée (SQLite : {exc}) : restaurez une sauvegarde "
            "(workbench backups list)."
        )
        return [Finding("error", message)], True


_BAD_EXTENT = (
    "{first_integer} OR {count_integer} OR {t}.first_page < 1 OR {t}.page_count < 1 "
    "OR {t}.first_page + {t}.page_count - 1 > i.page_count"
)


def _bad_extent(store: Store, table: str) -> str:
    return _BAD_EXTENT.format(
        t=table,
        first_integer=store.sql.not_integer(f"{table}.first_page"),
        count_integer=store.sql.not_integer(f"{table}.page_count"),
    )


def _check_values(store: Store, findings: list[Finding]) -> set[int]:
    """Values only a script, a hand-edited bundle or a damaged file can store: versions,
    page counts, pages outside their numéro, unknown numéro statuses. Returns the numéros
    whose chemin de fer cannot be drawn."""

    for row in store.query(
        f"SELECT id, title, version FROM piece WHERE {store.sql.not_integer('version')} "
        "OR version < 1"
    ):
        findings.append(
            Finding(
                "error", f"Le papier {row[0]} « {row[1]} » a une version invalide : « {row[2]} »."
            )
        )
    broken: set[int] = set()
    for row in store.query(
        "SELECT id, number, page_count, status FROM issue WHERE "
        f"{store.sql.not_integer('page_count')} "
        f"OR page_count < 0 OR page_count > {MAX_ISSUE_PAGES} "
        f"OR status NOT IN ({','.join('?' * len(ISSUE_STATUSES))})",
        ISSUE_STATUSES,
    ):
        broken.add(row[0])
        findings.append(
            Finding(
                "error",
                f"Le numéro {row[1]} a un nombre de pages ou un statut invalide "
                f"(« {row[2]} », « {row[3]} »).",
            )
        )
    for row in store.query(
        "SELECT p.id, p.title, i.id, i.number FROM piece p JOIN issue i ON i.id = p.issue_id "
        f"WHERE p.first_page IS NOT NULL AND ({_bad_extent(store, 'p')})"
    ):
        broken.add(row[2])
        findings.append(
            Finding(
                "error",
                f"Le papier {row[0]} « {row[1]} » occupe des pages qui n'existent pas dans le "
                f"N°{row[3]}.",
            )
        )
    for row in store.query(
        "SELECT s.id, s.label, i.id, i.number FROM flatplan_slot s "
        f"JOIN issue i ON i.id = s.issue_id WHERE {_bad_extent(store, 's')}"
    ):
        broken.add(row[2])
        findings.append(
            Finding(
                "error",
                f"L'emplacement « {row[1]} » occupe des pages qui n'existent pas dans le "
                f"N°{row[3]}.",
            )
        )
    return broken


def _check_flatplans(store: Store, findings: list[Finding], skip: set[int]) -> None:
    """Pages held twice in a chemin de fer (only code paths that bypass the planner can do it)."""

    rows = store.query(
        "SELECT DISTINCT i.id, i.number FROM issue i WHERE i.deleted_at IS NULL AND ("
        "EXISTS (SELECT 1 FROM piece p WHERE p.issue_id = i.id AND p.first_page IS NOT NULL) "
        "OR EXISTS (SELECT 1 FROM flatplan_slot s WHERE s.issue_id = i.id))"
    )
    for row in rows:
        if row["id"] in skip:
            continue
        plan = load_flatplan(store, row["id"], with_text=False)
        for overlap in overlaps(plan.entries):
            findings.append(
                Finding(
                    "warning",
                    f"N°{row['number']} : {overlap.first.describe()} et {overlap.second.describe()} "
                    f"se partagent les pages {format_pages(overlap.pages)}.",
                )
            )


def _check_codes(
    store: Store, findings: list[Finding], column: str, allowed: tuple[str, ...], label: str
) -> None:
    rows = store.query(
        f"SELECT id, {column} FROM piece WHERE {column} NOT IN ({','.join('?' * len(allowed))})",
        tuple(allowed),
    )
    for row in rows:
        findings.append(
            Finding("error", f"Le papier {row[0]} a un {label} inconnu : « {row[1]} ».")
        )
