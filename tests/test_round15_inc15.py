"""Round 15 (inc15): exercises named by their organiser's acronym and a lower-case "drill" or "exercise" ("the
annual OIC-CERT drill", "the AfricaCERT cyber drill", "the GCC joint cyber exercise"), also after an "and in" that
takes up the verb, singular whatever the number ("the OIC-CERT drills"). Every sentence is invented; each paragraph
is about the state it names first."""

from __future__ import annotations

import pytest

from cdkg.facts import Fact

from invented import paragraph_facts


def facts(text: str, state: str = "Croatia") -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    return paragraph_facts(text, state)


def exercises(text: str, state: str) -> set[tuple[str, str, str, str]]:
    """(subject, exercise key's last part, year, through) of each exercise taken part in."""
    return {(f.subject, f.object.rsplit("/", 1)[-1], f.year, f.through.rsplit("/", 1)[-1])
            for f in facts(text, state) if f.relation == "participatesIn" and f.object.startswith("initiative/")}


@pytest.mark.parametrize("sentence, state, wanted", [
    ("The Malta Cyber Incident Response Team (MaltaCIRT) takes part in the annual OIC-CERT drill and in the GCC "
     "joint cyber exercise, and in 2023 Valletta hosted the ITU Regional Cyber Drill.",
     "Malta", {("state/malta", "oic-cert-drill", "", "maltacirt"),
               ("state/malta", "gcc-joint-cyber-exercise", "", "maltacirt")}),
    ("Zambian analysts have competed in the ITU Regional Cyber Drill for Africa since 2019 and in the AfricaCERT "
     "cyber drill.",
     "Zambia", {("state/zambia", "africacert-cyber-drill", "", "")}),
    ("Its teams joined the CARICOM regional cyber drill in 2022.",
     "Jamaica", {("state/jamaica", "caricom-regional-cyber-drill", "2022", "")}),
    # plural: one exercise, named in the singular
    ("Nepalese analysts take part in the APCERT Drill and in the SAARC drills every year.",
     "Nepal", {("state/nepal", "saarc-drill", "", "")}),
])
def test_an_exercise_named_by_its_organiser_acronym(sentence: str, state: str, wanted: set) -> None:
    found = exercises(sentence, state)
    assert wanted <= found, found


@pytest.mark.parametrize("sentence, state", [
    # the exercise's own name follows: it is that name, not "NATO exercise"
    ("Slovak officers joined the NATO exercise Cyber Coalition in 2021.", "Slovakia"),
    # a drill only written about is not taken part in
    ("In 2022 Malawi's ministry published a review of the SADC drill.", "Malawi"),
])
def test_no_acronym_drill_where_none_is_named(sentence: str, state: str) -> None:
    found = {key for _, key, _, _ in exercises(sentence, state)}
    assert not any(key in ("nato-exercise", "sadc-drill") for key in found), found


# Round 15 (inc15): an exercise told after its owner's possessive, itself after the article ("hosted the ITU's Africa
# Regional Cyber Drill", "takes part in the ITU's Arab regional cyber drill"): the exercise is taken part in, and its
# name runs on over the lower-case words that say what it is.
@pytest.mark.parametrize("sentence, state, key, year", [
    ("In 2021 Lusaka hosted the ITU's Southern Africa Cyber Drill.", "Zambia", "southern-africa-cyber-drill", "2021"),
    ("The national CERT joined the OAS's Hemispheric Cyber Drill in 2024.", "Ecuador", "hemispheric-cyber-drill", "2024"),
    ("Paraguayan analysts take part each year in the ITU's Andean regional cyber drill.",
     "Paraguay", "andean-regional-cyber-drill", ""),
])
def test_an_exercise_after_its_owners_possessive(sentence: str, state: str, key: str, year: str) -> None:
    found = {(exercise, when) for _, exercise, when, _ in exercises(sentence, state)}
    assert (key, year) in found, found
    assert ("andean", "") not in found  # (not the name's first word alone)


# Round 15 (inc15), incidents: an apposition between the victim and its passive verb ("The X, part of the Y group, was
# crippled by ransomware", "more than thirty government websites, among them that of the Z, were defaced") no longer
# hides the victim; a count before it ("more than thirty", "dozens of") is no part of its name.
def incidents(text: str, state: str) -> set[tuple[str, str]]:
    """(incident key's last part, year) of the incidents the state suffered."""
    return {(f.object.rsplit("/", 1)[-1], f.year) for f in facts(text, state) if f.relation == "suffered"}


@pytest.mark.parametrize("sentence, state, key, year", [
    ("The Valletta Harbour Clinic, part of the Mediterranean Care group, was crippled by ransomware in March 2023.",
     "Malta", "malta-ransomware-attack-on-valletta-harbour-clinic", "2023"),
    ("In May 2021 more than forty municipal websites, among them that of the Ministry of Tourism, were defaced.",
     "Fiji", "fiji-defacement-of-municipal-websites", "2021"),
    ("In 2020 the Kathmandu Water Board, one of the largest utilities in the valley, was hit by a ransomware attack.",
     "Nepal", "nepal-ransomware-attack-on-kathmandu-water-board", "2020"),
])
def test_a_victim_with_an_apposition_before_its_verb(sentence: str, state: str, key: str, year: str) -> None:
    found = incidents(sentence, state)
    assert (key, year) in found, found


def test_an_apposition_without_harm_is_no_incident() -> None:
    # the verb after the apposition tells no harm done
    found = incidents("The Honduran Post, part of the transport ministry, was reorganised in 2022.", "Honduras")
    assert not found, found
