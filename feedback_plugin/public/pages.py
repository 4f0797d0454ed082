"""Page types editors place on the site: the feedback form and the public feedback list and map."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

from .. import idempotency, privacy, submission
from ..client_address import limit_key
from ..conf import feedback_setting
from ..models import Channel, Feedback
from ..public_cache import public_read
from ..sections import category_help
from . import feeds, listing
from .forms import FeedbackForm, form_categories

INTRO_FEATURES = ["bold", "italic", "link", "ul", "ol"]


def private_page(response):
    """Pages that show a secret token: not indexed, not cached, the token never leaks in a Referer to another site.
    Not "no-referrer": under it a browser sends "Origin: null" with the page's own form POSTs (withdrawing contact
    data), and Django's CSRF check refuses them."""
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "same-origin"
    response["Cache-Control"] = "private, no-store"
    return response


def map_settings():
    return {
        "tile_url": feedback_setting("MAP_TILE_URL"),
        "attribution": feedback_setting("MAP_ATTRIBUTION"),
        "center": feedback_setting("CITY_CENTER"),
        "bounds": feedback_setting("CITY_BOUNDS"),
    }


def form_strings():
    """The few texts the form's script shows, translated on the server."""
    return {
        "locating": _("Finding your location…"),
        "located": _("Location set from your device. You can adjust it on the map."),
        "picked": _("Location chosen on the map."),
        "locationFailed": _("Your location could not be found. Choose the spot on the map or write an address."),
        "hintsHeading": _("Already reported nearby?"),
        "hintsText": _("If one of these is your issue, support it instead of sending new feedback."),
        "support": _("This is my issue too"),
        "followEmail": _("E-mail for updates on the item you support (optional)"),
        "metres": _("%(distance)s m away"),
        "tooManyPhotos": _("You can attach at most %(max)s photos.") % {"max": feedback_setting("MAX_PHOTOS")},
        "photoTooLarge": _("The photo %(name)s is too large. The largest allowed size is %(size)s MB."),
        "removePhoto": _("Remove photo %(number)s"),
        "photoPreview": _("Preview of photo %(number)s"),
        "preparingPhotos": _("Making the photos smaller for sending…"),
        "filterNone": _("No topic matches. Try another word, or clear the search to see every topic."),
        "filterOne": _("1 topic matches."),
        "filterMany": _("%(count)s topics match."),
    }


def replay_redirect(stored):
    """The kept answer to a form sent again under the same key: the first submission's thank-you page."""
    response = redirect(stored.answer_data()["location"])
    response[idempotency.REPLAYED_HEADER] = "true"
    return response


