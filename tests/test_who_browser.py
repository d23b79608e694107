"""The who-did-what pages in a real browser (Debian's Chromium, headless, driven by Playwright) against a live
server of the graph built from the invented profiles (see tests/test_who_pages.py for what they say)."""

from __future__ import annotations

from typing import Iterator

import pytest

from browser_harness import SHOTS, browser, require_chromium, tab_at  # noqa: F401 - browser is a fixture
from live_server import start_server
from test_who_pages import A_73_27, DDOS, SECTIONS, build_who_graph

pytestmark = pytest.mark.browser
WIDTHS = (400, 1400)
PAGES = ("/resolutions", "/incidents", "/topics", "/who/resolution/a-73-27", f"/who/incident/{DDOS}",
         "/who/topic/Sovereignty", "/id/state/serbia")
playwright = require_chromium()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("who-site")
    kg = build_who_graph(folder)
    sources = {"CDKG_SOURCES": str(kg.parent / "sources")}  # the documents' pages show the quoted sentences in place
    server = start_server(folder, ["--kg", str(kg), "--workers", "1"], sources)
    try:
        yield server.url
    finally:
        server.stop()


def test_from_the_navigation_to_a_resolution_and_who_voted_how(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 1400)
    try:
        tab.goto(site + "/")
        tab.click("header.top nav a:text-is('Resolutions')")
        tab.wait_for_url("**/resolutions")
        tab.click("table.who-index a:text-is('A/73/27')")
        tab.wait_for_url("**/who/resolution/a-73-27")
        assert tab.inner_text("h1") == "A/73/27"
        for vote, states in A_73_27.items():
            names = tab.locator(f"table[data-vote='{vote}'] tbody tr td:first-child").all_inner_texts()
            assert {name.split(" who ")[0].strip() for name in names} == states
            assert tab.inner_text(f"#vote-{vote} .count") == str(len(states))
        tab.click("table[data-vote='Against'] blockquote.evidence cite a")
        assert "Georgia voted against A/73/27" in tab.inner_text("mark.current")  # the sentence, highlighted in its document
    finally:
        tab.close()


def test_a_state_page_shows_the_atlas_parts_in_order_and_leads_to_the_votes(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 1400)
    try:
        tab.goto(site + "/id/state/serbia")
        ids = tab.evaluate("() => [...document.querySelectorAll('h3.section-title')].map(h => h.id)")
        assert ids == [f"section-{key}" for key in SECTIONS]
        tops = tab.evaluate("() => [...document.querySelectorAll('h3.section-title')].map(h => h.getBoundingClientRect().top)")
        assert tops == sorted(tops)  # shown one after the other, in that order
        tab.locator("a.who-link[href='/who/resolution/a-74-247']").first.click()
        tab.wait_for_url("**/who/resolution/a-74-247")
        assert "Serbia" in tab.inner_text("table[data-vote='Against']")
        tab.go_back()
        tab.locator("a.topic[href='/who/topic/Sovereignty']").first.click()
        tab.wait_for_url("**/who/topic/Sovereignty")
        assert "Serbia" in tab.inner_text("section.positions") and "Moldova" in tab.inner_text("section.positions")
    finally:
        tab.close()


def test_an_incident_page_shows_the_joint_attribution(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 400)
    try:
        tab.goto(site + "/incidents")
        tab.click("table.who-index a:text-is('DDoS campaign against government portals')")
        tab.wait_for_url(f"**/who/incident/{DDOS}")
        row = tab.locator("section.attributions tbody tr").first.inner_text()
        assert "NoName057" in row and "2024" in row and "Montenegro" in row
    finally:
        tab.close()


def test_an_unknown_resolution_shows_the_not_found_page(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 400)
    try:
        response = tab.goto(site + "/who/resolution/a-99-1")
        assert response is not None and response.status == 404
        tab.click("main a[href='/resolutions']")
        tab.wait_for_url("**/resolutions")
    finally:
        tab.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_who_pages_fit_the_window_without_script_errors(site: str, browser, path: str, width: int) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, width)
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        tab.goto(site + path)
        tab.wait_for_load_state("load")
        overflow = tab.evaluate("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth")
        assert overflow <= 0, f"{path} is wider than {width} px"
        assert not errors, errors
        name = path.strip("/").replace("/", "-")
        tab.screenshot(path=str(SHOTS / f"who-{name}-{width}.png"), full_page=True)
    finally:
        tab.close()


def test_a_resolution_in_the_votes_question_opens_who_voted(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_at(browser, 1400)
    try:
        tab.goto(site + "/")
        tab.click("button.example[data-name='un-resolution-votes']")
        tab.wait_for_selector("table.results tbody tr")
        tab.locator("table.results a[href='/who/resolution/a-73-27']").first.click()
        tab.wait_for_url("**/who/resolution/a-73-27")
        assert tab.locator("table[data-vote='InFavour'] tbody tr").count() == len(A_73_27["InFavour"])
        tab.go_back()
        tab.click("button.example[data-name='international-law-positions']")
        tab.wait_for_selector("table.results a[href='/who/topic/Sovereignty']")
    finally:
        tab.close()
