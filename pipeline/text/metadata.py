"""Metadata lines of flattened text: bylines, "Published <date>" lines, datelines and titles.

These lines are taken out of the body and turned into fields of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|del|van|von|der|al|el|bin|le|la|di))"
_BYLINE = re.compile(
    rf"^(?i:by|por|par|von|di|door|от|автор:?)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
    rf"(?:\s*(?:and|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})?)"
    r"(?:\s*(?:[,|/•·–—-]|\bin\b|\bfor\b).{0,80})?$"
)
_BARE_NAME = re.compile(r"^[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+|de|da|van|von|al|bin)){1,3}$")
_PUBLISHED = re.compile(
    r"^(?:(?P<site>[^|•·]{2,60}?)\s*[|•·]\s*)?"
    r"(?:first\s+published|published|posted|updated|publicado|publié|veröffentlicht|pubblicato|опубликовано)"
    r"(?:\s+(?:on|at|em|le|am|il))?\s*[:\-–]?\s*(?P<date>[^|]*\d[^|]*?)\s*(?:\|.*)?$",
    re.I,
)
_DATE_TEXT = re.compile(
    r"\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bago\b",
    re.I,
)


def parse_byline(line: str) -> str | None:
    """Author name from a "By ..." line, None when the line is not a byline."""
    text = line.strip()
    if len(text.split()) > 14 or re.search(r"[a-z]{2}\.$", text):
        return None
    m = _BYLINE.match(text)
    if not m:
        return None
    return m.group("name").strip(" ,")


def is_bare_name(line: str) -> bool:
    """A line that is nothing but a person's name ("Jane Q. Doe"), as bylines after the body often are."""
    return bool(_BARE_NAME.match(line.strip()))


def parse_published_line(line: str) -> tuple[str, str | None] | None:
    """(date text, site name or None) from a "[SITE |] Published <date>" line, None for other lines."""
    text = line.strip()
    if len(text.split()) > 14:
        return None
    m = _PUBLISHED.match(text)
    if not m:
        return None
    date = m.group("date")
    if len(date.split()) > 8 or not _DATE_TEXT.search(date):
        return None
    site = m.group("site")
    return m.group("date").strip(" .,"), (site.strip() if site else None)


@dataclass(frozen=True)
class SiteHints:
    """What a page says about its own name elsewhere, to tell the site-name part of a title from its headline."""

    names: tuple[str, ...] = ()  # site names stated as such (og:site_name, publisher, a feed title's first part)
    hosts: tuple[str, ...] = ()  # the page's addresses ("https://www.valmar-times.example/..."), social handles
    notices: tuple[str, ...] = ()  # copyright lines ("© 2003-2024 Valmar Times. All rights reserved.")


_WORD = re.compile(r"\w+")
# Where a title is cut into parts: " | ", " :: ", " - ", " – ", " — ", " » ", " · ", " • " (and "|", "::" unspaced).
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—»·•-]|::)\s+|\s*(?:\||::)\s*")
_BARE_SUFFIX_SEPARATORS = ("|", "::", "»")  # never part of a headline's wording: a short part after one is a site
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
MAX_SITE_WORDS = 6
MIN_HEADLINE_WORDS = 2  # what must remain of the title once the site part is cut: two words,
MIN_HEADLINE_CHARS = 8  # or one word this long ("Hydrotherapy - Orsund Clinic")
MIN_NOTICE_SITE_CHARS = 4  # a site part found only in a copyright line must be at least this long


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _without_article(key: str) -> str:
    return key.removeprefix("the ")


def _spells(label: str, words: list[str]) -> bool:
    """True when `label` (a domain label like "nytimes") is spelled by `words` in order, each word giving its
    first letters (all of them, a few, or its initial) or skipped: the first word used unless it is "the", no
    more words skipped than used, and one word giving three letters or more unless all give their initials
    ("The New York Times" -> nytimes, "Horn of Africa Monitor" -> hornmonitor, "Rosa-Luxemburg-Stiftung" ->
    rosalux)."""

    def go(i: int, j: int, used: int, skipped: int, long: bool) -> bool:
        if j == len(label):
            skipped += len(words) - i
            return skipped <= used and (long or (used >= 2 and skipped == 0))
        if i == len(words):
            return False
        word = words[i]
        for k in range(min(len(word), len(label) - j), 0, -1):
            if label.startswith(word[:k], j) and go(i + 1, j + k, used + 1, skipped, long or k >= 3):
                return True
        return (i > 0 or word == "the") and go(i + 1, j, used, skipped + 1, long)

    return bool(words) and len(words) <= MAX_SITE_WORDS and go(0, 0, 0, 0, False)


_SECOND_LEVEL = frozenset("co com org net gov ac edu or ne go".split())  # news.bbc.co.uk, www3.nhk.or.jp


