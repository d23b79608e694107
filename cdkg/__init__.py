"""cdkg, the Cyber Diplomacy Knowledge Graph."""

from __future__ import annotations

__version__ = "0.2.0"
