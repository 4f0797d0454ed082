from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactDetails
from .translation_actions import translate_snippet_menu_item


class ContactDetailsViewSet(SnippetViewSet):
    model = ContactDetails
    icon = "mail"
    list_display = ["organisation", "city", "phone", "email"]


register_snippet(ContactDetailsViewSet)
hooks.register("register_snippet_action_menu_item", translate_snippet_menu_item)
