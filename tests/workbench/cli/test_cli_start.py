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


def test_the_command_starts_the_window_with_the_options(monkeypatch, tmp_path):
    import ui.launch

    calls = []
    monkeypatch.setattr(ui.launch, "start_gui", lambda *args: calls.append(args) or 0)
    assert ui.launch.main(["--db", str(tmp_path / "a.sqlite"), "--open", "3"]) == 0
    # Through the full parser too (an option the fast path leaves to it).
    assert ui.launch.main(["--ope", "4", "--db", str(tmp_path / "b.sqlite")]) == 0
    assert calls == [(tmp_path / "a.sqlite", 3, None), (tmp_path / "b.sqlite", 4, None)]


def test_the_core_alone_has_no_window_to_open(capsys, tmp_path):
    assert cli.main(["--db", str(tmp_path / "a.sqlite")]) == 2
    assert "sous-commande" in capsys.readouterr().err
    assert not (tmp_path / "a.sqlite").exists()


def test_a_bad_language_gets_the_parsers_message(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--lang", "de"])
    assert exit_info.value.code == 2
    assert "--lang" in capsys.readouterr().err
