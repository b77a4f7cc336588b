"""The chemin de fer drawn as a QGraphicsScene: facing spreads of page thumbnails, and over
them the pieces (coloured by status) and the fixed slots of a ``workbench.flatplan.rules.Flatplan``.

The scene only draws what ``flatplan.load_flatplan`` computed and reports what the user
points at (page, entry); every change goes through the planner controller.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
)

from ui.tree.model import PIECES_MIME
from workbench.flatplan import legend
from workbench.flatplan.rules import (
    FITS,
    LEAVES_EMPTY,
    OVERFLOWS,
    Flatplan,
    FlatplanEntry,
    Ref,
    entry_fit,
    format_pages,
    is_late,
    spreads,
)

ENTRY_MIME = "application/x-workbench-flatplan-entry"

PAGE_W = 72.0
PAGE_H = 102.0
NUMBER_H = 16.0
SPREAD_GAP = 26.0
ROW_GAP = 18.0
MARGIN = 16.0
SPREAD_W = 2 * PAGE_W
STRIDE_X = SPREAD_W + SPREAD_GAP
STRIDE_Y = PAGE_H + NUMBER_H + ROW_GAP
INSET = 3.0

FIT_COLORS = {FITS: "#2e7d32", OVERFLOWS: "#c62828", LEAVES_EMPTY: "#ef6c00"}
FIT_MARKS = {FITS: "✓", OVERFLOWS: "+", LEAVES_EMPTY: "−"}
SELECTED_COLOR = "#1565c0"
COMMENT_COLOR = "#6a1b9a"  # the count of open comment threads: apart from statuses and fit


def is_dark(color: str) -> bool:
    c = QColor(color)
    return (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) < 140


def entry_mime(issue_id: int, entry: FlatplanEntry, grab: int) -> QMimeData:
    """What a block carries when dragged: the entry (and, for a piece, the tree's format)."""
    data = QMimeData()
    payload = {"issue_id": issue_id, "ref": list(entry.ref), "grab": grab}
    data.setData(ENTRY_MIME, json.dumps(payload).encode())
    if entry.is_piece:
        data.setData(PIECES_MIME, json.dumps({"piece_ids": [entry.piece_id]}).encode())
    data.setText(entry.title)
    return data


def read_entry_mime(data: QMimeData) -> dict | None:
    if not data.hasFormat(ENTRY_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(ENTRY_MIME).data()).decode())
        return {
            "issue_id": int(payload["issue_id"]),
            "ref": (str(payload["ref"][0]), int(payload["ref"][1])),
            "grab": int(payload.get("grab", 0)),
        }
    except (ValueError, KeyError, TypeError, IndexError):
        return None


class PageItem(QGraphicsItem):
    """One page thumbnail with its number underneath."""

    def __init__(self, page: int, rect: QRectF, beyond: bool) -> None:
        super().__init__()
        self.page = page
        self.rect = rect
        self.beyond = beyond
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, NUMBER_H + 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setPen(QPen(QColor("#c62828" if self.beyond else "#9e9e9e"), 1))
        painter.setBrush(QColor("#fff3f3" if self.beyond else "#ffffff"))
        painter.drawRect(self.rect)
        painter.setPen(QColor("#c62828" if self.beyond else "#616161"))
        font = painter.font()
        font.setPointSizeF(7.5)
        painter.setFont(font)
        number = QRectF(self.rect.left(), self.rect.bottom() + 1, self.rect.width(), NUMBER_H)
        align = Qt.AlignmentFlag.AlignLeft if self.page % 2 == 0 else Qt.AlignmentFlag.AlignRight
        painter.drawText(
            number.adjusted(3, 0, -3, 0), align | Qt.AlignmentFlag.AlignVCenter, str(self.page)
        )


