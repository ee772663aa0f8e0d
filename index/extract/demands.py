"""Calls to action, sentence by sentence: "X calls on Y to Z", "we urge Y to Z", "Y must/should Z",
"we call for Z", passives ("access must be given"), and imperatives to the reader.

Each demand spans its clause (so two demands in one sentence stay apart); `by` is the named
demanding actor or, for "we" and unattributed demands, the issuer.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..models import Actor, Demand
from . import calls, targets
from .actors import _trie as prefix_tree  # one prefix-tree pattern builder for both
from .authority import authority
from .segments import LONG, split
from .speakers import Speakers
from .tokens import WordSearch, WordStarts, lowered, sentences
from .verbs import WORD_RE, imperative_at, object_follows

# Verbs of the CAMEO APPEAL/DEMAND families that take "someone to do something"; the rest of
# the CAMEO list ("wonder", "grill", "interview") are questions, not calls. Not "tell": in 874
# corpus files all 94 of its "told X … to" were narration ("the guards told us to throw the
# bodies out", "Msendo told Human Rights Watch that … to"), none a call.
CALL_VERBS = (
    "urge",
    "implore",
    "beg",
    "beseech",
    "entreat",
    "exhort",
    "adjure",
    "ask",
    "request",
    "press",
    "petition",
    "encourage",
    "want",
    "require",
    "plead with",
    "appeal to",
    "call on",
    "call upon",
    "demand of",
    "invite",
    "challenge",
    "instruct",
    "need",
    "order",
    "direct",
)


def _forms(verb: str) -> str:
    head, _, rest = verb.partition(" ")
    stem = head[:-1] if head.endswith("e") else head
    alts = {head, head + "s", stem + "ed", stem + "ing"}
    if head.endswith("e"):
        alts |= {head + "d"}
    if head.endswith("s"):
        alts |= {head + "es"}
    if head == "beg":
        alts |= {"begged", "begging"}
    if head in ("order", "direct"):
        alts -= {head, head + "s"} if head == "order" else {head}  # "restore order", "direct talks"
    pat = "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"
    return pat + (r"\s+" + rest if rest else "")


@functools.cache
def _call_on_re() -> re.Pattern[str]:
    verbs = set(CALL_VERBS) | {v for v, c in authority().verbs.items() if v in ("urge", "implore", "exhort")}
    alt = "|".join(_forms(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(  # no "\b" first: _call_on_search tests the word boundary
        rf"(?:{alt}|(?:urgent\s+|strong\s+|clear\s+)?(?:need|desire|time|call|calls|appeal|pressure)\s+(?:for|on))"
        r"\s+(?=\S)(?!that\b|it\s+is\b|to\b|when\b|where\b|while\b|because\b|if\b|as\b|by\b)(?P<t>(?:[^.;:!?]|(?<=[A-Z])\.){1,160}?)\s+to\s+[“\"‘]?(?!the\b|a\b|an\b|this\b|that\b|which\b|whom\b|what\b|be\s+\w+ed\b)(?P<a>[a-z])",
        re.I,
    )


# Calls for a thing, each pattern tried only when its own word occurs (see WORD_BITS).
CALL_FOR_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|plead(?:s|ed|ing)?)\s+for\s+"
    r"(?P<a>\S)",
    re.I,
)
DEMAND_RE = re.compile(
    # the look-behinds follow "demand": before it they would be tried at every position
    r"\bdemand(?<!\bto\sdemand)(?<!\ba\sdemand)(?<!\ban\sdemand)(?<!\bthe\sdemand)(?<!\bmost\sdemand)"
    # "demands include…", "demands for…": the noun
    r"(?:s|ed|ing)?\s+(?!that\b|include|are\b|were\b|is\b|was\b|have\b|has\b|for\b|of\b|made\b|by\b|from\b|on\b)"
    r"(?P<a>[a-z])",
    re.I,
)
# "the government has urged dialogue": urging a thing, not someone to act (that is CALL_ON)
URGED_RE = re.compile(
    r"\burg(?:ed|es|ing|e)\s+(?!that\b|them\b|him\b|her\b|us\b|you\b|me\b|it\b|the\b|all\b|[a-z]+\s+to\b|"
    r"for\b|today\b|yesterday\b|by\b|on\b|in\b|at\b|from\b|with\b|as\b|and\b|but\b|or\b|during\b|after\b|"
    r"before\b|again\b|also\b|last\b|this\b|[a-z]+ly\b)(?P<a>[a-z])",
    re.I,
)
NOT_CALLED_RE = re.compile(r"(?i:\b(?:not|n['’]t|never)\s+)$")
# Before "urge" as a noun: "the democratic urge", "an urge"; the verb follows a subject or modal.
URGE_NOUN_RE = re.compile(
    r"(?i:\b(?:the|an|this|that|their|our|its|his|her|[a-z]+(?:ic|al|ous|ive|ing))\s+)$"
)
# Calls told of people as who they are, not made here: "those who called for change", "protesters
# who demanded…" ("a resolution which called for…" is the resolution's call, and stays).
WHO_CALLED_RE = re.compile(r"(?i:\bwho\s+(?:had\s+|have\s+|has\s+)?)$")
# The speaker's voice before "encourage" ("We encourage", "and encourage"), tested on a match
# only: look-behinds at the head of ENCOURAGED_RE made it try every position of a sentence.
ENCOURAGER_RE = re.compile(r"(?i:\b(?:we|i|also|strongly|continue\s+to|and)\s+)$")
# Communiqués encourage a thing done: "(we) encourage further cooperation and dialogue with all
# stakeholders", "encouraged progress on protecting human rights", "encourage increased support
# for these prosecutions"; not "governments have assisted and encouraged the growth…" (told).
ENCOURAGED_RE = re.compile(
    r"\bencourag(?:e|es|ed)\s+"
    r"(?=(?:further|continued|greater|increased|renewed|more|full)\s+[a-z]|(?:progress|dialogue|cooperation|"
    r"co-operation|efforts|resumption|repatriations?|reforms?)\b)(?P<a>[a-z])",
    re.I,
)
# "We need the facts", "We need concerted efforts at all levels…": the speaker's call for a thing.
WE_NEED_RE = re.compile(
    r"\bwe\s+(?:urgently\s+|still\s+|also\s+|now\s+|really\s+)?need\s+(?!to\b)(?P<a>[a-z])", re.I
)
# communiqués: "stressed the need for…", "emphasised the importance of…", "there is a need for…"
STRESSED_RE = re.compile(
    r"\b(?:emphasi[sz]ed?|stress(?:ed|es)?|underscor(?:ed|es|e)|underlin(?:ed|es|e)|reiterat(?:ed|es|e)|agreed\s+on|"
    r"highlight(?:ed|s)?|reaffirm(?:ed|s)?)\s+the\s+(?:(?:necessity|need|requirement|urgency)\s+(?:of|for|to)\s+"
    # "the importance of" asks for an action ("of preventing the further spread…", "the critical
    # importance of meeting humanitarian needs", "of successfully concluding"), not for a thing
    # valued ("the importance of the transatlantic Alliance")
    r"|(?:critical\s+|vital\s+|utmost\s+|great\s+|paramount\s+)?importance\s+of\s+(?=(?:[a-z]+ly\s+)?[a-z]+ing\b))(?P<a>\S)"
    r"|\bthere\s+is\s+(?:an?\s+)?(?:\w+\s+)?need\s+(?:for|to)\s+(?P<b>\S)"
    # "emphasis was placed on the importance of…", "their desire to see the withdrawal of…"
    r"|\bemphasis\s+was\s+(?:placed|laid)\s+on\s+the\s+(?:importance|necessity|need)\s+(?:of|for|to)\s+(?P<c>\S)"
    r"|\b(?:their|our|its)\s+(?:strong\s+)?desire\s+to\s+see\s+(?P<d>\S)",
    re.I,
)
MODAL_RE = re.compile(
    r"\b(?:must|should|shall|needs\s+to|need\s+to|ought\s+to|has\s+to|have\s+to|"
    r"ha(?:s|ve)\s+an?\s+(?:[\w-]+\s+){0,3}(?:obligation|duty|responsibility)\s+(?:under\s+[^,.]{1,60}?\s+)?to|"
    # "The Security Council bears a special responsibility to impose…"; not "bear full
    # responsibility for the consequences", a blame
    r"bears?\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}responsibility\s+to|"
    r"(?:is|are)\s+(?:legally\s+)?(?:obligated|obliged|required|bound)\s+(?:under\s+[^,.]{1,60}?\s+)?to)"
    r"\s+(?:also\s+|now\s+|therefore\s+|still\s+)?(?P<adv>(?:never|always|immediately|urgently|only|instead|"
    r"further|all|first|jointly|collectively|seriously)\s+)*"
    r"(?P<neg>not\s+)?(?P<be>be\s+)?(?P<a>\w)",
    re.I,
)
# Before the modal: a forecast ("we're going to have to"), a negation ("I don't have to look
# far"), or a reduced relative clause ("the money it needs to do the job").
FUTURE_RE = re.compile(
    r"(?:going\s+to|will|would|['’]ll|may|might|could|(?:do|does|did)(?:n['’]?t|\s+not))\s+$"
    r"|\b(?:the|a|an|this|that|any)\s+[a-z]+\s+(?:it|they|he|she|we|you)\s+$",
    re.I,
)
# "…should it choose further escalation": a condition, not a demand; "the need to": a noun.
INVERTED_RE = re.compile(r"(?:it|they|he|she|we|you|i|there|the|this|that|these|those|any|such)\b", re.I)
NEED_NOUN_RE = re.compile(r"\b(?:the|a|an|this|that|our|their|its|his|her|any|no)\s+$", re.I)
IMPERATIVE_RE = re.compile(  # matched at a sentence's start (re.match with a position)
    r"[\"“‘']?(?P<v>Call|Contact|Write\s+to|Tell|Urge|Ask|Demand|Sign|Join|Donate|Stand\s+with|Act|Help|"
    r"Support|Speak\s+out|Email|Press|Let\s+us|Let's|Stop|End|Protect|Save|Do\s+not|Don't)\b"
    # page furniture that begins like a call: "Press Release Dated: …", "Contact Us", "Support Us"
    # and a retort, "Tell that to the 2 million refugees"
    r"(?!\s+(?i:Release|Statement|Conference|Briefing|Office|Secretary|Gallery|Kit|Us|Desk|Line|that\s+to)\b|:)"
    r"\s*(?P<rest>)",
)
# Matched case-sensitively against the lower-cased text: a case-insensitive alternation defeats
# the regex engine's first-character prefilter and costs about eight times as much.
# Which words must occur for each pattern to have a chance (a necessary condition, not a
# sufficient one): a sentence examined for "must" is not searched for "calls on … to", and most
# sentences hold none of them and are skipped.
MODAL_WORDS = "must should shall need ought has~to have~to oblig duty responsib requir bound~to"
CALL_ON_WORDS = (
    "urg implor beg beseech entreat exhort adjure ask request press petition encourag want requir plead "
    "appeal call demand invit challeng instruct need desire time ordered ordering directed "
    "directing directs"
)
CALL_FOR_WORDS = "call appeal press push plead"
NEEDED_WORDS = "needed required called~for"
MODAL, CALL_ON, CALL_FOR, NEEDED = 1, 2, 4, 8
DEMAND, URGED, STRESSED, NEEDS = 2048, 4096, 8192, 16384  # after the bits of calls.FAMILIES
_WORD_BITS: dict[str, int] = {}
for _bit, _group in (
    (MODAL, MODAL_WORDS),
    (CALL_ON, CALL_ON_WORDS),
    (CALL_FOR, CALL_FOR_WORDS),
    (NEEDED, NEEDED_WORDS),
    (DEMAND, "demand"),
    (URGED, "urg"),
    (
        STRESSED,
        "the~importance the~critical~importance the~vital~importance the~utmost~importance "
        "the~great~importance the~paramount~importance the~necessity the~requirement the~urgency "
        "need~for need~to desire~to",
    ),
    (NEEDS, "need"),
    *calls.FAMILIES,
):
    for _w in _group.split():
        _w = _w.replace("~", " ")  # "~" joins two-word ones
        _WORD_BITS[_w] = _WORD_BITS.get(_w, 0) | _bit
for _w in list(_WORD_BITS):  # the longest word wins a match: it carries the bits of its prefixes
    for _k in range(1, len(_w)):
        _WORD_BITS[_w] |= _WORD_BITS.get(_w[:_k], 0)
ANY = functools.reduce(operator.or_, set(_WORD_BITS.values()))
# Matched case-sensitively against the lower-cased text: a case-insensitive alternation defeats
# the regex engine's first-character prefilter and costs about eight times as much.
# Only at the start of a word: "ought" in "thought" or "direct" in "indirect" examine nothing.
# Two-word anchors match across the runs of spaces PDF text has ("the need  for").
_TRIGGER = prefix_tree([(w, "") for w in _WORD_BITS]).replace("\\ ", r"\s+")
TRIGGER_RE = re.compile(r"\b" + _TRIGGER)
# TRIGGER_RE.finditer, faster (tokens.WordStarts), in one pass with the actor finder's word starts
TRIGGER_STARTS = WordStarts(
    _TRIGGER, underscore=True, name="demand triggers", firsts="".join(w[0] for w in _WORD_BITS)
)
# The start of IMPERATIVE_RE, to test a sentence without copying it.
IMPERATIVE_HEAD_RE = re.compile(IMPERATIVE_RE.pattern.split(r"\s*(?P<rest>")[0])
# "Strong legislation is needed to protect…", "Immediate action is required": a call for the thing.
NEEDED_NOW_RE = re.compile(
    r"(?<!\bwhat\s)(?<!\bas\s)(?<!\bif\s)\b(?:is|are)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?"
    r"(?:needed|required|called\s+for)\b(?!\s+(?:by|under|in|of|for)\b)",
    re.I,
)
NO_SUBJECT_RE = re.compile(r"\s*(?:no|not|nothing|none|little|what|it)\b|\s*$", re.I)
NEEDED_RE = re.compile(r"\b(?:needed|needs)\b(?!\s+to\b)", re.I)
BOUNDARY_RE = re.compile(
    r"[;:“”\"(\u2013\u2014\u00ad]|\s-\s|\b(?:that|said|says|but|because|while|whereas)\b|,\s"
)
# The speaker's name before the verb only after a comma or quotation mark ("…, Human Rights
# Watch said"): in a page without punctuation "…by the Sudanese government  said  Sen  Brownback"
# keeps "the Sudanese government" in the action.
TRAIL_RE = re.compile(
    r"(?:(?:[,”\"’]\s*,?\s*(?:[A-Z][\w.’' -]{0,60}\s)?|\s+)(?:said|says|urged|concluded|added)"
    r"(?:\s+(?:today|on \w+))?(?:\s+[^.]{0,60})?[”\"’.\s]*|[”\"’.\s,]+)$"
)
ATTRIBUTION_RE = re.compile(r"(?:said|says|urged|concluded|added)")  # TRAIL_RE cannot match without one
# A subject that is the speaker after a discourse word or hedge: "But we", "So I think we".
SELF_RE = re.compile(
    r"(?:(?:and|but|so|yet|now|then|therefore|thus|however|indeed|together|today|here|"
    r"i\s+(?:think|believe|hope|feel))\s*,?\s+)*(?:we|i)(?:\s+(?:all|therefore|also|too|now|collectively))?",
    re.I,
)
# A subject and its modal apart: "The recent actions of North Korea, which violate Security
# Council resolutions, must be stopped", "Friends of Israel, including the United States, must…".
INSERTION_RE = re.compile(
    r"(?:^|(?<=[,;:.!?\n]))\s*(?P<np>[^\s,;:.!?][^,;:.!?]{1,120}?),\s+"
    r"(?:which|who|whose|including|in\s+particular|especially|notably|and\s+(?:those|all|other)|as\s+well\s+as|"
    r"together\s+with|along\s+with|such\s+as)\b[^,;:.!?]{2,150},\s*$",
    re.I,
)
INSERTION_SPAN = 300
# "be" before a past participle is a passive ("must be held accountable"); before anything else
# ("must be worthy", "should be focussing", "must be brave enough") the subject is asked to act.
PARTICIPLE_RE = re.compile(
    r"(?i:(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|wn)|held|made|brought|put|set|done|kept|left|met|paid|told|found|built|"
    r"bound|cut|hit|hurt|let|lost|read|run|shut|spent|struck|taught|fought|sought|caught|bought|sold|sent|dealt|"
    r"meant|heard|led|fed|stood|understood|withheld|upheld|shot|won|begun|thrown|torn|worn|shown)\b)",
)
BY_AGENT_RE = re.compile(
    r"\bby\s+(?P<np>[^,.;:]{2,80}?)(?=\s+(?:themselves|itself|and|to|in|at|for)\b|[,.;:]|$)"
)
# Opinion polls report what people think ("71% believe the Government should …"): not demands.
SURVEY_RE = re.compile(
    r"\d\s*(?:%|per\s*cent\b|percent\b)\s+(?:of\s+[^.;:]{0,60}?)?(?:believe|want|say|said|think|agree|support|"
    r"oppose|feel|felt|wanted|believed|thought|agreed|supported|opposed|would)\b",
    re.I,
)
# A press contact or a pointer to more information after a modal ("…should contact the news desk
# at (202) 646-3272", "should visit www…"), page furniture rather than a call.
POINTER_RE = re.compile(
    r"(?i:(?:contact|call|email|e-mail|visit|see)\s+(?:[^.;]{0,60}?\b(?:news|press|media)\s+(?:desk|office|line|centre|center)"
    r"|[^.;]{0,60}?\(?\d{3}\)?[\s.-]\d{3}|[^.;]{0,30}?(?:www\.|https?:)))"
)
# How to take part in a meeting or a programme: "Members of the public who wish to access the
# meeting should contact…", "Attendees should plan to enter the web conference waiting room…",
# "persons wishing to benefit from this fund should submit new applications" (notices).
LOGISTICS_SUBJECT_RE = re.compile(
    r"(?i:\bwho\s+wish(?:es)?\s+to\b|\bwishing\s+to\b|\binterested\s+(?:individuals|persons|parties)\b|"
    r"\bmembers\s+of\s+the\s+public\b|\battendees\b|\bparticipants\b)"
)
LOGISTICS_VERB_RE = re.compile(
    r"(?i:contact|register|submit|plan|e-?mail|rsvp|send|apply|visit|enter|join)\b"
)
# An instrument's general provisions say how to read or apply it, asking no one to act:
# "shall be construed to impair…", "shall be implemented consistent with applicable law".
PROVISION_RE = re.compile(
    r"(?i:(?:construed|deemed)\b|implemented\s+consistent(?:ly)?\s+with\s+applicable\s+law)"
)
ABLE_RE = re.compile(r"be\s+able\s+to\b", re.I)
# A modal before a perfect looks back: a reproach ("should have acted earlier"), an inference
# ("must have forgotten") or a legal standard ("knew or should have known"), none a call.
HAVE_DONE_RE = re.compile(r"have\s+" + PARTICIPLE_RE.pattern)
# Verbs after "must/have to/need to" that report, expect or know rather than act: "I must advise
# you that…", "we have to expect the same", "the first thing you need to know is…" (briefings).
REPORT_VERB_RE = re.compile(
    r"(?:advise|say|stress|note|add|admit|remind|emphasi[sz]e|point out|confess|expect|assume|know|"
    r"guess|imagine|wonder|suppose|reali[sz]e|think|tell\s+you|be\s+(?:honest|frank|clear|candid)|"
    # a warning, like "must know": "Russia should be in no doubt that any further military
    # aggression … will have massive consequences", "should be under no illusions that…"
    r"be\s+(?:in\s+no\s+doubt|under\s+no\s+illusions?)|have\s+no\s+(?:doubt|illusions?)|"
    # the passive of the same, before what is said: "It should be pointed out that…", "It must
    # be borne in mind, however, that…", "It should be noted that…" (a speech's signposts)
    r"be\s+(?:pointed\s+out|noted|stressed|emphasi[sz]ed|underlined|recalled|remembered|recogni[sz]ed|"
    r"mentioned|said|added|borne\s+in\s+mind)\s*(?:,[^,]{1,40},\s*)?that)\b",
    re.I,
)
# "I should like to express…", "we would wish to thank…": a speaker's courtesy, not a call (a call
# it introduces, "I should like to appeal to all States to…", is found by its own verb).
COURTESY_RE = re.compile(r"(?:like|wish)\s+to\b", re.I)
ADJECTIVAL_RE = re.compile(
    r"(?i:challenging|encouraging|demanding|pressing|appealing|inviting|telling)\s+(?!the\b|a\b|an\b|them\b|us\b|"
    r"him\b|her\b|you\b|all\b|its\b|their\b|our\b|[A-Z])[a-z]"
)
CLAUSE_IN_TARGET_RE = re.compile(r"\s(?:we|she|he|they|I)\s|\s[—–]\s|[’']s\s+going\b")
RELATIVE_RE = re.compile(r"\s(?:that|who|which)\s")
FINITE_RE = re.compile(r"\b(?:has|have|is|are|was|were|will|had|been)\b")
# An indirect question or condition ("asked whether the Government should…"), but not "that is
# why we should…".
# A belief denied: "I do not believe that America or any nation should determine who will lead
# Syria" says what should not happen without asking anyone.
DISBELIEF_RE = re.compile(
    r"(?i:\b(?:do|does|did)\s*n[o']?t\s+(?:believe|think)\s+(?:that\s+)?|\bdon['’]t\s+(?:believe|think)\s+(?:that\s+)?"
    # "…, nor do I believe that America or any nation should determine who will lead Syria"
    r"|\bnor\s+do(?:es)?\s+(?:I|we|they|he|she)\s+(?:believe|think)\s+(?:that\s+)?)$"
)
REPORTING = re.compile(r"\b(?:if|whether|(?<!\bis\s)why|how|what|who|when)\s+\S+(?:\s+\S+)?\s*$", re.I)


@dataclass
class _Found:
    start: int  # clause start (absolute)
    verb: int
    act: int
    kind: str
    targets: list[tuple[int, int]]
    # found without a call verb or modal ("…by insisting that…", "urged dialogue"): inside an
    # earlier demand's action it is part of that demand, not one of its own
    weak: bool = False
    # who a call inside the action asks ("We must ask the international community to…",
    # "allegations … should encourage all political parties to…"): the targets when the demand
    # itself names none
    inner: list[tuple[int, int]] = field(default_factory=list)
    # whether a subject before the verb makes the call ("Labor calls on…"), not "it is time…"
    subject: bool = True
    # the subject was set apart from its modal ("Friends of Israel, including the United States,
    # must…"): a phrase that certainly names who is asked, though targets.py may not know its head
    held: bool = False


def _clause_start(text: str, lo: int, pos: int) -> int:
    last = lo
    for m in BOUNDARY_RE.finditer(text, lo, pos):
        last = m.end()
    while last < pos and text[last].isspace():
        last += 1
    return last


TRAIL_WINDOW = 240  # longer than any attribution TRAIL_RE strips ("…, Senator X said today in …")


def _trim(text: str, a: int, b: int) -> int:
    """Cut a trailing attribution or punctuation off the action [a, b). TRAIL_RE is anchored at
    the end but `search` tries every start: over a whole span with long runs of spaces (scraped
    pages) that backtracked for seconds, so only the span's tail is searched."""
    end = b
    while end > a and text[end - 1] in _TRAIL_CHARS:
        end -= 1
    if end == a:
        return b
    lo = max(a, end - TRAIL_WINDOW)
    if not ATTRIBUTION_RE.search(text, lo, end):  # the common case, and a far cheaper test
        return end
    m = TRAIL_RE.search(text, lo, end)
    return m.start() if m and m.start() > a else end


