"""Metadata lines of flattened text: bylines, "Published <date>" lines, datelines and titles.

These lines are taken out of the body and turned into fields of the article.
"""

from __future__ import annotations

import re

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
_TITLE_SUFFIX = re.compile(r"^(?P<title>.{12,})\s+(?:[|–—]|-|::|»)\s+(?P<site>[^|–—]{2,40})$")


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


def split_title_site(line: str) -> tuple[str, str | None]:
    """"Headline | Site Name" -> ("Headline", "Site Name"); a line without such a suffix is all title."""
    text = line.strip()
    m = _TITLE_SUFFIX.match(text)
    if m and len(m.group("site").split()) <= 5:
        return m.group("title").strip(), m.group("site").strip()
    return text, None


def domain_of(source_text: str) -> str | None:
    """"www.apnews.com" or "https://www.apnews.com/x" -> "apnews.com"."""
    m = re.search(r"(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z]{2,})", source_text.strip(), re.I)
    return m.group(1).lower() if m else None
