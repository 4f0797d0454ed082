from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactDetails


class ContactDetailsViewSet(SnippetViewSet):
    model = ContactDetails
    icon = "mail"
    list_display = ["organisation", "city", "phone", "email"]


register_snippet(ContactDetailsViewSet)
