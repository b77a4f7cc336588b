"""Writing travelling records into one side (a team store or an offline file).

Everything here runs inside the caller's transaction (``Store.raw_transaction``): a
sync writes each side in one transaction. Rows are found by ``uid``; rubriques and
contributors by name; the local integer ids are each side's own.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from workbench.offline.records import Record
from workbench.store import utcnow


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Side:
    """One side of a sync, written through the connection of its open transaction."""

    def __init__(self, conn: Any, publication_id: int) -> None:
        self.conn = conn
        self.publication_id = publication_id

    def _scalar(self, sql: str, params: tuple = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def id_of(self, table: str, uid: str | None) -> int | None:
        if uid is None:
            return None
        return self._scalar(f"SELECT id FROM {table} WHERE uid = ?", (uid,))

    def _section(self, name: str | None) -> int | None:
        if not name:
            return None
        return self._scalar(
            "SELECT id FROM section WHERE publication_id = ? AND name = ?",
            (self.publication_id, name),
        )

    def _contributor(self, name: str) -> int:
        found = self._scalar("SELECT id FROM contributor WHERE name = ?", (name,))
        if found is None:
            self.conn.execute("INSERT INTO contributor (name, bio) VALUES (?, '')", (name,))
            found = self._scalar("SELECT id FROM contributor WHERE name = ?", (name,))
        return int(found)

    # Numéro and slots ------------------------------------------------------------

    def write_issue(self, record: Record) -> None:
        v = record.values
        deleted = self._scalar("SELECT deleted_at FROM issue WHERE uid = ?", (record.uid,))
        self.conn.execute(
            "UPDATE issue SET number = ?, theme = ?, page_count = ?, closing_date = ?, "
            "release_date = ?, status = ?, deleted_at = ?, updated_at = ? WHERE uid = ?",
            (
                v["number"],
                v["theme"],
                v["page_count"],
                _day(v["closing_date"]),
                _day(v["release_date"]),
                v["status"],
                (deleted or utcnow()) if v["deleted"] else None,
                utcnow(),
                record.uid,
            ),
        )

    def write_slot(self, record: Record, issue_uid: str) -> None:
        v = record.values
        if self.id_of("flatplan_slot", record.uid) is None:
            self.conn.execute(
                "INSERT INTO flatplan_slot (uid, issue_id, kind, label, first_page, page_count) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    record.uid,
                    self.id_of("issue", issue_uid),
                    v["kind"],
                    v["label"],
                    v["first_page"],
                    v["page_count"],
                ),
            )
            return
        self.conn.execute(
            "UPDATE flatplan_slot SET kind = ?, label = ?, first_page = ?, page_count = ? "
            "WHERE uid = ?",
            (v["kind"], v["label"], v["first_page"], v["page_count"], record.uid),
        )

    def delete_slot(self, uid: str) -> None:
        self.conn.execute("DELETE FROM flatplan_slot WHERE uid = ?", (uid,))

    # Pieces ---------------------------------------------------------------------

    def create_piece(self, uid: str, text: Record, fields: Record, place: Record) -> None:
        now = utcnow()
        self.conn.execute(
            "INSERT INTO piece (uid, publication_id, kind, title, standfirst, body, status, "
            "position, page_count, signature_note, version, updated_by, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1, '', 1, '', ?, ?)",
            (
                uid,
                self.publication_id,
                fields.values["kind"],
                text.values["title"],
                text.values["standfirst"],
                text.values["body"],
                fields.values["status"],
                now,
                now,
            ),
        )
        self.write_fields(fields)
        self.write_place(place)

    def _touch(self, uid: str) -> None:
        self.conn.execute(
            "UPDATE piece SET version = version + 1, updated_at = ? WHERE uid = ?",
            (utcnow(), uid),
        )

    def write_text(self, record: Record) -> None:
        v = record.values
        self.conn.execute(
            "UPDATE piece SET title = ?, standfirst = ?, body = ? WHERE uid = ?",
            (v["title"], v["standfirst"], v["body"], record.uid),
        )
        self._touch(record.uid)

    def write_fields(self, record: Record) -> None:
        v = record.values
        section = self._section(v["section"])
        if v["section"] and section is None:  # a rubrique this side does not have: kept
            section = self._scalar("SELECT section_id FROM piece WHERE uid = ?", (record.uid,))
        self.conn.execute(
            "UPDATE piece SET kind = ?, status = ?, target_signs = ?, due_date = ?, "
            "signature_note = ?, published_at = ?, edito_number = ?, section_id = ? "
            "WHERE uid = ?",
            (
                v["kind"],
                v["status"],
                v["target_signs"],
                _day(v["due_date"]),
                v["signature_note"],
                _moment(v["published_at"]),
                v["edito_number"],
                section,
                record.uid,
            ),
        )
        piece_id = self.id_of("piece", record.uid)
        current = [
            [row[0], row[1], row[2]]
            for row in self.conn.execute(
                "SELECT c.name, pc.role, pc.position FROM piece_contributor pc JOIN contributor c "
                "ON c.id = pc.contributor_id WHERE pc.piece_id = ? "
                "ORDER BY pc.position, c.name, pc.role",
                (piece_id,),
            ).fetchall()
        ]
        if current != v["contributors"]:
            self.conn.execute("DELETE FROM piece_contributor WHERE piece_id = ?", (piece_id,))
            for name, role, position in v["contributors"]:
                self.conn.execute(
                    "INSERT INTO piece_contributor (piece_id, contributor_id, role, position) "
                    "VALUES (?, ?, ?, ?)",
                    (piece_id, self._contributor(name), role, position),
                )
        self._touch(record.uid)

    def write_place(self, record: Record) -> None:
        v = record.values
        issue_id = self.id_of("issue", v["issue"])
        if v["issue"] is not None and issue_id is None:
            # Moved to a numéro this side does not hold: it keeps its own place here
            # (each side's base remembers how it holds it: nothing goes back).
            return
        deleted = self._scalar("SELECT deleted_at FROM piece WHERE uid = ?", (record.uid,))
        self.conn.execute(
            "UPDATE piece SET issue_id = ?, first_page = ?, page_count = ?, position = ?, "
            "deleted_at = ? WHERE uid = ?",
            (
                issue_id,
                v["first_page"],
                v["page_count"],
                v["position"],
                (deleted or utcnow()) if v["deleted"] else None,
                record.uid,
            ),
        )
        self._touch(record.uid)

    def trash_piece(self, uid: str) -> None:
        self.conn.execute(
            "UPDATE piece SET deleted_at = coalesce(deleted_at, ?) WHERE uid = ?",
            (utcnow(), uid),
        )
        self._touch(uid)

    def write_assign(self, record: Record) -> None:
        piece_id = self.id_of("piece", record.uid)
        self.conn.execute("DELETE FROM assignment WHERE piece_id = ?", (piece_id,))
        for login, role, due in record.values["people"]:
            self.conn.execute(
                "INSERT INTO assignment (piece_id, login, role, due_date, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (piece_id, login, role, _day(due), utcnow()),
            )

    # Comments and revisions ----------------------------------------------------------

    def write_comment(self, record: Record) -> None:
        v = record.values
        resolved = (
            self._scalar("SELECT resolved_at FROM comment WHERE uid = ?", (record.uid,)) or utcnow()
        )
        values = (
            v["body"],
            resolved if v["resolved"] else None,
            v["resolved_by"],
            v["anchor_start"],
            v["anchor_end"],
            v["anchor_text"],
            v["anchor_lost"],
        )
        if self.id_of("comment", record.uid) is None:
            created = _moment(v["created_at"])
            self.conn.execute(
                "INSERT INTO comment (uid, piece_id, parent_id, author, created_at, updated_at, "
                "body, resolved_at, resolved_by, anchor_start, anchor_end, anchor_text, "
                "anchor_lost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.uid,
                    self.id_of("piece", v["piece"]),
                    self.id_of("comment", v["parent"]),
                    v["author"],
                    created,
                    created,
                    *values,
                ),
            )
            return
        self.conn.execute(
            "UPDATE comment SET body = ?, resolved_at = ?, resolved_by = ?, anchor_start = ?, "
            "anchor_end = ?, anchor_text = ?, anchor_lost = ?, parent_id = ?, updated_at = ? "
            "WHERE uid = ?",
            (*values, self.id_of("comment", v["parent"]), utcnow(), record.uid),
        )

    def delete_comment(self, uid: str) -> None:
        comment_id = self.id_of("comment", uid)
        self.conn.execute("DELETE FROM comment WHERE parent_id = ?", (comment_id,))
        self.conn.execute("DELETE FROM comment WHERE id = ?", (comment_id,))

    def write_revision(self, record: Record, note: str | None = None) -> None:
        v = record.values
        self.conn.execute(
            "INSERT INTO revision (uid, piece_id, created_at, title, standfirst, body, note, "
            "author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.uid,
                self.id_of("piece", v["piece"]),
                _moment(v["created_at"]),
                v["title"],
                v["standfirst"],
                v["body"],
                v["note"] if note is None else note,
                v["author"],
            ),
        )
