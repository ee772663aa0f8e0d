"""Calls to action that no call verb or modal marks: imperatives with any verb of action ("Amend
the transitional justice bill…", "SCRAP BUSINESS MIGRATION SCHEME"), "let us" within a sentence,
mandative clauses ("It is time for the United States Government to…", "It is imperative the
United States … reinvigorate diplomacy", "we insist that the Iranian Government meet…"),
prohibitions ("it is inadmissible to use that situation as a pretext…") and
hopes addressed to someone ("I hope that others will step up…").

Each finder returns (clause start, verb, action start, kind, target spans, whether a subject
before the verb makes the call) for demands.py.
"""

from __future__ import annotations

import re

from . import seen_done, targets
from .clauses import clause_start
from .passive_mandates import passive_asked
from .verbs import (
    ADVERB_RE,
    CLAUSE_STARTS,
    FINITE,
    IRREGULAR_PARTICIPLES,
    LET_TALK,
    WORD_RE,
    base_verb_after,
    present_verb_after,
)

Found = tuple[int, int, int, str, list[tuple[int, int]], bool]

# "let us renew our efforts" within a sentence; not "let us know" (a letter's courtesy).
# ("\b" before the look-behinds: the same tests at the same place, but the cheap one first
# spares the look-behinds at every character inside a word, half the pattern's time)
LET_US_RE = re.compile(
    r"\b(?<!\bto\s)(?<!\bnot\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bn['’]t\s)"
    r"(?P<v>let\s+us|let['’]s)\s+(?!" + LET_TALK + ")"
    r"(?P<a>[a-z])",
    re.I,
)
# "It is (high) time (for X) to…"; "it is imperative/essential/… (that) X V", "… for X to V", "… to V".
TIME_RE = re.compile(
    # reported: "Mr Clare said it was time the Opposition stopped voting no…" (not a story's
    # "it was time to leave")
    # "It s time to begin a true dialogue…": a Senate release scraped without its apostrophes
    # "It  s time that Con Ed prove…": some scrapes left two spaces where the apostrophe was
    r"\bit(?:\s+is|['’]?s|\s{1,2}(?-i:s)|(?<=said\sit)\s+was|(?<=said\sthat\sit)\s+was)\s+"
    r"(?:now\s+|also\s+|therefore\s+|surely\s+)?(?:high\s+|past\s+|about\s+)?time\s+"
    # "Its time we show the world…", "It is high time that we finally replace…"
    r"(?:for\s+(?P<t>[^.;:!?]{1,120}?)\s+)?(?:to\s+|(?:that\s+)?(?=we\s)"
    # "It is time the Turnbull Government addressed its own failure…": a past subjunctive; its
    # subject also a name ("it’s time Mr Howard clarified the date", "It is time Peter Dutton
    # started doing his job", "it's time that Julia Gillard let Kevin Rudd get on with his job"; not
    # "It is also time I heeded my Doctor's advice")
    # "it’s time they made the gear change"; an aside after the subject ("it’s time this Commonwealth
    # Government, after 10 years, took it seriously"); irregular pasts ("Its time the government
    # caught up")
    r"|(?:that\s+)?(?P<u>(?:the|our|this)\s+[^.;:!?,]{1,60}?|(?-i:they|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]*){0,3}))"
    r"(?:\s*,[^.;:!?,]{1,30},)?"
    r"\s+(?=(?-i:[a-z]+ed|took|made|gave|stood|began|did|put|got|came|let|"
    r"showed|woke|paid|met|set|held|spoke|told|brought|kept|left|stopped|caught|sought|went|sent|spent|"
    r"built|dealt|understood|found|heard|knew|saw|chose|drew|withdrew|threw|rose)\b)"
    # with "that", a present: "it is time that the international community prevents atrocities"
    r"|that\s+(?P<p>(?:the|our|this|all)\s+[^.;:!?,]{1,60}?)\s+(?=(?-i:[a-z]+[^s\W]s)\b)"
    # with "that", a name and the subjunctive's bare verb: "It's time that Con Ed prove that they put
    # their customers first" (a Senate release)
    r"|that\s+(?P<n>(?-i:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]*){0,3}))\s+(?=(?-i:[a-z]+)\b))(?P<a>[a-z])",
    re.I,
)
# "The time is now ripe for the entire international community to get behind the pursuit of
# peace", "The time has come for the Government to act".
TIME_COME_RE = re.compile(
    r"\bthe\s+time\s+(?:is\s+(?:now\s+)?(?:ripe|right)|has\s+(?:now\s+)?come)\s+"
    r"(?:for\s+(?P<t>[^.;:!?]{1,120}?)\s+)?to\s+(?P<a>[a-z])",
    re.I,
)
# "Now is the time to act on climate change", "This is the time to accelerate access to
# education…", "Now is indeed the moment to work actively towards the 'Geneva II' conference"; not
# "I don't believe that now is the time to be critical of Indonesia", nor the speaker's own turn in
# the speech ("This is the moment to hail the courage…", "…to refer to Guatemala's…", "…to take a
# look at some of the most important events", "…to underscore that…", "…to celebrate the progress").
# Denied, the time asks the opposite: "Now is not the time to relax our efforts" (a Senate
# release), "This is not the time to turn away from our United Nations" (a UN speech).
NOW_RE = re.compile(
    r"\b(?:now|this)\s+is\s+(?:not\s+)?(?:(?:indeed|surely|clearly|truly|certainly|precisely)\s+)?(?:the|a)\s+"
    r"(?:right\s+|critical\s+|crucial\s+)?(?:time|moment)\s+to\s+"
    r"(?!(?:refer|hail|thank|pay|congratulat|mention|note|recall|take\s+a\s+look|express|welcome|say|"
    r"stress|emphasi|underscore|underline|celebrate|salute|commend|recogni[sz]e|acknowledge)\w*\b)(?P<a>[a-z])",
    re.I,
)
DOUBTED_RE = re.compile(r"(?i:(?:n['’]t|not)\s+(?:believe|think)\s+(?:that\s+)?)$")
# A sentence whose subject is an action and whose predicate calls it necessary: "Eliminating the
# occupation has become an urgent political and security prerequisite" (a UN speech).
GERUND_NEED_RE = re.compile(
    r"[\"“‘']?(?P<a>[A-Z][a-z]+ing)\b[^.;:]{0,80}?\b(?:is|has\s+become|remains|becomes)\s+(?:an?\s+)?"
    r"(?:[a-z]+\s+){0,4}(?:necessity|prerequisite|imperative)\b"
)
# An aside between a need's adjective and its clause, in commas ("It is essential, however,
# that…", "It's important, therefore, that the…", "it is important, we believe, for countries…").
ASIDE = (
    r"(?:\s*,\s*(?:however|therefore|thus|then|indeed|moreover|of\s+course|we\s+believe|I\s+believe)\s*,)?"
)
# The need said of what is to come: "It will be vital to ask him and other top nominees for their
# views" (a Senate release), "It will also be important to have a single point of interface…", "It
# would therefore be very important for the United Nations to spare no effort…" (General Debate
# speeches hold some 200): the act is asked for as "it is vital to…" asks it.
WILL_BE = r"\s+(?:will|would)(?:\s+(?:also|therefore|now|still|then|thus))?\s+be"
# The need said to be greater now: "Today it is more essential than ever that the United Nations fully
# assume its role", "It is now more important than ever that donor countries meet their …
# objectives", "it is more urgent than ever to broaden the donor base" (General Debate speeches hold
# some sixty): the comparative before the adjective, "than ever (before)" after it.
# An aside between "it is" and the adjective: "It is, therefore, incumbent upon it to…", "It is,
# therefore, important that Governments and institutions in the economically advanced countries
# offer genuine partnership" (a General Debate speech), "It is, however, important that…".
VERB_ASIDE = r"(?:\s*,\s*(?:therefore|however|thus|then|indeed|surely)\s*,)?"
MORE = r"(?:even\s+|ever\s+)?more"
THAN_EVER = r"(?:\s+than\s+ever(?:\s+before)?)?"
NEEDFUL_RE = re.compile(
    # "we deem it necessary to intensify…", "We consider it of utmost importance to help preserve…"
    # "it is so vital that…", "it is most urgent to…": a degree word as the adverbs in -ly are
    # "It is, therefore, incumbent upon it to…", "this makes it all the more incumbent upon us to act"
    rf"\b(?:it(?:\s+is|['’]s|\s+remains|{WILL_BE})" + VERB_ASIDE + r"|"
    r"(?:consider|deem|find|make)s?\s+it)\s+(?:(?:\w+ly|also|therefore|now|still|thus|very|so|most|all\s+the\s+more|"
    + MORE
    + r")\s+){0,2}"
    r"(?P<w>imperative|essential|vital|critical|crucial|urgent|necessary|incumbent\s+(?:up)?on\s+[^.;:!?]{1,80}?|"
    r"of\s+(?:the\s+)?(?:utmost|great|paramount|critical|vital|particular)\s+importance)"
    + THAN_EVER
    # an aside after the adjective: "It is essential, however, that this new focus does not signal…"
    + ASIDE
    + r"\s+(?:(?P<for>for)\s+|(?P<to>to)\s+"
    # not a noun's gerund ("essential to saving lives"), but "bring", a verb ending as one does
    r"(?!the\b|a\b|an\b|this\b|its\b|our\b|their\b|any\b|us\b|me\b|them\b|(?!bring\b)[a-z]+ing\b)(?P<a>[a-z])|that\s+|(?=(?!to\s)[a-zA-Z]))",
    re.I,
)
# "Building a global strategy and network against terrorism is key, including in preventing…",
# "Ensuring accountability is essential": an action with its object; not "Fighting is essential".
# Said of what is to come as well: "Supporting developing countries will be crucial to the
# achievement of the Sustainable Development Goals", "Partnering with the private sector, civil
# society, academia and innovators will be crucial" (General Debate speeches), as WILL_BE's "it will
# be vital to…".
GERUND_KEY_RE = re.compile(
    r"[\"“‘']?(?P<a>[A-Z][a-z]+ing)\s+[^.;:]{1,80}?\s(?:is|remains|will\s+(?:also\s+)?be)\s+"
    r"(?:\w+ly\s+|also\s+|therefore\s+)?"
    r"(?:key|essential|vital|crucial|critical|indispensable)\b"
)
IMPORTANT_RE = re.compile(
    # "It is very important to include women in the political process", "it is so important that…"
    rf"\bit(?:\s+is|['’]s|{WILL_BE})"
    + VERB_ASIDE
    + r"\s+(?:(?:\w+ly|also|very|so|most|now|therefore|thus|still|all\s+the\s+more|"
    + MORE
    + r")\s+){0,2}important"
    + THAN_EVER
    + ASIDE
    + r"\s+"
    # "It is important in this environment to get back to basics"
    r"(?:(?:in|at|during|under)\s+(?:this|these|the|such|our|a)\s+(?:[a-z-]+\s+){1,2}(?=to\s))?"
    r"(?:(?P<for>for)\s+|(?P<to>to)\s+"
    r"(?!note\b|remember\b|recall\b|recognis|recogniz|understand\b|stress\b|say\b|mention\b|emphasi)"
    # "it's very important to us", "…to all of us", "…to the economy", "…to multiple sectors": to whom
    # or what, no verb (a determiner or a quantifier never begins the act)
    r"(?!us\b|me\b|them\b|all\s+of\b|(?:the|a|an|our|their|its|his|her|your|this|these|those|every|each"
    r"|both|all|many|multiple|several|some|any)\b)(?P<a>[a-z])|that\s+)",
    re.I,
)
# The same need exclaimed, the adjective before "it is": "…reflects how vital it is to permit the
# intelligence community to make full use of the tools it needs" (a Senate release), "This just
# proves how important it is for a Parliamentary committee to be established", "let me conclude by
# … underlining how important it is to develop and nurture these people-to-people linkages"; the
# act's part is IMPORTANT_RE's. Not what someone is said to know ("The people of Poland know how
# important it is to defend freedom"): HOW_KNOWN_RE.
HOW_NEEDFUL_RE = re.compile(
    r"\bhow\s+(?:important|imperative|essential|vital|critical|crucial|urgent|necessary)\s+it(?:\s+is|['’]s)\s+"
    r"(?:(?P<for>for)\s+|(?P<to>to)\s+"
    r"(?!note\b|remember\b|recall\b|recognis|recogniz|understand\b|stress\b|say\b|mention\b|emphasi)"
    r"(?!us\b|me\b|them\b|all\s+of\b|(?:the|a|an|our|their|its|his|her|your|this|these|those|every|each"
    r"|both|all|many|multiple|several|some|any)\b)(?P<a>[a-z])|that\s+)",
    re.I,
)
HOW_KNOWN_RE = re.compile(
    r"(?i:\b(?:know|knows|knew|understand|understands|understood|realise|realises|realize|realizes)\b"
    r"[^.;:!?]{0,40}$)"
)
# A pseudo-cleft names what is needful after its second "is": "What is important is that we channel
# our beliefs, hopes and efforts towards realizing peace", "What is necessary is to check the arms
# competition", "What is now important is for all to help towards a peaceful settlement" (General
# Debate speeches hold some 140), as "it is important that/to/for…" asks (what follows "that" is
# read as NEEDFUL_RE's is). Not a thing valued ("What is important is cohesion") nor a fact ("…is
# that a general consensus is emerging"), which no mandative clause follows; "What is needed is…"
# is calls_for.CLEFT_NEEDED_RE's.
CLEFT_NEEDFUL_RE = re.compile(
    r"\bwhat\s+is\s+(?:(?:\w+ly|most|more|really|now|also|therefore)\s+){0,2}"
    r"(?:important|essential|necessary|crucial|vital|urgent|imperative|indispensable)"
    r"(?:\s+(?:now|today|here))?(?:\s*,\s*(?:therefore|however|then|above\s+all|in\s+my\s+view)\s*,)?\s+(?:is|are)\s+"
    r"(?:(?P<for>for)\s+|(?P<to>(?:not\s+)?to)\s+"
    r"(?!note\b|remember\b|recall\b|recognis|recogniz|understand\b|stress\b|say\b|mention\b|emphasi)"
    r"(?!the\b|a\b|an\b|this\b|its\b|our\b|their\b|any\b|us\b|me\b|them\b|[a-z]+ing\b)(?P<a>[a-z])|that\s+)",
    re.I,
)
# What the hearers are to grant, not do: "the important thing is to appreciate the work that still
# remains", "…is for all of us in this room to recognise the enormity of our achievement", "…is for
# people to understand that there is support", "…is to admit that this does not involve…" (an
# answer's or a speech's premise, as spoken_premises has it), whether the act follows "to" or "for X
# to".
PREMISE_VERBS = (
    r"note\b|remember\b|recall\b|recognis|recogniz|understand\b|appreciate\b|stress\b|say\b|mention\b|"
    r"emphasi|admit\b|acknowledge\b|reali[sz]e\b|be\s+aware\b|"
    # a perfect looks back: "the important thing, however, is to have shown that there exists the will"
    r"have\s+(?:been|shown|[a-z]+ed)\b"
)
PREMISE_VERB_RE = re.compile(PREMISE_VERBS, re.I)
# The same need named by "the important thing": "the important thing, I think, is to embed
# Australian police in the PNG police", "The most important thing for us is to get real action on
# problem gambling", "the most important thing is for people, wherever they are, to continue…"
# (Australian releases and transcripts hold some two dozen, General Debate speeches some eighty).
# Its "that" is read as CLEFT_NEEDFUL_RE's is, a fact stressed being no call ("the important thing
# is that the debate has been conducted in a…"); nor is a thing once needed ("the important thing
# was to…"), told, not asked.
THING_NEEDFUL_RE = re.compile(
    r"\b(?:the|one)\s+(?:(?:most|really|very|single|key|only)\s+)?"
    r"(?:important|essential|crucial|vital|critical)\s+thing"
    r"(?:\s+for\s+(?:us|me|you|them|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))?"
    r"(?:\s*,\s*(?:I\s+(?:think|believe)|in\s+my\s+view|though|however|therefore|then)\s*,)?"
    r"(?:\s+(?:now|today|here))?\s+is\s+"
    r"(?:(?P<for>for)\s+|(?P<to>(?:not\s+)?to)\s+(?!" + PREMISE_VERBS + r")"
    r"(?!the\b|a\b|an\b|this\b|its\b|our\b|their\b|any\b|us\b|me\b|them\b|[a-z]+ing\b)(?P<a>[a-z])|that\s+)",
    re.I,
)
# No choice left but to act: "In order to uproot violence in the region there is no choice but to
# focus on promoting democracy", "There is no alternative but to rapidly scale down the use of
# fossil fuels", "We have no choice but to work together to address the climate change crisis"
# (General Debate speeches hold some hundred). Only in the present and said of the speaker or of
# no one: "Israel had no choice but to respond", "we shall have no alternative but to support…" and
# "those people have no choice but to meet violence with violence" tell what was or will be done,
# or what others are driven to.
NO_CHOICE_RE = re.compile(
    r"(?i:\b(?:(?P<there>there\s+(?:is|remains)|there['’]s)|we\s+have)\s+"
    r"(?:(?:really|simply|therefore|thus|now|today|surely)\s+)?no\s+(?:other\s+|real\s+)?(?:choice|alternative|option)"
    r"\s+(?:other\s+)?(?:but|than|except)\s+to\s+(?P<a>[a-z]))"
)
# A prohibition: "it is inadmissible to use that situation as a pretext…", "it is also utterly
# unacceptable to hold athletic competitions…" (not "unacceptable that…", a condemnation).
PROHIBITED_RE = re.compile(
    r"\bit(?:\s+is|['’]s|\s+remains)\s+(?:(?:\w+ly|also|therefore|now|still|simply)\s+){0,2}"
    r"(?:unacceptable|inadmissible|unpardonable|intolerable|impermissible|unconscionable)\s+to\s+"
    r"(?!us\b|me\b|them\b|the\b|a\b|an\b|all\b)(?P<a>[a-z])",
    re.I,
)
# What a goal or a situation requires, said as a mandative clause: "However, it requires that our
# response be strong and coherent" (Norway, 2007), "This requires that the permanent members of the
# Security Council …", "Building peace for tomorrow requires that justice be done today", "The
# Middle East peace process requires that we all exert greater political will" (General Debate
# speeches hold some 190 in sessions 60-79): a call on the clause's subject, as "it is imperative that
# X V" is. Not a relative clause's ("values, which require that we respect …"), nor a need supposed
# or denied ("This would require that …", "does not require that …", "if peace requires that …").
REQUIRES_THAT_RE = re.compile(
    r"\b(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)requires?(?:\s*,[^,.;:!?]{1,60},)?\s+that\s+", re.I
)
UNSTATED_REQUIREMENT_RE = re.compile(
    r"(?i:(?:\b(?:may|might|could|would|can|not|never|to|if|when|unless|whether)|n['’]t)\s+(?:\w+\s+)?$)"
)
# What a law, a text or a standing arrangement requires is told, not asked: "Nigeria's constitution
# requires that anyone suspected of a crime be charged before a court within 48 hours" (HRW),
# "resolution 1770 (2007) and other resolutions require that …", "Our current arrangement requires
# that ships be moored at sea" (Nauru, 2019); but "respect for the rule of law requires that we
# address …" names a goal.
RULE_SUBJECT_RE = re.compile(
    r"(?i:(?<!\brule\sof\s)\b(?:constitutions?|laws?|legislation|acts?|charter|conventions?|treat(?:y|ies)|"
    r"resolutions?|regulations?|rules|articles?|statutes?|codes?|arrangements?|agreements?|polic(?:y|ies)|"
    r"procedures?|practices?|mandates?|systems?)\s+$)"
)
# A coordinated "require" goes with a verb before it, an infinitive's or a past's: "our priority was
# to increase expenditure on settlement services and require that …" (an Australian release)
COORDINATED_REQUIRE_RE = re.compile(r"(?i:\b(?:and|or)\s+$)")
# "Diplomacy oftentimes requires that you negotiate with those who …" (a State Department briefing):
# the generic "you" of a truth told, no one asked.
GENERIC_YOU_RE = re.compile(r"(?i:you\b)")
INCUMBENT_ON_RE = re.compile(r"(?i:incumbent\s+(?:up)?on\s+)")
# Those asked may be described by a relative clause whose verb takes its own infinitive: a verb's
# object ("those who have the good fortune to be prosperous to join in solidarity…") or a verb that
# takes one ("those who claim to stand for democracy to help…"); the act is the next infinitive.
# Not after a preposition's object ("those who are not immediately involved in this tragedy to
# endeavor to analyze…": the relative ends before "to").
RELATIVE_OWN_TO_RE = re.compile(
    r"\b(?:who|which|that)\s+(?:(?:have|has|had)\s+(?:the|a|an|its|their|no)\s+(?:[a-z]+\s+)?[a-z]+"
    r"|(?:claim|wish|want|seek|aspire|purport|profess|pretend|intend|hope|try|continue)s?)$"
)
# The speaker's own determination, what he decides to do rather than asks: "Therefore, I have
# determined that it is necessary to continue the national emergency declared in Executive Order
# 13664 with respect to South Sudan" (the President's letters to Congress, some thirty a year).
DETERMINED_RE = re.compile(
    r"(?i:\b(?:I|we)\s+(?:have\s+|had\s+|hereby\s+)?(?:also\s+)?(?:determined|decided)\s+(?:that\s+)?$)"
)
WHEN_RE = re.compile(r"(?i:\b(?:when|whenever|if|where|unless)\s+)$")
# Who is asked, then the act: "…for the developed countries to help…"; not the speaker alone ("It
# is important for me to be extremely clear", "…for me to stress that…": what the speaker will do)
FOR_TO_RE = re.compile(r"(?!(?:me|myself)\b)(?P<t>[^.;:!?]{1,120}?)\s+to\s+(?P<a>[a-z])")
# "I sincerely hope that both parties will make every effort…"; "we insist that X meet…".
HOPE_RE = re.compile(
    # "We trust that the Security Council will adopt the necessary resolutions…" (not "expect":
    # "We expect that representatives of … will participate in the summit" forecasts, in briefings)
    r"(?:\b(?:i|we)\s+(?:(?:\w+ly|very\s+much|also|still|do|would)\s+)*(?:hope|(?P<v>trust))|"
    # the same hope as an adjective: "I am also hopeful that Ms Myers will look for alternatives to
    # incarceration…" (a Senate release), "We are hopeful that the parties will continue…" (UN speeches)
    r"\b(?:i|we)\s+(?:am|are|remain)\s+(?:(?:\w+ly|very|also|still|most|so)\s+)*hopeful|"
    # "It is my hope that India will do more…" (a Senate release); "to express my hopefulness that…
    # she will work hard to address…"
    # with its degree: "It is our sincere hope that the remaining riparian countries will join the
    # treaty" (a General Debate speech), "It is my sincere hope that this bill will be taken up" (a
    # Senate release); not a rank ("Our greatest hope is that together we can…"). The degree is the
    # speeches' wish for how things turn out as often ("It is our earnest hope that those landmark
    # processes will culminate in…"): it asks someone named, or for a passive (DEGREE_PASSIVE_RE)
    r"\b(?:our|my)\s+(?:(?P<deg>sincere|profound|earnest|fervent|deep|deepest|strong|firm|ardent|genuine|"
    r"heartfelt|sincerest)\s+hope|hope|wish|expectation|hopefulness)"
    r"(?:\s+and\s+(?:hope|wish|expectation))?|"
    # the hope expressed now, by the speaker or his state: "We also express the hope that sisterly
    # Iraq will complete its political process", "Tunisia expresses its hope that the European Union
    # … will be among the first to support…" (General Debate speeches); not one expressed before
    # ("I expressed the hope that North Korea would choose peace": recalled, or someone else's)
    r"\bexpress(?:es|ing)?\s+(?:the|its|their)\s+(?:(?:sincere|profound|earnest|fervent|deep|strong|firm|"
    r"ardent|genuine|heartfelt)\s+)?(?P<ex>hope))\s+(?:that\s+)?(?!to\b|we\b|i\b)"
    # an aside after the modal: "We hope that the preparatory committee … will, in its next
    # session, reach an understanding…"
    r"(?P<t>[^.;:!?]{1,120}?)\s+(?:will|would|can|could)(?P<aside>\s*,[^,.;:!?]{1,60},)?\s+(?:\w+ly\s+)?(?P<a>[a-z])",
    re.I,
)
# The same hope in the indicative: "I hope that the Government uses the opportunity to break with
# the failed policies of the past" (a Greens senator's release); without "that" when the one hoped
# to act is named: "I hope the government acts expeditiously to release the remaining political
# detainees", "I hope the President changes his mind about vetoing this legislation" (Senate
# releases); not "I hope this request signals a serious effort…".
HOPE_THAT_RE = re.compile(
    r"\b(?:i|we)\s+(?:(?:\w+ly|very\s+much|also|still|do)\s+)*hope\s+(?P<that>that\s+)?(?!we\b|i\b)", re.I
)
SELF_END_RE = re.compile(r"(?:with|through|by|if|when|once|after|given|in)\b.*\b(?:we|I)$", re.S)
# What one trusts someone will do is a call on him ("We trust the transition government of Mali
# will turn its full attention to…"); what one trusts or hopes a thing will do ("We trust that
# this will pave the way…", "It remains our hope that these talks will, in the end, be fruitful")
# asks no one.
TRUSTED_WORDS_RE = re.compile(r"(?i:(?:there|this|that|it|these|those|we|i|you|they)\b)")
TRUSTED_LIMIT = 10
ABLE_RE = re.compile(r"(?i:(?:[a-z]+\s+)?be\s+able\b)")


