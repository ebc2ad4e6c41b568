"""Read an article file into text: encoding detected, HTML and Markdown reduced to their words."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..core.errors import UserError
from .address import is_web_address

MAX_BYTES = 5 * 1024 * 1024  # a saved web page with its markup
MAX_CHARS = 200_000  # the article's text: a long feature is 20,000
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "figcaption",
    "title",
    "pre",
    "ul",
    "ol",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "nav", "button", "select", "iframe"}
# elements whose class names a page's chrome (a whole page may sit in a <form> or a "navbar" body)
_CHROME_TAGS = {"div", "ul", "ol", "header", "span", "p", "section", "aside", "footer"}
CHROME_BEFORE_HEADLINE = 400  # more text than this before the first <h1> is the story itself
_VOID_TAGS = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "col", "embed"}
# a page's chrome, by the class or id its markup gives it: menus, breadcrumbs, log-in bars, readers'
# comments, cookie banners, subscription boxes
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|crumbs?|breadcrumbs?|topbar|top-bar|toolbar|login|masthead"
    r"|cookies?|consent|subscribe)(?:$|[\s_-])"
    r"|(?:^|\s)comments?(?:$|[\s_-])",  # a comment section, not an opinion piece's "content--comment"
    re.I,
)


# a link a site closes every page with
_FOOTER_LINK = re.compile(
    r"(?:About(?: us)?|Privacy(?: policy)?|Terms(?: of (?:use|service))?|Contact(?: us)?|Cookies?(?: policy)?"
    r"|Sitemap|Site map|Accessibility|Careers|Advertise|Imprint|关于我们|聯絡我們|联系我们"
    r"|隐私政策|隱私權政策|使用条款|使用條款|网站地图|網站地圖|广告服务|廣告服務)",
    re.I,
)
# a page's own metadata, for what its printed header does not say: <meta> names and properties
_META_AUTHOR = ("author", "byl", "dc.creator", "parsely-author", "sailthru.author", "article:author")
_META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
)
_SAVED_FROM = re.compile(r"\s*saved from url=\(\d+\)(\S+)", re.I)
_ADDRESS_ORDER = ("canonical", "og:url", "saved from")
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")
_ARTICLE_TYPES = ("Article", "BlogPosting", "Report")


@dataclass(frozen=True)
class Source:
    """An article's text as spans will index it, and where it came from; a web page's own
    metadata (author, publication day) when it declares them, for the header's blanks."""

    name: str
    text: str
    raw: bytes
    encoding: str
    kind: str
    author: str = ""
    published: dt.date | None = None
    address: str = ""  # the web address a saved page declares (its canonical link, og:url, "saved from")


def read_source(path: Path, max_bytes: int = MAX_BYTES) -> Source:
    """Read .txt, .md or .html; refuse binary files, files too large, and unknown types."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(f"{path.name}: not an article (.txt, .md or .html)")
    raw = read_bytes(path, max_bytes)
    text, encoding = decode(raw, path.name)
    kind = (
        "html"
        if path.suffix.lower() in (".html", ".htm")
        else "md"
        if path.suffix.lower() in (".md", ".markdown")
        else "txt"
    )
    author, published, address = "", None, ""
    if kind == "html":
        page = read_page(text)
        text, author, published, address = page.text, page.author, page.published, page.address
    elif kind == "md":
        text = markdown_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if kind == "txt":
        text = unwrap(text)
    if not text.strip():
        raise UserError(f"{path.name}: no text in the file")
    if len(text) > MAX_CHARS:
        raise UserError(
            f"{path.name}: {len(text):,} characters of text is more than one article "
            f"(limit {MAX_CHARS:,}); split it and import the parts"
        )
    return Source(path.name, text, raw, encoding, kind, author, published, address)


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most max_bytes. A FIFO, a device or a folder is refused
    before anything is read (opened without blocking, checked on the open file), and so is a
    symbolic link whose target is not itself named as an article: a link called article.txt
    that points at /etc/passwd or /dev/zero is not read."""
    target = Path(os.path.realpath(path))
    if target.suffix.lower() not in SUFFIXES:
        raise UserError(f"{path.name}: links to {target.name}, which is not an article (.txt, .md or .html)")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UserError(f"{path.name}: not a regular file (a folder, device or FIFO), not an article")
    with os.fdopen(fd, "rb") as fh:
        try:
            raw = fh.read(max_bytes + 1)
        except OSError as exc:
            raise UserError(f"cannot read {path}: {exc.strerror}") from None
    if len(raw) > max_bytes:
        raise UserError(f"{path.name}: too large for an article (limit {max_bytes / 1e6:.0f} MB)")
    return raw


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """Text and encoding: UTF-8 (with or without BOM), UTF-16 by BOM, else charset-normalizer's best
    guess. A NUL character anywhere makes it a binary file."""
    text, encoding = _decode(raw, name)
    if "\x00" in text:
        raise UserError(f"{name}: a binary file, not an article")
    return text, encoding


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(f"{name}: a binary file, not an article")
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                label = "UTF-8" if encoding == "utf-8-sig" else "UTF-16"
                raise UserError(
                    f"{name}: starts with a {label} byte-order mark but is not valid {label} "
                    f"(byte {exc.start}: {exc.reason})"
                ) from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported on first use: start-up stays light

    best = from_bytes(raw, cp_isolation=["gb18030", "big5", "utf_16", "shift_jis", "euc_kr", "cp1252"]).best()
    if best is None or best.chaos > 0.3:
        raise UserError(f"{name}: cannot tell its text encoding (not UTF-8, GB18030, Big5 or UTF-16)")
    return str(best), best.encoding


