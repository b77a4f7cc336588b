"""Importing files into the store: one transaction per file, and a report for people.

Which publication an imported piece goes to:

1. the ``publication_id`` given by the caller;
2. else the publication the file names (date line « … par Magazine X », front matter
   ``publication``) when one of that name exists (case and accents ignored);
3. else the store's only publication, when it has exactly one;
4. else a new publication with the name found in the file (and the page's tagline);
5. else « Publication importée » (created the first time).

A file already imported (same ``source_hash``: SHA-256 of its decoded text, or of its
bytes for DOCX) is reported as a duplicate and not stored again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.backups import take_backup
from db.vocabulary import PieceStatus
from workbench.catalog import KIND_SECTION, IssueFields, add_default_sections, validate_issue_fields
from workbench.failures import explain
from workbench.importers.docx_file import read_docx
from workbench.importers.markdown_file import read_markdown
from workbench.importers.model import ParsedPiece
from workbench.importers.report import (
    CREATED,
    DUPLICATE,
    REFUSED,
    FileResult,
    ImportReport,
    format_report,
)
from workbench.importers.textfile import MAX_BYTES, RefusedFile, read_bytes, read_text
from workbench.importers.webpage import read_webpage
from workbench.limits import LimitError, check_piece_size, strip_controls
from workbench.pieces import replace_contributors, validate_piece_fields
from workbench.rights import Right, require
from workbench.store import Store, StoreError, utcnow
from workbench.text.fold import fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from db.models import Publication

log = logging.getLogger(__name__)

DEFAULT_PUBLICATION = "Publication importée"
# An import of this many files or more is preceded by a backup of the database.
BACKUP_FROM_FILES = 10
FORMATS = {".txt": "page web", ".md": "markdown", ".markdown": "markdown", ".docx": "docx"}
DEFAULT_STATUS = PieceStatus.SUBMITTED.value
__all__ = [
    "CREATED",
    "DEFAULT_PUBLICATION",
    "DUPLICATE",
    "REFUSED",
    "FileResult",
    "ImportReport",
    "Collected",
    "collect",
    "collect_files",
    "format_report",
    "import_file",
    "import_paths",
    "read_piece",
]

# Files ------------------------------------------------------------------------


@dataclass(slots=True)
class Collected:
    """The files an import will read, and those refused while walking the folders."""

    files: list[Path] = field(default_factory=list)
    refused: list[FileResult] = field(default_factory=list)


def collect(paths: Iterable[Path | str]) -> Collected:
    """Given files as they are, folders walked recursively in sorted order for the known
    extensions (hidden files and folders skipped). A symbolic link inside a folder that
    leads out of it (a private key, a system file) is refused, never followed."""
    collected = Collected()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            collected.files.append(path)
            continue
        root = path.resolve()
        found = []
        for candidate in path.rglob("*"):
            relative = candidate.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if candidate.suffix.lower() not in FORMATS or not candidate.is_file():
                continue
            if not candidate.resolve().is_relative_to(root):
                log.warning(
                    "link %s leads out of the imported folder: not followed", candidate.name
                )
                result = FileResult(path=str(candidate), status=REFUSED)
                result.reasons.append(
                    "lien symbolique vers un fichier hors du dossier importé : non suivi"
                )
                collected.refused.append(result)
                continue
            found.append(candidate)
        collected.files.extend(sorted(found, key=lambda p: p.relative_to(path).parts))
    return collected


def collect_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files :func:`collect` would read."""
    return collect(paths).files


def read_piece(
    path: Path, taglines: tuple[str, ...] = (), publications: tuple[str, ...] = ()
) -> tuple[ParsedPiece, str, str, str]:
    """Read one file: (piece, source hash, format label, encoding). Raises RefusedFile,
    also when the piece is over one of :mod:`workbench.limits`' bounds.

    ``taglines`` and ``publications`` are the store's (a web page's furniture, and the
    names that label an interview's questions)."""
    if not path.exists():
        raise RefusedFile("fichier introuvable")
    if path.is_dir():
        raise RefusedFile("c'est un dossier")
    suffix = path.suffix.lower()
    if suffix not in FORMATS and suffix not in ("", ".text"):
        raise RefusedFile(
            f"format non pris en charge ({suffix}) : fichiers acceptés .txt, .md, .markdown, .docx"
        )
    encoding = ""
    if suffix == ".docx":
        data = read_bytes(path, MAX_BYTES)
        piece, digest, label = read_docx(data), hashlib.sha256(data).hexdigest(), FORMATS[suffix]
    else:
        decoded = read_text(path, MAX_BYTES)
        encoding = decoded.encoding
        digest = hashlib.sha256(decoded.text.strip().encode("utf-8")).hexdigest()
        if suffix in (".md", ".markdown"):
            piece, label = read_markdown(decoded.text), FORMATS[suffix]
        else:
            piece, label = read_webpage(decoded.text, taglines, publications), FORMATS[".txt"]
    _strip_controls(piece)
    try:
        check_piece_size(
            title=piece.title,
            standfirst=piece.standfirst,
            body=piece.body,
            signature_note=piece.signature_note,
            contributors=len(piece.contributors),
        )
    except LimitError as exc:
        raise RefusedFile(str(exc)) from exc
    return piece, digest, label, encoding


