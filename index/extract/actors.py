"""Actor mentions from the authority file: longest dictionary match, country + role composition,
coordinated spans ("the Syrian and Russian governments") and office words ("the Government").

Candidates from every finder are collected and the longest non-overlapping ones kept, as the
annotation guidelines ask ("mark the longest span that names the actor").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import Final

from . import (
    headline_ends,
    leaderships,
    lost_apostrophes,
    ministry_portfolios,
    organs,
    populations,
    state_names,
)
from .authority import Alias, Authority
from .mention import Mention
from .tokens import (
    NEXT_RE,
    TOKEN_RE,
    Caps,
    Token,
    Window,
    WordStarts,
    cap_words,
    fold,
    is_token_start,
    lowered,
    tokens_before,
)

PARTICLES: Final = frozenset(
    {"of", "the", "for", "and", "on", "in", "to", "a", "al", "bin", "de", "la", "du", "von"}
)
DETERMINERS: Final = frozenset({"the", "this", "its", "your", "our", "their", "these"})
# Role nouns that name a state's government as a whole ("Indian authorities", "Thai officials",
# "the Syrian regime"); other government roles are bodies of their own (courts, ministries).
EXECUTIVE: Final = frozenset(
    """government governments authorities authority officials regime administration cabinet leadership
    leaders junta executive""".split()
)
# Roles only a state has: with a union's adjective they name its members' ("European leaders").
STATES_ONLY: Final = frozenset(
    {"leaders", "intelligence community", "intelligence agencies", "intelligence services"}
)
ROLE_NAMES: Final = {
    "government": "Government of {}",
    "armed_force": "Armed forces of {}",
    "legislature": "Parliament of {}",
}


def token_ok(alias_tok: str, text_tok: str) -> bool:
    """Case rule (NOTES.md): acronyms match exactly, names only when capitalised, so "us" is not
    the United States and "senate" in prose is not a legislature."""
    if alias_tok.islower() or not alias_tok[:1].isalpha():
        return alias_tok == fold(text_tok)
    if alias_tok[:1].islower():
        # a name's lower-case particle joined to a capitalised word ("Côte d’Ivoire"): as written
        return text_tok[:1].islower()
    if len(alias_tok) > 1 and alias_tok.isupper():
        return text_tok == alias_tok or text_tok.replace(".", "") == alias_tok
    if alias_tok.lower() in PARTICLES:
        return True
    return text_tok[:1].isupper()


def _match_alias(toks: list[Token], i: int, alias: Alias, text: str) -> int:
    n = len(alias.tokens)
    if i + n > len(toks):
        return 0
    for k in range(n):
        t = toks[i + k]
        if fold(t.text) != alias.keys[k] or not token_ok(alias.tokens[k], t.text):
            return 0
        if k and "\n\n" in text[toks[i + k - 1].end : t.start]:
            return 0
    return n


@dataclass
class _Starts:
    """What can begin a mention, derived once from the authority: the scan consults the
    dictionaries only at capitalised tokens and at these lower-case words, not at every token."""

    keys: dict[str, int]  # lower-cased first tokens of anything a finder matches → finder bits
    lower_starts: WordStarts  # lower-case words that can begin one, found in the lower-cased text
    lower_re_i: re.Pattern[str]  # the same, case-insensitive, for texts whose length lower() changes
    # first word of a country adjective, or of a state's other name (state_names) → most words it has
    adj_words: dict[str, int]
    role_heads: frozenset[str]  # first words of role nouns
    pop_heads: frozenset[str]  # plural nouns a population ends in
    by_third: dict[tuple[str, str], tuple[dict[str, list[Alias]], list[Alias]]] = field(default_factory=dict)
    singles: dict[str, Mention | None] = field(default_factory=dict)  # token → its one-token match
    # (token, next token, blank line between) → the aliases of two tokens they match, when no
    # longer alias's third token follows: what _match_window finds for them, known after once
    pairs: dict[tuple[str, str, bool], list[Alias]] = field(default_factory=dict)
    # what a capitalised word is before the apostrophe of a name ("da" of "Da’esh")
    apostrophe_heads: frozenset[str] = frozenset()
    # first tokens of the aliases of two tokens or more: only after these is a second token read
    pair_firsts: frozenset[str] = frozenset()
    # token text → (the finder bits its text alone allows, its folded form): see _word_bits
    word_bits: dict[str, tuple[int, str]] = field(default_factory=dict)
    # capitalised words met so far, and those of them that can begin a mention: see _learn_caps
    cap_seen: set[str] = field(default_factory=set)
    cap_sure: set[str] = field(default_factory=set)
    cap_maybe: set[str] = field(default_factory=set)


_STARTS: Final[dict[int, _Starts]] = {}
_SINGLES_KEPT: Final = 1 << 16  # distinct tokens whose one-token match is remembered
# which finders a start word can feed (Final: compiled, each is a constant, not a global looked up)
DICT: Final = 1
COMP: Final = 2
POP: Final = 4
OFF: Final = 8
DEM: Final = 16
PAIR: Final = 32  # with DICT: the word begins only aliases of two tokens or more, so the next one decides


def _word_bits(word: str, keys: dict[str, int], index: dict[str, list[Alias]]) -> tuple[int, str]:
    """What a token's text alone says of the finders that may start at it, and its folded form:
    the same words recur at every candidate, so this is remembered per distinct token text."""
    low = word.lower()
    if not low.isascii():
        low = fold(low)
    bits = keys.get(low, 0)
    if not word[:1].isupper():
        bits &= ~COMP
    if bits & DICT and low not in index:
        bits |= PAIR
    return bits, low


def _lower_ok(alias_tok: str) -> bool:
    """Whether token_ok lets this alias token match a token that is not capitalised."""
    if alias_tok.islower() or not alias_tok[:1].isalpha():
        return True
    return not (len(alias_tok) > 1 and alias_tok.isupper()) and alias_tok.lower() in PARTICLES


def _trie(words: list[tuple[str, str]]) -> str:
    """An alternation of (word, what must follow it) as a prefix tree: the longest word that
    matches wins, as in a longest-first alternation, but the engine compares each character once
    instead of trying every word in turn (a flat alternation of 165 words cost a tenth of the scan)."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    tails: list[str] = []  # words ending here: tried after every longer one
    for word, tail in words:
        if word:
            by_first.setdefault(word[0], []).append((word[1:], tail))
        else:
            tails.append(tail)
    alts = [re.escape(ch) + _trie(rest) for ch, rest in sorted(by_first.items())] + tails
    if not alts:
        return "(?!)"
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _starts(auth: Authority) -> _Starts:
    found = _STARTS.get(id(auth))
    if found is not None:
        return found
    follow: dict[str, set[str] | None] = {}  # lower-case start → possible next tokens (None: any)
    for key, aliases in auth.index.items():
        if any(_lower_ok(a.tokens[0]) for a in aliases):
            follow[key] = None
    for pair, aliases in auth.index2.items():
        if any(_lower_ok(a.tokens[0]) for a in aliases):
            nxt = follow.setdefault(pair[0], set())
            if nxt is not None:
                nxt.add(pair[1])
    for word in [*populations.heads(auth), *organs.FIRST_WORDS]:
        follow[word] = None
    words: list[tuple[str, str]] = [("people", r"(?=\s+of\b)")]
    for word, nxt in follow.items():
        ahead = ""
        if nxt is not None:  # "the" only before "Netherlands", "United", …: a prefilter, checked later
            ahead = r"(?=\s*" + _trie([(w, "") for w in nxt]) + ")"
        end = r"(?![^\W_])" if word[-1:].isalnum() else ""  # a whole word, not "a" in "against"
        words.append((word, end + ahead))
    # Tried only where a word begins: inside words the look-behind fails at once (a third faster).
    body = _trie(words)
    pattern = r"(?<![^\W_])" + body
    keys: dict[str, int] = {}
    for group, bit in (
        ([*auth.index, *(k[0] for k in auth.index2)], DICT),
        (auth.adjective_heads, COMP),
        # a state's other names before a possessive ("Burma’s leaders"): state_names
        (state_names.heads(auth), COMP),
        ([*populations.heads(auth), "people"], POP),
        (organs.FIRST_WORDS, OFF),
        # "Australians", "Afghans": a nation's people, a population by the annotation guidelines
        ([adj + "s" for adj in auth.adjectives if adj.isalpha() and not adj.endswith("s")], DEM),
        ([adj + "s" for adj in REGIONAL_DEMONYMS if " " not in adj], DEM),
        # "North Koreans", "Sri Lankans": the plural of a two-word adjective, read with the word
        # before it (_two_word_demonym)
        (_two_word_plurals(auth), DEM),
        (_place_demonyms(auth), DEM),
    ):
        for word in group:
            keys[word] = keys.get(word, 0) | bit
    adj_words: dict[str, int] = {}
    for adj in auth.adjectives:
        head = adj.split()[0]
        adj_words[head] = max(adj_words.get(head, 0), len(adj.split()))
    for head, n in state_names.heads(auth).items():
        adj_words[head] = max(adj_words.get(head, 0), n)
    roles = frozenset(k[0] for k in auth.roles)
    pops = populations.heads(auth)
    # the first letters of the words begin every match (an empty word would begin with anything)
    firsts = "".join({word[0] for word, _ in words}) if all(word for word, _ in words) else ""
    found = _Starts(
        keys,
        WordStarts(body, name="actor starts", firsts=firsts),
        re.compile(pattern, re.I),
        adj_words,
        roles,
        pops,
    )
    found.apostrophe_heads = frozenset(re.split("['’]", k)[0] for k in keys if "'" in k or "’" in k)
    found.pair_firsts = frozenset(k[0] for k in auth.index2)
    _STARTS[id(auth)] = found
    return found


