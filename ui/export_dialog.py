"""Export a numéro as a bundle (issue 6): where, how, and the checklist before doing it.

The checklist (``bundle.check_export``) is shown first; errors (a piece not validated…)
disable Export unless drafts are included. The export itself runs in a BackgroundTask on
its own store, with a progress dialog, then a summary offers to open the folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.file_dialogs import SafeFileDialog
from ui.icons import icon
from ui.tasks import BackgroundTask
from workbench import catalog
from workbench.export.bundle import check_export, export_issue
from workbench.export.checklist import ERROR, Finding
from workbench.export.names import slugify
from workbench.store import StoreError

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.tasks import BackgroundTask


class FindingsModel(QAbstractListModel):
    """The checklist: errors first, then warnings."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._findings = sorted(findings, key=lambda f: f.severity != ERROR)
        self.endResetModel()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def errors(self) -> list[Finding]:
        return [f for f in self._findings if f.severity == ERROR]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return finding.message
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("plan-error" if finding.severity == ERROR else "plan-warning")
        if role == Qt.ItemDataRole.ForegroundRole and finding.severity == ERROR:
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.UserRole:
            return finding
        return None


class ExportDialog(QDialog):
    exported = Signal(object)  # the BundleResult
    exportFailed = Signal(str)

    def __init__(self, window: MainWindow, issue_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.store = window.store
        self.issue_id = issue_id
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.result = None
        info = catalog.get_issue(self.store, issue_id)
        publication = catalog.get_publication(self.store, info.publication_id).name
        number = self.tr("No. %1").replace("%1", str(info.number))
        self.setWindowTitle(self.tr("Export %1").replace("%1", number))

        title = f"{publication} — {number}" + (f" — {info.theme}" if info.theme else "")
        heading = QLabel(title, self)
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.folder = QLineEdit(self._default_folder(publication, info.number), self)
        self.folder.setMinimumWidth(420)
        browse = QPushButton(icon("folder-open"), self.tr("&Choose…"), self)
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.zip = QCheckBox(self.tr("One &.zip file instead of a folder"), self)
        self.drafts = QCheckBox(
            self.tr("Include &drafts (export despite the errors of the checklist)"), self
        )
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.comments = QCheckBox(
            self.tr("With the newsroom's &comments (a proofreading copy: Word comments)"), self
        )
        self.comments.setToolTip(self.tr("Comments never leave Workbench unless this is ticked."))
        form.addRow("", self.zip)
        form.addRow("", self.drafts)
        form.addRow("", self.comments)

        self.findings = FindingsModel(self)
        self.checklist = QListView(self)
        self.checklist.setModel(self.findings)
        self.checklist.setWordWrap(True)
        self.checklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist.setMinimumHeight(220)
        self.checklist.doubleClicked.connect(self._open_finding)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setIcon(icon("export"))
        self.recheck_button = self.buttons.addButton(
            self.tr("Check &again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.export_button.clicked.connect(self.export)
        self.recheck_button.clicked.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        self.drafts.toggled.connect(self._update_state)
        self.folder.textChanged.connect(self._update_state)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Checklist:"), self))
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(680, 520)
        self.check()

    def _default_folder(self, publication: str, number: int) -> str:

        saved = self.window_.settings.value("export/folder")
        base = (
            Path(saved)
            if isinstance(saved, str) and saved
            else Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or Path.home()
            )
        )
        return str(base / f"{slugify(publication, 'numero')}-n{number:03d}")

    def choose_folder(self) -> None:
        start = str(Path(self.folder.text()).parent) if self.folder.text() else ""
        chosen = SafeFileDialog.getExistingDirectory(self, self.tr("Export to folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def check(self) -> None:

        try:
            self.findings.set_findings(check_export(self.store, self.issue_id))
        except StoreError as exc:
            self.findings.set_findings([Finding(ERROR, "unreadable", str(exc))])
        self._update_state()

    def _update_state(self, *_args) -> None:
        errors = len(self.findings.errors())
        warnings = self.findings.rowCount() - errors
        if not self.findings.rowCount():
            text = self.tr("Nothing to report: the issue is ready.")
        else:
            text = (
                self.tr("%1 errors, %2 warnings.")
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
            )
        if errors and not self.drafts.isChecked():
            text += " " + self.tr(
                "Export is refused while there are errors, unless drafts are included."
            )
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b71c1c;" if errors else "")
        running = self.task is not None
        self.export_button.setEnabled(
            not running
            and bool(self.folder.text().strip())
            and (not errors or self.drafts.isChecked())
        )

    def _open_finding(self, index) -> None:
        finding = index.data(Qt.ItemDataRole.UserRole)
        if finding is not None and finding.piece_id is not None:
            self.window_.open_piece(finding.piece_id)

    # Export --------------------------------------------------------------------------

    def target(self) -> Path:
        path = Path(self.folder.text().strip()).expanduser()
        if self.zip.isChecked() and path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        return path

    def _needs_force(self) -> bool | None:
        """True to replace what is there, False when nothing is there, None when refused."""
        target = self.target()
        if self.zip.isChecked():
            if not target.exists():
                return False
            if target.is_dir():
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr("%1 is a folder.").replace("%1", str(target)),
                )
                return None
            question = self.tr("%1 exists. Replace it?").replace("%1", str(target))
        else:
            if not target.exists():
                return False
            if not target.is_dir():
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr("%1 exists and is not a folder.").replace("%1", str(target)),
                )
                return None
            if not any(target.iterdir()):
                return False
            question = self.tr(
                "The folder %1 is not empty. Replace the bundle exported there before?"
            ).replace("%1", str(target))
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return True if answer == QMessageBox.StandardButton.Yes else None

    def export(self) -> None:

        if self.task is not None or not self.folder.text().strip():
            return
        force = self._needs_force()
        if force is None:
            return
        out = Path(self.folder.text().strip()).expanduser()
        self.window_.settings.setValue("export/folder", str(out.parent))
        issue_id, as_zip, drafts = self.issue_id, self.zip.isChecked(), self.drafts.isChecked()
        with_comments = self.comments.isChecked()

        def work(store, report):
            return export_issue(
                store,
                issue_id,
                out,
                zip=as_zip,
                include_drafts=drafts,
                force=force,
                progress=report,
                with_comments=with_comments,
            )

        self.progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.task = BackgroundTask(self.store.location, work, self)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.progress.canceled.connect(self.task.cancel)
        self._update_state()
        self.task.start()

    def _progress(self, done: int, total: int, label: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            # A modal progress dialog handles events in setValue: the end of the task may
            # have closed it meanwhile.
            self.progress.setValue(done)
        if self.progress is not None and label:
            self.progress.setLabelText(label)

    def _end_task(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.task = None
        self._update_state()

    def _finished(self, result) -> None:
        self._end_task()
        self.result = result
        self.findings.set_findings(result.findings)
        self._update_state()
        self.exported.emit(result)
        self.show_summary(result)

    def _failed(self, message: str) -> None:
        self._end_task()
        self.exportFailed.emit(message)
        if message:
            QMessageBox.warning(self, self.windowTitle(), message)

    def show_summary(self, result) -> None:
        folder = result.path if result.path.is_dir() else result.path.parent
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.windowTitle())
        box.setText(
            self.tr("The issue was exported: %1 pieces, %2 files.")
            .replace("%1", str(result.piece_count))
            .replace("%2", str(len(result.files)))
        )
        details = [str(result.path)]
        if result.errors or result.warnings:
            details.append(
                self.tr("%1 errors and %2 warnings are listed in checklist.txt.")
                .replace("%1", str(len(result.errors)))
                .replace("%2", str(len(result.warnings)))
            )
        box.setInformativeText("\n".join(details))
        open_button = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if self.task is not None:  # let a running export finish; it can be cancelled
            return
        super().reject()
