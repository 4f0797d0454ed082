"""Sports facilities, libraries and culture."""

from feedback_plugin.models import Kind

from . import CategoryTexts, Text

SPORTS = {
    Kind.FEEDBACK: [
        Text(
            "Ladut huonossa kunnossa {at}",
            "Latu oli {when} jäinen, ja urat olivat kadonneet {at}. Latukone ei ole käynyt useaan päivään.",
            "Ski tracks in poor condition {at}",
            "The track was icy {when} and the grooves had gone {at}. The grooming machine hasn't been round for days.",
            where="ski",
            season="winter",
        ),
        Text(
            "Suihkuista tulee vain kylmää vettä {at}",
            "Pukuhuoneen suihkuista {at} tuli {when} vain kylmää vettä. Sama vika oli jo viime viikolla.",
            "Only cold water in the showers {at}",
            "The changing-room showers {at} had only cold water {when}. It was the same last week.",
            where="hall",
        ),
        Text(
            "Kentän valot eivät syty {at}",
            "Kentän valaistus ei syttynyt {when} ollenkaan {at}. Harjoitukset jouduttiin perumaan pimeän takia.",
            "Floodlights don't come on {at}",
            "The floodlights didn't come on at all {at} {when}. Training had to be cancelled because of the dark.",
            where="field",
            season="dark",
        ),
        Text(
            "Lasinsiruja tekonurmella {at}",
            "Tekonurmella {at} on rikottuja pulloja maalin edessä. Lapset pelaavat siellä iltaisin.",
            "Broken glass on the artificial pitch {at}",
            "There are smashed bottles on the artificial pitch {at} in front of the goal. Children play there in "
            "the evenings.",
            where="field",
            season="summer",
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos hienoista laduista {at}",
            "Hiihdin {when} {at}, ja ladut olivat täydellisessä kunnossa. Kiitos latujen tekijöille!",
            "Thanks for the great ski tracks {at}",
            "The tracks {at} were in perfect condition {when}. Thanks to the people who groom them!",
            where="ski",
            season="winter",
        ),
        Text(
            "Kiitos siisteistä tiloista {at}",
            "Kävin {when} {at}, ja pukuhuoneet olivat siistit ja henkilökunta ystävällistä. Kiitos!",
            "Thanks for the clean facilities {at}",
            "I was {at} {when}; the changing rooms were clean and the staff friendly. Thank you!",
            where="hall",
        ),
        Text(
            "Kiitos hyvin hoidetusta kentästä {at}",
            "Kenttä {at} on tänä kesänä ollut erinomaisessa kunnossa. Junioreiden harjoitukset sujuvat hyvin.",
            "Thanks for the well-kept field {at}",
            "The field {at} has been in excellent condition this summer. Junior training is going well.",
            where="field",
            season="summer",
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Aamuvuoro kello kuudelta {at}",
            "Ehdotan, että {at} olisi arkisin aamuvuoro jo kuudelta, jotta ehtisi uimaan ennen töitä.",
            "Opening at six in the morning {at}",
            "I propose opening at six on weekday mornings {at}, so people can swim before work.",
            where="hall",
        ),
        Text(
            "Valaistu latu myös iltaisin {at}",
            "Latuvalot sammuvat {at} jo kello 21. Moni hiihtää töiden jälkeen, joten valot voisivat palaa "
            "kello 22 asti.",
            "Keep the ski track lights on later {at}",
            "The track lights go off {at} at 9 pm. Many people ski after work, so the lights could stay on "
            "until 10 pm.",
            where="ski",
            season="winter",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Milloin ladut avataan {at}?",
            "Lunta on jo tullut. Milloin ladut avataan {at} tänä talvena?",
            "When will the ski tracks open {at}?",
            "Snow has already come. When will the tracks open {at} this winter?",
            where="ski",
            season="winter",
            answer=(
                "Ladut avataan, kun lunta on vähintään 20 senttiä ja maa on roudassa. Latutilanteen näet "
                "kaupungin latukartasta.",
                "The tracks open when there is at least 20 cm of snow and the ground is frozen. The ski track "
                "map shows the current situation.",
            ),
        ),
        Text(
            "Onko {at} esteetön kulku?",
            "Käytän pyörätuolia. Pääseekö {at} pukuhuoneisiin ja altaalle ilman portaita?",
            "Is there step-free access {at}?",
            "I use a wheelchair. Can I get to the changing rooms and the pool {at} without stairs?",
            where="hall",
            answer=(
                "Sisäänkäynniltä on hissi pukuhuoneisiin, ja esteetön pukuhuone on aulan vieressä. Altaalle on "
                "nostolaite, jota henkilökunta auttaa käyttämään.",
                "There is a lift from the entrance to the changing rooms and an accessible changing room by the "
                "lobby. The pool has a hoist that the staff will help with.",
            ),
        ),
    ],
}

