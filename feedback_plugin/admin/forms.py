"""Forms staff use in the admin: recording feedback that came by phone, e-mail or at the desk, and handling it.
Each form validates input; the change itself goes through ``services``."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale
from wagtailgeowidget.panels import LeafletPanel

from .. import location, services
from ..models import Channel, Feedback, FeedbackCategory, Publication, ResponsibleUnit, Status
from .widgets import LocationMapField

STAFF_CHANNELS = [(value, label) for value, label in Channel.choices if value not in (Channel.WEB, Channel.API)]


class LocationPanel(LeafletPanel):
    """LeafletPanel for the form-only ``location`` field: LeafletPanel looks up a model field for its SRID, but
    the location's truth is the numeric latitude/longitude, so the map edits a value derived from them."""

    def widget_overrides(self):
        return {
            self.field_name: LocationMapField(
                address_field=self.address_field,
                zoom_field=self.zoom_field,
                hide_latlng=self.hide_latlng,
                zoom=self.zoom,
                srid=4326,
                id_prefix="id_",
            )
        }


class StaffFeedbackForm(WagtailAdminModelForm):
    location = forms.CharField(
        label=capfirst(_("location")),
        required=False,
        help_text=_("Click the map or type coordinates; leave empty if the place is not known."),
    )

    class Meta:
        model = Feedback
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A declared field does not get Meta.widgets; the map widget comes from the LocationPanel.
        if "location" in self._meta.widgets:
            self.fields["location"].widget = self._meta.widgets["location"]
        if "channel" in self.fields:
            self.fields["channel"].choices = STAFF_CHANNELS
            self.initial.setdefault("channel", Channel.PHONE)
        if "language" in self.fields:
            # The site's languages are read when the form is built: they are settings, not model choices.
            self.fields["language"] = forms.ChoiceField(label=self.fields["language"].label, choices=settings.LANGUAGES)
            self.initial.setdefault("language", settings.LANGUAGE_CODE)
        if "category" in self.fields:
            self.fields["category"].queryset = FeedbackCategory.objects.in_active_locale().active()
        self.initial["location"] = location.to_geo_string(self.instance.latitude, self.instance.longitude)

    def clean(self):
        cleaned_data = super().clean()
        try:
            latitude, longitude = location.from_geo_string(cleaned_data.get("location", ""))
            if latitude is not None:
                location.validate_in_city(latitude, longitude)
        except ValidationError as error:
            self.add_error("location", error)
            return cleaned_data
        cleaned_data["latitude"], cleaned_data["longitude"] = latitude, longitude
        return cleaned_data

    def _post_clean(self):
        # The coordinates are not form fields, so the model instance gets them here before it is validated.
        self.instance.latitude = self.cleaned_data.get("latitude")
        self.instance.longitude = self.cleaned_data.get("longitude")
        super()._post_clean()

    def create_feedback(self, user):
        data = self.cleaned_data
        fields = [name for name in self._meta.fields if name in data and name != "location"]
        return services.create_feedback(
            **{name: data[name] for name in fields},
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            user=user,
        )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=capfirst(_("status")), choices=Status.choices)

    def act(self, feedback, user):
        services.change_status(feedback, self.cleaned_data["status"], user)
        return _("Status changed.")


class CategoryForm(forms.Form):
    category = forms.ModelChoiceField(
        label=capfirst(_("category")),
        queryset=FeedbackCategory.objects.none(),
        help_text=_("The feedback goes to the category's unit, and its due date follows the category."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = FeedbackCategory.objects.for_form()

    def act(self, feedback, user):
        services.change_category(feedback, self.cleaned_data["category"], user)
        return _("The category was changed to %(category)s.") % {"category": self.cleaned_data["category"]}


class UnitForm(forms.Form):
    unit = forms.ModelChoiceField(label=capfirst(_("assigned unit")), queryset=ResponsibleUnit.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = ResponsibleUnit.objects.in_active_locale()

    def act(self, feedback, user):
        # Feedback points at the default-language row of its taxonomy, like create_feedback does.
        unit = self.cleaned_data["unit"]
        unit = unit.get_translation_or_none(Locale.objects.get(language_code=settings.LANGUAGE_CODE)) or unit
        services.assign_unit(feedback, unit, user)
        return _("The feedback was assigned to %(unit)s.") % {"unit": self.cleaned_data["unit"]}


class PublicationForm(forms.Form):
    publication = forms.ChoiceField(label=capfirst(_("publication")), choices=Publication.choices)

    def act(self, feedback, user):
        services.set_publication(feedback, self.cleaned_data["publication"], user)
        return _("Publication changed.")


class PublicTextForm(forms.Form):
    public_title = forms.CharField(label=capfirst(_("public title")), max_length=150, required=False)
    public_description = forms.CharField(
        label=capfirst(_("public description")), widget=forms.Textarea(attrs={"rows": 4})
    )

    def act(self, feedback, user):
        services.edit_public_text(
            feedback, self.cleaned_data["public_title"], self.cleaned_data["public_description"], user
        )
        return _("The public text was saved. Personal data in it was removed.")


class ReplyForm(forms.Form):
    body = forms.CharField(label=capfirst(_("public reply")), widget=forms.Textarea(attrs={"rows": 6}), max_length=5000)

    def act(self, feedback, user):
        services.add_reply(feedback, self.cleaned_data["body"], user)
        if feedback.contact_email:
            return _("The reply was saved and e-mailed to the resident.")
        return _("The reply was saved.")


class NoteForm(forms.Form):
    body = forms.CharField(
        label=capfirst(_("internal note")), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )

    def act(self, feedback, user):
        services.add_note(feedback, self.cleaned_data["body"], user)
        return _("The note was added.")


class MergeForm(forms.Form):
    reference = forms.CharField(
        label=capfirst(_("reference of the original")), max_length=20, help_text=_("For example 2026-000123.")
    )

    def __init__(self, *args, visible=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.visible = visible

    def clean_reference(self):
        reference = self.cleaned_data["reference"].strip()
        original = self.visible.filter(reference=reference).first()
        if original is None:
            raise ValidationError(_("No feedback you can handle has this reference."), code="unknown_reference")
        return original

    def act(self, feedback, user):
        original = services.merge_duplicate(feedback, self.cleaned_data["reference"], user)
        return _("Merged as a duplicate of %(reference)s.") % {"reference": original.reference}


ACTION_FORMS = {
    "status": StatusForm,
    "category": CategoryForm,
    "unit": UnitForm,
    "publication": PublicationForm,
    "public_text": PublicTextForm,
    "reply": ReplyForm,
    "note": NoteForm,
    "merge": MergeForm,
}