class BlockItem(QGraphicsItem):
    """A piece or a slot over the pages it holds within one spread."""

    def __init__(
        self,
        scene: FlatplanScene,
        entry: FlatplanEntry,
        rect: QRectF,
        *,
        first: bool,
        late: bool,
        fit_state: str | None,
        tooltip: str,
        comments: int = 0,
    ) -> None:
        super().__init__()
        self.flatplan = scene
        self.entry = entry
        self.rect = rect
        self.first = first
        self.late = late
        self.fit_state = fit_state
        self.comments = comments  # unresolved comment threads (on the first block only)
        self.setToolTip(tooltip)
        self.setZValue(2 if entry.is_piece else 1)
        self.setAcceptHoverEvents(True)
        # A block that may not be moved does not look as if it could be grabbed.
        movable = scene.locked_reason is None
        self.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)
        self.press_pos: QPointF | None = None
        if entry.is_piece:
            self.fill = legend.status_color(entry.status)
        else:
            self.fill = legend.slot_color(entry.kind)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        selected = self.flatplan.selected_ref == self.entry.ref
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        border = QColor(SELECTED_COLOR) if selected else QColor(self.fill).darker(150)
        painter.setPen(QPen(border, 2.5 if selected else 1))
        brush = QBrush(QColor(self.fill))
        painter.setBrush(brush)
        painter.drawRoundedRect(self.rect, 3, 3)
        if not self.entry.is_piece:
            painter.setBrush(QBrush(QColor(0, 0, 0, 28), Qt.BrushStyle.BDiagPattern))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(self.rect, 3, 3)
        dark = is_dark(self.fill)
        text_color = QColor("#ffffff" if dark else "#212121")
        inner = self.rect.adjusted(4, 3, -4, -3)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= 0.45:
            self._paint_text(painter, inner, text_color)
        if self.late and self.first:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(legend.WARNING_COLOR))
            r = self.rect
            painter.drawPolygon(
                QPolygonF([r.topLeft(), r.topLeft() + QPointF(14, 0), r.topLeft() + QPointF(0, 14)])
            )
        if self.fit_state in FIT_COLORS and self.first:
            size = 13.0
            badge = QRectF(self.rect.right() - size - 3, self.rect.bottom() - size - 3, size, size)
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.setBrush(QColor(FIT_COLORS[self.fit_state]))
            painter.drawEllipse(badge)
            font = QFont(painter.font())
            font.setPointSizeF(7)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, FIT_MARKS[self.fit_state])
        if self.comments and self.first:
            self._paint_comments(painter)

    def _comment_badge(self, font: QFont) -> tuple[QFont, str, QRectF] | None:
        """The font, text and place of the open-comments badge (None: no badge)."""
        if not (self.comments and self.first):
            return None
        font = QFont(font)
        font.setPointSizeF(6.5)
        font.setBold(True)
        text = str(self.comments) if self.comments < 100 else "99+"
        width = max(14.0, QFontMetricsF(font).horizontalAdvance(text) + 7.0)
        return font, text, QRectF(self.rect.right() - width - 2, self.rect.top() + 2, width, 11)

    def _paint_comments(self, painter: QPainter) -> None:
        """A small speech bubble in the top right corner with the count of open threads."""
        found = self._comment_badge(painter.font())
        if found is None:
            return
        font, text, badge = found
        painter.setFont(font)
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(QColor(COMMENT_COLOR))
        painter.drawRoundedRect(badge, 3, 3)
        tail = QPolygonF(
            [
                QPointF(badge.left() + 3, badge.bottom() - 0.5),
                QPointF(badge.left() + 8, badge.bottom() - 0.5),
                QPointF(badge.left() + 3, badge.bottom() + 3.5),
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(tail)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_text(self, painter: QPainter, inner: QRectF, color: QColor) -> None:
        entry = self.entry
        font = QFont(painter.font())
        font.setPointSizeF(7.5)
        font.setBold(self.first)
        font.setItalic(not self.first)
        painter.setFont(font)
        painter.setPen(color)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        title = entry.title or self.flatplan.slot_name(entry.kind)
        longest = max(title.split(), key=len, default="")
        if painter.fontMetrics().horizontalAdvance(longest) > inner.width():
            font.setBold(False)  # a long word on a single page: fit it rather than cut it
            font.setPointSizeF(6.5)
            painter.setFont(font)
        metrics = painter.fontMetrics()
        if not self.first:
            painter.drawText(
                inner,
                flags,
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(inner.width() * 3)),
            )
            return
        lines_for_title = 4 if entry.is_piece else 5
        title_h = min(inner.height() * 0.7, metrics.lineSpacing() * lines_for_title)
        badge = self._comment_badge(font)
        # The title keeps clear of the comments badge in the top right corner.
        title_w = inner.width() - (badge[2].width() + 2 if badge else 0)
        title_rect = QRectF(inner.left(), inner.top(), title_w, title_h)
        painter.drawText(title_rect, flags, _fit_text(metrics, title, title_rect))
        used = painter.boundingRect(title_rect, flags, _fit_text(metrics, title, title_rect))
        font.setBold(False)
        font.setPointSizeF(7)
        painter.setFont(font)
        below = QRectF(
            inner.left(), used.bottom() + 2, inner.width(), inner.bottom() - used.bottom() - 2
        )
        if below.height() < 8:
            return
        lines = []
        if entry.is_piece:
            if entry.authors:
                lines.append(entry.authors)
            lines.append(self.flatplan.status_name(entry.status))
        elif (
            entry.title and entry.title.casefold() != self.flatplan.slot_name(entry.kind).casefold()
        ):
            lines.append(self.flatplan.slot_name(entry.kind))
        if not lines:
            return
        text = "\n".join(lines)
        small = painter.fontMetrics()
        painter.drawText(
            below,
            flags,
            "\n".join(
                small.elidedText(line, Qt.TextElideMode.ElideRight, int(below.width()))
                for line in text.split("\n")
            ),
        )

    # Interaction -----------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.flatplan.set_selected(self.entry.ref)
            self.press_pos = event.scenePos()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.press_pos is None:
            return
        distance = (event.scenePos() - self.press_pos).manhattanLength()
        if distance * self.flatplan.zoom() < QApplication.startDragDistance():
            return
        if self.flatplan.locked_reason is not None:  # the role may not move it: no drag
            self.press_pos = None
            self.flatplan.dragRefused.emit(self.flatplan.locked_reason)
            return
        page = self.flatplan.page_at(self.press_pos) or self.entry.first_page or 1
        grab = max(0, page - (self.entry.first_page or page))
        self.press_pos = None
        drag = QDrag(event.widget())
        drag.setMimeData(entry_mime(self.flatplan.issue_id, self.entry, grab))
        drag.setPixmap(self._drag_pixmap())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.press_pos = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.flatplan.entryActivated.emit(self.entry.ref)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.flatplan.set_selected(self.entry.ref)
        page = self.flatplan.page_at(event.scenePos())
        self.flatplan.contextMenuRequested.emit(self.entry.ref, page or 0, event.screenPos())

    def _drag_pixmap(self) -> QPixmap:
        width = int(min(self.rect.width(), 160))
        height = int(min(self.rect.height(), 60))
        pixmap = QPixmap(width, height)
        pixmap.fill(QColor(self.fill))
        painter = QPainter(pixmap)
        painter.setPen(QColor("#212121") if not is_dark(self.fill) else QColor("#ffffff"))
        painter.drawText(
            QRectF(4, 2, width - 8, height - 4),
            Qt.TextFlag.TextWordWrap,
            self.entry.title or self.flatplan.slot_name(self.entry.kind),
        )
        painter.end()
        return pixmap


def _fit_text(metrics, text: str, rect: QRectF) -> str:
    """The text, cut with an ellipsis when it needs more lines than ``rect`` holds."""
    flags = int(Qt.TextFlag.TextWordWrap)
    if metrics.boundingRect(rect.toRect(), flags, text).height() <= rect.height():
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words) + "…"
        if metrics.boundingRect(rect.toRect(), flags, candidate).height() <= rect.height():
            return candidate
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))


