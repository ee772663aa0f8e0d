"""Regex tokenizer with character offsets, and a sentence splitter aware of abbreviations.

Hand-rolled rather than spaCy: extraction must run at hundreds of statements a second on one core,
and all we need is word tokens with offsets and sentence spans.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from itertools import compress
from operator import itemgetter
from typing import Final, NamedTuple

from . import keywords

# "U.S." and "e.g." stay one token; a possessive "'s" is split off so "Australia's" looks up
# "Australia"; inner apostrophes ("Hay'at") stay inside the word.
TOKEN_RE: Final = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*|['’][sS]\b|\S")


class Token(NamedTuple):
    text: str
    start: int
    end: int


# Token(...) runs NamedTuple's Python-level __new__; the hot loops build tokens with the C one:
# _new(Token, (text, start, end)) is the same object at a third of the cost.
_new: Final = tuple.__new__


def tokenize(text: str) -> list[Token]:
    return [_new(Token, (m.group(), m.start(), m.end())) for m in TOKEN_RE.finditer(text)]


NEXT_RE: Final = re.compile(r"\s*(" + TOKEN_RE.pattern + ")")


class Window:
    """Tokens from one token start onwards, read only as far as a finder asks: finders look at
    a few hundred likely starts per document instead of tokenizing all of it."""

    __slots__ = ("text", "toks", "_done")

    def __init__(
        self, text: str, start: int, first_end: int = -1, second: re.Match[str] | None = None
    ) -> None:
        """`first_end` (where TOKEN_RE's match at `start` ends) and `second` (NEXT_RE after it)
        when the caller has them."""
        self.text = text
        if first_end < 0:
            m = TOKEN_RE.match(text, start)
            first_end = -1 if m is None else m.end()
        self.toks: list[Token] = []
        if first_end >= 0:
            self.toks.append(_new(Token, (text[start:first_end], start, first_end)))
        self._done = first_end < 0
        if second is not None:
            # one span() and a slice instead of group(), start() and end(): each a method call
            s, e = second.span(1)
            self.toks.append(_new(Token, (text[s:e], s, e)))

    def has(self, n: int) -> bool:
        """Read ahead until the window holds n tokens; False when the text ends first."""
        toks = self.toks
        text = self.text
        while len(toks) < n and not self._done:
            m = NEXT_RE.match(text, toks[-1].end)
            if m is None:
                self._done = True
                break
            s, e = m.span(1)
            toks.append(_new(Token, (text[s:e], s, e)))
        return len(toks) >= n


def is_token_start(text: str, pos: int) -> bool:
    """Whether a token begins at `pos`. Tokens never hold white space, so tokenizing the
    white-space-free chunk around `pos` from its beginning answers exactly."""
    if pos == 0 or text[pos - 1].isspace():
        return True
    if text[pos - 1].isalnum():
        return False  # inside a word ("iPhone")
    lo = pos - 1
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    for m in TOKEN_RE.finditer(text, lo):
        if m.start() >= pos:
            return m.start() == pos
    return False


def tokens_before(text: str, pos: int, n: int) -> list[Token]:
    """The last n tokens ending at or before `pos` (a token start). Reads a short stretch first
    (most words are short) and a longer one only when it holds fewer than n tokens."""
    # About six characters a token first: enough for nearly all, and half the reading. The last n
    # tokens of any stretch that starts at a chunk boundary and holds n of them are the same.
    lo = max(0, pos - 6 * n - 4)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    found = [*TOKEN_RE.finditer(text, lo, pos)]
    if len(found) >= n or lo == 0:
        return _last_tokens(text, found, n)
    reach = 10 * n + 10
    while True:
        lo = max(0, pos - reach)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1  # start at a chunk boundary so the tokens are the ones the whole text has
        found = [*TOKEN_RE.finditer(text, lo, pos)]
        if len(found) >= n or lo == 0 or reach >= 160:
            return _last_tokens(text, found, n)
        reach *= 2


def _last_tokens(text: str, found: list[re.Match[str]], n: int) -> list[Token]:
    """The last n of the matches as tokens: one span() and a slice each, not three method calls."""
    out: list[Token] = []
    for m in found[-n:]:
        s, e = m.span()
        out.append(_new(Token, (text[s:e], s, e)))
    return out


# A letter other than a-z begins a capitalised word (or a rare non-ASCII lower-case one: finders
# check case themselves). No leading \b: it would cost the regex its fast first-character scan.
CAP_RE: Final = re.compile(r"[^\W\d_a-z][^\W_]*")
# The same, not inside another word ("iPhone"): the look-behind follows the first character so the
# prefilter stays; [^\W_] is exactly what str.isalnum() accepts. The first character is sought as
# A-Z or beyond ASCII, then checked to be a letter: a class of ranges is tested far faster than
# [^\W\d_a-z] at every character (0.41 → 0.23 s over the benchmark's 3,500 statements). The ranges
# leave out what of Latin-1's upper half and the General Punctuation block [^\W\d_] never accepts,
# so the scan does not stop at each no-break space, curly quote or dash of a web page; they keep
# its letters and its numerals that are no digits ("ª", "²", "½": [^\W\d_] takes them).
_CAP_WORD_RE: Final = re.compile(
    r"[A-Z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\u1fff\u2070-\U0010FFFF](?<=[^\W\d_])(?<![^\W_].)[^\W_]*"
)
Caps = list[tuple[int, str]]
_second: Final = itemgetter(1)


def cap_words(text: str) -> Caps:
    """(start, word) of every capitalised word that is not the inside of another ("iPhone")."""
    return [(m.start(), m[0]) for m in _CAP_WORD_RE.finditer(text)]  # m[0]: no method call


def match_at(
    rx: re.Pattern[str], text: str, caps: Caps, first: Collection[str] | None = None
) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a pattern whose matches begin at a capitalised word (optionally one
    of `first`): trying it at those words only is many times cheaper than at every character."""
    end = 0
    match = rx.match
    if first is None:  # the same loop without the test of the word: most callers, at every capital
        for pos, _ in caps:
            if pos >= end and (m := match(text, pos)):
                end = max(m.end(), pos + 1)
                yield m
        return
    # The words of `first` picked out in C (compress), not by a Python step per capitalised word:
    # a title's or an office's first words are a few of a text's two hundred capitals (four such
    # callers a document: 0.21 → 0.11 s over the speed benchmark)
    for pos, _ in compress(caps, map(first.__contains__, map(_second, caps))):
        if pos >= end and (m := match(text, pos)):
            end = max(m.end(), pos + 1)
            yield m


class WordStarts:
    """`finditer` spans of a pattern that may begin only where no letter or digit precedes (and,
    as after "\\b", no "_" when `underscore`), over lower-case text.

    Written with a look-behind first ("(?<![^\\W_])…"), such a pattern has no character for the
    regex engine's fast scan and runs its whole matcher at every character of the text. Here the
    pattern sits in a look-ahead after the character before it, "[^a-z0-9](?=(…))": the engine
    skips the letters, most of a text, in its tight loop (a third of the time). Matches are kept
    as finditer keeps them: none begins inside an earlier one.

    Patterns given a `name` are searched for together, in one pass over a text, whichever is asked
    first (the actor finder's and the demand finder's scan the same lower-cased document): the
    engine stops at each character before a word once, not once per pattern."""

    __slots__ = ("first", "after", "underscore", "body", "name", "firsts")

    def __init__(self, body: str, underscore: bool = False, name: str = "", firsts: str = "") -> None:
        """`firsts`, when given, holds every character a match can begin with."""
        self.first = re.compile(body)  # at the text's start, where no character precedes
        ahead = _one_of(firsts) if firsts else ""
        self.after = re.compile(("[^a-z0-9_]" if underscore else "[^a-z0-9]") + ahead + "(?=(" + body + "))")
        self.underscore = underscore
        self.body = body
        self.name = name
        self.firsts = firsts
        if name:
            _TOGETHER[name] = self  # a pattern built again (another authority) replaces its own

    def spans(self, low: str) -> list[tuple[int, int]]:
        if self.name and len(_TOGETHER) > 1 and _TOGETHER.get(self.name) is self:
            return _spans_together(low)[self.name]
        return self._kept(low, (m.span(1) for m in self.after.finditer(low)))

    def _kept(self, low: str, found: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """The matches finditer keeps, of those found after a character that is no a-z or 0-9."""
        out: list[tuple[int, int]] = []
        m = self.first.match(low)
        end = 0
        if m:
            end = max(m.end(), 1)
            out.append((0, m.end()))
        underscore = self.underscore
        for start, stop in found:
            if start < end:
                continue  # inside the previous match
            before = low[start - 1]
            if before.isalnum() or (underscore and before == "_"):
                continue  # a letter beyond a-z ("é"), a digit beyond 0-9 or "_" before it
            out.append((start, stop))
            end = max(stop, start + 1)
        return out


class WordSearch:
    """`search(text, pos, endpos)` of "\\b" + `body`, for a body whose matches begin with a letter.

    A pattern that begins with "\\b" gives the regex engine no character to skip by: it runs its
    matcher at every character of the text. Here the body is sought after the character before it,
    "[^a-z0-9](?=body)", so the engine skips the letters in its tight loop; a hit whose character
    before is a word character after all ("é", "_") is passed over, and the match is the body's
    own at the hit, as the "\\b" pattern's search would find it."""

    __slots__ = ("body", "after")

    def __init__(self, body: re.Pattern[str]) -> None:
        self.body = body
        # Under re.I "[^a-z0-9]" also leaves out A-Z and letters folding to a-z: all word characters.
        self.after = re.compile("[^a-z0-9](?=" + body.pattern + ")", body.flags)

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        if pos < endpos and (pos == 0 or not _is_word(text[pos - 1])):
            m = self.body.match(text, pos, endpos)  # at `pos`, whose character before is not searched
            if m is not None:
                return m
        while (hit := self.after.search(text, pos, endpos)) is not None:
            at = hit.start()
            if not _is_word(text[at]):
                return self.body.match(text, at + 1, endpos)
            pos = at + 1
        return None


def _is_word(ch: str) -> bool:
    """What "\\b" takes for a word character: a letter, a digit or "_"."""
    return ch.isalnum() or ch == "_"


_TOGETHER: dict[str, WordStarts] = {}  # the named patterns, searched for in one pass
# The one-pass pattern for the named patterns (rebuilt when they change), and what each of its
# groups belongs to; the spans found in the last two texts, by name (the text compared by identity).
_JOINT: tuple[tuple[WordStarts, ...], re.Pattern[str] | None, list[tuple[int, int]]] = ((), None, [])
_Spans = tuple[str | None, tuple[WordStarts, ...], dict[str, list[tuple[int, int]]]]
_JOINT_LAST: tuple[_Spans, ...] = ()


def _joint(
    members: tuple[WordStarts, ...],
) -> tuple[tuple[WordStarts, ...], re.Pattern[str] | None, list[tuple[int, int]]]:
    """The one-pass pattern for the named patterns, built when they change."""
    global _JOINT
    joint = _JOINT
    if joint[0] != members:
        alternatives: list[str] = []
        owners: list[tuple[int, int]] = []
        for i in range(len(members)):
            parts = []
            for k in range(i, len(members)):
                owners.append((len(owners) + 1, k))
                parts.append(f"(?=({members[k].body}))" + ("?" if k > i else ""))
            alternatives.append("".join(parts))
        # Before a space, a comma, a digit…, which begin no pattern, one test of the character
        # after instead of each pattern's alternatives in turn (0.90 → 0.78 s over the benchmark)
        ahead = _one_of("".join(m.firsts for m in members)) if all(m.firsts for m in members) else ""
        pattern = "[^a-z0-9]" + ahead + "(?:" + "|".join(alternatives) + ")"
        joint = _JOINT = (members, re.compile(pattern), owners)
    return joint


def _one_of(chars: str) -> str:
    """A look-ahead for one of `chars`."""
    return "(?=[" + "".join(re.escape(c) for c in sorted(set(chars))) + "])"


def prepare_word_starts() -> None:
    """Compile the one-pass pattern of the named patterns now rather than in the first text."""
    _joint(tuple(_TOGETHER.values()))


def _spans_together(low: str) -> dict[str, list[tuple[int, int]]]:
    """The spans of every named pattern over `low`: one pass of "[^a-z0-9](?:(?=(A))(?=(B))?|(?=(B)))",
    which at each character before a word tries each pattern as its own finditer would there."""
    global _JOINT_LAST
    members = tuple(_TOGETHER.values())
    recent = _JOINT_LAST  # one read: another thread may replace it meanwhile
    for seen, had, spans in recent:
        if seen is low and had == members:
            return spans
    _, rx, owners = _joint(members)
    found: list[list[tuple[int, int]]] = [[] for _ in members]
    for m in rx.finditer(low):  # type: ignore[union-attr]
        regs = m.regs
        for group, k in owners:
            if regs[group][0] >= 0:
                found[k].append(regs[group])
    result = {ws.name: ws._kept(low, spans) for ws, spans in zip(members, found, strict=True)}
    # Two texts: the issuer's look-up of a name ("Australian Labor Party", genres.canonical) scans
    # that name between the document's actor scan and its demand triggers, and with one text kept
    # evicted the document's pass, run again for half the press releases (a twentieth of the time)
    _JOINT_LAST = ((low, members, result), *[r for r in recent[:1] if r[0] is not low])
    return result


def occurrences(text: str, words: Iterable[str]) -> Caps:
    """(start, word) of every occurrence of each of a few literal words, overlapping ones too, in
    text order. `words` must be a fixed vocabulary: every finder's words are found together, in
    one pass over the text (keywords.py). With match_at this is the finditer of a pattern that can
    begin only with one of the words, without the regex engine stopping at each of their letters."""
    words = tuple(words)
    where = keywords.index(text, words)
    found = [(i, word) for word in words for i in where.get(word, ())]
    found.sort()
    return found


_LOWERED: tuple[tuple[str, str], ...] = ()


def lowered(text: str) -> str:
    """`text.lower()`, remembered for the last two texts (by identity): the actor finder, the issuer
    and demand finding each search the lower-cased text of the same document, and lower-casing it
    three times cost a tenth of a second per 3,500 statements. Two, so that a short text scanned
    in between (a name the issuer looks up) leaves the document's in place."""
    global _LOWERED
    recent = _LOWERED  # one read: another thread may replace it meanwhile
    for seen, low in recent:
        if seen is text:
            return low
    low = text.lower()
    _LOWERED = ((text, low), *recent[:1])
    return low


def words(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


# Letters NFKD does not take apart ("ı" in "Davutoğlu" has no dot to drop), and the curly
# apostrophe, read as the straight one ("People’s Republic of China" is the alias "People's …").
_UNFOLDED: Final = str.maketrans(
    {"’": "'", "ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"}
)


@functools.lru_cache(maxsize=1 << 17)  # the C cache answers repeated words without a Python call
def fold(word: str) -> str:
    """The word lower-cased and without diacritics ("Demirtaş", "Demirtas" → "demirtas"; "Aoláin" →
    "aolain"): dictionary keys and the text's tokens are compared in this form, so a name matches
    with and without its accents while offsets stay those of the original text."""
    low = word.lower()
    if low.isascii():
        return low
    low = unicodedata.normalize("NFKD", low.translate(_UNFOLDED))
    return "".join(ch for ch in low if not unicodedata.combining(ch))


def is_cap(tok: str) -> bool:
    return tok[:1].isupper()


# Abbreviations after which a full stop does not end the sentence.
ABBREV: Final = frozenset(
    """mr mrs ms dr st sen rep gov gen lt col maj capt prof rev hon jr sr no nos vol art para fig
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept univ est approx vs etc
    cf al""".split()
)

# A full stop (or "!", "?") before a capital, or a blank line. Written to begin with one character
# class: an alternation whose first branch begins with a repeat gives the regex engine no
# first-character set to skip by, and it ran the whole matcher at every character (0.32 → 0.12 s
# over the benchmark's 3,500 statements); the look-behinds pick the branch that character allows.
# A line beginning "- " or "• " is a list item (the html reader writes `<li>` so) and begins a
# sentence of its own: "…we call for the following actions:\n- UN Member States … to make …".
# An endnote's number after the stop stays with its sentence: HRW letters and submissions write
# "…required by law.[1] The UN Electoral Technical Team…", which ran two sentences into one.
_END_RE: Final = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*(?:[\"”’')\]]|\[\d{1,3}\])*(?=\s+[\"“‘'(\[]?[A-Z0-9])"
    # a line opening with a lettered item, "(b) The NSC staff will …", "(ii) The …" (memoranda and
    # executive orders set out their directives so): as a bulleted line, unless it runs on (below)
    r"|(?<=\n)[ \t]*(?:\n\s*|[-•][ \t]+(?=\S)|\((?:[a-z]|[ivx]{2,4})\)[ \t]+(?=[A-Z])))"
)


_WORD_CHARS: Final = string.ascii_letters + "."  # what may make the word before a full stop an abbreviation
_INITIALS_RE: Final = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
_NEXT_WORD_RE: Final = re.compile(r"\s+(\S+)")


_ABBREV_MAX: Final = max(map(len, ABBREV))


def _is_abbrev(text: str, dot: int) -> bool:
    tail = text[dot - _ABBREV_MAX - 1 : dot] if dot > _ABBREV_MAX else ""
    if tail.isascii() and tail.isalpha() and tail.islower():
        return False  # after a lower-case word longer than any abbreviation: most full stops
    # The run of letters and dots just before the stop (or before a line break just before it, as
    # "$" allows), what "([A-Za-z.]+)$" searched over the 12 characters finds, without the engine
    # trying every start in them.
    before = text[max(0, dot - 12) : dot]
    if before.endswith("\n"):
        before = before[:-1]
    word = before[len(before.rstrip(_WORD_CHARS)) :]
    if not word:
        return False
    if _INITIALS_RE.fullmatch(word) or len(word) == 1:
        return word not in ("U.S", "U.K", "U.N") or _abbrev_continues(text, dot)
    return word.lower().strip(".") in ABBREV


def _abbrev_continues(text: str, dot: int) -> bool:
    """After "U.S." the sentence goes on when the next word could continue a noun phrase."""
    nxt = _NEXT_WORD_RE.match(text, dot + 1)
    return bool(
        nxt
        and nxt.group(1)[:1].isupper()
        and len(nxt.group(1)) > 1
        and nxt.group(1).lower()
        not in ("the", "we", "it", "this", "they", "he", "she", "but", "and", "in", "on")
    )


def word_before(text: str, pos: int) -> str:
    """The word (letters only) just before `pos`, or "" when punctuation or a number comes first;
    looked for in the 24 characters before `pos`. Walked back character by character: the
    pattern it replaces, "([^\\W\\d_]+)\\s*$" searched over the stretch, tried every start in it."""
    lo = max(0, pos - 24)
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = end
    while start > lo and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1  # [^\W\d_]: a letter or a numeral that is no decimal digit ("Ⅻ", "½")
    return text[start:end]


def sentence_initial(text: str, pos: int) -> bool:
    """Whether the word at `pos` begins a sentence, a line or a quotation after one."""
    i = pos
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in "\"“‘'(["):
        if text[i - 1] == "\n":
            return True
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;•–-*"


def _prev_char(text: str, pos: int) -> str:
    """The last non-space character before `pos` (without copying the text before it)."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > 0 else ""


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) without surrounding white space.

    A blank line ends a sentence unless the text plainly runs on: PDF-extracted releases put
    blank lines inside sentences ("today\\n\\nurged the Minister").
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(text):
        at, after = m.span()
        mark = text[at]  # the match's first character: the pattern begins with it
        if mark == "\n":
            if text[after - 1] not in " \t" or text[after - 2] not in "-•":  # not a list item's line
                prev = _prev_char(text, at)
                if text[after : after + 1].islower() or prev in (",", ";", "-", "–", "(", "&"):
                    continue
            end = at
        else:
            if mark == "." and _is_abbrev(text, at):
                continue
            end = after
        # _add, written out: two hundred thousand sentence ends over the speed benchmark
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        start = after
    _add(text, spans, start, len(text))
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
