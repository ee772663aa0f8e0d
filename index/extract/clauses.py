"""Where a demand begins and ends in its sentence: a call found by one of the finders (`Found`), the
start of its clause, the end of its action (an attribution such as ", Human Rights Watch said" cut
off), one demand per clause when several triggers fall in it, and whether what is left is an action
at all ("Text", "2." and "be" are not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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


@dataclass
class Found:
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


def clause_start(text: str, lo: int, pos: int) -> int:
    last = lo
    for m in BOUNDARY_RE.finditer(text, lo, pos):
        last = m.end()
    while last < pos and text[last].isspace():
        last += 1
    return last


TRAIL_WINDOW = 240  # longer than any attribution TRAIL_RE strips ("…, Senator X said today in …")


def trim(text: str, a: int, b: int) -> int:
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

# The word joining the next demand's clause ends no action: "it's got to modernise but it has got
# to do it…" asks "modernise", not "modernise but". "that" stays: there it opens what the verb
# asks ("Australia must equally recognise, however, that our first responsibility must be…").
JOINER_RE = re.compile(r"[\s,]+(?:but|and|because|while|whereas|or|yet)[\s,]*$", re.IGNORECASE)


def before_joiner(text: str, a: int, b: int) -> int:
    """The end of an action [a, b) that the next demand's clause cuts, without the joining word."""
    m = JOINER_RE.search(text, max(a, b - 20), b)
    return m.start() if m and m.start() > a else b


# A call on someone in the infinitive after another demand says what that demand is for: "They
# should also use their leverage, including through targeted sanctions, to press Israeli
# authorities to cease…", "Washington has encouraged our allies … to press Pyongyang to…".
PURPOSE_RE = re.compile(r"to\s")


def dedupe(found: list[Found], text: str = "") -> list[Found]:
    """One demand per clause: a later trigger inside an earlier demand's action belongs to it."""
    found.sort(key=lambda f: (f.verb, f.kind != "imperative"))
    out: list[Found] = []
    for f in found:
        if out and f.kind == "call_on" and PURPOSE_RE.match(text, f.start):
            continue  # the one pressed is not the one asked
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


ACTION_RE = re.compile(r"[^\W\d_]{2,}")
# How many words from a demand's start make it the same demand again (the catalog compares the
# versions of a statement by as many words of their actions).
REPEAT_WORDS = 12


# One-word actions that ask nothing: ellipsis ("there has to be", "what needs to happen", "we
# will have to see"), a pronoun left by a misparse, or a transcript marker ("End text.").
EMPTY_ACTIONS = frozenset("be do happen go see them you it us him her me text quote transcript".split())


# "to:" ends a lead-in naming whom its list asks, "the following actions:" one naming the list
LEAD_IN_RE = re.compile(r"\bto\s*:$|\bfollowing(?:\s+\w+)?\s*:$")


def real_action(action: str) -> bool:
    """Not "Text", "2." or "be": a heading, a stray word or an ellipsis is nothing to do."""
    if not ACTION_RE.search(action) or (LEAD_IN_RE.search(action) and len(action.split()) <= 4):
        # "We urge your government to:": a list's lead-in, whose items
        # are the calls (not "…urge the Committee to call on the government of Iraq to:")
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
