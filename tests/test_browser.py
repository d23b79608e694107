"""The pages in a real browser: Debian's Chromium, headless, driven by Playwright, against a live server."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from browser_harness import SHOTS, browser, require_chromium, tab_at  # noqa: F401 - browser is a fixture
from live_server import start_server

pytestmark = pytest.mark.browser
playwright = require_chromium()


@pytest.fixture(scope="module")
def site(built_kg: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`cdkg serve` of the graph built from data/sources (never the committed data/kg.ttl, which may be stale)."""
    server = start_server(tmp_path_factory.mktemp("site"), ["--kg", str(built_kg), "--workers", "1"], {})
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="module")
def page(site: str, browser):  # type: ignore[no-untyped-def]
    tab = browser.new_page(viewport={"width": 1400, "height": 1000})
    tab.set_default_timeout(15000)
    yield tab
    tab.close()


def test_nato_example_lists_albania_and_north_macedonia(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/")
    page.click("button.example[data-name='states-with-nato-cyber-mous']")
    page.wait_for_selector("table.results tbody tr")
    table = page.inner_text("table.results")
    assert "Albania" in table and "North Macedonia" in table
    assert "ms" in page.inner_text("#status")
    assert page.locator("#downloads a").count() == 4
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SHOTS / "query-nato.png"), full_page=True)


