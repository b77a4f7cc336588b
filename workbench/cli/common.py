"""What every subcommand shares: the default database, opening it, printing JSON."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from db.errors import WorkbenchError

EXIT_ERROR = 1  # refused: the input or the data does not allow it
EXIT_USAGE = 2
EXIT_FAILED = 2  # failed: the disk, the base or the system did not allow it


class CommandError(WorkbenchError):
    """A failure to report in one line, with an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@contextmanager
def open_store(db_path: Path | str, *, writes: bool = False) -> Iterator[Any]:
    """The store, with StoreError turned into a one-line CommandError. A command that
    ``writes`` first checks the file with SQLite's quick check: nothing is ever written
    into a damaged database."""
    from workbench.store import Store, StoreError

    try:
        store = Store.open(db_path)
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    if writes and not store.is_shared:
        from db.backups import quick_check

        problem = quick_check(store.path)
        if problem is not None:
            store.close()
            raise CommandError(
                f"La base « {store.path} » est endommagée (SQLite : {problem}) : rien n'y "
                "sera écrit. Restaurez une sauvegarde (workbench backups list) ; "
                "workbench check en dit plus."
            )
    try:
        yield store
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        store.close()


def _json_default(value: Any) -> Any:
    from datetime import date, datetime

    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    import json

    # One write: the terminal filter (workbench.cli.terminal) then runs once, not once
    # for each of the encoder's many small chunks.
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n")


def print_json_list(items: Iterable[Any]) -> None:
    """A JSON list written item by item, exactly as :func:`print_json` writes the whole list
    (so a listing of 100,000 pieces never holds them all in memory)."""
    import json

    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2, default=_json_default)
        sys.stdout.write(("[\n" if first else ",\n") + "  " + text.replace("\n", "\n  "))
        first = False
    sys.stdout.write("[]\n" if first else "\n]\n")


def parse_date(value: str | None, option: str) -> Any:
    """An ISO date given on the command line (``none`` clears it): CommandError otherwise."""
    from datetime import date

    if value is None or value.lower() in ("none", "aucune", ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"{option} : date invalide « {value} » (attendu AAAA-MM-JJ).") from exc


def choose(value: str, option: str, allowed: dict[str, str]) -> str:
    """``value`` as one of ``allowed``'s codes (a code or its French label, accents and
    case ignored); CommandError listing them otherwise."""
    from workbench.text.fold import fold

    wanted = fold(value.strip())
    for code, label in allowed.items():
        if wanted in (fold(code), fold(label)):
            return code
    listed = ", ".join(
        f"{code} ({label})" if label != code else code for code, label in allowed.items()
    )
    raise CommandError(f"{option} : « {value} » inconnu (valeurs possibles : {listed}).")


def resolve_publication(store: Any, name: str | None) -> Any:
    """The publication called ``name``, or the only one when no name is given."""
    from workbench.catalog import find_publication, list_publications

    if name is not None:
        found = find_publication(store, name)
        if found is None:
            raise CommandError(f"Aucune publication ne s'appelle « {name} ».")
        return found
    publications = list_publications(store)
    if len(publications) == 1:
        return publications[0]
    if not publications:
        raise CommandError(
            "Cette base n'a aucune publication : créez-en une (workbench publication new NOM)."
        )
    names = ", ".join(f"« {p.name} »" for p in publications)
    raise CommandError(f"Plusieurs publications ({names}) : précisez --publication NOM.")
