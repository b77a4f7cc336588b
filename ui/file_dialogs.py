"""File dialogs that never open the files they list.

A file dialog that shows the folder of the open database would otherwise sniff its content
to pick an icon or a type. SQLite's locks belong to the process, and closing any descriptor
on the database file drops them all: another process (the command line) may then delete the
write-ahead log of the window's connection. These dialogs name icons and types from file
names only. They are Qt's own dialogs (a native one may sniff on its own); the signatures
are those of QFileDialog's static functions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QWidget


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Folder or file icons, and types from the suffix: no file is read."""

    def icon(self, what):  # QFileInfo or IconType
        if isinstance(what, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if what.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("SafeFileDialog", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QCoreApplication.translate("SafeFileDialog", "File")
        return QCoreApplication.translate("SafeFileDialog", "%1 file").replace("%1", suffix.upper())


def documents_folder() -> Path:
    """Where files are saved by default: the user's documents folder (else home)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class _NameOnlyFileDialog(QFileDialog):
    """Qt's own file dialog with a :class:`NameOnlyIconProvider`, which it keeps alive (the
    dialog does not own its icon provider)."""

    def __init__(self, parent: QWidget | None, caption: str, directory: str, filter: str):
        super().__init__(parent, caption, directory, filter)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self._icon_provider = NameOnlyIconProvider()
        self.setIconProvider(self._icon_provider)


def _dialog(parent: QWidget | None, caption: str, directory: str, filter: str) -> QFileDialog:
    return _NameOnlyFileDialog(parent, caption, directory, filter)


class SafeFileDialog:
    """Drop-in replacements for QFileDialog's static functions."""

    @staticmethod
    def getOpenFileNames(
        parent: QWidget | None = None, caption: str = "", directory: str = "", filter: str = ""
    ) -> tuple[list[str], str]:
        dialog = _dialog(parent, caption, directory, filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        if not dialog.exec():
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()

    @staticmethod
    def getExistingDirectory(
        parent: QWidget | None = None, caption: str = "", directory: str = ""
    ) -> str:
        dialog = _dialog(parent, caption, directory, "")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if not dialog.exec():
            return ""
        files = dialog.selectedFiles()
        return files[0] if files else ""

    @staticmethod
    def getSaveFileName(
        parent: QWidget | None = None, caption: str = "", directory: str = "", filter: str = ""
    ) -> tuple[str, str]:
        dialog = _dialog(parent, caption, directory, filter)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if not dialog.exec():
            return "", ""
        files = dialog.selectedFiles()
        return (files[0] if files else ""), dialog.selectedNameFilter()
