"""Issue 13, item 3, as an operator runs the site: behind the proxy, with 4 workers, wrong admin passwords lock that
username at that address whichever worker answers, and the right password is refused there during the lock. The
address is the resident's, not the proxy's: the same user still signs in from another address."""

import re

import pytest
import requests

from tests.production.harness import ProductionSite, proxy_headers

pytestmark = pytest.mark.production

PASSWORD = "a long and unguessable pass phrase"


def sign_in(url, password, client_address):
    """Wagtail's sign-in form as a browser posts it over HTTPS through the proxy, with its CSRF token."""
    headers = proxy_headers(client_address)
    form = requests.get(f"{url}/admin/login/", headers=headers, timeout=30)
    csrf_cookie = form.cookies["csrftoken"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    return requests.post(
        f"{url}/admin/login/",
        data={"username": "toimittaja", "password": password, "csrfmiddlewaretoken": token},
        # The secure cookie goes back by hand: the test talks plain HTTP to the app server, as the proxy does.
        headers={**headers, "Cookie": f"csrftoken={csrf_cookie}", "Referer": f"https://{url.split('//')[1]}/admin/"},
        allow_redirects=False,
        timeout=30,
    )


@pytest.fixture
def behind_one_proxy(tmp_path):
    site = ProductionSite(tmp_path / "site", extra_env={"TRUSTED_PROXY_COUNT": "1"}).prepare()
    yield site
    site.stop()


def test_wrong_passwords_lock_the_sign_in_across_the_workers(behind_one_proxy):
    behind_one_proxy.python(
        "from django.contrib.auth.models import Group, User; "
        f"User.objects.create_user('toimittaja', password={PASSWORD!r}).groups.add(Group.objects.get(name='Editors'))"
    )
    server = behind_one_proxy.start_server(workers=4)

    statuses = [sign_in(server.url, f"guess-{n}", "203.0.113.7").status_code for n in range(20)]
    refused = sign_in(server.url, PASSWORD, "203.0.113.7")

    assert statuses == [200] * 4 + [429] * 16
    assert refused.status_code == 429
    assert "Kirjautuminen lukittu" in refused.text
    elsewhere = sign_in(server.url, PASSWORD, "198.51.100.40")
    assert elsewhere.status_code == 302
    assert elsewhere.headers["Location"].startswith("/admin/")
