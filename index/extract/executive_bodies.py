"""Bodies of a state's executive that a head word alone would make an NGO ("Task Force", "Committee",
"Council", "Group"), told by the structure of their name: a task force named national ("the National
Climate Task Force"), a committee of agencies ("the Restricted Interagency Policy Committee"), a
body named after the agency or department it belongs to ("the NSC Principals Committee", "the USAID
Northern Triangle Task Force"). White House and State Department pages name such bodies often; a
reader should not see them listed among the NGOs."""

from __future__ import annotations

from .authority import authority
from .tokens import fold

# Head words of bodies made of members, which the executive sets up as often as civil society does
# (not "Centre", "Institute", "Network": an "Interagency … Centre" of Australian community services is
# an NGO, as is the "Glen Innes Interagency").
MEMBER_BODIES = frozenset({"Committee", "Council", "Group", "Force"})
# Agencies working together: the US executive's "interagency" bodies. The UN's interagency bodies
# carry the UN's name ("the United Nations Interagency Task Force on …") and were typed `igo` before.
INTERAGENCY = frozenset({"Interagency", "Inter-Agency", "Inter-agency"})


def executive_body(words: list[str]) -> bool:
    """Whether a body's name makes it an organ of a state's executive: a national task force, an
    interagency body, or a body whose first word is the acronym of a government agency the authority
    file knows ("NSC", "DHS", "USAID", "DOJ")."""
    if words[-1] not in MEMBER_BODIES:
        return False
    if words[-2:] == ["Task", "Force"] and words[0] == "National":
        return True  # "the National Climate Task Force"; a task force otherwise may be anyone's
    if INTERAGENCY.intersection(words):
        return True
    return _agency_acronym(words[0])


def _agency_acronym(word: str) -> bool:
    """Whether a word is the acronym of an agency of government ("NSC", "DOJ"), not of an IGO or a
    state ("UN", "ROK"): the body it names is the agency's."""
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return False
    found = authority().index.get(fold(word), [])
    return any(len(a.keys) == 1 and not a.weak and authority().types[a.actor] == "government" for a in found)
