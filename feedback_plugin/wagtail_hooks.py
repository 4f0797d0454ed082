from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin.api_clients import api_client_viewset
from .admin.snippets import FeedbackSettingsViewSetGroup
from .admin.viewsets import feedback_viewset
from .public.pages import FeedbackFormPage, FeedbackIndexPage
from .sections import SITE_SECTION_HOOK, SiteSection

register_snippet(FeedbackSettingsViewSetGroup)


@hooks.register(SITE_SECTION_HOOK)
def feedback_form_section(request):
    page = FeedbackFormPage.objects.live().first()
    return SiteSection.for_page(
        page and page.localized, request, _("Report a problem, thank, propose or ask."), order=10
    )


@hooks.register(SITE_SECTION_HOOK)
def feedback_list_section(request):
    page = FeedbackIndexPage.objects.live().first()
    description = _("See what others have reported and the city's replies, on a list and a map.")
    return SiteSection.for_page(page and page.localized, request, description, order=20)


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return feedback_viewset


@hooks.register("register_admin_viewset")
def register_api_client_viewset():
    return api_client_viewset
