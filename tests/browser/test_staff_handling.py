"""Issue 3, acceptance 4: a staff user logs in, filters the inbox, opens an item, replies and closes it; the
resident's e-mail carries the reply and the tracking link. A staff user moves an item to the right category,
and the handling view passes axe."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Site

from feedback_plugin import services
from feedback_plugin.models import Feedback, Status
from tests.browser.admin_sign_in import log_in
from tests.factories import CategoryFactory, make_feedback
from tests.feedback.staff import unit_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def finnish_page(new_context):
    context = new_context(viewport={"width": 1280, "height": 900}, locale="fi-FI")
    yield context.new_page()
    context.close()


def test_staff_filter_the_inbox_reply_and_close_an_item(live_server, finnish_page, site_pages):
    # Residents' links come from the Site, so the Site is where this server answers. It is our own Site
    # (site_pages): the one Wagtail's migration makes is gone once an earlier live-server test flushed the database.
    address = urlsplit(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=address.hostname, port=address.port)
    category = CategoryFactory(name="Katuvalot")
    unit_staff(category.unit, username="kasittelija")
    feedback = make_feedback(
        category, title="Katuvalo rikki", contact_email="asukas@example.fi", language="fi", wants_reply=True
    )
    in_progress = make_feedback(category, title="Jo käsittelyssä")
    services.change_status(in_progress, Status.IN_PROGRESS)
    mail.outbox.clear()
    page = finnish_page

    log_in(page, live_server, "kasittelija")
    page.get_by_role("link", name="Palautteet").click()
    expect(page.get_by_role("link", name=in_progress.reference)).to_be_visible()

    page.get_by_role("button", name="Näytä suodattimet").click()
    page.get_by_role("button", name="Tila", exact=True).click()
    page.get_by_role("checkbox", name="Vastaanotettu").check()
    expect(page).to_have_url(re.compile(r"status=received"))
    expect(page.get_by_role("link", name=in_progress.reference)).to_have_count(0)

    page.get_by_role("link", name=feedback.reference).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(feedback.reference)
    expect(page.get_by_text("asukas@example.fi").first).to_be_visible()

    page.get_by_label("Julkinen vastaus").fill("Katuvalo korjataan tällä viikolla.")
    page.get_by_role("button", name="Lähetä vastaus").click()
    expect(page.get_by_text("Vastaus tallennettiin ja lähetettiin asukkaalle sähköpostilla.")).to_be_visible()

    page.locator("form[action$='/act/status/']").get_by_label("Tila").select_option(Status.DONE)
    page.get_by_role("button", name="Muuta tila").click()
    expect(page.get_by_text("Tila muutettiin.")).to_be_visible()

    feedback.refresh_from_db()
    assert feedback.status == Status.DONE and feedback.closed_at is not None
    assert Feedback.objects.get(pk=feedback.pk).replies.get().author.username == "kasittelija"
    to_resident = [message for message in mail.outbox if message.to == ["asukas@example.fi"]]
    reply_mail = next(message for message in to_resident if "Katuvalo korjataan tällä viikolla." in message.body)
    assert f"{live_server.url}/fi/feedback/track/{feedback.tracking_token}/" in reply_mail.body
    assert len(to_resident) == 2  # the reply and the status change


def wait_for_animations(page):
    """Wagtail fades its messages in; axe measures colour contrast only once they are fully shown."""
    page.wait_for_function("() => document.getAnimations().every((animation) => animation.playState === 'finished')")


def test_staff_move_an_item_to_the_right_category_in_finnish(live_server, finnish_page, assert_accessible):
    wrong = CategoryFactory(name="Katuvalot")
    right = CategoryFactory(name="Kuopat ja päällysteet", unit=wrong.unit, target_days=10)
    unit_staff(wrong.unit, username="kasittelija")
    feedback = make_feedback(wrong, title="Syvä kuoppa pyörätiellä", contact_email="asukas@example.fi")
    page = finnish_page

    log_in(page, live_server, "kasittelija")
    page.goto(f"{live_server.url}/admin/feedback/inspect/{feedback.pk}/")
    assert_accessible(page)
    page.locator("form[action$='/act/category/']").get_by_label("Aihe").select_option(label=right.name)
    page.get_by_role("button", name="Vaihda aihe").click()

    expect(page.get_by_text(f"Aihe vaihdettiin: {right.name}.")).to_be_visible()
    trail = page.locator("#feedback-trail-section")
    expect(trail.get_by_role("row").filter(has_text="Aihe vaihtui")).to_contain_text(f"Katuvalot → {right.name}")
    wait_for_animations(page)
    assert_accessible(page)
    feedback.refresh_from_db()
    assert feedback.category == right