# What one hopes something will turn out to be is a wish, whoever it is about: "We hope that the
# twenty-seventh Conference of the Parties … will be a deciding step", "I hope the seventy-first
# session … will succeed in its purposes", "We hope that Lebanon will be able very soon to restore
# its sovereignty"; not what one hopes someone will do ("…will reconsider the loan") nor a passive
# ("I hope the law will be revised"). "Serve as" is "be": "we hope it will serve as an example and
# encouragement to other countries" (a Prime Minister's talk on a declaration), "I hope that this
# session will serve as an important occasion for all States" (UN General Debate).
WISH_RE = re.compile(
    r"(?i:be\s+(?:a|an|the|able|successful|fruitful)\b|become\b|prove\b|succeed\b|serve\s+as\b|"
    # what the one hoped for will find or meet with: "that the Group of 77 and China will find in the
    # President a vigorous advocate" (a General Debate speech)
    r"find\s+in\b)"
)


def _trusted(text: str, m: re.Match[str]) -> bool:
    """Whether the one trusted to act in the HOPE_RE match `m` is someone."""
    ts, te = m.span("t")
    return (
        # "We trust that other nations which are still struggling for freedom … will soon be able
        # to join our ranks": a wish for them, which asks them nothing
        not ABLE_RE.match(text, m.start("a"))
        and len(text[ts:te].split()) <= TRUSTED_LIMIT
        and not TRUSTED_WORDS_RE.match(text, ts)
        and (targets.names_someone(text[ts:te]) or any(w[:1].isupper() for w in text[ts:te].split()[1:3]))
    )


