"""The unsent-draft script's settings and texts, translated on the server: they must be in the page already when the
connection is gone."""

from django import template
from django.utils.translation import gettext_lazy as _

from ..conf import feedback_setting

register = template.Library()


@register.simple_tag
def offline_draft_config():
    return {
        "formMaxAgeSeconds": feedback_setting("FORM_MAX_AGE_SECONDS"),
        "strings": {
            "saved": _(
                "You are offline, so your feedback was not sent. It is kept on this device, and you can send it "
                "when the connection returns."
            ),
            "heading": _("Unsent feedback"),
            "waiting": _(
                "You have feedback that was not sent yet. It is kept on this device until you send or discard it."
            ),
            "back": _("The connection is back. You can send your unsent feedback now."),
            "send": _("Send now"),
            "discard": _("Discard"),
            "sending": _("Sending your feedback…"),
            "stillOffline": _(
                "The feedback could not be sent: there is no connection. It is still kept on this device."
            ),
            "discarded": _("The unsent feedback was removed from this device."),
        },
    }
