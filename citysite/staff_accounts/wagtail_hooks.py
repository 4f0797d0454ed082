from django.urls import path
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_second_factor_urls():
    return [
        path("second-factor/set-up/", views.EnrolView.as_view(), name="staff_accounts_enrol"),
        path("second-factor/", views.VerifyView.as_view(), name="staff_accounts_verify"),
    ]
