"""Patterns shared by several rules."""

from __future__ import annotations

import re

# A person's name as signed: 1 to 4 capitalised words (« H Caufield », « Jean de La Tour »).
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
NAME = rf"{_CAP}(?:[ \u00a0](?:(?:de|du|des|van|von|le|la|d’|d')[ \u00a0]?)?{_CAP}){{0,3}}"

# « de notre envoyé spécial H Caufield / 5 février 2013 », alone or ending a title.
ENVOYE = re.compile(
    rf"^(.*?)[\s,]*\b((?:[Dd]e notre )?[Ee]nvoyée? spéciale?\s+({NAME})(?:\s*/\s*.*)?)$"
)
