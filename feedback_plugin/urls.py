from django.urls import include, path, re_path

from .api.geojson import FeedbackGeoJSONView
from .open311.views import UnknownEndpointView
from .public import offline, views

app_name = "feedback_photos"

urlpatterns = [
    # At the site root, so that the worker's scope is every page of the site.
    path("sw.js", offline.service_worker, name="service_worker"),
    path("feedback/photos/<int:pk>/", views.public_photo, name="public"),
    path("feedback/track/<str:token>/photos/<int:pk>/", views.tracking_photo, name="tracking"),
    path("api/v1/feedback/geojson/", FeedbackGeoJSONView.as_view(), name="geojson"),
    path("open311/v2/", include("feedback_plugin.open311.urls")),
    re_path(r"^open311/.*?(?:\.(?P<format>json|xml))?$", UnknownEndpointView.as_view()),
]
