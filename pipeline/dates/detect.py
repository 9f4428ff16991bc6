"""Finding date expressions in English news text, without resolving them.

Our own detector: a set of patterns, each turned into a `Mention` that records what the words say
("Tuesday", "last week", "Dec. 9") and nothing about which day that is. `resolve.py` does the rest.
Numbers alone, money, ages, durations ("two hours", "73 days") and the words "may", "march", "we", "do"
never make a mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipeline.dates.lexicon import (
    AMBIGUOUS_MONTHS,
    COUNT_NOUNS,
    MONTH_NUMBERS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    QUANTITY_CUES,
    RELATIVE_OFFSETS,
    TEEN_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    WEEKDAY_NUMBERS,
    YEAR_LEAD_WORDS,
)


@dataclass(frozen=True)
class Mention:
    """One date expression as written. Kinds:

    calendar  explicit calendar parts (any of year, month, day; optionally the weekday)
    weekday   a day named by its weekday, with an optional offset ("last Friday": -1) or week offset
    relative  a unit counted from the anchor ("yesterday", "last week", "two months ago")
    anaphor   a unit counted from the previous expression ("that day", "the next day")
    quarter   a quarter of a year (unit "quarter_ref": "the quarter", "the year-ago quarter", counted from the
              quarter the text is about); half: a half of a year; season: a season of a year
    decade    a decade ("the 1990s", year 1990); century: a century ("the 20th century", year 1900)
    vague     a temporal expression with no calendar value; unit "present", "past" or "future" when it
              points at the time of the report, before it or after it ("now", "recently", "the future")
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None  # day, week, weekend, month, year, quarter, season
    offset: int | None = None  # relative offset in units, None when the text leaves it to tense
    week_offset: int | None = None  # "Tuesday last week": -1
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    compare: bool = False  # "a year earlier", "year-ago": the same period a year before the one in view


def _title_and_upper(words: list[str]) -> str:
    forms: list[str] = []
    for w in words:
        forms += [w.capitalize(), w.upper()]
    return "|".join(sorted(set(forms), key=len, reverse=True))


_FULL_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_ABBR_MONTHS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]
MONTH_FULL = rf"(?:{_title_and_upper(_FULL_MONTHS)})"
MONTH_ABBR = rf"(?:{_title_and_upper(_ABBR_MONTHS)})\."
MONTH_ABBR_NODOT = rf"(?:{_title_and_upper(_ABBR_MONTHS)})"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|{MONTH_ABBR_NODOT})"
WEEKDAY = rf"(?:{_title_and_upper(list(WEEKDAY_NUMBERS))})"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|,\d{3}|\.\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])"
PART_OF_DAY = r"(?:\s+(?i:morning|afternoon|evening|night|overnight))?"
NUMBER = rf"(?:\d{{1,3}}|(?i:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))"


_PREFIX_WORDS = (
    r"(?:\b(?P<prefix>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|rest|remainder|close|first\s+half|"
    r"second\s+half|last\s+half|latter\s+part|early\s+part|turn)\s+of\s+(?:the\s+)?))?"
)
# Words before a month, a year or a unit that widen the span ("the end of", "early", "last"). They are
# matched backwards from the core of the expression, which keeps the scan over the body fast.
_LEFT_OF_MONTH = re.compile(
    _PREFIX_WORDS + r"(?:\b(?P<part>early|late|mid|earlier|later)(?:-|\s+))?"
    r"(?:\b(?P<rel>this\s+coming|this\s+past|this|last|next|past|coming|previous|current)\s+)?\Z",
    re.IGNORECASE,
)
_LEFT_OF_YEAR = re.compile(
    _PREFIX_WORDS + r"(?:\b(?P<part>early|late|mid|fiscal)(?:-|\s+))?(?:\b(?P<theyear>the\s+year)\s+)?\Z",
    re.IGNORECASE,
)
_LEFT_OF_UNIT = re.compile(_PREFIX_WORDS + r"\Z", re.IGNORECASE)


