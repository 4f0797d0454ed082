import re

import pytest
from playwright.sync_api import expect

from bulletin_plugin.models import Bulletin, Priority
from tests.bulletins.factories import BulletinFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PLOUGHING = {
    "fi": "Aurausta keskustassa: pääkadut klo 7 mennessä",
    "en": "Ploughing in the centre: main streets by 7:00",
}
INDEX = {"fi": "/fi/tiedotteet/", "en": "/en/bulletins/"}


def test_banner_index_and_detail_have_no_wcag_violations(
    language, live_server, bulletin_demo, device_page, assert_accessible
):
    page = device_page
    page.goto(f"{live_server.url}/{language}/")
    banner = page.locator(".bulletin-banner")
    expect(banner).to_contain_text(PLOUGHING[language])
    expect(banner.get_by_role("button")).to_be_visible()
    assert_accessible(page)

    page.goto(live_server.url + INDEX[language])
    current = page.locator("section", has=page.locator("#current-heading"))
    expect(current.get_by_role("link")).to_have_text([PLOUGHING[language]])
    assert_accessible(page)

    current.get_by_role("link", name=PLOUGHING[language]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(PLOUGHING[language])
    assert_accessible(page)


def test_ended_bulletin_page_has_no_wcag_violations(live_server, bulletin_demo, device_page, assert_accessible):
    ended = Bulletin.objects.live_in("en").expired().get()
    device_page.goto(f"{live_server.url}/en/bulletins/{ended.pk}/")
    expect(device_page.get_by_text("This bulletin has ended")).to_be_visible()
    assert_accessible(device_page)


def test_a_dismissed_bulletin_stays_hidden_until_a_newer_one_comes(live_server, bulletin_demo, page):
    page.goto(f"{live_server.url}/fi/")
    banner = page.locator(".bulletin-banner")
    banner.get_by_role("button", name=re.compile(f"^Piilota.*{re.escape(PLOUGHING['fi'])}")).click()
    expect(banner).to_be_hidden()
    expect(page.locator("main")).to_be_focused()

    page.reload()
    expect(banner).to_be_hidden()

    BulletinFactory(title="Vesikatko Männistössä", priority=Priority.NOTICE)
    page.reload()
    expect(banner).to_be_visible()
    expect(banner.get_by_role("link", name="Vesikatko Männistössä")).to_be_visible()
    expect(banner.get_by_role("link", name=PLOUGHING["fi"])).to_be_hidden()

    ploughing = Bulletin.objects.get(title=PLOUGHING["fi"])
    ploughing.save_revision().publish()
    page.reload()
    expect(banner.get_by_role("link", name=PLOUGHING["fi"])).to_be_visible()


def test_banner_reads_well_without_javascript(live_server, bulletin_demo, new_context):
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/")
    banner = page.locator(".bulletin-banner")
    expect(banner.get_by_role("link", name=PLOUGHING["en"])).to_be_visible()
    expect(banner.get_by_role("button")).to_be_hidden()
    context.close()
