"""Round 16 (cb16): programme, funding, beneficiary and cooperation. Every sentence is invented; each paragraph is
about the state it names first (subjects from the brief's list of states)."""

from __future__ import annotations

import pytest

from invented import funds_rows


# --- "the latter" / "the former" point back to what was named last, in the same sentence too -----------------------

@pytest.mark.parametrize("text, state, programme", [
    ("The World Bank financed its data centre in 2019. Slovenia is a priority country of GLACY-e, a project co-funded "
     "by the European Union and the Council of Europe and implemented by the latter since 2023.", "Slovenia", "glacy-e"),
    ("The Inter-American Development Bank lent it money in 2018. Since 2024 Malta has been a priority country of "
     "CyberSouth, an action co-funded by the European Union and the Council of Europe and implemented by the latter.",
     "Malta", "cybersouth"),
    ("The World Bank financed its data centre in 2019. Since 2022 Croatia has been a priority country of CyberEast, "
     "a project co-funded by the Council of Europe and the European Union and implemented by the former.", "Croatia",
     "cybereast"),
])
def test_the_latter_is_the_last_named_in_its_sentence(text: str, state: str, programme: str) -> None:
    found = funds_rows(text, state)
    assert ("coe", programme, "Lead") in found
    assert (state.lower(), programme, "Beneficiary") in found
    # not the bank the sentence before named
    assert not any(role == "Lead" and subject not in ("coe",) for subject, name, role in found if name == programme)


def test_the_latter_with_no_pair_in_its_sentence_still_looks_back() -> None:
    found = funds_rows("Cyprus works with Greece and Israel. The latter funds a training programme in Nicosia.", "Cyprus")
    assert ("israel", "training-programme-in-nicosia", "Funder") in found
