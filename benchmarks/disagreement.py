"""Why ours and tantivy disagree on a benchmark query: `python -m benchmarks.disagreement --size
30000 QUERY…` (queries as the benchmark writes them, e.g. 'humanit*' '"right of return"').

For each query it reads every match on both sides of an archive a benchmark run left in the
scratch folder, and prints the counts, the words that matched in the documents only ours found
(from our hits' offsets) and only tantivy found (the words whose stems fit the query as tantivy
reads it), with a few document ids on each side to read further (`advocacy-archive --archive …
show ID`).
"""

from __future__ import annotations

import argparse
import html
import re
from collections import Counter
from pathlib import Path

from benchmarks import corpus, tantivy_peer
from benchmarks.queries import Query, build

PAGE = 1000  # Archive.search's largest page
SHOWN = 5


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.disagreement", description=__doc__)
    p.add_argument("queries", nargs="+", help="benchmark queries, in our syntax")
    p.add_argument("--size", type=int, default=30000, help="archive size of the run (default %(default)s)")
    p.add_argument("--scratch", type=Path, default=corpus.default_scratch())
    return p.parse_args()


def ours_matches(archive, q: Query) -> dict[int, Counter[str]]:  # noqa: ANN001 (an Archive)
    """Every document our search finds, with the words its hits cover (lower-cased)."""
    found: dict[int, Counter[str]] = {}
    page = 1
    while True:
        result = archive.search(q.whoosh, filters=q.filters or None, page=page, page_size=PAGE)
        for hit in result.hits:
            text = archive.document(hit.doc_id).text
            found[hit.doc_id] = Counter(text[a:b].lower() for a, b in hit.hits)
        if page * PAGE >= result.total:
            return found
        page += 1


def peer_matches(peer: tantivy_peer.TantivySearcher, q: Query, text_of) -> dict[int, Counter[str]]:  # noqa: ANN001
    """Every document tantivy finds, with the document's words that fit the query as tantivy
    reads it: the words whose stems are the query's stems, start with the prefix, or are one edit
    from the fuzzy word (names fields: the words its snippet highlights)."""
    ids = peer.matching(q, limit=10**6)
    wanted = set(peer.stems(" ".join(q.words)))
    snippets = peer.snippets(q, ids) if q.field in tantivy_peer.NAME_FIELDS else {}
    found: dict[int, Counter[str]] = {}
    for doc_id in ids:
        if doc_id in snippets:
            words = re.findall(r"<b>(.*?)</b>", snippets[doc_id])
        elif q.kind == "prefix":
            words = re.findall(r"\b" + re.escape(q.words[0]) + r"\w*", text_of(doc_id), re.IGNORECASE)
        elif q.kind == "fuzzy":
            words = [w for w in re.findall(r"\w+", text_of(doc_id)) if _one_edit(peer.stems(w), q.words[0])]
        else:
            words = [w for w in re.findall(r"\w+", text_of(doc_id)) if wanted & set(peer.stems(w))]
        found[doc_id] = Counter(html.unescape(w).lower() for w in words)
    return found


def _one_edit(stems: list[str], word: str) -> bool:
    """Whether a word's stem is one edit (a swap counting one) from `word`: what tantivy's fuzzy
    term query over the stems matched."""
    from rapidfuzz.distance import OSA

    return any(OSA.distance(stem, word, score_cutoff=1) <= 1 for stem in stems)


def report(q: Query, ours: dict[int, Counter[str]], theirs: dict[int, Counter[str]]) -> list[str]:
    only_ours, only_theirs = sorted(set(ours) - set(theirs)), sorted(set(theirs) - set(ours))
    both = len(set(ours) & set(theirs))
    lines = [f"{q.whoosh}  ({q.kind}): ours {len(ours):,}, tantivy {len(theirs):,}, both {both:,}"]
    for name, only, words in (("ours", only_ours, ours), ("tantivy", only_theirs, theirs)):
        if not only:
            continue
        total: Counter[str] = Counter()
        for doc_id in only:
            total.update(words[doc_id])
        common = ", ".join(f"{w} ×{n}" for w, n in total.most_common(8)) or "(no highlighted word)"
        lines.append(f"  only {name} ({len(only):,}): {common}")
        lines.append(f"    e.g. documents {', '.join(map(str, only[:SHOWN]))}")
    return lines


def main() -> None:
    from advocacy_archive.index.archive import Archive

    opts = parse_args()
    folder = opts.scratch / "archives" / str(opts.size)
    known = {q.whoosh: q for q in build()}
    with Archive.open(folder / "archive") as archive:
        peer = tantivy_peer.TantivySearcher(folder / "tantivy")

        def text_of(doc_id: int) -> str:
            return archive.document(doc_id).text

        for text in opts.queries:
            if text not in known:
                raise SystemExit(f"{text!r} is not a benchmark query (benchmarks/queries.py)")
            q = known[text]
            print("\n".join(report(q, ours_matches(archive, q), peer_matches(peer, q, text_of))), flush=True)


if __name__ == "__main__":
    main()
