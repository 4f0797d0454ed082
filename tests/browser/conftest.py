"""Real-browser tests: Playwright driving Chromium (Debian's, or Playwright's own), one browser for the session."""

import functools
import os
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from playwright.sync_api import expect

from tests.browser.chromium import LAUNCH_ARGS, MISSING, find_chromium

BROWSER_REQUIRED = os.environ.get("REQUIRE_BROWSER") == "1"
# CI's further runs (on PostgreSQL, and with plugins removed) set BROWSER_ONCE=1: there each browser test runs once,
# in the first of its languages and devices, Finnish on a desktop. The database and the installed plugins don't
# vary with the language or the device, and the SQLite run has the whole matrix.
BROWSER_ONCE = os.environ.get("BROWSER_ONCE") == "1"
FIRST_OF_MATRIX = {"language": "fi", "device_page": "desktop"}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = "Pixel 7"
MAP_TILES = "**/tile.openstreetmap.org/**"
# Chromium reports each Content-Security-Policy and Permissions-Policy violation on the console, also with JavaScript
# off, and whatever the page's own scripts do.
HEADER_VIOLATION = re.compile(r"Content Security Policy|Permissions[- ]policy", re.IGNORECASE)


@functools.cache
def chromium():
    return find_chromium()


# The editor's translation workflow (admin/) writes a FAQ and a bulletin: without both plugins it describes nothing
# that exists. It runs first of the transactional tests (tests/conftest.py says why).
if not (apps.is_installed("faq_plugin") and apps.is_installed("bulletin_plugin")):
    collect_ignore = ["admin"]


def first_of_matrix(item):
    params = item.callspec.params if hasattr(item, "callspec") else {}
    return all(params.get(name, first) == first for name, first in FIRST_OF_MATRIX.items())


def pytest_collection_modifyitems(config, items):
    if BROWSER_ONCE:
        rest = [item for item in items if not item.get_closest_marker("browser") or first_of_matrix(item)]
        config.hook.pytest_deselected(items=[item for item in items if item not in rest])
        items[:] = rest
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    if not browser_items or chromium():
        return
    if BROWSER_REQUIRED:
        raise pytest.UsageError(f"REQUIRE_BROWSER=1 but {MISSING}")
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=MISSING))


def pytest_configure(config):
    config.option.browser_channel = None
    # Assertions wait for a condition, never a fixed time; CI's two cores under a full run need more than the
    # default 5 s for a live-server page load after a click.
    expect.set_options(timeout=15_000)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": chromium(),
        "args": LAUNCH_ARGS,
    }


@pytest.fixture(params=["fi", "en"])
def language(request):
    """Each test using it runs in Finnish, the default language, then in English. Named before device_page in a
    test's arguments, it is the outer loop."""
    return request.param


@pytest.fixture
def context_options():
    """Extra options for device_page's browser context; a test module overrides this to share a location."""
    return {}


@pytest.fixture
def header_violations():
    """The CSP and Permissions-Policy violations the browser reported during the test, as console texts."""
    return []


@pytest.fixture
def new_context(new_context, header_violations, request):
    """pytest-playwright's context factory, with every context's console watched: the test fails on any CSP or
    Permissions-Policy violation, but those of a URL its ``csp_blocks(url_prefix, …)`` marker expects to be blocked.
    Every browser test makes its contexts through this.

    Service workers are blocked unless a test asks for them (``service_workers="allow"``, as tests/browser/test_offline
    does): a worker precaches pages in the background, and such a request still running on the live server when the
    next test flushes the database makes that flush fail."""
    expected = [f"'{prefix}" for marker in request.node.iter_markers("csp_blocks") for prefix in marker.args]
    contexts = []

    def watch(message):
        if HEADER_VIOLATION.search(message.text) and not any(url in message.text for url in expected):
            header_violations.append(f"{message.location['url']}: {message.text}")

    def watched_context(**options):
        context = new_context(**{"service_workers": "block", **options})
        context.on("console", watch)
        contexts.append(context)
        context.on("close", lambda closed: contexts.remove(closed))
        return context

    yield watched_context
    for context in list(contexts):
        context.close()  # delivers the console messages still on their way
    assert header_violations == [], "\n".join(header_violations)


@pytest.fixture(params=["desktop", "phone"])
def device_page(request, new_context, playwright, context_options):
    """A page at 1280×800 and on a Pixel 7 profile: each test using it runs on both."""
    if request.param == "phone":
        options = {**playwright.devices[PHONE]}
    else:
        options = {"viewport": {"width": 1280, "height": 800}}
    context = new_context(**options, **context_options)
    # There is no internet here: map tiles are refused at once rather than left to time out.
    context.route(MAP_TILES, lambda route: route.abort())
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
    from home.demo.feedback_pages import ensure_feedback_pages

    ensure_feedback_pages(site_pages)


@pytest.fixture
def category(db):
    from tests.resident.conftest import street_lighting

    return street_lighting()


@pytest.fixture
def site_with_taxonomy(db):
    """The site pages and the feedback taxonomy, without the 200 demo feedback items: what plugin pages need."""
    from home.demo.feedback import ensure_taxonomy, ensure_units
    from home.demo.site import load_site_demo_data
    from tests.factories import locale

    homes = load_site_demo_data()
    fi, en = locale("fi"), locale("en")
    ensure_taxonomy(fi, en, ensure_units(fi, en))
    return homes
