"""Why a write failed, in a few words a writer can act on.

The editor keeps the text on screen whatever goes wrong with a save; it only needs to say
why, in one line. SQLite, SQLAlchemy and the operating system report the same few causes
in many shapes (an ``OperationalError`` wrapping another, an ``OSError`` with an errno):
:func:`explain` reads them all, and tells a refusal that retrying cannot fix (an empty
title) from a fault that may go away (a full disk).
"""

from __future__ import annotations

import errno
from dataclasses import dataclass

from db.engine import StoreError

# (substring of the driver's message, short French reason, whether waiting may fix it)
_DRIVER_MESSAGES: tuple[tuple[str, str, bool], ...] = (
    ("database or disk is full", "disque plein", True),
    ("disk is full", "disque plein", True),
    ("no space left", "disque plein", True),
    ("database is locked", "base occupée par un autre programme", True),
    ("database table is locked", "base occupée par un autre programme", True),
    ("readonly database", "base en lecture seule", True),
    ("read-only", "base en lecture seule", True),
    ("disk i/o error", "erreur d'écriture sur le disque", True),
    ("unable to open database file", "fichier de la base inaccessible", True),
    ("server closed the connection", "serveur injoignable", True),
    ("connection refused", "serveur injoignable", True),
    ("could not connect", "serveur injoignable", True),
    ("connection is closed", "connexion à la base perdue", True),
    ("terminating connection", "serveur injoignable", True),
    ("connection to server", "serveur injoignable", True),
    ("timeout expired", "serveur injoignable", True),
    ("could not receive data", "serveur injoignable", True),
    ("injoignable", "serveur injoignable", True),
    ("not currently accepting connections", "serveur injoignable", True),
    ("database disk image is malformed", "base endommagée", False),
    ("constraint failed", "valeur refusée par la base", False),
    ("datatype mismatch", "valeur refusée par la base", False),
)

_ERRNO_REASONS = {
    errno.ENOSPC: "disque plein",
    errno.EDQUOT: "quota disque atteint",
    errno.EROFS: "disque en lecture seule",
    errno.EACCES: "accès refusé au fichier de la base",
    errno.EPERM: "accès refusé au fichier de la base",
    errno.EIO: "erreur d'écriture sur le disque",
}


@dataclass(frozen=True)
class Failure:
    """One failed write, described for people."""

    reason: str  # a few French words: « disque plein »
    transient: bool  # whether trying again later may succeed


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, the driver's error it wraps (SQLAlchemy's ``orig``) and its causes."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException) and orig not in seen:
            seen.append(orig)
        current = current.__cause__ or current.__context__
    return seen


def explain(exc: BaseException) -> Failure:
    """What went wrong with a write, whatever layer raised it."""
    chain = _chain(exc)
    for error in chain:
        if isinstance(error, OSError) and error.errno in _ERRNO_REASONS:
            return Failure(_ERRNO_REASONS[error.errno], True)
    for error in chain:
        text = str(error).lower()
        for needle, reason, transient in _DRIVER_MESSAGES:
            if needle in text:
                return Failure(reason, transient)
    if isinstance(exc, StoreError):
        return Failure(str(exc).rstrip("."), False)
    if isinstance(exc, ValueError | TypeError):
        return Failure(f"valeur invalide dans la base ({_one_line(exc)})", True)
    return Failure(f"erreur inattendue ({type(exc).__name__} : {_one_line(exc)})", True)


def _one_line(exc: BaseException, limit: int = 120) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
