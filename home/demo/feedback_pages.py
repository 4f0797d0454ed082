"""The demo site's feedback form and feedback list pages, in Finnish and English. Idempotent."""

from django.conf import settings

from feedback_plugin.public.pages import FeedbackFormPage, FeedbackIndexPage
from home.demo.site import publish_translation

PAGES = {
    FeedbackFormPage: {
        "fi": {
            "title": "Anna palautetta",
            "slug": "anna-palautetta",
            "intro": "<p>Kerro meille ongelmasta, kiitä tai ehdota. Palautteesi menee suoraan vastuuyksikölle.</p>",
            "thank_you_text": "<p>Käsittelemme palautteesi mahdollisimman pian.</p>",
        },
        "en": {
            "title": "Give feedback",
            "slug": "give-feedback",
            "intro": "<p>Tell us about a problem, thank us or make a proposal. Your feedback goes straight to the "
            "unit responsible.</p>",
            "thank_you_text": "<p>We will handle your feedback as soon as we can.</p>",
        },
    },
    FeedbackIndexPage: {
        "fi": {
            "title": "Palautteet",
            "slug": "palautteet",
            "intro": "<p>Asukkaiden julkiset palautteet ja kaupungin vastaukset listana ja kartalla.</p>",
        },
        "en": {
            "title": "Feedback from residents",
            "slug": "feedback-list",
            "intro": "<p>Residents' public feedback and the city's replies, as a list and on a map.</p>",
        },
    },
}


def ensure_feedback_pages(homes):
    source_home = homes[settings.LANGUAGE_CODE]
    for page_type, content in PAGES.items():
        page = page_type.objects.child_of(source_home).first()
        if page is None:
            page = source_home.add_child(instance=page_type(**content[settings.LANGUAGE_CODE]))
            page.save_revision().publish()
        for code, home in homes.items():
            if code != settings.LANGUAGE_CODE:
                publish_translation(page, home.locale, content[code])
