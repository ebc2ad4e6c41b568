"""events-viewer: who did what, when, and who said what, anchored to the source text."""

from __future__ import annotations

__version__ = "0.1.0"
