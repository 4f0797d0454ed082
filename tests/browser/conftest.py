"""Real-browser tests: Playwright driving Debian's Chromium, one browser for the whole session."""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
BROWSER_REQUIRED = os.environ.get("REQUIRE_BROWSER") == "1"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = "Pixel 7"

# The editor's translation workflow writes a FAQ and a bulletin: without both plugins it describes nothing that exists.
if not (apps.is_installed("faq_plugin") and apps.is_installed("bulletin_plugin")):
    collect_ignore = ["test_editor_translation.py"]


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    if not browser_items or os.path.exists(CHROMIUM):
        return
    message = f"Chromium not found at {CHROMIUM}: install it with `apt-get install -y chromium`."
    if BROWSER_REQUIRED:
        raise pytest.UsageError(f"REQUIRE_BROWSER=1 but {message}")
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=message))


def pytest_configure(config):
    config.option.browser_channel = None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture(params=["desktop", "phone"])
def device_page(request, browser, playwright):
    """A page at 1280×800 and on a Pixel 7 profile: each test using it runs on both."""
    if request.param == "phone":
        options = {**playwright.devices[PHONE]}
    else:
        options = {"viewport": {"width": 1280, "height": 800}}
    context = browser.new_context(**options)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """Runs axe-core on the page (or only within the ``within`` CSS selector) and fails with its report if there is
    any WCAG 2.1 A/AA violation."""

    def check(page, within=None):
        results = axe.run(page, context=within, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, results.generate_report()

    return check


@pytest.fixture
def feedback_pages(site_pages):
    """The feedback form and list pages in Finnish and English, as in the demo site."""
    from feedback_plugin.demo_pages import ensure_feedback_pages

    ensure_feedback_pages(site_pages)


@pytest.fixture
def category(db):
    from tests.resident.conftest import street_lighting

    return street_lighting()


@pytest.fixture
def site_with_taxonomy(db):
    """The site pages and the feedback taxonomy, without the 200 demo feedback items: what plugin pages need."""
    from feedback_plugin.demo import ensure_taxonomy, ensure_units
    from home.demo import load_site_demo_data
    from tests.factories import locale

    homes = load_site_demo_data()
    fi, en = locale("fi"), locale("en")
    ensure_taxonomy(fi, en, ensure_units(fi, en))
    return homes
