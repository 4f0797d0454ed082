"""The help slot on the feedback form: an extension point other plugins fill (FAQs, bulletins).

A plugin registers a function under the Wagtail hook ``feedback_category_help``. It is called as
``fn(request, category, latitude, longitude)``: ``category`` is a FeedbackCategory in the active language,
``latitude``/``longitude`` are Decimals or None. It returns an HTML string, or "" when it has nothing for
that category. Collapsible items should be ``<details data-help-id="...">``: the form records which ones the
resident opened (``Feedback.opened_help``), so the city can see how often help answered the question.
"""

from django.utils.html import format_html_join
from wagtail import hooks

HELP_HOOK = "feedback_category_help"


def category_help(request, category, latitude=None, longitude=None):
    """The fragments every registered plugin gives for this category and place, joined into one HTML string."""
    fragments = [fn(request, category, latitude, longitude) for fn in hooks.get_hooks(HELP_HOOK)]
    return format_html_join("", "{}", ((fragment,) for fragment in fragments if fragment))
