"""Tags any site's base template can load to show what the plugins add: sections and site-wide banners."""

from django import template
from django.utils.safestring import mark_safe

from ..sections import get_site_banners, get_site_sections

register = template.Library()


@register.simple_tag(takes_context=True)
def site_sections(context):
    return get_site_sections(context["request"])


@register.simple_tag(takes_context=True)
def site_banners(context):
    # Each fragment is rendered by its plugin's own template, so it is already escaped.
    return mark_safe("".join(get_site_banners(context["request"])))
