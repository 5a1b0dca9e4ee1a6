"""The fictional people of the demo centre: each client's names (in her script, with Latin
spellings, nicknames and the name on a false document), phone numbers from fiction ranges,
and the shared pools of traffickers, associates and interpreters that several files mention,
so the conflict check and safety screening have something to find.
"""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from assist_desktop.domain.clients import Alias, AliasKind
from assist_desktop.domain.parties import PartyPhone, PartyRole
from assist_desktop.demo.corpus import (INTERPRETER_GIVEN, INTERPRETER_SURNAMES,
                                                 ORIGINS, STREETS, TRAFFICKER_NICKNAMES,
                                                 UK_MEN, UK_SURNAMES, Origin)

NFD_SHARE = 0.15  # names typed on a keyboard that decomposes accents (NFD), as some do


def pick_origin(rng: random.Random) -> Origin:
    return rng.choices(ORIGINS, weights=[o.weight for o in ORIGINS])[0]


def uk_mobile(rng: random.Random) -> str:
    """Ofcom reserves 07700 900000-900999 for drama: never a real person's number."""
    return f"07700 900{rng.randrange(1000):03d}"


def ie_mobile(rng: random.Random) -> str:
    return f"087 555 {rng.randrange(10000):04d}"


def foreign_phone(rng: random.Random, country_code: str) -> str:
    return f"+{country_code} 555 {rng.randrange(1000):03d} {rng.randrange(1000):03d}"


def local_phone(rng: random.Random, jurisdiction: str) -> str:
    return ie_mobile(rng) if jurisdiction == "ireland" else uk_mobile(rng)


def _latin(name: tuple[str, ...]) -> str:
    return name[1] if len(name) > 1 else name[0]


@dataclass(frozen=True)
class PersonName:
    given: str
    family: str
    preferred: str
    aliases: tuple[Alias, ...]
    latin: str   # how the name is spelled on English-language papers


def client_name(rng: random.Random, origin: Origin) -> PersonName:
    given, family = rng.choice(origin.given), rng.choice(origin.family)
    aliases: list[Alias] = []
    if origin.native_first:
        g, f = given[0], family[0]
        latin = f"{_latin(given)} {_latin(family)}"
        if latin != f"{g} {f}":
            aliases.append(Alias(latin, AliasKind.SPELLING, "as on Home Office papers"))
        alternatives = [x for x in (given[2:] + family[2:])]
        if alternatives and rng.random() < 0.5:
            other_given = given[2] if len(given) > 2 else _latin(given)
            other_family = family[2] if len(family) > 2 else _latin(family)
            aliases.append(Alias(f"{other_given} {other_family}", AliasKind.SPELLING,
                                 "police spelling"))
    else:
        g, f = given[0], family[0]
        latin = f"{g} {f}"
        if len(given) > 1 and len(family) > 1:
            native = (f"{family[1]}{given[1]}" if origin.key == "china"
                      else f"{given[1]} {family[1]}")
            aliases.append(Alias(native, AliasKind.SPELLING, "in her own script"))
    if origin.key in ("vietnam", "nigeria-yoruba", "romania") and rng.random() < NFD_SHARE:
        g, f = unicodedata.normalize("NFD", g), unicodedata.normalize("NFD", f)
    preferred = ""
    if origin.nicknames and rng.random() < 0.3:
        nickname = rng.choice(origin.nicknames)
        aliases.append(Alias(nickname, AliasKind.NICKNAME, ""))
        if rng.random() < 0.5:
            preferred = nickname
    if rng.random() < 0.15:
        other = pick_origin(rng)
        false_name = f"{_latin(rng.choice(other.given))} {_latin(rng.choice(other.family))}"
        aliases.append(Alias(false_name, AliasKind.DOCUMENT, "name on the passport she was "
                                                             "given to travel"))
    return PersonName(g, f, preferred, tuple(aliases), latin)


@dataclass(frozen=True)
class PoolPerson:
    """Someone who may appear in several files (a trafficker, an associate, an interpreter)."""
    role: PartyRole
    name: str
    aliases: tuple[str, ...]
    phones: tuple[PartyPhone, ...]
    addresses: tuple[str, ...]
    organisation: str = ""
    variant: str = ""   # another spelling some files use


