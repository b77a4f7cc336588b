"""The work of an import, run in a background thread (:class:`ui.tasks.BackgroundTask`)."""

from __future__ import annotations

from ui.importing.outcome import ImportOutcome
from ui.tasks import TaskCancelled
from workbench.importers.report import ImportReport
from workbench.store import StoreError


def run_import(
    store,
    report_progress,
    paths: list[str],
    publication_id: int | None,
    target: int | str | None,
) -> ImportOutcome:
    """The work of an import (in a background thread, on its own store)."""
    # the importers (python-docx, PyYAML, the page rules) load on the first import
    from workbench.importers.placement import place_dropped
    from workbench.importers.service import collect, import_paths

    collected = collect(paths)
    files = collected.files
    outcome = ImportOutcome(ImportReport(), total=len(files))
    outcome.report.files.extend(collected.refused)  # links out of a folder: not followed
    if not files:
        return outcome

    refused = len(collected.refused)

    def on_file(result) -> None:
        outcome.report.files.append(result)
        done = len(outcome.report.files) - refused
        following = files[done].name if done < len(files) else ""
        report_progress(done, len(files), following)

    try:
        report_progress(0, len(files), files[0].name)
        import_paths(store, files, publication_id, on_file=on_file)
    except TaskCancelled:
        outcome.cancelled = True
    try:
        outcome.placed = place_dropped(store, outcome.report, target)
    except StoreError as exc:  # the numéro was deleted meanwhile: pieces stay au marbre
        outcome.placement_error = str(exc)
    return outcome
