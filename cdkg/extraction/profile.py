"""What the whole profile's rules need once every sentence is read: undated repeats folded into dated claims.

A profile often says a thing twice: "Peru joined the GFCE in 2019" and, later, "as a GFCE member, Peru…".
The second reading gives no year; it is the same claim, not another one, so its evidence is folded into the
dated claim(s) with the same relation, subject, object and status. Claims that give different years stay
apart (sources may disagree), and so do undated claims with nothing dated to join.
"""

from __future__ import annotations

from cdkg.facts import Fact

FOLDED = frozenset({"joined", "candidateFor", "alignsWith", "votedOn", "partyTo", "suffered", "attributesTo"})


def fold_undated(facts: list[Fact]) -> list[Fact]:
    """The facts, each undated claim of :data:`FOLDED` relations folded into its dated siblings."""
    dated: dict[tuple[str, str, str, str], list[Fact]] = {}
    for fact in facts:
        if fact.relation in FOLDED and fact.year:
            dated.setdefault((fact.relation, fact.subject, fact.object, fact.status), []).append(fact)
    kept = []
    for fact in facts:
        siblings = dated.get((fact.relation, fact.subject, fact.object, fact.status), []) if not fact.year else []
        if fact.relation in FOLDED and siblings:
            for sibling in siblings:
                sibling.evidence |= fact.evidence
                sibling.topics |= fact.topics
            continue
        kept.append(fact)
    return kept