def _left(body: str, start: int, left: re.Pattern[str]) -> re.Match[str] | None:
    """The widening words right before `start`, or None when there are none."""
    lo = max(0, start - 60)
    m = left.search(body, lo, start)
    if m is None or m.start() == start:
        return None
    return m


def _half(prefix: str | None) -> int | None:
    """1 or 2 when the widening words name a half of the year ("the first half of"), else None."""
    words = (prefix or "").lower()
    if "first half" in words:
        return 1
    if "second half" in words or "last half" in words:
        return 2
    return None


def _month(text: str) -> int:
    return MONTH_NUMBERS[text.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _weekday(text: str) -> int:
    return WEEKDAY_NUMBERS[text.lower()]


def _rel(text: str | None) -> int | None:
    if text is None:
        return None
    words = " ".join(text.lower().split())
    for lead in ("early ", "late ", "earlier ", "later "):
        if words.startswith(lead):
            words = words[len(lead) :]
    return RELATIVE_OFFSETS.get(words)


_WORD_RE = re.compile(r"[A-Za-z']+|\d[\d,.]*")


def _previous_word(body: str, start: int) -> str:
    words = _WORD_RE.findall(body[max(0, start - 40) : start])
    return words[-1].lower() if words else ""


def _next_word(body: str, end: int) -> str:
    m = _WORD_RE.match(body, end) or _WORD_RE.search(body[end : end + 40])
    return m.group().lower() if m else ""


Handler = Callable[[re.Match[str], str], "Mention | None"]
_PATTERNS: list[tuple[re.Pattern[str], Handler]] = []
# Pattern -> a cheap one that matches wherever it can match (a literal part of it, with the same case rules): a
# body without that part is not scanned with the pattern (the scan of a pattern with optional leading words
# tries every word of the body; most bodies name no quarter, decade or holiday).
_NEEDS: dict[re.Pattern[str], re.Pattern[str]] = {}


def pattern(regex: str, needs: str | None = None) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        compiled = re.compile(regex)
        _PATTERNS.append((compiled, handler))
        if needs is not None:
            _NEEDS[compiled] = re.compile(needs)
        return handler

    return register


# --- explicit calendar dates -------------------------------------------------------------------------------


@pattern(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
def _iso_date(m: re.Match[str], body: str) -> Mention:
    return Mention(m.start(), m.end(), "calendar", int(m["y"]), int(m["m"]), int(m["d"]))


@pattern(r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])")
def _slash_date(m: re.Match[str], body: str) -> Mention:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    return Mention(m.start(), m.end(), "calendar", y, int(m["m"]), int(m["d"]))


@pattern(
    rf"\b(?:(?P<mod>(?i:this\s+coming|this\s+past|last|next|this|early|late|the\s+previous|the\s+following))\s+)?"
    rf"(?P<wd>{WEEKDAY}){PART_OF_DAY}"
    rf"(?:,?\s+(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?"
    rf"|\s*\(\s*(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?\s*\)"
    rf"|,?\s+(?:the\s+)?(?P<d3>{DAY})\s+(?:of\s+)?(?P<m3>{MONTH})(?:,?\s+(?P<y3>{YEAR}))?"
    rf"|\s+(?P<wk>(?i:this|last|next))\s+(?i:week)\b)?(?!\w)"
)
def _weekday_led(m: re.Match[str], body: str) -> Mention:
    wd = _weekday(m["wd"])
    for i in "123":
        if m["d" + i]:
            month = _month(m["m" + i]) if m["m" + i] else None
            year = int(m["y" + i]) if m["y" + i] else None
            return Mention(m.start(), m.end(), "calendar", year, month, _day(m["d" + i]), weekday=wd)
    mod = (m["mod"] or "").lower().split()
    offset = None
    if mod and mod[-1] in ("last", "previous", "past"):
        offset = -1
    elif mod and mod[-1] in ("next", "following", "coming"):
        offset = 1
    elif mod and mod[-1] == "this":
        offset = 0
    week_offset = _rel(m["wk"]) if m["wk"] else None
    start = m.start() if offset is not None or week_offset is not None else m.start("wd")
    if mod and mod[0] in ("early", "late"):
        start = m.start()
    return Mention(start, m.end(), "weekday", weekday=wd, offset=offset, week_offset=week_offset)


@pattern(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?")
def _month_day(m: re.Match[str], body: str) -> Mention | None:
    if m["m"][-1] != "." and m["m"].lower() in MONTH_NUMBERS and m["m"].lower() not in _FULL_MONTHS:
        # "Jan 5" without the abbreviation point: only with a year or in a clear frame
        if not m["y"] and _previous_word(body, m.start()) not in YEAR_LEAD_WORDS | {"on"}:
            return None
    return Mention(m.start(), m.end(), "calendar", int(m["y"]) if m["y"] else None, _month(m["m"]), _day(m["d"]))


@pattern(rf"\b(?:(?i:the)\s+)?(?P<d>{DAY})(?:\s+(?i:of))?\s+(?P<m>{MONTH_FULL}|{MONTH_ABBR})(?:,?\s+(?P<y>{YEAR}))?\b")
def _day_month(m: re.Match[str], body: str) -> Mention | None:
    if m["m"].lower() in AMBIGUOUS_MONTHS and not m["y"] and "of" not in m.group().lower():
        if _previous_word(body, m.start()) not in {"on", "since", "until", "by", "from", "to", "before", "after"}:
            return None
    return Mention(m.start(), m.end(), "calendar", int(m["y"]) if m["y"] else None, _month(m["m"]), _day(m["d"]))


@pattern(
    rf"\b(?P<m>{MONTH_FULL}|{MONTH_ABBR})"
    rf"(?:,?\s+(?:(?i:of)\s+)?(?P<y>{YEAR})|\s+(?:(?i:of)\s+)?(?P<yrel>(?i:this|last|next))\s+(?i:year))?\b"
)
def _month_name(m: re.Match[str], body: str) -> Mention | None:
    name = m["m"].rstrip(".").lower()
    year = int(m["y"]) if m["y"] else None
    left = _left(body, m.start(), _LEFT_OF_MONTH)
    start = left.start() if left else m.start()
    offset = _rel(left["rel"]) if left and left["rel"] else None
    if m["yrel"]:
        return Mention(start, m.end(), "calendar", None, _month(m["m"]), offset=_rel(m["yrel"]), unit="year")
    framed = year is not None or left is not None
    if not framed:
        if m["m"].endswith("."):
            return None
        if name in AMBIGUOUS_MONTHS and _previous_word(body, m.start()) not in YEAR_LEAD_WORDS - {"and", "or", "as"}:
            return None
        nxt = body[m.end() : m.end() + 2]
        if nxt[:1] == " " and nxt[1:2].isupper() and name in AMBIGUOUS_MONTHS:
            return None
    return Mention(start, m.end(), "calendar", year, _month(m["m"]), offset=offset)


@pattern(rf"\b(?i:the\s+week\s+of)\s+(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?")
def _week_of(m: re.Match[str], body: str) -> Mention:
    year = int(m["y"]) if m["y"] else None
    return Mention(m.start(), m.end(), "calendar", year, _month(m["m"]), _day(m["d"]), unit="week_of")


# --- years, decades, centuries -------------------------------------------------------------------------------


@pattern(rf"(?<![\w$£€#@.,/])(?<!\d-)(?P<y>{YEAR})(?![\w/]|,\d|\.\d|-\d\d(?!\d))")
def _year(m: re.Match[str], body: str) -> Mention | None:
    left = _left(body, m.start(), _LEFT_OF_YEAR)
    if left is not None:
        half = _half(left["prefix"])
        if half is not None:
            return Mention(left.start(), m.end(), "half", int(m["y"]), half=half)
        return Mention(left.start(), m.end(), "calendar", int(m["y"]))
    before = _previous_word(body, m.start())
    after = _next_word(body, m.end())
    if before in QUANTITY_CUES or after in COUNT_NOUNS or body[m.end() : m.end() + 1] == "%":
        return None
    if after in ("percent", "per", "pct") or before in ("no", "number", "page", "room", "route", "flight"):
        return None
    return Mention(m.start(), m.end(), "calendar", int(m["y"]))


@pattern(
    r"\b(?:(?i:the)\s+)?(?:(?i:early|late|mid)(?:-|\s+))?(?:(?P<full>(?:1[6-9]|20)\d0)s|'(?P<short>\d0)s)(?!\w)",
    needs=r"\d0s",
)
def _decade(m: re.Match[str], body: str) -> Mention:
    if m["full"]:
        year = int(m["full"])
    else:  # "the '80s": the last such decade of the 20th or 21st century
        short = int(m["short"])
        year = 1900 + short if short >= 30 else 2000 + short
    return Mention(m.start(), m.end(), "decade", year)


_CENTURY_WORDS = {"twenty-first": 21, "twentieth": 20, "nineteenth": 19, "eighteenth": 18}
_DECADE_WORDS = {"nineties": 1990, "eighties": 1980, "seventies": 1970, "sixties": 1960}


@pattern(
    r"\b(?i:the\s+(?:(?:early|late|mid)(?:-|\s+))?(?P<n>\d{1,2}(?:st|nd|rd|th)|twentieth|twenty-first|nineteenth|"
    r"eighteenth)\s+century|the\s+(?P<d>nineties|eighties|seventies|sixties))\b"
    r"|\b(?P<bare>\d{1,2}(?i:st|nd|rd|th)|(?i:twentieth|twenty-first|nineteenth|eighteenth))\s+century\b"
)
def _century(m: re.Match[str], body: str) -> Mention | None:
    if m["d"]:
        return Mention(m.start(), m.end(), "decade", _DECADE_WORDS[m["d"].lower()])
    word = (m["n"] or m["bare"]).lower()  # "a 20th century democrat"; "20th Century Fox" is a name
    n = _CENTURY_WORDS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
    if not 1 <= n <= 99:
        return None
    return Mention(m.start(), m.end(), "century", (n - 1) * 100)


_SPELLED_YEAR = re.compile(
    rf"\b(?i:(?:the\s+year\s+)?(?P<hi>nineteen)[\s-]+(?P<lo>(?:{'|'.join(TENS_WORDS)})(?:[\s-]+(?:{'|'.join(UNIT_WORDS)}))?|"
    rf"{'|'.join(TEEN_WORDS)}|hundred)|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<lo2>{'|'.join(UNIT_WORDS)}))?)\b"
)


def _spelled_year(m: re.Match[str], body: str) -> Mention:
    if m["hi"]:
        lo = 0
        for w in re.split(r"[\s-]+", m["lo"].lower()):
            lo += TENS_WORDS.get(w, 0) + UNIT_WORDS.get(w, 0) + TEEN_WORDS.get(w, 0)
        return Mention(m.start(), m.end(), "calendar", 1900 + lo)
    return Mention(m.start(), m.end(), "calendar", 2000 + (UNIT_WORDS.get((m["lo2"] or "").lower(), 0)))


_PATTERNS.append((_SPELLED_YEAR, _spelled_year))


# --- counted from the anchor -----------------------------------------------------------------------------------


@pattern(
    r"\b(?:(?i:early|late|earlier|later)\s+)?"
    r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow))"
    rf"(?!\w){PART_OF_DAY}\b"
)
def _deictic_day(m: re.Match[str], body: str) -> Mention:
    w = " ".join(m["w"].lower().split())
    offset = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[w]
    return Mention(m.start(), m.end(), "relative", unit="day", offset=offset)


