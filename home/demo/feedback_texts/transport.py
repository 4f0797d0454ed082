"""Public transport: buses, tickets and stops."""

from feedback_plugin.models import Kind

from . import CategoryTexts, Text

BUS_SERVICES = {
    Kind.FEEDBACK: [
        Text(
            "Linjan {line} vuoro jäi tulematta",
            "Odotin {when} linjan {line} bussia, mutta se ei tullut lainkaan. Seuraava tuli vasta puolen tunnin "
            "päästä, ja myöhästyin töistä.",
            "Line {line} bus never came",
            "I waited {when} for the line {line} bus, but it never came. The next one was half an hour later and "
            "I was late for work.",
        ),
        Text(
            "Linja {line} myöhässä joka aamu",
            "Linja {line} on ollut jo viikon ajan 10–15 minuuttia myöhässä aamuruuhkassa. Vaihtoyhteys torilla ei "
            "ehdi.",
            "Line {line} late every morning",
            "For a week now, line {line} has been 10–15 minutes late in the morning rush. I miss my connection "
            "at the market square.",
        ),
        Text(
            "Linjan {line} kuljettaja ajoi pysäkin ohi",
            "Seisoin pysäkillä ja viittasin, mutta linjan {line} kuljettaja ajoi ohi {when}. Pysäkillä oli "
            "muitakin odottamassa.",
            "Line {line} driver drove past the stop",
            "I stood at the stop and waved, but the line {line} driver drove past {when}. Others were waiting too.",
        ),
        Text(
            "Linjan {line} iltapäivävuorot täynnä",
            "Linjan {line} iltapäivän vuorot ovat niin täynnä, että kaikki eivät mahdu kyytiin. Koulujen "
            "loppumisaikaan tarvittaisiin lisävuoro.",
            "Line {line} afternoon buses are full",
            "The line {line} afternoon buses are so full that not everyone gets on. An extra bus is needed when "
            "schools finish.",
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos ystävälliselle kuljettajalle, linja {line}",
            "Linjan {line} kuljettaja odotti {when}, kun juoksin pysäkille lastenvaunujen kanssa, ja auttoi "
            "vaunut kyytiin. Kiitos!",
            "Thanks to the kind driver on line {line}",
            "The line {line} driver waited {when} while I ran to the stop with a pram, and helped me get it on "
            "board. Thank you!",
        ),
        Text(
            "Kiitos uusista sähköbusseista linjalla {line}",
            "Linjan {line} uudet sähköbussit ovat hiljaisia ja siistejä. Matkustaminen on paljon mukavampaa.",
            "Thanks for the new electric buses on line {line}",
            "The new electric buses on line {line} are quiet and clean. Travelling is much nicer now.",
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Myöhäisempi vuoro linjalle {line}",
            "Ehdotan, että linjalle {line} lisättäisiin lähtö noin kello 23.30. Nyt viimeinen lähtee liian "
            "aikaisin, jos on iltavuorossa.",
            "A later departure for line {line}",
            "I propose adding a departure on line {line} at about 23:30. The last one now leaves too early for "
            "people on evening shifts.",
        ),
        Text(
            "Sunnuntaivuoroja linjalle {line}",
            "Linja {line} ei kulje sunnuntaisin ollenkaan. Edes muutama vuoro päivässä auttaisi monia, joilla "
            "ei ole autoa.",
            "Sunday service on line {line}",
            "Line {line} doesn't run on Sundays at all. Even a few departures a day would help many people "
            "without a car.",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Miksi linjan {line} reittiä muutettiin?",
            "Linja {line} ei enää kulje Haapaniemenkadun kautta. Miksi reittiä muutettiin ja onko muutos pysyvä?",
            "Why was the line {line} route changed?",
            "Line {line} no longer runs along Haapaniemenkatu. Why was the route changed, and is the change permanent?",
            answer=(
                "Reittiä muutettiin tilapäisesti Haapaniemenkadun katutöiden ajaksi. Alkuperäinen reitti palaa "
                "käyttöön, kun työt valmistuvat.",
                "The route was changed for the duration of the street works on Haapaniemenkatu. The original "
                "route returns when the works are finished.",
            ),
        ),
        Text(
            "Saako linjan {line} bussiin ottaa polkupyörän?",
            "Haluaisin kulkea linjalla {line} osan matkasta ja pyöräillä loput. Saako pyörän ottaa bussiin?",
            "Can I take a bicycle on the line {line} bus?",
            "I'd like to take line {line} for part of the way and cycle the rest. Can I bring my bike on the bus?",
            answer=(
                "Polkupyörän voi ottaa mukaan, jos bussissa on tilaa. Lastenvaunut ja pyörätuolit ovat etusijalla.",
                "You can bring a bicycle if there is room on the bus. Prams and wheelchairs go first.",
            ),
        ),
    ],
}

