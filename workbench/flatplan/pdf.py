"""The chemin de fer as a PDF: A4 landscape sheets of facing spreads, drawn with Qt's own
PDF writer (QtGui only: this runs headless, no widgets).

Each sheet holds up to ``SPREADS_PER_SHEET`` spreads (8 per row, 5 rows: 79 pages), which
keeps titles legible at about 16 mm per page; a numéro of 68 pages fits on one sheet, one of
132 pages takes two. Every sheet repeats the header (publication, numéro, theme, dates) and
the legend of status colours.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import WorkbenchError
from db.location import Location
from db.postgres import child_environment
from workbench.flatplan.changes import load_flatplan
from workbench.flatplan.legend import (
    WARNING_COLOR,
    slot_color,
    slot_label,
    status_color,
)
from workbench.flatplan.rules import (
    Flatplan,
    FlatplanEntry,
    is_late,
    overlaps,
    signature_warning,
    spreads,
)
from workbench.vocabulary import SLOT_KINDS, STATUSES, names

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QPainter

    from workbench.store import Store

log = logging.getLogger(__name__)

# Facing pages (left, right) as rules.spreads gives them: (None, 1), (2, 3)…
Spread = tuple[int | None, int | None]
SPREADS_PER_ROW = 8
ROWS_PER_SHEET = 5
SPREADS_PER_SHEET = SPREADS_PER_ROW * ROWS_PER_SHEET

# Geometry in millimetres (A4 landscape).
SHEET_W, SHEET_H = 297.0, 210.0
MARGIN = 10.0
HEADER_H = 16.0
LEGEND_H = 10.0
SPREAD_GAP = 3.0
NUMBER_H = 3.5
PAGE_RATIO = 297.0 / 210.0  # magazine pages are portrait

_app = None  # the QGuiApplication this module had to create, kept alive


class PdfWriteError(WorkbenchError, RuntimeError):
    """The PDF could not be written; the message is for people."""


def sheets(page_count: int) -> list[list[tuple[int | None, int | None]]]:
    """The spreads drawn on each sheet, in order."""
    pairs = spreads(page_count)
    return [pairs[i : i + SPREADS_PER_SHEET] for i in range(0, len(pairs), SPREADS_PER_SHEET)] or [
        []
    ]


def ensure_gui_application() -> None:
    """Painting text needs a QGuiApplication; create one (offscreen without a screen)."""
    global _app
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 - headless: Qt loads only to draw
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415 - headless: Qt loads only to draw

    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise PdfWriteError(
                "Écrire le PDF demande une application graphique Qt (QGuiApplication)."
            )
        return
    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_screen and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv else "workbench"])


def _french_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def default_title(plan: Flatplan) -> str:
    prefix = f"{plan.publication} — " if plan.publication else ""
    theme = f" — {plan.issue.theme}" if plan.issue.theme else ""
    return f"{prefix}N°{plan.issue.number}{theme}"


def write_flatplan_pdf(
    plan: Flatplan, path: Path | str, title: str | None = None, *, today: date | None = None
) -> int:
    """Write the chemin de fer of ``plan`` to ``path``; returns the number of sheets.

    ``today`` marks late pieces (a red corner); None draws no lateness.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise PdfWriteError(f"Le dossier « {path.parent} » n'existe pas.")
    ensure_gui_application()
    from PySide6.QtGui import QPdfWriter  # noqa: PLC0415 - headless: Qt loads only to draw

    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(title or default_title(plan))
    writer.setCreator("Workbench")
    try:
        count = paint_flatplan(plan, writer, title, today=today)
    except PdfWriteError as exc:
        log.error("flatplan PDF %s not written: %s", path.name, exc)
        raise PdfWriteError(f"Impossible d'écrire le PDF « {path} ».") from exc
    log.info("flatplan PDF %s written: issue %s, %s sheets", path.name, plan.issue.id, count)
    return count


