"""Calls to action, sentence by sentence: "X calls on Y to Z", "we urge Y to Z", "Y must/should Z",
"we call for Z", passives ("access must be given"), and imperatives to the reader.

Each demand spans its clause (so two demands in one sentence stay apart); `by` is the named
demanding actor or, for "we" and unattributed demands, the issuer.

Each finder has its module: call_ons ("X calls on Y to Z"), appeals ("Bolivia appeals earnestly to
Y to Z", "we appeal to Y for Z"), calls_for ("we call for Z"),
obligations ("Y must Z"), calls (mandatives, imperatives of any verb), imperatives (to the reader,
and headlines); clauses says where each demand begins and ends; triggers which words a sentence
holds, so that most sentences are passed over unexamined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..models import Actor, Demand
from . import (
    addressed_imperatives,
    appeals,
    call_ons,
    calls,
    calls_for,
    captions,
    duties,
    given_support,
    imperatives,
    importance,
    interests,
    inversions,
    letter_requests,
    list_items,
    mentions,
    necessities,
    no_impunity,
    obligations,
    predicate_relatives,
    pronoun_subjects,
    quoted_calls,
    renewed_calls,
    reported_importance,
    second_calls,
    spoken_premises,
    targets,
)
from .clauses import REPEAT_WORDS, Found, before_joiner, dedupe, real_action, trim
from .imperatives import IMPERATIVE_HEAD_RE, capitals
from .page_breaks import join_page_breaks
from .segments import LONG, join_wrapped, split
from .speakers import Speakers
from .tokens import lowered, sentences
from .triggers import (
    ADDRESSED_CALL,
    CALL_NOUNS,
    CALL_ON,
    DUTY,
    EXPECTS,
    INTEREST,
    MODAL,
    NECESSITY,
    NEEDED,
    PASSIVE_CALL,
    STRESSED,
    Triggers,
)
from .turns import Turns
from .verbs import WORD_RE, imperative_at

# Opinion polls report what people think ("71% believe the Government should …"): not demands.
SURVEY_RE = re.compile(
    r"\d\s*(?:%|per\s*cent\b|percent\b)\s+(?:of\s+[^.;:]{0,60}?)?(?:believe|want|say|said|think|agree|support|"
    r"oppose|feel|felt|wanted|believed|thought|agreed|supported|opposed|would)\b",
    re.I,
)
QUESTION_END_RE = re.compile(r"\?[”\"’' ]*$")


AND_RE = re.compile(r"\band\b")
# What a call-on noun (triggers.CALL_NOUNS) needs after it to begin a call on someone
CALL_NOUN_RE = re.compile(r"(?:time|desire)\s+(?:for|on)", re.I)
EXPECTS_RE = re.compile(r"(?i:expect|look|count)")


def prepare() -> None:
    """Compile the call-on pattern (built from the authority's verbs) now, in both forms."""
    call_ons.prepare()


def _find(
    text: str, low: str, s: int, e: int, first: bool, words: int, imp: tuple[int, int] | None
) -> list[Found]:
    """The calls in sentence [s, e); `words` are the trigger bits of the words inside it."""
    found: list[Found] = []
    same = len(low) == len(text)  # lower() kept offsets: match the faster case-sensitive patterns
    src = low if same else text
    if words & CALL_ON or (words & CALL_NOUNS and CALL_NOUN_RE.search(src, s, e)):
        found.extend(call_ons.find(text, src, s, e, same))
        found.extend(renewed_calls.find(text, low, s, e))
        found.extend(appeals.find(text, low, s, e))
        found.extend(letter_requests.find(text, s, e))
    if words & EXPECTS:
        found.extend(call_ons.expectations(text, s, e))
    if words & PASSIVE_CALL:
        found.extend(call_ons.passive_calls(text, s, e))
    if words & calls_for.TRIGGERS:
        found.extend(calls_for.find(text, src, s, e, words, same))
    if words & MODAL:
        found.extend(obligations.find(text, src, s, e, same))
        found.extend(inversions.find(text, src, s, e, same))
        if text.find("hat ", s, e) != -1:  # "…shortcomings that must be faced"
            found.extend(predicate_relatives.find(text, s, e))
    if words & DUTY:
        found.extend(duties.find(text, s, e))
    if words & calls.ALL:
        found.extend(Found(*c[:5], weak=True, subject=c[5]) for c in calls.mandatives(text, s, e, words))
    if words & NEEDED:
        found.extend(calls_for.needed(text, src, s, e, same))
    if words & NECESSITY:
        found.extend(necessities.find(text, s, e))
    if words & no_impunity.BIT:
        found.extend(no_impunity.find(text, s, e))
    if words & INTEREST:
        found.extend(interests.find(text, s, e))
    if words & ADDRESSED_CALL:
        found.extend(addressed_imperatives.find(text, s, e))
    if words & STRESSED and not found:  # a weak call: another in the sentence carries it
        found.extend(importance.find(text, s, e))
    found.extend(imperatives.find(text, s, e, imp, found))
    if not found:
        found.extend(imperatives.headline(text, s, e, first))
    # A question or a poll's finding asks no one, whatever it holds. Tested last, on the few
    # sentences where a call was found: the finders above only read the sentence, so what they
    # found is dropped as if they had not run, and the three in four sentences sent here that
    # hold a trigger word but no call are spared the two searches.
    if found and (QUESTION_END_RE.search(text, max(s, e - 8), e) or SURVEY_RE.search(text, s, e)):
        return []
    return found


Segment = tuple[int, int, int, "tuple[int, int] | None"]


def _segments(text: str, triggers: Triggers) -> Iterator[Segment]:
    """(start, end, trigger bits, imperative verb) of each sentence, split where a headline runs
    into it or a full stop was lost (segments.split); a sentence of one line with neither a
    trigger word nor an imperative is passed on whole, unexamined by the splitter: most are."""
    spans, rejoined = join_page_breaks(text, join_wrapped(text, sentences(text)))
    for n, (s, e) in enumerate(spans):
        words = triggers.within(s, e)
        imp = imperative_at(text, s, e)
        multiline = text.find("\n", s, e) != -1
        # Only a sentence on several lines, a long one or one beginning in capitals can hold a
        # headline or a lost full stop (segments.split); one a page break cut holds the page's
        # header in capitals, no headline.
        if (
            not (multiline or e - s >= LONG or text[s : s + 2].isupper())
            or (n and not words and not imp and not multiline)
            or s in rejoined
        ):
            yield s, e, words, imp
            continue
        pieces = split(text, s, e)
        if len(pieces) == 1:
            yield s, e, words, imp
            continue
        for ps, pe in pieces:
            yield ps, pe, triggers.within(ps, pe), imperative_at(text, ps, pe)


def _targets(text: str, actors: tuple[Actor, ...], f: Found, speakers: Speakers) -> list[targets.Target]:
    """Who the demand asks to act (targets.py); a reader pressing someone: the phrase as written,
    "your representatives in Congress"; "He must…": whom the sentence before was about."""
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
    if not out:  # "The support of the international community is crucial": it asks the givers
        out.extend(given_support.givers(text, actors, f))
    if not out and f.kind == "obligation" and f.targets:
        out.extend(pronoun_subjects.antecedent(text, actors, f.targets[0], speakers.own))
    speaker_call = f.kind == "call_on" and SPEAKER_CALL_RE.search(text, max(0, f.verb - 16), f.verb)
    if not out and speaker_call and f.targets:
        phrase = " ".join(text[f.targets[0][0] : f.targets[0][1]].split())
        if phrase.lower() in ADDRESSED:
            out.append((f.targets[0], phrase))
    return out


# The speaker's own call on "them" or "everyone" names whom it asks as written: "We urge them to
# stay committed…", "We invite everyone to take part…" (UN speeches; annotated so). Not a call told
# ("…can encourage them to come here", "requiring them to focus on…").
# A passive call in a relative clause asks something of the noun before it: "…this draft
# resolution, which must be adopted soon" is shown as "this draft resolution, which must be adopted
# soon", not "which must be adopted soon". Only a short noun phrase opened by a determiner.
RELATIVE_RE = re.compile(r"(?:which|who)\s")
DETERMINER = r"(?:the|this|that|these|those|a|an|our|its|their|his|her|my|your)\s"
ANTECEDENT_RE = re.compile(
    rf"\b{DETERMINER}\s*(?:(?!{DETERMINER})[\w’'-]+\s+){{0,3}}[\w’'-]+,\s*$", re.IGNORECASE
)


def _antecedent(text: str, start: int) -> int:
    """Where a passive call's action begins: at its clause, or at the noun its "which" stands for."""
    if not RELATIVE_RE.match(text, start):
        return start
    m = ANTECEDENT_RE.search(text, max(0, start - 60), start)
    return m.start() if m else start


SPEAKER_CALL_RE = re.compile(r"\b(?:[Ww]e|I)\s+(?:[a-z]+\s+)?$")
ADDRESSED = frozenset({"them", "everyone", "everybody", "all of us", "all of you"})


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
    turns = Turns(text)
    speakers = Speakers(text, actors, issuer, title, genre, turns)
    seen: set[str] = set()
    low = lowered(text)
    triggers = Triggers(text, low)
    last_verb = -1  # where the call of the last demand kept has its verb
    folded = False  # whether a quoted clause was folded into that demand
    lead = ""  # what the list being read was introduced by: "call", "told" or none (list_items)
    readout = (
        genre == "web"
        and issuer in reported_importance.READOUT_PUBLISHERS
        and not reported_importance.reproduces_statement(text)
    )
    for n, (s, e, words, imp) in enumerate(_segments(text, triggers)):
        item = bool(lead) and list_items.is_item(text, s)
        under = lead if item else ""  # the lead-in of the list this sentence is an item of
        # the next lead-in opens the next list; an item's own heading ("- Defend Democracy Globally:
        # …") keeps its list's, and so does a paragraph between items (a budget's items run on)
        if text[e - 1] == ":":
            lead = list_items.lead_in(text, s, e) or (lead if item else "")
        if not (
            words
            or imp
            or under == "call"
            or IMPERATIVE_HEAD_RE.match(text, s, e)
            or n == 0
            or capitals(text, s, e)
        ):
            continue  # most sentences hold no trigger word at all: skip the costly patterns
        # read as an item before the finds are merged: an item's imperative told ("- Create stable
        # conditions …") must not swallow the passive call inside it ("… must never be allowed …")
        found = dedupe(_as_item(text, s, e, _find(text, low, s, e, n == 0, words, imp), under), text)
        found = second_calls.split(text, found, e)  # "…, and for X to…": a call on X of its own
        if readout:  # "The Secretary stressed the importance of…": what an official valued, told
            found = [f for f in found if not reported_importance.reported(text, s, f)]
        if found and captions.within_caption(text, s):
            continue  # "Click to expand Image Activists calling for an end to…": a photo shown
        if turns.turns:
            # "QUESTION: …Americans probably should be prepared for…": a journalist asks
            found = [f for f in found if not turns.within_question(f.start)]
        if turns.speakers:
            # "we have to recognise that we have developed…": an answer's premise, no call
            found = [f for f in found if not spoken_premises.premise(text, f)]
        for k, f in enumerate(found):
            end = before_joiner(text, f.act, found[k + 1].start) if k + 1 < len(found) else e
            end = trim(text, f.act, end)
            if end <= f.act:
                end = e
            action_from = (
                _antecedent(text, f.start)
                if f.kind == "passive"
                else f.start
                if f.kind == "call_for" and f.act == f.start
                else f.act
            )
            action = " ".join(text[action_from:end].split()).strip(" ,.")
            if not real_action(action) and not obligations.departure(text, f, action_from):
                continue  # "Text", "2.": a heading or stray capital word, not something to do
            # a paragraph repeated verbatim is one demand, also where the repeats run on into
            # different words (a release quoting its own letter, with no full stops left)
            if f.kind == "imperative" and _named_at(actors, f.verb, e):
                continue  # "Save the Children 03 417 7662", "SAVE OUR SCHOOLS Media Release": a name
            key = " ".join(WORD_RE.findall(text, f.start, min(end, f.start + 300))[:REPEAT_WORDS]).lower()
            if key in seen:
                continue
            seen.add(key)
            found_targets = _targets(text, actors, f, speakers)
            if not found_targets and f.kind == "obligation" and f.targets:
                # "Uganda should make… Over time, it should make…": the call before goes on
                previous = demands[-1] if demands else None
                found_targets = pronoun_subjects.carried_on(text, actors, f.targets[0], s, previous)
            tspans = [span for span, _ in found_targets]
            tnames = [name for _, name in found_targets]
            if tnames and EXPECTS_RE.match(text, f.verb) and all(speakers.own(n) for n in tnames):
                continue  # "We expect the Secretary to announce…": a briefing's forecast, no call
            prev = demands[-1] if k and demands else None
            if (
                prev is not None
                and prev.start >= s
                and (
                    quoted_calls.continues(
                        speakers.quotation_start(f.start),
                        last_verb,
                        speakers.quotation_start(last_verb) is not None,
                        f.start,
                    )
                    or (folded and quoted_calls.further(text, prev.end, f.start))
                )
            ):
                # "X has called for …, stating that “migrants must not be …”": X's words, his call;
                # one that asked no one asks whom the words name ("urging that “individual states
                # must be free to act …”")
                demands[-1] = replace(
                    prev,
                    end=max(prev.end, end),
                    targets=prev.targets or tuple(tnames),
                    target_spans=prev.target_spans if prev.targets else tuple(tspans),
                )
                folded = True
                continue
            by = speakers.by(s, e, f.start, f.verb, end, f.subject and f.kind in ("call_on", "call_for"))
            if (
                prev is not None
                and prev.start >= s
                and (prev.targets, prev.by) == (tuple(tnames), by)
                and AND_RE.search(text, max(prev.start, f.start - 12), min(f.verb, f.start + 6))
            ):
                # "there must be a strong Security Council resolution…, and there must be
                # consequences if they fail": clauses joined by "and" ask their party once
                demands[-1] = replace(prev, end=end, action=f"{prev.action}; {action}")
                continue
            last_verb, folded = f.verb, False
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


def _as_item(text: str, s: int, e: int, found: list[Found], under: str) -> list[Found]:
    """The calls of the sentence [s, e), read as an item of a list introduced by `under`: under
    "The Administration will:" its imperatives are measures told; under "we call for the following
    actions:" an item "X to VERB …" asks X, with no call verb of its own."""
    if under == "told":
        return [f for f in found if f.kind != "imperative"]
    if under == "call" and not found:
        call = list_items.addressed(text, s, e)
        return [call] if call else found
    return found


# Kinds of actor known by a proper name, which may begin with a verb ("Save the Children", "Ban
# Ki-moon"); not a group described by its noun ("Pay teachers" read as a population).
NAMED_TYPES = frozenset(
    {"ngo", "igo", "party", "media", "person", "government", "legislature", "armed_group"}
)


def _named_at(actors: tuple[Actor, ...], pos: int, end: int) -> bool:
    """Whether an actor's name begins at `pos`: an imperative's verb that is the first word of an
    organisation's name ("Save the Children") asks nothing."""
    named = mentions.within(actors, pos, end)
    return bool(named) and named[0][0][0] == pos and mentions.type_of(actors, named[0][1]) in NAMED_TYPES
