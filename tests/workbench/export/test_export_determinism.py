"""An export is the same bytes in any process: the real ``workbench export`` run in
separate processes — other time zones, locales, Python and Qt hash seeds, and another
day and hour where faketime is installed — writes the same files and the same .zip as an
export made in this process.

Exporting twice in one process (test_export_bundle) cannot see what a process draws at
random when it starts: Qt's hash seed ordered the fonts of the chemin de fer PDF
differently in each process, and the PDF's dates followed the machine's time zone.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from export_seeds import INVENTED_PAGES, build_issue

from workbench.export.bundle import export_issue

# Rendering the PDF in this process needs a QGuiApplication: pytest-qt's, as elsewhere.
pytestmark = pytest.mark.usefixtures("qapp")

REPO = Path(__file__).resolve().parents[3]
ROOT = "en-contact-n082"

# Three processes that differ in everything a process may take from its surroundings:
# UTC+13 in a French locale, UTC-3:30 with Qt's fixed hash seed, UTC-8 in C (and in
# 2031, a second before midnight, under faketime).
PROCESSES = {
    "auckland": {"TZ": "Pacific/Auckland", "LANG": "fr_FR.UTF-8", "PYTHONHASHSEED": "1"},
    "st-johns": {
        "TZ": "America/St_Johns",
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "2",
        "QT_HASH_SEED": "0",
    },
    "los-angeles": {"TZ": "America/Los_Angeles", "LANG": "C", "PYTHONHASHSEED": "random"},
}


def read_tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def zip_entries(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name.removeprefix(f"{ROOT}/"): archive.read(name) for name in archive.namelist()}


def differing(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(name for name in set(a) | set(b) if a.get(name) != b.get(name))


FAKETIME = shutil.which("faketime")  # Debian's faketime (packaging/debian-setup.sh test)


def start_export(
    db_path: Path, out: Path, changes: dict[str, str], *, as_zip: bool, clock: str | None = None
):
    env = dict(os.environ)
    for name in ("QT_HASH_SEED", "LC_ALL", "LC_CTYPE", "LANGUAGE"):
        env.pop(name, None)
    env.update(changes)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(REPO), env.get("PYTHONPATH"))))
    command = [FAKETIME, "-f", f"@{clock}"] if clock and FAKETIME else []
    command += [sys.executable, "-m", "workbench.cli", "--db", str(db_path), "export"]
    command += ["--issue", "82", "--out", str(out)] + (["--zip"] if as_zip else [])
    return subprocess.Popen(
        command, env=env, cwd=out.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_two_processes_in_other_time_zones_export_the_same_bytes(
    store, publication, issue82, db_path, tmp_path
) -> None:
    build_issue(store, publication, issue82, pages=INVENTED_PAGES)  # runs on a bare clone too
    running = {
        name: start_export(
            db_path,
            tmp_path / name,
            changes,
            as_zip=name != "los-angeles",
            clock="2031-06-15 23:59:59" if name == "los-angeles" else None,
        )
        for name, changes in PROCESSES.items()
    }
    here = export_issue(store, issue82, tmp_path / "here").path  # meanwhile, in this process
    for name, process in running.items():
        out, err = process.communicate(timeout=90)
        assert process.returncode == 0, (name, out.decode(), err.decode())

    first = (tmp_path / "auckland.zip").read_bytes()
    second = (tmp_path / "st-johns.zip").read_bytes()
    files = zip_entries(first)
    assert "chemin-de-fer.pdf" in files and "manifest.json" in files
    assert differing(files, zip_entries(second)) == []
    assert first == second
    # a folder written by another process, and by this one: the same files as the zip's
    assert differing(files, read_tree(tmp_path / "los-angeles")) == []
    assert differing(files, read_tree(here)) == []


def test_a_numero_re_imported_under_another_id_exports_the_same_pdf(
    store, publication, issue82, tmp_path
) -> None:
    """The PDF's document id comes from the data a bundle carries, not the local ids."""
    from datetime import date

    from workbench.catalog import IssueFields, create_issue, create_publication
    from workbench.export.reimport import import_bundle
    from workbench.flatplan.pdf import render_flatplan_pdf
    from workbench.store import Store

    build_issue(store, publication, issue82, pages=INVENTED_PAGES)  # runs on a bare clone too
    bundle = export_issue(store, issue82, tmp_path / "bundle", zip=True)
    with Store.open(tmp_path / "other.sqlite") as other:
        other_publication = create_publication(other, "Autre titre")
        create_issue(other, other_publication, IssueFields(7, "", 32, date(2014, 1, 1), None))
        result = import_bundle(other, bundle.path)
        assert result.issue_id != issue82
        assert render_flatplan_pdf(other, result.issue_id) == render_flatplan_pdf(store, issue82)