def render_flatplan_pdf(store: Store, issue_id: int) -> bytes:
    """The chemin de fer of a numéro as PDF bytes that depend on the data only.

    This is the export bundle's flatplan step: exporting twice, in one process or in two,
    in any time zone, gives the same bytes. Qt lays out the fonts it embeds in an order
    that follows its per-process hash seed (see :func:`deterministic_qt_hashing`), stamps
    the PDF with the local time and its offset, and gives it a random document id: the
    fonts are written with a fixed seed, and the dates and the id are replaced by values
    derived from the data (:func:`stabilise_pdf`). Late pieces are not marked (that would
    depend on the day of the export).
    """
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 - headless: Qt loads only to draw

    if QCoreApplication.instance() is not None and _app is None:
        return _render_in_a_fresh_process(store.location, issue_id)

    plan = load_flatplan(store, issue_id)
    stamp = _data_stamp(store, issue_id)
    # The document id from data a re-imported numéro keeps (not the local issue id).
    seed = f"workbench-flatplan-{plan.publication}-{plan.issue.number}-{stamp}"
    return stabilise_pdf(qt_pdf(plan), stamp, seed)


def _render_in_a_fresh_process(location: Location, issue_id: int) -> bytes:
    """The PDF drawn by a process of its own. In the window, Qt's font state is not a fresh
    one (qtawesome's icon fonts, loaded in the font database, change how Qt subsets the
    fonts it embeds): a fresh process gives the PDF the command line gives."""
    env = dict(child_environment(location), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "workbench.flatplan.pdf", location.argument(), str(issue_id)],
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.startswith(b"%PDF"):
        message = result.stderr.decode(errors="replace").strip().splitlines()
        log.error(
            "flatplan of issue %s: the drawing process failed (exit %s)\n%s",
            issue_id,
            result.returncode,
            "\n".join(message[-20:]),
        )
        raise PdfWriteError(
            "Le chemin de fer n'a pas pu être dessiné"
            + (f" ({message[-1]})" if message else "")
            + "."
        )
    return result.stdout


def qt_pdf(plan: Flatplan) -> bytes:
    """The chemin de fer as Qt's PDF writer makes it, its fonts in a fixed order but still
    dated by the clock."""
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: PLC0415 - headless: Qt loads only to draw
    from PySide6.QtGui import QPdfWriter  # noqa: PLC0415 - headless: Qt loads only to draw

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with deterministic_qt_hashing():
        writer = QPdfWriter(buffer)
        writer.setResolution(300)
        writer.setTitle(default_title(plan))
        writer.setCreator("Workbench")
        paint_flatplan(plan, writer, None, today=None)
        del writer  # writes the fonts out, under the same seed
    buffer.close()
    return bytes(data)


_seed_lock = threading.Lock()
_seed_users = 0


@contextmanager
def deterministic_qt_hashing() -> Iterator[None]:
    """Qt's hash tables made meanwhile iterate in the same order in every process.

    QPdfWriter keeps the fonts it embeds in a QHash and writes them out in that hash's
    order, which follows Qt's global hash seed, random in each process (unless
    QT_HASH_SEED=0): the same chemin de fer came out with its font objects in another
    order from one process to the next. A QHash takes the global seed when it is made, so
    a fixed seed while the writer is made, painted and closed is enough; the random seed
    is restored afterwards (Qt keeps a fixed one if QT_HASH_SEED=0 asked for it).
    """
    from PySide6.QtCore import QHashSeed  # noqa: PLC0415 - headless: Qt loads only to draw

    global _seed_users
    with _seed_lock:
        if _seed_users == 0:
            QHashSeed.setDeterministicGlobalSeed()
        _seed_users += 1
    try:
        yield
    finally:
        with _seed_lock:
            _seed_users -= 1
            if _seed_users == 0:
                QHashSeed.resetRandomGlobalSeed()


def _data_stamp(store: Store, issue_id: int) -> str:
    """The latest change to the numéro's pieces (else its bouclage), as YYYYMMDDhhmmss in
    UTC (as stored): data a bundle carries, so a re-imported numéro exports the same PDF."""
    value = store.scalar(
        "SELECT coalesce((SELECT max(updated_at) FROM piece WHERE issue_id = ?), "
        "(SELECT closing_date FROM issue WHERE id = ?), '2000-01-01')",
        (issue_id, issue_id),
    )
    digits = "".join(ch for ch in str(value) if ch.isdigit())
    return (digits + "0" * 14)[:14]


