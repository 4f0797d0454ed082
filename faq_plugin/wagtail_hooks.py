from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .help import faq_category_help, faq_site_section
from .viewsets import FAQViewSetGroup

register_snippet(FAQViewSetGroup)
hooks.register("feedback_category_help", faq_category_help)
hooks.register("register_site_section", faq_site_section)
