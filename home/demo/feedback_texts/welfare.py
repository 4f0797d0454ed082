"""Health and social services (confidential: plausible, but about no real person) and other feedback."""

from feedback_plugin.models import Kind

from . import CategoryTexts, Text

HEALTH = {
    Kind.FEEDBACK: [
        Text(
            "Terveysasemalle ei saa yhteyttä puhelimella",
            "Yritin soittaa terveysasemalle {when}, mutta jono katkesi kolme kertaa. Takaisinsoittopyyntöä ei "
            "voinut jättää.",
            "Can't get through to the health centre by phone",
            "I tried to call the health centre {when}, but the queue cut off three times. There was no way to "
            "ask for a call back.",
        ),
        Text(
            "Pitkä odotus päivystyksessä",
            "Odotin {when} päivystyksessä yli viisi tuntia. Odotustilassa ei kerrottu, kauanko jono vielä kestää.",
            "Long wait at the emergency clinic",
            "I waited over five hours at the emergency clinic {when}. Nobody in the waiting room said how long "
            "the queue would take.",
        ),
        Text(
            "Ajanvaraus verkossa ei toimi",
            "Verkkoajanvaraus näyttää, ettei vapaita aikoja ole, mutta puhelimessa aika löytyi heti. Tiedot "
            "eivät näytä päivittyvän.",
            "Online booking doesn't work",
            "The online booking shows no free appointments, but on the phone I got one straight away. The "
            "information doesn't seem to update.",
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos hyvästä hoidosta",
            "Sain {when} terveysasemalla ystävällistä ja asiantuntevaa hoitoa. Hoitaja otti aikaa selittää "
            "kaiken. Kiitos!",
            "Thanks for the good care",
            "I got friendly, expert care at the health centre {when}. The nurse took the time to explain "
            "everything. Thank you!",
        ),
        Text(
            "Kiitos sujuvasta rokotuksesta",
            "Rokotuspisteellä kaikki sujui {when} nopeasti ja hyvässä järjestyksessä. Henkilökunta oli ystävällistä.",
            "Thanks for a smooth vaccination",
            "At the vaccination point everything went quickly and smoothly {when}. The staff were friendly.",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Miten saan kopion potilastiedoistani?",
            "Tarvitsisin kopion omista potilastiedoistani toista lääkäriä varten. Miten niitä pyydetään?",
            "How do I get a copy of my patient records?",
            "I need a copy of my own patient records for another doctor. How do I ask for them?",
            answer=(
                "Omat tietosi näet Omakanta-palvelusta. Kopion voit pyytää terveysaseman tietopyyntölomakkeella; "
                "pyyntöön vastataan kuukauden kuluessa.",
                "You can see your own records in the national My Kanta service. For a copy, fill in the "
                "health centre's request form; requests are answered within a month.",
            ),
        ),
        Text(
            "Voiko hammaslääkäriajan varata verkossa?",
            "Voiko hammaslääkärin tarkastusajan varata verkossa, vai pitääkö aina soittaa?",
            "Can I book a dentist appointment online?",
            "Can a dental check-up be booked online, or do I always have to call?",
            answer=(
                "Tarkastusajan voi varata verkkoajanvarauksesta. Särky- ja kiireelliset ajat varataan "
                "puhelimitse, jotta hoidon tarve voidaan arvioida.",
                "Check-ups can be booked online. Appointments for toothache and urgent care are booked by phone "
                "so that the need for care can be assessed.",
            ),
        ),
    ],
}

