"""Wagtail's page serving, with the site's page tree kept as a site-wide value (feedback_plugin/sitewide.py):
finding the page for a path costs one query for the page itself, not two for each segment of the path."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views
from wagtail.models import Site

from feedback_plugin.sitewide import remembered


def page_tree(site):
    """{path segments under the site's home page in the active language: (content type id, page id)}."""
    root = site.root_page.localized
    prefix = len(root.url_path)
    return {
        tuple(segment for segment in url_path[prefix:].split("/") if segment): (content_type_id, pk)
        for url_path, content_type_id, pk in root.get_descendants(inclusive=True).values_list(
            "url_path", "content_type_id", "pk"
        )
    }


def route(request, path):
    """What Wagtail's ``Page.route_for_request`` answers: the deepest page on the path routes the rest of it
    (a routable page's own views), as Wagtail's routing does from the home page down."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    tree = remembered(("page tree", site.pk, get_language()), lambda: page_tree(site))
    segments = [segment for segment in path.split("/") if segment]
    depth = next(depth for depth in range(len(segments), -1, -1) if tuple(segments[:depth]) in tree or depth == 0)
    if tuple(segments[:depth]) not in tree:
        return None
    content_type_id, pk = tree[tuple(segments[:depth])]
    page = ContentType.objects.get_for_id(content_type_id).model_class().objects.select_related("locale").get(pk=pk)
    try:
        return page.route(request, segments[depth:])
    except Http404:
        return None


def serve(request, path):
    # Wagtail's serve asks Page.route_for_request, which keeps its answer on the request under this name.
    request._wagtail_route_for_request = route(request, path)
    return views.serve(request, path)
