"""Councils that rule a state: a junta or a transitional executive named as a council or a
committee ("the State Peace and Development Council", "the Provisional Ruling Council", "the
Sovereignty Council", "the Transitional Military Council", "the Revolutionary Command Council").
Their head word makes them an NGO's name; the words around it say they are the state's government,
as the annotations type Burma's ruling council and every junta."""

from __future__ import annotations

# Head words of a council's name.
COUNCIL_HEADS: frozenset[str] = frozenset({"Council", "Committee"})
# Words saying the body holds a state's power: "the Armed Forces Provisional Ruling Council", "the
# Sovereignty Council".
RULE_WORDS: frozenset[str] = frozenset({"Ruling", "Sovereignty", "Sovereign"})
# A revolution's command council is the state it took ("the Revolutionary Command Council" of Iraq,
# Libya, Sudan); not any command's council: "the Northern Armed Forces Command Council" was Chad's
# rebels'.
REVOLUTIONARY_COMMAND: tuple[str, str] = ("Revolutionary", "Command")
# Generals ruling as the armed forces' council: "the Supreme Council of the Armed Forces" (not "the
# Command Council of the Armed Forces of the North", a rebel army's).
ARMED_FORCES: list[str] = ["Council", "of", "the", "Armed", "Forces"]
# A military council rules when it holds the nation's or the transition's power ("the Transitional
# Military Council", "the Provisional Military Administrative Council", "the Military Committee for
# National Recovery"); a bare "Supreme Military Council" is often a rebel army's command (Syria's).
MILITARY: str = "Military"
MILITARY_RULE_WORDS: frozenset[str] = frozenset({"Transitional", "Provisional", "National", "Administrative"})
# A council named for the state itself is its government: "the State Law and Order Restoration
# Council", "the State Administration Council", China's "State Council".
STATE: str = "State"


def ruling_council(words: list[str]) -> bool:
    """Whether a council's or a committee's name (its words, a possessor first allowed) makes it the
    body that governs a state."""
    if words and words[0].endswith(("’s", "'s")):
        words = words[1:]
    if len(words) < 2 or not COUNCIL_HEADS.intersection(words):
        return False
    if RULE_WORDS.intersection(words) or words[0] == STATE and words[-1] in COUNCIL_HEADS:
        return True
    if any(pair == REVOLUTIONARY_COMMAND for pair in zip(words, words[1:], strict=False)):
        return True
    if words[-len(ARMED_FORCES) :] == ARMED_FORCES:
        return True
    return MILITARY in words and bool(MILITARY_RULE_WORDS.intersection(words))