class FeedbackSectionPage(RoutablePageMixin, Page):
    """A page of the feedback section: placed once under any parent page, with an intro editors translate."""

    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class FeedbackFormPage(FeedbackSectionPage):
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=INTRO_FEATURES)

    content_panels = [*FeedbackSectionPage.content_panels, FieldPanel("thank_you_text")]
    api_fields = [*FeedbackSectionPage.api_fields, APIField("thank_you_text")]

    class Meta:
        verbose_name = _("feedback form page")

    @path("")
    def form_view(self, request):
        categories = form_categories()
        if request.method != "POST":
            form = FeedbackForm(categories=categories, initial={"category": request.GET.get("category", "")})
            return self.render_form(request, form, 200)
        form = FeedbackForm(request.POST, request.FILES, categories=categories)
        try:
            keyed = form.keyed_submission(request.FILES, self.thanks)
            return idempotency.respond(keyed, lambda: self.submit_form(request, form, keyed), replay_redirect)
        except idempotency.KeyRejected as rejected:
            form.reject_key(rejected)
            return self.render_form(request, form, rejected.status)

    def submit_form(self, request, form, keyed):
        if not form.is_valid():
            return self.render_form(request, form, 400)
        try:
            feedback = submission.submit(
                form.submission_data(),
                form.cleaned_data["photos"],
                Channel.WEB,
                limit_key(request),
                idempotency=keyed,
            )
        except submission.SubmissionRejected as rejected:
            form.add_submission_errors(rejected)
            if rejected.unavailable:
                return self.render_form(request, form, 503, {"Retry-After": str(submission.PHOTO_STORE_RETRY_AFTER)})
            if rejected.rate_limited:
                return self.render_form(request, form, 429, {"Retry-After": str(rejected.retry_after)})
            return self.render_form(request, form, 400)
        _status, answer = self.thanks(feedback)
        return redirect(answer["location"])

    def thanks(self, feedback):
        """The answer to a stored submission, kept under its key: a redirect to its thank-you page."""
        return 302, {"location": self.url + self.reverse_subpage("thanks", args=[feedback.tracking_token])}

    def render_form(self, request, form, status, headers=None):
        category = self.chosen_category(form)
        context = self.get_context(request)
        context.update(
            form=form,
            help_html=category_help(request, category) if category else "",
            max_photos=feedback_setting("MAX_PHOTOS"),
            max_photo_bytes=feedback_setting("MAX_PHOTO_BYTES"),
            max_photo_edge=feedback_setting("MAX_PHOTO_EDGE"),
            map=map_settings(),
            strings=form_strings(),
        )
        response = TemplateResponse(
            request, "feedback_plugin/feedback_form_page.html", context, status=status, headers=headers
        )
        # "Use my location" asks the browser for the position: the form allows that for itself, the site may deny
        # every other feature (and geolocation on every other page).
        response["Permissions-Policy"] = "geolocation=(self)"
        return response

    @staticmethod
    def chosen_category(form):
        code = form.data.get("category") if form.is_bound else form.initial.get("category")
        return next((category for category in form.categories if category.code == code), None)

    @path("thanks/<str:token>/", name="thanks")
    def thanks_view(self, request, token):
        feedback = Feedback.objects.filter(tracking_token=token).first()
        if feedback is None:
            raise Http404
        context = self.get_context(request)
        context["feedback"] = feedback
        response = TemplateResponse(request, "feedback_plugin/feedback_confirmation.html", context)
        return private_page(response.render())


class FeedbackIndexPage(FeedbackSectionPage):
    class Meta:
        verbose_name = _("feedback list page")

    @path("")
    @public_read
    def list_view(self, request):
        filters = listing.FeedbackListFilterSet(request.GET or None, queryset=privacy.public_feedback_for_display())
        page = listing.paginate(filters.qs, request)
        context = self.get_context(request)
        context.update(
            filters=filters.form,
            page_obj=page,
            items=privacy.public_items(page.object_list),
            query=listing.query_without_page(request),
            map=map_settings(),
        )
        context["feeds"] = feeds.subscription_urls(request, self, feeds.subscription_values(filters))
        return TemplateResponse(request, "feedback_plugin/feedback_index_page.html", context)

    @re_path(r"^(?P<reference>\d{4}-\d{6})/$", name="detail")
    @public_read(shared=False)  # its forms carry a CSRF token
    def detail_view(self, request, reference):
        feedback = privacy.public_feedback_for_display().filter(reference=reference).first()
        if feedback is None:
            raise Http404
        item = privacy.public_items([feedback])[0]
        context = self.get_context(request)
        context.update(item=item, replies=item.replies, map=map_settings())
        context["feeds"] = feeds.subscription_urls(request, self, {"category": item.category.code})
        return TemplateResponse(request, "feedback_plugin/feedback_detail.html", context)

    @re_path(r"^feed/(?P<content>new|replies)/(?P<syntax>rss|atom)/$", name="feed")
    @public_read
    def feed_view(self, request, content, syntax):
        return feeds.serve(request, self, content, syntax)

    @classmethod
    def in_active_language(cls):
        """The list page in the active language, or in the default language if it is not translated."""
        page = cls.objects.live().filter(locale=Locale.get_default()).first() or cls.objects.live().first()
        return page and page.localized

    @classmethod
    def detail_url_maker(cls):
        """A function giving an item's public page in the active language (None without a list page), built
        with one lookup however many items it is used for."""
        index_page = cls.in_active_language()
        if index_page is None:
            return lambda reference: None
        base = index_page.url
        return lambda reference: base + index_page.reverse_subpage("detail", kwargs={"reference": reference})

    @classmethod
    def public_detail_url(cls, reference):
        return cls.detail_url_maker()(reference)
