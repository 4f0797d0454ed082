from django.urls import include, path

from . import views

app_name = "feedback_photos"

urlpatterns = [
    path("feedback/photos/<int:pk>/", views.public_photo, name="public"),
    path("feedback/track/<str:token>/photos/<int:pk>/", views.tracking_photo, name="tracking"),
    path("open311/v2/", include("feedback_plugin.open311.urls")),
]
