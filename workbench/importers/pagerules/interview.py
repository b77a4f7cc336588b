"""Questions and answers: labelled or plain, and who is interviewed."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from workbench.importers.pagerules.patterns import NAME
from workbench.text.fold import fold

_LABEL = re.compile(r"^([A-ZÀ-Þ][\w’'.-]*(?:[ \u00a0-][\w’'.-]+){0,3})\s*:\s+(\S.*)$")
_GENERIC_LABELS = {"q", "r", "question", "réponse", "reponse", "questions", "réponses"}
_ENDS_QUESTION = re.compile(r"\?\s*[»”\"]?$")
_ANNOUNCE = re.compile(
    r"\b(?:(?:interview|entretien)\s+(?:de|d[’']|avec)|rencontre\s+avec|questions\s+à"
    r"|(?:interview|entretien)\s*:)\s*",
    re.IGNORECASE,
)


def is_question(line: str) -> bool:
    return bool(_ENDS_QUESTION.search(line)) and len(line) <= 400


@dataclass(slots=True)
class Interview:
    questions: set[int] = field(default_factory=set)  # indexes of question lines
    labels: dict[int, str] = field(default_factory=dict)  # line index -> text without label
    interviewee: str | None = None
    first_question: int = 0


def detect_labelled(
    lines: list[str], interviewers: tuple[str, ...] = (), announced: bool = False
) -> Interview | None:
    """« Speaker : text » paragraphs: an interview, in one of three shapes.

    1. The questions are labelled with one of ``interviewers`` (the publication's own name,
       « En-Contact : … »): a strong signal on its own, so one exchange is enough, after
       an introduction as long as it may be (a page cut off by the paywall keeps two or
       three exchanges). The interviewee is the label answering it most often. When the
       title ``announced`` an interview, the label asking the most questions counts as
       well (the publication's name may be unknown, or the interviewer a person).
    2. Two speakers alternating, each at least twice, labelled paragraphs making at least
       half of the text from the first of them on.
    3. One speaker answering, at least twice, the question paragraphs just before each
       answer, whoever asked them (readers' questions answered by the editor:
       « Question de Maëlle T., Brest : … ? » then « Bertrand Lesage : … »).
    """
    speakers: dict[str, list[int]] = {}
    texts: dict[int, str] = {}
    for index, line in enumerate(lines):
        match = _LABEL.match(line)
        if match and len(match.group(1)) <= 40:
            speakers.setdefault(match.group(1), []).append(index)
            texts[index] = match.group(2)
    house = {_house_key(name) for name in interviewers if name}
    for name in speakers:
        if _house_key(name) in house:
            return _house_interview(lines, speakers, texts, name)
    if announced and speakers:
        asked = {name: sum(is_question(texts[i]) for i in idx) for name, idx in speakers.items()}
        asking = max(asked, key=lambda name: asked[name])
        if asked[asking] and len(speakers) >= 2:
            return _house_interview(lines, speakers, texts, asking)
    frequent = {name: idx for name, idx in speakers.items() if len(idx) >= 2}
    if len(frequent) == 1:
        return _answered(lines, texts, *frequent.items())
    if len(frequent) != 2:
        return None
    first = min(i for idx in frequent.values() for i in idx)
    filled = sum(1 for line in lines[first:] if line)
    if sum(len(i) for i in frequent.values()) * 2 < filled:
        return None

    def questions_asked(name: str) -> int:
        return sum(is_question(texts[i]) for i in frequent[name])

    interviewer, interviewee = sorted(frequent, key=questions_asked, reverse=True)
    questions = set(frequent[interviewer])
    labelled = {i: texts[i] for idx in frequent.values() for i in idx}
    return Interview(questions, labelled, _person(interviewee), min(questions))


def _house_key(name: str) -> str:
    """« Magazine En-Contact », « EN CONTACT », « En-Contact » are one name."""
    return re.sub(r"\W", "", re.sub(r"^(?:le\s+)?magazine\s+", "", fold(name).strip()))


def _person(label: str) -> str | None:
    return None if label.casefold() in _GENERIC_LABELS else label


def _next_filled(lines: list[str], index: int) -> int | None:
    for following in range(index + 1, len(lines)):
        if lines[following]:
            return following
    return None


def _previous_filled(lines: list[str], index: int) -> int | None:
    for before in range(index - 1, -1, -1):
        if lines[before]:
            return before
    return None


def _house_interview(
    lines: list[str], speakers: dict[str, list[int]], texts: dict[int, str], house: str
) -> Interview:
    questions = set(speakers[house])
    label_of = {i: name for name, idx in speakers.items() for i in idx}
    answering = Counter(
        label_of[after]
        for after in (_next_filled(lines, q) for q in questions)
        if after is not None and label_of.get(after, house) != house
    )
    interviewee = answering.most_common(1)[0][0] if answering else None
    shown = set(questions) | (set(speakers[interviewee]) if interviewee else set())
    labels = {i: texts[i] for i in shown}
    name = _person(interviewee) if interviewee else None
    return Interview(questions, labels, name, min(questions))


def _answered(
    lines: list[str], texts: dict[int, str], answers: tuple[str, list[int]]
) -> Interview | None:
    name, indexes = answers
    if any(is_question(texts[i]) for i in indexes):
        return None
    asked = [_previous_filled(lines, i) for i in indexes]
    # A question may carry its asker's own label (« Sylvie, lectrice à Caen : … ? »): it
    # is kept whole, who asked being part of the question.
    answering = set(indexes)
    questions = {q for q in asked if q is not None and q not in answering and is_question(lines[q])}
    if len(questions) < 2 or len(questions) < len(indexes) - 1:
        return None
    labels = {i: texts[i] for i in indexes}
    return Interview(questions, labels, _person(name), min(questions))


def announced_interview(title: str) -> tuple[bool, str | None]:
    """Whether a title announces an interview, and whom (« Entretien avec Inès Morvan, … »).

    « Interview de X », « Entretien avec X », « Interview : X » anywhere in the title, the
    name when one follows; « Rencontre avec X », « Questions à X » only with a name
    (« Les questions à se poser » announces nothing)."""
    match = _ANNOUNCE.search(title)
    if not match:
        return False, None
    name = re.match(NAME, title[match.end() :])
    if name is None and match.group(0)[0] in "rRqQ":
        return False, None
    return True, name.group(0) if name else None


def fuller_name(label: str, known: str | None) -> str:
    """The interviewee's full name when a label shortens it (« J. Dufour », « Jeanne »)."""
    if not known or fold(label) == fold(known):
        return label
    words, full = fold(label).split(), fold(known).split()
    shorter = len(label) < len(known) and len(words) <= len(full)
    if shorter and (words[-1] == full[-1] or words == full[: len(words)]):
        return known
    return label


def detect_plain(lines: list[str], announced: bool = False) -> Interview | None:
    """Questions and answers without labels.

    Compact form: a question line directly followed by its answer, blocks separated by
    blank lines (at least two). Spaced form: one-line question paragraphs each followed
    by an answer paragraph (at least three, a quarter of the paragraphs). When the title
    ``announced`` an interview, one question of either form is enough.
    """
    least = 1 if announced else 2
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
    if len(compact) >= least:
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
        if (announced and spaced) or (len(spaced) >= 3 and len(spaced) * 4 >= len(block_starts)):
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
