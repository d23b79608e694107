"""Rule-based extraction of cyber-diplomacy facts from country-profile prose (see pipeline.py for the flow)."""

from __future__ import annotations

from cdkg.extraction.pipeline import ExtractionResult, Extractor

__all__ = ["ExtractionResult", "Extractor"]
