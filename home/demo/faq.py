"""Demo FAQs in Finnish and English, some linked to feedback categories, the FAQ page in both languages, and
the editor groups' right to manage FAQs."""

from django.conf import settings
from wagtail.models import Locale

from faq_plugin.models import FAQ, FAQIndexPage, FAQTopic
from feedback_plugin.models import FeedbackCategory
from home.demo.site import grant_editor_permissions, publish_translation

INDEX_PAGE = {
    "fi": {
        "title": "Usein kysyttyä",
        "slug": "usein-kysyttya",
        "intro": "<p>Vastauksia kaupunkilaisten yleisimpiin kysymyksiin.</p>",
    },
    "en": {
        "title": "Frequently asked questions",
        "slug": "faq",
        "intro": "<p>Answers to the questions residents ask most often.</p>",
    },
}

# (fi topic, en topic, [(category code or "", fi question, fi answer, en question, en answer)])
TOPICS = [
    (
        "Talvikunnossapito",
        "Winter maintenance",
        [
            (
                "winter-maintenance",
                "Missä järjestyksessä kadut aurataan?",
                "<p>Ensin auraamme pääkadut ja bussireitit, sitten kevyen liikenteen väylät ja lopuksi "
                "asuntokadut. Asuntokadut aurataan yleensä kahden päivän kuluessa lumisateen päättymisestä.</p>",
                "In what order are streets ploughed?",
                "<p>We plough main streets and bus routes first, then footpaths and cycle paths, and residential "
                "streets last. Residential streets are usually ploughed within two days after the snowfall ends.</p>",
            ),
            (
                "winter-maintenance",
                "Kuka hiekoittaa jalkakäytävän talon edessä?",
                "<p>Tontin omistaja huolehtii tontin kohdalla olevan jalkakäytävän liukkauden torjunnasta. "
                "Kaupunki hiekoittaa kevyen liikenteen väylät ja suojatiet.</p>",
                "Who grits the pavement in front of a building?",
                "<p>The owner of the plot keeps the pavement along the plot from being slippery. The city grits "
                "footpaths, cycle paths and pedestrian crossings.</p>",
            ),
            (
                "winter-maintenance",
                "Auraaja jätti lumivallin pihatieni eteen. Kuka sen poistaa?",
                "<p>Tonttiliittymän aurausvallin poistaminen kuuluu kiinteistölle. Ilmoita meille, jos valli "
                "on poikkeuksellisen suuri tai estää pelastusajoneuvojen kulun.</p>",
                "The plough left a snow bank in front of my driveway. Who removes it?",
                "<p>Removing the snow bank at a driveway belongs to the property. Tell us if the bank is "
                "exceptionally large or blocks emergency vehicles.</p>",
            ),
            (
                "",
                "Milloin lumet ajetaan pois?",
                "<p>Lumenajo alkaa, kun lumivallit kaventavat katuja tai haittaavat näkyvyyttä risteyksissä.</p>",
                "When is snow carted away?",
                "<p>Snow removal starts when snow banks narrow the streets or block the view at junctions.</p>",
            ),
        ],
    ),
    (
        "Joukkoliikenne",
        "Public transport",
        [
            (
                "public-transport-tickets",
                "Miten lataan matkakortin?",
                "<p>Voit ladata matkakortin verkossa, mobiilisovelluksessa tai palvelupisteessä. Verkkolataus "
                "on käytössä seuraavasta matkasta alkaen.</p>",
                "How do I top up my travel card?",
                "<p>You can top up the travel card online, in the mobile app or at a service point. An online "
                "top-up is valid from your next trip.</p>",
            ),
            (
                "public-transport-tickets",
                "Saanko alennusta lipun hinnasta?",
                "<p>Lapset, opiskelijat, eläkeläiset ja työttömät saavat alennusta. Tarkista oikeutesi "
                "palvelupisteestä.</p>",
                "Can I get a discount on tickets?",
                "<p>Children, students, pensioners and unemployed people get a discount. Check your right at a "
                "service point.</p>",
            ),
            (
                "public-transport-tickets",
                "Kadotin matkakorttini. Mitä teen?",
                "<p>Tee katoamisilmoitus palvelupisteessä. Henkilökohtaisen kortin arvo siirretään uudelle "
                "kortille.</p>",
                "I lost my travel card. What should I do?",
                "<p>Report the loss at a service point. The value of a personal card is moved to a new card.</p>",
            ),
            (
                "",
                "Mistä löydän bussien aikataulut?",
                "<p>Aikataulut ovat reittioppaassa ja pysäkeillä.</p>",
                "Where do I find bus timetables?",
                "<p>Timetables are in the journey planner and at the stops.</p>",
            ),
        ],
    ),
    (
        "Jätehuolto",
        "Waste management",
        [
            (
                "waste-collection",
                "Jäteastiaa ei tyhjennetty. Kenelle ilmoitan?",
                "<p>Ilmoita jätehuoltoon, jos tyhjennys jäi väliin. Tarkista ensin, että astia oli esteettömästi "
                "tyhjentäjän saatavilla.</p>",
                "My bin was not emptied. Whom do I tell?",
                "<p>Tell waste management if an emptying was missed. First check that the bin could be reached "
                "freely.</p>",
            ),
            (
                "waste-collection",
                "Mihin vien vaaralliset jätteet?",
                "<p>Vaaralliset jätteet, kuten maalit ja paristot, otetaan maksutta vastaan jäteasemalla.</p>",
                "Where do I take hazardous waste?",
                "<p>Hazardous waste, such as paint and batteries, is accepted free of charge at the waste station.</p>",
            ),
            (
                "waste-collection",
                "Kuinka usein keräyspisteet tyhjennetään?",
                "<p>Lasin ja metallin keräyspisteet tyhjennetään kerran kuukaudessa, kartonki joka toinen viikko.</p>",
                "How often are recycling points emptied?",
                "<p>Glass and metal collection points are emptied once a month, cardboard every other week.</p>",
            ),
        ],
    ),
    (
        "Palautteen käsittely",
        "How feedback is handled",
        [
            (
                "",
                "Miten palautteeni käsitellään?",
                "<p>Palaute ohjataan asiasta vastaavalle yksikölle, joka vastaa yleensä viiden arkipäivän "
                "kuluessa. Voit seurata käsittelyä seurantalinkistä.</p>",
                "How is my feedback handled?",
                "<p>Feedback goes to the unit responsible for the matter, which usually replies within five "
                "working days. You can follow the handling with your tracking link.</p>",
            ),
            (
                "",
                "Julkaistaanko palautteeni?",
                "<p>Julkaisemme palautteen ja kaupungin vastauksen ilman yhteystietojasi, jos annat siihen "
                "luvan. Sosiaali- ja terveyspalvelujen palautetta ei koskaan julkaista.</p>",
                "Is my feedback published?",
                "<p>We publish the feedback and the city's reply without your contact details if you allow it. "
                "Feedback on health and social services is never published.</p>",
            ),
            (
                "",
                "Poistetaanko julkaistusta palautteesta henkilötiedot?",
                "<p>Kyllä. Poistamme julkaistavasta tekstistä sähköpostiosoitteet, puhelinnumerot ja "
                "henkilötunnukset.</p>",
                "Are personal details removed from published feedback?",
                "<p>Yes. We remove e-mail addresses, phone numbers and personal identity codes from the text "
                "that is published.</p>",
            ),
            (
                "",
                "Kauanko vastauksen saaminen kestää?",
                "<p>Tavoitteemme on vastata viidessä arkipäivässä. Kiireelliset vaaratilanteet hoidetaan "
                "heti; soita niistä päivystysnumeroon.</p>",
                "How long does a reply take?",
                "<p>We aim to reply within five working days. Urgent hazards are handled at once; call the "
                "duty number about them.</p>",
            ),
        ],
    ),
]


