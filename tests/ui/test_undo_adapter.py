"""The Qt adapter of the core's commands on a QUndoStack: executed once, then undone and
redone; a step the store refuses later leaves the history and is explained."""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtGui import QUndoStack

from ui.undo import StoreUndoCommand
from workbench import catalog
from workbench.catalog import IssueFields
from workbench.undo import Command, CreateIssue, Rename, TrashIssue


@pytest.fixture
def stack(app):
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture
def refusals(monkeypatch) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        StoreUndoCommand, "report", staticmethod(lambda text, exc: told.append((text, str(exc))))
    )
    return told


def themes(store, publication) -> list[str]:
    return [i.theme for i in catalog.list_issues(store, publication)]


def test_executed_then_pushed_undone_and_redone(store, publication, stack):
    calls = []
    adapter = StoreUndoCommand(
        store,
        lambda: calls.append(1),
        "New issue",
        CreateIssue(publication, IssueFields(83, "Le travail hybride")),
    )
    adapter.execute()
    assert len(calls) == 1 and themes(store, publication) == ["Le travail hybride"]
    stack.push(adapter)  # does not create it a second time
    assert themes(store, publication) == ["Le travail hybride"]
    assert stack.undoText() == "New issue"
    assert adapter.issue_id == adapter.command.issue_id is not None  # read through
    stack.undo()
    assert themes(store, publication) == []
    stack.redo()
    assert themes(store, publication) == ["Le travail hybride"]
    assert len(calls) == 3


def test_pushed_without_being_executed_is_applied_by_the_push(store, publication, stack):
    stack.push(
        StoreUndoCommand(
            store,
            lambda: None,
            "Rename",
            Rename(("publication", publication), "En-Contact", "Relation client"),
        )
    )
    assert catalog.get_publication(store, publication).name == "Relation client"
    stack.undo()
    assert catalog.get_publication(store, publication).name == "En-Contact"


def test_a_refused_redo_leaves_the_history(store, publication, stack, refusals):
    calls = []
    adapter = StoreUndoCommand(
        store, lambda: calls.append(1), "New issue", CreateIssue(publication, IssueFields(83))
    )
    adapter.execute()
    stack.push(adapter)
    stack.undo()
    catalog.create_issue(store, publication, IssueFields(83, "Another"))  # takes the number
    calls.clear()
    stack.redo()
    assert refusals and refusals[0][0] == "“New issue” could not be redone."
    assert "83" in refusals[0][1]
    assert calls == [1]  # the window re-read the store
    assert stack.count() == 0 and not stack.canRedo()
    assert themes(store, publication) == ["Another"]


def test_a_refused_undo_leaves_the_history(store, publication, issue82, stack, refusals):
    earlier = StoreUndoCommand(
        store, lambda: None, "Rename", Rename(("publication", publication), "En-Contact", "EC")
    )
    earlier.execute()
    stack.push(earlier)
    trash = StoreUndoCommand(store, lambda: None, "Delete issue", TrashIssue(publication, issue82))
    trash.execute()
    stack.push(trash)
    catalog.create_issue(store, publication, IssueFields(82, "Another"))  # takes the number
    stack.undo()
    assert [text for text, _ in refusals] == ["“Delete issue” could not be undone."]
    assert stack.count() == 1 and stack.index() == 1  # the earlier step stays, done
    assert themes(store, publication) == ["Another"]
    stack.undo()
    assert catalog.get_publication(store, publication).name == "En-Contact"


class Count(Command):
    """A mergeable step for the test: adds to a counter kept in a list."""

    kind = "count"
    mergeable: ClassVar[bool] = True

    def __init__(self, box: list[int], step: int) -> None:
        self.box, self.step = box, step

    def apply(self, store) -> None:
        self.box[0] += self.step

    def revert(self, store) -> None:
        self.box[0] -= self.step

    def merge(self, other: Command) -> bool:
        assert isinstance(other, Count)
        self.step += other.step
        return True


def test_mergeable_steps_become_one(store, stack):
    box = [0]
    for step in (1, 2, 3):
        stack.push(StoreUndoCommand(store, lambda: None, "Count", Count(box, step)))
    assert box == [6] and stack.count() == 1
    stack.undo()
    assert box == [0]
    rename = Rename(("publication", 1), "a", "b")
    assert StoreUndoCommand(store, lambda: None, "Rename", rename).id() == -1


def test_the_refusal_speaks_french(app, store, publication, stack, refusals):
    from ui.app import install_translations

    translators = install_translations(app, "fr")
    try:
        adapter = StoreUndoCommand(
            store, lambda: None, "Nouveau numéro", CreateIssue(publication, IssueFields(83))
        )
        adapter.execute()
        stack.push(adapter)
        stack.undo()
        catalog.create_issue(store, publication, IssueFields(83))
        stack.redo()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert refusals[0][0] == "«\xa0Nouveau numéro\xa0» n’a pas pu être rétabli."


class Broken(Command):
    """A step whose revert fails with a bug, not a refusal of the store."""

    kind = "broken"

    def apply(self, store) -> None:
        pass

    def revert(self, store) -> None:
        raise RuntimeError("bug")


def test_an_unexpected_error_leaves_the_history_and_goes_on(store, stack):
    calls = []
    stack.push(StoreUndoCommand(store, lambda: calls.append(1), "Broken", Broken()))
    with pytest.raises(RuntimeError, match="bug"):  # from a menu, the exception hook's
        stack.undo()
    assert calls == [1, 1]  # after the push's redo, and after the failed undo
    assert stack.count() == 0
