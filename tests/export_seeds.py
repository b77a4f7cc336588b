"""A numéro built from three saved web pages, turned into house markdown.

The pages are either the real pieces in the shared seeds (``SEED_PAGES``) or the pages
invented for Workbench in ``tests/data/pages`` (``INVENTED_PAGES``), which have the same
shapes. This helper turns them into what a writer would have typed in Workbench
(questions in bold, notes as [^n], quotes, an exergue, an intertitre).
The interview's chapô and the reportage's title call their note, as on the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from conftest import PAGES, SEEDS

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


@dataclass(frozen=True, slots=True)
class PageSet:
    """Three pages (édito, interview, reportage) and what a writer adds to each."""

    folder: Path
    edito_file: str
    edito_author: str
    edito_exergue: str  # start of the line that becomes a pull quote
    edito_published: datetime
    interview_file: str
    interviewer: str  # author of the interview
    interview_standfirst: str  # start of the chapô line
    interviewee: str  # as called (with a note « * ») in the chapô
    interviewee_credit: str
    interview_published: datetime
    interview_due: date
    report_file: str
    report_start: str  # start of the repeated title line, just before the text
    report_intertitre: tuple[str, str]  # (start of the paragraph it goes before, its text)
    report_calls: tuple[tuple[str, str], tuple[str, str]]  # where the [^1] and [^2] calls go
    report_standfirst: str
    report_author: str
    report_published: datetime

    def path(self, name: str) -> Path:
        return self.folder / name


SEED_PAGES = PageSet(
    folder=SEEDS,
    edito_file="edito-82.txt",
    edito_author="Manuel Jacquinet",
    edito_exergue="Let there be rock",
    edito_published=datetime(2014, 10, 26, 18, 23),
    interview_file="interview-berc.txt",
    interviewer="Manuel Jacquinet",
    interview_standfirst="Posteurs",
    interviewee="Berc",
    interviewee_credit="Charles-Emmanuel Berc",
    interview_published=datetime(2024, 5, 3, 3, 37),
    interview_due=date(2024, 4, 20),
    report_file="report-davos-2013.txt",
    report_start="Les liens",
    report_intertitre=("Mais la question qui", "## Qui paye ?"),
    report_calls=(
        ("Davos de la Relation Client.", "Davos de la Relation Client."),  # the title calls [^1]
        ("stabulation libre**", "stabulation libre[^2]"),
    ),
    report_standfirst="Au Davos de la relation client, un sociologue a réveillé la salle.",
    report_author="H Caufield",
    report_published=datetime(2013, 2, 6, 15, 36),
)

INVENTED_PAGES = PageSet(
    folder=PAGES,
    edito_file="edito-47.txt",
    edito_author="Sophie Delaunay",
    edito_exergue="Le téléphone sonne encore",
    edito_published=datetime(2025, 3, 14, 8, 30),
    interview_file="interview-marchand.txt",
    interviewer="Sophie Delaunay",
    interview_standfirst="Promesses affichées",
    interviewee="Élise Marchand",
    interviewee_credit="Élise Marchand",
    interview_published=datetime(2025, 6, 2, 7, 15),
    interview_due=date(2025, 5, 20),
    report_file="reportage-rencontres-2025.txt",
    report_start="Les plateaux qui tiennent",
    report_intertitre=("Reste une question", "## Qui simplifie ?"),
    report_calls=(
        ("aux Rencontres du service client,", "aux Rencontres du service client,"),
        ("l’effet cocon**", "l’effet cocon[^2]"),
    ),
    report_standfirst="Aux Rencontres du service client, un ergonome a montré l’écran des conseillers.",
    report_author="Camille Royer",
    report_published=datetime(2025, 11, 13, 11, 2),
)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _until(lines: list[str], stop: str) -> list[str]:
    return lines[: lines.index(stop)] if stop in lines else lines


def edito(pages: PageSet = SEED_PAGES) -> dict:
    lines = _lines(pages.path(pages.edito_file))
    title = lines[2].strip()
    start = next(i for i, line in enumerate(lines) if line.startswith("Édito N°"))
    number = int(re.search(r"N°(\d+)", lines[start]).group(1))
    end = next(i for i, line in enumerate(lines) if line.startswith(f"{pages.edito_author},"))
    paragraphs = []
    for line in lines[start + 1 : end]:
        line = line.strip()
        if not line:
            continue
        if line.startswith("«"):
            line = "> " + line
        elif line.startswith(pages.edito_exergue):
            line = f"::: exergue\n{line}\n:::"
        paragraphs.append(line)
    note = next(line for line in lines[end + 1 :] if line.strip()).strip()
    return {
        "kind": "edito",
        "title": title,
        "body": "\n\n".join(paragraphs) + "\n",
        "edito_number": number,
        "signature_note": note,
        "first_page": 3,
        "page_count": 1,
        "published_at": pages.edito_published,
        "contributors": [(pages.edito_author, "author")],
    }


def interview(pages: PageSet = SEED_PAGES) -> dict:
    lines = [
        line.strip() for line in _until(_lines(pages.path(pages.interview_file)), "A lire aussi")
    ]
    title = lines[2]
    first = next(i for i, line in enumerate(lines) if line.startswith(pages.interview_standfirst))
    standfirst = lines[first].replace(f"{pages.interviewee}*", f"{pages.interviewee}[^1]")
    paragraphs: list[str] = []
    note = ""
    previous = ""
    for line in lines[first + 1 :]:
        # In the page a question opens a block and its answer follows on the next lines.
        opens_block, previous = not previous, line
        if not line:
            continue
        if line.startswith("* "):
            note = line[2:]
        elif opens_block and line.endswith("?"):
            paragraphs.append(f"**{line}**")
        elif line[-1] in ".!»)?":
            paragraphs.append(line)
    paragraphs.append(f"[^1]: {note}")
    return {
        "kind": "interview",
        "title": title,
        "standfirst": standfirst,
        "body": "\n\n".join(paragraphs) + "\n",
        "first_page": 12,
        "page_count": 2,
        "published_at": pages.interview_published,
        "due_date": pages.interview_due,
        "target_signs": 6000,
        "contributors": [(pages.interviewer, "author"), (pages.interviewee_credit, "interviewee")],
    }


def reportage(pages: PageSet = SEED_PAGES) -> dict:
    lines = [line.strip() for line in _until(_lines(pages.path(pages.report_file)), "A lire aussi")]
    title = lines[2].replace("*", "[^1]")
    start = next(i for i, line in enumerate(lines) if i > 2 and line.startswith(pages.report_start))
    intertitre_before, intertitre = pages.report_intertitre
    paragraphs: list[str] = []
    notes: list[str] = []
    signature = ""
    for line in lines[start + 1 :]:
        if not line or line.startswith("[audio:"):
            continue
        if line.startswith("**"):
            notes.append(f"[^2]: {line[2:]}")
        elif line.startswith("*"):
            notes.append(f"[^1]: {line[1:]}")
        elif line.startswith("Signé :"):
            signature = line
        else:
            if line.startswith("«"):
                line = "> " + line
            if line.startswith(intertitre_before):
                paragraphs.append(intertitre)
            for old, new in pages.report_calls:
                line = line.replace(old, new)
            paragraphs.append(line)
    return {
        "kind": "reportage",
        "title": title,
        "standfirst": pages.report_standfirst,
        "body": "\n\n".join(paragraphs + notes) + "\n",
        "signature_note": signature,
        "first_page": 20,
        "page_count": 2,
        "published_at": pages.report_published,
        "contributors": [(pages.report_author, "author")],
    }


def build_issue(
    store, publication: int, issue_id: int, *, status: str = "valide", pages: PageSet = SEED_PAGES
) -> list[int]:
    """Put the three pieces in the numéro, out of page order, with one image."""
    from db.models import Asset
    from workbench.pieces import create_piece

    ids = []
    for fields in (reportage(pages), edito(pages), interview(pages)):
        fields = dict(fields)
        kind, title = fields.pop("kind"), fields.pop("title")
        contributors = fields.pop("contributors")
        ids.append(
            create_piece(
                store,
                publication,
                kind,
                title,
                issue_id=issue_id,
                status=status,
                contributors=contributors,
                **fields,
            )
        )
    with store.session() as session:
        session.add(
            Asset(
                piece_id=ids[0],
                filename="Salons Hoche.PNG",
                media_type="image/png",
                data=PNG,
                caption="Les salons Hoche, <b>14h20</b>",
                credit=pages.report_author,
            )
        )
    return ids
