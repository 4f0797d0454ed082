"""Acceptance 6: the public list, map data, item pages, duplicate hints and the help endpoint never show
confidential or unpublished items, contact data, internal notes or the resident's original text."""

import pytest
from django.utils.html import format_html
from wagtail import hooks

from feedback_plugin import services
from feedback_plugin.models import Publication
from feedback_plugin.sections import HELP_HOOK
from tests.factories import CategoryFactory, make_feedback, translate_category

pytestmark = pytest.mark.django_db

MARKERS = {
    "contact_name": "MARKER-NAME",
    "contact_email": "marker-email@example.fi",
    "contact_phone": "MARKER-PHONE",
    "note": "MARKER-INTERNAL-NOTE",
    "original": "MARKER-ORIGINAL-TEXT",
    "confidential": "MARKER-CONFIDENTIAL",
    "hidden": "MARKER-HIDDEN",
    "pending": "MARKER-PENDING",
    "refused": "MARKER-REFUSED",
}


@pytest.fixture
def seeded(feedback_pages, category):
    public = make_feedback(
        category,
        title="Public lamp",
        description=f"The lamp is out. {MARKERS['original']}",
        contact_name=MARKERS["contact_name"],
        contact_email=MARKERS["contact_email"],
        contact_phone=MARKERS["contact_phone"],
    )
    services.edit_public_text(public, "Public lamp", "The lamp is out.")
    services.add_note(public, MARKERS["note"])
    # A reply quoting the resident's address is shown redacted, on the item's page and in the reply feeds.
    services.add_reply(public, f"We wrote to {MARKERS['contact_email']}.")
    confidential_category = CategoryFactory(code="health-services", is_confidential=True)
    translate_category(confidential_category, "en")
    make_feedback(confidential_category, title=MARKERS["confidential"], description=MARKERS["confidential"])
    services.set_publication(
        make_feedback(category, title=MARKERS["hidden"], description=MARKERS["hidden"]), Publication.HIDDEN
    )
    services.set_publication(
        make_feedback(category, title=MARKERS["pending"], description=MARKERS["pending"]), Publication.PENDING
    )
    make_feedback(category, title=MARKERS["refused"], description=MARKERS["refused"], allow_publication=False)
    return public


def public_responses(client, public):
    point = "lat=62.892400&lng=27.677000"
    with hooks.register_temporarily(
        HELP_HOOK, lambda request, category, lat, lng: format_html("<p>{}</p>", category.name)
    ):
        for language, index in (("fi", "palautteet"), ("en", "feedback-list")):
            yield client.get(f"/{language}/{index}/")
            yield client.get(f"/{language}/{index}/?status=open&per_page=50")
            yield client.get(f"/{language}/{index}/{public.reference}/")
            for code in ("street-lighting", "health-services"):
                yield client.get(f"/{language}/feedback/hints/?category={code}&{point}")
                yield client.get(f"/{language}/feedback/help/?category={code}&{point}")
            for content in ("new", "replies"):
                for syntax in ("rss", "atom"):
                    feed = f"/{language}/{index}/feed/{content}/{syntax}/"
                    yield client.get(feed)
                    yield client.get(f"{feed}?bbox=27.5,62.8,27.8,63.0")
                    for code in ("street-lighting", "health-services"):
                        yield client.get(f"{feed}?category={code}")
        for zoom in (10, 18):
            yield client.get(f"/api/v1/feedback/geojson/?bbox=27.5,62.8,27.8,63.0&zoom={zoom}")


def test_no_public_surface_shows_private_data_or_non_public_items(client, seeded):
    responses = list(public_responses(client, seeded))
    assert all(response.status_code in (200, 400) for response in responses)
    assert "Public lamp" in responses[0].content.decode()
    for response in responses:
        body = response.content.decode()
        for name, marker in MARKERS.items():
            assert marker not in body, f"{name} leaked at {response.wsgi_request.get_full_path()}"


def test_non_public_items_have_no_detail_page_and_no_map_point(client, seeded):
    from feedback_plugin.models import Feedback

    hidden = Feedback.objects.exclude(pk=seeded.pk)
    for feedback in hidden:
        assert client.get(f"/en/feedback-list/{feedback.reference}/").status_code == 404
    features = client.get("/api/v1/feedback/geojson/?bbox=27.5,62.8,27.8,63.0&zoom=18").json()["features"]
    assert [feature["properties"]["reference"] for feature in features] == [seeded.reference]
    zoomed_out = client.get("/api/v1/feedback/geojson/?bbox=27.5,62.8,27.8,63.0&zoom=8").json()["features"]
    assert [feature["properties"]["reference"] for feature in zoomed_out] == [seeded.reference]


def test_map_clusters_count_only_public_items(client, seeded, category):
    from bench.data import generate_feedback

    generate_feedback(category, 250, spread=(0.01, 0.02))
    clusters = client.get("/api/v1/feedback/geojson/?bbox=27.5,62.8,27.8,63.0&zoom=8").json()["features"]
    assert all(feature["properties"]["cluster"] for feature in clusters)
    assert sum(feature["properties"]["count"] for feature in clusters) == 251