def _two_word_plurals(auth: Authority) -> list[str]:
    """The plurals of the second words of the states' two-word adjectives that begin with a word
    of DEMONYM_PREFIXES ("koreans" of "north korean", "lankans" of "sri lankan"); those in "-ese"
    are their own plural ("South Sudanese": nation_nouns)."""
    out = []
    for adj in auth.adjectives:
        first, _, last = adj.partition(" ")
        if first in DEMONYM_PREFIXES and last.isalpha() and last.endswith(("an", "ian")):
            out.append(last + "s")
    return out


def _place_demonyms(auth: Authority) -> list[str]:
    """The people of a place named by its demonym, which the dictionaries list for states only:
    "Kashmiris", "Darfuris", "Punjabis", "Gazans", "Crimeans" (a one-word place, and "-i" or,
    after a final "a", "-n", as these are formed; the plural must stand in the text to count)."""
    out = []
    for aid, name in enumerate(auth.names):
        if auth.types[aid] != "place" or not name.isalpha() or len(name) < 4:
            continue
        low = fold(name)
        if low.endswith("a"):
            out.append(low + "ns")
        elif low[-1] not in "aeiouys":
            out.append(low + "is")
    return out


def prepare(auth: Authority) -> None:
    """Derive the start words from the authority now, not in the first text scanned."""
    _starts(auth)


def _apostrophe_name(text: str, p: int, keys: dict[str, int]) -> bool:
    token = TOKEN_RE.match(text, p)
    return token is not None and fold(token.group()) in keys


_first: Final = itemgetter(0)
_second: Final = itemgetter(1)


