"""Issue 13, item 3: a member of a unit's staff, who sees residents' contact data, signs in to the Finnish admin
for the first time, sets up an authenticator app from the key on the page, keeps the recovery codes, and at the
next sign-in enters one of them. Each of these pages passes axe."""

import re
from base64 import b32decode

import pytest
from playwright.sync_api import expect

from tests.factories import ResponsibleUnitFactory
from tests.feedback.staff import unit_staff
from tests.second_factor import code_for_key

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def finnish_desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="fi-FI")
    yield context.new_page()
    context.close()


def sign_in_with_password(page, live_server, username):
    page.goto(f"{live_server.url}/admin/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill("password")
    page.get_by_role("button", name="Kirjaudu sisään").click()


def test_staff_set_up_an_authenticator_app_and_sign_in_later_with_a_recovery_code(
    live_server, site_pages, finnish_desktop, assert_accessible
):
    unit_staff(ResponsibleUnitFactory(name="Terveyspalvelut"), username="kasittelija")
    page = finnish_desktop

    sign_in_with_password(page, live_server, "kasittelija")
    expect(page.get_by_role("heading", name="Ota kaksivaiheinen tunnistautuminen käyttöön")).to_be_visible()
    assert_accessible(page)
    secret = page.locator(".second-factor-secret").inner_text()
    page.get_by_label("Koodi").fill(code_for_key(b32decode(re.sub(r"\s", "", secret))))
    page.get_by_role("button", name="Vahvista").click()

    expect(page.get_by_role("heading", name="Varakoodisi")).to_be_visible()
    recovery_codes = page.get_by_role("list", name="Varakoodit").get_by_role("listitem")
    expect(recovery_codes).to_have_count(10)
    assert_accessible(page)
    recovery_code = recovery_codes.first.inner_text()
    page.get_by_role("link", name="Jatka ylläpitoon").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")

    page.context.clear_cookies()
    sign_in_with_password(page, live_server, "kasittelija")
    expect(page.get_by_role("heading", name="Kaksivaiheinen tunnistautuminen")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Koodi").fill(recovery_code)
    page.get_by_role("button", name="Kirjaudu sisään").click()

    expect(page.get_by_text("Kirjauduit varakoodilla. Sinulla on 9 varakoodia jäljellä.")).to_be_visible()
    expect(page).to_have_url(f"{live_server.url}/admin/")
