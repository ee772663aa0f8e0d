"""An office of an organisation named by its title and the organisation: "the prosecutor of the
International Criminal Court (ICC)", "the head of the World Health Organization", "the chair of
the African Union", "the leader of UNITA", "the head of the Refugee Council".

The annotation guidelines mark a named office held by one person as that person ("the U.S.
president"), and the sets mark these so in every genre (HRW's "The prosecutor of the International
Criminal Court (ICC)", an Australian release's "the head of the Refugee Council", a White House
proclamation's "the Director of the Office of Management and Budget"). The finders read the
organisation's name only, so a call on its head was filed as a call on the whole body and the
office was one more mention of it. Capitalised offices the organisation finder reads whole ("the
Director-General of the World Health Organization"); this reads the title before the body's
mention, as state_heads.py does for a state's ruler. Only a definite office ("the head of"), one
person's (no plural "leaders of"), of a body named (not "the head of the guerrillas"), and not said
of someone: "Orlov is the co-chair of Memorial" marks the body (tune3's convention).
"""

from __future__ import annotations

import re

from .mention import Mention

# Between the words of "of (the)": a space or a line's end, as scanned speeches wrap, never a blank line.
GAP = r"(?=\s)[^\S\n]*\n?[^\S\n]*"
# The one person's title, lower case as news style writes it or capitalised where the organisation
# finder does not read it ("Head", "Prosecutor", "Leader" begin no body's name there), with its
# ranks ("executive director", "co-chair", "deputy head", "chief prosecutor").
TITLE = (
    r"(?:(?:[Dd]eputy|[Ee]xecutive|[Vv]ice|[Cc]hief)[^\S\n]+|[Cc]o-|[Vv]ice-)?"
    r"(?:[Hh]ead|[Cc]hair|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Pp]resident|[Dd]irector"
    r"|[Dd]irector[- ][Gg]eneral|[Pp]rosecutor|[Ss]ecretary[- ][Gg]eneral|[Ll]eader|[Rr]egistrar"
    r"|[Oo]mbudsman|[Cc]ommissioner|[Ee]nvoy)"
)
TITLE_BEFORE_RE = re.compile(
    r"\b[Tt]he[^\S\n]+(?:(?:former|current|then|new|outgoing|incoming|acting|interim)[^\S\n]+)?"
    rf"(?P<title>{TITLE}){GAP}of{GAP}(?P<the>the{GAP})?\Z"
)
LOOK_BACK = 70  # characters: "the former executive director-general of the " with wrapped spaces
# An office said of someone, not standing for them: "Orlov is the co-chair of Memorial", "I’m the
# leader of the Liberal Party", "Steele is currently the director of …", "As the chair of the Group of
# Friends, we …"; and "the office of the prosecutor of the International Criminal Court", a body,
# or "assuming the duties of the President of the General Assembly", the post (holdout's UN speech;
# yet "the functions of the Director of the Office of Management and Budget" are the person's, wh-tune).
PREDICATE_BEFORE_RE = re.compile(
    r"(?i:\b(?:is|am|are|was|were|be|been|being|become|becomes|became|as|named|appointed|elected|remains|"
    r"remained|serves|served|[’']m|[’']s|[’']re)\s+"
    r"(?:(?:also|currently|previously|formerly|now|still|once|then|later|already|recently)\s+)?"
    r"|\b(?:office|post|position)\s+of\s+"
    r"|\b(?:assume|assumes|assumed|assuming|take|takes|took|taking)\s+the\s+(?:duties|functions)\s+of\s+)\Z"
)
# The post, no one holding it: "at the head of the United Nations", "Russia is in the chair of the
# Arctic Council", "assuming the chair of the OSCE".
POST_BEFORE_RE = re.compile(r"(?i:\b(?:at|in|assume|assumes|assumed|assuming|take|takes|took|taking)\s+)\Z")
POSTS = frozenset({"head", "chair"})
REACH = 40  # characters before the office: the longest copula, adverb and spaces
# After the body's mention, what makes it part of another name or the owner of another body: a
# possessive ("the former head of Hamas’ political bureau", "the leader of AQIM’s Council of
# Notables") or a capitalised word on the same line ("the head of the United Nations Mission", "the
# director of the White House Office of Science and Technology Policy"), a name the finders cut short.
LONGER_AFTER_RE = re.compile(r"[’']|[^\S\n][A-Z]")
# Bodies one person heads. Not states (state_heads.py reads "the President of France") nor places;
# not an organ the text names by a word alone ("the Government", resolved later to a state's).
BODY_TYPES = frozenset({"igo", "ngo", "party", "legislature", "armed_group", "government", "media"})
# The body's acronym in brackets right after its name belongs to the office's phrase: "The
# prosecutor of the International Criminal Court (ICC)".
ACRONYM_AFTER_RE = re.compile(r"[^\S\n]*\([A-Z][A-Za-z]{1,9}\)")
# The organ a bare "the President" is read as until its state is known (organs.py). Before "of the
# General Assembly" wrapped as UN speeches print it ("the President of \nthe General Assembly"), where
# the organisation finder, which reads no name across that line's end, leaves it bare, it is the
# body's president: left to the organs it became the speaker's own head of state ("the President of
# \nthe Security Council" read as Namibia's), and the body stood as one more mention beside it.
STATE_PRESIDENT = "President of {}"
OF_THE = ("of", "the")  # the words just before the body's mention
WORDS = (" of", "\nof")  # one of them is in every office's phrase


def body_heads(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each office written before a body's mention, as one person named for the office and the
    body ("Prosecutor of the International Criminal Court"), spanning both."""
    out: list[Mention] = []
    if not any(w in text for w in WORDS):
        return out
    for c in chosen:
        if c.type not in BODY_TYPES or c.home or text[max(0, c.start - 4) : c.start].strip() not in OF_THE:
            continue  # most bodies follow no "of": read back only where one may
        at = c.start + 4 if text.startswith(("the ", "The "), c.start) else c.start
        if not text[at : at + 1].isupper():
            continue  # "the head of the guerrillas of the FARC": a body referred to, not named
        m = TITLE_BEFORE_RE.search(text, max(0, c.start - LOOK_BACK), c.start)
        if (
            m is None
            or PREDICATE_BEFORE_RE.search(text, max(0, m.start() - REACH), m.start())
            or LONGER_AFTER_RE.match(text, c.end)
            or (
                m.group("title").lower() in POSTS
                and POST_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            )
        ):
            continue
        inside = [p for p in chosen if p.type == "person" and m.start() <= p.start < c.start]
        if any(p.home != STATE_PRESIDENT for p in inside):
            continue  # "the Secretary-General of the United Nations": the title is read as its holder already
        end = c.end
        if (acronym := ACRONYM_AFTER_RE.match(text, end)) is not None:
            end = acronym.end()
        title = _title(m.group("title"))
        # A bare "President" still waiting for its state, wrapped before the body's name: named by
        # the body's words, as the organisation finder names the same office on one line
        body = " ".join(text[c.start : c.end].split()) if inside else c.name
        name = f"{title} of {'the ' if m.group('the') else ''}{body}"
        out.append(Mention(m.start(), end, name, "person", 2))
    return out


def _title(words: str) -> str:
    """The title as an office's name writes it: "Executive Director", "Director-General", "Co-Chair"."""
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in words.split())
