"""UN offices written in lower case, as news style writes them: "the UN secretary-general", "the
United Nations high commissioner for refugees", "the UN special envoy for Yemen".

Each office is held by one person, and the annotation guidelines mark it as that person, as they
mark "the UN Secretary-General" (a person in the authority file) and a special rapporteur
(rapporteurs.py). Written in lower case the office was no name: "UN" alone stood as a mention of
the United Nations, so a call on the secretary-general was filed as a call on the whole UN and
"the United Nations high commissioner for refugees" in a Senate floor statement was the UN. The
office's capitalised forms are left to the authority file, which types "UN High Commissioner for
Refugees" as the agency (the UNHCR) it also names.
"""

from __future__ import annotations

import re

from . import line_search
from .mention import Mention
from .rapporteurs import SP

# A special envoy's brief names a place or a people: "for Yemen", "to Sudan", "for the Horn of
# Africa" (its capitalised words and the small ones between them).
BRIEF = rf"(?:the{SP})?[A-Z][\w-]*(?:{SP}(?:of{SP}(?:the{SP})?)?[A-Z][\w-]*)*"
UN_OFFICE_RE = re.compile(
    rf"(?:\b[Tt]he{SP})?(?:(?:former|current|then|new|next){SP})?"
    rf"\b(?:UN|U\.N\.|United{SP}Nations){SP}"
    rf"(?:(?P<deputy>deputy{SP})?(?P<sg>secretary[- ]general)"
    rf"|high{SP}commissioner{SP}for{SP}(?P<hc>human{SP}rights|refugees)"
    rf"|(?P<envoy>special{SP}envoy)(?:{SP}(?:for|to|on){SP}(?P<brief>{BRIEF}))?)"
    r"(?![\w-])"
)
WORDS = ("secretary", "commissioner", "envoy")  # one of them is in every match, in lower case


def un_offices(text: str) -> list[Mention]:
    """Each UN office written in lower case, as one person named by the office."""
    if "secretary" not in text and "commissioner" not in text and "envoy" not in text:
        return []  # most statements name none so
    found = line_search.finditer(UN_OFFICE_RE, text, WORDS)
    return [Mention(m.start(), m.end(), _name(m), "person", 2) for m in found]


def _name(m: re.Match[str]) -> str:
    """The office's name as the UN writes it: "UN Secretary-General", "UN High Commissioner for
    Refugees", "UN Special Envoy for Yemen"."""
    if m.group("sg"):
        return "UN Deputy Secretary-General" if m.group("deputy") else "UN Secretary-General"
    if m.group("hc"):
        return "UN High Commissioner for " + " ".join(m.group("hc").split()).title()
    brief = m.group("brief")
    return "UN Special Envoy for " + " ".join(brief.split()) if brief else "UN Special Envoy"
