from django import template

from home.languages import language_versions as get_language_versions
from home.models import AccessibilityStatementPage, ContactDetails

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    return get_language_versions(context["request"], context.get("page"))


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    statement = AccessibilityStatementPage.objects.live().first()
    statement = statement and statement.localized
    return {
        "contact": ContactDetails.for_active_locale(),
        "accessibility_statement_url": statement.get_url(context["request"]) if statement else None,
    }