# What a hope is about when it names no one to act: a thing done, made or held ("We hope that the
# integration process in Europe will provide the appropriate vehicle…", "that the forthcoming
# Copenhagen summit will meet the great expectations of humanity", "that this nuclear agreement will
# contribute to…", "the hope that its joining this Organization will enhance peace", "that Security
# Council resolution 2118 (2013) will open up promising new prospects"): how it is to turn out, which
# asks no one (General Debate speeches hold some 250). Not what is to be done to it ("that agreement
# will soon be reached", "that the decision … will be taken": passives, DEGREE_PASSIVE_RE), nor a
# body ("the Assembly", "the Conference of the Parties").
HOPED_THING_RE = re.compile(
    # an act named by its gerund with its object: "its joining this Organization", "enhancing
    # cooperation between …", "the holding of …" (not an adjective: "the remaining riparian countries")
    r"(?:(?:its|their|his|her|the|our|this)\s+)?(?!(?:during|according|bring|king)\b)[a-z]+ing\s+"
    r"(?:of|the|a|an|this|that|these|those|its|their|our|his|her|[a-z]+\s+(?:between|among|with))\b"
    # or a thing named by the head of the phrase, before what qualifies it: "the integration process
    # in Europe", "talks between Iran and …", "the conclusions of the summit"; not "the preparatory
    # committee for the 1995 review conference"
    r"|(?:(?!\s(?:of|for|in|on|at|between|among|that|which|who|to|from|under|with|by|provided|scheduled|started|"
    r"held|concerning|regarding)\b).)*?\b(?-i:resolutions?|reports?|declarations?|agreements?|decisions?|sessions?|"
    r"summits?|conferences?|meetings?|process|talks|negotiations|deliberations|discussions|efforts|work|"
    r"initiatives?|proposals?|message|findings|conclusions|outcomes?|review|celebration|debates?|"
    # a named meeting still to come: "the forthcoming Conference in Cancún", "the upcoming NPT Review
    # Conference", "the next Conference" (General Debate speeches); a standing body stays one
    r"(?:forthcoming|upcoming|coming|next)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Conference|Summit|Meeting|Session)s?)\b",
    re.S | re.I,
)
# What a meeting is to decide or agree on is its members' act: "I sincerely hope that the Pittsburgh
# summit of the Group of 20 will agree on further measures for global recovery" (Finland 2009), "I
# hope that this session will produce international consensus on how to address those challenges"
# (United Arab Emirates 2008).
HOPED_DECISION_RE = re.compile(
    r"(?i:(?:\w+ly\s+)?(?:agree|adopt|decide|approve|endorse|examine|consider|produce|"
    r"take\s+(?:up|the|a|concrete|decisive))\b)"
)
# How things go under someone, before the one hoped to act is named: "the hope that under his
# leadership, the General Assembly will achieve its objectives" (the speaker's courtesy to the
# President); after "we hope" the one named after such a phrase is asked ("I hope that in its
# deliberations the Assembly will come up with new ideas").
HOPED_UNDER_RE = re.compile(
    r"(?i:(?:that\s*)?,?\s*(?:under|with|through|throughout|in|at|by|after|during|given|thanks\s+to)\b)"
)


