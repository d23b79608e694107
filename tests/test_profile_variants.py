"""The whole profile's rules on other writers' phrasings: each family told in words the development corpus does
not use (passives, relative clauses, idioms, lists), and what a careless reader would over-read. Every sentence
is invented; the state is named first so that the paragraph is about it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent
OPENING = "Portugal is a member of NATO. "


def facts(text: str) -> list[Fact]:
    """What the extractor reads in an invented paragraph about Portugal."""
    source = SourceText("variant", Path("variant.txt"), OPENING + text, "An invented profile", "2026-11-27")
    return extract_sources(Settings(root=ROOT), [source]).facts


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def rows(text: str, relation: str) -> set[tuple[str, str, str, str]]:
    """(subject, object, year, status) of the facts of one relation, keys shortened."""
    return {(short(f.subject), short(f.object), f.year, f.status) for f in facts(text) if f.relation == relation}


# --- attribution --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, culprit, year", [
    ("Portugal pointed the finger at China over the 2021 hack of its foreign ministry.", "china", "2021"),
    ("The Portuguese government said Iran was behind the 2022 attack on its airports.", "iran", "2022"),
    ("Officials accused Russia of the DDoS attack on the parliament website in 2022.", "russia", "2022"),
    ("The foreign ministry identified North Korea as responsible for the ransomware attack in December 2017.",
     "north-korea", "2017"),
    ("Hospitals were hit by a DDoS campaign in 2023, which Portugal publicly blamed on the pro-Russian group "
     "NoName057(16).", "noname057-16", "2023"),  # told with the incident: its year (as the corpus dates it)
])
def test_attributions_told_in_other_words(sentence: str, culprit: str, year: str) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(sentence, "attributesTo")} == {("portugal", culprit, year)}


def test_who_attributed_jointly_stands_before_the_verb_or_is_joined() -> None:
    found = [f for f in facts("In 2024, jointly with Spain and France, Portugal attributed a campaign against its "
                              "parliament to Russia.") if f.relation == "attributesTo"]
    assert [(short(f.subject), short(f.object), f.jointly) for f in found] == \
        [("portugal", "russia", ("state/france", "state/spain"))]
    found = [f for f in facts("In July 2021 Portugal joined Canada and Japan in attributing the compromise of an "
                              "e-mail server to China.") if f.relation == "attributesTo"]
    assert [(short(f.subject), short(f.object), f.jointly) for f in found] == \
        [("portugal", "china", ("state/canada", "state/japan"))]


@pytest.mark.parametrize("sentence", [
    "The 2021 attack on the health service was widely linked to Russian criminal groups.",
    "The operation has been tied to APT29, a group linked to Russian intelligence.",
    "A report by a security firm linked the 2022 intrusion into the ministry to Chinese actors.",
    "Portuguese officials privately suspect Russia but have not publicly attributed the attack.",
])
def test_no_state_attributes_what_nobody_official_attributed(sentence: str) -> None:
    assert rows(sentence, "attributesTo") == set()


def test_an_attribution_by_another_state_is_that_states() -> None:
    found = rows("Unlike the United States, which blamed North Korea, Portugal made no attribution.", "attributesTo")
    assert found == {("united-states", "north-korea", "", "")}
    found = rows("The attack, attributed by the United States to Russia in 2018, also hit Portuguese firms.",
                 "attributesTo")
    assert {(s, o) for s, o, _, _ in found} == {("united-states", "russia")}


# --- national positions on international law ------------------------------------------------------

@pytest.mark.parametrize("sentence, year, status", [
    ("Portugal submitted a national contribution to the compendium annexed to the 2021 GGE report.", "2021",
     "Published"),
    ("Portugal contributed to the 2021 compendium of national views on international law.", "2021", "Published"),
    ("In 2019 the foreign ministry presented a document on the application of international law in cyberspace at "
     "the OEWG.", "2019", "Published"),
    ("A national statement on international law in cyberspace is expected from Portugal in 2027.", "2027", "Planned"),
    ("Portugal has not issued a national position on international law in cyberspace, but one is in preparation.",
     "", "Planned"),
])
def test_national_positions_told_in_other_words(sentence: str, year: str, status: str) -> None:
    found = {(s, y, st) for s, o, y, st in rows(sentence, "issued") if o.startswith("portugal-position")}
    assert found == {("portugal", year, status)}


def test_a_ministry_preparing_a_position_with_a_partners_help_speaks_for_its_own_state() -> None:
    found = rows("Portugal has no national position on international law in cyberspace yet. The Ministry of Foreign "
                 "Affairs said in 2024 that it intends to prepare one, with support from Estonia.", "issued")
    assert {(s, st) for s, o, y, st in found if "position" in o} == {("portugal", "Planned")}


@pytest.mark.parametrize("sentence, culprits", [
    ("The national cyber centre assessed with high confidence that the GRU was almost certainly responsible for "
     "the 2017 attacks.", {"gru"}),
    ("Lisbon publicly named the Sandworm group, part of Russia's GRU, as responsible for the disruption of a power "
     "utility in 2016.", {"sandworm", "gru"}),
    ("In 2021 Portugal attributed the hack of its parliament to APT40 and the Chinese Ministry of State Security "
     "(MSS).", {"apt40", "mss"}),
    ("In 2022 Portugal accused the US National Security Agency (NSA) of hacking a university.", {"nsa"}),
])
def test_each_culprit_named_keeps_its_own_name(sentence: str, culprits: set[str]) -> None:
    found = {o for s, o, _, _ in rows(sentence, "attributesTo") if s == "portugal"}
    assert {c for c in culprits if any(c in o for o in found)} == culprits
    assert not {"russia", "china", "united-states"} & found


def test_a_gapped_list_of_attributions_gives_each_culprit_its_own_year() -> None:
    found = rows("Portugal attributed the first attack to Russia in 2018 and the second attack to North Korea in "
                 "2019.", "attributesTo")
    assert {(o, y) for _, o, y, _ in found} == {("russia", "2018"), ("north-korea", "2019")}
    found = rows("In 2018 Portugal attributed the attack to Russia and announced new sanctions on Iran.", "attributesTo")
    assert {o for _, o, _, _ in found} == {"russia"}


def test_a_subject_list_attributes_jointly_and_a_states_group_is_the_culprit() -> None:
    found = [f for f in facts("Portugal and the United States jointly attributed the satellite hack to Russia in "
                              "May 2022.") if f.relation == "attributesTo"]
    assert sorted((short(f.subject), short(f.object), f.jointly) for f in found) == \
        [("portugal", "russia", ("state/united-states",)), ("united-states", "russia", ("state/portugal",))]
    found = rows("In 2019 the foreign ministry attributed a phishing campaign to North Korea's Lazarus Group.",
                 "attributesTo")
    assert {o for _, o, _, _ in found} == {"lazarus-group"}


def labels(text: str, relation: str) -> set[tuple[str, str]]:
    """(object label, year) of the facts of one relation whose object is a national position."""
    source = SourceText("variant", Path("variant.txt"), OPENING + text, "An invented profile", "2026-11-27")
    result = extract_sources(Settings(root=ROOT), [source])
    return {(result.gazetteer.entities[f.object].label, f.year) for f in result.facts
            if f.relation == relation and "position-on-international-law" in f.object}


@pytest.mark.parametrize("sentence, label", [
    ("In a speech at Chatham House in May 2018, the Attorney General set out Portugal's position on international law "
     "in cyberspace.", "Attorney General’s Chatham House speech"),
    ("Portugal's legal views were first set out by President Ana Lopes in her address to the CyCon conference in 2019.",
     "President Ana Lopes’s CyCon address"),
    ("Portugal's thinking on international law was set out in a paper, \"Portugal and the Law of Cyber Operations\", "
     "in 2020.", "Portugal and the Law of Cyber Operations"),
])
def test_a_national_position_is_named_by_its_title_or_its_speaker_and_occasion(sentence: str, label: str) -> None:
    assert {lab for lab, _ in labels(sentence, "issued")} == {label}


def test_what_a_speech_rejected_and_accepted_are_positions_in_it() -> None:
    found = facts("Portugal's thinking on international law was set out in a speech by the Attorney General, "
                  "\"Cyber Law Today\", in May 2018. The speech rejected the view that sovereignty is a standalone "
                  "rule. It accepted that countermeasures may be taken, and that IHL applies in armed conflict.")
    topics = {t.rsplit("#", 1)[-1] for f in found if f.relation == "positionIn" for t in f.topics}
    assert topics == {"Sovereignty", "Countermeasures", "InternationalHumanitarianLaw"}


@pytest.mark.parametrize("text, year", [
    ("Portugal has not yet published a national position on how international law applies in cyberspace. It is "
     "expected to do so in 2027.", "2027"),
    ("Portugal has not issued its own statement on international law in cyberspace. Officials have said that one is "
     "planned.", ""),
])
def test_a_planned_position_referred_back_to(text: str, year: str) -> None:
    found = {(s, y, st) for s, o, y, st in rows(text, "issued") if o.startswith("portugal-position")}
    assert found == {("portugal", year, "Planned")}


def test_a_negative_determiner_on_the_paper_means_none_was_published() -> None:
    text = "Portugal has published no national position on how international law applies in cyberspace."
    assert not rows(text, "issued")


# --- alignment ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, other", [
    ("Portugal's positions in UN cyber discussions are closely aligned with those of the EU.", "eu"),
    ("In the OEWG, Portugal usually speaks through the EU, whose statements it endorses.", "eu"),
    ("Portugal has consistently aligned itself with the statements delivered on behalf of the European Union.", "eu"),
    ("Portugal has supported EU-led joint statements at the OEWG since 2021.", "eu"),
    ("Portugal voted in line with the EU's position on both resolutions.", "eu"),
])
def test_alignment_told_in_other_words(sentence: str, other: str) -> None:
    assert {(s, o) for s, o, _, _ in rows(sentence, "alignsWith")} == {("portugal", other)}


@pytest.mark.parametrize("sentence", [
    "In line with the EU's NIS Directive, Portugal created a national CSIRT.",
    "Portugal intends to align its positions with those of the EU.",
])
def test_no_alignment_from_a_directive_or_an_intention(sentence: str) -> None:
    assert rows(sentence, "alignsWith") == set()


def test_a_relative_clause_aligns_its_antecedent() -> None:
    found = rows("Unlike Hungary, which aligned with Russia's position, Portugal abstained.", "alignsWith")
    assert {(s, o) for s, o, _, _ in found} == {("hungary", "russia")}


# --- conventions --------------------------------------------------------------------------------

def test_a_status_given_to_a_list_of_conventions_goes_to_each() -> None:
    found = rows("Portugal is one of the few European states to have ratified both the Budapest Convention and the "
                 "Malabo Convention.", "partyTo")
    assert {(o, st) for _, o, _, st in found} == {("budapest-convention", "Ratified"), ("malabo-convention", "Ratified")}


@pytest.mark.parametrize("sentence, year, status", [
    ("Portugal's ratification of the Budapest Convention took place in 2010.", "2010", "Ratified"),
    ("Portugal is among the signatories of the UN Convention against Cybercrime, signed in Hanoi in October 2025.",
     "2025", "Signed"),
])
def test_convention_statuses_told_as_nouns(sentence: str, year: str, status: str) -> None:
    assert {(y, st) for _, _, y, st in rows(sentence, "partyTo")} == {(year, status)}


def test_each_convention_of_a_list_keeps_its_own_year() -> None:
    found = rows("Portugal ratified the Budapest Convention in 2010 and its First Additional Protocol in 2017.",
                 "partyTo")
    assert {(o, y, st) for _, o, y, st in found} == {("budapest-convention", "2010", "Ratified"),
                                                     ("budapest-first-protocol", "2017", "Ratified")}


def test_the_nth_party_acceded_and_a_later_step_counts_from_the_first() -> None:
    assert {(y, st) for _, _, y, st in rows("Portugal became the 65th party to the Budapest Convention in 2019.",
                                            "partyTo")} == {("2019", "Acceded")}
    found = rows("Portugal signed the Budapest Convention in 2001, ratifying it two years later.", "partyTo")
    assert {(y, st) for _, _, y, st in found} == {("2001", "Signed"), ("2003", "Ratified")}


def test_it_after_an_unknown_convention_is_that_convention_not_the_paragraphs() -> None:
    text = ("Portugal ratified the Budapest Convention in 2010. It signed the Lusophone Convention on Digital "
            "Offences in 2015 and ratified it in 2017.")
    assert rows(text, "partyTo") == {("portugal", "budapest-convention", "2010", "Ratified")}


def test_it_after_a_known_convention_still_reaches_back() -> None:
    text = "Portugal signed the Budapest Convention in 2001. The Government ratified it in 2010."
    assert rows(text, "partyTo") == {("portugal", "budapest-convention", "2001", "Signed"),
                                     ("portugal", "budapest-convention", "2010", "Ratified")}


# --- incidents ----------------------------------------------------------------------------------

def incidents(text: str) -> set[tuple[str, str]]:
    """(label, year) of the incidents Portugal suffered, with every other name each incident is given."""
    source = SourceText("variant", Path("variant.txt"), OPENING + text, "An invented profile", "2026-11-27")
    result = extract_sources(Settings(root=ROOT), [source])
    found = set()
    for fact in result.facts:
        if fact.relation == "suffered" and fact.subject == "state/portugal":
            entity = result.gazetteer.entities[fact.object]
            found |= {(name, fact.year) for name in {entity.label, *entity.names}}
    return found


@pytest.mark.parametrize("sentence, name, year", [
    ("In March 2021 Banco Atlântico lost about EUR 5 million in a SWIFT-related attack.",
     "SWIFT-related attack on Banco Atlântico", "2021"),
    ("In June 2022 some 300,000 emails of the ports authority APL were leaked.", "APL emails leak",  # (round 7: what
     "2022"),                                                                                    # leaked, by its holder)
    ("The most serious incident was the 2020 ransomware attack on the state energy company Galp.",
     "Ransomware attack on the Galp", "2020"),
    ("In 2023 a campaign against the headquarters of the Socialist Party (PS) was detected.",
     "Campaign against the headquarters of PS", "2023"),
    ("The distributed denial-of-service (DDoS) attacks of April and May 2019 disrupted banks.", "DDoS attacks", "2019"),
])
def test_incidents_are_named_by_what_they_hit_and_dated_by_their_words(sentence: str, name: str, year: str) -> None:
    assert (name, year) in incidents(sentence)


@pytest.mark.parametrize("sentence", [
    "In 2022 the authorities rehearsed a large-scale attack on the power grid in a national exercise.",
    "In 2021 officials blamed unnamed \"foreign special services\" for the outage.",
])
def test_no_incident_in_an_exercise_or_in_the_name_of_a_culprit(sentence: str) -> None:
    assert not {n for n, _ in incidents(sentence) if "attack on the power grid" in n.lower() or "special" in n.lower()}


# --- votes and initiatives ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In 2022 it co-sponsored A/77/37 on the Programme of Action and voted for it.",
     {("a-77-37", "2022", "InFavour")}),
    ("The Programme of Action was taken forward by resolution A/77/37 in December 2022. Portugal voted against.",
     {("a-77-37", "2022", "Against")}),
    ("Resolutions A/73/27 and A/73/266 were adopted in 2018. Portugal voted in favour of both.",
     {("a-73-27", "2018", "InFavour"), ("a-73-266", "2018", "InFavour")}),
    ("Russia tabled A/73/27 in 2018. Portugal voted in favour of a different text.", set()),
])
def test_a_vote_on_the_resolution_named_before(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(o, y, st) for _, o, y, st in rows(text, "votedOn")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Christchurch Call was co-launched with New Zealand in May 2019.", {("portugal", "2019")}),
    ("The Paris Call was launched by the Prime Minister in November 2018.", {("portugal", "2018")}),
    ("The Freedom Online Coalition was founded in 2011 by the Netherlands.", {("netherlands", "2011")}),
    ("The Global Forum on Cyber Expertise was set up in 2015, and Portugal has not joined it.", set()),
    ("The Counter Ransomware Initiative was launched in 2021; Portugal joined in 2022.", {("portugal", "2022")}),
])
def test_initiatives_told_in_the_passive_or_joined_afterwards(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, y) for s, _, y, _ in rows(sentence, "joined")} == expected


# --- a whole invented profile in a denser style (tests/data/profile-uruguay, answers written first) -------------

@pytest.fixture(scope="module")
def uruguay() -> list[Fact]:
    path = ROOT / "tests" / "data" / "profile-uruguay" / "uruguay.txt"
    source = SourceText("uruguay", path, path.read_text(encoding="utf-8"), "An invented profile", "2026-11-27")
    return extract_sources(Settings(root=ROOT), [source]).facts


def of(found: list[Fact], relation: str) -> set[tuple[str, str, str, str]]:
    return {(short(f.subject), short(f.object), f.year, f.status) for f in found if f.relation == relation}


def test_the_expected_answers_of_the_dense_profile(uruguay: list[Fact]) -> None:
    assert of(uruguay, "votedOn") == {("uruguay", "a-73-27", "2018", "Abstained"),
                                      ("uruguay", "a-73-266", "2018", "InFavour"),
                                      ("uruguay", "a-77-37", "2022", "InFavour")}
    assert of(uruguay, "alignsWith") == {("uruguay", "grulac", "", "")}
    assert {(o, y) for _, o, y, _ in of(uruguay, "joined")} >= {("paris-call", "2019"), ("counter-ransomware-initiative", "2021")}
    assert "freedom-online-coalition" not in {o for _, o, _, _ in of(uruguay, "joined")}
    assert of(uruguay, "partyTo") == {("uruguay", "budapest-convention", "2023", "Acceded"),
                                      ("uruguay", "budapest-second-protocol", "2024", "Signed"),
                                      ("uruguay", "un-cybercrime-convention", "", "NotParty")}
    papers = {(y, st) for _, o, y, st in of(uruguay, "issued") if "position-on-international-law" in o}
    assert papers == {("2023", "Published"), ("2026", "Planned")}
    topics = {t.rsplit("#", 1)[-1] for f in uruguay if f.relation == "positionIn" for t in f.topics}
    assert topics == {"Sovereignty", "DueDiligence", "Countermeasures"}
    # (round 7: "attributed a phishing campaign against its foreign ministry to …" brings the campaign in with "a")
    assert {y for _, _, y, _ in of(uruguay, "suffered")} == {"2021", "2023", "2024"}
    attributions = {(short(f.object), f.year, f.jointly) for f in uruguay if f.relation == "attributesTo"}
    assert attributions == {("lazarus-group", "2024", ("state/argentina", "state/chile")), ("guacamaya", "2023", ())}


def test_a_convention_referred_to_by_it_is_the_one_the_sentence_before_named() -> None:
    found = rows("Portugal was invited to accede to the Budapest Convention in 2015. The government acceded to it in "
                 "2019. Its strategy was drafted in 2020, and the cabinet signed it in 2021.", "partyTo")
    assert {(o, y, st) for _, o, y, st in found} == {("budapest-convention", "2019", "Acceded")}


# --- coordinated subjects and candidacy --------------------------------------------------------------

def test_each_state_of_a_coordinated_subject_acts() -> None:
    assert {s for s, _, _, _ in rows("In 2018 Estonia and Latvia voted against A/73/27.", "votedOn")} == \
        {"estonia", "latvia"}
    assert {s for s, _, _, _ in rows("Ukraine and Moldova received EU candidate status in June 2022.",
                                     "candidateFor")} == {"ukraine", "moldova"}
    assert {s for s, _, _, _ in rows("Portugal, unlike Spain, voted against A/73/27.", "votedOn")} == {"portugal"}


def test_candidacy_is_for_the_eu_and_nato_only() -> None:
    assert rows("Portugal supported Peru, a candidate for OECD membership since 2022.", "candidateFor") == set()


def test_positions_in_a_paper_carry_its_year_and_survive_a_verb_exercise() -> None:
    found = [f for f in facts("In 2021 Portugal set out its national views on international law in its contribution "
                              "to the compendium, affirming that IHL applies in armed conflict and that capacity "
                              "building is needed for states to exercise their rights.") if f.relation == "positionIn"]
    assert {(t.rsplit("#", 1)[-1], f.year) for f in found for t in f.topics} >= {("InternationalHumanitarianLaw", "2021")}


def test_a_forum_carries_over_two_sentences_only() -> None:
    text = ("In the OEWG Portuguese delegates have argued that sovereignty applies in cyberspace. Portugal voted for "
            "A/77/37. It chairs a regional body. It funds training. Due diligence, officials say, is an obligation.")
    found = [f for f in facts(text) if f.relation == "position"]
    assert {t.rsplit("#", 1)[-1] for f in found for t in f.topics} == {"Sovereignty"}


def test_a_listed_subject_attributes_and_the_culprits_state_suffered_nothing() -> None:
    text = ("China is a member of the UN. In 2021 the United States, the EU and NATO attributed the Exchange hack to "
            "China's Ministry of State Security. Chinese state-sponsored hackers were blamed for the 2015 breach of a "
            "US federal agency.")
    source = SourceText("variant", Path("variant.txt"), text, "An invented profile", "2026-11-27")
    found = extract_sources(Settings(root=ROOT), [source]).facts
    assert {(short(f.subject), f.jointly) for f in found if f.relation == "attributesTo"} == \
        {("united-states", ("org/eu", "org/nato")), ("eu", ("org/nato", "state/united-states")),
         ("nato", ("org/eu", "state/united-states"))}  # (each listed subject attributes, with the others)
    assert not [f for f in found if f.relation == "suffered"]


@pytest.mark.parametrize("sentence, topic", [
    ("At the OEWG, Portugal opposed any new legally binding treaty.", "CybercrimeTreaty"),
    ("In the OEWG, Portuguese diplomats pressed for the inclusion of gender issues in the final report.",
     "HumanRightsOnline"),
    ("In its statements to the OEWG, Portugal rejected calls for a new treaty.", "CybercrimeTreaty"),
])
def test_positions_in_a_forum_with_other_stance_verbs(sentence: str, topic: str) -> None:
    found = [f for f in facts(sentence) if f.relation == "position"]
    assert [(short(f.subject), {t.rsplit("#", 1)[-1] for t in f.topics}) for f in found] == [("portugal", {topic})]


def test_supporting_an_initiative_is_no_position_without_a_forum() -> None:
    assert [f for f in facts("Portugal supported the Paris Call in 2018.") if f.relation == "position"] == []


@pytest.mark.parametrize("sentence", [
    "Portugal signed a cyber MoU with Chile in 2019 that refers to the Paris Call.",
    "Portugal joined the OAS in 1948 and is an observer to the Christchurch Call.",
])
def test_an_initiative_that_is_another_things_object_is_not_joined(sentence: str) -> None:
    assert rows(sentence, "joined") == set()


@pytest.mark.parametrize("sentence, year, status", [
    ("Portugal was among the first states to publish its views on international law in cyberspace, in 2018.", "2018",
     "Published"),
    ("Portugal decided to publish its position on international law in cyberspace in 2027.", "2027", "Planned"),
])
def test_to_publish_is_done_for_the_first_states_and_planned_when_decided(sentence: str, year: str,
                                                                          status: str) -> None:
    found = {(y, st) for _, o, y, st in rows(sentence, "issued") if o.startswith("portugal-position")}
    assert found == {(year, status)}


def test_against_one_and_for_the_other_and_a_statement_to_the_compendium() -> None:
    assert {(o, st) for _, o, _, st in rows("London voted against A/73/27 and for A/73/266 in December 2018.",
                                            "votedOn")} == {("a-73-27", "Against"), ("a-73-266", "InFavour")}
    found = rows("In 2021 Portugal contributed a statement to the GGE compendium.", "issued")
    assert {(y, st) for _, o, y, st in found if o.startswith("portugal-position")} == {("2021", "Published")}


@pytest.mark.parametrize("sentence, name, year", [
    ("In 2022 the telecoms operator Claro suffered a ransomware attack.", "Ransomware attack on Claro", "2022"),
    ("The foreign ministry was the victim of a cyberattack in March 2023.", "Cyberattack on the foreign ministry",
     "2023"),
    ("In 2021 the Senate's website was taken offline by a DDoS attack.", "DDoS attack on Senate's website", "2021"),
    ("A major data breach at the electoral authority exposed the records of millions of voters in 2021.",
     "Major data breach at the electoral authority", "2021"),
])
def test_incidents_named_by_their_victim(sentence: str, name: str, year: str) -> None:
    assert (name, year) in incidents(sentence)


@pytest.mark.parametrize("sentence, other", [
    ("Portugal's positions closely track those of Spain.", "spain"),
    ("In the OEWG, Portugal's votes mirror Spain's.", "spain"),
    ("Portugal follows the EU's lead in the First Committee.", "eu"),
    ("Portugal's statements are generally in line with the African Group.", "african-group"),
    ("Portugal has often made common cause with Spain in UN cyber negotiations.", "spain"),
])
def test_alignment_as_tracking_mirroring_following_a_lead(sentence: str, other: str) -> None:
    assert {(s, o) for s, o, _, _ in rows(sentence, "alignsWith")} == {("portugal", other)}


def test_standing_with_a_state_is_solidarity_not_alignment() -> None:
    assert rows("Portugal stands with Ukraine against Russian aggression.", "alignsWith") == set()


@pytest.mark.parametrize("sentence, year", [
    ("Portugal's views on international law in cyberspace are expressed in a 2021 statement to the OEWG.", "2021"),
    ("Portugal's position on the application of international law is reflected in its 2022 white paper.", "2022"),
    ("Portugal's understanding of how international law applies to cyberspace was spelled out in a 2020 non-paper.",
     "2020"),
    ("In 2019 Portugal circulated a paper on international law in cyberspace to OEWG delegations.", "2019"),
    ("Portugal put forward its national position on international law in cyberspace in 2024.", "2024"),
    ("Portugal's national position on international law in cyberspace came out in 2023.", "2023"),
])
def test_a_published_position_told_with_other_verbs(sentence: str, year: str) -> None:
    found = {(y, st) for _, o, y, st in rows(sentence, "issued") if o.startswith("portugal-position")}
    assert found == {(year, "Published")}


def test_a_position_not_expressed_is_not_published() -> None:
    assert not [o for _, o, _, st in rows("Portugal has not expressed a position on international law in cyberspace.",
                                          "issued") if st == "Published"]


def test_a_candidacy_named_by_its_holders_possessive_is_the_holders() -> None:
    found = rows("Portugal has supported Ukraine's bid to become a NATO candidate.", "candidateFor")
    assert {(s, o, st) for s, o, _, st in found} == {("ukraine", "nato", "Aspirant")}


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal cast its vote against the Russian-sponsored resolution A/73/27.", {("a-73-27", "Against")}),
    ("A/73/27, which Portugal voted against, was adopted in December 2018.", {("a-73-27", "Against")}),
    ("Portugal did not take part in the vote on A/73/27.", set()),
])
def test_votes_cast_and_told_in_a_relative_clause(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(o, st) for _, o, _, st in rows(sentence, "votedOn")} == expected


@pytest.mark.parametrize("sentence, year", [
    ("Portugal's accession to the Paris Call in 2020 was welcomed by France.", "2020"),
    ("The Freedom Online Coalition, which Portugal joined in 2016, met in Lisbon.", "2016"),
    ("Portugal became a GFCE member in 2020.", "2020"),
])
def test_initiatives_joined_in_other_words(sentence: str, year: str) -> None:
    assert {(s, y) for s, _, y, _ in rows(sentence, "joined")} == {("portugal", year)}


@pytest.mark.parametrize("sentence, expected", [
    ("China refuses to accede to the Budapest Convention.", {("", "NotParty")}),
    ("Portugal is in the process of acceding to the Budapest Convention.", {("", "Planned")}),
    ("Portugal has had observer status in the Cybercrime Convention Committee (T-CY) since 2015.", {("2015", "Observer")}),
    ("Portugal deposited its instrument of ratification of the Budapest Convention in 2010.", {("2010", "Ratified")}),
])
def test_convention_statuses_in_other_words(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(y, st) for _, _, y, st in rows(sentence, "partyTo")} == expected


def test_an_organisations_statement_is_no_states_position() -> None:
    found = [f for f in facts("The EU's statement at the OEWG, which Portugal supported, stressed that sovereignty "
                              "applies.") if f.relation in ("position", "positionIn")]
    assert [f for f in found if f.subject == "state/portugal"] == []


# --- positions, national papers and their venues told in other words (invented, pos3) -------------------------

def families(text: str) -> set[tuple[str, str, str, str, str]]:
    """(relation, subject, object, year, status) of the position, national-paper and alignment facts."""
    return {(f.relation, short(f.subject), short(f.object), f.year, f.status) for f in facts(text)
            if f.relation in ("position", "positionIn", "alignsWith") or
            f.relation == "issued" and "position-on-international-law" in f.object}


@pytest.mark.parametrize("sentence", [
    "Spain's 2023 position paper holds that due diligence is binding; Portugal has not taken a view.",
    "Unlike Spain, which published its national position on international law in 2023, Portugal has yet to publish "
    "one.",
    "Spain set out its views on international law in cyberspace in 2023. Portugal has not.",
    "Denmark is preparing a national position on international law, Portuguese officials noted.",
])
def test_another_states_national_paper_is_no_fact_of_this_profile(sentence: str) -> None:
    assert {row for row in families(sentence) if row[0] == "issued"} == set()


@pytest.mark.parametrize("sentence", [
    "Academics in Lisbon have argued at the OEWG's stakeholder sessions that due diligence should be binding.",
    "Civil society groups from Portugal told the OEWG in 2023 that sovereignty must not justify censorship.",
    "Researchers at a Lisbon university stressed in the GGE consultations that IHL applies to cyber operations.",
    "Portugal took part in the OEWG, where the applicability of international humanitarian law was hotly debated.",
    "The OEWG's 2023 annual progress report, which Portugal welcomed, stressed that international law applies.",
    "Portugal sat on the GGE, whose report noted that state sovereignty applies to ICT activities.",
])
def test_no_position_when_someone_else_speaks_or_the_forum_only_debated(sentence: str) -> None:
    assert {row for row in families(sentence) if row[0] in ("position", "positionIn")} == set()


@pytest.mark.parametrize("sentence, forum", [
    ("In the OEWG Portuguese delegates have argued that sovereignty applies in cyberspace.", "un-oewg"),
    ("Speaking at the OEWG in March 2022, Portugal's ambassador insisted that the framework of responsible state "
     "behaviour must be implemented.", "un-oewg"),
    ("Portuguese officials, in remarks to the GGE, warned that ransomware attacks on hospitals may breach "
     "international law.", "un-gge"),
    ("At the First Committee the foreign ministry has repeatedly held that due diligence is not binding.",
     "un-first-committee"),
    ("In the GGE, they have also said that IHL applies to cyber operations.", "un-gge"),
])
def test_a_state_speaks_through_its_officials_its_organs_or_a_pronoun(sentence: str, forum: str) -> None:
    assert {(r[1], r[2]) for r in families(sentence) if r[0] == "position"} == {("portugal", forum)}


@pytest.mark.parametrize("sentence, year", [
    ("Lisbon's 2023 statement to the OEWG stressed that capacity building should be demand-driven.", "2023"),
    ("In its 2023 national statement at the OEWG, Portugal underlined that state sovereignty applies to cyberspace.",
     "2023"),
    ("Portugal's 2022 submission to the OEWG argued that norms are voluntary.", "2022"),
    ("In a 2021 intervention before the OEWG, the capital stressed that due diligence is an expectation rather than "
     "a legal duty.", "2021"),
])
def test_a_statement_to_a_forum_is_dated_by_its_own_words(sentence: str, year: str) -> None:
    assert {(r[1], r[2], r[3]) for r in families(sentence) if r[0] == "position"} == {("portugal", "un-oewg", year)}


@pytest.mark.parametrize("text, forum", [
    ("Portugal took part in the 2021-2025 OEWG. In its 2022 statement to the working group, the delegation insisted "
     "that human rights law applies online.", "un-oewg"),
    ("Portugal sat on the sixth GGE. In the Group, its delegates argued that sovereignty is a rule.", "un-gge"),
    ("Portugal chaired the First Committee in 2019. Before the Committee, the Portuguese ambassador warned against an "
     "arms race.", "un-first-committee"),
])
def test_a_forum_referred_back_to_by_its_head_word(text: str, forum: str) -> None:
    assert {(r[1], r[2]) for r in families(text) if r[0] == "position"} == {("portugal", forum)}


@pytest.mark.parametrize("sentence, year", [
    ("According to its submission to the 2021 GGE compendium, Portugal considers that the UN Charter applies in its "
     "entirety to state conduct in cyberspace.", "2021"),
    ("In its contribution to the 2021 GGE compendium, Portugal affirms that attribution is a sovereign prerogative.",
     "2021"),
    ("In its national position, Portugal holds that due diligence is a binding obligation.", ""),
    ("The 2022 paper, presented by the foreign minister to the OEWG, holds that sovereignty is a binding rule.", "2022"),
    ("A position paper released by the foreign ministry in 2022 holds that IHL applies to cyber operations in armed "
     "conflict.", "2022"),
])
def test_a_paper_named_as_the_source_of_a_view_is_published_and_holds_it(sentence: str, year: str) -> None:
    found = families(sentence)
    assert {(r[0], r[3], r[4]) for r in found} == {("issued", year, "Published"), ("positionIn", year, "")}
    assert not [f for f in facts(sentence) if f.relation == "issued" and "charter" in f.object]


@pytest.mark.parametrize("sentence", [
    "Portugal considers that the UN Charter applies in full.",
    "Portuguese diplomats maintain that the UN Charter applies to cyberspace in its entirety.",
    "The foreign ministry holds that the Charter of the United Nations applies to state conduct online.",
])
def test_a_view_about_the_un_charter_is_no_issuance_of_it(sentence: str) -> None:
    assert not [f for f in facts(sentence) if f.relation == "issued" and not f.object.startswith("document/portugal")]


@pytest.mark.parametrize("sentence, year", [
    ("Portugal has not yet published a national position on international law, but officials told the OEWG in 2023 "
     "that work on one had begun.", "2023"),
    ("At the OEWG in 2024, the Portuguese delegation said that a national position on international law was being "
     "drafted.", "2024"),
    ("Portuguese diplomats informed the GGE that their government intends to publish its views on international law "
     "in 2025.", "2025"),
])
def test_news_of_its_own_paper_told_to_a_forum_is_a_planned_paper_not_a_position(sentence: str, year: str) -> None:
    assert families(sentence) == {("issued", "portugal", "portugal-position-on-international-law", year, "Planned")}
    assert [f.object for f in facts(sentence) if f.relation == "issued"] == ["document/portugal-position-on-international-law"]


@pytest.mark.parametrize("sentence, document, year", [
    ("In its 2022 submission to the UN Secretary-General's annual report, Portugal affirmed that sovereignty is a "
     "rule.", "un-secretary-generals-annual-report-2022", "2022"),
    ("Portugal's answers to the ICRC questionnaire in 2020 held that IHL applies to cyber operations.",
     "icrc-questionnaire-2020", "2020"),
    ("In its replies to the OAS questionnaire in 2021, Portugal affirmed that sovereignty is a rule.",
     "oas-questionnaire-2021", "2021"),
    ("In its input to the Secretary-General's report, Portugal stressed that due diligence is not binding.",
     "secretary-generals-report", ""),
])
def test_views_sent_to_someone_elses_report_are_a_position_there_not_a_national_paper(sentence: str, document: str,
                                                                                       year: str) -> None:
    assert families(sentence) == {("positionIn", "portugal", document, year, "")}


@pytest.mark.parametrize("sentence, forum, year", [
    ("Its representatives at the OEWG have consistently held that norms complement, rather than replace, "
     "international law.", "un-oewg", ""),
    ("Their delegates to the GGE argued that attribution requires evidence.", "un-gge", ""),
    ("Its 2022 statement to the OEWG warned against an arms race.", "un-oewg", "2022"),
])
def test_its_officials_at_a_forum_speak_for_the_paragraphs_state(sentence: str, forum: str, year: str) -> None:
    assert {(r[1], r[2], r[3]) for r in families(sentence) if r[0] == "position"} == {("portugal", forum, year)}


@pytest.mark.parametrize("sentence", [
    "Brazil told the OEWG in 2022 that sovereignty is paramount, a view Lisbon does not share.",
    "Spain said at the GGE that due diligence is binding.",
    "Mexico wrote to the OEWG that a treaty is needed.",
])
def test_another_state_that_told_or_said_is_the_speaker_not_the_paragraphs_state(sentence: str) -> None:
    assert {r for r in families(sentence) if r[1] == "portugal"} == set()


@pytest.mark.parametrize("sentence, year", [
    ("The Portuguese paper on international law, made public in October 2021, takes the view that sovereignty is a "
     "primary rule.", "2021"),
    ("Its 2020 position paper on international law concludes that countermeasures are lawful.", "2020"),
    ("The Portuguese position of 2019 finds that due diligence is binding.", "2019"),
])
def test_a_dated_paper_taking_a_view_is_published_and_holds_it(sentence: str, year: str) -> None:
    assert {(r[0], r[3], r[4]) for r in families(sentence)} == {("issued", year, "Published"), ("positionIn", year, "")}


@pytest.mark.parametrize("sentence, year", [
    ("Portugal is among the few states whose national views on international law in cyberspace were included in the "
     "2021 GGE compendium.", "2021"),
    ("Portugal's position on international law in cyberspace was incorporated into the compendium annexed to the 2021 "
     "GGE report.", "2021"),
    ("In 2022 Portugal's views on international law were reproduced in an OAS report.", "2022"),
])
def test_a_paper_included_in_a_compilation_is_published(sentence: str, year: str) -> None:
    assert {(r[0], r[3], r[4]) for r in families(sentence) if r[0] == "issued"} == {("issued", year, "Published")}


@pytest.mark.parametrize("sentence, other", [
    ("In the OEWG, Portugal's statements generally follow those delivered on behalf of the European Union.", "eu"),
    ("Lisbon usually associates itself with EU statements in First Committee debates.", "eu"),
    ("In the First Committee it frequently associated itself with statements made on behalf of the African Group.",
     "african-group"),
    ("Portugal subscribed to the statements read out by the EU delegation.", "eu"),
    ("Portuguese officials, echoing the United States' position, rejected a new treaty.", "united-states"),
])
def test_alignment_with_anothers_statements_however_they_are_named(sentence: str, other: str) -> None:
    assert {(s, o) for s, o, _, _ in rows(sentence, "alignsWith")} == {("portugal", other)}


@pytest.mark.parametrize("sentence", [
    "Portugal has not joined the statements of the Arab Group.",
    "Unlike Hungary, which often breaks with EU statements, Portugal has never diverged from them.",
    "Echoing Russia's argument that existing law is insufficient, a few Portuguese academics called for a treaty.",
])
def test_no_alignment_when_negated_or_only_an_argument_is_echoed(sentence: str) -> None:
    assert {(s, o) for s, o, _, _ in rows(sentence, "alignsWith") if s == "portugal"} == set()


@pytest.mark.parametrize("sentence", [
    "On behalf of the African Group, Portugal argued at the OEWG that capacity building is a priority.",
    "As holder of the EU Council presidency, Portugal stressed at the OEWG that the UN Charter applies.",
    "Speaking for the EU at the OEWG in 2021, the Portuguese presidency stressed that the UN Charter applies.",
    "Portugal, speaking for the EU, told the OEWG that norms are voluntary.",
])
def test_a_state_speaking_for_an_organisation_states_no_position_of_its_own(sentence: str) -> None:
    assert {r for r in families(sentence) if r[0] in ("position", "positionIn")} == set()


def test_statements_delivered_on_behalf_of_an_organisation_leave_the_states_own_argument() -> None:
    found = families("At the OEWG, aligning itself with the statements delivered on behalf of the EU, Portugal argued "
                     "for a Programme of Action.")
    assert ("position", "portugal", "un-oewg", "", "") in found and ("alignsWith", "portugal", "eu", "", "") in found


@pytest.mark.parametrize("sentence, year", [
    ("Portugal's statement at the OEWG's 2024 session welcomed the establishment of the Global POC Directory.", "2024"),
    ("The Portuguese statement delivered at the OEWG in July 2022 called for accountability for malicious cyber "
     "activity.", "2022"),
    ("Its intervention made at the OEWG's 2023 session warned against an arms race.", "2023"),
])
def test_a_statement_delivered_at_a_forum_is_stated_there(sentence: str, year: str) -> None:
    assert {(r[1], r[2], r[3]) for r in families(sentence) if r[0] == "position"} == {("portugal", "un-oewg", year)}


@pytest.mark.parametrize("text, label", [
    ("Portugal set out its views on international law in its contribution to the 2021 GGE compendium; the foreign "
     "ministry is considering a fuller stand-alone paper.", "fuller stand-alone paper"),
    ("Portugal published its position on international law in cyberspace in 2020. Officials say they intend to "
     "prepare a separate detailed statement.", "separate detailed statement"),
    ("Portugal published its national position on international law in 2021 and plans a more comprehensive document.",
     "more comprehensive document"),
])
def test_a_further_paper_planned_after_a_published_one_is_named_by_what_sets_it_apart(text: str, label: str) -> None:
    source = SourceText("variant", Path("variant.txt"), OPENING + text, "An invented profile", "2026-11-27")
    result = extract_sources(Settings(root=ROOT), [source])
    planned = [f for f in result.facts if f.relation == "issued" and f.status == "Planned"]
    assert [result.gazetteer.entities[f.object].label for f in planned] == [label]
    assert [f for f in result.facts if f.relation == "issued" and f.status == "Published"]


SPEECHES = ("In a 2018 speech at Chatham House, Portugal's Attorney General set out how the government considers "
            "international law to apply in cyberspace. He rejected the view that sovereignty is a standalone rule. ")


@pytest.mark.parametrize("second", [
    "In 2022 a second speech by his successor at the same venue elaborated on non-intervention and restated that "
    "countermeasures are available.",
    "A new statement released in 2022 added that due diligence is binding and stressed that IHL applies.",
    "In 2022 a fuller national statement followed, which holds that countermeasures are lawful and treats attribution "
    "as a political decision.",
])
def test_views_in_a_sentence_that_issues_a_later_paper_belong_to_that_paper(second: str) -> None:
    found = families(SPEECHES + second)
    later = {r for r in found if r[0] == "positionIn" and r[3] == "2022"}
    assert {r[3] for r in found if r[0] == "issued"} == {"2018", "2022"}
    assert len(later) == 1 and len([f for f in facts(SPEECHES + second) if f.relation == "positionIn"
                                    and f.year == "2022"]) == 2


PAPER_2024 = "Portugal published its national position on international law in cyberspace in 2024. "


@pytest.mark.parametrize("sentence", [
    "The paper says nothing on attribution.",
    "The document does not address countermeasures.",
    "It makes no mention of due diligence.",
])
def test_a_topic_the_paper_leaves_unaddressed_is_no_position(sentence: str) -> None:
    assert {r for r in families(PAPER_2024 + sentence) if r[0] == "positionIn"} == set()


@pytest.mark.parametrize("sentence", [
    "It accepts that the prohibition of intervention applies, and that states must exercise due diligence.",
    "The paper holds that states should exercise due diligence and that the principle of non-intervention applies.",
    "In the paper Lisbon recognises that the rule of non-intervention binds states and that states may exercise "
    "due diligence.",
])
def test_intervention_and_exercising_due_diligence_are_views_in_the_paper(sentence: str) -> None:
    found = [f for f in facts(PAPER_2024 + sentence) if f.relation == "positionIn"]
    # (non-intervention is a topic of its own since round 11)
    assert {t.rsplit("#", 1)[-1] for f in found for t in f.topics} == {"NonIntervention", "DueDiligence"}


@pytest.mark.parametrize("sentence, title", [
    ("A written position, “Portugal and International Law in Cyberspace”, followed in 2024.",
     "Portugal and International Law in Cyberspace"),
    ("In 2024 the foreign ministry released a paper entitled “Cyber Operations and International Law”.",
     "Cyber Operations and International Law"),
    ("A document, “International Law Applied to Portuguese Cyber Operations”, was issued in 2024.",
     "International Law Applied to Portuguese Cyber Operations"),
])
def test_a_paper_named_by_its_quoted_title_is_the_national_paper_not_a_law(sentence: str, title: str) -> None:
    source = SourceText("variant", Path("variant.txt"), OPENING + sentence, "An invented profile", "2026-11-27")
    result = extract_sources(Settings(root=ROOT), [source])
    issued = [f for f in result.facts if f.relation == "issued"]
    assert [(result.gazetteer.entities[f.object].label, f.year, f.status) for f in issued] == [(title, "2024",
                                                                                                 "Published")]


@pytest.mark.parametrize("sentence, forum, year", [
    ("At the 2023 session of the OEWG, Portuguese negotiators opposed Russian proposals for a binding convention.",
     "un-oewg", "2023"),
    ("During the final round of the GGE in 2021, Portugal argued that norms are voluntary.", "un-gge", "2021"),
    ("In the informal consultations of the OEWG, Lisbon pressed for a gender perspective.", "un-oewg", ""),
    ("Portugal's negotiators at the GGE insisted that IHL applies.", "un-gge", ""),
])
def test_a_sitting_of_a_forum_is_the_forum_and_negotiators_negotiate_nothing(sentence: str, forum: str,
                                                                             year: str) -> None:
    assert {(r[1], r[2], r[3]) for r in families(sentence) if r[0] == "position"} == {("portugal", forum, year)}


@pytest.mark.parametrize("sentence", [
    "A draft national position on international law was circulated to ministries for comment in 2024.",
    "The foreign ministry has commissioned academics to draft Portugal's position on international law in cyberspace.",
    "Portugal has promised to set out its national position on international law before the end of the OEWG's "
    "mandate.",
    "The government has tasked a working group with preparing a national position on international law.",
])
def test_a_draft_a_commission_or_a_promise_is_a_planned_paper(sentence: str) -> None:
    assert {r[4] for r in families(sentence) if r[0] == "issued"} == {"Planned"}


def test_a_draft_paper_holding_a_view_is_not_published() -> None:
    assert not [r for r in families("Portugal's 2023 draft position paper holds that sovereignty is a rule.")
                if r[0] == "issued" and r[4] == "Published"]


@pytest.mark.parametrize("sentence, gold", [
    ("In 2018 Attorney General Maria Costa set out Portugal's approach to international law in cyberspace in a speech "
     "at Chatham House.", "speech at Chatham House"),
    ("In 2018 Attorney General Maria Costa set out Portugal's approach to international law in cyberspace in a speech "
     "at Chatham House.", "Maria Costa's 2018 speech"),
    ("In a 2019 speech at the University of Coimbra, Foreign Minister Augusto Santos Silva set out Portugal's view of "
     "how international law applies in cyberspace.", "Santos Silva's speech at the University of Coimbra"),
    ("Portugal's approach to international law in cyberspace was first set out by the Minister of Foreign Affairs, "
     "João Gomes Cravinho, in a speech at the University of Lisbon in March 2022.", "University of Lisbon speech"),
])
def test_a_speech_is_matched_by_any_name_a_reader_gives_it(sentence: str, gold: str) -> None:
    from cdkg.evaluation import words_match
    source = SourceText("variant", Path("variant.txt"), OPENING + sentence, "An invented profile", "2026-11-27")
    result = extract_sources(Settings(root=ROOT), [source])
    [paper] = [result.gazetteer.entities[f.object] for f in result.facts if f.relation == "issued"]
    assert any(words_match(gold, name) for name in [paper.label, *paper.names])


@pytest.mark.parametrize("sentence", [
    "Many delegations argued in the OEWG that a treaty is premature.",
    "Several officials told the OEWG in 2022 that sovereignty applies.",
    "A number of delegations warned at the GGE that the arms race is accelerating.",
])
def test_a_role_counted_among_many_is_no_states_voice(sentence: str) -> None:
    assert {r for r in families(sentence) if r[0] == "position"} == set()


def test_a_state_named_among_many_still_speaks() -> None:
    found = families("Several Portuguese officials told the OEWG in 2022 that sovereignty applies.")
    assert ("position", "portugal", "un-oewg", "2022", "") in found


@pytest.mark.parametrize("text, expected", [
    ("Peru is a member of the OAS. In 2018 Peru voted for the Russian-sponsored A/73/27 and abstained on the "
     "US-sponsored A/73/266.", {("a-73-27", "InFavour"), ("a-73-266", "Abstained")}),
    ("Peru is a member of the OAS. In 2019 Peru supported A/74/28 and abstained on the Russian-sponsored A/74/247.",
     {("a-74-28", "InFavour"), ("a-74-247", "Abstained")}),
    ("Peru is a member of the OAS. In 2018 Peru voted against A/73/27 but abstained on the EU-backed resolution "
     "A/73/266.", {("a-73-27", "Against"), ("a-73-266", "Abstained")}),
])
def test_abstaining_on_a_sponsored_resolution_named_after_is_no_vote_on_the_one_before(text: str,
                                                                                       expected: set) -> None:
    found = {(short(f.object), f.status) for f in facts(text) if f.relation == "votedOn"}
    assert found == expected
