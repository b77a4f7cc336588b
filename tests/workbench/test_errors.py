"""One way to fail: every error the core defines is a WorkbenchError, so one
``except WorkbenchError`` catches what a person can act on, and the rest is a defect."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import db
import workbench
from db.errors import StoreError, WorkbenchError


def core_modules() -> list[str]:
    names = []
    for package in (db, workbench):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name.startswith("db.migrations") or info.name.endswith(".__main__"):
                continue  # scripts that run on import (Alembic's, ``python -m``)
            names.append(info.name)
    return names


@pytest.mark.parametrize("name", core_modules())
def test_every_error_the_core_defines_is_a_workbench_error(name):
    module = importlib.import_module(name)
    strays = [
        cls.__name__
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if cls.__module__ == name
        and issubclass(cls, BaseException)
        and not cls.__name__.startswith("_")  # private signals between two functions
        and not issubclass(cls, WorkbenchError)
    ]
    assert strays == [], f"{name}: derive from db.errors.WorkbenchError: {strays}"


def test_the_store_errors_and_the_old_import_paths_share_the_root():
    from db.engine import StoreError as from_engine
    from workbench.catalog import ValidationError
    from workbench.cli.common import CommandError
    from workbench.errors import WorkbenchError as from_core
    from workbench.limits import LimitError

    assert from_engine is StoreError and from_core is WorkbenchError
    for error in (ValidationError, CommandError, LimitError):
        assert issubclass(error, WorkbenchError)
    assert issubclass(LimitError, ValueError), "callers that catch ValueError still do"


def test_a_foreseen_error_from_the_core_is_one_line_on_the_command_line(
    tmp_path, capsys, monkeypatch
):
    """A WorkbenchError that a command did not turn into its own message still gives one
    readable line and exit code 1, never a traceback."""
    from workbench import cli
    from workbench.cli import cmd_list

    def refuse(args, db_path):
        raise StoreError("La base est en lecture seule.")

    monkeypatch.setattr(cmd_list, "run_list", refuse)
    assert cli.main(["--db", str(tmp_path / "w.sqlite"), "list", "--json"]) == 1
    err = capsys.readouterr().err
    assert err == "workbench : La base est en lecture seule.\n"
