"""A read-only view of a word-level diff: insertions green and underlined, deletions red
and struck through. Everything from a piece is escaped before it is shown."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from workbench.revisions import DiffOp

INSERT_STYLE = "color:#1b5e20; background-color:#e8f5e9; text-decoration:underline;"
DELETE_STYLE = "color:#b71c1c; background-color:#ffebee; text-decoration:line-through;"
# Unchanged runs longer than this many lines are folded, keeping CONTEXT lines each side.
FOLD_LINES = 8
CONTEXT = 2


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br/>")


def _fold(text: str, first: bool, last: bool) -> str:
    """An unchanged run with its middle lines replaced by « […] »."""
    lines = text.split("\n")
    if len(lines) <= FOLD_LINES:
        return _escape(text)
    head = [] if first else lines[: CONTEXT + 1]
    tail = [] if last else lines[-CONTEXT - 1 :]
    skipped = len(lines) - len(head) - len(tail)
    marker = QCoreApplication.translate("DiffView", "[… %1 unchanged lines …]").replace(
        "%1", str(skipped)
    )
    folded = '<span style="color:#757575;">' + html.escape(marker) + "</span>"
    parts = []
    if head:
        parts.append(_escape("\n".join(head)))
    parts.append(folded)
    if tail:
        parts.append(_escape("\n".join(tail)))
    return "<br/>".join(parts)


def ops_to_html(ops: Sequence[DiffOp], *, fold: bool = False) -> str:
    """The ops as HTML spans (no surrounding document)."""
    parts: list[str] = []
    for i, op in enumerate(ops):
        if op.kind == "insert":
            parts.append(f'<span style="{INSERT_STYLE}">{_escape(op.text)}</span>')
        elif op.kind == "delete":
            parts.append(f'<span style="{DELETE_STYLE}">{_escape(op.text)}</span>')
        elif fold:
            parts.append(_fold(op.text, i == 0, i == len(ops) - 1))
        else:
            parts.append(_escape(op.text))
    return "".join(parts)


def changed_words(ops: Sequence[DiffOp]) -> tuple[int, int]:
    """(words inserted, words deleted)."""
    import re

    word = re.compile(r"\w+")
    inserted = sum(len(word.findall(op.text)) for op in ops if op.kind == "insert")
    deleted = sum(len(word.findall(op.text)) for op in ops if op.kind == "delete")
    return inserted, deleted


class DiffView(QTextBrowser):
    """Shows the diff of a piece's fields (title, chapô, body) or of one text."""

    FIELD_LABELS = ("title", "standfirst", "body")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.fold = True
        self._diffs: Mapping[str, Sequence[DiffOp]] = {}
        self._heading = ""

    def _field_label(self, name: str) -> str:
        return {
            "title": self.tr("Title"),
            "standfirst": self.tr("Standfirst"),
            "body": self.tr("Body"),
        }.get(name, name)

    def set_ops(self, ops: Sequence[DiffOp], heading: str = "") -> None:
        self.set_diffs({"body": ops}, heading)

    def set_diffs(self, diffs: Mapping[str, Sequence[DiffOp]], heading: str = "") -> None:
        """Show each field's diff; a field without change is left out, except the body."""
        self._diffs, self._heading = diffs, heading
        self._render()

    def set_fold(self, fold: bool) -> None:
        self.fold = fold
        self._render()

    def show_message(self, message: str) -> None:
        self._diffs, self._heading = {}, ""
        self.setHtml(f'<p style="color:#757575;">{html.escape(message)}</p>')

    def _render(self) -> None:
        parts: list[str] = []
        if self._heading:
            parts.append(f"<p><b>{html.escape(self._heading)}</b></p>")
        any_change = False
        for name in self.FIELD_LABELS:
            ops = self._diffs.get(name)
            if ops is None:
                continue
            changed = any(op.kind != "equal" for op in ops)
            any_change = any_change or changed
            if not changed and name != "body":
                continue
            label = self._field_label(name)
            if changed:
                inserted, deleted = changed_words(ops)
                label += " — " + self.tr("words added: %1, removed: %2").replace(
                    "%1", str(inserted)
                ).replace("%2", str(deleted))
            parts.append(f'<p style="color:#455a64;"><b>{html.escape(label)}</b></p>')
            body = ops_to_html(ops, fold=self.fold)
            parts.append(f'<p style="white-space:pre-wrap;">{body}</p>')
        if not any_change and self._diffs:
            parts = parts[:1] if self._heading else []
            parts.append(
                '<p style="color:#757575;">'
                + html.escape(self.tr("The two versions are identical."))
                + "</p>"
            )
        self.setHtml("".join(parts))
