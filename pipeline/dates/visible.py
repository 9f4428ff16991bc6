"""The date a reader sees by the headline of a page.

News and blog pages print the publication day just above or below the title ("12. März 2024",
"March 12, 2024", "2024-03-12", "12/03/2024" ...), often in the site's local time, while meta tags hold a
UTC timestamp or the date of the last edit. Only the text right around the first <h1> is read, so a date
in a sidebar, a comment or a related-links block is never taken, and only in short runs of text (a
byline, a date line): a date inside a sentence or a caption is an event's date.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "jan january januar janvier enero gennaio janeiro jänner",
        "feb february februar février fevrier febrero febbraio fevereiro",
        "mar march märz maerz mars marzo março",
        "apr april avril abril aprile",
        "may mai mayo maggio maio",
        "jun june juni juin junio giugno junho",
        "jul july juli juillet julio luglio julho",
        "aug august août aout agosto",
        "sep sept september septembre septiembre settembre setembro",
        "oct okt october oktober octobre octubre ottobre outubro",
        "nov november novembre noviembre novembro",
        "dec dez december dezember décembre decembre diciembre dicembre dezembro",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(rf"\b{_YEAR}/(?P<m>[01]\d)/(?P<d>[0-3]\d)\b"),
    re.compile(rf"\b(?P<d>[0-3]?\d)(?:\.|er|º)?\s+(?:de\s+)?(?P<mn>{_MONTH_RE})\.?,?\s+(?:de\s+)?{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<mn>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/{_YEAR}\b"),
]
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form", "select"}
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_AFTER_CHARS = 400
BYLINE_PIECE_CHARS = (
    80  # longest text run read as a byline or date line (2-fold CV on the pubdate set: 40-100 all ~0.92)
)
_BEFORE_CHARS = 200


def _day(m: re.Match[str]) -> dt.date | None:
    """The calendar day a match of `_PATTERNS` writes, None when it is no day (month 13, 31 February)."""
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else _MONTHS.get((groups.get("mn") or "").lower())
    if not month:
        return None
    try:
        return dt.date(int(m["y"]), month, int(m["d"]))
    except ValueError:
        return None


def first_date_in(text: str) -> dt.date | None:
    """The earliest full calendar day written in `text` (numeric or with a month name in common languages)."""
    best: tuple[int, dt.date] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            day = _day(m)
            if day is not None:
                best = (m.start(), day)
                break
    return best[1] if best else None


def has_date(text: str) -> bool:
    """Whether `text` writes a full calendar day: `first_date_in(text) is not None`, without looking for the
    earliest (it stops at the first day any pattern finds)."""
    return any(_day(m) is not None for pattern in _PATTERNS for m in pattern.finditer(text))


def parse_html(html: str):
    """The lxml tree of a page, or None when it cannot be parsed."""
    try:
        from lxml import html as lxml_html

        try:
            return lxml_html.fromstring(html)
        except ValueError:  # a str with an XML encoding declaration: parse its UTF-8 bytes instead
            return lxml_html.fromstring(html.encode("utf-8"))
    except Exception:
        return None


def dates_in(text: str) -> list[tuple[int, int, dt.date]]:
    """Every full calendar day written in `text`, as (start, end, day), in order, none overlapping."""
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end, _ in found):
                continue
            day = _day(m)
            if day is not None:
                found.append((m.start(), m.end(), day))
    return sorted(found, key=lambda f: f[0])


def _text_pieces(root) -> list[tuple[bool, str]]:  # (after_title, text) in document order
    from lxml import etree

    pieces: list[tuple[bool, str]] = []
    title_seen = False
    skip_depth_end: object | None = None
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth_end is not None:
                continue
            if tag.lower() in _SKIP_TAGS:
                skip_depth_end = el
                continue
            if tag.lower() == "h1" and not title_seen:
                title_seen = True
                pieces.append((True, "\x00"))  # marks the title's start
            if tag.lower() == "time" and el.get("datetime"):
                pieces.append((title_seen, el.get("datetime", "")))
            if el.text and tag:
                pieces.append((title_seen, el.text))
        else:
            if skip_depth_end is el:
                skip_depth_end = None
            elif skip_depth_end is None and el.tail:
                pieces.append((title_seen, el.tail))
    return pieces


def visible_date_near_title(html: str | object) -> dt.date | None:
    """The first full date printed within a few lines after the page's first <h1>, else just before it.

    `html` is the page's text or an lxml tree already parsed from it.
    """
    if isinstance(html, str):
        root = parse_html(html)
        if root is None:
            return None
    else:
        root = html
    pieces = _text_pieces(root)
    if not any(p == "\x00" for _, p in pieces):
        return None
    marker = next(i for i, (_, p) in enumerate(pieces) if p == "\x00")
    after, size = [], 0
    for _, text in pieces[marker + 1 :]:
        after.append(_unless_prose(text.strip()))
        size += len(text.strip())
        if size > _AFTER_CHARS:
            break
    found = first_date_in(" | ".join(t for t in after if t))
    if found is not None:
        return found
    before, size = [], 0
    for _, text in reversed(pieces[:marker]):
        before.append(_unless_prose(text.strip()))
        size += len(text.strip())
        if size > _BEFORE_CHARS:
            break
    return first_date_in(" | ".join(t for t in reversed(before) if t)[-_BEFORE_CHARS:])


def _unless_prose(text: str) -> str:
    """A run of text longer than a byline is a sentence of the article or a caption: a date in it is an
    event's date ("... signed on 18 October ..."), not the page's."""
    return without_urls(text) if len(text) <= BYLINE_PIECE_CHARS else "\u00b6"


def without_urls(text: str) -> str:
    """`text` with web addresses blanked out: "/2016/07/07/" in a printed link dates another page."""
    return _URL.sub(" \u00b6 ", text)
