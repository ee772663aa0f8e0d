"""HTML reader: the article's main text (trafilatura), title and date from the page itself.

Nothing is ever fetched: the page is parsed from bytes with lxml (no network, no DTD loading),
trafilatura only sees that tree, and scripts, styles, frames and embeds are never part of the text.
A page nested deeper than libxml2 builds trees (limits.MAX_HTML_DEPTH; 100,000 nested <div>s
parsed to an empty tree) is read by a streaming parser instead, which keeps no tree: its text,
without its layout, and a note saying so.
"""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ...models import ReadResult
from ..metadata import looks_like_organisation, parse_date
from .limits import MAX_HTML_DEPTH, Unreadable
from .text import decode_bytes, looks_binary, normalise_newlines

# Elements whose content is never readable text (code, styling, embedded documents, forms).
_NON_TEXT_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head")
_BLOCK_TAGS = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 tr table section article blockquote pre ul ol dd dt header footer".split()
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_TITLE_META = ("og:title", "dc.title", "twitter:title")
_DATE_META = (
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "article:published_time",
    "og:article:published_time",
    "pubdate",
    "publish-date",
)
_AUTHOR_META = ("author", "dc.creator", "creator", "article:author")
_PUBLISHER_META = ("og:site_name", "publisher", "dc.publisher", "dcterms.publisher")
_URL_META = ("source-url", "og:url", "dc.identifier", "dc.source")
_MAX_META_CHARS = 300  # longer "author" values are keyword soup, not a name


def _decode(data: bytes) -> str:
    """Decode the page: UTF-8 if valid, else the charset the page declares, else detection."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _META_CHARSET.search(data[:4096])
        text = ""
        if declared:
            try:
                text = data.decode(declared.group(1).decode("ascii"), errors="replace")
            except LookupError:
                text = ""
        if not text:
            text, _ = decode_bytes(data)
    # lxml refuses str input that carries an XML encoding declaration (XHTML pages).
    return _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)


def parse_html(data: bytes | str) -> lxml_html.HtmlElement:
    """Parse a page into a tree. Raises Unreadable for something that is not HTML at all."""
    text = _decode(data) if isinstance(data, bytes) else _XML_DECLARATION.sub("", data, count=1)
    if looks_binary(text):
        raise Unreadable("the file is binary data, not an HTML page")
    # no_network is lxml's default; said again because this must never fetch anything.
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        tree = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        if _too_deep(parser):
            raise TooDeep(text) from exc
        raise Unreadable("the page has no content") from exc
    if _too_deep(parser):
        raise TooDeep(text)
    return tree


class TooDeep(Unreadable):
    """The page's elements nest deeper than a tree can be built for; `text` is the decoded page."""

    def __init__(self, text: str) -> None:
        super().__init__(
            f"the page is nested too deeply to read (more than {MAX_HTML_DEPTH} levels of elements)"
        )
        self.text = text


def _too_deep(parser: lxml_html.HTMLParser) -> bool:
    return any("Excessive depth" in entry.message for entry in parser.error_log)


class _StreamedText(HTMLParser):
    """A page's visible text, read tag by tag without building a tree (no depth limit)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._hidden = 0  # inside script, style …
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _NON_TEXT_TAGS and tag != "head":
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        self._in_title = self._in_title or tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag in _NON_TEXT_TAGS and tag != "head" and self._hidden:
            self._hidden -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            self.parts.append(data)


def streamed_text(text: str) -> tuple[str, str | None]:
    """(the text, the title) of a page too deep for a tree (see module doc)."""
    reader = _StreamedText()
    reader.feed(text)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.parts).split("\n"))
    title = " ".join("".join(reader.title).split())
    return "\n".join(line for line in lines if line), title or None


def _meta(tree: lxml_html.HtmlElement, names: tuple[str, ...]) -> str | None:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("name") or element.get("property") or element.get("itemprop") or "").lower()
        content = (element.get("content") or "").strip()
        if key in names and content and key not in found:
            found[key] = content
    for name in names:  # the order of `names` is the order of preference
        if name in found:
            return found[name][:_MAX_META_CHARS]
    return None


def _first_text(tree: lxml_html.HtmlElement, tag: str) -> str | None:
    for element in tree.iter(tag):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def _page_title(tree: lxml_html.HtmlElement) -> str | None:
    return _meta(tree, _TITLE_META) or _first_text(tree, "title") or _first_text(tree, "h1")


def plain_text(tree: lxml_html.HtmlElement) -> str:
    """Every visible text of the page, one block per line: the fallback when trafilatura finds no
    article (very short pages, unusual markup)."""
    tree = copy.deepcopy(tree)  # the caller's tree stays whole
    for element in tree.iter(*_NON_TEXT_TAGS):
        element.drop_tree()
    parts: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _BLOCK_TAGS:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        if element.tail:
            parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def main_text(tree: lxml_html.HtmlElement) -> str:
    """The article text without navigation, footers or scripts; plain text if that finds nothing."""
    # trafilatura works on its own copy of the tree.
    # fast=True skips the readability/justext fallbacks (1.5× faster); favor_recall=True keeps
    # bulleted lists, where statements put their demands, which fast mode alone drops. On 204
    # State Department pages this keeps everything the slow default keeps, plus missed lists.
    extracted = trafilatura.extract(
        tree,
        fast=True,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    text = extracted.strip() if extracted else ""
    return normalise_newlines(text) or plain_text(tree)


def html_to_text(data: bytes | str) -> str:
    """Readable text of an HTML document (used for HTML e-mail bodies too)."""
    try:
        return main_text(parse_html(data))
    except TooDeep as deep:
        return streamed_text(deep.text)[0]


def _page_url(tree: lxml_html.HtmlElement) -> str | None:
    """The address the page gives for itself: a URL meta tag or its canonical link."""
    url = _meta(tree, _URL_META)
    if url is None:
        for link in tree.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                url = link.get("href", "").strip()[:_MAX_META_CHARS]
                break
    return url if url and url.lower().startswith(("http://", "https://")) else None


def page_source(tree: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """(publisher, address) the page's metadata names: extraction takes the issuer from them."""
    author = _meta(tree, _AUTHOR_META)
    publisher = _meta(tree, _PUBLISHER_META)
    if publisher is None and author and looks_like_organisation(author):
        publisher = author
    return publisher, _page_url(tree)


def read_html(data: bytes) -> ReadResult:
    """Read an HTML page's bytes. Raises Unreadable when there is no readable text."""
    try:
        tree = parse_html(data)
    except TooDeep as deep:
        return _read_too_deep(deep)
    title = _page_title(tree)
    date = parse_date(_meta(tree, _DATE_META) or "")
    author = _meta(tree, _AUTHOR_META)
    publisher, url = page_source(tree)
    text = main_text(tree)
    if not text.strip():
        raise Unreadable("the page has no readable text")
    return ReadResult(
        text=text,
        format="html",
        title=title,
        date=date,
        date_source="page" if date else None,
        issuer_hint=publisher,
        author=author,
        source_url=url,
    )


def _read_too_deep(deep: TooDeep) -> ReadResult:
    text, title = streamed_text(deep.text)
    if not text.strip():
        raise Unreadable(f"{deep}, and no text was found in it")
    note = f"{deep}: its text was read without its layout"
    return ReadResult(text=text, format="html", title=title, warnings=(note,))
