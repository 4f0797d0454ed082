"""The plugins' wheel (plugins/pyproject.toml) holds everything a site needs to run them, and nothing of the demo site.

The wheel is built once, from a copy of the sources, as `make wheels` builds it: it takes a few seconds. The
translations must be compiled and Leaflet copied first, as `make test` does (both are ignored by git).
"""

import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = ["feedback_plugin", "faq_plugin", "bulletin_plugin"]

pytestmark = pytest.mark.wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    # A copy, so setuptools' build/ and egg-info never land in the working tree or carry stale files.
    sources = tmp_path_factory.mktemp("sources")
    ignore = shutil.ignore_patterns("__pycache__", "build", "*.egg-info")
    for folder in ["plugins", *PLUGINS]:
        shutil.copytree(ROOT / folder, sources / folder, ignore=ignore)
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", out, sources / "plugins"]
    subprocess.run(command, check=True)  # noqa: S603 - pip, on our own sources
    [built] = out.glob("*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def names(wheel):
    return set(wheel.namelist())


def test_the_wheel_holds_the_three_plugins_and_nothing_of_the_demo_site(wheel):
    top_level = {name.split("/")[0] for name in names(wheel)}
    assert top_level == {*PLUGINS, "wagtail_city_feedback-0.1.0.dist-info"}


@pytest.mark.parametrize("plugin", PLUGINS)
def test_each_plugin_brings_its_templates_static_files_and_migrations(wheel, plugin):
    inside = {name for name in names(wheel) if name.startswith(f"{plugin}/")}
    assert any(name.startswith(f"{plugin}/templates/{plugin}/") and name.endswith(".html") for name in inside)
    assert any(name.startswith(f"{plugin}/static/{plugin}/") for name in inside)
    assert f"{plugin}/migrations/0001_initial.py" in inside


@pytest.mark.parametrize("plugin", PLUGINS)
@pytest.mark.parametrize("language", ["fi", "en"])
def test_each_plugin_brings_its_compiled_translations(wheel, plugin, language):
    assert f"{plugin}/locale/{language}/LC_MESSAGES/django.mo" in names(wheel)


def test_leaflet_is_served_from_the_plugins_own_static_files_with_its_source_map(wheel):
    leaflet = "feedback_plugin/static/feedback_plugin/vendor/leaflet/"
    assert {f"{leaflet}leaflet.js", f"{leaflet}leaflet.js.map", f"{leaflet}leaflet.css"} <= names(wheel)
    assert f"{leaflet}images/marker-icon.png" in names(wheel)


def test_management_commands_come_with_the_feedback_plugin(wheel):
    assert "feedback_plugin/management/commands/retry_notifications.py" in names(wheel)


def test_the_wheel_requires_what_the_plugins_import_and_not_what_the_site_adds(wheel):
    metadata = Parser().parsestr(wheel.read("wagtail_city_feedback-0.1.0.dist-info/METADATA").decode())
    required = {Requirement(requirement).name for requirement in metadata.get_all("Requires-Dist")}
    assert {"Django", "wagtail", "wagtail-localize", "wagtailgeowidget", "djangorestframework"} <= required
    assert {"drf-spectacular", "django-filter", "Pillow", "django-tasks"} <= required
    assert not required & {"whitenoise", "gunicorn", "psycopg", "dj-database-url", "citysite"}