@pattern(
    r"\b(?P<mod>(?i:(?:early|late|earlier|later)\s+(?:this|last|next)|this\s+coming|this\s+past|this|last|next|"
    r"past|coming|previous|current|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+next|the\s+current))\s+"
    r"(?P<u>(?i:week(?:end)?|month|year|quarter|decade|century|spring|summer|fall|autumn|winter))\b"
)
def _relative_unit(m: re.Match[str], body: str) -> Mention | None:
    if m["u"][0].isupper() and m["mod"][0].isupper() and body[m.start() - 1 : m.start()] in ('"', "“"):
        return None  # "This Week," in quotes is a programme's title
    left = _left(body, m.start(), _LEFT_OF_UNIT)
    if left is not None:
        widened = _relative_unit_core(m, body)
        return replace(widened, start=left.start()) if widened is not None else None
    return _relative_unit_core(m, body)


def _relative_unit_core(m: re.Match[str], body: str) -> Mention | None:
    unit = m["u"].lower()
    mod = " ".join(m["mod"].lower().split())
    offset = _rel(mod)
    if offset is None:
        return None
    if (
        mod in ("the past", "the next", "the coming")
        and unit == "decade"
        or (mod in ("the past", "the last", "the next", "the coming") and unit not in ("week", "weekend", "decade"))
    ):
        # "the past year" / "the next month" usually mean a stretch of time, not a calendar unit: TimeML dates
        # such a stretch of a year by the calendar year before (after) the report's
        if unit == "year":
            return Mention(m.start(), m.end(), "relative", unit="year", offset=offset)
        return Mention(m.start(), m.end(), "vague")
    if unit in ("decade", "century"):
        return Mention(m.start(), m.end(), unit, offset=offset)
    if mod in ("the past", "the last") and unit == "week":
        # the seven days up to now: the ISO week that holds most of them
        return Mention(m.start(), m.end(), "relative", unit="past_week", offset=-1)
    if unit == "quarter":
        return Mention(m.start(), m.end(), "quarter", offset=offset)
    if unit in ("spring", "summer", "fall", "autumn", "winter"):
        return Mention(m.start(), m.end(), "season", offset=offset, season=unit)
    return Mention(m.start(), m.end(), "relative", unit=unit, offset=offset)


