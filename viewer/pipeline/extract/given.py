"""Given names and place words for English names printed bare, from Faker's person and address data
(MIT; its name lists for 36 locales of Latin script, its countries, states, counties and street words),
loaded on first use."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

from .registry import LOWER, UPPER

# the locales whose given names are printed in Latin letters in English-language news
LOCALES = (
    "en",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_KE",
    "en_NG",
    "en_NZ",
    "en_PK",
    "en_US",
    "es",
    "es_ES",
    "es_MX",
    "pt_BR",
    "pt_PT",
    "fr_FR",
    "de_DE",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "sw",
    "tw_GH",
    "ha_NG",
    "ig_NG",
    "zu_ZA",
    "id_ID",
    "tr_TR",
    "sv_SE",
    "no_NO",
    "da_DK",
    "fi_FI",
    "hr_HR",
    "cs_CZ",
    "ro_RO",
    "hu_HU",
    "ga_IE",
    "yo_NG",
)
_LATIN_WORD = re.compile(rf"[{UPPER}][{LOWER}'’-]+")


@lru_cache(maxsize=1)
def given_names_and_places() -> tuple[frozenset[str], frozenset[str]]:
    """Given names (none that is also a place word: Georgia, Jordan, Florida) and the words of
    countries, US states, British counties and street names."""
    given: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:  # a locale an older Faker lacks
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            given |= {name for name in getattr(provider, attr, ()) if _LATIN_WORD.fullmatch(name)}
    places: set[str] = set()
    for locale in ("en_US", "en_GB"):
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        for attr in ("countries", "states", "counties", "street_suffixes"):
            for place in getattr(provider, attr, ()):
                places.update(place.split())
    return frozenset(given - places), frozenset(places)


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """About a thousand everyday English words (Faker's en_US word list), in lower case."""
    provider = importlib.import_module("faker.providers.lorem.en_US").Provider
    return frozenset(word.lower() for word in provider.word_list)
