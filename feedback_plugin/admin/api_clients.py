"""Admin for Open311 API clients: staff create a client, copy its key once, and revoke it by deactivating."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import ApiClient


class ApiClientCreateView(CreateView):
    def save_instance(self):
        self.key = self.form.instance.issue_key()
        return super().save_instance()

    def get_success_message(self, instance):
        return _("API client “%(name)s” created. Its key is %(key)s — copy it now: it is not shown again.") % {
            "name": instance.name,
            "key": self.key,
        }


class ApiClientViewSet(ModelViewSet):
    model = ApiClient
    icon = "key"
    menu_label = _("API clients")
    add_to_settings_menu = True
    url_prefix = "api-clients"
    url_namespace = "api_clients"
    add_view_class = ApiClientCreateView
    form_fields = ["name", "is_active"]
    list_display = ["name", "key_prefix", "is_active", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["name"]


api_client_viewset = ApiClientViewSet("api_clients")
