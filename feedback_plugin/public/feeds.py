"""RSS 2.0 and Atom feeds of new public feedback and of the city's replies, in the list page's language.

A feed takes its items through the privacy gate like the list page (``public_feedback()``, ``public_items``,
``public_replies``) and narrows them with the shared filters, so it shows what the list and the API show: the
redacted public text, never contact data. Items with a location carry a GeoRSS point, as the item's page
shows its coordinates.
"""

from django.contrib.gis.feeds import Feed, GeoAtom1Feed, GeoRSSFeed
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from ..filters import FeedbackFilterSet
from ..models import FeedbackCategory
from ..parameters import GIVE_PARAMETER_ONCE, repeated_names
from ..privacy import public_categories, public_feedback, public_items, public_replies

FEED_LENGTH = 50


class FeedFilterSet(FeedbackFilterSet):
    """The filters a feed offers: a category code, a service area and a box. A category the public can't see
    is an error rather than an empty feed, which a feed reader would poll forever."""

    OFFERED = ("category", "service_area", "bbox")

    def __init__(self, data, categories, **kwargs):
        super().__init__(data, **kwargs)
        self.filters = {name: self.filters[name] for name in self.OFFERED}
        self.categories = categories

    def is_valid(self):
        valid = super().is_valid()
        code = self.form.cleaned_data.get("category")
        if code and not self.is_public_category(code):
            message = _("There is no public category with this code.")
            self.form.add_error("category", ValidationError(message, code="unknown_category"))
            return False
        return valid

    def is_public_category(self, code):
        # A category not yet translated into the page's language is still public, with its name in another.
        return code in self.categories or FeedbackCategory.objects.filter(code=code, is_confidential=False).exists()


class FeedSource:
    """What one feed request shows: the list page it belongs to, the checked filters and the category names."""

    def __init__(self, request, index_page, filterset):
        self.request, self.index_page, self.filterset = request, index_page, filterset
        self.list_url = request.build_absolute_uri(index_page.get_url(request))
        code = filterset.form.cleaned_data.get("category")
        self.category = filterset.categories.get(code)

    def detail_url(self, item):
        return self.list_url + self.index_page.reverse_subpage("detail", kwargs={"reference": item.reference})

    def title(self, subject):
        title = f"{self.index_page.title}: {subject}"
        return f"{title} – {self.category.name}" if self.category else title


class NewFeedbackRssFeed(Feed):
    feed_type = GeoRSSFeed

    def get_object(self, request, source):
        self.source = source
        return source

    def title(self, source):
        return source.title(_("new feedback"))

    def link(self, source):
        return source.list_url

    def description(self, source):
        return _("The newest public feedback to the city, at most %(count)s items.") % {"count": FEED_LENGTH}

    def feed_url(self, source):
        return source.request.build_absolute_uri()

    def items(self, source):
        rows = source.filterset.qs.select_related("category").order_by("-received_at", "-pk")[:FEED_LENGTH]
        return public_items(rows, source.filterset.categories)

    def item_title(self, item):
        return item.title or item.reference

    def item_description(self, item):
        return item.description

    def item_link(self, item):
        return self.source.detail_url(item)

    def item_pubdate(self, item):
        return item.received_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.category.name, item.get_kind_display()]

    def item_geometry(self, item):
        return (float(item.longitude), float(item.latitude)) if item.has_location else None


class NewFeedbackAtomFeed(NewFeedbackRssFeed):
    feed_type = GeoAtom1Feed
    subtitle = NewFeedbackRssFeed.description


class ReplyRssFeed(NewFeedbackRssFeed):
    """Each item is one reply, (PublicReply, PublicFeedback), linking to the page of the feedback it answers."""

    def title(self, source):
        return source.title(_("the city's replies"))

    def description(self, source):
        return _("The city's newest public replies to feedback, at most %(count)s.") % {"count": FEED_LENGTH}

    def items(self, source):
        return public_replies(source.filterset.qs, FEED_LENGTH, source.filterset.categories)

    def item_title(self, pair):
        _reply, item = pair
        return _("Reply: %(title)s") % {"title": item.title or item.reference}

    def item_description(self, pair):
        return pair[0].body

    def item_link(self, pair):
        return self.source.detail_url(pair[1])

    def item_guid(self, pair):
        reply, item = pair
        return f"{self.source.detail_url(item)}#reply-{reply.id}"

    item_guid_is_permalink = False

    def item_pubdate(self, pair):
        return pair[0].created_at

    def item_updateddate(self, pair):
        return pair[0].created_at

    def item_categories(self, pair):
        return [pair[1].category.name]

    def item_geometry(self, pair):
        return super().item_geometry(pair[1])


class ReplyAtomFeed(ReplyRssFeed):
    feed_type = GeoAtom1Feed
    subtitle = ReplyRssFeed.description


FEEDS = {
    ("new", "rss"): NewFeedbackRssFeed,
    ("new", "atom"): NewFeedbackAtomFeed,
    ("replies", "rss"): ReplyRssFeed,
    ("replies", "atom"): ReplyAtomFeed,
}


def parameter_errors(request, filterset):
    """{name: messages} of a request the feed refuses: a parameter given twice or an invalid filter."""
    repeated = repeated_names(request.GET)
    if repeated:
        return {name: [GIVE_PARAMETER_ONCE] for name in repeated}
    return {} if filterset.is_valid() else filterset.errors


def serve(request, index_page, content, syntax):
    """One feed of the list page ``index_page``, or a 400 that names each bad parameter in the page's language."""
    filterset = FeedFilterSet(request.GET, categories=public_categories(), queryset=public_feedback())
    errors = parameter_errors(request, filterset)
    if errors:
        lines = (f"{name}: {message}" for name, messages in errors.items() for message in messages)
        return HttpResponseBadRequest("\n".join(lines), content_type="text/plain; charset=utf-8")
    return FEEDS[content, syntax]()(request, source=FeedSource(request, index_page, filterset))


def subscription_values(filters):
    """The values of a bound list filter set a feed can narrow by too, leaving out those the list refused."""
    data = filters.data
    return {name: data[name] for name in FeedFilterSet.OFFERED if data.get(name) and name not in filters.errors}


def subscription_urls(request, index_page, values):
    """The list page's four feeds, narrowed by ``values`` ({filter name: value as in a query string})."""
    query = f"?{urlencode(values)}" if values else ""
    base = index_page.get_url(request)
    return {
        f"{content}_{syntax}": base
        + index_page.reverse_subpage("feed", kwargs={"content": content, "syntax": syntax})
        + query
        for content, syntax in FEEDS
    }
