"""Which browser the browser tests find. These run without a browser: Playwright's driver says where its own
Chromium would be, and a stand-in file plays the installed one."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import chromium


def outside_the_browser_tests_loop(function):
    """Playwright's sync API refuses to start inside the event loop the browser tests' Playwright keeps in this
    thread; the collection hook runs before that loop exists, and a fresh thread has none either."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function).result()


def chromium_that_playwright_would_launch():
    with sync_playwright() as playwright:
        return Path(playwright.chromium.executable_path)


@pytest.fixture
def playwright_browsers(monkeypatch, tmp_path):
    """An empty folder where `playwright install chromium` would put its browser."""
    folder = tmp_path / "ms-playwright"
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(folder))
    return folder


def test_debians_chromium_is_used_when_installed(monkeypatch, tmp_path, playwright_browsers):
    debian = tmp_path / "chromium"
    debian.touch()
    monkeypatch.setattr(chromium.shutil, "which", lambda name: str(debian) if name == "chromium" else None)
    assert outside_the_browser_tests_loop(chromium.find_chromium) == str(debian)


def test_playwrights_own_chromium_is_used_without_debians(monkeypatch, tmp_path, playwright_browsers):
    monkeypatch.setattr(chromium.shutil, "which", lambda name: None)
    monkeypatch.setattr(chromium, "DEBIAN_CHROMIUM", str(tmp_path / "no-such-chromium"))
    assert outside_the_browser_tests_loop(chromium.find_chromium) is None

    installed = outside_the_browser_tests_loop(chromium_that_playwright_would_launch)
    assert installed.is_relative_to(playwright_browsers)
    installed.parent.mkdir(parents=True)
    installed.touch()
    assert outside_the_browser_tests_loop(chromium.find_chromium) == str(installed)


def test_the_message_for_a_missing_browser_names_both_ways_to_install_one():
    assert "apt-get install -y chromium" in chromium.MISSING
    assert ".venv/bin/playwright install chromium" in chromium.MISSING
