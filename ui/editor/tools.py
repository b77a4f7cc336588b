"""The editor tools in every piece editor: find and replace, history, « Corriger la
typographie » and spelling (built by the window after ``ui.editor.feature``: ``window.editor_tools``).

Menus: Édition gets Rechercher (Ctrl+F), Remplacer (Ctrl+H), Occurrence suivante (F3) and
précédente (Maj+F3); Format gets « Corriger la typographie… »; Affichage gets « Historique
des versions » (the panel sits in the editor's side tabs). The shortcuts are window actions
on the work area, like the Format menu's, so they act on the current editor only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from ui.editor.find_bar import FindBar
from ui.editor.history_panel import HistoryPanel
from ui.editor.piece_editor import MANUAL
from ui.editor.spell import SpellSupport
from ui.editor.typography_dialog import correct_piece_typography
from ui.extension import MenuName
from ui.icons import icon

if TYPE_CHECKING:
    from ui.editor.feature import EditorFeature
    from ui.main_window import MainWindow

PREWARM_DELAY_MS = 700


class EditorTools(QObject):
    def __init__(self, window: MainWindow, feature: EditorFeature) -> None:
        super().__init__(window)
        self.window = window
        self.feature = feature
        self._create_actions()
        self._create_menus()
        self._spell = None
        feature.editorOpened.connect(self.attach)
        for editor in feature.editors():
            self.attach(editor)
        feature.workspace.currentChanged.connect(self._update_actions)
        self._update_actions()
        # Load the tools and the French dictionary once the window is up and idle, so that
        # the first piece opens as fast as the next ones.
        QTimer.singleShot(PREWARM_DELAY_MS, self, self._prewarm)

    def _prewarm(self) -> None:
        from ui.editor import find_bar, history_panel  # noqa: F401

        self.spell().available  # noqa: B018  (opens the dictionary)

    # Actions ---------------------------------------------------------------------------

    def _action(self, text: str, icon_name: str, shortcut, slot) -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({native})")
            self.feature.workspace.addAction(action)  # active while the focus is in the tabs
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.act_find = self._action(
            self.tr("&Find…"), "find", QKeySequence.StandardKey.Find, self.find
        )
        self.act_replace = self._action(
            self.tr("&Replace…"), "find-replace", "Ctrl+H", self.replace
        )
        self.act_find_next = self._action(
            self.tr("Find &next"), "find-next", QKeySequence.StandardKey.FindNext, self.find_next
        )
        self.act_find_previous = self._action(
            self.tr("Find pre&vious"),
            "find-previous",
            QKeySequence.StandardKey.FindPrevious,
            self.find_previous,
        )
        self.act_typography = self._action(
            self.tr("Fix &typography…"), "typography", None, self.fix_typography
        )
        self._typography_tip = self.tr(
            "Show every typographic fix the piece needs, then apply the ones you keep"
        )
        self.act_typography.setToolTip(self._typography_tip)
        self.act_history = self._action(
            self.tr("Version &history"), "history", "Ctrl+Alt+H", self.show_history
        )
        self.actions = [
            self.act_find,
            self.act_replace,
            self.act_find_next,
            self.act_find_previous,
            self.act_typography,
            self.act_history,
        ]

    def _create_menus(self) -> None:
        self.window.add_menu_actions(MenuName.EDIT, self.actions[:4], separated=True)
        self.window.add_menu_actions(MenuName.FORMAT, [self.act_typography], separated=True)
        self.window.add_menu_actions(MenuName.VIEW, [self.act_history])

    def _update_actions(self, *_args) -> None:
        editor = self.feature.current_editor()
        for action in self.actions:
            action.setEnabled(editor is not None)
        # Fixing the typography changes the text: greyed, with why, when it is read only.
        reason = editor.read_only_reason() if editor is not None else None
        self.act_typography.setEnabled(editor is not None and reason is None)
        self.act_typography.setToolTip(reason or self._typography_tip)

    # Per editor ------------------------------------------------------------------------

    def spell(self):
        if self._spell is None:
            self._spell = SpellSupport.shared()
            self._spell.statusMessage.connect(self._status)
            self._spell.dictionaryChanged.connect(self._rehighlight_all)
        return self._spell

    def attach(self, editor) -> None:
        """Give one PieceEditor its find bar, history panel and spelling."""

        bar = FindBar(editor)
        editor.layout().addWidget(bar)
        bar.attach(editor.text_edit, shortcuts=False)
        bar.statusMessage.connect(self._status)
        editor.find_bar = bar

        history = HistoryPanel(self.window.store, editor.piece_id, editor, lazy=True)
        editor.add_side_panel(history, self.tr("History"), icon("history"))
        editor.loaded.connect(history.set_piece)
        editor.saved.connect(lambda _result, h=history: h.reload())
        history.aboutToRestore.connect(lambda _id, e=editor: e.save(MANUAL))
        history.restored.connect(lambda _id, e=editor: e.reload_saved())
        history.statusMessage.connect(self._status)
        editor.history_panel = history
        history.restore_refusal = editor.read_only_reason
        editor.writableChanged.connect(self._update_actions)
        editor.writableChanged.connect(lambda _writable, h=history: h.update_restore())

        spell = self.spell()
        for text_edit in (editor.text_edit, editor.fields.standfirst):
            # Not set_spell_checker(): its immediate re-highlighting emits contentsChanged,
            # which the editor takes for typing. The highlighting pass that follows loading
            # a piece is still to come and underlines.
            text_edit.highlighter.spell_checker = spell
            text_edit.context_menu_hooks.append(
                lambda menu, cursor, e=text_edit: spell.context_actions(menu, e, cursor.position())
            )

    def show_conflict_in_history(self, editor, conflict) -> bool:
        """Show a conflict in the history: the kept copy against the saved text. It can be
        the editor's « Comparer »: ``editor.compare_hook = tools.show_conflict_in_history``."""
        history = getattr(editor, "history_panel", None)
        if history is None or conflict.mine_revision_id is None:
            return False
        editor.show_side_panel(history)  # first: a hidden history reads itself when shown
        history.reload()
        history.select_revisions([conflict.mine_revision_id], conflict.mine_revision_id)
        return True

    def _rehighlight_all(self) -> None:
        for editor in self.feature.editors():
            editor.text_edit.highlighter.rehighlight()
            editor.fields.standfirst.highlighter.rehighlight()

    def _status(self, message: str) -> None:
        self.window.show_status(message, 8000)

    # Commands on the current editor ----------------------------------------------------

    def _bar(self):
        editor = self.feature.current_editor()
        return getattr(editor, "find_bar", None) if editor is not None else None

    def find(self) -> None:
        if (bar := self._bar()) is not None:
            bar.show_find()

    def replace(self) -> None:
        if (bar := self._bar()) is not None:
            bar.show_replace()

    def find_next(self) -> None:
        if (bar := self._bar()) is not None:
            bar.find_next()

    def find_previous(self) -> None:
        if (bar := self._bar()) is not None:
            bar.find_previous()

    def fix_typography(self) -> int:

        editor = self.feature.current_editor()
        if editor is None:
            return 0
        applied = correct_piece_typography(
            editor.fields.title,
            editor.fields.standfirst,
            editor.text_edit,
            editor.text_edit.narrow,
            self.window,
        )
        if applied:
            self._status(
                self.tr("1 typographic fix applied (Ctrl+Z to undo it in the text).")
                if applied == 1
                else self.tr(
                    "%1 typographic fixes applied (Ctrl+Z to undo them in the text)."
                ).replace("%1", str(applied))
            )
        return applied

    def show_history(self) -> None:
        editor = self.feature.current_editor()
        history = getattr(editor, "history_panel", None)
        if history is not None:
            history.reload()
            editor.show_side_panel(history)
            history.list.setFocus()
