"""Adding a language is a settings change: no migration, and the resident pages work in it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from feedback_plugin.public.pages import FeedbackFormPage
from home.demo.feedback_pages import ensure_feedback_pages
from tests.factories import CategoryFactory, locale, translate_category

WITH_SWEDISH = [*settings.LANGUAGES, ("sv", "Svenska")]
REPOSITORY = Path(__file__).resolve().parents[2]


def test_adding_swedish_to_the_settings_needs_no_migration(tmp_path):
    # Model fields read the settings when their module is imported, so override_settings in this process
    # would not reach them: a fresh process imports the models under settings that include Swedish.
    (tmp_path / "swedish_settings.py").write_text(
        "from citysite.settings.test import *  # noqa: F403\n"
        'LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [*LANGUAGES, ("sv", "Svenska")]  # noqa: F405\n'
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "swedish_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPOSITORY)]),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout


@pytest.mark.django_db
@override_settings(LANGUAGES=WITH_SWEDISH, WAGTAIL_CONTENT_LANGUAGES=WITH_SWEDISH)
def test_the_feedback_form_is_served_in_swedish_with_the_swedish_categories(client, site_pages):
    ensure_feedback_pages(site_pages)
    category = CategoryFactory(code="street-lighting", name="Katuvalaistus")
    translate_category(category, "sv", name="Gatubelysning")
    form_page = FeedbackFormPage.objects.get(locale__language_code="fi")
    swedish_page = form_page.copy_for_translation(locale("sv"), copy_parents=True)
    swedish_page.title = "Respons"
    swedish_page.save_revision().publish()
    url = swedish_page.get_url()

    response = client.get(url)

    assert url.startswith("/sv/")
    assert response.status_code == 200
    assert 'lang="sv"' in response.content.decode()
    assert "Gatubelysning" in response.content.decode()