_TRAIL_CHARS = frozenset('”"’., \t\n\r\f\v\u00a0')


# Each pattern with its lower-case twin, by the pattern's identity: a compiled pattern hashes its
# whole compiled code, and hashing the call-on pattern for each sentence (as functools.cache did)
# cost as much as a search of the sentence with it. The pattern is kept so its id stays its own.
_LOWERED_RX: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def prepare() -> None:
    """Compile the call-on pattern (built from the authority's verbs) now, in both forms."""
    _call_on_search(True)
    _call_on_search(False)


@functools.cache
def _call_on_search(same: bool) -> WordSearch:
    """The call-on pattern from a word's start, for the lower-cased text when `same`."""
    return WordSearch(_lowered(_call_on_re()) if same else _call_on_re())


def _lowered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern for the lower-cased text without re.I, which makes it several times faster.
    Under re.I "[A-Z]" matched any letter; in lower-cased text that is "[a-z]"."""
    found = _LOWERED_RX.get(id(rx))
    if found is None:
        low = re.compile(rx.pattern.replace("(?<=[A-Z])", "(?<=[a-z])"), rx.flags & ~re.I)
        found = _LOWERED_RX[id(rx)] = (rx, low)
    return found[1]


class _Triggers:
    """Where trigger words occur, found in one pass over the lower-cased text; a sentence is
    examined only when one lies inside it, and each costly pattern only when its own words do."""

    def __init__(self, text: str, low: str) -> None:
        self.exact = len(low) == len(text)  # lower() changed the length ("İ"): offsets disagree
        self.text = text
        # One pass of a prefix-tree pattern: for the 70 words it costs half of a str.find per word
        bits = _WORD_BITS
        hits = (
            [
                (s, e, bits.get(low[s:e]) or bits[" ".join(low[s:e].split())])
                for s, e in TRIGGER_STARTS.spans(low)
            ]
            if self.exact
            else []
        )
        self.starts = [h[0] for h in hits]
        self.hits = hits

    def within(self, s: int, e: int) -> int:
        """The bits of the words lying inside [s, e) (every bit when offsets cannot be trusted)."""
        if not self.exact:
            return ANY if TRIGGER_RE.search(self.text[s:e].lower()) else 0
        hits = self.hits
        found = 0
        for i in range(bisect.bisect_left(self.starts, s), len(hits)):
            start, end, bits = hits[i]
            if start >= e:
                break
            if end <= e:
                found |= bits
        return found


INNER_CALL_RE = re.compile(r"(?i:\b(?:calls?|called|appeals?|urges?|urged)\s+(?:on|upon|for)\b)")


def _call_ons(text: str, src: str, s: int, e: int, same: bool) -> Iterator[re.Match[str]]:
    """ "X calls on Y to Z" in [s, e), tried again one word on where the first verb-like word
    turns out a noun or an adjective ("The petition calls on…", "challenging times, …")."""
    rx = _call_on_search(same)
    pos = s
    while True:
        m = rx.search(src, pos, e)
        if m is None:
            return
        ts, te = m.span("t")
        if (
            ADJECTIVAL_RE.match(src, m.start())  # "challenging times", "encouraging signs"
            or (  # "The petition calls on…"; not "the need for X to…", which names the call
                NOUN_BEFORE_RE.search(text, max(s, m.start() - 8), m.start())
                and not NOUN_CALL_RE.match(src, m.start())
            )
            or CLAUSE_IN_TARGET_RE.search(text, ts, te)  # "told her we would — she’s going to contact"
            # "global needs for refugee resettlement, FECCA reiterates our call for Australia to":
            # the call inside is the one made, tried next
            or INNER_CALL_RE.search(text, ts, te)
            or FINITE_RE.search(text, ts, _relative_start(text, ts, te))  # "encouraging that X has…"
            or OF_RE.match(src, max(s, ts - 4), ts)  # "the just demands of the people to…": a noun
            or CONDITION_RE.search(src, max(s, m.start() - 24), m.start())  # "If we want X to…"
            # "ordered Federal assistance to supplement…": an act done, not someone ordered to act
            or (ORDERS_RE.match(src, m.start()) and _thing_ordered(text, ts, te))
            or NARRATED_RE.match(src, m.start())  # "Soldiers ordered him to strip"
            or NOT_CALLED_RE.search(text, max(s, m.start() - 12), m.start())  # "never asked them to…"
            or (
                WANT_RE.match(src, m.start())
                and not WANTER_RE.search(text, max(s, m.start() - 40), m.start())
            )
        ):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


def _relative_start(text: str, ts: int, te: int) -> int:
    """Where a relative clause begins in a target phrase ("any countries that have not…")."""
    rel = RELATIVE_RE.search(text, ts, te)
    return rel.start() if rel else te


# A call verb in a condition or a concession states what would follow or is granted, asks
# nothing: "If we want the children of the world to become tomorrow's leaders, we must…", "While
# we encourage individuals to prosper, we also need to…" (the demand is the main clause).
CONDITION_RE = re.compile(
    r"(?i:\b(?:if|unless|while|whilst|whereas|although|though)\s+(?:we|you|they|i|one)\s+(?:really\s+|truly\s+)?)$"
)
ORDERS_RE = re.compile(r"(?i:order|direct)")
# "want X to": a call when the speaker wants it ("We want people to respect…", "we certainly want
# the mining industry to pay its way"); what others want is told, not asked ("people who want
# the insurance company to just settle", "if the Government wants our help to…", "He is wanted
# in Australia to face two charges").
WANT_RE = re.compile(r"(?i:want)")
WANTER_RE = re.compile(
    r"(?i:\b(?:i|we)\s+(?:(?:do|don['’]t|do\s+not|really|also|certainly|just|all|would|only|still|now|"
    r"simply|very\s+much)\s+)*)$"
)
# An order or request to a pronoun told in the past is an event of a story, a witness's or the
# speaker's ("they asked me to stay on", "Settlers ordered them to leave"), not a call the
# statement makes; "we urged him to…" is the speaker's call and stays.
NARRATED_RE = re.compile(r"(?i:(?:asked|ordered|wanted|instructed|begged)\s+(?:me|us|him|her|them)\s+to\b)")
# What is ordered or directed that is a thing, not someone: "Federal assistance", "the deployment
# of…", "additional resources", "funds".
THING_ORDERED_RE = re.compile(
    r"(?<!popula)(?<!genera)(?<!opposi)(?<!congrega)(?<!federa)(?<!associa)(?<!corpora)(?<!founda)"
    r"(?:ance|ence|ment|tion|sion)$|^(?:resources|funds|funding|aid|money|doses|supplies)$"
)


def _thing_ordered(text: str, ts: int, te: int) -> bool:
    """Whether what "ordered/directed" takes is a thing ("Federal assistance", "the deployment of
    …") rather than someone ("the government", "the Sentencing Commission", "them")."""
    end = HEAD_END_IN_TARGET_RE.search(text, ts, te)
    words = text[ts : end.start() if end else te].split()
    head = words[-1] if words else ""
    return head.islower() and head not in targets.AGENTS and bool(THING_ORDERED_RE.search(head))


HEAD_END_IN_TARGET_RE = re.compile(r"\s+(?:of|in|on|for|with|from|at|who|that|which|to|by)\b", re.I)
NOUN_CALL_RE = re.compile(
    r"(?i:(?:urgent\s+|strong\s+|clear\s+)?(?:need|desire|time|call|calls|appeal|pressure)\s+(?:for|on)\b)"
)
OF_RE = re.compile(r".*\bof\s+$")
NOUN_BEFORE_RE = re.compile(r"(?:\b(?:the|a|an|this|that|their|its|our|his|her|whose)|[’']s)\s+$", re.I)
# "the international community's repeated calls for peace", "despite the calls for…": the noun
# names calls made (by others, before), it makes none; unless the sentence makes it again,
# "we renew our call for…", "Human Rights Watch reiterated its calls for…".
CALL_NOUN_RE = re.compile(r"(?i:calls?|appeals?)\b")
NAMED_CALL_RE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|their|its|our|his|her|whose|your|my|despite|amid|following"
    r"|ignor(?:e|es|ed|ing)|heed(?:s|ed|ing)?|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|def(?:y|ies|ied|ying))"
    r"|[’']s)"
    r"(?:\s+[a-z]+(?:ed|ing|ent|ive|al|ous|ic|ful|ous|y)){0,2}\s+$",
    re.I,
)
MAKING_CALL_RE = re.compile(
    r"(?i:\b(?:renew|reiterat|repeat|restat|echo|join|support|mak|made|issu|reinforc|add|lend|lent|continu|"
    r"voic|underlin|amplif|strengthen|back)\w*\s+(?:\S+\s+){0,3}$)"
)


