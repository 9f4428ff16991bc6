"""Turning mentions into TimeML DATE values against an anchor (the publication date).

Values: "YYYY-MM-DD" (day), "YYYY-Www" (ISO week), "YYYY-MM" (month), "YYYY-Qn" (quarter), "YYYY-Hn" (half),
"YYYY-SP|SU|FA|WI" (season, the year it starts in), "YYYY" (year), "YYY" (decade), "YY" (century) and
"PRESENT_REF", "PAST_REF", "FUTURE_REF" (reference). Without an anchor, a date the text gives without its year
keeps the parts it names ("XXXX-12-25", "XXXX-WXX-2" for a Tuesday: underspecified); a value counted from the
anchor ("yesterday") stays None, and the granularity still says what the text names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.dates.detect import Mention
from pipeline.dates.lexicon import SEASON_START_MONTH
from pipeline.dates.model import Granularity, TemporalExpression
from pipeline.dates.tense import looks_ahead, tense_cue

_SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
_REFERENCES = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


@dataclass(frozen=True)
class Resolved:
    """A value at one granularity. Calendar values keep their first day for arithmetic; references and
    underspecified values have no date and carry their value as `label`."""

    granularity: Granularity
    date: dt.date | None  # the day itself, or the first day of the week / month / quarter / ... / century
    label: str | None = None

    @property
    def value(self) -> str:
        d = self.date
        if self.label is not None or d is None:
            return self.label or ""
        g = self.granularity
        if g == "day":
            return d.isoformat()
        if g in ("week", "weekend"):
            iso = d.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if g == "weekend" else "")
        if g == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if g == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if g == "half":
            return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
        if g == "season":
            return f"{d.year:04d}-{_SEASON_CODES[d.month]}"
        if g == "decade":
            return f"{d.year // 10:03d}"
        if g == "century":
            return f"{d.year // 100:02d}"
        return f"{d.year:04d}"


def underspecified(month: int | None = None, day: int | None = None, weekday: int | None = None) -> Resolved:
    """A date whose year the text does not give and no anchor supplies: "XXXX-12-25", "XXXX-WXX-2"."""
    if weekday is not None and month is None:
        return Resolved("underspecified", None, f"XXXX-WXX-{weekday + 1}")
    label = "XXXX" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")
    return Resolved("underspecified", None, label)


def quarter_value(year: int, quarter: int) -> Resolved | None:
    return Resolved("quarter", dt.date(year, 3 * quarter - 2, 1)) if 1 <= year <= 9999 else None


def quarter_shift(first_day: dt.date, n: int) -> Resolved | None:
    k = first_day.year * 4 + (first_day.month - 1) // 3 + n
    return quarter_value(k // 4, k % 4 + 1)


def decade_value(year: int) -> Resolved | None:
    return Resolved("decade", dt.date(year - year % 10, 1, 1)) if 10 <= year <= 9999 else None


def century_value(year: int) -> Resolved | None:
    return Resolved("century", dt.date(max(1, year - year % 100), 1, 1)) if 0 <= year <= 9999 else None


def day_value(d: dt.date) -> Resolved:
    return Resolved("day", d)


def week_value(d: dt.date) -> Resolved:
    return Resolved("week", d - dt.timedelta(days=d.weekday()))


def weekend_value(saturday: dt.date) -> Resolved:
    """The weekend of the ISO week that holds `saturday`: "YYYY-Www-WE"."""
    return Resolved("weekend", saturday - dt.timedelta(days=saturday.weekday()))


def month_value(year: int, month: int) -> Resolved:
    return Resolved("month", dt.date(year, month, 1))


def year_value(year: int) -> Resolved | None:
    return Resolved("year", dt.date(year, 1, 1)) if 1 <= year <= 9999 else None


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def weekday_near(anchor: dt.date, weekday: int, ahead: bool) -> dt.date:
    """The most recent such weekday on or before the anchor, or the next one on or after it."""
    if ahead:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def month_day_near(
    anchor: dt.date, month: int, day: int | None, weekday: int | None, cue: int, special: str | None = None
) -> dt.date | None:
    """Month and day without a year: the year that puts it on the side of the anchor the tense points
    to (cue +1 ahead, -1 back), or the nearest one when the sentence gives no tense cue."""
    options: list[dt.date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = thanksgiving(year) if special == "thanksgiving" else safe_date(year, month, day or 1)
        if d is not None:
            options.append(d)
    if not options:
        return None
    if weekday is not None and special is None:
        matching = [d for d in options if d.weekday() == weekday]
        if matching:
            return min(matching, key=lambda d: abs((d - anchor).days))
    nearest = min(options, key=lambda d: (abs((d - anchor).days), d > anchor))
    if abs((nearest - anchor).days) <= 120:
        return nearest  # a date without a year is almost always a recent or coming one
    if cue > 0:
        later = [d for d in options if d >= anchor]
        return min(later) if later else None
    earlier = [d for d in options if d <= anchor]
    return max(earlier) if earlier else None


def weekday_day_near(anchor: dt.date, weekday: int, day: int, ahead: bool) -> dt.date | None:
    """ "Wednesday (13)": the nearest month, on the right side of the anchor, whose 13th is a Wednesday."""
    step = 1 if ahead else -1
    for k in range(0, 15):
        y, m = add_months(anchor.year, anchor.month, step * k)
        d = safe_date(y, m, day)
        if d is None or d.weekday() != weekday:
            continue
        if (ahead and d >= anchor) or (not ahead and d <= anchor):
            return d
    return None


MONTHS_AHEAD_WITHOUT_TENSE = 3  # a month named without tense or year is a coming one only this close ahead
QUARTER_REACH = 800  # characters after a named quarter within which "the quarter", "a year earlier" refer to it


def season_year(anchor: dt.date, season: str, offset: int | None, ahead: bool) -> int:
    """The year a season belongs to (the year it starts in): "last fall" is the latest fall that has begun
    and is not the current season, "this summer" the one of the anchor's year (the current one in winter),
    "next spring" the first one that has not begun."""
    start = SEASON_START_MONTH[season]
    recent = anchor.year if anchor.month >= start else anchor.year - 1  # latest start on or before the anchor
    current = (anchor.month - start) % 12 < 3  # the anchor falls in this season
    if offset is None:
        return anchor.year if ahead and anchor.month < start else recent
    if offset == 0:
        return recent if current else (anchor.year - 1 if start == 12 and anchor.month < 3 else anchor.year)
    if offset < 0:
        return recent - 1 if current else recent
    return recent + 1


class Resolver:
    """Walks the mentions of one body in order, remembering the last values for "that day" and the like."""

    def __init__(self, body: str, anchor: dt.date | None) -> None:
        self.body = body
        self.anchor = anchor
        self.last_day: dt.date | None = None
        self.last_value: Resolved | None = None
        self.last_quarter: tuple[dt.date, int] | None = None  # first day of the last quarter named, and where

    def ahead(self, m: Mention) -> bool:
        return looks_ahead(self.body, m.start, m.end)

    def cue(self, m: Mention) -> int:
        return tense_cue(self.body, m.start, m.end)

    def resolve(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        handler = getattr(self, "_" + m.kind)
        try:
            granularity, value = handler(m)
        except (ValueError, OverflowError):  # calendar arithmetic off the ends of the calendar
            return "unknown", None
        if value is not None and value.date is not None:
            self.last_value = value
            if value.granularity == "day":
                self.last_day = value.date
            if (
                value.granularity == "quarter"
                and m.kind == "quarter"
                and m.unit not in ("quarter_ref", "quarter_of_year")
            ):
                self.last_quarter = (value.date, m.end)  # a quarter named, not one counted from another
        return granularity, value

    # calendar parts ------------------------------------------------------------------------------------------
    def _calendar(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        if m.unit == "week_of":  # "the week of March 6": the ISO week of that day
            _, day = self._calendar(Mention(m.start, m.end, "calendar", m.year, m.month, m.day))
            return "week", week_value(day.date) if day else None
        a = self.anchor
        if m.unit == "thanksgiving":
            if m.year is not None:
                return "day", day_value(thanksgiving(m.year))
            if a is None:
                return "day", None
            d = month_day_near(a, 11, None, None, self.cue(m), special="thanksgiving")
            return "day", day_value(d) if d else None
        if m.day is not None:
            if m.year is not None and m.month is not None:
                d = safe_date(m.year, m.month, m.day)
                return "day", day_value(d) if d else None
            if a is None:
                if m.month is None:
                    return ("day", None) if m.weekday is None else ("underspecified", underspecified(weekday=m.weekday))
                return "underspecified", underspecified(m.month, m.day)
            if m.month is None:
                if m.weekday is None:
                    return "day", None
                d = weekday_day_near(a, m.weekday, m.day, self.ahead(m))
                return "day", day_value(d) if d else None
            if m.year is None:
                d = month_day_near(a, m.month, m.day, m.weekday, self.cue(m))
                return "day", day_value(d) if d else None
        if m.month is not None:
            if m.year is not None:
                return "month", month_value(m.year, m.month)
            if a is None:
                if m.offset is not None:  # "last July": counted from an unknown anchor
                    return "month", None
                return "underspecified", underspecified(m.month)
            if m.unit == "year" and m.offset is not None:  # "July last year"
                return "month", month_value(a.year + m.offset, m.month)
            if m.offset is not None and m.offset != 0:
                if m.offset < 0:
                    year = a.year if m.month < a.month else a.year - 1
                else:
                    year = a.year if m.month > a.month else a.year + 1
            elif m.offset == 0:
                year = a.year
            else:
                cue = self.cue(m)
                back = a.year if m.month <= a.month else a.year - 1
                forth = a.year if m.month >= a.month else a.year + 1
                if cue == 0:  # no tense: narration, unless the month is one of the next few ("in January", told in
                    # November, is the coming one; "from $29.75 in March", told in October, the past one)
                    cue = 1 if 0 < (m.month - a.month) % 12 <= MONTHS_AHEAD_WITHOUT_TENSE else -1
                year = forth if cue > 0 else back
            return "month", month_value(year, m.month)
        if m.year is not None:
            return "year", year_value(m.year)
        return "unknown", None

    # weekdays ------------------------------------------------------------------------------------------------
    def _weekday(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        a = self.anchor
        assert m.weekday is not None
        if a is None:
            if m.offset is None and m.week_offset is None:
                return "underspecified", underspecified(weekday=m.weekday)
            return "day", None
        if m.week_offset is not None:
            monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=m.week_offset)
            return "day", day_value(monday + dt.timedelta(days=m.weekday))
        if m.offset == -1:
            return "day", day_value(weekday_near(a - dt.timedelta(days=1), m.weekday, ahead=False))
        if m.offset == 1:
            return "day", day_value(weekday_near(a + dt.timedelta(days=1), m.weekday, ahead=True))
        possessive = self.body[m.end : m.end + 2] in ("'s", "’s")  # "Wednesday's ruling": an event already named
        return "day", day_value(weekday_near(a, m.weekday, not possessive and self.ahead(m)))

    # counted from the anchor ---------------------------------------------------------------------------------
    def _relative(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        a = self.anchor
        unit = m.unit or "day"
        granularity: Granularity = "week" if unit == "past_week" else unit  # type: ignore[assignment]
        if a is None:
            return granularity, None
        n = m.offset
        if unit == "day":
            return "day", day_value(a + dt.timedelta(days=n or 0))
        if unit == "week":
            return "week", week_value(a + dt.timedelta(weeks=n or 0))
        if unit == "past_week":
            return "week", week_value(a - dt.timedelta(days=3))
        if unit == "weekend":
            if n is None or n == 0:
                ahead = self.ahead(m) if n is None else a.weekday() < 5
                saturday = weekday_near(a, 5, ahead) if a.weekday() < 5 else a - dt.timedelta(days=a.weekday() - 5)
                return "weekend", weekend_value(saturday)
            saturday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(days=5, weeks=n)
            return "weekend", weekend_value(saturday)
        if unit == "month":
            y, mo = add_months(a.year, a.month, n or 0)
            return "month", month_value(y, mo)
        if unit == "year":
            if m.compare and (same := self._year_before_quarter(m)) is not None:
                return "quarter", same
            return "year", year_value(a.year + (n or 0))
        return "unknown", None

    def _year_before_quarter(self, m: Mention) -> Resolved | None:
        """ "a year earlier" right after a quarter is named (results compared): that quarter a year before."""
        if self.last_quarter is None or m.start - self.last_quarter[1] > QUARTER_REACH:
            return None
        return quarter_shift(self.last_quarter[0], -4)

    # counted from the previous expression ---------------------------------------------------------------------
    def _anaphor(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        unit = m.unit or "day"
        n = m.offset or 0
        if unit == "day":
            if self.last_day is None:
                return "day", None
            return "day", day_value(self.last_day + dt.timedelta(days=n))
        base = self.last_value.date if self.last_value is not None else None
        if unit == "week":
            return "week", week_value(base + dt.timedelta(weeks=n)) if base else None
        if unit == "month":
            if base is None:
                return "month", None
            y, mo = add_months(base.year, base.month, n)
            return "month", month_value(y, mo)
        if unit == "year":
            return "year", year_value(base.year + n) if base else None
        return "unknown", None

    # quarters, halves, seasons, decades, centuries ------------------------------------------------------------
    def _quarter(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        a = self.anchor
        if m.unit == "quarter_of_year" and m.year is not None:
            # "the 1988 period" after "the first nine months": those months, so the year
            if self.last_quarter is None or m.start - self.last_quarter[1] > QUARTER_REACH:
                return "year", year_value(m.year)
            if "period" in self.body[m.start : m.end].lower() and "months" in self.body[self.last_quarter[1] : m.start]:
                return "year", year_value(m.year)
            return "quarter", quarter_value(m.year, (self.last_quarter[0].month - 1) // 3 + 1)
        if m.year is not None and m.quarter is not None:
            return "quarter", quarter_value(m.year, m.quarter)
        if m.unit == "quarter_ref":  # "the quarter", "the year-ago quarter": the quarter in view, shifted
            if self.last_quarter is not None and m.start - self.last_quarter[1] <= QUARTER_REACH:
                base: dt.date | None = self.last_quarter[0]
            elif a is not None:  # the latest quarter reported on: the last one that has ended
                base = quarter_shift(dt.date(a.year, a.month, 1), -1).date  # type: ignore[union-attr]
            else:
                return "quarter", None
            return "quarter", quarter_shift(base, m.offset or 0)  # type: ignore[arg-type]
        if a is None:
            return (
                ("quarter", None)
                if m.quarter is None or m.offset is not None
                else (
                    "underspecified",
                    Resolved("underspecified", None, f"XXXX-Q{m.quarter}"),
                )
            )
        current_q = (a.month - 1) // 3 + 1
        if m.quarter is None:  # "last quarter", "next quarter": counted from the anchor's quarter
            return "quarter", quarter_shift(dt.date(a.year, 3 * current_q - 2, 1), m.offset or 0)
        if m.offset is not None:  # "next year's first quarter"
            return "quarter", quarter_value(a.year + m.offset, m.quarter)
        # a quarter without its year: this year's when it has begun (results are reported after the quarter
        # ends), next year's when the sentence looks ahead to one two or more quarters back
        if m.quarter <= current_q:
            ahead = self.ahead(m) and current_q - m.quarter >= 2
            return "quarter", quarter_value(a.year + ahead, m.quarter)
        return "quarter", quarter_value(
            a.year if self.ahead(m) or m.quarter == current_q + 1 else a.year - 1, m.quarter
        )

    def _half(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        if m.year is None or m.half is None or not 1 <= m.year <= 9999:
            return "half", None
        return "half", Resolved("half", dt.date(m.year, 6 * m.half - 5, 1))

    def _season(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        if m.season is None:
            return "season", None
        start = SEASON_START_MONTH[m.season]
        if m.year is not None:
            year: int | None = m.year
        elif self.anchor is None:
            return "underspecified", Resolved("underspecified", None, f"XXXX-{_SEASON_CODES[start]}")
        else:
            year = season_year(self.anchor, m.season, m.offset, self.ahead(m))
        if year is None or not 1 <= year <= 9999:
            return "season", None
        return "season", Resolved("season", dt.date(year, start, 1))

    def _decade(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        if m.year is not None:
            return "decade", decade_value(m.year)
        if self.anchor is None:
            return "decade", None
        return "decade", decade_value(self.anchor.year + 10 * (m.offset or 0))

    def _century(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        if m.year is not None:
            return "century", century_value(m.year)
        if self.anchor is None:
            return "century", None
        return "century", century_value(self.anchor.year + 100 * (m.offset or 0))

    def _vague(self, m: Mention) -> tuple[Granularity, Resolved | None]:
        if m.unit in _REFERENCES:  # the time of the report, before it or after it: known without an anchor
            return "reference", Resolved("reference", None, _REFERENCES[m.unit])
        return "unknown", None


def resolve_mentions(body: str, mentions: list[Mention], anchor: dt.date | None) -> list[TemporalExpression]:
    resolver = Resolver(body, anchor)
    out: list[TemporalExpression] = []
    for m in mentions:
        granularity, value = resolver.resolve(m)
        out.append(
            TemporalExpression(
                text=body[m.start : m.end],
                start=m.start,
                end=m.end,
                value=value.value if value is not None else None,
                granularity=value.granularity if value is not None else granularity,
            )
        )
    return out
