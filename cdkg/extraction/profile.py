"""What the whole profile's rules need once every sentence is read: undated repeats folded into dated claims,
and memberships of a coalition or a UN process read as what they are (joining it, taking part in it).

A profile often says a thing twice: "Peru joined the GFCE in 2019" and, later, "as a GFCE member, Peru…".
The second reading gives no year; it is the same claim, not another one, so its evidence is folded into the
dated claim(s) with the same relation, subject, object and status. Claims that give different years stay
apart (sources may disagree), and so do undated claims with nothing dated to join.
"""

from __future__ import annotations

from cdkg.facts import Fact, merge_facts
from cdkg.gazetteer import Gazetteer
from cdkg.vocabulary import CDO

# the rules that read an alignment as one dated act (see un.ONE_TEXT)
ALIGNMENT_ACTS = frozenset({"alignment.act", "alignment.common-position", "alignment.text"})
FOLDED = frozenset({"joined", "candidateFor", "alignsWith", "votedOn", "partyTo", "suffered", "attributesTo",
                    "chairs"})


def fold_periods(facts: list[Fact]) -> list[Fact]:
    """The facts, a participation dated by its first year only folded into the one that gives that year and the
    period's last ("sat on the 2016-2017 GGE" read by two rules is one claim)."""
    periods: dict[tuple[str, str, str], list[Fact]] = {}
    for fact in facts:
        if fact.relation == "participatesIn" and fact.year and fact.end_year:
            periods.setdefault((fact.subject, fact.object, fact.year), []).append(fact)
    kept = []
    for fact in facts:
        siblings = periods.get((fact.subject, fact.object, fact.year), []) if not fact.end_year else []
        if fact.relation == "participatesIn" and siblings:
            for sibling in siblings:
                sibling.evidence |= fact.evidence
            continue
        kept.append(fact)
    return kept


def fold_undated(facts: list[Fact]) -> list[Fact]:
    """The facts, each undated claim of :data:`FOLDED` relations folded into its dated siblings."""
    dated: dict[tuple[str, str, str, str], list[Fact]] = {}
    for fact in facts:
        if fact.relation in FOLDED and fact.year:
            dated.setdefault((fact.relation, fact.subject, fact.object, fact.status), []).append(fact)
    kept = []
    for fact in facts:
        siblings = dated.get((fact.relation, fact.subject, fact.object, fact.status), []) if not fact.year else []
        if fact.relation == "alignsWith" and any(e.rule == "alignment.with" for e in fact.evidence):
            # a standing alignment ("aligns with EU statements") is another claim than the dated act of going along
            # with one text ("subscribed in 2024 to the EU's declaration"): it folds only into a dated standing one
            siblings = [s for s in siblings if any(e.rule not in ALIGNMENT_ACTS for e in s.evidence)]
        if fact.relation in FOLDED and siblings:
            for sibling in siblings:
                sibling.evidence |= fact.evidence
                sibling.topics |= fact.topics
            continue
        kept.append(fact)
    return kept


def settle_memberships(facts: list[Fact], gazetteer: Gazetteer) -> list[Fact]:
    """Memberships read by the membership rules that the profile reads otherwise: a candidacy is no membership;
    joining a coalition ("a member of
    the Freedom Online Coalition since 2014") is an endorsement of it, and sitting on a UN process ("a member of
    the GGE") is taking part in it; each becomes that claim, merged with the same claim read by the profile's
    own rules."""
    def cls(key: str):  # type: ignore[no-untyped-def]
        entity = gazetteer.entities.get(key)
        return entity.cls if entity is not None else None
    candidacies: dict[tuple[str, str], set[tuple[str, int]]] = {}
    candidate_years: dict[tuple[str, str], set[str]] = {}
    for f in facts:
        if f.relation == "candidateFor":
            candidacies.setdefault((f.subject, f.object), set()).update((e.document, e.start) for e in f.evidence)
            candidate_years.setdefault((f.subject, f.object), set()).add(f.year)
    settled = []
    for fact in facts:
        said = {(e.document, e.start) for e in fact.evidence}
        pair = (fact.subject, fact.object)
        joined_later = not fact.status and fact.year and all(
            year and year < fact.year for year in candidate_years.get(pair, {""}))
        if fact.relation == "memberOf" and said and said <= candidacies.get(pair, set()) and not joined_later:
            continue  # "granted candidate status for membership of the EU": a candidacy, not a membership (but
            # "invited to join NATO in 2008, it entered the Alliance in 2009": both, each with its own year)
        target = cls(fact.object) if fact.relation == "memberOf" and not fact.status else None
        if target == CDO.Coalition:
            fact = fact.with_evidence(set(fact.evidence))
            fact.relation = "joined"
        elif target in (CDO.UNProcess, CDO.ProcessIteration):
            fact = fact.with_evidence(set(fact.evidence))
            fact.relation = "participatesIn"
        settled.append(fact)
    return merge_facts(settled)
