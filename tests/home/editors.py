"""Editors for admin tests: members of Wagtail's default Editors group, with what the demo grants that group."""

from django.contrib.auth.models import Group

from tests.factories import UserFactory


def editor(username="toimittaja"):
    user = UserFactory(username=username, is_staff=False)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def translate_links(html, model, pk):
    """How many links to wagtail-localize's "Translate" form for this snippet the admin page has."""
    from django.urls import reverse

    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=[model._meta.app_label, model._meta.model_name, pk]
    )
    return html.count(f'href="{url}"')
