"""What the real-browser tests share: Debian's Chromium driven headless by Playwright, one browser per module."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent / "output" / "screenshots"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def require_chromium() -> Any:
    """Playwright's sync API, or skip the calling test module when Chromium or Playwright is missing."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/test.sh installs it)", allow_module_level=True)
    return pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    """A headless Chromium for the module's tests (import this fixture into a test module to use it)."""
    playwright = require_chromium()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def tab_at(browser, width: int):  # type: ignore[no-untyped-def]
    """A new tab ``width`` pixels wide, with a 15 s default timeout."""
    tab = browser.new_page(viewport={"width": width, "height": 900})
    tab.set_default_timeout(15000)
    return tab
