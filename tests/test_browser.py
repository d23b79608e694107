"""The pages in a real browser: Debian's Chromium, headless, driven by Playwright, against a live server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest
import requests

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
KG = Path(__file__).resolve().parent.parent / "data" / "kg.ttl"
SHOTS = Path(__file__).resolve().parent / "output" / "screenshots"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (scripts/test.sh installs it)", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    kg = tmp_path_factory.mktemp("site") / "kg.ttl"
    shutil.copy(KG, kg)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "cdkg", "serve", "--kg", str(kg), "--port", str(port), "--workers", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if requests.get(url + "/queries", timeout=5).ok:
                    break
            except requests.RequestException:  # refused, or accepted while the worker still boots
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def page(site: str):  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        tab = browser.new_page(viewport={"width": 1400, "height": 1000})
        tab.set_default_timeout(15000)
        yield tab
        browser.close()


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
    page.click("table.results a:text('state/albania')")
    page.wait_for_selector("section.facts")
    assert page.url == site + "/id/state/albania"
    mou = page.locator("table.facts tr", has_text="memorandum of understanding (2013)")
    assert "2013" in mou.inner_text()
    assert "signed the MoU with the NATO Cyber Incident Response Centre" in mou.inner_text()
    assert "confidence" in mou.inner_text() and "Country profiles" in mou.inner_text()
    page.screenshot(path=str(SHOTS / "albania.png"), full_page=True)


def test_the_network_picture_links_to_neighbours(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/id/org/nato")
    page.wait_for_function("() => { const o = document.querySelector('.network object');"
                           " return o && o.contentDocument && o.contentDocument.querySelector('svg a'); }")
    links = page.evaluate("() => [...document.querySelector('.network object').contentDocument"
                          ".querySelectorAll('a')].map(a => a.getAttribute('xlink:href') || a.getAttribute('href'))")
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
