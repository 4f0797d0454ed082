"""Which Chromium the browser tests drive: Debian's where it is installed, otherwise Playwright's own."""

import os
import shutil

from playwright.sync_api import sync_playwright

DEBIAN_CHROMIUM = "/usr/bin/chromium"
MISSING = (
    "No Chromium found: install Debian's with `apt-get install -y chromium`, "
    "or Playwright's with `.venv/bin/playwright install chromium`."
)
# Headless, and nothing of its own on the network: the browser tests and bench/slow3g.py see only the page's traffic.
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def find_chromium():
    """The path of a Chromium to launch, or None when neither Debian's nor Playwright's is installed."""
    debian = shutil.which("chromium") or DEBIAN_CHROMIUM
    if os.path.exists(debian):
        return debian
    # Playwright knows where `playwright install chromium` puts its build (PLAYWRIGHT_BROWSERS_PATH moves it).
    with sync_playwright() as playwright:
        downloaded = playwright.chromium.executable_path
    return downloaded if os.path.exists(downloaded) else None
