"""Links in e-mails: residents' links lead to the public Site, staff links to the admin's base URL."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import Site

from feedback_plugin import services
from home.demo.feedback_pages import ensure_feedback_pages
from tests.factories import make_feedback
from tests.followers import confirmed_follower

pytestmark = pytest.mark.django_db(transaction=True)


def resident_message(address):
    return next(message for message in mail.outbox if message.to == [address])


def test_tracking_link_uses_the_sites_host_and_port(site_pages, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://admin.example.fi"
    Site.objects.filter(is_default_site=True).update(hostname="palaute.example.fi", port=8123)
    feedback = make_feedback(contact_email="resident@example.fi", language="en")
    receipt = resident_message("resident@example.fi")
    assert f"http://palaute.example.fi:8123/en/feedback/track/{feedback.tracking_token}/" in receipt.body
    unit_message = next(message for message in mail.outbox if message is not receipt)
    assert f"https://admin.example.fi/admin/feedback/inspect/{feedback.pk}/" in unit_message.body


def test_public_item_link_for_followers_uses_the_sites_host_and_port(site_pages):
    ensure_feedback_pages(site_pages)
    Site.objects.filter(is_default_site=True).update(hostname="palaute.example.fi", port=8123)
    feedback = make_feedback(language="fi")
    confirmed_follower(feedback, "follower@example.fi", "en")
    mail.outbox.clear()
    services.add_reply(feedback, "Fixed.")
    body = resident_message("follower@example.fi").body
    assert f"http://palaute.example.fi:8123/en/feedback-list/{feedback.reference}/" in body


def test_demo_site_follows_the_host_and_port_it_is_loaded_with(site_pages):
    """Run again with another address, the command moves the existing Site instead of adding one."""
    call_command("load_demo_data", "--hostname", "localhost", "--port", "8001", stdout=io.StringIO())
    site = Site.objects.get()
    assert (site.hostname, site.port, site.root_url) == ("localhost", 8001, "http://localhost:8001")
    assert site.root_page_id == site_pages["fi"].pk
