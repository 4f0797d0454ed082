"""“My feedback”: a resident who gave an e-mail address gets a signed, expiring link to every item they sent
from it. No accounts: the link is the key, so it carries the address, signed with a salt of its own, and is good
for MY_FEEDBACK_LINK_HOURS. Whether an address has sent anything is told only in the mail to that address."""

import datetime

from django.core import signing
from django.core.mail import send_mail
from django.db.models.functions import Upper
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from . import rate_limits
from .conf import feedback_setting
from .models import Feedback, FeedbackCategory
from .tasks import site_url

SALT = "feedback_plugin.my_feedback"


def normalise(address):
    """One form of an address for the link and the match: contact addresses are compared case-insensitively."""
    return address.strip().lower()


def make_token(address):
    return signing.dumps(normalise(address), salt=SALT, compress=True)


def read_token(token):
    """The address a link was made for. Raises ``signing.SignatureExpired`` for an old link and
    ``signing.BadSignature`` for one that was not made here (or was edited)."""
    max_age = datetime.timedelta(hours=feedback_setting("MY_FEEDBACK_LINK_HOURS"))
    return signing.loads(token, salt=SALT, max_age=max_age)


def link_path(address):
    return reverse("feedback_plugin:my_feedback", kwargs={"token": make_token(address)})


def count_request(client):
    """Counts a link request against MY_FEEDBACK_REQUEST_RATE = (count, seconds) per client."""
    limit, window = feedback_setting("MY_FEEDBACK_REQUEST_RATE")
    return rate_limits.count(f"my-feedback:{client}", limit, window)


def from_address(address):
    """Items whose contact address is ``address``, in any case, matched on the indexed upper-case form."""
    upper = Upper("contact_email")
    return Feedback.objects.annotate(contact_email_upper=upper).filter(contact_email_upper=normalise(address).upper())


def sent_from(address):
    """Every item sent from ``address``, newest first (the model's order), with what the list shows loaded in a
    fixed number of queries."""
    return from_address(address).select_related("category").prefetch_related("replies")


def category_names():
    """{category code: name} in the active language, in one query, for items whose categories may be in any
    locale. Confidential categories are named too: this is the resident's own view of what they sent."""
    return {category.code: category.name for category in FeedbackCategory.objects.in_active_locale()}


def request_link(address):
    """Queues the mail with the link in the active language. The request does the same whatever the address;
    the task alone looks for items, so the answer tells nobody whether an address has any, and where a worker
    runs the tasks (production), neither does its timing. A link lost to a mail failure is asked for again."""
    send_link.enqueue(normalise(address), translation.get_language())


@task()
def send_link(address, language):
    if not from_address(address).exists():
        return
    with translation.override(language):
        context = {
            "link": site_url(link_path(address)),
            "hours": feedback_setting("MY_FEEDBACK_LINK_HOURS"),
        }
        subject = render_to_string("feedback_plugin/email/my_feedback_subject.txt", context)
        body = render_to_string("feedback_plugin/email/my_feedback.txt", context)
    send_mail(" ".join(subject.split()), body, None, [address])
