"""Background tasks: work on their own store, report progress, finish or fail."""

from ui.tasks import BackgroundTask
from workbench import pieces


def test_task_reports_progress_and_result(app, store, publication, db_path, qtbot):
    def work(own_store, report):
        assert own_store is not store
        for i in range(3):
            report(i + 1, 3, f"papier {i}")
            pieces.create_piece(own_store, publication, "breve", f"B{i}")
        return "fini"

    task = BackgroundTask(db_path, work)
    seen = []
    task.progress.connect(lambda d, t, label: seen.append((d, t, label)))
    with qtbot.waitSignal(task.finished, timeout=10_000) as blocker:
        task.start()
    assert blocker.args == ["fini"]
    assert seen[-1] == (3, 3, "papier 2")
    assert store.scalar("SELECT count(*) FROM piece") == 3


def test_task_failure_is_a_message(app, db_path, qtbot):
    from workbench.store import StoreError

    def work(own_store, report):
        raise StoreError("Fichier illisible.")

    task = BackgroundTask(db_path, work)
    with qtbot.waitSignal(task.failed, timeout=10_000) as blocker:
        task.start()
    assert blocker.args == ["Fichier illisible."]


def test_cancel_stops_at_next_report(app, db_path, qtbot):
    def work(own_store, report):
        task.cancel()
        report(1, 2, "")
        return "jamais"

    task = BackgroundTask(db_path, work)
    with qtbot.waitSignal(task.failed, timeout=10_000) as blocker:
        task.start()
    assert blocker.args == [""]
