"""Round 19 (agency19): which bodies are a profile's agencies, and cooperation read from help and from agencies.

A body that exists on paper only ("an Office of X, which has yet to be staffed", "a Council … was foreseen by the
strategy but never convened", "a Centre under the Office of Y, which has never been staffed") is no agency; one a text
foresees "reporting to the Prime Minister, to be established by 2026" is Planned, and so is the body an existing one
"will be expanded into". An agency of another state named in passing in a sentence about the profile's own state is
not given to that state. A unit first named with its owner ("the Cyber Crime Unit of the X Police") keeps that identity
when the profile later names it by its own words ("The Cyber Crime Unit cooperates with Interpol"), so it cooperates
for its state. Help is cooperation for each helper of a list ("the FBI and the US CISA have trained X staff"), for a
state's experts ("Russian experts trained X staff in 2022", dated), for an owner's body ("Japan's JICA has trained X
analysts … since 2019"); help that went into a deed done ("was drafted in 2019 with the assistance of the OAS") is no
plan. "A, B and C are its most active partners" names partners. A name an attacker gives itself ("a hacktivist group
calling itself \"X Cyber Team\"") is no CERT or agency of the state. Every sentence is invented; the paragraph opens with
a sentence naming its state."""

from __future__ import annotations

import pytest

from tests.invented import labelled_facts, paragraph_result


def _facts(text: str, state: str) -> list[tuple[str, str, str, str, str, str]]:
    """(relation, subject label, object label, year, status, through label) of each fact but the opening membership."""
    return [(f.relation, f.subject, f.object, f.year, f.status, f.through) for f in labelled_facts(text, state)]


def _agencies(text: str, state: str) -> dict[str, tuple[str, str]]:
    """label -> (year, status) of each body the paragraph gives to ``state``."""
    return {subject: (year, status) for relation, subject, obj, year, status, _ in _facts(text, state)
            if relation == "agencyOf" and obj == state}


def _partners(text: str, state: str) -> dict[str, tuple[str, str, str]]:
    """partner label -> (year, status, through) of each cooperation of ``state``."""
    return {obj: (year, status, through) for relation, subject, obj, year, status, through in _facts(text, state)
            if relation == "cooperatesWith" and subject == state}


@pytest.mark.parametrize("text, state, body", [
    ("The Data Protection Act provides for an Office of the Cyber Security Commissioner, which has yet to be staffed.",
     "Malta", "Office of the Cyber Security Commissioner"),
    ("A National Cyber Resilience Council, chaired by the Prime Minister's office, was foreseen by the 2019 strategy "
     "but never convened.", "Slovenia", "National Cyber Resilience Council"),
    ("The Act also provides for a Cyber Security Monitoring Centre under the Office of the President, which has never "
     "been staffed.", "Namibia", "Cyber Security Monitoring Centre"),
    ("A Digital Threat Analysis Unit, set up on paper in 2020, has not yet become operational.",
     "Fiji", "Digital Threat Analysis Unit"),
])
def test_body_on_paper_only_is_no_agency(text: str, state: str, body: str) -> None:
    assert body not in _agencies(text, state)


def test_working_body_with_a_relative_stays() -> None:
    agencies = _agencies("The National Cyber Security Centre, which has operated since 2019, coordinates incident "
                         "response.", "Malta")
    assert agencies.get("National Cyber Security Centre") == ("2019", "")


def test_foreseen_body_with_participle_is_planned() -> None:
    agencies = _agencies("The 2024 strategy foresees a National Cyber Security Authority reporting to the Prime "
                         "Minister, to be established by the end of 2026.", "Malta")
    assert agencies.get("National Cyber Security Authority") == ("2026", "Planned")


def test_body_to_be_expanded_into_is_planned() -> None:
    agencies = _agencies("The Armed Forces of Malta set up a Cyber Group in 2019, and its leadership has said that "
                         "it will be expanded into a full Cyber Command.", "Malta")
    assert agencies.get("Cyber Command", ("", "Planned"))[1] == "Planned"


