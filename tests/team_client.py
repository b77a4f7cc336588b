"""A Workbench window in a process of its own, driven line by line (for the tests of the
team store: two real clients on one server).

    python tests/team_client.py ADDRESS

reads commands on stdin, one per line, and answers each with one JSON line on stdout:

    open ID        the piece in the editor   -> {"read_only": bool, "bar": text}
    select ID      the piece in the tree     -> {"selected": bool}
    type TEXT      typed at the end of it    -> {"body": text}
    save           a manual save             -> {"saved": bool, "error": text}
    state          what the window shows     -> {"body", "read_only", "bar", "titles"}
    comment ID TEXT  a comment by this person -> {"ok": bool, "error": text}
    notices        this person's unread      -> {"unread": int}
    quit
"""

from __future__ import annotations

import json
import os
import select
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.editor.piece_editor import PieceEditor
    from ui.main_window import MainWindow
    from workbench.store import Store

    app = make_application()
    store = Store.open(sys.argv[1])
    # A settings file of its own (QSettings replaces its file when it saves: never a device).
    folder = tempfile.mkdtemp(prefix="workbench-client-")
    settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.show()
    state: dict = {"editor": None}

    def editor() -> PieceEditor:
        return state["editor"]

    def titles() -> list[str]:
        model = window.tree.model()
        found: list[str] = []

        def walk(parent) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                found.append(str(index.data()))
                walk(index)

        walk(window.tree.rootIndex())
        return found

    def answer(data: dict) -> None:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def handle(line: str) -> None:
        command, _, rest = line.rstrip("\n").partition(" ")
        if command == "open":
            window.open_piece(int(rest))
            state["editor"] = window.workspace.currentWidget()
            answer(
                {
                    "read_only": editor().text_edit.isReadOnly(),
                    "bar": editor().checkout_bar.message.text(),
                }
            )
        elif command == "select":
            answer({"selected": window.select_key(("piece", int(rest)))})
        elif command == "type":
            edit = editor().text_edit
            if not edit.isReadOnly():
                cursor = edit.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                edit.setTextCursor(cursor)
                cursor.insertText(rest)
            answer({"body": edit.plain_text()})
        elif command == "save":
            saved = editor().save("manual")
            answer({"saved": saved, "error": editor().error_line.text()})
        elif command == "state":
            current = editor()
            answer(
                {
                    "body": current.text_edit.plain_text() if current else None,
                    "read_only": current.text_edit.isReadOnly() if current else None,
                    "bar": current.checkout_bar.message.text() if current else None,
                    "titles": titles(),
                }
            )
        elif command == "comment":
            from workbench.comments import add_comment
            from workbench.errors import WorkbenchError

            piece_id, _, text = rest.partition(" ")
            try:
                add_comment(store, int(piece_id), text)
                answer({"ok": True, "error": ""})
            except WorkbenchError as exc:
                answer({"ok": False, "error": str(exc)})
        elif command == "notices":
            from workbench.notices import unread_count

            answer({"unread": unread_count(store)})
        elif command == "quit":
            window.close()
            store.close()
            app.quit()

    def poll() -> None:
        while select.select([sys.stdin], [], [], 0)[0]:
            line = sys.stdin.readline()
            if not line:
                window.close()
                app.quit()
                return
            handle(line)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    answer({"ready": True})
    return QApplication.exec()


if __name__ == "__main__":
    sys.exit(main())
