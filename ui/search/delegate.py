"""How a search hit is drawn: title, kind, status and authors, then the snippet with the
matched words in bold."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.icons import icon
from ui.labels import kind_label, status_color, status_label
from ui.search.model import HitRole
from workbench.search import split_snippet

if TYPE_CHECKING:
    from workbench.search import SearchHit


def snippet_html(snippet: str) -> str:
    """A snippet as HTML, its highlighted words in bold (everything else escaped)."""

    text, spans = split_snippet(snippet)
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(escape(text[last:start]))
        parts.append(f"<b>{escape(text[start:end])}</b>")
        last = end
    parts.append(escape(text[last:]))
    return "".join(parts)


class SearchHitDelegate(QStyledItemDelegate):
    """A hit as: kind icon, title in bold and the numéro on the right; kind, status and
    authors in grey; then the snippet with the matched words in bold."""

    MARGIN = 6
    SNIPPET_LINES = 3

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return title, small, QFont(option.font)

    def _document(self, index: QModelIndex, font: QFont, width: int) -> QTextDocument:
        hit: SearchHit = index.data(HitRole)
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(snippet_html(hit.snippet))
        document.setTextWidth(max(width, 50))
        return document

    def _snippet_height(self, document: QTextDocument, font: QFont) -> int:
        limit = QFontMetrics(font).lineSpacing() * self.SNIPPET_LINES
        return int(min(document.size().height(), limit))

    def _meta(self, hit: SearchHit) -> str:
        parts = [kind_label(hit.kind), status_label(hit.status)]
        if hit.authors:
            parts.append(", ".join(hit.authors))
        if hit.deleted:
            parts.append(self.tr("in the trash"))
        return " · ".join(parts)

    def _issue(self, hit: SearchHit) -> str:
        if hit.issue_number is None:
            return self.tr("Pool")
        return self.tr("No. %1").replace("%1", str(hit.issue_number))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        title_font, small_font, snippet_font = self._fonts(option)
        width = option.rect.width()
        if width <= 0 and option.widget is not None:
            width = option.widget.viewport().width()
        text_width = width - 2 * self.MARGIN - 22
        document = self._document(index, snippet_font, text_width)
        height = (
            self.MARGIN * 2
            + QFontMetrics(title_font).lineSpacing()
            + QFontMetrics(small_font).lineSpacing()
            + 4
            + self._snippet_height(document, snippet_font)
        )
        return QSize(max(width, 100), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit: SearchHit = index.data(HitRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()  # the kind icon is drawn below, next to the title
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        title_font, small_font, snippet_font = self._fonts(opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = text_colour if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        painter.save()
        painter.setClipRect(opt.rect)

        # Line 1: icon, title, numéro.
        title_metrics = QFontMetrics(title_font)
        line = title_metrics.lineSpacing()
        icon(hit.kind).paint(painter, QRect(rect.left(), rect.top() + (line - 16) // 2, 16, 16))
        left = rect.left() + 22
        issue_text = self._issue(hit)
        painter.setFont(small_font)
        small_metrics = QFontMetrics(small_font)
        issue_width = small_metrics.horizontalAdvance(issue_text) + 4
        painter.setPen(grey)
        painter.drawText(
            QRect(rect.right() - issue_width, rect.top(), issue_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            issue_text,
        )
        painter.setFont(title_font)
        painter.setPen(grey if hit.deleted else text_colour)
        title_rect = QRect(left, rect.top(), rect.right() - issue_width - 6 - left, line)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(hit.title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        # Line 2: status dot, kind · status · authors.
        top = rect.top() + line
        small_line = small_metrics.lineSpacing()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_color(hit.status))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawEllipse(QRect(left, top + (small_line - 8) // 2, 8, 8))
        painter.setFont(small_font)
        painter.setPen(grey)
        meta_rect = QRect(left + 12, top, rect.right() - left - 12, small_line)
        painter.drawText(
            meta_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(
                self._meta(hit), Qt.TextElideMode.ElideRight, meta_rect.width()
            ),
        )

        # Lines 3…: the snippet.
        top += small_line + 4
        document = self._document(index, snippet_font, rect.right() - left)
        height = self._snippet_height(document, snippet_font)
        painter.translate(left, top)
        painter.setClipRect(QRect(0, 0, rect.right() - left, height))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        document.documentLayout().draw(painter, context)
        painter.restore()