# What is to be done to the thing hoped for, a call for the act: "that agreement will soon be
# reached", "that funding will be made available", "that the message … will immediately be put into
# practice by the two independent countries", "will at last be acknowledged".
HOPED_PASSIVE_RE = re.compile(
    r"(?i:(?:(?:\w+ly|also|soon|now|still|then|not|never|at\s+last)\s+){0,2}be\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en)|made|put|"
    r"set|held|done|brought|found|kept|paid|built|sent|met|shown|seen|led|laid|heard|understood|dealt|sought)\b)"
)


def _hoped_someone(text: str, m: re.Match[str]) -> bool:
    """Whether a hope (HOPE_RE) names someone hoped to act, not a thing that is to turn out well."""
    ts, te = m.span("t")
    if HOPED_UNDER_RE.match(text, ts, te):
        # the thing may be the time or way of it ("at its present session, the General Assembly
        # will …"): only a hope expressed is the courtesy read above
        return not m.group("ex")
    return bool(
        HOPED_PASSIVE_RE.match(text, m.start("a")) or HOPED_DECISION_RE.match(text, m.start("a"))
    ) or not HOPED_THING_RE.match(text, ts, te)


# What a degree of hope asks without naming who is to act: a passive ("It is my sincere hope that
# this bill will be taken up and passed quickly", a Senate release).
DEGREE_PASSIVE_RE = re.compile(r"(?i:be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b)")


