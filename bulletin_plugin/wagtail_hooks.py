from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .help import bulletin_banner, bulletin_category_help, bulletin_site_section
from .viewsets import BulletinViewSet

register_snippet(BulletinViewSet)
hooks.register("feedback_category_help", bulletin_category_help)
hooks.register("insert_site_banner", bulletin_banner)
hooks.register("register_site_section", bulletin_site_section)
