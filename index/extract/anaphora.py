"""Actors named again by a common noun: bodies by their head word ("the ANZUS Council … The
Council expressed", "the Senate Judiciary Committee … this Committee") and armed groups by what
they are: "the rebels", "the insurgents", militias by their name or alone.

After "the" or "this" and written with a capital, a body's head word refers to the last body the
text named with it; in lower case ("the council", "a commission") it is an ordinary noun and names
no one, except a legislature's committee, which the annotation marks as "the committee" and "his
committee" too. "The rebels" and militias are an actor of their own, as the annotation guidelines mark
them, unless their name makes them a known group ("Janjaweed militias"): linking them to the armed
group named last joined distinct groups too often ("the RSF and the militias")."""

from __future__ import annotations

import bisect
import re

from .keywords import has_any
from .mention import Mention
from .organs import COMPOUND_HEADS
from .tokens import occurrences, sentence_initial

HEADS = frozenset(
    """Council Committee Subcommittee Commission Coalition Tribunal Alliance Agency Fund Panel Board
    Bureau Foundation Institute Forum League Union Court Mission""".split()
)
BODY_TYPES = frozenset({"igo", "ngo", "government", "legislature", "party", "armed_group", "media"})
# "The Council of Europe", "the Commission for Refugees": a name of its own, not a reference back.
# "the" or "this" right before the head word; one line break may come between, as in speeches
# laid out in lines ("the \nFund’s").
DETERMINER_RE = re.compile(r"\b(?:[Tt]he|[Tt]his)[^\S\n]*\n?[^\S\n]*(?<=\s)$")
NAMED_ON_RE = re.compile(r"[^\S\n]+(?:[A-Z]|(?:of|for|on|to)[^\S\n]+[A-Z])")


HEAD_RE = re.compile(r"\b(?:" + "|".join(sorted(HEADS)) + r")\b")
# A legislature's committee is named again in lower case too ("the Parliamentary Joint Standing
# Committee on Treaties. The committee is reviewing…", "the chairman and his committee"), as the
# annotation marks it; other bodies' lower-case head words stay ordinary nouns ("a commission").
LOWER_HEADS = frozenset({"Committee", "Subcommittee"})
# Nouns a lower-case head word modifies ("the committee room", "the committee stage"): no reference.
COMMITTEE_COMPOUNDS = COMPOUND_HEADS | frozenset(
    "room rooms stage member members chair chairman chairs meeting meetings process system".split()
)
NEXT_WORD_RE = re.compile(r"[^\S\n]+([a-z]+)")
# "before a House Committee … this committee will do everything": one of many, not the one meant.
INDEFINITE_RE = re.compile(r"\b[Aa]n?[^\S\n]+$")
# In lower case its holder may stand for the determiner: "his committee", "its subcommittee".
LOWER_DETERMINER_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[^\S\n]*\n?[^\S\n]*(?<=\s)$"
)


def _head(text: str, m: Mention) -> str:
    """The body's head word, last or before its complement ("the Committee on Foreign Relations",
    "the Global Fund to Fight AIDS, Tuberculosis and Malaria")."""
    found = HEAD_RE.findall(text, m.start, m.end)
    if not found:
        return ""
    # "the Ministers of the Global Coalition" are no coalition: a head word only after "of" is
    # another body's (`_complement`)
    of = text.find(" of ", m.start, m.end)
    if of >= 0 and HEAD_RE.search(text, m.start, of) is None:
        return ""
    return str(found[-1])


OF_THE_RE = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?")


def _complement(text: str, m: Mention) -> Mention | None:
    """The body a name holds after "of" when its own head is none ("the Ministers of the Global
    Coalition" hold "Global Coalition"), for "the Coalition" after it to name: the coalition, not
    its ministers."""
    if text.find(" of ", m.start, m.end) < 0:
        return None  # most names: no complement
    of = OF_THE_RE.search(text, m.start, m.end)
    if of is None or HEAD_RE.search(text, of.end(), m.end) is None:
        return None
    name = " ".join(text[of.end() : m.end].split())
    return Mention(of.end(), m.end, name, m.type, m.rank)


