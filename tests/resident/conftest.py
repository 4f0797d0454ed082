import time

import pytest

from feedback_plugin.public.forms import start_token
from home.demo.feedback_pages import ensure_feedback_pages
from tests.factories import CategoryFactory, translate_category


@pytest.fixture
def feedback_pages(site_pages):
    ensure_feedback_pages(site_pages)
    return site_pages


def street_lighting():
    """A public category, translated into English, without extra questions."""
    category = CategoryFactory(code="street-lighting", name="Katuvalaistus")
    translate_category(category, "en", name="Street lighting")
    return category


@pytest.fixture
def category(db):
    return street_lighting()


def form_data(**overrides):
    """A valid submission of the public form, as a browser sends it."""
    data = {
        "kind": "feedback",
        "category": "street-lighting",
        "title": "Lamppu rikki",
        "description": "Katuvalo ei pala Kauppakadun kulmassa.",
        "latitude": "",
        "longitude": "",
        "address": "Kauppakatu 40",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "website": "",
        "started": start_token(time.time() - 60),
        "opened_help": "[]",
    }
    data.update(overrides)
    return data