@pattern(
    rf"\b(?P<n>{NUMBER})\s+(?P<u>(?i:days?|weeks?|months?|years?|decades?))\s+"
    r"(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b"
)
def _counted(m: re.Match[str], body: str) -> Mention | None:
    n_text = m["n"].lower()
    unit = m["u"].lower().rstrip("s")
    direction = m["dir"].lower()
    vague = n_text in ("several", "few", "a few", "a couple of")
    if unit == "decade" or vague and unit == "year":
        # "several years ago": some time before the report; "decades later": no calendar value
        ref = "past" if direction == "ago" else "future" if direction in ("from now", "hence") else None
        return Mention(m.start(), m.end(), "vague", unit=ref)
    n = int(n_text) if n_text.isdigit() else NUMBER_WORDS[n_text]
    sign = -1 if m["dir"].lower() in ("ago", "earlier") else 1
    start = m.start()
    # "nearly two weeks ago": the hedge is part of the expression
    lead = re.search(
        r"(?i:nearly|almost|about|some|roughly|more\s+than|less\s+than)\s+\Z", body[max(0, start - 14) : start]
    )
    if lead:
        start -= len(lead.group())
    if vague:
        return Mention(start, m.end(), "vague")
    kind = "relative" if direction in ("ago", "from now", "hence") or unit == "year" else "anaphor"
    compare = unit == "year" and n == 1 and direction in ("ago", "earlier")
    return Mention(start, m.end(), kind, unit=unit, offset=sign * n, compare=compare)


