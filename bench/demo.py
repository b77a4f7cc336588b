"""A synthetic archive for demos and benchmarks: ``python -m bench.demo_archive``.

Everything is drawn from one ``random.Random(seed)``, timestamps included, so the same
seed gives the same database. Text is assembled from :mod:`bench.demo_words`.
Rows go in with plain ``INSERT`` statements (``executemany``) inside one raw transaction:
fast, and any trigger on the tables (the search index) fires as for any other write.
"""

from __future__ import annotations

import math
import random
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from bench import demo_words as words
from db.vocabulary import (
    ContributorRole,
    FootnoteStyle,
    IssueStatus,
    PieceKind,
    PieceStatus,
    SlotKind,
)
from workbench.catalog import DEFAULT_SECTIONS, KIND_SECTION, ValidationError
from workbench.store import Store

DEFAULT_PUBLICATION = "Archive de démonstration"
NBSP = "\u00a0"
NNBSP = "\u202f"  # before ; ! ? (house style)
SIGNS_PER_PAGE = 4000
POOL_SHARE = 0.12
# The last numéro closes on this date; earlier ones are spread backwards from it.
ANCHOR = date(2027, 1, 15)
SENTENCE_POOL = 6000


@dataclass(frozen=True, slots=True)
class KindProfile:
    kind: str
    weight: float  # share among pieces that are not éditos
    min_signs: int
    max_signs: int


PROFILES: dict[str, KindProfile] = {
    p.kind: p
    for p in (
        KindProfile(PieceKind.EDITO, 0.0, 2500, 3600),
        KindProfile(PieceKind.BREVE, 0.30, 1200, 2000),
        KindProfile(PieceKind.COURRIER, 0.07, 1500, 3000),
        KindProfile(PieceKind.CHRONIQUE, 0.15, 3000, 5000),
        KindProfile(PieceKind.INTERVIEW, 0.17, 5000, 12000),
        KindProfile(PieceKind.REPORTAGE, 0.17, 6000, 12000),
        KindProfile(PieceKind.DOSSIER, 0.14, 15000, 40000),
    )
}
_WEIGHTED_KINDS = [p.kind for p in PROFILES.values() if p.weight > 0]
_KIND_WEIGHTS = [PROFILES[k].weight for k in _WEIGHTED_KINDS]
_WANTS_STANDFIRST = {PieceKind.INTERVIEW, PieceKind.REPORTAGE, PieceKind.DOSSIER}


# Text --------------------------------------------------------------------------------


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def de(noun_phrase: str) -> str:
    """« de » + noun phrase, with the French contractions (du, des, d’)."""
    if noun_phrase.startswith("le "):
        return "du " + noun_phrase[3:]
    if noun_phrase.startswith("les "):
        return "des " + noun_phrase[4:]
    if noun_phrase.startswith(("la ", "l’")):
        return "de " + noun_phrase
    if noun_phrase[:1].lower() in "aeiouyéèêh":
        return "d’" + noun_phrase
    return "de " + noun_phrase


