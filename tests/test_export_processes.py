"""An export is the same bytes in any process: two separate processes, another time zone,
another hash seed for Python and for Qt, every file and the zip compared byte for byte."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from planner_data import big_issue

from workbench.flatplan_pdf import stabilise_pdf

REPO = Path(__file__).resolve().parent.parent


def export(db: Path, out: Path, tz: str, seed: str, *extra: str) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TZ": tz,
        "PYTHONHASHSEED": seed,
        "QT_HASH_SEED": seed,
    }
    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--db", str(db), "export", "--issue", "120",
         "--include-drafts", "--out", str(out), *extra],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_two_processes_in_two_time_zones_write_the_same_bytes(store, publication, tmp_path):
    big_issue(store, publication, number=120, pieces_count=6)
    export(store.path, tmp_path / "a", "UTC", "1")
    export(store.path, tmp_path / "b", "Pacific/Kiritimati", "2")  # UTC+14: another day
    first, second = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert "chemin-de-fer.pdf" in first
    assert sorted(first) == sorted(second)
    for name in first:
        assert first[name] == second[name], name
    export(store.path, tmp_path / "c", "America/Los_Angeles", "3", "--zip")
    export(store.path, tmp_path / "d", "Asia/Tokyo", "4", "--zip")
    assert (tmp_path / "c.zip").read_bytes() == (tmp_path / "d.zip").read_bytes()


def xref_is_sound(pdf: bytes) -> bool:
    table = re.search(rb"\nxref\n0 (\d+)\n", pdf)
    start, count = table.end(), int(table.group(1))
    for number in range(count):
        entry = pdf[start + 20 * number : start + 20 * number + 20]
        if entry[17:18] == b"n" and not pdf[int(entry[:10]) :].startswith(b"%d 0 obj" % number):
            return False
    startxref = int(re.search(rb"startxref\n(\d+)", pdf).group(1))
    return pdf[startxref:].startswith(b"xref")


def test_stabilising_dates_of_another_length_keeps_the_pdf_sound():
    body = (
        b"%PDF-1.4\n1 0 obj\n<<\n/CreationDate (D:20261205190706+09'00')\n>>\nendobj\n"
        b"2 0 obj\n<<\n/Type /Metadata /Subtype /XML\n/Length 36\n>>\nstream\n"
        b"<d>2026-12-05T19:07:06+09:00</d>\n\nendstream\nendobj\n3 0 obj\n<< >>\nendobj\n"
    )
    offsets = [body.find(b"%d 0 obj" % n) for n in (1, 2, 3)]
    xref = b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf = body + xref + b"trailer\n<< >>\nstartxref\n%d\n%%%%EOF\n" % len(body)
    assert xref_is_sound(pdf)
    stable = stabilise_pdf(pdf, "20261205100706", "seed")
    assert b"D:20261205100706Z" in stable and b"2026-12-05T10:07:06Z" in stable
    assert b"/Length 27" in stable  # the XMP stream got shorter
    assert xref_is_sound(stable)