@pattern(r"\b(?P<d>(?i:a|one))\s+(?P<u>(?i:week|month|year))\s+(?i:or\s+(?:so|two)\s+)ago\b")
def _about_ago(m: re.Match[str], body: str) -> Mention:
    return Mention(m.start(), m.end(), "relative", unit=m["u"].lower(), offset=-1)


@pattern(r"\b(?i:the\s+weekend)\b")
def _the_weekend(m: re.Match[str], body: str) -> Mention:
    return Mention(m.start(), m.end(), "relative", unit="weekend", offset=None)


# --- counted from the previous expression ---------------------------------------------------------------------


@pattern(
    r"\b(?:(?i:later|earlier|early|late)\s+)?(?i:that\s+(?:same\s+|very\s+)?(?P<u1>day|week|month|year|morning|afternoon|evening|night)"
    r"|the\s+(?:same|very)\s+(?P<u2>day|week|month|year)"
    r"|the\s+(?P<dir>next|following|previous|preceding)\s+(?P<u3>day|morning|evening|night|week|month|year)"
    r"|the\s+(?P<u4>day|week|month|year)\s+(?P<dir2>before|after)(?!\s+(?:yesterday|tomorrow)))\b"
)
def _anaphor(m: re.Match[str], body: str) -> Mention:
    unit = (m["u1"] or m["u2"] or m["u3"] or m["u4"]).lower()
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    direction = (m["dir"] or m["dir2"] or "").lower()
    offset = -1 if direction in ("previous", "preceding", "before") else 1 if direction else 0
    return Mention(m.start(), m.end(), "anaphor", unit=unit, offset=offset)