class TextMaker:
    """French-looking text of the trade, drawn from one random generator."""

    def __init__(self, rng: random.Random, pool_size: int = SENTENCE_POOL) -> None:
        self.rng = rng
        self.sentences = [self.sentence() for _ in range(pool_size)]

    def sentence(self) -> str:
        rng = self.rng
        plural = rng.random() < 0.45
        subject = rng.choice(words.SUBJECTS_PLURAL if plural else words.SUBJECTS_SINGULAR)
        verb = rng.choice(words.VERBS)[plural]
        clause = f"{subject} {verb} {rng.choice(words.OBJECTS)}"
        if rng.random() < 0.55:
            clause += " " + rng.choice(words.COMPLEMENTS)
        form = rng.random()
        if form < 0.3:
            clause = f"{rng.choice(words.OPENERS)} {clause}"
        elif form < 0.4:
            clause = f"{capitalize(rng.choice(words.TOPIC_NOUNS))}{NBSP}: {clause}"
        elif form < 0.5:
            clause += f", et le pari est {rng.choice(words.ADJECTIVES)}"
        elif form < 0.56:
            return capitalize(clause) + f"{NNBSP}?"
        elif form < 0.62:
            clause += f" ({rng.randint(12, 87)}{NBSP}% selon notre enquête)"
        return capitalize(clause) + "."

    def paragraph(self, low: int = 3, high: int = 6) -> str:
        return " ".join(self.rng.choices(self.sentences, k=self.rng.randint(low, high)))

    def title(self) -> str:
        rng = self.rng
        form = rng.randrange(5)
        if form == 0:
            return f"{capitalize(rng.choice(words.TOPIC_NOUNS))}{NBSP}: {rng.choice(words.COMPLEMENTS)}"
        if form == 1:
            plural = rng.random() < 0.5
            subject = rng.choice(words.SUBJECTS_PLURAL if plural else words.SUBJECTS_SINGULAR)
            return f"Quand {subject} {rng.choice(words.VERBS)[plural]} {rng.choice(words.OBJECTS)}"
        if form == 2:
            return f"Le pari {de(rng.choice(words.OBJECTS))}"
        if form == 3:
            return f"{capitalize(rng.choice(words.OBJECTS))}, un chantier {rng.choice(words.ADJECTIVES)}"
        return f"{capitalize(rng.choice(words.OBJECTS))} {rng.choice(words.COMPLEMENTS)}"

    def subheading(self) -> str:
        rng = self.rng
        form = rng.randrange(3)
        if form == 0:
            return capitalize(rng.choice(words.COMPLEMENTS))
        if form == 1:
            return f"Le poids {de(rng.choice(words.OBJECTS))}"
        return f"Un virage {rng.choice(words.ADJECTIVES)}"

    def question(self) -> str:
        rng = self.rng
        obj = rng.choice(words.OBJECTS)
        form = rng.randrange(5)
        if form == 0:
            text = f"Quelle place donnez-vous à {obj} dans votre organisation"
        elif form == 1:
            text = f"Qu’attendez-vous {de(obj)} dans les deux ans qui viennent"
        elif form == 2:
            text = f"Comment mesurez-vous {obj} {rng.choice(words.COMPLEMENTS)}"
        elif form == 3:
            text = f"Faut-il parler {de(obj)} comme d’un sujet {rng.choice(words.ADJECTIVES)}"
        else:
            text = f"Vos clients vous parlent-ils {de(obj)}"
        return f"**{text.replace('à le ', 'au ').replace('à les ', 'aux ')}{NNBSP}?**"

    def person(self) -> str:
        return f"{self.rng.choice(words.FIRST_NAMES)} {self.rng.choice(words.LAST_NAMES)}"

    def footnote(self) -> str:
        rng = self.rng
        form = rng.randrange(3)
        if form == 0:
            return (
                f"Enquête menée auprès de {rng.randint(40, 900)} directions de la relation client, "
                f"{rng.choice(words.MONTHS)} {rng.randint(2012, 2026)}."
            )
        if form == 1:
            return f"{self.person()}, {rng.choice(words.JOB_TITLES)} chez {rng.choice(words.COMPANIES)}."
        return rng.choice(self.sentences)

    def body(self, kind: str, target: int, footnotes: int) -> str:
        """A body of about ``target`` signes in house markdown."""
        rng = self.rng
        blocks: list[str] = []
        size = 0
        interview = kind == PieceKind.INTERVIEW
        with_subheadings = kind in (PieceKind.INTERVIEW, PieceKind.REPORTAGE, PieceKind.DOSSIER)
        next_subheading = rng.randint(2200, 3800)
        answers_left = 0
        pulled = False
        while size < target:
            if with_subheadings and size >= next_subheading and target - size > 1200:
                blocks.append(f"## {self.subheading()}")
                next_subheading = size + rng.randint(2500, 4500)
            if interview and answers_left == 0:
                question = self.question()
                blocks.append(question)
                size += len(question) - 4
                answers_left = rng.randint(1, 3)
            if kind in (PieceKind.REPORTAGE, PieceKind.DOSSIER) and rng.random() < 0.08:
                text = f"> «{NBSP}{rng.choice(self.sentences)}{NBSP}»"
                size += len(text) - 2
            elif (
                not pulled and size > target // 3 and kind != PieceKind.BREVE and rng.random() < 0.3
            ):
                quote = rng.choice(self.sentences)
                blocks.append(f"::: exergue\n«{NBSP}{quote}{NBSP}»\n:::")
                pulled = True
                size += len(quote) + 4
                continue
            else:
                text = self.paragraph(2, 4) if kind == PieceKind.BREVE else self.paragraph()
                size += len(text)
            blocks.append(text)
            answers_left = max(0, answers_left - 1)
        if footnotes:
            paragraphs = [
                i for i, b in enumerate(blocks) if b and b[0] not in "#*>:" and b.endswith(".")
            ]
            chosen = sorted(rng.sample(paragraphs, min(footnotes, len(paragraphs))))
            for number, index in enumerate(chosen, start=1):
                blocks[index] = blocks[index][:-1] + f"[^{number}]."
            for number in range(1, len(chosen) + 1):
                blocks.append(f"[^{number}]: {self.footnote()}")
        return "\n\n".join(blocks) + "\n"


