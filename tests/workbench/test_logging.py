"""A trace when it fails: the core never swallows an exception without a word, and every
command leaves a line in the rotating log file (never a piece's text)."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LOGGERS = ("log", "logger", "logging")


def silent_handlers(source: str) -> list[int]:
    """Lines of the ``except`` clauses that neither re-raise, nor log, nor use the error
    they caught, and do not say why with a ``# silent: <reason>`` comment."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ExceptHandler):
            continue
        if "# silent:" in lines[node.lineno - 1]:
            continue
        carried = any(_carries(sub, node.name) for sub in ast.walk(ast.Module(node.body, [])))
        if not carried:
            found.append(node.lineno)
    return found


def _carries(node: ast.AST, caught: str | None) -> bool:
    """Whether ``node`` passes the caught error on: raises, logs, or uses it."""
    if isinstance(node, ast.Raise):
        return True
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in LOGGERS
    ):
        return True
    return bool(caught) and isinstance(node, ast.Name) and node.id == caught


@pytest.mark.parametrize(
    ("source", "silent"),
    [
        ("try:\n    f()\nexcept OSError:\n    pass\n", [3]),
        ("try:\n    f()\nexcept OSError:\n    return None\n", [3]),
        ("try:\n    f()\nexcept OSError:  # silent: no folder, no backups\n    pass\n", []),
        ("try:\n    f()\nexcept OSError as exc:\n    log.warning('x %s', exc)\n", []),
        ("try:\n    f()\nexcept OSError as exc:\n    raise StoreError(str(exc)) from exc\n", []),
        ("try:\n    f()\nexcept OSError as exc:\n    report.append(str(exc))\n", []),
    ],
)
def test_the_rule_sees_a_silent_except(source, silent):
    source = "def g():\n" + "".join(f"    {line}\n" for line in source.splitlines())
    assert silent_handlers(source) == [line + 1 for line in silent]


@pytest.mark.parametrize("package", ["db", "workbench"])
def test_the_core_never_swallows_an_error_silently(package):
    offenders = [
        f"{path.relative_to(REPO)}:{line}"
        for path in sorted((REPO / package).rglob("*.py"))
        for line in silent_handlers(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "log it, re-raise it, or say why with # silent: <reason>"


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """The rotating log set up afresh in a folder of the test's own; the loggers' handlers
    are put back afterwards."""
    import workbench.logs

    loggers = [logging.getLogger(name) for name in ("workbench", "ui", "db")]
    kept = [(logger, list(logger.handlers), logger.level) for logger in loggers]
    monkeypatch.setattr(workbench.logs, "_installed", None)
    monkeypatch.setattr(workbench.logs, "log_dir", lambda: tmp_path / "log")
    yield tmp_path / "log" / workbench.logs.LOG_NAME
    for logger, handlers, level in kept:
        for handler in logger.handlers:
            if handler not in handlers:
                handler.close()
        logger.handlers[:] = handlers
        logger.setLevel(level)


def _written(path: Path) -> str:
    for handler in logging.getLogger("workbench").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_a_command_leaves_a_trace_in_the_log(tmp_path, capsys, log_file):
    from workbench.cli import main

    db_path = tmp_path / "trace.sqlite"
    assert main(["--db", str(db_path), "publication", "new", "Revue du test"]) == 0
    assert main(["--db", str(db_path), "list", "--json"]) == 0
    capsys.readouterr()
    written = _written(log_file)
    assert "command publication on trace.sqlite" in written
    assert "store trace.sqlite opened" in written
    assert "publication 1 created" in written
    assert "command list on trace.sqlite" in written


def test_an_import_writes_an_info_line_with_its_counts_and_never_the_text(
    tmp_path, capsys, log_file
):
    from workbench.cli import main

    db_path = tmp_path / "trace.sqlite"
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "papier.md").write_text(
        "---\ntitle: Un papier\nkind: reportage\n---\n\nUne phrase très secrète.\n",
        encoding="utf-8",
    )
    (sources / "vide.md").write_text("", encoding="utf-8")
    assert main(["--db", str(db_path), "publication", "new", "Revue du test"]) == 0
    assert main(["--db", str(db_path), "import", str(sources)]) in (0, 1)
    capsys.readouterr()
    written = _written(log_file)
    assert "INFO workbench.importers.service" in written
    assert "import of 2 files: 1 created, 0 duplicates, 1 refused" in written
    assert "WARNING workbench.importers.service" in written and "vide.md refused" in written
    assert "secrète" not in written


def test_help_sets_no_log_up(capsys, log_file):
    from workbench.cli import main

    with pytest.raises(SystemExit):
        main(["import", "--help"])
    capsys.readouterr()
    assert not log_file.exists()
