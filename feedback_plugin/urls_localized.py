from django.urls import path

from . import views

app_name = "feedback_plugin"

urlpatterns = [
    path("feedback/track/<str:token>/", views.track, name="track"),
]
