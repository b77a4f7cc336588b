"""The chemin de fer PDF: sheets, A4 landscape, the pieces' titles in the text."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from workbench.flatplan.pdf import SPREADS_PER_SHEET, PdfWriteError, sheets, write_flatplan_pdf
from workbench.flatplan.rules import Flatplan, FlatplanEntry
from workbench.records import IssueInfo

# pytest-qt's QApplication, so that this module never leaves a bare QGuiApplication behind
# for the widget tests that run after it (write_flatplan_pdf reuses any existing one).
pytestmark = pytest.mark.usefixtures("qapp")

PDFTOTEXT = shutil.which("pdftotext")
STATUSES = ("idee", "commande", "redaction", "remis", "relecture", "valide", "maquette")


def make_plan(page_count: int, pieces: int) -> Flatplan:
    issue = IssueInfo(
        1, 1, 82, "La relation client", page_count, date(2014, 10, 1), date(2014, 10, 20), "planned"
    )
    entries = [
        FlatplanEntry("cover", 1, 1, "", slot_id=1),
        FlatplanEntry("ad", page_count, 1, "Orange Business Services", slot_id=2),
    ]
    page = 2
    for i in range(pieces):
        count = 1 + i % 2
        entries.append(
            FlatplanEntry(
                "piece",
                page,
                count,
                f"Titre{i:03d} centres de contacts",
                piece_id=100 + i,
                authors="Manuel Jacquinet",
                status=STATUSES[i % len(STATUSES)],
                due_date=date(2014, 9, 1),
            )
        )
        page += count
    return Flatplan(issue, tuple(entries), "En-Contact")


def pdf_pages(path: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, text=True, check=True
        ).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        [PDFTOTEXT, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def test_sheets_hold_forty_spreads():
    assert len(sheets(68)) == 1
    assert [len(s) for s in sheets(132)] == [SPREADS_PER_SHEET, 67 - SPREADS_PER_SHEET]
    assert sheets(132)[1][0] == (80, 81)


def test_68_pages_on_one_a4_landscape_sheet(tmp_path):
    path = tmp_path / "n82.pdf"
    assert write_flatplan_pdf(make_plan(68, 40), path, today=date(2014, 10, 10)) == 1
    assert pdf_pages(path) == 1
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
        assert width > height  # landscape
        assert abs(width - 842) < 2 and abs(height - 595) < 2  # A4


def test_132_pages_take_two_sheets_with_every_title(tmp_path):
    plan = make_plan(132, 80)
    path = tmp_path / "n100.pdf"
    assert write_flatplan_pdf(plan, path, "N°100") == 2
    assert pdf_pages(path) == 2
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) not installed: titles not checked")
    text = pdf_text(path)
    for entry in plan.pieces:
        assert entry.title.split()[0] in text, entry.title
    assert "Manuel Jacquinet" in text
    assert "N°100" in text and "feuille 2/2" in text
    for label in ("idée", "en rédaction", "maquetté", "publicité", "couverture"):
        assert label in text  # the legend, on each sheet
    assert "Orange Business Services" in text


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) not installed")
def test_header_dates_and_signature_warning(tmp_path):
    path = tmp_path / "n82.pdf"
    write_flatplan_pdf(make_plan(66, 10), path)
    text = pdf_text(path)
    assert "En-Contact — N°82 — La relation client" in text
    assert "bouclage 01/10/2014" in text and "parution 20/10/2014" in text
    assert "multiple de 4" in text


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(PdfWriteError, match="n'existe pas"):
        write_flatplan_pdf(make_plan(8, 2), tmp_path / "absent" / "x.pdf")


def test_bundle_pdf_is_the_same_bytes_at_another_time(qapp, store, publication, issue82):
    """The export bundle's chemin de fer depends on the data, not on the clock."""
    import time

    from workbench.flatplan.changes import place_piece
    from workbench.flatplan.pdf import render_flatplan_pdf
    from workbench.pieces import create_piece

    pid = create_piece(store, publication, "edito", "Un édito daté", issue_id=issue82)
    place_piece(store, pid, issue82, 3, 1)
    first = render_flatplan_pdf(store, issue82)
    time.sleep(1.1)  # Qt stamps its PDFs to the second
    second = render_flatplan_pdf(store, issue82)
    assert first.startswith(b"%PDF") and first == second


def xref_points_at_every_object(pdf: bytes) -> bool:
    start = int(re.search(rb"startxref\s+(\d+)\s*%%EOF\s*$", pdf).group(1))
    count = int(re.match(rb"xref\n0 (\d+)\n", pdf[start:]).group(1))
    entries = re.findall(rb"(\d{10}) (\d{5}) ([nf])", pdf[start:])[:count]
    return len(entries) == count and all(
        pdf.startswith(f"{number} 0 obj".encode(), int(offset))
        for number, (offset, _, kind) in enumerate(entries)
        if kind == b"n"
    )


def test_bundle_pdf_fonts_do_not_follow_qt_hash_seed(qapp, store, publication, issue82):
    """Qt writes the embedded fonts in the order of a QHash: with a new random seed (as
    in each new process) the chemin de fer must come out the same."""
    from PySide6.QtCore import QHashSeed

    from workbench.flatplan.changes import place_piece
    from workbench.flatplan.pdf import render_flatplan_pdf
    from workbench.pieces import create_piece

    # regular and bold: two fonts, written in either order without a fixed seed
    pid = create_piece(store, publication, "edito", "Un édito", issue_id=issue82)
    place_piece(store, pid, issue82, 3, 1)
    outputs = set()
    for _ in range(8):
        QHashSeed.resetRandomGlobalSeed()
        outputs.add(render_flatplan_pdf(store, issue82))
    assert len(outputs) == 1


def test_pdf_dates_in_any_time_zone_give_the_same_valid_pdf(tmp_path):
    """Qt dates the PDF in local time, Z in UTC and +13'00' in Auckland: both become the
    data's stamp, and the cross-reference table follows the objects that moved."""
    from workbench.flatplan.pdf import _rewrite_objects, qt_pdf, stabilise_pdf

    raw = qt_pdf(make_plan(68, 12))
    auckland = _rewrite_objects(
        raw,
        {
            1: lambda body: re.sub(rb"\(D:(\d{14})Z\)", rb"(D:\1+13'00')", body),
            2: lambda body: body,
        },
    )
    assert re.search(rb"\(D:\d{14}\+13'00'\)", auckland)
    assert len(auckland) > len(raw) and xref_points_at_every_object(auckland)
    one = stabilise_pdf(raw, "20141001120000", "seed")
    other = stabilise_pdf(auckland, "20141001120000", "seed")
    assert one == other and xref_points_at_every_object(one)
    assert b"/CreationDate (D:20141001120000Z)" in one
    assert b'xmp:CreateDate="2014-10-01T12:00:00Z"' in one
    if shutil.which("pdfinfo"):
        path = tmp_path / "n82.pdf"
        path.write_bytes(one)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        assert info.stderr == "" and re.search(r"^Pages:\s+1$", info.stdout, re.M)
        assert re.search(r"^CreationDate:\s+Wed Oct  1 12:00:00 2014 UTC$", info.stdout, re.M)
