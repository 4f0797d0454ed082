"""Demo data: a Kuopio-like bilingual taxonomy, units and staff groups, and about 200 feedback items."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale

from feedback_plugin.models import (
    CategoryQuestion,
    FeedbackCategory,
    ReplyTemplate,
    ResponsibleUnit,
    ServiceArea,
)

from .feedback_items import ensure_feedback
from .feedback_pages import ensure_feedback_pages

CONFIDENTIAL_GROUP = "Luottamukselliset käsittelijät"
STAFF_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "feedback_plugin.view_feedback",
    "feedback_plugin.change_feedback",
    "feedback_plugin.add_feedback",
]
# Customer service route everything: their unit's group also sees the other units' non-confidential feedback.
CUSTOMER_SERVICE_UNIT = "service"
CUSTOMER_SERVICE_PERMISSIONS = [*STAFF_PERMISSIONS, "feedback_plugin.route_all_feedback"]

UNITS = {
    "transport": ("Joukkoliikenneyksikkö", "Public transport unit", "joukkoliikenne@example.fi"),
    "streets": ("Katu- ja puistoyksikkö", "Streets and parks unit", "katupuisto@example.fi"),
    "waste": ("Jätehuolto", "Waste management", "jatehuolto@example.fi"),
    "culture": ("Kulttuuri- ja liikuntapalvelut", "Culture and sports services", "kulttuuri@example.fi"),
    "welfare": ("Sosiaali- ja terveyspalvelut", "Health and social services", "sote@example.fi"),
    "service": ("Asiakaspalvelu", "Customer service", "asiakaspalvelu@example.fi"),
}

# (area, fi name, en name, order, [(code, fi, en, fi description, en description, unit, confidential)])
TAXONOMY = [
    (
        ("Joukkoliikenne", "Public transport", 10),
        [
            (
                "bus-services",
                "Bussiliikenne",
                "Bus services",
                "Vuorot, aikataulut ja kuljettajat.",
                "Departures, timetables and drivers.",
                "transport",
                False,
            ),
            (
                "public-transport-tickets",
                "Liput ja maksut",
                "Tickets and fares",
                "Matkakortit, liput ja hinnat.",
                "Travel cards, tickets and fares.",
                "transport",
                False,
            ),
            (
                "bus-stops",
                "Pysäkit ja katokset",
                "Bus stops and shelters",
                "Pysäkkien kunto ja opasteet.",
                "Condition and signs of bus stops.",
                "transport",
                False,
            ),
        ],
    ),
    (
        ("Katujen ja puistojen kunnossapito", "Street and park maintenance", 20),
        [
            (
                "winter-maintenance",
                "Talvikunnossapito",
                "Winter maintenance",
                "Auraus, hiekoitus ja lumenajo.",
                "Snow ploughing, gritting and snow removal.",
                "streets",
                False,
            ),
            (
                "potholes-and-pavements",
                "Kuopat ja päällysteet",
                "Potholes and pavements",
                "Kadun ja jalkakäytävän vauriot.",
                "Damage to streets and pavements.",
                "streets",
                False,
            ),
            (
                "street-lighting",
                "Katuvalaistus",
                "Street lighting",
                "Rikkinäiset tai pimeät katuvalot.",
                "Broken or dark street lights.",
                "streets",
                False,
            ),
            (
                "parks-and-trees",
                "Puistot ja puut",
                "Parks and trees",
                "Kaatuneet puut, puistot ja leikkipaikat.",
                "Fallen trees, parks and playgrounds.",
                "streets",
                False,
            ),
        ],
    ),
    (
        ("Jätehuolto", "Waste management", 30),
        [
            (
                "waste-collection",
                "Jätteenkeräys",
                "Waste collection",
                "Tyhjennykset ja keräyspisteet.",
                "Bin emptying and recycling points.",
                "waste",
                False,
            ),
            (
                "littering",
                "Roskaaminen",
                "Littering",
                "Roskat ja luvattomat kaatopaikat.",
                "Litter and illegal dumping.",
                "waste",
                False,
            ),
        ],
    ),
    (
        ("Kulttuuri ja liikunta", "Culture and sport", 40),
        [
            (
                "sports-facilities",
                "Liikuntapaikat",
                "Sports facilities",
                "Kentät, ladut, uimahallit.",
                "Fields, ski tracks and swimming halls.",
                "culture",
                False,
            ),
            (
                "libraries-and-culture",
                "Kirjastot ja kulttuuri",
                "Libraries and culture",
                "Kirjastot, museot ja tapahtumat.",
                "Libraries, museums and events.",
                "culture",
                False,
            ),
        ],
    ),
    (
        ("Sosiaali- ja terveyspalvelut", "Health and welfare", 50),
        [
            (
                "health-services",
                "Terveyspalvelut",
                "Health services",
                "Luottamuksellinen: palautetta ei julkaista.",
                "Confidential: this feedback is never published.",
                "welfare",
                True,
            ),
            (
                "social-services",
                "Sosiaalipalvelut",
                "Social services",
                "Luottamuksellinen: palautetta ei julkaista.",
                "Confidential: this feedback is never published.",
                "welfare",
                True,
            ),
        ],
    ),
    (
        ("Muu", "Other", 90),
        [
            (
                "other",
                "Muu palaute",
                "Other feedback",
                "Kaikki muu palaute kaupungille.",
                "Any other feedback to the city.",
                "service",
                False,
            ),
        ],
    ),
]

BUS_QUESTIONS = [
    ("bus-line", "Bussilinja", "Bus line", CategoryQuestion.Type.TEXT, True, "", ""),
    ("departure-time", "Lähtöaika", "Departure time", CategoryQuestion.Type.DATETIME, False, "", ""),
    (
        "issue-type",
        "Mitä tapahtui?",
        "What happened?",
        CategoryQuestion.Type.SINGLE_CHOICE,
        False,
        "Myöhästyi\nEi tullut lainkaan\nKuljettajan käytös\nMuu",
        "Late\nDid not come at all\nDriver's behaviour\nOther",
    ),
]

REPLIES = {
    "fi": "Kiitos palautteestasi. Asia on välitetty kunnossapitoon ja korjataan lähipäivinä.",
    "en": "Thank you for your feedback. We have passed it to maintenance and it will be fixed in the coming days.",
}


def translate(instance, locale, **fields):
    """The instance's translation into ``locale``, created once."""
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def ensure_units(fi, en):
    units = {}
    for key, (fi_name, en_name, email) in UNITS.items():
        group, _created = Group.objects.get_or_create(name=fi_name)
        group.permissions.add(
            *permissions(CUSTOMER_SERVICE_PERMISSIONS if key == CUSTOMER_SERVICE_UNIT else STAFF_PERMISSIONS)
        )
        unit = ResponsibleUnit.objects.filter(locale=fi, name=fi_name).first()
        if unit is None:
            unit = ResponsibleUnit.objects.create(locale=fi, name=fi_name, notification_email=email, staff_group=group)
        translate(unit, en, name=en_name)
        units[key] = unit
    confidential, _created = Group.objects.get_or_create(name=CONFIDENTIAL_GROUP)
    confidential.permissions.add(*permissions([*STAFF_PERMISSIONS, "feedback_plugin.handle_confidential_feedback"]))
    return units


