"""Icons from qtawesome, cached as PNG files so start-up does not import qtawesome.

qtawesome costs a quarter of a second to import. The first time an icon is asked for it is
rendered with qtawesome and written to the user's cache folder; later starts read the PNG.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap

from db.vocabulary import PieceKind
from workbench import paths

# Logical names used by the UI → (qtawesome name, colour).
ICONS: dict[str, tuple[str, str]] = {
    "publication": ("mdi6.book-open-page-variant", "#37474f"),
    "issue": ("mdi6.newspaper-variant-outline", "#455a64"),
    "issue-late": ("mdi6.newspaper-variant-outline", "#c62828"),
    "pool": ("mdi6.archive-outline", "#6d4c41"),
    "trash": ("mdi6.delete-outline", "#757575"),
    "new-publication": ("mdi6.book-plus-outline", "#37474f"),
    "new-issue": ("mdi6.newspaper-plus", "#455a64"),
    "new-piece": ("mdi6.file-document-plus-outline", "#1565c0"),
    "rename": ("mdi6.pencil-outline", "#455a64"),
    "delete": ("mdi6.delete-outline", "#c62828"),
    "restore": ("mdi6.delete-restore", "#2e7d32"),
    "properties": ("mdi6.tune-variant", "#455a64"),
    "undo": ("mdi6.undo", "#455a64"),
    "redo": ("mdi6.redo", "#455a64"),
    "filter": ("mdi6.filter-outline", "#455a64"),
    "clear": ("mdi6.close-circle-outline", "#757575"),
    "filter-clear": ("mdi6.filter-remove-outline", "#757575"),
    "quit": ("mdi6.exit-to-app", "#455a64"),
    "sample": ("mdi6.book-open-outline", "#1565c0"),
    "empty-trash": ("mdi6.delete-forever-outline", "#c62828"),
    "import": ("mdi6.file-import-outline", "#1565c0"),
    "import-folder": ("mdi6.folder-download-outline", "#1565c0"),
    "import-created": ("mdi6.check-circle-outline", "#2e7d32"),
    "import-duplicate": ("mdi6.content-duplicate", "#ef6c00"),
    "import-refused": ("mdi6.close-circle-outline", "#c62828"),
    "open": ("mdi6.open-in-app", "#455a64"),
    "copy": ("mdi6.content-copy", "#455a64"),
    "search": ("mdi6.magnify", "#455a64"),
    # Editor tools: history, find and replace, typography
    "history": ("mdi6.history", "#455a64"),
    "revision-autosave": ("mdi6.clock-outline", "#757575"),
    "revision-manual": ("mdi6.content-save-outline", "#1565c0"),
    "revision-restore": ("mdi6.backup-restore", "#2e7d32"),
    "revision-conflict": ("mdi6.alert-circle-outline", "#c62828"),
    "revision-initial": ("mdi6.flag-outline", "#6d4c41"),
    "restore-version": ("mdi6.file-restore-outline", "#2e7d32"),
    "find": ("mdi6.magnify", "#455a64"),
    "find-replace": ("mdi6.find-replace", "#455a64"),
    "find-next": ("mdi6.chevron-down", "#455a64"),
    "find-previous": ("mdi6.chevron-up", "#455a64"),
    "close-bar": ("mdi6.close", "#757575"),
    "typography": ("mdi6.format-quote-open", "#6a1b9a"),
    "spelling": ("mdi6.spellcheck", "#455a64"),
    # Editor
    "add": ("mdi6.account-plus-outline", "#2e7d32"),
    "remove": ("mdi6.account-minus-outline", "#c62828"),
    "bold": ("mdi6.format-bold", "#263238"),
    "italic": ("mdi6.format-italic", "#263238"),
    "intertitre": ("mdi6.format-header-2", "#263238"),
    "quotation": ("mdi6.format-quote-open", "#5d4037"),
    "exergue": ("mdi6.format-quote-close-outline", "#00838f"),
    "question": ("mdi6.comment-question-outline", "#1565c0"),
    "footnote": ("mdi6.asterisk", "#ad1457"),
    "link": ("mdi6.link-variant", "#1565c0"),
    "preview": ("mdi6.eye-outline", "#455a64"),
    "save": ("mdi6.content-save-outline", "#455a64"),
    "conflict": ("mdi6.alert-outline", "#ef6c00"),
    "compare": ("mdi6.file-compare", "#455a64"),
    "lock": ("mdi6.lock-outline", "#1565c0"),
    "server": ("mdi6.server-network", "#455a64"),
    # Planner and export (ui/planner, ui/export_dialog.py)
    "planner": ("mdi6.calendar-month-outline", "#455a64"),
    "flatplan": ("mdi6.book-open-page-variant-outline", "#455a64"),
    "board": ("mdi6.view-week-outline", "#455a64"),
    "sommaire": ("mdi6.table-of-contents", "#455a64"),
    "print": ("mdi6.printer-outline", "#455a64"),
    "pdf": ("mdi6.file-pdf-box", "#c62828"),
    "export": ("mdi6.file-export-outline", "#1565c0"),
    "duplicate": ("mdi6.content-duplicate", "#455a64"),
    "plan-error": ("mdi6.alert-circle", "#c62828"),
    "plan-warning": ("mdi6.alert-outline", "#ef6c00"),
    "page-add": ("mdi6.plus-box-outline", "#2e7d32"),
    "page-remove": ("mdi6.minus-box-outline", "#c62828"),
    "swap-left": ("mdi6.page-previous-outline", "#455a64"),
    "swap-right": ("mdi6.page-next-outline", "#455a64"),
    "unplace": ("mdi6.file-undo-outline", "#6d4c41"),
    "status": ("mdi6.list-status", "#455a64"),
    "due-date": ("mdi6.calendar-clock", "#455a64"),
    "slot-add": ("mdi6.card-plus-outline", "#455a64"),
    "zoom-in": ("mdi6.magnify-plus-outline", "#455a64"),
    "zoom-out": ("mdi6.magnify-minus-outline", "#455a64"),
    "zoom-reset": ("mdi6.magnify-scan", "#455a64"),
    "folder-open": ("mdi6.folder-open-outline", "#455a64"),
    # The newsroom: team, notices, comments (Outils › Équipe…, the notices badge, the tree)
    "team": ("mdi6.account-group-outline", "#455a64"),
    "person": ("mdi6.account-outline", "#455a64"),
    "person-add": ("mdi6.account-plus-outline", "#2e7d32"),
    "person-edit": ("mdi6.account-edit-outline", "#455a64"),
    "person-remove": ("mdi6.account-remove-outline", "#c62828"),
    "notices": ("mdi6.bell-outline", "#455a64"),
    "notices-unread": ("mdi6.bell-badge-outline", "#c62828"),
    "notice-assigned": ("mdi6.account-arrow-right-outline", "#1565c0"),
    "notice-comment": ("mdi6.comment-text-outline", "#ef6c00"),
    "notice-reply": ("mdi6.reply-outline", "#ef6c00"),
    "notice-status": ("mdi6.list-status", "#2e7d32"),
    "mark-read": ("mdi6.check-all", "#455a64"),
    "comments": ("mdi6.comment-text-outline", "#ef6c00"),
    # The editor's comments panel (ui/editor/comments_panel.py)
    "comment-passage": ("mdi6.comment-quote-outline", "#ef6c00"),
    "comment-reply": ("mdi6.reply-outline", "#455a64"),
    "comment-resolve": ("mdi6.comment-check-outline", "#2e7d32"),
    "comment-reopen": ("mdi6.comment-arrow-left-outline", "#ef6c00"),
    PieceKind.EDITO: ("mdi6.fountain-pen-tip", "#6a1b9a"),
    PieceKind.INTERVIEW: ("mdi6.microphone-outline", "#1565c0"),
    PieceKind.REPORTAGE: ("mdi6.camera-outline", "#2e7d32"),
    PieceKind.CHRONIQUE: ("mdi6.text-box-outline", "#ef6c00"),
    PieceKind.DOSSIER: ("mdi6.folder-text-outline", "#00838f"),
    PieceKind.BREVE: ("mdi6.text-short", "#5d4037"),
    PieceKind.COURRIER: ("mdi6.email-outline", "#ad1457"),
}

SIZES = (16, 24, 32, 48)
_memory: dict[str, QIcon] = {}


@cache
def cache_dir() -> Path:
    """``icons`` in the user's cache folder (``$XDG_CACHE_HOME/Workbench/icons`` on Linux)."""
    return paths.cache_dir() / "icons"


