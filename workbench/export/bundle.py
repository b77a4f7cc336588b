"""The bundle of a numéro: every piece in every format, images, sommaire, checklist,
chemin de fer and a manifest with the SHA-256 of every file.

Layout of a bundle (a folder, or the same tree inside one .zip)::

    manifest.json  checklist.txt  sommaire.txt  chemin-de-fer.pdf (when available)
    icml/p012-a-vous-de-jouer.icml    docx/…docx    html/index.html, html/…html
    markdown/…md    images/p012-a-vous-de-jouer-01.jpg

Same data, same bytes, in any process, time zone or hour (tests/test_export_determinism.py
runs the CLI in other processes to check it): nothing reads the clock, dates come from the
data as stored (UTC), files are listed in a fixed order and zip entries carry a fixed time
and mode. Nothing is written outside the output folder (names.inside). The chemin de fer
PDF is a pluggable step: ``flatplan_pdf(store, issue_id) -> bytes``, passed in or found as
``workbench.flatplan.pdf.render_flatplan_pdf``, which must keep that promise too.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import json
import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import activity
from workbench.comments import CommentInfo, list_comments
from workbench.export import docx, html, icml, markdown
from workbench.export.checklist import (
    WARNING,
    Finding,
    check_issue,
    format_findings,
    has_errors,
)
from workbench.export.names import extension, piece_basename, slugify
from workbench.export.source import IssueData, load_issue
from workbench.export.tokens import authors, build_document, without_note_calls
from workbench.export.writing import write_file_atomically, write_folder_atomically
from workbench.records import PieceDetail
from workbench.rights import Right, require
from workbench.store import Store, StoreError

log = logging.getLogger(__name__)

BUNDLE_FORMAT = "workbench-bundle"
BUNDLE_VERSION = 1
MANIFEST = "manifest.json"
CHECKLIST = "checklist.txt"
CONTENTS_FILE = "sommaire.txt"
FLATPLAN_PDF = "chemin-de-fer.pdf"
FLATPLAN_MODULE = "workbench.flatplan.pdf"
FLATPLAN_FUNCTION = "render_flatplan_pdf"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FORMATS = ("icml", "docx", "html", "markdown")
# Already compressed: stored as they are in a zip bundle.
PACKED_SUFFIXES = (".docx", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf")

ProgressCallback = Callable[[int, int, str], None]
FlatplanRenderer = Callable[[Store, int], bytes]


class ExportError(StoreError):
    """An export that cannot be done, with a message for people."""


class ExportRefused(ExportError):
    """The checklist found errors and drafts were not included."""

    def __init__(self, findings: list[Finding]) -> None:
        errors = [f for f in findings if f.severity != WARNING]
        super().__init__(
            f"Export refusé : {len(errors)} erreur(s) dans la liste de contrôle "
            "(exportez avec « inclure les brouillons » pour passer outre)."
        )
        self.findings = findings


@dataclass(frozen=True)
class BundleResult:
    path: Path  # the bundle folder, or the .zip file
    files: tuple[str, ...]  # relative paths in the bundle, manifest.json included
    findings: tuple[Finding, ...]
    piece_count: int
    manifest: dict[str, Any] = field(repr=False)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != WARNING]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_flatplan_renderer() -> FlatplanRenderer | None:
    """``render_flatplan_pdf`` of the flatplan module, if this build has one."""
    try:
        module = importlib.import_module(FLATPLAN_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name and FLATPLAN_MODULE.startswith(exc.name):
            return None
        raise
    return getattr(module, FLATPLAN_FUNCTION, None)


def issue_label(data: IssueData) -> str:
    theme = f" — {data.issue.theme}" if data.issue.theme else ""
    return f"{data.publication['name']} — N°{data.issue.number}{theme}"


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def comment_entry(comment: CommentInfo) -> dict[str, Any]:
    """A comment as the manifest holds it (``--with-comments``)."""
    anchor = comment.anchor
    return {
        "id": comment.id,
        "parent": comment.parent_id,
        "author": comment.author,
        "author_name": comment.author_name,
        "text": comment.body,
        "created_at": comment.created_at.isoformat(),
        "resolved": comment.resolved,
        "resolved_by": comment.resolved_by,
        "passage": None
        if anchor is None
        else {
            "start": anchor.start,
            "end": anchor.end,
            "words": anchor.text,
            "deleted": anchor.lost,
        },
    }


def word_comments(comments: list[CommentInfo]) -> tuple[docx.WordComment, ...]:
    """The threads not resolved, each a Word comment with its replies after it."""
    replies: dict[int, list[CommentInfo]] = {}
    for comment in comments:
        if comment.parent_id is not None:
            replies.setdefault(comment.parent_id, []).append(comment)
    threads = []
    for comment in comments:
        if comment.parent_id is not None or comment.resolved:
            continue
        anchor = comment.anchor
        words = anchor.text if anchor is not None and not anchor.lost else ""
        lines = [comment.body]
        if anchor is not None and anchor.lost:
            lines.insert(0, f"(passage supprimé : « {anchor.text} »)")
        lines += [f"{reply.author_name} : {reply.body}" for reply in replies.get(comment.id, [])]
        threads.append(
            docx.WordComment(words, tuple(lines), comment.author_name, comment.created_at)
        )
    return tuple(threads)


def _page_label(piece: PieceDetail) -> str:
    if piece.first_page is None:
        return "hors page"
    last = piece.first_page + max(piece.page_count, 1) - 1
    return f"p. {piece.first_page}" + (f"-{last}" if last != piece.first_page else "")


_NO_FLATPLAN = Finding(
    WARNING,
    "no_flatplan_pdf",
    "Le chemin de fer en PDF n'est pas disponible dans cette version : il manque au dossier.",
)


class _Builder:
    """Collects the bundle's files in memory, in the order they are listed."""

    def __init__(
        self,
        store: Store,
        data: IssueData,
        findings: list[Finding],
        comments: dict[int, list[CommentInfo]] | None = None,
    ) -> None:
        self.store = store
        self.data = data
        self.findings = findings
        # Asked for (--with-comments): in the manifest, and as Word comments in the DOCX.
        self.comments = comments
        self.files: dict[str, bytes] = {}
        self.keys: dict[int, str] = {}
        self.entries: list[dict[str, Any]] = []

    def add(self, relative: str, content: bytes) -> dict[str, Any]:
        self.files[relative] = content
        return {"path": relative, "sha256": sha256(content), "size": len(content)}

    def piece(self, piece: PieceDetail, key: str) -> None:
        data = self.data
        style = data.publication["footnote_style"]
        document = build_document(piece, style)
        meta = markdown.front_matter(piece)
        section = data.piece_sections.get(piece.id)
        byline = ", ".join(authors(piece))
        title = without_note_calls(piece.title)  # a note called from the title is in the text
        figures: list[html.Figure] = []
        asset_entries: list[dict[str, Any]] = []
        for number, asset in enumerate(data.assets.get(piece.id, []), start=1):
            relative = f"images/{key}-{number:02d}{extension(asset.filename, asset.media_type)}"
            entry = self.add(relative, asset.data)
            asset_entries.append(
                {
                    **entry,
                    "filename": asset.filename,
                    "media_type": asset.media_type,
                    "caption": asset.caption,
                    "credit": asset.credit,
                    "position": asset.position,
                }
            )
            figures.append(html.Figure(f"../{relative}", asset.caption, asset.credit))
        files = {
            "icml": self.add(
                f"icml/{key}.icml",
                icml.write_icml(document, footnote_style=style, title=title),
            ),
            "docx": self.add(
                f"docx/{key}.docx",
                docx.write_docx(
                    document,
                    title=title,
                    author=byline,
                    timestamp=piece.updated_at,
                    comments=word_comments(self.comments.get(piece.id, []))
                    if self.comments is not None
                    else (),
                ),
            ),
            "html": self.add(
                f"html/{key}.html",
                html.write_html(
                    document, title=title, issue_label=issue_label(data), figures=figures
                ),
            ),
            "markdown": self.add(f"markdown/{key}.md", markdown.write_markdown(piece, meta)),
        }
        last_page = (
            piece.first_page + max(piece.page_count, 1) - 1
            if piece.first_page is not None
            else None
        )
        self.entries.append(
            {
                "key": key,
                **meta,
                "section": section.name if section else None,
                "pages": [piece.first_page, last_page] if piece.first_page is not None else None,
                "files": files,
                "assets": asset_entries,
                **(
                    {"comments": [comment_entry(c) for c in self.comments.get(piece.id, [])]}
                    if self.comments is not None
                    else {}
                ),
            }
        )

    def contents(self) -> None:
        data = self.data
        lines = [issue_label(data)]
        if data.issue.release_date:
            lines.append(f"Parution : {data.issue.release_date:%d/%m/%Y}")
        lines.append("")
        index: list[html.IndexEntry] = []
        for piece in data.pieces:
            section = data.piece_sections.get(piece.id)
            rubrique = section.name if section else piece.kind
            byline = ", ".join(authors(piece))
            title = " ".join(without_note_calls(piece.title).split())
            lines.append("\t".join(x for x in (_page_label(piece), rubrique, title, byline) if x))
            index.append(
                html.IndexEntry(
                    _page_label(piece), title, rubrique, byline, f"{self.keys[piece.id]}.html"
                )
            )
        self.add(CONTENTS_FILE, ("\n".join(lines) + "\n").encode())
        self.add("html/index.html", html.write_index(issue_label(data), index))

    def flatplan(self, renderer: FlatplanRenderer | None) -> str | None:
        if renderer is None:
            self.findings.append(_NO_FLATPLAN)
            return None
        try:
            pdf = renderer(self.store, self.data.issue.id)
        except Exception as exc:  # a plug-in failing must not lose the rest of the bundle
            log.warning("flatplan of issue %s not drawn", self.data.issue.id, exc_info=exc)
            self.findings.append(
                Finding(
                    WARNING,
                    "flatplan_pdf_failed",
                    f"Le chemin de fer n'a pas pu être produit : {exc}",
                )
            )
            return None
        self.add(FLATPLAN_PDF, bytes(pdf))
        return FLATPLAN_PDF

    def manifest(self, include_drafts: bool, flatplan_pdf: str | None) -> bytes:
        data = self.data
        issue = data.issue
        used = {s.id: s for s in data.piece_sections.values() if s is not None}
        by_id = {piece_id: key for piece_id, key in self.keys.items()}
        manifest = {
            "format": BUNDLE_FORMAT,
            "format_version": BUNDLE_VERSION,
            "publication": data.publication,
            "issue": {
                "number": issue.number,
                "theme": issue.theme,
                "page_count": issue.page_count,
                "closing_date": issue.closing_date.isoformat() if issue.closing_date else None,
                "release_date": issue.release_date.isoformat() if issue.release_date else None,
                "status": issue.status,
            },
            "include_drafts": include_drafts,
            "sections": [
                {
                    "name": s.name,
                    "position": s.position,
                    "signs_per_page": s.signs_per_page,
                    "wants_standfirst": s.wants_standfirst,
                }
                for s in sorted(used.values(), key=lambda s: (s.position, s.id))
            ],
            "flatplan": {
                "pdf": flatplan_pdf,
                "slots": [
                    {
                        "kind": s.kind,
                        "label": s.label,
                        "first_page": s.first_page,
                        "page_count": s.page_count,
                    }
                    for s in data.slots
                ],
            },
            "checklist": [
                {
                    "severity": f.severity,
                    "code": f.code,
                    "message": f.message,
                    "piece": by_id.get(f.piece_id) if f.piece_id is not None else None,
                }
                for f in self.findings
            ],
            "pieces": self.entries,
            "files": [
                {"path": path, "sha256": sha256(content), "size": len(content)}
                for path, content in sorted(self.files.items())
            ],
        }
        self.manifest_data = manifest
        return _json(manifest)