# Planning ------------------------------------------------------------------------------


@dataclass(slots=True)
class IssuePlan:
    number: int
    theme: str
    page_count: int
    closing_date: date
    release_date: date
    status: str


def plan_issues(rng: random.Random, count: int, anchor: date = ANCHOR) -> list[IssuePlan]:
    """Numéros 1..count, about eight a year, the last one closing on ``anchor``."""
    gaps = [rng.randint(35, 56) for _ in range(max(0, count - 1))]
    closing = anchor - timedelta(days=sum(gaps))
    plans: list[IssuePlan] = []
    for index in range(count):
        if index:
            closing += timedelta(days=gaps[index - 1])
        from_end = count - 1 - index
        status = (
            IssueStatus.PLANNED
            if from_end == 0
            else IssueStatus.IN_PROGRESS
            if from_end == 1
            else IssueStatus.CLOSED
            if from_end == 2
            else IssueStatus.PUBLISHED
        )
        plans.append(
            IssuePlan(
                number=index + 1,
                theme=rng.choice(words.THEMES),
                page_count=rng.choice((52, 60, 68, 68, 76, 84, 100)),
                closing_date=closing,
                release_date=closing + timedelta(days=rng.randint(12, 20)),
                status=status.value,
            )
        )
    return plans


@dataclass(frozen=True, slots=True)
class Slot:
    kind: str
    label: str
    first_page: int
    page_count: int = 1


def lay_out(
    rng: random.Random, page_count: int, piece_pages: Sequence[int]
) -> tuple[list[int | None], list[Slot]]:
    """A chemin de fer: first page of each piece (None when it does not fit) and the slots.

    Cover, inside covers and sommaire take fixed pages; ads and one careers page fall
    between pieces. Nothing overlaps and everything lies within ``page_count``.
    """
    slots = [
        Slot(SlotKind.COVER, "Couverture", 1),
        Slot(SlotKind.AD, "2e de couverture", 2),
        Slot(SlotKind.CONTENTS, "Sommaire", 3),
    ]
    last_inside = page_count - 2  # the two last pages are the 3e and 4e de couverture
    cursor = 4
    careers_done = False
    first_pages: list[int | None] = []
    for pages in piece_pages:
        if cursor > 5 and cursor <= last_inside and rng.random() < 0.18:
            slots.append(Slot(SlotKind.AD, "Publicité", cursor))
            cursor += 1
        if not careers_done and cursor > page_count * 2 // 3 and cursor <= last_inside:
            slots.append(Slot(SlotKind.CAREERS, "Carrières", cursor))
            careers_done = True
            cursor += 1
        if cursor + pages - 1 <= last_inside:
            first_pages.append(cursor)
            cursor += pages
        else:
            first_pages.append(None)
    slots.append(Slot(SlotKind.AD, "3e de couverture", page_count - 1))
    slots.append(Slot(SlotKind.AD, "4e de couverture", page_count))
    return first_pages, slots


MAX_PAGES = 244