def references(text: str, chosen: list[Mention]) -> list[Mention]:
    """Mentions of "the/this <Head>" for each body named earlier with that head word."""
    by_head: dict[str, list[Mention]] = {}
    for c in chosen:
        if c.type in BODY_TYPES and not c.home:  # no organ word unresolved
            if head := _head(text, c):
                by_head.setdefault(head, []).append(c)
            elif (held := _complement(text, c)) is not None and (head := _head(text, held)):
                # a complement without a head word of its own ("the Minister for Home Affairs")
                # names no body: searched for as "", it would be found at every character forever
                by_head.setdefault(head, []).append(held)
    if by_head:  # named again by another form ("the ICC is a Court which…"): the last named is it
        heads = {b.name: head for head, bodies in by_head.items() for b in bodies}
        for c in chosen:
            named = heads.get(c.name)
            if named is not None and _head(text, c) != named:
                by_head[named].append(c)
    out: list[Mention] = []
    for head, bodies in by_head.items():
        bodies.sort(key=lambda b: b.start)
        starts = [b.start for b in bodies]
        # Found by plain search (statements name few bodies), its determiner looked for before it.
        pos = text.find(head, starts[0])
        while pos >= 0:
            end = pos + len(head)
            if not (text[pos - 1 : pos].isalnum() or text[end : end + 1].isalnum()):
                det = DETERMINER_RE.search(text, max(0, pos - 12), pos)
                last = bisect.bisect_left(starts, pos) - 1
                if det is not None and last >= 0 and not NAMED_ON_RE.match(text, end):
                    body = bodies[last]
                    out.append(Mention(det.start(), end, body.name, body.type, 2, aid=body.aid))
            pos = text.find(head, end)
        if head in LOWER_HEADS:
            out += _lower_references(text, head.lower(), bodies)
    return _named_organs(out, chosen)


def _lower_references(text: str, word: str, bodies: list[Mention]) -> list[Mention]:
    """Mentions of "the committee", "his committee" where the committee named last before them
    (`bodies` sorted by start) is a legislature's: after "the UN Committee against Torture" the
    word is that body's, which the annotation leaves unmarked in lower case."""
    out: list[Mention] = []
    starts = [b.start for b in bodies]
    pos = text.find(word, starts[0]) if any(b.type == "legislature" for b in bodies) else -1
    while pos >= 0:
        end = pos + len(word)
        det = LOWER_DETERMINER_RE.search(text, max(0, pos - 12), pos)
        last = bisect.bisect_left(starts, pos) - 1
        if det is not None and last >= 0 and _refers_back(text, pos, end, bodies[last]):
            body = bodies[last]
            out.append(Mention(det.start(), end, body.name, body.type, 2, aid=body.aid))
        pos = text.find(word, end)
    return out


def _refers_back(text: str, pos: int, end: int, body: Mention) -> bool:
    """The word at pos:end is a whole word, no compound's modifier nor a name's head, and the body it
    would name is a legislature's committee named definitely."""
    if text[pos - 1 : pos].isalnum() or text[end : end + 1].isalnum():
        return False
    nxt = NEXT_WORD_RE.match(text, end)
    if (nxt is not None and nxt.group(1) in COMMITTEE_COMPOUNDS) or NAMED_ON_RE.match(text, end):
        return False
    return _definite_legislature(text, body)


def _definite_legislature(text: str, body: Mention) -> bool:
    return (
        body.type == "legislature" and INDEFINITE_RE.search(text, max(0, body.start - 4), body.start) is None
    )


def _named_organs(refs: list[Mention], chosen: list[Mention]) -> list[Mention]:
    """A reference that an organ word took ("The Court" after "the International Criminal Court",
    which organs.py would name a state's courts) renames that mention in place: the body the text
    named with the word is meant, not the state's organ of that kind."""
    organs = [c for c in chosen if c.home] if refs else []
    if not organs:
        return refs
    out = []
    for r in refs:
        organ = next((c for c in organs if c.start < r.end and r.start < c.end), None)
        if organ is None:
            out.append(r)
            continue
        organ.name, organ.type, organ.aid = r.name, r.type, r.aid
        organ.home = organ.organ = ""
    return out


