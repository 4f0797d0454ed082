"""The city's replies, (Finnish, English). The loader signs each with the responsible unit's name.

``ACTIONS`` are per category: ``scheduled`` acknowledges a report and says what happens next, ``fixed`` tells
that it was dealt with. The other replies fit any category.
"""

ACTIONS = {
    "bus-services": {
        "scheduled": (
            "Kiitos palautteesta. Olemme välittäneet sen liikennöitsijälle ja selvitämme vuoron tapahtumat.",
            "Thank you for your feedback. We have passed it to the bus operator and are looking into the trip.",
        ),
        "fixed": (
            "Selvitimme asian liikennöitsijän kanssa. Kuljettajia on ohjeistettu, ja vuoron aikataulua seurataan.",
            "We went through this with the bus operator. Drivers have been briefed and the timetable is being "
            "monitored.",
        ),
    },
    "public-transport-tickets": {
        "scheduled": (
            "Kiitos ilmoituksesta. Maksujärjestelmän toimittaja selvittää vikaa.",
            "Thank you for letting us know. The payment system supplier is investigating the fault.",
        ),
        "fixed": (
            "Vika on korjattu. Jos maksu veloitettiin ilman latausta, se palautetaan tilillesi viikon kuluessa.",
            "The fault has been fixed. If you were charged without a top-up, the money is returned within a week.",
        ),
    },
    "bus-stops": {
        "scheduled": (
            "Kiitos ilmoituksesta. Pysäkin kunnossapitäjä käy paikalla tällä viikolla.",
            "Thank you for the report. The stop maintenance contractor will visit this week.",
        ),
        "fixed": (
            "Pysäkki on nyt kunnostettu. Kiitos, että ilmoitit.",
            "The stop has now been repaired. Thank you for reporting it.",
        ),
    },
    "winter-maintenance": {
        "scheduled": (
            "Kiitos ilmoituksesta. Kohde on lisätty aurauksen ja liukkaudentorjunnan työjonoon.",
            "Thank you for the report. The spot has been added to the ploughing and gritting work queue.",
        ),
        "fixed": (
            "Kohde on nyt aurattu ja hiekoitettu. Kiitos ilmoituksesta.",
            "The spot has now been ploughed and gritted. Thank you for the report.",
        ),
    },
    "potholes-and-pavements": {
        "scheduled": (
            "Kiitos ilmoituksesta. Vaurio on merkitty korjattavaksi, ja paikkaus tehdään kahden viikon kuluessa.",
            "Thank you for the report. The damage has been marked for repair and will be patched within two weeks.",
        ),
        "fixed": (
            "Vaurio on korjattu. Kiitos, että ilmoitit siitä.",
            "The damage has been repaired. Thank you for reporting it.",
        ),
    },
    "street-lighting": {
        "scheduled": (
            "Kiitos ilmoituksesta. Vikailmoitus on välitetty valaistusurakoitsijalle.",
            "Thank you for the report. The fault has been passed to the street lighting contractor.",
        ),
        "fixed": (
            "Valaisin on korjattu ja palaa taas. Kiitos ilmoituksesta.",
            "The light has been repaired and is working again. Thank you for the report.",
        ),
    },
    "parks-and-trees": {
        "scheduled": (
            "Kiitos ilmoituksesta. Puistotyöryhmä käy kohteessa lähipäivinä.",
            "Thank you for the report. The park crew will visit the spot in the coming days.",
        ),
        "fixed": (
            "Puistotyöryhmä on käynyt paikalla ja korjannut asian. Kiitos ilmoituksesta.",
            "The park crew has been to the spot and dealt with it. Thank you for the report.",
        ),
    },
    "waste-collection": {
        "scheduled": (
            "Kiitos ilmoituksesta. Olemme pyytäneet kuljetusurakoitsijaa hoitamaan asian.",
            "Thank you for the report. We have asked the collection contractor to deal with it.",
        ),
        "fixed": (
            "Astiat on tyhjennetty ja urakoitsijan kanssa on sovittu, ettei sama toistu.",
            "The bins have been emptied and we have agreed with the contractor that it won't happen again.",
        ),
    },
    "littering": {
        "scheduled": (
            "Kiitos ilmoituksesta. Siivous on tilattu alueen kunnossapitäjältä.",
            "Thank you for the report. A clean-up has been ordered from the area's maintenance contractor.",
        ),
        "fixed": (
            "Alue on siivottu. Kiitos, että ilmoitit.",
            "The area has been cleaned up. Thank you for reporting it.",
        ),
    },
    "sports-facilities": {
        "scheduled": (
            "Kiitos palautteesta. Liikuntapaikan hoitaja tarkistaa asian.",
            "Thank you for your feedback. The facility's caretaker will check it.",
        ),
        "fixed": (
            "Asia on korjattu liikuntapaikalla. Tervetuloa uudelleen!",
            "It has been fixed at the facility. Welcome back!",
        ),
    },
    "libraries-and-culture": {
        "scheduled": (
            "Kiitos palautteesta. Käymme asian läpi talon henkilökunnan kanssa.",
            "Thank you for your feedback. We will go through it with the staff.",
        ),
        "fixed": (
            "Kiitos palautteesta. Asia on korjattu, ja seuraamme tilannetta.",
            "Thank you for your feedback. It has been fixed and we are keeping an eye on it.",
        ),
    },
    "health-services": {
        "scheduled": (
            "Kiitos palautteesta. Se on välitetty yksikön esihenkilölle käsiteltäväksi.",
            "Thank you for your feedback. It has been passed to the unit's manager.",
        ),
        "fixed": (
            "Palautteesi on käsitelty yksikössä, ja toimintatapoja on tarkennettu. Kiitos, että kerroit.",
            "Your feedback has been discussed in the unit and our practices have been clarified. Thank you for "
            "telling us.",
        ),
    },
    "social-services": {
        "scheduled": (
            "Kiitos palautteesta. Vastaava työntekijä ottaa sinuun yhteyttä.",
            "Thank you for your feedback. The worker in charge will contact you.",
        ),
        "fixed": (
            "Asia on käsitelty, ja olemme olleet sinuun yhteydessä. Kiitos palautteesta.",
            "The matter has been handled and we have been in touch with you. Thank you for your feedback.",
        ),
    },
    "other": {
        "scheduled": (
            "Kiitos palautteesta. Olemme välittäneet sen asiasta vastaavalle taholle.",
            "Thank you for your feedback. We have passed it to the people responsible.",
        ),
        "fixed": (
            "Asia on nyt hoidettu. Kiitos palautteesta.",
            "This has now been taken care of. Thank you for your feedback.",
        ),
    },
}

