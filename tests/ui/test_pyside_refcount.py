"""PySide6 6.12.0 dropped a reference to None on every call of a Qt method returning
nothing, and Python 3.11 then aborted with ``none_dealloc``. Fails if that comes back."""

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_refcount(app):
    widget = QWidget()
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        widget.update()
        widget.setWindowTitle("x")
        obj.setObjectName("n")
    after = sys.getrefcount(None)
    # A few references may come and go with the interpreter; 30,000 lost ones may not.
    assert abs(after - before) < 100