# Militias by a name of their own ("the Dozo militia", "Dan Na Ambassagou militia"), or described
# ("its allied militia", "pro-government militias", "militias"): an actor of their own, never an
# armed group named before ("the RSF and the militias" are two).
NOT_DESCRIBING = "by|of|and|or|to|for|with|from|in|on|at|against|as|than|is|are|was|were|has|have|had|other"
MILITIA_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose)[^\S\n]+"
    rf"(?:(?!(?:{NOT_DESCRIBING})\b)[a-z][a-z-]+[^\S\n]+)??|\b[a-z]+-[a-z-]+[^\S\n]+)?"
    r"(?P<name>(?:(?!(?:Both|All|These|Those|Such|Many|Some|Other|Several)\b)[A-Z][\w'’-]*[^\S\n]+){1,3})??"
    r"\b[Mm]ilitias?$"  # searched up to the word; "Both militias" names no militia "Both"
)
MILITIA_WORD_RE = re.compile(r"\b[Mm]ilitias?\b")
# Armed groups named by what they are. After "the" the word refers to a group the text is about
# ("the terrorists", "the jihadists"); alone it is often a category ("trying terrorists in
# court"), except "insurgents" and "armed groups", which name the fighters of the conflict at hand.
# "Suspected insurgents" are people accused, not the group.
DESCRIBED = (
    # "the attackers" are the men of the attack the text recounts ("The attackers entered the church")
    *("rebels", "insurgents", "terrorists", "jihadists", "gunmen", "attackers"),
    *("militants", "militiamen", "bandits", "gangs", "guerrillas"),
    # "the separatists took over in eastern Ukraine" (as "the rebels"); "the extremists" are as
    # often one side of a politics ("between the extremists and the moderates")
    "separatists",
)
NAMED_ALONE = frozenset({"insurgents", "armed groups", "rebel groups", "militants", "armed gangs"})
# Searched without their first letter, which is looked at after: one search finds "Insurgents"
# first in a sentence and "insurgents" (a search for each form cost a third of this finder), and
# "rmed group" finds "armed group" and "armed groups".
STEMS = {w[1:]: w for w in DESCRIBED} | {"rmed group": "armed group", "ebel group": "rebel group"}
STEMS["rmed gang"] = "armed gang"  # "armed gangs" in Haiti are its armed groups, "criminal gangs" a category
GROUPS = ("armed group", "rebel group", "armed gang")  # "s" after them: the plural, a class of actor
STEMS_WITH_FIGHTERS = STEMS | {"ighters": "fighters"}  # in a release about one group (_salient_group)
# "Armed groups" name a class of actor even after "the"; the other words after "the" mean the
# fighters the text is about.
CATEGORIES = frozenset({"armed groups", "rebel groups", "armed gangs"})
# A release about one armed group ("JNIM" named again and again) calls it "the jihadists", "the
# terrorists", "the fighters" in its witnesses' words: those are that group. With no group named
# that often, or two named alike ("ISIL", "al-Nusra"), the words stay an actor of their own.
SALIENT_MENTIONS = 3
SALIENT_SHARE = 2 / 3


def _salient_group(chosen: list[Mention]) -> Mention | None:
    """The armed group the text names by its own name most, if it names it often and others seldom."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for c in chosen:
        if c.type == "armed_group" and c.aid >= 0:
            counts[c.name] = counts.get(c.name, 0) + 1
            first.setdefault(c.name, c)
    if not counts:
        return None  # nearly every statement
    top = max(counts, key=counts.__getitem__)
    if counts[top] < SALIENT_MENTIONS or counts[top] < SALIENT_SHARE * sum(counts.values()):
        return None
    return first[top]


# How an adjective of a cause or a people ends ("Islamist", "Islamic", "Malian", "Kurdish"), where a
# side's name does not ("Seleka", "Dozo", "Tuareg").
CAUSE_ENDS = ("ist", "ish", "ian", "ic", "ese", "an", "i", "ed")


def _sided(text: str, what: str, chosen: list[Mention]) -> bool:
    """Whether the text names whose these fighters are by a name no finder knows, before the noun
    ("Seleka attackers" … "the attackers"): they are that side's (armed_descriptions.py), not the
    group the text names most ("anti-balaka" in a report on a Seleka massacre). A known name
    before it ("RSF fighters") is a group's own."""
    for m in re.finditer(rf"\b(?!The\b|These\b|Those\b)[A-Z][\w’'-]*[^\S\n]+{what}\b", text):
        word = m.group().split()[0]
        if word.endswith(CAUSE_ENDS) or sentence_initial(text, m.start()):
            continue  # "Islamist fighters", "Malian fighters": a cause or a people, not a side's name
        if not any(c.start <= m.start() < c.end for c in chosen):
            return True
    return False


