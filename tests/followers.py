"""Following an item as a resident does: ask, then open the link that the confirmation mail carries."""

import re

from django.core import mail

from feedback_plugin import services


def link_in_mail(address, kind):
    """The path of the last ``kind`` ("confirm" or "unsubscribe") link mailed to ``address``."""
    message = [message for message in mail.outbox if message.to == [address]][-1]
    return re.search(rf"https?://[^/\s]+(/\S*/feedback/follow/{kind}/\S+/)", message.body).group(1)


def confirmed_follower(feedback, email, language):
    """A follower who asked and confirmed; the confirmation mail is sent when the caller's transaction commits."""
    follower = services.add_follower(feedback, email, language)
    return services.confirm_follower(follower.feedback_id, follower.email)
