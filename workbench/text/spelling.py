"""French spell checking over pyenchant and the hunspell French dictionary.

Only prose is checked (see :mod:`workbench.text.prose`): markdown syntax, code, link destinations
and URLs are skipped, and so are numbers, words holding a digit and acronyms in capitals.
Elisions (l’expérience, qu’il) and hyphenated words (peut-être, dit-il) are checked whole
first, then part by part. The checker never corrects anything: it reports ranges.

When enchant or the French dictionary is missing, the checker says so (``available`` is
False, ``unavailable_reason`` is a French message) and reports nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from workbench.text.prose import prose_ranges
from workbench.text.typography import URL_PATTERN

LANGUAGES = ("fr_FR", "fr")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
ELISION = re.compile(
    r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|quelqu)['’](?=\w)", re.IGNORECASE
)


# Words of the trade the French dictionary does not know: never underlined.
HOUSE_WORDS = (
    "chapô", "chapôs", "intertitre", "intertitres", "exergue", "exergues", "feuillet",
    "feuillets", "maquetté", "maquettée", "maquettés", "maquettées", "bouclage", "bouclages",
    "surtitre", "surtitres", "édito", "éditos", "outsourceur", "outsourceurs", "téléconseiller",
    "téléconseillers", "téléconseillère", "téléconseillères", "omnicanal", "omnicanale",
    "omnicanaux", "callbot", "callbots", "chatbot", "chatbots", "selfcare",
)  # fmt: skip


class SpellChecker:
    """A French checker with a personal word list kept in ``personal_word_list_path``."""

    def __init__(self, personal_word_list_path: Path | str, language: str | None = None) -> None:
        self.personal_word_list_path = Path(personal_word_list_path)
        self.available = False
        self.unavailable_reason = ""
        self.language = ""
        self._dict: Any = None
        self._cache: dict[str, bool] = {}
        self._open(language)

    def _open(self, language: str | None) -> None:
        try:
            import enchant  # noqa: PLC0415 - optional: needs the system's libenchant
        except (ImportError, OSError) as exc:
            self.unavailable_reason = f"Correcteur orthographique indisponible (enchant) : {exc}"
            return
        candidates = (language,) if language else LANGUAGES
        found = next((lang for lang in candidates if _has_dict(enchant, lang)), None)
        if found is None:
            self.unavailable_reason = (
                "Correcteur orthographique indisponible : aucun dictionnaire français "
                "(installez hunspell-fr)."
            )
            return
        try:
            self.personal_word_list_path.parent.mkdir(parents=True, exist_ok=True)
            self.personal_word_list_path.touch(exist_ok=True)
            self._dict = enchant.DictWithPWL(found, str(self.personal_word_list_path))
        except (OSError, enchant.errors.Error) as exc:
            self.unavailable_reason = f"Correcteur orthographique indisponible : {exc}"
            return
        for word in HOUSE_WORDS:
            self._dict.add_to_session(word)
        self.language = found
        self.available = True

    # Checking ----------------------------------------------------------------------

    def check(self, word: str) -> bool:
        """Whether ``word`` is spelt right (True when the checker is unavailable)."""
        if not self.available or _skipped(word):
            return True
        known = self._cache.get(word)
        if known is None:
            known = self._check_compound(word)
            self._cache[word] = known
        return known

    def _check_one(self, word: str) -> bool:
        return bool(self._dict.check(word) or self._dict.check(word.replace("’", "'")))

    def _check_compound(self, word: str) -> bool:
        if self._check_one(word):
            return True
        elided = ELISION.match(word)
        if elided:
            return self.check(word[elided.end() :])
        if "-" in word:
            return all(self.check(part) for part in word.split("-") if part)
        return False

    def misspelled_ranges(self, text: str, *, markdown: bool = True) -> list[tuple[int, int]]:
        """(start, end) of each misspelt word of ``text`` (a body when ``markdown``)."""
        if not self.available:
            return []
        ranges = prose_ranges(text) if markdown else [(0, len(text))]
        found: list[tuple[int, int]] = []
        for start, end in ranges:
            chunk = text[start:end]
            urls = [m.span() for m in URL_PATTERN.finditer(chunk)]
            for match in _WORD.finditer(chunk):
                s, e = match.span()
                if any(us < e and s < ue for us, ue in urls):
                    continue
                if not self.check(match.group()):
                    found.append((start + s, start + e))
        return found

    def suggest(self, word: str, limit: int = 8) -> list[str]:
        """Corrections to offer in the context menu (never applied automatically)."""
        if not self.available or not word:
            return []
        suggestions = self._dict.suggest(word.replace("’", "'"))
        if "’" in word or "'" not in word:
            suggestions = [s.replace("'", "’") for s in suggestions]
        return suggestions[:limit]

    def add_to_dictionary(self, word: str) -> None:
        """Accept ``word`` from now on; it is kept in the personal word list file."""
        word = word.strip()
        if not word or any(ch.isspace() for ch in word):
            raise ValueError("On ne peut ajouter au dictionnaire qu’un mot, sans espace.")
        if self.available:
            self._dict.add(word)
        else:
            existing = _read_words(self.personal_word_list_path)
            if word not in existing:
                self.personal_word_list_path.parent.mkdir(parents=True, exist_ok=True)
                with self.personal_word_list_path.open("a", encoding="utf-8") as handle:
                    handle.write(word + "\n")
        self._cache.pop(word, None)
        self._cache = {k: v for k, v in self._cache.items() if v}

    def personal_words(self) -> list[str]:
        return sorted(_read_words(self.personal_word_list_path))


def _has_dict(enchant: Any, language: str) -> bool:
    try:
        return bool(enchant.dict_exists(language))
    except enchant.errors.Error:  # silent: a broken dictionary counts as none
        return False


def _read_words(path: Path) -> set[str]:
    try:
        return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line}
    except FileNotFoundError:  # silent: no personal words yet
        return set()


def _skipped(word: str) -> bool:
    """Numbers, words holding a digit or an underscore, acronyms in capitals."""
    if any(ch.isdigit() or ch == "_" for ch in word):
        return True
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)
