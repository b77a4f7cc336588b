"""Reading a bundle back into a store: the numéro, its pieces, contributors and images.

For a database lost or damaged after an export, or to move a numéro to another
Workbench: the fields come from manifest.json, the bodies from the Markdown files, every
file is checked against its SHA-256 first, and everything goes in one transaction, so a
bundle that cannot be read leaves the store as it was.

The Markdown reader is pluggable (``read_markdown(text) -> (front matter, body)``); by
default it is the exporter's own, which reads exactly what the exporter writes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.backups import take_backup
from workbench.catalog import ValidationError, add_default_sections
from workbench.export import markdown
from workbench.export.bundle import BUNDLE_FORMAT, MANIFEST
from workbench.export.manifest_check import ManifestError, check_manifest
from workbench.export.names import UnsafePathError, check_relative, inside
from workbench.limits import MAX_BUNDLE_FILE, MAX_BUNDLE_UNCOMPRESSED, LimitError, check_archive
from workbench.pieces import replace_contributors, validate_piece_fields
from workbench.rights import Right, require
from workbench.store import Store, StoreError, utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

log = logging.getLogger(__name__)

MarkdownReader = Callable[[str], tuple[dict[str, Any], str]]

PIECE_FIELDS = (
    "kind",
    "title",
    "standfirst",
    "status",
    "target_signs",
    "due_date",
    "first_page",
    "page_count",
    "published_at",
    "signature_note",
    "edito_number",
)


class BundleError(StoreError):
    """A bundle that cannot be read back, with a message naming the file."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    publication_id: int
    issue_id: int
    number: int
    piece_ids: tuple[int, ...]