# "It is also my hope to see the Secretary-General's powers of inquiry strengthened": a call for it
HOPE_TO_SEE_RE = re.compile(r"\b(?:my|our)\s+(?:hope|wish)\s+to\s+see\s+(?P<a>\S)", re.I)
MANDATIVE_RE = re.compile(
    # "We would like to see the Saudis fund…"; not "want to see": "want to see that Bali process
    # with our co-chair", "want to see to it that…" (in press transcripts)
    r"\b(?:(?:(?<=we\s)|(?<=i\s))(?:(?:also|really|certainly)\s+)?(?:would|['’]d)\s+like\s+to\s+see(?!\s+to\s+it\b)|"
    r"insist(?:s|ed|ing)?\s+that|demand(?:s|ed|ing)?\s+that|recommend(?:s|ed|ing)?(?:\s+that)?|"
    r"propos(?:e|es|ed|ing)\s+that|request(?:s|ed|ing)?\s+that|ask(?:s|ed|ing)?\s+that|urg(?:e|es|ed|ing)\s+that)\s+",
    re.I,
)
# What the speaker asks, named as all he asks: "All that we ask is that we be left alone to enjoy
# our own forms of government", "What we do ask of the United Nations is that it not go out of its
# way to recognize…" (asks the United Nations), "All we ask is to be allowed the opportunity to…"
ASK_IS_RE = re.compile(
    r"\b(?:all|what|the\s+only\s+thing)\s+(?:that\s+)?(?:we|i)\s+(?:(?:do|would|simply|really|now)\s+)?ask"
    r"(?:\s+(?:of|from)\s+(?P<t>[^.;:!?]{1,80}?))?\s+is\s+(?:that|for|to)\s+(?P<a>[a-z])",
    re.I,
)
# A past event recalled after "forget": its that-clause's verb is in the past ("We should never
# forget that these pressures … were all defeated", "we cannot forget that chemical weapons were used
# against Syrian civilians only a month ago", "…that President Ntaryamira died in a foreign land"); a
# present one before it ("…that peace and development are inseparable") leaves the call to bear it
# in mind. A word in -ed counts only within the clause's first words and not after a determiner,
# where it is an adjective ("…that the United Nations represents the only specialized agency").
NOT_PAST_WORD = (
    r"(?!(?:is|are|am|has|have|must|will|can|cannot|should|would|may|might|shall|could|do|does|need|needs)\b)"
    r"[\w’'-]+"
)
RECALLED_PAST = (
    r"that\s+(?:(?:"
    + NOT_PAST_WORD
    + r"[\s,]+){1,20}?(?:was|were|had|did)\b|(?:"
    + NOT_PAST_WORD
    + r"\s+){0,4}"
    r"(?!(?:the|a|an|its|their|our|his|her|this|these|those|most|more|so|very)\s)"
    + NOT_PAST_WORD
    + r"\s+(?-i:[a-z]{2,}ed)\b)"
)
# "We cannot allow this episode of history to repeat itself", "we cannot, in good conscience,
# let this violence continue", "We cannot delay ambitious climate action any longer", "we also
# cannot allow the conflict to be used…", "We cannot dismiss these visions", and the same after
# "nor" ("Nor can we look to failed models of the past", "nor should we lose sight of…"); not
# what the speaker lacks the money for ("we can’t afford to pay a relative’s expenses each time"),
# nor what it cannot claim or expect ("Nor can we claim victory"): only verbs of giving way. Among
# them leaving someone to their fate: "We cannot leave the Iraqi people alone at this critical
# juncture" (Turkey 2016), "We must not leave Africa behind", "we cannot leave them to face the
# terrorist threat alone" (France 2013), also after a second modal that vows it ("we cannot and shall
# not leave the Syrian people to their fate"); not "we cannot leave out the issue of…", a speech's
# signpost, nor "we can't leave until…".
CANNOT_RE = re.compile(
    r"\b(?:we\s+(?:simply\s+|just\s+|therefore\s+|also\s+|still\s+)?"
    # "We have no right to accept gross poverty and inequality as inevitable" (a Prime Minister's
    # talk), "we have no right to fail" (UN General Debate): "we must not", with the same verbs
    r"(?:cannot|can\s+not|can['’]t|can\s+no\s+longer|must\s+not|dare\s+not|have\s+no\s+right\s+to)|"
    r"nor\s+(?:can|should|must|could)\s+we)"
    r"(?:\s+and\s+(?:shall|will|must|should)\s+not)?"
    r"(?:\s*,[^,.;]{1,40},)?\s+(?P<a>(?:allow|let|delay|afford(?!\s+to\s+(?:pay|buy|feed|send|live|keep|rent|eat|travel|hire)\b)|"
    r"accept|stand\s+by|ignore|wait|tolerate|remain|turn\s+away|dismiss|overlook|neglect|disregard|"
    r"lose\s+sight|walk\s+away|shy\s+away|close\s+our\s+eyes|look\s+to|be\s+complacent|be\s+indifferent|"
    # not a past event recalled (obligations.REPORT_VERB_RE's), but "We must not forget Gaza"
    r"look\s+away|fail|leave\s+(?:[\w’'-]+\s+){0,5}?(?:alone|behind|to|unanswered|unpunished|unchecked|"
    r"unresolved|at\s+the\s+mercy|in\s+the\s+hands)|forget(?!\s+"
    + RECALLED_PAST
    + r")|abandon|give\s+up|sit\s+back|stand\s+idly|permit|continue)\b)",
    re.I,
)
# The same of someone named, who may no longer look on: "Congress can no longer sit on the
# sidelines", "the African Union … cannot afford to be spectators to this tragedy", "impunity for
# police violence can no longer be tolerated". Only verbs of standing by: "lawyers can no longer
# work individually", "That information can no longer be accessed" tell what has become
# impossible, and "the region’s fires cannot be ignored" stresses (not annotated a demand).
NO_LONGER_RE = re.compile(
    r"\b(?:cannot|can\s+not|can['’]t|can\s+no\s+longer)\s+(?:continue\s+to\s+|afford\s+to\s+|be\s+allowed\s+to\s+)?"
    r"(?P<a>(?P<p>be\s+(?:tolerated|justified|accepted|allowed|permitted|condoned)\b)|"
    r"(?:ignore|tolerate|wait|sit\s+(?:on\s+the\s+sidelines|idly|back|silent|still|on\s+(?:its|their|our)\s+hands)|"
    r"stand\s+(?:by|idly|aside|silent)|remain\s+(?:silent|idle|indifferent|passive|on\s+the\s+sidelines)|"
    r"turn\s+a\s+blind\s+eye|look\s+away|be\s+(?:a\s+)?(?:spectators?|silent|bystanders?|complacent|indifferent))\b)",
    re.I,
)
NO_LONGER_SELF_RE = re.compile(r"(?i:we|i|you|they|he|she|it|who|that|which)$")
# "What we need to do here and now is regain a sense of security"; "Our job is to bring back…";
# "the way forward is to address…". Also what is to come of it: "What we need to come up with is an
# arrangement which makes them participants…", "what we need to see is a community debate about…"
# (Australian transcripts), "what we really need to establish … is a culture of respect…".
# What ranks a task first ("the main task", "the immediate priority", "the real challenge")
TASK_ADJECTIVES = (
    r"(?:first|main|primary|foremost|immediate|urgent|key|central|principal|overriding|greatest|biggest|"
    r"real|fundamental|prime|major|paramount|overarching|common|collective|true|pressing|crucial|critical)"
)
TASK_RE = re.compile(
    r"(?:\bwhat\s+(?:we|the\s+world|the\s+international\s+community)\s+(?:really\s+)?(?:need|must|have|ought)\s+"
    r"(?:to\s+)?(?:do|see|come\s+up\s+with|establish|achieve)\b[^.;:]{0,40}?"
    # "Our common task is to unite around the United Nations", "our first priority is to…"
    r"|\bour\s+(?:(?:common|collective|shared|joint|first|main|primary|immediate|urgent|foremost)\s+)?"
    r"(?:job|task|duty|responsibility|mission|challenge|goal|aim|priority|obligation)(?:\s+now)?"
    r"|\bthe\s+(?:only\s+|best\s+|right\s+)?way\s+forward)"  # "the way forward is to responsibly address…"
    r"\s+is\s+(?:to\s+)?(?P<a>[a-z])"
    # "It is our duty to protect the vulnerable", "it is our collective responsibility to act", "It
    # is our common responsibility, shared by all of us present here today, to translate…"
    # (not the courtesies: "It is our pleasant task to extend the warmest congratulations…")
    r"|\bit\s+is\s+(?:also\s+)?our\s+(?!(?:pleasant|pleasing|happy|agreeable|sad|painful)\b)(?:\w+\s+)?"
    r"(?:duty|responsibility|obligation|task|job)"
    # and in whose part or where: "It is our duty as Member States to…", "It is our duty in this
    # Organization to denounce…"
    r"(?:\s*,[^,.;:]{1,60},|\s+(?:as|in|at)\s+[^,.;:]{1,40}?)?\s+to\s+(?P<b>[a-z])"
    # "We owe it to our children to save the planet", "we owe it to ourselves, as men and as leaders,
    # to take…": the speaker's own duty to someone; the act is the first "to" a verb follows, not
    # those that lead to whom it is owed ("We owe it to them, and to ourselves, to…"); not a debt
    # ("We also owe it to him that the United Nations has come to play a crucial role")
    r"|\bwe\s+(?:all\s+|therefore\s+|also\s+)?owe\s+it\s+to\s+(?:(?!\bthat\b)[^.;:!?]){1,100}?\s+to\s+"
    r"(?!(?:us|ourselves|them|themselves|him|her|you|our|their|his|its|the|this|these|those|all|every|each|"
    r"future|generations|coming|posterity)\b)(?P<d>[a-z])"
    # The task named for all present, not as ours: "In that regard, the most important task is to
    # fight for the minds of people" (Uzbekistan, 2017), "The first priority is to bring all parties
    # to the negotiating table" (EU, 2013), "The challenge for those of us in this Hall is to ensure
    # that our Governments … remain responsive" (United Kingdom, 2016), "The challenge of our time is
    # to make…". Not a body's mandate or a plan's aim ("the task of the Commission is to examine…",
    # "the main task of which is to…", "the goal is to reduce…"): only "task", "priority" and
    # "challenge", and after them only who faces it or when.
    r"|\bthe\s+(?:(?:single\s+)?most\s+(?:important|urgent|pressing)\s+|" + TASK_ADJECTIVES + r"\s+)?"
    r"(?:task|priority|challenge)(?:\s+(?:now|today|ahead|at\s+hand)"
    r"|\s+(?:before|for|facing)\s+(?:us|all\s+of\s+us|those\s+of\s+us[\w\s]{0,20}?|the\s+international\s+community|"
    r"the\s+world|humanity|mankind|the\s+United\s+Nations|this\s+(?:Assembly|Organization|session))"
    r"|\s+of\s+(?:our|this|the)\s+(?:time|times|era|age|day|generation|century|moment|hour))?(?:\s+now)?"
    r"\s+(?:is|remains)\s+to\s+(?!be\b)(?P<c>[a-z])",
    re.I,
)


