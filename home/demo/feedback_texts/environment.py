"""Parks and trees, waste collection and littering."""

from feedback_plugin.models import Kind

from . import CategoryTexts, Text

PARKS = {
    Kind.FEEDBACK: [
        Text(
            "Kaatunut puu polulla {at}",
            "Tuulen jälkeen {at} on kaatunut iso koivu kävelypolun poikki. Polulta joutuu kiertämään metsän kautta.",
            "Fallen tree across the path {at}",
            "After the wind a big birch has fallen across the footpath {at}. You have to go round through the woods.",
            photo="fallen_tree",
        ),
        Text(
            "Keinun ketju katkennut {at}",
            "Leikkipaikan keinun ketju on katkennut {at}. Keinu on vaarallinen lapsille, joten se kannattaisi "
            "poistaa käytöstä.",
            "Swing chain broken {at}",
            "The chain of a playground swing has snapped {at}. The swing is dangerous for children and should "
            "be taken out of use.",
        ),
        Text(
            "Nurmikko leikkaamatta {at}",
            "Nurmikko {at} on kasvanut polven korkuiseksi. Viimeksi se leikattiin ennen juhannusta.",
            "Grass not mown {at}",
            "The grass {at} has grown knee-high. It was last mown before Midsummer.",
            season="summer",
        ),
        Text(
            "Katkennut oksa roikkuu {at}",
            "Puusta on katkennut iso oksa, joka roikkuu kävelytien yllä {at}. Se voi pudota ohikulkijan päälle.",
            "Broken branch hanging {at}",
            "A big branch has broken off a tree and hangs over the footpath {at}. It could fall on someone.",
            photo="fallen_tree",
        ),
    ],
    Kind.THANKS: [
        Text(
            "Kiitos kukkaistutuksista {at}",
            "Kesäkukat {at} ovat tänä vuonna upeita. Kiitos puistotyöntekijöille!",
            "Thanks for the flower beds {at}",
            "The summer flowers {at} are wonderful this year. Thanks to the park staff!",
            season="summer",
        ),
        Text(
            "Kiitos uudesta leikkipaikasta {at}",
            "Uusi leikkipaikka {at} on lasten suosikki. Kävimme siellä {when}, ja kaikki oli siistiä ja ehjää.",
            "Thanks for the new playground {at}",
            "The new playground {at} is the children's favourite. We were there {when} and everything was clean "
            "and in good repair.",
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Lisää penkkejä {at}",
            "Kävelyreitillä {at} ei ole juuri penkkejä. Iäkkäille olisi tärkeää päästä välillä lepäämään.",
            "More benches {at}",
            "There are hardly any benches {at}. Older people need somewhere to rest along the way.",
        ),
        Text(
            "Aidattu koira-aitaus {at}",
            "Ehdotan aidattua koira-aitausta {at}. Alueella on paljon koiranomistajia, ja lähin aitaus on kaukana.",
            "A fenced dog park {at}",
            "I propose a fenced dog park {at}. There are lots of dog owners nearby and the closest one is far away.",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Saako {at} grillata?",
            "Saako {at} grillata omalla kertakäyttögrillillä? Onko alueella kiinteitä grillipaikkoja?",
            "Is barbecuing allowed {at}?",
            "May we use a disposable barbecue {at}? Are there any fixed barbecue spots in the area?",
            season="summer",
            answer=(
                "Kertakäyttögrilliä saa käyttää nurmikolla, kun se nostetaan irti maasta eikä ole metsäpalovaroitusta. "
                "Kiinteät grillipaikat on merkitty puiston karttaan.",
                "A disposable barbecue may be used on the lawn when it is raised off the ground and there is no "
                "forest fire warning. Fixed barbecue spots are marked on the park map.",
            ),
        ),
        Text(
            "Miksi puita kaadettiin {at}?",
            "Huomasin {when}, että {at} on kaadettu useita isoja puita. Miksi ne kaadettiin?",
            "Why were trees felled {at}?",
            "I noticed {when} that several big trees have been felled {at}. Why were they cut down?",
            answer=(
                "Puut kaadettiin, koska ne olivat lahoja ja vaarassa kaatua polulle. Tilalle istutetaan uusia "
                "puita ensi keväänä.",
                "The trees were felled because they were rotten and at risk of falling onto the path. New trees "
                "will be planted next spring.",
            ),
        ),
    ],
}

