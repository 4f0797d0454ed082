"""The public feedback form: the wire format of the web and its spam checks. What a submission must be is
``submission.submit``'s business, shared with the APIs."""

import json
import time

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .. import idempotency, photos, submission
from ..conf import feedback_setting
from ..models import DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH, CategoryQuestion, FeedbackCategory, Kind
from ..parameters import repeated_names

START_SALT = "feedback_plugin.form-start"
MAX_OPENED_HELP = 50


def start_token(moment=None):
    """A signed time stamp of when the form was shown, for the minimum fill time; the signature's own time
    stamp gives the maximum age."""
    return signing.dumps(int(moment if moment is not None else time.time()), salt=START_SALT)


class ShownNowBoundField(forms.BoundField):
    """A start token of the moment the form is shown, also when it comes back with errors: a resident whose
    token expired sends a new one with the corrected form."""

    def value(self):
        return start_token()


def extra_field_name(category_code, question_code):
    return f"extra-{category_code}-{question_code}"


def question_field(question):
    options = {"label": question.label, "help_text": question.help_text, "required": False}
    if question.type == CategoryQuestion.Type.SINGLE_CHOICE:
        return forms.ChoiceField(choices=question.choice_list, widget=forms.RadioSelect, **options)
    if question.type == CategoryQuestion.Type.MULTIPLE_CHOICE:
        return forms.MultipleChoiceField(choices=question.choice_list, widget=forms.CheckboxSelectMultiple, **options)
    if question.type == CategoryQuestion.Type.DATETIME:
        return forms.CharField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}), **options)
    if question.type == CategoryQuestion.Type.NUMBER:
        return forms.CharField(widget=forms.TextInput(attrs={"inputmode": "decimal"}), **options)
    return forms.CharField(max_length=submission.TEXT_ANSWER_MAX_LENGTH, **options)


class MultiplePhotoInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultiplePhotoField(forms.FileField):
    """Several files from one input; ``submission.submit`` checks them."""

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultiplePhotoField, self).clean(file, initial) for file in files if file]


class FeedbackForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What kind of feedback?"), choices=Kind.choices, initial=Kind.FEEDBACK, widget=forms.RadioSelect
    )
    # A CharField, not a ChoiceField: ``submission.active_category`` is the one rule for which codes are valid.
    category = forms.CharField(label=_("Topic"), widget=forms.RadioSelect)
    title = forms.CharField(label=_("Title"), max_length=150, required=False)
    description = forms.CharField(
        label=_("Your feedback"),
        min_length=DESCRIPTION_MIN_LENGTH,
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Do not write health details or personal identity codes: they are not needed to handle feedback."),
    )
    # Hidden fields have labels too: an error may have to name them.
    latitude = forms.CharField(label=_("latitude"), required=False, widget=forms.HiddenInput)
    longitude = forms.CharField(label=_("longitude"), required=False, widget=forms.HiddenInput)
    address = forms.CharField(
        label=_("Address or place"),
        max_length=255,
        required=False,
        help_text=_("For example a street address, a park or a bus stop. You can use this instead of the map."),
    )
    photos = MultiplePhotoField(
        label=_("Photos"),
        required=False,
        widget=MultiplePhotoInput(attrs={"accept": photos.ACCEPT_ATTRIBUTE}),
    )
    contact_name = forms.CharField(
        label=_("Name"), max_length=120, required=False, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    contact_email = forms.EmailField(
        label=_("E-mail"), required=False, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    contact_phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    wants_reply = forms.BooleanField(label=_("I want a reply"), required=False)
    do_not_publish = forms.BooleanField(
        label=_("Don't publish my feedback"),
        required=False,
        help_text=_("Then only city staff see it. Otherwise your text is shown publicly, without your contact data."),
    )
    # Spam protection without a third-party CAPTCHA: a field people never see, and the time the form was shown.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(
        label=_("time the form was opened"), widget=forms.HiddenInput, bound_field_class=ShownNowBoundField
    )
    opened_help = forms.CharField(label=_("opened help"), required=False, widget=forms.HiddenInput)
    # Made when the form is shown: sending the same form again (after an error page) stores it once.
    idempotency_key = forms.CharField(label=_("form key"), required=False, widget=forms.HiddenInput)

    def __init__(self, *args, categories, **kwargs):
        super().__init__(*args, **kwargs)
        self.categories = list(categories)
        self.fields["category"].widget.choices = [(category.code, category.name) for category in self.categories]
        self.fields["photos"].help_text = _(
            "Up to %(max)s photos, each at most %(size)s MB. JPEG, PNG, WebP or AVIF."
        ) % {
            "max": feedback_setting("MAX_PHOTOS"),
            "size": feedback_setting("MAX_PHOTO_BYTES") // (1024 * 1024),
        }
        if not self.is_bound:
            self.initial.setdefault("idempotency_key", idempotency.new_key())
        for category in self.categories:
            for question in category.questions.all():
                self.fields[extra_field_name(category.code, question.code)] = question_field(question)

    def category_groups(self):
        """(service area, [(category, its radio button)]) for the template, in the form's order."""
        buttons = {button.data["value"]: button for button in self["category"]}
        groups = []
        for category in self.categories:
            if not groups or groups[-1][0] != category.service_area:
                groups.append((category.service_area, []))
            groups[-1][1].append((category, buttons[category.code]))
        return groups

    def question_groups(self):
        """(category, [bound fields]) for each category that has extra questions."""
        return [
            (category, [self[extra_field_name(category.code, question.code)] for question in category.questions.all()])
            for category in self.categories
            if category.questions.all()
        ]

    def clean(self):
        repeatable = [
            name for name, field in self.fields.items() if getattr(field.widget, "allow_multiple_selected", False)
        ]
        for data in (self.data, self.files):
            for name in repeated_names(data, repeatable):
                field = self.fields.get(name)
                self.add_error(
                    None,
                    ValidationError(
                        _("“%(field)s” was sent more than once. Check the form and send it again."),
                        code="repeated",
                        params={"field": field.label if field else name},
                    ),
                )
        return super().clean()

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(
                _("The form could not be sent. Empty the field “Leave this field empty” and send again."),
                code="honeypot",
            )
        return ""

    def clean_started(self):
        try:
            started = signing.loads(
                self.cleaned_data["started"], salt=START_SALT, max_age=feedback_setting("FORM_MAX_AGE_SECONDS")
            )
        except signing.SignatureExpired as error:
            # Not replayable for ever: a token saved once would otherwise pass the minimum fill time each time.
            raise ValidationError(
                _("The form was open for too long and was not sent. Your answers are kept: check them and send again."),
                code="form_too_old",
            ) from error
        except signing.BadSignature as error:
            raise ValidationError(_("The form has expired. Please send it again."), code="form_expired") from error
        if time.time() - started < feedback_setting("FORM_MIN_FILL_SECONDS"):
            raise ValidationError(
                _("The form was sent too quickly. Please check it and send it again."), code="too_fast"
            )
        return started

    def clean_opened_help(self):
        try:
            opened = json.loads(self.cleaned_data["opened_help"] or "[]")
        except ValueError:
            return []
        if not isinstance(opened, list):
            return []
        return [str(item)[:100] for item in opened[:MAX_OPENED_HELP]]

    def submission_data(self):
        """The cleaned data in ``submission.submit``'s terms; the answers are those to the chosen category's
        questions."""
        data = self.cleaned_data
        category = next((category for category in self.categories if category.code == data["category"]), None)
        questions = category.questions.all() if category else ()
        return {
            "kind": data["kind"],
            "category": data["category"],
            "title": data["title"],
            "description": data["description"],
            "latitude": data["latitude"],
            "longitude": data["longitude"],
            "address": data["address"],
            "extra_answers": {
                question.code: data.get(extra_field_name(category.code, question.code)) for question in questions
            },
            "contact_name": data["contact_name"],
            "contact_email": data["contact_email"],
            "contact_phone": data["contact_phone"],
            "wants_reply": data["wants_reply"],
            "allow_publication": not data["do_not_publish"],
            "opened_help": data["opened_help"],
        }

    def keyed_submission(self, files, answer):
        """The submission under the form's key: the fingerprint is what the resident wrote and attached. The page's
        tokens are not: a draft kept offline is sent again with the tokens of the page that sends it."""
        page_tokens = {"csrfmiddlewaretoken", "idempotency_key", "started"}
        fields = idempotency.form_fields(self.data, files, exclude=page_tokens)
        return idempotency.keyed_submission(self.data.get("idempotency_key") or None, "web", fields, answer)

    def reject_key(self, rejected):
        """The key was spent on other content (or is not one the form made): say so in the resident's terms, and
        give the form a new key, so that sending it again makes new feedback."""
        self.is_valid()
        if rejected.status == 422:
            message = _("This form was already sent with different content. Send it again to make it new feedback.")
        else:
            message = _("The form has expired. Please send it again.")
        self.add_error(None, ValidationError(message, code="form_key"))
        self.data = self.data.copy()
        self.data["idempotency_key"] = idempotency.new_key()

    def add_submission_errors(self, rejected):
        """``submission.submit``'s refusal next to the form's fields: its names are the form's, but for the
        answers."""
        code = self.cleaned_data["category"]
        errors = rejected.renamed({}, lambda question: extra_field_name(code, question))
        for field, error in errors.items():
            self.add_error(field, error)
        if rejected.unavailable and self.cleaned_data["photos"]:
            # The page keeps every field the resident filled in, but a browser never refills a file input.
            self.add_error("photos", _("Choose your photos again before you send the feedback."))


def form_categories():
    """The categories the form offers, in the active language, with their questions loaded in one query."""
    return FeedbackCategory.objects.for_form().prefetch_related("questions")