# --- quarters, seasons, holidays ------------------------------------------------------------------------------

_ORD = r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"


@pattern(
    rf"\b(?:(?i:the|its|a|(?P<yrel>this|last|next)\s+year's)\s+)?(?:(?P<y1>{YEAR})\s+)?(?:(?i:fiscal|calendar)(?:-|\s+))?"
    rf"{_ORD}(?:-|\s+)(?i:quarter|qtr\.?)(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?P<y2>{YEAR}))?\b",
    needs=r"(?i:quarter|qtr)",
)
def _ordinal_quarter(m: re.Match[str], body: str) -> Mention:
    y = m["y1"] or m["y2"]
    offset = _rel(m["yrel"]) if m["yrel"] and not y else None  # "next year's first quarter": years from now
    quarter = ORDINAL_WORDS[m["ord"].lower()]
    return Mention(m.start(), m.end(), "quarter", int(y) if y else None, offset=offset, unit="year", quarter=quarter)


@pattern(
    r"\b(?i:the\s+(?:latest|same|comparable|year-earlier|year-ago|previous)?\s*(?:fiscal\s+)?quarter"
    r"|the\s+latest\s+period)"
    r"(?!\s+(?:of\s+(?:a|an)\b|century|mile|inch|point|share|percent)|-to-)\b",
    needs=r"(?i:quarter|latest\s+period)",
)
def _the_quarter(m: re.Match[str], body: str) -> Mention:
    words = m.group().lower()
    offset = -4 if "year-" in words else -1 if "previous" in words else 0
    if "latest" in words:  # the last quarter that has ended, whatever quarter the text named before
        return Mention(m.start(), m.end(), "quarter", offset=-1)
    return Mention(m.start(), m.end(), "quarter", unit="quarter_ref", offset=offset)


@pattern(rf"\b(?i:the)\s+(?P<y>{YEAR})\s+(?i:(?:fiscal\s+)?(?:quarter|period))\b")
def _year_quarter(m: re.Match[str], body: str) -> Mention:
    """ "the 1988 quarter", "the 1989 period": the quarter in view, in that year (the year alone without one)."""
    return Mention(m.start(), m.end(), "quarter", int(m["y"]), unit="quarter_of_year")


