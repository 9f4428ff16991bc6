"""The publication date of one report, with where it came from.

Order of trust (the first that gives a date wins):
1. "metadata": the page itself, read once its dated chrome (sidebars, related and most-read lists,
   see `chrome.py`) is removed: meta tags, JSON-LD, dated elements and the page's URL via htmldate's
   metadata-level ("fast") reading, weighed against the date printed by the headline (`visible.py`).
   htmldate's extensive free-text guess is weak evidence, taken only when the page backs it (it is the
   first full date the page prints outside its chrome).
2. "manifest": the hint given with the input (manifest row or the record's own `published` field).
3. "metadata": a date in a URL that came with the input (the page's address, but not the page's word:
   it ranks below the hint).
Metadata and manifest date the page; a report whose own "Published" line gives a day up to a week
earlier (a report of a round-up page, a re-post) keeps its own day, with source "text".
4. "text": the raw "Published ..." line or dateline the text stage found (`published_text`), or such a
   line or a wire dateline ("CHISINAU, Nov. 6 -") opening the body;
5. "inferred": worked out from the running text of the body (see `infer.py`);
6. "unknown" with no date: never a guess.
A date after `fetched_at` (or after today when it is not given) is never returned.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from pipeline.dates.chrome import remove_dated_chrome
from pipeline.dates.detect import find_mentions
from pipeline.dates.infer import infer_publication_date
from pipeline.dates.lexicon import MONTH_NUMBERS
from pipeline.dates.model import PublicationDate
from pipeline.dates.resolve import safe_date
from pipeline.dates.visible import dates_in, parse_html, visible_date_near_title, without_urls

log = logging.getLogger(__name__)

_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)"
    r"|[/_-](?P<y2>(?:19|20)\d\d)(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])[/_.-]"
    # day first ("/meldungen/29-10-2021"), only when the day cannot be a month
    r"|[/_-](?P<d3>1[3-9]|2\d|3[01])-(?P<m3>0[1-9]|1[0-2])-(?P<y3>(?:19|20)\d\d)(?:[/_.-]|$)"
)
_PUBLISHED_LINE = re.compile(
    r"^(?:[^\n|]{0,60}\|\s*)?(?:first\s+)?(?:published|posted|publication\s+date|date\s+published)"
    r"(?:\s+on)?\s*[:\-–—]?\s*(?P<when>[^\n]{4,80})$",
    re.IGNORECASE | re.MULTILINE,
)
_EARLIEST = dt.date(1900, 1, 1)
_EARLIEST_METADATA = dt.date(1990, 1, 1)
_NEAR_DAYS = 3
_DATELINE_YEARLESS_DAYS = 45
_PLACE_WORDS = r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f.'-]*(?:\s+[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f.'-]*){0,2}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})?),\s+(?:(?P<d2>[0-3]?\d)\s+)?"
    r"(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s*"
    r"(?P<d1>[0-3]?\d)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*(?:\([^)]{1,30}\)\s*)?[-\u2013\u2014:]",
)
_OWN_LINE_DAYS = 7


def _latest_allowed(fetched_at: dt.date | None) -> dt.date:
    return fetched_at or dt.date.today()


def _acceptable(d: dt.date | None, fetched_at: dt.date | None) -> bool:
    return d is not None and _EARLIEST <= d <= _latest_allowed(fetched_at)


def _htmldate(page, url: str | None, latest: dt.date, extensive: bool) -> dt.date | None:
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - htmldate is a declared dependency
        return None
    try:
        found = find_date(
            page,
            url=url,
            extensive_search=extensive,
            original_date=True,
            outputformat="%Y-%m-%d",
            min_date=_EARLIEST_METADATA.isoformat(),
            max_date=latest.isoformat(),
        )
    except Exception as exc:  # htmldate raises on some malformed pages; the next source takes over
        log.debug("htmldate failed: %s", exc)
        return None
    try:
        return dt.date.fromisoformat(found) if found else None
    except ValueError:
        return None


@dataclass(frozen=True)
class PageDates:
    """What a page says about its own publication day, once its dated chrome is left out."""

    stated: dt.date | None  # metadata, URL, dated elements, the date printed by the headline
    guessed: dt.date | None  # htmldate's extensive free-text search: weak, needs corroboration
    first_printed: dt.date | None  # the first full date in the page's visible text
    url_day: dt.date | None


_INVISIBLE = {"script", "style", "noscript", "template", "head", "title"}


def _visible_text(root) -> str:
    """The text a reader sees; strips scripts, styles and the head from `root` (read it last)."""
    from lxml import etree

    etree.strip_elements(root, *_INVISIBLE, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return " ".join(t.strip() for t in root.itertext() if t.strip())


def read_page_dates(html: str, url: str | None, fetched_at: dt.date | None) -> PageDates:
    """The page's own date evidence, with sidebars, related lists and other dated chrome removed first."""
    latest = _latest_allowed(fetched_at)
    url_day = date_from_url(url) if url else None
    root = parse_html(html)
    if root is None:
        return PageDates(None, None, None, url_day)
    remove_dated_chrome(root)
    shown = visible_date_near_title(root)
    if shown is not None and not (_EARLIEST_METADATA <= shown <= latest):
        shown = None
    meta = _htmldate(root, url, latest, extensive=False)
    stated = _weigh_headline_date(meta, shown)
    guessed = None
    first_printed = None
    if stated is None:
        guessed = _htmldate(root, url, latest, extensive=True)
        if guessed is not None and (guessed.month, guessed.day) == (1, 1):
            guessed = None  # the free-text search turns a bare year ("© 2024") into 1 January
        printed = [d for _, _, d in dates_in(without_urls(_visible_text(root))) if _EARLIEST_METADATA <= d <= latest]
        first_printed = printed[0] if printed else None
    return PageDates(stated, guessed, first_printed, url_day)