# The words without which each finder cannot match, as (bit, words) for demands' word index;
# "~" joins two words.
LET, TIME, NEEDFUL, HOPE, MANDATIVE, CANNOT, TASK = 16, 32, 64, 128, 256, 512, 1024
NO_LONGER = 1 << 18  # after triggers' own bits
FAMILIES = (
    (LET, "let~us let's"),
    (TIME, "time moment"),  # "moment": NOW_RE's "now is the moment to…"
    (
        NEEDFUL,
        "imperative essential~for essential~to essential~that vital~for vital~to vital~that critical~for "
        "critical~to critical~that crucial~for crucial~to crucial~that urgent~for urgent~to urgent~that "
        "necessary~for necessary~to necessary~that incumbent important~for important~to important~that "
        # "more essential than ever that …" (MORE, THAN_EVER)
        "than~ever~that than~ever~to than~ever~for than~ever~before "
        # NEEDFUL_RE's "it is of paramount/utmost importance that/for …", as "importance to"
        "importance~to importance~that importance~for "
        "necessity prerequisite imperative essential~the vital~the critical~the crucial~the "
        "unacceptable~to inadmissible~to unpardonable~to intolerable~to impermissible~to unconscionable~to "
        "important~in important~at important~during important~under is~key is~essential is~vital "
        "is~crucial is~critical is~indispensable "
        # GERUND_KEY_RE's "Ving X will be crucial"
        "be~key be~essential be~vital be~crucial be~critical be~indispensable "
        # HOW_NEEDFUL_RE's "how vital it is to…"
        "how~important how~imperative how~essential how~vital how~critical how~crucial how~urgent "
        "how~necessary "
        # the aside's end (ASIDE): "It is essential, however, that…"
        "however,~that therefore,~that thus,~that then,~that indeed,~that moreover,~that course,~that "
        "believe,~that however,~for therefore,~for believe,~for however,~to therefore,~to "
        # CLEFT_NEEDFUL_RE's "what is (now/most) important is…" and NO_CHOICE_RE's "no choice/alternative"
        "what~is~important what~is~essential what~is~necessary what~is~crucial what~is~vital what~is~urgent "
        "what~is~indispensable what~is~most what~is~more~important what~is~really what~is~now what~is~also "
        "what~is~therefore what~is~truly what~is~absolutely what~is~vitally what~is~urgently what~is~equally "
        # THING_NEEDFUL_RE's "the (most) important thing is…"
        "important~thing essential~thing crucial~thing vital~thing critical~thing "
        "no~choice no~alternative no~option no~other~choice no~other~alternative no~other~option no~real "
        # REQUIRES_THAT_RE's "X requires that Y V"
        "requires~that require~that",
    ),
    (HOPE, "hope trust our~wish our~expectation"),
    (
        MANDATIVE,
        "insist recommend propose~that proposes~that proposed~that urg ask request demand like~to~see",
    ),
    (
        CANNOT,
        "we~cannot we~can't we~can’t we~can~not we~must~not we~dare~not we~simply~cannot we~just~cannot "
        "we~can~no~longer we~also~cannot we~still~cannot we~therefore~cannot nor~can~we nor~should~we "
        "nor~must~we nor~could~we we~have~no~right",
    ),
    (NO_LONGER, "cannot can't can’t can~not can~no~longer"),
    (
        TASK,
        "what~we what~the~world our~job our~task our~duty our~responsib our~priority our~mission our~goal "
        "our~oblig owe~it "
        "way~forward our~common our~collective our~shared our~joint our~first our~main our~primary "
        "our~immediate our~urgent our~foremost "
        # TASK_RE's "the (main) task / priority / challenge … is to"
        "task priorit challenge",
    ),
)
ALL = LET | TIME | NEEDFUL | HOPE | MANDATIVE | CANNOT | TASK | NO_LONGER


def mandatives(text: str, s: int, e: int, words: int) -> list[Found]:
    """The calls in sentence [s, e) of the families whose bits are set in `words`."""
    out: list[Found] = []
    for m in LET_US_RE.finditer(text, s, e) if words & LET else ():
        out.append((m.start("v"), m.start("v"), m.start("v"), "self_exhortation", [], False))
    for m in TIME_RE.finditer(text, s, e) if words & TIME else ():
        who = next((g for g in ("t", "p", "n", "u") if m.group(g)), None)
        if who == "u" and m.group("u") == "they":
            who = None  # "it’s time they made the gear change": whom the pronoun means is the answer's
        out.append((m.start(), m.start(), m.start("a"), "call_for", [m.span(who)] if who else [], False))
    for m in TIME_COME_RE.finditer(text, s, e) if words & TIME else ():
        out.append(
            (m.start(), m.start(), m.start("a"), "call_for", [m.span("t")] if m.group("t") else [], False)
        )
    for m in NOW_RE.finditer(text, s, e) if words & TIME else ():
        if not DOUBTED_RE.search(text, max(s, m.start() - 40), m.start()):
            out.append((m.start(), m.start(), m.start("a"), "call_for", [], False))
    gerund = (
        (GERUND_NEED_RE.match(text, s, e) or GERUND_KEY_RE.match(text, s, e)) if words & NEEDFUL else None
    )
    if gerund:  # "Putting an end to this humanitarian disaster has become a … necessity."
        out.append((s, s, gerund.start("a"), "call_for", [], False))
    needfuls = (NEEDFUL_RE, IMPORTANT_RE, CLEFT_NEEDFUL_RE, THING_NEEDFUL_RE, HOW_NEEDFUL_RE)
    for rx in needfuls if words & NEEDFUL else ():
        for m in rx.finditer(text, s, e):
            if WHEN_RE.search(text, max(s, m.start() - 12), m.start()):
                continue  # not "when it is necessary to defend…, we will"
            if rx is NEEDFUL_RE and DETERMINED_RE.search(text, max(s, m.start() - 40), m.start()):
                continue  # "I have determined that it is necessary to continue the national emergency"
            if rx is HOW_NEEDFUL_RE and HOW_KNOWN_RE.search(text, max(s, m.start() - 60), m.start()):
                continue
            needful = _needful(text, m, e)
            if rx is THING_NEEDFUL_RE and m.group("for"):
                needful = [f for f in needful if not PREMISE_VERB_RE.match(text, f[2])]
            if rx in (CLEFT_NEEDFUL_RE, THING_NEEDFUL_RE) and not (m.group("to") or m.group("for")):
                # "What is most important is that we have the know-how", "…that such technologies
                # already exist": a fact stressed, not "…that we preserve the achievements"; nor a
                # noun read as its verb ("…that our plans … are geared to…": "our" is no subject)
                needful = [
                    f for f in needful if not (STATE_VERB_RE.match(text, f[2]) or _determiner_only(text, f))
                ]
            out.extend(needful)
    for m in NO_CHOICE_RE.finditer(text, s, e) if words & NEEDFUL else ():
        # not "when there is no…", nor a reason given: "…because we have no option but to struggle"
        if not WHEN_RE.search(text, max(s, m.start() - 12), m.start()) and not BECAUSE_RE.search(
            text, max(s, m.start() - 12), m.start()
        ):
            kind = "call_for" if m.group("there") else "self_exhortation"
            out.append((m.start(), m.start(), m.start("a"), kind, [], False))
    out.extend(_required(text, s, e) if words & NEEDFUL else ())
    for m in PROHIBITED_RE.finditer(text, s, e) if words & NEEDFUL else ():
        out.append((m.start(), m.start(), m.start("a"), "call_for", [], False))
    for m in CANNOT_RE.finditer(text, s, e) if words & CANNOT else ():
        out.append((m.start(), m.start(), m.start(), "self_exhortation", [], False))
    out.extend(_no_longer(text, s, e) if words & NO_LONGER else ())
    for m in TASK_RE.finditer(text, s, e) if words & TASK else ():
        act = next(m.start(g) for g in "abcd" if m.group(g))
        out.append((m.start(), m.start(), act, "self_exhortation", [], False))
    for m in HOPE_RE.finditer(text, s, e) if words & HOPE else ():
        if (m.group("v") or m.group("aside") or m.group("ex")) and not _trusted(text, m):
            continue  # "It remains our hope that these talks will, in the end, be fruitful": a thing
        if not _hoped_someone(text, m):
            continue  # "It remains our hope that these talks will, in the end, be fruitful": a thing
        if m.group("deg") and not (_trusted(text, m) or DEGREE_PASSIVE_RE.match(text, m.start("a"))):
            continue  # "It is our fervent hope that the lessons of … will not be lost on …": a wish
        if WISH_RE.match(text, m.start("a")):
            continue  # "I hope it will be a first step in…": how something turns out, no act asked
        # "…that with the help of the League of Arab States we can begin…": the speaker's own
        hoped = [] if SELF_END_RE.match(text, m.start("t"), m.end("t")) else [m.span("t")]
        out.append((m.start(), m.start(), m.start("a"), "call_on", hoped, False))
    hoped_at = {f[0] for f in out}
    for m in HOPE_THAT_RE.finditer(text, s, e) if words & HOPE else ():
        cut = None if m.start() in hoped_at else present_verb_after(text, m.end(), e)
        if cut and (m.group("that") or targets.names_someone(text[m.end() : cut[0]])):
            out.append((m.start(), m.start(), cut[1], "call_on", [(m.end(), cut[0])], False))
    for m in HOPE_TO_SEE_RE.finditer(text, s, e) if words & HOPE else ():
        out.append((m.start(), m.start(), m.start("a"), "call_for", [], False))
    for m in ASK_IS_RE.finditer(text, s, e) if words & MANDATIVE else ():
        asked = [m.span("t")] if m.group("t") else []
        out.append((m.start(), m.start(), m.start("a"), "call_on", asked, False))
    for m in MANDATIVE_RE.finditer(text, s, e) if words & MANDATIVE else ():
        cut = base_verb_after(text, m.end(), e) or _subjunctive_after(text, m, e)
        if cut:
            out.append((m.start(), m.start(), cut[1], "call_on", [(m.end(), cut[0])], True))
    read = {f[0] for f in out}
    for at, act in seen_done.wishes(text, s, e) if words & MANDATIVE else ():
        if not any(at <= r < act for r in read):  # the base verb's reading names who is asked
            out.append((at, at, act, "call_for", [], False))
    return out


# "We are left with no choice but to accept that category 5 hurricanes may become the new norm" is
# resignation, not a call, and is left out.
BECAUSE_RE = re.compile(r"(?i:\b(?:because|since)\s+$)")
# A verb of state or the indicative after CLEFT_NEEDFUL_RE's "that" says what is the case, not what
# is to be done ("…that such technologies already exist and are established in many parts…")
STATE_VERB_RE = re.compile(
    r"(?i:(?:\w+ly\s+)?(?:ha(?:ve|s)|exists?|know|knows|remains?|lie|lies|seems?|depends?|means?|belongs?|is|are)\b)"
)


