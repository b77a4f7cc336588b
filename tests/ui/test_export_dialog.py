"""The export dialog: checklist first, refusal on errors, a bundle written in the background."""

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from workbench import pieces
from workbench.flatplan import changes


@pytest.fixture
def window(app, store, settings, qtbot):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def numero(store, publication, issue82):
    draft = pieces.create_piece(
        store,
        publication,
        "interview",
        "Entretien",
        issue_id=issue82,
        body="**Question ?**\n\nRéponse.",
    )
    changes.place_piece(store, draft, issue82, 4)
    return issue82, draft


def test_checklist_and_export_in_the_background(
    window, store, numero, tmp_path, qtbot, monkeypatch
):
    issue_id, draft = numero
    target = tmp_path / "bundle"
    monkeypatch.setattr(
        "ui.file_dialogs.SafeFileDialog.getExistingDirectory", lambda *a, **k: str(target)
    )
    summaries = []
    monkeypatch.setattr(ExportDialog, "show_summary", lambda self, result: summaries.append(result))
    dialog = ExportDialog(window, issue_id)
    qtbot.addWidget(dialog)
    codes = [f.code for f in dialog.findings.findings()]
    assert "not_validated" in codes or dialog.findings.errors()  # the piece is only an idea
    assert not dialog.export_button.isEnabled()  # refused on errors…
    assert "error" in dialog.summary.text()
    dialog.drafts.setChecked(True)  # …unless drafts are included
    dialog.choose_folder()
    assert dialog.folder.text() == str(target)
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
    result = blocker.args[0]
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert result.piece_count == 1 and manifest["files"]
    assert (target / "checklist.txt").exists()
    assert summaries == [result]
    assert dialog.task is None and dialog.export_button.isEnabled()


def test_a_non_empty_folder_asks_before_replacing(
    window, store, numero, tmp_path, qtbot, monkeypatch
):
    issue_id, draft = numero
    pieces.update_piece(store, draft, status="valide")
    target = tmp_path / "bundle"
    target.mkdir()
    (target / "notes.txt").write_text("à garder")
    monkeypatch.setattr(ExportDialog, "show_summary", lambda self, result: None)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No,
    )
    dialog = ExportDialog(window, issue_id)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(target))
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    assert asked and "not empty" in asked[0]
    assert dialog.task is None and not (target / "manifest.json").exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    assert (target / "manifest.json").exists()
    assert (target / "notes.txt").read_text() == "à garder"  # only a bundle's files are replaced


def test_zip_export(window, store, numero, tmp_path, qtbot, monkeypatch):
    issue_id, _draft = numero
    monkeypatch.setattr(ExportDialog, "show_summary", lambda self, result: None)
    dialog = ExportDialog(window, issue_id)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "n82"))
    dialog.zip.setChecked(True)
    dialog.drafts.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].path == tmp_path / "n82.zip"
    assert (tmp_path / "n82.zip").read_bytes().startswith(b"PK")


def test_export_from_the_tree_menu(window, store, numero, monkeypatch):
    issue_id, _draft = numero
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self.issue_id) or 0)
    window.refresh()
    window.select_key(("issue", issue_id))
    menu = window.build_context_menu(window.tree.currentIndex())
    export = next(a for a in menu.actions() if a.text().replace("&", "") == "Export the issue…")
    export.trigger()
    assert opened == [issue_id]


def test_comments_go_out_only_when_ticked(window, store, numero, tmp_path, qtbot, monkeypatch):
    from workbench.comments import add_comment

    issue_id, draft = numero
    add_comment(store, draft, "Question trop longue.")
    monkeypatch.setattr(ExportDialog, "show_summary", lambda self, result: None)
    manifests = []
    for ticked in (False, True):
        target = tmp_path / f"bundle-{ticked}"
        dialog = ExportDialog(window, issue_id)
        qtbot.addWidget(dialog)
        assert not dialog.comments.isChecked()  # never by default
        dialog.drafts.setChecked(True)
        dialog.comments.setChecked(ticked)
        dialog.folder.setText(str(target))
        with qtbot.waitSignal(dialog.exported, timeout=30_000):
            dialog.export_button.click()
        manifests.append(json.loads((target / "manifest.json").read_text(encoding="utf-8")))
    assert "comments" not in manifests[0]["pieces"][0]
    assert [c["text"] for c in manifests[1]["pieces"][0]["comments"]] == ["Question trop longue."]
