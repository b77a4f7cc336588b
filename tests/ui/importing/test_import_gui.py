"""Importing from the window: File menu, files dropped on the tree, the report dialog."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication

from tests.conftest import PAGES
from ui.importing.report import FILE, ISSUE, STATUS, TITLE, summary_text
from ui.main_window import MainWindow
from workbench import catalog, pieces
from workbench.importers.report import CREATED, REFUSED
from workbench.pieces import POOL


@pytest.fixture
def window(app, store, settings, qtbot):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def wait_for_report(window, qtbot):
    importer = window.importer
    qtbot.waitUntil(
        lambda: importer.task is None and importer.report_dialog is not None, timeout=20_000
    )
    return importer.report_dialog  # a child of the window: closed with it


def table(dialog) -> list[tuple]:
    model = dialog.model
    return [
        tuple(model.index(row, column).data() for column in (STATUS, FILE, TITLE, ISSUE))
        for row in range(model.rowCount())
    ]


def snapshot(store) -> tuple:
    return tuple(
        store.scalar(f"SELECT count(*) FROM {t}")
        for t in ("publication", "issue", "piece", "contributor", "piece_contributor")
    )


def markdown(folder, name, title, body="Un paragraphe de texte.", issue=None):
    front = f"---\ntitle: {title}\n" + (f"issue: {issue}\n" if issue else "") + "---\n\n"
    path = folder / name
    path.write_text(front + body + "\n", encoding="utf-8")
    return path


def test_import_files_from_the_menu(window, store, qtbot, monkeypatch, tmp_path, seeds):
    files = [str(p) for p in sorted(seeds.glob("*.txt"))]
    asked = {}

    def fake_dialog(parent, caption, folder, filters):
        asked["filters"] = filters
        return files, ""

    monkeypatch.setattr("ui.importing.feature.SafeFileDialog.getOpenFileNames", fake_dialog)
    assert window.importer.act_import_files.shortcut().toString() == "Ctrl+Shift+I"
    assert window.importer.act_import_files in window.menu_file.actions()
    window.importer.act_import_files.trigger()
    dialog = wait_for_report(window, qtbot)

    assert "*.docx" in asked["filters"] and "*.md" in asked["filters"]
    assert store.scalar("SELECT count(*) FROM piece") == 3
    rows = table(dialog)
    assert [r[1] for r in rows] == ["edito-82.txt", "interview-berc.txt", "report-davos-2013.txt"]
    assert rows[0][2] == "À vous de jouer !"
    assert rows[0][3] == "No. 82"
    assert {r[0] for r in rows} == {"Created"}
    assert dialog.summary_line() == "3 created, 0 duplicate, 0 refused"
    # The detail pane says what was recognised and guessed for the selected file.
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    detail = dialog.detail.toPlainText()
    assert "Recognised" in detail and "Guessed" in detail
    assert "Manuel Jacquinet" in detail and "26/10/2014" in detail
    # The tree shows the new pieces; the first created one is selected.
    assert window.current_key() == ("piece", dialog.model.result(0).piece_id)

    # « Open the piece » selects it in the tree.
    dialog.view.setCurrentIndex(dialog.model.index(2, 0))
    opened = []
    window.pieceActivated.connect(opened.append)
    dialog.open_button.click()
    assert window.current_key() == ("piece", dialog.model.result(2).piece_id)
    assert opened == [dialog.model.result(2).piece_id]

    dialog.copy_report()
    assert "report-davos-2013.txt" in QGuiApplication.clipboard().text()

    # Importing the same files again: three duplicates, nothing new.
    window.importer.act_import_files.trigger()
    qtbot.waitUntil(lambda: window.importer.report_dialog is not dialog, timeout=20_000)
    again = wait_for_report(window, qtbot)
    assert again.summary_line() == "0 created, 3 duplicates, 0 refused"
    assert store.scalar("SELECT count(*) FROM piece") == 3


def test_files_dropped_on_an_issue_land_in_it(window, store, publication, issue82, qtbot, tmp_path):
    markdown(tmp_path, "libre.md", "Un papier libre")
    markdown(tmp_path, "numerote.md", "Un papier du 90", issue=90)
    window.refresh()
    index = window.model.index_for_key(("issue", issue82))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(tmp_path.glob("*.md"))])
    assert window.model.canDropMimeData(data, window.model.supportedDropActions(), -1, 0, index)
    window.model.dropMimeData(data, window.model.supportedDropActions(), -1, 0, index)
    dialog = wait_for_report(window, qtbot)

    assert [p.title for p in pieces.list_pieces(store, publication, issue82)] == ["Un papier libre"]
    # A file naming its numéro goes there (created in the same publication).
    issue90 = catalog.find_issue(store, publication, 90)
    assert [p.title for p in pieces.list_pieces(store, publication, issue90.id)] == [
        "Un papier du 90"
    ]
    assert sorted(r[3] for r in table(dialog)) == ["No. 82", "No. 90"]
    row = [r[1] for r in table(dialog)].index("libre.md")
    dialog.view.setCurrentIndex(dialog.model.index(row, 0))
    assert "where the file was dropped" in dialog.detail.toPlainText()


def test_files_dropped_on_the_pool_stay_au_marbre(
    window, store, publication, issue82, qtbot, tmp_path
):
    path = markdown(tmp_path, "marbre.md", "Pour plus tard")
    window.refresh()
    window.importer.files_dropped([str(path)], POOL)
    wait_for_report(window, qtbot)
    assert [p.title for p in pieces.list_pieces(store, publication, POOL)] == ["Pour plus tard"]


def test_a_refused_binary_file_says_why_and_changes_nothing(
    window, store, publication, qtbot, tmp_path
):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    window.refresh()
    before = snapshot(store)
    window.importer.files_dropped([str(binary)], None)
    dialog = wait_for_report(window, qtbot)
    assert snapshot(store) == before
    assert table(dialog) == [("Refused", "photo.txt", "", "")]
    assert dialog.model.result(0).status == REFUSED
    assert dialog.summary_line() == "0 created, 0 duplicate, 1 refused"
    assert "binaire" in dialog.detail.toPlainText()  # the service's French reason
    assert "Why the file was refused" in dialog.detail.toPlainText()
    assert not dialog.open_button.isEnabled()


def test_import_a_folder(window, store, qtbot, monkeypatch, tmp_path):
    folder = tmp_path / "archives"
    folder.mkdir()
    markdown(folder, "a.md", "Premier")
    (folder / "sub").mkdir()
    markdown(folder / "sub", "b.markdown", "Second")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    monkeypatch.setattr(
        "ui.importing.feature.SafeFileDialog.getExistingDirectory", lambda *args: str(folder)
    )
    window.importer.act_import_folder.trigger()
    dialog = wait_for_report(window, qtbot)
    assert [r[2] for r in table(dialog)] == ["Premier", "Second"]  # the .pdf is not collected
    assert {p.title for p in pieces.all_pieces(store)} == {"Premier", "Second"}
    assert window.model.rowCount() == 1  # the publication the importer made is in the tree


def test_cancelled_import_reports_what_was_done(window, store, qtbot, tmp_path):
    for n in range(5):
        markdown(tmp_path, f"p{n}.md", f"Papier {n}")
    importer = window.importer
    importer.start([str(tmp_path)])
    importer.task.cancel()  # cancelled before the first file: stops at the first report
    dialog = wait_for_report(window, qtbot)
    assert dialog.outcome.cancelled
    assert dialog.outcome.total == 5
    assert len(dialog.outcome.report.files) < 5
    assert "Import cancelled" in dialog.summary.text()


def test_empty_folder_says_so(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "ui.importing.feature.QMessageBox.information", lambda *args: shown.append(args[2])
    )
    window.importer.start([str(tmp_path)])
    qtbot.waitUntil(lambda: window.importer.task is None, timeout=20_000)
    assert shown and ".docx" in shown[0]
    assert window.importer.report_dialog is None


def test_summary_counts():
    from workbench.importers.report import FileResult, ImportReport

    report = ImportReport([FileResult("a", CREATED), FileResult("b", CREATED)])
    assert summary_text(report) == "2 created, 0 duplicate, 0 refused"


def test_main_window_no_longer_just_announces_drops(window):
    assert window.model.receivers("2filesDropped(QVariantList,PyObject)") == 1


def test_seeds_copy_import(window, store, qtbot, tmp_path, seeds):
    """A folder holding the seeds and a copy of one: the copy is a duplicate."""
    for seed in seeds.glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    shutil.copy(seeds / "edito-82.txt", tmp_path / "zz-copie.txt")
    window.importer.start([str(tmp_path)])
    dialog = wait_for_report(window, qtbot)
    assert [dialog.model.result(r).status for r in range(4)] == [CREATED] * 3 + ["duplicate"]
    assert dialog.summary_line() == "3 created, 1 duplicate, 0 refused"


def test_import_invented_files_from_the_menu(window, store, qtbot, monkeypatch):
    files = [str(p) for p in sorted(PAGES.glob("*.txt"))]
    monkeypatch.setattr(
        "ui.importing.feature.SafeFileDialog.getOpenFileNames", lambda *args: (files, "")
    )
    window.importer.act_import_files.trigger()
    dialog = wait_for_report(window, qtbot)
    assert store.scalar("SELECT count(*) FROM piece") == 3
    rows = table(dialog)
    assert [r[1] for r in rows] == [
        "edito-47.txt",
        "interview-marchand.txt",
        "reportage-rencontres-2025.txt",
    ]
    assert rows[0][2] == "Décrochez, on vous écoute !"
    assert rows[0][3] == "No. 47"
    assert {r[0] for r in rows} == {"Created"}


def test_invented_pages_copy_import(window, store, qtbot, tmp_path):
    """A copy of the invented folder, one page twice (once in Windows-1252): a duplicate."""
    shutil.copytree(PAGES, tmp_path / "pages")
    shutil.copy(
        PAGES.parent / "windows-1252" / "interview-marchand-1252.txt", tmp_path / "zz-copie.txt"
    )
    window.importer.start([str(tmp_path)])
    dialog = wait_for_report(window, qtbot)
    assert [dialog.model.result(r).status for r in range(4)] == [CREATED] * 3 + ["duplicate"]
    assert dialog.summary_line() == "3 created, 1 duplicate, 0 refused"


def test_import_here_from_the_context_menu(
    window, store, publication, issue82, qtbot, monkeypatch, tmp_path
):
    path = markdown(tmp_path, "ici.md", "Importé ici")
    monkeypatch.setattr(
        "ui.importing.feature.SafeFileDialog.getOpenFileNames", lambda *args: ([str(path)], "")
    )
    window.refresh()
    menu = window.build_context_menu(window.model.index_for_key(("issue", issue82)))
    action = next(a for a in menu.actions() if a.text() == "&Import files here…")
    action.trigger()
    wait_for_report(window, qtbot)
    assert [p.title for p in pieces.list_pieces(store, publication, issue82)] == ["Importé ici"]
    # Not offered on a piece or a publication.
    pid = pieces.list_pieces(store, publication, issue82)[0].id
    menu = window.build_context_menu(window.model.index_for_key(("piece", pid)))
    assert "&Import files here…" not in [a.text() for a in menu.actions()]


def test_closing_the_window_stops_a_running_import(window, store, qtbot, tmp_path):
    for n in range(100):
        markdown(tmp_path, f"p{n:03}.md", f"Papier {n}")
    importer = window.importer
    importer.start([str(tmp_path)])
    window.close()
    assert importer.task is None
    assert importer.report_dialog is None
    count = store.scalar("SELECT count(*) FROM piece")
    qtbot.wait(200)
    assert store.scalar("SELECT count(*) FROM piece") == count < 100
