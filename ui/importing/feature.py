"""Importing files: File menu actions, files dropped on the tree, progress, then the report.

Which publication: the one files are dropped in, or for the menu actions the one selected
in the tree (the importer's own rules when the store has none yet).

Where in it: a piece whose file names a numéro goes to that numéro. Otherwise a piece
dropped on a numéro (or on one of its pieces) is moved into it, one dropped on « Au
marbre » stays au marbre. « Import files here… » in the tree's context menu of a numéro
or « Au marbre » works like a drop there. The File menu actions leave pieces au marbre:
importing a folder never fills the selected numéro by surprise
(:mod:`workbench.importers.placement`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QPushButton

from ui.extension import ContextMenuSection, MenuName
from ui.file_dialogs import SafeFileDialog
from ui.icons import icon
from ui.importing.outcome import ImportOutcome
from ui.importing.report import ImportReportDialog
from ui.importing.worker import run_import
from ui.tasks import BackgroundTask
from workbench import catalog
from workbench.importers.report import CREATED
from workbench.rights import Right
from workbench.store import StoreError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FILE_PATTERNS = "*.txt *.md *.markdown *.docx"


class Importer(QObject):
    """The import feature of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task = None
        self.progress: QProgressDialog | None = None
        self.report_dialog = None
        self.last_outcome: ImportOutcome | None = None
        self._drop_publication: int | None = None
        window.tree.viewport().installEventFilter(self)
        window.installEventFilter(self)

        self.act_import_files = QAction(icon("import"), self.tr("&Import files…"), window)
        self.act_import_files.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.act_import_files.setStatusTip(
            self.tr("Import web pages (.txt), Markdown or Word (.docx) files as pieces")
        )
        self.act_import_files.triggered.connect(self.import_files)
        self.act_import_folder = QAction(
            icon("import-folder"), self.tr("Import a &folder…"), window
        )
        self.act_import_folder.setStatusTip(
            self.tr(
                "Import every .txt, .md, .markdown and .docx file of a folder and its subfolders"
            )
        )
        self.act_import_folder.triggered.connect(self.import_folder)
        window.add_menu_actions(MenuName.FILE, [self.act_import_files, self.act_import_folder])
        window.add_context_menu_contributor(self.extend_context_menu, ContextMenuSection.ADD)
        window.set_files_drop_handler(self.files_dropped)

    # Starting ------------------------------------------------------------------

    def extend_context_menu(self, menu: QMenu, index: QModelIndex) -> None:
        """« Import files here… » on a numéro or « Au marbre »: like dropping files there."""
        if not index.isValid():
            return
        node = self.window.model.node(index)
        if node.kind not in ("issue", "pool"):
            return
        action = QAction(icon("import"), self.tr("&Import files here…"), menu)
        reason = self.window.refusal(Right.PLAN)  # imports are the plan's
        action.setEnabled(reason is None)
        action.setToolTip(reason or "")
        action.setStatusTip(reason or "")
        action.triggered.connect(
            lambda _checked=False, c=node.container, p=node.publication_id: self.import_files_into(
                c, p
            )
        )
        menu.addAction(action)

    def import_files_into(self, container: int | str, publication_id: int) -> None:
        paths = self._ask_files()
        if paths:
            self.start(paths, container, publication_id)

    def _ask_files(self) -> list[str]:
        paths, _filter = SafeFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import files"),
            self._start_folder(),
            self.tr("Pieces (%1);;All files (*)").replace("%1", FILE_PATTERNS),
        )
        if paths:
            self._remember_folder(str(Path(paths[0]).parent))
        return paths

    def _start_folder(self) -> str:
        value = self.window.settings.value("import/folder", "")
        return value if isinstance(value, str) else ""

    def _remember_folder(self, path: str) -> None:
        self.window.settings.setValue("import/folder", path)

    def import_files(self) -> None:
        paths = self._ask_files()
        if paths:
            self.start(paths)

    def import_folder(self) -> None:
        folder = SafeFileDialog.getExistingDirectory(
            self.window, self.tr("Import a folder"), self._start_folder()
        )
        if folder:
            self._remember_folder(folder)
            self.start([folder])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note which publication a drop lands in (filesDropped names only the container);
        stop a running import when the window closes."""
        if watched is self.window:
            if event.type() == QEvent.Type.Close:
                self.stop()
            return False
        if event.type() == QEvent.Type.Drop:
            index = self.window.tree.indexAt(event.position().toPoint())
            self._drop_publication = (
                self.window.model.node(index).publication_id if index.isValid() else None
            )
        return False

    def files_dropped(self, paths: list[str], target) -> None:
        publication_id = self._drop_publication
        self._drop_publication = None
        self.start(paths, target, publication_id)

    def _publication_for(self, target) -> int | None:
        if isinstance(target, int):
            try:
                return catalog.get_issue(self.window.store, target).publication_id
            except StoreError:
                return None
        return self.window.current_publication_id() if self.window.model.rowCount() else None

    def start(
        self, paths: list[str], target: int | str | None = None, publication_id: int | None = None
    ) -> bool:
        """Import ``paths`` in the background; False when an import is already running."""

        if self.task is not None:
            QMessageBox.information(
                self.window,
                self.tr("Import"),
                self.tr("An import is already running: wait for it to finish."),
            )
            return False
        if not publication_id:
            publication_id = self._publication_for(target)
        self.task = BackgroundTask(
            self.window.store.location,
            lambda store, report: run_import(store, report, paths, publication_id, target),
            self,
        )
        self.progress = QProgressDialog(self.window)
        self.progress.setLabelText(self.tr("Preparing the import…"))
        cancel = QPushButton(self.tr("Cancel"), self.progress)
        cancel.setAutoDefault(False)  # Enter must not stop a long import; Escape does
        self.progress.setCancelButton(cancel)
        self.progress.setRange(0, 0)
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.task.cancel)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.window.show_status(self.tr("Importing…"))
        self.task.start()
        return True

    def stop(self) -> None:
        """Cancel a running import and wait for its thread (after the file being read):
        the window is closing, nothing more is shown."""
        task = self.task
        if task is None:
            return
        task.cancel_and_wait()
        self._end()

    # Progress and end -------------------------------------------------------------

    def _progress(self, done: int, total: int, name: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        # A modal progress dialog handles events in setValue: the end of the import may
        # have closed it meanwhile.
        if name and self.progress is not None:
            self.progress.setLabelText(
                self.tr("Importing %1\n(file %2 of %3)")
                .replace("%1", name)
                .replace("%2", str(done + 1))
                .replace("%3", str(total))
            )

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
        self.window.clear_status()

    def _finished(self, outcome: ImportOutcome) -> None:
        self._end()
        self.last_outcome = outcome
        if not outcome.total:
            QMessageBox.information(
                self.window,
                self.tr("Import"),
                self.tr(
                    "No file to import: Workbench imports .txt, .md, .markdown and .docx files."
                ),
            )
            return
        self.window.refresh()
        self._select_first_created(outcome)
        self.show_report(outcome)

    def _failed(self, message: str) -> None:
        self._end()
        self.window.refresh()  # files imported before a failure are in the store
        if message:
            QMessageBox.warning(self.window, self.tr("Import"), message)

    def _select_first_created(self, outcome: ImportOutcome) -> None:

        for result in outcome.report.files:
            if result.status == CREATED and result.piece_id is not None:
                self.window.select_key(("piece", result.piece_id))
                return

    def show_report(self, outcome: ImportOutcome) -> Any:

        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        self.report_dialog = ImportReportDialog(outcome, self.window)
        self.report_dialog.openPieceRequested.connect(self.window.open_piece)
        self.report_dialog.show()
        self.report_dialog.raise_()
        return self.report_dialog