def _learn_caps(st: _Starts, words: set[str]) -> None:
    """Sort capitalised words not met before: those whose lower-cased form begins a mention
    (`cap_sure`), those that may by what follows them, a single letter before a dot ("U.S.") or a
    name's part before an apostrophe ("Da’esh") (`cap_maybe`), and the rest."""
    if len(st.cap_seen) > _SINGLES_KEPT:
        st.cap_seen.clear()
        st.cap_sure.clear()
        st.cap_maybe.clear()
    keys = st.keys
    for w in words - st.cap_seen:
        lw = w.lower()
        if lw in keys or (not lw.isascii() and fold(lw) in keys):
            st.cap_sure.add(w)
        elif len(w) == 1 or lw in st.apostrophe_heads:
            st.cap_maybe.add(w)
        st.cap_seen.add(w)


def candidates(text: str, auth: Authority, caps: Caps | None = None) -> list[tuple[int, str]]:
    """Token starts where a dictionary, composed, population or office mention may begin, each
    with the capitalised word there when that word is the token ("" when the tokenizer must say)."""
    st = _starts(auth)
    caps = cap_words(text) if caps is None else caps
    low = lowered(text)
    # Case-sensitive over the lower-cased text: a case-insensitive alternation scans far slower.
    pos: dict[int, str]  # typed, so the compiled filter below compares machine integers
    if len(low) == len(text):
        pos = dict.fromkeys(map(_first, st.lower_starts.spans(low)), "")
    else:
        pos = dict.fromkeys([m.start() for m in st.lower_re_i.finditer(text)], "")
    sure, maybe = st.cap_sure, st.cap_maybe
    words = set(map(_second, caps))
    if not words <= st.cap_seen:
        _learn_caps(st, words)
    # Which capitalised words can begin a mention is a matter of the word alone for nearly all:
    # their positions are picked out without a Python step per word.
    # The word kept with its position spares scan a regex match per candidate to find its token.
    pos.update(compress(caps, map(sure.__contains__, map(_second, caps))))
    if not maybe.isdisjoint(words):
        keys, apostrophe_heads = st.keys, st.apostrophe_heads
        for p, w in compress(caps, map(maybe.__contains__, map(_second, caps))):
            if (len(w) == 1 and text[p + 1 : p + 2] == ".") or (
                # the capitalised word stops at an apostrophe inside a name ("Da’esh"), the tokenizer not
                w.lower() in apostrophe_heads and _apostrophe_name(text, p, keys)
            ):
                pos.setdefault(p, "")  # "U.S.": the capitalised word stops at the dot, the tokenizer not
    return [
        (p, w) for p, w in sorted(pos.items()) if p == 0 or text[p - 1].isspace() or is_token_start(text, p)
    ]


# A capitalised word is the token at its start unless an apostrophe ("Da’esh", "Cote d'Ivoire")
# or, after a single letter, a dot ("U.S.") follows it: then the tokenizer says where it ends.
_APOSTROPHES: Final = frozenset(("'", "’"))


def scan(text: str, auth: Authority, caps: Caps | None = None, scraped: bool | None = None) -> list[Mention]:
    """Dictionary, composed, population and office mentions, in one pass over the candidates.
    Each finder keeps its own list so the selection sees them in the same order as ever.
    `scraped`: whether the text as stored has lost its apostrophes ("Sudans oil"), where the text
    read has had them put back (lost_apostrophes); by default, read from `text`."""
    st = _starts(auth)
    if scraped is None:  # possessives without their apostrophes
        scraped = lost_apostrophes.scraped(text)
    dic: list[Mention] = []
    comp: list[Mention] = []
    pops: list[Mention] = []
    offs: list[Mention] = []
    dict_end = comp_end = 0
    keys = st.keys
    index, index2 = auth.index, auth.index2
    word_bits = st.word_bits
    for p, word in candidates(text, auth, caps):
        end = p + len(word)
        after = text[end : end + 1]
        if not word or after in _APOSTROPHES or (after == "." and len(word) == 1):
            first = TOKEN_RE.match(text, p)
            if first is None:
                continue
            end = first.end()  # read once: a method call each time
            word = text[p:end]
        known = word_bits.get(word)
        if known is None:
            known = _word_bits(word, keys, index)
            if len(word_bits) > _SINGLES_KEPT:
                word_bits.clear()
            word_bits[word] = known
        bits, low = known
        if p < dict_end:
            bits &= ~(DICT | PAIR)  # a dictionary match is not searched again inside itself
        if p < comp_end:
            bits &= ~COMP
        if not bits:
            continue  # most often a later word of the name just found ("States" of "United States")
        second = None
        if bits & PAIR:
            # Only longer aliases start here: most such words ("The", "I", "We") begin none here.
            second = NEXT_RE.match(text, end)
            if second is None or (low, fold(second.group(1))) not in index2:
                bits &= ~(DICT | PAIR)
        if bits & OFF and not word[:1].isupper() and low != "governments" and not organs.determined(text, p):
            bits &= ~OFF  # "security", "body", "court" as ordinary words: no determiner before them
        if bits & OFF and low in organs.second_words() and not _second_fits(text, end, low):
            bits &= ~OFF  # "foreign policy", "prime time": no "foreign minister" begins here
        if bits & POP and not populations.worth_a_look(text, p, end, low):
            bits &= ~POP  # "the children", "many workers": most sightings of the commonest nouns
        if not bits:
            continue
        win = Window(text, p, end, second)
        if bits & DICT:
            m = _dictionary_at(win, text, auth)
            if m is not None and m.type == "place" and _first_of_hyphened_name(text, m, auth):
                m = None
            if m is not None:
                dic.append(m)
                dict_end = m.end
        if bits & COMP and _second_of_compound(text, p):
            bits &= ~COMP  # "the Inter-American Court" is no court of the United States
        if bits & COMP:
            found = _composed_at(win, auth)
            if found:
                comp += found
                comp_end = found[0].end
        if bits & POP:
            pops += _populations_at(win, text, low, auth)
        if bits & DEM:
            d = _demonym_at(win, auth, scraped)
            if d is not None:
                pops.append(d)
        if bits & OFF:
            offs += organs.organ_at(win, text, low, auth, lambda toks, i: _state_name_at(text, toks, i, auth))
    return dic + comp + pops + offs