def _check_folder(out: Path, force: bool) -> None:
    """Refuse, before any work, a folder export that may not go to ``out``."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"« {out} » existe et n'est pas un dossier.")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise ExportError(
            f"Le dossier « {out} » n'est pas vide : choisissez-en un autre "
            "ou confirmez le remplacement (--force)."
        )


def _zip_path(out: Path) -> Path:
    return out if out.suffix.lower() == ".zip" else out.with_name(out.name + ".zip")


def zip_bytes(files: dict[str, bytes], root: str) -> bytes:
    """A zip of ``files`` under folder ``root``: sorted entries, fixed times and modes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in sorted(files):
            info = zipfile.ZipInfo(f"{root}/{relative}", date_time=ZIP_TIME)
            packed = relative.lower().endswith(PACKED_SUFFIXES)
            info.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, files[relative], compresslevel=6)
    return buffer.getvalue()


def _findings(data: IssueData) -> list[Finding]:
    return check_issue(
        data.pieces,
        {pid: (s.rule if s else None) for pid, s in data.piece_sections.items()},
        {pid: [a.note for a in assets] for pid, assets in data.assets.items()},
        issue_pages=data.issue.page_count,
    )


def check_export(store: Store, issue_id: int) -> list[Finding]:
    """The checklist of numéro ``issue_id``, as an export would find it; writes nothing.

    Errors (severity "error") make :func:`export_issue` refuse unless drafts are included.
    """
    findings = _findings(load_issue(store, issue_id))
    if find_flatplan_renderer() is None:
        findings.append(_NO_FLATPLAN)
    return findings


