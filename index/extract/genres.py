"""What a document's metadata says about who issued it, by the conventions of each genre.

A statement's issuer is often plainer in its metadata than in its text: a UN General Debate
speech is filed as ``ISO3_SESSION_YEAR.txt`` (the speaking state), a U.S. Senate release as
``DDMonYYYYSurnameNN.txt`` (the senator whose office issued it), an Australian parliamentary
release as ``YYYY-MM-DD-contributor-ID.txt`` (the member or party), and a web page names its
publisher by its address (state.gov is the U.S. Department of State, whose spokesperson's office
is part of it). These are hints: the issuer module checks the person or party against the text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..ingest.record import un_debates
from ..locations import resource_path
from .authority import authority
from .keywords import has_any
from .us_presidents import day_of

SENATE_RE = re.compile(
    r"\d{1,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\d{4}(?P<surname>[A-Za-z'-]+?)\d+\.txt"
)
CONTRIBUTOR_RE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>[a-z][a-z0-9-]*?)-\d{5,}\.txt")

# Publishers known by their web address; written as the page would name them, then looked up in
# the authority file so that the issuer and the actor panel agree on one name.
PUBLISHERS = {
    "state.gov": "U.S. Department of State",
    "whitehouse.gov": "The White House",
    "hrw.org": "Human Rights Watch",
    "amnesty.org": "Amnesty International",
    "un.org": "United Nations",
    "ohchr.org": "Office of the UN High Commissioner for Human Rights",
    "unhcr.org": "UN High Commissioner for Refugees",
    "refugeesinternational.org": "Refugees International",
    "senate.gov": "United States Senate",
    "aph.gov.au": "Parliament of Australia",
}


# What a publisher's web pages print around every statement, kept when a page is saved as text:
# a statement that never names its publisher (a quarter of Human Rights Watch's news pages do not)
# is still known by it, and one that reports on others at length is still its own (issuer.py);
# marks that any site could print ("Share this", "Read more") do not belong here.
PAGE_MARKS = {
    "Click to expand Image": "Human Rights Watch",  # the caption control of hrw.org's photos
    "Get updates on human rights issues from around the globe. Join our movement today.": (
        "Human Rights Watch"  # hrw.org's newsletter box
    ),
    # the links to the German and French editions heading each of HRW's Daily Briefs, a column
    # written as "I" and "we" that never names its publisher ("Lea la versión en español" alone
    # any site could print)
    "Hier die deutsche Ausgabe lesen": "Human Rights Watch",
    "Hier auf Deutsch lesen": "Human Rights Watch",
    "Lire la version en français / Lea la versión en español": "Human Rights Watch",
}


def page_publisher(text: str) -> str | None:
    """The publisher whose page furniture the text carries, or None."""
    # Asked twice a document (the issuer, references to a group): the marks are read from the
    # document's one keyword pass, not searched for again in the whole text, for most in vain
    if not has_any(text, PAGE_MARKS):
        return None
    for mark, publisher in PAGE_MARKS.items():
        if mark in text:
            return canonical(publisher)
    return None


@dataclass(frozen=True)
class Hints:
    """What the metadata says. `publisher` and `state` are names as the authority file has them;
    `surname` (a senator) and `contributor` (words of a release's contributor) still need the text."""

    genre: str = ""  # "un-speech", "senate", "release", "web" or "" when nothing is known
    publisher: str | None = None
    state: str | None = None
    surname: str | None = None
    contributor: tuple[str, ...] = ()
    date: str = ""  # a release's day as its file name writes it ("2007-07-05")
    day: str = ""  # a Senate release's or a web page's day by its file name, ISO ("2006-03-01")


def hints(source_name: str | None, source_url: str | None = None, publisher: str | None = None) -> Hints:
    """The genre and issuer hints of a document from its file name, address and publisher."""
    name = (source_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    by_address = _publisher_of(source_url)
    if by_address or publisher:
        return Hints("web", publisher=canonical(by_address or publisher or ""), day=day_of(name))
    speech = un_debates.speech_of(name)
    if speech:
        return Hints("un-speech", state=_state_codes().get(speech.code) or canonical(speech.state))
    m = SENATE_RE.fullmatch(name)
    if m:
        return Hints("senate", surname=m.group("surname"), day=day_of(name))
    m = CONTRIBUTOR_RE.fullmatch(name)
    if m:
        contributor = tuple(w for w in m.group("slug").split("-") if w)
        return Hints("release", contributor=contributor, date=m.group("date"))
    return Hints()


def _publisher_of(url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "") if url else ""
    while host:
        if host in PUBLISHERS:
            return PUBLISHERS[host]
        host = host.partition(".")[2]
    return None


# Remembered: the names asked about are few and asked often (a Human Rights Watch page's publisher
# twice a document), and each answer is an actor scan of the name, which also took the place of
# the document's own in the caches of its lower-cased text and word starts (tokens.lowered), so
# that demand finding ran the document's word-start pass a second time.
@functools.lru_cache(maxsize=4096)
def canonical(name: str) -> str:
    """The authority file's name for `name` when the whole of it is one known alias."""
    from .actors import scan  # actors imports nothing from here; kept local for clarity

    name = " ".join(name.split())
    # the whole name, or all of it after an article ("The White House" → "White House")
    found = [
        m for m in scan(name, authority()) if m.end == len(name) and name[: m.start].lower() in ("", "the ")
    ]
    return found[0].name if found else name


def country_code(name: str) -> str:
    """The state a state or a state's organ belongs to, as the authority file codes it
    ("Department of State" USAGOV → "USA"); "" for anything else."""
    return _country_codes().get(name, "")


@functools.cache
def _state_codes() -> dict[str, str]:
    auth = authority()
    codes: dict[str, str] = {}
    for name, typ, code in _coded_rows():
        if typ == "state" and len(code) == 3 and name in auth.by_name:
            codes.setdefault(code, name)
    return codes


@functools.cache
def _country_codes() -> dict[str, str]:
    states = set(_state_codes())
    found: dict[str, str] = {}
    for name, typ, code in _coded_rows():
        if typ in ("state", "government", "legislature", "armed_force", "person") and code[:3] in states:
            found.setdefault(name, code[:3])
    return found


@functools.cache
def _coded_rows() -> list[tuple[str, str, str]]:
    """(name, type, code) of the authority file's rows whose code begins with a state's."""
    text = resource_path("authority", "actors.tsv").read_text(encoding="utf-8")
    return CODED_ROW_RE.findall(text)


CODED_ROW_RE = re.compile(r"^([^\t\n#][^\t\n]*)\t([a-z_]+)\t([A-Z]{3}[A-Z]*)\t", re.M)
