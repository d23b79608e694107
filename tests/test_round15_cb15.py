"""Round 15 (cb15): cooperation, funding, programme and beneficiary. Every sentence is invented; each paragraph is
about the state it names first (subjects from the brief's list of states)."""

from __future__ import annotations

import pytest

from cdkg.facts import Fact

from invented import paragraph_facts


def facts(text: str, state: str = "Slovenia") -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    return paragraph_facts(text, state)


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def cooperations(text: str, state: str) -> set[tuple[str, str]]:
    """(subject, partner) of the cooperatesWith facts, by their keys' last parts."""
    return {(short(f.subject), short(f.object)) for f in facts(text, state) if f.relation == "cooperatesWith"}


# --- the Gulf states' police body is a partner by the name the texts give it ("GCC-POL") ---------------------------

@pytest.mark.parametrize("sentence, state", [
    ("The national police cooperate with Interpol and with the GCC-POL on online fraud.", "Cyprus"),
    ("The Ministry of Interior works with the GCC-POL, the Gulf states' police body, and with Europol.", "Malta"),
    ("Its cybercrime unit has worked closely with the GCC-POL police cooperation body since 2019.", "Greece"),
])
def test_gcc_police_is_a_cooperation_partner(sentence: str, state: str) -> None:
    found = cooperations(sentence, state)
    assert (state.lower(), "gccpol") in found
    # the body is not the Gulf Cooperation Council itself
    assert (state.lower(), "gulf-cooperation-council") not in found


def test_gcc_alone_is_still_the_council() -> None:
    found = cooperations("Cyprus works closely with the GCC on cyber security.", "Cyprus")
    assert ("cyprus", "gulf-cooperation-council") in found
    assert ("cyprus", "gccpol") not in found


# --- the e-Governance Academy is an organisation (a foundation), not a programme of Estonia ---------------------------

def _funds(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(short(f.subject), short(f.object), f.role) for f in facts(text, state) if f.relation == "funds"}


@pytest.mark.parametrize("sentence, state", [
    ("Experts of Estonia's e-Governance Academy advised the Slovak cyber agency in 2021, although no memorandum was "
     "ever signed.", "Slovakia"),
    ("Estonia's e-Governance Academy (eGA) reviewed the draft strategy of Vanuatu in 2023.", "Vanuatu"),
    ("Samoa also takes part in the Pacific resilience project, which the Estonian e-Governance Academy implements.",
     "Samoa"),
])
def test_the_academy_is_no_programme(sentence: str, state: str) -> None:
    found = _funds(sentence, state)
    assert not any(obj == "e-governance-academy" for _, obj, _ in found)
    assert not any(f.relation == "agencyOf" and short(f.subject) == "e-governance-academy"
                   for f in facts(sentence, state))


def test_the_academy_advising_a_state_body_is_a_cooperation() -> None:
    text = ("The National Security Authority (NBU) is Slovakia's cyber agency. Specialists of Estonia's e-Governance "
            "Academy advised the NBU on incident handling in 2022, although no agreement was ever signed.")
    found = {(short(f.subject), short(f.object), short(f.through)) for f in facts(text, "Slovakia")
             if f.relation == "cooperatesWith"}
    assert ("slovakia", "e-governance-academy", "nbu") in found
    assert ("slovakia", "e-governance-academy") in cooperations(
        "Experts of Estonia's e-Governance Academy advised the Slovak government on incident handling in 2022.",
        "Slovakia")


def test_the_academy_implementing_a_project_leads_it() -> None:
    found = _funds("Austria funds a EUR 2 million project to strengthen the cyber resilience of Armenian public "
                   "institutions, implemented by the e-Governance Academy.", "Austria")
    assert any(subject == "e-governance-academy" and role == "Lead" for subject, _, role in found)
    assert ("austria", "e-governance-academy", "Funder") not in found


