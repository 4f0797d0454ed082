"""Streets: winter maintenance, potholes and pavements, street lighting."""

from feedback_plugin.models import Kind

from . import CategoryTexts, Text

WINTER = {
    Kind.FEEDBACK: [
        Text(
            "Jalkakäytävä auraamatta {at}",
            "Jalkakäytävä {at} on yhä auraamatta, vaikka lunta satoi jo {when}. Lastenvaunujen kanssa ei pääse "
            "kulkemaan.",
            "Pavement not ploughed {at}",
            "The pavement {at} still hasn't been ploughed although it snowed {when}. You can't get through with "
            "a pram.",
            photo="snowbank",
        ),
        Text(
            "Liukasta {at}, hiekoitusta kaivataan",
            "Kävelytie {at} on peilijäässä. Näin {when} kahden ihmisen kaatuvan. Hiekoitusta tarvittaisiin pikaisesti.",
            "Icy {at}, needs gritting",
            "The footpath {at} is sheer ice. I saw two people fall {when}. It needs gritting urgently.",
        ),
        Text(
            "Aurausvalli tukkii liittymän {at}",
            "Aura-auto jätti {when} korkean vallin tonttiliittymän eteen {at}. Autolla ei pääse pihasta ulos.",
            "Snow bank blocks the driveway {at}",
            "The plough left a high bank across our driveway {at} {when}. We can't get the car out.",
            photo="snowbank",
        ),
        Text(
            "Lumikasa peittää näkyvyyden {at}",
            "Risteyksen kulmaan {at} on kasattu niin korkea lumikasa, ettei tulevia autoja näe. Suojatien "
            "ylittäminen on vaarallista.",
            "Snow pile blocks the view {at}",
            "The snow pile at the corner {at} is so high that you can't see the cars coming. Crossing the road "
            "is dangerous.",
            photo="snowbank",
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos nopeasta aurauksesta {at}",
            "Kadut {at} oli aurattu jo aamukuudelta, vaikka yöllä tuli paljon lunta. Kiitos aurauskuljettajille!",
            "Thanks for the quick ploughing {at}",
            "The streets {at} were ploughed by six in the morning, although a lot of snow fell overnight. Thanks "
            "to the plough drivers!",
        ),
        Text(
            "Kiitos hiekoituksesta {at}",
            "Kävelytiet {at} hiekoitettiin heti, kun keli muuttui liukkaaksi {when}. Hienoa työtä!",
            "Thanks for the gritting {at}",
            "The footpaths {at} were gritted as soon as it turned slippery {when}. Great work!",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Milloin katu aurataan {at}?",
            "Katu {at} on vielä auraamatta. Missä järjestyksessä kadut aurataan, ja milloin tämä katu on vuorossa?",
            "When will the street be ploughed {at}?",
            "The street {at} hasn't been ploughed yet. In what order are streets ploughed, and when is this one due?",
            answer=(
                "Pääkadut ja bussireitit aurataan ensin, yleensä aamuseitsemään mennessä. Asuntokadut aurataan "
                "kahden vuorokauden kuluessa lumisateen päättymisestä.",
                "Main streets and bus routes are ploughed first, usually by 7 am. Residential streets are "
                "ploughed within two days of the snowfall ending.",
            ),
        ),
        Text(
            "Kuka vastaa tonttiliittymän lumitöistä?",
            "Aura-auto jättää joka kerta vallin liittymäämme {at}. Kenen kuuluu se poistaa?",
            "Who clears the snow at a driveway?",
            "The plough leaves a bank at our driveway {at} every time. Whose job is it to clear it?",
            answer=(
                "Tontin omistaja vastaa liittymänsä lumitöistä, myös auran jättämästä vallista. Kaupunki "
                "huolehtii ajoradasta ja jalkakäytävästä.",
                "The property owner clears their own driveway, including the bank the plough leaves. The city "
                "looks after the road and the pavement.",
            ),
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Pyörätie aurattava ensin {at}",
            "Moni pyöräilee talvellakin. Ehdotan, että pyörätie {at} aurattaisiin yhtä aikaa ajoradan kanssa.",
            "Plough the cycle path first {at}",
            "Many people cycle in winter too. I propose that the cycle path {at} is ploughed at the same time as "
            "the road.",
        ),
    ],
}

