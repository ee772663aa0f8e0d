"""Calls for a thing rather than on someone: "we call for an independent inquiry", "HRW demanded
the release of…", "the government has urged dialogue", "(we) encourage further cooperation",
"We need the facts", communiqués' "stressed the need for…", and "Immediate action is required".
A call named rather than made ("despite the repeated calls for peace", "separatist demands", "those
who called for change", "did not call for") is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import act_agents, stated_rules, targets
from .call_ons import NOT_CALLED_RE
from .calls import MANDATIVE
from .clauses import Found, clause_start
from .importance import names_act, said_by_sides
from .triggers import CALL_FOR, CALL_ON, DEMAND, ENCOURAGE, NEEDS, STRESSED, URGED, scan

# Calls for a thing, each pattern tried only when its own word occurs (see WORD_BITS).
CALL_FOR_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|plead(?:s|ed|ing)?"
    # the speaker's own advocacy: "We strongly advocate for the WHO to invite Taiwan…" (a State
    # Department statement); not the noun ("a tireless advocate for women's rights") nor who does it
    # ("groups advocating for accountability")
    # ("religious groups periodically advocate for introducing…": others' advocacy, told)
    r"|\b(?:we|i)\s+(?:\w+ly\s+)?advocate)\s+"
    # "Barbados calls once again for an end to the embargo", "we are calling loudly for dialogue"
    r"(?:(?:once\s+(?:again|more)|again|also|therefore|now|today|further|[a-z]+ly)\s+){0,2}for\s+"
    r"(?P<a>\S)",
    re.I,
)
# Whom a call for someone to act asks: "calls for all parties to the conflict to cease…" (its
# first "to" a preposition: a determiner follows), "for the WHO to invite…"; not a wish for
# someone ("called for the Kampuchean people to be able to choose…"), nor what is called
# for ("for an end to the violence", "for the release of…"), which names no one (targets.names_someone).
FOR_WHOM_TO_RE = re.compile(
    # not an act named by its gerund ("This calls for strengthening the United Nations capacity to…")
    # nor a place after a participle ("the changes called for in the Secretariat and to devise…")
    r"(?![a-z]+ing\b|(?:in|on|at|by|from|with|within|under|among)\b)"
    r"(?P<t>(?:(?!\sto\s+be\b)[^.;:!?,()]){1,80}?)\s+to\s+"
    r"(?!(?:the|a|an|its|their|this|these|those|all|our|his|her|any|be|do|that)\b)(?P<v>[a-z]{2,})\b"
)
DEMAND_RE = re.compile(
    # the look-behinds follow "demand": before it they would be tried at every position
    r"\bdemand(?<!\bto\sdemand)(?<!\ba\sdemand)(?<!\ban\sdemand)(?<!\bthe\sdemand)(?<!\bmost\sdemand)"
    # "demands include…", "demands for…": the noun
    r"(?:s|ed|ing)?\s+(?!that\b|include|are\b|were\b|is\b|was\b|have\b|has\b|for\b|of\b|made\b|by\b|from\b|on\b)"
    r"(?P<a>[a-z])",
    re.I,
)
# The speaker requesting a thing: "we respectfully request the establishment of a reliable,
# independent monitoring mechanism" (a Senate letter); not "the request", "they requested".
REQUESTED_RE = re.compile(
    r"\b(?:we|i)\s+(?:(?:\w+ly|also|therefore|now|again|hereby)\s+){0,2}(?P<v>request)\s+(?P<a>(?:the|an?)\s+[a-z])",
    re.I,
)
# The speaker proposing an act by its noun: "So, on behalf of the Islamic Republic of Iran, I propose,
# as a first step, the consideration by the United Nations of a project …" (Iran, 2013), "We propose
# the establishment of an “Afghan trust fund”" (Pakistan, 2001); not "propose that …"
# (calls.MANDATIVE's), another's proposal ("they propose"), nor "propose to" + verb, mostly the
# speech's plan or the speaker's own ("I propose to speak today only of…", "We propose to make the
# Eastern Province … a model").
PROPOSED_RE = re.compile(
    r"\b(?:we|i|my\s+(?:delegation|government|country))\s+"
    r"(?:(?:\w+ly|also|therefore|now|again|hereby|would\s+(?:also\s+)?like\s+to|wish\s+to|want\s+to)\s+){0,2}"
    r"(?P<v>propose)s?\s*(?:,[^,.;:]{1,40},\s*)?(?P<a>(?:the|an?)\s+[a-z])",
    re.I,
)
# The speaker insisting on a thing: "we insist on the need for…", "We resolutely insist on the
# ending of…", "we therefore insist on the implementation of…" (UN speeches); not another's
# insistence ("They insist on prolonging the life…", a complaint) nor "I insist on the fact that…".
# ("We must insist upon…" is an obligation; "we insist on the need for X to…" a need stressed, and
# "We insist on our proposal that … must…" holds its call after "that": their patterns read them.)
INSISTED_RE = re.compile(
    r"\b(?:we|i)\s+(?:(?:\w+ly|also|therefore|again|continue\s+to|will\s+continue\s+to)\s+){0,2}"
    r"insist\s+(?:(?:\w+ly|once\s+again|again)\s+)?(?:up)?on\s+(?!the\s+fact\b|this\b|that\b|it\b|the\s+point\b|"
    r"(?:the\s+)?(?:\w+\s+)?(?:need|necessity)\s+(?:for|to|of)\b|[^.;:!?]{0,40}\bthat\b)(?P<a>[a-z])",
    re.I,
)
# A condition or a denial before it: "for if we insist upon specious … classifications",
# "…does not mean that we insist on uniformity".
INSIST_NOT_RE = re.compile(r"(?i:\b(?:if|when|unless|whether|mean(?:s|t)?\s+that)\s+$)")
# An act named by its noun, with "of": "the immediate release of", "the early conclusion of", "the
# convening of"; in lower case, and not a body or group so named ("the government of", "the members
# of", "the delegation of", "the international community, in recognition of").
URGED_ACT_OF: str = (
    r"(?-i:(?:(?!(?:in|on|by|to|for|with|at|of|and\s+the)\b)[a-z][a-z-]*\s+){0,3}"
    r"(?!(?:govern|parlia|depart|ele)ments?\b|(?:administr|organi[sz]|feder|deleg|popul|gener|situ|found|"
    r"associ|corpor)ations?\b|(?:coali|conven|institu|na|sta|ques|posi|opposi)tions?\b|(?:sess|commiss)ions?\b|"
    r"conferences?\b|alliances?\b|tribunals?\b|[a-z]?[a-z]ing\b|meetings?\b)"
    r"(?:[a-z]+(?:tion|sion|ment|ance|ence|ing|al)|release|end|return|repeal|reform|closure|passage|pursuit|"
    r"review|use)\s+of\b)"
)
# "the government has urged dialogue": urging a thing, not someone to act (that is CALL_ON); "the"
# only before an act ("HRW urges the immediate release of…", as "calls for the release of…"):
# "urge the Government of X to…" goes to the urge-object-to finder
URGED_RE = re.compile(
    r"\burg(?:ed|es|ing|e)\s+(?!that\b|them\b|him\b|her\b|us\b|you\b|me\b|it\b|"
    r"the\b(?!\s+" + URGED_ACT_OF + r")|all\b|[a-z]+\s+to\b|"
    r"for\b|today\b|yesterday\b|by\b|on\b|in\b|at\b|from\b|with\b|as\b|and\b|but\b|or\b|during\b|after\b|"
    r"before\b|again\b|also\b|last\b|this\b|[a-z]+ly\b)(?P<a>[a-z])",
    re.I,
)
# Before "urge" as a noun: "the democratic urge", "an urge"; the verb follows a subject or modal.
URGE_NOUN_RE = re.compile(
    r"(?i:\b(?:the|an|this|that|their|our|its|his|her|[a-z]+(?:ic|al|ous|ive|ing))\s+)$"
)
# A call inside what is claimed or argued, which the sentence weighs: "Any claim that
# administrative difficulties demand this approach fail when…"; not a call after it, "condemned
# the Minister’s claims that the reports were ‘hype’ and demanded he took responsibility".
CLAIMED_RE = re.compile(
    r"(?i:\b(?:claims?|arguments?|assertions?|suggestions?|notion|contention)\s+that\s+(?:(?!\band\s)[^,;:])*$)"
)
# Calls told of people as who they are, not made here: "those who called for change", "protesters
# who demanded…" ("a resolution which called for…" is the resolution's call, and stays).
WHO_CALLED_RE = re.compile(r"(?i:\bwho\s+(?:had\s+|have\s+|has\s+)?)$")
# The speaker's voice before "encourage" ("We encourage", "and encourage"), tested on a match
# only: look-behinds at the head of ENCOURAGED_RE made it try every position of a sentence.
# A readout's speaker named before it is a voice too: "The Secretary encouraged continued bilateral
# dialogue", "Secretary Blinken encouraged further progress" (a name or title, in capitals).
ENCOURAGER_RE = re.compile(r"(?:(?i:\b(?:we|i|also|strongly|continue\s+to|and))|\b[A-Z][a-z]+)\s+$")
# Communiqués encourage a thing done: "(we) encourage further cooperation and dialogue with all
# stakeholders", "encouraged progress on protecting human rights", "encourage increased support
# for these prosecutions"; not "governments have assisted and encouraged the growth…" (told).
# An act named by its noun, as urged ("We encourage the full implementation of the agreement", "The
# United States encourages the establishment of a commission"); "encourage the Government of X to…"
# names whom it asks (the object-to finder's).
ENCOURAGED_RE = re.compile(
    r"\bencourag(?:e|es|ed)\s+"
    r"(?=(?:further|continued|greater|increased|renewed|more|full)\s+[a-z]|(?:progress|dialogue|cooperation|"
    r"co-operation|efforts|resumption|repatriations?|reforms?)\b|(?P<the>the)\s+" + URGED_ACT_OF + r")"
    r"(?P<a>[a-z])",
    re.I,
)
# Encouraging an act named by its noun is told of policies, treaties and the past as often as asked
# ("The Charter encouraged the establishment of…", "a policy … encourages the maintenance of…",
# "It encourages the revival of militarism", "rules that prohibited war and encouraged the peaceful
# settlement of disputes"): a call only in the present, by the speaker ("We encourage", "Liberia
# encourages", "continue to encourage"), or after "and" in a sentence the speaker's "we" leads ("We
# underscore the importance of peace … and encourage the peaceful resolution of…").
ENCOURAGES_ACT_RE = re.compile(r"(?i:encourages?\s)")
ACT_ENCOURAGER_RE = re.compile(r"(?i:\b(?:we|i|also|strongly|continue\s+to)\s+$)")
# A name (one verb's subject: "encourages"), not a pronoun: "The principles set forth in the Act
# encourage the establishment of…" is the principles'.
ACT_ENCOURAGER_NAMED_RE = re.compile(r"\b(?!(?:It|This|That|Which)\b)[A-Z][a-z]+\s+$")
WE_RE = re.compile(r"(?i:\bwe\b)")
AND_RE = re.compile(r"(?i:\band\s+$)")
# "We need the facts", "We need concerted efforts at all levels…": the speaker's call for a thing.
WE_NEED_RE = re.compile(
    r"\bwe\s+(?:urgently\s+|still\s+|also\s+|now\s+|really\s+)?need\s+(?!to\b)(?P<a>[a-z])", re.I
)
# A need asked about or supposed, no call: "one of which of course is whether we need a statutory right
# of privacy in this country" (an interview), "the people of Nauru want to help out Australia if we
# need it", "whether we need a form of bridging visa".
SUPPOSED_NEED_RE = re.compile(r"(?i:\b(?:whether|if)\s+(?:or\s+not\s+)?$)")
# communiqués: "stressed the need for…", "emphasised the importance of…", "there is a need for…"
STRESSED_RE = re.compile(
    # also as participles, "while underscoring the need for Ukraine to…", "We join the people of
    # Ukraine in emphasizing the importance of…", and "We affirm the need to ensure accountability"
    r"\b(?:emphasi[sz](?:e[ds]?|ing)|stress(?:ed|es|ing)?|underscor(?:ed|es|e|ing)|underlin(?:ed|es|e|ing)|"
    r"reiterat(?:ed|es|e|ing)|agreed\s+on|highlight(?:ed|s|ing)?|(?:re)?affirm(?:ed|s|ing)?|"
    # "we insist on the need to strengthen South-South cooperation…" (UN speeches)
    r"insist(?:s|ed|ing)?\s+(?:up)?on)\s+"
    # "we stress once again the need to coordinate…", "We have stressed time and again the need to…"
    r"(?:(?:time\s+and\s+again|once\s+(?:again|more)|again|also|repeatedly|further|[a-z]+ly)\s+){0,2}"
    # "We continue to emphasize to both Israel and to the Palestinian Authority the need to…"
    r"(?:to\s+(?P<to>[^,.;:!?]{2,80}?)\s+)?the\s+(?:(?:necessity|need|requirement|urgency)\s+(?:of|for|to)\s+"
    # "the importance of" asks for an action ("of preventing the further spread…", "the critical
    # importance of meeting humanitarian needs", "of successfully concluding"), not for a thing
    # valued ("the importance of the transatlantic Alliance")
    r"|(?:critical\s+|vital\s+|utmost\s+|great\s+|paramount\s+)?importance\s+of\s+(?=(?:[a-z]+ly\s+)?[a-z]+ing\b|(?:full\s+)?respect\s+for\b))(?P<a>\S)"
    # "there is now an urgent need for dialog…", "there remains an urgent need for…assistance"
    r"|\bthere\s+(?:is|remains)\s+(?:now\s+|still\s+|also\s+|therefore\s+)?(?:an?\s+)?(?:\w+\s+)?need\s+(?:for|to)\s+(?P<b>\S)"
    # "emphasis was placed on the importance of…", "their desire to see the withdrawal of…"
    r"|\bemphasis\s+was\s+(?:placed|laid)\s+on\s+the\s+(?:importance|necessity|need)\s+(?:of|for|to)\s+(?P<c>\S)"
    r"|\b(?:their|our|its)\s+(?:strong\s+)?desire\s+to\s+see\s+(?P<d>\S)"
    # readouts: "The Secretary and Special Coordinator also discussed the need to prevent the cycle
    # of violence from recurring", "discussed the need for timely preparations for…" (not
    # "discussed the importance of cooperation…", a topic talked over)
    r"|\bdiscuss(?:ed|es)\s+the\s+(?:urgent\s+|pressing\s+)?(?:need|necessity)\s+(?:for|to)\s+(?P<e>\S)",
    re.I,
)
# "Strong legislation is needed to protect…", "Immediate action is required": a call for the thing.
# ("\b" before the look-behinds: the same tests at the same place, but the cheap one first
# spares the look-behinds at every character inside a word, half the pattern's time)
# Not a relative clause's ("there is trust, which is needed in order to resolve any problem"); not
# what a rule or someone requires ("is required by law", "… of Member States", "… under the
# Charter") nor where ("is needed in Africa"); but "in order to" says what the act is for:
# "Additional efforts are required in order to take further steps towards their settlement",
# "Adequate resources are required in order to sustain peace" (General Debate speeches), as is
# "therefore" a reason's ("Urgent action is therefore required to restore constitutional rule").
NEEDED_NOW_RE = re.compile(
    r"\b(?<!\bwhat\s)(?<!\bas\s)(?<!\bif\s)(?<!\bwhich\s)(?:is|are)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+|therefore\s+|thus\s+)?"
    r"(?:needed|required|called\s+for)\b(?!\s+(?:by|under|in(?!\s+order\s+to\b)|of|for)\b)",
    re.I,
)
NO_SUBJECT_RE = re.compile(r"\s*(?:no|not|nothing|none|little|what|it)\b|\s*$", re.I)
# "the international community's repeated calls for peace", "despite the calls for…": the noun
# names calls made (by others, before), it makes none; unless the sentence makes it again,
# "we renew our call for…", "Human Rights Watch reiterated its calls for…".
CALL_NOUN_RE = re.compile(r"(?i:calls?|appeals?)\b")
NAMED_CALL_RE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|their|its|our|his|her|whose|your|my|despite|amid|following"
    r"|ignor(?:e|es|ed|ing)|heed(?:s|ed|ing)?|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|def(?:y|ies|ied|ying))"
    r"|[’']s|(?<=s)[’'])"  # "the people's calls", "Yemenis’ calls"
    # adjectives in "-y" are few ("the many / early / timely calls"): "my country calls for", "the
    # party calls for", "the Ministry calls for" are a body making its call, not calls named
    r"(?:\s+(?:[a-z]+(?:ed|ing|ent|ive|al|ous|ic|ful|ly)|many|angry|noisy|ready|hasty|heavy|every)){0,2}\s+$",
    re.I,
)
MAKING_CALL_RE = re.compile(
    r"(?i:\b(?:renew|reiterat|reaffirm|repeat|restat|echo|join|support|mak|made|issu|reinforc|add(?!ress)|lend|lent|continu|"
    r"voic|underlin|amplif|strengthen|back)\w*\s+(?:\S+\s+){0,3}$)"
)


def _call_named(text: str, s: int, at: int) -> bool:
    """Whether the "call(s) for" at `at` is a noun naming calls rather than a call made."""
    if not CALL_NOUN_RE.match(text, at):
        return False
    before = text[max(s, at - 60) : at]
    named = NAMED_CALL_RE.search(before)
    if (
        named is not None
        and SINGULAR_SUBJECT_RE.fullmatch(named.group())
        and text[at : at + 6].lower() == "calls "
    ):
        return False  # "This calls for strengthening the United Nations": a verb after "this"
    if named is None and SINGULAR_CALL_RE.match(text, at):
        named = ACRONYM_BEFORE_RE.search(before)
    return named is not None and not MAKING_CALL_RE.search(before[: named.start()] + " ")


# An organisation's acronym before the singular noun: "the UNHCR appeal for Rhodesian refugees",
# "the UNICEF appeal for emergency humanitarian programs" (after a name the verb is "appeals").
ACRONYM_BEFORE_RE = re.compile(r"\b(?i:the|an?|its|their|our|this)\s+[A-Z]{2,}\s+$")
SINGULAR_CALL_RE = re.compile(r"(?i:call|appeal)\s")


SINGULAR_SUBJECT_RE = re.compile(r"(?i:this|that)\s+")
# "as called for in the Comprehensive Peace Agreement", "as called for by the Security Council": the
# participle cites a call someone else made (a treaty's, a resolution's); any call of the sentence's own
# has its own trigger.
AS_CALLED_RE = re.compile(r"\bas\s+$", re.I)


OF_BEFORE_RE = re.compile(r"\bof\s+$")
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


# Evidence that argues for an act, in the statement's own voice whatever it names first: "The
# tragedies in Iraq, Libya, Yemen and Syria have proved the need to stop…", "That entails the need
# to learn to respect one's partners"; not the need for a thing ("…illustrate the need for
# stronger environmental rights protections" argues, it asks no one).
EVIDENCE_RE = re.compile(
    r"\b(?:illustrat(?:e|es|ed)|expos(?:e|es|ed)|demonstrat(?:e|es|ed)|show(?:s|ed)?|prov(?:e|es|ed)|"
    r"confirm(?:s|ed)?|reveal(?:s|ed)?|entail(?:s|ed)?|point(?:s|ed)?\s+to)\s+(?:(?:again|clearly|also)\s+)?"
    r"the\s+(?:urgent\s+|pressing\s+)?need\s+to\s+(?P<a>[a-z])",
    re.I,
)
ING_RE = re.compile(r"[a-z]+ing\b", re.I)
IMPORTANCE_OF_RE = re.compile(r"importance\s+of\s", re.I)
CALLS_FOR = (
    (CALL_FOR_RE, CALL_FOR, False),
    (ENCOURAGED_RE, ENCOURAGE, True),
    (DEMAND_RE, DEMAND, False),
    (URGED_RE, URGED, True),
    (STRESSED_RE, STRESSED, True),
    (EVIDENCE_RE, STRESSED, True),
    (WE_NEED_RE, NEEDS, False),
    (REQUESTED_RE, CALL_ON, False),
    (INSISTED_RE, MANDATIVE, False),
    (PROPOSED_RE, CALL_FOR, False),
)
# The trigger bits of any of them: a sentence with none (most examined, for an imperative or a
# modal) is not walked through the patterns at all
TRIGGERS = CALL_FOR | ENCOURAGE | DEMAND | URGED | STRESSED | NEEDS | CALL_ON | MANDATIVE


def find(text: str, src: str, s: int, e: int, words: int, same: bool) -> Iterator[Found]:
    """The calls for a thing in sentence [s, e) whose trigger words (`words`) occur in it."""
    for rx, bit, weak in CALLS_FOR:
        for m in scan(rx, src, s, e, same) if words & bit else ():
            if not _made(text, s, rx, m):
                continue
            if rx is STRESSED_RE and IMPORTANCE_OF_RE.search(m.group()) and said_by_sides(text, s):
                continue  # "They underscored the importance of addressing…": what the sides value
            act = next(m.start(g) for g in ("a", "b", "c", "d", "e") if g in rx.groupindex and m.group(g))
            # what a communiqué encourages is its own voice's call, whoever it names before
            own = rx is not ENCOURAGED_RE and rx is not EVIDENCE_RE
            # a participle's subject is not the words before it: "We join the people of Ukraine
            # in emphasizing the importance of…" is the statement's voice, not the people's
            own = own and not (rx is STRESSED_RE and ING_RE.match(text, m.start()))
            # what a readout says two sides discussed is the statement's own call, not either's
            own = own and not (rx is STRESSED_RE and m.group("e"))
            cs = clause_start(text, s, m.start())
            verb = m.start("v") if "v" in rx.groupindex else m.start()  # "we request": the verb's subject
            asked = FOR_WHOM_TO_RE.match(text, m.start("a"), e) if rx is CALL_FOR_RE else None
            if asked and _names_asked(asked.group("t")):
                # "We call for the WHO to invite Taiwan to participate": the WHO is asked, not Taiwan
                yield Found(cs, verb, asked.start("v"), "call_on", [asked.span("t")], weak, subject=own)
                continue
            if "to" in rx.groupindex and m.group("to"):  # stressed to someone: he is asked
                yield Found(cs, verb, act, "call_on", [m.span("to")], weak, subject=own)
                continue
            # "urge constructive engagement of all stakeholders": the act's doer is asked
            doer = act_agents.doer(text, act, e)
            yield Found(cs, verb, act, "call_for", [doer] if doer else [], weak, subject=own)


def _names_asked(phrase: str) -> bool:
    """Whether the phrase between "for" and "to" names someone: a person or a body, or a name ("the
    WHO", whose acronym reads as the pronoun)."""
    return targets.names_someone(phrase) or any(w[:1].isupper() for w in phrase.split()[:3])


def _made(text: str, s: int, rx: re.Pattern[str], m: re.Match[str]) -> bool:
    """Whether the match of `rx` makes a call, rather than names or denies one."""
    if rx is ENCOURAGED_RE and not ENCOURAGER_RE.search(text, max(s, m.start() - 14), m.start()):
        return False  # "the reforms have encouraged progress…": no voice encourages here
    if rx is ENCOURAGED_RE and m.group("the") and not _encourages_act(text, s, m.start()):
        return False  # "The Charter encouraged the establishment of…": told, not asked
    if NOT_CALLED_RE.search(text, max(s, m.start() - 12), m.start()):
        return False  # "the minister did not call for an investigation": a call not made
    if CLAIMED_RE.search(text, max(s, m.start() - 60), m.start()):
        return False  # "Any claim that administrative difficulties demand this approach fail…"
    if rx is INSISTED_RE and INSIST_NOT_RE.search(text, max(s, m.start() - 24), m.start()):
        return False  # "if we insist upon specious … classifications", "does not mean that we insist on…"
    if rx is WE_NEED_RE and SUPPOSED_NEED_RE.search(text, max(s, m.start() - 14), m.start()):
        return False  # "…whether we need a statutory right of privacy": a question, not a call
    if rx is URGED_RE and URGE_NOUN_RE.search(text, max(s, m.start() - 20), m.start()):
        return False  # "The democratic urge remains as strong…": the noun
    if rx is CALL_FOR_RE and AS_CALLED_RE.search(text, max(s, m.start() - 4), m.start()):
        return False  # "the referendum …, as called for in the Peace Agreement": a call cited, not made
    if rx in (CALL_FOR_RE, DEMAND_RE) and WHO_CALLED_RE.search(text, max(s, m.start() - 12), m.start()):
        return False  # "we chose to support those who called for change": who they were
    if rx is CALL_FOR_RE and _call_named(text, s, m.start()):
        return False  # "Despite the international community's repeated calls for peace, …"
    if (
        rx is CALL_FOR_RE
        and text[m.start()].isupper()
        and OF_BEFORE_RE.search(text, max(s, m.start() - 4), m.start())
    ):
        return False  # "the United States Court of Appeals for the Fifth Circuit": a name
    # "separatist demands can no longer…", "the difficult and demanding task"
    return not (rx is DEMAND_RE and _demand_noun(text, s, m))


def _encourages_act(text: str, s: int, at: int) -> bool:
    """Whether "encourage(s) the ACT of" at `at` is the speaker's call in the present."""
    if not ENCOURAGES_ACT_RE.match(text, at):
        return False
    if ACT_ENCOURAGER_RE.search(text, max(s, at - 14), at):
        return True
    if text.startswith("encourages", at) and ACT_ENCOURAGER_NAMED_RE.search(text, max(s, at - 20), at):
        return True  # "Liberia encourages the continuation of…"
    return bool(AND_RE.search(text, max(s, at - 5), at) and WE_RE.search(text, s, at))


# A relative clause the need stands in describes whom or what it is for, and asks no one: "offering
# reassurance to persecuted people for whom permanent resettlement is needed".
RELATIVE_NEED_RE = re.compile(r"\b(?:for|to|of|in|by|with|from)\s+(?:whom|which)\b[^,;:]*\Z", re.I)


# A pseudo-cleft names what is needed after its second "is": "What is needed is the political will
# and the organizational drive to harness those resources", "But what is required is a national
# response" (General Debate speeches hold some 300, Australian releases a few), as "X is needed" asks
# for X; not "do what is needed" nor "what is required of…", which no "is" follows. The speaker's
# want says the same: "What we want is for Australian school kids to be able to compete…", "What we
# want is investment and support to the continent" (not "what they want is", another's wish told).
# So do what is "necessary", "essential" or "called for" and what "we need" ("What is necessary is
# that they are implemented", "What is called for is a fresh initiative by the African countries",
# "What we need is a realistic and orderly process": some 200 in General Debate speeches, a dozen
# in releases). What is necessary "that/to/for…" is calls.CLEFT_NEEDFUL_RE's, which tells the act
# from a fact ("What is essential is that such technologies already exist").
CLEFT_NEEDED_RE = re.compile(
    r"\bwhat\s+(?:(?:is|was)\s+(?:\w+ly\s+|now\s+|still\s+)?"
    r"(?:needed|required|called\s+for|(?P<adj>necessary|essential|indispensable))"
    r"|we\s+(?:really\s+|now\s+|all\s+)?(?:want|need))(?:\s+now)?"
    r"(?:\s*,\s*(?:however|therefore|then|above\s+all|in\s+(?:short|my\s+view)|first(?:\s+of\s+all)?)\s*,)?"
    r"\s+(?:is|are)\s+(?!(?:not\s+)?(?:clear|obvious|evident|unclear|uncertain)\b)",
    re.I,
)

NEEDFUL_CLAUSE_RE = re.compile(r"(?i:(?:that|to|for)\b)")

SUGGESTED_RE = re.compile(
    r"(?i:\b(?:suggestion|argument|claim|notion|idea|assertion|proposition)\s+that\s+$)"
)


# A need named by what a thing requires, with no one asked: "the scale of this emerging tragedy
# requires a prompt response" (an Australian release), "Peace in Darfur requires a global response"
# (a Senate release), "Making Liberian-led justice a reality … requires sustained attention from
# justice champions" (HRW). ("X demands a … response" is calls_for's DEMAND_RE.) Not a thing
# described by a relative clause ("a global problem that requires a global solution", "one person
# … that requires medical attention"), a need that may arise ("may require remedial action"), nor
# one denied ("didn't warrant specific attention").
# So is the support a thing deserves, asked of whoever is to give it: "The noble cause of the Arab
# peoples deserves our full and unhesitating support" (Turkey, 2013), "Cooperation among developing
# countries … deserves the support of the entire international community", "Our valiant Army deserves
# to be commended and supported" (Syria, 2016; the General Debate has some 800 such in 11,000
# speeches); its adjectives may be joined ("full and unhesitating"), unlike a response's.
# ("\b" before the look-behinds: the same tests at the same place, but the cheap one first
# spares the look-behinds at every character inside a word, half the pattern's time)
REQUIRES_RE = re.compile(
    r"\b(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)"
    r"(?:requires?|warrants?|deserves?)\s+(?:(?:an?\s+|the\s+|our\s+)?"
    # "require a different kind of global response" (United Kingdom, 2016)
    r"(?:(?:[a-z]+\s+)?(?:kind|type|form|sort)\s+of\s+)?"
    r"(?:(?!(?:for|of|to|from|by|on|in|and|or|that|which|more|less)\b)[a-z-]+\s+){0,3}?"
    # "requires a balanced approach from those in authority" (Philippines, 2010)
    r"(?:response|action|solution|attention|approach|engagement|commitment)\b"
    r"|(?:the\s+|our\s+|all\s+|every\s+)?"
    r"(?:(?!(?:for|of|to|from|by|on|in|or|that|which|more|less|no|little)\b)[a-z-]+\s+){0,4}?"
    r"(?P<s>support|assistance|encouragement)\b|to\s+be\s+(?:[a-z]+\s+and\s+)?(?:supported|encouraged|assisted)\b)",
    re.I,
)
# Who is to give the support, named after it: "…deserve increased support from the international
# community so as to consolidate…", "we still require the care and support of brotherly and friendly
# countries in order to address…" (Lebanon, 2013): up to a purpose, a reason or the clause's end.
GIVER_RE = re.compile(
    r"\s+(?:of|from)\s+(?P<t>(?:the\s+|all\s+|our\s+)?[^,.;:!?]{1,80}?)"
    r"(?=\s+(?:in\s+order|so\s+as|as\b|to\b|with\b|for\b|if\b|because\b|in\s+(?:its|their|this|that)\b)|\s*[,.;:!?]|\s*$)",
    re.I,
)
# Who is to act, named after what is required: "the battle against inequality requires a balanced
# approach from those in authority" (Philippines, 2010); "from" only: "a response of…" is no one.
FROM_GIVER_RE = re.compile(
    r"\s+from\s+(?P<t>(?:the\s+|all\s+|our\s+)?[^,.;:!?]{1,80}?)"
    r"(?=\s+(?:in\s+order|so\s+as|as\b|to\b|with\b|for\b|if\b|because\b)|\s*[,.;:!?]|\s*$)",
    re.I,
)
# What a goal or an act requires, read as a call for it, whatever its head: "Rising to the
# challenges of our era requires, within each of our countries, a strengthened regulatory system"
# (Philippines, 2010), "Overcoming the consequences of the drying up of the sea requires the active
# consolidation of international efforts" (Uzbekistan, 2017), "The enforcement of such a strategy
# requires a fully determined, committed and robust international engagement" (Turkey, 2013). Only
# the present, an aside allowed before the object; the object opens with a word, not a pronoun or
# "that" ("requires us to…" is a call on someone, call_ons'), nor an infinitive ("would seem to
# require"). Its subject must name the goal (_names_goal): "The law requires the registration of…"
# tells what a law says.
GOAL_REQUIRES_RE = re.compile(
    r"\brequires?(?:\s*,[^,.;:]{1,60},)?\s+"
    r"(?!(?:that|us|them|him|her|it|you|me|this|these|those|which|what|time|more\s+than)\b)(?=[a-z])",
    re.I,
)
# An infinitive's "require" states no need: "would seem to require an inequality of conditions"
INFINITIVE_RE = re.compile(r"(?i:\bto\s+$)")
# Words before the subject that are no part of it: "But", "In that regard,", "Clearly,"
GOAL_LEAD_RE = re.compile(r"(?:(?:and|but|so|yet|thus|hence|however|indeed|clearly|[a-z]+ly),?\s+)+", re.I)
GOAL_GERUND_RE = re.compile(r"[A-Za-z]{2,}ing$")
# A relative clause's subject is no goal named: "a problem of education — the completion of which
# requires … a considerable length of time", "the reform measures it requires has been rendered
# difficult" (a pronoun after a noun: a contact clause)
RELATIVE_SUBJECT_RE = re.compile(r"(?i:\b(?:which|whom|whose)\b|\w\s+(?:it|they|we|he|she)\s*$)")
# Words in "-ing" that are no gerund: "Nothing requires…", "Everything requires…"
NOT_GERUNDS = frozenset("nothing something anything everything during being thing king according".split())
GOAL_WORDS = 14  # a longer stretch before the verb is a clause, not the goal's noun phrase
# What the plan or goal just named will need, said with "will" or "would" by a pronoun opening its
# clause: "That will require the renunciation of all communal and sectarian violence" (United Arab
# Emirates, 2008), "That would require compelling Israel to comply with United Nations resolutions",
# "It would also require the end of arbitrary prosecution of opposition leaders" (HRW). The object is
# an act, a gerund or an act's noun (names_act): "It would require a two-thirds majority" and "that
# will require expenditures of up to…" name no act. Not a negation ("would not require"), nor a
# pronoun that is a relative one ("a plan that would require…": it must open its clause).
MODAL_REQUIRES_RE = re.compile(
    r"\b(?P<p>this|that|it)\s+(?:also\s+)?(?:will|would)\s+(?:also\s+|likely\s+|certainly\s+|clearly\s+)?"
    r"require\s+(?P<o>[a-z])",
    re.I,
)
# What may open the clause before the pronoun: "Like elsewhere, that would require…", "But this will…"
MODAL_LEAD_RE = re.compile(
    r"[\s\"“‘']*(?:(?:and|but|so|yet|thus|hence|however|indeed|like\s+\w+|[a-z]+ly),?\s+)*", re.I
)
# A conditional anywhere before the need in its sentence only supposes it: "If …, it would require…"
CONDITION_RE = re.compile(r"(?i:\b(?:if|unless|whether|were\s+(?:we|it|they))\b)")
# A modal or a negative before the verb: the need is supposed or denied, not stated.
UNSTATED_NEED_RE = re.compile(
    r"(?i:(?:\b(?:may|might|could|would|will|can|should|not|never|rarely|seldom)|n['’]t)\s+(?:\w+\s+)?$)"
)
# Adverbs alone before the verb: the clause's subject is a relative pronoun before them.
ADVERBS_RE = re.compile(r"(?:[a-z]+ly\s+|also\s+)+")
# A clause the need stands in that only supposes it: "if the situation requires action, …".
SUPPOSED_RE = re.compile(r"[\"“‘']?\s*(?i:if|when|whenever|unless|until|whether|where)\b")


def requirements(text: str, s: int, e: int) -> Iterator[Found]:
    """The needs named by "X requires a (prompt) response" in sentence [s, e): the subject is what
    needs the act, not who is asked, so no one is; and what a goal requires (GOAL_REQUIRES_RE)."""
    listed: set[int] = set()
    for m in REQUIRES_RE.finditer(text, s, e):
        listed.add(m.start())
        cs = _stated_need(text, s, m.start())
        if cs is None:
            continue
        giver = GIVER_RE.match(text, m.end(), e) if m.group("s") else FROM_GIVER_RE.match(text, m.end(), e)
        givers = [giver.span("t")] if giver else []
        yield Found(cs, m.start(), cs, "call_for", givers, weak=True, subject=False)
    for m in GOAL_REQUIRES_RE.finditer(text, s, e):
        cs = _stated_need(text, s, m.start()) if m.start() not in listed else None
        if cs is None or INFINITIVE_RE.search(text, cs, m.start()) or not _names_goal(text, cs, m.start()):
            continue
        giver = FROM_GIVER_RE.match(text, m.end(), e)
        givers = [giver.span("t")] if giver else []
        yield Found(cs, m.start(), cs, "call_for", givers, weak=True, subject=False)
    for m in MODAL_REQUIRES_RE.finditer(text, s, e):
        if _modal_need(text, s, e, m):
            yield Found(m.start("p"), m.start(), m.start("p"), "call_for", [], weak=True, subject=False)


def _modal_need(text: str, s: int, e: int, m: re.Match[str]) -> bool:
    """Whether "that will require X" (MODAL_REQUIRES_RE) opens its clause, is supposed by no
    condition before it and asks an act: a gerund or an act's noun."""
    lead = MODAL_LEAD_RE.match(text, s, m.start())
    if lead is None or lead.end() != m.start() or CONDITION_RE.search(text, s, m.start()):
        return False
    at = m.start("o")
    word = text[at:e].split(maxsplit=1)[0] if text[at:e].split() else ""
    if GOAL_GERUND_RE.match(word) and word.lower() not in NOT_GERUNDS:
        return True
    return names_act(text, at, e)


def _stated_need(text: str, s: int, verb: int) -> int | None:
    """Where the clause whose verb names a need begins, when it states the need: not a relative
    clause's, a supposed one's or one after a modal."""
    cs = clause_start(text, s, verb)
    if cs == verb or ADVERBS_RE.fullmatch(text, cs, verb):
        return None  # "a conclusion that clearly warrants…": a relative clause's, no subject of its own
    if SUPPOSED_RE.match(text, cs, verb) or UNSTATED_NEED_RE.search(text, max(cs, verb - 24), verb):
        return None
    return cs


def _names_goal(text: str, start: int, end: int) -> bool:
    """Whether the subject [start, end) names a goal or an act by a gerund or an act's noun
    ("Overcoming the consequences of…", "The enforcement of such a strategy"), not a thing ("The
    law", "This treaty") or someone."""
    lead = GOAL_LEAD_RE.match(text, start, end)
    at = lead.end() if lead else start
    words = text[at:end].split()
    if not words or len(words) > GOAL_WORDS or RELATIVE_SUBJECT_RE.search(text, at, end):
        return False
    if GOAL_GERUND_RE.match(words[0]) and words[0].lower() not in NOT_GERUNDS:
        return True
    phrase = text[at:end].strip()
    phrase = phrase[:1].lower() + phrase[1:]
    return names_act(phrase, 0, len(phrase))


def needed(text: str, src: str, s: int, e: int, same: bool) -> Iterator[Found]:
    """ "Strong legislation is needed to…", "Immediate action is required", "What is needed is…" in
    sentence [s, e)."""
    yield from requirements(text, s, e)
    for m in scan(CLEFT_NEEDED_RE, src, s, e, same):
        if SUGGESTED_RE.search(text, max(s, m.start() - 30), m.start()):
            continue  # "To the suggestion that what is needed is…, I would say…": another's view
        if m.group("adj") and NEEDFUL_CLAUSE_RE.match(src, m.end()):
            continue
        yield Found(
            clause_start(text, s, m.start()), m.start(), m.end(), "call_for", [], weak=True, subject=False
        )
    for m in scan(NEEDED_NOW_RE, src, s, e, same):
        cs = clause_start(text, s, m.start())
        if RELATIVE_NEED_RE.search(text, cs, m.start()):
            continue
        if stated_rules.stated(text, s, m.start(), text[cs : m.start()]):
            continue  # "States are specifically required to address …": a rule stated, no need voiced
        if not NO_SUBJECT_RE.match(text, cs, m.start()):
            yield Found(cs, m.start(), cs, "call_for", [], weak=True, subject=False)