class FlatplanScene(QGraphicsScene):
    selectionChanged_ = Signal(object)  # the selected entry's ref, or None
    entryActivated = Signal(object)  # double-click on an entry: its ref
    contextMenuRequested = Signal(object, int, object)  # ref or None, page (0: none), QPoint
    dragRefused = Signal(str)  # a block was pulled but the role may not move it: why

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan: Flatplan | None = None
        self.today: date | None = None
        self.columns = 6
        self.selected_ref: Ref | None = None
        # Why the person may not change the chemin de fer (None: they may); set by the panel.
        self.locked_reason: str | None = None
        self.comment_counts: dict[int, int] = {}  # piece id -> unresolved comment threads
        self.blocks: list[BlockItem] = []
        self.pages: dict[int, PageItem] = {}
        self._spreads: list[tuple[int | None, int | None]] = []
        self._spread_of: dict[int, int] = {}
        self.preview = self.addRect(QRectF(), QPen(Qt.PenStyle.NoPen), QBrush())
        self.preview.setZValue(10)
        self.preview.hide()
        self.status_name = lambda status: legend.status_label(status)
        self.slot_name = lambda kind: legend.slot_label(kind)
        self.setBackgroundBrush(QColor("#eceff1"))

    @property
    def issue_id(self) -> int:
        return self.plan.issue.id if self.plan else 0

    def zoom(self) -> float:
        views = self.views()
        return views[0].transform().m11() if views else 1.0

    # Layout --------------------------------------------------------------------

    def set_columns(self, columns: int) -> None:
        columns = max(1, columns)
        if columns != self.columns:
            self.columns = columns
            if self.plan is not None:
                self.rebuild()

    def set_plan(
        self,
        plan: Flatplan,
        today: date | None = None,
        comment_counts: dict[int, int] | None = None,
    ) -> None:
        self.plan = plan
        self.today = today
        self.comment_counts = dict(comment_counts or {})
        if self.selected_ref is not None and plan.find(self.selected_ref) is None:
            self.selected_ref = None
        self.rebuild()

    def spread_origin(self, index: int) -> QPointF:
        row, col = divmod(index, self.columns)
        return QPointF(MARGIN + col * STRIDE_X, MARGIN + row * STRIDE_Y)

    def page_rect(self, page: int) -> QRectF:
        index = self._spread_of[page]
        origin = self.spread_origin(index)
        left, _right = self._spreads[index]
        x = origin.x() + (0 if page == left else PAGE_W)
        return QRectF(x, origin.y(), PAGE_W, PAGE_H)

    def rebuild(self) -> None:
        """Drop every item and draw the plan again (fast: a few hundred items at most)."""
        plan = self.plan
        for item in [*self.blocks, *self.pages.values()]:
            self.removeItem(item)
        self.blocks = []
        self.pages = {}
        self.preview.hide()
        if plan is None:
            return
        self._spreads = spreads(plan.last_page)
        self._spread_of = {
            page: i for i, pair in enumerate(self._spreads) for page in pair if page is not None
        }
        for page in self._spread_of:
            item = PageItem(page, self.page_rect(page), page > plan.page_count)
            self.addItem(item)
            self.pages[page] = item
        page_map = plan.page_map()
        for entry in plan.placed:
            self._add_entry(entry, page_map)
        rows = (len(self._spreads) + self.columns - 1) // self.columns
        width = MARGIN * 2 + min(self.columns, len(self._spreads) or 1) * STRIDE_X - SPREAD_GAP
        self.setSceneRect(QRectF(0, 0, width, MARGIN * 2 + max(rows, 1) * STRIDE_Y - ROW_GAP))

    def _add_entry(self, entry: FlatplanEntry, page_map: dict[int, list[FlatplanEntry]]) -> None:
        groups: list[list[int]] = []
        for page in entry.pages:
            if page not in self._spread_of:
                continue
            if groups and self._spread_of[groups[-1][-1]] == self._spread_of[page]:
                groups[-1].append(page)
            else:
                groups.append([page])
        late = bool(self.today and is_late(entry, self.today))
        fit = entry_fit(entry) if entry.is_piece else None
        comments = self.comment_counts.get(entry.piece_id or 0, 0) if entry.is_piece else 0
        tooltip = self._tooltip(entry, fit, late, comments)
        for number, group in enumerate(groups):
            layers = max(len(page_map.get(p, ())) for p in group)
            layer = max(
                (page_map.get(p, []).index(entry) for p in group if entry in page_map.get(p, [])),
                default=0,
            )
            rect = self.page_rect(group[0]).united(self.page_rect(group[-1]))
            height = (rect.height() - INSET * 2) / max(layers, 1)
            rect = QRectF(
                rect.left() + INSET,
                rect.top() + INSET + layer * height,
                rect.width() - INSET * 2,
                height - (2 if layers > 1 else 0),
            )
            item = BlockItem(
                self,
                entry,
                rect,
                first=number == 0,
                late=late,
                fit_state=fit.state if fit else None,
                tooltip=tooltip,
                comments=comments,
            )
            self.addItem(item)
            self.blocks.append(item)

    def _tooltip(self, entry: FlatplanEntry, fit, late: bool, comments: int = 0) -> str:

        lines = [entry.title or self.slot_name(entry.kind)]
        if entry.is_piece:
            if entry.authors:
                lines.append(entry.authors)
            if entry.section:
                lines.append(entry.section)
            lines.append(self.status_name(entry.status))
        else:
            lines.append(self.slot_name(entry.kind))
        lines.append("p. " + format_pages(entry.pages))
        if fit is not None:
            signs = f"{entry.signs:,}".replace(",", "\u202f") if entry.signs else "?"
            capacity = f"{fit.capacity:,}".replace(",", "\u202f")
            lines.append(f"{signs} / {capacity} signes : {fit.message}")
        if late and entry.due_date:
            lines.append(f"En retard : attendu le {entry.due_date:%d/%m/%Y}")
        if comments:
            lines.append(self.tr("Open comments: %1").replace("%1", str(comments)))
        return "\n".join(lines)

    # What is where ----------------------------------------------------------------

    def page_at(self, pos: QPointF) -> int | None:
        """The page under a scene position (its number strip included)."""
        for page, item in self.pages.items():
            rect = item.rect.adjusted(0, 0, 0, NUMBER_H)
            if rect.contains(pos):
                return page
        return None

    def blocks_of(self, ref: Ref) -> list[BlockItem]:
        return [b for b in self.blocks if b.entry.ref == ref]

    def entry_at(self, pos: QPointF) -> FlatplanEntry | None:
        for item in self.items(pos):
            if isinstance(item, BlockItem):
                return item.entry
        return None

    def set_selected(self, ref: Ref | None) -> None:
        if ref == self.selected_ref:
            return
        old = self.selected_ref
        self.selected_ref = ref
        for block in self.blocks:
            if block.entry.ref in (old, ref):
                block.update()
        self.selectionChanged_.emit(ref)

    def selected_entry(self) -> FlatplanEntry | None:
        if self.plan is None or self.selected_ref is None:
            return None
        return self.plan.find(self.selected_ref)

    # Drop preview ---------------------------------------------------------------

    def show_preview(self, first_page: int, page_count: int, ok: bool) -> None:
        pages = [p for p in range(first_page, first_page + page_count) if p in self.pages]
        if not pages:
            self.preview.hide()
            return
        rect = self.page_rect(pages[0])
        for page in pages[1:]:
            rect = rect.united(self.page_rect(page))
        color = QColor("#2e7d32" if ok else "#c62828")
        self.preview.setPen(QPen(color, 2.5, Qt.PenStyle.DashLine))
        fill = QColor(color)
        fill.setAlpha(50)
        self.preview.setBrush(fill)
        self.preview.setRect(rect.adjusted(-2, -2, 2, 2))
        self.preview.show()

    def hide_preview(self) -> None:
        self.preview.hide()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.entry_at(event.scenePos()) is None:
            self.set_selected(None)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        if self.entry_at(event.scenePos()) is not None:
            super().contextMenuEvent(event)
            return
        page = self.page_at(event.scenePos())
        self.contextMenuRequested.emit(None, page or 0, event.screenPos())
