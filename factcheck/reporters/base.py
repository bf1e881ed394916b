"""What every reporter is: a pure function of a finished report and how to render it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcheck.findings import Report


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to render: colour (text on a terminal) and whether to list suppressed findings."""

    color: bool = False
    show_suppressed: bool = False


Reporter = Callable[[Report, RenderOptions], str]