def test_following_albania_shows_the_2013_mou_with_its_quote(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/")
    page.click("button.example[data-name='states-with-nato-cyber-mous']")
    page.click("table.results a[href='/id/state/albania']")
    page.wait_for_selector("section.facts")
    assert page.url == site + "/id/state/albania"
    mou = page.locator("table.facts tr", has_text="memorandum of understanding (2013)")
    assert "2013" in mou.inner_text()
    assert "signed the MoU with the NATO Cyber Incident Response Centre" in mou.inner_text()
    assert "confidence" in mou.inner_text() and "Country profiles" in mou.inner_text()
    page.screenshot(path=str(SHOTS / "albania.png"), full_page=True)


def test_the_network_picture_links_to_neighbours(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/id/org/nato")
    links = page.evaluate("() => [...document.querySelectorAll('.network svg a')]"
                          ".map(a => a.getAttribute('xlink:href') || a.getAttribute('href'))")
    assert "/id/state/albania" in links and "/id/state/north-macedonia" in links
    page.screenshot(path=str(SHOTS / "nato.png"), full_page=True)


def test_a_wrong_query_shows_its_message_in_place(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/")
    page.evaluate("() => { const cm = document.querySelector('.CodeMirror'); if (cm) cm.CodeMirror.setValue('SELEKT ?x WHERE {'); else document.getElementById('query').value = 'SELEKT ?x WHERE {'; }")
    page.click("#run")
    page.wait_for_selector("#error:not([hidden])")
    assert page.url.rstrip("/") == site
    message = page.inner_text("#error")
    assert "line 1" in message and "malformed SPARQL" in message
    assert "Failed" in page.inner_text("#status") and page.locator("table.results").count() == 0
    page.screenshot(path=str(SHOTS / "query-error.png"), full_page=True)


def test_search_finds_nato(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/")
    page.fill("form.search input", "nato")
    page.press("form.search input", "Enter")
    page.wait_for_selector("ul.hits")
    assert "North Atlantic Treaty Organization" in page.inner_text("ul.hits")
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)
    page.click("ul.hits a:text('North Atlantic Treaty Organization')")
    page.wait_for_selector("h1:text('North Atlantic Treaty Organization')")


def test_ontology_page_documents_the_terms(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/ontology")
    assert "Cyber Diplomacy Ontology" in page.inner_text("h1")
    assert "Memorandum of understanding" in page.inner_text("body")
    assert page.locator("a[href='/ontology.owl']").count() >= 1
    page.screenshot(path=str(SHOTS / "ontology.png"))  # the top: the whole page is tens of screens long


def test_without_the_editor_assets_the_page_still_works(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.route("**/static/vendor/**", lambda route: route.abort())
    try:
        page.goto(site + "/")
        assert page.locator(".CodeMirror").count() == 0 and page.is_visible("textarea#query")
        page.fill("textarea#query", "SELECT ?label WHERE { <https://w3id.org/cdkg/id/state/albania> "
                                    "<http://www.w3.org/2000/01/rdf-schema#label> ?label }")
        page.click("#run")
        page.wait_for_selector("table.results tbody tr")
        assert "Albania" in page.inner_text("table.results")
    finally:
        page.unroute("**/static/vendor/**")


WIDTHS = (400, 1400)
PAGES = ("/", "/id/state/albania", "/compare/albania/north-macedonia", "/states")
MORE_PAGES = ("/id/org/nato", "/id/source/000_773df411c0e8a915", "/search?q=nato", "/ontology", "/compare")


def page_overflow(tab) -> int:  # type: ignore[no-untyped-def]
    """How many pixels the page is wider than the window (0: no horizontal scroll)."""
    return tab.evaluate("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES + MORE_PAGES)
def test_pages_fit_the_window(site: str, browser, path: str, width: int) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, width)
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        tab.goto(site + path)
        tab.wait_for_load_state("load")
        if path == "/":
            tab.click("button.example[data-name='states-with-nato-cyber-mous']")
            tab.wait_for_selector("td.cited q")
        assert page_overflow(tab) <= 0, f"{path} is wider than {width} px"
        assert not errors, errors
        name = path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "home"
        tab.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    finally:
        tab.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_first_nato_answer_shows_its_quote_after_one_click(site: str, browser, width: int) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, width)
    try:
        tab.goto(site + "/")
        tab.click("button.example[data-name='states-with-nato-cyber-mous']")
        quote = tab.locator("table.results tbody tr").first.locator("td.cited q")
        quote.wait_for()
        quote.scroll_into_view_if_needed()
        assert "Albania signed the MoU with the NATO Cyber Incident Response Centre" in quote.inner_text()
        box = quote.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 1
        source = tab.locator("table.results tbody tr").first.locator("td.cited a.source")
        assert "Country profiles" in source.inner_text() and "#ev-" in (source.get_attribute("href") or "")
        assert tab.locator("table.results thead th", has_text="State").count() >= 1
        assert "stateLabel" not in tab.inner_text("table.results thead")
    finally:
        tab.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_compare_shows_both_states_nato_facts(site: str, browser, width: int) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, width)
    try:
        tab.goto(site + "/compare/albania/north-macedonia")
        heading = tab.locator("table.compare th.kind:text-is('Memorandum of understanding')")
        text = heading.locator("xpath=../following-sibling::tr[1]").inner_text()
        assert "NATO" in text and "North Atlantic Treaty Organization" in text
        assert "Albania signed the MoU" in text and "North Macedonia signed a Memorandum of Understanding" in text
        tab.select_option("select[name=state] >> nth=1", "japan")
        tab.click("form.picker button")
        tab.wait_for_url("**/compare/albania/japan")
    finally:
        tab.close()


def test_results_sort_and_filter_by_year_and_status(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 1400)
    try:
        tab.goto(site + "/")
        tab.click("button.example[data-name='cyber-mous']")
        tab.wait_for_selector("table.results tbody tr")
        total = tab.locator("table.results tbody tr").count()
        assert "under negotiation" in tab.inner_text("table.results") and "UnderNegotiation" not in tab.inner_text("table.results")
        tab.fill("#filters input.year >> nth=0", "2020")
        assert 0 < tab.locator("table.results tbody tr").count() < total
        tab.fill("#filters input.year >> nth=0", "")
        tab.select_option("#filters select >> nth=0", "under negotiation")
        rows = tab.locator("table.results tbody tr")
        assert 0 < rows.count() < total and all("under negotiation" in rows.nth(i).inner_text() for i in range(rows.count()))
        tab.click("table.results thead th button:text('Counterpart')")
        first = tab.locator("table.results tbody tr").first.inner_text()
        assert "Cyprus" in first
        tab.select_option("#filters select >> nth=0", "")
        tab.select_option("#filters select >> nth=1", "Oceania")
        rows = tab.locator("table.results tbody tr")
        assert 0 < rows.count() < total and all("Australia" in rows.nth(i).inner_text() for i in range(rows.count()))
    finally:
        tab.close()


@pytest.mark.parametrize("name", ["positions", "memberships", "strategies-and-laws"])
def test_catalogue_answers_render_without_script_errors(site: str, browser, name: str) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 400)
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    try:
        tab.goto(site + "/#" + name)
        tab.wait_for_selector("table.results tbody tr")
        tab.wait_for_load_state("networkidle")
        assert not errors and page_overflow(tab) <= 0
        heads = tab.inner_text("table.results thead")
        assert "Label" not in heads and "?" not in heads
    finally:
        tab.close()


def test_a_wrong_query_is_marked_in_the_editor(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 1400)
    try:
        tab.goto(site + "/")
        tab.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT ?x WHERE { ?x ?y }')")
        tab.click("#run")
        tab.wait_for_selector("#error:not([hidden])")
        assert "\n" not in tab.inner_text("#error").strip() and "line 1, column" in tab.inner_text("#error")
        assert tab.locator(".CodeMirror .cm-error-mark").count() == 1
        tab.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT * WHERE { ?s ?p ?o } ORDER BY')")
        tab.click("#run")
        tab.wait_for_selector(".CodeMirror .cm-error-mark")
        message = tab.inner_text("#error")
        assert "a name" in message and "\\u{" not in message and len(message) < 200
    finally:
        tab.close()


def test_a_link_to_a_sentence_highlights_it(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 400)
    try:
        tab.goto(site + "/")
        tab.click("button.example[data-name='states-with-nato-cyber-mous']")
        iri = tab.locator("table.results tbody tr").first.locator("td.cited").get_attribute("data-iri")
        tab.goto(site + iri.replace("https://w3id.org/cdkg", ""))
        assert "evidence from" not in tab.title() and "Country profiles" in tab.title()
        tab.click("a:text('read it in the document')")
        mark = tab.locator("mark.current")
        assert "Albania signed the MoU" in mark.inner_text()
        assert page_overflow(tab) <= 0
    finally:
        tab.close()


def test_page_timings(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    """First byte and load of each page, median of 3 (reported in tests/output/timings.txt)."""
    tab = tab_at(browser, 1400)
    lines = []
    try:
        for path in (*PAGES, *MORE_PAGES[:3]):
            runs = []
            for _ in range(3):
                tab.goto(site + path)
                tab.wait_for_load_state("load")
                runs.append(tab.evaluate("() => { const n = performance.getEntriesByType('navigation')[0];"
                                         " return [n.responseStart - n.requestStart, n.loadEventEnd > 0 ? n.loadEventEnd : performance.now()]; }"))
            first_byte = sorted(r[0] for r in runs)[1]
            load = sorted(r[1] for r in runs)[1]
            lines.append(f"{path}\tfirst byte {first_byte:.0f} ms\tload {load:.0f} ms")
            assert load > 0  # the page loaded; how fast is reported, not asserted (shared, noisy machines)
    finally:
        tab.close()
    (SHOTS.parent / "timings.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def test_states_filter_by_region_and_sort(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 400)
    try:
        tab.goto(site + "/states")
        tab.select_option("select[name=region]", "Europe")
        tab.wait_for_url("**/states?region=Europe")
        names = tab.locator("table.states tbody td:first-child").all_inner_texts()
        assert "Albania" in names and "Japan" not in names
        tab.click("table.states thead th:last-child button")
        tab.click("table.states thead th:last-child button")
        assert tab.locator("table.states tbody td:first-child").first.inner_text() == "Albania"  # the most facts
    finally:
        tab.close()
