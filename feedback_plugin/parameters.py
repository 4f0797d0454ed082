"""The one rule for a name sent more than once, in a query string or a form body, on every channel.

A name given twice is an error unless it is one that may repeat (a list: photos, a multiple choice). Taking
the last value silently would let a request say two things and have the one nobody checked win, for example
a second ``category`` naming a confidential one.
"""

from django.utils.translation import gettext_lazy as _

GIVE_PARAMETER_ONCE = _("Give this parameter only once.")
GIVE_FIELD_ONCE = _("Give this field only once.")


def repeated_names(data, repeatable=()):
    """The names in ``data`` (a QueryDict or another MultiValueDict) given more than once and not in
    ``repeatable``, in the order they were sent."""
    return [name for name in data if name not in repeatable and len(data.getlist(name)) > 1]
