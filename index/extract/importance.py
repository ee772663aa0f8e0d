"""The importance of an act stressed: "The members of the Council emphasised the importance of the
hostages' speedy release", "We reiterate the importance of … unhindered humanitarian access to
Tigray", "underscore the importance of further withdrawals from Afar", "also emphasized the
importance of full implementation of the … ceasefire agreement". What is stressed is an act
named by its noun (a release, access, withdrawals, implementation, cooperation), which the
speaker calls for, as "stressed the importance of releasing…" does (calls_for.STRESSED_RE).

A thing valued is no call: "emphasized the importance of the U.S.-Japan Alliance", "…of our
bilateral relationship", "…of the OIC's role", "…of the Taiwan question", "…of peace and
stability", nor a bond ("…of trilateral cooperation between the United States, the ROK, and
Japan"). Readouts' "discussed the importance of" is the statement's call only for an act a verb
names ("discussed the importance of returning 27 Hmong … to their families"), as "discussed the
need to…" is; "discussed the importance of cooperation…" names a topic talked over. So is what
both sides of a meeting discussed ("They discussed the importance of cooperating on a joint
approach to…", "Participants discussed the importance of engaging with the private sector…"):
what they went over together, which asks no one, not a call one side makes on the other.

Nor is the importance that a readout's "They" or "Both sides" stressed, whatever the verb: "They
welcomed the inaugural meeting … and stressed the importance of continued coordination on the
provision of security assistance to Ukraine", "They expressed particular concern about … economic
coercion by China, …, and underscoring the importance of international cooperation", "Both sides
emphasized the importance of delivering on … existing commitments". It reports what the sides
agreed they value (README, State conventions: "emphasized the importance of …" is no call unless an
actor is asked), and elsewhere "they" is a third party whose stress is only reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import targets
from .clauses import Found, clause_start
from .joint_subjects import THEY_RE

# Not "over-emphasise": "It is possible to over-emphasise the importance of will and commitment" warns
# against stressing it
IMPORTANCE_RE = re.compile(
    r"(?<!-)\b(?P<v>emphasi[sz](?:e[ds]?|ing)|stress(?:ed|es|ing)?|underscor(?:ed|es|e|ing)|underlin(?:ed|es|e|ing)|"
    r"reiterat(?:ed|es|e|ing)|agreed\s+on|highlight(?:ed|s|ing)?|(?:re)?affirm(?:ed|s|ing)?|"
    r"(?P<discussed>discuss(?:ed|es)))\s+"
    r"(?:(?:once\s+(?:again|more)|again|also|further|[a-z]+ly)\s+){0,2}the\s+(?:[a-z]+\s+)?importance\s+of\s+"
    r"(?P<np>[^.;:!?]{1,100})",
    re.I,
)
# Where the act's noun phrase ends: its head is the word before the first preposition ("…,
# sustained, unconditional, and unhindered humanitarian access | to Tigray"), or before a comma
# when there is none ("…the importance of data collection, observation, …").
PHRASE_END_RE = re.compile(
    r"\s+(?:of|to|from|for|in|into|on|with|between|among|amongst|at|as|by|through|within|across|toward|towards|"
    r"about|over|after|before|during|without|until|since|beyond|despite|amid|"
    r"that|which|who|so|while|if|under|against|including|is|are)\b"
    # a comma before a clause: "…of European energy security, reiterating the…"
    r"|\s*,\s+(?=[a-z]+ing\b|which\b|who\b|while\b|but\b|as\b)"
)
# A subject that is both sides of a meeting: "They", "The two", "Participants", "officials", "Secretary
# Blinken and Foreign Minister Çavuşoğlu", "The Secretary and the Foreign Ministers"
JOINT_SUBJECT_RE = re.compile(
    r"\b(?:and|they|both|two|participants|officials|leaders|sides|delegations|ministers)\b", re.I
)
BETWEEN_RE = re.compile(r"\s+(?:between|among|amongst)\b")
COMMA_RE = re.compile(r"\s*[,;]\s")
GERUND_RE = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")
# Nouns of an act that no suffix marks
ACT_NOUNS = frozenset(
    "access release return support unity cooperation co-operation dialogue reform reforms effort efforts aid "
    "assistance compliance adherence observance engagement entry accountability restraint "
    "coordination co-ordination transparency de-escalation action progress".split()
)
ACT_SUFFIX_RE = re.compile(r"[a-z-]{3,}(?:tions?|sions?|ments?|als?)")
# Nouns with those endings that name a thing, a body or a state of affairs, not an act
THING_NOUNS = frozenset(
    "nation nations organization organizations organisation organisations institution institutions question "
    "questions situation situations relation relations region population populations generation generations "
    "foundation tradition traditions mission missions position commission convention conventions resolution "
    "resolutions declaration constitution government governments parliament environment department "
    "instrument instruments document documents movement movements agreement agreements union federation "
    "coalition "
    "administration delegation location information occasion decision decisions session vision dimension "
    "tension tensions station element elements moment sentiment principal capital animal ritual function "
    "functions "
    "international national regional global bilateral multilateral political social cultural financial "
    "individual individuals".split()
)


def find(text: str, s: int, e: int) -> Iterator[Found]:
    """The acts whose importance is stressed in sentence [s, e)."""
    for m in IMPORTANCE_RE.finditer(text, s, e):
        if said_by_sides(text, s):
            return  # "They … stressed the importance of continued coordination…": the sides' value
        np_start = m.start("np")
        gerund = GERUND_RE.match(text, np_start)
        if gerund and not m.group("discussed"):
            continue  # calls_for.STRESSED_RE's: "stressed the importance of releasing…"
        cs = clause_start(text, s, m.start())
        if m.group("discussed") and JOINT_SUBJECT_RE.search(text, cs, m.start()):
            continue  # "They discussed the importance of cooperating…": a topic both sides went over
        agent = None if gerund else _agent(text, np_start, m.end("np"))
        if agent is not None:  # "…of the Gambian government and ECOWAS following through…"
            # a thing shows it ("The verdict underscores the importance of…"): the voice asks
            own = not (m.group("discussed") or SHOWN_RE.match(m.group("v")))
            yield Found(cs, m.start(), agent[1], "call_on", [agent[0]], True, subject=own)
            continue
        if not gerund and (m.group("discussed") or not names_act(text, np_start, m.end("np"))):
            continue  # "discussed the importance of cooperation…": a topic talked over
        # what a readout says one side discussed is the statement's own call, not either's
        yield Found(cs, m.start(), np_start, "call_for", [], True, subject=not m.group("discussed"))


def said_by_sides(text: str, s: int) -> bool:
    """Whether sentence `s` opens with a readout's "They" or "Both sides" as its subject."""
    return THEY_RE.match(text, s) is not None


