"""Conditional GETs and Cache-Control for the reads of API v1 and Open311 (see ``public_cache``)."""

from django.http import HttpResponseNotModified

from .. import public_cache

# The language comes from Accept-Language unless the query names one, the format from Accept unless the path does.
VARY = ("Accept", "Accept-Language")


class NotModified(Exception):
    """The request's If-None-Match holds the current ETag: the answer is a 304, with no data read."""


class PublicReadMixin:
    """A DRF view whose GETs are public reads. The 304 comes after the throttle, so revalidating is counted like
    any read, and only for a format meant for programs: the browsable API has forms and shows who is signed in.
    A view that is not a public read sets ``public_read = False``."""

    public_read = True

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.public_etag = None
        if (
            self.public_read
            and public_cache.may_be_public(request)
            and not request.user.is_authenticated
            and request.accepted_renderer.format != "api"
        ):
            self.public_etag = public_cache.public_etag(request, request.accepted_media_type)
            if public_cache.is_current(request, self.public_etag):
                raise NotModified

    def handle_exception(self, exc):
        if isinstance(exc, NotModified):
            return HttpResponseNotModified()
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if getattr(self, "public_etag", None):
            public_cache.mark_public_read(request, response, self.public_etag, vary=VARY)
        return response