POTHOLES = {
    Kind.FEEDBACK: [
        Text(
            "Syvä kuoppa ajoradalla {at}",
            "Ajoradalla {at} on syvä kuoppa suojatien kohdalla. Ajoin siihen {when}, ja vanne kolhiintui.",
            "Deep pothole in the road {at}",
            "There is a deep pothole in the road {at} by the pedestrian crossing. I drove into it {when} and "
            "dented a rim.",
            photo="pothole",
        ),
        Text(
            "Jalkakäytävän kivetys irti {at}",
            "Jalkakäytävän kiveys on irronnut {at}, ja siihen kompastuu helposti. Pimeällä paikka on vaarallinen.",
            "Loose paving stones {at}",
            "Paving stones have come loose {at} and it's easy to trip on them. In the dark the spot is dangerous.",
        ),
        Text(
            "Kaivonkansi painunut {at}",
            "Kaivonkansi on painunut ajoradalla {at} noin kymmenen senttiä. Autot väistelevät sitä vastaantulevien "
            "kaistalle.",
            "Sunken manhole cover {at}",
            "A manhole cover has sunk about ten centimetres {at}. Cars swerve into the oncoming lane to avoid it.",
            photo="pothole",
        ),
        Text(
            "Pyörätien asfaltti halkeillut {at}",
            "Pyörätien asfaltti on routinut ja halkeillut {at}. Huomasin {when}, että iso halkeama heittää pyörän "
            "sivuun.",
            "Cracked cycle path {at}",
            "The cycle path asphalt has heaved and cracked {at}. I noticed {when} that a big crack throws the "
            "bike sideways.",
            photo="pothole",
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Reunakiven madaltaminen suojatiellä {at}",
            "Suojatien reunakivi {at} on niin korkea, että rollaattorilla ja pyörätuolilla on vaikea ylittää "
            "katua. Voisiko kiven madaltaa?",
            "Lower the kerb at the crossing {at}",
            "The kerb at the crossing {at} is so high that it's hard to cross with a walker or a wheelchair. "
            "Could it be lowered?",
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos kuopan paikkaamisesta {at}",
            "Ilmoitin kuopasta {at}, ja se paikattiin parissa päivässä. Kiitos nopeasta toiminnasta!",
            "Thanks for fixing the pothole {at}",
            "I reported a pothole {at} and it was patched within a couple of days. Thanks for acting so fast!",
        ),
    ],
}

LIGHTING = {
    Kind.FEEDBACK: [
        Text(
            "Katuvalo ei pala {at}",
            "Katuvalo {at} ei pala. Huomasin sen {when}, ja katu on nyt pimeä koko korttelin matkalta.",
            "Street light out {at}",
            "A street light {at} is out. I noticed it {when}, and the street is now dark for the whole block.",
            photo="streetlight",
        ),
        Text(
            "Useita valoja pimeänä {at}",
            "Kolme peräkkäistä katuvaloa {at} on pimeänä. Kävelen siitä koiran kanssa iltaisin, eikä pimeässä "
            "näe liukkaita kohtia.",
            "Several lights out {at}",
            "Three street lights in a row are out {at}. I walk the dog there in the evenings and you can't see "
            "the icy patches in the dark.",
            photo="streetlight",
        ),
        Text(
            "Katuvalo vilkkuu {at}",
            "Katuvalo {at} vilkkuu koko ajan. Vilkkuminen näkyy asuntoon asti ja häiritsee nukkumista.",
            "Street light flickering {at}",
            "A street light {at} flickers all the time. It shows right into our flat and disturbs our sleep.",
        ),
        Text(
            "Valot palavat päivällä {at}",
            "Katuvalot {at} palavat myös keskellä päivää. Huomasin sen {when}. Onko ajastimessa vikaa?",
            "Lights on during the day {at}",
            "The street lights {at} are on in the middle of the day as well. I noticed it {when}. Is the timer faulty?",
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Valaistusta polulle {at}",
            "Polku {at} on illalla täysin pimeä. Muutama valaisin riittäisi, jotta reittiä voisi käyttää myös "
            "syksyllä ja talvella.",
            "Lighting for the path {at}",
            "The path {at} is completely dark in the evening. A few lights would let people use it in autumn and "
            "winter too.",
            where="park",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Kenen vastuulla pihatien valo on?",
            "Talomme pihatien valo {at} on rikki. Korjaako sen kaupunki vai taloyhtiö?",
            "Who is responsible for the light on our private road?",
            "The light on our private road {at} is broken. Does the city fix it or the housing company?",
            answer=(
                "Kaupunki huolehtii katujen ja yleisten teiden valoista. Pihateiden ja tonttien valot kuuluvat "
                "kiinteistön omistajalle.",
                "The city looks after the lights of streets and public roads. Lights on private roads and "
                "plots belong to the property owner.",
            ),
        ),
    ],
}

TEXTS = {
    "winter-maintenance": CategoryTexts("street", WINTER),
    "potholes-and-pavements": CategoryTexts("street", POTHOLES),
    "street-lighting": CategoryTexts("street", LIGHTING),
}
