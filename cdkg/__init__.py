"""cdkg, the Cyber Diplomacy Knowledge Graph."""

from __future__ import annotations

__version__ = "0.2.0"
from cdkg.ask import ask, ask_frame  # noqa: E402  (tables for notebooks; heavy imports happen on first use)
