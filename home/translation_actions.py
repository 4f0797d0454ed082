"""The "Translate" action on a translatable snippet's edit view.

wagtail-localize puts "Translate" in the snippet listing's "More" menu and in a page's header, but on Wagtail 8 it
adds nothing to the snippet edit view, where an editor who has just published a snippet is. Wagtail has no hook for
the snippet header's "Actions" menu, so the action goes into the footer's action menu.
"""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.action_menu import ActionMenuItem

SUBMIT_TRANSLATION_PERMISSION = "wagtail_localize.submit_translation"


class TranslateSnippetMenuItem(ActionMenuItem):
    name = "localize-translate"
    label = _("Translate")
    icon_name = "wagtail-localize-language"

    def is_shown(self, context):
        # The same conditions as wagtail-localize's listing button: the right to submit translations, and a
        # language the snippet is not yet in.
        if context["view"] != "edit" or not context["request"].user.has_perm(SUBMIT_TRANSLATION_PERMISSION):
            return False
        translated = context["instance"].get_translations(inclusive=True).values("locale_id")
        return Locale.objects.exclude(id__in=translated).exists()

    def get_url(self, parent_context):
        instance = parent_context["instance"]
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[instance._meta.app_label, instance._meta.model_name, quote(instance.pk)],
        )


def translate_snippet_menu_item(model):
    if issubclass(model, TranslatableMixin):
        return TranslateSnippetMenuItem(order=90)
    return None
