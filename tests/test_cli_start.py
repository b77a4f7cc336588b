"""A plain window start skips the full parser (start-up is benchmarked); anything else
still goes through it."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import cli
from workbench.cli import gui_arguments


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None, None)),
        (["--db", "x.sqlite"], (Path("x.sqlite"), None, None)),
        (["--db=x.sqlite", "--open", "12", "--lang", "en"], (Path("x.sqlite"), 12, "en")),
    ],
)
def test_window_start_is_read_without_the_parser(argv, expected):
    assert gui_arguments(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["--db", "x.sqlite", "list", "--json"],
        ["--help"],
        ["--lang", "de"],
        ["--open", "douze"],
        ["--db"],
        ["--db", "a", "--db", "b"],
        ["--db", "--open"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv):
    assert gui_arguments(argv) is None


def test_main_starts_the_window_with_the_options(monkeypatch, tmp_path):
    import workbench.cli.gui as gui

    calls = []
    monkeypatch.setattr(gui, "start_gui", lambda *args: calls.append(args) or 0)
    assert cli.main(["--db", str(tmp_path / "a.sqlite"), "--open", "3"]) == 0
    assert calls == [(tmp_path / "a.sqlite", 3, None)]


def test_a_bad_language_gets_the_parsers_message(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--lang", "de"])
    assert exit_info.value.code == 2
    assert "--lang" in capsys.readouterr().err
