"""Round 22, chair: every wording of holding a chair or a presidency (invented sentences only)."""

from __future__ import annotations

from tests.invented import paragraph_facts


def chairs(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.year)
            for f in paragraph_facts(text, state) if f.relation == "chairs"}


def test_a_chairing_verb_coordinated_after_another_keeps_the_sentence_subject():
    found = chairs("Fiji sat on the UN Security Council in 2031-2032 and chaired ASEAN in 2031 and again in 2040, "
                   "a term remembered for little.", "Fiji")
    assert ("fiji", "asean", "2031") in found and ("fiji", "asean", "2040") in found
    assert not any(subject == "asean" for subject, _, _ in found)


def test_whose_chairmanship_after_the_bodys_own_date():
    found = chairs("Nepal entered the Eurasian Economic Union (EAEU) on 3 March 2031, whose rotating chairmanship "
                   "it held in 2036.", "Nepal")
    assert ("nepal", "eaeu", "2036") in found or any(o.startswith("eurasian") and y == "2036" for _, o, y in found)


def test_presided_over_the_council_after_a_security_council_seat():
    found = chairs("Barbados held a non-permanent seat on the UN Security Council in 2033-2034 and presided over "
                   "the Council in March 2033.", "Barbados")
    assert any(s == "barbados" and y == "2033" for s, _, y in found)


def test_took_over_the_movements_chairmanship():
    found = chairs("In 2031 Windhoek hosted a summit of the Non-Aligned Movement (NAM), at which Namibia took over "
                   "the Movement's chairmanship for 2031-2034.", "Namibia")
    assert any(s == "namibia" and "aligned" in o or o == "nam" for s, o, _ in found)


def test_chaired_the_bureau_of_a_body_chairs_the_body():
    found = chairs("Malawi chaired the bureau of the AU Specialised Technical Committee on Communication and ICT "
                   "from 2032 to 2034.", "Malawi")
    assert any(s == "malawi" and "specialised-technical-committee" in o and y == "2032" for s, o, y in found)
    assert not any("bureau" in o for _, o, _ in found)


def test_the_sadc_organ_is_its_own_body():
    found = chairs("Namibia chaired the SADC Organ on Politics, Defence and Security Cooperation from August 2033 "
                   "to August 2034.", "Namibia")
    assert ("namibia", "sadc-organ", "2033") in found



def test_the_same_chair_held_again_after_its_first_time():
    found = chairs("Laos holds the rotating ASEAN chairmanship in 2034, having last held it in 2024.", "Laos")
    assert {("laos", "asean", "2034"), ("laos", "asean", "2024")} <= found
    found = chairs("Jamaica held the G20 presidency in 2031, when leaders meeting in Kingston adopted a statement on "
                   "ransomware, and again in 2039.", "Jamaica")
    assert {("jamaica", "g20", "2031"), ("jamaica", "g20", "2039")} <= found


def test_another_verbs_again_is_not_the_chairs():
    found = chairs("Benin chaired the OSCE in 2031, when it launched a workshop, and joined the GFCE in 2032 and "
                   "again in 2035.", "Benin")
    assert ("benin", "osce", "2031") in found
    assert not any(y in ("2032", "2035") for _, _, y in found)


def test_an_undated_mention_of_a_dated_chair_folds_into_it():
    found = chairs("Malawi chaired the SADC Organ on Politics, Defence and Security Cooperation from August 2033 to "
                   "August 2034. As chair of the SADC Organ, Malawi also hosted a regional workshop on norms.", "Malawi")
    assert ("malawi", "sadc-organ", "2033") in found and ("malawi", "sadc-organ", "") not in found
