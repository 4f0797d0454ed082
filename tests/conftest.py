import io
import os

import pytest
from django.conf import settings

# The storage fixtures (a failing disk, a local S3 server) are for every test folder.
from tests.storage import (  # noqa: F401
    broken_photo_store,
    s3_endpoint,
    s3_environment,
    s3_photos,
    use_photo_storage_from_settings,
)

# Playwright runs an event loop in the test thread; the ORM calls in browser tests are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def transactional(item):
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or "live_server" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(items):
    """The editor's translation test (tests/browser/admin) runs first of the transactional tests: it needs
    Wagtail's Editors group from the migrations, and after the first transactional test has flushed the database,
    the serialized rollback of later tests has not restored it here. pytest-django has already put the
    transactional tests last (its hook runs first); this moves the editor's test to the head of them."""
    editor = [item for item in items if item.module.__name__.endswith("test_editor_translation")]
    rest = [item for item in items if item not in editor]
    first = next((index for index, item in enumerate(rest) if transactional(item)), len(rest))
    items[:] = rest[:first] + editor + rest[first:]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The shared cache is the database's, and its table comes from createcachetable, not from a migration."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("createcachetable")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "feedback_photos": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
    }
    use_photo_storage_from_settings(monkeypatch)


@pytest.fixture(autouse=True)
def _fresh_read_counts(monkeypatch):
    """The API's reads are counted in the worker before they reach the shared store: each test starts a fresh
    worker, as the store starts empty."""
    from feedback_plugin import rate_limits
    from feedback_plugin.api import throttling

    monkeypatch.setattr(throttling, "READS", rate_limits.BatchedCounter())


@pytest.fixture
def site_pages(db):
    """The bilingual site skeleton every page test needs: locales, home pages and the default site."""
    from home.demo.site import ensure_home_pages, ensure_locales

    return ensure_home_pages(ensure_locales())


@pytest.fixture
def languages():
    return [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def demo_content(db):
    """Everything `make run` shows: the result of `manage.py load_demo_data`."""
    from django.core.management import call_command

    call_command("load_demo_data", stdout=io.StringIO())


@pytest.fixture
def winter_category(db):
    """The winter maintenance category in Finnish, with its English translation (FAQs and bulletins link to it)."""
    from tests.factories import CategoryFactory, translate_category

    category = CategoryFactory(code="winter-maintenance", name="Talvikunnossapito")
    translate_category(category, "en", name="Winter maintenance")
    return category


@pytest.fixture
def one_rate_limit_window():
    """Every request of the test within one rate-limit window (an hour from 10:00, time running): the API's
    rate limit costs one query a request, and the first request of a window one more, which clears past ones."""
    import datetime

    import time_machine

    with time_machine.travel(datetime.datetime(2026, 11, 24, 10, tzinfo=datetime.UTC)):
        yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a test client request to /en/ leaves English active."""
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield
