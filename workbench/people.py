"""The people of a team store: the name each login is shown by.

On PostgreSQL a person is the role they log in as (``current_user``); what they did is
recorded under that login (revisions, the piece's last save, the activity log) and shown
by their display name. A SQLite file has one person and no logins.
"""

from __future__ import annotations

import logging

from workbench.limits import MAX_NAME_CHARS
from workbench.store import Store, StoreError

log = logging.getLogger(__name__)


def display_names(store: Store) -> dict[str, str]:
    """Every known login and the name it is shown by."""
    return {row[0]: row[1] for row in store.query("SELECT login, display_name FROM person")}


def display_name(store: Store, login: str) -> str:
    """The name ``login`` is shown by (the login itself when none was given)."""
    if not login:
        return ""
    name = store.scalar("SELECT display_name FROM person WHERE login = ?", (login,))
    return name or login


def set_display_name(store: Store, login: str, name: str) -> None:
    """Give ``login`` the name others will see (« Claire Martin »)."""
    name = " ".join(name.split())
    if not name:
        raise StoreError("Le nom affiché ne peut pas être vide.")
    if len(name) > MAX_NAME_CHARS:
        raise StoreError(f"Le nom affiché dépasse {MAX_NAME_CHARS} caractères.")
    with store.raw_transaction() as conn:
        # An update first: on a team store, adding a person is the editor-in-chief's,
        # renaming oneself is everyone's (migration 0005).
        changed = conn.execute(
            "UPDATE person SET display_name = ? WHERE login = ?", (name, login)
        ).rowcount
        if not changed:
            conn.execute("INSERT INTO person (login, display_name) VALUES (?, ?)", (login, name))
    log.info("display name of %s set", login)
