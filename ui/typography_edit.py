"""The one-line field that types French typography: every place where a person types a
piece's title, a numéro's theme, a publication's name, a slot's label or a signature note
uses it, so that what is typed there reads like the body (« », ’, …, no-break spaces before
; : ! ? and %). The rules are :func:`workbench.text.typography.autocorrect`, the body's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from workbench.text.typography import autocorrect

# Keys that type text: plain, shifted, on the keypad or through AltGr (« is AltGr+z on a
# French keyboard). A shortcut (Ctrl, Alt, Meta) never goes through the typography.
_TYPING_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.KeypadModifier
    | Qt.KeyboardModifier.GroupSwitchModifier
)


class TypographyLineEdit(QLineEdit):
    """A QLineEdit whose typed characters get the house typography, as in the body.

    ``narrow`` is the publication's ``narrow_nbsp`` setting (narrow no-break space before
    ; ! ? and %). The typed character and its correction are one edit; pasted or
    programmatically set text is left as it is (« Corriger la typographie » fixes it).
    """

    def __init__(
        self, parent: QWidget | None = None, *, text: str = "", narrow: bool = True
    ) -> None:
        super().__init__(text, parent)
        self.narrow = narrow

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._autocorrect(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _autocorrect(self, event: QKeyEvent) -> bool:
        typed = event.text()
        if len(typed) != 1 or not typed.isprintable() or self.isReadOnly():
            return False
        if event.modifiers() & ~_TYPING_MODIFIERS or self.hasSelectedText():
            return False
        before = self.text()[: self.cursorPosition()]
        replacement = autocorrect(before, typed, self.narrow)
        if replacement is None:
            return False
        # The typed character is not in the field yet: select the others to replace.
        self.cursorBackward(True, replacement.remove - 1)
        self.insert(replacement.text)
        return True
