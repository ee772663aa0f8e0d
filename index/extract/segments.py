"""Sentences as demand finding needs them, also where the text lost what marks them.

Half the scraped U.S. Senate releases have no punctuation left: a full stop became a run of spaces
("…in Darfur  The Foreign Relations Committee approved…"), so the sentence splitter sees one
sentence of several thousand characters, and one demand swallowed a whole release. Releases
extracted from PDFs run a headline in capitals into the body ("SCRAP BUSINESS MIGRATION SCHEME
The Government…"). Both are split here; ordinary sentences pass through unchanged. Releases
extracted with a blank line after every printed line break their sentences at each ("…has today
called on the Rudd\n\nGovernment to reveal…"): those are joined again.
In any text a line break after a word that opens a phrase ("…we do call on the\n\nGovernment to
rethink…") cuts a sentence: that is joined too.
"""

from __future__ import annotations

import re

from .tokens import _add, sentences  # _add: a span without its outer white space
from .verbs import imperative_at

# Longer than nearly every punctuated sentence: only these are searched for lost boundaries.
LONG = 300
# A run of two or more spaces before a capital, where a full stop used to be.
GAP_RE = re.compile(r"[^\S\n]{2,}(?=[\"“‘(]?[A-Z0-9])")  # no-break spaces too (PDF text)
# Words after which a capital continues the phrase ("the  Chinese government", "Sen  Brownback").
GLUE = frozenset(
    """the a an of and or to in on at by for from with that as than is are was were be his her
    their its our my your this these those mr mrs ms dr sen sens senator senators rep reps gov st u s
    said says told according president secretary minister ambassador general""".split()
)
# A headline in capitals (three words or more) ending at a line break or a gap.
HEADLINE_RE = re.compile(
    r"(?m)^[ \t]*(?=[^\n]*[A-Z]{2})([^a-z\n]{12,}?)[ \t]*(?:\n|[ \t]{3,})(?=[^\n]*[a-z])"
)
# A headline in capitals running into the body on one line: "…: DEMOCRATS CALL FOR REVIEW OF
# POLICY The Democrats say…" (three capitalised words or more, then a sentence in mixed case).
CAPS_RUN_RE = re.compile(  # begins with a capital (not "\b"), so the engine skips other characters fast
    r"[A-Z][A-Z'’-](?<![\w'’-][A-Z][A-Z'’-])[A-Z'’-]*[^\S\n]+(?:[A-Z][A-Z'’-]+[^\S\n]+)+[A-Z][A-Z'’-]+"
    r"(?=[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][\w'’-]*){0,3}[^\S\n]+[a-z])"
)
HEAD = 300  # characters from a sentence's start in which a headline may run into it
GAP3_RE = re.compile(r"[^\S\n]{3}")
WORD_BEFORE_RE = re.compile(r"([\w']+)\W*$")


# A printed line: a blank line after one so long that ends in a word wraps a sentence, in a
# text where that happens WRAPPED_MIN times or more (double-spaced PDF text, 11% of the releases
# since 2005); a heading or a list item alone is rarer and shorter.
WRAP = 70
WRAP_MAX = 130  # printed lines are 70-130 characters; a longer one is a paragraph or a headline
WRAPPED_MIN = 3
WRAP_HEAD = 5000  # a double-spaced text shows it in its first page


