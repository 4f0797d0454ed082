"""What the FAQ plugin adds to the feedback form and to the site's navigation."""

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from feedback_plugin.sections import SiteSection

from .models import FAQ, FAQIndexPage


def faq_index_page():
    page = FAQIndexPage.objects.live().first()
    return page and page.localized


def faq_category_help(request, category, latitude, longitude):
    """The category's FAQs, shown on the feedback form before the resident writes (the location is unused)."""
    faqs = list(FAQ.objects.published().for_category(category))
    if not faqs:
        return ""
    index = faq_index_page()
    return render_to_string(
        "faq_plugin/category_help.html",
        {"faqs": faqs, "index_url": index.get_url(request) if index else None},
        request=request,
    )


def faq_site_section(request):
    return SiteSection.for_page(
        faq_index_page(), request, _("Answers to the questions residents ask most often."), order=30
    )