NEXT_WORD_RE: Final = re.compile(r"\s+([A-Za-z]{5})")


def _second_fits(text: str, end: int, low: str) -> bool:
    """Whether the word after an organ's first word can be its second ("foreign minister(s)")."""
    nxt = NEXT_WORD_RE.match(text, end)
    return nxt is not None and nxt.group(1).lower() in organs.second_words()[low]


def _by_third(auth: Authority, key: tuple[str, str]) -> tuple[dict[str, list[Alias]], list[Alias]]:
    """A two-token key's aliases split by their third token (two-token aliases apart), longest
    first as before: "United States" has 35 aliases, and only those whose third token matches
    need a closer look. Built per key on first use."""
    cache = _starts(auth).by_third
    found = cache.get(key)
    if found is None:
        third: dict[str, list[Alias]] = {}
        pairs: list[Alias] = []
        for alias in auth.index2[key]:  # already longest first
            if len(alias.tokens) > 2:
                third.setdefault(alias.keys[2], []).append(alias)
            else:
                pairs.append(alias)
        found = cache[key] = (third, pairs)
    return found


def _dictionary_at(win: Window, text: str, auth: Authority) -> Mention | None:
    """The longest authority alias starting at the window's first token."""
    toks = win.toks
    low = fold(toks[0].text)
    starts = _starts(auth)
    # Two in five words here begin no longer alias ("Australia", "Ukraine"): no second token is read
    if low in starts.pair_firsts and win.has(2) and (key := (low, fold(toks[1].text))) in auth.index2:
        third, pairs = _by_third(auth, key)
        longer = third.get(fold(toks[2].text), []) if third and win.has(3) else []
        matched = _longest(win, [*longer, *pairs], text) if longer else _pair_match(win, pairs, text, starts)
        if matched:
            n = len(matched[0].tokens)
            return _dictionary_mention(toks[0].start, toks[n - 1].end, matched, auth)
    # A one-token alias matches by the token's text alone: what it makes of each distinct token is
    # remembered (the same names recur in every document), the mention built anew at each place.
    singles = starts.singles
    word = toks[0].text
    if word in singles:
        made = singles[word]
    else:
        found = auth.index.get(low)
        single = [a for a in found if _match_alias(toks, 0, a, text)] if found is not None else []
        single.sort(key=lambda a: a.tokens[0] != word)  # "Mexico" the state before "México", a place
        made = _dictionary_mention(0, 0, single, auth) if single else None
        if len(singles) > _SINGLES_KEPT:
            singles.clear()
        singles[word] = made
    if made is None:
        return None
    return Mention(
        toks[0].start, toks[0].end, made.name, made.type, 3, "", "", made.aid, made.alts, made.weak
    )


def _pair_match(win: Window, pairs: list[Alias], text: str, starts: _Starts) -> list[Alias]:
    """_longest over aliases of two tokens, which the two tokens and the space between decide:
    remembered, as the same pairs of words recur across documents."""
    toks = win.toks
    pair = (toks[0].text, toks[1].text, "\n\n" in text[toks[0].end : toks[1].start])
    found = starts.pairs.get(pair)
    if found is None:
        found = _longest(win, pairs, text)
        if len(starts.pairs) > _SINGLES_KEPT:
            starts.pairs.clear()
        starts.pairs[pair] = found
    return found


def _longest(win: Window, tried: list[Alias], text: str) -> list[Alias]:
    """The first alias of `tried` (longest first) that matches at the window's start, and the
    later ones as long that match too ("Democrats" of two parties); [] when none does."""
    for k, alias in enumerate(tried):
        n = _match_window(win, alias, text)
        if n:
            same = (a for a in tried[k + 1 :] if len(a.tokens) == n and _match_window(win, a, text))
            found = [alias, *same]
            if len(found) > 1:  # the alias written as the text writes it first ("Mexico", not "México")
                found.sort(key=lambda a: any(w != t.text for w, t in zip(a.tokens, win.toks, strict=False)))
            return found
    return []


def _dictionary_mention(start: int, end: int, aliases: list[Alias], auth: Authority) -> Mention:
    """One mention for an alias several actors share ("Democrats"): the context picks one later."""
    first = aliases[0]
    aid = first.actor
    m = Mention(start, end, auth.names[aid], auth.types[aid], 3, "", "", aid, (), first.weak)
    if len(aliases) > 1:
        alts = tuple(dict.fromkeys(a.actor for a in aliases))
        m.alts = alts if len(alts) > 1 else ()
        m.weak = all(a.weak for a in aliases)
    return m


def _match_window(win: Window, alias: Alias, text: str) -> int:
    """_match_alias at the window's start, reading tokens only while they keep matching: the
    longest alias under a key can run to 16 tokens, and most attempts fail on the third."""
    toks = win.toks
    prev_end = -1
    for k, (want, want_key) in enumerate(zip(alias.tokens, alias.keys, strict=True)):
        if k >= len(toks) and not win.has(k + 1):
            return 0
        t = toks[k]
        if fold(t.text) != want_key or not token_ok(want, t.text):
            return 0
        if k and "\n\n" in text[prev_end : t.start]:
            return 0
        prev_end = t.end
    return len(alias.tokens)


def _state_at(toks: list[Token], i: int, auth: Authority) -> tuple[int, int] | None:
    """A capitalised country adjective or name at token i ("Syrian", "Russia"), as (actor, length)."""
    t = toks[i].text
    first = fold(t)
    longest = _starts(auth).adj_words.get(first)
    if not t[:1].isupper() or longest is None:
        return None
    if longest == 1:  # most adjectives are one word: the word's own key, capitalised as checked
        aid = auth.adjectives.get(first)
        return None if aid is None else (aid, 1)
    for n in range(min(3, longest), 0, -1):  # try no longer keys than the longest such adjective
        key = " ".join(fold(x.text) for x in toks[i : i + n])
        aid = auth.adjectives.get(key)
        if aid is not None and all(x.text[:1].isupper() for x in toks[i : i + n]):
            return aid, n
    return None


