"""Whether a customer's name is an organisation's or a person's, and a person's name in its parts.

A vCard's N holds a person's family and given names; written for an organisation it makes address books
show nonsense ("AS, Bakeriet Pan"). ``is_organisation`` tells an organisation: the name is the company's,
has a legal form (AS, GmbH, Ltd, Inc., S.A., sp. z o.o. ...) or joins names with "&". ``person_parts``
splits a person's name: "Nordmann, Kari" (family first), honorifics (Dr., Mrs) and suffixes (Jr., III)
apart, the family name with its particles ("van der Berg"); a name of one word, or one that is no
person's (digits, an email address), is a given name only, shown as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Legal forms, without dots: written in capitals ("AS", "S.A." -> "SA"; a surname such as "Ek" or "Da" is
# not), or in any case when no surname is spelt so ("GmbH", "Ltd", "Inc.").
_CAPITAL_FORMS = frozenset({
    "AS", "ASA", "ANS", "DA", "SA", "SAS", "SARL", "AB", "HB", "KB", "OY", "OYJ", "AY", "APS", "A/S", "I/S",
    "K/S", "EHF", "HF", "OU", "OÜ", "AG", "KG", "OHG", "UG", "EK", "EV", "GBR", "KGAA", "PLC", "LLC", "LLP",
    "LP", "BV", "NV", "VOF", "CV", "SPA", "SRL", "SL", "SLU", "SAU", "LDA", "LTDA", "SC", "KFT", "ZRT", "BT",
    "SRO", "SNC", "EIRL", "EURL", "KK", "BHD", "SDN", "PTY", "PTE", "PVT", "INC", "LTD", "GMBH", "MBH",
})  # fmt: skip
_ANY_CASE_FORMS = frozenset({
    "gmbh", "mbh", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "aps", "oyj",
    "sarl", "sàrl", "spa", "srl", "ltda", "kgaa", "gbr", "kft", "zrt", "pty", "pte", "pvt", "bhd", "sdn",
})  # fmt: skip
_MULTI_WORD_FORMS = ("sp. z o.o.", "sp. z o. o.", "s. r. o.", "& co", "og sønn", "& sons", "& söhne")
_PREFIXES = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "herr", "frau", "fru", "mme", "mlle", "hr", "fr",
})  # fmt: skip
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "le", "la", "ter",
    "ten", "af", "av", "zu", "bin", "ibn", "al", "el",
})  # fmt: skip
_NOT_A_PERSON = re.compile(r"[\d@&+/#]")


@dataclass(frozen=True)
class PersonName:
    family: str = ""
    given: str = ""
    additional: str = ""
    prefix: str = ""
    suffix: str = ""


def _key(token: str) -> str:
    return token.casefold().replace(".", "").strip(",")


def is_organisation(name: str, company: str) -> bool:
    """Whether a customer called ``name`` (of ``company``) is an organisation rather than a person."""
    name = " ".join(name.split())
    if not name:
        return False
    if company.strip() and name.casefold() == " ".join(company.split()).casefold():
        return True
    folded = name.casefold()
    if " & " in name or any(folded.endswith(" " + form) for form in _MULTI_WORD_FORMS):
        return True
    tokens = name.replace(",", " ").split()
    return len(tokens) > 1 and _legal_form(tokens[-1])


def _legal_form(token: str) -> bool:
    bare = token.replace(".", "")
    dotted = "." in token.rstrip(".")  # "S.A.", "e.K.": abbreviations, not a name
    return (
        bare in _CAPITAL_FORMS
        or bare.casefold() in _ANY_CASE_FORMS
        or (dotted and bare.upper() in _CAPITAL_FORMS)
    )


def person_parts(name: str) -> PersonName:
    """A person's name in the parts of a vCard N (see the module notes)."""
    name = " ".join(name.split())
    if _NOT_A_PERSON.search(name):
        return PersonName(given=name)
    family_first, comma, given_part = name.partition(",")
    if comma and family_first.strip() and given_part.strip() and "," not in given_part:
        rest = person_parts(given_part.strip())
        return PersonName(
            family=family_first.strip(),
            given=" ".join(p for p in (rest.given, rest.family) if p),
            additional=rest.additional,
            prefix=rest.prefix,
            suffix=rest.suffix,
        )
    tokens = name.split()
    prefix = []
    while len(tokens) > 1 and _key(tokens[0]) in _PREFIXES:
        prefix.append(tokens.pop(0))
    suffix: list[str] = []
    while len(tokens) > 1 and _key(tokens[-1]) in _SUFFIXES:
        suffix.insert(0, tokens.pop().rstrip(","))
    if len(tokens) == 1:
        return PersonName(given=tokens[0], prefix=" ".join(prefix), suffix=" ".join(suffix))
    family = [tokens.pop()]
    while len(tokens) > 1 and tokens[-1] in _PARTICLES:  # lower-case particles only: "van", not "Van"
        family.insert(0, tokens.pop())
    return PersonName(
        family=" ".join(family),
        given=tokens[0],
        additional=" ".join(tokens[1:]),
        prefix=" ".join(prefix),
        suffix=" ".join(suffix),
    )
