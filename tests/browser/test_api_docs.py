"""The API documentation (Swagger UI and ReDoc) is served wholly by the site: nothing is sent to another host."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def host(url):
    # A blob: URL (ReDoc's search worker) belongs to the origin inside it.
    return urlsplit(url.removeprefix("blob:")).netloc


@pytest.mark.parametrize(
    "path",
    [
        "/api/docs/",
        # The one request the docs' policy is there to stop: the Redocly logo in ReDoc's sidebar footer.
        pytest.param("/api/docs/redoc/", marks=pytest.mark.csp_blocks("https://cdn.redoc.ly/")),
    ],
)
def test_api_docs_render_without_sending_a_request_to_another_host(live_server, page, path):
    requested, blocked = [], set()
    page.on("request", lambda request: requested.append(request.url))
    # The page's Content-Security-Policy stops a request inside the browser, before it leaves.
    page.on("requestfailed", lambda request: request.failure == "csp" and blocked.add(request.url))
    page.goto(f"{live_server.url}{path}")
    # An operation's title: a heading in ReDoc, a summary line in Swagger UI.
    title = page.locator("h2, .opblock-summary-description", has_text="Public feedback on a map")
    expect(title.first).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert f"{live_server.url}/api/schema/" in requested
    site = host(live_server.url)
    assert [url for url in requested if host(url) != site and url not in blocked] == []
