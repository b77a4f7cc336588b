"""One piece in a workspace tab: the text, its preview, and its form in a side panel.

Saving never loses work: autosave 2 seconds after the last edit (and at most 10 seconds
after the first unsaved one, for someone who types without a pause), and on switching tabs
or closing (:meth:`can_close`). A save that fails for any reason (a full disk, a base
locked by another program, a read-only file, a bad stored value, a lost server) keeps the
text in the editor, says why in one line and tries again until it succeeds. A save goes through :func:`workbench.editing.save_from_editor`
with the version loaded; when the piece was changed elsewhere in a way that cannot be
merged, the local text stays in the editor, is kept in the history as « Version en conflit »
and the conflict bar offers to reload, overwrite or compare.

A « Version en conflit » left in the history by a sync (or another window) that nobody has
dealt with yet (:func:`workbench.revisions.pending_conflict`) is announced when the piece is
read, or read again, by a second bar: compare it with the current text, take it (a restore,
saved as a new version) or keep the current text. Keeping it saves nothing: the bar is hidden
for that version until the program quits (:func:`set_aside`), as the version is still the
newest of the history and the other side of a sync still shows it.

Hooks for the other editor tools:

* ``text_edit``: the :class:`~ui.editor.text_edit.MarkdownTextEdit` (a QPlainTextEdit);
  a find bar attaches to it (read its text with ``text_edit.plain_text()``: Qt's
  ``toPlainText()`` turns no-break spaces into plain ones), ``text_edit.apply_change()``
  makes several edits as one undo step, ``text_edit.context_menu_hooks`` extends its
  context menu;
* ``spell_checker``: set it to an object with ``misspelled_ranges(text)`` to underline the
  body and the chapô;
* :meth:`add_side_panel` puts a panel (the history…) in the side tabs beside « Fiche »;
  :meth:`restore_revision` brings a revision back (saving what is typed first);
* ``compare_hook``: a callable ``(editor, conflict) -> bool`` used by « Comparer » before
  the built-in dialog (the history panel can show the conflict there);
* ``toolbar``: the editor's tool bar; signals ``saved``, ``loaded`` and ``conflictDetected``;
* ``comments``: the « Commentaires » tab (:mod:`ui.editor.comments_panel`), its actions
  ``comments.act_comment`` and ``comments.act_comment_passage``; ``written`` is emitted
  after a comment or an assignment was written from the editor (the window re-reads).

Rights: a person whose role does not let them change the piece
(:func:`workbench.rights.refusal` for ``Right.EDIT_PIECE``, e.g. a writer on a piece not
assigned to them) reads it: nothing is taken, the check-out bar says why, the form is
greyed but for the status when their role may give one (the maquettiste's « en
maquette »), saved on its own. Commenting stays open to whoever may read.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QTextCursor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import PIECE_STATUSES
from ui.editor.activity_panel import ActivityPanel
from ui.editor.assignments_panel import AssignmentsPanel
from ui.editor.checkout_bar import CheckoutBar, clock_time
from ui.editor.comments_panel import CommentsPanel
from ui.editor.fields_panel import EVERYTHING, FieldAccess, FieldsPanel
from ui.editor.history_panel import local_time
from ui.editor.message_bar import ConflictBar, ConflictDialog, ErrorLine, PendingConflictBar
from ui.editor.preview import PreviewPane
from ui.editor.text_edit import MarkdownTextEdit
from ui.file_dialogs import SafeFileDialog, documents_folder
from ui.icons import icon
from workbench import catalog, checkout, editing, people, pieces, revisions
from workbench.editing import EditorSave, EditorSnapshot, autosave_wait, rescue_text, retry_wait
from workbench.export.names import slugify
from workbench.failures import Failure, explain
from workbench.offline import sync as offline_sync
from workbench.pieces import ConflictError
from workbench.records import PieceDetail
from workbench.revisions import AUTOSAVE_DELAY, Conflict, RevisionInfo, resolve_conflict
from workbench.rights import Right, RightsError, Role, is_assigned, refusal, settable_statuses
from workbench.store import Store, StoreError
from workbench.text.counting import Counts, count_piece
from workbench.text.findreplace import find_all

SIDE_WIDTH = 400
AUTOSAVE_MS = int(AUTOSAVE_DELAY.total_seconds() * 1000)

# Why a save happens: an autosave is coalesced in the history, a manual save is not.
AUTOSAVE, MANUAL, SWITCH, CLOSE = "autosave", "manual", "switch", "close"

log = logging.getLogger(__name__)

# Versions in conflict set aside with « Garder le texte actuel », per database, until the
# program quits (nothing is saved: a restart shows them again while they are pending).
_set_aside: dict[str, set[int]] = {}


def set_aside(store: Store) -> set[int]:
    """The ids of the versions in conflict nobody wants to see again in this run."""
    return _set_aside.setdefault(store.location.display(), set())


class PieceEditor(QWidget):
    titleChanged = Signal(str)
    edited = Signal()  # every change a person makes (counts, preview…)
    saved = Signal(object)  # EditorSave
    loaded = Signal(int)  # piece id
    conflictDetected = Signal(object)  # workbench.revisions.Conflict
    writableChanged = Signal(bool)  # a team store's piece taken or given back
    written = Signal()  # a comment or an assignment written here: the window re-reads

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.piece_id: int | None = None
        self.publication_id: int | None = None
        self.version = 0
        self.base: EditorSnapshot | None = None
        self.conflict: Conflict | None = None
        self.compare_hook: Callable[[PieceEditor, Conflict], bool] | None = None
        self._dirty = False
        self._dirty_since: float | None = None  # time.monotonic() of the first unsaved edit
        self._failures = 0  # failed saves in a row (a retry is scheduled while > 0)
        self.failure: Failure | None = None  # why the last save failed, until one succeeds
        self._loading = False
        self._closed = False
        self._signs_per_page = editing.DEFAULT_SIGNS_PER_PAGE
        # On a team store: who else holds the piece (None: this window may write it).
        self.holder: checkout.Holder | None = None
        self.given_back = False  # released after a long pause without typing
        # Why the person's role does not let them change the piece (None: it does).
        self.edit_refusal: str | None = None
        self.access: FieldAccess = EVERYTHING

        self.conflict_bar = ConflictBar(self)
        # A version in conflict left in the history (by a sync) and not dealt with yet.
        self.pending: RevisionInfo | None = None
        self.pending_bar = PendingConflictBar(self)
        self.checkout_bar = CheckoutBar(self)
        self.error_line = ErrorLine(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.8)
        self.save_state = QLabel(self)
        self.save_state.setStyleSheet("color: #757575; padding-right: 8px;")
        self.text_edit = MarkdownTextEdit(self)
        self.text_edit.line_breaks = True  # Maj+Entrée: a line break in the paragraph
        self.preview = PreviewPane(self)
        self.preview.hide()
        self.fields = FieldsPanel(self)
        # « Attribué à »: below the form, outside it (greyed with it when the piece is
        # held by someone else, while assigning stays the editor-in-chief's at any time).
        self.assignments = AssignmentsPanel(store, self)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.fields)
        assigned = QGroupBox(self.tr("Assigned to"), details)
        assigned_layout = QVBoxLayout(assigned)
        assigned_layout.setContentsMargins(6, 4, 6, 6)
        assigned_layout.addWidget(self.assignments)
        details_layout.addWidget(assigned)
        details_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side = QTabWidget(self)
        self.side.setDocumentMode(True)
        self.side.addTab(scroll, self.tr("Details"))
        # Editorial comments, on both back-ends.
        self.comments = CommentsPanel(self)
        self.side.addTab(self.comments, icon("comments"), self.tr("Comments"))
        self.text_edit.comment_actions = [
            self.comments.act_comment_passage,
            self.comments.act_comment,
        ]
        # On a team store: who did what to the piece (saves, moves, statuses, exports).
        self.activity: ActivityPanel | None = None
        if store.is_shared:
            self.activity = ActivityPanel(store, self)
            self.side.addTab(self.activity, icon("history"), self.tr("Activity"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.text_edit)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([700, 0, SIDE_WIDTH])
        self._side_width = SIDE_WIDTH
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.save_state)
        layout.addLayout(top)
        layout.addWidget(self.checkout_bar)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.pending_bar)
        layout.addWidget(self.error_line)
        layout.addWidget(self.splitter, 1)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(lambda: self.save(AUTOSAVE))
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(lambda: self.save(AUTOSAVE))
        # Check-out on a team store: a sign of life while holding the piece, and the piece
        # given back after a long pause without typing.
        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.setInterval(int(checkout.HEARTBEAT.total_seconds() * 1000))
        self.heartbeat_timer.timeout.connect(self.heartbeat)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(int(checkout.IDLE_RELEASE.total_seconds() * 1000))
        self.idle_timer.timeout.connect(self.give_back)
        self.checkout_bar.takeRequested.connect(self.take_piece)
        self.checkout_bar.breakRequested.connect(self.break_lock)

        # Highlighting also signals contentsChanged (formats): only real edits count.
        self.text_edit.document().contentsChanged.connect(self._text_changed)
        self.fields.changed.connect(self._edited)
        self.fields.titleEdited.connect(self._title_edited)
        self.conflict_bar.reloadRequested.connect(self.reload_saved)
        self.conflict_bar.keepMineRequested.connect(self.keep_mine)
        self.conflict_bar.compareRequested.connect(self.compare)
        self.pending_bar.compareRequested.connect(self.compare_pending)
        self.pending_bar.takeRequested.connect(self.take_pending)
        self.pending_bar.keepRequested.connect(self.keep_current)
        self.comments.changed.connect(self.written)
        self.comments.countChanged.connect(self._show_comment_count)
        self.assignments.changed.connect(self._assignments_changed)

    # Loading -----------------------------------------------------------------------------

    def load(self, piece_id: int) -> None:
        """Show a piece (raises StoreError when there is none). On a team store the piece
        is taken for writing, or shown read only when someone else holds it."""
        piece = pieces.get_piece(self.store, piece_id)
        self._loading = True
        try:
            self.piece_id = piece.id
            self.publication_id = piece.publication_id
            narrow = editing.narrow_nbsp(self.store, piece.publication_id)
            self.preview.footnote_style = editing.footnote_style(self.store, piece.publication_id)
            self.text_edit.narrow = narrow
            self.fields.set_narrow(narrow)
            self._signs_per_page = editing.signs_per_page(self.store, piece.section_id)
            issues = catalog.list_issues(self.store, piece.publication_id)
            self.fields.load(piece, issues)
            self.fields.show_last_saved(self._last_saved(piece))
            if self.text_edit.plain_text() != piece.body:
                self.text_edit.set_body(piece.body)
            self.version = piece.version
            self.base = self.snapshot()
        finally:
            self._loading = False
        self._set_dirty(False)
        self.save_state.setText(self.tr("Saved"))
        self.conflict = None
        self.conflict_bar.hide()
        self.error_line.hide()
        if piece.deleted:
            self.error_line.show_error(
                self.tr("This piece is in the trash: restore it from the tree to place it again.")
            )
        self._schedule_views()
        self._read_rights(piece.status)
        if not self.given_back:
            self.take_piece()
        self._apply_access()
        if self.activity is not None:
            self.activity.model.set_piece(piece.id)
        self.assignments.set_piece(piece.id)
        self.comments.reload()
        self.read_pending()
        self.titleChanged.emit(self.title())
        self.loaded.emit(piece.id)

    def _last_saved(self, piece: PieceDetail) -> str:
        """Who saved the piece last and when, on a team store ("" on a file)."""
        if not self.store.is_shared or not piece.updated_by or piece.updated_at is None:
            return ""
        when = local_time(piece.updated_at)
        return (
            self.tr("%1, %2 at %3")
            .replace("%1", people.display_name(self.store, piece.updated_by))
            .replace("%2", when.strftime("%d/%m"))
            .replace("%3", when.strftime("%H:%M"))
        )

    def focus_body(self, position: int = 0) -> None:
        """Cursor in the body, keyboard focus on it."""
        cursor = self.text_edit.textCursor()
        cursor.setPosition(min(position, len(self.text_edit.plain_text())))
        self.text_edit.setTextCursor(cursor)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def title(self) -> str:
        return self.fields.title.text().strip() or self.tr("(untitled)")

    def snapshot(self) -> EditorSnapshot:
        """What the editor holds now."""
        return EditorSnapshot(
            title=self.fields.title.text(),
            standfirst=self.fields.standfirst.plain_text(),
            body=self.text_edit.plain_text(),
            fields=self.fields.form_fields(),
            contributors=self.fields.credits(),
            issue_id=self.fields.issue_id(),
        )

    # Edits -------------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        """Whether something typed here is not in the database yet."""
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if not dirty:
            self._dirty_since = None
            self.autosave_timer.stop()
            self.text_edit.document().setModified(False)
            self.fields.standfirst.document().setModified(False)

    def _text_changed(self) -> None:
        if self.text_edit.document().isModified():
            self._edited()

    def _edited(self) -> None:
        if self._loading or self._closed:
            return
        if (
            self.store.is_shared
            and self.holder is None
            and not self.given_back
            and self.edit_refusal is None
        ):
            self.idle_timer.start()
        if not self._dirty:
            if self.failure is None:
                self.save_state.setText(self.tr("Modified"))
            self._dirty_since = time.monotonic()
        self._dirty = True
        if self.conflict is None:
            self._schedule_autosave()
        self.edited.emit()
        if self.preview.isVisible():
            self._schedule_preview()

    def _schedule_autosave(self) -> None:
        """Restart the pause timer, shortened so that an unsaved edit never waits longer
        than the maximum delay (see :func:`workbench.editing.autosave_wait`)."""
        unsaved_for = time.monotonic() - (self._dirty_since or time.monotonic())
        wait = autosave_wait(AUTOSAVE_MS / 1000, unsaved_for)
        self.autosave_timer.start(int(wait * 1000))

    def _title_edited(self, _text: str) -> None:
        self.titleChanged.emit(self.title())

    def _schedule_views(self) -> None:
        self.edited.emit()
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        self.preview.schedule(
            lambda: (
                self.fields.title.text(),
                self.fields.standfirst.plain_text(),
                self.text_edit.plain_text(),
                self.fields.signature.text(),
                self.fields.kind.currentData(),
            )
        )

    # Counts --------------------------------------------------------------------------------

    def counts(self) -> Counts:
        return count_piece(self.text_edit.plain_text(), self.fields.standfirst.plain_text())

    def target_signs(self) -> int | None:
        return self.fields.target.value() or None

    def signs_per_page(self) -> int:
        return self._signs_per_page

    # Saving ------------------------------------------------------------------------------------

    def save(self, reason: str = AUTOSAVE) -> bool:
        """Write what is typed; False when it could not be (conflict, refused field, a
        fault of the disk or the base: the text stays here and the save is retried)."""
        if self.piece_id is None or self.base is None or self._closed:
            return True
        self.autosave_timer.stop()
        self.retry_timer.stop()
        if self.conflict is not None:
            if reason == CLOSE:
                self._keep_conflict_copy()
                return True
            return False
        if not self._dirty:
            return True
        if self.edit_refusal is not None:
            return self._save_status(reason)
        mine = self.snapshot()
        try:
            result = editing.save_from_editor(
                self.store,
                self.piece_id,
                expected_version=self.version,
                base=self.base,
                mine=mine,
                autosave=reason != MANUAL,
            )
        except ConflictError:
            self._conflict(mine)
            return reason == CLOSE
        except checkout.PieceTakenError as exc:
            self._lock_lost(mine, exc.holder)
            return reason == CLOSE
        except Exception as exc:  # noqa: BLE001 - whatever failed, the text must stay
            self._save_failed(exc)
            return False
        self._after_save(result, mine)
        return True

    def _save_failed(self, exc: Exception) -> None:
        """Say why in one line, keep the text, and try again later unless retrying cannot
        help (a refused value: the writer's next edit saves again)."""
        failure = explain(exc)
        self.failure = failure
        self.save_state.setText(self.tr("Not saved"))
        if isinstance(exc, StoreError) and not failure.transient:
            log.info("save of piece %s refused: %s", self.piece_id, exc)
            self.error_line.show_error(str(exc))
            return
        log.warning("save of piece %s failed: %s", self.piece_id, failure.reason, exc_info=exc)
        self._failures += 1
        self.error_line.show_error(
            self.tr(
                "Could not save: %1 — your text is kept in the window and will be saved as "
                "soon as possible."
            ).replace("%1", failure.reason)
        )
        if failure.transient:
            self.retry_timer.start(int(retry_wait(self._failures) * 1000))

    def retry_pending(self) -> bool:
        """Whether a failed save is waiting to be tried again."""
        return self.retry_timer.isActive()

    def _after_save(self, result: EditorSave, mine: EditorSnapshot) -> None:
        from PySide6.QtCore import QLocale, QTime

        self.version = result.version
        self._failures = 0
        self.failure = None
        self.retry_timer.stop()
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.save_state.setText(self.tr("Saved at %1").replace("%1", when))
        self._show_merged(result, mine)
        self.base = self.snapshot()
        self._set_dirty(False)
        self.error_line.hide()
        self._read_rights(self.base.fields.get("status"))
        self._apply_access()
        self.comments.reload()  # the anchors the save moved
        if self.pending is not None:
            self.read_pending()  # a save deals with a version in conflict
        self.saved.emit(result)

    def _save_status(self, reason: str) -> bool:
        """Someone who may not write the piece may still give it a status (the
        maquettiste's « en maquette »): that alone is saved."""
        assert self.piece_id is not None and self.base is not None
        status = self.fields.status.currentData()
        if status == self.base.fields.get("status"):
            self._set_dirty(False)
            self.save_state.setText(self.tr("Saved"))
            return True
        try:
            try:
                version = pieces.update_piece(
                    self.store, self.piece_id, expected_version=self.version, status=status
                )
            except ConflictError:  # saved elsewhere meanwhile: the status is set on that
                current = editing.piece_version(self.store, self.piece_id) or self.version
                version = pieces.update_piece(
                    self.store, self.piece_id, expected_version=current, status=status
                )
        except StoreError as exc:
            log.info("status of piece %s refused: %s", self.piece_id, exc)
            self._set_dirty(False)
            self.load(self.piece_id)  # what is stored, again
            self.save_state.setText(self.tr("Not saved"))
            self.error_line.show_error(str(exc))
            return reason == CLOSE
        from PySide6.QtCore import QLocale, QTime

        self.version = version
        self.base = self.snapshot()
        self._set_dirty(False)
        self.error_line.hide()
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.save_state.setText(self.tr("Saved at %1").replace("%1", when))
        self._read_rights(status)
        self._apply_access()
        self.saved.emit(None)
        return True

    def _show_merged(self, result: EditorSave, mine: EditorSnapshot) -> None:
        """Take in the fields another save changed and this editor did not."""
        if result.text == mine.text:
            return
        self._loading = True
        try:
            if result.text.title != mine.text.title:
                self.fields.title.setText(result.text.title)
                self.titleChanged.emit(self.title())
            if result.text.standfirst != mine.standfirst:
                self.fields.standfirst.set_body(result.text.standfirst)
            if result.text.body != mine.body:
                position = self.text_edit.textCursor().position()
                self.text_edit.set_body(result.text.body)
                self.focus_body(position)
        finally:
            self._loading = False

    def _conflict(self, mine: EditorSnapshot) -> None:
        assert self.piece_id is not None
        conflict = resolve_conflict(
            self.store,
            self.piece_id,
            title=mine.title,
            standfirst=mine.standfirst,
            body=mine.body,
        )
        self.conflict = conflict
        if conflict.mine_revision_id is not None:  # this bar says it: not the other one
            set_aside(self.store).add(conflict.mine_revision_id)
        self.pending = None
        self.pending_bar.hide()
        self.save_state.setText(self.tr("Not saved: changed elsewhere"))
        self.conflict_bar.show_conflict()
        self.conflictDetected.emit(conflict)

    def _keep_conflict_copy(self) -> None:
        """Closing with a conflict open: what is typed now goes in the history too."""
        if self.piece_id is None:
            return
        mine = self.snapshot()
        if self.conflict is not None and mine.text == self.conflict.mine:
            return
        self._keep_in_history(mine)

    def _keep_in_history(self, mine: EditorSnapshot) -> None:
        """``mine`` as a « Version en conflit » revision: whatever happens next, it is kept."""
        assert self.piece_id is not None
        kept = resolve_conflict(
            self.store,
            self.piece_id,
            title=mine.title,
            standfirst=mine.standfirst,
            body=mine.body,
        )
        if kept.mine_revision_id is not None:  # this window says so in its own words
            set_aside(self.store).add(kept.mine_revision_id)

    def reload_saved(self) -> None:
        """« Recharger la version enregistrée »: the editor's text stays in the history."""
        if self.piece_id is None:
            return
        if self._dirty and self.conflict is None:
            self._keep_conflict_copy()
        self.load(self.piece_id)

    def keep_mine(self) -> bool:
        """« Garder la mienne (écraser) »: save this text over the stored one."""
        if self.piece_id is None or self.base is None:
            return False
        mine = self.snapshot()
        try:
            result = editing.save_from_editor(
                self.store,
                self.piece_id,
                expected_version=self.version,
                base=self.base,
                mine=mine,
                autosave=False,
                force=True,
            )
        except Exception as exc:  # noqa: BLE001 - the text stays, the bar says why
            log.warning("overwrite of piece %s failed", self.piece_id, exc_info=exc)
            self.error_line.show_error(
                self.tr("Could not save: %1 — your text is kept in the window.").replace(
                    "%1", explain(exc).reason
                )
            )
            return False
        self.conflict = None
        self.conflict_bar.hide()
        self._after_save(result, mine)
        return True

    def restore_revision(self, revision_id: int) -> bool:
        """Bring back a revision (for the history panel): what is typed is saved first, so
        it stays in the history too; False when that save is refused (conflict…)."""

        if self.piece_id is None or not self.save(MANUAL):
            return False
        try:
            revisions.restore_revision(self.store, revision_id, expected_version=self.version)
        except StoreError as exc:
            self.error_line.show_error(str(exc))
            return False
        position = self.text_edit.textCursor().position()
        self.load(self.piece_id)
        self.focus_body(position)
        self.saved.emit(None)
        return True

    def compare(self) -> None:
        if self.conflict is None:
            return
        if self.compare_hook is not None and self.compare_hook(self, self.conflict):
            return
        dialog = ConflictDialog(self.conflict, self)
        dialog.show()

    # A version in conflict left in the history ------------------------------------------

    def read_pending(self) -> None:
        """Show the bar when the piece's newest version is a « Version en conflit » nobody
        has dealt with (a sync kept the offline text beside the server's), hide it else."""
        if self.piece_id is None or self.conflict is not None:
            return
        try:
            found = revisions.pending_conflict(self.store, self.piece_id)
            if found is not None and found.id in set_aside(self.store):
                found = None
            if found is None:
                self.pending = None
                self.pending_bar.hide()
                return
            author = people.display_name(self.store, found.author)
            from_server = self.store.is_shared or offline_sync.origin(self.store) is not None
        except StoreError as exc:  # the server is away: keep what was shown
            log.info("version in conflict of piece %s not read: %s", self.piece_id, exc)
            return
        self.pending = found
        moment = local_time(found.created_at)
        when = (
            self.tr("%1 at %2")
            .replace("%1", moment.strftime("%d/%m/%Y"))
            .replace("%2", moment.strftime("%H:%M"))
        )
        self.pending_bar.show_pending(found, when, author, from_server=from_server)
        self.pending_bar.set_take_refusal(self.read_only_reason())

    def compare_pending(self) -> None:
        """« Comparer »: the version in conflict against the current text, as for a conflict
        between two windows (the history when it is hooked, a dialog otherwise)."""
        if self.pending is None or self.piece_id is None:
            return
        try:
            current = pieces.get_piece(self.store, self.piece_id)
        except StoreError as exc:
            self.error_line.show_error(str(exc))
            return
        theirs = revisions.PieceText(current.title, current.standfirst, current.body)
        conflict = Conflict(
            piece_id=self.piece_id,
            theirs=theirs,
            theirs_version=current.version,
            mine=self.pending.text,
            mine_revision_id=self.pending.id,
            diffs=revisions.diff_texts(theirs, self.pending.text),
        )
        if self.compare_hook is not None and self.compare_hook(self, conflict):
            return
        dialog = ConflictDialog(
            conflict,
            self,
            title=self.tr("Compare with the version in conflict"),
            legend=self.tr(
                "In red, struck out: only in the current text. In green: only in the version "
                "in conflict."
            ),
        )
        dialog.show()

    def take_pending(self) -> bool:
        """« Reprendre cette version »: a restore of the version in conflict, saved as a new
        version (what is typed is saved first); refused, with why, when read only."""
        if self.pending is None:
            return False
        reason = self.read_only_reason()
        if reason is not None:
            self.error_line.show_error(reason)
            return False
        return self.restore_revision(self.pending.id)

    def keep_current(self) -> None:
        """« Garder le texte actuel »: hide the bar for this version (it stays in the history)."""
        if self.pending is not None:
            set_aside(self.store).add(self.pending.id)
        self.pending = None
        self.pending_bar.hide()

    def event(self, event) -> bool:
        """Ctrl+Z and Ctrl+Y inside the editor belong to its fields and text, never to the
        window's tree undo (a combo box with the focus simply ignores them)."""
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeySequence

        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.accept()
            return True
        return super().event(event)

    def can_close(self) -> bool:
        """Save before the tab closes; a conflict keeps this text in the history. When the
        save fails, the writer chooses: try again, keep a copy in a file, close without
        saving, or keep the tab open (the default)."""
        while not self.save(CLOSE):
            if self.failure is None or not self.failure.transient:
                return False
            choice = self.ask_unsaved_close(self.failure.reason)
            if choice == "retry":
                continue
            if choice == "copy" and self.save_copy():
                break
            if choice == "discard":
                break
            return False
        self._closed = True  # nothing more to save: timers may still fire once
        self.autosave_timer.stop()
        self.retry_timer.stop()
        self.heartbeat_timer.stop()
        self.idle_timer.stop()
        if (
            self.piece_id is not None
            and self.holder is None
            and self.store.is_shared
            and self.edit_refusal is None
        ):
            try:
                checkout.release(self.store, self.piece_id)
            except StoreError as exc:  # the server is gone: the lock goes stale, others break it
                log.warning("piece %s not given back: %s", self.piece_id, exc)
        return True

    # Check-out (team store) -------------------------------------------------------------

    def set_writable(self, writable: bool) -> None:
        """Whether the person may change the text and fields here."""
        changed = self.text_edit.isReadOnly() == writable
        self.text_edit.setReadOnly(not writable)
        self._apply_access()
        self.pending_bar.set_take_refusal(self.read_only_reason())
        if changed:
            self.writableChanged.emit(writable)

    # Rights ----------------------------------------------------------------------------

    def _read_rights(self, status: str | None) -> None:
        """What the person may change in this piece: their role, and whether it is assigned
        to them (``status``: the piece's, stored)."""
        if self.piece_id is None:
            return
        role = self.store.role
        assigned = False
        if role == Role.WRITER:
            try:
                assigned = is_assigned(self.store, self.piece_id)
            except StoreError:  # the server is away: keep what was known
                return
        self.edit_refusal = refusal(role, Right.EDIT_PIECE, assigned=assigned)
        if role == Role.CHIEF:
            self.access = EVERYTHING
            return
        allowed = settable_statuses(role)
        self.access = FieldAccess(
            edit=self.edit_refusal,
            plan=refusal(role, Right.PLAN),
            status=refusal(role, Right.SET_STATUS, assigned=assigned, from_status=status),
            statuses=allowed,
            status_refusals={
                code: refusal(role, Right.SET_STATUS, assigned=True, status=code) or ""
                for code in PIECE_STATUSES
                if code not in allowed
            },
        )

    def _apply_access(self) -> None:
        """The form follows the rights, or is greyed as a whole while someone else holds
        the piece (or it was given back after a pause)."""
        if self.text_edit.isReadOnly() and self.edit_refusal is None:
            self.fields.setEnabled(False)
        else:
            self.fields.setEnabled(True)
            self.fields.set_access(self.access)

    def read_only_reason(self) -> str | None:
        """Why the text cannot be changed here (None: it can), for greyed actions."""
        if not self.text_edit.isReadOnly():
            return None
        if self.edit_refusal is not None:
            return self.edit_refusal
        if self.holder is not None:
            return (
                self.tr("Taken by %1 since %2: you can read this piece, not change it.")
                .replace("%1", self.holder.name)
                .replace("%2", clock_time(self.holder.taken_at))
            )
        if self.given_back:
            return self.tr("Given back after a pause without typing: take it back to write.")
        return None

    def check_rights(self) -> None:
        """Read the rights again (the editor-in-chief assigned the piece to this person,
        took it back, or changed their role): take the piece or give it back."""
        if self.piece_id is None or self.base is None or self._closed:
            return
        before = self.edit_refusal
        self._read_rights(self.base.fields.get("status"))
        if (before is None) == (self.edit_refusal is None):
            if self.edit_refusal is not None and self.edit_refusal != before:
                self.checkout_bar.show_refused(self.edit_refusal)
            self._apply_access()
            return
        if self.edit_refusal is None:  # may write it now
            self.checkout_bar.hide()
            self.given_back = False
            self.take_piece()
            self._apply_access()
            return
        # May no longer write it: what is typed is kept in the history, the piece given back.
        unsaved = self._dirty and self.snapshot().text != self.base.text
        kept = False
        if self.holder is None and not self.given_back and self.store.is_shared:
            if unsaved:
                try:
                    self._keep_in_history(self.snapshot())
                    kept = True
                except StoreError as exc:
                    log.warning("text of piece %s not kept: %s", self.piece_id, exc)
            try:
                checkout.release(self.store, self.piece_id)
            except StoreError as exc:
                log.info("piece %s not given back: %s", self.piece_id, exc)
        self._set_dirty(False)
        self.take_piece()
        if unsaved:
            self.error_line.show_error(
                self.tr(
                    "You may no longer change this piece: your text was kept in its history "
                    "as « Version en conflit »."
                )
                if kept
                else self.tr(
                    "You may no longer change this piece: your last changes could not be "
                    "saved. They stay in the window: copy them before closing the tab."
                )
            )

    def take_piece(self) -> bool:
        """Take the piece for writing; read only (with who holds it) when someone else
        does, or (with why) when the person's role does not allow it. True when this
        window may write it."""
        if self.piece_id is None:
            return True
        if self.edit_refusal is None and self.store.is_shared:
            try:
                holder = checkout.take(self.store, self.piece_id)
            except RightsError as exc:  # the role changed since it was read
                self.edit_refusal = str(exc)
            except StoreError as exc:
                self.error_line.show_error(str(exc))
                return False
        if self.edit_refusal is not None:
            self.holder = None
            self.given_back = False
            self.heartbeat_timer.stop()
            self.idle_timer.stop()
            self.set_writable(False)
            self.checkout_bar.show_refused(self.edit_refusal)
            return False
        if not self.store.is_shared:
            return True
        self.holder = holder
        self.given_back = False
        if holder is None:
            self.checkout_bar.hide()
            self.set_writable(True)
            self.heartbeat_timer.start()
            self.idle_timer.start()
            return True
        self.heartbeat_timer.stop()
        self.idle_timer.stop()
        self.set_writable(False)
        self.checkout_bar.show_taken(holder, refusal(self.store.role, Right.BREAK_LOCK))
        return False

    def heartbeat(self) -> None:
        """A sign of life for the piece this window holds; notices a broken lock."""
        if (
            self.piece_id is None
            or self.holder is not None
            or self._closed
            or self.edit_refusal is not None
        ):
            return
        try:
            lost = checkout.heartbeat(self.store, [self.piece_id])
        except StoreError as exc:  # the server is away: the editor keeps the text, retries
            log.info("heartbeat of piece %s failed: %s", self.piece_id, exc)
            return
        if lost:
            if self._dirty:
                self.save(AUTOSAVE)  # refused: the text goes to the history (_lock_lost)
            else:
                self.load(self.piece_id)

    def give_back(self) -> None:
        """After a long pause without typing: save, then let others write the piece."""
        if (
            self.piece_id is None
            or self.holder is not None
            or not self.store.is_shared
            or self.edit_refusal is not None
        ):
            return
        if not self.save(AUTOSAVE):
            return  # not saved: keep the piece until the text is safe
        try:
            checkout.release(self.store, self.piece_id)
        except StoreError as exc:
            log.info("piece %s not given back: %s", self.piece_id, exc)
            return
        self.given_back = True
        self.heartbeat_timer.stop()
        self.set_writable(False)
        self.checkout_bar.show_given_back(int(checkout.IDLE_RELEASE.total_seconds() // 60))

    def _lock_lost(self, mine: EditorSnapshot, holder: checkout.Holder | None) -> None:
        """This window's hold was broken: its text becomes a « Version en conflit » in the
        history, and the piece is shown as stored, read only."""
        assert self.piece_id is not None
        self._keep_in_history(mine)
        self._set_dirty(False)
        self.load(self.piece_id)  # takes it again if nobody holds it any more
        self.error_line.show_error(
            self.tr(
                "This piece was no longer reserved for you: your text was kept in its history "
                "as « Version en conflit »."
            )
        )

    def break_lock(self) -> bool:
        """« Forcer la reprise… »: after a confirmation naming the holder, take the piece
        away from a window that vanished."""
        from PySide6.QtWidgets import QMessageBox

        holder = self.holder
        if holder is None or self.piece_id is None:
            return False
        if refusal(self.store.role, Right.BREAK_LOCK) is not None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Break the lock"),
            self.tr(
                "%1 took this piece at %2 and their window has given no sign of life since "
                "%3.\n\nTake the piece? If %1 comes back, the text they had not saved is kept "
                "in the history as « Version en conflit »."
            )
            .replace("%1", holder.name)
            .replace("%2", clock_time(holder.taken_at))
            .replace("%3", clock_time(holder.seen_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not checkout.break_lock(self.store, self.piece_id, holder):
            self.take_piece()  # it changed hands meanwhile: show who has it now
            return False
        return self.take_piece()

    def ask_unsaved_close(self, reason: str) -> str:
        """« retry », « copy », « discard » or « keep » (the tab stays open)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not save"), "", parent=self)
        box.setText(
            self.tr("« %1 » could not be saved: %2.")
            .replace("%1", self.title())
            .replace("%2", reason)
        )
        box.setInformativeText(
            self.tr(
                "Your text is kept in the window while this tab stays open. Keep a copy in a "
                "file before closing without saving."
            )
        )
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(
            self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Keep open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return {retry: "retry", copy: "copy", discard: "discard"}.get(clicked, "keep")

    def save_copy(self, path: str | None = None) -> bool:
        """Write what is typed to a Markdown file of the writer's choice (when the base
        cannot take it); False when nothing was written."""
        from pathlib import Path

        if path is None:
            path, _ = SafeFileDialog.getSaveFileName(
                self,
                self.tr("Save a copy of the text"),
                str(documents_folder() / f"{slugify(self.title())}.md"),
                self.tr("Markdown (*.md)"),
            )
            if not path:
                return False
        try:
            Path(path).write_text(rescue_text(self.snapshot()), encoding="utf-8")
        except OSError as exc:
            self.error_line.show_error(
                self.tr("The copy could not be written: %1").replace("%1", exc.strerror or "")
            )
            return False
        return True

    def store_changed(self) -> None:
        """Something was written (tree, planner, another editor, another person): re-read
        when nothing typed here is waiting, otherwise leave the local text alone (the next
        save merges). A piece someone else held is taken as soon as they give it back."""
        if self.activity is not None and self.piece_id is not None:
            self.activity.model.reload()
        if self.piece_id is None or self._closed:
            return
        self.assignments.reload()
        self.check_rights()
        if self._dirty or self.conflict is not None:
            self.comments.reload()
            return
        if self.holder is not None and not self._closed:
            try:
                current = checkout.holder(self.store, self.piece_id)
            except StoreError:
                return
            if current is None or current.session != self.holder.session:
                self.take_piece()
        version = editing.piece_version(self.store, self.piece_id)
        if version is None or version == self.version:
            self.comments.reload()
            self.read_pending()  # a sync may keep a version without changing the text
            return
        position = self.text_edit.textCursor().position()
        had_focus = self.text_edit.hasFocus()
        try:
            self.load(self.piece_id)
        except StoreError:
            return
        cursor = self.text_edit.textCursor()
        cursor.setPosition(min(position, self.text_edit.document().characterCount() - 1))
        self.text_edit.setTextCursor(cursor)
        if had_focus:
            self.text_edit.setFocus()

    # Preview, panels, search ---------------------------------------------------------------------

    def set_preview_visible(self, visible: bool) -> None:
        """Show the preview beside the text; the form makes room while it is shown."""
        sizes = self.splitter.sizes()
        total = sum(sizes) or self.width()
        if visible:
            if sizes[2]:
                self._side_width = sizes[2]
            self.preview.setVisible(True)
            self.splitter.setSizes([total // 2, total - total // 2, 0])
            self._schedule_preview()
            self.preview.render_now()
        else:
            self.preview.setVisible(False)
            side = self._side_width or SIDE_WIDTH
            self.splitter.setSizes([max(200, total - side), 0, side])

    def preview_visible(self) -> bool:
        return self.preview.isVisible()

    @property
    def spell_checker(self):
        """The checker underlining the body and the chapô (None: no underlining)."""
        return self.text_edit.highlighter.spell_checker

    @spell_checker.setter
    def spell_checker(self, checker) -> None:
        self.text_edit.set_spell_checker(checker)
        self.fields.standfirst.set_spell_checker(checker)

    def _show_comment_count(self, count: int) -> None:
        """« Commentaires (2) »: the threads still open."""
        index = self.side.indexOf(self.comments)
        title = self.tr("Comments")
        self.side.setTabText(index, f"{title} ({count})" if count else title)

    def _assignments_changed(self) -> None:
        self.check_rights()
        self.written.emit()

    def add_side_panel(self, widget: QWidget, title: str, icon: QIcon | None = None) -> int:
        """Put a tool panel (the history…) in the side tabs; returns its index."""
        return self.side.addTab(widget, icon or QIcon(), title)

    def show_side_panel(self, widget: QWidget) -> None:
        index = self.side.indexOf(widget)
        if index >= 0:
            self.side.setCurrentIndex(index)
            sizes = self.splitter.sizes()
            if sizes[2] == 0:
                side = self._side_width or SIDE_WIDTH
                self.splitter.setSizes([max(200, sizes[0] - side), sizes[1], side])

    def highlighting_done(self) -> bool:
        """Whether the markdown highlighting pass has reached the end of the text (the
        spelling underline follows in idle time, see MarkdownHighlighter)."""
        return self.text_edit.document().lastBlock().userState() >= 0

    def highlight_query(self, query: str) -> bool:
        """Select the first match of ``query`` (accents and case ignored) in the body."""
        matches = find_all(self.text_edit.plain_text(), query)
        if not matches:
            return False
        start, end = matches[0]
        self.text_edit.select_range(start, end)
        self.text_edit.setFocus()
        return True

    def move_cursor_to_end(self) -> None:
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
