"""The admin's policies (its CSP, the second factor) apply to the admin's paths, also under a script prefix."""

from django.urls import set_script_prefix

from citysite.admin_paths import is_admin_path


def test_admin_paths_are_told_from_the_rest_of_the_site():
    assert is_admin_path("/admin/")
    assert is_admin_path("/admin/feedback/inbox/")
    assert not is_admin_path("/fi/palaute/")
    assert not is_admin_path("/open311/v2/services.json")


def test_under_a_script_prefix_the_admin_is_found_under_it():
    set_script_prefix("/palaute/")
    try:
        assert is_admin_path("/palaute/admin/")
        assert not is_admin_path("/admin/")
    finally:
        set_script_prefix("/")
    assert is_admin_path("/admin/")
