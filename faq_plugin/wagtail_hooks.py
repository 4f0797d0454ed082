from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .demo import load_faq_demo_data
from .help import faq_category_help, faq_site_section
from .viewsets import FAQViewSetGroup

register_snippet(FAQViewSetGroup)
hooks.register("load_demo_data", load_faq_demo_data)
hooks.register("feedback_category_help", faq_category_help)
hooks.register("register_site_section", faq_site_section)
