"""Words that name calendar units, written for English news text."""

from __future__ import annotations

MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAY_NUMBERS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

# Months that are also ordinary words or first names: accepted alone only in a date-like frame.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "june", "april", "august"})

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "several": 3, "a few": 3, "few": 3, "a couple of": 2,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Spelled-out years as broadcast transcripts write them ("nineteen ninety-six").
TENS_WORDS: dict[str, int] = {
    "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
UNIT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEEN_WORDS: dict[str, int] = {
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

# First month of each season (northern hemisphere, meteorological).
SEASON_START_MONTH: dict[str, int] = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

# Offsets of relative modifiers ("last week" -> -1).
RELATIVE_OFFSETS: dict[str, int] = {
    "this": 0, "current": 0, "the current": 0, "this coming": 1, "this past": -1,
    "last": -1, "past": -1, "the past": -1, "previous": -1, "the previous": -1, "the last": -1,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the following": 1, "following": 1,
}

# Words after which a four-digit number is read as a year.
YEAR_LEAD_WORDS = frozenset({
    "in", "since", "by", "of", "until", "till", "before", "after", "during", "from", "through", "to",
    "between", "and", "or", "early", "late", "mid", "fiscal", "year", "as", "around", "circa", "throughout",
    "for", "spring", "summer", "fall", "autumn", "winter", "end", "start", "beginning", "middle",
})

# Words before which a four-digit number is a count, not a year.
COUNT_NOUNS = frozenset({
    "people", "persons", "troops", "soldiers", "men", "women", "children", "workers", "residents",
    "civilians", "members", "units", "tonnes", "tons", "shells", "rounds", "missiles", "rockets",
    "drones", "cases", "deaths", "dollars", "euros", "pounds", "yen", "miles", "kilometers",
    "kilometres", "km", "meters", "metres", "feet", "votes", "jobs", "homes", "houses", "cars",
    "vehicles", "points", "shares", "employees", "users", "students", "personnel", "fighters",
    "refugees", "migrants", "prisoners", "containers", "barrels", "acres", "hectares", "hours",
    "minutes", "seconds", "days", "weeks", "months", "years", "times", "pages", "words", "items",
    "officers", "sailors", "marines", "tanks", "aircraft", "planes", "ships", "guns", "weapons",
    "bombs", "casualties", "injured", "wounded", "dead", "killed", "protesters", "delegates",
    "companies", "firms", "stores", "jets", "boats", "patients", "beds", "doses", "tests",
})

# Words before a number that make it a quantity.
QUANTITY_CUES = frozenset({
    "about", "some", "nearly", "almost", "over", "approximately", "roughly", "only", "just",
    "least", "than", "estimated", "additional", "another", "extra", "total", "all", "up",
})