def _state_name_at(text: str, toks: list[Token], i: int, auth: Authority) -> tuple[int, int] | None:
    """A state's name at token i by any of its aliases ("the United States of America") or its
    adjective, as (actor, end offset)."""
    m = _dictionary_at(Window(text, toks[i].start), text, auth)
    if m is not None and auth.types[m.aid] == "state":
        return m.aid, m.end
    st = _state_at(toks, i, auth)
    return None if st is None else (st[0], toks[i + st[1] - 1].end)


def _role_at(toks: list[Token], i: int, auth: Authority) -> tuple[str, int] | None:
    if i >= len(toks) or toks[i].text.lower() not in _starts(auth).role_heads:
        return None
    for n in (3, 2, 1):
        key = tuple(x.text.lower() for x in toks[i : i + n])
        if len(key) == n and key in auth.roles:
            return auth.roles[key], n
    return None


_JOINERS: Final = frozenset({"’s", "'s", ",", "and"})  # what may come between a country word and its role


STANCE_PREFIXES: Final = frozenset({"pro", "anti", "non"})
# Legislators' titles in the plural, before the names they title (as `people.PLURAL_TITLES`).
PLURAL_TITLES: Final = frozenset({"Senators", "Representatives", "Congressmen", "Congresswomen"})
# Words that say which of a state's own organs a role is, between its country word and the role:
# "Russian occupying authorities", "Israeli occupation forces", "the Nigerian federal government".
# Not "opposition", "proxy", "regional" or "rebel": those name another side or a province; not
# "naval" or "border", which modify more than organs ("Israeli naval gunfire", "border security").
STATE_ORGAN_WORDS: Final = frozenset(
    "occupying occupation federal transitional transition interim central national".split()
)


HYPHENED_RE: Final = re.compile(r"-([A-Z][a-z]+)\b")


def _first_of_hyphened_name(text: str, m: Mention, auth: Authority) -> bool:
    """Whether a one-word place's name is the first half of a hyphened surname ("Russia's arrest
    of Kara-Murza": Kara, a town in Togo): a word no actor nor people is named by follows its
    hyphen, where "Asia-Pacific", "Israel-Hamas", "Bissau-Guinean" join two names we know."""
    after = HYPHENED_RE.match(text, m.end)
    if after is None or " " in text[m.start : m.end]:
        return False
    key = fold(after.group(1))
    return key not in auth.index and key not in auth.adjectives and key not in auth.common  # "Rome-Based"


def _second_of_compound(text: str, p: int) -> bool:
    """Whether the word at `p` ends a capitalised compound ("Inter-American", "Sino-Russian",
    "Afro-Colombian"), whose state it does not name; "pro-Russian separatists" are Russia's side."""
    if p < 2 or text[p - 1] != "-" or not text[p - 2].isalpha():
        return False
    q = p - 2
    while q > 0 and text[q - 1].isalpha():
        q -= 1
    return text[q].isupper() and text[q : p - 1].lower() not in STANCE_PREFIXES


COMMERCE_RE: Final = re.compile(r"[^\S\n]+of[^\S\n]+(?:Commerce|Industry|Trade)\b")
# "the Sudanese People's Liberation Movement", "the Kurdistan People's Party": a people's noun
# owning a capitalised word is the start of a body's name, not the people.
NAMED_BODY_RE: Final = re.compile(r"['’]s[^\S\n]+[A-Z]")
# "the Mongolian People's Republic", "the Hungarian People's Republic": the state itself.
PEOPLES_REPUBLIC_RE: Final = re.compile(r"['’]s[^\S\n]+Republic\b(?![^\S\n]+of\b)")


def _ends_longer_place(text: str, start: int, end: int, auth: Authority) -> bool:
    """Whether the words from `start` to `end` are the last of a longer place name the file knows:
    "Wales" of "New South Wales", "Territory" of "Northern Territory"."""
    before = text[max(0, start - 40) : start].split()
    for k in (1, 2):
        if len(before) >= k:
            aid = auth.by_name.get(" ".join([*before[-k:], text[start:end]]), -1)
            if aid >= 0 and auth.types[aid] == "place":
                return True
    return False


