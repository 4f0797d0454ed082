from django.urls import path

from . import endpoints, following, my_feedback, offline, views

app_name = "feedback_plugin"

urlpatterns = [
    path("feedback/track/<str:token>/", views.track, name="track"),
    path("feedback/mine/", my_feedback.request_link, name="my_feedback_request"),
    path("feedback/mine/<str:token>/", my_feedback.my_items, name="my_feedback"),
    path("feedback/help/", endpoints.help_fragment, name="help"),
    path("feedback/hints/", endpoints.duplicate_hints, name="hints"),
    path("feedback/offline/", offline.offline_page, name="offline"),
    path("feedback/support/<str:reference>/", endpoints.support, name="support"),
    path("feedback/follow/<str:reference>/", following.follow, name="follow"),
    path("feedback/follow/confirm/<str:token>/", following.confirm, name="follow_confirm"),
    path("feedback/follow/unsubscribe/<str:token>/", following.unsubscribe, name="unsubscribe"),
]
