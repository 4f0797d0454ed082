from django.urls import path

from . import views

app_name = "home"
urlpatterns = [
    path("theme.css", views.theme_stylesheet, name="theme-stylesheet"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("favicon.ico", views.favicon, name="favicon"),
]