# "The moderate opposition", "the Syrian armed opposition": the rebels of a civil war, in lower case
# unlike a parliament's Opposition (a party).
ARMED_OPPOSITION_RE = re.compile(
    r"\b(?:[Tt]he[^\S\n]+)?(?:[A-Z]\w+[^\S\n]+)?(?:[Mm]oderate|[Aa]rmed)(?:[^\S\n]+armed)?\s+(?:[A-Z]\w+\s+)?opposition\b"
)
# What every match of it holds from "moderate" or "armed" on, looked for first: the whole pattern,
# with no first character to skip to, ran its matcher at every character of each text that says
# "opposition" (a parliament's, most of them), 1.4 % of all extraction time.
ARMED_CORE_RE = re.compile(r"(?:[Mm]oderate|[Aa]rmed)(?:[^\S\n]+armed)?\s+(?:[A-Z]\w+\s+)?opposition\b")
THE_BEFORE_RE = re.compile(r"\b[Tt]he[^\S\n]+$")
ACCUSED_RE = re.compile(r"\b(?:[Ss]uspected|[Aa]lleged)[^\S\n]+$")
KNOWN_AS_RE = re.compile(r",?[^\S\n]+(?:known[^\S\n]+as|called)[^\S\n]+(?:the[^\S\n]+)?[\"“]?")
NAMED_MILITIA_RE = re.compile(r"[\"”’']?[^\S\n]+[Mm]ilitias?\b")


def _militia_named(text: str, end: int, chosen: list[Mention]) -> Mention | None:
    """The armed group that militias are: named right after them ("its allied militia, known as
    the janjaweed"), else the last group the text named as militias ("Arab "janjaweed" militias"),
    else the first it names so later."""
    groups = sorted((c for c in chosen if c.type == "armed_group"), key=lambda c: c.start)
    after = KNOWN_AS_RE.match(text, end)
    known = next((c for c in groups if c.start == after.end()), None) if after else None
    if known is not None:
        return known
    as_militias = [
        c for c in groups if NAMED_MILITIA_RE.match(text, c.end) or c.name.lower().endswith(MILITIA_ENDS)
    ]
    before = [c for c in as_militias if c.start < end]
    # A release's lead may say "militias" before its body names them: then the first named after.
    return before[-1] if before else (as_militias[0] if as_militias else None)


MILITIA_ENDS = ("militia", "militias")


def _described(text: str, at: int, name: str) -> bool:
    """Whether a capitalised word before "militias" is only a sentence's first word, which the text
    writes in lower case elsewhere ("Ethnic militias killed …" after "ethnic militias")."""
    word = name.split()[0]
    return len(name.split()) == 1 and sentence_initial(text, at) and f"{word.lower()} " in text


