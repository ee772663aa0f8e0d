"""Bodies a General Debate speech names without the dictionary knowing them: "the Fourth Committee",
"the Commission on Sustainable Development", "the Contadora Group", "the South Pacific Forum", "the
Mano River Union" are the United Nations' organs or groups of states, and "the Supreme National
Council", "the National Transitional Council" a state's.

The organisation finder types a body by its head word, and "Committee", "Council", "Group" make
an NGO, as they mostly do in a release ("the Refugee Council", "the Human Rights Law Group"). From
the rostrum of the Assembly such a body is almost never a charity: of the bodies the finder typed
`ngo` in 425 speeches, most were UN committees, commissions and funds, regional groups of states
or a state's ruling council. The sets type those `igo` ("the International Law Commission", WIPO,
the Islamic military coalition, G-20) and a state's council `government`. Head words of charities
as often as of states' groups ("Association", "Centre", "Foundation", "Network", "Movement") are
left as they are, and so is any body the dictionary knows (the ICRC).
"""

from __future__ import annotations

from .mention import Mention

# Head words that, in a speech, name a body of states or of the Organization.
INTERGOVERNMENTAL_HEADS = frozenset(
    "Committee Commission Council Group Forum Union Pact Alliance Organization Organisation Fund".split()
)
# Words of a charity's, a party's or a think tank's name, whatever its head: "the World Council of
# Churches", "the Council on Foreign Relations", "the Central Committee of the Communist Party".
NOT_OF_STATES = frozenset("Churches Associations Relations Party Communist Youth".split())
# Words that make such a body a state's own: its ruling, transitional or cabinet council.
STATE_WORDS = frozenset("National Supreme Transitional Revolution Revolutionary Ministers Military".split())


def retype(mentions: list[Mention], text: str) -> None:
    """Type, in place, the finder's NGOs that a speech's head word makes a body of states."""
    for m in mentions:
        if m.type != "ngo" or m.aid >= 0:
            continue
        words = text[m.start : m.end].split()
        if not any(w in INTERGOVERNMENTAL_HEADS for w in words) or any(w in NOT_OF_STATES for w in words):
            continue
        m.type = "government" if any(w in STATE_WORDS for w in words) else "igo"
