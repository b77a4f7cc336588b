"""Where pieces imported by dropping files on the tree end up.

The rule: the numéro a file names itself (« N°82 », front matter ``issue``) wins, since
it says where the piece was published; otherwise the piece goes where the file was
dropped: into that numéro, or au marbre (which is where the importer already puts a piece
with no numéro). A drop anywhere else (the trash, a publication, the empty area) leaves
the importer's placement as it is.
"""

from __future__ import annotations

from workbench import catalog, pieces
from workbench.importers.report import CREATED, FileResult, ImportReport
from workbench.pieces import POOL
from workbench.store import Store


def drop_destination(result: FileResult, target: int | str | None) -> int | None:
    """The numéro id a file's piece must be moved to after an import dropped on
    ``target`` (a numéro id, POOL, TRASH or None); None when it stays where it is."""
    if result.status != CREATED or result.piece_id is None or result.issue is not None:
        return None
    if target is None or target == POOL or isinstance(target, str):
        return None
    return int(target)


def place_dropped(store: Store, report: ImportReport, target: int | str | None) -> dict[int, int]:
    """Move the pieces created by a drop on ``target`` into it (see :func:`drop_destination`).

    Returns ``{piece_id: numéro number}`` for the pieces moved; each moved file's
    ``issue`` is set to that number so the report says where the piece is.
    """
    moved: dict[int, int] = {}
    by_issue: dict[int, list[FileResult]] = {}
    for result in report.files:
        issue_id = drop_destination(result, target)
        if issue_id is not None:
            by_issue.setdefault(issue_id, []).append(result)
    for issue_id, results in by_issue.items():
        number = catalog.get_issue(store, issue_id).number
        pieces.move_pieces(store, [r.piece_id for r in results if r.piece_id is not None], issue_id)
        for result in results:
            result.issue = number
            moved[result.piece_id] = number  # type: ignore[index]
    return moved