def _call_named(text: str, s: int, at: int) -> bool:
    """Whether the "call(s) for" at `at` is a noun naming calls rather than a call made."""
    if not CALL_NOUN_RE.match(text, at):
        return False
    before = text[max(s, at - 60) : at]
    named = NAMED_CALL_RE.search(before)
    return named is not None and not MAKING_CALL_RE.search(before[: named.start()] + " ")


# "demand(s)" as a noun: after a word that qualifies a noun ("separatist demands", "incessant
# demands", "more challenging demands"), before a verb or a word that follows a noun ("demands
# can no longer be sustained", "demands should be heard", "demands which", "demand and a
# need"), or in a name in title case ("Occupations in Demand list"); in 874 corpus files 12 such
# were taken for calls.
DEMAND_NOUN_BEFORE_RE = re.compile(
    r"(?i:\b(?:more|most|very|so|less|increasingly|of|in|its|their|our|his|her|these|those|such|that|"
    r"new|extra|growing|increasing|rising|higher|lower|wage|"
    r"[a-z]+(?:ist|ent|ing|ive|ous|ary|al))\s+)$"
)
DEMAND_NOUN_AFTER_RE = re.compile(
    r"(?i:can|could|should|will|would|must|may|might|having|coming|which|who|that|up|upon|and|or|but|"
    r"list|being|been|were|was|is|are|made|placed|of)\b"
)


