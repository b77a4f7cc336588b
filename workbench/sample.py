"""The sample publication behind the welcome page's « Ouvrir la publication d'exemple ».

Its content lives in ``resources/sample/`` (package data, see :mod:`workbench.paths`): a
``publication.yaml`` (publication, numéro, chemin de fer) and one Markdown file per piece,
with the YAML front matter of ``workbench list --json`` followed by the body in house
markdown. Everything in it was written for Workbench: a fictional magazine and people.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from db.vocabulary import CONTRIBUTOR_ROLES, IssueStatus, SlotKind
from workbench.catalog import (
    DEFAULT_SECTIONS,
    KIND_SECTION,
    IssueFields,
    ValidationError,
    validate_issue_fields,
)
from workbench.paths import sample_dir
from workbench.pieces import validate_piece_fields
from workbench.store import Store, StoreError, utcnow

log = logging.getLogger(__name__)

SAMPLE_DIR = sample_dir()
PUBLICATION_FILE = "publication.yaml"

# Front matter keys that are fields of the piece as they are.
_PIECE_KEYS = (
    "title",
    "kind",
    "status",
    "standfirst",
    "signature_note",
    "edito_number",
    "target_signs",
    "due_date",
    "first_page",
    "page_count",
    "published_at",
)
_KNOWN_KEYS = frozenset(_PIECE_KEYS) | {"issue", "contributors"}


class SampleError(StoreError):
    """The sample files cannot be read as they are (names the file and the problem)."""


class SampleExistsError(ValidationError):
    """The sample publication is already in the database."""


@dataclass(frozen=True, slots=True)
class SamplePiece:
    source: str  # file name, for messages
    issue: int | None  # numéro number, None for au marbre
    fields: dict[str, Any]
    contributors: tuple[tuple[str, str], ...]
    body: str


@dataclass(frozen=True, slots=True)
class SampleSlot:
    kind: str
    label: str
    first_page: int
    page_count: int


@dataclass(frozen=True, slots=True)
class SampleContent:
    name: str
    tagline: str
    footnote_style: str
    issue: IssueFields
    issue_status: str
    slots: tuple[SampleSlot, ...] = ()
    pieces: tuple[SamplePiece, ...] = field(default=())


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter (a mapping) and the body of a Markdown file."""
    import yaml  # noqa: PLC0415 - start-up: PyYAML loads on first use

    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    if not text.startswith("---\n"):
        raise SampleError(f"« {source} » : l'en-tête YAML (---) manque au début du fichier.")
    end = text.find("\n---\n", 3)
    if end < 0:
        raise SampleError(f"« {source} » : l'en-tête YAML n'est pas refermé par ---.")
    try:
        data = yaml.safe_load(text[4 : end + 1]) or {}
    except yaml.YAMLError as exc:
        raise SampleError(f"« {source} » : en-tête YAML illisible ({exc}).") from exc
    if not isinstance(data, dict):
        raise SampleError(f"« {source} » : l'en-tête YAML doit être une suite de champs.")
    return data, text[end + 5 :].lstrip("\n")


