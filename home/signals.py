"""The theme (home/theme.py) and the footer are site-wide values: they are built again whenever what they are built
from changes."""

from feedback_plugin.sitewide import register_site_wide_model

from .models import ContactDetails, ServiceName, ThemeSettings


def connect():
    for model in (ThemeSettings, ServiceName, ContactDetails):
        register_site_wide_model(model)