def _composed_at(win: Window, auth: Authority) -> list[Mention]:
    """Country + role noun, with coordination: "the Syrian and Russian governments" → two actors.
    Reads tokens only as far as the phrase goes: most country words are followed by no role."""
    toks = win.toks
    starts = _starts(auth)
    adj_words = starts.adj_words
    if adj_words.get(fold(toks[0].text)) == 1 and (
        not win.has(2)
        or (
            toks[1].text not in _JOINERS
            and toks[1].text.lower() not in starts.role_heads
            and toks[1].text not in STATE_ORGAN_WORDS
        )
    ):
        return []  # a one-word country name followed by no role, "and", "," or "'s": most of them
    if win.text[max(0, toks[0].start - 4) : toks[0].start].lower() == "non-":
        return []  # "the non-Australian contingent": everyone else's
    states: list[int] = []
    written: list[tuple[int, int]] = []  # where each state's words stand
    renamed: set[int] = set()  # which states the text names by another of their names ("Burma")
    j = 0
    after_state = 0  # where the last state's words end: after a name, a joiner no state follows is given back
    last_state = (0, 0)
    while win.has(j + 1):
        longest = adj_words.get(fold(toks[j].text))
        if longest is None:
            break
        win.has(j + min(state_names.MOST_WORDS, longest) + 1)
        # "Burma’s leaders" as "Myanmar’s leaders": another of the state's names owning the role
        st = state_names.owner_at(toks, j, auth)
        if st is not None:
            renamed.add(len(states))
        else:
            st = _state_at(toks, j, auth)
        if st is None:
            break
        states.append(st[0])
        written.append((j, st[1]))
        last_state = (j, st[1])
        j += st[1]
        after_state = j
        if win.has(j + 1) and toks[j].text in ("’s", "'s"):
            j += 1
        if len(states) - 1 in renamed:
            break  # "the Russian Federation’s and Government of Belarus’s abuses": the role is next or none
        if win.has(j + 2) and toks[j].text in (",", "and"):
            if toks[j].text == "," and toks[j + 1].text == "and":
                j += 1
            j += 1
            continue
        break
    if after_state and j > after_state and toks[after_state].text in (",", "and"):
        # "In Iraq, security forces …": the comma ends the place, no list of states; an adjective
        # before one still modifies the role ("Russian, regime, and Iranian-backed forces")
        at, n = last_state
        if " ".join(fold(x.text) for x in toks[at : at + n]) == fold(auth.names[states[-1]]):
            j = after_state
    if not states or not win.has(j + 1):
        return []
    heads = starts.role_heads
    role = None
    if toks[j].text.lower() in heads:
        win.has(j + 3)
        role = _role_at(toks, j, auth)
    described = role is None and toks[j].text in STATE_ORGAN_WORDS and win.has(j + 2)
    if described and toks[j + 1].text.lower() in heads:
        # "Israeli occupying forces", "the Nigerian federal government": an organ of the state's
        # own, not a "Syrian national identity" or "a Russian federal official"
        j += 1
        win.has(j + 3)
        role = _role_at(toks, j, auth)
        if role is not None and role[0] not in ("government", "armed_force"):
            return []
    if role is None:
        return []
    last = toks[after_state - 1]
    if headline_ends.across_headline(win.text, (last.start, last.end), (toks[j].start, toks[j].end)):
        return []  # "… PEACE AGREEMENT IN SUDAN\n  Senate Majority Leader Bill Frist": two lines
    if _ends_longer_place(win.text, toks[0].start, toks[written[0][1] - 1].end, auth):
        return []  # "the New South Wales Government": a province's (organs.py), not Wales's
    # (after the role: three in four runs of country words are followed by none)
    ends = (toks[at + n - 1].text for at, n in written)
    if any(_plural_people(w, aid, auth) for w, aid in zip(ends, states, strict=True)):
        return []  # "the rights of Cubans and people everywhere": two nouns, no "Cubans people"
    typ, n = role
    noun = " ".join(x.text for x in toks[j : j + n])
    if renamed and (
        tuple(noun.lower().split()) in organs.ORGANS or (noun.lower().split()[0],) in organs.ORGANS
    ):
        # an organ of a state's other name is read by organs (possessors), with its tests of an
        # adjective: "Burma’s military" is the army, "the PRC’s military presence" is none
        return []
    if noun.lower() == "officials" and not any(c.islower() for c in toks[0].text):
        return []  # "U.S. officials": the country's abbreviation as a modifier names the country
    if noun.istitle() and win.has(j + n + 1) and toks[j + n].text in TITLE_AFTER:
        return []  # "Canadian Deputy Foreign Minister Marta Morgan": a longer title's first word
    if noun.lower() in ADJECTIVE_ROLES and NOUN_AFTER_RE.match(win.text, toks[j + n - 1].end):
        return []  # "Russian sovereign debt", "Ukrainian sovereign territory": an adjective, no ruler
    if noun.lower() in leaderships.NOUNS and (
        any(auth.types[aid] != "state" for aid in states)
        or not (
            leaderships.possessed_body(win.text, toks[0].start, toks[j + n - 1].end)
            if toks[j - 1].text in ("’s", "'s")
            else leaderships.names_a_body(win.text, toks[0].start, toks[j + n - 1].end)
        )
    ):
        return []  # "American leadership", "Russia’s leadership in …": the quality, no body
    if noun.lower() in STATES_ONLY and any(auth.types[aid] != "state" for aid in states):
        return []  # "European leaders" lead the Union's states, not the Union
    if typ == "legislature" and len(states) == 1 and auth.types[states[0]] != "state":
        # "the European Parliament": the Union's own body, by the name it has
        name = " ".join(x.text for x in toks[: j + n])
        return [Mention(toks[0].start, toks[j + n - 1].end, name, typ, 4, country=states[0])]
    start, end = toks[0].start, toks[j + n - 1].end
    if noun.lower() == "chamber" and COMMERCE_RE.match(win.text, toks[j + n - 1].end):
        return []  # "the U.S. Chamber of Commerce": a business association, no chamber of Congress
    if typ == "population" and populations.PEOPLE_TRADE_RE.match(win.text, end):
        return []  # "the Malaysian people swap": a deal in people, no people of Malaysia
    if typ == "population" and noun[:1].isupper() and NAMED_BODY_RE.match(win.text, end):
        republic = PEOPLES_REPUBLIC_RE.match(win.text, end)
        if republic is None or len(states) != 1 or auth.types[states[0]] != "state":
            return []
        return [Mention(start, republic.end(), auth.names[states[0]], "state", 4, aid=states[0])]
    holder = organs.person_office(noun.lower())
    if (
        not holder
        and typ == "government"
        and len(states) > 1
        and noun.lower() not in EXECUTIVE
        and organs.person_office(noun.lower()[:-1])
    ):
        # "the Russian and Ukrainian Presidents": one office-holder of each state, as the
        # guidelines' coordinated span "the Syrian and Russian governments" is one of each
        holder, noun = True, noun[:-1]
    if holder and typ == "population":
        return []  # one of a group, no office: "an Ethiopian refugee told me", "Australia's refugee policy"
    if holder and win.has(j + n + 1) and toks[j + n].text[:1].isupper():
        return []  # "United States Senator Dick Durbin", "Myanmar coup leader Min Aung Hlaing": titled
    if noun in PLURAL_TITLES and win.has(j + n + 1) and toks[j + n].text[:1].isupper():
        # "U.S. Senators Dick Durbin and Chuck Hagel", "U.S. Representatives Donald Payne (D-NJ) and
        # …": a title of the names after it, not the chamber; "U.S." is the country as a modifier
        return []
    # "a Russian soldier", "an Israeli officer": one of a force's many, no office a state fills
    # with one person ("Soldier of Russia"); the force's member names the force
    office = holder and typ not in ("armed_force", "armed_group")
    out = []
    for aid in dict.fromkeys(states):
        state = organs.of_state(auth.names[aid])
        if office:  # "the Palestinian Ambassador": an office held by one person
            name, kind = f"{_title(noun)} of {state}", "person"
        elif (organ := organs.ORGANS.get(tuple(noun.lower().split()))) is not None and organ.kind != "parl":
            name, kind = organ.pattern.format(state), organ.type  # "Thai police" → Police of Thailand
        elif typ == "government" and noun.lower().split()[-1] not in EXECUTIVE and len(states) == 1:
            # "Nepal’s Supreme Court", "the Indonesian Foreign Ministry": a body of its own, which
            # statements name apart from the government ("Nepali embassies" as written)
            adj = toks[0].text if fold(toks[0].text) in auth.adjectives else auth.names[aid]
            if renamed:  # "America’s mayors": the "American mayors" the text may also name
                adj = state_adjective(auth, aid) or auth.names[aid]
            name = f"{adj} {noun.lower()}" if noun.lower().endswith("s") else f"{_title(noun)} of {state}"
            kind = typ
            # "the Ukrainian Ministry of Foreign Affairs": its whole name (not a page's place lines,
            # "Berlin, Germany\nMinistry of Foreign Affairs", where the venue is named apart)
            on_one_line = "\n" not in win.text[start:end]
            portfolio = -1
            if noun == "Ministry" and on_one_line:
                portfolio = ministry_portfolios.portfolio_end(win.text, end, auth.adjectives)
            if portfolio > 0:
                adjective = state_adjective(auth, aid) or adj
                end, name = portfolio, f"{adjective} {' '.join(win.text[toks[j].start : portfolio].split())}"
        elif typ == "legislature":
            name, kind = _legislature(noun.lower(), aid, state, auth), typ
        elif typ in ROLE_NAMES:
            name, kind = ROLE_NAMES[typ].format(state), typ
        else:
            # the adjective as written, all its words ("North Korean people"), for each state
            # ("the Russian and Belarusian people": "Russian people", not "Russia people")
            at, n = written[states.index(aid)]
            adj = " ".join(x.text for x in toks[at : at + n])
            if states.index(aid) in renamed:
                # "America’s children" are the "American children" the text may also name
                adj = state_adjective(auth, aid) or auth.names[aid]
            elif len(states) > 1 and fold(adj) not in auth.adjectives:
                adj = auth.names[aid]
            name, kind = f"{adj} {noun.lower()}", typ
        # leaders are named as those who meet and are urged; "the authorities" after "Australian
        # leaders should raise…" are still the state the statement is about (organs.resolve)
        leaders = "leaders" if noun.lower() == "leaders" else ""
        # "the Burmese military junta … the junta": the junta named with its state is the one the
        # bare word means later (organs._junta_of)
        tag = "junta" if noun.lower().endswith("junta") and kind == "government" else leaders
        out.append(Mention(start, end, name, kind, 4, organ=tag, country=aid))
    return out


