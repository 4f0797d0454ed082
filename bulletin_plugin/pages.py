"""The bulletin section: current and recently ended bulletins, a page for each, and the feeds."""

import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from .feeds import BulletinAtomFeed, BulletinRssFeed
from .models import Bulletin

RECENT_DAYS = 30


class BulletinIndexPage(RoutablePageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("bulletin index page")

    def bulletins(self):
        return Bulletin.objects.live_in(self.locale.language_code)

    def bulletin_url(self, bulletin, request=None):
        return self.get_url(request) + self.reverse_subpage("bulletin", args=[bulletin.pk])

    def linked(self, bulletins, request):
        return [(bulletin, self.bulletin_url(bulletin, request)) for bulletin in bulletins]

    @path("")
    def current_and_recent(self, request):
        now = timezone.now()
        recent = self.bulletins().expired(now).filter(valid_until__gt=now - datetime.timedelta(days=RECENT_DAYS))
        return self.render(
            request,
            context_overrides={
                "current": self.linked(self.bulletins().active(now), request),
                "recent": self.linked(recent, request),
            },
        )

    @path("<int:pk>/", name="bulletin")
    def bulletin(self, request, pk):
        bulletin = get_object_or_404(self.bulletins(), pk=pk)
        now = timezone.now()
        if bulletin.valid_from > now:
            raise Http404
        return TemplateResponse(
            request,
            "bulletin_plugin/bulletin_page.html",
            self.get_context(request) | {"bulletin": bulletin, "is_active": bulletin.is_active(now)},
        )

    @path("feed/rss/", name="rss")
    def rss(self, request):
        return BulletinRssFeed()(request, index_page=self)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        return BulletinAtomFeed()(request, index_page=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = {
            "rss": self.get_url(request) + self.reverse_subpage("rss"),
            "atom": self.get_url(request) + self.reverse_subpage("atom"),
        }
        return context
