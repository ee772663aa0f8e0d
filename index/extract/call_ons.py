"""Calls made to someone named: "X calls on Y to Z", "we urge Y to Z", "asked the Government to…",
"the need for X to…". The phrase between the verb and "to" is whom the call asks to act; a
verb-like word that turns out a noun or an adjective ("The petition calls on…", "challenging
times") or a call told rather than made ("Soldiers ordered him to strip", "If we want X to…") is
passed over, and the search goes on one word further.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from . import demonstrative_subjects, targets
from .authority import authority
from .clauses import Found, clause_start
from .tokens import WordSearch
from .triggers import lowered_pattern

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
    return pat + (r"\s+" + SET_APART + rest if rest else "")


# Adverbs between a two-word call verb's words: "we call once again on the Security Council to
# assume its responsibilities", "We therefore call urgently upon the parties to cease fire" (some
# hundred in 11,000 General Assembly speeches).
SET_APART = (
    r"(?:(?:once\s+(?:again|more)|again|also|therefore|now|today|further|hereby|"
    r"(?!early\b|only\b)[a-z]+ly)\s+){0,2}"
)


# Where the one asked ends: not on "and", "or" or "in particular" when another "to" follows in the
# sentence, for there the first "to" repeats the preposition before a second one asked ("appeal to
# the Government of Indonesia and to Portugal to resume…", "appeal to the United Nations and in
# particular to its specialized agencies to spare no effort…"; targets.REPEATED_TO_RE reads the
# list); with no other "to" it starts what is asked ("require many new plans, and to make…"), as
# it does after one asked "in particular" ("We call on them in particular to respond…").
ONE_ASKED_END = (
    r"(?:(?<![\s,]and)(?<![\s,]or)(?<!,\sin\sparticular)(?<!and\sin\sparticular)(?<!,\sespecially)"
    r"(?<!and\sespecially)|(?=\s+to\s+(?![^.;:!?]*\sto\s)))"
)


@functools.cache
def _call_on_re() -> re.Pattern[str]:
    verbs = set(CALL_VERBS) | {v for v, c in authority().verbs.items() if v in ("urge", "implore", "exhort")}
    alt = "|".join(_forms(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(  # no "\b" first: _call_on_search tests the word boundary
        # "time" only before "for" ("it is time for X to…"): "time on" dates ("12:01 a.m. eastern
        # standard time on February 8, 2020, these rates of duty, which are in addition to…")
        rf"(?:{alt}|(?:urgent\s+|strong\s+|clear\s+)?(?:(?:need|desire|call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|pressure)"
        r"\s+(?:for|on)|time\s+for))"
        r"\s+(?=\S)(?!that\b|it\s+is\b|to\b|when\b|where\b|while\b|because\b|if\b|as\b|by\b)(?P<t>(?:[^.;:!?]|(?<=[A-Z])\.){1,160}?)"
        + ONE_ASKED_END
        + r"\s+to\s+[“\"‘]?(?!the\b|a\b|an\b|this\b|that\b|which\b|whom\b|what\b|be\s+\w+ed\b)(?P<a>[a-z])",
        re.I,
    )


NOT_CALLED_RE = re.compile(r"(?i:\b(?:not|n['’]t|never)\s+)$")

ADJECTIVAL_RE = re.compile(
    r"(?i:challenging|encouraging|demanding|pressing|appealing|inviting|telling)\s+(?!the\b|a\b|an\b|them\b|us\b|"
    r"him\b|her\b|you\b|all\b|its\b|their\b|our\b|[A-Z])[a-z]"
)
# (a conjunction opens another clause: "The most basic human needs fall by the wayside while
# governments … struggle to pay off…", "needs" a noun)
CLAUSE_IN_TARGET_RE = re.compile(
    r"\s(?:we|she|he|they|I|while|whereas|although|because)\s|\s[—–]\s|[’']s\s+going\b"
)
RELATIVE_RE = re.compile(r"\s(?:that|who|which)\s")
# A finite verb or a modal in what is asked makes it a clause, not someone asked: "Challenge
# Corporation (MCC) would allow the … project to create jobs" (a name and its verb).
FINITE_RE = re.compile(
    r"\b(?:has|have|is|are|was|were|will|had|been|would|could|can|may|might|should|must)\b"
)


def prepare() -> None:
    """Compile the call-on pattern (built from the authority's verbs) now, in both forms."""
    _call_on_search(True)
    _call_on_search(False)


@functools.cache
def _call_on_search(same: bool) -> WordSearch:
    """The call-on pattern from a word's start, for the lower-cased text when `same`."""
    return WordSearch(lowered_pattern(_call_on_re()) if same else _call_on_re())


INNER_CALL_RE = re.compile(r"(?i:\b(?:calls?|called|appeals?|urges?|urged)\s+(?:on|upon|for)\b)")


WHO_NEED_RE = re.compile(r"(?i:\bwho\s+)$")
# A need that the sentence lessens or removes is no call for it: "This will reduce the need for
# countries like Australia to provide a safe haven for refugees", "which avoids the need for
# detainees to do so", "Australia can reduce the immediate need for people to board leaky boats".
LESSENED_NEED_RE = re.compile(
    r"(?i:\b(?:reduc|avoid|remov|eliminat|obviat|lessen|minimi[sz]|diminish)[a-z]*\s+(?:the|any)\s+(?:[a-z]+\s+)?)$"
)


def _matches(text: str, src: str, s: int, e: int, same: bool) -> Iterator[re.Match[str]]:
    """ "X calls on Y to Z" in [s, e), tried again one word on where the first verb-like word
    turns out a noun or an adjective ("The petition calls on…", "challenging times, …")."""
    rx = _call_on_search(same)
    pos = s
    while True:
        m = rx.search(src, pos, e)
        if m is None:
            return
        ts, te = m.span("t")
        te = _aside_start(text, ts, te)  # "the parties, as my team and I have in recent days,"
        if (
            ADJECTIVAL_RE.match(src, m.start())  # "challenging times", "encouraging signs"
            # "called for an end to violence": a call for a thing (calls_for), whose "to" begins
            # no action; "called for the Federal Government to increase…" asks the Government
            or (src.endswith("for", m.start(), ts - 1) and not _someone(text, ts, te))
            # "called for the Kampuchean people to be able to choose…": a call for their freedom,
            # which asks them nothing
            or src.startswith("be able ", m.start("a"))
            or (  # "The petition calls on…"; not "the need for X to…", which names the call
                NOUN_BEFORE_RE.search(text, max(s, m.start() - 8), m.start())
                and not NOUN_CALL_RE.match(src, m.start())
                # nor "That requires people of goodwill … to…": a demonstrative, the verb's subject
                and not demonstrative_subjects.opens_as_subject(text, s, m.start())
            )
            or CLAUSE_IN_TARGET_RE.search(text, ts, te)  # "told her we would — she’s going to contact"
            # "global needs for refugee resettlement, FECCA reiterates our call for Australia to":
            # the call inside is the one made, tried next
            or INNER_CALL_RE.search(text, ts, te)
            or FINITE_RE.search(text, ts, _relative_start(text, ts, te))  # "encouraging that X has…"
            or OF_RE.match(src, max(s, ts - 4), ts)  # "the just demands of the people to…": a noun
            or CONDITION_RE.search(src, max(s, m.start() - 24), m.start())  # "If we want X to…"
            # "ordered Federal assistance to supplement…", "The administration requests these funds
            # for the deployment of … to deter…": a thing given, not someone asked to act
            or (
                ORDERS_RE.match(src, m.start())
                and (_thing_ordered(text, ts, te) or _deployed(src, m, ts, te))
            )
            or NARRATED_RE.match(src, m.start())  # "Soldiers ordered him to strip"
            or _instruction_told(text, s, m.start())  # "the Howard Government instructed the Navy to…"
            or _told_in_a_story(text, s, m.start(), ts, te)  # "A fighter ordered Jamal to lie down"
            or NOT_CALLED_RE.search(text, max(s, m.start() - 12), m.start())  # "never asked them to…"
            or (
                WANT_RE.match(src, m.start())
                and (KNOW_RE.match(src, m.start("a")) or not _wanted(text, s, m))
            )
            # "requires giving priority to…", "requires cooperation and joint action in order to
            # uproot…": an action or a purpose, no one asked
            or GERUND_RE.match(text, ts)
            or IN_ORDER_RE.search(src, ts, te)
            # "challenges in peace to…", "interests and challenges immediately…"
            or NOT_ASKED_RE.match(src, ts)
            # "the underlying needs of returning citizens using resources devoted to prevention",
            # "in need of care, despite … how to create": whose need, no one asked (not "requests
            # of Nicaragua to put in place…", asking Nicaragua)
            or (src.startswith("need", m.start()) and src.startswith("of ", ts))
            # "the services through to the people who need them to build…", "jobs to people who
            # need them, as well as access to…": whose need, in a relative clause; no one asked
            or (
                src.startswith("need", m.start())
                and WHO_NEED_RE.search(src, max(s, m.start() - 8), m.start())
            )
            or (
                src.startswith("need", m.start())
                and LESSENED_NEED_RE.search(src, max(s, m.start() - 40), m.start())
            )
            # "needed surgery to treat…"
            or (
                THING_VERB_RE.match(src, m.start())
                and _a_thing(text, ts, te, NOUN_CALL_RE.match(src, m.start()))
            )
            # "options to encourage employers to…", "is designed to encourage countries to…"
            or PURPOSE_RE.search(src, max(s, m.start() - 24), m.start())
            or (
                HANDING_RE.match(src, m.start()) and HANDOVER_RE.match(src, m.start("a"))
            )  # "I'm now going to ask Barnaby to say a few words"
        ):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


# What a call verb takes is whom it asks, a noun phrase: after it a preposition, a conjunction or
# an adverb shows the word a noun ("specific challenges and concerns raised by…", "shared
# interests and challenges for…", "challenges in peace to security"). Not "for" or "on": "the
# need for X to", "pressure on X to" take them.
NOT_ASKED_RE = re.compile(r"(?:in|at|with|from|into|over|during|across|through|and|or|but|such|[a-z]+ly)\s")
# A call verb as the purpose of a programme, a bill or a design describes what it does, and the
# speaker asks no one: "A wider range of options to encourage employers to train and employ young
# people", "is designed to encourage countries to comply", "a writ … is available to challenge
# …". Not "we are writing to urge you to…", "I rise to urge…", "met with … to urge…",
# "discussed measures to press the Burmese regime to cease the violence" (a call they make).
# Someone's role described is no call either: "Her role is to encourage young people to take on
# new challenges", "His mission is to encourage people to find common ground" (releases on an
# appointee or an award).
PURPOSE_RE = re.compile(
    r"(?i:\b(?:designed|aimed|intended|meant|willing|able|available|options?|incentives?|"
    r"strateg(?:y|ies)|schemes?|programs?|programmes?|initiatives?|polic(?:y|ies)|funding|bills?|"
    r"legislation|amendments?|mechanisms?|tools?|"
    r"(?:his|her|its|their|whose)\s+(?:role|mission|job|task|function|mandate)\s+is)\s+to\s+)$"
)
# At a press conference a speaker hands over: "I'm going to ask Ronno and Stu to speak briefly",
# "I invite the Minister to say a few words": a turn to speak, not a call to act.
# Not "I challenge him to say that he will not fully privatise Telstra".
HANDOVER_RE = re.compile(r"(?i:(?:say\s+(?:just\s+)?(?:a\s+few|a|some)\s+words?|speak|talk)\b)")
HANDING_RE = re.compile(r"(?i:ask|invit)")
# A need or request told in the past ("needed surgery to treat…", "people who requested medical
# evacuations to leave…") and "challenge", a noun as often ("present challenges for the right to
# remedy"), ask only when what they take names someone. Not "needs": "Globalization needs
# credible rules to make it stable and fair" is a call (annotated so).
THING_VERB_RE = re.compile(r"(?i:needed|requested|challeng)")


def _a_thing(text: str, ts: int, te: int, noun_call: re.Match[str] | None) -> bool:
    """Whether what a noun-like call verb takes is a bare thing ("surgery", "medical evacuations"),
    not someone ("governments", "you", "the Taliban", "more countries")."""
    first = text[ts:te].split(None, 1)[0].strip("\"“‘'")
    return (
        first.islower()
        # "the need for Syrian authorities to…": whom the noun's call asks follows "for"
        and not (noun_call and first in ("for", "on"))
        and first not in targets.DETERMINERS
        and first not in ASKED_PRONOUNS
        and first not in targets.PERSONAL_PRONOUNS
        and not _someone(text, ts, te)
    )


def _someone(text: str, ts: int, te: int) -> bool:
    """Whether the phrase after "call for" names whom the call asks: a name ("Israel", "the
    Federal Government", "the Burmese military regime") or a body or people ("all parties", "the
    authorities"); not a thing ("an end", "the adoption of policies")."""
    first = text[ts:te].split(None, 1)[0]
    if first.islower() and first.endswith("ing"):
        return False  # "calls for strengthening the United Nations capacity to…": an action
    head = targets.HEAD_END_RE.search(text, ts, te)
    named = any(w[:1].isupper() for w in text[ts : head.start() if head else te].split())
    return named or targets.names_someone(text[ts:te])  # "the Burmese military regime"


# An aside between the one asked and "to", set apart by commas: "We now urge the parties, as my
# team and I have in recent days, to seize the opportunity…" (its clause asks no one else).
ASIDE_RE = re.compile(r",\s+(?:as|just\s+as)\s[^,]{1,80},$")
# Or set apart by dashes, naming or qualifying those asked: "we've urged the parties – the
# opposition and the Maduro regime – to return to dialogue", "call on the international community
# — especially the Security Council — to assume…", "urge all nations — and we mean all nations —
# to uphold…" (a few dozen in General Debate speeches and State Department pages).
DASH_ASIDE_RE = re.compile(r"\s*[—–]\s*[^—–]{1,80}?\s*[—–]$")


def _aside_start(text: str, ts: int, te: int) -> int:
    """Where an aside ending the target phrase [ts, te) begins, else `te`."""
    last = text[te - 1 : te]
    aside = ASIDE_RE.search(text, ts, te) if last == "," else None
    if last in ("—", "–"):
        aside = DASH_ASIDE_RE.search(text, ts + 1, te)
    return aside.start() if aside else te


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
ORDERS_RE = re.compile(r"(?i:order|direct|request)")
# "want X to": a call when the speaker wants it ("We want people to respect…", "we certainly want
# the mining industry to pay its way"); what others want is told, not asked ("people who want
# the insurance company to just settle", "if the Government wants our help to…", "He is wanted
# in Australia to face two charges").
WANT_RE = re.compile(r"(?i:want)")
# What the speaker wants people to know is told them, not asked of them: "So I want you to know
# that we’re listening", "I want everybody to understand, I am not neutral in that contest".
KNOW_RE = re.compile(r"(?i:know|understand|realise|realize|appreciate|be\s+aware)\b")
WANTER_RE = re.compile(
    r"(?i:\b(?:i|we)\s+(?:(?:do|don['’]t|do\s+not|really|also|certainly|just|all|would|only|still|now|"
    r"simply|very\s+much)\s+)*)$"
)
# The speaker's expectation of someone, in diplomatic speech a call: "we expect Russia to implement
# the announced reduction", "we look to the Government of Tunisia to uphold…"; not of something
# ("we look to build on…"), a forecast ("we expect the first beneficiaries to begin arriving"), a
# relative clause ("the functions we expect the Court to perform") or a time ("as we look to the
# Madrid summit next month to convene…"). A pattern of its own, tried only where "we expect", "I
# look to"… occur (triggers.EXPECTS): in the call-on pattern its verbs made every word beginning
# with "e" or "l" a place to try.
EXPECTATION_RE = re.compile(
    r"\b(?:i|we)\s+(?:(?:also|fully|certainly|now|still|therefore|all|very\s+much)\s+)*"
    r"(?P<v>expect|look\s+to|count\s+on)\s+(?=\S)(?P<t>[^.;:!?]{1,160}?)\s+to\s+[“\"‘]?"
    r"(?!the\b|a\b|an\b|this\b|that\b|which\b|whom\b|what\b|be\s+\w+ed\b)(?P<a>[a-z])",
    re.I,
)
# An expectation of someone's support is a call on them to give it: "We expect the support of all
# Members for our candidacy", "We expect the clear support of the United States…" (not "the support
# of the people" told, which _someone and the clause test still judge). So is the speaker's reliance
# on it, in General Debate speeches a request made some forty times in 11,000: "We count on the
# support of the international community in this respect" (Kazakhstan, 2011), "We count on the
# support and goodwill of the international community as we mobilize resources…" (Zimbabwe, 2020),
# "We are counting on the necessary support by the international community for…" (Kuwait, 2023),
# and support for a thing asked of those named after it: "We count on support for that proposal by
# the leadership of the United Nations and the international community" (Uzbekistan, 2017).
SUPPORT_NOUNS = r"support|co-?operation|understanding|solidarity|assistance|help|goodwill"
EXPECTED_SUPPORT_RE = re.compile(
    r"\b(?:i|we)\s+(?:(?:also|fully|certainly|now|still|therefore|all|are|am)\s+)*"
    r"(?P<v>expect|count(?:ing)?\s+on)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?P<a>" + SUPPORT_NOUNS + r")"
    r"(?:\s+and\s+(?:[a-z-]+\s+)?(?:" + SUPPORT_NOUNS + r"|efforts?))?"
    r"(?:\s+(?:of|from|by)|\s+for\s+[^.;:!?,]{1,60}?\s+by)\s+"
    r"(?P<t>[^.;:!?,]{1,80}?)(?=\s+(?:for|in|to|on|with|during|as)\b|\s*[.;,!?]|\s*$)",
    re.I,
)
# The support named by its giver's possessive, or the audience's: "we are counting on the
# international community's firm support for Uzbekistan's initiative…" (Uzbekistan, 2005), "We
# count on members' support" (Argentina, 2017), "We count on your support" (Ukraine, 2022), a call
# on the Assembly that names no one.
POSSESSED_SUPPORT_RE = re.compile(
    r"\b(?:i|we)\s+(?:(?:also|fully|certainly|now|still|therefore|all|are|am)\s+)*"
    r"(?P<v>expect|count(?:ing)?\s+on)\s+(?:(?P<you>your)|(?P<t>[^.;:!?,'’]{1,60}?)['’]s?)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<a>" + SUPPORT_NOUNS + r")\b",
    re.I,
)
SPEAKER_BEGINS_RE = re.compile(
    r"(?:[,;:.“\"(—–-]\s*|\b(?:and|but|so|now|therefore|thus|indeed|today|that|because|here|then|also|again)\s+)$",
    re.I,
)
AS_WE_RE = re.compile(r"(?i:\b(?:as|when|while|if)\s+)$")
ASKED_PRONOUNS = frozenset({"them", "him", "her", "you", "everyone", "all of you"})
# (prices "to rise"), but "to rise to the occasion" is asked of someone
HAPPENING_RE = re.compile(
    r"(?i:be|begin|start|arrive|grow|rise(?!\s+to\s+the\s+(?:occasion|challenge))|fall|happen|occur|come|last|see|hear|get)\b"
)


GERUND_RE = re.compile(r"[a-z]+ing\s")
IN_ORDER_RE = re.compile(r"\b(?:in\s+order|so\s+as)$")


def _speaking(text: str, s: int, speaker: re.Match[str]) -> bool:
    """Whether the "we"/"I" of `speaker` begins a clause: "the functions we expect the Court to
    perform", "what side of history I want the United States to be on" are relative clauses."""
    return (
        not text[s : speaker.start()].strip(" “\"‘'")  # the sentence's start
        or SPEAKER_BEGINS_RE.search(text, max(s, speaker.start() - 12), speaker.start()) is not None
    )


# A named subject that opens its sentence: "Labor wants the Government to release the report",
# "Senator Hanson-Young wants the Minister to…": a call the release reports of a party or a member,
# theirs (not "people who want…", "if the Government wants…", which are no subject at the start).
NAMED_WANTER_RE = re.compile(
    r"[“\"‘']?(?!(?:He|She|They|It|If|When|While|Unless|Whether|Although|What|Who)\b)(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*\s+(?:(?:also|now|still|today|clearly)\s+)?$"
)


BELIEVE_RE = re.compile(r"(?i:wants?\s+(?:[\w'’]+\s+){0,3}?to\s+(?:believe|think|forget|accept)\b)")


def _wanted(text: str, s: int, m: re.Match[str]) -> bool:
    """Whether "want X to V" at `m` is the speaker's call, or a call of the named subject that
    begins the sentence."""
    speaker = WANTER_RE.search(text, max(s, m.start() - 40), m.start())
    if speaker is not None and _speaking(text, s, speaker):
        return True
    if text[m.start() : m.start() + 6].lower() == "wanted":
        return False  # "Labor wanted the Government to act": what was wanted, told
    if BELIEVE_RE.match(text, m.start()):
        return False  # "John Howard wants us to believe that…": a jibe, not a call
    return m.start() - s <= 80 and NAMED_WANTER_RE.fullmatch(text, s, m.start()) is not None


def expectations(text: str, s: int, e: int) -> Iterator[Found]:
    """The speaker's expectations of someone named in sentence [s, e)."""
    for m in EXPECTATION_RE.finditer(text, s, e):
        ts, te = m.span("t")
        if (
            _speaking(text, s, m)
            and not AS_WE_RE.search(text, max(s, m.start() - 8), m.start())
            and (_someone(text, ts, te) or text[ts:te].lower() in ASKED_PRONOUNS)
            and not HAPPENING_RE.match(text, m.start("a"))
            and not CLAUSE_IN_TARGET_RE.search(text, ts, te)
            and not IN_ORDER_RE.search(text, ts, te)
        ):
            yield Found(
                clause_start(text, s, m.start("v")), m.start("v"), m.start("a"), "call_on", [(ts, te)]
            )
    for m in EXPECTED_SUPPORT_RE.finditer(text, s, e):
        ts, te = m.span("t")
        if _speaking(text, s, m) and _someone(text, ts, te):
            yield Found(
                clause_start(text, s, m.start("v")), m.start("v"), m.start("a"), "call_on", [(ts, te)]
            )
    for m in POSSESSED_SUPPORT_RE.finditer(text, s, e):
        if not _speaking(text, s, m):
            continue
        cs = clause_start(text, s, m.start("v"))
        if m.group("you"):
            yield Found(cs, m.start("v"), m.start("a"), "call_for", [])
            continue
        ts, te = m.span("t")
        if _someone(text, ts, te):
            yield Found(cs, m.start("v"), m.start("a"), "call_on", [(ts, te)])


# An order or request to a pronoun told in the past is an event of a story, a witness's or the
# speaker's ("they asked me to stay on", "Settlers ordered them to leave"), not a call the
# statement makes; "we urged him to…" is the speaker's call and stays.
# So is one to a single person met in the story, or told as it happens ("ordered them not to eat
# it", "ordering another soldier to tighten his cuffs", "When he asked a soldier to loosen his
# cuffs", "They asked my son to chant"); not "instructed her officials to", a minister's order.
# A request to the speaker, told as it is made, is no call of his either: "You are asking me to
# comment on a lot of matters…", "So you’re asking me to agree to something…" (interview answers
# about the question put); the speaker's own "we are asking them to…" stays.
NARRATED_RE = re.compile(
    r"(?i:(?:asked|ordered|ordering|wanted|instructed|begged)\s+(?:(?:me|us|him|her|them|everyone|everybody)"
    r"|(?:a|an|another|my)\s+[a-z]+)\s+(?:not\s+)?to\b"
    r"|(?:asking|asks|inviting|invites|urging|urges|begging|begs)\s+me\s+(?:not\s+)?to\b)"
)
# An order a witness's story tells, given to someone met in it by name, by a fighter, a guard or
# "he": "A fighter ordered Jamal to lie down", "He ordered Jamal to say the Shahada" (an HRW
# account); not a body's order to a state or a person it names ("The court ordered Israel to…").
STORY_AGENT_RE = re.compile(
    r"(?i:\b(?:he|she|they|(?:a|an|the|one\s+of\s+the|another)\s+(?:\w+\s+)?(?:fighters?|soldiers?|guards?|"
    r"officers?|commanders?|gunm[ae]n|militiam[ae]n|interrogators?|policem[ae]n|m[ae]n|captors?|"
    r"kidnappers?|abductors?|attackers?))\s+(?:then\s+)?(?:ordered|asked|told|forced|instructed)\s+)$"
)
ONE_NAME_RE = re.compile(r"[A-Z][\w’'-]+")
# An instruction given, told of someone else, is an act of the story, not a call the statement
# makes: "we are told Mr Rudd has directed his officials to develop a new people smuggler strategy",
# "the Howard Government instructed the Navy to turn back the boats…", "his Hanoi cable had
# instructed the Ambassador to…"; the speaker's own ("I’ve instructed our embassies … to make it
# a part of their job") gives it.
TOLD_INSTRUCTION_RE = re.compile(r"(?i:instructed|directed)\s")
SPEAKER_BEFORE_RE = re.compile(
    r"(?i:(?<![\w’'])(?:i|we)(?:['’]ve|\s+have|\s+had)?\s+(?:(?:also|today|now|just|already|[a-z]+ly)\s+)?)$"
)


def _instruction_told(text: str, s: int, verb: int) -> bool:
    """Whether the call verb at `verb` is an instruction someone other than the speaker gave."""
    return bool(TOLD_INSTRUCTION_RE.match(text, verb)) and not SPEAKER_BEFORE_RE.search(
        text, max(s, verb - 30), verb
    )


def _told_in_a_story(text: str, s: int, verb: int, ts: int, te: int) -> bool:
    if not ONE_NAME_RE.fullmatch(text, ts, te) or not STORY_AGENT_RE.search(text, max(s, verb - 50), ts):
        return False
    aid = authority().by_name.get(text[ts:te], -1)
    return aid < 0 or authority().types[aid] == "person"  # a given name, not "Israel"


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


# An order to troops ("Russia has ordered troops to deploy into…", "I ordered thousands of
# additional forces to Europe") tells a deployment, the command of one's own forces, not a call on
# anyone to act (not "ordered the Israeli army and other officials to submit a plan").
DEPLOYED = frozenset("troops forces soldiers units reinforcements battalions brigades warships".split())


def _deployed(src: str, m: re.Match[str], ts: int, te: int) -> bool:
    """Whether an order (not a request) is given to troops counted or unnamed ("troops", "thousands
    of additional forces"), not to a body ("You ordered the Armed Forces to carry out military
    operations", an order annotators mark as a demand)."""
    words = src[ts:te].split()
    return (
        not src.startswith("request", m.start())
        and words[0].lower() != "the"
        and not DEPLOYED.isdisjoint(w.strip(",").lower() for w in words)
    )


HEAD_END_IN_TARGET_RE = re.compile(r"\s+(?:of|in|on|for|with|from|at|who|that|which|to|by)\b", re.I)
NOUN_CALL_RE = re.compile(
    r"(?i:(?:urgent\s+|strong\s+|clear\s+)?(?:need|desire|time|call|calls|appeal|pressure)\s+(?:for|on)\b)"
)
OF_RE = re.compile(r".*\bof\s+$")
NOUN_BEFORE_RE = re.compile(r"(?:\b(?:the|a|an|this|that|their|its|our|his|her|whose)|[’']s)\s+$", re.I)


def find(text: str, src: str, s: int, e: int, same: bool) -> Iterator[Found]:
    """The calls on someone in sentence [s, e); `src` is the lower-cased text when `same`."""
    for m in _matches(text, src, s, e, same):
        yield Found(
            clause_start(text, s, m.start()), m.start(), m.start("a"), "call_on", [(m.start("t"), m.end("t"))]
        )


# A call in the passive, as UN speeches make it: "The international community is called upon to
# shoulder its responsibilities", "All States are urged to ratify…". Only in the present: "he
# was asked to leave" tells a story; not what a notice invites ("Applicants are encouraged to
# apply early", "Interested parties are invited to contact…").
PASSIVE_CALL_RE = re.compile(
    r"\b(?:is|are)\s+(?:(?:hereby|also|therefore|again|once\s+again|now|strongly|urgently)\s+)*"
    r"(?:called\s+(?:up)?on|urged|requested|encouraged|invited)\s+to\s+"
    r"(?!(?:apply|contact|register|submit|visit|rsvp|attend|join|send|e-?mail|call|participate|take\s+part)\b)"
    r"(?P<a>[a-z])",
    re.I,
)


SETTING_RE = re.compile(r"(?i:\b(?:where|whereby|when|whenever|if|unless|which|who)\s)")


def passive_calls(text: str, s: int, e: int) -> Iterator[Found]:
    """ "X is called upon to Z" in sentence [s, e): X, the subject before the verb, is asked."""
    for m in PASSIVE_CALL_RE.finditer(text, s, e):
        cs = clause_start(text, s, m.start())
        if SETTING_RE.search(text, cs, m.start()):
            continue  # "the future where every Australian is encouraged to have a go": described
        subject = targets.subject(text, cs, m.start())
        if subject is not None and text[subject[0] : subject[1]].lower() not in targets.PERSONAL_PRONOUNS:
            # the subject is who is asked; who asks is the voice (subject=False)
            yield Found(cs, m.start(), m.start("a"), "call_on", [subject], subject=False)