def _plural_people(word: str, aid: int, auth: Authority) -> bool:
    """Whether a state's word is its people's plural noun ("Cubans", "Afghans"), no adjective
    before a role, and not the state's own name ("the Philippines")."""
    return word.endswith("s") and fold(word[:-1]) in auth.adjectives and fold(word) != fold(auth.names[aid])


# Words that go on an office's title after a role noun written with a capital ("Deputy Foreign
# Minister", "Deputy Minister of Defense", "Director General for Political Affairs").
TITLE_AFTER = frozenset(
    """Foreign Prime Minister Secretary General Director Defense Defence Chief Assistant
    Permanent Special""".split()
)


# Role nouns that are more often adjectives: before a word, they describe it.
ADJECTIVE_ROLES = frozenset({"sovereign", "semi-official"})
NOUN_AFTER_RE = re.compile(r"[^\S\n]+[a-z]")


def _legislature(noun: str, aid: int, state: str, auth: Authority) -> str:
    """A state's chamber or legislature by the name the text's other mentions of it take: "the
    U.S. Senate" and "U.S. Senators" are the "Senate of the United States" that "the Senate"
    is (organs, chambers.py); "the US Congress", "US lawmakers" the legislature the dictionary
    names ("United States Congress"), else "Parliament of X"."""
    if noun.startswith("senat"):
        return f"Senate of {state}"
    if noun == "house of representatives":
        return f"House of Representatives of {state}"
    congress = f"{auth.names[aid]} Congress"
    return congress if auth.by_name.get(congress, -1) >= 0 else ROLE_NAMES["legislature"].format(state)


def _title(noun: str) -> str:
    """A role noun as the first part of a name: "Secretary of State", "Supreme Court"."""
    return " ".join(w if w.lower() in PARTICLES else w[:1].upper() + w[1:].lower() for w in noun.split())


