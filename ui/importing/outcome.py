"""What an import run produced: the data the worker hands to the feature and the report.

Its own module so that imports go one way: ``worker`` and ``report`` read it, ``feature``
uses all three.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.importers.report import ImportReport


@dataclass
class ImportOutcome:
    """What an import run produced, for the report dialog."""

    report: ImportReport
    total: int = 0
    cancelled: bool = False
    placed: dict[int, int] = field(default_factory=dict)  # piece id → numéro number (drop)
    placement_error: str = ""