@pattern(
    rf"\b(?:(?i:the|this|last|next|early|late|in)\s+)?(?:(?i:early|late|mid)(?:-|\s+))?"
    rf"(?P<s>(?i:spring|summer|fall|autumn|winter))(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR}))?\b"
)
def _season(m: re.Match[str], body: str) -> Mention | None:
    words = m.group().lower().split()
    if m["y"]:
        return Mention(m.start(), m.end(), "season", int(m["y"]), season=m["s"].lower())
    if len(words) < 2 or words[0] == "in" and m["s"].lower() in ("fall", "spring"):
        return None
    if words[0] in ("this", "last", "next"):
        return None  # handled by the relative-unit pattern
    if body[m.end() : m.end() + 1] == "'" or _next_word(body, m.end()) in COUNT_NOUNS:
        return None
    return Mention(m.start(), m.end(), "season", season=m["s"].lower())


_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "thanksgiving day": (11, 0),
    "thanksgiving": (11, 0),
}


@pattern(
    rf"\b(?:(?i:on|at|before|after|by|until|since|over|for|this|last|next)\s+(?P<h>(?:Christmas(?:\s+(?:Day|Eve))?|"
    rf"New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Independence\s+Day))"
    rf"|(?P<h2>Christmas\s+(?:Day|Eve)|New\s+Year's\s+(?:Day|Eve)|Thanksgiving\s+Day))(?:,?\s+(?P<y>{YEAR}))?",
    needs=r"Christmas|New\s+Year's|Thanksgiving|Independence\s+Day",
)
def _holiday(m: re.Match[str], body: str) -> Mention:
    """A holiday after a preposition ("on Christmas"), or one whose name says it is a day ("Thanksgiving Day")."""
    key = "h" if m["h"] else "h2"
    name = " ".join(m[key].lower().split())
    month, day = _HOLIDAYS[name]
    year = int(m["y"]) if m["y"] else None
    if day == 0:  # fourth Thursday of November; resolved once the year is known
        return Mention(m.start(key), m.end(), "calendar", year, month, None, weekday=3, unit="thanksgiving")
    return Mention(m.start(key), m.end(), "calendar", year, month, day)


@pattern(
    r"\b(?:(?i:the)\s+)?(?i:year-earlier|year-ago|prior-year)(?:\s+(?i:period|quarter|month|level|figure|results?))?\b"
)
def _year_earlier(m: re.Match[str], body: str) -> Mention:
    return Mention(m.start(), m.end(), "relative", unit="year", offset=-1, compare=True)


@pattern(
    r"\b(?i:(?:the\s+)?(?:end|beginning|start|middle|close|rest)\s+of\s+the\s+(?P<u1>year|month|week)"
    r"|(?:earlier|later)\s+in\s+the\s+(?P<u2>year|month|week)"
    r"|(?P<u3>year)[- ]end|(?P<u4>year)'s\s+end"
    r"|the\s+(?:current\s+)?fiscal\s+(?P<u5>year))\b"
)
def _current_unit_phrase(m: re.Match[str], body: str) -> Mention:
    unit = next(u for u in (m["u1"], m["u2"], m["u3"], m["u4"], m["u5"]) if u).lower()
    return Mention(m.start(), m.end(), "relative", unit=unit, offset=0)


_NOT_THE_YEAR_AFTER = frozenset({"ended", "ending", "before", "after", "earlier", "later", "ago", "when", "in", "that"})


@pattern(r"\b(?i:the\s+(?:full\s+|entire\s+|whole\s+)?year)\b(?![-'’])")
def _the_year(m: re.Match[str], body: str) -> Mention | None:
    """ "For the year, volume was flat", "a high for the year": the year of the report. "The year ended
    Sept. 30" is a fiscal year's length, "the year before" counts from another year, "the year when" any year."""
    if _next_word(body, m.end()) in _NOT_THE_YEAR_AFTER:
        return None
    return Mention(m.start(), m.end(), "relative", unit="year", offset=0)


# --- expressions with no calendar value -----------------------------------------------------------------------


