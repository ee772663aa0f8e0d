"""Calls to action, sentence by sentence: "X calls on Y to Z", "we urge Y to Z", "Y must/should Z",
"we call for Z", passives ("access must be given"), and imperatives to the reader.

Each demand spans its clause (so two demands in one sentence stay apart); `by` is the named
demanding actor or, for "we" and unattributed demands, the issuer.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from index.extract.authority import authority
from index.extract.tokens import sentences
from index.models import Actor, Demand

# Verbs of the CAMEO APPEAL/DEMAND families that take "someone to do something"; the rest of
# the CAMEO list ("wonder", "grill", "interview") are questions, not calls.
CALL_VERBS = (
    "urge",
    "implore",
    "beg",
    "beseech",
    "entreat",
    "exhort",
    "adjure",
    "ask",
    "request",
    "press",
    "petition",
    "encourage",
    "want",
    "require",
    "plead with",
    "appeal to",
    "call on",
    "call upon",
    "demand of",
    "invite",
    "challenge",
    "tell",
    "instruct",
    "need",
)


def _forms(verb: str) -> str:
    head, _, rest = verb.partition(" ")
    stem = head[:-1] if head.endswith("e") else head
    alts = {head, head + "s", stem + "ed", stem + "ing"}
    if head.endswith("e"):
        alts |= {head + "d"}
    if head.endswith("s"):
        alts |= {head + "es"}
    if head == "beg":
        alts |= {"begged", "begging"}
    if head == "tell":
        alts |= {"told"}
    pat = "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"
    return pat + (r"\s+" + rest if rest else "")


@functools.cache
def _call_on_re() -> re.Pattern[str]:
    verbs = set(CALL_VERBS) | {v for v, c in authority().verbs.items() if v in ("urge", "implore", "exhort")}
    alt = "|".join(_forms(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{alt}|(?:urgent\s+|strong\s+|clear\s+)?(?:need|desire|time|call|calls|appeal|pressure)\s+(?:for|on))"
        r"\s+(?!that\b|it\s+is\b)(?P<t>(?:[^.;:!?]|(?<=[A-Z])\.){1,160}?)\s+to\s+(?!the\b|a\b|an\b|this\b|that\b|be\s+\w+ed\b)(?P<a>[a-z])",
        re.I,
    )


CALL_FOR_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|plead(?:s|ed|ing)?)\s+for\s+"
    r"(?P<a>\S)|(?<!\bto\s)\bdemand(?:s|ed|ing)?\s+(?!that\b)(?P<a2>[a-z])",
    re.I,
)
MODAL_RE = re.compile(
    r"\b(?:must|should|needs\s+to|need\s+to|ought\s+to|has\s+to|have\s+to|"
    r"ha(?:s|ve)\s+an?\s+(?:[\w-]+\s+){0,3}(?:obligation|duty|responsibility)\s+(?:under\s+[^,.]{1,60}?\s+)?to)"
    r"\s+(?:also\s+|now\s+|therefore\s+|still\s+)?(?P<neg>not\s+)?(?P<be>be\s+)?(?P<a>\w)",
    re.I,
)
IMPERATIVE_RE = re.compile(
    r"^[\"“‘']?(?P<v>Call|Contact|Write\s+to|Tell|Urge|Ask|Demand|Sign|Join|Donate|Stand\s+with|Act|Help|"
    r"Support|Speak\s+out|Email|Press|Let\s+us|Let's|Stop|End|Protect|Save|Do\s+not|Don't)\b\s*(?P<rest>.*)",
    re.S,
)
TRIGGER_RE = re.compile(
    r"(?i)must|should|need|ought|ha(?:s|ve) to|obligation|duty|responsib|call|urg|implor|beg|beseech|entreat|"
    r"exhort|adjure|ask|request|press|petition|encourag|want|requir|plead|appeal|demand|invit|challeng|"
    r"tell|told|instruct|desire|time for"
)
NEEDED_RE = re.compile(r"\b(?:needed|needs)\b(?!\s+to\b)", re.I)
BOUNDARY_RE = re.compile(
    r"[;:“”\"(\u2013\u2014\u00ad]|\s-\s|\b(?:that|said|says|but|because|while|whereas)\b|,\s"
)
TRAIL_RE = re.compile(
    r"(?:,?[”\"’]?\s*,?\s*(?:[A-Z][\w.’' -]{0,60}\s)?(?:said|says|urged|concluded|added)"
    r"(?:\s+(?:today|on \w+))?(?:\s+[^.]{0,60})?[”\"’.\s]*|[”\"’.\s,]+)$"
)
REPORTING = re.compile(r"\b(?:if|whether|why|how|what|who|when)\s+\S+(?:\s+\S+)?\s*$", re.I)


@dataclass
class _Found:
    start: int  # clause start (absolute)
    verb: int
    act: int
    kind: str
    targets: list[tuple[int, int]]


def _clause_start(text: str, lo: int, pos: int) -> int:
    last = lo
    for m in BOUNDARY_RE.finditer(text, lo, pos):
        last = m.end()
    while last < pos and text[last].isspace():
        last += 1
    return last


def _trim(text: str, a: int, b: int) -> int:
    m = TRAIL_RE.search(text[a:b])
    if m and m.start() > 0:
        b = a + m.start()
    return b


def _actor_spans(actors: tuple[Actor, ...], a: int, b: int) -> list[tuple[tuple[int, int], str]]:
    return sorted(((s, e), act.name) for act in actors for s, e in act.mentions if s >= a and e <= b)


def _find(text: str, s: int, e: int, first: bool) -> list[_Found]:
    found: list[_Found] = []
    sent = text[s:e]
    if not TRIGGER_RE.search(sent) and not IMPERATIVE_RE.match(sent) and not (first or sent.isupper()):
        return found  # most sentences hold no trigger word at all: skip the costly patterns
    if sent.rstrip("”\"’' ").endswith("?"):
        return found
    for m in _call_on_re().finditer(text, s, e):
        if re.search(r"\b(?:has|have|is|are|was|were|will|had|been)\b", m.group("t")):
            continue  # "encouraging that the Government has initiated a strategy to…" is not a call
        found.append(
            _Found(
                _clause_start(text, s, m.start()),
                m.start(),
                m.start("a"),
                "call_on",
                [(m.start("t"), m.end("t"))],
            )
        )
    for m in CALL_FOR_RE.finditer(text, s, e):
        g = "a" if m.group("a") else "a2"
        found.append(_Found(_clause_start(text, s, m.start()), m.start(), m.start(g), "call_for", []))
    for m in MODAL_RE.finditer(text, s, e):
        cs = _clause_start(text, s, m.start())
        subj = text[cs : m.start()].strip()
        if not subj or REPORTING.search(text[s : m.start()]) or len(subj.split()) > 14:
            continue
        low = subj.lower()
        if re.match(
            r"(?:advise|say|stress|note|add|admit|remind|emphasi[sz]e|point out|confess)\b",
            text[m.start("a") :],
            re.I,
        ):
            continue  # "I must advise you that…" reports, it does not demand
        if m.group("be"):
            found.append(_Found(cs, m.start(), cs, "passive", []))
        elif low in ("we", "we all", "we therefore", "i"):
            found.append(
                _Found(
                    cs, m.start(), m.start("neg") if m.group("neg") else m.start("a"), "self_exhortation", []
                )
            )
        else:
            found.append(
                _Found(
                    cs,
                    m.start(),
                    m.start("neg") if m.group("neg") else m.start("a"),
                    "obligation",
                    [(cs, cs + len(text[cs : m.start()].rstrip()))],
                )
            )
    im = IMPERATIVE_RE.match(sent)
    if im:
        v = s + im.start("v")
        rest = s + im.start("rest")
        tgt: list[tuple[int, int]] = []
        if im.group("v").split()[0] in ("Call", "Contact", "Write", "Tell", "Urge", "Ask", "Email", "Press"):
            t = re.match(
                r"[^,.;]*?(?=\s+(?:now|today|and|to|on|demanding|urging|asking)\b|[,.;]|$)", text[rest:e]
            )
            if t and t.group().strip():
                tgt = [(rest, rest + len(t.group().rstrip()))]
        if im.group("v").startswith(("Let", "Do", "Don")):
            found.append(
                _Found(v, v, v, "self_exhortation" if im.group("v").startswith("Let") else "imperative", [])
            )
        else:
            found.append(_Found(v, v, tgt[0][1] if tgt else rest, "imperative", tgt))
    if not found and (first or sent.isupper()) and NEEDED_RE.search(sent):
        found.append(_Found(s, s, s, "call_for", []))
    return found


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One demand per clause: a later trigger inside an earlier demand's action belongs to it."""
    found.sort(key=lambda f: (f.verb, f.kind != "imperative"))
    out: list[_Found] = []
    for f in found:
        if out and out[-1].kind == "imperative" and f.kind != "obligation":
            continue  # "Call your representatives now, demanding…" is one call
        if out and (f.verb < out[-1].act + 1 or f.start <= out[-1].verb) and f.kind != "obligation":
            continue
        if out and f.start <= out[-1].verb:
            continue
        out.append(f)
    return out