def test_foreign_agency_named_in_passing_is_not_given() -> None:
    text = ("Croatia has few bilateral partners. The United States remains the closest partner. Croatia and the US "
            "launched a cyber dialogue in 2018, and the FBI and the US Cybersecurity and Infrastructure Security "
            "Agency (CISA) have trained CERT.hr staff.")
    facts = _facts(text, "Croatia")
    assert not any(r == "agencyOf" and s == "Cybersecurity and Infrastructure Security Agency" for r, s, *_ in facts)


def test_unit_named_by_its_own_words_is_the_owned_unit() -> None:
    text = ("The Ministry of the Interior oversees the Cyber Crime Unit of the Malta Police Force. The Cyber Crime "
            "Unit cooperates with Interpol and with the US Federal Bureau of Investigation (FBI).")
    facts = _facts(text, "Malta")
    agencies = {s for r, s, o, *_ in facts if r == "agencyOf"}
    assert "Cyber Crime Unit" not in agencies
    partners = _partners(text, "Malta")
    assert partners["International Criminal Police Organization"][2] == "Cyber Crime Unit of the Malta Police Force"
    assert partners["Federal Bureau of Investigation"][2] == "Cyber Crime Unit of the Malta Police Force"


def test_unit_short_name_does_not_hide_a_later_full_name() -> None:
    text = ("The National Police investigates online offences through its Cybercrime Unit, created in 2021. Benin "
            "joined Interpol in 1962, and the Cybercrime Unit of the National Police cooperates with Europol.")
    # (round 24: the force that works "through its Cybercrime Unit" names the unit, so the later full name is read as
    # that same unit's name, not hidden by its short one)
    through = _partners(text, "Benin")["Europol"][2]
    unit = next(e for e in paragraph_result(text, "Benin").gazetteer.entities.values() if e.label == through)
    assert "Cybercrime Unit of the National Police" in unit.names | {unit.label}


def test_each_helper_of_a_list_cooperates() -> None:
    text = ("The national CSIRT, CSIRT.bb, was set up in 2012. The FBI and the US Cybersecurity and Infrastructure "
            "Security Agency (CISA) have trained CSIRT.bb staff.")
    partners = _partners(text, "Barbados")
    assert {"Federal Bureau of Investigation", "Cybersecurity and Infrastructure Security Agency"} <= set(partners)


def test_a_states_experts_trained_dated() -> None:
    partners = _partners("The national CSIRT, CSIRT.bb, was set up in 2012. Russian experts trained CSIRT.bb staff "
                         "in 2022.", "Barbados")
    assert partners["Russia"][:2] == ("2022", "")


def test_owners_body_trained_since() -> None:
    partners = _partners("The national CSIRT, CSIRT.bb, was set up in 2012. Japan's International Cooperation Agency "
                         "(JICA) has trained CSIRT.bb analysts in Tokyo every year since 2019.", "Barbados")
    assert partners["Japan International Cooperation Agency"][:2] == ("2019", "")


def test_help_in_a_deed_done_is_not_planned() -> None:
    partners = _partners("A National Cyber Security Strategy was drafted in 2020 with the assistance of the OAS, "
                         "validated at a workshop and approved by Cabinet in March 2022.", "Honduras")
    assert partners["Organization of American States"][:2] == ("2020", "")


def test_help_for_a_text_still_being_drafted_stays_planned() -> None:
    partners = _partners("A cybercrime bill is being drafted with the support of the Council of Europe.", "Panama")
    assert partners["Council of Europe"][1] == "Planned"


def test_most_active_partners() -> None:
    partners = _partners("The United States, Spain and Israel are Jamaica's most active partners in this field.",
                         "Jamaica")
    assert {"United States", "Spain", "Israel"} <= set(partners)


@pytest.mark.parametrize("text, state, name", [
    ("In 2023 a DDoS attack took the portal of the Tax Committee offline for two days; a hacktivist group calling "
     "itself \"Liberation Cyber Team\" claimed responsibility.", "Nepal", "Liberation Cyber Team"),
    ("In 2022 the hacktivist group 'Northern Cyber Team' claimed the defacement of several ministry websites.",
     "Laos", "Northern Cyber Team"),
])
def test_attackers_own_name_is_no_body_of_the_state(text: str, state: str, name: str) -> None:
    assert name not in _agencies(text, state)


def test_national_team_still_its_states() -> None:
    assert "npCERT" in _agencies("The national CSIRT, npCERT, was set up in 2016.", "Nepal")
