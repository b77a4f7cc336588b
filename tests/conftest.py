"""Shared fixtures: a fresh store, and one with a small publication in it."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, icon cache, default data and logs of the tests stay out of the user's folders.
_SANDBOX = Path(tempfile.mkdtemp(prefix="workbench-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_SANDBOX / _name.lower())

REPO = Path(__file__).resolve().parent.parent
SEEDS = next(
    (p / "shared" / "seeds" for p in REPO.parents if (p / "shared" / "seeds").is_dir()),
    REPO.parent / "shared" / "seeds",
)
# The real pages live beside the project, not in it: a bare clone has none.
HAVE_SEEDS = SEEDS.is_dir() and any(SEEDS.glob("*.txt"))
SEEDS_MISSING = "real seeds not found (../shared/seeds): this test reads the real pages"
# Pages invented for Workbench, shaped like the seeds (saved web pages as text); in the repo.
DATA = REPO / "tests" / "data"
PAGES = DATA / "pages"
WINDOWS_1252 = DATA / "windows-1252"


@pytest.fixture
def seeds() -> Path:
    """The folder of real pages; skips the test (one line, same reason) where it is absent."""
    if not HAVE_SEEDS:
        pytest.skip(SEEDS_MISSING)
    return SEEDS


@pytest.fixture(params=["seeds", "invented"])
def page_set(request):
    """The real pages, then the invented ones: checks that need realistic pages run on both."""
    from export_seeds import INVENTED_PAGES, SEED_PAGES

    if request.param == "seeds":
        request.getfixturevalue("seeds")
        return SEED_PAGES
    return INVENTED_PAGES


@pytest.fixture(scope="session", autouse=True)
def _widgets_application(qapp):
    """A QApplication before any test: the PDF writer of the core makes a bare
    QGuiApplication when none exists, and a widget created after that aborts Qt, so the
    outcome of a test would depend on which tests ran before it."""
    return qapp


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.sqlite"


# The core's tests (db/ and workbench/) run on both back-ends; the interface's on SQLite.
BOTH_BACKENDS = ("tests/db/", "tests/workbench/")


def pytest_generate_tests(metafunc) -> None:
    """A test that names ``db_path`` itself is about the SQLite file: it stays on SQLite
    (a test of the command line on both back-ends takes ``db_arg`` instead)."""
    import inspect

    own = inspect.signature(metafunc.function).parameters
    if (
        "backend" in metafunc.fixturenames
        and "db_path" not in own
        and metafunc.definition.get_closest_marker("sqlite_only") is None
        and any(part in metafunc.definition.nodeid for part in BOTH_BACKENDS)
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request) -> str:
    """The back-end of the test's store: ``sqlite``, or each in turn for the core's tests."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def store(backend: str, db_path: Path, request):
    from workbench.store import Store

    where = db_path if backend == "sqlite" else request.getfixturevalue("team_url")
    store = Store.open(where)
    yield store
    store.close()


@pytest.fixture(scope="session")
def pg_server():
    """The suite's own PostgreSQL server (tests/pg_server.py), started on first use."""
    from bench.pg_server import PostgresServer, find_binaries

    binaries = find_binaries()
    if binaries is None:
        pytest.skip(PG_MISSING)
    server = PostgresServer(binaries)
    try:
        server.start()
    except Exception as exc:  # silent: reported as the skip reason, every test says it
        server.stop()
        pytest.skip(f"PostgreSQL could not be started for the tests: {exc}")
    yield server
    server.stop()


PG_MISSING = "PostgreSQL is not installed (no initdb): the team-store tests need it"


@pytest.fixture
def db_arg(store) -> str:
    """What ``--db`` takes to reach the test's store (a path, or a team store's address)."""
    return store.location.argument()


@pytest.fixture
def team_url(pg_server) -> str:
    """The address of a fresh team database with the Workbench schema, dropped afterwards."""
    url = pg_server.new_database()
    yield url
    pg_server.drop(url)


@pytest.fixture
def team_store(team_url):
    from workbench.store import Store

    store = Store.open(team_url)
    yield store
    store.close()


@pytest.fixture
def open_as(team_store, team_url):
    """Open the team store as another person of the newsroom: ``open_as(login, role)``
    adds them (once, by the editor-in-chief ``team_store``) and returns their own
    Store, connected with their own login; closed at the end of the test."""
    from bench.pg_server import ADMIN, ADMIN_PASSWORD
    from workbench.store import Store
    from workbench.team import add_member, change_member

    opened: list[Store] = []

    def open_store(login: str, role: str, name: str | None = None) -> Store:
        known = {row[0] for row in team_store.query("SELECT login FROM person")}
        if login in known:
            change_member(team_store, login, role=role)
        else:  # the suite's password file gives every login the same password
            add_member(team_store, login, name or login.title(), role, ADMIN_PASSWORD)
        store = Store.open(team_url.replace(f"//{ADMIN}@", f"//{login}@"))
        opened.append(store)
        return store

    yield open_store
    for store in opened:
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


@pytest.fixture
def app(qapp):
    """The QApplication with Workbench's names (settings go to the sandbox)."""
    from ui.app import make_application

    return make_application()


@pytest.fixture
def window(store, settings, qtbot):
    """The main window on the test store, shown (a test file may define its own)."""
    from ui.main_window import MainWindow

    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def settings(app, tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


try:  # property tests explore the same examples on every run: CI stays reproducible
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("workbench", derandomize=True, deadline=None)
    _hypothesis_settings.load_profile("workbench")
except ImportError:  # pragma: no cover
    pass
