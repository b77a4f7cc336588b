"""Property tests of the importers: whatever the text or the front matter, reading a file
never raises anything but a one-line refusal, and never yields a piece over the limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.importers.service import read_piece
from workbench.importers.textfile import RefusedFile
from workbench.limits import (
    MAX_BODY_CHARS,
    MAX_CONTRIBUTORS,
    MAX_SIGNATURE_NOTE_CHARS,
    MAX_STANDFIRST_CHARS,
    MAX_TITLE_CHARS,
)

LINES = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=200)
FRONT_VALUES = st.one_of(
    st.none(), st.integers(-(10**6), 10**6), st.booleans(), LINES, st.lists(LINES, max_size=3)
)
KEYS = st.sampled_from(
    ["title", "kind", "status", "issue", "publication", "contributors", "published_at",
     "standfirst", "signature_note", "edito_number", "target_signs", "due_date",
     "first_page", "page_count", "autre"]
)  # fmt: skip


def assert_within_limits(path: Path) -> None:
    try:
        piece, _digest, _label, _encoding = read_piece(path)
    except RefusedFile as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert len(piece.title) <= MAX_TITLE_CHARS
    assert len(piece.standfirst) <= MAX_STANDFIRST_CHARS
    assert len(piece.signature_note) <= MAX_SIGNATURE_NOTE_CHARS
    assert len(piece.body) <= MAX_BODY_CHARS
    assert len(piece.contributors) <= MAX_CONTRIBUTORS


common = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@common
@given(lines=st.lists(LINES, max_size=30))
def test_any_web_page_text(tmp_path, lines):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert_within_limits(path)


@common
@given(front=st.dictionaries(KEYS, FRONT_VALUES, max_size=8), body=LINES)
def test_any_front_matter(tmp_path, front, body):
    import yaml

    path = tmp_path / "piece.md"
    header = yaml.safe_dump(front, allow_unicode=True) if front else ""
    path.write_text(f"---\n{header}---\n{body}\n", encoding="utf-8")
    assert_within_limits(path)


@pytest.mark.parametrize(
    "data",
    [
        "Titre\n\nUn texte en UTF-16 avec BOM, déjà lu.".encode("utf-16"),
        "Titre\n\nUn texte en UTF-16 sans BOM.".encode("utf-16-le"),
        b"\xff\xfe" + b"\x00\xd8" * 10,  # a lone surrogate after a BOM
    ],
)
def test_utf16_with_and_without_bom(tmp_path, data):
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    assert_within_limits(path)
