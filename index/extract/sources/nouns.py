"""Nouns for people, from the agents file of the CAMEO/Phoenix dictionaries (civilians, refugees,
students, farmers, journalists, activists, patients' doctors…), for finding the groups of people
a statement is about ("protesting farmers", "Dalit children", "migrant workers").

The agents file lists kinds of people by role codes; it also lists institutions and vehicles under
the same codes ("hospital", "airliner"), which are left out by their endings. Nouns that came into
statements' vocabulary after 2015, or that the agents file files under no role, are added below.
"""

from __future__ import annotations

import re
from pathlib import Path

# Role codes whose agents are kinds of people: civilians, refugees, opposition, education, health,
# labour, agriculture, media, religion, human rights, business. (Criminals, CRM, are people a
# statement accuses, not a group it speaks for.)
PEOPLE_CODES = re.compile(r"\[~(CVL|REF|OPP|EDU|HLH|LAB|AGR|MED|REL|HRI|JEW|MUS|CHR|BUD|HIN|BUS|ENV)")
PERSON_ENDINGS = re.compile(
    r"(er|or|ist|ant|ent|ian|ee|ar|man|woman|child|girl|boy|person|monk|nurse|priest|imam|rabbi|"
    r"cleric|jew|muslim|hindu|christian|sunni|migrant|peasant|pilgrim|tourist|victim|native|exile|"
    r"convict|felon|medic|mother|athlete|doc|settler|pupil|infant|academic|intellectual|"
    r"civilian|refugee|villager|citizen|expatriate)$"
)
NOT_PEOPLE = frozenset(
    """airliner jetliner freighter tanker supertanker oiler containership cabinetmaker carmaker
    steelmaker automaker manufacturer producer exporter employer business!person! company
    conglomerate corporation industry monger newspaper!person! blog television website gazette
    magazine telecom ent parliament government department settlement newspaper doc""".split()
)
# Missing from the 2015 agents file, or filed there under no role; and the religious and ethnic
# groups human-rights statements most often speak for ("the Kanaks" of New Caledonia, and
# "Moslems" as General Debate speeches of the 1970s and 80s spell Muslims).
SUPPLEMENT = """patient recipient entrant defender survivor protestor arrival applicant claimant
catholic protestant alawite shia shiite sikh yazidi uyghur uighur rohingya kurd hazara tamil dalit
bedouin druze copt ahmadi baha'i tibetan tatar hutu tutsi hmong assyrian uzbek kazakh
chechen pashtun baloch karakalpak zaghawa masalit chaldean
beneficiary evacuee deportee inmate prisoner hostage orphan widow minor youth adolescent boy man
lawyer judge fisherman miner labourer inhabitant national consumer user pensioner retiree veteran
seeker asylum-seeker detainee displaced-person irregular-migrant dissident campaigner lesbian
transgender homeless kanak moslem""".split()


def person_nouns(agents: Path) -> list[str]:
    """Singular nouns for kinds of people, one word each, lower case."""
    found = set(SUPPLEMENT)
    for line in agents.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("#") or not PEOPLE_CODES.search(line):
            continue
        word = re.sub(r"\s*(\{[^}]*\})?\s*\[.*", "", line).strip().lower()
        if "_" in word or "!" in word or " " in word or word in NOT_PEOPLE:
            continue
        if PERSON_ENDINGS.search(word) and not word.endswith("ment"):
            found.add(word)
    return sorted(w for w in found if "-" not in w)
