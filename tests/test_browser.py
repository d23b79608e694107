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
                if requests.get(url + "/queries", timeout=1).ok:
                    break
            except requests.ConnectionError:
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
    page.screenshot(path=str(SHOTS / "query-nato.png"), full_page=True)


def test_following_albania_shows_the_2013_mou_with_its_quote(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/")
    page.click("button.example[data-name='states-with-nato-cyber-mous']")
    page.click("table.results a:text('state/albania')")
    page.wait_for_selector("table.facts")
    facts = page.inner_text("table.facts")
    assert "2013" in facts
    assert "signed the MoU with the NATO Cyber Incident Response Centre" in facts
    page.screenshot(path=str(SHOTS / "albania.png"), full_page=True)


def test_a_wrong_query_shows_its_message_in_place(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/")
    page.evaluate("() => { const cm = document.querySelector('.CodeMirror'); if (cm) cm.CodeMirror.setValue('SELEKT ?x WHERE {'); else document.getElementById('query').value = 'SELEKT ?x WHERE {'; }")
    page.click("#run")
    page.wait_for_selector("#error:not([hidden])")
    assert page.url.rstrip("/") == site
    assert "line" in page.inner_text("#error").lower() or "malformed" in page.inner_text("#error").lower()
    page.screenshot(path=str(SHOTS / "query-error.png"), full_page=True)


def test_search_finds_nato(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/")
    page.fill("form.search input", "nato")
    page.press("form.search input", "Enter")
    page.wait_for_selector("ul.hits")
    assert "North Atlantic Treaty Organization" in page.inner_text("ul.hits")
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)


def test_ontology_page_documents_the_terms(site: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site + "/ontology")
    assert "Memorandum of understanding" in page.inner_text("main")
    page.screenshot(path=str(SHOTS / "ontology.png"), full_page=True)
