"""``workbench check``: what can be wrong in a database, found without changing it."""

from __future__ import annotations

from dataclasses import dataclass

from db.engine import head_revision
from db.vocabulary import CONTRIBUTOR_ROLES, PIECE_KINDS, PIECE_STATUSES
from workbench.store import Store


@dataclass(frozen=True, slots=True)
class Finding:
    severity: str  # "error" or "warning"
    message: str


def check_store(store: Store) -> list[Finding]:
    findings: list[Finding] = []
    result = store.scalar("PRAGMA integrity_check")
    if result != "ok":
        findings.append(Finding("error", f"Intégrité SQLite : {result}"))
    for row in store.query("PRAGMA foreign_key_check"):
        findings.append(
            Finding(
                "error", f"Référence cassée dans la table {row[0]} (ligne {row[1]}) vers {row[2]}."
            )
        )
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
    _check_flatplans(store, findings)
    return findings


def _check_flatplans(store: Store, findings: list[Finding]) -> None:
    """Pages held twice in a chemin de fer (only code paths that bypass the planner can do it)."""
    from workbench.flatplan import load_flatplan
    from workbench.planning import format_pages, overlaps

    rows = store.query(
        "SELECT DISTINCT i.id, i.number FROM issue i WHERE i.deleted_at IS NULL AND ("
        "EXISTS (SELECT 1 FROM piece p WHERE p.issue_id = i.id AND p.first_page IS NOT NULL) "
        "OR EXISTS (SELECT 1 FROM flatplan_slot s WHERE s.issue_id = i.id))"
    )
    for row in rows:
        plan = load_flatplan(store, row["id"], with_text=False)
        for overlap in overlaps(plan.entries):
            findings.append(
                Finding(
                    "warning",
                    f"N°{row['number']} : {overlap.first.describe()} et {overlap.second.describe()} "
                    f"se partagent les pages {format_pages(overlap.pages)}.",
                )
            )


def _check_codes(store: Store, findings: list[Finding], column: str, allowed, label: str) -> None:
    rows = store.query(
        f"SELECT id, {column} FROM piece WHERE {column} NOT IN ({','.join('?' * len(allowed))})",
        tuple(allowed),
    )
    for row in rows:
        findings.append(
            Finding("error", f"Le papier {row[0]} a un {label} inconnu : « {row[1]} ».")
        )
