"""Page furniture: the lines above a statement's headline that are not its headline.

Letterheads ("CHRIS BOWEN MP", "THE HON DR SHARMAN STONE MP Federal Member for Murray",
"MINISTER FOR IMMIGRATION AND CITIZENSHIP"), release labels ("MEDIA RELEASE", "E&OE
TRANSCRIPT"), classification markings ("UNCLASSIFIED"), addresses, telephone numbers, URLs,
navigation ("Home | Contact", "Latest News"), date lines, reference numbers ("No. Date", "PR.
36", "IEA 43/76"), page numbers and OCR debris. Each test is on one line whose spaces are
collapsed; each was drawn from real releases (Australian parliamentary and NGO releases back to
1959, U.S. Senate pages, Human Rights Watch) and none uses a word that a headline needs.
"""

from __future__ import annotations

import re

from .text_dates import ANY_DATE, MONTH_YEAR, WEEKDAY

_LABEL_WORDS = frozenset(
    """media press news release releases statement statements transcript transcripts speech speeches
    interview doorstop joint immediate for the e&oe eo&e e&eo check against delivery embargoed embargo
    until only unclassified protected official use in-confidence confidential restricted latest
    topics home room centre center print email share page contents menu search back to return
    list of subjects subject s topic and proof minister's office advisory alert briefing whats what's
    new site map login member sitemap about contact us
    """.split()
)
_LABEL_START = re.compile(
    r"^(?:joint\s+)?(?:media|press|news)\s+(?:release|statement|advisory)s?\b|^for\s+immediate\s+release\b|"
    r"^(?:e&oe|eo&e|e&eo)\b|^transcript\b(?!\s+of\b)|^embargo|^check\s+against\s+delivery|"
    r"^released\s+(?:only|in|by|on)\b|^for\s+(?:the\s+)?(?:press|media)\b|^transcription\b|"
    r"^(?:subjects?|topics?|re|related)\s*(?:\(s\)|/s)?\s*:|(?:press|media|news)\s+releases$|"
    r"\bautomatically\s+redirected\b",
    re.IGNORECASE,
)
# Honorifics and offices that open a letterhead line ("The Hon Julia Gillard, MP", "Senator the
# Hon …", "Shadow Minister for Immigration and Citizenship, Scott Morrison").
_PERSON_START = re.compile(
    r"^(?:the\s+)?(?:hon(?:ourable)?\.?|senator|sen\.|u\.?\s?s\.?\s+senator|united\s+states\s+senator|"
    r"mr\.?|mrs\.?|ms\.?|dr\.?|office\s+of|from\s+the\s+(?:minister|office|prime\s+minister|hon))\s",
    re.IGNORECASE,
)
_OFFICE_START = re.compile(
    r"^(?:(?:the|acting|shadow|assistant|deputy|junior|federal|labor|liberal)\s+)*"
    r"(?:minister|parliamentary\s+secretary|secretary|spokesperson|member|senator|leader\s+of\s+the)\s+"
    r"(?:for|of|on|opposition)\b|^(?:deputy\s+)?prime\s+minister$|"
    r"^(?:the\s+)?(?:treasurer|attorney[- ]general)$",
    re.IGNORECASE,
)
_NAME_AND_OFFICE = re.compile(
    r"\bthe\s+hon\b|\b(?:senator|minister|member|secretary|spokesperson)\s+(?:for|of)\b|"
    r"\b(?:news|media|press)\s+(?:rel\w*|room|office)|\bspokes(?:person|man|woman)\b|\bleader\s+of\s+the\b",
    re.IGNORECASE,
)
_THE_HON = re.compile(r"\bthe\s+hon\b", re.IGNORECASE)
# A headline naming a member: "TRANSCRIPT OF THE HON. TONY ABBOTT MHR, INTERVIEW WITH …".
_ANNOUNCES_SOMEONE = re.compile(
    r"^(?:transcript|statement|speech|address|interview|remarks|joint|doorstop|opening)\b", re.IGNORECASE
)
_MEMBER_TOKEN = re.compile(r"(?<![\w.])(?:MP|M\.\s?P\.|MHR|M\.H\.R\.|MLA|MLC|QC|AO|AC)(?![\w])")
_CONTACT = re.compile(
    r"https?://|www\.|\S@\S|\.(?:gov|org|com|net|edu)(?:\.[a-z]{2})?\b|\b(?:ph|phone|tel|fax|mob|mobile|"
    r"contact|telephone|e-?mail)\b\.?\s*[:(\d]|\bp\.?\s?o\.?\s+box\b|\blocked\s+bag\b|\bsuite\s+\d|"
    r"\blevel\s+\d|\b(?:nsw|vic|qld|act|sa|wa|nt|tas|a\.c\.t\.|n\.s\.w\.)\.?\s+\d{4}\b|"
    r"\bparliament\s+house\b.*\b\d{4}\b|\bcopyright\b|\bprivacy\b|\bdisclaimer\b",
    re.IGNORECASE,
)
_PAGE = re.compile(r"^(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?$|^-\s*\d+\s*-$", re.IGNORECASE)
_DATE_BITS = re.compile(
    rf"{ANY_DATE}|{MONTH_YEAR}|\b{WEEKDAY}(?!\w)|\b\d{{1,2}}[./ ]\d{{1,2}}[./ ]\d{{2,4}}\b|"
    r"\b\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\.?)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][^\W\d_'’.&-]*")