class _Bundle:
    """Files of a bundle folder or zip, read by their relative path and checked."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.zip: zipfile.ZipFile | None = None
        self.prefix = ""
        if source.is_dir():
            if not (source / MANIFEST).is_file():
                raise BundleError(
                    f"« {source} » n'est pas un dossier d'export (pas de {MANIFEST})."
                )
        elif source.is_file():
            try:
                self.zip = zipfile.ZipFile(source)
            except (zipfile.BadZipFile, OSError) as exc:
                raise BundleError(
                    f"« {source} » n'est ni un dossier ni un zip lisible ({exc})."
                ) from exc
            try:
                check_archive(self.zip, max_total=MAX_BUNDLE_UNCOMPRESSED, allow_nested=(".docx",))
            except LimitError as exc:
                self.zip.close()
                raise BundleError(f"« {source} » est refusé : {exc}.") from exc
            names = set(self.zip.namelist())
            manifests = sorted(n for n in names if n == MANIFEST or n.endswith("/" + MANIFEST))
            top = [n for n in manifests if n.count("/") <= 1]
            if not top:
                raise BundleError(f"« {source} » ne contient pas de {MANIFEST}.")
            self.prefix = top[0][: -len(MANIFEST)]
        else:
            raise BundleError(f"« {source} » n'existe pas.")
        try:
            self.manifest = json.loads(self.read(MANIFEST))
        except ValueError as exc:
            raise BundleError(f"{MANIFEST} de « {source} » est illisible ({exc}).") from exc
        if not isinstance(self.manifest, dict) or self.manifest.get("format") != BUNDLE_FORMAT:
            raise BundleError(f"« {source} » n'est pas un export Workbench.")
        try:
            check_manifest(self.manifest)
        except ManifestError as exc:
            raise BundleError(f"Le manifeste de « {source} » est refusé : {exc}.") from exc
        self.checksums = {
            entry["path"]: entry["sha256"] for entry in self.manifest.get("files", [])
        }

    def read(self, relative: str) -> bytes:
        try:
            check_relative(relative)
            if self.zip is not None:
                size = self.zip.getinfo(self.prefix + relative).file_size
            else:
                path = inside(self.source, relative)
                size = path.stat().st_size
            if size > MAX_BUNDLE_FILE:
                raise BundleError(
                    f"« {relative} » est trop volumineux ({size // (1024 * 1024)} Mo ; "
                    f"maximum {MAX_BUNDLE_FILE // (1024 * 1024)} Mo)."
                )
            if self.zip is not None:
                return self.zip.read(self.prefix + relative)
            return path.read_bytes()
        except (KeyError, OSError, UnsafePathError, zipfile.BadZipFile) as exc:
            raise BundleError(
                f"« {relative} » manque dans « {self.source} » ou est illisible."
            ) from exc

    def checked(self, relative: str) -> bytes:
        data = self.read(relative)
        expected = self.checksums.get(relative)
        if expected is None or hashlib.sha256(data).hexdigest() != expected:
            raise BundleError(
                f"« {relative} » ne correspond pas à la somme de contrôle du manifeste : "
                "le fichier a été modifié ou abîmé."
            )
        return data

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _publication(session: Session, info: dict[str, Any]) -> int:
    from sqlmodel import func, select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Publication  # noqa: PLC0415 - start-up: SQLModel loads on first use

    name = str(info.get("name", "")).strip()
    if not name:
        raise BundleError("Le manifeste ne nomme pas de publication.")
    found = session.exec(
        select(Publication).where(func.lower(Publication.name) == name.lower())
    ).first()
    if found is not None:
        return found.id
    now = utcnow()
    publication = Publication(
        name=name,
        tagline=info.get("tagline", ""),
        footnote_style=info.get("footnote_style", "symbols"),
        narrow_nbsp=bool(info.get("narrow_nbsp", True)),
        created_at=now,
        updated_at=now,
    )
    session.add(publication)
    session.flush()
    add_default_sections(session, publication.id)
    session.flush()
    return publication.id


def _sections(
    session: Session, publication_id: int, wanted: list[dict[str, Any]]
) -> dict[str, int]:
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Section  # noqa: PLC0415 - start-up: SQLModel loads on first use

    existing = {
        s.name: s.id
        for s in session.exec(select(Section).where(Section.publication_id == publication_id)).all()
    }
    for info in wanted:
        if info["name"] not in existing:
            section = Section(
                publication_id=publication_id,
                name=info["name"],
                position=info.get("position", 0),
                signs_per_page=info.get("signs_per_page", 4500),
                wants_standfirst=bool(info.get("wants_standfirst", False)),
            )
            session.add(section)
            session.flush()
            existing[section.name] = section.id
    return existing


def _piece_fields(entry: dict[str, Any]) -> dict[str, Any]:
    fields = {name: entry.get(name) for name in PIECE_FIELDS}
    fields["due_date"] = _date(fields["due_date"])
    fields["published_at"] = _datetime(fields["published_at"])
    fields["standfirst"] = fields["standfirst"] or ""
    fields["signature_note"] = fields["signature_note"] or ""
    fields["page_count"] = fields["page_count"] or 1
    validate_piece_fields(fields)
    return fields


def import_bundle(
    store: Store, source: Path | str, *, read_markdown: MarkdownReader | None = None
) -> ImportResult:
    """Create the numéro of bundle ``source`` (folder or .zip) and its pieces in ``store``.

    Refuses (BundleError) when the numéro already exists in the publication: put it in
    the trash first to restore it from the bundle.
    """
    require(store, Right.PLAN)
    try:
        return _import_bundle(store, source, read_markdown)
    except BundleError as exc:
        log.warning("bundle %s refused: %s", Path(source).name, exc)
        raise


def _import_bundle(
    store: Store, source: Path | str, read_markdown: MarkdownReader | None
) -> ImportResult:
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Asset, FlatplanSlot, Issue, Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    reader = read_markdown or markdown.read_markdown
    bundle = _Bundle(Path(source).expanduser())
    try:
        manifest = bundle.manifest
        issue_info = manifest.get("issue") or {}
        try:
            number = int(issue_info["number"])
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleError("Le manifeste n'indique pas de numéro.") from exc
        # Read and check every file before the store is touched.
        bodies: list[str] = []
        images: list[list[bytes]] = []
        for entry in manifest.get("pieces", []):
            path = entry["files"]["markdown"]["path"]
            try:
                _, body = reader(bundle.checked(path).decode("utf-8"))
            except (UnicodeDecodeError, markdown.FrontMatterError) as exc:
                raise BundleError(f"« {path} » est illisible : {exc}.") from exc
            bodies.append(body)
            images.append([bundle.checked(a["path"]) for a in entry.get("assets", [])])

        if not store.is_shared:  # a team store's backups are its server's (pg_dump)
            take_backup(store.path, "import")  # a whole numéro comes in: keep the base before
        now = utcnow()
        piece_ids: list[int] = []
        with store.session() as session:
            publication_id = _publication(session, manifest.get("publication") or {})
            clash = session.exec(
                select(Issue).where(
                    Issue.publication_id == publication_id,
                    Issue.number == number,
                    Issue.deleted_at.is_(None),  # type: ignore[union-attr]
                )
            ).first()
            if clash is not None:
                raise BundleError(
                    f"Le numéro {number} existe déjà : mettez-le à la corbeille avant de le "
                    "réimporter."
                )
            sections = _sections(session, publication_id, manifest.get("sections", []))
            issue = Issue(
                publication_id=publication_id,
                number=number,
                theme=issue_info.get("theme", ""),
                page_count=issue_info.get("page_count", 0),
                closing_date=_date(issue_info.get("closing_date")),
                release_date=_date(issue_info.get("release_date")),
                status=issue_info.get("status", "planned"),
                created_at=now,
                updated_at=now,
            )
            session.add(issue)
            session.flush()
            for slot in (manifest.get("flatplan") or {}).get("slots", []):
                session.add(FlatplanSlot(issue_id=issue.id, **slot))
            for entry, body, blobs in zip(manifest.get("pieces", []), bodies, images, strict=True):
                piece = Piece(
                    publication_id=publication_id,
                    issue_id=issue.id,
                    section_id=sections.get(entry.get("section") or ""),
                    body=body,
                    position=entry.get("position", 0),
                    version=entry.get("version", 1),
                    created_at=_datetime(entry.get("created_at")) or now,
                    updated_at=_datetime(entry.get("updated_at")) or now,
                    **_piece_fields(entry),
                )
                session.add(piece)
                session.flush()
                replace_contributors(
                    session,
                    piece.id,
                    [(c["name"], c["role"]) for c in entry.get("contributors", [])],
                )
                for info, data in zip(entry.get("assets", []), blobs, strict=True):
                    session.add(
                        Asset(
                            piece_id=piece.id,
                            filename=info["filename"],
                            media_type=info.get("media_type", "image/jpeg"),
                            data=data,
                            caption=info.get("caption", ""),
                            credit=info.get("credit", ""),
                            position=info.get("position", 0),
                        )
                    )
                piece_ids.append(piece.id)
            _comments(session, store, zip(piece_ids, manifest.get("pieces", []), strict=True))
            issue_id = issue.id
    except ValidationError as exc:
        raise BundleError(f"Le manifeste contient un papier invalide : {exc}") from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleError(
            f"Le manifeste de « {source} » est incomplet ou mal formé ({exc})."
        ) from exc
    finally:
        bundle.close()
    log.info("bundle imported: issue %s with %s pieces", number, len(piece_ids))
    return ImportResult(publication_id, issue_id, number, tuple(piece_ids))


def _comments(session: Session, store: Store, pieces: Iterable[tuple[int, dict[str, Any]]]) -> None:
    """The editorial comments a bundle made ``--with-comments`` holds, with their authors
    and dates (on a team store the editor-in-chief's import keeps them: ``copying``)."""
    from sqlalchemy import text  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Comment  # noqa: PLC0415 - start-up: SQLModel loads on first use

    pieces = [(piece_id, entry) for piece_id, entry in pieces if entry.get("comments")]
    if not pieces:
        return
    session.flush()  # the pieces' own triggers run before a copy's flag is set
    if store.is_shared:
        session.exec(text("SELECT set_config('workbench.copying', 'on', true)"))  # type: ignore[call-overload]
    now = utcnow()
    for piece_id, entry in pieces:
        new_ids: dict[int, int] = {}
        for raw in entry["comments"]:
            passage = raw.get("passage") or {}
            created = _datetime(raw.get("created_at")) or now
            comment = Comment(
                piece_id=piece_id,
                parent_id=new_ids.get(raw["parent"]) if raw.get("parent") is not None else None,
                author=raw.get("author", ""),
                body=raw["text"],
                created_at=created,
                updated_at=created,
                resolved_at=now if raw.get("resolved") else None,
                resolved_by=raw.get("resolved_by", ""),
                anchor_start=passage.get("start"),
                anchor_end=passage.get("end"),
                anchor_text=passage.get("words", ""),
                anchor_lost=bool(passage.get("deleted", False)),
            )
            session.add(comment)
            session.flush()
            assert comment.id is not None  # flushed
            new_ids[raw["id"]] = comment.id
