"""The admin's map widget: wagtailgeowidget's LeafletField with Leaflet from the plugin's own static files."""

from django import forms
from django.utils.functional import cached_property
from wagtailgeowidget.widgets import LeafletField

LEAFLET = "feedback_plugin/vendor/leaflet/"


class LocationMapField(LeafletField):
    """wagtailgeowidget loads Leaflet from unpkg. Served from the site instead, the admin map works without a CDN
    and the admin's Content-Security-Policy names no other host for scripts and styles."""

    @cached_property
    def media(self):
        return forms.Media(
            css={"all": ("wagtailgeowidget/css/leaflet-field.css", f"{LEAFLET}leaflet.css")},
            js=(
                "wagtailgeowidget/js/leaflet-field.js",
                "wagtailgeowidget/js/leaflet-field-controller.js",
                f"{LEAFLET}leaflet.js",
            ),
        )
