"""News media no dictionary lists, known by the noun beside the name: "the newspaper Kommersant",
"the pro-government daily Sabah", "the Tasnim news agency", "Al-Masry Al-Youm newspaper".

Reports cite the national press of the country they cover, an open class as villages are: the
phrase says what the name is, whatever else the name could be (a place, a word). A name the
phrase made a medium's is one wherever else the text writes it ("Shargh reported…"), as the
annotators mark every mention. Names the authority knows are left to the dictionary.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .people import NOT_NAMES
from .place_phrases import known_alias
from .tokens import fold, occurrences

# Nouns for a medium that its name follows ("the daily Haaretz", "the broadcaster Dozhd") …
BEFORE_NAME = ("newspaper", "daily", "weekly", "broadcaster", "tabloid", "outlet", "news agency", "magazine")
# "state TV channel ONT", "the private TV channel Carthage+": a channel's name after "TV channel"
CHANNEL = "TV channel"
# A paper's name before "daily" where the paper is what the sentence goes on about ("According to
# Shargh daily, …", "Kayhan daily reported"), not a time ("they endure daily", "daily practice").
DAILY_AFTER_RE = re.compile(
    r"[^\S\n]*(?:[,;:)]|(?:reported|said|says|wrote|writes|published|quoted|cited)\b)"
)
# … and those that follow its name ("the Tasnim news agency", "the Shargh media outlet").
AFTER_NAME = frozenset({"newspaper", "news agency", "outlet", "news website", "magazine"})
WORD = r"(?:(?:al|el)-)?[A-Z][\w'’]*(?:-(?:(?:al|el)-)?[A-Z][\w'’]*)*"
# One to four words, the name ending where no capital follows: a longer run is a title's.
# No comma between: "the broadcaster, Alan Jones", "his newspaper, Madeleine said" name people.
# A scraped page's wide gap after the noun is a lost full stop: "… endure daily      The Maoists".
NAME_AFTER_RE = re.compile(rf"[^\S\n]{{1,2}}({WORD}(?:[^\S\n]+{WORD}){{0,3}})(?![^\S\n]*[A-Z\d]|[\w-])")
# "daily" and "weekly" are nouns after a determiner or a describing word ("the daily Sabah", "the
# pro-government daily Sabah", "Turkish daily Hürriyet"), adverbs elsewhere ("they endure daily").
PERIODICAL_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her)|[A-Za-z]+-[a-z]+|[A-Z][\w'’-]*|\b[a-z]+(?:al|ing|ent|ist|ian|ese|ish))"
    r"[^\S\n]+\Z"
)
NAME_BEFORE_RE = re.compile(rf"(?<![\w-])({WORD}(?:[^\S\n]+{WORD}){{0,3}})[^\S\n]+(?:media[^\S\n]+)?$")
# Languages and regions name a paper's readers, not the paper: "the Arabic daily", "an Urdu
# newspaper", "Western newspaper cartoons".
LANGUAGES = frozenset(
    """Arabic Hindi Urdu Persian Farsi English Kurdish Hebrew Tamil Sinhala Pashto Dari Malay Swahili
    Amharic Mandarin Cantonese Spanish Portuguese German Italian Japanese Korean Turkish Bengali
    Punjabi Burmese Khmer Thai Lao Vietnamese Indonesian Tigrinya Somali Hausa Ukrainian Russian
    French Chinese Uzbek Tajik Kazakh Kyrgyz Azeri Georgian Armenian Belarusian Sunday Saturday
    Western Eastern Northern Southern Local Regional Foreign Official""".split()
)


def _ok(auth: Authority, name: str) -> bool:
    """Whether the words can be a medium's name: no people's or language's adjective, no ordinary
    word alone, no name the dictionary knows (it types it)."""
    words = name.split()
    for w in words:
        if w in NOT_NAMES or w in LANGUAGES or w.endswith("-language") or fold(w) in auth.adjectives:
            return False
    if (len(words) == 1 and fold(name) in auth.common) or fold(name) in auth.adjectives:
        return False
    return not known_alias(auth, name)


def _named(text: str, auth: Authority) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for at, noun in occurrences(text, (*BEFORE_NAME, CHANNEL)):
        end = at + len(noun)
        if (at and text[at - 1].isalnum()) or text[end : end + 1].isalnum():
            continue  # inside a word ("dailyhunt")
        if noun in ("daily", "weekly") and not PERIODICAL_BEFORE_RE.search(text, max(0, at - 40), at):
            continue
        after = NAME_AFTER_RE.match(text, end)
        if after is not None and (noun in BEFORE_NAME or noun == CHANNEL):
            found.append((after.start(1), after.end(1), after.group(1)))
        if noun in AFTER_NAME or noun == "outlet" or noun == "daily" and DAILY_AFTER_RE.match(text, end):
            before = NAME_BEFORE_RE.search(text, max(0, at - 60), at)
            if before is not None and (noun != "outlet" or text[before.end(1) : at].strip() == "media"):
                found.append((before.start(1), before.end(1), before.group(1)))
    named = [(s, e, " ".join(n.split())) for s, e, n in map(_trimmed, found) if _ok(auth, n)]
    return named + [f for f in found if _title_with_the(text, f, auth)]


def _title_with_the(text: str, found: tuple[int, int, str], auth: Authority) -> bool:
    """A paper whose title begins with a capital "The" inside a sentence, before the noun: "The
    Age newspaper", "The Australian newspaper" (an ordinary word or an adjective after "the"
    would be no name; the capital says it is a title's)."""
    start, _, name = found
    words = name.split()
    if len(words) != 2 or words[0] != "The" or words[1] in NOT_NAMES or words[1] in LANGUAGES:
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"“‘'" and not known_alias(auth, words[1])


def _trimmed(found: tuple[int, int, str]) -> tuple[int, int, str]:
    """Without the words that begin the sentence or the phrase ("The Tasnim news agency") and a
    possessive's ending ("TV channel B92’s freedom")."""
    start, end, name = found
    while " " in name and name.split(None, 1)[0] in NOT_NAMES:
        rest = name.split(None, 1)[1]
        start, name = start + len(name) - len(rest), rest
    if name.endswith(("’s", "'s")) and len(name) > 3:
        name, end = name[:-2], end - 2
    return start, end, name


def media_names(text: str, auth: Authority) -> list[Mention]:
    """Each medium the noun beside it names, at every place the text writes its name."""
    spans = {(s, e): name for s, e, name in _named(text, auth)}
    for name in dict.fromkeys(spans.values()):  # in the text's order, not the hash seed's
        i = text.find(name)
        while i != -1:
            j = i + len(name)
            if not (i and text[i - 1].isalnum()) and not text[j : j + 1].isalnum():
                spans[(i, j)] = name
            i = text.find(name, j)
    return [Mention(s, e, name, "media", 2) for (s, e), name in spans.items()]
