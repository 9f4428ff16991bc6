"""Render the hand-written sample articles in sample/src/ into sample/landing/<day>/.

Run:  .venv/bin/python sample/make_sample.py

The output is deterministic: fixed timestamps, gzip headers with mtime 0, WARC record ids derived
from the record URI and a seeded random generator for the deliberately broken files, so running it
twice gives byte-identical files. It also rewrites sample/README.md (the hand-written introduction
in src/readme_intro.md followed by tables generated from the layout below).

The layout (LAYOUT) decides, for every landing file, which article(s) it holds, in which format,
with which junk, and whether and where the publication date is shown.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import random
import shutil
import textwrap
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
LANDING = HERE / "landing"
README = HERE / "README.md"


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    id: str
    meta: dict[str, str]
    paragraphs: list[str]

    def get(self, key: str) -> str | None:
        value = self.meta.get(key, "none").strip()
        return None if value in ("", "none") else value

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def outlet(self) -> str:
        return self.meta["outlet"]

    @property
    def url(self) -> str:
        return self.meta["url"]

    @property
    def published(self) -> datetime | None:
        value = self.get("published")
        return datetime.fromisoformat(value) if value else None

    @property
    def events(self) -> list[str]:
        value = self.get("events")
        return [e.strip() for e in value.split(",")] if value else []

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


def parse_articles(path: Path) -> list[Article]:
    """Parse one src/articles/<day>.md file: '### id' blocks, header lines, '---', body."""
    articles: list[Article] = []
    blocks = path.read_text(encoding="utf-8").split("\n### ")[1:]
    for block in blocks:
        head, _, body = block.partition("\n---\n")
        lines = head.splitlines()
        article_id = lines[0].strip()
        meta: dict[str, str] = {}
        for line in lines[1:]:
            if line.strip():
                key, _, value = line.partition(":")
                meta[key.strip()] = value.strip()
        paragraphs = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
        articles.append(Article(article_id, meta, paragraphs))
    return articles


def load_articles() -> dict[str, Article]:
    found: dict[str, Article] = {}
    for path in sorted((SRC / "articles").glob("*.md")):
        for article in parse_articles(path):
            if article.id in found:
                raise SystemExit(f"duplicate article id {article.id}")
            found[article.id] = article
    return found


def load_events() -> dict[str, str]:
    events: dict[str, str] = {}
    for line in (SRC / "events.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("EV"):
            key, _, text = line.partition(":")
            events[key.strip()] = text.strip()
    return events


# --------------------------------------------------------------------------------------------
# Date formatting helpers
# --------------------------------------------------------------------------------------------

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def long_date(dt: datetime) -> str:
    return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def long_date_time(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    suffix = "AM" if dt.hour < 12 else "PM"
    return f"{long_date(dt)} {hour}:{dt.minute:02d} {suffix}"


def http_date(day: str, hhmmss: str) -> str:
    dt = datetime.fromisoformat(f"{day}T{hhmmss}")
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


# --------------------------------------------------------------------------------------------
# Page chrome: other headlines with their own dates (invented)
# --------------------------------------------------------------------------------------------

SIDEBAR = {
    "2024-11-04": [
        ("Finland keeps eastern border crossings shut for another three months", "October 31, 2024"),
        ("IMF board signs off on new loan tranche for Kyiv", "Oct. 30, 2024"),
        ("Heavy rain shuts motorways across eastern Spain", "2 days ago"),
        ("Mongolia and South Korea sign critical minerals pact", "Nov 2, 2024"),
        ("Chile's copper output hits a record in September", "28/10/2024"),
    ],
    "2024-11-05": [
        ("Polls open in a tight U.S. presidential race", "November 5, 2024"),
        ("Japan's new cabinet faces its first budget test", "Nov 1, 2024"),
        ("Kenyan-led police mission in Haiti asks for more helicopters", "October 29, 2024"),
        ("Thai exports rise for a third straight month", "3 hours ago"),
        ("EU leaders head to Budapest for informal summit", "04.11.2024"),
    ],
    "2024-11-06": [
        ("Markets swing as U.S. election results come in", "November 6, 2024"),
        ("Germany's coalition in crisis over budget talks", "Nov 6, 2024"),
        ("Indonesia opens new capital airport to commercial flights", "Oct. 28, 2024"),
        ("Norway's wealth fund posts third-quarter gain", "yesterday"),
        ("Argentina's inflation slows for a fifth month", "31/10/2024"),
    ],
}

NAV = ["World", "Europe", "Africa", "Asia-Pacific", "Americas", "Business", "Opinion", "Video"]


def other_headlines(day: str, skip: int = 0, count: int = 4) -> list[tuple[str, str]]:
    items = SIDEBAR[day]
    return [items[(skip + i) % len(items)] for i in range(count)]


def slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:60]


# --------------------------------------------------------------------------------------------
# HTML renderers
# --------------------------------------------------------------------------------------------

e = html.escape


def json_ld(a: Article, dt: datetime) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": dt.isoformat(),
        "dateModified": dt.isoformat(),
        "mainEntityOfPage": a.url,
        "publisher": {"@type": "Organization", "name": a.outlet},
    }
    if a.get("author"):
        data["author"] = {"@type": "Person", "name": a.get("author")}
    return json.dumps(data, ensure_ascii=False, indent=2)


SHARE_BUTTONS = (
    '<div class="share-buttons"><span>Share this article</span>'
    '<a class="share-facebook" href="#">Facebook</a><a class="share-x" href="#">X</a>'
    '<a class="share-whatsapp" href="#">WhatsApp</a><a class="share-email" href="#">Email</a>'
    '<button class="copy-link">Copy link</button></div>'
)
COOKIE_NOTICE = (
    '<div id="cookie-notice" class="cookie-notice" role="dialog"><p>We use cookies to give you '
    'the best experience and to show personalised advertising. By clicking "Accept all" you '
    'agree to our <a href="/cookie-policy">cookie policy</a>.</p><button>Accept all</button>'
    "<button>Manage preferences</button></div>"
)
COMMENT_FORM = (
    '<section id="comments" class="comments"><h3>Leave a Comment</h3>'
    "<p>Your email address will not be published. Required fields are marked *</p>"
    '<form><textarea name="comment" placeholder="Comment*"></textarea>'
    '<input name="author" placeholder="Name*"><input name="email" placeholder="Email*">'
    '<button type="submit">Post Comment</button></form><p class="count">0 Comments</p></section>'
)
NEWSLETTER_BOX = (
    '<section class="newsletter"><h3>Morning Briefing</h3><p>The day\'s top world stories, '
    "in your inbox before breakfast. Sign up for our free newsletter.</p>"
    '<input type="email" placeholder="Your email address"><button>Sign up</button></section>'
)


def modern_head(a: Article, date_mode: str) -> list[str]:
    """The <head> lines of a modern page, with the date metadata date_mode asks for."""
    dt = a.published
    head: list[str] = [
        '<meta charset="utf-8">',
        f"<title>{e(a.title)} | {e(a.outlet)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:site_name" content="{e(a.outlet)}">',
        f'<meta property="og:title" content="{e(a.title)}">',
        '<meta property="og:type" content="article">',
    ]
    if date_mode in ("meta", "og"):
        assert dt is not None
        head += [
            f'<link rel="canonical" href="{e(a.url)}">',
            f'<meta property="og:url" content="{e(a.url)}">',
            f'<meta property="article:published_time" content="{dt.isoformat()}">',
        ]
    if date_mode in ("meta", "jsonld"):
        assert dt is not None
        head.append(f'<script type="application/ld+json">\n{json_ld(a, dt)}\n</script>')
    head.append('<link rel="stylesheet" href="/static/css/site.4f2a9c.css">')
    return head


def modern_byline(a: Article, date_mode: str) -> str:
    dt = a.published
    author = a.get("author")
    byline = f'By <a class="author" href="/authors/{slug(author)}">{e(author)}</a>' if author else ""
    if date_mode in ("meta", "og", "jsonld") and dt is not None:
        byline += f' <time datetime="{dt.isoformat()}">{e(long_date_time(dt))}</time>'
    elif date_mode == "visible" and dt is not None:
        byline += f' <span class="date">Published {e(long_date(dt))}</span>'
    return byline


def lead_figure(a: Article) -> str:
    if not a.get("caption"):
        return ""
    credit = f' <span class="credit">{e(a.get("credit") or "")}</span>' if a.get("credit") else ""
    return (
        f'<figure class="lead-image"><img src="/media/{slug(a.title)}.jpg" alt="" '
        f'width="1200" height="675"><figcaption>{e(a.get("caption") or "")}{credit}'
        "</figcaption></figure>"
    )


def modern_body(a: Article, related: list[Article]) -> list[str]:
    """The paragraphs, with an ALSO READ link to the first related story after the third."""
    body: list[str] = []
    for i, p in enumerate(a.paragraphs):
        body.append(f"<p>{e(p)}</p>")
        if i == 2 and related:
            r = related[0]
            body.append(
                f'<p class="inline-related"><strong>ALSO READ:</strong> <a href="{e(r.url)}">{e(r.title)}</a></p>'
            )
    return body


def modern_footer(outlet: str) -> str:
    return (
        f'<footer class="site-footer"><nav><a href="/about">About us</a> | <a href="/contact">Contact</a>'
        ' | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | '
        '<a href="/advertise">Advertise with us</a></nav>'
        f"<p>&copy; 2024 {e(outlet)}. All rights reserved.</p>"
        "<p>Follow us: Facebook &middot; X &middot; Instagram &middot; YouTube</p></footer>"
    )


def modern_page(a: Article, day: str, date_mode: str, related: list[Article], skip: int = 0) -> str:
    """A present-day news page: cookie banner, nav, share buttons, figure, related, comments,
    sidebar with dated headlines, newsletter box, footer. date_mode: meta (canonical,
    article:published_time and JSON-LD) | og (canonical and article:published_time only) |
    jsonld (JSON-LD only, no canonical) | visible (byline date only) | none."""
    nav = "".join(f'<li><a href="/{slug(n)}">{e(n)}</a></li>' for n in NAV)
    related_items = "".join(
        f'<li><a href="{e(r.url)}">{e(r.title)}</a>'
        + (f' <span class="date">{e(long_date(r.published))}</span>' if r.published else "")
        + "</li>"
        for r in related
    )
    sidebar = "".join(
        f'<li><a href="/news/{slug(h)}">{e(h)}</a> <span class="date">{e(d)}</span></li>'
        for h, d in other_headlines(day, skip)
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            *modern_head(a, date_mode),
            "</head>",
            '<body class="article-page">',
            COOKIE_NOTICE,
            f'<header class="site-header"><a class="logo" href="/">{e(a.outlet)}</a>'
            f'<nav class="main-nav"><ul>{nav}</ul></nav>'
            '<form class="search" action="/search"><input name="q" placeholder="Search"></form>'
            '<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></header>',
            '<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/world">World</a></div>',
            '<main class="layout">',
            '<article class="story">',
            f'<h1 class="headline">{e(a.title)}</h1>',
            f'<div class="byline">{modern_byline(a, date_mode)}</div>',
            SHARE_BUTTONS,
            lead_figure(a),
            '<div class="article-body">',
            *modern_body(a, related),
            "</div>",
            SHARE_BUTTONS,
            '<div class="tags">Topics: <a href="/world">World</a> <a href="/security">Security</a></div>',
            f'<section class="related"><h2>Related stories</h2><ul>{related_items}</ul></section>'
            if related_items
            else "",
            COMMENT_FORM,
            "</article>",
            '<aside class="sidebar">',
            f'<section class="most-read"><h3>Most read</h3><ol>{sidebar}</ol></section>',
            NEWSLETTER_BOX,
            '<div class="ad-slot">Advertisement</div>',
            "</aside>",
            "</main>",
            modern_footer(a.outlet),
            "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article'});</script>",
            "</body>",
            "</html>",
            "",
        ]
    )


def legacy_page(a: Article, day: str, date_mode: str, skip: int = 0) -> str:
    """An old table-layout page (.htm): no date metadata, other news with dd/mm dates."""
    dt = a.published
    others = "".join(
        f'<tr><td class="small">&raquo; <a href="news.asp?id={900 + i}">{e(h)}</a> <i>({e(d)})</i></td></tr>'
        for i, (h, d) in enumerate(other_headlines(day, skip, 5))
    )
    date_line = ""
    if date_mode == "visible" and dt is not None:
        date_line = f'<font size="1" color="#666666">{dt.strftime("%d/%m/%Y %H:%M")}</font><br>'
    author = a.get("author")
    paras = "".join(f"<p>{e(p)}</p>\n" for p in a.paragraphs)
    caption = ""
    if a.get("caption"):
        caption = (
            f'<table align="right" width="260"><tr><td><img src="img/lead.jpg" width="250"><br>'
            f'<font size="1">{e(a.get("caption") or "")} {e(a.get("credit") or "")}</font>'
            "</td></tr></table>"
        )
    return "\n".join(
        [
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
            "<HTML>",
            "<HEAD>",
            f"<TITLE>{e(a.outlet)} :: {e(a.title)}</TITLE>",
            '<META http-equiv="Content-Type" content="text/html; charset=utf-8">',
            '<META name="keywords" content="news, world, politics, region">',
            "</HEAD>",
            '<BODY bgcolor="#FFFFFF" topmargin="0">',
            f'<table width="980" border="0"><tr><td colspan="3" bgcolor="#003366"><font color="#FFFFFF" '
            f'size="5"><b>{e(a.outlet.upper())}</b></font><br><font color="#CCCCCC" size="1">'
            "Independent news since 2003</font></td></tr>",
            '<tr><td colspan="3"><a href="index.htm">Home</a> | <a href="news.htm">News</a> | '
            '<a href="politics.htm">Politics</a> | <a href="economy.htm">Economy</a> | '
            '<a href="opinion.htm">Opinion</a> | <a href="contact.htm">Contact</a></td></tr>',
            '<tr><td width="160" valign="top"><b>Sections</b><br><a href="region.htm">Region</a><br>'
            '<a href="world.htm">World</a><br><a href="business.htm">Business</a><br>'
            '<a href="letters.htm">Letters</a><br><br><a href="archive.htm">Archive</a></td>',
            '<td width="560" valign="top">',
            f'<font face="Arial" size="4"><b>{e(a.title)}</b></font><br>',
            date_line,
            f'<font size="2">Posted by {e(author)}</font><br>' if author else "",
            '<font size="1"><a href="#">Print this page</a> | <a href="#">Email to a friend</a> | '
            '<a href="#">Share on Facebook</a> | <a href="#">Tweet</a></font>',
            caption,
            paras,
            '<p><font size="1">Comments (0) | <a href="#comment">Leave a Comment</a></font></p>',
            "</td>",
            f'<td width="260" valign="top" bgcolor="#EEEEEE"><b>Other news</b><table>{others}</table>'
            '<br><b>Newsletter</b><br><font size="1">Enter your e-mail to receive our weekly digest'
            '</font><br><input type="text" name="email"><input type="submit" value="Join"></td></tr>',
            '<tr><td colspan="3" align="center"><font size="1">Copyright &copy; 2003-2024 '
            f"{e(a.outlet)}. This site uses cookies. Continued use means you accept them. "
            '<a href="privacy.htm">Privacy</a></font></td></tr>',
            "</table>",
            "</BODY>",
            "</HTML>",
            "",
        ]
    )


# --------------------------------------------------------------------------------------------
# Flattened text renderers
# --------------------------------------------------------------------------------------------


def smart_quotes(text: str) -> str:
    """Typographic quotes and apostrophes, as a word processor would have typed them."""
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if prev.isspace() or prev in "([" else "\u201d")
        elif ch == "'":
            out.append("\u2018" if prev.isspace() else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def hard_wrap(paragraph: str, width: int) -> str:
    return "\n".join(textwrap.wrap(paragraph, width=width, break_long_words=False))


def flat_text(
    a: Article,
    *,
    top: list[str] = (),
    after_title: list[str] = (),
    bottom: list[str] = (),
    date_line: str | None = None,
    wrap: dict[int, int] | None = None,
    blank_lines: bool = True,
    caption_first: bool = False,
    insert: dict[int, str] | None = None,
) -> str:
    """Scraper-style text: junk lines at the top, title, byline junk, optional caption and date line,
    paragraphs (some hard-wrapped at the given widths), inserted junk and a trailing sidebar."""
    wrap = wrap or {}
    insert = insert or {}
    lines: list[str] = list(top)
    caption = a.get("caption")
    credit = a.get("credit")
    if caption_first and caption:
        lines.append(caption)
    lines.append(a.title)
    lines.extend(after_title)
    if date_line:
        lines.append(date_line)
    if caption and not caption_first:
        lines.append(caption)
    for i, p in enumerate(a.paragraphs):
        lines.append(hard_wrap(p, wrap[i]) if i in wrap else p)
        if i in insert:
            lines.append(insert[i])
    if credit and credit.lower().startswith("with "):
        lines.append(credit)
    lines.extend(bottom)
    sep = "\n\n" if blank_lines else "\n"
    return sep.join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Layout: what each landing file holds
# --------------------------------------------------------------------------------------------


@dataclass
class Placement:
    """One article inside one landing file, and how its publication date is exposed."""

    article: str
    date_via: str  # where the date can be found: "html metadata", "text", "record field", "manifest", ...
    segment: int = 0
    record: int = 0


@dataclass
class Entry:
    path: str  # relative to the day folder
    fmt: str
    junk: str
    expected: str  # "article(s)" or "rejected: <reason>"
    placements: list[Placement] = field(default_factory=list)
    build: Callable[[], bytes] | None = None


def gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def warc_bytes(day: str, pages: list[tuple[Article, str]], compress: bool) -> bytes:
    """WARC with a warcinfo record and one response record per (article, html) page."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    stamp = f"{day}T17:02:11Z"
    info = writer.create_warc_record(
        f"crawl-{day}.warc",
        "warcinfo",
        payload=io.BytesIO(
            b"software: sample-crawler/0.3\r\nformat: WARC File Format 1.1\r\n"
            b"description: sample crawl written by sample/make_sample.py\r\n"
        ),
        warc_content_type="application/warc-fields",
        warc_headers_dict={
            "WARC-Date": stamp,
            "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'warcinfo:' + day)}>",
            "WARC-Filename": f"crawl-{day}.warc",
        },
    )
    writer.write_record(info)
    for n, (a, page) in enumerate(pages):
        payload = page.encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK",
            [
                ("Date", http_date(day, f"17:{2 + n:02d}:11")),
                ("Server", "nginx"),
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(payload))),
                ("Cache-Control", "max-age=300"),
            ],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            a.url,
            "response",
            payload=io.BytesIO(payload),
            http_headers=headers,
            warc_headers_dict={
                "WARC-Date": f"{day}T17:{2 + n:02d}:11Z",
                "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, a.url)}>",
            },
        )
        writer.write_record(record)
    return out.getvalue()


