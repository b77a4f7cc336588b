"""Icons from qtawesome, cached as PNG files so start-up does not import qtawesome.

qtawesome costs a quarter of a second to import. The first time an icon is asked for it is
rendered with qtawesome and written to the user's cache folder; later starts read the PNG.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap

from db.vocabulary import PieceKind

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
    "quit": ("mdi6.exit-to-app", "#455a64"),
    "sample": ("mdi6.book-open-outline", "#1565c0"),
    "empty-trash": ("mdi6.delete-forever-outline", "#c62828"),
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


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("Workbench", appauthor=False) / "icons"


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


def _from_disk(name: str, spec: tuple[str, str]) -> QIcon | None:
    folder = cache_dir()
    stem = _file_stem(name, spec)
    files = [folder / f"{stem}-{size}.png" for size in SIZES]
    if not all(f.exists() for f in files):
        return None
    result = QIcon()
    for size, file in zip(SIZES, files, strict=True):
        result.addFile(str(file), QSize(size, size))
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
        if folder is not None:
            pixmap.save(str(folder / f"{stem}-{size}.png"), "PNG")
        result.addPixmap(pixmap)
    return result