def _trafficker(rng: random.Random, origin: Origin, jurisdiction: str, city: str) -> PoolPerson:
    madam = origin.key.startswith("nigeria") and rng.random() < 0.6
    given_pool = origin.given if madam or not origin.male_given else origin.male_given
    given, family = rng.choice(given_pool), rng.choice(origin.family)
    name = f"{given[0]} {family[0]}"
    latin = f"{_latin(given)} {_latin(family)}"
    aliases = [latin] if latin != name else []
    nickname = "Madam " + _latin(given) if madam else rng.choice(TRAFFICKER_NICKNAMES)
    aliases.append(nickname)
    phones = [PartyPhone(foreign_phone(rng, origin.country_code), "home country")]
    if rng.random() < 0.7:
        phones.append(PartyPhone(local_phone(rng, jurisdiction), "UK mobile"
                                 if jurisdiction != "ireland" else "Irish mobile"))
    address = f"{rng.randint(2, 180)} {rng.choice(STREETS)}, {city}"
    role = PartyRole.TRAFFICKER if rng.random() < 0.6 else PartyRole.ASSOCIATE
    variant = latin[:-1] if len(latin) > 6 and rng.random() < 0.5 else latin.lower().title()
    return PoolPerson(role, name, tuple(aliases), tuple(phones), (address,), variant=variant)


def _uk_associate(rng: random.Random, jurisdiction: str, city: str) -> PoolPerson:
    name = f"{rng.choice(UK_MEN)[0]} {rng.choice(UK_SURNAMES)[0]}"
    return PoolPerson(PartyRole.ASSOCIATE, name, (rng.choice(("the Driver", "Landlord")),),
                      (PartyPhone(local_phone(rng, jurisdiction), "mobile"),),
                      (f"{rng.randint(2, 90)} {rng.choice(STREETS)}, {city}",),
                      variant=name.upper())


class Pools:
    """Traffickers and associates by origin, and the interpreters the centre books."""

    def __init__(self, rng: random.Random, clients: int, jurisdiction: str, cities):
        per_origin = max(2, clients // 80)
        self.adverse: dict[str, list[PoolPerson]] = {
            origin.key: [_trafficker(rng, origin, jurisdiction, rng.choice(cities))
                         for _ in range(per_origin)] for origin in ORIGINS}
        self.uk_associates = [_uk_associate(rng, jurisdiction, rng.choice(cities))
                              for _ in range(max(2, clients // 200))]
        self.interpreters: list[PoolPerson] = []
        for index in range(16):
            name = f"{INTERPRETER_GIVEN[index % len(INTERPRETER_GIVEN)][0]} " \
                   f"{INTERPRETER_SURNAMES[index % len(INTERPRETER_SURNAMES)][0]}"
            phone = PartyPhone(local_phone(rng, jurisdiction), "agency booking line")
            self.interpreters.append(PoolPerson(PartyRole.INTERPRETER, name, (), (phone,), (),
                                                organisation="Clearvoice Interpreting "
                                                             "(fictional agency)"))
        # One interpreter shares a phone number with a known trafficker: safety screening
        # should raise it wherever both appear.
        shared = self.adverse[ORIGINS[0].key][0].phones[0]
        first = self.interpreters[0]
        self.interpreters[0] = PoolPerson(first.role, first.name, first.aliases,
                                          first.phones + (PartyPhone(shared.number, "personal"),),
                                          first.addresses, first.organisation)

    def adverse_for(self, rng: random.Random, origin: Origin) -> list[PoolPerson]:
        """One to three people who harmed her: mostly the same few per origin (skewed), so
        that the same names turn up in several files."""
        pool = self.adverse[origin.key]
        count = 1 + (rng.random() < 0.5) + (rng.random() < 0.2)
        chosen = {min(int(rng.expovariate(1.0) * len(pool) / 4), len(pool) - 1)
                  for _ in range(count)}
        people = [pool[i] for i in sorted(chosen)]
        if rng.random() < 0.25:
            people.append(rng.choice(self.uk_associates))
        return people