def _determiner_only(text: str, f: Found) -> bool:
    """Whether the one asked in `f` is a determiner alone ("our" of "our plans…")."""
    return any(text[a:b].strip().lower() in targets.DETERMINERS for a, b in f[4])


def _needful(text: str, m: re.Match[str], e: int) -> list[Found]:
    on = INCUMBENT_ON_RE.match(text, m.start("w")) if "w" in m.re.groupindex else None
    if on:  # "incumbent upon our Governments to rationalize…": those named, then the act
        ft = FOR_TO_RE.match(text, on.end(), e)
        if ft is None:
            return []
        asked = ft.span("t")
        act = ft.start("a")
        own = FOR_TO_RE.match(text, act, e) if RELATIVE_OWN_TO_RE.search(ft.group("t")) else None
        if own and "," not in own.group("t") and len(own.group("t").split()) <= 6:
            asked, act = (asked[0], own.end("t")), own.start("a")  # the relative's own infinitive
        return [(m.start(), m.start(), act, "call_on", [asked], False)]
    if m.group("to"):
        return [(m.start(), m.start(), m.start("a"), "call_for", [], False)]
    if m.group("for"):
        ft = FOR_TO_RE.match(text, m.end(), e)
        return [(m.start(), m.start(), ft.start("a"), "call_on", [ft.span("t")], False)] if ft else []
    cut = _mandative_clause(text, m.end(), e)
    if cut is None:
        return []
    # "it is critical it be maintained": a passive asks no one it names (passive_mandates.py)
    passive = passive_asked(text, cut[1], e)
    return [
        (m.start(), m.start(), cut[1], "call_on", [(m.end(), cut[0])] if passive is None else passive, False)
    ]


# A subject whose verb is the subjunctive "be", which only a mandative clause takes: "it requires that
# our response be strong and coherent" (Norway, 2007), "It is essential that the process be
# inclusive"; the subject a few words with no verb among them ("…that what we do will be…" has one).
# Not what someone is to know or feel ("it is important that the Timorese people be aware that they
# can count on the United Nations", Portugal 2006), as "must know" is no call.
SUBJUNCTIVE_BE_RE = re.compile(
    r"(?:[\w’'-]+\s+){1,6}?(?P<v>be)\s+"
    r"(?!(?:able|aware|assured|reminded|sure|certain|convinced|confident|proud|grateful)\b)[a-z]"
)
SUBJUNCTIVE_WORDS_OUT = FINITE | CLAUSE_STARTS | frozenset("must should ought not to".split())


# A mandative verb's that-clause with a verb the closed list (verbs.ACTION_VERBS) lacks: "The
# Government of Suriname strongly recommends that the General Assembly face these challenges …"
# (Suriname, 2013), "The Korean people has long asked that foreign troops leave its territory",
# "I propose that the developing countries embark on a dialogue" (General Debate speeches). The verb
# is read after the subject that names someone, or a pronoun, as after "it is vital that"; only a
# subjunctive, no -s: "Lam insisted that the existing police complaints mechanism …" (HRW) and
# "insists that Ukraine provokes …" state a fact. "demands that" and "requests that" may be nouns
# ("accept demands that they govern their country as …", "requests that we get"), and are left out.
NOUN_LIKE_MANDATIVE_RE = re.compile(r"(?i:(?:demands|requests)\s)")
SUBJUNCTIVE_NOT_WORDS = frozenset("no not never please".split())


def _subjunctive_after(text: str, m: re.Match[str], e: int) -> tuple[int, int] | None:
    """(end of the subject, start of the verb) of the subjunctive after MANDATIVE_RE's "… that"
    match `m`, whatever the verb; None when the clause states a fact or `m` may be a noun."""
    if not m.group().rstrip().lower().endswith("that") or NOUN_LIKE_MANDATIVE_RE.match(m.group()):
        return None
    cut = _named_subject_verb(text, m.end(), e) or _pronoun_verb(text, m.end())
    if cut is None:
        return None
    verb = WORD_RE.match(text, cut[1])
    low = verb.group().lower() if verb else ""
    if not low or not verb or not verb.group().islower() or low in SUBJUNCTIVE_NOT_WORDS:
        return None
    if low in MANDATIVE_MODALS or low == "be" or low == "have":
        return cut  # "…that States should interpret…", "…that there be…", "…that they have…"
    return None if low.endswith("s") and not low.endswith("ss") else cut


def _subjunctive_be(text: str, pos: int, e: int) -> tuple[int, int] | None:
    """(end of the subject, start of "be") of a mandative clause at `pos` whose verb is "be"."""
    m = SUBJUNCTIVE_BE_RE.match(text, pos, e)
    if m is None or any(w.lower() in SUBJUNCTIVE_WORDS_OUT for w in text[pos : m.start("v")].split()):
        return None
    return m.start("v") - 1, m.start("v")


def _mandative_clause(text: str, at: int, e: int) -> tuple[int, int] | None:
    """(end of the subject, start of the act) of the mandative clause that begins at `at`, after
    "it is vital that" or "X requires that"; None when none is asked there."""
    cut = (
        base_verb_after(text, at, e)
        or present_verb_after(text, at, e)
        or _pronoun_verb(text, at)
        or _noun_have(text, at, e)
        or _named_subject_verb(text, at, e)
        or _subjunctive_be(text, at, e)
    )
    if cut and SELF_SAYING_RE.match(text, at, cut[1] + 20):
        return None  # "it's important that we dwell on the fact that…": the briefer's own point, no call
    return cut


def _required(text: str, s: int, e: int) -> list[Found]:
    """The calls of "X requires that Y V" in sentence [s, e) (REQUIRES_THAT_RE): on Y."""
    out: list[Found] = []
    for m in REQUIRES_THAT_RE.finditer(text, s, e):
        before = max(s, m.start() - 30)
        if UNSTATED_REQUIREMENT_RE.search(text, before, m.start()) or RULE_SUBJECT_RE.search(
            text, before, m.start()
        ):
            continue
        if COORDINATED_REQUIRE_RE.search(text, before, m.start()) or GENERIC_YOU_RE.match(text, m.end()):
            continue
        cut = _mandative_clause(text, m.end(), e)
        if cut:
            cs = clause_start(text, s, m.start())
            out.append((cs, m.start(), cut[1], "call_on", [(m.end(), cut[0])], False))
    return out


# After "it is imperative that" a subject naming someone is followed by its verb, whatever verb the
# act takes: "It is imperative that other states rally behind this initiative" (HRW), "It is vital
# that the United States reclaim its historic role" (a Senate release), "It is important that the
# Senate deeply reflects today on…" (a radio interview); and a modal the mandative clause may keep,
# "It is crucial that the ICC can investigate and prosecute grave international crimes" (HRW), "…that
# the Government should…". Only the word right after the shortest such subject (and its adverb) is
# read: not a preposition or a relative that continues the subject ("…that the Prime Minister in
# this return to Parliament makes…"), nor a tense that reports ("…that the Council was told",
# "…that the states agreed", "…that the army is deployed").
NAMED_SUBJECT_WORDS = 6
MANDATIVE_MODALS = frozenset("can should must shall".split())
NOT_VERB_WORDS = (
    FINITE
    | CLAUSE_STARTS
    | frozenset(
        "of in on at by for from with to into about and or nor but as than who whom whose which not also "
        "alone itself themselves himself herself be been being am do does did".split()
    )
)
VERB_WORD_RE = re.compile(r"[a-z]{2,}")
# Pasts that tell what was done ("…that the States parties met"), not asked
IRREGULAR_PASTS = frozenset("met took made gave came went saw said told sent kept left held got".split())
# An adverb before the verb ("the Senate deeply reflects"); verbs in -ly are none ("rally", "comply")
LY_VERBS = frozenset("rally apply comply supply reply rely multiply ally".split())


def _adverb(word: str) -> bool:
    return ADVERB_RE.fullmatch(word) is not None or (
        word.islower() and word.endswith("ly") and len(word) > 4 and word not in LY_VERBS
    )


def _named_subject_verb(text: str, pos: int, e: int) -> tuple[int, int] | None:
    """(end of the subject, start of the act) of a mandative clause at `pos` whose subject names
    someone (targets.names_someone) and whose next word is a verb in the base or -s form, or a
    modal before one."""
    words = list(WORD_RE.finditer(text, pos, e))[: NAMED_SUBJECT_WORDS + 3]
    for i in range(1, min(len(words), NAMED_SUBJECT_WORDS + 1)):
        subject = text[pos : words[i - 1].end()]
        if "," in subject or not targets.names_someone(subject):
            continue
        j = i + 1 if i + 1 < len(words) and _adverb(words[i].group()) else i
        if j + 1 >= len(words):
            return None
        word, low = words[j].group(), words[j].group().lower()
        if low in MANDATIVE_MODALS:
            after = words[j + 1].group()
            ok = VERB_WORD_RE.fullmatch(after) is not None and after not in NOT_VERB_WORDS
            return (words[i - 1].end(), words[j + 1].start()) if ok else None
        if targets.names_someone(text[pos : words[j].end()]):
            continue  # a noun the subject goes on with: "…that the States parties…"
        if not VERB_WORD_RE.fullmatch(word) or low in NOT_VERB_WORDS or low.endswith(("ed", "ing")):
            return None
        if low in IRREGULAR_PARTICIPLES or low in IRREGULAR_PASTS:
            return None
        return words[i - 1].end(), words[j].start()
    return None


