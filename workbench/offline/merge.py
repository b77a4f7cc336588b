"""What a sync must do, decided from what is stored on each side (pure, no database).

Every row that travels has a stable ``uid`` on both sides. The offline file keeps how
each side held it at the last sync (the *base*, :mod:`workbench.offline.sync`); a row
says whether its side changed it since (:attr:`Row.changed`): nobody did, one side did
(its values go to the other), or both did (a
conflict: for a piece, the server's text stays current and the offline text is kept as
a « Version en conflit »; for a slot or a page, the report lists it and the server's
place stays until the editor-in-chief chooses). A row new on one side is created on the
other; a row gone from one side since the base is gone on the other only when the other
did not change it meanwhile. Nothing is ever dropped silently: every decision is an
:class:`Step` and the report is made from them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Action(StrEnum):
    TO_SERVER = "to-server"  # offline's values go to the server
    TO_OFFLINE = "to-offline"  # the server's values come to the offline file
    CREATE_ON_SERVER = "create-on-server"
    CREATE_OFFLINE = "create-offline"
    DELETE_ON_SERVER = "delete-on-server"
    DELETE_OFFLINE = "delete-offline"
    CONFLICT = "conflict"  # both changed, differently
    SAME = "same"  # both changed, to the same values: only the base moves


@dataclass(frozen=True, slots=True)
class Row:
    """A row as one side stores it: the values that travel, and whether this side
    changed it since the last sync."""

    uid: str
    changed: bool
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Step:
    action: Action
    uid: str
    server: Row | None
    offline: Row | None


def plan(
    base: Collection[str], server: Mapping[str, Row], offline: Mapping[str, Row]
) -> list[Step]:
    """The steps that make both sides equal again, one per uid that needs one, in a
    stable order (by uid); ``base``: the uids the last sync left on both sides."""
    steps: list[Step] = []
    for uid in sorted(set(base) | set(server) | set(offline)):
        step = _decide(uid, uid in base, server.get(uid), offline.get(uid))
        if step is not None:
            steps.append(step)
    return steps


def _decide(uid: str, in_base: bool, server: Row | None, offline: Row | None) -> Step | None:
    if not in_base:  # new since the last sync, on one side or (same uid) both
        if server is not None and offline is not None:
            if dict(server.values) == dict(offline.values):
                return Step(Action.SAME, uid, server, offline)
            return Step(Action.CONFLICT, uid, server, offline)
        if offline is not None:
            return Step(Action.CREATE_ON_SERVER, uid, None, offline)
        return Step(Action.CREATE_OFFLINE, uid, server, None)
    server_changed = server is None or server.changed
    offline_changed = offline is None or offline.changed
    if server is None and offline is None:
        return Step(Action.SAME, uid, None, None)  # gone on both sides: forget it
    if server is None:  # gone from the server
        if offline_changed:  # changed offline meanwhile: it comes back, nothing lost
            return Step(Action.CREATE_ON_SERVER, uid, None, offline)
        return Step(Action.DELETE_OFFLINE, uid, None, offline)
    if offline is None:  # gone from the offline file
        if server_changed:
            return Step(Action.CREATE_OFFLINE, uid, server, None)
        return Step(Action.DELETE_ON_SERVER, uid, server, None)
    if not server_changed and not offline_changed:
        return None
    if server_changed and offline_changed:
        if dict(server.values) == dict(offline.values):
            return Step(Action.SAME, uid, server, offline)
        return Step(Action.CONFLICT, uid, server, offline)
    if offline_changed:
        return Step(Action.TO_SERVER, uid, server, offline)
    return Step(Action.TO_OFFLINE, uid, server, offline)