def _strip_controls(piece: ParsedPiece) -> None:
    """Control and bidi-override characters leave the fields, and the report says so."""
    for name, label in (
        ("title", "titre"),
        ("standfirst", "chapô"),
        ("signature_note", "mention de signature"),
        ("body", "texte"),
    ):
        cleaned, count = strip_controls(getattr(piece, name))
        if count:
            setattr(piece, name, cleaned)
            piece.warnings.append(f"{count} caractère(s) de contrôle retiré(s) du {label}")
    credits = [(strip_controls(name)[0], role) for name, role in piece.contributors]
    if credits != piece.contributors:
        piece.contributors = credits
        piece.warnings.append("caractères de contrôle retirés des noms de contributeurs")


# Storing ---------------------------------------------------------------------


def import_paths(
    store: Store,
    paths: Iterable[Path | str],
    publication_id: int | None = None,
    *,
    on_file: Callable[[FileResult], None] | None = None,
) -> ImportReport:
    """Import files and folders; each file is its own transaction.

    ``on_file`` is called after each file (for a progress bar). An import of
    :data:`BACKUP_FROM_FILES` files or more backs the database up first. Raises StoreError
    only when ``publication_id`` does not exist or that backup cannot be written, before
    anything is read.
    """
    require(store, Right.PLAN)
    if publication_id is not None and not store.scalar(
        "SELECT 1 FROM publication WHERE id = ?", (publication_id,)
    ):
        raise StoreError(f"Aucune publication n'a l'identifiant {publication_id}.")
    report = ImportReport()
    collected = collect(paths)
    if len(collected.files) >= BACKUP_FROM_FILES and not store.is_shared:
        take_backup(store.path, "import")
    for result in collected.refused:
        report.files.append(result)
        if on_file is not None:
            on_file(result)
    for path in collected.files:
        result = import_file(store, path, publication_id)
        report.files.append(result)
        if on_file is not None:
            on_file(result)
    log.info(
        "import of %s files: %s created, %s duplicates, %s refused",
        len(report.files),
        report.count(CREATED),
        report.count(DUPLICATE),
        report.count(REFUSED),
    )
    return report


def import_file(store: Store, path: Path, publication_id: int | None = None) -> FileResult:
    """Import one file; the store changes only if the result's status is CREATED."""
    require(store, Right.PLAN)
    result = FileResult(path=str(path), status=REFUSED)
    taglines = tuple(
        r[0] for r in store.query("SELECT tagline FROM publication WHERE tagline != ''")
    )
    publications = tuple(r[0] for r in store.query("SELECT name FROM publication"))
    try:
        piece, digest, result.format, result.encoding = read_piece(path, taglines, publications)
    except RefusedFile as exc:
        log.warning("file %s refused: %s", path.name, exc)
        result.reasons.append(str(exc))
        return result
    if _report_duplicate(store, digest, result):
        return result
    _complete(piece, path)
    try:
        _store_piece(store, piece, digest, publication_id, result)
    except _AlreadyThere:  # silent: imported by someone else since the check above
        result.created.clear()
        _report_duplicate(store, digest, result)
        return result
    except StoreError as exc:  # ValidationError included: nothing was written
        log.warning("file %s refused by the store: %s", path.name, exc)
        result.reasons.append(str(exc).rstrip("."))
        result.created.clear()
        return result
    except Exception as exc:  # noqa: BLE001 - a full disk, a base locked too long…
        # The file's transaction was rolled back: say so and go on with the next file, so
        # that the report still lists what the others stored.
        log.exception("file %s could not be stored", path.name)
        result.reasons.append(f"échec de l'enregistrement : {explain(exc).reason}")
        result.created.clear()
        return result
    result.status = CREATED
    result.title = piece.title
    result.kind = piece.kind or ""
    result.issue = piece.issue_number
    result.recognised = dict(piece.recognised)
    result.guessed = dict(piece.guessed)
    result.undetermined = list(piece.undetermined)
    result.warnings = list(piece.warnings)
    result.removed = list(piece.removed)
    return result


class _AlreadyThere(Exception):
    """The file's hash appeared in the store inside the import transaction."""


def _report_duplicate(store: Store, digest: str, result: FileResult) -> bool:
    existing = store.query_one(
        "SELECT id, title, deleted_at FROM piece WHERE source_hash = ? ORDER BY id LIMIT 1",
        (digest,),
    )
    if existing is None:
        return False
    result.status = DUPLICATE
    result.piece_id = existing["id"]
    result.title = existing["title"]
    where = " (à la corbeille)" if existing["deleted_at"] else ""
    result.reasons.append(f"déjà importé : papier {existing['id']} « {existing['title']} »{where}")
    return True


def _complete(piece: ParsedPiece, path: Path) -> None:
    """Defaults for what the file did not say, each noted as a guess."""
    if not piece.title.strip():
        piece.title = path.stem.replace("_", " ").strip() or "Sans titre"
        piece.guess("title", piece.title)
        piece.undetermined.append("titre : pris du nom du fichier")
    if piece.status is None:
        piece.status = DEFAULT_STATUS
        piece.guess("status", piece.status)
    if not piece.body.strip() and not piece.standfirst.strip():
        piece.warnings.append("le texte est vide : seul le titre a été importé")