def join_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the sentences a blank line after a full printed line broke joined again."""
    if typewritten(text):
        joins = [i for i in range(len(spans) - 1) if _typed_wrap(text, spans[i][1], spans[i + 1][0])]
    elif _wraps(text) < WRAPPED_MIN:
        # most texts: a few blank lines, after full stops; one after "the" cuts a sentence
        # the first letter test of _mid_phrase inline: most sentences end in a stop, and a call
        # for each of a text's sentences cost more than the test
        joins = [
            i
            for i, ((_, end), (nxt, _)) in enumerate(zip(spans, spans[1:], strict=False))
            if text[end - 1].islower() and _mid_phrase(text, end, nxt)
        ]
    else:
        joins = [
            i
            for i in range(len(spans) - 1)
            if _wrapped(text, spans[i][1], spans[i + 1][0], spans[i + 1][1])
            or _mid_phrase(text, spans[i][1], spans[i + 1][0])
        ]
    if not joins:
        return spans
    out = list(spans[: joins[0]])
    at = set(joins)
    for i in range(joins[0], len(spans)):
        if i - 1 in at:
            out[-1] = (out[-1][0], spans[i][1])
        else:
            out.append(spans[i])
    return out


# Words a sentence begins with, not a name run on from the line before ("the Rudd\n\nGovernment")
STARTERS = frozenset(
    """a an the this that these those there it its we i you he she they our their his her my your
    in on at for from with by as if when while but and or so yet however although though after
    before since because during under over today yesterday meanwhile also page""".split()
)
FIRST_WORD_RE = re.compile(r"[\w’']+")


# A typewritten speech scanned a line at a time (Australian releases of the 1970s-80s: "THE
# PRIVATE SECTOR MUST TAKE\n\nTHE RISKS AND GET THE REWARDS"): lines of 30-69 characters, mostly
# in capitals, a blank line after each, most of them ending in mid-sentence. Every such break is
# a wrap there, also before "THE" or after a line in capitals, which a printed page's are not.
TYPED_LINE_RE = re.compile(r"(?m)^([^\n]{30,69}?)[ \t]*\n[ \t]*\n")
TYPED_MIN = 10  # lines of the first page ending in a word, before a blank line
TYPED_CAPS = 0.6  # of those lines' letters in capitals


# Words no sentence or heading ends in: a line break after one is in mid-phrase ("So that's the
# reason why we do call on the\n\nGovernment to rethink this position…", a transcript of 2013).
OPEN_WORDS = frozenset(
    """the a an of to on in at by for from with and or into onto than our their his her its my your
    this these those""".split()
)

# A word or a name goes on after the break, not page furniture ("…more effectively in\n\nPr8\n\n…")
NEXT_WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*(?!\w)")


def _mid_phrase(text: str, end: int, nxt: int) -> bool:
    """Whether a sentence ending at `end` was cut by a line break after a word that opens a
    phrase, before the next word's letter."""
    if not text[end - 1].islower() or not NEXT_WORD_RE.match(text, nxt) or text.find("\n", end, nxt) == -1:
        return False
    last = WORD_BEFORE_RE.search(text, max(0, end - 12), end)
    if last is None or last.group(1) not in OPEN_WORDS:
        return False
    # not before a speaker's label ("…allow these\n\nDavid Burke, Legal Director at …:") or a
    # list's item ("…thereafter; and\n\nEnsure that…")
    line_end = text.find("\n", nxt)
    line_end = len(text) if line_end == -1 else line_end
    line = text[nxt:line_end].rstrip()
    label = line.endswith(":") and "," in line  # a name, a title: not "…while Hanoi:" before a list
    return not label and imperative_at(text, nxt, line_end) is None


def typewritten(text: str) -> bool:
    """Whether the first page is typed in short capital lines with a blank line after each."""
    head = text[:WRAP_HEAD]
    if head.count("\n\n") < TYPED_MIN:
        return False  # most texts: few blank lines (a cheap test first)
    lines = [m.group(1) for m in TYPED_LINE_RE.finditer(head)]
    open_ = [ln for ln in lines if ln[-1].isalnum() or ln[-1] in ",-"]
    if len(open_) < TYPED_MIN or len(open_) * 2 < len(lines):
        return False
    letters = "".join(open_)
    upper = sum(c.isupper() for c in letters)
    return upper >= TYPED_CAPS * (upper + sum(c.islower() for c in letters))


def _typed_wrap(text: str, end: int, nxt: int) -> bool:
    """A single blank line after a line ending in mid-sentence (a word or a comma)."""
    last = text[end - 1]
    return (last.isalnum() or last in ",-") and text.count("\n", end, nxt) == 2


def _wraps(text: str) -> int:
    """How many full printed lines a blank line follows in mid-sentence on the first page (before a
    lower-case word too, which the sentence splitter already reads on), up to WRAPPED_MIN."""
    n = 0
    at = text.find("\n\n", 0, WRAP_HEAD)
    while at != -1:
        end = at
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end and text[end - 1].isalnum() and WRAP <= end - text.rfind("\n", 0, end) - 1 < WRAP_MAX:
            n += 1
            if n >= WRAPPED_MIN:
                break
        at = text.find("\n\n", at + 2, WRAP_HEAD)
    return n


def _wrapped(text: str, end: int, nxt: int, nxt_end: int) -> bool:
    """Whether the break between a sentence ending at `end` and the next at [nxt, nxt_end) is a
    blank line after a printed line ending in a word, before a capital: not a full stop's, a
    heading's ("…in immigration detention\n\nA coalition of…") or a list's ("…free expression\n\n
    Encourage regional bar associations…")."""
    if not text[end - 1].isalnum() or not text[nxt].isupper() or text.count("\n", end, nxt) < 2:
        return False
    line = text.rfind("\n", 0, end) + 1
    if not WRAP <= end - line < WRAP_MAX or text[line:end].isupper():
        return False
    last = WORD_BEFORE_RE.search(text, max(line, end - 30), end)
    if last and last.group(1).lower() in GLUE:
        return True  # "…the facilities on\n\nChristmas Island"
    first = FIRST_WORD_RE.match(text, nxt)
    return not (first and first.group().lower() in STARTERS) and imperative_at(text, nxt, nxt_end) is None