WASTE = {
    Kind.FEEDBACK: [
        Text(
            "Ekopisteen astiat täynnä {at}",
            "Ekopisteen pahvi- ja muoviastiat {at} ovat täynnä, ja roskia on jo maassa astioiden vieressä.",
            "Recycling point bins full {at}",
            "The cardboard and plastic bins at the recycling point {at} are full, and rubbish is piling up on "
            "the ground next to them.",
            photo="litter",
        ),
        Text(
            "Jäteastia jäi tyhjentämättä {at}",
            "Taloyhtiömme sekajäteastia {at} jäi tällä viikolla tyhjentämättä, vaikka se oli tyhjennyslistalla.",
            "Bin not emptied {at}",
            "Our housing company's mixed-waste bin {at} wasn't emptied this week, although it was on the schedule.",
        ),
        Text(
            "Jäteauto ajoi nurmikon yli {at}",
            "Jäteauto peruutti {when} nurmikon yli {at} ja jätti syvät urat. Nurmikko pitäisi korjata.",
            "Waste lorry drove over the lawn {at}",
            "The waste lorry reversed over the lawn {at} {when} and left deep ruts. The lawn should be repaired.",
        ),
    ],
    Kind.QUESTION: [
        Text(
            "Mihin vanhat paristot voi viedä?",
            "Meille on kertynyt paristoja ja pieniä sähkölaitteita. Mihin ne voi viedä lähellä keskustaa?",
            "Where can I take old batteries?",
            "We have collected batteries and small electrical devices. Where can we take them near the centre?",
            where="",
            answer=(
                "Paristot voi palauttaa maksutta kauppojen keräyslaatikoihin. Pienet sähkölaitteet otetaan "
                "vastaan jäteasemilla ja isoimmissa elektroniikkaliikkeissä.",
                "Batteries can be returned free of charge to the collection boxes in shops. Small electrical "
                "devices are taken at the waste stations and larger electronics shops.",
            ),
        ),
        Text(
            "Muuttuuko tyhjennysväli kesällä?",
            "Biojäte haisee kesähelteellä jo viikossa. Tyhjennetäänkö biojäteastiat kesällä useammin?",
            "Does the emptying interval change in summer?",
            "In the summer heat, food waste smells within a week. Are the bio-waste bins emptied more often in summer?",
            where="",
            season="summer",
            answer=(
                "Biojäteastiat tyhjennetään kesä–elokuussa viikon välein. Taloyhtiö voi tilata tiheämmän "
                "tyhjennyksen jätehuollon asiakaspalvelusta.",
                "Bio-waste bins are emptied weekly from June to August. A housing company can order more "
                "frequent emptying from waste management.",
            ),
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Tekstiilinkeräys ekopisteeseen {at}",
            "Ekopisteeseen {at} olisi hyvä saada tekstiilinkeräysastia. Nyt vanhat vaatteet pitää viedä "
            "autolla jäteasemalle.",
            "Textile collection at the recycling point {at}",
            "The recycling point {at} would benefit from a textile bin. Now old clothes have to be driven to "
            "the waste station.",
        ),
    ],
}

LITTERING = {
    Kind.FEEDBACK: [
        Text(
            "Paljon roskia {at}",
            "Viikonlopun jälkeen {at} on paljon pulloja, pizzalaatikoita ja muuta roskaa. Lokit levittävät "
            "niitä ympäriinsä.",
            "Lots of litter {at}",
            "After the weekend there are lots of bottles, pizza boxes and other litter {at}. Gulls spread them around.",
            photo="litter",
        ),
        Text(
            "Roskakori täynnä {at}",
            "Roskakori {at} on ollut täynnä jo monta päivää, ja tuuli levittää roskia nurmikolle.",
            "Bin overflowing {at}",
            "The litter bin {at} has been full for days and the wind blows rubbish across the grass.",
            photo="litter",
        ),
        Text(
            "Luvaton kaatopaikka {at}",
            "Joku on jättänyt {at} vanhan sohvan, patjan ja jätesäkkejä. Tavarat ovat olleet siellä jo viikon.",
            "Illegal dumping {at}",
            "Someone has dumped an old sofa, a mattress and rubbish bags {at}. They have been there for a week.",
            photo="litter",
        ),
        Text(
            "Lasinsiruja pyörätiellä {at}",
            "Pyörätiellä {at} on rikottuja pulloja. Huomasin ne {when}, ja pyörän rengas meni melkein puhki.",
            "Broken glass on the cycle path {at}",
            "There are smashed bottles on the cycle path {at}. I noticed them {when} and nearly got a puncture.",
            where="street",
        ),
    ],
    Kind.PROPOSAL: [
        Text(
            "Lisää roskakoreja {at}",
            "Kesällä {at} on paljon ihmisiä, mutta roskakoreja on vain pari. Isommat tai useammat korit "
            "vähentäisivät roskaamista.",
            "More litter bins {at}",
            "In summer there are lots of people {at} but only a couple of bins. Bigger or more bins would cut "
            "down the litter.",
        ),
        Text(
            "Koirankakkapussiautomaatti {at}",
            "Ehdotan koirankakkapussien automaattia {at}. Moni ulkoiluttaa koiraa siellä, ja pusseja unohtuu kotiin.",
            "A dog bag dispenser {at}",
            "I propose a dog waste bag dispenser {at}. Many people walk their dogs there and forget the bags at home.",
        ),
    ],
}

TEXTS = {
    "parks-and-trees": CategoryTexts("park", PARKS),
    "waste-collection": CategoryTexts("street", WASTE),
    "littering": CategoryTexts("park", LITTERING),
}
