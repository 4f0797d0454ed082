from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .demo import load_feedback_demo_data
from .snippets import FeedbackSettingsViewSetGroup
from .viewsets import feedback_viewset

hooks.register("load_demo_data", load_feedback_demo_data)
register_snippet(FeedbackSettingsViewSetGroup)


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return feedback_viewset