def icon(name: str) -> QIcon:
    """The icon for a logical name (see ICONS); an empty icon for an unknown name."""
    cached = _memory.get(name)
    if cached is not None:
        return cached
    spec = ICONS.get(name)
    if spec is None:
        return QIcon()
    result = _from_disk(name, spec) or _render(name, spec)
    _memory[name] = result
    return result


def _file_stem(name: str, spec: tuple[str, str]) -> str:
    glyph, colour = spec
    return f"{name}-{glyph.replace('.', '_')}-{colour.lstrip('#')}"


_on_disk: set[str] | None = None  # file names in the cache folder, read once


def _cached_files() -> set[str]:
    global _on_disk
    if _on_disk is None:
        import os

        try:
            _on_disk = set(os.listdir(cache_dir()))
        except OSError:
            _on_disk = set()
    return _on_disk


def _from_disk(name: str, spec: tuple[str, str]) -> QIcon | None:
    """The icon from the PNG cache (one directory listing, no per-file checks); Qt reads
    the files only when the icon is first painted."""
    stem = _file_stem(name, spec)
    names = [f"{stem}-{size}.png" for size in SIZES]
    known = _cached_files()
    if not all(n in known for n in names):
        return None
    folder = str(cache_dir())
    result = QIcon()
    for size, file in zip(SIZES, names, strict=True):
        result.addFile(f"{folder}/{file}", QSize(size, size))
    return result


def _render(name: str, spec: tuple[str, str]) -> QIcon:
    import qtawesome

    glyph, colour = spec
    try:
        source = qtawesome.icon(glyph, color=QColor(colour))
    except Exception:  # an unknown glyph in a newer/older font: no icon rather than a crash
        return QIcon()
    folder = cache_dir()
    stem = _file_stem(name, spec)
    result = QIcon()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = None  # type: ignore[assignment]
    for size in SIZES:
        pixmap: QPixmap = source.pixmap(QSize(size, size))
        if folder is not None and pixmap.save(str(folder / f"{stem}-{size}.png"), "PNG"):
            _cached_files().add(f"{stem}-{size}.png")
        result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    """The application's own icon (resources/icons/workbench.svg)."""
    return QIcon(str(paths.app_icon_path()))
