"""RSS / Atom feeds and XML sitemaps into page URLs, parsed with defusedxml.

Entity declarations and external references are refused outright, so no entity is ever expanded or
resolved (no billion laughs, no file:// or http:// lookups from XML).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET


class FeedError(Exception):
    """The document is not a usable feed / sitemap; the message is the reason."""


@dataclass(frozen=True)
class PageHints:
    """What a feed item or a news sitemap entry says about a page before it is fetched."""

    published: str | None = None  # ISO 8601
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Sitemap:
    page_urls: list[str] = field(default_factory=list)
    sitemap_urls: list[str] = field(default_factory=list)  # children of a sitemap index
    hints: dict[str, PageHints] = field(default_factory=dict)  # from Google News sitemap tags, when present


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_xml(data: bytes) -> Element:
    """Parse untrusted XML; FeedError for entities, external references or malformed input."""
    if not data.strip():
        raise FeedError("empty document")
    try:
        return SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden:
        raise FeedError("XML entity declarations refused (never expanded)") from None
    except defusedxml.ExternalReferenceForbidden:
        raise FeedError("XML external reference refused (never resolved)") from None
    except defusedxml.DTDForbidden:
        raise FeedError("XML DTD refused") from None
    except ParseError as exc:
        raise FeedError(f"not well-formed XML: {exc}") from None


def _web_url(raw: str | None, base_url: str) -> str | None:
    if not raw or not raw.strip():
        return None
    # Other schemes (file:, ftp:, javascript:) are kept: the fetcher refuses them with a visible reason.
    return urljoin(base_url, raw.strip())


def parse_feed(data: bytes, *, base_url: str = "") -> list[str]:
    """Article URLs of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in document order, without duplicates."""
    root = parse_xml(data)
    kind = _local(root.tag)
    urls: list[str] = []
    if kind in ("rss", "rdf"):
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            link = next((c.text for c in item if _local(c.tag) == "link" and (c.text or "").strip()), None)
            if link is None:  # RSS 2.0 allows a permalink guid instead of a link
                for child in item:
                    if _local(child.tag) == "guid" and child.get("isPermaLink", "true").lower() != "false":
                        link = child.text
            url = _web_url(link, base_url)
            if url:
                urls.append(url)
    elif kind == "feed":
        for entry in root:
            if _local(entry.tag) != "entry":
                continue
            links = [c for c in entry if _local(c.tag) == "link"]
            chosen = next((c for c in links if c.get("rel", "alternate") == "alternate"), None)
            url = _web_url(chosen.get("href") if chosen is not None else None, base_url)
            if url:
                urls.append(url)
    else:
        raise FeedError(f"not an RSS or Atom feed (root element <{kind}>)")
    return list(dict.fromkeys(urls))


def parse_sitemap(data: bytes, *, base_url: str = "") -> Sitemap:
    """Page URLs of a <urlset>, or child sitemap URLs of a <sitemapindex>."""
    root = parse_xml(data)
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise FeedError(f"not a sitemap (root element <{kind}>)")
    entry_tag = "url" if kind == "urlset" else "sitemap"
    found: list[str] = []
    hints: dict[str, PageHints] = {}
    for entry in root:
        if _local(entry.tag) != entry_tag:
            continue
        loc = next((c.text for c in entry if _local(c.tag) == "loc"), None)
        url = _web_url(loc, base_url)
        if not url:
            continue
        found.append(url)
        news = next((c for c in entry if _local(c.tag) == "news"), None)
        if news is not None:  # <news:news><news:publication><news:name/></news:publication><news:publication_date/>
            fields = {_local(e.tag): (e.text or "").strip() for e in news.iter()}
            hint = PageHints(
                _iso_date(fields.get("publication_date")), fields.get("title") or None, fields.get("name") or None
            )
            if hint != PageHints():
                hints[url] = hint
    found = list(dict.fromkeys(found))
    if kind == "urlset":
        return Sitemap(page_urls=found, hints=hints)
    return Sitemap(sitemap_urls=found)


def feed_page_hints(data: bytes, *, base_url: str = "") -> dict[str, PageHints]:
    """Per linked page: the item's date and title and the channel's title, from an RSS / Atom feed."""
    try:
        channel, items = parse_feed_items(data, base_url=base_url)
    except FeedError:
        return {}
    hints: dict[str, PageHints] = {}
    for item in items:
        if item.link and item.link not in hints:
            hints[item.link] = PageHints(item.published, item.title, channel)
    return hints


# --- feeds that carry the articles themselves (feed files in the landing folder) ---------------------------


@dataclass(frozen=True)
class FeedItem:
    index: int  # position among the feed's items / entries, 0-based
    link: str | None
    title: str | None
    published: str | None  # ISO 8601 when the feed gives a parseable date
    content: str | None  # the item's HTML (content:encoded / atom content, else description / summary)


_CONTENT_TAGS = ("encoded", "content")  # content:encoded (RSS), content (Atom)
_SUMMARY_TAGS = ("description", "summary")
_DATE_TAGS = ("pubdate", "published", "date", "updated", "issued", "modified")


def _iso_date(raw: str | None) -> str | None:
    if not raw or not raw.strip():
        return None
    value = raw.strip()
    from datetime import date, datetime

    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return value
    except ValueError:
        pass
    try:
        date.fromisoformat(value)
        return value
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _text_of(element: Element) -> str:
    """Text of an element; Atom type="xhtml" content is serialised back to markup."""
    if element.get("type") == "xhtml" and len(element):
        from xml.etree.ElementTree import tostring

        return "".join(tostring(child, encoding="unicode") for child in element)
    return "".join(element.itertext()) if len(element) else (element.text or "")


def parse_feed_items(data: bytes, *, base_url: str = "") -> tuple[str | None, list[FeedItem]]:
    """(channel title, items) of an RSS / RDF / Atom feed, keeping each item's own content."""
    root = parse_xml(data)
    kind = _local(root.tag)
    if kind not in ("rss", "rdf", "feed"):
        raise FeedError(f"not an RSS or Atom feed (root element <{kind}>)")
    item_tag = "entry" if kind == "feed" else "item"
    channel_title = None
    for element in root.iter():
        name = _local(element.tag)
        if name == item_tag:
            break
        if name == "title" and (element.text or "").strip():
            channel_title = element.text.strip()
            break
    items: list[FeedItem] = []
    for element in root.iter():
        if _local(element.tag) != item_tag:
            continue
        children = {}
        for child in element:
            children.setdefault(_local(child.tag), child)
        link = None
        if kind == "feed":
            links = [c for c in element if _local(c.tag) == "link"]
            chosen = next((c for c in links if c.get("rel", "alternate") == "alternate"), None)
            link = chosen.get("href") if chosen is not None else None
        elif "link" in children:
            link = children["link"].text
        content = next(
            (_text_of(children[t]) for t in _CONTENT_TAGS if t in children and _text_of(children[t]).strip()), None
        )
        if content is None:
            content = next(
                (_text_of(children[t]) for t in _SUMMARY_TAGS if t in children and _text_of(children[t]).strip()), None
            )
        title = (
            children["title"].text.strip() if "title" in children and (children["title"].text or "").strip() else None
        )
        published = next(
            (_iso_date(children[t].text) for t in _DATE_TAGS if t in children and _iso_date(children[t].text)), None
        )
        items.append(FeedItem(len(items), _web_url(link, base_url), title, published, content))
    return channel_title, items