def permissions(names):
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
    return found


def ensure_taxonomy(fi, en, units):
    for (area_fi, area_en, area_order), categories in TAXONOMY:
        area = ServiceArea.objects.filter(locale=fi, name=area_fi).first() or ServiceArea.objects.create(
            locale=fi, name=area_fi, sort_order=area_order
        )
        translate(area, en, name=area_en)
        for order, (code, name_fi, name_en, desc_fi, desc_en, unit, confidential) in enumerate(categories):
            category = FeedbackCategory.objects.filter(locale=fi, code=code).first()
            if category is None:
                category = FeedbackCategory(
                    locale=fi,
                    code=code,
                    name=name_fi,
                    description=desc_fi,
                    service_area=area,
                    sort_order=order * 10,
                    is_confidential=confidential,
                    unit=units[unit],
                    target_days=14 if confidential else None,
                )
                if code == "bus-services":
                    for position, (q_code, label_fi, _en, q_type, required, choices_fi, _c) in enumerate(BUS_QUESTIONS):
                        category.questions.add(
                            CategoryQuestion(
                                code=q_code,
                                label=label_fi,
                                type=q_type,
                                required=required,
                                choices=choices_fi,
                                sort_order=position,
                            )
                        )
                category.save()
            translation = category.get_translation_or_none(en)
            if translation is None:
                translation = category.copy_for_translation(en)
                translation.name, translation.description = name_en, desc_en
                translation.service_area = area.get_translation(en)
                translation.unit = units[unit].get_translation(en)
                english = {q[0]: q for q in BUS_QUESTIONS}
                for question in translation.questions.all():
                    question.label = english[question.code][2]
                    question.choices = english[question.code][6]
                translation.save()


def ensure_reply_templates(fi, en):
    if ReplyTemplate.objects.exists():
        return
    source = ReplyTemplate.objects.create(locale=fi, title="Kiitos, korjataan", body=REPLIES["fi"])
    translate(source, en, title="Thanks, will be fixed", body=REPLIES["en"])


def load_feedback_demo_data(homes):
    fi = Locale.objects.get(language_code="fi")
    en = Locale.objects.get(language_code="en")
    units = ensure_units(fi, en)
    ensure_taxonomy(fi, en, units)
    ensure_reply_templates(fi, en)
    ensure_feedback()
    ensure_feedback_pages(homes)