def ensure_faq_index_pages(homes):
    source_home = homes[settings.LANGUAGE_CODE]
    index = FAQIndexPage.objects.child_of(source_home).first()
    if index is None:
        index = source_home.add_child(instance=FAQIndexPage(**INDEX_PAGE[settings.LANGUAGE_CODE]))
        index.save_revision().publish()
    for code, home in homes.items():
        if code != settings.LANGUAGE_CODE:
            publish_translation(index, home.locale, INDEX_PAGE[code])


def ensure_faqs(fi, en):
    categories = {category.code: category for category in FeedbackCategory.objects.in_default_locale()}
    for topic_order, (topic_fi, topic_en, entries) in enumerate(TOPICS, start=1):
        topic, _created = FAQTopic.objects.get_or_create(
            locale=fi, title=topic_fi, defaults={"sort_order": topic_order * 10}
        )
        if topic.get_translation_or_none(en) is None:
            translation = topic.copy_for_translation(en)
            translation.title = topic_en
            translation.save()
        for order, (code, question_fi, answer_fi, question_en, answer_en) in enumerate(entries, start=1):
            if FAQ.objects.filter(locale=fi, question=question_fi).exists():
                continue
            linked = [categories[code]] if code in categories else []
            faq = FAQ(locale=fi, topic=topic, question=question_fi, answer=answer_fi, sort_order=order * 10)
            faq.categories = linked
            faq.save()
            faq.save_revision().publish()
            english = faq.copy_for_translation(en)
            english.topic = topic.get_translation(en)
            english.question, english.answer = question_en, answer_en
            english.categories = linked
            english.save()
            english.save_revision().publish()


def load_faq_demo_data(homes):
    grant_editor_permissions(FAQ, ["add", "change", "delete", "publish"])
    grant_editor_permissions(FAQTopic, ["add", "change", "delete"])
    ensure_faqs(Locale.objects.get(language_code="fi"), Locale.objects.get(language_code="en"))
    ensure_faq_index_pages(homes)
