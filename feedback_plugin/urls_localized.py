from django.urls import path

from . import resident_views, views

app_name = "feedback_plugin"

urlpatterns = [
    path("feedback/track/<str:token>/", views.track, name="track"),
    path("feedback/help/", resident_views.help_fragment, name="help"),
    path("feedback/hints/", resident_views.duplicate_hints, name="hints"),
    path("feedback/support/<str:reference>/", resident_views.support, name="support"),
]
