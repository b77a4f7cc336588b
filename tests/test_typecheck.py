"""The type checker's gate fails on a new mypy error and lets the baseline shrink."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))
import typecheck  # noqa: E402

OUTPUT = """\
workbench/catalog.py:12: error: Incompatible types in assignment  [assignment]
workbench/catalog.py:40:5: error: Item "None" has no attribute "id"  [union-attr]
workbench/catalog.py:41: note: See https://mypy.rtfd.io
ui/main_window.py:9: error: Argument 1 has incompatible type "int"  [arg-type]
ui/main_window.py:19: error: Argument 2 has incompatible type "str"  [arg-type]
"""


def test_errors_are_counted_per_file_and_code_without_lines():
    counts = typecheck.parse_mypy(OUTPUT)
    assert counts == {
        ("workbench/catalog.py", "assignment"): 1,
        ("workbench/catalog.py", "union-attr"): 1,
        ("ui/main_window.py", "arg-type"): 2,
    }
    assert typecheck.read_baseline(typecheck.format_baseline(counts)) == counts


def test_a_new_error_fails_and_names_its_file():
    baseline = typecheck.parse_mypy(OUTPUT)
    current = typecheck.parse_mypy(
        OUTPUT + "workbench/pieces.py:3: error: Missing return statement  [return]\n"
    )
    grown, shrunk = typecheck.compare(current, baseline)
    assert grown == ["workbench/pieces.py: 1 [return] errors, 0 recorded"]
    assert not shrunk


def test_fewer_errors_pass_and_say_the_baseline_can_shrink():
    baseline = typecheck.parse_mypy(OUTPUT)
    fixed = "\n".join(line for line in OUTPUT.splitlines() if "main_window.py:19" not in line)
    grown, shrunk = typecheck.compare(typecheck.parse_mypy(fixed), baseline)
    assert grown == [] and shrunk
    assert typecheck.compare(baseline, baseline) == ([], False)


def test_the_recorded_baseline_is_readable_and_only_names_files_that_exist():
    baseline = typecheck.read_baseline(typecheck.BASELINE.read_text(encoding="utf-8"))
    assert baseline, "packaging/mypy-baseline.txt is empty"
    assert all((REPO / path).is_file() for path, _code in baseline)


NEW = "workbench/pieces.py:3: error: Missing return statement  [return]\n"
FIXED = "\n".join(line for line in OUTPUT.splitlines() if "main_window.py:19" not in line)


@pytest.mark.parametrize(
    ("reported", "exit_code", "said", "not_said"),
    [
        (OUTPUT + NEW, 1, "workbench/pieces.py: 1 [return] errors, 0 recorded", "can shrink"),
        (FIXED, 0, "the baseline can shrink: python packaging/typecheck.py --update", "new"),
        (OUTPUT, 0, "4 mypy errors, 4 recorded", "can shrink"),
    ],
    ids=["more", "fewer", "same"],
)
def test_the_gate_exits_on_what_mypy_reports(
    monkeypatch, tmp_path, capsys, reported, exit_code, said, not_said
):
    baseline = tmp_path / "mypy-baseline.txt"
    baseline.write_text(typecheck.format_baseline(typecheck.parse_mypy(OUTPUT)), encoding="utf-8")
    monkeypatch.setattr(typecheck, "BASELINE", baseline)
    monkeypatch.setattr(typecheck, "run_mypy", lambda: reported)
    assert typecheck.main([]) == exit_code
    out = capsys.readouterr().out
    assert said in out and not_said not in out


def test_update_records_what_mypy_reports(monkeypatch, tmp_path):
    baseline = tmp_path / "mypy-baseline.txt"
    monkeypatch.setattr(typecheck, "BASELINE", baseline)
    monkeypatch.setattr(typecheck, "run_mypy", lambda: FIXED)
    assert typecheck.main(["--update"]) == 0
    assert typecheck.read_baseline(baseline.read_text(encoding="utf-8")) == typecheck.parse_mypy(
        FIXED
    )