TICKETS = {
    Kind.FEEDBACK: [
        Text(
            "Matkakortin lataus ei onnistu verkossa",
            "Yritin ladata matkakorttia verkkokaupassa {when}, mutta maksu keskeytyi joka kerta. Raha lähti "
            "tililtä, mutta kortille ei tullut arvoa.",
            "Topping up my travel card online fails",
            "I tried to top up my travel card in the online shop {when}, but the payment stopped every time. "
            "The money left my account but the card got no value.",
        ),
        Text(
            "Mobiililippu ei auennut bussissa",
            "Ostin mobiililipun sovelluksella, mutta se ei auennut {when} bussissa. Kuljettaja päästi kyytiin, "
            "mutta sovellus pitäisi korjata.",
            "Mobile ticket didn't open on the bus",
            "I bought a mobile ticket in the app, but it didn't open on the bus {when}. The driver let me on, "
            "but the app should be fixed.",
        ),
        Text(
            "Lipunlukija ei lue korttia",
            "Bussin lipunlukija ei lukenut matkakorttiani {when}, vaikka kortilla on kautta jäljellä. Sama "
            "toistui kahdessa eri bussissa.",
            "Card reader doesn't read my card",
            "The card reader on the bus didn't read my travel card {when}, although the card has a valid "
            "season. The same happened on two buses.",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Saako opiskelija-alennuksen myös kesällä?",
            "Olen opiskelija ja kesätöissä. Onko opiskelijahintainen kausilippu voimassa myös kesäkuukausina?",
            "Is the student discount valid in summer?",
            "I'm a student with a summer job. Is the student season ticket valid in the summer months too?",
            answer=(
                "Opiskelija-alennus on voimassa koko vuoden, kun opiskelijaoikeus on merkitty matkakortille. "
                "Oikeus tarkistetaan kerran lukuvuodessa.",
                "The student discount is valid all year once the student right is on your travel card. It is "
                "checked once per academic year.",
            ),
        ),
        Text(
            "Miten kadonneen matkakortin arvo siirretään?",
            "Kadotin matkakorttini, jolla oli arvoa noin 30 euroa. Saako arvon siirrettyä uudelle kortille?",
            "How do I move the value of a lost travel card?",
            "I lost my travel card, which had about 30 euros on it. Can the value be moved to a new card?",
            answer=(
                "Henkilökohtaisen kortin arvo siirretään uudelle kortille palvelupisteessä. Ota mukaan "
                "henkilöllisyystodistus; uusi kortti maksaa 5 euroa.",
                "The value of a personal card is moved to a new card at the service point. Bring an ID; a new "
                "card costs 5 euros.",
            ),
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Lähimaksu busseihin",
            "Olisi kätevää, jos bussissa voisi maksaa suoraan pankkikortilla lähimaksuna. Monessa kaupungissa "
            "tämä on jo käytössä.",
            "Contactless payment on buses",
            "It would be handy to pay on the bus with a contactless bank card. Many cities already have this.",
        ),
        Text(
            "Vuorokausilippu matkailijoille",
            "Kesällä kaupungissa on paljon matkailijoita. Vuorokausilippu sovellukseen helpottaisi heidän "
            "liikkumistaan.",
            "A day ticket for visitors",
            "There are many visitors in summer. A day ticket in the app would make it easier for them to get around.",
        ),
    ],
}

BUS_STOPS = {
    Kind.FEEDBACK: [
        Text(
            "Katoksen lasi rikki {at}",
            "Pysäkkikatoksen sivulasi on rikottu {at}. Lasinsiruja on maassa ja penkillä, ja lapset odottavat "
            "siinä koulubussia.",
            "Shelter glass broken {at}",
            "The side glass of the shelter has been smashed {at}. There is broken glass on the ground and on "
            "the bench, and children wait there for the school bus.",
        ),
        Text(
            "Aikataulunäyttö pimeänä {at}",
            "Sähköinen aikataulunäyttö {at} on ollut pimeänä jo useamman päivän. Ei tiedä, milloin seuraava "
            "bussi tulee.",
            "Timetable display dark {at}",
            "The electronic timetable display {at} has been dark for several days. You can't tell when the next "
            "bus is coming.",
        ),
        Text(
            "Pysäkin aikataulu vanhentunut {at}",
            "Pysäkin paperiaikataulu {at} on viime vuodelta. Huomasin sen {when}, kun bussi ei tullut "
            "aikataulun mukaan.",
            "Out-of-date timetable {at}",
            "The printed timetable {at} is from last year. I noticed it {when} when the bus didn't come as listed.",
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Penkki ja katos {at}",
            "Pysäkillä ei ole katosta eikä penkkiä. Moni iäkäs odottaa {at} bussia sateessa seisten. Voisiko "
            "sinne saada katoksen?",
            "A bench and a shelter {at}",
            "There is no shelter or bench. Many older people wait for the bus {at} standing in the rain. Could "
            "a shelter be put up?",
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos uudesta katoksesta {at}",
            "Uusi valaistu katos {at} on todella hyvä. Nyt odottaminen on paljon mukavampaa, kiitos!",
            "Thanks for the new shelter {at}",
            "The new lit shelter {at} is really good. Waiting is much nicer now, thank you!",
        ),
    ],
}

TEXTS = {
    "bus-services": CategoryTexts("", BUS_SERVICES),
    "public-transport-tickets": CategoryTexts("", TICKETS),
    "bus-stops": CategoryTexts("stop", BUS_STOPS),
}
