"""Admin views where staff handle feedback. Every view takes its feedback through the permission policy."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import yesno
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.admin.views import generic

from .. import notifications
from ..models import Notification, ReplyTemplate
from ..models.handling import trail_labels
from ..permissions import HANDLING_ACTIONS, feedback_permission_policy
from ..public.views import photo_response
from .forms import (
    ACTION_FORMS,
    CategoryForm,
    MergeForm,
    PublicationForm,
    PublicTextForm,
    ReplyForm,
    StatusForm,
    UnitForm,
)


def visible_feedback(user):
    return feedback_permission_policy.instances_user_has_any_permission_for(user, HANDLING_ACTIONS)


def feedback_user_may_change(request, pk):
    """The feedback, or 404 if the user may not see it, or 403 if they may see but not change it."""
    feedback = get_object_or_404(visible_feedback(request.user), pk=pk)
    if not feedback_permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    return feedback


def inspect_url(feedback):
    return reverse("feedback_inbox:inspect", args=[feedback.pk])


def display_value(value):
    """A value as staff read it in their language: local time, yes or no, a dash for nothing."""
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, bool):
        return capfirst(yesno(value))
    if value is None or value == "":
        return "–"
    return value


def handling_trail(feedback):
    """(event, what changed in the viewer's language) for each step of the trail."""
    events = list(feedback.events.select_related("user"))
    labels = trail_labels({event.action for event in events})
    return [(event, event.describe_change(labels.get(event.action, {}))) for event in events]


def answered_questions(feedback):
    """(question label in the admin user's language, answer) for each extra answer."""
    questions = {question.code: question for question in feedback.category.localized.questions.all()}
    answered = []
    for code, answer in feedback.extra_answers.items():
        question = questions.get(code)
        if question is None:
            answered.append((code, answer))
            continue
        if question.is_choice:
            labels = dict(question.choice_list)
            keys = answer if isinstance(answer, list) else [answer]
            answer = ", ".join(labels.get(str(key), str(key)) for key in keys)
        answered.append((question.label, answer))
    return answered


class FeedbackHandleView(generic.InspectView):
    """Everything about one item, and the forms to handle it. Each form posts to ``act/<action>/``."""

    template_name = "feedback_plugin/admin/handle.html"
    page_title = gettext_lazy("Handle feedback")

    def get_object(self, queryset=None):
        return get_object_or_404(
            visible_feedback(self.request.user).select_related("category", "unit", "duplicate_of"), pk=self.pk
        )

    def get_field_display_value(self, field_name, field):
        return display_value(super().get_field_display_value(field_name, field))

    def get_language_display_value(self):
        return self.object.language_name()

    def get_category_display_value(self):
        return self.object.category.localized

    def get_unit_display_value(self):
        unit = self.object.unit
        return unit.localized if unit else None

    def get_duplicate_of_display_value(self):
        original = self.object.duplicate_of
        return original.reference if original else None

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    @cached_property
    def can_handle(self):
        return feedback_permission_policy.user_has_permission(self.request.user, "change")

    def reply_templates(self):
        feedback = self.object
        return ReplyTemplate.objects.filter(locale__language_code=feedback.language).filter(
            Q(category__translation_key=feedback.category.translation_key) | Q(category__isnull=True)
        )

    def make_form(self, action, data=None):
        form_class = ACTION_FORMS[action]
        if form_class is MergeForm:
            return MergeForm(data, visible=visible_feedback(self.request.user).exclude(pk=self.object.pk))
        return form_class(data)

    def get(self, request, *args, **kwargs):
        if "action" in kwargs:
            return HttpResponseNotAllowed(["POST"])
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        action = kwargs.get("action")
        if action not in ACTION_FORMS:
            raise Http404
        if not self.can_handle:
            raise PermissionDenied
        form = self.make_form(action, request.POST)
        if form.is_valid():
            try:
                message = form.act(self.object, request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, message)
                if visible_feedback(request.user).filter(pk=self.object.pk).exists():
                    return redirect(inspect_url(self.object))
                # Routed to a unit whose feedback the user may not see: the item has left their inbox.
                messages.info(request, _("The feedback now belongs to a unit whose feedback you do not see."))
                return redirect("feedback_inbox:index")
        messages.error(request, _("The change was not saved. See the errors below."))
        return self.render_to_response(self.get_context_data(bound=(action, form)), status=400)

    def get_context_data(self, bound=None, **kwargs):
        context = super().get_context_data(**kwargs)
        feedback = self.object
        forms = {action: self.make_form(action) for action in ACTION_FORMS} | self.initial_forms()
        if bound:
            forms[bound[0]] = bound[1]
        context.update(
            feedback=feedback,
            can_handle=self.can_handle,
            forms=forms,
            answers=answered_questions(feedback),
            photos=feedback.photos.all(),
            trail=handling_trail(feedback),
            replies=feedback.replies.select_related("author", "unit"),
            notes=feedback.internal_notes.select_related("author"),
            notifications=feedback.notifications.all(),
            reply_templates=self.reply_templates(),
            duplicates=feedback.duplicates.all(),
            handling_forms=[
                (action, forms[action], button)
                for action, button in [
                    ("status", _("Change status")),
                    ("category", _("Change category")),
                    ("unit", _("Reassign")),
                    ("publication", _("Change publication")),
                    ("public_text", _("Save public text")),
                    ("merge", _("Merge as duplicate")),
                ]
            ],
        )
        return context

    def initial_forms(self):
        feedback = self.object
        template = self.reply_templates().filter(pk=self.request.GET.get("reply_template") or None).first()
        return {
            "status": StatusForm(initial={"status": feedback.status}),
            "category": CategoryForm(initial={"category": feedback.category.localized}),
            "unit": UnitForm(initial={"unit": feedback.unit.localized if feedback.unit else None}),
            "publication": PublicationForm(initial={"publication": feedback.publication}),
            "public_text": PublicTextForm(
                initial={"public_title": feedback.public_title, "public_description": feedback.public_description}
            ),
            "reply": ReplyForm(initial={"body": template.body if template else ""}),
        }


class StaffFeedbackCreateView(generic.CreateView):
    """Staff record feedback that came by phone, e-mail or at the service desk; saved by create_feedback."""

    success_message = gettext_lazy("Feedback %(object)s recorded.")

    def save_instance(self):
        return self.form.create_feedback(self.request.user)

    def get_success_url(self):
        if visible_feedback(self.request.user).filter(pk=self.object.pk).exists():
            return inspect_url(self.object)
        return reverse("feedback_inbox:index")

    def get_success_buttons(self):
        return []

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


@never_cache
def photo(request, pk, photo_pk):
    """A photo of feedback the user may see; photos never have a public URL for staff either."""
    feedback = get_object_or_404(visible_feedback(request.user), pk=pk)
    return photo_response(get_object_or_404(feedback.photos, pk=photo_pk))


@require_POST
def retry_notification(request, pk, notification_pk):
    feedback = feedback_user_may_change(request, pk)
    notification = get_object_or_404(feedback.notifications, pk=notification_pk, state=Notification.State.FAILED)
    notifications.enqueue(notification)
    notification.refresh_from_db()
    if notification.state == Notification.State.SENT:
        messages.success(request, _("The e-mail was sent."))
    else:
        messages.warning(request, _("The e-mail was queued for sending again."))
    return redirect(inspect_url(feedback))