def _weigh_headline_date(meta: dt.date | None, shown: dt.date | None) -> dt.date | None:
    """Within `_NEAR_DAYS` of each other the headline date wins (metadata often holds a UTC timestamp, the
    page prints the local day); a later headline date wins too (the metadata is a stale or template date)."""
    if shown is None or shown == meta:
        return meta
    if meta is None:
        return shown
    if abs((shown - meta).days) <= _NEAR_DAYS or shown > meta:
        return shown
    return meta


def _corroborated(page: PageDates) -> dt.date | None:
    """A free-text guess counts only when the page backs it: it is the first full date the page prints
    outside its chrome. (A URL with the same year and month is no backing: htmldate turns "August 2018"
    into 1 August.)"""
    g = page.guessed
    if g is None:
        return None
    return g if g == page.first_printed else None


def date_from_metadata(html: str, url: str | None, fetched_at: dt.date | None) -> dt.date | None:
    """Publication day stated by the page itself (see `read_page_dates`), else None.

    Dated chrome (sidebars, related and most-read lists, threads of dated comments: see `chrome.py`) is
    removed before anything is read, so the dates of other reports are not taken. htmldate's metadata-level
    reading (meta tags, JSON-LD, the URL, dated elements; original rather than updated date) is weighed against
    the date printed by the headline; its extensive free-text guess is used only when corroborated.
    """
    page = read_page_dates(html, url, fetched_at)
    return page.stated or _corroborated(page)


def date_from_url(url: str) -> dt.date | None:
    m = _URL_DATE.search(url)
    if not m:
        return None
    if m["y"]:
        return safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m["y2"]:
        return safe_date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
    return safe_date(int(m["y3"]), int(m["m3"]), int(m["d3"]))


