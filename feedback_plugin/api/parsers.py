"""API v1's JSON parser: DRF's, with the one rule for repeated names (``parameters.py``) applied to JSON objects.

``json`` keeps the last value of a key given twice, so ``{"category": "a", "category": "b"}`` would be stored
as "b", unchecked by anyone who read the request. Here it is a 400 naming the key, as in a multipart body.
"""

import codecs

from rest_framework import exceptions, parsers
from rest_framework.utils import json

from ..parameters import GIVE_FIELD_ONCE


def unique_keys(pairs):
    seen, repeated = set(), []
    for name, _value in pairs:
        if name in seen and name not in repeated:
            repeated.append(name)
        seen.add(name)
    if repeated:
        raise exceptions.ValidationError({name: [GIVE_FIELD_ONCE] for name in repeated})
    return dict(pairs)


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        encoding = parsers.get_encoding(parser_context or {})
        parse_constant = json.strict_constant if self.strict else None
        try:
            return json.load(
                codecs.getreader(encoding)(stream), parse_constant=parse_constant, object_pairs_hook=unique_keys
            )
        except ValueError as exc:
            raise exceptions.ParseError(f"JSON parse error - {exc}") from exc
