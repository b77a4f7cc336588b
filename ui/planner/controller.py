"""The planner's operations: every planning change of the window goes through here.

Views (planner table, chemin de fer, board) only call these methods; each change is one
undoable command (``ui.planner.commands``) saved at once, then ``window.refresh()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from db.vocabulary import PIECE_STATUSES
from ui.commands import StoreCommand
from ui.file_dialogs import SafeFileDialog, documents_folder
from ui.icons import icon
from ui.labels import status_color, status_label
from ui.planner.board_view import BoardView
from ui.planner.commands import (
    DueDateCommand,
    DuplicateStructureCommand,
    PlanCommand,
    StatusCommand,
)
from ui.planner.contents_dialog import ContentsDialog
from ui.planner.dialogs import DueDateDialog, DuplicateDialog, SlotDialog
from ui.planner.flatplan_view import FlatplanPanel
from ui.planner.planner_view import PlannerView
from ui.planner.rights import PlannerRights, grey
from workbench import catalog, editing, pieces
from workbench.flatplan import changes
from workbench.flatplan.changes import PlacementConflict
from workbench.flatplan.pdf import PdfWriteError, paint_flatplan, write_flatplan_pdf
from workbench.flatplan.rules import PIECE, Ref
from workbench.store import Store, StoreError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SLOT = "slot"


def issue_title(info) -> str:
    return f"N°{info.number}"


class PlannerController(QObject):
    def __init__(self, window: MainWindow, rights: PlannerRights | None = None) -> None:
        super().__init__(window)
        self.window = window
        # What the person may do; the feature's, re-read on every storeChanged.
        self.rights = rights or PlannerRights(lambda: self.window.store)

    @property
    def store(self) -> Store:
        return self.window.store

    def parent_widget(self) -> QWidget:
        widget = self.window.focusWidget()
        return widget.window() if widget is not None else self.window

    # Running commands ------------------------------------------------------------

    def run(
        self,
        command: StoreCommand,
        on_conflict: Callable[[PlacementConflict], bool] | None = None,
    ) -> bool:
        """Execute and push ``command``; a refusal is explained (or handed to ``on_conflict``)."""

        def refused(exc: StoreError) -> bool:
            if on_conflict is not None and isinstance(exc, PlacementConflict):
                return on_conflict(exc)
            self.warn(str(exc))
            return False

        return self.window.run_command(command, on_refusal=refused)

    def warn(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget(), self.tr("Planning"), message)

    def refused(self, reason: str | None) -> bool:
        """True (and the reason in the status bar) when the role refuses: nothing is tried."""
        if reason:
            self.window.show_status(reason, 8000)
            return True
        return False

    def may_plan(self) -> bool:
        """Whether the chemin de fer, numéros, slots and due dates may be changed; when not,
        says why in the status bar."""
        return not self.refused(self.rights.plan())

    def plan(
        self,
        text: str,
        issue_ids: Iterable[int],
        action: Callable[[Store], object],
        piece_ids: Iterable[int] = (),
        on_conflict: Callable[[PlacementConflict], bool] | None = None,
    ) -> bool:
        if not self.may_plan():
            return False
        command = PlanCommand(self.store, self.window.refresh, text, issue_ids, action, piece_ids)
        return self.run(command, on_conflict)

    def _source_issues(self, piece_ids: Iterable[int], target: int | None) -> list[int]:

        found: list[int] = []
        for piece_id in piece_ids:
            issue_id = pieces.get_summary(self.store, piece_id).issue_id
            if issue_id is not None and issue_id != target and issue_id not in found:
                found.append(issue_id)
        return found

    # Pieces on pages ---------------------------------------------------------------

    def place(self, issue_id: int, piece_ids: list[int], first_page: int) -> bool:
        """Drop pieces on ``first_page``… (one after the other); offers a swap on conflict."""
        piece_ids = list(dict.fromkeys(piece_ids))
        if not piece_ids:
            return False
        issues = [issue_id, *self._source_issues(piece_ids, issue_id)]

        def action(store: Store) -> None:
            page = first_page
            for piece_id in piece_ids:
                changes.place_piece(store, piece_id, issue_id, page)
                entry = changes.load_flatplan(store, issue_id, with_text=False).piece(piece_id)
                page += entry.page_count if entry else 1

        def conflict(exc: PlacementConflict) -> bool:
            if len(piece_ids) != 1:
                self.warn(str(exc))
                return False
            return self._offer_swap(issue_id, (PIECE, piece_ids[0]), exc)

        return self.plan(
            self.tr("Place on the flatplan"), issues, action, piece_ids, on_conflict=conflict
        )

    def move_entry(self, issue_id: int, ref: Ref, first_page: int) -> bool:
        """Move a placed piece or slot of the numéro to another first page."""
        if ref[0] == PIECE:
            return self.place(issue_id, [ref[1]], first_page)

        def action(store: Store) -> None:
            changes.update_slot(store, ref[1], first_page=first_page)

        return self.plan(
            self.tr("Move slot"),
            [issue_id],
            action,
            on_conflict=lambda exc: self._offer_swap(issue_id, ref, exc),
        )

    def _offer_swap(self, issue_id: int, ref: Ref, exc: PlacementConflict) -> bool:
        holder = exc.holder
        plan = changes.load_flatplan(self.store, issue_id, with_text=False)
        moving = plan.find(ref)
        if moving is not None and moving.placed:
            answer = QMessageBox.question(
                self.parent_widget(),
                self.tr("Pages taken"),
                self.tr("%1\n\nSwap with %2?")
                .replace("%1", str(exc))
                .replace("%2", holder.describe()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.swap(issue_id, ref, holder.ref)
        if not holder.is_piece or len(exc.conflict.holders) != 1:
            self.warn(str(exc))
            return False
        answer = QMessageBox.question(
            self.parent_widget(),
            self.tr("Pages taken"),
            self.tr("%1\n\nSwap with %2? It keeps its place in the issue, without pages.")
            .replace("%1", str(exc))
            .replace("%2", holder.describe()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        piece_id = ref[1]

        def action(store: Store) -> None:
            changes.unplace_piece(store, holder.piece_id)
            changes.place_piece(store, piece_id, issue_id, holder.first_page, holder.page_count)

        issues = [issue_id, *self._source_issues([piece_id], issue_id)]
        return self.plan(self.tr("Swap"), issues, action, [piece_id])

    def swap(self, issue_id: int, a: Ref, b: Ref) -> bool:
        return self.plan(
            self.tr("Swap"), [issue_id], lambda store: changes.swap_entries(store, a, b)
        )

    def swap_neighbour(self, issue_id: int, ref: Ref, step: int) -> bool:
        """Swap with the next (step 1) or previous (step -1) placed thing."""
        placed = changes.load_flatplan(self.store, issue_id, with_text=False).placed
        refs = [e.ref for e in placed]
        if ref not in refs:
            return False
        index = refs.index(ref) + step
        if not 0 <= index < len(refs):
            return False
        return self.swap(issue_id, ref, refs[index])

    def resize(self, issue_id: int, ref: Ref, delta: int) -> bool:
        plan = changes.load_flatplan(self.store, issue_id, with_text=False)
        entry = plan.find(ref)
        if entry is None:
            return False
        count = entry.page_count + delta
        if count < 1:
            self.warn(self.tr("A piece takes at least one page."))
            return False
        if ref[0] == PIECE:

            def action(store: Store) -> None:
                changes.resize_piece(store, ref[1], count)

        else:

            def action(store: Store) -> None:
                changes.update_slot(store, ref[1], page_count=count)

        text = self.tr("Add a page") if delta > 0 else self.tr("Remove a page")
        return self.plan(text, [issue_id], action)

    def unplace(self, issue_id: int, piece_ids: list[int]) -> bool:
        def action(store: Store) -> None:
            for piece_id in piece_ids:
                changes.unplace_piece(store, piece_id)

        return self.plan(self.tr("Take off the pages"), [issue_id], action)

    def remove_to_pool(self, issue_id: int, piece_ids: list[int]) -> bool:
        return self.plan(
            self.tr("Back to the pool"),
            [issue_id],
            lambda store: changes.remove_from_issue(store, piece_ids),
            piece_ids,
        )

    # Slots ------------------------------------------------------------------------

    def add_slot(self, issue_id: int, first_page: int = 1) -> bool:
        if not self.may_plan():
            return False
        info = catalog.get_issue(self.store, issue_id)
        dialog = SlotDialog(
            self.parent_widget(),
            info.page_count,
            first_page=first_page,
            narrow=editing.narrow_nbsp(self.store, info.publication_id),
        )
        if not dialog.exec():
            return False
        kind, label, first, count = dialog.values()
        return self.plan(
            self.tr("Add a slot"),
            [issue_id],
            lambda store: changes.add_slot(store, issue_id, kind, first, count, label),
        )

    def edit_slot(self, issue_id: int, slot_id: int) -> bool:
        if not self.may_plan():
            return False
        info = catalog.get_issue(self.store, issue_id)
        entry = changes.load_flatplan(self.store, issue_id, with_text=False).find((SLOT, slot_id))
        if entry is None:
            return False
        dialog = SlotDialog(
            self.parent_widget(),
            info.page_count,
            kind=entry.kind,
            label=entry.title,
            first_page=entry.first_page or 1,
            page_count=entry.page_count,
            editing=True,
            narrow=editing.narrow_nbsp(self.store, info.publication_id),
        )
        if not dialog.exec():
            return False
        kind, label, first, count = dialog.values()
        return self.plan(
            self.tr("Edit slot"),
            [issue_id],
            lambda store: changes.update_slot(
                store, slot_id, kind=kind, label=label, first_page=first, page_count=count
            ),
        )

    def remove_slot(self, issue_id: int, slot_id: int) -> bool:
        return self.plan(
            self.tr("Remove slot"),
            [issue_id],
            lambda store: changes.remove_slot(store, slot_id),
        )

    # Workflow -------------------------------------------------------------------

    def set_status(
        self, piece_ids: list[int], status: str, current: dict[int, str | None] | None = None
    ) -> bool:
        if not piece_ids:
            return False
        if current is None:
            current = self.statuses(piece_ids)
        if self.refused(self.rights.status_of_all(piece_ids, status, current)):
            return False
        text = self.tr("Status: %1").replace("%1", status_label(status))
        return self.run(StatusCommand(self.store, self.window.refresh, text, piece_ids, status))

    def edit_due_date(self, piece_ids: list[int]) -> bool:
        if not piece_ids or not self.may_plan():
            return False
        current = pieces.get_summary(self.store, piece_ids[0]).due_date
        dialog = DueDateDialog(self.parent_widget(), current)
        if not dialog.exec():
            return False
        return self.set_due_date(piece_ids, dialog.value())

    def set_due_date(self, piece_ids: list[int], due: date | None) -> bool:
        if not self.may_plan():
            return False
        return self.run(
            DueDateCommand(self.store, self.window.refresh, self.tr("Due date"), piece_ids, due)
        )

    def statuses(self, piece_ids: Iterable[int]) -> dict[int, str | None]:
        """The pieces' statuses now, read only when the role's rights depend on them."""
        if not self.rights.status_depends_on_piece():
            return {}
        found: dict[int, str | None] = {}
        for piece_id in piece_ids:
            try:
                found[piece_id] = pieces.get_summary(self.store, piece_id).status
            except StoreError:
                found[piece_id] = None
        return found

    def add_status_menu(
        self,
        menu: QMenu,
        piece_ids: list[int],
        current: str | None = None,
        statuses: dict[int, str | None] | None = None,
    ):
        """A « Status » submenu setting the status of ``piece_ids``; the statuses the role
        may not give are greyed with the reason (``statuses``: each piece's status now,
        read when not given)."""
        submenu = menu.addMenu(self.tr("Status"))
        submenu.setEnabled(bool(piece_ids))
        self.fill_status_menu(submenu, piece_ids, current, statuses)
        return submenu

    def fill_status_menu(
        self,
        menu: QMenu,
        piece_ids: list[int],
        current: str | None,
        statuses: dict[int, str | None] | None = None,
    ) -> None:
        """One checkable entry per workflow status, with its colour; greyed with the
        reason when the role may not give it."""
        from PySide6.QtGui import QIcon, QPixmap

        if statuses is None:
            statuses = self.statuses(piece_ids)
        menu.setToolTipsVisible(True)
        for status in PIECE_STATUSES:
            pixmap = QPixmap(12, 12)
            pixmap.fill(status_color(status))
            action = menu.addAction(QIcon(pixmap), status_label(status))
            action.setCheckable(True)
            action.setChecked(status == current)
            reason = self.rights.status_of_all(piece_ids, status, statuses)
            grey(action, reason, bool(piece_ids))
            action.triggered.connect(
                lambda _checked=False, s=status: self.set_status(piece_ids, s, statuses)
            )

    # Numéros ---------------------------------------------------------------------

    def duplicate_structure(self, issue_id: int) -> int | None:
        if not self.may_plan():
            return None
        info = catalog.get_issue(self.store, issue_id)
        issues = catalog.list_issues(self.store, info.publication_id)
        taken = {i.number for i in issues}
        dialog = DuplicateDialog(
            self.parent_widget(),
            info.number,
            max(taken, default=0) + 1,
            taken,
            narrow=editing.narrow_nbsp(self.store, info.publication_id),
        )
        if not dialog.exec():
            return None
        command = DuplicateStructureCommand(
            self.store,
            self.window.refresh,
            self.tr("Duplicate issue structure"),
            issue_id,
            dialog.number.value(),
            dialog.theme.text().strip(),
        )
        if self.run(command):
            return command.issue_id
        return None

    def tree_move(self, piece_ids: list[int], target, before: int | None) -> bool:
        """The tree's drag and drop within or into a numéro: the pages follow the order.
        False for any other target (au marbre, the trash), which the window moves itself."""
        if not isinstance(target, int) or isinstance(target, bool):
            return False
        if not self.may_plan():
            return True  # refused: nothing moves, the status bar says why
        issues = [target, *self._source_issues(piece_ids, target)]
        self.plan(
            self.tr("Move"),
            issues,
            lambda store: changes.move_in_tree(store, piece_ids, target, before_piece_id=before),
            piece_ids,
        )
        if len(piece_ids) == 1:
            self.window.select_key((PIECE, piece_ids[0]))
        return True

    # Tabs and dialogs ---------------------------------------------------------------

    def open_planner(self) -> QWidget:

        publication_id = self.window.current_publication_id()
        view = self.window.workspace.open_tab(
            ("planner",),
            self.tr("Planning"),
            icon("planner"),
            lambda: PlannerView(self, publication_id),
        )
        issue_id = self.window.current_issue_id()
        if issue_id is not None:
            view.select_issue(issue_id)
        return view

    def open_flatplan(self, issue_id: int) -> QWidget:

        info = catalog.get_issue(self.store, issue_id)
        return self.window.workspace.open_tab(
            ("flatplan", issue_id),
            self.tr("Flatplan No. %1").replace("%1", str(info.number)),
            icon("flatplan"),
            lambda: FlatplanPanel(self, issue_id),
        )

    def open_board(self, issue_id: int) -> QWidget:

        info = catalog.get_issue(self.store, issue_id)
        return self.window.workspace.open_tab(
            ("board", issue_id),
            self.tr("Board No. %1").replace("%1", str(info.number)),
            icon("board"),
            lambda: BoardView(self, issue_id),
        )

    def show_contents(self, issue_id: int) -> None:

        plan = changes.load_flatplan(self.store, issue_id, with_text=False)
        ContentsDialog(plan, self.parent_widget()).exec()

    def save_pdf(self, issue_id: int, path: str | None = None) -> str | None:
        """« Save as PDF… »: the chemin de fer on A4 landscape sheets with a legend."""
        from PySide6.QtWidgets import QApplication

        plan = changes.load_flatplan(self.store, issue_id)
        if not path:
            suggested = f"chemin-de-fer-n{plan.issue.number}.pdf"
            path, _ = SafeFileDialog.getSaveFileName(
                self.parent_widget(),
                self.tr("Save the flatplan as PDF"),
                str(documents_folder() / suggested),
                self.tr("PDF documents (*.pdf)"),
            )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = write_flatplan_pdf(plan, path, today=date.today())
        except (PdfWriteError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self.warn(str(exc))
            return None
        QApplication.restoreOverrideCursor()
        self.window.show_status(
            self.tr("Flatplan saved: %1 (%2 sheets)")
            .replace("%1", path)
            .replace("%2", str(sheets)),
            6000,
        )
        return path

    def print_flatplan(self, issue_id: int) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        plan = changes.load_flatplan(self.store, issue_id)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Flatplan No. %1").replace("%1", str(plan.issue.number)))
        dialog = QPrintDialog(printer, self.parent_widget())
        dialog.setWindowTitle(self.tr("Print the flatplan"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        try:
            paint_flatplan(plan, printer, today=date.today())
        except PdfWriteError as exc:
            self.warn(str(exc))
            return False
        return True

    def export_issue(self, issue_id: int) -> None:
        # python-docx and lxml load on the first export, not with the planner
        from ui.export_dialog import ExportDialog

        if self.refused(self.rights.export()):
            return

        ExportDialog(self.window, issue_id, self.parent_widget()).exec()