# Qt writes the document's dates in local time: (D:20261205231147+13'00'), Z in UTC, in
# its information dictionary; 2026-12-05T23:11:47+13:00, +00:00 in UTC, in its XMP
# metadata. Where it cannot tell the time zone (a TZ it does not know): (D:00000000-1-1-1Z)
# and empty XMP dates. Whatever the value, it is replaced.
_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*)\([^)]*\)")
_XMP_DATE = re.compile(rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")[^"]*(")')


def stabilise_pdf(pdf: bytes, stamp: str, seed: str) -> bytes:
    """Qt's PDF with its dates set to ``stamp`` (UTC) and its random document id replaced
    by one derived from ``seed``: the same bytes whatever the clock and the time zone.

    The dates change length with the time zone, so the objects are laid out again with a
    new cross-reference table (:func:`_rewrite_objects`).
    """
    pdf = _replace_document_id(pdf, seed)
    iso = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[8:10]}:{stamp[10:12]}:{stamp[12:14]}Z"
    pdf_date = rb"\g<1>(D:" + stamp.encode() + b"Z)"
    xmp_date = rb"\g<1>" + iso.encode() + rb"\g<2>"
    trailer = _trailer(pdf)
    edits: dict[int, Callable[[bytes], bytes]] = {}
    info = re.search(rb"/Info\s+(\d+)\s+0\s+R", trailer)
    if info:
        edits[int(info.group(1))] = lambda body: _PDF_DATE.sub(pdf_date, body)
    root = re.search(rb"/Root\s+(\d+)\s+0\s+R", trailer)
    if root is None:
        raise PdfWriteError("Le PDF écrit par Qt n'a pas de catalogue (/Root).")
    catalog = _object_body(pdf, int(root.group(1)))
    metadata = re.search(rb"/Metadata\s+(\d+)\s+0\s+R", catalog)
    if metadata:
        edits[int(metadata.group(1))] = lambda body: _edit_stream(
            body, lambda xml: _XMP_DATE.sub(xmp_date, xml)
        )
    return _rewrite_objects(pdf, edits)


def _replace_document_id(pdf: bytes, seed: str) -> bytes:
    """Qt's random document id (XMP DocumentID, and the trailer's /ID in hex) replaced by
    a UUID derived from ``seed``, of the same length."""
    found = re.search(rb"uuid:([0-9a-f-]{36})", pdf)
    if not found:
        return pdf
    old = found.group(1)
    new = str(uuid.uuid5(uuid.NAMESPACE_URL, seed)).encode()
    pdf = pdf.replace(old, new).replace(old.hex().encode(), new.hex().encode())
    return pdf.replace(old.hex().upper().encode(), new.hex().upper().encode())


# Qt writes one classic cross-reference table: "xref", "0 N", then N entries of 20 bytes.
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s*%%EOF\s*$")
_XREF_HEAD = re.compile(rb"xref\r?\n0 (\d+)\s*?\r?\n")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)")


def _xref(pdf: bytes) -> tuple[int, list[bytes], int]:
    """(where the table starts, its entries, where the trailer starts)."""
    found = _STARTXREF.search(pdf)
    head = _XREF_HEAD.match(pdf, int(found.group(1))) if found else None
    if head is None:
        raise PdfWriteError("Table des objets du PDF écrit par Qt illisible.")
    entries = []
    at = head.end()
    for _ in range(int(head.group(1))):
        entry = _XREF_ENTRY.match(pdf, at)
        if entry is None:
            raise PdfWriteError("Table des objets du PDF écrit par Qt illisible.")
        entries.append(entry.group(0))
        at = entry.end()
    return head.start(), entries, at


def _trailer(pdf: bytes) -> bytes:
    _, _, at = _xref(pdf)
    return pdf[at:]


