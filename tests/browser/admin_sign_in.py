"""Signing in to the admin in a real browser, in Finnish, as staff do: the password, then the second factor."""

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.second_factor import authenticator, code_now


def log_in(page, live_server, username):
    """The password, then a code from the authenticator app the admin asks of staff who see contact data."""
    device = authenticator(get_user_model().objects.get(username=username))
    page.goto(f"{live_server.url}/admin/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill("password")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.get_by_label("Koodi").fill(code_now(device))
    page.get_by_role("button", name="Kirjaudu sisään").click()
    expect(page.get_by_role("heading", name="Kaksivaiheinen tunnistautuminen")).to_have_count(0)
