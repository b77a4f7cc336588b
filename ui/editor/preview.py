"""The piece as it will read: title, chapô, body rendered by the house parser, signature.

Title, chapô and body go through the export walk together, so a note called from the
title or the chapô (``[^1]`` in the field) shows as its marker there and with the notes.

Rendering waits for a pause in typing (and for the pane to be visible), then keeps the
scroll position.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

PREVIEW_DELAY_MS = 400

STYLE = """
body { font-size: 11pt; }
h1.title { font-size: 17pt; font-weight: bold; margin-bottom: 6px; }
p.standfirst { font-weight: bold; font-size: 11.5pt; margin-bottom: 12px; }
h2 { font-size: 13.5pt; margin-top: 14px; }
h2.subhead { font-size: 13.5pt; margin-top: 14px; }
p.question { font-weight: bold; color: #0d47a1; margin-top: 10px; }
blockquote.quote { color: #5d4037; font-style: italic; margin-left: 18px; }
blockquote.pull_quote { color: #006064; font-size: 13pt; font-style: italic;
                        background-color: #e0f2f1; margin: 10px 30px; padding: 8px; }
sup { color: #ad1457; }
aside.notes, p.note { font-size: 10pt; color: #455a64; }
span.note-marker { color: #ad1457; font-weight: bold; }
p.signature { font-style: italic; color: #455a64; margin-top: 12px; }
"""


def preview_html(head_html: str, body_html: str, signature: str) -> str:
    """The page: ``head_html`` and ``body_html`` come escaped from the export walk."""
    parts = [f"<html><head><style>{STYLE}</style></head><body>", head_html, body_html]
    if signature.strip():
        parts.append(f"<p class='signature' align='right'>{escape(signature)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


class PreviewPane(QTextBrowser):
    """Call :meth:`schedule` with a function returning (title, chapô, body, signature)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)
        self._source = None
        self.footnote_style = "symbols"  # the publication's: *, ** … or numbers
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        self.rendered_html = ""

    def schedule(self, source) -> None:
        self._source = source
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._source is not None:
            self.render_now()

    def render_now(self) -> None:
        if self._source is None:
            return
        # the exporters' walk loads when the preview is first shown, not with the editor
        from workbench.export.html import body_fragment, head_fragment
        from workbench.export.tokens import text_document

        title, standfirst, body, signature, kind = self._source()
        document = text_document(
            title, standfirst, body, kind=kind or "", footnote_style=self.footnote_style
        )
        html = preview_html(head_fragment(document), body_fragment(document), signature)
        if html == self.rendered_html:
            return
        self.rendered_html = html
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(html)
        bar.setValue(position)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.fragment():
            self.scrollToAnchor(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
