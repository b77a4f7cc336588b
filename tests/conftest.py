"""Shared fixtures: a fresh store, and one with a small publication in it."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS = next(
    (p / "shared" / "seeds" for p in REPO.parents if (p / "shared" / "seeds").is_dir()),
    REPO.parent / "shared" / "seeds",
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.sqlite"


@pytest.fixture
def store(db_path: Path):
    from workbench.store import Store

    store = Store.open(db_path)
    yield store
    store.close()


@pytest.fixture
def publication(store) -> int:
    from workbench.catalog import create_publication

    return create_publication(store, "En-Contact")


@pytest.fixture
def issue82(store, publication) -> int:
    from workbench.catalog import IssueFields, create_issue

    return create_issue(
        store,
        publication,
        IssueFields(82, "La relation client", 68, date(2014, 10, 1), date(2014, 10, 20)),
    )
