"""A bundle only ever appears whole under its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from planner_data import big_issue

from workbench.export.bundle import ExportError, export_issue
from workbench.export.writing import write_file_atomically, write_folder_atomically


@pytest.fixture
def numero(store, publication) -> int:
    return big_issue(store, publication, number=120, pieces_count=3)


def test_a_forced_export_keeps_the_files_a_person_added(store, numero, tmp_path):
    out = tmp_path / "n120"
    first = export_issue(store, numero, out, include_drafts=True)
    (out / "notes-maquette.txt").write_text("à voir avec l'imprimeur", encoding="utf-8")
    stale = out / first.files[0]
    stale.write_bytes(b"ancienne version")
    export_issue(store, numero, out, include_drafts=True, force=True)
    assert (out / "notes-maquette.txt").read_text(encoding="utf-8") == "à voir avec l'imprimeur"
    assert stale.read_bytes() != b"ancienne version"
    assert not list(tmp_path.glob(".n120.*"))  # nothing left beside it


def test_a_forced_zip_replaces_a_link_and_never_writes_through_it(store, numero, tmp_path):
    precious = tmp_path / "precieux.txt"
    precious.write_text("ne pas écraser", encoding="utf-8")
    target = tmp_path / "n120.zip"
    target.symlink_to(precious)
    export_issue(store, numero, tmp_path / "n120", zip=True, include_drafts=True, force=True)
    assert precious.read_text(encoding="utf-8") == "ne pas écraser"
    assert not target.is_symlink() and zipfile.is_zipfile(target)


def test_an_unwritable_place_is_one_line_and_nothing_is_left(store, numero, tmp_path):
    blocker = tmp_path / "fichier"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError) as refused:
        export_issue(store, numero, blocker / "n120", include_drafts=True)
    assert "Écriture impossible" in str(refused.value) and "\n" not in str(refused.value)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def disk_full_at(monkeypatch, write_number: int) -> None:
    """Path.write_bytes fails with ENOSPC from its ``write_number``-th call on."""
    original = Path.write_bytes
    calls = []

    def write_bytes(self, data):
        calls.append(self.name)
        if len(calls) >= write_number:
            raise OSError(28, "No space left on device")
        return original(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


def test_a_full_disk_half_way_leaves_the_old_bundle(tmp_path, monkeypatch):
    out = tmp_path / "bundle"
    write_folder_atomically(out, {"manifest.json": b"{}", "a.txt": b"old"})
    disk_full_at(monkeypatch, 2)
    with pytest.raises(OSError):
        write_folder_atomically(out, {"manifest.json": b"{new}", "a.txt": b"new", "b.txt": b"b"})
    monkeypatch.undo()
    assert (out / "a.txt").read_bytes() == b"old"
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "manifest.json"]
    assert not list(tmp_path.glob(".bundle.*"))


def test_a_full_disk_leaves_no_zip(tmp_path, monkeypatch):
    disk_full_at(monkeypatch, 1)
    with pytest.raises(OSError):
        write_file_atomically(tmp_path / "x.zip", b"zip")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []
