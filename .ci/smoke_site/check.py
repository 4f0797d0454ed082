"""The plugins at work in a site fresh from `wagtail start`, after configure.py and migrate.

Run from the new site's directory with its DJANGO_SETTINGS_MODULE and the directory on PYTHONPATH. It places
the sections under the stock home page, adds a category, sends feedback through the form page as a browser
does and through API v1 as a client does, and reads both back from every public surface. Any miss exits 1.
"""

import re
import sys

import django

django.setup()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

FORM_TITLE = "Katuvalo ei pala"
API_TITLE = "Kuoppa pyörätiellä"
failures = []


def expect(condition, message):
    print(("ok      " if condition else "FAILED  ") + message)
    if not condition:
        failures.append(message)


def model(label):
    return apps.get_model(label)


def add_sections(home):
    """The four section pages under the site's own home page, as an editor would place them."""
    pages = {
        "form": model("feedback_plugin.FeedbackFormPage")(title="Anna palautetta", slug="palaute"),
        "list": model("feedback_plugin.FeedbackIndexPage")(title="Palautteet", slug="palautteet"),
        "faq": model("faq_plugin.FAQIndexPage")(title="Usein kysyttyä", slug="ukk"),
        "bulletins": model("bulletin_plugin.BulletinIndexPage")(title="Tiedotteet", slug="tiedotteet"),
    }
    for page in pages.values():
        home.add_child(instance=page)
    return pages


def add_category():
    locale = Page.objects.get(depth=2).locale
    unit = model("feedback_plugin.ResponsibleUnit").objects.create(locale=locale, name="Katu- ja puistopalvelut")
    area = model("feedback_plugin.ServiceArea").objects.create(locale=locale, name="Kadut")
    return model("feedback_plugin.FeedbackCategory").objects.create(
        locale=locale, code="streets", name="Kadut ja kevyt liikenne", service_area=area, unit=unit
    )


def expect_static_files_found(html, what):
    """Every static file the page links is one the site's static file finders can serve."""
    paths = set(re.findall(rf'(?:src|href)="{settings.STATIC_URL}([^"?#]+)', html))
    missing = sorted(path for path in paths if not finders.find(path))
    expect(paths and not missing, f"{what}: its {len(paths)} static files are all served (missing: {missing})")


def hidden_value(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    return match.group(1) if match else None


def submit_through_form(browser, form_url, category):
    page = browser.get(form_url)
    expect(page.status_code == 200, f"GET {form_url} answers 200 (got {page.status_code})")
    html = page.content.decode()
    expect("/static/feedback_plugin/vendor/leaflet/" in html, "the form page links Leaflet from the site itself")
    expect_static_files_found(html, "the form page")
    data = {
        name: hidden_value(html, name)
        for name in ("csrfmiddlewaretoken", "started")
        if hidden_value(html, name) is not None
    }
    data |= {
        "kind": "feedback",
        "category": category.code,
        "title": FORM_TITLE,
        "description": "Katuvalo on ollut pimeänä koko viikon Kauppakadun kulmassa.",
        "latitude": "62.8924",
        "longitude": "27.6770",
    }
    sent = browser.post(form_url, data, follow=True)
    expect(
        sent.redirect_chain and sent.status_code == 200,
        f"POST {form_url} leads to the thank-you page (got {sent.redirect_chain} {sent.status_code})",
    )


def submit_through_api(client, category):
    payload = {
        "category": category.code,
        "title": API_TITLE,
        "description": "Pyörätiellä on syvä kuoppa sillan kohdalla.",
        "latitude": 62.8930,
        "longitude": 27.6780,
    }
    sent = client.post("/api/v1/feedback/", payload, content_type="application/json")
    expect(
        sent.status_code == 201, f"POST /api/v1/feedback/ answers 201 (got {sent.status_code}: {sent.content[:300]})"
    )


def read_back(client, list_url):
    root = client.get("/api/v1/", HTTP_ACCEPT="text/html")
    expect(root.status_code == 200, f"the browsable API v1 root renders (got {root.status_code})")

    listing = client.get(list_url).content.decode()
    expect(FORM_TITLE in listing and API_TITLE in listing, f"the list page {list_url} shows both items")

    api = client.get("/api/v1/feedback/").json()
    titles = {item["title"] for item in api.get("results", [])}
    expect({FORM_TITLE, API_TITLE} <= titles, f"API v1 /api/v1/feedback/ lists both items (got {sorted(titles)})")

    geojson = client.get("/api/v1/feedback/geojson/?bbox=27.6,62.85,27.75,62.93&zoom=17").json()
    titles = {feature["properties"].get("title") for feature in geojson.get("features", [])}
    expect({FORM_TITLE, API_TITLE} <= titles, f"GeoJSON has both items as features (got {sorted(map(str, titles))})")

    requests = client.get("/open311/v2/requests.json").json()
    descriptions = " ".join(str(request.get("description")) for request in requests)
    expect(
        len(requests) == 2 and "Katuvalo" in descriptions and "kuoppa" in descriptions,
        f"Open311 /open311/v2/requests.json lists both items (got {len(requests)})",
    )


def check_admin(category, english):
    """What staff see: the inbox, the staff form with wagtailgeowidget's map, wagtail-localize's translate view."""
    editor = get_user_model().objects.create_superuser("editor", "editor@example.fi", "editor-password")
    client = Client()
    client.force_login(editor)
    translate = reverse(
        "wagtail_localize:submit_snippet_translation", args=["feedback_plugin", "feedbackcategory", category.pk]
    )
    for url, marker, what in [
        (reverse("feedback_inbox:index"), FORM_TITLE, "the feedback inbox lists the items"),
        (reverse("feedback_inbox:add"), 'data-controller="leaflet-field"', "the staff form shows the map panel"),
        (translate, f'name="locales" value="{english.pk}"', "wagtail-localize offers a category's translation"),
        (reverse("wagtaillocales:index"), "English", "wagtail-localize's locales list shows English"),
    ]:
        response = client.get(url)
        html = response.content.decode()
        expect(response.status_code == 200 and marker in html, f"{what}: {url} (got {response.status_code})")
    expect_static_files_found(client.get(reverse("feedback_inbox:add")).content.decode(), "the staff form")


def main():
    # migrate made the Finnish locale from LANGUAGE_CODE; an editor adds English under Settings → Locales.
    english, _ = Locale.objects.get_or_create(language_code="en")
    home = Page.objects.get(depth=2).specific
    pages = add_sections(home)
    category = add_category()
    for name, page in pages.items():
        status = Client().get(page.url).status_code
        expect(status == 200, f"the {name} page {page.url} answers 200 (got {status})")
    submit_through_form(Client(enforce_csrf_checks=True), pages["form"].url, category)
    submit_through_api(Client(), category)
    read_back(Client(), pages["list"].url)
    check_admin(category, english)
    if failures:
        sys.exit(f"plugin smoke: {len(failures)} check(s) failed")
    print("plugin smoke: the plugins work in a fresh `wagtail start` site")


main()
