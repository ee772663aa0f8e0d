"""Verbs of action in their base form, as calls to action use them: at the head of an
imperative ("Amend the transitional justice bill…", "SCRAP BUSINESS MIGRATION SCHEME", "Show us
the documents") and after the subject of a mandative clause ("we insist that the Iranian
Government meet its responsibilities", "it is imperative the United States … reinvigorate
diplomacy").

A closed list rather than a tagger: the recommendations of advocacy texts draw on a few hundred
verbs, and a sentence that begins with a noun spelt like one of them ("Release of the
prisoners…", "Support for refugees…") is told apart by the word after it (see `imperative_at`).
"""

from __future__ import annotations

import re

# What a title-case headline writes with a capital after its subject ("Burma Urges India to…",
# "Democrats Condemn New Detention Centre Proposals", "New President Should Confront Rights
# Abuses"): never a word of a person's or a place's name.
HEADLINE_VERBS = frozenset(
    """Calls Urges Urge Should Must Condemn Condemns Demands Says Joins Thanks Welcomes Praises Announces
    Introduces Applauds Slams Backs Regarding Downplayed Passes Approves""".split()
    # what a subject does in HRW's headlines ("Philippines’ Marcos Addresses Australian Parliament",
    # "Bangladesh: Prime Minister Hasina Resigns amid Mass Protests"): verbs no name ends with
    + """Addresses Resigns Threatens Suspends Upholds Flouts Erodes Faces Visits Vows Warns Pledges Rejects
    Seeks Blocks Bans Arrests Detains Frees Pardons Sentences Convicts Jails Expels Deports Dismisses
    Denies Accuses Ignores Adopts""".split()
)

ACTION_VERBS = frozenset(
    """abandon abide abolish accelerate accept account acknowledge act adapt address adhere adjust
    admit adopt advance advocate affirm agree align allocate allow amend announce apologise apologize
    appeal apply appoint approve arrest ask assess assign assist assume assure attend authorise
    authorize avert avoid ban bar begin bolster boost bring broaden build call cancel cease certify
    challenge change channel clarify close collaborate collect combat commission commit compensate
    complete comply concentrate condemn conduct confirm confront consider consult continue contribute
    convene cooperate co-operate coordinate correct counter create criminalise criminalize curb cut
    deal decide declare decriminalise decriminalize dedicate defend define defund deliver demand
    demilitarise demilitarize denounce deploy designate desist destroy detain deter develop devote
    disarm disband disclose discontinue dismantle dismiss disseminate distribute divest document
    donate double drop educate eliminate embrace emphasise emphasize employ empower enable enact
    encourage end endorse enforce engage enhance enlist ensure enter establish evacuate evaluate
    examine exclude exercise expand expedite explain explore expose extend extradite facilitate
    fight finalise finalize finance find fix focus follow forgo formulate free freeze fulfil
    fulfill fund give grant guarantee halt handle hand hear heed help hold honor honour identify
    implement impose improve include incorporate increase indict inform initiate insist inspect
    instruct integrate intensify intervene introduce investigate invest invite issue join judge keep
    launch lead learn legislate lend let lift limit listen lobby locate look lower maintain make
    mandate meet minimise minimize mobilise mobilize modify monitor move name negotiate notify
    nominate observe offer open oppose order outlaw overhaul pardon participate pass pay permit
    persuade pledge plan play prepare press pressure prevent prioritise prioritize proceed process prohibit
    promote propose prosecute protect protest provide publicise publicize publish punish purchase
    pursue push put quit raise ratify reach reaffirm rebuild recall receive recognise recognize
    recommit reconsider reconvene redouble redress reduce reform refrain refuse regulate reinforce
    reinvigorate revitalise revitalize reassess rethink refocus reengage re-engage reinvest rejoin
    reinstate reject release relieve relocate remain remedy remember remove renew renounce reopen
    repair repatriate repeal replace report represent request require rescind rescue resettle
    resolve respect respond restore restrict resume retract return reunite reverse review revise
    revisit revoke safeguard sanction save scale scrap scrutinise scrutinize secure seek seize send
    separate set settle share show shut sign speak spend stand start step stop strengthen submit
    suspend support sustain take tackle target tell terminate test track train transfer treat
    uphold urge use verify vote waive welcome withdraw withhold work write""".split()
)


def _verb_head_pattern() -> str:
    from .actors import _trie  # the one prefix-tree builder

    forms = [f for v in ACTION_VERBS for f in (v.capitalize(), v.upper())]
    return "(?:" + _trie([(f, "") for f in forms]) + r")(?![\w'’-])"


