"""Places around a Kuopio-like city centre that demo feedback is about, each with its coordinates.

A street has one address in both languages; a park, stop or venue has a place description in each language, as
a resident would type it when there is no street address. ``at_fi``/``at_en`` fill the ``{at}`` slot of a text.
"""

from typing import NamedTuple


class Place(NamedTuple):
    address_fi: str
    address_en: str
    at_fi: str
    at_en: str
    latitude: float
    longitude: float
    tags: frozenset


def street(address, at_fi, latitude, longitude, *tags):
    name = address.rsplit(" ", 1)[0]
    return Place(address, address, at_fi, f"on {name}", latitude, longitude, frozenset({"street", *tags}))


def place(address_fi, address_en, at_fi, at_en, latitude, longitude, *tags):
    return Place(address_fi, address_en, at_fi, at_en, latitude, longitude, frozenset(tags))


PLACES = [
    street("Kauppakatu 40", "Kauppakadulla", 62.89172, 27.68105),
    street("Puijonkatu 23", "Puijonkadulla", 62.89302, 27.67652),
    street("Haapaniemenkatu 20", "Haapaniemenkadulla", 62.89461, 27.67705),
    street("Minna Canthin katu 22", "Minna Canthin kadulla", 62.88983, 27.67701),
    street("Tulliportinkatu 31", "Tulliportinkadulla", 62.89604, 27.68003),
    street("Vuorikatu 14", "Vuorikadulla", 62.89052, 27.67348),
    street("Kuninkaankatu 12", "Kuninkaankadulla", 62.89447, 27.68402),
    street("Asemakatu 3", "Asemakadulla", 62.89718, 27.67751),
    street("Suokatu 26", "Suokadulla", 62.89081, 27.68196),
    street("Maaherrankatu 17", "Maaherrankadulla", 62.89348, 27.68047),
    street("Snellmaninkatu 25", "Snellmaninkadulla", 62.89203, 27.67198),
    street("Kasarmikatu 11", "Kasarmikadulla", 62.88851, 27.67104),
    street("Hatsalankatu 38", "Hatsalankadulla", 62.88798, 27.67853),
    street("Satamakatu 8", "Satamakadulla", 62.89547, 27.69004),
    street("Sepänkatu 5", "Sepänkadulla", 62.88948, 27.68497),
    street("Niiralankatu 40", "Niiralankadulla", 62.88503, 27.66012),
    street("Männistönkatu 14", "Männistönkadulla", 62.90305, 27.68196),
    street("Microkatu 1", "Microkadulla", 62.87952, 27.63697),
    street("Puijonsarventie 60", "Puijonsarventiellä", 62.91201, 27.66503),
    street("Kellolahdentie 10", "Kellolahdentiellä", 62.87703, 27.70502),
    street("Rypysuontie 27", "Rypysuontiellä", 62.87203, 27.64704),
    street("Jynkänlahdentie 5", "Jynkänlahdentiellä", 62.85203, 27.66803),
    place(
        "Väinölänniemi, rantapolku uimarannan luona",
        "Väinölänniemi, shore path by the beach",
        "Väinölänniemen rantapolulla",
        "on the Väinölänniemi shore path",
        62.88802,
        27.69501,
        "park",
    ),
    place(
        "Snellmaninpuisto",
        "Snellmaninpuisto park",
        "Snellmaninpuistossa",
        "in Snellmaninpuisto park",
        62.89102,
        27.67601,
        "park",
    ),
    place(
        "Piispanpuisto, tuomiokirkon vieressä",
        "Piispanpuisto park, next to the cathedral",
        "Piispanpuistossa",
        "in Piispanpuisto park",
        62.89253,
        27.67452,
        "park",
    ),
    place(
        "Valkeisenlammen puisto",
        "Valkeisenlampi park",
        "Valkeisenlammen puistossa",
        "in Valkeisenlampi park",
        62.89851,
        27.67203,
        "park",
    ),
    place(
        "Satamanranta, kävelyreitti",
        "Harbour promenade",
        "satamanrannan kävelyreitillä",
        "on the harbour promenade",
        62.89603,
        27.69302,
        "park",
    ),
    place(
        "Puijon ulkoilureitti, tornin alapuolella",
        "Puijo outdoor trail, below the tower",
        "Puijon ulkoilureitillä",
        "on the Puijo outdoor trail",
        62.90803,
        27.65604,
        "park",
        "ski",
    ),
    place(
        "Kallaveden rantareitti Hatsalan kohdalla",
        "Lakeside path near Hatsala",
        "Kallaveden rantareitillä",
        "on the lakeside path",
        62.88601,
        27.69002,
        "park",
    ),
    place(
        "Väinölänniemen stadion",
        "Väinölänniemi stadium",
        "Väinölänniemen stadionilla",
        "at Väinölänniemi stadium",
        62.88652,
        27.69253,
        "sport",
        "field",
    ),
    place(
        "Puijon hiihtostadion",
        "Puijo ski stadium",
        "Puijon hiihtostadionilla",
        "at Puijo ski stadium",
        62.90904,
        27.65803,
        "sport",
        "ski",
    ),
    place(
        "Kuopion uimahalli",
        "Kuopio swimming hall",
        "uimahallissa",
        "at the swimming hall",
        62.88552,
        27.66352,
        "sport",
        "hall",
    ),
    place(
        "Niiralan jäähalli",
        "Niirala ice hall",
        "Niiralan jäähallissa",
        "at Niirala ice hall",
        62.88253,
        27.65301,
        "sport",
        "hall",
    ),
    place(
        "Hatsalan kenttä",
        "Hatsala sports field",
        "Hatsalan kentällä",
        "at Hatsala sports field",
        62.88652,
        27.67704,
        "sport",
        "field",
    ),
    place(
        "Pääkirjasto, Maaherrankatu 12",
        "Main library, Maaherrankatu 12",
        "pääkirjastossa",
        "at the main library",
        62.89322,
        27.68121,
        "library",
    ),
    place(
        "Männistön kirjasto",
        "Männistö library",
        "Männistön kirjastossa",
        "at Männistö library",
        62.90252,
        27.68253,
        "library",
    ),
    place(
        "Kuopion museo, Kauppakatu 23",
        "Kuopio museum, Kauppakatu 23",
        "Kuopion museossa",
        "at Kuopio museum",
        62.89181,
        27.68382,
        "venue",
    ),
    place(
        "Musiikkikeskus",
        "Music centre",
        "musiikkikeskuksessa",
        "at the music centre",
        62.89152,
        27.68703,
        "venue",
    ),
    place(
        "Torin pysäkki, Haapaniemenkatu",
        "Market square stop, Haapaniemenkatu",
        "torin pysäkillä Haapaniemenkadulla",
        "at the market square stop on Haapaniemenkatu",
        62.89402,
        27.67903,
        "stop",
    ),
    place(
        "Rautatieaseman pysäkki",
        "Railway station stop",
        "rautatieaseman pysäkillä",
        "at the railway station stop",
        62.89681,
        27.67852,
        "stop",
    ),
    place(
        "Sairaalan pysäkki, Puijonlaaksontie",
        "Hospital stop, Puijonlaaksontie",
        "sairaalan pysäkillä Puijonlaaksontiellä",
        "at the hospital stop on Puijonlaaksontie",
        62.90203,
        27.65002,
        "stop",
    ),
    place(
        "Savilahden pysäkki, Microkatu",
        "Savilahti stop, Microkatu",
        "Savilahden pysäkillä Microkadulla",
        "at the Savilahti stop on Microkatu",
        62.88052,
        27.64003,
        "stop",
    ),
    place(
        "Männistön pysäkki, Männistönkatu",
        "Männistö stop, Männistönkatu",
        "Männistön pysäkillä",
        "at the Männistö stop",
        62.90203,
        27.68052,
        "stop",
    ),
]


def places_tagged(tag):
    return [candidate for candidate in PLACES if tag in candidate.tags]


def place_of_address(address):
    """The place whose address or place description (in either language) is ``address``, or None."""
    return next((p for p in PLACES if address in (p.address_fi, p.address_en)), None)