LIBRARIES = {
    Kind.FEEDBACK: [
        Text(
            "Lukusalissa kuuma ja tunkkaista {at}",
            "Lukusali on {at} todella kuuma ja tunkkainen. Kävin {when}, eikä siellä voinut keskittyä.",
            "Reading room hot and stuffy {at}",
            "The reading room {at} is really hot and stuffy. I was there {when} and couldn't concentrate.",
            where="library",
        ),
        Text(
            "Konsertin äänentoistossa ongelmia {at}",
            "Konsertissa {at} {when} äänentoisto särisi koko ensimmäisen puoliajan. Muuten ilta oli hieno.",
            "Sound problems at the concert {at}",
            "At the concert {at} {when} the sound crackled for the whole first half. Otherwise a fine evening.",
            where="venue",
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos satutunnista {at}",
            "Lasten satutunti {at} oli {when} ihana. Lapset puhuvat siitä vieläkin. Kiitos!",
            "Thanks for the story hour {at}",
            "The children's story hour {at} {when} was lovely. The children still talk about it. Thank you!",
            where="library",
        ),
        Text(
            "Kiitos hienosta näyttelystä {at}",
            "Kävimme {when} katsomassa uutta näyttelyä {at}. Opastus oli innostava ja sopi myös lapsille.",
            "Thanks for a great exhibition {at}",
            "We saw the new exhibition {at} {when}. The guided tour was inspiring and suited children too.",
            where="venue",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Kirjastojen aukioloajat kesällä",
            "Ovatko kirjastot kesällä auki normaalisti, vai onko lähikirjastoilla kesätauko?",
            "Library opening hours in summer",
            "Are the libraries open as usual in summer, or do the local libraries close for a summer break?",
            answer=(
                "Pääkirjasto on auki koko kesän lyhennetyin aukioloajoin. Lähikirjastot ovat omatoimikirjastoina "
                "auki heinäkuussa.",
                "The main library is open all summer with shorter hours. Local libraries are open as self-service "
                "libraries in July.",
            ),
        ),
        Text(
            "Voiko kirjastossa tulostaa?",
            "Tarvitsisin tulostaa muutaman sivun. Onko kirjastossa tulostin asiakkaiden käyttöön ja mitä se maksaa?",
            "Can I print at the library?",
            "I need to print a few pages. Is there a printer for customers at the library, and what does it cost?",
            answer=(
                "Kaikissa kirjastoissa on asiakastulostin. Tulostaminen maksaa 20 senttiä sivulta, ja sen voi "
                "maksaa kirjastokortilla.",
                "Every library has a printer for customers. Printing costs 20 cents a page and can be paid with "
                "your library card.",
            ),
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Omatoimikirjasto auki sunnuntaisin {at}",
            "Ehdotan, että omatoimikirjasto {at} olisi auki myös sunnuntaisin. Silloin monella olisi aikaa käydä.",
            "Open the self-service library on Sundays {at}",
            "I propose that the self-service library {at} is open on Sundays too. Many people have time then.",
            where="library",
        ),
        Text(
            "Ilmaisia ulkokonsertteja kesäiltoihin",
            "Ehdotan ilmaisia ulkokonsertteja Väinölänniemelle kesäiltoihin. Ne toisivat ihmisiä rannalle.",
            "Free open-air concerts on summer evenings",
            "I propose free open-air concerts at Väinölänniemi on summer evenings. They would bring people to "
            "the shore.",
            season="summer",
        ),
    ],
}

TEXTS = {
    "sports-facilities": CategoryTexts("sport", SPORTS),
    "libraries-and-culture": CategoryTexts("", LIBRARIES),
}