# A verb of ACTION_VERBS capitalised or in capitals, as a sentence begins with it.
VERB_HEAD_RE = re.compile(_verb_head_pattern())
# Words after which a sentence-initial verb-form is a noun: "Release of…", "Support for…",
# "Change is…", "Work on the bill…", "Report: …".
NOUN_CUES = frozenset(
    """of for in on to from is was are were has have had will would can could may might shall and
    or but with by at as than which who whose s ’s 's""".split()
)
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Verbs whose object a preposition opens, so the preposition after them is no sign of a noun:
# "Work with the legislature to ensure…", "Request from international partners adequate support…",
# "Continue to support efforts by third countries…", "Refrain from using force…" (HRW recommendation
# lists). Not pairs a noun begins as often ("Call for papers", "Work on the bill", "Support for
# refugees", "Return to Sender"), nor "Call on X to…", which the calls on an addressee read whole.
# A verb in capitals keeps the old reading: "W I L L  CONTINUE TO SUPPORT…" is a typed line's
# middle, not a list's item.
PREPOSITIONAL_VERBS = frozenset(
    {
        "work with",
        "work to",
        "refrain from",
        "continue to",
        "seek to",
        "engage with",
        "request from",
        "cooperate with",
        "co-operate with",
        "comply with",
        "consult with",
        "adhere to",
        "commit to",
        "deal with",
        "invest in",
        "participate in",
        "respond to",
    }
)
# A headline's place name before its call: "India: Protect Farmers’ Right…"; list markers.
PREFIX_FIRST = frozenset("-•*–·(“\"‘'0123456789")
PREFIX_RE = re.compile(r"(?:[A-Z][\w .’'-]{0,40}:\s+|[-•*–·]\s*|\(?\d{1,2}[.)]\s+|[“\"‘'])*")


# "Let's" before talk about the talk itself asks no one to act: an interview's "Let's move on",
# "Let's take a quick break", "Let's face it", "Let's be very clear, there are 13,750…", "Let's just
# look at that", "let's just say manufacturing", "let's hope they can be dealt with" (a hope).
LET_TALK = (
    r"(?:just\s+)?(?:know|see|hope|say|move\s+on|face\s+it|wait\s+and\s+see|look\s+at|"
    r"(?:take|have)\s+a\s+(?:quick\s+|short\s+|closer\s+)?(?:look|break)|"
    r"get\s+(?:that|this|it)\s+(?:clear|straight)|put\s+it\s+(?:this|another)\s+way|"
    r"be\s+(?:very\s+|quite\s+|absolutely\s+|perfectly\s+|really\s+|brutally\s+)?"
    r"(?:clear|honest|frank|fair|blunt|realistic|straight)|not\s+kid\s+ourselves)\b"
)
# Imperatives of speech, not calls to act: "Make no mistake: …", "Mark my words", "Take, for example, …",
# a retort ("Tell that to the 2 million refugees"), an interview answer's "Look, the medical advice…".
RHETORICAL_RE = re.compile(
    # "Put simply, …", "Put together they mean this": a participle, not an order
    r"(?i:put\s+(?:simply|together|another\s+way|differently|bluntly|briefly)\b|make\s+no\s+mistake|mark\s+my\s+words|take\s*(?:[^,.;]{1,40},)?\s+for\s+(?:example|instance)|consider\s+the\s+case|look\s+at|"
    r"let\s+me|let['’]s\s+"
    + LET_TALK
    + r"|imagine|think\s+(?:about|of)|tell\s+that\s+to|look(?!\s+(?:into|after)\b))\b"
)


# A list of what its subject will do, after its lead-in: "The Biden-Harris Administration will: -
# Expand and strengthen parity" (White House fact sheets) pledges, it asks no one.
PLEDGE_RE = re.compile(r"(?i:\b(?:will|shall|plans?\s+to|commits?\s+to|intends?\s+to):)")


