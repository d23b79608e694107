"""Which part of an atlas profile a fact belongs to, and what kind of fact a claim is."""

from __future__ import annotations

import pytest

from cdkg.server.individuals import kind_terms
from cdkg.server.sections import SECTIONS, section_of

CDO = "https://w3id.org/cdkg/ontology#"


@pytest.mark.parametrize("classes,topics,section", [
    (["Membership"], [], "introduction"),
    (["MemorandumOfUnderstanding"], [], "resilience"),
    (["MemorandumOfUnderstanding"], ["Cybercrime"], "cybercrime"),  # a topic outweighs the class
    (["Declaration"], [], "norms"),  # a policy document, but a declaration belongs with norms
    (["Strategy"], [], "resilience"),
    (["memberOf"], [], "introduction"),  # a relation claim's relation
    (["chairs"], [], "norms"),
    (["AttributionStatement"], [], "cybercrime"),  # unknown kinds go by the words of their name
    (["SovereigntyPosition"], [], "law"),
    (["SomethingNew"], [], "resilience"),  # and otherwise into the broadest part
])
def test_section_of(classes: list[str], topics: list[str], section: str) -> None:
    assert section_of([CDO + c for c in classes], [CDO + t for t in topics]) == section


def test_sections_follow_the_atlas_order() -> None:
    assert [key for key, _ in SECTIONS] == ["introduction", "resilience", "norms", "law", "cybercrime"]


def test_a_claims_kind_is_what_it_is_about() -> None:
    agreement = kind_terms([CDO + "AgreementClaim"], [CDO + "MemorandumOfUnderstanding"], [], CDO + "hasAgreementWith")
    assert agreement == [CDO + "MemorandumOfUnderstanding"]
    assert kind_terms([CDO + "Issuance"], [], [CDO + "Strategy"], CDO + "issued") == [CDO + "Strategy"]
    assert kind_terms([CDO + "RelationClaim"], [], [CDO + "State"], CDO + "agencyOf") == [CDO + "agencyOf"]
    assert kind_terms([CDO + "Membership"], [], [CDO + "InternationalOrganisation"], CDO + "memberOf") == [CDO + "Membership"]


def test_every_iso_state_has_a_region() -> None:
    import pycountry

    from cdkg.server.regions import region_of

    assert [c.alpha_2 for c in pycountry.countries if region_of(c.alpha_2)[0] == "Other"] == []
    assert region_of("GB") == ("Europe", "Northern Europe") and region_of("XK")[0] == "Europe"
