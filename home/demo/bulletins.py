"""Demo bulletins (one valid now, one upcoming, one ended), the bulletin page in both languages, and the editor
groups' right to manage bulletins."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from bulletin_plugin.models import Bulletin, Priority
from bulletin_plugin.pages import BulletinIndexPage
from feedback_plugin.models import FeedbackCategory
from home.demo.site import grant_editor_permissions, publish_translation

INDEX_PAGE = {
    "fi": {"title": "Tiedotteet", "slug": "tiedotteet", "intro": "<p>Kaupungin ajankohtaiset tiedotteet.</p>"},
    "en": {"title": "Bulletins", "slug": "bulletins", "intro": "<p>Current announcements of the city.</p>"},
}

# (fi title, fi body, en title, en body, priority, starts in days, ends in days, category code, area)
BULLETINS = [
    (
        "Aurausta keskustassa: pääkadut klo 7 mennessä",
        "<p>Runsaan lumisateen vuoksi auraamme pääkadut klo 7 mennessä. Asuinalueesi aurauksen on määrä "
        "tapahtua huomenna, asuntokadut kahden päivän kuluessa.</p>",
        "Ploughing in the centre: main streets by 7:00",
        "<p>Because of heavy snowfall, we plough main streets by 7:00. Ploughing in your area is scheduled for "
        "tomorrow, residential streets within two days.</p>",
        Priority.URGENT,
        -1,
        2,
        "winter-maintenance",
        (Decimal("62.892400"), Decimal("27.677000"), 3000),
    ),
    (
        "Jäteaseman aukioloajat muuttuvat joulun aikaan",
        "<p>Jäteasema on suljettu jouluaattona ja joulupäivänä.</p>",
        "Waste station opening hours change over Christmas",
        "<p>The waste station is closed on Christmas Eve and Christmas Day.</p>",
        Priority.NOTICE,
        7,
        14,
        "waste-collection",
        None,
    ),
    (
        "Bussiliikenteen kesäaikataulut ovat päättyneet",
        "<p>Talviaikataulut ovat nyt voimassa.</p>",
        "Summer bus timetables have ended",
        "<p>Winter timetables are now in force.</p>",
        Priority.INFO,
        -20,
        -10,
        "bus-services",
        None,
    ),
]


def ensure_bulletin_index_pages(homes):
    source_home = homes[settings.LANGUAGE_CODE]
    index = BulletinIndexPage.objects.child_of(source_home).first()
    if index is None:
        index = source_home.add_child(instance=BulletinIndexPage(**INDEX_PAGE[settings.LANGUAGE_CODE]))
        index.save_revision().publish()
    for code, home in homes.items():
        if code != settings.LANGUAGE_CODE:
            publish_translation(index, home.locale, INDEX_PAGE[code])


def ensure_bulletins(fi, en):
    now = timezone.now()
    categories = {category.code: category for category in FeedbackCategory.objects.in_default_locale()}
    for title_fi, body_fi, title_en, body_en, priority, starts, ends, code, area in BULLETINS:
        if Bulletin.objects.filter(locale=fi, title=title_fi).exists():
            continue
        latitude, longitude, radius_m = area or (None, None, None)
        bulletin = Bulletin(
            locale=fi,
            title=title_fi,
            body=body_fi,
            priority=priority,
            valid_from=now + datetime.timedelta(days=starts),
            valid_until=now + datetime.timedelta(days=ends),
            latitude=latitude,
            longitude=longitude,
            radius_m=radius_m,
        )
        bulletin.categories = [categories[code]] if code in categories else []
        bulletin.save()
        bulletin.save_revision().publish()
        english = bulletin.copy_for_translation(en)
        english.title, english.body = title_en, body_en
        english.categories = bulletin.categories.all()
        english.save()
        english.save_revision().publish()


def load_bulletin_demo_data(homes):
    grant_editor_permissions(Bulletin, ["add", "change", "delete", "publish"])
    ensure_bulletins(Locale.objects.get(language_code="fi"), Locale.objects.get(language_code="en"))
    ensure_bulletin_index_pages(homes)