def _resolve_publication(
    session: Session, piece: ParsedPiece, publication_id: int | None, result: FileResult
) -> Publication:
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Publication  # noqa: PLC0415 - start-up: SQLModel loads on first use

    if publication_id is not None:
        return session.get(Publication, publication_id)
    publications = session.exec(select(Publication).order_by(Publication.id)).all()
    if piece.publication:
        wanted = fold(piece.publication)
        for publication in publications:
            if fold(publication.name) == wanted:
                return publication
    if len(publications) == 1:
        return publications[0]
    name = piece.publication or DEFAULT_PUBLICATION
    for publication in publications:
        if fold(publication.name) == fold(name):
            return publication
    return _create_publication(session, name, piece.tagline, result)


def _create_publication(
    session: Session, name: str, tagline: str, result: FileResult
) -> Publication:
    from db.models import Publication  # noqa: PLC0415 - start-up: SQLModel loads on first use

    now = utcnow()
    publication = Publication(name=name, tagline=tagline, created_at=now, updated_at=now)
    session.add(publication)
    session.flush()
    add_default_sections(session, publication.id)
    result.created.append(f"publication « {name} »")
    return publication


def _resolve_issue(session: Session, publication_id: int, number: int, result: FileResult) -> int:
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Issue  # noqa: PLC0415 - start-up: SQLModel loads on first use

    issue = session.exec(
        select(Issue).where(
            Issue.publication_id == publication_id,
            Issue.number == number,
            Issue.deleted_at.is_(None),  # type: ignore[union-attr]
        )
    ).first()
    if issue is not None:
        return issue.id
    validate_issue_fields(IssueFields(number))
    now = utcnow()
    issue = Issue(publication_id=publication_id, number=number, created_at=now, updated_at=now)
    session.add(issue)
    session.flush()
    result.created.append(f"numéro {number}")
    return issue.id


def _end_position(session: Session, publication_id: int, issue_id: int | None) -> int:
    from sqlalchemy import func  # noqa: PLC0415 - start-up: SQLModel loads on first use
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    query = select(func.max(Piece.position)).where(Piece.publication_id == publication_id)
    query = query.where(
        Piece.issue_id == issue_id if issue_id is not None else Piece.issue_id.is_(None)  # type: ignore[union-attr]
    )
    value = session.exec(query).one()
    return 0 if value is None else value + 1


def _store_piece(
    store: Store, piece: ParsedPiece, digest: str, publication_id: int | None, result: FileResult
) -> None:
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Contributor, Piece, Section  # noqa: PLC0415 - start-up: SQLModel loads on first use

    fields: dict[str, Any] = {
        "kind": piece.kind,
        "title": piece.title.strip(),
        "standfirst": piece.standfirst,
        "body": piece.body,
        "status": piece.status,
        "target_signs": piece.target_signs,
        "due_date": piece.due_date,
        "first_page": piece.first_page,
        "page_count": piece.page_count if piece.page_count is not None else 1,
        "published_at": piece.published_at,
        "signature_note": " ".join(piece.signature_note.split()),
        "edito_number": piece.edito_number,
    }
    validate_piece_fields(fields)
    piece.contributors = [(" ".join(name.split()), role) for name, role in piece.contributors]
    piece.bios = {" ".join(name.split()): bio for name, bio in piece.bios.items()}
    with store.session() as session:
        # Checked again under the write lock: another process may have imported it.
        if session.exec(select(Piece.id).where(Piece.source_hash == digest)).first() is not None:
            raise _AlreadyThere
        publication = _resolve_publication(session, piece, publication_id, result)
        result.publication = publication.name
        issue_id = None
        if piece.issue_number is not None:
            issue_id = _resolve_issue(session, publication.id, piece.issue_number, result)
        section = session.exec(
            select(Section).where(
                Section.publication_id == publication.id,
                Section.name == KIND_SECTION.get(piece.kind or "", ""),
            )
        ).first()
        names = {name for name, _ in piece.contributors}
        known = set(session.exec(select(Contributor.name).where(Contributor.name.in_(names))).all())  # type: ignore[attr-defined]
        now = utcnow()
        row = Piece(
            publication_id=publication.id,
            issue_id=issue_id,
            section_id=section.id if section else None,
            position=_end_position(session, publication.id, issue_id),
            source_hash=digest,
            created_at=now,
            updated_at=now,
            **fields,
        )
        session.add(row)
        session.flush()
        replace_contributors(session, row.id, piece.contributors)
        for name in dict.fromkeys(names):
            if name not in known:
                result.created.append(f"contributeur « {name} »")
            bio = piece.bios.get(name)
            if bio:
                contributor = session.exec(
                    select(Contributor).where(Contributor.name == name)
                ).first()
                if contributor is not None and not contributor.bio:
                    contributor.bio = bio
        result.piece_id = row.id
        result.created.insert(0, f"papier {row.id}")