class _Text(HTMLParser):
    """The visible text of a page, without its scripts and chrome; where the first <h1> begins."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open: list[tuple[str, bool]] = []
        self.skip = 0
        self.headline_at: int | None = None
        self.meta: dict[str, str] = {}
        self.addresses: dict[str, str] = {}  # canonical, og:url, saved from
        self.ld: list[str] | None = None  # a JSON-LD script being read
        self.lds: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "meta" or (tag == "time" and dict(attrs).get("itemprop")):
            self._meta(dict(attrs))
        if tag == "link" and "canonical" in (dict(attrs).get("rel") or "").lower().split():
            self._address("canonical", dict(attrs).get("href"))
        if tag == "script" and (dict(attrs).get("type") or "").lower() == "application/ld+json":
            self.ld = []
        if tag in _VOID_TAGS:
            if tag == "br" and not self.skip:
                self.parts.append("\n")
            return
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        skipped = tag in _SKIP_TAGS or (tag in _CHROME_TAGS and bool(_CHROME.search(names)))
        self.open.append((tag, skipped))
        self.skip += skipped
        if tag == "h1" and self.headline_at is None and not self.skip:
            self.headline_at = len(self.parts)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = (attrs.get("content") or attrs.get("datetime") or "").strip()
        if value and key in _META_AUTHOR + _META_PUBLISHED:
            self.meta.setdefault(key, value)
        if key == "og:url":
            self._address(key, value)

    def _address(self, where: str, value: str | None) -> None:
        if value and is_web_address(value):
            self.addresses.setdefault(where, value.strip())

    def handle_comment(self, data) -> None:
        saved = _SAVED_FROM.match(data)  # a browser's mark on a page it saved: saved from url=(0043)…
        if saved:
            self._address("saved from", saved.group(1))

    def handle_endtag(self, tag) -> None:
        if tag == "script" and self.ld is not None:
            self.lds.append("".join(self.ld))
            self.ld = None
        if not any(t == tag for t, _ in self.open):
            return
        while self.open:
            name, skipped = self.open.pop()
            self.skip -= skipped
            if name == tag:
                break
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if self.ld is not None:
            self.ld.append(data)
        if not self.skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


@dataclass(frozen=True)
class Page:
    """A web page read: its visible words, and the author and day its metadata declares."""

    text: str
    author: str
    published: dt.date | None
    address: str = ""


def read_page(markup: str) -> Page:
    """The page's text (html_to_text) and its declared author, publication day and address: <meta> tags
    (author, article:published_time, …) first, else a JSON-LD NewsArticle; malformed ones ignored."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    article = _ld_article(parser.lds)
    author = next((parser.meta[k] for k in _META_AUTHOR if k in parser.meta), "") or _ld_author(article)
    if author.startswith(("http://", "https://")):  # a profile's address, not a name
        author = ""
    day = next((parser.meta[k] for k in _META_PUBLISHED if k in parser.meta), "") or article.get(
        "datePublished"
    )
    address = next((parser.addresses[k] for k in _ADDRESS_ORDER if k in parser.addresses), "")
    return Page(_text(markup, parser), author, _iso_day(day), address)


