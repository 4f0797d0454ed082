"""The signed links in a follower's e-mail: "confirm that you follow" and "unsubscribe".

Each token signs the item and the address it was made for, with a salt of its own per purpose, so a token can't
be forged, turned into the other kind, or used for another follower. The confirmation expires after
FOLLOW_CONFIRMATION_DAYS; an unsubscribe link works as long as the mails it came in do."""

import datetime

from django.core import signing
from django.urls import reverse

from .conf import feedback_setting

CONFIRM_SALT = "feedback_plugin.follower.confirm"
UNSUBSCRIBE_SALT = "feedback_plugin.follower.unsubscribe"


class InvalidLink(Exception):
    """A follower link that was altered, made for another purpose, or has expired."""


def payload(follower):
    return {"feedback": follower.feedback_id, "email": follower.email}


def confirmation_token(follower):
    return signing.dumps(payload(follower), salt=CONFIRM_SALT, compress=True)


def unsubscribe_token(follower):
    return signing.dumps(payload(follower), salt=UNSUBSCRIBE_SALT, compress=True)


def read(token, salt, max_age=None):
    """(feedback id, e-mail) of a valid token; InvalidLink for anything else."""
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
        return int(data["feedback"]), str(data["email"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidLink from error


def read_confirmation(token):
    max_age = datetime.timedelta(days=feedback_setting("FOLLOW_CONFIRMATION_DAYS"))
    return read(token, CONFIRM_SALT, max_age=max_age)


def read_unsubscribe(token):
    return read(token, UNSUBSCRIBE_SALT)


def confirmation_path(follower):
    return reverse("feedback_plugin:follow_confirm", args=[confirmation_token(follower)])


def unsubscribe_path(follower):
    return reverse("feedback_plugin:unsubscribe", args=[unsubscribe_token(follower)])