# Someone named and the act he is to do, told by a gerund right after the name: "underscores the
# importance of the Gambian government and ECOWAS following through swiftly on…", "emphasizing the
# importance of the Government of Iraq protecting…", "highlighted the importance of Western Balkans
# countries resolving…". Whoever is named is asked, also by a common noun for people or a body
# (targets.names_someone): "underscored the importance of the international community contributing
# to Haiti’s efforts…" asks the international community. Not a gerund after a preposition, a relative
# word, a comma or "and" ("…of the Quad in making progress", "…of the GAP which facilitates
# information sharing", "…of European energy security, reiterating", "…of the region and ensuring").
AGENT_GERUND_RE = re.compile(
    r"(?P<who>(?:the\s+)?[A-Za-z][\w’'.-]*(?:\s+(?!(?:and|or)\s+[a-z]+ing\b|having\b)[\w’'.-]+){0,8}?)"
    # "having" tells a state of affairs, not an act: "…underscores the importance of America having a
    # strong working relationship with its allies" asks America for nothing
    r"\s+(?P<g>(?!(?:during|including|concerning|regarding|according|notwithstanding|having)\b"
    r"|following\s+(?:the|a|an|this|that|its|their|his|her)\b)"
    r"[a-z]{3,}ing)\s+[\w“\"‘]"
)
# Verbs a thing can be the subject of ("The verdict underscores…", "Berlusconi's address today
# underscores…"), which tell nothing of who asks
SHOWN_RE = re.compile(r"(?i:underscor|underlin|highlight)")
# Words that make the phrase before the gerund a clause or a thing qualified, not someone named
NOT_AGENT_RE = re.compile(
    r"(?i:\b(?:in|on|for|with|from|at|to|by|into|through|which|that|who|whose|is|are|was|were|has|have)\b|[’']s?\s)"
)


def _agent(text: str, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """Who the phrase at `start` names before a gerund naming his act, and where the act begins."""
    m = AGENT_GERUND_RE.match(text, start, end)
    if m is None or NOT_AGENT_RE.search(m.group("who")):
        return None
    who = m.group("who")
    named = any(w[:1].isupper() for w in who.split()[1:]) or who[:1].isupper() and not who.startswith("The ")
    if not (named or targets.names_someone(who)):
        return None
    return m.span("who"), m.start("g")


def names_act(text: str, start: int, end: int) -> bool:
    """Whether the noun phrase at `start` names an act by its head noun in lower case."""
    cut = PHRASE_END_RE.search(text, start, end) or COMMA_RE.search(text, start, end)
    words = text[start : cut.start() if cut else end].split()
    if cut and BETWEEN_RE.match(text, cut.start()):
        return False  # "…of trilateral cooperation between the United States, the ROK, and Japan": a bond
    if not words or len(words) > 10:
        return False
    head = words[-1].strip("”\"’')(")
    low = head.lower()
    if head != low or low in THING_NOUNS:
        return False  # "the U.S.-Japan Alliance", "our bilateral relationship"
    return low in ACT_NOUNS or bool(ACT_SUFFIX_RE.fullmatch(low))
