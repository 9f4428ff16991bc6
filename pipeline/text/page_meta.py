"""Title, author, site name, canonical URL and language from a page's own metadata.

Read from <meta> tags (Open Graph, Twitter, Dublin Core, plain name=), JSON-LD, <link rel=canonical>, the
<html lang> attribute, <title> and <h1>. Dates are left to the dates stage, which reads the HTML itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from lxml.html import HtmlElement

from pipeline.text.metadata import SiteHints, has_parts, split_segments, split_title_site

_SPACES = re.compile(r"\s+")
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)?$")


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    headings: tuple[str, ...] = ()  # every title-like text of the page (og:title, <title>, <h1>), for dedup
    description: str | None = None  # the page's summary (og:description / description)


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = _SPACES.sub(" ", text).strip()
    return text or None


def _key(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def _meta(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        value = _clean(el.get("content"))
        if key and value and key not in found:
            found[key] = value
    return found


def _json_ld(tree: HtmlElement) -> list[dict]:
    items: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack and len(items) < 50:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                items.append(node)
                if "@graph" in node:
                    stack.append(node["@graph"])
    return items


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _first_author(candidates: list[str]) -> str | None:
    for candidate in candidates:
        text = _clean(candidate)
        if text and not text.lower().startswith(("http://", "https://", "www.")) and len(text) <= 100:
            return text
    return None


_NAME_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher")
_ADDRESS_KEYS = ("og:url", "twitter:site", "twitter:domain")
_SITE_TYPES = ("WebSite", "Organization", "NewsMediaOrganization")
_COPYRIGHT_TEXT = "//body//text()[contains(., '©') or contains(., 'opyright') or contains(., 'OPYRIGHT')]"
MAX_NOTICE_WORDS = 40
_FEED_TYPE = re.compile(r"rss|atom", re.I)


def _site_hints(
    tree: HtmlElement, meta: dict[str, str], ld: list[dict], url: str | None, titles: tuple[str | None, ...] = ()
) -> SiteHints:
    """What the page says about its own name outside its `titles`: stated names, addresses, copyright lines."""
    names = [meta[k] for k in _NAME_KEYS if meta.get(k)]
    names += [n for d in ld for n in _names(d.get("publisher"))]
    names += [d["name"] for d in ld if d.get("@type") in _SITE_TYPES and isinstance(d.get("name"), str)]
    title_keys = {_key(t) for t in titles if t}
    for link in tree.iter("link"):  # feeds: "Valmar Times » Feed", "Valmar Times » Port strike ends Comments Feed"
        feed_title = link.get("title") or ""
        if (
            (link.get("rel") or "").lower() == "alternate"
            and _FEED_TYPE.search(link.get("type") or "")
            and feed_title.strip()
            and _key(feed_title) not in title_keys  # a copy of the page's title names nothing
        ):
            names.append(split_segments(feed_title)[0])  # the first part: later ones may be the headline
    hosts = [url or ""] + [meta.get(k, "") for k in _ADDRESS_KEYS]
    hosts += [link.get("href", "") for link in tree.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    notices = [meta["copyright"]] if meta.get("copyright") else []
    for text in tree.xpath(_COPYRIGHT_TEXT)[:5]:
        holder = text.getparent()
        if holder is not None and text.is_tail:
            holder = holder.getparent()
        if holder is not None and holder.tag in ("script", "style"):
            continue
        notice = " ".join(holder.text_content().split()) if holder is not None else str(text)
        notices.append(notice if len(notice.split()) <= MAX_NOTICE_WORDS else str(text))
    return SiteHints(tuple(names), tuple(h for h in hosts if h), tuple(notices))


def read_page_meta(tree: HtmlElement, url: str | None = None) -> PageMeta:
    meta = _meta(tree)
    ld = _json_ld(tree)
    article_ld = [d for d in ld if "headline" in d or "author" in d]

    title_tag = _clean(tree.findtext(".//title"))
    h1s = [_clean(h.text_content()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if h]
    og_title = meta.get("og:title") or meta.get("twitter:title") or meta.get("dc.title") or meta.get("title")
    ld_title = next((_clean(d.get("headline")) for d in article_ld if isinstance(d.get("headline"), str)), None)
    site_names = {_key(meta.get("og:site_name")), _key(meta.get("application-name"))} - {""}
    title, title_site = None, None
    for candidate in (og_title, ld_title, h1s[0] if len(h1s) == 1 else None, title_tag):
        if candidate and _key(candidate) not in site_names:
            hints = _site_hints(tree, meta, ld, url, (title_tag, og_title, ld_title)) if has_parts(candidate) else None
            title, title_site = split_title_site(candidate, hints)
            break

    author = _first_author(
        [
            meta.get(k, "")
            for k in ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")
        ]
        + [n for d in article_ld for n in _names(d.get("author"))]
    )
    if author and author.lower().startswith("by "):
        author = author[3:].strip()

    site = (
        meta.get("og:site_name")
        or meta.get("application-name")
        or next((n for d in article_ld for n in _names(d.get("publisher"))), None)
        or title_site
    )

    if site and site.lower().startswith(("http://", "https://")):
        site = urlparse(site).hostname
        if site and site.startswith("www."):
            site = site[4:]

    canonical = None
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href", "").startswith("http"):
            canonical = link.get("href").strip()
            break
    page_url = canonical or (meta.get("og:url") if (meta.get("og:url") or "").startswith("http") else None) or url
    if site is None and page_url:
        host = urlparse(page_url).hostname or ""
        site = host[4:] if host.startswith("www.") else (host or None)

    language = None
    for raw in (tree.get("lang"), tree.get("xml:lang"), meta.get("content-language"), meta.get("og:locale")):
        m = _LANG.match((raw or "").strip())
        if m:
            language = m.group(1).lower()
            break

    headings = tuple(h for h in {og_title, ld_title, title_tag, title, *h1s[:3]} if h)
    description = meta.get("og:description") or meta.get("description") or meta.get("twitter:description")
    return PageMeta(title, author, _clean(site), page_url, language, headings, description)