def fit_page_count(planned: int, piece_pages: Sequence[int]) -> int:
    """Enough pages (a multiple of 4, at most MAX_PAGES) for the pieces, covers and some ads."""
    needed = sum(piece_pages) + 5 + math.ceil(len(piece_pages) * 0.25) + 1
    return max(planned, min(MAX_PAGES, 4 * math.ceil(needed / 4)))


def pages_for(signs: int) -> int:
    return max(1, math.ceil(signs / SIGNS_PER_PAGE))


def split_counts(total: int, parts: int) -> list[int]:
    """``total`` spread as evenly as possible over ``parts``."""
    if parts <= 0:
        return []
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


# Rows ----------------------------------------------------------------------------------


def stamp(value: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(slots=True)
class PieceRow:
    id: int
    issue_id: int | None
    kind: str
    title: str
    standfirst: str
    body: str
    status: str
    target_signs: int
    due_date: date | None
    position: int
    first_page: int | None
    page_count: int
    published_at: datetime | None
    signature_note: str
    edito_number: int | None
    created_at: datetime
    updated_at: datetime
    credits: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DemoResult:
    publication_id: int
    issues: int
    pieces: int
    long_interview_id: int | None = None


_STATUSES = [s.value for s in PieceStatus]


def _piece_status(rng: random.Random, issue_status: str | None) -> str:
    if issue_status in (IssueStatus.PUBLISHED, IssueStatus.CLOSED):
        return PieceStatus.LAID_OUT if rng.random() < 0.95 else PieceStatus.APPROVED
    if issue_status == IssueStatus.IN_PROGRESS:
        return rng.choices(_STATUSES, weights=(1, 2, 4, 4, 4, 3, 2))[0]
    if issue_status == IssueStatus.PLANNED:
        return rng.choices(_STATUSES[:4], weights=(4, 4, 3, 1))[0]
    return rng.choices(_STATUSES[:6], weights=(5, 3, 4, 3, 2, 2))[0]  # au marbre


def _footnote_count(rng: random.Random, kind: str) -> int:
    if kind == PieceKind.REPORTAGE:
        return rng.randint(1, 3)
    if kind == PieceKind.DOSSIER:
        return rng.randint(2, 5)
    if kind == PieceKind.INTERVIEW:
        return 1
    if kind in (PieceKind.EDITO, PieceKind.CHRONIQUE):
        return 1 if rng.random() < 0.4 else 0
    return 0


class _Builder:
    def __init__(self, rng: random.Random, text: TextMaker, next_id: int) -> None:
        self.rng = rng
        self.text = text
        self.next_id = next_id
        self.authors: list[str] = []
        self.interviewees: list[str] = []
        self.photographers: list[str] = []
        self.bios: dict[str, str] = {}

    def make_people(self, pieces: int) -> None:
        rng = self.rng
        names = [f"{f} {last}" for f in words.FIRST_NAMES for last in words.LAST_NAMES]
        rng.shuffle(names)
        n_authors = min(120, 12 + pieces // 80)
        n_photo = min(20, 3 + pieces // 500)
        n_guests = min(len(names) - n_authors - n_photo, 20 + pieces // 15)
        self.authors = names[:n_authors]
        self.photographers = names[n_authors : n_authors + n_photo]
        self.interviewees = names[n_authors + n_photo : n_authors + n_photo + n_guests]
        for name in self.interviewees:
            self.bios[name] = (
                f"{capitalize(rng.choice(words.JOB_TITLES))} chez {rng.choice(words.COMPANIES)}."
            )

    def credits(self, kind: str) -> list[tuple[str, str]]:
        rng = self.rng
        n_authors = rng.randint(2, 3) if kind == PieceKind.DOSSIER else 1 + (rng.random() < 0.12)
        result = [
            (name, ContributorRole.AUTHOR.value) for name in rng.sample(self.authors, n_authors)
        ]
        if kind == PieceKind.INTERVIEW:
            result.append((rng.choice(self.interviewees), ContributorRole.INTERVIEWEE.value))
        if kind in (PieceKind.REPORTAGE, PieceKind.DOSSIER) and rng.random() < 0.5:
            result.append((rng.choice(self.photographers), ContributorRole.PHOTOGRAPHER.value))
        if kind == PieceKind.DOSSIER and rng.random() < 0.3:
            result.append((rng.choice(self.photographers), ContributorRole.ILLUSTRATOR.value))
        if kind == PieceKind.INTERVIEW and rng.random() < 0.05:
            result.append((rng.choice(self.authors), ContributorRole.TRANSLATOR.value))
        return result

    def piece(
        self,
        kind: str,
        issue_id: int | None,
        issue: IssuePlan | None,
        position: int,
        *,
        target: int | None = None,
    ) -> PieceRow:
        rng = self.rng
        profile = PROFILES[kind]
        target = target or rng.randint(profile.min_signs, profile.max_signs)
        body = self.text.body(kind, target, _footnote_count(rng, kind))
        status = _piece_status(rng, issue.status if issue else None)
        if issue is not None:
            due = issue.closing_date - timedelta(days=rng.randint(3, 25))
            created = datetime.combine(due - timedelta(days=rng.randint(20, 90)), time(9))
        else:
            due = ANCHOR + timedelta(days=rng.randint(-900, 120)) if rng.random() < 0.8 else None
            created = datetime.combine(ANCHOR - timedelta(days=rng.randint(30, 1500)), time(9))
        created += timedelta(minutes=rng.randint(0, 600))
        updated = created + timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 600))
        published = None
        if issue is not None and issue.status == IssueStatus.PUBLISHED:
            published = datetime.combine(issue.release_date, time(8)) + timedelta(
                minutes=rng.randint(0, 600)
            )
        edito = kind == PieceKind.EDITO and issue is not None
        row = PieceRow(
            id=self.next_id,
            issue_id=issue_id,
            kind=kind,
            title=self.text.title(),
            standfirst=self.text.paragraph(1, 2) if kind in _WANTS_STANDFIRST else "",
            body=body,
            status=status,
            target_signs=round(target, -2),
            due_date=due,
            position=position,
            first_page=None,
            page_count=pages_for(target),
            published_at=published,
            signature_note=(
                f"Édito rédigé en {words.MONTHS[issue.closing_date.month - 1]} "
                f"{issue.closing_date.year}"
                if edito
                else ""
            ),
            edito_number=issue.number if edito else None,
            created_at=created,
            updated_at=updated,
            credits=self.credits(kind),
        )
        self.next_id += 1
        return row


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return (conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1


_PIECE_COLUMNS = (
    "id, publication_id, issue_id, section_id, kind, title, standfirst, body, status, "
    "target_signs, due_date, position, first_page, page_count, published_at, signature_note, "
    "edito_number, source_hash, version, deleted_at, created_at, updated_at"
)


def _insert_pieces(
    conn: sqlite3.Connection, publication_id: int, sections: dict[str, int], rows: list[PieceRow]
) -> None:
    conn.executemany(
        f"INSERT INTO piece ({_PIECE_COLUMNS}) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1, NULL, ?, ?)",
        [
            (
                r.id,
                publication_id,
                r.issue_id,
                sections.get(r.kind),
                r.kind,
                r.title,
                r.standfirst,
                r.body,
                r.status,
                r.target_signs,
                r.due_date.isoformat() if r.due_date else None,
                r.position,
                r.first_page,
                r.page_count,
                stamp(r.published_at) if r.published_at else None,
                r.signature_note,
                r.edito_number,
                stamp(r.created_at),
                stamp(r.updated_at),
            )
            for r in rows
        ],
    )
    names = sorted({name for r in rows for name, _ in r.credits})
    conn.executemany(
        "INSERT OR IGNORE INTO contributor (name, bio) VALUES (?, '')", [(n,) for n in names]
    )
    ids = dict(conn.execute("SELECT name, id FROM contributor").fetchall())
    credit_rows = []
    for r in rows:
        seen: set[tuple[int, str]] = set()
        for position, (name, role) in enumerate(r.credits):
            key = (ids[name], role)
            if key not in seen:
                seen.add(key)
                credit_rows.append((r.id, ids[name], role, position))
    conn.executemany(
        "INSERT INTO piece_contributor (piece_id, contributor_id, role, position) VALUES (?, ?, ?, ?)",
        credit_rows,
    )


def _set_bios(conn: sqlite3.Connection, bios: dict[str, str]) -> None:
    conn.executemany(
        "UPDATE contributor SET bio = ? WHERE name = ? AND bio = ''",
        [(bio, name) for name, bio in sorted(bios.items())],
    )


def _opened(plan: IssuePlan) -> str:
    return stamp(datetime.combine(plan.closing_date - timedelta(days=90), time(9)))


# Pieces per transaction of a demo build: about a second of writing each.
BATCH_PIECES = 2_000


def build_demo_archive(
    store: Store,
    issues: int,
    pieces: int,
    *,
    seed: int = 0,
    publication: str = DEFAULT_PUBLICATION,
) -> DemoResult:
    """Create a publication with ``issues`` numéros and ``pieces`` pieces; all or nothing.

    The pieces go in by batches of :data:`BATCH_PIECES`, each its own transaction, so
    that another writer of the base waits a second or so at most, never the whole build
    (100,000 pieces); a build that fails removes what its batches wrote."""
    if issues < 0 or pieces < 0:
        raise ValidationError("Le nombre de numéros et de papiers doit être positif ou nul.")
    name = publication.strip()
    if not name:
        raise ValidationError("Le nom de la publication ne peut pas être vide.")
    if store.scalar("SELECT 1 FROM publication WHERE lower(name) = lower(?)", (name,)):
        raise ValidationError(f"Une publication « {name} » existe déjà.")

    rng = random.Random(seed)
    text = TextMaker(rng)
    plans = plan_issues(rng, issues)
    pool_count = pieces if not issues else round(pieces * POOL_SHARE)
    per_issue = split_counts(pieces - pool_count, issues)
    created = stamp(datetime.combine(ANCHOR - timedelta(days=60 * max(1, issues)), time(9)))

    with store.raw_transaction() as conn:
        publication_id = conn.execute(
            "INSERT INTO publication (name, tagline, footnote_style, narrow_nbsp, created_at, "
            "updated_at) VALUES (?, ?, ?, 1, ?, ?)",
            (
                name,
                "Archive de démonstration générée par Workbench",
                FootnoteStyle.SYMBOLS.value,
                created,
                created,
            ),
        ).lastrowid
        conn.executemany(
            "INSERT INTO section (publication_id, name, position, signs_per_page, "
            "wants_standfirst) VALUES (?, ?, ?, ?, ?)",
            [
                (publication_id, section, position, signs, int(standfirst))
                for position, (section, signs, standfirst) in enumerate(DEFAULT_SECTIONS)
            ],
        )
        section_ids = dict(
            conn.execute(
                "SELECT name, id FROM section WHERE publication_id = ?", (publication_id,)
            ).fetchall()
        )
        sections = {kind: section_ids[label] for kind, label in KIND_SECTION.items()}

        issue_id = _next_id(conn, "issue")
        builder = _Builder(rng, text, _next_id(conn, "piece"))
        builder.make_people(pieces)
        rows: list[PieceRow] = []
        slot_rows = []
        for offset, (plan, count) in enumerate(zip(plans, per_issue, strict=True)):
            this_issue = issue_id + offset
            kinds = [PieceKind.EDITO.value] if count else []
            kinds += rng.choices(_WEIGHTED_KINDS, weights=_KIND_WEIGHTS, k=max(0, count - 1))
            issue_pieces = [builder.piece(k, this_issue, plan, 0) for k in kinds]
            sizes = [p.page_count for p in issue_pieces]
            plan.page_count = fit_page_count(plan.page_count, sizes)
            first_pages, slots = lay_out(rng, plan.page_count, sizes)
            for piece, first_page in zip(issue_pieces, first_pages, strict=True):
                piece.first_page = first_page
            # Tree order: placed pieces in page order, then the ones still without pages.
            ordered = [p for p in issue_pieces if p.first_page is not None]
            ordered += [p for p in issue_pieces if p.first_page is None]
            for position, piece in enumerate(ordered):
                piece.position = position
            slot_rows += [(this_issue, s.kind, s.label, s.first_page, s.page_count) for s in slots]
            rows += issue_pieces
        pool_kinds = rng.choices(_WEIGHTED_KINDS, weights=_KIND_WEIGHTS, k=pool_count)
        rows += [builder.piece(k, None, None, i) for i, k in enumerate(pool_kinds)]

        conn.executemany(
            "INSERT INTO issue (id, publication_id, number, theme, page_count, closing_date, "
            "release_date, status, deleted_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            [
                (
                    issue_id + offset,
                    publication_id,
                    plan.number,
                    plan.theme,
                    plan.page_count,
                    plan.closing_date.isoformat(),
                    plan.release_date.isoformat(),
                    plan.status,
                    _opened(plan),
                    _opened(plan),
                )
                for offset, plan in enumerate(plans)
            ],
        )
        conn.executemany(
            "INSERT INTO flatplan_slot (issue_id, kind, label, first_page, page_count) "
            "VALUES (?, ?, ?, ?, ?)",
            slot_rows,
        )
    try:
        for start in range(0, len(rows), BATCH_PIECES):
            with store.raw_transaction() as conn:
                _insert_pieces(conn, publication_id, sections, rows[start : start + BATCH_PIECES])
        with store.raw_transaction() as conn:
            _set_bios(conn, builder.bios)
            _stable_uids(conn, seed)
    except BaseException:
        _remove(store, publication_id)
        raise
    return DemoResult(publication_id, len(plans), len(rows))


def _remove(store: Store, publication_id: int) -> None:
    """Take back what a failed build wrote (in one transaction)."""
    with store.raw_transaction() as conn:
        pieces = "SELECT id FROM piece WHERE publication_id = ?"
        issues = "SELECT id FROM issue WHERE publication_id = ?"
        for sql in (
            f"DELETE FROM piece_contributor WHERE piece_id IN ({pieces})",
            "DELETE FROM piece WHERE publication_id = ?",
            f"DELETE FROM flatplan_slot WHERE issue_id IN ({issues})",
            "DELETE FROM issue WHERE publication_id = ?",
            "DELETE FROM section WHERE publication_id = ?",
            "DELETE FROM publication WHERE id = ?",
        ):
            conn.execute(sql, (publication_id,))


def _stable_uids(conn: sqlite3.Connection, seed: int) -> None:
    """The same seed gives the same archive, ids that travel included (migration 0006
    gives rows written in raw SQL random ones)."""
    import uuid

    for table in ("publication", "section", "issue", "piece", "flatplan_slot", "revision"):
        ids = [row[0] for row in conn.execute(f"SELECT id FROM {table}").fetchall()]
        conn.executemany(
            f"UPDATE {table} SET uid = ? WHERE id = ?",
            [(str(uuid.uuid5(uuid.NAMESPACE_OID, f"{seed}/{table}/{i}")), i) for i in ids],
        )


def add_long_interview(
    store: Store, publication_id: int, *, seed: int = 0, signs: int = 100_000
) -> int:
    """Add one interview of about ``signs`` signes au marbre (editor benchmark); its id."""
    rng = random.Random(f"long-interview-{seed}")
    text = TextMaker(rng, pool_size=2000)
    with store.raw_transaction() as conn:
        if not conn.execute("SELECT 1 FROM publication WHERE id = ?", (publication_id,)).fetchone():
            raise ValidationError(f"Aucune publication n'a l'identifiant {publication_id}.")
        builder = _Builder(rng, text, _next_id(conn, "piece"))
        builder.make_people(100)
        position = conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM piece WHERE publication_id = ? "
            "AND issue_id IS NULL",
            (publication_id,),
        ).fetchone()[0]
        row = builder.piece(PieceKind.INTERVIEW, None, None, position, target=signs)
        row.title = "Grand entretien" + NBSP + ": " + row.title[:1].lower() + row.title[1:]
        row.status = PieceStatus.PROOFREADING.value
        section = conn.execute(
            "SELECT id FROM section WHERE publication_id = ? AND name = ?",
            (publication_id, KIND_SECTION[PieceKind.INTERVIEW]),
        ).fetchone()
        sections = {PieceKind.INTERVIEW.value: section[0]} if section else {}
        _insert_pieces(conn, publication_id, sections, [row])
        _set_bios(conn, builder.bios)
    return row.id
