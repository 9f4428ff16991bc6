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
class Sitemap:
    page_urls: list[str] = field(default_factory=list)
    sitemap_urls: list[str] = field(default_factory=list)  # children of a sitemap index


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
    for entry in root:
        if _local(entry.tag) != entry_tag:
            continue
        loc = next((c.text for c in entry if _local(c.tag) == "loc"), None)
        url = _web_url(loc, base_url)
        if url:
            found.append(url)
    found = list(dict.fromkeys(found))
    return Sitemap(page_urls=found) if kind == "urlset" else Sitemap(sitemap_urls=found)