SOCIAL = {
    Kind.FEEDBACK: [
        Text(
            "Hakemuksen käsittely kestää kauan",
            "Jätin hakemuksen kuukausi sitten, enkä ole saanut päätöstä. Puhelinaikana kukaan ei vastaa.",
            "Application is taking a long time",
            "I sent my application a month ago and have had no decision. Nobody answers during the phone hours.",
        ),
        Text(
            "Kotihoidon käynnit myöhässä",
            "Omaiseni kotihoidon käynnit ovat viime viikkoina olleet usein tunteja myöhässä, ja aamulääkkeet "
            "viivästyvät.",
            "Home care visits are late",
            "My relative's home care visits have often been hours late in recent weeks, and the morning "
            "medicines are delayed.",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Miten omaishoidon tukea haetaan?",
            "Hoidan iäkästä omaistani kotona. Miten omaishoidon tukea haetaan ja kauanko käsittely kestää?",
            "How do I apply for informal carer's support?",
            "I care for an elderly relative at home. How do I apply for carer's support, and how long does it take?",
            answer=(
                "Tukea haetaan lomakkeella, jonka jälkeen työntekijä tekee kotikäynnin. Päätös tehdään yleensä "
                "kuukauden kuluessa hakemuksesta.",
                "You apply with a form, after which a worker makes a home visit. A decision is usually made "
                "within a month of the application.",
            ),
        ),
        Text(
            "Mistä saa apua raha-asioihin?",
            "Laskut ovat kasaantuneet, enkä tiedä mistä aloittaa. Mistä saa neuvoa raha-asioiden järjestämiseen?",
            "Where can I get help with money matters?",
            "The bills have piled up and I don't know where to start. Where can I get advice on sorting out my "
            "finances?",
            answer=(
                "Talous- ja velkaneuvonta auttaa maksutta ja luottamuksellisesti. Ajan voi varata puhelimitse, "
                "ja sosiaalityöntekijä voi auttaa kiireellisissä tilanteissa.",
                "The financial and debt advice service helps free of charge and in confidence. You can book by "
                "phone, and a social worker can help in urgent cases.",
            ),
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos sosiaalityöntekijälle",
            "Sain sosiaalityöntekijältä todella hyvää apua vaikeassa tilanteessa. Kiitos, että minua kuunneltiin.",
            "Thanks to the social worker",
            "I got really good help from a social worker in a difficult situation. Thank you for listening to me.",
        ),
    ],
}

OTHER = {
    Kind.FEEDBACK: [
        Text(
            "Työmaa meluaa aamukuudelta {at}",
            "Rakennustyömaalla {at} paukutetaan jo aamukuudelta. Eikö meluavat työt saa aloittaa vasta seitsemältä?",
            "Building site noisy from 6 am {at}",
            "The building site {at} starts banging at six in the morning. Aren't noisy works only allowed from seven?",
            where="street",
        ),
        Text(
            "Kaupungin sivujen haku ei löydä mitään",
            "Hain kaupungin sivuilta {when} sanalla uimahalli, eikä haku löytänyt aukioloaikoja. Haku kaipaa "
            "korjausta.",
            "The city website search finds nothing",
            "I searched the city website for the swimming hall {when} and the search didn't find the opening "
            "hours. It needs fixing.",
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Lisää pyöräpysäköintiä {at}",
            "Pyörätelineet {at} ovat aina täynnä, ja pyörät pysäköidään jalkakäytävälle. Lisää telineitä tarvitaan.",
            "More bike parking {at}",
            "The bike racks {at} are always full and bikes end up on the pavement. More racks are needed.",
            where="street",
        ),
        Text(
            "Juomavesipiste {at}",
            "Kesällä {at} liikkuu paljon ihmisiä. Juomavesipiste olisi tarpeen helteellä.",
            "A drinking fountain {at}",
            "Lots of people are out {at} in summer. A drinking fountain would be welcome in the heat.",
            where="park",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Mistä saa luvan pihakirpputorille?",
            "Taloyhtiömme haluaa järjestää kirpputorin kadun varteen. Tarvitaanko siihen lupa kaupungilta?",
            "Do we need a permit for a street flea market?",
            "Our housing company wants to hold a flea market by the street. Do we need a permit from the city?",
            answer=(
                "Omalla pihalla ei tarvita lupaa. Katualueen käyttöön haetaan maksuton lupa kahta viikkoa ennen "
                "tapahtumaa.",
                "No permit is needed on your own yard. Using the street needs a free permit, applied for two "
                "weeks before the event.",
            ),
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos asiakaspalvelulle",
            "Soitin asiakaspalveluun {when} ja sain heti vastauksen kysymykseeni. Kiitos ystävällisestä palvelusta!",
            "Thanks to customer service",
            "I called customer service {when} and got an answer to my question straight away. Thanks for the "
            "friendly service!",
        ),
    ],
}

TEXTS = {
    "health-services": CategoryTexts("", HEALTH),
    "social-services": CategoryTexts("", SOCIAL),
    "other": CategoryTexts("", OTHER),
}