_NAV_SEPARATORS = re.compile(r"\s[|•·]\s.*\s[|•·]\s")
_ORG_WORDS = frozenset(
    """parliament parliamentary library commonwealth australia department ministry office council
    committee commission senate house representatives government embassy consulate united nations
    """.split()
)


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_junk(line: str) -> bool:
    """Mostly not words: OCR debris ("M7 '? A 'ÃÂ"), rules of dots, page numbers, codes
    ("PR. 36", "IEA 43/76", "No. Date", "DVA 105 Monday 9 July 2001")."""
    words = [w for w in _words(_DATE_BITS.sub(" ", line)) if len(w.strip(".'’-")) >= 2]
    if len(words) < 2:
        return True
    letters = sum(ch.isalpha() for ch in line)
    visible = sum(not ch.isspace() for ch in line)
    return letters < 0.6 * visible or (len(words) == 2 and " ".join(words).lower() in {"no. date", "no date"})


def is_label(line: str) -> bool:
    """A release label or marking: "MEDIA RELEASE", "E&OE TRANSCRIPT", "UNCLASSIFIED",
    "Press Room News Releases", "Subjects: …", "FOR MEDIA 16 JUNE 1989"."""
    if _LABEL_START.search(line):
        return True
    words = [w.lower().strip(".:,'’") for w in _words(_DATE_BITS.sub(" ", line))]
    return bool(words) and all(w in _LABEL_WORDS for w in words)


def is_letterhead(line: str) -> bool:
    """A person's or an office's name: "CHRIS BOWEN MP", "Senator the Hon Ursula Stephens",
    "MINISTER FOR IMMIGRATION AND CITIZENSHIP", "PARLIAMENT OF AUSTRALIA"."""
    words = _words(line)
    if _OFFICE_START.search(line):
        return True
    if _PERSON_START.search(line) and (len(words) <= 5 or _NAME_AND_OFFICE.search(line)):
        return True  # but "SEN. MCCONNELL ISSUES STATEMENT ON BURMA" is a headline
    member = _MEMBER_TOKEN.search(line)
    if member and not _ANNOUNCES_SOMEONE.search(line):
        if len(_words(line[: member.start()])) <= 4 or len(words) <= 8 or _THE_HON.search(line):
            return True  # "Gary Hardgrave MP Minister for …", "ATTORNEY-GENERAL THE HON PHILIP RUDDOCK MP"
    lowered = {w.lower().strip(".,'’") for w in words}
    return len(words) <= 4 and bool(lowered & _ORG_WORDS) and not any(w.islower() for w in words[1:])


def is_furniture(line: str) -> bool:
    """Whether a line (spaces collapsed) is page furniture rather than a headline."""
    return (
        _PAGE.match(line) is not None
        or _CONTACT.search(line) is not None
        or _NAV_SEPARATORS.search(line) is not None
        or is_label(line)
        or is_letterhead(line)
        or is_junk(line)
    )
