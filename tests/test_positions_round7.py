"""Round 7 (generalisation): positions, national papers, alignment, participation and initiatives said in other
words than the development corpus uses. Every sentence is invented, about states outside dev/ and test/."""

from __future__ import annotations

import pytest

from test_extraction_mechanisms import extract, rows


# --- alignment: a second alignment with its verb left out ----------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("Bolivia is in South America. In the OEWG Bolivia usually aligns with the Non-Aligned Movement and, on "
     "development issues, with the Group of 77.", "Non-Aligned Movement", "Group of 77"),
    ("Tunisia is in Africa. Tunisian diplomats aligned themselves with the Arab Group in the OEWG and, on capacity-"
     "building questions, with the African Group.", "Arab Group", "African Group"),
    ("Slovakia is in Europe. Slovakia has aligned with the statements of the European Union, and on freedom of "
     "expression with the Freedom Online Coalition.", "European Union", "Freedom Online Coalition"),
    ("Mongolia is in Asia. Ulaanbaatar took part in the second OEWG, aligning with ASEAN and, for norms, "
     "with the Non-Aligned Movement.", "ASEAN", "Non-Aligned Movement"),
])
def test_a_second_alignment_may_leave_its_verb_out(text: str, first: str, second: str) -> None:
    found = {r[2] for r in rows(extract(text), "alignsWith")}
    assert len(found) == 2 and any(second.split()[-1] in name for name in found), found
    assert not rows(extract(text), "cooperatesWith")


@pytest.mark.parametrize("text, other, relation", [
    ("Iceland is in Europe. Iceland aligns with the EU in the OEWG and signed an MoU with Japan in 2020.", "Japan",
     "hasAgreementWith"),
    ("Iceland is in Europe. Iceland aligns with the EU and cooperates with Japan on cybercrime.", "Japan",
     "cooperatesWith"),
    ("Iceland is in Europe. Iceland aligned with the EU and, in 2022, held a cyber dialogue with Japan.", "Japan",
     "cooperatesWith"),
])
def test_a_second_verb_is_no_gapped_alignment(text: str, other: str, relation: str) -> None:
    found = rows(extract(text))
    assert not any(r[1] == "alignsWith" and r[2] == other for r in found), found