@pattern(
    r"\b(?i:right\s+now|now|currently|nowadays|these\s+days|at\s+present|recently|lately|"
    r"(?:in\s+)?recent\s+(?:days|weeks|months|years)|the\s+(?:near\s+|distant\s+)?(?:past|future)|"
    r"the\s+near\s+term)\b"
)
def _vague(m: re.Match[str], body: str) -> Mention | None:
    text = m.group().lower()
    if text == "now" and body[m.end() : m.end() + 5].lower() == "-defu":  # "now that ..." is the present
        return None
    if text.startswith("the past") or text.startswith("the future"):
        nxt = _next_word(body, m.end())
        if nxt in ("week", "weekend", "month", "year", "quarter", "decade", "century") or nxt.endswith("s"):
            return None
        if (
            nxt in NUMBER_WORDS
            or nxt in ("few", "several", "couple")
            or body[m.end() : m.end() + 2].strip()[:1].isdigit()
        ):
            return None  # "the past two months", "the next 10 days": a length of time, no reference
    return Mention(m.start(), m.end(), "vague", unit=_reference(text))


_MODALS = frozenset({"will", "would", "could", "might", "can", "may"})


@pattern(r"\b(?i:a\s+later\s+date|(?P<n>one|some)\s+day)\b")
def _some_day(m: re.Match[str], body: str) -> Mention | None:
    """ "at a later date", "will one day be": a time after the report's, no calendar value ("in one day" is a
    length of time)."""
    if m["n"] and _previous_word(body, m.start()) not in _MODALS:
        return None
    return Mention(m.start(), m.end(), "vague", unit="future")


_NOT_CURRENT_TIME = frozenset({"account", "accounts", "affairs", "events", "flows", "flow", "assets", "liabilities"})


@pattern(r"\b(?:(?i:then)\s+)?current(?=\s+[a-z])")
def _current(m: re.Match[str], body: str) -> Mention | None:
    """ "current" before a noun is the time of the report ("its current wife"), "then current" a past one;
    "current account" and the like are no time, "the current" alone is water."""
    if _next_word(body, m.end()) in _NOT_CURRENT_TIME:
        return None
    return Mention(m.start(), m.end(), "vague", unit="past" if m.group().lower().startswith("then") else "present")


def _reference(text: str) -> str:
    """present, past or future: where a reference without a calendar value points."""
    if "future" in text or "near term" in text:
        return "future"
    if "past" in text or "recent" in text or "lately" in text:
        return "past"
    return "present"


def find_mentions(body: str) -> list[Mention]:
    """Every date expression in `body`, longest first where two overlap, in text order."""
    found: list[Mention] = []
    for regex, handler in _PATTERNS:
        needs = _NEEDS.get(regex)
        if needs is not None and needs.search(body) is None:
            continue
        for m in regex.finditer(body):
            mention = handler(m, body)
            if mention is not None and mention.end > mention.start:
                found.append(mention)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[Mention] = []
    last_end = -1
    for mention in found:
        if mention.start >= last_end:
            kept.append(mention)
            last_end = mention.end
        elif mention.end > last_end and mention.end - mention.start > 2 * (kept[-1].end - kept[-1].start):
            # a much longer expression that starts inside a short one replaces it
            kept[-1] = mention
            last_end = mention.end
    return _join_years(body, kept)


_YEAR_JOIN = re.compile(r"\s+(?:(?i:of)\s+)?")


def _join_years(body: str, mentions: list[Mention]) -> list[Mention]:
    """A month or season and the bare year right after it are one date: "January nineteen ninety-seven",
    "the winter of nineteen ninety-four" (the spelled years of broadcast transcripts)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.kind == "calendar"
            and m.year is not None
            and m.month is None
            and prev.year is None
            and prev.offset is None
            and prev.day is None
            and (prev.kind == "season" or prev.kind == "calendar" and prev.month is not None)
            and _YEAR_JOIN.fullmatch(body, prev.end, m.start)
        ):
            out[-1] = replace(prev, end=m.end, year=m.year)
        else:
            out.append(m)
    return out
