"""Exports of search results (CSV, HTML and Word briefings) and citations of passages, as a
colleague receiving them would read them."""

from __future__ import annotations

import csv
import re
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.errors import ArchiveError
from tests.document_files import make_pdf

HOSTILE_TITLE = "<script>alert('x')</script> & <img src=\"http://evil.example/a.png\"> Aleppo statement"


@pytest.fixture
def archive(sample_archive: Archive, tmp_path: Path, corpus: Path) -> Archive:
    """The sample archive plus a paged PDF of a real (CC0) UN speech and a text whose title is
    markup, as a hostile or careless source would write it."""
    speech = (corpus / "un-speeches" / "SYR_71_2016.txt").read_text(encoding="utf-8")
    sentences = [s.strip() for s in re.split(r"(?<=\.)\s+", speech) if 40 < len(s.strip()) < 200]
    pages = [" ".join(sentences[i : i + 2]) for i in range(0, 12, 2)]
    pages[3] += " The siege of Zabadani must end."
    (tmp_path / "speech.pdf").write_bytes(make_pdf(pages))
    (tmp_path / "hostile.txt").write_text(
        f"{HOSTILE_TITLE}\n\nCivilians in Aleppo need safe passage <b>now</b> & an end to the bombing.\n",
        encoding="utf-8",
    )
    report = sample_archive.import_paths([tmp_path / "speech.pdf", tmp_path / "hostile.txt"], jobs=1)
    assert len(report.imported) == 2, report
    return sample_archive


def test_a_citation_names_the_page_of_the_passage_and_the_original_file(archive: Archive) -> None:
    hit = archive.search("Zabadani").hits[0]
    doc = archive.document(hit.doc_id)
    start, end = hit.hits[0]
    cited = archive.citation(doc.id, start)
    assert cited.startswith(f"“{doc.title}”") and "p. 4" in cited and cited.endswith("(speech.pdf)")
    quoted = archive.citation(doc.id, start - 15, end)
    passage = " ".join(doc.text[start - 15 : end].split())
    assert quoted == f"“{passage}” — {cited}"


def test_a_passage_across_pages_cites_the_page_range(archive: Archive) -> None:
    doc = archive.document(archive.search("Zabadani").hits[0].doc_id)
    second, third = doc.page_starts[1], doc.page_starts[2]
    assert "pp. 2–3" in archive.citation(doc.id, second + 3, third + 10)
    assert "p. 2," not in archive.citation(doc.id, second + 3, third + 10)


def test_csv_export_holds_every_result_with_plain_snippets_and_citations(
    archive: Archive, tmp_path: Path
) -> None:
    total = archive.search("Aleppo").total
    assert archive.export_results(tmp_path / "aleppo.csv", query="Aleppo") == total > 3
    with open(tmp_path / "aleppo.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == total
    assert [int(r["id"]) for r in rows] == [h.doc_id for h in archive.search("Aleppo", page_size=100).hits]
    for row in rows:  # plain text: the document's own characters, no markup of ours
        assert "&lt;" not in row["snippet"] and "&amp;" not in row["snippet"]
        assert row["citation"].startswith("“") and row["citation"].endswith(")")
    hostile = next(r for r in rows if r["citation"].endswith("(hostile.txt)"))
    assert "safe passage <b>now</b> & an end" in hostile["snippet"]


def test_an_export_of_the_selected_hits_holds_only_those(archive: Archive, tmp_path: Path) -> None:
    hits = archive.search("Aleppo").hits
    chosen = [hits[2], hits[0]]
    assert archive.export_results(tmp_path / "two.csv", query="Aleppo", hits=chosen) == 2
    with open(tmp_path / "two.csv", encoding="utf-8-sig", newline="") as handle:
        assert [int(r["id"]) for r in csv.DictReader(handle)] == [hits[2].doc_id, hits[0].doc_id]


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.marked: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_mark = tag == "mark"
        self.urls += [v or "" for k, v in attrs if k in ("src", "href", "action")]

    def handle_endtag(self, tag: str) -> None:
        self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marked.append(data)


def test_the_html_briefing_is_self_contained_escaped_and_marks_the_hits(
    archive: Archive, tmp_path: Path
) -> None:
    path = tmp_path / "briefing.html"
    count = archive.export_results(path, query="Aleppo", filters={"format": ["txt"]})
    page = path.read_text(encoding="utf-8")
    scan = _Scan()
    scan.feed(page)
    assert "script" not in scan.tags and "img" not in scan.tags and scan.urls == []
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert scan.tags.count("article") == count == archive.search("Aleppo", filters={"format": ["txt"]}).total
    assert {m.lower() for m in scan.marked} == {"aleppo"}
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page  # the title, shown as text
    assert "Query: Aleppo; filters: format = txt" in page


def test_the_word_briefing_has_a_heading_per_document_and_the_hits_in_bold(
    archive: Archive, tmp_path: Path
) -> None:
    path = tmp_path / "briefing.docx"
    hits = archive.search("Zabadani OR Aleppo", page_size=4).hits
    assert archive.export_results(path, query="Zabadani OR Aleppo", hits=hits) == 4
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == [archive.document(h.doc_id).title for h in hits]
    bold = {r.text.lower() for p in document.paragraphs for r in p.runs if r.bold}
    assert bold and bold <= {"zabadani", "aleppo"}
    citations = [p.text for p in document.paragraphs if p.text.startswith("“") and p.text.endswith(")")]
    assert len(citations) == 4 and any("speech.pdf" in c and "p. 4" in c for c in citations)


def test_an_unknown_export_format_is_refused_before_any_work(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match=r"must end in .csv, .docx, .htm, .html"):
        archive.export_results(tmp_path / "results.odt", query="Aleppo")
    assert not (tmp_path / "results.odt").exists()


def test_a_cancelled_export_writes_nothing(archive: Archive, tmp_path: Path) -> None:
    class Cancelled:
        def is_set(self) -> bool:
            return True

    assert archive.export_results(tmp_path / "x.html", query="Aleppo", cancel=Cancelled()) == 0
    assert list(tmp_path.glob("x.html*")) == []
