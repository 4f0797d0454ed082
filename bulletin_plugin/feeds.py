"""RSS and Atom feeds of the active bulletins in the page's language."""

from django.contrib.syndication.views import Feed
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html


class BulletinRssFeed(Feed):
    def get_object(self, request, index_page):
        self.request, self.index_page = request, index_page
        return index_page

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # A cached copy must not outlive the next start or end of a bulletin.
        index_page = kwargs["index_page"]
        patch_cache_control(response, public=True, max_age=index_page.bulletins().seconds_until_next_change())
        return response

    def title(self, index_page):
        return _("%(title)s: bulletins") % {"title": index_page.title}

    def link(self, index_page):
        return index_page.get_url(self.request)

    def description(self, index_page):
        return _("Current bulletins of the city.")

    def feed_url(self, index_page):
        return self.request.build_absolute_uri()

    def items(self, index_page):
        return index_page.bulletins().active()

    def item_title(self, bulletin):
        return bulletin.title

    def item_description(self, bulletin):
        return expand_db_html(bulletin.body)

    def item_link(self, bulletin):
        return self.index_page.bulletin_url(bulletin, self.request)

    def item_pubdate(self, bulletin):
        return bulletin.valid_from

    def item_updateddate(self, bulletin):
        return bulletin.last_published_at or bulletin.valid_from

    def item_categories(self, bulletin):
        return [bulletin.get_priority_display()]


class BulletinAtomFeed(BulletinRssFeed):
    feed_type = Atom1Feed
    subtitle = BulletinRssFeed.description
