"""The central panel when no editor is open: a read-only view of the selected item."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.labels import kind_label, role_label, status_label
from workbench.text.markdown import render_html

if TYPE_CHECKING:
    from workbench.records import IssueInfo, PieceDetail


def escape(text: str) -> str:
    """HTML-escaped text (the html module is not needed for the first paint)."""
    from html import escape as html_escape

    return html_escape(text)


class OverviewPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.show_hint()

    def show_hint(self) -> None:
        hint = self.tr("Select a piece or an issue in the tree.")
        hint = hint.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.setHtml(f"<p style='color:#757575; margin-top:40px' align='center'>{hint}</p>")

    def show_piece(self, piece: PieceDetail) -> None:
        from workbench.text.counting import count_piece  # deferred: not needed for the first paint

        counts = count_piece(piece.body, piece.standfirst)
        where = (
            self.tr("No. %1").replace("%1", str(piece.issue_number))
            if piece.issue_number is not None
            else self.tr("Pool (au marbre)")
        )
        credits = ", ".join(f"{c.name} ({role_label(c.role)})" for c in piece.contributors)
        facts = [
            kind_label(piece.kind),
            status_label(piece.status),
            where,
            self.tr("%1 signs").replace("%1", f"{counts.signs:,}".replace(",", "\u202f")),
            self.tr("%1 words").replace("%1", f"{counts.words:,}".replace(",", "\u202f")),
        ]
        html = [f"<h1>{escape(piece.title)}</h1>"]
        if credits:
            html.append(f"<p><i>{escape(credits)}</i></p>")
        html.append(f"<p style='color:#616161'>{escape(' · '.join(facts))}</p>")
        if piece.standfirst:
            html.append(f"<p><b>{escape(piece.standfirst)}</b></p>")
        html.append(render_html(piece.body))
        if piece.signature_note:
            html.append(f"<p align='right'><i>{escape(piece.signature_note)}</i></p>")
        self.setHtml("".join(html))

    def show_issue(self, issue: IssueInfo) -> None:
        title = self.tr("No. %1").replace("%1", str(issue.number))
        rows = [
            (self.tr("Theme"), issue.theme or "—"),
            (self.tr("Pages"), str(issue.page_count)),
            (
                self.tr("Closing date"),
                issue.closing_date.strftime("%d/%m/%Y") if issue.closing_date else "—",
            ),
            (
                self.tr("On-sale date"),
                issue.release_date.strftime("%d/%m/%Y") if issue.release_date else "—",
            ),
            (
                self.tr("Pieces ready"),
                self.tr("%1 of %2")
                .replace("%1", str(issue.ready_count))
                .replace("%2", str(issue.piece_count)),
            ),
        ]
        table = "".join(
            f"<tr><td style='color:#616161; padding-right:16px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        self.setHtml(f"<h1>{escape(title)}</h1><table>{table}</table>")