def armed_groups(text: str, chosen: list[Mention]) -> list[Mention]:
    """Militias, and armed groups named by what they are ("the rebels", "insurgents", "armed groups")."""
    out: list[Mention] = []
    if has_any(text, ("ilitia",)):
        for word in MILITIA_WORD_RE.finditer(text):
            m = MILITIA_RE.search(text, max(0, word.start() - 60), word.end())
            if m is None:
                continue
            start = m.start()
            if any(c.start < m.end() and c.end > start for c in chosen):
                continue  # "Janjaweed militias", "the Sudanese militias": found as named or composed
            if m.group("name") and not _described(text, m.start("name"), m.group("name")):
                out.append(
                    Mention(start, m.end(), " ".join(m.group("name").split()) + " militia", "armed_group", 1)
                )
                continue
            group = _militia_named(text, m.end(), chosen + out)
            if group is not None:
                out.append(Mention(start, m.end(), group.name, group.type, 1, aid=group.aid))
            else:
                out.append(Mention(start, m.end(), "Militias", "armed_group", 1))
    # Found by plain search: most statements name none of these words.
    salient = _salient_group(chosen)
    stems = STEMS if salient is None else STEMS_WITH_FIGHTERS
    sided: dict[str, bool] = {}  # _sided for each noun, read once per text
    for stem_at, stem in occurrences(text, stems):
        at, what = stem_at - 1, stems[stem]
        end = stem_at + len(stem)
        if what in GROUPS and text.startswith("s", end):
            what, end = what + "s", end + 1
        first = text[at : at + 1]
        if first != what[0] and not (first == what[0].upper() and what in NAMED_ALONE):
            continue  # another word ("Rebels" as a name, "harmed group")
        if at < 0 or text[at - 1 : at].isalnum() or text[end : end + 1].isalnum():
            continue
        the = THE_BEFORE_RE.search(text, max(0, at - 8), at)
        if the is None and (what not in NAMED_ALONE or ACCUSED_RE.search(text, max(0, at - 12), at)):
            continue
        start = at if the is None else the.start()
        if the is not None and salient is not None and what not in CATEGORIES and what not in sided:
            sided[what] = _sided(text, what, chosen)
        if the is not None and salient is not None and what not in CATEGORIES and not sided[what]:
            out.append(Mention(start, end, salient.name, salient.type, 1, aid=salient.aid))
        elif what != "fighters":
            out.append(Mention(start, end, what[:1].upper() + what[1:], "armed_group", 1))
    armed = has_any(text, ("opposition",)) and ARMED_CORE_RE.search(text) is not None
    for m in ARMED_OPPOSITION_RE.finditer(text) if armed else ():
        out.append(Mention(m.start(), m.end(), "Armed opposition", "armed_group", 1))
    return out


# Soldiers named again without their state ("Malian soldiers … the soldiers did nothing"):
# the force whose soldiers the text named last. Where it named none, "soldiers" are anyone's
# ("memories of soldiers suffering"), and "child soldiers" or "former soldiers" are no force.
SOLDIER_WORDS = ("soldiers", "gendarmes", "peacekeepers")  # "Australian peacekeepers … these peacekeepers"
STATE_FORCES = "Armed forces of "
# Soldiers counted ("three soldiers took turns", "detained 13 soldiers", "several soldiers have
# been prosecuted") are some of a force the text is about, as "the soldiers" are.
COUNTS = r"(?i:two|three|four|five|six|seven|eight|nine|ten|(?:dozens|hundreds)[^\S\n]+of|several|many|some)"
# Searched for as words (their first letter looked at after), then read back from: a pattern of
# optional words before them stopped at every character of every statement that names a force.
SOLDIER_STEMS = {"oldiers": "soldiers", "endarmes": "gendarmes", "eacekeepers": "peacekeepers"}
# Words that say which soldiers, not whose: "other soldiers", "uniformed soldiers", "masked and
# armed soldiers" are the force's as "the soldiers" are ("child", "former" soldiers are not).
SOLDIER_DESCRIPTIONS = r"(?:other|uniformed|armed|masked|combat|active-duty|more)"
BEFORE_SOLDIERS_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Ii]ts)[^\S\n]+)?"
    r"(?P<count>\b(?:[1-9]\d{0,2}(?:,\d{3})*|" + COUNTS + r")[^\S\n]+)?"
    rf"(?:\b{SOLDIER_DESCRIPTIONS}[^\S\n]+(?:and[^\S\n]+{SOLDIER_DESCRIPTIONS}[^\S\n]+)?)?\Z"
)
BEFORE_BARE_RE = re.compile(
    rf"(?:^|\n|[^\w\s]|\b(?:{NOT_DESCRIBING}|said|that|when|while|where|after|before|told|saw))[^\S\n]*$"
)


def _surface(text: str, m: Mention) -> str:
    return text[m.start : m.end].lower()