THANKS = [
    ("Kiitos kauniista sanoista! Välitämme ne tekijöille.", "Thank you for your kind words! We will pass them on."),
    (
        "Lämmin kiitos palautteesta. On hienoa kuulla, että olet ollut tyytyväinen.",
        "Many thanks for your feedback. It's great to hear you were happy.",
    ),
]

PROPOSAL_CONSIDERED = [
    (
        "Kiitos ehdotuksesta. Otamme sen huomioon ensi vuoden suunnittelussa ja talousarviossa.",
        "Thank you for the proposal. We will take it into account in next year's planning and budget.",
    ),
    (
        "Kiitos hyvästä ideasta. Selvitämme toteutusmahdollisuudet ja kustannukset.",
        "Thank you for a good idea. We will look into whether and how it can be done, and what it would cost.",
    ),
]

DECLINED = [
    (
        "Kiitos palautteesta. Emme valitettavasti voi toteuttaa tätä nykyisellä määrärahalla.",
        "Thank you for your feedback. Unfortunately we can't do this within the current budget.",
    ),
]

WAITING = [
    (
        "Kiitos ilmoituksesta. Voisitko kertoa tarkemmin, missä kohdassa asia on? Kuva auttaisi.",
        "Thank you for the report. Could you tell us more precisely where it is? A photo would help.",
    ),
]

FORWARDED = [
    (
        "Kohde on yksityisellä maalla. Olemme välittäneet ilmoituksen kiinteistön omistajalle.",
        "The spot is on private land. We have passed the report to the property owner.",
    ),
]
