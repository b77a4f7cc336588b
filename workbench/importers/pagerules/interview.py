"""Questions and answers: labelled or plain, and who is interviewed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.importers.pagerules.patterns import NAME

_LABEL = re.compile(r"^([A-ZÀ-Þ][\w’'.-]*(?:[ \u00a0-][\w’'.-]+){0,3})\s*:\s+(\S.*)$")
_GENERIC_LABELS = {"q", "r", "question", "réponse", "reponse", "questions", "réponses"}
_ENDS_QUESTION = re.compile(r"\?\s*[»”\"]?$")


def is_question(line: str) -> bool:
    return bool(_ENDS_QUESTION.search(line)) and len(line) <= 400


@dataclass(slots=True)
class Interview:
    questions: set[int] = field(default_factory=set)  # indexes of question lines
    labels: dict[int, str] = field(default_factory=dict)  # line index -> text without label
    interviewee: str | None = None
    first_question: int = 0


def detect_labelled(lines: list[str]) -> Interview | None:
    """« Speaker : text » paragraphs from two alternating speakers."""
    speakers: dict[str, list[int]] = {}
    texts: dict[int, str] = {}
    for index, line in enumerate(lines):
        match = _LABEL.match(line)
        if match and len(match.group(1)) <= 40:
            speakers.setdefault(match.group(1), []).append(index)
            texts[index] = match.group(2)
    frequent = {name: idx for name, idx in speakers.items() if len(idx) >= 2}
    filled = sum(1 for line in lines if line)
    if len(frequent) != 2 or sum(len(i) for i in frequent.values()) * 2 < filled:
        return None

    def asking(name: str) -> int:
        return sum(is_question(texts[i]) for i in frequent[name])

    interviewer, interviewee = sorted(frequent, key=asking, reverse=True)
    questions = set(frequent[interviewer])
    labelled = {i: texts[i] for idx in frequent.values() for i in idx}
    name = None if interviewee.casefold() in _GENERIC_LABELS else interviewee
    return Interview(questions, labelled, name, min(questions))


def detect_plain(lines: list[str]) -> Interview | None:
    """Questions and answers without labels.

    Compact form: a question line directly followed by its answer, blocks separated by
    blank lines (at least two). Spaced form: one-line question paragraphs each followed
    by an answer paragraph (at least three, a quarter of the paragraphs).
    """
    positions: list[int] = []
    index = 0
    block_starts: list[tuple[int, int]] = []  # (first line index, length)
    while index < len(lines):
        if not lines[index]:
            index += 1
            continue
        start = index
        while index < len(lines) and lines[index]:
            index += 1
        block_starts.append((start, index - start))
    compact = [s for s, n in block_starts if n >= 2 and is_question(lines[s])]
    if len(compact) >= 2:
        positions = compact
    else:
        spaced = [
            s
            for k, (s, n) in enumerate(block_starts[:-1])
            if n == 1
            and is_question(lines[s])
            and len(lines[s]) <= 300
            and not is_question(lines[block_starts[k + 1][0]])
        ]
        if len(spaced) >= 3 and len(spaced) * 4 >= len(block_starts):
            positions = spaced
    if not positions:
        return None
    return Interview(set(positions), {}, None, min(positions))


def interviewee_from_notes(definitions: dict[int, str]) -> tuple[str, str] | None:
    """« Charles-Emmanuel Berc est fondateur de… »: a note presenting a person.

    ``definitions`` are footnote texts by star count; the caller may add the closing
    paragraph under key 0, checked last."""
    for _, text in sorted(definitions.items(), key=lambda item: item[0] == 0):
        match = re.match(rf"^({NAME})(?:,| est | a été | dirige )", text)
        if match:
            return match.group(1), text
    return None
