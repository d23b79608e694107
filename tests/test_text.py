"""Cleaning scraped text: broken lines, footnote markers, quotes, offsets back into the raw text, sentences."""

from __future__ import annotations

from pathlib import Path

from cdkg.text import Span, clean, paragraphs, passage_key, sentences

DATA = Path(__file__).parent / "data" / "extraction"


def _normalised(raw: str) -> str:
    return clean(raw).text


def test_broken_lines_are_rejoined_and_footnote_markers_dropped() -> None:
    cleaned = clean((DATA / "broken-lines.txt").read_text(encoding="utf-8")).text
    assert "Estonia has signed cyber MoUs" in cleaned
    assert "[" not in cleaned and "x]" not in cleaned and "12]" not in cleaned
    assert cleaned.count("\n") == 1, "only the break after a full stop stays a paragraph break"


def test_a_line_break_after_a_full_stop_starts_a_paragraph() -> None:
    cleaned = clean("First paragraph ends.\nSecond one\ncontinues here.").text
    assert [p.text for p in paragraphs(cleaned)] == ["First paragraph ends.", "Second one continues here."]


def test_editorial_brackets_and_ellipses_are_kept() -> None:
    cleaned = clean("It states that \u201c[the US] will act\u201d and \u201cit is [\u2026] important\u201d.").text
    assert '"[the US] will act"' in cleaned and "[\u2026]" in cleaned


def test_every_sentence_maps_back_to_its_raw_text() -> None:
    raw = (DATA / "broken-lines.txt").read_text(encoding="utf-8")
    result = clean(raw)
    for paragraph in paragraphs(result.text):
        for sentence in sentences(paragraph):
            start, end = result.raw_span(sentence.start, sentence.end)
            assert _normalised(raw[start:end]) == sentence.text


def test_offsets_survive_typographic_quotes_and_double_spaces() -> None:
    raw = "Japan\u2019s  2018\n Strategy  \u201cworks\u201d.  Next sentence."
    result = clean(raw)
    sentence = next(sentences(next(paragraphs(result.text))))
    start, end = result.raw_span(sentence.start, sentence.end)
    assert raw[start:end] == "Japan\u2019s  2018\n Strategy  \u201cworks\u201d."


def test_abbreviations_do_not_end_sentences() -> None:
    found = [s.text for s in sentences(Span(0, "Exercises (e.g. with the U.S. Army) took place. Then more."))]
    assert found == ["Exercises (e.g. with the U.S. Army) took place.", "Then more."]


def test_the_same_paragraph_has_the_same_key_whatever_its_line_breaks() -> None:
    one = clean("As a member of NATO, Norway signed an MoU\nwith Finland.").text
    two = clean("As a member of NATO, Norway signed an MoU with Finland.").text
    assert passage_key(one) == passage_key(two)
    assert passage_key(one) != passage_key(two.replace("Finland", "Sweden"))


def test_a_sentence_may_open_with_a_lower_case_acronym() -> None:
    passage = Span(0, "Help came from neighbouring states. zmCERT took part in a drill. It was, e.g. useful.")
    assert [s.text for s in sentences(passage)] == [
        "Help came from neighbouring states.", "zmCERT took part in a drill.", "It was, e.g. useful."]
