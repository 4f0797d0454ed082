from django import template
from django.utils.translation import get_language

from feedback_plugin.sitewide import remembered
from home.languages import language_versions as get_language_versions
from home.models import AccessibilityStatementPage, ContactDetails
from home.theme import theme_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    return get_language_versions(context["request"], context.get("page"))


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]

    def build():
        statement = AccessibilityStatementPage.objects.live().first()
        statement = statement and statement.localized
        return {
            "contact": ContactDetails.for_active_locale(),
            "accessibility_statement_url": statement.get_url(request) if statement else None,
        }

    return remembered(("site footer", request.get_host(), get_language()), build)


@register.simple_tag(takes_context=True)
def service_name(context):
    return theme_for_request(context["request"]).name


@register.inclusion_tag("home/includes/theme_head.html", takes_context=True)
def theme_head(context):
    """The theme's stylesheet, the manifest, the theme colour and the icons, for the page's head."""
    return {"theme": theme_for_request(context["request"])}


@register.inclusion_tag("home/includes/site_brand.html", takes_context=True)
def site_brand(context):
    """The content of the header's home link: the logo, when there is one, and the service name."""
    return {"theme": theme_for_request(context["request"])}