def _domain_label(host: str) -> str:
    """The label that names the site, just left of the public suffix: "bbc" in news.bbc.co.uk, "bundeskanzleramt"
    in www.bundeskanzleramt.gv.at, "valmartimes" in www.valmar-times.com (hyphens dropped). Sub-domains ("neubau"
    in neubau.wsl.ch) name sections, not sites."""
    labels = host.split(".")
    if len(labels) > 1:
        labels = labels[:-1]
    while len(labels) > 1 and (labels[-1] in _SECOND_LEVEL or len(labels[-1]) <= 2):
        labels = labels[:-1]
    return labels[-1].replace("-", "").replace("_", "")


def _names_host(part: str, host: str) -> bool:
    """The title part names the site at `host`: "Valmar Times" for valmartimes.example, or the host itself."""
    host = host.strip().lower()
    if "://" in host:
        host = host.split("://", 1)[1]
    host = host.split("/", 1)[0].split(":", 1)[0].removeprefix("www.").lstrip("@")
    if not host:
        return False
    key = _key(part)
    if key in (_key(host), _key("www." + host)):
        return True
    label = _domain_label(host)
    return len(label) >= 3 and _spells(label, _WORD.findall(part.lower()))


def _in_notice(part: str, notice: str) -> bool:
    """The title part is the owner named next to a copyright mark ("© 2024 Valmar Times", "Valmar Times ©")."""
    key = _key(part)
    if len(key) < MIN_NOTICE_SITE_CHARS:
        return False
    for mark in _COPYRIGHT_MARK.finditer(notice):
        after = " ".join(_WORD.findall(notice[mark.end() :].lower())[:12])
        before = " ".join(_WORD.findall(notice[: mark.start()].lower())[-6:])
        if f" {key} " in f" {after} " or f" {key} " in f" {before} ":
            return True
    return False


def names_the_site(part: str, hints: SiteHints) -> bool:
    """True when a part of a title is the site's name according to the rest of the page: it is a stated site
    name, or (a short part with no separator in it) it spells the page's domain or owns its copyright line."""
    key = _without_article(_key(part))
    if not key:
        return False
    if any(key == _without_article(_key(name)) for name in hints.names if name):
        return True
    if len(part.split()) > MAX_SITE_WORDS or _TITLE_SEPARATOR.search(part):
        return False
    if any(_names_host(part, host) for host in hints.hosts if host):
        return True
    return any(_in_notice(part, notice) for notice in hints.notices if notice)


def has_parts(title: str) -> bool:
    """True for a title with a separator in it, which may hold the site's name."""
    return bool(_TITLE_SEPARATOR.search(title))


def split_segments(text: str) -> list[str]:
    """The parts of a title between its separators ("Valmar Times » Feed" -> ["Valmar Times", "Feed"])."""
    return [part.strip() for part in _TITLE_SEPARATOR.split(text.strip())]


def _leaves_headline(rest: str) -> bool:
    """What remains once a site part is cut is still a headline: two words or more, or one long word."""
    return len(_WORD.findall(rest)) >= MIN_HEADLINE_WORDS or len(rest) >= MIN_HEADLINE_CHARS


def split_title_site(line: str, hints: SiteHints | None = None) -> tuple[str, str | None]:
    """(headline, site name) from a page title such as "Headline | Site", "Site :: Headline", "Headline - Site".

    A leading or trailing part is cut as the site's name when `hints` (the rest of the page) identify it: it is a
    stated site name, it spells the page's domain, or it owns a copyright line. Without that, only a short last
    part after "|", "::" or "»" is taken for the site: a dash or a colon is part of many headlines ("Talks
    collapse - again"), so such a title stays whole.
    """
    text = line.strip()
    separators = list(_TITLE_SEPARATOR.finditer(text))
    if not separators:
        return text, None
    if hints is not None:
        for sep in separators:  # the longest trailing part first: a site name may hold a separator itself
            head, suffix = text[: sep.start()].strip(), text[sep.end() :].strip()
            if _leaves_headline(head) and names_the_site(suffix, hints):
                return head, suffix
        for sep in reversed(separators):
            prefix, rest = text[: sep.start()].strip(), text[sep.end() :].strip()
            if _leaves_headline(rest) and names_the_site(prefix, hints):
                return rest, prefix
    last = separators[-1]
    head, suffix = text[: last.start()].strip(), text[last.end() :].strip()
    if (
        last.group().strip() in _BARE_SUFFIX_SEPARATORS
        and len(head) >= 12
        and 2 <= len(suffix) <= 40
        and len(suffix.split()) <= 5
    ):
        return head, suffix
    return text, None


def domain_of(source_text: str) -> str | None:
    """ "www.apnews.com" or "https://www.apnews.com/x" -> "apnews.com"."""
    m = re.search(r"(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z]{2,})", source_text.strip(), re.I)
    return m.group(1).lower() if m else None
