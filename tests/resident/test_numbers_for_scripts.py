"""Numbers a page hands to its scripts (data-* attributes, inline JSON and JSON-LD) and puts in its links are
written the same way in every language: Finnish writes 62,8924 in prose, but a script reading that gets
nonsense, and both maps broke that way."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.utils import translation
from wagtail.models import Page

from feedback_plugin import privacy
from feedback_plugin.public.pages import FeedbackFormPage, FeedbackIndexPage

pytestmark = pytest.mark.django_db

NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
# A value made only of digits, signs, separators and spaces: it is meant to be read as numbers.
NUMERIC_LOOKING = re.compile(r"[-+\d.,\s\u00a0\u202f]*\d[-+\d.,\s\u00a0\u202f]*")
LINK_ATTRIBUTES = {"href", "src", "action", "formaction"}
JSON_TYPES = {"application/json", "application/ld+json"}


class ScriptInputs(HTMLParser):
    """Collects a page's data-* attributes, link query values and inline JSON, in document order."""

    def __init__(self):
        super().__init__()
        self.data = []
        self.query_values = []
        self.json_texts = []
        self._json_open = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("data-") and value is not None:
                self.data.append((name, value))
            elif name in LINK_ATTRIBUTES and value:
                self.query_values += parse_qsl(urlsplit(value).query)
        self._json_open = tag == "script" and dict(attrs).get("type") in JSON_TYPES
        if self._json_open:
            self.json_texts.append("")

    def handle_data(self, data):
        if self._json_open:
            self.json_texts[-1] += data

    def handle_endtag(self, tag):
        self._json_open = False


def is_plain_number_list(value):
    return all(NUMBER.fullmatch(part) for part in value.split(","))


def json_leaves(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from json_leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_leaves(item)
    else:
        yield value


def public_paths(language):
    """Every live page in ``language``, plus the routed ones: an item's page, the thanks and tracking pages and
    a bulletin's page (where the bulletin plugin is installed).
    Each is keyed by what it is, so the same page can be compared across languages."""
    feedback = privacy.public_feedback_for_display().filter(latitude__isnull=False).first()
    paths = {}
    with translation.override(language):
        for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific():
            paths[page.translation_key] = page.url
            if isinstance(page, FeedbackIndexPage):
                paths["detail"] = page.url + page.reverse_subpage("detail", kwargs={"reference": feedback.reference})
            if isinstance(page, FeedbackFormPage):
                paths["thanks"] = page.url + page.reverse_subpage("thanks", args=[feedback.tracking_token])
            if hasattr(page, "bulletin_url"):
                bulletin = page.bulletins().active().order_by("translation_key").first()
                paths["bulletin"] = page.bulletin_url(bulletin)
        paths["tracking"] = feedback.get_tracking_url()
    return paths


@pytest.mark.parametrize("thousand_separator", [False, True], ids=["default", "thousand-separator"])
def test_numbers_for_scripts_and_links_are_plain_and_the_same_in_every_language(
    client, demo_content, settings, thousand_separator
):
    # A site may group digits (Finnish writes 10 485 760): numbers for scripts must not change with it either.
    settings.USE_THOUSAND_SEPARATOR = thousand_separator
    problems = []
    numeric_data = {}
    languages = [code for code, _name in settings.LANGUAGES]
    for language in languages:
        for key, path in public_paths(language).items():
            response = client.get(path)
            assert response.status_code == 200, path
            inputs = ScriptInputs()
            inputs.feed(response.content.decode())
            numeric = [(name, value) for name, value in inputs.data if NUMERIC_LOOKING.fullmatch(value)]
            numeric_data.setdefault(key, {})[language] = (path, numeric)
            problems += [f"{path}: {name}={value!r}" for name, value in numeric if not is_plain_number_list(value)]
            problems += [
                f"{path}: link parameter {name}={value!r}"
                for name, value in inputs.query_values
                if NUMERIC_LOOKING.fullmatch(value) and not is_plain_number_list(value)
            ]
            for text in inputs.json_texts:
                try:
                    leaves = list(json_leaves(json.loads(text)))
                except ValueError as error:
                    problems.append(f"{path}: inline JSON does not parse ({error}): {text[:80]!r}")
                    continue
                problems += [
                    f"{path}: inline JSON has a number written as text: {leaf!r}"
                    for leaf in leaves
                    if isinstance(leaf, str) and NUMERIC_LOOKING.fullmatch(leaf)
                ]
    assert {key for key in numeric_data if len(numeric_data[key]) < len(languages)} == set()
    assert {"detail", "thanks", "tracking"} <= numeric_data.keys()
    # "62,8924,27,677" reads as four numbers: only comparing the languages shows it is two numbers localised.
    for versions in numeric_data.values():
        (first_path, first), *others = versions.values()
        problems += [f"{path}: {numbers} but {first_path}: {first}" for path, numbers in others if numbers != first]
    assert not problems, "\n".join(problems)
