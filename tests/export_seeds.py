"""A numéro built from the three real pieces in the shared seeds, turned into house markdown.

The seeds are web pages as text: this helper turns them into what a writer would have
typed in Workbench (questions in bold, notes as [^n], quotes, an exergue, an intertitre);
the interview's chapô and the reportage's title call their note, as on the site.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from conftest import SEEDS

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def _lines(name: str) -> list[str]:
    return (SEEDS / name).read_text(encoding="utf-8").splitlines()


def _until(lines: list[str], stop: str) -> list[str]:
    return lines[: lines.index(stop)] if stop in lines else lines


def edito() -> dict:
    lines = _lines("edito-82.txt")
    title = lines[2].strip()
    start = next(i for i, line in enumerate(lines) if line.startswith("Édito N°"))
    number = int(re.search(r"N°(\d+)", lines[start]).group(1))
    end = next(i for i, line in enumerate(lines) if line.startswith("Manuel Jacquinet,"))
    paragraphs = []
    for line in lines[start + 1 : end]:
        line = line.strip()
        if not line:
            continue
        if line.startswith("«"):
            line = "> " + line
        elif line.startswith("Let there be rock"):
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
        "published_at": datetime(2014, 10, 26, 18, 23),
        "contributors": [("Manuel Jacquinet", "author")],
    }


def interview() -> dict:
    lines = [line.strip() for line in _until(_lines("interview-berc.txt"), "A lire aussi")]
    title = lines[2]
    first = next(i for i, line in enumerate(lines) if line.startswith("Posteurs"))
    standfirst = lines[first].replace("Berc*", "Berc[^1]")
    paragraphs: list[str] = []
    note = ""
    previous = ""
    for line in lines[first + 1 :]:
        # In the seed a question opens a block and its answer follows on the next lines.
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
        "published_at": datetime(2024, 5, 3, 3, 37),
        "due_date": date(2024, 4, 20),
        "target_signs": 6000,
        "contributors": [("Manuel Jacquinet", "author"), ("Charles-Emmanuel Berc", "interviewee")],
    }


def reportage() -> dict:
    lines = [line.strip() for line in _until(_lines("report-davos-2013.txt"), "A lire aussi")]
    title = lines[2].replace("*", "[^1]")
    start = next(i for i, line in enumerate(lines) if i > 2 and line.startswith("Les liens"))
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
            if line.startswith("Mais la question qui"):
                paragraphs.append("## Qui paye ?")
            line = line.replace("stabulation libre**", "stabulation libre[^2]")
            paragraphs.append(line)
    return {
        "kind": "reportage",
        "title": title,
        "standfirst": "Au Davos de la relation client, un sociologue a réveillé la salle.",
        "body": "\n\n".join(paragraphs + notes) + "\n",
        "signature_note": signature,
        "first_page": 20,
        "page_count": 2,
        "published_at": datetime(2013, 2, 6, 15, 36),
        "contributors": [("H Caufield", "author")],
    }


def build_issue(store, publication: int, issue_id: int, *, status: str = "valide") -> list[int]:
    """Put the three seed pieces in the numéro, out of page order, with one image."""
    from db.models import Asset
    from workbench.pieces import create_piece

    ids = []
    for fields in (reportage(), edito(), interview()):
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
                credit="H Caufield",
            )
        )
    return ids
