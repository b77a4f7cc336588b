"""Import: saved web pages of the magazine, through the importer a user runs.

The pages are synthetic and deterministic: the shapes of a saved page (site tagline,
title, date line, repeated title, « Édito N° » line, chapô, paragraphs or questions and
answers, signature, footnotes, « À lire aussi » and subscription trailer) with our own
words (:mod:`bench.demo_words`, :class:`bench.demo.TextMaker`). They are written
once to ``.bench-cache/`` and imported with :func:`workbench.importers.service.import_paths`
into a fresh database; the figure is files per second.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.stats import median, scenario

TAGLINE = "Le magazine de démonstration des métiers de la relation client."
ACCOUNT = "Revue Démo"
if TYPE_CHECKING:
    from bench.demo import TextMaker

PAGES_VERSION = 1


def _page(rng: random.Random, text: TextMaker, number: int) -> str:
    from bench import demo_words as words
    from bench.demo import NBSP

    kind = rng.choice(("edito", "interview", "reportage", "chronique"))
    title = text.title()
    year = rng.randint(2005, 2026)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    date_line = (
        f"Publié le {day:02d} {words.MONTHS[month - 1]} {year} à "
        f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} par {ACCOUNT}"
    )
    author = f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.LAST_NAMES)}"
    lines = [TAGLINE, "", title, "", date_line, title, ""]
    if kind == "edito":
        lines += [f"Édito N°{number} / ", ""]
        lines += [text.paragraph(2, 5) for _ in range(rng.randint(4, 8))]
        lines += ["", f"{author},", f"Édito rédigé en {words.MONTHS[month - 1]} {year}"]
    elif kind == "interview":
        lines += [text.paragraph(1, 2), ""]
        for _ in range(rng.randint(4, 9)):
            question = text.paragraph(1, 1).rstrip(".?\u202f ") + f"{NBSP}?"
            lines += [question, text.paragraph(3, 6), ""]
        guest = f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.LAST_NAMES)}"
        lines += [
            f"* {guest} est {rng.choice(words.JOB_TITLES)} chez {rng.choice(words.COMPANIES)}."
        ]
    else:
        for _ in range(rng.randint(5, 10)):
            lines += [text.paragraph(3, 6), ""]
        if kind == "reportage":
            lines += [f"Signé : {author}, envoyé spécial", "", "*" + text.paragraph(1, 1)]
        else:
            lines += [f"Par {author}"]
    lines += ["", "À lire aussi", "", "Abonnez-vous à la revue de démonstration", "×", ""]
    return "\n".join(lines)


def ensure_pages(cache_dir: Path, count: int) -> Path:
    """``count`` pages in a cached folder (built the first time)."""
    from bench.archives import generator_version
    from bench.demo import TextMaker

    folder = cache_dir / f"pages-{count}-v{PAGES_VERSION}-g{generator_version()}"
    if folder.is_dir() and len(list(folder.glob("*.txt"))) == count:
        return folder
    for old in cache_dir.glob(f"pages-{count}-*"):
        shutil.rmtree(old, ignore_errors=True)
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    rng = random.Random("bench-pages")
    text = TextMaker(rng, pool_size=1500)
    for number in range(count):
        page = _page(rng, text, number + 1)
        (partial / f"page-{number:05d}.txt").write_text(page, encoding="utf-8")
    partial.rename(folder)
    return folder


def scenarios(cache_dir: Path, count: int, runs: int) -> dict[str, dict]:
    from workbench.importers.service import CREATED, import_paths
    from workbench.store import Store

    pages = ensure_pages(cache_dir, count)
    rates, created = [], 0
    with tempfile.TemporaryDirectory(prefix="workbench-bench-import-") as tmp:
        for run in range(runs):
            with Store.open(Path(tmp) / f"import-{run}.sqlite") as store:
                started = time.perf_counter()
                report = import_paths(store, [pages])
                elapsed = time.perf_counter() - started
            created = report.count(CREATED)
            rates.append(count / elapsed)
    return {
        "import": scenario(
            median(rates),
            None,
            runs,
            unit="files per second",
            target="reported",
            ok=None,
            files=count,
            created=created,
        )
    }
