"""Demo content for a fresh install. Plugins add theirs through the ``load_demo_data`` hook."""

import datetime

from django.conf import settings
from django.contrib.auth import get_permission_codename, get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from ..models import DEFAULT_COLOURS, AccessibilityStatementPage, ContactDetails, HomePage, ServiceName, ThemeSettings

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "kaupunki-demo-2026"  # noqa: S105 - development login that `make run` prints
# Where `manage.py runserver` (and `make run`) serves by default: the Site's absolute URLs point there.
DEMO_HOSTNAME = "127.0.0.1"
DEMO_PORT = 8000
# Wagtail's initial data creates these groups, with page, image and document permissions; each plugin's demo
# grants them the right to edit, publish and translate its own content.
EDITOR_GROUPS = ["Editors", "Moderators"]

HOME_CONTENT = {
    "fi": {
        "title": "Etusivu",
        "hero_title": "Anna palautetta kaupungille",
        "hero_text": "Ilmoita kuopasta, kaatuneesta puusta tai rikkinäisestä katuvalosta, kiitä tai tee "
        "ehdotus. Näet muiden palautteet ja kaupungin vastaukset.",
    },
    "en": {
        "title": "Home",
        "hero_title": "Give feedback to the city",
        "hero_text": "Report a pothole, a fallen tree or a broken street light, say thanks or make a "
        "proposal. See what others have reported and how the city answered.",
    },
}

STATEMENT_CONTENT = {
    "fi": {
        "title": "Saavutettavuusseloste",
        "slug": "saavutettavuusseloste",
        "intro": "<p>Tämä saavutettavuusseloste koskee kaupungin palautepalvelua. Palvelu on tarkoitettu "
        "täyttämään digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) vaatimukset.</p>",
        "non_accessible_content": "<ul><li>Karttapohjan kuvatekstit ovat osin puutteellisia. Sijainnin voi "
        "aina antaa osoitteena ilman karttaa.</li></ul>",
        "feedback_and_contact": "<p>Huomasitko saavutettavuuspuutteen? Kerro siitä palautelomakkeella tai "
        "sähköpostilla osoitteeseen saavutettavuus@example.fi.</p>",
        "enforcement": "<p>Jos et ole tyytyväinen saamaasi vastaukseen, voit tehdä ilmoituksen "
        "Liikenne- ja viestintävirasto Traficomin saavutettavuusvalvontaan.</p>",
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "intro": "<p>This accessibility statement covers the city's feedback service. The service aims to "
        "meet the requirements of the Act on the Provision of Digital Services (306/2019).</p>",
        "non_accessible_content": "<ul><li>Some map captions are incomplete. A location can always be "
        "given as an address without the map.</li></ul>",
        "feedback_and_contact": "<p>Did you notice an accessibility problem? Tell us with the feedback form or "
        "by e-mail to accessibility@example.fi.</p>",
        "enforcement": "<p>If you are not satisfied with the reply, you can notify the accessibility "
        "monitoring unit of the Finnish Transport and Communications Agency Traficom.</p>",
    },
}

CONTACT_CONTENT = {
    "fi": {"organisation": "Kaupungin asiakaspalvelu", "opening_hours": "Avoinna ma–pe klo 8–16"},
    "en": {"organisation": "City customer service", "opening_hours": "Open Mon–Fri 8 am – 4 pm"},
}

# The neutral city look: the stylesheet's own colours, no logo (the default icons), the service's name.
SERVICE_NAMES = {
    "fi": {"name": "Kaupungin palautepalvelu", "short_name": "Palaute"},
    "en": {"name": "City feedback service", "short_name": "Feedback"},
}


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def ensure_admin():
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=DEMO_ADMIN_USERNAME,
        defaults={"email": "admin@example.fi", "is_staff": True, "is_superuser": True},
    )
    if created:
        user.set_password(DEMO_ADMIN_PASSWORD)
        user.save()
    return user


def grant_editor_permissions(model, actions):
    """Gives the editor groups the ``actions`` ("add", "publish"…) on ``model``; granting again changes nothing."""
    codenames = [get_permission_codename(action, model._meta) for action in actions]
    permissions = Permission.objects.filter(
        content_type=ContentType.objects.get_for_model(model), codename__in=codenames
    )
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(*permissions)


def publish_translation(source, locale, fields):
    """The page's translation into ``locale``, created and published once."""
    translation = source.get_translation_or_none(locale)
    if translation is not None:
        return translation
    translation = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def ensure_home_pages(locales, hostname=DEMO_HOSTNAME, port=DEMO_PORT):
    """The home page in every language, set as the root of the default site, which serves at hostname:port
    (updated on every run, so the Site follows where the server runs)."""
    default_locale = locales[settings.LANGUAGE_CODE]
    home = HomePage.objects.filter(locale=default_locale).first()
    if home is None:
        # Wagtail's initial migration leaves a placeholder page (and a site on it) that our home page replaces.
        Page.objects.filter(depth=2).not_type(HomePage).delete()
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=default_locale))
        home = root.add_child(instance=HomePage(locale=default_locale, slug="home", **HOME_CONTENT["fi"]))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": hostname, "port": port, "root_page": home}
    )
    homes = {settings.LANGUAGE_CODE: home}
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            homes[code] = publish_translation(home, locale, HOME_CONTENT[code])
    return homes


def ensure_accessibility_statement(homes):
    source_home = homes[settings.LANGUAGE_CODE]
    statement = AccessibilityStatementPage.objects.child_of(source_home).first()
    if statement is None:
        statement = source_home.add_child(
            instance=AccessibilityStatementPage(
                prepared_on=datetime.date(2026, 11, 1), **STATEMENT_CONTENT[settings.LANGUAGE_CODE]
            )
        )
    for code, home in homes.items():
        if code != settings.LANGUAGE_CODE:
            publish_translation(statement, home.locale, STATEMENT_CONTENT[code])


def ensure_contact_details(locales):
    source = None
    for code, locale in locales.items():
        defaults = {
            "street_address": "Tulliportinkatu 31",
            "postal_code": "70100",
            "city": "Kuopio",
            "phone": "017 182 111",
            "email": "palaute@example.fi",
            **CONTACT_CONTENT[code],
        }
        if source is None:
            source, _created = ContactDetails.objects.update_or_create(locale=locale, defaults=defaults)
        else:
            ContactDetails.objects.update_or_create(
                locale=locale, translation_key=source.translation_key, defaults=defaults
            )


def ensure_theme(locales, site):
    theme = ThemeSettings.for_site(site)
    for field, colour in DEFAULT_COLOURS.items():
        setattr(theme, field, colour)
    theme.save()
    for code, locale in locales.items():
        ServiceName.objects.update_or_create(theme=theme, locale=locale, defaults=SERVICE_NAMES[code])
    grant_editor_permissions(ThemeSettings, ["change"])


def load_site_demo_data(hostname=DEMO_HOSTNAME, port=DEMO_PORT):
    locales = ensure_locales()
    ensure_admin()
    # wagtail-localize's migration grants this as well; the demo names every permission its editors rely on.
    grant_editor_permissions(Translation, ["submit"])
    homes = ensure_home_pages(locales, hostname, port)
    ensure_accessibility_statement(homes)
    ensure_contact_details(locales)
    ensure_theme(locales, Site.objects.get(is_default_site=True))
    return homes
