"""“My feedback” as a resident uses it, in Finnish and English, on desktop and phone: from the footer they ask
for a link, open it from the mail, see their items and withdraw their contact details from one; axe finds no
WCAG 2.1 A/AA violations on any of the pages on the way."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from feedback_plugin import services
from tests.factories import make_feedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LINK = re.compile(r"https?://\S+/feedback/mine/\S+/")


def test_a_resident_opens_their_feedback_from_the_mailed_link_and_withdraws_one(
    language, live_server, feedback_pages, category, device_page, assert_accessible
):
    lamp = make_feedback(category, title="Lamp out", contact_email="Resident@Example.fi", language=language)
    bench = make_feedback(category, title="Broken bench", contact_email="resident@example.fi", language=language)
    make_feedback(category, title="Someone else's", contact_email="neighbour@example.fi")
    services.add_reply(lamp, "We will fix it.")
    mail.outbox.clear()
    with translation.override(language):
        texts = {name: gettext(name) for name in ("My feedback", "Your e-mail address", "Send me the link")}
        withdraw = gettext("Withdraw my contact details from feedback %(reference)s") % {"reference": lamp.reference}
        confirm = gettext("Yes, erase my contact details")
    page = device_page

    page.goto(f"{live_server.url}/{language}/")
    page.get_by_role("contentinfo").get_by_role("link", name=texts["My feedback"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(texts["My feedback"])
    assert_accessible(page)
    page.get_by_label(texts["Your e-mail address"]).fill("resident@example.fi")
    page.get_by_role("button", name=texts["Send me the link"]).click()
    expect(page.get_by_role("status")).to_be_visible()
    assert_accessible(page)

    (message,) = mail.outbox
    link = urlsplit(LINK.search(message.body).group(0))
    page.goto(f"{live_server.url}{link.path}")
    items = page.locator("article.my-feedback")  # each holds its replies, articles of their own
    expect(items).to_have_count(2)
    expect(page.get_by_role("main")).to_contain_text("We will fix it.")
    expect(page.get_by_role("main")).not_to_contain_text("Someone else")
    assert_accessible(page)

    page.get_by_role("button", name=withdraw).click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name=confirm).click()
    expect(page.get_by_role("status")).to_be_visible()
    expect(items).to_have_count(1)
    expect(items).to_contain_text(bench.reference)
    assert_accessible(page)
    lamp.refresh_from_db(), bench.refresh_from_db()
    assert (lamp.contact_email, bench.contact_email) == ("", "resident@example.fi")
