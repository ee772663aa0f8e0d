"""Generate the actor authority file from the CAMEO/Phoenix dictionaries plus hand additions.

Run: ``python -m index.extract.build_authority /work/shared/kb/cameo``

Writes ``resources/authority/actors.tsv`` (canonical name, type, CAMEO code, aliases, adjectives),
``roles.tsv`` (role nouns such as "government", "forces" that compose with a country adjective) and
``demand_verbs.tsv`` (verbs of the CAMEO APPEAL/DEMAND families, codes 02x and 10x). The
hand-maintained ``additions.tsv`` beside them is merged in last and wins on conflicts: it names
actors the 2015 dictionaries lack (White Helmets, HTS, OCHA…) and fixes canonical names.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[2] / "resources" / "authority"

# CAMEO role codes → our actor types (SOURCE.md); checked in this order on the code's suffixes.
ROLE_TYPES: tuple[tuple[str, str], ...] = (
    ("LEG", "legislature"),
    ("MIL", "armed_force"),
    ("COP", "armed_force"),
    ("SPY", "armed_force"),
    ("REB", "armed_group"),
    ("INS", "armed_group"),
    ("UAF", "armed_group"),
    ("SEP", "armed_group"),
    ("PTY", "party"),
    ("MED", "media"),
    ("REF", "population"),
    ("CVL", "population"),
    ("GOV", "government"),
    ("JUD", "government"),
)

# Words that make a phrase an organisation rather than a person's name.
ORG_WORDS = frozenset(
    """ministry ministries department council congress parliament senate assembly party army force
    forces committee commission court agency office bureau police guard navy corps union front
    movement organization organisation association institute bank house authority government
    cabinet administration league fund service services federation brigade brigades group
    company corporation university command chamber secretariat board tribunal""".split()
)

# Single capitalised words that are ordinary English at the start of a sentence; as one-word
# aliases they would misfire ("March", "Nice", "Split"), so they are not kept as aliases.
COMMON_WORDS = frozenset(
    """a an the of and or but in on at to for by with as from about after all also any are be
    been before being both can could did do does each even first for general had has have he her
    his how if into is it its just last like made many may more most much must my new no not now
    only other our out over said same she should so some such than that their them then there
    these they this those through under up us very was we were what when where which while who
    will with would you your january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday nice split mobile
    reading bath deal male victoria independence liberty union unity freedom hope justice peace
    progress democracy security people state states government president minister senate
    parliament house opposition cabinet court police army forces regime authorities
    central north south east west northern southern eastern western republic federal national
    human rights media news press today man men women woman child children team office city
    capital ocean sea island islands mission council assembly agency commission committee chad
    sale mark bank rock ball guard orange cork victory""".split()
)

PERSON_STOP = frozenset({"general", "president", "prime", "minister", "mr", "the", "of"})


@dataclass
class Entry:
    name: str
    type: str
    code: str
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)


def phrase(raw: str) -> str:
    """TABARI phrase → plain words: underscores are spaces; a trailing "_" only stops plurals."""
    raw = re.sub(r"\{[^}]*\}", "", raw)
    return " ".join(raw.replace("_", " ").split()).strip()


SMALL = frozenset({"of", "the", "for", "and", "on", "in", "to", "a", "al", "bin", "de", "la", "du", "von"})


def display(words: str) -> str:
    """Upper-case dictionary phrase → display case ("UNITED_STATES_OF_AMERICA" → "United States of
    America")."""
    out = []
    for i, w in enumerate(words.split()):
        lw = w.lower()
        if i and lw in SMALL:
            out.append(lw)
        elif "." in w or (len(w) <= 4 and not re.search(r"[AEIOUY]", w)):
            out.append(w)  # acronyms and initials keep their case: "U.S.", "NATO"
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def alias_form(words: str) -> str:
    """How an alias is stored: acronyms upper-case (matched case-sensitively), the rest display case."""
    return display(words)


def parse_tabari(path: Path) -> list[tuple[str, list[str], list[str]]]:
    """(phrase, synonyms, codes) per entry; uncoded entries take the next code that follows."""
    entries: list[tuple[str, list[str], list[str]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes = re.findall(r"\[([^\]\s]*)", body)
        text = re.sub(r"\[[^\]]*\]", "", body).strip()
        if body[0] in " \t":
            if entries:
                entries[-1][2].extend(codes)
        elif body.startswith("+"):
            if entries and text[1:].strip():
                entries[-1][1].append(phrase(text[1:]))
        elif text:
            entries.append((phrase(text), [], codes))
        elif entries:
            entries[-1][2].extend(codes)
    return entries


def type_of(code: str) -> str | None:
    code = code.lstrip("~")
    if code.startswith("IGO"):
        return "igo"
    if code.startswith("NGO"):
        return "ngo"
    if code.startswith("MNC") or code in ("---", ""):
        return None
    if code.startswith("IMG"):
        return "armed_group"
    if code == "MED":
        return "media"
    if len(code) == 3:
        return "state"
    chunks = {code[i : i + 3] for i in range(3, len(code), 3)}
    if code[:3] == "MED" or "MED" == code[3:6]:
        return "media"
    if "HRI" in chunks:
        return "ngo"
    for role, typ in ROLE_TYPES:  # most specific role first: USAGOVLEG is a legislature
        if role in chunks:
            return typ
    return None


def is_demonym(alias: str, country: str) -> bool:
    a, c = alias.lower().replace(" ", ""), country.lower().replace(" ", "")
    return a[:3] == c[:3] and bool(re.search(r"(an|ans|ese|ish|i|is|ic|ch|ene|ot|ots)$", a)) and a != c


def is_country_name(alias: str, country: str) -> bool:
    a = alias.replace(" ", "")
    return "." in alias or len(a) <= 3 or alias.lower()[:4] == country.lower()[:4]


def typed_entries(path: Path) -> Iterator[tuple[str, list[str], str, str]]:
    """Dictionary entries with their first real CAMEO code and the actor type it maps to;
    entries whose code maps to no actor type are passed over."""
    for name, syns, codes in parse_tabari(path):
        code = next((c for c in codes if c and c != "---"), "")
        typ = type_of(code)
        if typ is not None:
            yield name, syns, code, typ


def country_entries(path: Path) -> list[Entry]:
    out: list[Entry] = []
    for name, syns, code, typ in typed_entries(path):
        words = name.split()
        if typ == "state" and len(code) == 3:
            state = Entry(display(name), "state", code, [display(name)])
            for s in syns:
                if is_demonym(s, name):
                    state.adjectives.append(display(s))
                elif is_country_name(s, name):
                    state.aliases.append(alias_form(s))
                elif len(s) > 2:
                    out.append(Entry(display(s), "place", code, [display(s)]))
            out.append(state)
            continue
        org = any(w.lower() in ORG_WORDS for w in words)
        if not org and 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][A-Z'.-]*", w) for w in words):
            if words[0].lower() in PERSON_STOP:
                continue
            typ = "person"
        elif not org:
            continue
        out.append(Entry(display(name), typ, code, [display(name)] + [alias_form(s) for s in syns]))
    return out


def plain_entries(path: Path) -> list[Entry]:
    out: list[Entry] = []
    for name, syns, code, typ in typed_entries(path):
        words = name.split()
        if (
            typ in ("igo", "ngo", "government")
            and not any(w.lower() in ORG_WORDS for w in words)
            and len(words) in (2, 3)
        ):
            if all(w.isalpha() for w in words) and not re.search(r"(?i)nations|international|watch", name):
                typ = "person"  # "KOFI_ANNAN [IGOUNO]": a person working for the organisation
        out.append(Entry(display(name), typ, code, [display(name)] + [alias_form(s) for s in syns]))
    return out


def role_rows(path: Path) -> list[tuple[str, str]]:
    """Agent nouns of the roles we compose ("Syrian government") with their actor type."""
    wanted = {
        "GOV": "government",
        "MIL": "armed_force",
        "COP": "armed_force",
        "LEG": "legislature",
        "JUD": "government",
        "REB": "armed_group",
        "INS": "armed_group",
        "REF": "population",
    }
    rows: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"([A-Z][A-Z_'\-]*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})\]", line)
        if m and m.group(2) in wanted:
            noun = phrase(m.group(1)).lower()
            if "!" not in noun and len(noun.split()) <= 3:
                rows.setdefault(noun, wanted[m.group(2)])
    return sorted(rows.items())


def demand_verbs(path: Path) -> list[tuple[str, str]]:
    """Verbs listed at the head of the APPEAL (02x) and DEMAND (10x) blocks of CAMEO.verbpatterns."""
    verbs: dict[str, str] = {}
    code: str | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        head = re.match(r"---\s*(\S+)\s*\[(\d+)", line)
        if head:
            code = head.group(2) if head.group(2)[:2] in ("02", "10") else None
            continue
        if code is None or not line.strip() or line.startswith(("-", "#", "+")):
            if line.startswith("-"):
                code = code  # patterns follow the verb list; keep reading verbs only before them
            continue
        word = re.sub(r"\{.*|#.*|\[.*", "", line).strip()
        if re.fullmatch(r"[A-Z_]+", word):
            verbs.setdefault(word.replace("_", " ").lower(), code)
    return sorted(verbs.items())


def load_additions(path: Path) -> list[Entry]:
    out: list[Entry] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + ["", "", "", ""]
        name, typ, code, aliases, adjs = (c.strip() for c in cols[:5])
        als = [a.strip() for a in aliases.split("|") if a.strip()]
        out.append(Entry(name, typ, code, [name] + als, [a.strip() for a in adjs.split("|") if a.strip()]))
    return out


def keep_alias(alias: str) -> bool:
    """Drop aliases that would misfire as ordinary words or are too short to mean anything."""
    words = alias.split()
    if len(alias) < 2 or not re.match(r"[A-Za-z]", alias):
        return False
    return not (len(words) == 1 and alias.lower() in COMMON_WORDS and not alias.isupper())


def merge(cameo: list[Entry], additions: list[Entry]) -> list[Entry]:
    """Additions win: a CAMEO entry whose name is an addition's alias merges into it; a CAMEO
    alias claimed by an addition is dropped from the CAMEO entry."""
    claimed: dict[str, Entry] = {}
    by_state_code = {a.code: a for a in additions if a.type == "state" and a.code}
    for a in additions:
        for al in a.aliases:
            claimed[al.lower()] = a
            claimed[re.sub(r"^the ", "", al.lower())] = a
    result: list[Entry] = list(additions)
    seen: dict[tuple[str, str], Entry] = {}
    for e in cameo:
        target = claimed.get(e.name.lower()) or claimed.get(re.sub(r"^the ", "", e.name.lower()))
        if target is None and e.type == "state":
            target = by_state_code.get(e.code)
        if target is not None and (target.type == e.type or e.type in ("state", "igo", "ngo")):
            target.aliases += [
                a for a in e.aliases if a.lower() not in claimed or claimed[a.lower()] is target
            ]
            target.adjectives += e.adjectives
            continue
        e.aliases = [a for a in e.aliases if re.sub(r"^the ", "", a.lower()) not in claimed]
        key = (e.name.lower(), e.type)
        if key in seen:  # the same name filed twice (e.g. a city under two spellings): one actor
            seen[key].aliases += e.aliases
            continue
        seen[key] = e
        result.append(e)
    for e in result:
        e.aliases = list(dict.fromkeys(a for a in e.aliases if keep_alias(a)))
        e.adjectives = list(dict.fromkeys(e.adjectives))
    return [e for e in result if e.aliases]


def write(
    out_dir: Path, entries: list[Entry], roles: list[tuple[str, str]], verbs: list[tuple[str, str]]
) -> None:
    lines = ["# name\ttype\tcode\taliases (|)\tadjectives (|) — generated by index.extract.build_authority"]
    for e in sorted(entries, key=lambda e: (e.type, e.name)):
        lines.append("\t".join((e.name, e.type, e.code, "|".join(e.aliases), "|".join(e.adjectives))))
    (out_dir / "actors.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out_dir / "roles.tsv").write_text(
        "# role noun\ttype — from Phoenix.agents.txt\n" + "".join(f"{n}\t{t}\n" for n, t in roles),
        encoding="utf-8",
    )
    (out_dir / "demand_verbs.tsv").write_text(
        "# verb\tCAMEO code — from CAMEO.verbpatterns (02x APPEAL, 10x DEMAND)\n"
        + "".join(f"{v}\t{c}\n" for v, c in verbs),
        encoding="utf-8",
    )


def build(cameo_dir: Path, out_dir: Path = OUT_DIR) -> int:
    cameo = country_entries(cameo_dir / "Phoenix.Countries.actors.txt")
    cameo += plain_entries(cameo_dir / "Phoenix.International.actors.txt")
    cameo += plain_entries(cameo_dir / "Phoenix.MilNonState.actors.txt")
    entries = merge(cameo, load_additions(out_dir / "additions.tsv"))
    roles = role_rows(cameo_dir / "Phoenix.agents.txt")
    verbs = demand_verbs(cameo_dir / "CAMEO.verbpatterns.150430.txt")
    write(out_dir, entries, roles, verbs)
    shutil.copyfile(cameo_dir / "LICENSE", out_dir / "LICENSE")
    return len(entries)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m index.extract.build_authority CAMEO_DIR", file=sys.stderr)
        return 2
    n = build(Path(args[0]))
    print(f"wrote {n} actors to {OUT_DIR / 'actors.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