def export_issue(
    store: Store,
    issue_id: int,
    out_dir: Path | str,
    *,
    zip: bool = False,  # noqa: A002 - the CLI's word
    include_drafts: bool = False,
    force: bool = False,
    progress: ProgressCallback | None = None,
    flatplan_pdf: FlatplanRenderer | None = None,
    with_comments: bool = False,
) -> BundleResult:
    """Export numéro ``issue_id`` as a bundle folder ``out_dir`` (or ``out_dir``.zip).

    Raises ExportRefused (with ``.findings``) when the checklist has errors and
    ``include_drafts`` is false, ExportError when the output cannot be written; nothing
    is written in either case, and a bundle only ever appears whole under its name
    (:mod:`workbench.export.writing`). ``progress(done, total, label)`` is called after each step.
    Editorial comments go in only ``with_comments`` (a proofreading bundle): in the
    manifest, and as Word comments in the DOCX (the threads not resolved).
    """
    require(store, Right.EXPORT)
    out = Path(out_dir).expanduser()
    data = load_issue(store, issue_id)
    findings = _findings(data)
    if has_errors(findings) and not include_drafts:
        log.warning(
            "export of issue %s refused by its checklist (%s findings)", issue_id, len(findings)
        )
        raise ExportRefused(findings)
    target = _zip_path(out) if zip else out
    if zip:
        if target.exists() and (target.is_dir() or not force):
            raise ExportError(f"« {target} » existe déjà (--force pour le remplacer).")
    else:
        _check_folder(out, force)

    total = len(data.pieces) + 2
    notify = progress or (lambda done, total, label: None)
    comments = (
        {piece.id: list_comments(store, piece.id) for piece in data.pieces}
        if with_comments
        else None
    )
    builder = _Builder(store, data, findings, comments)
    taken: set[str] = set()
    for piece in data.pieces:
        builder.keys[piece.id] = piece_basename(
            piece.first_page, without_note_calls(piece.title), taken
        )
    for done, piece in enumerate(data.pieces, start=1):
        builder.piece(piece, builder.keys[piece.id])
        notify(done, total, without_note_calls(piece.title))
    builder.contents()
    pdf = builder.flatplan(flatplan_pdf if flatplan_pdf is not None else find_flatplan_renderer())
    notify(len(data.pieces) + 1, total, "Chemin de fer")
    builder.add(CHECKLIST, format_findings(builder.findings).encode())
    manifest = builder.manifest(include_drafts, pdf)
    builder.files[MANIFEST] = manifest

    try:
        if zip:
            root = f"{slugify(data.publication['name'], 'numero')}-n{data.issue.number:03d}"
            write_file_atomically(target, zip_bytes(builder.files, root))
        else:
            write_folder_atomically(out, builder.files)
    except OSError as exc:
        log.error("export of issue %s to %s failed: %s", issue_id, target, exc)
        raise ExportError(
            f"Écriture impossible dans « {target} » : {exc.strerror or exc}. Rien n'a été remplacé."
        ) from exc
    notify(total, total, "Terminé")
    log.info(
        "issue %s exported to %s: %s files, %s pieces",
        issue_id,
        target,
        len(builder.files),
        len(data.pieces),
    )
    activity.record(store, "export", issue_id=issue_id, detail=target.name)
    return BundleResult(
        path=target,
        files=tuple(sorted(builder.files)),
        findings=tuple(builder.findings),
        piece_count=len(data.pieces),
        manifest=builder.manifest_data,
    )