def segments(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end), with lost boundaries restored."""
    return [span for s, e in sentences(text) for span in split(text, s, e)]


def split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Sentence [s, e) cut where a headline runs into it or, in a long sentence without
    punctuation, where a full stop was lost; most come back whole."""
    multiline = text.find("\n", s, e) != -1
    # a headline runs into the body at the start of a sentence: only there is it looked for
    capitals = CAPS_RUN_RE.search(text, s, min(e, s + HEAD)) if e - s > 40 else None
    if e - s < LONG and not multiline and not capitals:
        return [(s, e)]
    cuts = _headline_ends(text, s, e) if multiline or GAP3_RE.search(text, s, e) else set()
    if multiline:
        cuts |= _paragraph_ends(text, s, e) | _list_items(text, s, e)
        title = _first_line_end(text, s, e)
        if title is not None:
            cuts.add(title)
    if capitals:
        cuts.add(capitals.end())
    if e - s >= LONG:
        cuts |= _gaps(text, s, e)
    out: list[tuple[int, int]] = []
    start = s
    for cut in sorted(cuts):
        _add(text, out, start, cut)
        start = cut
    _add(text, out, start, e)
    return out


# A paragraph a line long that ends without its full stop, before a capital: "We call for the end
# of the Iranian occupation of the three Emirati islands\nWe assert that all nuclear weapons…" (a
# UN speech). A printed line is shorter (WRAP_MAX): a paragraph's line that long ends a sentence.
PARA_END_RE = re.compile(r"[a-z0-9)][^\S\n]*\n(?=[\"“‘]?[A-Z])")


def _paragraph_ends(text: str, s: int, e: int) -> set[int]:
    cuts = set()
    for m in PARA_END_RE.finditer(text, s, e):
        if m.start() - text.rfind("\n", 0, m.start()) > WRAP_MAX and not _mid_phrase(
            text, m.start() + 1, m.end()
        ):
            cuts.add(m.end())
    return cuts


# A recommendation ending in a semicolon at a line's end, before the next one: "…consultation with
# affected communities on the design of the court;\n\nEstablish an independent committee…" (HRW
# letters, submissions and testimony list their recommendations so). The sentence splitter reads on
# over a line break after a semicolon, as PDF text wraps there too; a line that begins with a verb
# of action after it is the next item.
LIST_ITEM_END_RE = re.compile(r";(?:[^\S\n]+(?:and|or))?[^\S\n]*\n\s*")


def _list_items(text: str, s: int, e: int) -> set[int]:
    return {m.end() for m in LIST_ITEM_END_RE.finditer(text, s, e) if imperative_at(text, m.end(), e)}


# The document's first line, a headline in title case or capitals ending without a stop at a line
# break, which the sentence splitter reads on into the dateline and the body's first sentence:
# "Senators Call on Bush to Help Poorest Nations Deal with Consequences of Climate Change\n December
# 4, 2007 \n As international talks…" (a Senate page), "SENS. FEINSTEIN, DEWINE, DURBIN, SANTORUM
# LEAD BIPARTISAN COALITION … FOREIGN ASSISTANCE\n  Sens. Dianne Feinstein …" (cut after "SENS.",
# so HEADLINE_RE, which starts at a line's start, misses it). A printed line of the body that
# wraps is not in title case and goes on after a comma or into a lower-case word.
TITLE_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
TITLED = 0.9  # of the line's words of five letters or more (not "with", "from"), those capitalised


def _first_line_end(text: str, s: int, e: int) -> int | None:
    """Where the text's first line ends when sentence [s, e) begins on it and it is a headline."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first, e)
    if end == -1 or not first <= s < end:
        return None
    line = text[s:end].rstrip()
    nxt = text[end:e].lstrip()
    if (
        not line
        or line[-1] in ",;:-"
        or end - first > WRAP_MAX
        or not nxt[:1].isupper()
        and not nxt[:1].isdigit()
    ):
        return None
    words = TITLE_WORD_RE.findall(text, first, end)
    long_words = [w for w in words if len(w) >= 5]
    if len(words) < 3 or not long_words:
        return None
    titled = sum(w[0].isupper() for w in long_words)
    return s + len(line) if titled >= TITLED * len(long_words) else None


def _headline_ends(text: str, s: int, e: int) -> set[int]:
    cuts = set()
    for m in HEADLINE_RE.finditer(text, s, e):
        if len(m.group(1).split()) >= 3:
            cuts.add(m.end(1))
    return cuts


def _gaps(text: str, s: int, e: int) -> set[int]:
    """Runs of spaces before a capital, unless the word before them continues into it."""
    if text.count(".", s, e) * LONG > e - s:
        return set()  # punctuated after all: its spaces are layout, not lost full stops
    cuts = set()
    for m in GAP_RE.finditer(text, s, e):
        before = WORD_BEFORE_RE.search(text, max(s, m.start() - 30), m.start())
        if before and before.group(1).lower() not in GLUE:
            cuts.add(m.start())
    return cuts