def _spans(pdf: bytes) -> tuple[int, list[bytes], list[tuple[int, int, int]]]:
    """(where the table starts, its entries, (number, start, end) of each object in file
    order): an object runs to the next one, the last one to the table."""
    table, entries, _ = _xref(pdf)
    used = sorted(
        (int(entry[:10]), number) for number, entry in enumerate(entries) if entry[17:18] == b"n"
    )
    spans = []
    for index, (start, number) in enumerate(used):
        end = used[index + 1][0] if index + 1 < len(used) else table
        if not pdf.startswith(f"{number} 0 obj".encode(), start) or not start < end <= table:
            raise PdfWriteError(f"Objet {number} introuvable dans le PDF écrit par Qt.")
        spans.append((number, start, end))
    return table, entries, spans


def _object_body(pdf: bytes, number: int) -> bytes:
    for found, start, end in _spans(pdf)[2]:
        if found == number:
            return pdf[start:end]
    raise PdfWriteError(f"Objet {number} introuvable dans le PDF écrit par Qt.")


def _rewrite_objects(pdf: bytes, edits: dict[int, Callable[[bytes], bytes]]) -> bytes:
    """``pdf`` with the objects in ``edits`` changed (each function gets the object's
    bytes, from "N 0 obj" to the next object), and a cross-reference table that points
    at the objects where they now are."""
    table, entries, spans = _spans(pdf)
    out = bytearray(pdf[: spans[0][1]] if spans else pdf[:table])
    moved: dict[int, int] = {}
    for number, start, end in spans:
        moved[number] = len(out)
        body = pdf[start:end]
        out += edits[number](body) if number in edits else body
    trailer = _trailer(pdf)
    xref_at = len(out)
    out += f"xref\n0 {len(entries)}\n".encode()
    for number, entry in enumerate(entries):
        out += (
            f"{moved[number]:010d} {entry[11:16].decode()} n \n".encode()
            if number in moved
            else entry
        )
    end = _STARTXREF.search(trailer)
    out += trailer[: end.start(1)] + str(xref_at).encode() + trailer[end.end(1) :]
    return bytes(out)


def _edit_stream(body: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """A stream object whose data is ``change(data)``; its direct /Length follows."""
    found = re.search(rb"/Length (\d+)\s*>>\s*stream\r?\n", body)
    if found is None:
        raise PdfWriteError("Flux du PDF écrit par Qt illisible.")
    start = found.end()
    length = int(found.group(1))
    data = change(body[start : start + length])
    return (
        body[: found.start(1)]
        + str(len(data)).encode()
        + body[found.end(1) : start]
        + data
        + body[start + length :]
    )


def paint_flatplan(
    plan: Flatplan, device: Any, title: str | None = None, *, today: date | None = None
) -> int:
    """Paint the sheets on any QPagedPaintDevice (QPdfWriter, or the UI's QPrinter for
    printing); sets it to A4 landscape. Returns the number of sheets."""
    ensure_gui_application()
    from PySide6.QtCore import QMarginsF  # noqa: PLC0415 - headless: Qt loads only to draw
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter  # noqa: PLC0415 - headless: Qt loads only to draw

    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)
    )
    device.setPageLayout(layout)
    painter = QPainter()
    if not painter.begin(device):
        raise PdfWriteError("Impossible de dessiner le chemin de fer sur ce périphérique.")
    try:
        # Device units per millimetre; a printer's margins may shrink the area a little.
        scale = min(device.width() / SHEET_W, device.height() / SHEET_H)
        drawing = _SheetPainter(painter, scale, plan, title or default_title(plan), today)
        all_sheets = sheets(plan.last_page)
        for index, sheet in enumerate(all_sheets):
            if index:
                device.newPage()
            drawing.draw_sheet(sheet, index + 1, len(all_sheets))
    finally:
        painter.end()
    return len(all_sheets)