def _ld_article(scripts: list[str]) -> dict:
    """The first article (NewsArticle, BlogPosting, …) among a page's JSON-LD blocks, or {}."""
    for script in scripts:
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            continue
        items = (
            data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        )
        for item in items if isinstance(items, list) else []:
            kinds = item.get("@type") if isinstance(item, dict) else None
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.endswith(_ARTICLE_TYPES) for k in kinds):
                return item
    return {}


def _ld_author(article: dict) -> str:
    """The first author's name in a JSON-LD article (a person's, not an organisation's)."""
    author = article.get("author")
    first = author[0] if isinstance(author, list) and author else author
    if isinstance(first, dict) and first.get("@type", "Person") != "Person":
        return ""
    name = first.get("name") if isinstance(first, dict) else first
    return name.strip() if isinstance(name, str) else ""


def _iso_day(value: object) -> dt.date | None:
    """The day an ISO 8601 timestamp begins with (2025-11-05T07:45:00+01:00), or None."""
    match = _ISO_DAY.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def html_to_text(markup: str) -> str:
    """The visible words of a page (read_page's text)."""
    return read_page(markup).text


def _text(markup: str, parser: _Text) -> str:
    """The visible words of a page the parser has read, one block per line, from its headline
    (<h1>) on when little comes before it (a site's chrome), else from the top under the page's
    <title>; scripts, styles, menus and breadcrumbs left out."""
    title = re.search(r"<title[^>]*>(.*?)</title>", markup, re.I | re.S)
    cut = parser.headline_at
    if cut is not None and len("".join(parser.parts[:cut]).strip()) > CHROME_BEFORE_HEADLINE:
        cut = None
    parts = parser.parts[cut or 0 :]
    lines = [line.strip() for line in "".join(parts).split("\n")]
    lines = [line for line in lines if line]
    while lines and _FOOTER_LINK.fullmatch(lines[-1]):
        lines.pop()  # a site's closing links (About, Privacy, Terms): no part of the story
    text = "\n".join(lines)
    if cut is None and title and html.unescape(title.group(1)).strip() not in text.split("\n", 1)[0]:
        text = "\n".join(x for x in (html.unescape(title.group(1)).strip(), text) if x)
    return text


def markdown_to_text(text: str) -> str:
    """Markdown without its markup characters (headings, emphasis, links, images)."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(?m)^#{1,6}\s*", "", text)
    text = re.sub(r"(?m)^>\s?", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return text


_WRAP_MIN = 30  # a line shorter than this is a line of its own (a heading, a date), never a wrap
_SENTENCE_END = tuple('。！？!?.:：”」』"')


def unwrap(text: str) -> str:
    """Plain text wrapped at a fixed width (e-mail, old archives) put back into paragraphs: inside
    a blank-line-separated block whose lines but the last are all about as long as its longest and
    mostly end mid-sentence, the line breaks are joined (a name or a quote broken across two lines
    is whole again); the text is left as it is when no block is wrapped that way."""
    blocks = re.split(r"(\n[ \t]*\n)", text)
    wrapped = [i for i in range(0, len(blocks), 2) if _hard_wrapped(blocks[i])]
    if not wrapped or (len(wrapped) < 2 and blocks[wrapped[0]].count("\n") < 2):
        return text
    for i in wrapped:
        block = blocks[i]
        blocks[i] = re.sub(r"\n(?=\S)", lambda m, b=block: _joint(b, m.start()), block)
    return "".join(blocks)


# a page's labelled field on a line of its own (Published : 7 Jan 2021, Updated: …): never a wrap
_FIELD_LINE = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z]+)? ?: ")


def _hard_wrapped(block: str) -> bool:
    lines = block.strip("\n").split("\n")
    if len(lines) < 2 or any(_FIELD_LINE.match(line) for line in lines[1:]):
        return False
    longest = max(len(line.rstrip()) for line in lines)
    body = [line.rstrip() for line in lines[:-1]]
    even = longest >= _WRAP_MIN and all(len(line) >= 0.8 * longest for line in body)
    open_ended = sum(1 for line in body if not line.endswith(_SENTENCE_END))
    return even and 2 * open_ended >= len(body)


def _joint(block: str, at: int) -> str:
    """What a wrapped line break becomes: nothing between Chinese characters, a space elsewhere."""
    before, after = block[at - 1 : at], block[at + 1 : at + 2]
    return "" if _is_cjk(before) or _is_cjk(after) else " "


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or ch in "，。、；：“”「」（）！？")
