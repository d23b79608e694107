"""What one document discovered: its own entities and names, over the reference gazetteer, merged once at the end.

Rules read a :class:`DocumentRegistry` exactly as they read a gazetteer; only the pipeline adds to it,
between passes and between sentences, never a rule while it matches. Names a document defines ("National
Cyber Security Agency (NCSA)") resolve in that document only, so two profiles may both have a "National
Cybersecurity Agency" that are two agencies of two states.
"""

from __future__ import annotations

import re
from typing import Iterator

from cdkg.extraction.discovery import entity_key
from cdkg.gazetteer import Entity, Gazetteer, LEADING_ARTICLE, Match


class DocumentRegistry(Gazetteer):
    """A document's discovered entities and names, layered over the (unchanged) reference gazetteer."""

    def __init__(self, reference: Gazetteer) -> None:
        super().__init__(reference.base_iri)
        self.reference = reference
        self.own: dict[str, Entity] = {}
        self.own_surfaces: dict[str, tuple[str, str]] = {}
        # copies of the reference tables (cheap, and much faster to read than a ChainMap); writes go to both
        self.entities = dict(reference.entities)
        self.surfaces = dict(reference.surfaces)
        self.state_by_alpha2 = {e.extra["alpha2"]: e.key for e in reference.entities.values()
                                if e.kind == "state" and e.extra.get("alpha2")}
        self.document_aliases: dict[str, str] = {}
        self._own_pattern: re.Pattern[str] | None = None
        self._dirty = True

    def add(self, entity: Entity, forms: dict[str, str] | None = None) -> Entity:
        """Register a discovered entity (a reference entity under the same key is returned untouched)."""
        known = self.entities.get(entity.key)
        if known is None:
            self.own[entity.key] = self.entities[entity.key] = entity
            known = entity
        for surface, form in (forms or {}).items():
            self.add_surface(surface, known.key, form)
        return known

    def add_surface(self, surface: str, key: str, form: str) -> None:
        """Make ``surface`` a name of ``key`` in this document (first claim wins; reference names are kept)."""
        surface = LEADING_ARTICLE.sub("", surface.strip())
        if len(surface) < 2 or surface in self.surfaces:
            return
        self.own_surfaces[surface] = self.surfaces[surface] = (key, form)
        if key in self.own:
            self.own[key].names.add(surface)
        self._dirty = True
        self._version += 1

    def refresh(self) -> None:
        """Make names added since the last match matchable."""
        self._dirty = True
        self._version += 1

    def generation(self) -> tuple[int, ...]:
        """Changes whenever what :meth:`find` may match changes (this document's names or the reference's)."""
        return (self._version,) + self.reference.generation()

    def find(self, text: str, added_only: bool = False) -> Iterator[Match]:
        """Names in ``text``: the reference gazetteer's (unless ``added_only``) and this document's."""
        if not added_only:
            yield from self.reference.find(text)
        if self._dirty:
            self._own_pattern = self._compile(self.own_surfaces)
            self._dirty = False
        if self._own_pattern is not None:  # (it skips ahead to the letters the names start with: no word test first)
            for hit in self._own_pattern.finditer(text):
                key, form = self.own_surfaces[hit.group()]
                yield Match(hit.start(), hit.end(), key, form)

    def body_of(self, entity: Entity, state: str) -> Entity:
        """The body ``state`` has under ``entity``'s name ("the UK's NCSC" when the profile defined its own NCSC):
        an owner-scoped entity of that state, created once, that claims no name (the name stays the profile's)."""
        key = entity_key(entity.kind, entity.label, entity.acronym, owner=state)
        known = self.entities.get(key)
        if known is None:
            known = Entity(key=key, label=entity.label, kind=entity.kind, cls=entity.cls, acronym=entity.acronym,
                           agency_of=state)
            self.own[key] = self.entities[key] = known
        return known

    def merge_into(self, target: Gazetteer) -> None:
        """Add this document's entities and names to ``target`` (done once, after extraction)."""
        for key, entity in self.own.items():
            known = target.entities.setdefault(key, entity)
            if known is not entity and not known.reference and known.acronym and known.label == known.acronym and \
                    entity.acronym == known.acronym and entity.label != entity.acronym and \
                    entity.agency_of == known.agency_of:
                target.entities[key] = entity  # a body another document knew only by its acronym: its full name wins
        for surface, (key, form) in self.own_surfaces.items():
            target.surfaces.setdefault(surface, (key, form))