# A noun subject that is to have something: "it is essential that these two men have that
# opportunity" (an Australian release), "…that the Cuban people have an ability to communicate",
# "…that any government in Afghanistan have the backing of the international community" (State
# Department); not a perfect tense ("…that the detainees have been released"), an obligation told
# ("…have to"), nor a clause of its own after "if" or "when" ("…that if we have Islamic friends").
NOUN_HAVE_RE = re.compile(
    r"(?!(?:if|when|whether|as|because|while|although|unless|since)\b)(?:[\w’'-]+\s+){1,5}?"
    r"(?P<v>have)\s+(?!been\b|to\b|got\b|(?:[a-z]+ed|" + "|".join(IRREGULAR_PARTICIPLES) + r")\b)[a-z]",
    re.I,
)


def _noun_have(text: str, pos: int, e: int) -> tuple[int, int] | None:
    """(end of the subject, start of "have") of a mandative clause at `pos` whose verb is "have"."""
    m = NOUN_HAVE_RE.match(text, pos, e)
    if m is None or any(w.lower() in FINITE for w in text[pos : m.start("v")].split()):
        return None
    return m.start("v") - 1, m.start("v")


# What speakers do with their own words, as IMPORTANT_RE's "to note / to stress…": "it's important
# that we dwell on the fact that it's only the most recent" (a State Department briefing), "it is
# equally important that we mention…", "…that I highlight these essential challenges" (UN General
# Debate). Not "that we remember / recognize / understand…", which ask the hearers too.
SELF_SAYING_RE = re.compile(
    r"(?:we|I)\s+(?:\w+ly\s+)?(?:note|stress|say|mention|emphasi[sz]e|dwell|underline|underscore|highlight|"
    r"reiterate|point\s+out)\b"
)


# After "it is essential that" a pronoun is the subject and the next word its verb, whatever verb
# the action takes ("it is vital that we get the message right", "it is imperative that you
# impress upon President Hu…", "It is essential that there be an early resumption of the Geneva
# negotiations"); not a tense or modal that reports or forecasts ("…that we have been…", "…that
# we can…", "…that they were mandated").
PRONOUN_VERB_RE = re.compile(
    r"(?P<s>we|you|they|all\s+of\s+us|each\s+of\s+us|everyone|(?P<there>there))\s+"
    r"(?:(?:\w+ly|also|all|both|now|together|collectively|jointly)\s+)*(?P<v>[a-z][a-z'’-]*)\b(?!['’])"
)
PARTICIPLE_NEXT_RE = re.compile(
    r"\s+(?:been|to\b|[a-z]+(?:ed|en|wn)\b|" + "|".join(IRREGULAR_PARTICIPLES) + r"\b)"
)
NOT_MANDATIVE_VERBS = FINITE | frozenset("am been being ca cannot must should ought need dare".split())


def _pronoun_verb(text: str, pos: int) -> tuple[int, int] | None:
    """(end of the subject, start of the verb) of a mandative clause at `pos` led by a pronoun."""
    m = PRONOUN_VERB_RE.match(text, pos)
    if m is None:
        return None
    verb = m.group("v")
    if m.group("there") and verb != "be":
        return None  # "…that there are", "…that there is": a statement of fact
    if verb == "have" and not PARTICIPLE_NEXT_RE.match(text, m.end("v")):
        return m.end("s"), m.start("v")  # "…that we have a stable relationship", not "…have been told"
    if verb in NOT_MANDATIVE_VERBS or verb.endswith("ed") or verb.endswith("n't"):
        return None
    return m.end("s"), m.start("v")


def imperative(text: str, s: int, e: int, head: tuple[int, int] | None) -> Found | None:
    """A sentence that begins with a verb of action (`head`, from verbs.imperative_at): a call to
    the reader or the addressee."""
    if head is None or text.find("|", s, e) != -1:
        return None  # none, or a navigation bar ("About | Contact | Support Us")
    verb, after = head
    place = HEADLINE_PLACE_RE.match(text, s, verb)  # "Iraq: Repeal Anti-LGBT Law" asks Iraq
    words = text[s:e].split()
    if not place and len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words):
        return None  # "Contact Us", "Sign Up Now": page furniture in title case
    if text[verb:after].lower() in ("let", "allow", "permit") and re.match(
        r"\s+(?:me\b|us\s+know\b|['’]s\s+see\b|(?:this|that|it)\s+be\b|there\s+be\s+no\s+(?:doubt|mistake)\b)",
        text[after:e],
        re.I,
    ):
        return None  # "Let me ask…", "Allow me to thank…", "Let this be our promise…", "Let there be…"
    if len(words) <= 5 and LETTERHEAD_END_RE.search(text, s, e):
        return None  # "FINANCE MINISTER", "PRESS COMMUNIQUE", "MEET THE PRESS": a heading's words
    if COURTESY_RE.match(text, verb, e):
        return None  # "Welcome back.", "Take care.": a greeting
    if QUOTED_SUBJECT_RE.match(text, max(s, verb - 1), e):
        return None  # "“Maintain the option” is a world away from…": a quoted phrase, talked about
    if RHETORICAL_RE.match(text, verb, e):
        return None  # "Put otherwise, …", "Consider what we have accomplished…": the speaker's figure
    rest = after
    while rest < e and text[rest].isspace():
        rest += 1
    return (verb, verb, verb, "imperative", [place.span("who")] if place else [], False)


# A short line ending in an office or a kind of document is a letterhead or a programme's name,
# whatever verb its first word can be read as.
LETTERHEAD_END_RE = re.compile(
    r"(?i:\b(?:minister|secretary|treasurer|leader|spokes(?:person|man|woman)|communiqu[eé]|release|press|"
    r"statement)\W*$)"
)
COURTESY_RE = re.compile(r"(?i:welcome\s+(?:back|all|everyone|everybody|aboard)\b|take\s+care\W*$)")
# An imperative that is a figure of the speaker's argument, asking no one to act: a rewording ("Put
# otherwise, Iran and other actors should pursue…", "Put simply, …") or a pointer to an example or a
# question the speech answers itself ("Consider what we have accomplished at the United Nations",
# "Look at how far we have come", "Imagine what this means", "Take, for example, …"), which the
# annotation does not mark (tune3: rhetorical "Look at …", "Consider …").
RHETORICAL_RE = re.compile(
    r"(?i:put\s+(?:simply|otherwise|differently|another\s+way|bluntly|briefly|plainly|succinctly)\s*,"
    r"|(?:consider|look\s+at|imagine|think\s+(?:of|about)|take)\s*,?\s+"
    r"(?:what|how|where|why|whether|who|if|for\s+(?:example|instance))\b)"
)
# A slogan in quotation marks that is the subject of its sentence: "“Just say no” is…".
QUOTED_SUBJECT_RE = re.compile(
    r"[“\"‘'][^“”\"‘’'.;:!?]{1,60}[”\"’']\s+(?:is|was|are|were|has|means|remains)\b"
)


# A headline's addressee as titles write it: "Trinidad and Tobago: …", "UN Rights Council: …";
# not a transcript's speaker in capitals ("QUESTION: Welcome back.") nor a clause ("The world
# is saying to Russia: Stop…").
HEADLINE_PLACE_RE = re.compile(
    r"(?P<who>(?=[^:]*[a-z])[A-Z][\w’'.-]*(?:\s+(?:(?:and|of|the|de|du)\s+)?[A-Z][\w’'.-]*){0,4}):\s+$"
)


def _no_longer(text: str, s: int, e: int) -> list[Found]:
    """ "X can no longer sit on the sidelines" in sentence [s, e): X is asked, unless the speaker
    ("we": CANNOT_RE), a pronoun or a relative clause ("hunters who can no longer…")."""
    out: list[Found] = []
    for m in NO_LONGER_RE.finditer(text, s, e):
        cs = clause_start(text, s, m.start())
        subject = text[cs : m.start()].rstrip()
        last = subject.rsplit(None, 1)[-1] if subject else ""
        if m.group("p"):  # "impunity … can no longer be tolerated": a passive
            if subject and not NO_LONGER_SELF_RE.match(last):
                out.append((cs, m.start(), cs, "passive", [], False))
            continue
        span = targets.subject(text, cs, m.start())
        if span is not None and not NO_LONGER_SELF_RE.match(last):
            out.append((cs, m.start(), m.start("a"), "obligation", [span], True))
    return out