def imperative_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(verb start, after the verb) when the sentence [start, end) begins with an imperative
    verb of action, in any case ("SCRAP BUSINESS MIGRATION SCHEME"), followed by what it acts
    on; None otherwise."""
    first = VERB_HEAD_RE.match(text, start, end)  # one C-level test for the common case
    if first is None:
        if text[start : start + 1] not in PREFIX_FIRST and text.find(":", start, min(end, start + 42)) == -1:
            # most sentences: no verb, no prefix, no adverb (one C-level test)
            adverb = ADVERB_HEAD_RE.match(text, start, end)
            return _after_adverb(text, start, adverb, end) if adverb else None
        pos = PREFIX_RE.match(text, start, end).end()  # type: ignore[union-attr]  # always matches
        first = VERB_HEAD_RE.match(text, pos, end)
        if PLEDGE_RE.search(text, start, pos):
            return None
        if first is None:
            # in quotes or after a bullet: "“Additionally, please remember the suffering people of…"
            adverb = ADVERB_HEAD_RE.match(text, pos, end) if pos > start else None
            return _after_adverb(text, pos, adverb, end) if adverb else None
    if RHETORICAL_RE.match(text, first.start(), end):
        return None
    # "Iraq: Repeal Anti-LGBT Law": after a headline's place name every word is capitalised
    titled = text.find(":", start, first.start()) != -1
    return (first.start(), first.end()) if object_follows(text, first, end, titled) else None


# A recommendation's manner adverbs before its verb: "Fully and impartially investigate the
# disappearance…", "Publicly report on the role…", "Immediately end the systematic detention…",
# "Instead, strengthen protection measures…" (HRW letters and reports list dozens). Words in
# -ly that are no adverbs ("Family support services", "Italy", "July") are left out.
# "Please" asks as the adverbs do, alone or after one: "Please help…", "Additionally, please remember
# the suffering people of Darfur" (a Senate release); pointers ("please see", "please contact")
# take no verb of action. Not the courtesies of remarks and messages: "Please welcome Secretary
# Blinken", "please join me in welcoming…", "Please accept our best wishes…", "Please give him a
# round of applause", "Please extend a warm welcome…", "please, let me introduce…", "Please find
# attached…".
PLEASE = r"(?:please|Please),?\s+(?!(?:welcome|join|accept|give|extend|let|find)\b)"
ADVERB_HEAD_RE = re.compile(
    rf"(?:(?P<ly>[A-Z][a-z]{{2,}}ly|Instead)(?:,?\s+and\s+[a-z]{{3,}}ly)?,?\s+(?:{PLEASE})?|{PLEASE})(?=[a-z])"
)
NOT_ADVERBS = frozenset(
    "family italy july only early assembly rally ally supply reply anomaly monopoly holy daily weekly "
    "monthly yearly elderly likely friendly lily emily kelly molly holly sally billy "
    # discourse adverbs of speech, not manners of acting: "Basically bring me into the Cabinet or…"
    "basically actually really obviously clearly certainly frankly honestly literally simply essentially "
    "generally usually probably possibly hopefully personally interestingly unfortunately fortunately "
    "naturally apparently presumably".split()
)
# (not "Simply put, this means…", "Simply put, Germany is…": an aside before a clause)
ADVERB_VERB_END_RE = re.compile(r"\s+[A-Za-z]|,\s+(?!(?:this|that|it|we|they|he|she|the|there)\b)[a-z]")
LOWER_VERB_RE = re.compile("(?:" + "|".join(sorted(ACTION_VERBS, key=len, reverse=True)) + r")(?![\w'’-])")


def _after_adverb(text: str, start: int, adverb: re.Match[str], end: int) -> tuple[int, int] | None:
    """(verb start, after the verb) of "Fully and impartially investigate…", or None."""
    if adverb.group("ly") and text[start : text.find("ly", start) + 2].lower() in NOT_ADVERBS:
        return None
    verb = LOWER_VERB_RE.match(text, adverb.end(), end)
    # after an adverb a verb form is a verb: "Actively seek to investigate…", "Fully and
    # impartially investigate, in cooperation with…"
    return (verb.start(), verb.end()) if verb and ADVERB_VERB_END_RE.match(text, verb.end(), end) else None


def object_follows(text: str, first: re.Match[str], end: int, titled: bool = False) -> bool:
    """Whether the word after a sentence-initial verb form makes it a verb with its object
    ("Support the families…") rather than a noun or a name ("Support for…", "Help Age
    International", "Press Release")."""
    nxt = WORD_RE.search(text, first.end(), min(end, first.end() + 40))
    if nxt is None or text[first.end() : nxt.start()].strip(" \t") not in ("", "-"):
        return False  # "Report: …", "Help!" : punctuation between verb and object
    if nxt.group().lower() == "and" and first.group()[1:].islower():
        # "Suspend and take disciplinary action…": two verbs; "Support and Services Act": a name
        second = WORD_RE.search(text, nxt.end(), min(end, nxt.end() + 30))
        return second is not None and second.group() in ACTION_VERBS
    if (nxt.group().lower() in NOUN_CUES and not _prepositional(first.group(), nxt.group())) or (
        first.group().lower() == nxt.group().lower()
    ):
        return False
    if nxt.group().lower() in FURNITURE and first.group().lower() in FURNITURE_VERBS:
        return False  # "Press Release Dated: …", "PRESS RELEASE", "Contact Us", "Help Desk"
    if first.group().isupper() != nxt.group().isupper() and nxt.group()[0].isupper():
        return False  # "ACT Government" and other capitalised names beginning like a verb
    if (
        first.group()[1:].islower()
        and nxt.group()[0].isupper()
        and not _names_follow(first.group())
        and not titled
    ):
        return False  # "Help Age International": a name, not a call
    return True


def _prepositional(verb: str, nxt: str) -> bool:
    return verb[1:].islower() and f"{verb.lower()} {nxt}" in PREPOSITIONAL_VERBS


# Words that make page furniture of a verb-like first word: "Press Release", "Contact Us".
FURNITURE_VERBS = frozenset("press contact support help call join sign donate follow share begin end".split())
FURNITURE = frozenset(
    # "Begin text:", "End Transcript": the markers around a statement's text on a web page
    "release releases statement communique communiqué conference briefing office secretary gallery kit us "
    "desk line room text "
    "transcript quote".split()
)
# Verbs a capitalised name may follow: "Call Senator X", "Tell Congress", "Support Refugees".
NAMING_VERBS = frozenset(
    "call contact tell urge ask write email press support join protect free release stop".split()
)


def _names_follow(verb: str) -> bool:
    return verb.lower() in NAMING_VERBS


def base_verb_after(text: str, pos: int, end: int, limit: int = 30) -> tuple[int, int] | None:
    """Where the subject that begins at `pos` ends and its verb in the base form starts, in a
    mandative clause ("…insist that [the Iranian Government] meet its…"): the first word of
    ACTION_VERBS in lower case after at least one word, before any finite verb; a relative
    clause's verb group in the subject is passed over ("…that the institutions that have been
    involved continue…")."""
    words = list(WORD_RE.finditer(text, pos, end))[:limit]
    aside_end = -1
    relative = NO_RELATIVE  # where a relative clause inside the subject stands, its verb not yet passed
    passed = False  # whether a relative clause has begun
    for i, w in enumerate(words):
        low = w.group().lower()
        if w.start() < aside_end:
            continue
        relative = _in_relative(relative, w)
        if relative != NO_RELATIVE:
            continue
        if i and low in ASIDE_RELATIVES and text[words[i - 1].end() : w.start()].strip() == ",":
            # "…that all Member States, especially …, which have a special responsibility,
            # strictly implement…": a relative clause set apart is the subject's, its verb not the call's
            comma = text.find(",", w.end(), end)
            if comma != -1:
                aside_end = comma
                continue
        if _relative_pronoun(words, i):
            # "…important that all levels of government and all the other institutions that have been
            # involved in the clean-up continue to stay focussed": the relative's verb is not the call's
            relative = BEFORE_VERB
            passed = True
            continue
        # after a relative, an infinitive is still the relative's ("…people who have a contribution
        # to make welcomed…") and a word after a determiner a noun ("…a hybrid court composed of …
        # staff with a mandate to try…")
        not_verb = passed and words[i - 1].group().lower() in NOT_BEFORE_VERB
        if i and w.group().islower() and low in ACTION_VERBS and not not_verb:
            # "…demand that all parties immediately cease hostilities": the adverb is the verb's
            before = i - 1 if i > 1 and ADVERB_RE.fullmatch(words[i - 1].group()) else i
            return words[before - 1].end(), w.start()
        if i and low == "be" and i + 1 < len(words) and _passive_after(words, i + 1):
            # "recommended he be investigated", "…that a just solution be found", "…that they be
            # scrupulously implemented"
            return words[i - 1].end(), w.start()
        if low in FINITE:
            return None
    return None


def _relative_pronoun(words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i] begins a relative clause in a subject: "who" or "which" after a noun, or
    "that" before its verb ("institutions that have been involved"); not "that" opening a clause
    ("It is imperative in this connection that we all give…", "…state loudly and clearly that any
    doctrines … are incompatible…")."""
    low = words[i].group().lower()
    if not i or low not in RELATIVES or words[i - 1].group().lower() in RELATIVE_NOT_AFTER:
        return False
    if any(w.group().lower() in MODALS for w in words[:i]):
        return False  # "…that such an effort should not entail the sacrifice of the living conditions which…"
    return low != "that" or (i + 1 < len(words) and _verbish(words[i + 1]))


def _verbish(w: re.Match[str]) -> bool:
    """Whether `w` may be a word of a verb group: an auxiliary, a base verb or a participle."""
    low = w.group().lower()
    return (
        low in FINITE
        or low in RELATIVE_AUXILIARIES
        or (w.group().islower() and low in ACTION_VERBS)
        or low.endswith("ed")
        or low in IRREGULAR_PARTICIPLES
    )


def _in_relative(state: int, w: re.Match[str]) -> int:
    """The relative clause's state after word `w`: still before its verb group, in it, or passed."""
    if state == NO_RELATIVE:
        return state
    if _verbish(w):
        return IN_VERB
    return NO_RELATIVE if state == IN_VERB else BEFORE_VERB


def _passive_after(words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i] (or the word after its adverb in -ly) is a past participle."""
    nxt = words[i].group().lower()
    if nxt.endswith("ly") and i + 1 < len(words):
        nxt = words[i + 1].group().lower()
    return nxt.endswith("ed") or nxt in IRREGULAR_PARTICIPLES


# Adverbs of a mandative's verb, before it: "…that all parties immediately cease…"
ADVERB_RE = re.compile(
    r"(?:immediately|urgently|promptly|fully|swiftly|quickly|also|now|finally|unconditionally|genuinely|"
    r"seriously|publicly|independently|impartially|thoroughly|effectively|credibly|transparently|strictly|"
    r"scrupulously|faithfully|speedily|firmly)"
)
ASIDE_RELATIVES = frozenset({"which", "who"})
FINITE = frozenset("is are was were will would has have had does did can could may might shall".split())
CLAUSE_STARTS = frozenset("do if when because while although unless since that which who where".split())
IRREGULAR_PARTICIPLES = frozenset(
    "given made taken brought held kept shown told sent paid met set found done seen known heard chosen "
    "drawn withdrawn undertaken overcome".split()
)

# A restrictive relative clause in a mandative's subject: its pronoun, then its verb group (a finite
# or a base verb, auxiliaries and participles: "that have been involved", "who help"), then the rest
# of it, which no verb of the call can be told from; the call's verb follows the group.
RELATIVES = frozenset({"that", "who", "which"})
# Not a relative pronoun after these: "…that that happen", "…so that", verbs taking "that"; nor
# a relative after a preposition, whose clause the verb group does not close ("…equality of all
# States without which this Assembly …")
RELATIVE_NOT_AFTER = (
    FINITE
    | CLAUSE_STARTS
    | frozenset(
        "so such now given provided ensure of in on at by for with without from to through under".split()
    )
)
# A modal ends the subject: a relative after it is the predicate's ("…should not entail the
# sacrifice of the living conditions which have engendered the democratic ideal in all free men")
MODALS = frozenset("should must shall ought".split())
NO_RELATIVE, BEFORE_VERB, IN_VERB = 0, 1, 2
# Words after which no mandative's verb stands: an infinitive's "to", a determiner's noun
NOT_BEFORE_VERB = frozenset("to a an the this that these those its their his her our your my".split())
RELATIVE_AUXILIARIES = frozenset("be been being not also".split())


def present_verb_after(text: str, pos: int, end: int, limit: int = 12) -> tuple[int, int] | None:
    """The same for a mandative clause in the indicative, as Australian and British releases
    often write it ("It is vital that new migrants and refugees are provided with information",
    "…that the Government provides…"): a present passive or an action verb's -s form after at
    least one word of subject; None at a past or modal verb ("…that the Council was told")."""
    words = list(WORD_RE.finditer(text, pos, end))[:limit]
    for i, w in enumerate(words):
        low = w.group().lower()
        if i and low in ("is", "are") and i + 1 < len(words):
            nxt = words[i + 1].group().lower()
            if nxt.endswith("ed") or nxt in IRREGULAR_PARTICIPLES:
                return words[i - 1].end(), w.start()
        s_form = low.endswith("s") and (low[:-1] in ACTION_VERBS or low[:-2] in ACTION_VERBS)
        if i and w.group().islower() and s_form:
            return words[i - 1].end(), w.start()
        if low in FINITE or low in CLAUSE_STARTS:
            return None  # "I hope that they do if Mr Abbott refuses…": "refuses" is another clause's
    return None
