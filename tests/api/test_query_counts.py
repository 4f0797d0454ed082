"""List endpoints run the same number of queries for 5 items as for 40, an Open311 request for 1 reply and photo as
for 6 of each, and Open311 services for 2 categories as for 8."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback_plugin import services
from feedback_plugin.models import CategoryQuestion
from feedback_plugin.photos import clean_photo
from tests.factories import CategoryFactory, image_bytes, make_feedback, upload

pytestmark = pytest.mark.django_db

URLS = [
    "/api/v1/feedback/?page_size=100",
    "/api/v1/feedback/?page_size=100&lang=en&status=open&bbox=27,62,28,63",
    "/open311/v2/requests.json?extensions=true",
    "/open311/v2/requests.xml?extensions=true&locale=en",
]


def add_items(count, categories):
    for number in range(count):
        item = make_feedback(categories[number % len(categories)], photos=[clean_photo(upload(image_bytes()))])
        services.add_reply(item, "Kiitos, korjaamme.")


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", URLS)
def test_query_count_does_not_grow_with_items(client, url, one_rate_limit_window):
    categories = [CategoryFactory(), CategoryFactory()]
    add_items(5, categories)
    client.get(url)  # the first request of a rate-limit window also clears past windows
    few = query_count(client, url)
    add_items(35, categories)
    assert query_count(client, url) == few


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_open311_request_query_count_does_not_grow_with_replies_and_photos(client, fmt, one_rate_limit_window):
    category = CategoryFactory()
    add_items(1, [category])
    item = make_feedback(category, photos=[clean_photo(upload(image_bytes()))])
    services.add_reply(item, "Kiitos, korjaamme.")
    url = f"/open311/v2/requests/{item.reference}.{fmt}?extensions=true"
    client.get(url)
    few = query_count(client, url)
    for _ in range(5):
        services.add_reply(item, "Korjaus on tilattu.")
    add_items(5, [category])
    item.photos.add(*(services.store_photo(item, clean_photo(upload(image_bytes()))) for _ in range(5)), bulk=False)
    assert query_count(client, url) == few


def add_categories(count):
    for _ in range(count):
        category = CategoryFactory()
        category.questions.add(CategoryQuestion(locale=category.locale, code="detail", label="Tarkenna", sort_order=0))
        category.save()


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_open311_services_query_count_does_not_grow_with_categories(client, fmt, one_rate_limit_window):
    url = f"/open311/v2/services.{fmt}"
    client.get(url)
    add_categories(2)
    few = query_count(client, url)
    add_categories(6)
    assert query_count(client, url) == few
