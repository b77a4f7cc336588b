"""The import report: what happened to each file, as data (JSON, the GUI) and as French text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CREATED, DUPLICATE, REFUSED = "created", "duplicate", "refused"


@dataclass(slots=True)
class FileResult:
    """What happened to one file."""

    path: str
    status: str  # CREATED, DUPLICATE or REFUSED
    format: str = ""
    encoding: str = ""
    piece_id: int | None = None
    title: str = ""
    kind: str = ""
    issue: int | None = None
    publication: str = ""
    created: list[str] = field(default_factory=list)  # what was added to the store, in French
    recognised: dict[str, Any] = field(default_factory=dict)
    guessed: dict[str, Any] = field(default_factory=dict)
    undetermined: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # site furniture taken out
    reasons: list[str] = field(default_factory=list)  # why it was refused or is a duplicate


@dataclass(slots=True)
class ImportReport:
    files: list[FileResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def ok(self) -> bool:
        """True when no file was refused."""
        return self.count(REFUSED) == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "created": self.count(CREATED),
            "duplicates": self.count(DUPLICATE),
            "refused": self.count(REFUSED),
            "files": [asdict(f) for f in self.files],
        }


_FIELD_LABELS = {
    "title": "titre",
    "kind": "genre",
    "status": "statut",
    "issue": "numéro",
    "publication": "publication",
    "published_at": "date de publication",
    "standfirst": "chapô",
    "authors": "auteur",
    "interviewee": "interviewé",
    "photographers": "photographe",
    "reprint": "reprise de",
    "contributors": "contributeurs",
    "signature_note": "note de signature",
    "edito_number": "numéro d'édito",
    "footnotes": "notes",
    "questions": "questions",
    "target_signs": "longueur visée",
    "due_date": "date de remise",
    "first_page": "première page",
    "page_count": "pages",
}


def _value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(v["name"] if isinstance(v, dict) else str(v) for v in value)
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def field_label(key: str) -> str:
    """The French name of a recognised or guessed field (« chapô », « numéro »…)."""
    return _FIELD_LABELS.get(key, key)


def value_text(value: Any) -> str:
    """A recognised or guessed value as short French text (lists joined, long text cut)."""
    return _value(value)


def format_report(report: ImportReport) -> list[str]:
    """The report as lines of French text (CLI output; the GUI may show the same)."""
    lines: list[str] = []
    for item in report.files:
        if item.status == REFUSED:
            lines.append(f"✗ {item.path} : refusé — {'; '.join(item.reasons)}")
            continue
        if item.status == DUPLICATE:
            lines.append(f"= {item.path} : {'; '.join(item.reasons)}")
            continue
        lines.append(f"✓ {item.path} : {', '.join(item.created)} — « {item.title} »")
        if item.recognised:
            found = "; ".join(
                f"{_FIELD_LABELS.get(k, k)} : {_value(v)}" for k, v in item.recognised.items()
            )
            lines.append(f"    reconnu : {found}")
        if item.guessed:
            guessed = "; ".join(
                f"{_FIELD_LABELS.get(k, k)} : {_value(v)}" for k, v in item.guessed.items()
            )
            lines.append(f"    deviné : {guessed}")
        for text in item.undetermined:
            lines.append(f"    non déterminé : {text}")
        if item.removed:
            lines.append(f"    retiré de la page : {' | '.join(_value(r) for r in item.removed)}")
        for text in item.warnings:
            lines.append(f"    attention : {text}")
    lines.append(
        f"Bilan : {report.count(CREATED)} importé(s), {report.count(DUPLICATE)} déjà présent(s), "
        f"{report.count(REFUSED)} refusé(s)."
    )
    return lines