def soldiers(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each "the soldiers", "soldiers", "gendarmes" after a state's soldiers were named, as that force."""
    if not has_any(text, ("oldiers", "endarmes", "eacekeepers")):
        return []  # most statements name none
    forces = sorted((c for c in chosen if c.type == "armed_force"), key=lambda c: c.start)
    named = [c for c in forces if _surface(text, c).endswith(SOLDIER_WORDS)]
    # A state's force named otherwise ("the Israeli military", "Indonesian forces"): its soldiers
    # when a determiner or a count says which ("the soldiers", "three soldiers"), not bare ones
    states = [c for c in forces if c.name.startswith(STATE_FORCES)]
    # Bare "soldiers" ("soldiers arrived", "attacked by settlers and soldiers") where the text names
    # one state's army and no other: that army's, as a reader takes them.
    # ("the military", not yet resolved, is named "Armed forces of {}": it says no other state)
    one_army = len({c.name for c in states if "{}" not in c.name}) == 1
    out: list[Mention] = []
    for at, stem in occurrences(text, SOLDIER_STEMS) if named or states else ():
        word, start, end = SOLDIER_STEMS[stem], at - 1, at + len(stem)
        if start < 0 or text[start].lower() != word[0] or text[end : end + 1].isalnum():
            continue
        if start and text[start - 1].isalnum():
            continue  # inside a longer word
        before = BEFORE_SOLDIERS_RE.search(text, max(0, start - 30), start)
        first = before.start() if before is not None else start
        if any(c.start < end and c.end > first for c in chosen):
            continue  # "Malian soldiers", "the nine Israeli soldiers": found already
        bare = first == start
        if bare and not BEFORE_BARE_RE.search(text, max(0, start - 12), start):
            continue
        force = [c for c in named if c.end <= first and _surface(text, c).endswith(word)]
        alone = bare and one_army and not _of_soldiers(text, start, end)
        if not force and word == "soldiers" and (not bare or alone):
            force = [c for c in states if c.end <= first]
        if force:  # as that force, or as the organ word it is, resolved alike ("the military")
            f = force[-1]
            soldiers = Mention(first, end, f.name, "armed_force", 1, f.home, f.organ, f.aid)
            soldiers.country = f.country
            out.append(soldiers)
    return out


OF_AFTER_RE = re.compile(r"[^\S\n]+of\b")
OF_BEFORE_RE = re.compile(r"\bof[^\S\n]+$")


def _of_soldiers(text: str, start: int, end: int) -> bool:
    """Whether bare soldiers are set in an "of" phrase: "memories of soldiers suffocated",
    "Soldiers of the United Nations peacekeeping force" are anyone's or another force's."""
    before = OF_BEFORE_RE.search(text, max(0, start - 4), start)
    return before is not None or OF_AFTER_RE.match(text, end) is not None


# "our Party", "MY PARTY", "his party": a party named by whose it is. Not the first part of a
# compound ("our party room", "their party affiliation").
PARTY_WORDS = ("party", "Party", "PARTY")
POSSESSORS = frozenset({"my", "our", "his", "her", "their"})
COMPOUND_RE = re.compile(r"[^\S\n]+(?:room|affiliation|line|members?)\b")
WORD_BEFORE_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)[^\S\n]+$")


def possessed_parties(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each "our/my party" as the party the document names most (the speaker's own), each
    "his/her/their party" as the party named last before it; none if the text names no party."""
    out: list[Mention] = []
    parties = sorted((c for c in chosen if c.type == "party"), key=lambda c: c.start)
    if not parties:
        return out
    counts: dict[str, int] = {}
    for p in parties:
        counts[p.name] = counts.get(p.name, 0) + 1
    most = max(counts, key=counts.__getitem__)
    # Found by plain search: a case-insensitive pattern over the whole text cost far more.
    for at, word in occurrences(text, PARTY_WORDS):
        end = at + len(word)
        if text[end : end + 1].isalnum() or COMPOUND_RE.match(text, end):
            continue
        before = WORD_BEFORE_RE.search(text, max(0, at - 12), at)
        if before is None or before.group(1).lower() not in POSSESSORS:
            continue
        if before.group(1).lower() in ("my", "our"):
            name = most
        else:
            earlier = [p for p in parties if p.end <= before.start(1)]
            if not earlier:
                continue
            name = earlier[-1].name
        out.append(Mention(before.start(1), end, name, "party", 1))
    return out