def _as_date(value: Any, source: str, key: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise SampleError(f"« {source} » : date invalide pour {key} : « {value} ».") from exc


def _as_datetime(value: Any, source: str, key: str) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise SampleError(
            f"« {source} » : date et heure invalides pour {key} : « {value} »."
        ) from exc


def parse_piece(text: str, source: str) -> SamplePiece:
    """One piece file: front matter checked, dates parsed, body kept as written."""
    data, body = split_front_matter(text, source)
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise SampleError(f"« {source} » : champs inconnus : {', '.join(sorted(unknown))}.")
    fields = {key: data[key] for key in _PIECE_KEYS if key in data}
    fields["standfirst"] = (fields.get("standfirst") or "").strip()
    fields["signature_note"] = fields.get("signature_note") or ""
    fields["page_count"] = fields.get("page_count") or 1
    fields["due_date"] = _as_date(fields.get("due_date"), source, "due_date")
    fields["published_at"] = _as_datetime(fields.get("published_at"), source, "published_at")
    for key in ("title", "kind"):
        if not fields.get(key):
            raise SampleError(f"« {source} » : le champ {key} est obligatoire.")
    try:
        validate_piece_fields(fields)
    except ValidationError as exc:
        raise SampleError(f"« {source} » : {exc}") from exc
    contributors: list[tuple[str, str]] = []
    for entry in data.get("contributors") or []:
        if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
            raise SampleError(f"« {source} » : contributeur sans nom : {entry!r}.")
        role = entry.get("role", "author")
        if role not in CONTRIBUTOR_ROLES:
            raise SampleError(f"« {source} » : rôle inconnu : « {role} ».")
        contributors.append((" ".join(str(entry["name"]).split()), role))
    issue = data.get("issue")
    if issue is not None and not isinstance(issue, int):
        raise SampleError(f"« {source} » : issue doit être un numéro (entier) ou null.")
    return SamplePiece(source, issue, fields, tuple(contributors), body)


def read_sample(directory: Path = SAMPLE_DIR) -> SampleContent:
    """Everything in the sample folder, checked; nothing is written."""
    import yaml  # noqa: PLC0415 - start-up: PyYAML loads on first use

    meta_path = directory / PUBLICATION_FILE
    try:
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise SampleError(
            f"« {meta_path.name} » introuvable dans le dossier d'exemple ({exc})."
        ) from exc
    except yaml.YAMLError as exc:
        raise SampleError(f"« {meta_path.name} » : YAML illisible ({exc}).") from exc
    try:
        issue_meta = meta["issue"]
        issue = IssueFields(
            number=int(issue_meta["number"]),
            theme=str(issue_meta.get("theme", "")),
            page_count=int(issue_meta.get("page_count", 0)),
            closing_date=_as_date(issue_meta.get("closing_date"), meta_path.name, "closing_date"),
            release_date=_as_date(issue_meta.get("release_date"), meta_path.name, "release_date"),
        )
        status = str(issue_meta.get("status", IssueStatus.PLANNED.value))
        slots = tuple(
            SampleSlot(
                str(s["kind"]),
                str(s.get("label", "")),
                int(s["first_page"]),
                int(s.get("page_count", 1)),
            )
            for s in meta.get("slots") or []
        )
        name = str(meta["name"]).strip()
    except (KeyError, TypeError, ValueError) as exc:
        raise SampleError(f"« {meta_path.name} » : champ manquant ou invalide ({exc}).") from exc
    validate_issue_fields(issue)
    if status not in {s.value for s in IssueStatus}:
        raise SampleError(f"« {meta_path.name} » : statut de numéro inconnu : « {status} ».")
    if any(s.kind not in {k.value for k in SlotKind} for s in slots):
        raise SampleError(f"« {meta_path.name} » : type d'emplacement inconnu.")
    pieces = []
    for path in sorted(directory.glob("*.md")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SampleError(f"« {path.name} » : fichier illisible ({exc}).") from exc
        piece = parse_piece(text, path.name)
        if piece.issue is not None and piece.issue != issue.number:
            raise SampleError(
                f"« {path.name} » : le numéro {piece.issue} n'existe pas dans l'exemple."
            )
        pieces.append(piece)
    return SampleContent(
        name=name,
        tagline=str(meta.get("tagline", "")),
        footnote_style=str(meta.get("footnote_style", "symbols")),
        issue=issue,
        issue_status=status,
        slots=slots,
        pieces=tuple(pieces),
    )


def sample_name(directory: Path = SAMPLE_DIR) -> str:
    return read_sample(directory).name


def find_sample(store: Store, directory: Path = SAMPLE_DIR) -> int | None:
    """The id of the sample publication when it is already in the database."""
    return store.scalar(
        "SELECT id FROM publication WHERE lower(name) = lower(?)", (sample_name(directory),)
    )


def load_sample(store: Store, directory: Path = SAMPLE_DIR) -> int:
    """Create the sample publication, its numéro and its pieces; return the publication id.

    All files are read and checked first, then everything is written in one session:
    on any error nothing is left in the store. Refuses (SampleExistsError) when the
    sample publication is already there.
    """
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import (  # noqa: PLC0415 - start-up: SQLModel loads on first use
        Contributor,
        FlatplanSlot,
        Issue,
        Piece,
        PieceContributor,
        Publication,
        Section,
    )

    content = read_sample(directory)
    if store.scalar("SELECT 1 FROM publication WHERE lower(name) = lower(?)", (content.name,)):
        raise SampleExistsError(
            f"La publication d'exemple « {content.name} » existe déjà dans cette base : "
            "ouvrez-la depuis la liste des publications."
        )
    now = utcnow()
    with store.session() as session:
        publication = Publication(
            name=content.name,
            tagline=content.tagline,
            footnote_style=content.footnote_style,
            created_at=now,
            updated_at=now,
        )
        session.add(publication)
        session.flush()
        sections: dict[str, int] = {}
        for position, (label, signs, standfirst) in enumerate(DEFAULT_SECTIONS):
            section = Section(
                publication_id=publication.id,
                name=label,
                position=position,
                signs_per_page=signs,
                wants_standfirst=standfirst,
            )
            session.add(section)
            session.flush()
            sections[label] = section.id
        issue = Issue(
            publication_id=publication.id,
            number=content.issue.number,
            theme=content.issue.theme,
            page_count=content.issue.page_count,
            closing_date=content.issue.closing_date,
            release_date=content.issue.release_date,
            status=content.issue_status,
            created_at=now,
            updated_at=now,
        )
        session.add(issue)
        session.flush()
        for slot in content.slots:
            session.add(
                FlatplanSlot(
                    issue_id=issue.id,
                    kind=slot.kind,
                    label=slot.label,
                    first_page=slot.first_page,
                    page_count=slot.page_count,
                )
            )
        positions = {True: 0, False: 0}  # in the numéro / au marbre
        contributors: dict[str, Contributor] = {}
        for item in content.pieces:
            placed = item.issue is not None
            fields = dict(item.fields)
            if not placed:
                fields["first_page"] = None
            piece = Piece(
                publication_id=publication.id,
                issue_id=issue.id if placed else None,
                section_id=sections.get(KIND_SECTION.get(fields["kind"], "")),
                position=positions[placed],
                body=item.body,
                created_at=now,
                updated_at=now,
                **fields,
            )
            positions[placed] += 1
            session.add(piece)
            session.flush()
            for position, (name, role) in enumerate(dict.fromkeys(item.contributors)):
                contributor = (
                    contributors.get(name)
                    or session.exec(select(Contributor).where(Contributor.name == name)).first()
                )
                if contributor is None:
                    contributor = Contributor(name=name)
                    session.add(contributor)
                    session.flush()
                contributors[name] = contributor
                session.add(
                    PieceContributor(
                        piece_id=piece.id,
                        contributor_id=contributor.id,
                        role=role,
                        position=position,
                    )
                )
        log.info("sample publication loaded (publication %s)", publication.id)
        return publication.id
