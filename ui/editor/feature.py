"""The writer's editor in the main window: pieces open in tabs, the Format menu, live counts
in the status bar, saving on switch and close, and new pieces started from a template.

Shortcuts of the Format menu are active only when the keyboard focus is in the work area
(an editor tab): Ctrl+B and Ctrl+I do not reach the tree or other features. Ctrl+Z inside an
editor undoes typing (the text fields handle it, and the editor keeps it from reaching the
window's tree undo); elsewhere it undoes tree and planning operations as before.

The window builds it (``window.editor``); it registers the Format menu, the counts in the
status bar, the comment actions of the Edit menu (« Commenter le passage », Ctrl+Alt+M, on
the text's selection; « Commenter », on the whole piece) and the « New piece… » flow
through the window's extension points. An action the current piece does not allow (read
only: the person's role, or someone else holds it) is greyed with why as its tooltip. Other tools
find the editors through ``window.editor``: :meth:`EditorFeature.editors`,
:meth:`EditorFeature.current_editor` and the ``editorOpened(PieceEditor)`` signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from ui import commands
from ui.dialogs import PieceDialog
from ui.editor.counts_bar import CountsBar
from ui.editor.piece_editor import MANUAL, SWITCH, PieceEditor
from ui.extension import MenuName
from ui.icons import icon
from workbench import catalog, editing, pieces
from workbench.store import StoreError
from workbench.templates import template_for
from workbench.text import counting

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PREWARM_DELAY_MS = 500


def _prewarm() -> None:
    """Import the editor's modules once the window is idle: the first piece then opens as
    fast as the next ones (the import is otherwise paid on the first double-click)."""
    from ui.editor import piece_editor  # noqa: F401

    counting.count("Échauffement *du* parseur[^1].\n\n[^1]: note")


class EditorFeature(QObject):
    editorOpened = Signal(object)  # a PieceEditor, just created

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)

        self.window = window
        self.workspace = window.workspace
        self._current = None
        self.counts_bar = CountsBar(window)
        window.add_status_widget(self.counts_bar)
        self.counts_bar.hide()
        self._create_actions()
        self._create_menu()
        # The window's « New piece » goes through new_piece(): template, then editor.
        window.set_piece_creator(self.new_piece)
        window.pieceActivated.connect(self.open_editor)
        window.storeChanged.connect(self._store_changed)
        self.workspace.currentChanged.connect(self._current_changed)
        QTimer.singleShot(PREWARM_DELAY_MS, self, _prewarm)

    # Actions ---------------------------------------------------------------------------------

    def _action(
        self, text: str, icon_name: str, shortcut: str | None, slot, tip: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            (tip or text.replace("&", ""))
            + (
                f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                if shortcut
                else ""
            )
        )
        action.triggered.connect(slot)
        self.workspace.addAction(action)  # shortcut active while the focus is in the tabs
        return action

    def _create_actions(self) -> None:
        self.act_bold = self._action(
            self.tr("&Bold"), "bold", "Ctrl+B", self._command("toggle_bold")
        )
        self.act_italic = self._action(
            self.tr("&Italic"), "italic", "Ctrl+I", self._command("toggle_italic")
        )
        self.act_intertitre = self._action(
            self.tr("I&ntertitre"),
            "intertitre",
            "Ctrl+2",
            self._command("toggle_intertitre"),
            self.tr("Subheading"),
        )
        self.act_quotation = self._action(
            self.tr("&Quotation"), "quotation", "Ctrl+Shift+C", self._command("toggle_quotation")
        )
        self.act_exergue = self._action(
            self.tr("&Pull quote (exergue)"),
            "exergue",
            "Ctrl+Shift+E",
            self._command("toggle_exergue"),
        )
        self.act_question = self._action(
            self.tr("Interview &question"),
            "question",
            "Ctrl+Shift+Q",
            self._command("toggle_question"),
            self.tr("Interview question: the paragraph in bold"),
        )
        self.act_footnote = self._action(
            self.tr("&Footnote"),
            "footnote",
            "Ctrl+Alt+F",
            self._command("insert_footnote"),
            self.tr("Footnote: a reference here, its text at the end"),
        )
        self.act_link = self._action(self.tr("&Link…"), "link", "Ctrl+K", self.insert_link)
        self.act_preview = self._action(
            self.tr("P&review"),
            "preview",
            None,
            self.toggle_preview,
            self.tr("Show the piece as it will read"),
        )
        self.act_preview.setShortcut(QKeySequence("F8"))
        self.act_preview.setCheckable(True)
        self.act_save = self._action(
            self.tr("&Save the piece"),
            "save",
            None,
            self.save_current,
            self.tr("Save now and keep a version in the history"),
        )
        self.act_save.setShortcut(QKeySequence.StandardKey.Save)
        self.act_comment_passage = self._action(
            self.tr("Comment on the &passage…"),
            "comment-passage",
            "Ctrl+Alt+M",
            self.comment_passage,
            self.tr("Comment on the words selected in the text"),
        )
        self.act_comment = self._action(
            self.tr("&Comment on the piece…"),
            "comments",
            None,
            self.comment_piece,
            self.tr("Comment on the whole piece"),
        )
        self.comment_actions = [self.act_comment_passage, self.act_comment]
        self.format_actions = [
            self.act_bold,
            self.act_italic,
            self.act_intertitre,
            self.act_quotation,
            self.act_exergue,
            self.act_question,
            self.act_footnote,
            self.act_link,
        ]
        for action in [
            *self.format_actions,
            self.act_preview,
            self.act_save,
            *self.comment_actions,
        ]:
            action.setEnabled(False)
        # Tooltips as made, given back when an action that was greyed with why is allowed.
        self._tips = {action: action.toolTip() for action in [*self.format_actions, self.act_save]}
        self._tips.update({action: action.toolTip() for action in self.comment_actions})

    def _create_menu(self) -> None:
        actions = self.format_actions
        self.window.add_menu_actions(
            MenuName.FORMAT,
            [*actions[:2], None, *actions[2:6], None, *actions[6:], None, self.act_preview],
        )
        self.window.add_menu_actions(MenuName.FILE, [self.act_save])
        self.window.add_menu_actions(MenuName.EDIT, self.comment_actions, separated=True)
        self.window.add_menu_actions(MenuName.VIEW, [self.act_preview])

    def _command(self, name: str):
        def run() -> None:
            editor = self.current_editor()
            if editor is not None:
                getattr(editor.text_edit, name)()
                editor.text_edit.setFocus()

        return run

    def insert_link(self) -> None:
        editor = self.current_editor()
        if editor is None:
            return
        url, ok = QInputDialog.getText(
            self.window,
            self.tr("Link"),
            self.tr("Address (URL):"),
            QLineEdit.EchoMode.Normal,
            "https://",
        )
        url = url.strip()
        if ok and url and url != "https://":
            editor.text_edit.insert_link(url, self.tr("link text"))
        editor.text_edit.setFocus()

    def comment_passage(self) -> None:
        """« Commenter le passage »: the comments tab opens on the text's selection."""
        editor = self.current_editor()
        if editor is not None:
            editor.comments.start_passage_comment()

    def comment_piece(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.comments.start_comment()

    def toggle_preview(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.set_preview_visible(not editor.preview_visible())
            self.act_preview.setChecked(editor.preview_visible())

    def save_current(self) -> None:

        editor = self.current_editor()
        if editor is not None:
            if editor.is_dirty and editor.save(MANUAL):
                self.window.show_status(self.tr("Piece saved."), 3000)
            elif not editor.is_dirty:
                self.window.show_status(self.tr("Nothing to save."), 3000)

    # Editors -------------------------------------------------------------------------------

    def editors(self) -> list:

        return [
            w
            for i in range(self.workspace.count())
            if isinstance(w := self.workspace.widget(i), PieceEditor)
        ]

    def current_editor(self):

        widget = self.workspace.currentWidget()
        return widget if isinstance(widget, PieceEditor) else None

    def editor_for(self, piece_id: int):
        return self.workspace.find(("piece", piece_id))

    def open_editor(self, piece_id: int):
        """Open a piece in its tab (or go to it) with the cursor in the body."""

        existing = self.editor_for(piece_id)
        if existing is not None:
            self.workspace.setCurrentWidget(existing)
            existing.text_edit.setFocus()
            return existing
        try:
            summary = pieces.get_summary(self.window.store, piece_id)
            editor = PieceEditor(self.window.store)
            editor.load(piece_id)
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Workbench"), str(exc))
            return None
        self._set_up(editor)
        self.workspace.open_tab(
            ("piece", piece_id), editor.title(), icon(summary.kind), lambda: editor
        )
        editor.focus_body()
        # Opened before the window shows (--open): focus again once it is on screen.
        QTimer.singleShot(0, editor.text_edit.setFocus)
        self.editorOpened.emit(editor)
        return editor

    def _set_up(self, editor) -> None:

        assert isinstance(editor, PieceEditor)
        toolbar = editor.toolbar
        undo = QAction(icon("undo"), self.tr("Undo typing"), editor)
        undo.setToolTip(self.tr("Undo typing (Ctrl+Z)"))
        undo.triggered.connect(editor.text_edit.undo)
        undo.setEnabled(False)
        editor.text_edit.undoAvailable.connect(undo.setEnabled)
        redo = QAction(icon("redo"), self.tr("Redo typing"), editor)
        redo.setToolTip(self.tr("Redo typing (Ctrl+Shift+Z)"))
        redo.triggered.connect(editor.text_edit.redo)
        redo.setEnabled(False)
        editor.text_edit.redoAvailable.connect(redo.setEnabled)
        editor.act_undo, editor.act_redo = undo, redo
        toolbar.addActions([undo, redo])
        toolbar.addSeparator()
        toolbar.addActions(self.format_actions[:2])
        toolbar.addSeparator()
        toolbar.addActions(self.format_actions[2:6])
        toolbar.addSeparator()
        toolbar.addActions(self.format_actions[6:])
        toolbar.addSeparator()
        toolbar.addAction(self.act_preview)
        editor.text_edit.format_actions = list(self.format_actions)
        editor.text_edit.comment_actions = list(self.comment_actions)
        editor.text_edit.selectionChanged.connect(
            lambda e=editor: self._update_comment_actions() if e is self._current else None
        )
        editor.written.connect(self.window.refresh)
        editor.edited.connect(lambda e=editor: self.counts_bar.schedule(e))
        editor.fields.kind.currentIndexChanged.connect(lambda _i, e=editor: self._retitle_icon(e))
        editor.saved.connect(self._saved)
        editor.writableChanged.connect(lambda _writable: self._update_editing_actions())

    def _update_editing_actions(self) -> None:
        """Formatting and saving need a piece this window may write (on a team store,
        one the person's role allows and nobody else holds: greyed with why otherwise);
        the preview only needs a piece."""
        editor = self.current_editor()
        writable = editor is not None and not editor.text_edit.isReadOnly()
        reason = editor.read_only_reason() if editor is not None else None
        for action in [*self.format_actions, self.act_save]:
            action.setEnabled(writable)
            tip = reason if not writable and reason else self._tips[action]
            action.setToolTip(tip)
            action.setStatusTip((reason or "") if not writable else "")
        self.act_preview.setEnabled(editor is not None)
        self._update_comment_actions()

    def _update_comment_actions(self) -> None:
        """Commenting needs a piece (read only or not) and the right to comment; on a
        passage, words selected in its text."""
        editor = self.current_editor()
        refused = editor.comments.comment_refusal if editor is not None else None
        selected = editor is not None and editor.text_edit.textCursor().hasSelection()
        self.act_comment.setEnabled(editor is not None and refused is None)
        self.act_comment.setToolTip(refused or self._tips[self.act_comment])
        self.act_comment_passage.setEnabled(selected and refused is None)
        self.act_comment_passage.setToolTip(
            refused
            or (
                self._tips[self.act_comment_passage]
                if selected or editor is None
                else self.tr("Select words in the text to comment on them")
            )
        )

    def _retitle_icon(self, editor) -> None:
        index = self.workspace.indexOf(editor)
        if index >= 0:
            self.workspace.setTabIcon(index, icon(editor.fields.kind.currentData()))

    def _saved(self, result) -> None:
        if result is None or result.tree_changed:  # None: a revision was restored
            self.window.refresh()

    def _current_changed(self, _index: int) -> None:
        previous = self._current
        editor = self.current_editor()
        if previous is not None and previous is not editor:
            try:
                if previous.piece_id is not None and self.workspace.indexOf(previous) >= 0:
                    previous.save(SWITCH)
            except RuntimeError:  # the tab's widget is being deleted
                pass
        self._current = editor
        self._update_editing_actions()
        self.act_preview.setChecked(editor is not None and editor.preview_visible())
        self.counts_bar.track(editor)
        if editor is not None and previous is not None and previous is not editor:
            editor.text_edit.setFocus()  # back to the text where it was

    def _store_changed(self) -> None:
        for editor in self.editors():
            editor.store_changed()
        if self._current is not None:
            self.counts_bar.schedule()

    # New pieces from a template ----------------------------------------------------------------

    def new_piece(self) -> None:
        from datetime import date

        window = self.window
        publication_id = window.current_publication_id()
        if publication_id is None:
            return
        issues = catalog.list_issues(window.store, publication_id)
        narrow = editing.narrow_nbsp(window.store, publication_id)
        dialog = PieceDialog(window, issues, window.current_issue_id(), narrow=narrow)
        window.name_publication(dialog, publication_id)
        if not dialog.exec():
            return
        kind, title, issue_id = dialog.values()
        fields = {}
        if dialog.use_template():
            number = next((i.number for i in issues if i.id == issue_id), None)
            template = template_for(
                kind,
                narrow=narrow,
                issue_number=number,
                when=date.today(),
            )
            fields = template.piece_fields()
        command = commands.CreatePieceCommand(
            window.store,
            window.refresh,
            self.tr("New piece"),
            publication_id,
            kind,
            title,
            issue_id,
            fields,
        )
        if window.run_command(command) and command.piece_id is not None:
            window.select_key(("piece", command.piece_id))
            self.open_editor(command.piece_id)
