"""Open311 GeoReport v2 routes, every one with a ``.json`` or ``.xml`` suffix as the standard asks."""

from django.urls import re_path

from . import views

app_name = "open311"

FORMAT = r"\.(?P<format>json|xml)$"

urlpatterns = [
    re_path(r"^discovery" + FORMAT, views.DiscoveryView.as_view(), name="discovery"),
    re_path(r"^services" + FORMAT, views.ServiceListView.as_view(), name="services"),
    re_path(r"^services/(?P<service_code>[-\w]+)" + FORMAT, views.ServiceDefinitionView.as_view(), name="service"),
    re_path(r"^requests" + FORMAT, views.ServiceRequestListView.as_view(), name="requests"),
    re_path(
        r"^requests/(?P<service_request_id>[-\w]+)" + FORMAT, views.ServiceRequestDetailView.as_view(), name="request"
    ),
    re_path(r"^tokens/(?P<token>[-\w]+)" + FORMAT, views.TokenView.as_view(), name="token"),
]