def parse_date_text(text: str, fetched_at: dt.date | None = None) -> dt.date | None:
    """A full calendar day in a short date text ("Published November 5, 2024", "2024-11-05 10:31")."""
    text = text.strip()
    if not text:
        return None
    for m in find_mentions(text):
        if m.kind == "calendar" and m.year is not None and m.month is not None and m.day is not None:
            return safe_date(m.year, m.month, m.day)
    numeric = re.search(r"\b(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)\b", text)
    if numeric:  # 05.11.2024, the usual European style
        return safe_date(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
    if not re.search(r"(?:19|20)\d\d", text):
        return None  # "2 days ago", "yesterday": relative to a fetch moment known only to the day
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return None
    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if fetched_at is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(fetched_at, dt.time())
    try:
        parsed = dateparser.parse(text[:80], settings=settings)
    except Exception:
        return None
    return parsed.date() if parsed else None


def published_line_in_body(body: str, fetched_at: dt.date | None = None) -> dt.date | None:
    """The date of the first "Published ..." / "Posted on ..." line of the body, if it has one."""
    for m in _PUBLISHED_LINE.finditer(body):
        d = parse_date_text(m["when"], fetched_at)
        if d is not None:
            return d
    return None


def dateline_date(body: str, fetched_at: dt.date | None = None) -> dt.date | None:
    """The day of a wire-style dateline opening the body ("CHISINAU, Nov. 6 - ...", "LONDON, 6 November
    2024 (Reuters) -"). Without a year the day is the most recent one on or before the fetch day, and only
    when that is at most `_DATELINE_YEARLESS_DAYS` before it (an old page fetched much later has an
    unknown year)."""
    m = _DATELINE.match(body.lstrip()[:160])
    if not m:
        return None
    month = MONTH_NUMBERS.get(m["mon"].lower().rstrip("."))
    if month is None or not (m["d1"] or m["d2"]):
        return None
    day = int(m["d1"] or m["d2"])
    year = m["y"]
    if year:
        return safe_date(int(year), month, day)
    if fetched_at is None:
        return None
    for y in (fetched_at.year, fetched_at.year - 1):
        d = safe_date(y, month, day)
        if d is not None and d <= fetched_at:
            return d if (fetched_at - d).days <= _DATELINE_YEARLESS_DAYS else None
    return None


def _page_url_is_its_own(html: str, url: str) -> bool:
    """The page names `url` itself (canonical link, og:url ...), so a date in it is the page's own."""
    return url.rstrip("/") in html


def find_publication_date(
    *,
    body: str,
    html: str | None = None,
    url: str | None = None,
    published_text: str | None = None,
    manifest_hint: str | None = None,
    fetched_at: dt.date | None = None,
) -> PublicationDate:
    """Publication date in order of trust: the page itself, the manifest / record hint, a date in a URL
    given from outside, a "Published" line or dateline in the text, inference from the body."""
    own = parse_date_text(published_text, fetched_at) if published_text else None
    if not _acceptable(own, fetched_at):
        own = None

    def dated(day: dt.date, source: str) -> PublicationDate:
        # metadata and hints date the page; a report of a round-up page (or a re-post) states its own,
        # slightly earlier day
        if own is not None and day - dt.timedelta(days=_OWN_LINE_DAYS) <= own < day:
            return PublicationDate(own, "text")
        return PublicationDate(day, source)  # type: ignore[arg-type]

    hint = _parse_hint(manifest_hint, fetched_at) if manifest_hint else None
    url_day = date_from_url(url) if url else None
    if html:
        # a URL that came with the input, not from the page, is the input's word, not the page's
        page_url = url if url and (hint is None or _page_url_is_its_own(html, url)) else None
        page_day = date_from_metadata(html, page_url, fetched_at)
        if _acceptable(page_day, fetched_at):
            assert page_day is not None
            return dated(page_day, "metadata")
    if hint is not None:
        return dated(hint, "manifest")
    if _acceptable(url_day, fetched_at):
        assert url_day is not None
        return dated(url_day, "metadata")
    if own is not None:
        return PublicationDate(own, "text")
    if body:
        for d in (published_line_in_body(body, fetched_at), dateline_date(body, fetched_at)):
            if _acceptable(d, fetched_at):
                return PublicationDate(d, "text")
        d = infer_publication_date(body, fetched_at)
        if _acceptable(d, fetched_at):
            return PublicationDate(d, "inferred")
    return PublicationDate(None, "unknown")


def _parse_hint(hint: str, fetched_at: dt.date | None) -> dt.date | None:
    d = parse_date_text(hint[:10]) if re.match(r"\d{4}-\d\d-\d\d", hint) else parse_date_text(hint, fetched_at)
    if d is None or (fetched_at is not None and d > fetched_at):
        return None
    return d
