"""What a query was resolved to (resolve.py does it): a module of its own, so that a window showing everything
has it without the resolver and the query language (~2.5 ms on the way to the first page of quotes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .filters import Filter

if TYPE_CHECKING:
    from .message import Message
    from .repository import Who


@dataclass
class Resolution:
    """The filter a query means here, what it was read as, and what could not be read."""

    filter: Filter
    notes: list[Message] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)
    who: list[Who] = field(default_factory=list)
    incomplete: bool = False  # a date still being typed: the results before it stay
