"""No API answer ever carries contact data, internal notes, original text, confidential or unpublished items."""

import pytest
from django.test import override_settings

from feedback_plugin import services
from feedback_plugin.models import Publication
from tests.factories import CategoryFactory, make_feedback

pytestmark = pytest.mark.django_db

MARKERS = [
    "MARKER-NAME",
    "marker-email@example.fi",
    "0401234567",
    "MARKER-NOTE",
    "MARKER-ORIGINAL",
    "marker-in-text@example.fi",
    "MARKER-ANSWER",
    "MARKER-CONFIDENTIAL",
    "MARKER-PENDING",
    "MARKER-HIDDEN",
    "MARKER-REFUSED",
]


@pytest.fixture
def seeded(site_pages, bus_category):
    public = make_feedback(
        bus_category,
        title="MARKER-ORIGINAL title",
        description="Pysäkin katos on rikki, MARKER-ORIGINAL kirjoita marker-in-text@example.fi",
        contact_name="MARKER-NAME",
        contact_email="marker-email@example.fi",
        contact_phone="0401234567",
        extra_answers={"bus-line": "MARKER-ANSWER"},
    )
    services.edit_public_text(public, "Katos rikki", "Pysäkin katos on rikki.")
    services.add_note(public, "MARKER-NOTE about the resident")
    services.add_reply(public, "Korjaamme katoksen.")
    confidential = CategoryFactory(code="health", is_confidential=True)
    make_feedback(confidential, description="MARKER-CONFIDENTIAL terveysasia")
    hidden = make_feedback(description="MARKER-HIDDEN piilotettu palaute")
    services.set_publication(hidden, Publication.HIDDEN)
    make_feedback(description="MARKER-REFUSED ei julkaista", allow_publication=False)
    with override_settings(FEEDBACK_PLUGIN={"PUBLICATION_POLICY": "moderated"}):
        make_feedback(description="MARKER-PENDING odottaa tarkastusta")
    return public


def api_urls(public):
    from wagtail.models import Page

    from feedback_plugin.models import Feedback

    references = list(Feedback.objects.values_list("reference", flat=True))
    urls = ["/api/v1/", "/api/v1/categories/", "/api/schema/"]
    for lang in ("fi", "en"):
        urls += [f"/api/v1/feedback/?lang={lang}&page_size=100", f"/api/v1/feedback/?lang={lang}&search=MARKER"]
    urls += [f"/api/v1/feedback/{reference}/" for reference in references]
    for fmt in ("json", "xml"):
        urls += [
            f"/open311/v2/requests.{fmt}",
            f"/open311/v2/requests.{fmt}?extensions=true",
            f"/open311/v2/requests.{fmt}?service_request_id={','.join(references)}&extensions=true",
            f"/open311/v2/services.{fmt}",
            f"/open311/v2/services/bus-services.{fmt}",
        ]
        urls += [f"/open311/v2/requests/{reference}.{fmt}?extensions=true" for reference in references]
    for locale in ("fi", "en"):
        urls.append(f"/api/v2/pages/?locale={locale}&fields=*")
    urls += [f"/api/v2/pages/{pk}/" for pk in Page.objects.exclude(depth=1).values_list("pk", flat=True)]
    return urls


def test_no_api_response_contains_private_data(client, seeded):
    checked = 0
    for url in api_urls(seeded):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        body = response.content.decode()
        for marker in [*MARKERS, seeded.tracking_token]:
            assert marker not in body, f"{marker} leaked in {url}"
        checked += 1
    assert checked > 30


def test_the_public_item_is_there_with_its_public_text(client, seeded):
    """The privacy test would pass on an empty API; this shows it looks at real answers."""
    assert "Pysäkin katos on rikki." in client.get("/api/v1/feedback/").content.decode()
    assert "Pysäkin katos on rikki." in client.get("/open311/v2/requests.xml").content.decode()
    assert client.get("/api/v1/feedback/").json()["count"] == 1


def test_a_public_serializer_refuses_a_private_field():
    from rest_framework import serializers

    from feedback_plugin.api.serializers import PublicFeedbackSerializerBase

    with pytest.raises(TypeError, match="contact_email"):
        type("Leaky", (PublicFeedbackSerializerBase,), {"email": serializers.CharField(source="contact_email")})
    with pytest.raises(TypeError, match="not a public feedback field"):
        type("Sneaky", (PublicFeedbackSerializerBase,), {"anything": serializers.SerializerMethodField()})
