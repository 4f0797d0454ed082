from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from home.languages import language_versions as get_language_versions
from home.models import AccessibilityStatementPage, ContactDetails
from home.sections import get_site_banners, get_site_sections

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    return get_language_versions(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def site_sections(context):
    return get_site_sections(context["request"])


@register.simple_tag(takes_context=True)
def site_banners(context):
    # Each fragment is rendered by its plugin's own template, so it is already escaped.
    return mark_safe("".join(get_site_banners(context["request"])))


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    statement = AccessibilityStatementPage.objects.live().filter(locale=Locale.get_active()).first()
    return {
        "contact": ContactDetails.for_active_locale(),
        "accessibility_statement_url": statement.get_url(context["request"]) if statement else None,
    }
