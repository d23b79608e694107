"""Round 25, pos25: who took part in, said or suffered what, in which forum and year (invented sentences only)."""

from __future__ import annotations

from tests.invented import labelled_facts


def rows(text: str, state: str, relation: str) -> set[tuple[str, str, str]]:
    """(subject, object, year) of the paragraph's facts of ``relation``."""
    return {(f.subject, f.object, f.year) for f in labelled_facts(text, state) if f.relation == relation}


# hosting a meeting of a body, named as the writer names it, is taking part in that meeting

def test_hosting_a_numbered_summit_of_a_body_is_taking_part_in_that_summit():
    found = rows("Nepal has few diplomats. Nepal hosted the 21st SAARC summit in Kathmandu in April 2031.", "Nepal",
                 "participatesIn")
    assert ("Nepal", "21st SAARC summit", "2031") in found
    assert not any(obj == "South Asian Association for Regional Cooperation" for _, obj, _ in found)


def test_a_capital_hosting_a_leaders_meeting_is_its_state_taking_part():
    found = rows("Fiji has a small foreign service. Suva hosted the APEC Leaders' Meeting in November 2032.", "Fiji",
                 "participatesIn")
    assert ("Fiji", "APEC Leaders' Meeting", "2032") in found


def test_a_co_hosted_meeting_with_a_partner_and_a_date_aside_keeps_its_topic():
    found = rows("Malta sits on the Security Council. Malta co-hosted with Iceland, in March 2032, an Arria-formula "
                 "meeting on the security of undersea cables.", "Malta", "participatesIn")
    assert ("Malta", "Arria-formula meeting on the security of undersea cables", "2032") in found


def test_a_hosted_ministerial_workshop_with_a_body_s_name_is_taken_part_in():
    found = rows("Malawi works with its region. In 2030 Malawi also hosted a SADC ministerial workshop on harmonising "
                 "data protection rules.", "Malawi", "participatesIn")
    assert ("Malawi", "SADC ministerial workshop on harmonising data protection rules", "2030") in found


def test_a_proper_name_goes_on_a_capitalised_congress():
    found = rows("Malta works with the UN. Malta hosted the 9th UN Congress on Crime Prevention and Criminal Justice "
                 "in 2031.", "Malta", "participatesIn")
    assert ("Malta", "9th UN Congress on Crime Prevention and Criminal Justice", "2031") in found


def test_a_meeting_without_a_name_a_possessive_meeting_or_a_meeting_hosted_by_another_gives_nothing():
    found = rows("Malta works with its region. Malta hosted a regional workshop on data protection in 2031. Malta "
                 "hosted the Movement's summit in 2032. It did not host the NATO summit in 2033.", "Malta",
                 "participatesIn")
    assert not found


# an attribution by a list of subjects is each one's; unnamed people described by whom they serve point to that one

def test_a_list_of_states_that_attributed_gives_each_its_own_attribution():
    found = rows("Malta is a small island state. A year earlier, in 2030, Denmark and Austria had attributed the "
                 "Bluebird compromise to Russia's Foreign Intelligence Service (SVR), a finding Valletta welcomed.",
                 "Malta", "attributesTo")
    assert {("Denmark", "Foreign Intelligence Service", "2030"), ("Austria", "Foreign Intelligence Service", "2030")} \
        <= found


def test_a_partner_told_by_with_is_no_attributor_of_its_own():
    found = rows("Malta is a small island state. In 2031 Denmark, together with Austria, attributed the Bluebird "
                 "compromise to APT77.", "Malta", "attributesTo")
    assert ("Denmark", "APT77", "2031") in found
    assert not any(who == "Austria" for who, _, _ in found)


def test_two_bodies_of_one_state_make_one_attribution():
    found = rows("Malta is a small island state. In 2031 the Malta Police Force and the Malta Information Technology "
                 "Agency (MITA) attributed the Bluebird compromise to APT77.", "Malta", "attributesTo")
    assert all(who == "Malta" for who, _, _ in found)


def test_a_list_of_states_after_a_colon_is_who_attributed_not_the_sentence_s_state():
    found = rows("Malta is a small island state. Malta was also caught up in a wider campaign: in March 2032 Denmark "
                 "and Austria attributed to APT77, a group they tied to Russia's Foreign Intelligence Service, a "
                 "phishing campaign against parliamentarians.", "Malta", "attributesTo")
    assert {("Denmark", "APT77", "2032"), ("Austria", "APT77", "2032"),
            ("Denmark", "Foreign Intelligence Service", "2032")} <= found
    assert not any(who == "Malta" for who, _, _ in found)


def test_hackers_affiliated_with_a_body_point_to_that_body():
    found = rows("Malta is a small island state. Maltese banks were hit by the Acme Mail breach, which Denmark "
                 "attributed in July 2031 to hackers affiliated with Russia's Foreign Intelligence Service (SVR).",
                 "Malta", "attributesTo")
    assert ("Denmark", "Foreign Intelligence Service", "2031") in found


def test_hacker_groups_acting_on_behalf_of_a_state_point_to_that_state():
    found = rows("Malta is a small island state. In July 2031 Malta attributed the Acme Mail breach to hacker groups "
                 "acting on behalf of Russia.", "Malta", "attributesTo")
    assert ("Malta", "Russia", "2031") in found


# a forum that opens a later clause of its own is where that clause's views were stated, not the common position the
# earlier clause endorsed

def test_views_told_in_a_later_clause_on_a_forum_are_stated_there_not_in_the_common_position_endorsed():
    result = [f for f in labelled_facts(
        "Malawi is a small state. It endorsed the Common African Position on the application of international law to "
        "the use of ICTs in cyberspace in 2031, and in the OEWG its delegation affirmed that the UN Charter applies in "
        "cyberspace and that sovereignty protects small states.", "Malawi") if f.relation in ("position", "positionIn")]
    assert result and all("Working Group" in f.object for f in result), result


# backing another state's proposal, draft or call, however the writer words it, is aligning with that state

def test_support_for_another_state_s_proposal_in_other_words_is_alignment():
    for sentence, partner in [
        ("In 2031 Malta supported a proposal by Denmark for a UN-run portal.", "Denmark"),
        ("In 2031 Valletta expressed support for Austria's draft convention on information security.", "Austria"),
        ("In 2031 Maltese diplomats supported, without co-sponsoring it, Austria's proposal for a regional network.",
         "Austria"),
        ("Malta has endorsed the positions put forward by Denmark.", "Denmark"),
        ("In 2031 Malta supported Denmark's call for a Council briefing on ransomware.", "Denmark"),
    ]:
        found = rows(f"Malta is a small island state. {sentence}", "Malta", "alignsWith")
        assert any(who == "Malta" and body == partner for who, body, _ in found), (sentence, found)


def test_the_proposal_of_an_office_holder_is_no_alignment_with_the_body():
    found = rows("Malta is a small island state. Malta supported the draft of the OEWG chair.", "Malta", "alignsWith")
    assert not found
