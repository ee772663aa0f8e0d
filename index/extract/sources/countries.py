"""Every country from ISO 3166-1 (the `pycountry` package, which ships Debian's iso-codes data),
with its short, common and official names as aliases: "Kazakhstan", "Republic of Kazakhstan";
"Tanzania", "United Republic of Tanzania". The UN's 193 member states and its two observer states
are ISO 3166-1 less the dependent territories below, which are places; dissolved states that
statements still name are states too. Display names and nationality adjectives come
from the hand additions, which the merge puts first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .entries import Entry

# ISO 3166-1 entries that are neither UN member states nor observers (UN, "Member States",
# un.org/en/about-us/member-states): dependent territories and areas, plus the Cook Islands and
# Niue (self-governing, not members). Taiwan is kept a state: statements treat it as one.
TERRITORIES = frozenset(
    """ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF
    GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM
    TCA TKL UMI VGB VIR WLF""".split()
)
# Dissolved states (ISO 3166-3 codes; its names are inverted lists, so the usual name is given
# here) and Kosovo (no ISO code; CAMEO's KSV).
EXTRA_STATES = {
    "SUN": "Soviet Union",
    "CSK": "Czechoslovakia",
    "DDR": "East Germany",
    "SCG": "Serbia and Montenegro",
    "YUG": "Yugoslavia",
    "KSV": "Kosovo",
}


def _plain(name: str) -> str:
    """ISO's inverted names read as people write them: "Korea, Republic of" → "Republic of Korea";
    "Holy See (Vatican City State)" → "Holy See"."""
    name = name.split(" (")[0]
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
        if name.startswith("The "):
            name = "the " + name[4:]
    return name


def country_entries() -> list[Entry]:
    import pycountry  # a build-time dependency only (the `authority` extra)

    out = []
    for c in pycountry.countries:
        names = [getattr(c, "common_name", ""), c.name, getattr(c, "official_name", "")]
        aliases = list(dict.fromkeys(_plain(n) for n in names if n))
        typ = "place" if c.alpha_3 in TERRITORIES else "state"
        out.append(Entry(aliases[0], typ, c.alpha_3, aliases))
    for code, name in EXTRA_STATES.items():
        out.append(Entry(name, "state", code, [name]))
    return out


# Chinese province names in ISO 3166-2 carry the administrative kind ("Sichuan Sheng", "Xinjiang
# Uygur Zizhiqu"); statements write the name alone.
CHINESE_KINDS = re.compile(r"\s+(?:(?:\w+zu\s+|Uygur\s+)?Zizhiqu|Sheng|Shi|SAR)$")


def subdivision_entries(skip: Callable[[str], bool]) -> list[Entry]:
    """First-level subdivisions (states, provinces, regions: "Punjab", "New Jersey", "Rakhine") as
    places, their code the state's code and the subdivision's ("USA-NJ"); `skip` leaves out names
    that are ordinary words or a state's adjective ("Central", "Northern", "Somali")."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out = []
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.country_code not in alpha3:
            continue
        name = CHINESE_KINDS.sub("", sub.name).split(" (")[0]
        if skip(name):
            continue
        code = f"{alpha3[sub.country_code]}-{sub.code.split('-', 1)[1]}"
        out.append(Entry(name, "place", code, [name]))
    return out


def state_names(hand: list[Entry]) -> dict[str, list[str]]:
    """Every state's code and the names it goes by in ISO 3166 and in the hand additions."""
    names: dict[str, list[str]] = {}
    for e in country_entries() + hand:
        if e.type == "state":
            names.setdefault(e.code, []).extend(e.aliases)
    return names


def state_codes() -> frozenset[str]:
    """Codes that name a state: UN members and observers, Taiwan, Kosovo, dissolved states."""
    import pycountry

    current = {c.alpha_3 for c in pycountry.countries} - TERRITORIES
    return frozenset(current | set(EXTRA_STATES))