def record(
    a: Article,
    kind: str,
    *,
    published: str | None = "iso",
    html_page: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One JSON record. published: "iso" (full timestamp), "date" (date only), None (omitted)."""
    rec: dict[str, Any] = {"url": a.url, "title": a.title, "source": a.outlet}
    if published == "iso" and a.published:
        rec["published"] = a.published.isoformat()
    elif published == "date" and a.published:
        rec["published"] = a.published.date().isoformat()
    if kind == "text":
        rec["text"] = "\n\n".join(a.paragraphs)
    else:
        rec["html"] = html_page
    if extra:
        rec.update(extra)
    return rec


def jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# --------------------------------------------------------------------------------------------
# Deliberately bad inputs
# --------------------------------------------------------------------------------------------


def binary_png(seed: int) -> bytes:
    """Start of a PNG image (signature, IHDR chunk, NUL bytes): a binary file saved as .txt."""
    rng = random.Random(seed)
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x02\x00\x00\x00"
    return head + bytes(rng.randrange(256) for _ in range(1500))


def hopeless_bytes(seed: int) -> bytes:
    """High bytes and C1 controls only: not UTF-8, not sensible in any 8-bit code page."""
    rng = random.Random(seed)
    pool = list(range(0x80, 0x100)) + [0x01, 0x02, 0x03, 0x1B, 0x7F]
    return bytes(rng.choice(pool) for _ in range(2048))


def fake_pdf(seed: int) -> bytes:
    rng = random.Random(seed)
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Length 900 /Filter /FlateDecode >>\nstream\n"
        + bytes(rng.randrange(256) for _ in range(900))
        + b"\nendstream\nendobj\n"
    )


def truncated_gz(data: bytes) -> bytes:
    full = gz(data)
    return full[: len(full) * 2 // 5]


NOT_XML_FEED = (
    "Service Temporarily Unavailable\n\n"
    "The server is temporarily unable to service your request due to maintenance downtime or\n"
    "capacity problems. Please try again later.\n\n"
    "Reference #18.4f1c2e17.1730736000.2b9d11\n"
)


# --------------------------------------------------------------------------------------------
# The layout
# --------------------------------------------------------------------------------------------

META = "html metadata (article:published_time, JSON-LD datePublished)"
NONE = "none given"


def enc(text: str) -> bytes:
    return text.encode("utf-8")


TOP_JUNK = ["WhatsApp Channel Join Now", "Telegram Group Join Now"]

BROKEN_JSON_LINE = (
    '{"url": "https://continentalwire.example/2024/11/06/eu-tanker-listings", '
    '"title": "EU prepares new tanker listings", "source": "Continental Wire", '
    '"published": "2024-11-06", "text": "BRUSSELS, Nov 6 (Continental Wire) - The European '
    "Commission is preparing to add"
)


def roundup_page(A: dict[str, Article]) -> bytes:
    """The round-up page: three reports, each with its caption, published line, title and trailing lines."""
    roundup_parts = [
        (
            "d1-roundup-shoal",
            "PACIFIC LEDGER | Published November 2, 2024",
            True,
            [
                "READ FULL ARTICLE",
                "SOURCE: www.pacificledger.example",
                "RELATED: Philippines files new protest over shoal incident",
            ],
        ),
        (
            "d1-roundup-adre",
            "Published November 3, 2024",
            True,
            [
                "READ FULL ARTICLE",
                "SOURCE: nilecourier.example",
                "RELATED: Adre crossing permission expires in mid-November",
            ],
        ),
        (
            "d1-roundup-odesa",
            "BLACK SEA BULLETIN | Published November 4, 2024",
            True,
            ["READ FULL ARTICLE", "SOURCE: blackseabulletin.example"],
        ),
    ]

    chunks = []
    for aid, published_line, caption_first, tail in roundup_parts:
        a = A[aid]
        lines = []
        if caption_first and a.get("caption"):
            lines.append(a.get("caption"))
        lines.append(published_line)
        if aid != "d1-roundup-adre":
            lines.append(a.title)
        lines.extend(a.paragraphs)
        lines.extend(tail)
        chunks.append("\n".join(lines))
    return enc("\n".join(chunks) + "\nMore from Global Affairs Digest\nSubscribe to the daily round-up\n")


def andes_text(A: dict[str, Article]) -> str:
    """The cp1252 text with CRLF line ends: WordPress share and like junk, related headlines, curly quotes."""
    andes = A["d2-venezuela-andes"]
    andes_text = flat_text(
        andes,
        after_title=["Posted on 05/11/2024 by Mariana Peña", "Reading Time: 2 minutes"],
        bottom=[
            "Share this:",
            "Facebook",
            "X",
            "WhatsApp",
            "Like this:",
            "Like Loading...",
            "Related",
            "Brazil hosts Amazon summit follow-up talks",
            "Guyana's oil output tops 600,000 barrels a day",
        ],
        blank_lines=False,
    )
    return smart_quotes(andes_text).replace("\n", "\r\n")


def _nov04_pages(A: dict[str, Article]) -> list[Entry]:
    """Monday's pages: a modern and an old-layout page, flattened text, a round-up of three reports."""
    return [
        Entry(
            "balticwire-germany-lithuania-brigade.html",
            "HTML",
            "full page chrome (cookie notice, nav, share buttons twice, caption + credit, ALSO READ, "
            "related list, Leave a Comment form, Most read sidebar with dates, newsletter box, footer); "
            "canonical link, article:published_time, JSON-LD",
            "article",
            [Placement("d1-brigade-baltic", META)],
            lambda: enc(
                modern_page(A["d1-brigade-baltic"], "2024-11-04", "meta", [A["d1-brigade-wire"], A["d1-drone-poland"]])
            ),
        ),
        Entry(
            "hornmonitor-adre-convoy.htm",
            "HTM (old table layout)",
            "table layout, section menu, 'Print this page | Email to a friend', caption in a table, "
            "'Other news' with dd/mm/yyyy dates, newsletter, cookie line in footer; no date metadata "
            "and no visible date (manifest gives url and source only)",
            "article",
            [Placement("d1-adre-horn", NONE)],
            lambda: enc(legacy_page(A["d1-adre-horn"], "2024-11-04", "none")),
        ),
        Entry(
            "newsline24-manila-water-cannon.txt",
            "TXT (flattened)",
            "WhatsApp/Telegram join prompts, 'Spread the love', 'By Admin', photo caption, paragraphs "
            "hard-wrapped mid-sentence, 'MUST READ:' line, 'With AFP' credit, Leave a Comment, "
            "trailing sidebar of headline lines; no date",
            "article",
            [Placement("d1-shoal-newsline", NONE)],
            lambda: enc(
                flat_text(
                    A["d1-shoal-newsline"],
                    top=TOP_JUNK,
                    after_title=["Spread the love", "By Admin"],
                    wrap={1: 64, 4: 71},
                    insert={2: "MUST READ: \u261e Philippines, Japan hold first joint sail in the West Philippine Sea"},
                    bottom=[
                        "Leave a Comment",
                        "Related Posts",
                        "Taiwan reports 12 Chinese aircraft near island",
                        "Vietnam, Malaysia agree to speed up maritime talks",
                        "Indonesia detains foreign fishing boats off Natuna",
                        "Contact Us | Privacy Policy | About Us",
                    ],
                )
            ),
        ),
        Entry(
            "global-affairs-roundup.txt",
            "TXT (round-up page)",
            "three separate reports on one page, each with its own caption, 'Published <date>' line, "
            "'READ FULL ARTICLE', 'SOURCE:' and 'RELATED:' lines; footer lines",
            "3 articles (segments 0, 1, 2)",
            [
                Placement("d1-roundup-shoal", "text ('Published November 2, 2024')", segment=0),
                Placement("d1-roundup-adre", "text ('Published November 3, 2024')", segment=1),
                Placement("d1-roundup-odesa", "text ('Published November 4, 2024')", segment=2),
            ],
            lambda: roundup_page(A),
        ),
    ]


def _nov04_records(A: dict[str, Article]) -> list[Entry]:
    """Monday's records: JSON, JSON lines, an uncompressed WARC and a gzipped page."""
    return [
        Entry(
            "meridian-odesa-drone-strike.json",
            "JSON (one record, text)",
            "clean text record with url, published (ISO datetime), title, source",
            "article",
            [Placement("d1-odesa-meridian", "record field published")],
            lambda: enc(json.dumps(record(A["d1-odesa-meridian"], "text"), ensure_ascii=False, indent=2) + "\n"),
        ),
        Entry(
            "continental-wire-feed.jsonl",
            "JSONL (2 records)",
            "record 0: text with date-only published; record 1: html page (with chrome and JSON-LD "
            "datePublished only) and no published field",
            "2 articles",
            [
                Placement("d1-brigade-wire", "record field published (date only)", record=0),
                Placement(
                    "d1-border-talks",
                    "JSON-LD datePublished inside the html field (no canonical, no article:published_time)",
                    record=1,
                ),
            ],
            lambda: jsonl(
                [
                    record(A["d1-brigade-wire"], "text", published="date"),
                    record(
                        A["d1-border-talks"],
                        "html",
                        published=None,
                        html_page=modern_page(A["d1-border-talks"], "2024-11-04", "jsonld", [], 2),
                    ),
                ]
            ),
        ),
        Entry(
            "crawl-2024-11-04.warc",
            "WARC (uncompressed)",
            "warcinfo record 0, then two HTTP 200 response records holding full news pages",
            "2 articles (records 1, 2); the warcinfo record is not an article",
            [
                Placement("d1-shoal-denial", META, record=1),
                Placement("d1-sudan-un-request", "visible byline date ('Published November 4, 2024')", record=2),
            ],
            lambda: warc_bytes(
                "2024-11-04",
                [
                    (
                        A["d1-shoal-denial"],
                        modern_page(A["d1-shoal-denial"], "2024-11-04", "meta", [A["d1-roundup-shoal"]], 1),
                    ),
                    (
                        A["d1-sudan-un-request"],
                        modern_page(A["d1-sudan-un-request"], "2024-11-04", "visible", [A["d1-adre-horn"]], 3),
                    ),
                ],
                compress=False,
            ),
        ),
        Entry(
            "meridian-poland-drone.html.gz",
            "HTML, gzip-compressed",
            "full page chrome, no date metadata or visible date; manifest.csv gives url, published, source and title",
            "article",
            [Placement("d1-drone-poland", "manifest (2024-11-04)")],
            lambda: gz(enc(modern_page(A["d1-drone-poland"], "2024-11-04", "none", [A["d1-brigade-baltic"]], 4))),
        ),
    ]


def _nov04_manifest_and_bad_inputs(A: dict[str, Article]) -> list[Entry]:
    """Monday's manifest and the inputs that must be rejected."""
    return [
        Entry(
            "manifest.csv",
            "manifest (CSV)",
            "hints for 3 of the files: path,url,published,source,title; empty cells where no hint",
            "not an input record: read as hints",
            [],
            lambda: manifest_csv(
                [
                    {
                        "path": "hornmonitor-adre-convoy.htm",
                        "url": A["d1-adre-horn"].url,
                        "source": "Horn of Africa Monitor",
                    },
                    {
                        "path": "meridian-poland-drone.html.gz",
                        "url": A["d1-drone-poland"].url,
                        "published": "2024-11-04",
                        "source": "Meridian Post",
                        "title": A["d1-drone-poland"].title,
                    },
                    {"path": "global-affairs-roundup.txt", "source": "Global Affairs Digest"},
                ]
            ),
        ),
        Entry("empty.txt", "TXT", "zero bytes", "rejected: empty file", [], lambda: b""),
        Entry(
            "scan-0001.txt",
            "TXT extension, binary content",
            "a PNG image header followed by random bytes (NULs included)",
            "rejected: binary content",
            [],
            lambda: binary_png(4),
        ),
        Entry(
            "feed.xml",
            "XML extension, not XML",
            "a plain-text 'Service Temporarily Unavailable' error page saved as a feed",
            "rejected: unsupported format / not XML",
            [],
            lambda: enc(NOT_XML_FEED),
        ),
    ]


def _nov05_pages_and_feeds(A: dict[str, Article]) -> list[Entry]:
    """Tuesday's page, gzipped flattened text and a gzipped partner feed."""
    return [
        Entry(
            "caucasusdispatch-tbilisi-rally.html",
            "HTML",
            "full page chrome; canonical link, article:published_time, JSON-LD; sidebar headlines dated Nov 1-5",
            "article",
            [Placement("d2-tbilisi-caucasus", META)],
            lambda: enc(modern_page(A["d2-tbilisi-caucasus"], "2024-11-05", "meta", [A["d1-border-talks"]], 0)),
        ),
        Entry(
            "eurasiabrief-tbilisi-rally.txt.gz",
            "TXT, gzip-compressed",
            "breadcrumbs, 'Spread the love', share prompt, caption, hard-wrapped paragraphs, "
            "'RELATED:' line, 'With Reuters' credit, 'Leave a Comment', trailing headline list; "
            "no date (manifest.jsonl gives source and url only)",
            "article",
            [Placement("d2-tbilisi-eurasia", NONE)],
            lambda: gz(
                enc(
                    flat_text(
                        A["d2-tbilisi-eurasia"],
                        top=["Home \u00bb Caucasus \u00bb Georgia"],
                        after_title=["Spread the love", "Share on Facebook | Share on X | Share on Telegram"],
                        wrap={0: 68, 2: 75, 5: 70},
                        insert={3: "RELATED: Georgian president refuses to attend prosecutor's summons"},
                        bottom=[
                            "Leave a Comment",
                            "Trending Now",
                            "Armenia, Azerbaijan border talks to resume in December",
                            "Azerbaijan prepares to host COP29 climate summit",
                            "Kazakhstan signs deal for first nuclear plant",
                        ],
                    )
                )
            ),
        ),
        Entry(
            "partner-feed.jsonl.gz",
            "JSONL, gzip-compressed (3 records)",
            "record 0: text + ISO published; record 1: html page without date metadata but a visible "
            "'Published <date>' byline, no published field; record 2: text + ISO published",
            "3 articles",
            [
                Placement("d2-tbilisi-record", "record field published", record=0),
                Placement("d2-moldova-danube", "visible byline date inside the html field", record=1),
                Placement("d2-nk-missile", "record field published", record=2),
            ],
            lambda: gz(
                jsonl(
                    [
                        record(A["d2-tbilisi-record"], "text"),
                        record(
                            A["d2-moldova-danube"],
                            "html",
                            published=None,
                            html_page=modern_page(A["d2-moldova-danube"], "2024-11-05", "visible", [], 2),
                        ),
                        record(A["d2-nk-missile"], "text"),
                    ]
                )
            ),
        ),
    ]


def _nov05_crawl_and_legacy_inputs(A: dict[str, Article]) -> list[Entry]:
    """Tuesday's gzipped WARC, a cp1252 text, JSON, an old-layout page and an undated page."""
    return [
        Entry(
            "crawl-2024-11-05.warc.gz",
            "WARC, gzip-compressed (per-record gzip members)",
            "warcinfo record 0, two HTTP 200 response records; record 2's page states no date (the "
            "HTTP Date header is the crawl time, not the publication date)",
            "2 articles (records 1, 2)",
            [Placement("d2-brigade-meridian", META, record=1), Placement("d2-venezuela-wire", NONE, record=2)],
            lambda: warc_bytes(
                "2024-11-05",
                [
                    (
                        A["d2-brigade-meridian"],
                        modern_page(A["d2-brigade-meridian"], "2024-11-05", "meta", [A["d1-brigade-baltic"]], 1),
                    ),
                    (A["d2-venezuela-wire"], modern_page(A["d2-venezuela-wire"], "2024-11-05", "none", [], 3)),
                ],
                compress=True,
            ),
        ),
        Entry(
            "andesobserver-venezuela-guyana.txt",
            "TXT in Windows-1252 (not UTF-8), CRLF line ends",
            "curly quotes, em dashes and accented letters as cp1252 bytes (invalid UTF-8); "
            "'Posted on 05/11/2024 by ...' line, WordPress share/like junk, related headlines",
            "article, decoded with a cp1252 fallback (encoding = cp1252); a pipeline without a "
            "fallback must reject it as undecodable",
            [Placement("d2-venezuela-andes", "text ('Posted on 05/11/2024', day first) and manifest (2024-11-05)")],
            lambda: andes_text(A).encode("cp1252"),
        ),
        Entry(
            "hornmonitor-port-sudan-containers.json",
            "JSON (one record, text)",
            "text record with url, published, title, source",
            "article",
            [Placement("d2-convoy-followup", "record field published")],
            lambda: enc(json.dumps(record(A["d2-convoy-followup"], "text"), ensure_ascii=False) + "\n"),
        ),
        Entry(
            "pacificledger-japan-radar.htm",
            "HTM (old table layout)",
            "table layout, 'Other news' with mixed date styles, visible date '05/11/2024 17:45' "
            "(day first), no date metadata",
            "article",
            [Placement("d2-radar-pacific", "visible text date ('05/11/2024 17:45', day first)")],
            lambda: enc(legacy_page(A["d2-radar-pacific"], "2024-11-05", "visible", 1)),
        ),
        Entry(
            "atlantictimes-sudan-council-preview.html",
            "HTML",
            "full page chrome, no date metadata, no visible date, not in the manifest",
            "article",
            [Placement("d2-sudan-council-preview", NONE)],
            lambda: enc(
                modern_page(
                    A["d2-sudan-council-preview"],
                    "2024-11-05",
                    "none",
                    [A["d1-sudan-un-request"], A["d2-convoy-followup"]],
                    2,
                )
            ),
        ),
    ]


def _nov05_truncated_and_manifest(A: dict[str, Article]) -> list[Entry]:
    """Tuesday's truncated gzip and the JSON lines manifest."""
    return [
        Entry(
            "meridian-kyiv-air-defence.html.gz",
            "HTML, gzip-compressed, TRUNCATED",
            "the first 40% of a valid gzip stream: decompression fails with an unexpected end of stream",
            "rejected: truncated / corrupt gzip",
            [],
            lambda: truncated_gz(enc(modern_page(A["d2-truncated-page"], "2024-11-05", "meta", [], 4))),
        ),
        Entry(
            "manifest.jsonl",
            "manifest (JSONL)",
            "hints for 3 of the files; keys missing where no hint",
            "not an input record: read as hints",
            [],
            lambda: manifest_jsonl(
                [
                    {
                        "path": "eurasiabrief-tbilisi-rally.txt.gz",
                        "url": A["d2-tbilisi-eurasia"].url,
                        "source": "Eurasia Brief",
                    },
                    {
                        "path": "andesobserver-venezuela-guyana.txt",
                        "published": "2024-11-05",
                        "source": "Andes Observer",
                        "url": A["d2-venezuela-andes"].url,
                    },
                    {"path": "pacificledger-japan-radar.htm", "url": A["d2-radar-pacific"].url},
                ]
            ),
        ),
    ]


def _nov06_pages(A: dict[str, Article]) -> list[Entry]:
    """Wednesday's pages: modern, flattened text, old layout."""
    return [
        Entry(
            "pacificledger-scarborough-water-cannon.html",
            "HTML",
            "full page chrome; canonical, article:published_time, JSON-LD; related list links the "
            "Nov 2-3 Second Thomas Shoal stories with their dates",
            "article",
            [Placement("d3-scarborough-pacific", META)],
            lambda: enc(
                modern_page(
                    A["d3-scarborough-pacific"], "2024-11-06", "meta", [A["d1-shoal-denial"], A["d2-radar-pacific"]], 0
                )
            ),
        ),
        Entry(
            "newsline24-scarborough-again.txt",
            "TXT (flattened)",
            "WhatsApp/Telegram join prompts, 'Spread the love', 'By Admin', caption, hard-wrapped "
            "lines, 'MUST READ:', 'With AFP', 'Leave a Comment', trailing headline list; no date",
            "article",
            [Placement("d3-scarborough-newsline", NONE)],
            lambda: enc(
                flat_text(
                    A["d3-scarborough-newsline"],
                    top=["WhatsApp Channel Join Now", "Telegram Group Join Now"],
                    after_title=["Spread the love", "By Admin"],
                    wrap={0: 66, 3: 60, 5: 72},
                    insert={1: "MUST READ: \u261e Manila Accuses Beijing Of Water Cannon Attack On Supply Boat"},
                    bottom=[
                        "Leave a Comment",
                        "Related Posts",
                        "Philippines, Japan sign coastal radar deal",
                        "Taiwan says Chinese carrier group sailed through strait",
                        "Contact Us | Privacy Policy | About Us",
                    ],
                )
            ),
        ),
        Entry(
            "danubedaily-odesa-missile.htm",
            "HTM (old table layout)",
            "table layout, caption, 'Other news' with dates, no date anywhere ('Wednesday (6)' in the text only)",
            "article",
            [Placement("d3-odesa-missile-legacy", NONE)],
            lambda: enc(legacy_page(A["d3-odesa-missile-legacy"], "2024-11-06", "none", 2)),
        ),
    ]


def _nov06_records(A: dict[str, Article]) -> list[Entry]:
    """Wednesday's records: JSON lines with a broken line, a JSON html record, a gzipped page."""
    return [
        Entry(
            "wire-feed-2024-11-06.jsonl",
            "JSONL (4 lines, one broken)",
            "line 0: text + ISO published; line 1: text + date-only published; line 2: a JSON object "
            "cut off mid-string; line 3: html page with date metadata plus a published field",
            "3 articles (lines 0, 1, 3); line 2 rejected: invalid JSON",
            [
                Placement("d3-odesa-missile-wire", "record field published", record=0),
                Placement("d3-sanctions-wire", "record field published (date only)", record=1),
                Placement("d3-kosovo-talks", "record field published and " + META + " inside the html", record=3),
            ],
            lambda: (
                jsonl(
                    [
                        record(A["d3-odesa-missile-wire"], "text"),
                        record(A["d3-sanctions-wire"], "text", published="date"),
                    ]
                )
                + enc(BROKEN_JSON_LINE + "\n")
                + jsonl(
                    [
                        record(
                            A["d3-kosovo-talks"],
                            "html",
                            html_page=modern_page(A["d3-kosovo-talks"], "2024-11-06", "meta", [], 3),
                        )
                    ]
                )
            ),
        ),
        Entry(
            "atlantictimes-uk-shadow-fleet.json",
            "JSON (one record, html)",
            "record whose html field holds a full page without date metadata; published field given",
            "article",
            [Placement("d3-sanctions-json", "record field published")],
            lambda: enc(
                json.dumps(
                    record(
                        A["d3-sanctions-json"],
                        "html",
                        html_page=modern_page(A["d3-sanctions-json"], "2024-11-06", "none", [], 1),
                    ),
                    ensure_ascii=False,
                    indent=1,
                )
                + "\n"
            ),
        ),
        Entry(
            "meridian-red-sea-houthi.html.gz",
            "HTML, gzip-compressed",
            "full page chrome with canonical link and article:published_time (no JSON-LD)",
            "article",
            [Placement("d3-redsea", "html metadata (article:published_time only)")],
            lambda: gz(enc(modern_page(A["d3-redsea"], "2024-11-06", "og", [], 4))),
        ),
    ]


def _nov06_flattened_texts(A: dict[str, Article]) -> list[Entry]:
    """Wednesday's flattened texts: gzipped with a byline date, and a dateline without a year."""
    return [
        Entry(
            "hornmonitor-somalia-ethiopia.txt.gz",
            "TXT, gzip-compressed",
            "breadcrumbs, byline with date '6 November 2024', share prompt, 'SOURCE:' line, "
            "'Like this: Loading...', trailing 'Latest' list with dates",
            "article",
            [Placement("d3-somalia", "text (byline '6 November 2024')")],
            lambda: gz(
                enc(
                    flat_text(
                        A["d3-somalia"],
                        top=["Home > Somalia > Politics"],
                        after_title=[
                            f"By {A['d3-somalia'].get('author')} | 6 November 2024 | 4 min read",
                            "Share: Facebook X WhatsApp Email",
                        ],
                        bottom=[
                            "SOURCE: Horn of Africa Monitor",
                            "Like this:",
                            "Loading...",
                            "Latest",
                            "Eritrea hosts Egyptian and Somali leaders in Asmara - 10 Oct 2024",
                            "AU mission funding gap widens - 1 Nov 2024",
                            "Drought warning issued for southern Somalia - 29 Oct 2024",
                        ],
                        blank_lines=False,
                    )
                )
            ),
        ),
        Entry(
            "eurasiabrief-moldova-transnistria.txt",
            "TXT (flattened)",
            "'By Admin', dateline 'CHISINAU, Nov. 6' with no year, paragraphs hard-wrapped, "
            "'READ FULL ARTICLE' and trailing headline list",
            "article",
            [Placement("d3-moldova-followup", "text dateline 'Nov. 6' (no year)")],
            lambda: enc(
                flat_text(
                    A["d3-moldova-followup"],
                    after_title=["By Admin"],
                    wrap={0: 70, 1: 70, 2: 70, 3: 70, 4: 70, 5: 70},
                    bottom=[
                        "READ FULL ARTICLE",
                        "More stories",
                        "Sandu sworn in for second term next month",
                        "Ukraine confirms end of gas transit on Dec. 31",
                    ],
                )
            ),
        ),
    ]


def _nov06_crawl_and_bad_inputs(A: dict[str, Article]) -> list[Entry]:
    """Wednesday's WARC and the inputs that must be rejected."""
    return [
        Entry(
            "crawl-2024-11-06.warc",
            "WARC (uncompressed)",
            "warcinfo record 0, two HTTP 200 response records: record 1 with date metadata, record 2 "
            "with only a visible byline date",
            "2 articles (records 1, 2)",
            [
                Placement("d3-unsc-sudan", META, record=1),
                Placement("d3-scarborough-wire", "visible byline date ('Published November 6, 2024')", record=2),
            ],
            lambda: warc_bytes(
                "2024-11-06",
                [
                    (
                        A["d3-unsc-sudan"],
                        modern_page(A["d3-unsc-sudan"], "2024-11-06", "meta", [A["d2-sudan-council-preview"]], 1),
                    ),
                    (A["d3-scarborough-wire"], modern_page(A["d3-scarborough-wire"], "2024-11-06", "visible", [], 2)),
                ],
                compress=False,
            ),
        ),
        Entry(
            "noise.txt",
            "TXT extension, undecodable bytes",
            "2 KB of random high bytes and control characters: not UTF-8 and no sensible text in any code page",
            "rejected: undecodable / not text",
            [],
            lambda: hopeless_bytes(6),
        ),
        Entry(
            "annual-report.pdf",
            "unsupported extension (.pdf)",
            "a PDF header followed by random bytes",
            "rejected: unsupported format",
            [],
            lambda: fake_pdf(7),
        ),
    ]


def build_layout(A: dict[str, Article]) -> dict[str, list[Entry]]:
    """Every landing file of every day: what it holds, in which format, with which junk and dates."""
    return {
        "2024-11-04": [*_nov04_pages(A), *_nov04_records(A), *_nov04_manifest_and_bad_inputs(A)],
        "2024-11-05": [
            *_nov05_pages_and_feeds(A),
            *_nov05_crawl_and_legacy_inputs(A),
            *_nov05_truncated_and_manifest(A),
        ],
        "2024-11-06": [
            *_nov06_pages(A),
            *_nov06_records(A),
            *_nov06_flattened_texts(A),
            *_nov06_crawl_and_bad_inputs(A),
        ],
    }


def manifest_csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["path", "url", "published", "source", "title"], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return enc(out.getvalue())


def manifest_jsonl(rows: list[dict[str, str]]) -> bytes:
    return jsonl(rows)


# --------------------------------------------------------------------------------------------
# README tables
# --------------------------------------------------------------------------------------------


def readme(layout: dict[str, list[Entry]], articles: dict[str, Article], events: dict[str, str]) -> str:
    intro = (SRC / "readme_intro.md").read_text(encoding="utf-8").rstrip() + "\n"
    out = [intro]
    total = 0
    where: dict[str, list[str]] = {}
    for day, entries in layout.items():
        out.append(f"\n## {day}\n")
        out.append("| file | format | junk / content | expected |")
        out.append("|---|---|---|---|")
        for entry in entries:
            size = (LANDING / day / entry.path).stat().st_size
            total += size
            out.append(f"| `{entry.path}` ({size:,} B) | {entry.fmt} | {entry.junk} | {entry.expected} |")
            for p in entry.placements:
                pos = []
                if entry.fmt.startswith(("JSONL", "WARC")):
                    pos.append(f"record {p.record}")
                if len(entry.placements) > 1 and not entry.fmt.startswith(("JSONL", "WARC")):
                    pos.append(f"segment {p.segment}")
                where.setdefault(p.article, []).append(
                    f"`{day}/{entry.path}`" + (f" ({', '.join(pos)})" if pos else "") + f"|{p.date_via}"
                )
    out.append("\n## Articles\n")
    out.append(
        "Publication date: the true date of the report, and where the pipeline can find it "
        '("none given" when nothing in the input or manifest states it).\n'
    )
    out.append("| article | outlet | where | words | published | date given by | events |")
    out.append("|---|---|---|---|---|---|---|")
    for aid in sorted(where, key=lambda k: (where[k][0], k)):
        a = articles[aid]
        for loc in where[aid]:
            place, _, via = loc.partition("|")
            pub = a.published.date().isoformat() if a.published else "unknown"
            if via == "none given":
                pub = f"none given (really {pub})" if a.published else "none given"
            out.append(f"| {aid} | {a.outlet} | {place} | {a.word_count} | {pub} | {via} | {', '.join(a.events)} |")
    out.append("\n## Events and the articles that report them\n")
    out.append("| event | what happened | reported by |")
    out.append("|---|---|---|")
    for ev, text in events.items():
        reporters = [aid for aid in sorted(where) if ev in articles[aid].events]
        out.append(f"| {ev} | {text} | {', '.join(reporters)} |")
    out.append(f"\nTotal size of sample/landing/: {total:,} bytes. Articles: {len(where)}.\n")
    return "\n".join(out)


def render(target: Path) -> tuple[dict[str, list[Entry]], set[str]]:
    """Write every landing file under target/<day>/; return the layout and the placed article ids."""
    articles = load_articles()
    layout = build_layout(articles)
    if target.exists():
        shutil.rmtree(target)
    used: set[str] = set()
    for day, entries in layout.items():
        folder = target / day
        folder.mkdir(parents=True)
        for entry in entries:
            assert entry.build is not None
            (folder / entry.path).write_bytes(entry.build())
            used.update(p.article for p in entry.placements)
    return layout, used


def check() -> int:
    """Render into a temporary folder and compare with the committed landing/: 0 when identical."""
    import filecmp
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "landing"
        render(fresh)
        fresh_files = sorted(str(p.relative_to(fresh)) for p in fresh.rglob("*") if p.is_file())
        have_files = sorted(str(p.relative_to(LANDING)) for p in LANDING.rglob("*") if p.is_file())
        stale = [
            f for f in fresh_files if f not in have_files or not filecmp.cmp(fresh / f, LANDING / f, shallow=False)
        ]
        extra = [f for f in have_files if f not in fresh_files]
    for f in stale + extra:
        print(f"out of date: landing/{f}")
    if not stale and not extra:
        print("sample/landing is up to date")
    return 1 if stale or extra else 0


def main() -> None:
    import sys

    if "--check" in sys.argv[1:]:
        raise SystemExit(check())
    articles = load_articles()
    events = load_events()
    layout, used = render(LANDING)
    unused = sorted(k for k, a in articles.items() if k not in used and a.get("role") != "bad-input")
    if unused:
        raise SystemExit(f"articles not placed in any file: {unused}")
    README.write_text(readme(layout, articles, events), encoding="utf-8")
    short = [a.id for a in articles.values() if a.get("role") != "bad-input" and not 150 <= a.word_count <= 500]
    print(
        f"wrote {sum(len(v) for v in layout.values())} files, {len(used)} articles"
        + (f"; outside 150-500 words: {short}" if short else "")
    )


if __name__ == "__main__":
    main()
