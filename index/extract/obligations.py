"""Obligations: "Y must/should/has to/is obliged to Z", "the UN must be given access" (a passive,
whose agent after "by" is asked), and the speaker's own "we must…" (a self-exhortation). A modal
that forecasts ("we're going to have to"), reports ("I must advise you that…"), reproaches ("should
have acted"), points to a press desk or tells how to read an instrument asks no one to act.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import (
    calls,
    eligibility,
    evaluated_facts,
    joined_clauses,
    law_content,
    set_apart,
    stated_rules,
    targets,
)
from .clauses import Found, clause_start
from .triggers import scan

MODAL_RE = re.compile(
    # "The Government would do well to listen": advice, not a forecast (FUTURE_RE looks before it)
    # "The visit has to do, again, with our support…": what a thing concerns, no duty
    r"\b(?:must|should|shall|would\s+do\s+well\s+to|needs\s+to|need\s+to|ought\s+to|"
    r"ha(?:s|ve)\s+to(?!\s+do(?:\s*,[^,.;]{1,30},)?\s+with\b)|"
    # spoken forms: "The Government has got to put aside…", "We’ve got to send the people smugglers
    # a very clear message", "it certainly shouldn’t deploy with soldiers…", "we mustn't lose our resolve"
    r"(?:has|have|['’]ve|['’]s)\s+got\s+to|(?P<nt>(?:should|must|need|ought)n['’]t(?:\s+to)?)|"
    r"ha(?:s|ve)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:obligation|duty|responsibility)\s+(?:under\s+[^,.]{1,60}?\s+)?to|"
    # in the plural, with no article: "Australia has obligations to treat these desperate people with
    # dignity", "have international legal obligations to make…"; not a past deed ("has abandoned its
    # responsibilities to assist", "have shirked their obligations"), a denial ("have no other duties
    # to perform") or those owed to someone ("have obligations to the Palestinian people")
    r"ha(?:s|ve)\s+(?!no\b)(?:(?![\w-]+ed\b)[\w-]+\s+){0,2}(?:obligations|duties|responsibilities)\s+"
    r"(?:under\s+[^,.]{1,60}?\s+)?to(?=\s+(?!(?:the|an?|its|their|our|his|her|my|your|this|these|those|all|every|each|"
    r"people)\b)[a-z])|"
    # "The Security Council bears a special responsibility to impose…"; not "bear full
    # responsibility for the consequences", a blame
    r"bears?\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}responsibility\s+to|"
    r"(?:is|are)\s+(?:legally\s+)?(?:obligated|obliged|required|bound)\s+(?:under\s+[^,.]{1,60}?\s+)?to|"
    # the same bond as a noun: "We are under an obligation to change the structure of international
    # trade", "the international community is under a moral obligation to continue…" (UN speeches);
    # in the present only (not "whether they were under an obligation to…", a question once asked),
    # and not its denial ("it is under no obligation to follow…") or a hedge ("under some obligation")
    r"(?:is|are|['’]re)\s+(?:all\s+|now\s+|also\s+|therefore\s+|thus\s+)?under\s+(?:an?\s+|the\s+)?"
    r"(?!(?:no|any|some)\b)(?:[\w-]+\s+){0,3}?obligation\s+to)"
    # set apart by commas: "Israel must, once and for all, end the occupation", "we should, first,
    # comply with commitments…"; not a clause after it ("as they should, and the Council…")
    r"(?:\s*,\s*(?!(?:and|but|or|nor|which|who|as|if|because|so|yet|while|when|then|that)\b)[^\s,.;:!?][^,.;:!?]{0,39},)?"
    r"\s+(?:also\s+|now\s+|therefore\s+|still\s+)?(?P<adv>(?:never|always|immediately|urgently|only|instead|"
    r"further|all|first|jointly|collectively|seriously)\s+)*"
    r"(?P<neg>not\s+)?(?P<be>be\s+)?(?P<a>\w)",
    re.I,
)
# A hedge between an auxiliary of the future and the modal: "would probably", "'ll just", "might
# just", "would then"; not "will also / still / now", which HRW writes in recommendations ("The
# government will also need to continue focusing on keeping girls in school").
FORECAST_ADVERB = r"(?:[a-z]+ly|just|then|even)"
# Before the modal: a forecast ("we're going to have to"), a negation ("I don't have to look
# far"), or a reduced relative clause ("the money it needs to do the job").
FUTURE_RE = re.compile(
    # "we don’t necessarily need to do that": no need
    # "You'd have to ask Mark what his motivations are", "you'd need to speak to the Immigration
    # Minister": "'d" is "would", a condition's consequence
    # a hedge between them keeps it a forecast: "We will just have to wait and see", "we would
    # probably have to look at…", "You might just have to shout loud" (interview answers)
    r"(?:going\s+to|will|would|['’]ll|['’]d|may|might|could|(?:do|does|did)(?:n['’]?t|\s+not))"
    r"(?:\s+" + FORECAST_ADVERB + r")?\s+$",
    re.I,
)
# An adverb of frequency before "have to / need to" tells what people go through, not what anyone is
# asked to do: "Native voters often have to overcome language barriers…" (White House fact sheet),
# "trucks often have to wait…", "they sometimes have to leave…". Not before "must" ("we must
# constantly strive…" still exhorts).
HABIT_RE = re.compile(
    r"(?i:\b(?:often|sometimes|frequently|routinely|regularly|usually|typically|commonly|normally|"
    r"repeatedly)\s+$)"
)
WILL_RE = re.compile(r"(?i:will\s+(?:" + FORECAST_ADVERB + r"\s+)?)")
# Subjects before "will need to" that make it a forecast or a relative clause's verb (_will_need)
FORECAST_SUBJECTS = frozenset("i we you they it there he she this that which who and or but".split())
WILL_NEED_RELATIVE_RE = re.compile(r"(?i:\b(?:that|which|whom)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*$)")
# The future's auxiliary and an adverb between a subject and its modal ("will also need to"), not
# the subject's words
WILL_BEFORE_RE = re.compile(r"(?i:\s+will(?:\s+[a-z]+)?\s+$)")
# What someone "will have to" do to account for himself is asked of him, not forecast: "the
# Department of Immigration will have to come clean and admit that…", "whoever steps up to take the
# leadership … will have to spell out what they intend to do about the carbon tax" (releases)
ACCOUNTING_RE = re.compile(r"(?i:come\s+clean|spell\s+out|own\s+up|front\s+up)\b")
# "another militia which will have to be dealt with", "projects that will have to be rehashed": a
# relative clause describes
RELATIVE_WILL_RE = re.compile(r"(?i:\b(?:which|that|who|whom|what)\s+$)")
# Before "need(s) to / ha(s|ve) to": a reduced relative clause ("the money it needs to do the
# job", "the protection they need to do their jobs"); not "To meet this challenge we must…".
# "the gap they've got to fill" too; not after "that" ("a very clear message from the Parliament
# that it needs to rethink its refugee policy", "the fact that we have got to bring…").
RELATIVE_NEED_RE = re.compile(r"\b(?:the|a|an|this|any)\s+[a-z]+\s+(?:it|they|he|she|we|you)\s*$", re.I)
# Before any modal: a relative clause whose verb's object is the noun before it ("the very people
# it should be protecting is extremely troubling", "the needs it must serve,"): the verb has no
# object of its own, a clause's verb or its end follows it at once.
RELATIVE_GAP_RE = re.compile(
    r"\b(?:the|a|an|this|any)\s+(?:(?!(?:and|or|but|so|then)\s)[a-z]+\s+){1,2}"
    r"(?:it|they|he|she|we|you)\s*$",  # not "…make a difference and we should act."
    re.I,
)
# "The second thing we need to do is change what…": a cleft that asks, as TASK_RE's "what we need
# to do is…" does; not a relative clause's gap.
GAP_AFTER_RE = re.compile(
    r"(?!(?:do|doing|having)\s+(?:is|was)\b)\w+(?:\s*[.,;:)”\"]|\s+(?:is|are|was|were|has|have|had|remains?)\b)"
)
# The modal "have to" in the infinitive, governed by another word: "Baher is only 9 years old  too
# young to have to face the ravages of war" (Senate), "expect their children to have to repeat
# grades" (HRW), "He didn't want to have to explain that" (a press release), "an arduous decision
# for anyone to have to leave his or her country" (State Department). The word that governs it
# (an adjective, a wish, an expectation) says how hard or unwelcome the need is and asks no one;
# "going to have to" is a forecast, which FUTURE_RE reads first.
INFINITIVE_RE = re.compile(r"(?i:\bto\s+$)")
# "…should it choose further escalation": a condition, not a demand; "the need to": a noun.
INVERTED_RE = re.compile(r"(?:it|they|he|she|we|you|i|there|the|this|that|these|those|any|such)\b", re.I)
# A name right after a lower-case "should" is its subject, put first by a condition: "Exercise
# increased caution due to … potential combat operations should Russia take military action", "We
# will respond should Congress fail to act". A call puts its subject before the modal. Not in a
# headline in title case ("Human Rights Council should Ensure Ongoing International Scrutiny"),
# where a lower-case word or a comma does not come before "should" and a verb is capitalised.
INVERTED_NAME_RE = re.compile(r"(?<=[a-z,])\s+should\s+[A-Z][a-z]+\s+[a-z]")
NEED_NOUN_RE = re.compile(r"\b(?:the|a|an|this|that|our|their|its|his|her|any|no)\s+$", re.I)
RELATIVE_THAT_RE = re.compile(r"\bthat\s+$", re.I)
# The speaker as subject, after the words that may open the clause; an adverb in -ly among them
# ("It is only then that collectively we shall be able to promote progress", a General Debate
# speech): "we shall" after it promises as "We shall return" does.
SELF_RE = re.compile(
    r"(?:(?:and|but|so|yet|now|then|therefore|thus|however|indeed|together|today|here|[a-z]+ly|"
    r"i\s+(?:think|believe|hope|feel))\s*,?\s+)*(?:we|i)(?:\s+(?:all|therefore|also|too|now|collectively))?",
    re.I,
)
# A subject and its modal apart: "The recent actions of North Korea, which violate Security
# Council resolutions, must be stopped", "Friends of Israel, including the United States, must…",
# "Israel, especially, should…", "All of the incidents…, by whomsoever committed, must be
# investigated", "The least developed countries, those that are the most fragile…, must…",
# "Iran’s nuclear programme — and for that matter, that of all other countries — must…", "we, as a
# nation dedicated to the advancement of human rights worldwide, must…".
INSERTION_RE = re.compile(
    # after a dateline's dash too: "(Washington, DC, May 02, 2024) – Governments concerned about
    # autonomous weapons systems – so-called killer robots – should urgently act…"
    r"(?:^|(?<=[,;:.!?\n])|(?<=\)\s[—–]\s))\s*(?P<np>[^\s,;:.!?—–-][^,;:.!?—–]{1,120}?)(?:,\s+"
    r"(?:(?:which|who|whose|including|in\s+particular|especially|notably|and\s+(?:those|all|other)|as\s+well\s+as|"
    r"together\s+with|along\s+with|such\s+as|those|bearing\s+in\s+mind|by\s+whomsoever|"
    r"as\s+(?:a|an|the)\s)[^,;:.!?]{2,150}|"
    r"(?:too|also|indeed|in\s+turn|above\s+all|for\s+(?:its|their|his|her|our)\s+part|in\s+particular|"
    r"especially|therefore|however|of\s+course|first\s+and\s+foremost))"
    # dashes typed as spaced hyphens: "The partnership between developed and developing countries
    # - a partnership of shared responsibilities and commitments - must be enhanced"
    r",|\s+(?:[—–]|--?)\s[^—–.;!?]{2,150}\s(?:[—–]|--?))\s*$",
    re.I,
)
# Not a subject but a condition or a setting before the insertion: "If they fail, in turn, …"
INSERTION_NOT_SUBJECT = frozenset(
    "if when while as because although though unless since after before once whether where in on at for "
    "with by to from during under".split()
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
    r"\bby\s+(?P<np>[^,.;:]{2,80}?)(?=\s+(?:themselves|itself|and|to|in|at|for|during|before|after|within|until|as|when|if)\b|[,.;:]|$)"
)
PASSIVE_END_RE = re.compile(r"[,;:]|\sto\s")
# Opinion polls report what people think ("71% believe the Government should …"): not demands.
# A press contact or a pointer to more information after a modal ("…should contact the news desk
# at (202) 646-3272", "should visit www…"), page furniture rather than a call.
POINTER_RE = re.compile(
    r"(?i:(?:contact|call|email|e-mail|visit|see)\s+(?:[^.;]{0,60}?\b(?:news|press|media)\s+(?:desk|office|line|centre|center)"
    r"|[^.;]{0,60}?\(?\d{3}\)?[\s.-]\d{3}|[^.;]{0,30}?(?:www\.|https?:)))"
)
# How to take part in a meeting or a programme: "Members of the public who wish to access the
# meeting should contact…", "Attendees should plan to enter the web conference waiting room…",
# "persons wishing to benefit from this fund should submit new applications", "Media who plan to
# cover in person must RSVP to…" (notices).
LOGISTICS_SUBJECT_RE = re.compile(
    r"(?i:\bwho\s+(?:wish(?:es)?|plan)\s+to\b|\bwishing\s+to\b|\binterested\s+(?:individuals|persons|parties)\b|"
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
# So do its operative terms, which say what applies, when and to what, asking no one: "all steel
# articles imports … shall be subject to an additional 25 percent ad valorem rate of duty", "these
# rates of duty … shall apply to imports of derivative aluminum articles", "This proclamation shall be
# effective …", "shall continue in effect" (White House proclamations and memoranda). Only after
# "shall", the instrument's own voice: "sanctions should apply to all …" still asks. "Imports … in excess
# of the tariff-rate quota quantities shall remain subject to the duties imposed by clause 2 …" too.
OPERATIVE_RE = re.compile(
    r"(?i:(?:be|remain)\s+subject\b|apply\s+(?:only\s+|also\s+)?(?:to|with\s+respect\s+to)\b|take\s+effect\b|"
    r"(?:be|become)\s+effective\b|(?:remain|continue)\s+in\s+(?:full\s+)?(?:force|effect)\b|expire\b)"
)
# An amount or age at least required, a condition a donation or an applicant meets, not a call:
# "GIFTS MUST BE $2 OR MORE" (a release's donation slip), "applicants must be 18 years or older"
THRESHOLD_RE = re.compile(
    r"(?i:be\s+(?:at\s+least\s+|over\s+|under\s+)?[$£€]?\d[\d,.]*\s*(?:years?\s+(?:of\s+age\s+)?)?(?:or\s+(?:more|over|older|less|under|above)\b|of\s+age\b))"
)
ABLE_RE = re.compile(r"be\s+able\s+to\b", re.I)
# A feeling the speaker expects, not an act asked: "It should come as no surprise that…", "That
# should be no surprise", "this shouldn't surprise us", "One should not be surprised if…" (UN
# speeches, releases), "Pacific leaders should be reassured by the seriousness with which…".
FEELING_RE = re.compile(
    r"(?i:(?:come\s+as|be)\s+(?:no|a|any|little|much\s+of\s+a)\s+(?:[a-z]+\s+)?(?:surprise|wonder)\b|surprise\b|"
    r"be\s+(?:(?:[a-z]+ly|very|all|too|so)\s+)?(?:surprised|reassured)\b)"
)
# A result the speaker expects of a thing, not an act asked of anyone: "…Appropriations Bill, which
# should pave the way for additional C-17 aircraft orders" (Senate), "It should also help us speed up
# the implementation of recommendations…", "This conference should serve as an important step
# towards…" is left (a thing named may be asked to be so), as is "should not lead to" (a limit set).
# The subject ends in a pronoun: "which", "that", "this", "it" ("That should enable the Organization to…",
# "an admirable experiment which should lead to beneficial experiences").
EXPECTED_RESULT_RE = re.compile(
    r"(?i:pave\s+the\s+way|lead\s+to|result\s+in|give\s+rise\s+to|serve\s+(?:as|to)\b|contribute\s+to|"
    r"help|enable|go\s+a\s+long\s+way|open\s+(?:up\s+)?the\s+(?:way|door)|make\s+it\s+possible|bring\s+about|"
    r"give\s+(?:\w+\s+){1,3}cause)\b"
)
EXPECTING_SUBJECTS = frozenset("which that this it".split())
# Who is to bring the feeling about is asked to: "they need to be reassured by the Australian Federal
# Police" asks the police; "should be reassured by the seriousness with which…" asks no one.
FELT_BY_NAME_RE = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
# A modal before a perfect looks back: a reproach ("should have acted earlier"), an inference
# ("must have forgotten") or a legal standard ("knew or should have known"), none a call.
HAVE_DONE_RE = re.compile(r"have\s+" + PARTICIPLE_RE.pattern)
# Verbs after "must/have to/need to" that report, expect or know rather than act: "I must advise
# you that…", "we have to expect the same", "the first thing you need to know is…" (briefings);
# not "add to" ("Jordan should not add to this by killing bystanders" asks Jordan to refrain).
REPORT_VERB_RE = re.compile(
    # "I should just note that…", "I should like to say a word about…"
    r"(?:(?:just|also|briefly|simply)\s+)?(?:like\s+to\b|advise|say|stress|note|add(?!\s+to\b)|admit|remind|emphasi[sz]e|"
    r"point out|confess|expect|assume|know|mean|be\s+joking|"
    # a past event not to be forgotten ("We should never forget that these pressures … were all
    # defeated", UN General Debate), not "bonds which we should never forget". Remembering,
    # realising or imagining something is asked of the hearers, as recognising it is, save in the
    # answers of an interview (spoken_premises.py)
    r"forget(?=\s+" + calls.RECALLED_PAST + r")|"
    r"guess|wonder|suppose|think|tell\s+you|"
    # also with a degree: "I think we've got to be absolutely crystal clear" (an interview answer)
    r"be\s+(?:(?:[a-z]+ly|very|quite|crystal)\s+){0,2}(?:honest|frank|clear|candid)|"
    # a feeling owed, praise rather than an act: "as a nation we should be incredibly proud of our
    # scientists", "There is much that the United Nations has achieved for which we should all be
    # proud", "we should be grateful to all States that have already shown interest"; not "I should
    # be grateful if you would convey…", a request
    r"(?:be|feel)\s+(?:(?:[a-z]+ly|very|so|justly)\s+){0,2}(?:proud|(?:grateful|thankful)(?!\s+if\b))|"
    # praise given, no act asked: "Prime Minister Netanyahu and President Abbas must be praised for
    # their leadership" (Greece, 2013), "The Non-Aligned Movement must be commended for taking this
    # bold initiative", "they should be commended for that" (an Australian interview); not "should
    # be commended and supported", where support is asked
    r"be\s+(?:(?:[a-z]+ly|all|also)\s+){0,2}(?:praised|commended|congratulated|applauded|lauded|saluted)\b"
    r"(?!\s+and\s+[a-z]+ed\b)|"
    # a warning, like "must know": "Russia should be in no doubt that any further military
    # aggression … will have massive consequences", "should be under no illusions that…"
    r"be\s+(?:in\s+no\s+doubt|under\s+no\s+illusions?)|have\s+no\s+(?:doubt|illusions?)|"
    # the passive of the same, before what is said: "It should be pointed out that…", "It must
    # be borne in mind, however, that…", "It should be noted that…" (a speech's signposts)
    r"be\s+(?:pointed\s+out|noted|stressed|emphasi[sz]ed|underlined|recalled|remembered|recogni[sz]ed|"
    # "It must not be forgotten that it was Vietnam who…", "it must be acknowledged that Australia
    # spends only…", "It must be pointed out also that this alliance…": what the speaker asserts
    r"mentioned|said|added|borne\s+in\s+mind|forgotten|acknowledged|admitted)\s*(?:,[^,]{1,40},\s*)?"
    r"(?:also\s+|again\s+|here\s+)?that|"
    # how a thing is to be judged: "the joint search for disarmament should be seen as a joint search
    # for security", "Malcolm Fraser's appointment should be seen quite properly as a tribute to him"
    # (an argument, no act asked of anyone; not "treated as", "designated as")
    r"be\s+(?:seen|viewed|regarded)\s+(?:[a-z]+ly\s+){0,2}as)\b",
    re.I,
)
# A belief denied: "I do not believe that America or any nation should determine who will lead
# Syria" says what should not happen without asking anyone.
DISBELIEF_RE = re.compile(
    r"(?i:\b(?:do|does|did)\s*n[o']?t\s+(?:believe|think)\s+(?:that\s+)?|\bdon['’]t\s+(?:believe|think)\s+(?:that\s+)?"
    # "…, nor do I believe that America or any nation should determine who will lead Syria"
    r"|\bnor\s+do(?:es)?\s+(?:I|we|they|he|she)\s+(?:believe|think)\s+(?:that\s+)?"
    # a consequence denied: "This does not mean that Australia should seek to be a leading
    # financial contributor", "…, does not mean that people should be kept in indefinite detention"
    r"|\b(?:do|does|did|would|will)(?:\s+not|n['’]t)\s+(?:necessarily\s+)?mean\s+(?:that\s+)?"
    # and a second half joined by "nor", which only a denial has: "…does not mean that less attention
    # should be paid to …, nor that its importance should be underestimated" (Greece, 1994)
    r"|,\s+nor\s+that\s+)$"
)
# An indirect question or condition ("asked whether the Government should…"), but not "that is (that’s)
# why we should…".
REPORTING = re.compile(
    r"\b(?:if|whether|(?<!\bis\s)(?<![’']s\s)why|how|what|who|when)\s+\S+(?:\s+\S+)?\s*$", re.I
)


# Spoken "you have to / you've got to" speaks of anyone ("you have got to understand society does
# move on", "you have to start making preparations for that"); a letter asks its addressee with
# "you should/must" or "we urge you", which stay.
# The subject ends in a bare "you" (not "all of you", "those of you"), whatever clause leads it in
# ("While I certainly think you have to…", "…and you've got to worry about…").
GENERIC_YOU_RE = re.compile(r"(?i:(?:^|(?<![\w’']))(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)you$)")
# With an emphatic "do" the same is said of anyone, "need to" too: "you can't rush these things but
# you do have to seize the moment", "in order to integrate people, you do need to have a reasonable
# command of the English language" (interview answers); a letter's "you must" has no "do".
EMPHATIC_YOU_RE = re.compile(r"(?i:(?:^|(?<![\w’']))(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)you\s+do$)")
NEED_OR_HAVE_TO_RE = re.compile(r"(?i:(?:ha(?:s|ve)|need)\s+to\b)")
HAVE_TO_RE = re.compile(r"(?i:(?:ha(?:s|ve)|['’]ve)\s+(?:got\s+)?to\b)")


# Two modals joined: "can and must", "cannot and should not", "can be and must be": the subject
# is before the first.
CAN_AND_RE = re.compile(r"(?i:\s+(?:can(?:not)?|could|will|may)(?:\s+not)?(?:\s+be)?\s+and\s*$)")
# A named subject, its own verb and what it did, then "and" and the modal: the subject asked is the
# name ("The Government has steadfastly refused to acknowledge the serious weaknesses in their
# Malaysian proposal and should stop trying to spin…").
VP_AND_RE = re.compile(
    r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|for))*)\s+"
    r"(?:has|have|had|is|are|was|were|continues|refuses|refused|failed|fails)\s[^.;:!?]{3,200}?\s(?:and|but)\s*$"
)
# A cleft names what its subject is asked to do after "is": "And what it should do is end the
# aggression now, stop firing, pull its forces back" (a State Department briefing on Russia), "What
# Beijing needs to do is…"; an indirect question otherwise ("asked what the Government should do").
CLEFT_WHAT_RE = re.compile(r"(?:^|(?<=[\s“\"‘]))[Ww]hat\s+(?P<np>[^\s,.;:][^,.;:]{0,60}?)\s*$")
CLEFT_DO_RE = re.compile(r"(?:to\s+)?do(?:\s+(?:now|here|next|first))?\s+is\s+(?:to\s+)?(?P<a>[a-z])")
# An opinion verb with "that" left out opens the clause of the one asked, as "that" would ("…and I
# think the Prime Minister should accept that", "we think the Assad regime should go").
HEDGE_RE = re.compile(
    r"\b(?:I|we)\s+(?:(?:also|certainly|really|still|do|would)\s+)?(?:think|believe|feel|reckon|say)\s+(?=\S)"
)


# The speaker's own modal after a clause of its own joined by "and" with no comma: "Iran is a
# country with one the worst human rights records in the world and we should not be returning people
# to such a situation" (a Democrats release), "…for people to be commenting on the matter under
# investigation and we should wait until the outcome is known" (a Prime Minister's answer). "and" is
# no clause boundary (clauses.BOUNDARY_RE: "Russia and China should…"), so the subject ran back to
# the sentence's start and was dropped as a clause; "we" is the subject. Only after a clause, not
# "Australia and we must…", a subject of two; not "so", an adverb as often ("To help it to do so we
# shall have to do an equally fair job", Sudan 1975).
SELF_AFTER_CLAUSE_RE = re.compile(
    r"\sand\s+(?P<we>we)(?:\s+(?:all|also|therefore|too|now|collectively))?$", re.I
)
CLAUSE_BEFORE_SELF_WORDS = 4


def _self_after_clause(subj: str) -> int:
    """Where "we" begins in a subject that ends "… and we" after a clause of its own; -1 if not."""
    m = SELF_AFTER_CLAUSE_RE.search(subj)
    if m is None or len(subj[: m.start()].split()) < CLAUSE_BEFORE_SELF_WORDS:
        return -1
    return m.start("we")


RELATIVES = frozenset({"what", "who", "whom", "whatever"})
# A second modal clause joined by a bare "and" has a subject of its own: "The United Nations and
# African Union need to mobilize this protection and states should hold to account those
# responsible…", "Israel should contribute to reparations and all other countries should press the
# parties…" (HRW). A comma before "and" ends the first clause already (clauses.BOUNDARY_RE).
# Not a conjunct of the object before ("must intensify its efforts and its co-operative activities
# and must not rest…": no subject but "and" before the modal).
SECOND_SUBJECT_RE = re.compile(
    r"\sand\s+(?P<np>(?:(?:the|all|other|its|their|these|those)\s+)*(?!(?:and|or)\b)[\w’'-]+"
    r"(?:\s+(?!(?:and|or)\b)[\w’'-]+){0,2})\s*$"
)
# The first clause's modal; not one that inverts a condition ("…and should it fail, we believe the
# Iraqi Council of Representatives and the Iraqi people need to judge…").
EARLIER_MODAL_RE = re.compile(
    r"(?i:\b(?:must|should|shall|needs?\s+to|ought\s+to)\s+(?!(?:it|they|he|she|we|you|i|there|this|that)\b))"
)
# An indirect question after the first modal asks no one, nor its second half: "What should happen
# going forward and how the Government and others should deal with this mess."
SECOND_NOT_RE = re.compile(r"(?i:\b(?:what|how|whether|why|who|when|if)\b)")
WHY_LEAD_RE = re.compile(r"(?i:(?:[’']s\s+|is\s+)?why\s+)")
SUBJECT_WORDS = 14
PASSIVE_SUBJECT_WORDS = 24
# A long subject holding a clause of its own: a verb ("access … poses the greatest danger … and
# must be considered"), an indirect question ("to determine who among those rescued should be
# sent"), a relative clause on something else ("those … whose rights should be fulfilled"); not
# "All those who are responsible for violations … must be held accountable".
LONG_SUBJECT_CLAUSE_RE = re.compile(
    r"(?i:\b(?:whose|whether|how|what|which|when|where|why)\b|(?<!\bthose\s)(?<!\banyone\s)(?<!\bpeople\s)"
    r"(?<!\bpersons\s)(?<!\ball\s)\bwho\b|(?<!\bwho\s)\b(?:is|are|was|were|has|have|had|poses|says|said)\b)"
)

# A long subject asked to act names its agent first, then says which ("Australian lawmakers
# attending Philippine President Ferdinand Marcos Jr.’s address before a joint sitting of
# parliament in Canberra on Wednesday should…", "Even countries usually not in favor of strong UN
# action on human rights in Myanmar should…", "The UN Fact-Finding Mission on Iran and the UN
# special rapporteur on … should…"); a long subject that is a thing argues ("Beijing’s defense of
# President Putin’s war … should raise alarm bells"), and one holding a clause of its own (a
# pronoun, a modal, a quotation, a second verb after "and") is no subject at all.
LONG_ACTIVE_CLAUSE_RE = re.compile(
    r"(?i:\b(?:we|i|they|he|she|it|you|shall|should|would|will|must|can|could|may|might|do|does|did|had)\b|[:“”\"]|"
    # "The United States reaffirmed its respect … and pledged to continue providing the resources Iraq"
    r"\b(?:and|but)\s+(?:\w+ly\s+)?[a-z]+ed\b)"
)
# Where the agent's own words end: a preposition, a relative word, a participle or an adverb.
AGENT_END_RE = re.compile(
    r"\s+(?:of|in|on|for|with|from|at|by|to|about|who|that|which|whose|not|[a-z]+(?:ing|ed|ly))\b"
)


def _long_agent(subj: str) -> int:
    """How long the words naming who is asked are at the start of a subject longer than
    SUBJECT_WORDS ("Australian lawmakers" of "Australian lawmakers attending …"); 0 if none."""
    if LONG_ACTIVE_CLAUSE_RE.search(subj):
        return 0
    head = AGENT_END_RE.split(subj, maxsplit=1)[0]
    return len(head) if len(head.split()) <= 8 and targets.names_someone(head) else 0


def find(text: str, src: str, s: int, e: int, same: bool) -> Iterator[Found]:
    """The obligations in sentence [s, e); `src` is the lower-cased text when `same`."""
    for m in scan(MODAL_RE, src, s, e, same):
        if not _a_modal(text, s, m):
            continue
        cs, subj, held = _subject(text, s, m)
        ss = cs  # where the subject begins; the demand still begins at the clause's start
        gap = cs if held else _after_lost_comma(text, cs, m.start())
        if gap != cs:
            ss = gap  # "…in Iraq  we should support their work": we
            subj = text[ss : m.start()].strip()
        for hedge in HEDGE_RE.finditer(text, cs, m.start()) if not held else ():
            ss = hedge.end()  # "…a healthy democracy and I think the Prime Minister should accept that"
            subj = text[ss : m.start()].strip()
        own = _self_after_clause(text[ss : m.start()].rstrip()) if not held else -1
        if own != -1:
            ss += own  # "…human rights records in the world and we should not be returning people…": we
            subj = text[ss : m.start()].strip()
        at = m.start()  # where the subject ends
        # not before "must/should/shall", which take no auxiliary ("the political will must be…")
        will = WILL_BEFORE_RE.search(text, ss, at) if text[at] in "nhNH" else None
        if will:
            at = will.start()  # "The government will also need to continue…": the government
            subj = text[ss:at].strip()
        both = CAN_AND_RE.search(text, ss, m.start()) if not held else None
        if both:
            at = both.start()  # "the international community can and must make a comeback"
            subj = text[ss:at].strip()
        vp = VP_AND_RE.match(text, ss, m.start()) if not (held or both) else None
        if vp:
            at = vp.end("np")  # "The Government has steadfastly refused to acknowledge … and should stop…"
            subj = vp.group("np")
        cleft = _cleft(text, s, m) if subj else None
        long_active = len(subj.split()) > SUBJECT_WORDS and not _passive(text, m)
        if cleft is not None:
            yield cleft  # "And what it should do is end the aggression now"
            continue
        if (
            not subj
            or REPORTING.search(text[s : m.start()])
            # a long subject is a clause, not who is asked; what a passive asks to be done to may
            # be long ("All those who are responsible for violations of … must be held accountable")
            or len(subj.split()) > PASSIVE_SUBJECT_WORDS
            or (len(subj.split()) > SUBJECT_WORDS and LONG_SUBJECT_CLAUSE_RE.search(subj))
            or (long_active and not _long_agent(subj))
            # "exercising what should be a universal right", "those who must flee": a relative
            # clause describes, it asks no one (not "…elections, which must be credible", nor
            # "What has to be done, I suggest, is to reaffirm…")
            or (subj.rsplit(None, 1)[-1].lower() in RELATIVES and " " in subj)
            # "the place which has the first responsibility to provide…", "The United Nations, which
            # is under an obligation to watch over that future, must give…": which one, not a call
            or (subj.rsplit(None, 1)[-1].lower() == "which" and m.group()[:1].lower() in "hia")
            or DISBELIEF_RE.search(text, max(s, cs - 40), cs)  # "I do not believe that America … should…"
            or evaluated_facts.judged(text, s, m.start())  # "It is outrageous that the Government should…"
            or not _asks(text, m, subj)
            # "In order to be eligible for …, … articles must be accompanied by a certificate …"
            or eligibility.conditioned(text, s, ss, m.start())
            # "… the Geneva Conventions which provide that civilians must not be …": the law's word
            or law_content.laid_down(text, s, m.start())
            # "Detainees are required to present themselves for muster calls": a rule stated
            or stated_rules.stated(text, s, m.start(), subj)
        ):
            continue
        if _passive(text, m) and not SWAYED_RE.match(text, m.end("be")):
            # "…must be addressed by Muslim communities"; not the agent of a later verb ("need to be
            # protected, not towed back to be imprisoned by their persecutors")
            cut = PASSIVE_END_RE.search(text, m.end("be"), e)
            agent = BY_AGENT_RE.search(text, m.end("be"), cut.start() if cut else e)
            yield Found(cs, m.start(), cs, "passive", [agent.span("np")] if agent else [])
            continue
        if GENERIC_YOU_RE.search(subj) and HAVE_TO_RE.match(m.group()):
            continue  # "you've got to look at how many migrants…": anyone, in speech; no one is asked
        if EMPHATIC_YOU_RE.search(subj) and NEED_OR_HAVE_TO_RE.match(m.group()):
            continue  # "you do have to seize the moment": the same
        if subj.split()[-1] == "I" and (SELF_RE.fullmatch(subj.lower()) or subj.split()[-2:-1] != ["and"]):
            # "I have to wrap up our discussion", "I should mention that…", whatever leads in ("And
            # obviously before I go to questions I should make the point…", "the other point I should
            # make is…", "as Minister I have to take responsibility"): the speaker's own; not "you and I"
            continue
        subject = None if SELF_RE.fullmatch(subj.lower()) else held or _coordinated(text, ss, at)
        if long_active and subject is not None:
            subject = (subject[0], subject[0] + _long_agent(text[subject[0] : subject[1]]))
        if subject is None:
            yield Found(cs, m.start(), _action_start(m), "self_exhortation", [])
        else:
            yield Found(cs, m.start(), _action_start(m), "obligation", [subject], held=held is not None)


def _cleft(text: str, s: int, m: re.Match[str]) -> Found | None:
    """ "What X should do is V…" in the sentence from `s`, its modal `m`: X asked to V."""
    what = CLEFT_WHAT_RE.search(text, max(s, m.start() - 70), m.start())
    do = CLEFT_DO_RE.match(text, m.start("a")) if what else None
    if what is None or do is None or m.group("neg") or m.group("be"):
        return None
    np = what.span("np")
    if SELF_RE.fullmatch(what.group("np").lower()):
        return Found(what.start(), m.start(), do.start("a"), "self_exhortation", [])
    return Found(what.start(), m.start(), do.start("a"), "obligation", [np])


# "President Bush and Secretary of State Condoleeza Rice must…", "Russia and China should…": the
# conjunct before "and" is asked too when it is a name or a body, not a clause ("…is inevitable
# and governments must…").
AND_BEFORE_RE = re.compile(r"\s*,?\s+(?:and|&)\s+$")
NAME_WORD_RE = re.compile(r"[A-Z][\w’'.-]*|of|for|the|on|and|de|[’']s")


def _coordinated(text: str, cs: int, at: int) -> tuple[int, int] | None:
    """The subject before the modal at `at` (targets.subject), with a conjunct before "and"
    that begins the clause at `cs` and names someone."""
    subject = targets.subject(text, cs, at)
    if subject is None or subject[0] <= cs:
        return subject
    joint = AND_BEFORE_RE.search(text, cs, subject[0])
    if joint is None:
        return subject
    phrase = text[cs : joint.start()]
    words = phrase.split()
    if not words or len(words) > 10:
        return subject
    first = words[0].lower()
    rest = words[1:] if first in ("both", "the", "either") else words
    named = bool(rest) and all(NAME_WORD_RE.fullmatch(w) for w in rest) and rest[0][:1].isupper()
    clause = any(w.lower() in targets.CLAUSE_END for w in words)
    # a noun phrase begins with a name or a determiner, not a verb ("…that protects schools and")
    begins = words[0][:1].isupper() or first in targets.DETERMINERS
    return (cs, subject[1]) if begins and not clause and (named or targets.names_someone(phrase)) else subject


def _will_need(text: str, s: int, future: re.Match[str], m: re.Match[str]) -> bool:
    """Whether the modal of `m` is "need(s) to" after "will" (`future`) with a named subject: what
    someone will need to do is asked of them, as "will also need to" is ("the government will need
    to make sustained efforts", "The parties to Mali’s conflict will need to take all necessary
    measures" (HRW), "So a solution for Syria will need to take the wider picture into account").
    Not a pronoun's, a forecast in speech ("we will need to manage mandatory detention in those
    circumstances", "you will need to take out health insurance", "there will need to be a period
    of detention"), nor a relative clause's ("decisions that the Haitian people will need to make",
    "the contribution that OTDs … make … and will need to make"); "will have to" stays a forecast."""
    if text[m.start()] not in "nN":
        return False
    before = text[max(s, future.start() - 60) : future.start()]
    last = before.split()[-1:]
    if not last or last[0].lower() in FORECAST_SUBJECTS:
        return False
    return not WILL_NEED_RELATIVE_RE.search(before)


def _passive(text: str, m: re.Match[str]) -> bool:
    """Whether the modal of `m` begins a passive ("must be held accountable")."""
    return bool(m.group("be") and PARTICIPLE_RE.match(text, m.end("be")))


def _a_modal(text: str, s: int, m: re.Match[str]) -> bool:
    """Whether the modal of `m` obliges, not forecasts, inverts a condition or follows a noun."""
    # "must", "should" and "shall" take no auxiliary: "will" before them is the noun ("the
    # necessary political will must be displayed…", "The necessary political will should be mustered")
    future = text[m.start()] not in "mMsS" and FUTURE_RE.search(text, max(s, m.start() - 40), m.start())
    if future and not (
        WILL_RE.fullmatch(future.group())
        and (_passive(text, m) or ACCOUNTING_RE.match(text, m.start("a")) or _will_need(text, s, future, m))
        and not RELATIVE_WILL_RE.search(text, max(s, future.start() - 8), future.start())
    ):
        # "we're going to have to close this down": a forecast; not what will have to be done
        # ("But the momentum thus created will have to be sustained", "much more will have to be
        # done", "the causes of that tension will have to be explored"), which asks for it
        return False
    if HAVE_TO_RE.match(text, m.start()) and INFINITIVE_RE.search(text, max(s, m.start() - 8), m.start()):
        return False  # "too young to have to face the ravages of war": the modal's infinitive asks no one
    if text[m.start()] in "nhNH" and HABIT_RE.search(text, max(s, m.start() - 16), m.start()):
        return False  # "Native voters often have to overcome…": a hardship described
    if text[m.start()] in "nhNH'’" and RELATIVE_NEED_RE.search(text, max(s, m.start() - 30), m.start()):
        return False  # "the credibility it needs to be an effective … organization": a relative
    if GAP_AFTER_RE.match(text, m.start("a")) and RELATIVE_GAP_RE.search(
        text, max(s, m.start() - 30), m.start()
    ):
        return False  # "the very people it should be protecting is…": a relative clause
    if (
        m.group("be") is None
        and m.group("neg") is None
        and m.group("nt") is None
        and m.group("adv") is None
        and INVERTED_RE.match(text, m.start("a"))
    ):
        return False  # "should it choose…"
    if INVERTED_NAME_RE.match(text, m.start() - 1):
        return False  # "…should Russia take military action": a condition
    if text[m.start()] in "nN":
        return not NEED_NOUN_RE.search(text, max(s, m.start() - 8), m.start())  # "the need to return assets"
    # "an error that should be rectified": a relative clause describes; not "This must stop",
    # "Missions like this must remain central", "That must change" (a subject, not a noun's "need")
    return not RELATIVE_THAT_RE.search(text, max(s + 1, m.start() - 8), m.start())


# A passive of being led or held back asks its subject to resist, not its agent to act: "Governments
# at the UN Human Rights Council should not be swayed by the Vietnamese government’s attempt to
# whitewash…", "Australians should not be fooled by the government’s insistence…".
SWAYED_RE = re.compile(
    r"(?i:\s*(?:\w+ly\s+)?(?:swayed|fooled|misled|deceived|deterred|intimidated|distracted|dissuaded|cowed|"
    r"influenced|duped|blackmailed)\s+by\b)"
)


# A scrape that lost its commas leaves a run of spaces where each was (about half of the Senate
# releases): "At a time when our troops are fighting to support freedom and equality in Iraq  we
# should support their work…", "As we work together to remedy the most flagrant defects in the
# application of the death penalty  however  we must never lose sight of its basic injustice". A
# subject too long to be one, on a stretch of page without a comma, begins after its last such gap
# when what follows it opens as a subject does (a pronoun, a determiner, a name) and holds no clause
# of its own; not a bill's list of terms ("…bars waived  must show good character").
LOST_COMMA_GAP_RE = re.compile(r"[^\s,][^\S\n]{2,}(?=[^\s,])")
NO_COMMA_WINDOW = 1500  # characters either side with no comma: a page that lost them all
GAP_SUBJECT_RE = re.compile(
    # "…children  and the United States government should…", "…slogan  then American diplomacy should…"
    r"(?:(?i:and|but|so|then|yet)\s+)?"
    r"(?P<s>(?i:we|i|they|you|he|she|the|this|these|those|our|their|its|his|her|each|every|all|any|no)\b|[A-Z])"
    r"(?![^\n]*\b(?i:why|how|whether|which|who|whose|what|when|if)\b)"
)


def _after_lost_comma(text: str, cs: int, at: int) -> int:
    """Where the subject of a modal at `at` begins after the last lost comma in [cs, at), or `cs`."""
    if (
        len(text[cs:at].split()) <= SUBJECT_WORDS
        or text.find(",", max(0, cs - NO_COMMA_WINDOW), at + NO_COMMA_WINDOW) != -1
    ):
        return cs
    last = cs
    for gap in LOST_COMMA_GAP_RE.finditer(text, cs, at):
        last = gap.end()
    opens = GAP_SUBJECT_RE.match(text[last:at])
    if len(text[last:at].split()) > SUBJECT_WORDS or opens is None:
        return cs
    return last + opens.start("s")


def _subject(text: str, s: int, m: re.Match[str]) -> tuple[int, str, tuple[int, int] | None]:
    """The clause start, the subject before the modal, and the subject's span when an insertion
    holds it apart from its modal."""
    cs = clause_start(text, s, m.start())
    head = targets.relative_head(text, s, cs, m.start())
    if head is not None and len(text[head : m.start()].split()) <= SUBJECT_WORDS:
        cs = head  # "Countries that aspire to join the Council should…": "that" cut the clause
    why = WHY_LEAD_RE.match(text, cs, m.start())
    if why:
        cs = why.end()  # "…and that’s why the boats need to be stopped": the boats
    second = SECOND_SUBJECT_RE.search(text, cs, m.start())
    earlier = EARLIER_MODAL_RE.search(text, cs, second.start()) if second else None
    if second and earlier and not SECOND_NOT_RE.search(text, earlier.start(), second.start()):
        cs = second.start("np")  # "…need to mobilize this protection and states should hold…": states
    else:
        joined = joined_clauses.second_subject(text, s, cs, m.start())
        if joined != -1:
            cs = joined  # "…is beyond moral comprehension and the Australian Government must act…"
    subj = text[cs : m.start()].strip()
    held: tuple[int, int] | None = None  # a subject kept apart from its modal by an insertion
    if not subj and m.start() - s <= INSERTION_SPAN:
        ins = INSERTION_RE.search(text[s : m.start()])  # a copy: "^" is the sentence's start
        if ins and ins.group("np").split()[0].lower() not in INSERTION_NOT_SUBJECT:
            held = (s + ins.start("np"), s + ins.end("np"))
        else:
            held = set_apart.subject(text, s, m.start())
        if held is not None:
            cs = held[0]
            subj = text[cs : held[1]]
    return cs, subj, held


def _asks(text: str, m: re.Match[str], subj: str) -> bool:
    """Whether what follows the modal asks for an act: not a promise, a report, a pointer to a
    press desk, a reproach for the past or how to read an instrument."""
    low = subj.lower()
    if SELF_RE.fullmatch(low) and text[m.start() : m.start() + 5].lower() == "shall":
        return False  # "We shall return": a promise, not a demand
    at = m.start("be") if m.group("be") else m.start("a")
    if (REPORT_VERB_RE.match(text, at) and not (SPEAK_RE.match(text, at) and _someone_else(low))) or (
        ABLE_RE.match(text, m.start("be") if m.group("be") else m.start("a"))
        and text[m.start() : m.start() + 6].lower() == "should"
        and SELF_RE.fullmatch(low)
    ):  # "We should be able to do at least as well": an expectation
        return False  # "I must advise you that…" reports, it does not demand
    if POINTER_RE.match(text, m.start("a")) or (
        LOGISTICS_SUBJECT_RE.search(subj) and LOGISTICS_VERB_RE.match(text, m.start("a"))
    ):
        return False  # "MEDIA SHOULD CONTACT THE FEMA NEWS DESK AT (202) …": where to ask, not a call
    feeling = FEELING_RE.match(text, at)
    if feeling and not FELT_BY_NAME_RE.match(text, feeling.end()):
        return False  # "It should come as no surprise that…": an expectation, no one asked
    if (
        low.rsplit(None, 1)[-1] in EXPECTING_SUBJECTS  # "In fact this should give rise to…"
        and text[m.start() : m.start() + 6].lower() == "should"
        and not (m.group("neg") or m.group("nt") or m.group("be"))
        and EXPECTED_RESULT_RE.match(text, m.start("a"))
    ):
        return False  # "…Bill, which should pave the way for additional orders": what it is to bring
    if HAVE_DONE_RE.match(text, m.start("a")):
        return False  # "the Air Force should have handled this…": a reproach for the past
    if m.group().lower().startswith("shall") and not m.group("neg") and OPERATIVE_RE.match(text, at):
        return False  # "… imports … shall be subject to an additional … rate of duty": a term in force
    # "Nothing in this proclamation shall be construed to impair…": how to read it; "GIFTS MUST BE
    # $2 OR MORE": a condition of eligibility
    return not (m.group("be") and PROVISION_RE.match(text, m.end("be")) or THRESHOLD_RE.match(text, at))


# What someone else is asked to say is asked of them: "German Chancellor Olaf Scholz should stress
# the importance of human rights…", "The prosecutor should remind Venezuelan authorities that…";
# the speaker's own "I must stress that…" reports. Not "say" ("…must say that things are holding
# up pretty well" in transcripts, where "I" is often lost to the turn's label).
# So is being clear or honest: "the Government have to be very clear with the Australian people
# whether that is what they’re intending" asks the Government; "we need to be very clear that…" says.
SPEAK_RE = re.compile(
    r"(?i:(?:just\s+|also\s+)?(?:stress|emphasi[sz]e|remind|point\s+out)\b"
    r"|be\s+(?:(?:[a-z]+ly|very|quite|crystal)\s+){0,2}(?:honest|frank|clear|candid)\b)"
)
NOT_SOMEONE_ELSE = frozenset("i we you it this that there one".split())


def _someone_else(low: str) -> bool:
    """Whether the subject `low` (lower case) is neither the speaker, the hearer nor "it"."""
    return not SELF_RE.fullmatch(low) and low.rsplit(None, 1)[-1] not in NOT_SOMEONE_ELSE


def _action_start(m: re.Match[str]) -> int:
    """Where the action of "X should (urgently) (not) do…" begins: at the adverb or "not" (at
    "shouldn't" itself, which holds it), or at "be" when it is no passive ("must be worthy of its
    name", "should be focussing on")."""
    for group in ("nt", "adv", "neg", "be"):
        if m.group(group):
            return m.start(group)
    return m.start("a")


# "X must go" ends its clause with "go": the subject is asked to leave office or to be done away
# with ("we think that the Assad regime should go", "Apartheid must go", "The first is that Smith
# has to go", "the veto must go" in UN speeches). Not a way or a place still to reach ("That's
# where we have to go", "how far we still have to go", "where that money should go"), nor the
# speaker's own going ("I must go").
GONE_RE = re.compile(r"go\s*(?:[.;!,)”\"’]|$)")
WAY_WORDS = frozenset("where how far way direction which what whom wherever".split())


def departure(text: str, f: Found, start: int) -> bool:
    """Whether obligation `f`, whose action begins at `start` and is the one word "go", asks its
    subject to go: a subject that is neither a pronoun nor a way or a place to go."""
    if f.kind != "obligation" or not f.targets or not GONE_RE.match(text, start):
        return False
    ts, te = f.targets[0]
    words = [w.strip(",\"“”‘’'").lower() for w in text[min(f.start, ts) : te].split()]
    return bool(words) and not any(w in WAY_WORDS or w in targets.PERSONAL_PRONOUNS for w in words)