def _demand_noun(text: str, s: int, m: re.Match[str]) -> bool:
    """Whether the "demand" of a DEMAND_RE match is a noun or an adjective, not a call."""
    at = m.start()
    if text[at].isupper() and text[m.start("a")].islower() and at > s:
        return True  # "in Demand sub-category": a name, mid-sentence; not "Senators Demand U S Take…"
    return bool(
        DEMAND_NOUN_BEFORE_RE.search(text, max(s, at - 30), at)
        or DEMAND_NOUN_AFTER_RE.match(text, m.start("a"))
    )


CALLS_FOR = (
    (CALL_FOR_RE, CALL_FOR, False),
    (ENCOURAGED_RE, CALL_ON, True),
    (DEMAND_RE, DEMAND, False),
    (URGED_RE, URGED, True),
    (STRESSED_RE, STRESSED, True),
    (WE_NEED_RE, NEEDS, False),
)


def _find(
    text: str, low: str, s: int, e: int, first: bool, words: int, imp: tuple[int, int] | None
) -> list[_Found]:
    """The calls in sentence [s, e); `words` are the trigger bits of the words inside it."""
    found: list[_Found] = []
    if QUESTION_END_RE.search(text, max(s, e - 8), e) or SURVEY_RE.search(text, s, e):
        return found
    same = len(low) == len(text)  # lower() kept offsets: match the faster case-sensitive patterns
    src = low if same else text

    def scan(rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return (_lowered(rx) if same else rx).finditer(src, s, e)

    for m in _call_ons(text, src, s, e, same) if words & CALL_ON else ():
        found.append(
            _Found(
                _clause_start(text, s, m.start()),
                m.start(),
                m.start("a"),
                "call_on",
                [(m.start("t"), m.end("t"))],
            )
        )
    for rx, bit, weak in CALLS_FOR:
        for m in scan(rx) if words & bit else ():
            if rx is ENCOURAGED_RE and not ENCOURAGER_RE.search(text, max(s, m.start() - 14), m.start()):
                continue  # "the reforms have encouraged progress…": no voice encourages here
            if NOT_CALLED_RE.search(text, max(s, m.start() - 12), m.start()):
                continue  # "the minister did not call for an investigation": a call not made
            if rx is URGED_RE and URGE_NOUN_RE.search(text, max(s, m.start() - 20), m.start()):
                continue  # "The democratic urge remains as strong…": the noun
            if rx in (CALL_FOR_RE, DEMAND_RE) and WHO_CALLED_RE.search(
                text, max(s, m.start() - 12), m.start()
            ):
                continue  # "we chose to support those who called for change": who they were
            if rx is CALL_FOR_RE and _call_named(text, s, m.start()):
                continue  # "Despite the international community's repeated calls for peace, …"
            if rx is DEMAND_RE and _demand_noun(text, s, m):
                continue  # "separatist demands can no longer…", "the difficult and demanding task"
            act = next(m.start(g) for g in ("a", "b", "c", "d") if g in rx.groupindex and m.group(g))
            # what a communiqué encourages is its own voice's call, whoever it names before
            own = rx is not ENCOURAGED_RE
            found.append(
                _Found(_clause_start(text, s, m.start()), m.start(), act, "call_for", [], weak, subject=own)
            )
    for m in scan(MODAL_RE) if words & MODAL else ():
        if FUTURE_RE.search(text, max(s, m.start() - 12), m.start()):
            continue  # "we're going to have to close this down": a forecast
        if (
            m.group("be") is None
            and m.group("neg") is None
            and m.group("adv") is None
            and INVERTED_RE.match(text, m.start("a"))
        ):
            continue  # "should it choose…"
        if NEED_NOUN_RE.search(text, max(s, m.start() - 8), m.start()):
            continue  # "the need to return assets"
        cs = _clause_start(text, s, m.start())
        subj = text[cs : m.start()].strip()
        held: tuple[int, int] | None = None  # a subject kept apart from its modal by an insertion
        if not subj and m.start() - s <= INSERTION_SPAN:
            ins = INSERTION_RE.search(text[s : m.start()])  # a copy: "^" is the sentence's start
            if ins:
                cs = s + ins.start("np")
                held = (cs, s + ins.end("np"))
                subj = text[cs : held[1]]
        if (
            not subj
            or REPORTING.search(text[s : m.start()])
            or len(subj.split()) > 14
            or DISBELIEF_RE.search(text, max(s, cs - 40), cs)  # "I do not believe that America … should…"
        ):
            continue
        low = subj.lower()
        if SELF_RE.fullmatch(low) and text[m.start() : m.start() + 5].lower() == "shall":
            continue  # "We shall return": a promise, not a demand
        if SELF_RE.fullmatch(low) and COURTESY_RE.match(text, m.start("a")):
            continue  # "I should like to thank…"
        if REPORT_VERB_RE.match(text, m.start("be") if m.group("be") else m.start("a")) or (
            ABLE_RE.match(text, m.start("be") if m.group("be") else m.start("a"))
            and text[m.start() : m.start() + 6].lower() == "should"
            and SELF_RE.fullmatch(low)
        ):  # "We should be able to do at least as well": an expectation
            continue  # "I must advise you that…" reports, it does not demand
        if POINTER_RE.match(text, m.start("a")) or (
            LOGISTICS_SUBJECT_RE.search(subj) and LOGISTICS_VERB_RE.match(text, m.start("a"))
        ):
            continue  # "MEDIA SHOULD CONTACT THE FEMA NEWS DESK AT (202) …": where to ask, not a call
        if HAVE_DONE_RE.match(text, m.start("a")):
            continue  # "the Air Force should have handled this…": a reproach for the past
        if m.group("be") and PROVISION_RE.match(text, m.end("be")):
            continue  # "Nothing in this proclamation shall be construed to impair…": how to read it
        passive = m.group("be") and PARTICIPLE_RE.match(text, m.end("be"))
        if passive:
            agent = BY_AGENT_RE.search(text, m.end("be"), e)  # "…must be addressed by Muslim communities"
            found.append(_Found(cs, m.start(), cs, "passive", [agent.span("np")] if agent else []))
            continue
        subject = None if SELF_RE.fullmatch(low) else held or targets.subject(text, cs, m.start())
        if subject is None:
            found.append(_Found(cs, m.start(), _action_start(m), "self_exhortation", []))
        else:
            found.append(
                _Found(cs, m.start(), _action_start(m), "obligation", [subject], held=held is not None)
            )
    if words & calls.ALL:
        found.extend(_Found(*c[:5], weak=True, subject=c[5]) for c in calls.mandatives(text, s, e, words))
    for m in scan(NEEDED_NOW_RE) if words & NEEDED else ():
        cs = _clause_start(text, s, m.start())
        if not NO_SUBJECT_RE.match(text, cs, m.start()):
            found.append(_Found(cs, m.start(), cs, "call_for", [], weak=True, subject=False))
    im = IMPERATIVE_RE.match(text, s, e)
    head = WORD_RE.match(text, im.start("v")) if im and " " not in im.group("v") else None
    if head and not object_follows(text, head, e):
        im = None  # "Support for refugees…", "Help Age International…"
    general = calls.imperative(text, s, e, imp) if im is None else None
    if general and any(f.start == s for f in found):
        general = None  # "Protest organizers should take steps…": a subject, not an imperative
    if general:
        found.append(_Found(*general[:5], subject=False))
    if im:
        v = im.start("v")
        rest = im.start("rest")
        tgt: list[tuple[int, int]] = []
        if im.group("v").split()[0] in ("Call", "Contact", "Write", "Tell", "Urge", "Ask", "Email", "Press"):
            t = re.match(
                r"[^,.;]*?(?=\s+(?:now|today|and|to|on|demanding|urging|asking)\b|[,.;]|$)", text[rest:e]
            )
            if t and t.group().strip():
                tgt = [(rest, rest + len(t.group().rstrip()))]
        if im.group("v").startswith(("Let", "Do", "Don")):
            found.append(
                _Found(v, v, v, "self_exhortation" if im.group("v").startswith("Let") else "imperative", [])
            )
        else:
            found.append(_Found(v, v, tgt[0][1] if tgt else rest, "imperative", tgt))
    if not found and (first or _capitals(text, s, e)) and NEEDED_RE.search(text, s, e):
        found.append(_Found(s, s, s, "call_for", []))
    return found


QUESTION_END_RE = re.compile(r"\?[”\"’' ]*$")


def _capitals(text: str, s: int, e: int) -> bool:
    """Whether the sentence is written in capitals (a headline), judged by its first words."""
    return text[s : min(e, s + 60)].isupper()


def _action_start(m: re.Match[str]) -> int:
    """Where the action of "X should (urgently) (not) do…" begins: at the adverb or "not", or
    at "be" when it is no passive ("must be worthy of its name", "should be focussing on")."""
    for group in ("adv", "neg", "be"):
        if m.group(group):
            return m.start(group)
    return m.start("a")


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One demand per clause: a later trigger inside an earlier demand's action belongs to it."""
    found.sort(key=lambda f: (f.verb, f.kind != "imperative"))
    out: list[_Found] = []
    for f in found:
        if out and f.weak and f.start > out[-1].act:
            continue  # "Congress must play its role by insisting that…": one demand
        if out and out[-1].kind == "imperative" and f.kind != "obligation":
            continue  # "Call your representatives now, demanding…" is one call
        if out and (f.verb < out[-1].act + 1 or f.start <= out[-1].verb) and f.kind != "obligation":
            if f.kind == "call_on":
                out[-1].inner.extend(f.targets)
            continue
        if out and f.start <= out[-1].verb:
            continue
        out.append(f)
    return out


Segment = tuple[int, int, int, "tuple[int, int] | None"]


def _segments(text: str, triggers: _Triggers) -> Iterator[Segment]:
    """(start, end, trigger bits, imperative verb) of each sentence, split where a headline runs
    into it or a full stop was lost (segments.split); a sentence of one line with neither a
    trigger word nor an imperative is passed on whole, unexamined by the splitter: most are."""
    for n, (s, e) in enumerate(sentences(text)):
        words = triggers.within(s, e)
        imp = imperative_at(text, s, e)
        multiline = text.find("\n", s, e) != -1
        # Only a sentence on several lines, a long one or one beginning in capitals can hold a
        # headline or a lost full stop (segments.split).
        if not (multiline or e - s >= LONG or text[s : s + 2].isupper()) or (
            n and not words and not imp and not multiline
        ):
            yield s, e, words, imp
            continue
        pieces = split(text, s, e)
        if len(pieces) == 1:
            yield s, e, words, imp
            continue
        for ps, pe in pieces:
            yield ps, pe, triggers.within(ps, pe), imperative_at(text, ps, pe)


def _targets(text: str, actors: tuple[Actor, ...], f: _Found) -> list[targets.Target]:
    """Who the demand asks to act (targets.py); a reader pressing someone: the phrase as written,
    "your representatives in Congress"."""
    out: list[targets.Target] = []
    for span in f.targets:
        if f.kind == "imperative":
            out.append((span, " ".join(text[span[0] : span[1]].split())))
        else:
            asked = f.kind == "call_on"
            out.extend(
                t for t in targets.resolve(text, actors, span, asked) if t[1] not in {n for _, n in out}
            )
    for span in f.inner if not out else ():
        out.extend(t for t in targets.resolve(text, actors, span) if t[1] not in {n for _, n in out})
    if f.held and not out and _plain_subject(text[f.targets[0][0] : f.targets[0][1]]):
        out.append((f.targets[0], " ".join(text[f.targets[0][0] : f.targets[0][1]].split())))
    return out


def _plain_subject(phrase: str) -> bool:
    """A short noun phrase ("Friends of Israel", "Everyone"), not a clause ("It's completely
    unacceptable that Iran"), a fragment ("and support") or a negative ("Nobody")."""
    words = [w.strip("\"“”‘’'").lower() for w in phrase.split()]
    return (
        0 < len(words) <= 6
        and phrase.strip()[:1].isupper()
        and words[0] not in ("no", "nobody", "none", "nothing", "it's", "it’s")
        and not any(w in targets.CLAUSE_END or w in targets.PERSONAL_PRONOUNS for w in words)
    )


def find_demands(
    text: str, actors: tuple[Actor, ...], issuer: str | None, title: str | None = None, genre: str = ""
) -> tuple[Demand, ...]:
    """The demands of a text; `title` and `genre` (genres.Hints) help tell who makes them."""
    demands: list[Demand] = []
    speakers = Speakers(text, actors, issuer, title, genre)
    seen: set[str] = set()
    low = lowered(text)
    triggers = _Triggers(text, low)
    for n, (s, e, words, imp) in enumerate(_segments(text, triggers)):
        if not (words or imp or IMPERATIVE_HEAD_RE.match(text, s, e) or n == 0 or _capitals(text, s, e)):
            continue  # most sentences hold no trigger word at all: skip the costly patterns
        found = _dedupe(_find(text, low, s, e, n == 0, words, imp))
        for k, f in enumerate(found):
            end = found[k + 1].start if k + 1 < len(found) else e
            end = _trim(text, f.act, end)
            if end <= f.act:
                end = e
            action_from = (
                f.start if f.kind == "passive" or (f.kind == "call_for" and f.act == f.start) else f.act
            )
            action = " ".join(text[action_from:end].split()).strip(" ,.")
            if not _real_action(action):
                continue  # "Text", "2.": a heading or stray capital word, not something to do
            # a paragraph repeated verbatim is one demand, also where the repeats run on into
            # different words (a release quoting its own letter, with no full stops left)
            key = " ".join(WORD_RE.findall(text, f.start, min(end, f.start + 300))[:REPEAT_WORDS]).lower()
            if key in seen:
                continue
            seen.add(key)
            found_targets = _targets(text, actors, f)
            tspans = [span for span, _ in found_targets]
            tnames = [name for _, name in found_targets]
            by = speakers.by(s, e, f.start, f.verb, end, f.subject and f.kind in ("call_on", "call_for"))
            demands.append(
                Demand(
                    by,
                    tuple(tnames),
                    tuple(tspans),
                    action,
                    f.kind,
                    " ".join(text[s:e].split()),
                    f.start,
                    end,
                )
            )
    return tuple(demands)


ACTION_RE = re.compile(r"[^\W\d_]{2,}")
# How many words from a demand's start make it the same demand again (the catalog compares the
# versions of a statement by as many words of their actions).
REPEAT_WORDS = 12


# One-word actions that ask nothing: ellipsis ("there has to be", "what needs to happen", "we
# will have to see"), a pronoun left by a misparse, or a transcript marker ("End text.").
EMPTY_ACTIONS = frozenset("be do happen go see them you it us him her me text quote transcript".split())


def _real_action(action: str) -> bool:
    """Not "Text", "2." or "be": a heading, a stray word or an ellipsis is nothing to do."""
    if not ACTION_RE.search(action):
        return False
    if len(action.split()) > 1:
        return True
    word = action.strip("!.").lower()
    # a verb that stands alone in capitals ends a headline ("EAST TIMORESE SHOULD STAY"); another
    # word in capitals is a typed line cut off ("WE MUST ALL", "THE PRIVATE SECTOR MUST TAKE"), in
    # title case a heading
    if action.isupper():
        return word in ALONE_VERBS
    return action.islower() and word not in EMPTY_ACTIONS


ALONE_VERBS = frozenset(
    "stay go leave act end resign stop quit withdraw apologise apologize intervene cease return wait".split()
)