# --- help named before it ("with ITU technical assistance", "with Greek and Cypriot expert support"), and help for a
# deed still ahead ("plans to issue one in 2027, with …", "would prepare one with technical support from X") ---------

def _cooperations_with_status(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(short(f.subject), short(f.object), f.status) for f in facts(text, state) if f.relation == "cooperatesWith"}


@pytest.mark.parametrize("sentence, state, partners", [
    ("The national CSIRT became operational in 2021 with ITU technical assistance.", "Laos", {"itu"}),
    ("The cybercrime unit was set up in 2019 with Greek and Cypriot expert support.", "Bulgaria", {"greece", "cyprus"}),
    ("Its first incident-response plan was written with OSCE support in 2020.", "Armenia", {"osce"}),
])
def test_helpers_named_before_the_help_cooperate(sentence: str, state: str, partners: set[str]) -> None:
    found = _cooperations_with_status(sentence, state)
    for partner in partners:
        assert (state.lower(), partner, "") in found


@pytest.mark.parametrize("sentence, state, partner", [
    ("The Ministry of Foreign Affairs plans to publish a national position in 2027, with Austrian and Slovenian expert "
     "support.", "Croatia", "austria"),
    ("The ministry said in 2024 that it would prepare a cyber strategy with technical support from the OAS.", "Panama",
     "oas"),
])
def test_help_for_a_deed_ahead_is_planned(sentence: str, state: str, partner: str) -> None:
    found = _cooperations_with_status(sentence, state)
    assert (state.lower(), partner, "Planned") in found
    assert (state.lower(), partner, "") not in found


def test_help_with_a_deed_done_is_no_plan() -> None:
    found = _cooperations_with_status("The ministry drafted its strategy in 2021 with technical support from the OAS.",
                                      "Honduras")
    assert ("honduras", "oas", "") in found
    assert ("honduras", "oas", "Planned") not in found


@pytest.mark.parametrize("sentence, state", [
    ("A national SOC, financed with Greek assistance, is due to open in 2026.", "Cyprus"),
    ("The new data centre was paid for with Austrian support.", "Slovakia"),
    ("The CSIRT was set up in 2020 with Greek financial support.", "Cyprus"),
    ("The CSIRT was set up in 2020 with Austrian support funds.", "Slovakia"),
])
def test_money_given_with_help_is_no_cooperation(sentence: str, state: str) -> None:
    assert not {c for c in _cooperations_with_status(sentence, state) if c[1] in ("greece", "austria")}


# --- researchers or academics running or joining a programme: no state's role, and no funder's role told for it ------

def _programme_rows(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(short(f.subject), short(f.object), f.role) for f in facts(text, state) if f.relation == "funds"}


@pytest.mark.parametrize("sentence, state", [
    ("Researchers from the Technical University of Malta run an EU-funded Horizon Europe project on grid security, in "
     "which the government has no role.", "Malta"),
    ("Academics at the University of Iceland take part in an EU-funded Horizon Europe network on secure energy grids.",
     "Iceland"),
    ("Researchers at the Centre for Security Studies (CSSL) of the University of Ljubljana, for their part, run a cyber "
     "defence research project in close contact with the armed forces.", "Slovenia"),
])
def test_research_work_gives_no_programme_roles(sentence: str, state: str) -> None:
    assert _programme_rows(sentence, state) == set()


def test_the_state_running_a_research_programme_still_leads_it() -> None:
    found = _programme_rows("Since 2021 Slovenia has run the Cyber Research Programme, which funds researchers at "
                            "three universities.", "Slovenia")
    assert any(subject == "slovenia" and role == "Lead" for subject, _, role in found)


def test_an_eu_funded_programme_the_state_takes_part_in_keeps_its_funder() -> None:
    found = _programme_rows("Slovakia takes part in the EU-funded CyberEast project.", "Slovakia")
    assert ("eu", "cybereast", "Funder") in found
    assert ("slovakia", "cybereast", "Beneficiary") in found