def find_demands(text: str, actors: tuple[Actor, ...], issuer: str | None) -> tuple[Demand, ...]:
    demands: list[Demand] = []
    seen: set[str] = set()
    for n, (s, e) in enumerate(sentences(text)):
        found = _dedupe(_find(text, s, e, n == 0))
        for k, f in enumerate(found):
            end = found[k + 1].start if k + 1 < len(found) else e
            end = _trim(text, f.act, end)
            if end <= f.act:
                end = e
            action_from = (
                f.start if f.kind == "passive" or (f.kind == "call_for" and f.act == f.start) else f.act
            )
            action = " ".join(text[action_from:end].split()).strip(" ,.")
            key = " ".join(text[f.start : end].split()).lower()
            if key in seen:
                continue  # a paragraph repeated verbatim is one demand
            seen.add(key)
            tspans: list[tuple[int, int]] = []
            tnames: list[str] = []
            for ts, te in f.targets:
                # a reader pressing someone: the target is the phrase, "your representatives in Congress"
                inside = _actor_spans(actors, ts, te) if f.kind != "imperative" else []
                if inside:
                    for span, name in inside:
                        if name not in tnames:
                            tnames.append(name)
                            tspans.append(span)
                else:
                    tspans.append((ts, te))
                    tnames.append(" ".join(text[ts:te].split()))
            by = _by(text, actors, f, s, issuer)
            demands.append(
                Demand(
                    by,
                    tuple(tnames),
                    tuple(tspans),
                    action,
                    f.kind,
                    " ".join(text[s:e].split()),
                    f.start,
                    end,
                )
            )
    return tuple(demands)


def _by(text: str, actors: tuple[Actor, ...], f: _Found, s: int, issuer: str | None) -> str | None:
    """The demanding actor: the first actor named before a call verb ("Refugees International
    calls on…"); "we", passives and unattributed obligations are the issuer's."""
    if f.kind in ("call_on", "call_for"):
        before = _actor_spans(actors, s, f.verb)
        ok = [
            (span, name)
            for span, name in before
            if not re.search(
                r"\b(?:to|on|for|in|of|by|with|at)\s+(?:the\s+)?$", text[max(s, span[0] - 8) : span[0]]
            )
        ]
        if ok and not re.search(r"\bwe\b", text[ok[0][0][1] : f.verb], re.I):
            return ok[0][1]
    return issuer
