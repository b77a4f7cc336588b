"""Names of the codes stored in the database, as the interface shows them.

The names come from the one table of :mod:`workbench.vocabulary`, in the interface's
language (French unless English was chosen), capitalised for a label or a list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from workbench import rights, vocabulary
from workbench.flatplan import legend


def interface_language() -> str:
    """The language of the installed translation: each .ts translates this marker into its
    own language code; with none installed the interface shows its English sources."""
    code = QCoreApplication.translate("Language", "en", "the code of this translation's language")
    return code if code in vocabulary.LANGUAGES else "en"


def _shown(table: dict[str, vocabulary.Term], code: str, *, detailed: bool = False) -> str:
    if code not in table:
        return code
    return vocabulary.capitalised(
        vocabulary.label(table, code, interface_language(), detailed=detailed)
    )


def kind_label(kind: str) -> str:
    return _shown(vocabulary.KINDS, kind)


def status_label(status: str) -> str:
    return _shown(vocabulary.STATUSES, status)


def issue_status_label(status: str) -> str:
    return _shown(vocabulary.ISSUE_STATUSES, status, detailed=True)


def role_label(role: str) -> str:
    return _shown(vocabulary.ROLES, role)


def team_role_label(role: str | None) -> str:
    """A person's role in the newsroom (:class:`workbench.rights.Role`): « Rédacteur »."""
    if not role:
        return ""
    return vocabulary.capitalised(rights.role_label(role))


def slot_label(kind: str) -> str:
    return _shown(vocabulary.SLOT_KINDS, kind)


def status_color(status: str) -> QColor:
    """The status's colour, the same in the tree, the planner and the flatplan PDF."""
    return QColor(legend.status_color(status))
