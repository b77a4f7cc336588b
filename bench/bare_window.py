"""The start-up benchmark's baseline: a bare PySide6 process showing an empty
QMainWindow of the window's size, reporting as :func:`ui.app.report_startup` does (one JSON
line: when shown, CPU seconds, peak RSS), then quitting. Run as ``python -m bench.bare_window``
by :mod:`bench.startup`; it imports nothing else of Workbench."""

import json
import resource
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()


def peak_rss_kb() -> int:  # as ui.app.peak_rss_kb
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report() -> None:
    window.repaint()
    shown = time.time()
    rss = peak_rss_kb()
    cpu = time.process_time()
    print(json.dumps({"shown": shown, "cpu": cpu, "maxrss_kb": rss}), flush=True)
    app.quit()


QTimer.singleShot(0, report)
app.exec()
