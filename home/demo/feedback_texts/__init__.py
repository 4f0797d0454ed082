"""What residents of a Kuopio-like city write, per category and kind, in Finnish and in English, and how the
city replies. The demo loader (``home.demo.feedback_items``) combines these with places and times.

Slots in a text: ``{at}`` a place ("Puijonkadulla" / "on Puijonkatu"), ``{when}`` a time ("eilen illalla" /
"last night") and ``{line}`` a bus line. A text with ``{at}`` needs a place with the text's ``where`` tag.
"""

from typing import NamedTuple

SEASON_MONTHS = {
    "": frozenset(range(1, 13)),
    "winter": frozenset({11, 12, 1, 2, 3}),
    "summer": frozenset({5, 6, 7, 8, 9}),
    "dark": frozenset({9, 10, 11, 12, 1, 2, 3}),
}


class Text(NamedTuple):
    fi_title: str
    fi_description: str
    en_title: str
    en_description: str
    # The tag of the places this text can be about; None: the category's; "": no place at all.
    where: str | None = None
    season: str = ""
    # The city's answer to a question, (Finnish, English).
    answer: tuple = ()
    # What demo_photos can draw of it, for the items that come with a photo.
    photo: str = ""

    def title(self, language):
        return self.fi_title if language == "fi" else self.en_title

    def description(self, language):
        return self.fi_description if language == "fi" else self.en_description


class CategoryTexts(NamedTuple):
    # The tag of the places this category's items are at; "" for items without a location.
    where: str
    # Kind → [Text]; only the kinds a resident plausibly sends in this category.
    kinds: dict


def _collect():
    from . import environment, leisure, streets, transport, welfare

    texts = {}
    for module in (transport, streets, environment, leisure, welfare):
        texts.update(module.TEXTS)
    return texts


TEXTS = _collect()

# Fill the {when} slot; the two lists pair up by position.
WHEN = {
    "fi": ["tänä aamuna", "eilen illalla", "viime viikolla", "tänään iltapäivällä", "viikonloppuna", "eilen"],
    "en": ["this morning", "last night", "last week", "this afternoon", "at the weekend", "yesterday"],
}

BUS_LINES = ["1", "2", "3", "4", "5", "7", "9", "10", "12", "16", "20", "30"]