class _SheetPainter:
    """Draws one sheet at a time. Callers speak millimetres; ``rect`` turns them into device
    units (not a painter transform, which would also scale the fonts' point sizes)."""

    def __init__(
        self, painter: QPainter, scale: float, plan: Flatplan, title: str, today: date | None
    ) -> None:
        self.p = painter
        self.k = scale
        self.plan = plan
        self.title = title
        self.today = today
        self.clashing = {page for o in overlaps(plan.entries) for page in o.pages}
        grid_w = SHEET_W - 2 * MARGIN
        self.cell_w = grid_w / SPREADS_PER_ROW
        self.page_w = (self.cell_w - SPREAD_GAP) / 2
        self.page_h = self.page_w * PAGE_RATIO
        grid_h = SHEET_H - 2 * MARGIN - HEADER_H - LEGEND_H
        self.row_h = grid_h / ROWS_PER_SHEET
        self.page_h = min(self.page_h, self.row_h - NUMBER_H - 1.5)

    # Helpers ---------------------------------------------------------------

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        from PySide6.QtCore import QRectF  # noqa: PLC0415 - headless: Qt loads only to draw

        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def font(self, size: float, bold: bool = False) -> QFont:
        from PySide6.QtGui import QFont  # noqa: PLC0415 - headless: Qt loads only to draw

        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        color: str = "#000000",
        flags: int | None = None,
    ) -> None:
        from PySide6.QtCore import Qt  # noqa: PLC0415 - headless: Qt loads only to draw
        from PySide6.QtGui import QColor  # noqa: PLC0415 - headless: Qt loads only to draw

        self.p.setFont(self.font(size, bold))
        self.p.setPen(QColor(color))
        if flags is None:
            flags = (
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            )
        area = self.rect(x, y, w, h)
        self.p.save()
        self.p.setClipRect(area)
        self.p.drawText(area, int(flags), text)
        self.p.restore()

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str | None,
        border: str = "#808080",
        width: float = 0.2,
    ) -> None:
        from PySide6.QtCore import Qt  # noqa: PLC0415 - headless: Qt loads only to draw
        from PySide6.QtGui import QBrush, QColor, QPen  # noqa: PLC0415 - headless: Qt loads only to draw

        pen = QPen(QColor(border))
        pen.setWidthF(width * self.k)
        self.p.setPen(pen)
        self.p.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        self.p.drawRect(self.rect(x, y, w, h))

    # Parts of a sheet ------------------------------------------------------

    def draw_sheet(self, pairs: Sequence[Spread], number: int, total: int) -> None:
        self.draw_header(number, total)
        for index, pair in enumerate(pairs):
            row, col = divmod(index, SPREADS_PER_ROW)
            x = MARGIN + col * self.cell_w
            y = MARGIN + HEADER_H + row * self.row_h
            self.draw_spread(pair, x, y)
        self.draw_legend()

    def draw_header(self, number: int, total: int) -> None:
        issue = self.plan.issue
        self.text(MARGIN, MARGIN, SHEET_W - 2 * MARGIN, 7, self.title, 13, bold=True)
        details = (
            f"Chemin de fer — bouclage {_french_date(issue.closing_date)} · parution "
            f"{_french_date(issue.release_date)} · {issue.page_count} pages · "
            f"feuille {number}/{total}"
        )
        self.text(MARGIN, MARGIN + 7, SHEET_W - 2 * MARGIN, 5, details, 8)
        warning = signature_warning(issue.page_count)
        if warning:
            self.text(
                MARGIN, MARGIN + 11.5, SHEET_W - 2 * MARGIN, 4, warning, 7, color=WARNING_COLOR
            )

    def page_x(self, pair: Spread, page: int, x: float) -> float:
        return x if page == pair[0] else x + self.page_w

    def draw_spread(self, pair: Spread, x: float, y: float) -> None:
        from PySide6.QtCore import Qt  # noqa: PLC0415 - headless: Qt loads only to draw

        for page in pair:
            if page is None:
                continue
            px = self.page_x(pair, page, x)
            beyond = page > self.plan.page_count
            self.box(px, y, self.page_w, self.page_h, "#f2dede" if beyond else "#ffffff", "#a0a0a0")
            label = f"{page}" + (" hors numéro" if beyond else "")
            self.text(
                px,
                y + self.page_h + 0.5,
                self.page_w,
                NUMBER_H,
                label,
                6,
                color=WARNING_COLOR if beyond else "#404040",
                flags=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            )
        pages = {p for p in pair if p is not None}
        for entry in self.plan.placed:
            shown = sorted(pages.intersection(entry.pages))
            if shown:
                self.draw_entry(entry, pair, shown, x, y)

    def draw_entry(
        self, entry: FlatplanEntry, pair: Spread, shown: list[int], x: float, y: float
    ) -> None:
        left = self.page_x(pair, shown[0], x)
        width = self.page_w * len(shown)
        clash = any(p in self.clashing for p in shown)
        fill = status_color(entry.status) if entry.is_piece else slot_color(entry.kind)
        border = WARNING_COLOR if clash else "#303030"
        inset = 0.6
        self.box(
            left + inset,
            y + inset,
            width - 2 * inset,
            self.page_h - 2 * inset,
            fill,
            border,
            0.5 if clash else 0.25,
        )
        if entry.is_piece:
            continued = shown[0] != entry.first_page
            title = ("… " if continued else "") + entry.title
            late = self.today is not None and is_late(entry, self.today)
            room = width - 2.4 - (2.0 if late else 0.0)  # keep the late mark off the title
            self.text(left + 1.2, y + 1.2, room, self.page_h * 0.62, title, 5.5, bold=True)
            if entry.authors:
                self.text(
                    left + 1.2,
                    y + self.page_h * 0.66,
                    width - 2.4,
                    self.page_h * 0.3,
                    entry.authors,
                    4.8,
                    color="#202020",
                )
            if late:
                self.box(left + width - 2.4, y + 0.6, 1.8, 1.8, WARNING_COLOR, WARNING_COLOR)
        else:
            kind = slot_label(entry.kind)
            text = f"{kind}\n{entry.title}" if entry.title else kind
            dark = _is_dark(fill)
            self.text(
                left + 1.2,
                y + 1.2,
                width - 2.4,
                self.page_h - 2.4,
                text,
                5.5,
                bold=True,
                color="#ffffff" if dark else "#000000",
            )

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        """Width of ``text`` in millimetres."""
        from PySide6.QtGui import QFontMetricsF  # noqa: PLC0415 - headless: Qt loads only to draw

        metrics = QFontMetricsF(self.font(size, bold), self.p.device())
        return metrics.horizontalAdvance(text) / self.k

    def draw_legend(self) -> None:
        """Two lines: status colours, then slot kinds and the warning mark."""
        size = 6.5
        statuses = [(status_color(s), name) for s, name in names(STATUSES).items()]
        slots = [(slot_color(k), name) for k, name in names(SLOT_KINDS).items()]
        top = SHEET_H - MARGIN - LEGEND_H + 1
        for line, (heading, items) in enumerate(
            (("Statuts :", statuses), ("Emplacements :", slots))
        ):
            y = top + line * 4.5
            self.text(MARGIN, y, 30, 4, heading, size, bold=True)
            x = MARGIN + 22
            for swatch, label in items:
                self.box(x, y + 0.4, 3, 3, swatch)
                width = self.text_width(label, size) + 1
                self.text(x + 4, y, width, 4, label, size)
                x += 4 + width + 3
            if line == 1:
                label = "chevauchement ; carré rouge : papier en retard"
                self.box(x, y + 0.4, 3, 3, None, WARNING_COLOR, 0.5)
                width = self.text_width(label, size) + 1
                self.text(x + 4, y, width, 4, label, size, color=WARNING_COLOR)


def _is_dark(color: str) -> bool:
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue < 140


if __name__ == "__main__":  # python -m workbench.flatplan.pdf DB ISSUE_ID > chemin-de-fer.pdf
    from workbench.store import Store

    with Store.open(sys.argv[1]) as _store:
        sys.stdout.buffer.write(render_flatplan_pdf(_store, int(sys.argv[2])))