def _populations_at(win: Window, text: str, low: str, auth: Authority) -> list[Mention]:
    toks = win.toks
    out: list[Mention] = []
    if low in _starts(auth).pop_heads:
        found = populations.population_at(win, text, low, auth)
        if found is not None:
            out.append(found)
    if low == "people" and win.has(4) and toks[1].text == "of" and toks[2].text.lower() == "the":
        state = _state_of_people(win, text, auth)  # "the people of the Bahamas", "… of the Sudan"
        if state is not None:
            out.append(state)
    elif low == "people" and win.has(3) and toks[1].text == "of" and toks[2].text[:1].isupper():
        prev = tokens_before(text, toks[0].start, 1)
        start = prev[0].start if prev and prev[0].text.lower() == "the" else toks[0].start
        state = _state_of_people(win, text, auth)  # "the people of South \nSudan": the whole name
        if state is not None:
            out.append(state)
            return out
        # "the people of Syria" are the Syrian people, as the text also calls them
        adj = state_adjective(auth, auth.adjectives.get(fold(toks[2].text), -1))
        name = f"{adj} people" if adj and fold(toks[2].text) != fold(adj) else f"People of {toks[2].text}"
        out.append(Mention(start, toks[2].end, name, "population", 5))
    return out


def _state_of_people(win: Window, text: str, auth: Authority) -> Mention | None:
    """ "the people of X" where X is a state's name of more than one word, or written with its
    article: named as "the people of Syria" are ("the Syrian people")."""
    toks = win.toks
    j = 3 if toks[2].text.lower() == "the" else 2
    found = _dictionary_at(Window(text, toks[j].start), text, auth) if toks[j].text[:1].isupper() else None
    if found is None or auth.types[found.aid] != "state" or (j == 2 and found.end <= toks[2].end):
        return None  # "the people of Syria": one word, read as it always was
    prev = tokens_before(text, toks[0].start, 1)
    start = prev[0].start if prev and prev[0].text.lower() == "the" else toks[0].start
    written = text[toks[j].start : found.end]
    adj = _written_adjective(auth, found.aid, written) or state_adjective(auth, found.aid)
    state = auth.names[found.aid]
    name = f"{adj} people" if adj and fold(state) != fold(adj) else f"People of {organs.of_state(state)}"
    return Mention(start, found.end, name, "population", 5)


def _written_adjective(auth: Authority, state: int, written: str) -> str:
    """The state's adjective of several words that begins with the name the text wrote ("the people
    of East Timor" are the "East Timorese", "of South Sudan" the "South Sudanese"), or "": the
    usual one-word adjective ("Timorese") would name them apart from the text's own "East Timorese"."""
    key = " ".join(fold(written).split())
    for word, aid in auth.adjectives.items():
        if aid == state and " " in word and word.startswith(key) and word != key:
            return word.title()
    return ""


_ADJECTIVES: Final[dict[int, dict[int, str]]] = {}  # id(authority) → state → its first adjective


def state_adjective(auth: Authority, state: int) -> str:
    """A state's nationality adjective as names use it ("Syrian"), or "" for no state."""
    if state < 0 or auth.types[state] != "state":
        return ""
    table = _ADJECTIVES.get(id(auth))
    if table is None:
        table = {}
        for word, aid in auth.adjectives.items():  # in the authority's order: the first is the usual
            if word != fold(auth.names[aid]) and word.isalpha():
                table.setdefault(aid, word.title())
        _ADJECTIVES.clear()
        _ADJECTIVES[id(auth)] = table
    return table.get(state, "")


# The peoples of continents and regions, a population as a nation's are ("Africans themselves
# must ensure…", "Both Arabs and Israelis"): no state's adjective, so not in the authority's list
REGIONAL_DEMONYMS: Final = frozenset(
    {"african", "asian", "arab", "latin american", "south american", "central american", "north american"}
    | {"west african", "east african", "central asian", "south asian", "southeast asian"}
)
# Words that may make a two-word demonym with the plural after them ("South Africans", "Latin
# Americans", "North Koreans"): the plural alone would be another people's ("Americans")
DEMONYM_PREFIXES: Final = frozenset("latin south north central west east southeast sri new".split())


def _demonym_at(win: Window, auth: Authority, scraped: bool) -> Mention | None:
    """A capitalised plural of a nationality ("Australians") or a region's people ("Africans",
    "Latin Americans"); rank 1, so a country's own name that looks like one ("Philippines") stays
    the country."""
    t = win.toks[0]
    if not (t.text[:1].isupper() and (t.text[1:].islower() or t.text.isupper())):
        return None
    stem = fold(t.text)[:-1]
    two = _two_word_demonym(win.text, t, stem, auth)
    if two is not None:
        return two
    country = auth.adjectives.get(stem, -1)
    # "Frances Douch": a given name, unless the text names the state alone too ("Sudans President …")
    named = win.has(2) and win.toks[1].text[:1].isupper()
    if (
        scraped
        and country >= 0
        and fold(auth.names[country]) == stem
        and auth.types[country] == "state"
        and (not named or lost_apostrophes.names_alone(win.text, auth.names[country]))
    ):
        # "Sudans oil", "Cubas people" in a text scraped without apostrophes: the state's possessive
        return Mention(t.start, t.end, auth.names[country], "state", 1, aid=country, country=country)
    return Mention(t.start, t.end, t.text.title(), "population", 1, country=country)


def _two_word_demonym(text: str, t: Token, stem: str, auth: Authority) -> Mention | None:
    """ "South Africans", "Latin Americans", "North Koreans": a compass word or "Latin" before the
    plural, on its line, making a state's or a region's adjective with it."""
    before = tokens_before(text, t.start, 1)
    if not before or before[0].text.lower() not in DEMONYM_PREFIXES or not before[0].text[:1].isupper():
        return None
    prev = before[0]
    if "\n" in text[prev.end : t.start]:
        return None
    adjective = f"{prev.text.lower()} {stem}"
    country = auth.adjectives.get(adjective, -1)
    if country < 0 and adjective not in REGIONAL_DEMONYMS:
        return None
    name = f"{prev.text.title()} {t.text.title()}"
    return Mention(prev.start, t.end, name, "population", 1, country=country)
