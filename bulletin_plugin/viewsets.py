"""Admin for bulletins: a snippet with drafts, revisions, translations, filters and an export."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import BulletinForm
from .models import Bulletin


class BulletinFilterSet(WagtailFilterSet):
    class Meta:
        model = Bulletin
        fields = ["priority", "live", "categories"]


class BulletinViewSet(SnippetViewSet):
    model = Bulletin
    icon = "warning"
    menu_label = _("Bulletins")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["title", "priority", "valid_from", "valid_until", "live"]
    list_export = ["title", "priority", "valid_from", "valid_until", "live", "last_published_at"]
    filterset_class = BulletinFilterSet
    search_fields = ["title", "body"]
    ordering = ["-valid_from"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("body"),
            FieldPanel("priority"),
            FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")], heading=_("Validity")),
            FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
            MultiFieldPanel([FieldPanel("area_centre"), FieldPanel("radius_m")], heading=_("Area")),
        ],
        base_form_class=BulletinForm,
    )
