"""What a law, treaty or set of rules lays down, not a call of the speaker's: "Such attacks breach the
provisions of the Geneva Conventions which provide that civilians must not be the object of attack"
(a press release), "Rule 48 of the … Mandela Rules states that “instruments of restraint shall never
be used on women during labour …”" (HRW), "The Universal Declaration of Human Rights … stated that
… no one should be held in slavery and servitude" (a General Debate speech), "the Act stipulates that
all unlawful non-citizens must be detained". The modal belongs to the instrument quoted; the speaker
only reports it (and usually says next who breaches it).

Only standing instruments: a bill, a resolution or legislation the speaker puts forward states his
own call ("The resolution states that strong sanctions should be imposed …", "Durbin's bill would
express the Sense of the Congress that the international community should …"), and a person's
"said that X should …" reports a call, both still read as calls.
"""

from __future__ import annotations

import re

# A body named after the instrument's noun speaks for itself: "The Law Reform Commission says that …"
BODIES: str = (
    r"[Cc]ommission|[Cc]ommittee|[Cc]ouncil|[Ss]ociety|[Cc]ourt|[Dd]epartment|[Oo]ffice|[Mm]inistry|"
    r"[Cc]ent(?:re|er)|[Ii]nstitute|[Aa]ssociation|[Uu]nion|[Rr]eform|[Gg]roup|[Aa]gency|[Bb]oard|"
    r"[Tt]ribunal|[Ff]irm|[Ss]chool|[Ff]aculty|[Pp]rofessor|[Ee]xperts?"
)
# A standing instrument, or a part of one, that says something "that …": its noun, then up to a few
# words of name or relative clause ("the Geneva Conventions which provide that", "Article 49 of the
# Fourth Geneva Convention states that", "The UN Basic Principles on the Use of Force … provide that"),
# then a verb of laying down in the present or simple past (not "would": a proposal's).
INSTRUMENT_RE = re.compile(
    r"\b(?i:conventions?|covenant|charter|constitution|statute|code|laws?|articles?|sections?|"
    r"provisions?|rules?|principles|protocols?|standards|guidelines|regulations|treaty|treaties|declarations?)\b"
    r"(?:(?!\s(?:" + BODIES + r")\b)[^.;:!?]){0,90}?\s"
    r"(?i:(?:which|that)\s+)?"
    r"(?i:provides?|provided|stipulates?|stipulated|states|stated|says|said|requires?|required|"
    r"declares?|declared|mandates?|mandated|prescribes?|prescribed)"
    r"\s+that\b"
)
# The word "Act" (a law's name, "the Migration Act", "the Act") only with a capital: "act" is a verb
ACT_RE = re.compile(
    r"\bAct\b(?:\s+\d{4})?\s+(?i:(?:which|that)\s+)?"
    r"(?i:provides?|provided|stipulates?|stipulated|states|stated|says|requires?|required)\s+that\b"
)
# A clause of the speaker's own between the instrument's word and the modal
OWN_CLAUSE_RE = re.compile(r"\b(?:and|but|so)\s+(?:I|we)\b|\bI\s+(?:think|believe)\b")
# How far before the modal the instrument may stand ("… stated that all human beings are born free
# and equal in dignity and rights, that no one should be held in slavery …")
REACH: int = 260


def laid_down(text: str, s: int, modal: int) -> bool:
    """Whether the modal at `modal`, in the sentence beginning at `s`, is inside what an instrument
    named before it in the sentence lays down ("… Conventions which provide that civilians must not
    …")."""
    before = text[max(s, modal - REACH) : modal]
    said = INSTRUMENT_RE.search(before) or ACT_RE.search(before)
    # "The … says that it is not sufficient to date and I think we should examine that": the
    # speaker's own clause after the instrument's
    return said is not None and not OWN_CLAUSE_RE.search(before, said.end())
