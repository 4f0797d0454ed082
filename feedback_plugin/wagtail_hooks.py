from wagtail import hooks

from .demo import load_feedback_demo_data

hooks.register("load_demo_data", load_feedback_demo_data)


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    from .viewsets import feedback_viewset

    return feedback_viewset


@hooks.register("register_admin_viewset")
def register_api_client_viewset():
    from .api_clients import api_client_viewset

    return api_client_viewset
