"""The bulletin edit form: the area's point is edited on wagtailgeowidget's map but stored as numeric lat/lng."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from feedback_plugin.admin.widgets import LocationMapField
from feedback_plugin.location import from_geo_string, to_geo_string


class BulletinForm(WagtailAdminModelForm):
    area_centre = forms.CharField(
        label=_("Centre of the area"),
        required=False,
        widget=LocationMapField(srid=4326, id_prefix="id_"),
        help_text=_("Optional. Click the map to set the centre, then give the radius."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("area_centre", to_geo_string(self.instance.latitude, self.instance.longitude))

    def clean(self):
        cleaned_data = super().clean()
        try:
            # Set on the instance here so that the model's own clean() sees the point with the radius.
            self.instance.latitude, self.instance.longitude = from_geo_string(cleaned_data.get("area_centre"))
        except forms.ValidationError as error:
            self.add_error("area_centre", error)
        return cleaned_data
