"""Offline geocoding of event locations. No Dagster, no network.

An event's `location` comes from the actor gazetteer ("Kursk (RUS)", "Georgia (GEO)", "Tbilisi (GEO)") or names a
region without a code ("Tavush" from "the Tavush region"). The gazetteer has already chosen the country by the
article's context (Georgia next to Tbilisi is GEO, next to Atlanta the US state; "Paris, Texas" is no French
place), so the geocoder turns that reading into coordinates:

1. "Name (ISO3)" where Name is the country itself: the country's centroid, precision `country`;
2. a place of that country in `data/places.csv` (GeoNames towns with population, admin1 regions, and our own
   regions): its coordinates, admin1 and precision (`city`, `place`, `admin1`, `region`);
3. an admin1 region of that country by name (`data/admin1.csv`): precision `admin1`;
4. else the country the text gives, precision `country`.
A country or region is then made more precise by a place of it that the mention's sentence names (`refine`):
"Georgia" in a sentence datelined TBILISI is Tbilisi, "Darfur" where the sentence says "West Darfur" that admin1.
A name without a code: a sea, strait, lake or river (`sea`) or a region across borders (`region`) from
`data/regions.csv`, with no country; else an admin1 region of one of the countries the article names
(`context`, in order), else nothing: we never guess a country the text does not give.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
PRECISIONS = ["place", "city", "admin1", "region", "country", "sea"]
_CODED = re.compile(r"^(?P<name>.+?)\s*\((?P<code>[A-Z]{3})\)\s*$")
_DIRECTIONS = {"Western ": "West ", "Northern ": "North ", "Southern ": "South ", "Eastern ": "East "}


@dataclass(frozen=True)
class Geo:
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: str | None = None


NOWHERE = Geo()


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case, accents and punctuation folded ("Zaporizhzhia" == "zaporizhzhia", "Malé" == "male")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(text.replace("-", " ").replace("'", "").replace(".", "").split())


_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|an|ar|az|at) ")
_KIND = re.compile(r" (?:state|province|governorate|region|oblast|district|county)$")
_SOUNDS = str.maketrans({"j": "g", "q": "k", "c": "k", "v": "w"})


def skeleton(name: str) -> str:
    """A key that spellings of one name share across transliterations: folded, without an Arabic article or a
    trailing kind of region, j/g and q/c/k merged, each word's first letter and then its consonants but h, w
    and y, doubled letters collapsed ("Lowgar" and "Logar", "Al Jazirah" and "Gezira state", "Zaporizhzhia"
    and "Zaporizhia"; "Western" and "Eastern" stay apart)."""
    text = _KIND.sub("", _ARTICLE.sub("", fold(name))).replace("ph", "f").translate(_SOUNDS)
    letters = [w[0] + "".join(ch for ch in w[1:] if ch.isalpha() and ch not in "aeiouhwy") for w in text.split()]
    joined = "".join(letters)
    return "".join(ch for i, ch in enumerate(joined) if i == 0 or ch != joined[i - 1])


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _geo(row: dict[str, str], country: str | None, precision: str | None = None) -> Geo:
    return Geo(
        country=country or None,
        admin1=row.get("admin1") or None,
        latitude=float(row["latitude"]),
        longitude=float(row["longitude"]),
        precision=precision or row.get("precision") or None,
    )


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, Geo]  # iso3 -> centroid
    country_names: dict[str, str]  # folded country name -> iso3
    places: dict[tuple[str, str], Geo]  # (iso3, folded name) -> place
    admin1: dict[tuple[str, str], Geo]  # (iso3, folded admin1 name) -> region
    uncoded: dict[str, Geo]  # folded name -> sea or cross-border region (no country)
    written: dict[str, dict[str, Geo]]  # iso3 -> place, region and admin1 names as written -> what each stands for


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    countries, names = {}, {}
    for r in _rows("country_centroids.csv"):
        countries[r["iso3"]] = _geo(r, r["iso3"], "country")
        names[fold(r["name"])] = r["iso3"]
    places = {(r["iso3"], fold(r["name"])): _geo(r, r["iso3"]) for r in _rows("places.csv")}
    admin1 = {(r["iso3"], fold(r["admin1"])): _geo(r, r["iso3"], "admin1") for r in _rows("admin1.csv")}
    uncoded = {}
    regions = _rows("regions.csv")
    for r in regions:
        if r["iso3"]:
            places.setdefault((r["iso3"], fold(r["name"])), _geo(r, r["iso3"]))
        else:
            uncoded[fold(r["name"])] = _geo(r, None)
    written: dict[str, dict[str, Geo]] = {}
    for r in _rows("places.csv") + [r for r in regions if r["iso3"]]:
        written.setdefault(r["iso3"], {}).setdefault(r["name"], places[(r["iso3"], fold(r["name"]))])
    for r in _rows("admin1.csv"):
        geo = admin1[(r["iso3"], fold(r["admin1"]))]
        names_of = written.setdefault(r["iso3"], {})
        names_of.setdefault(r["admin1"], geo)
        for long, short in _DIRECTIONS.items():  # "Western Darfur" is written "West Darfur"
            if r["admin1"].startswith(long):
                names_of.setdefault(short + r["admin1"][len(long) :], geo)
    return Gazetteer(countries, names, places, admin1, uncoded, written)


@lru_cache(maxsize=512)
def sounds(iso3: str) -> dict[str, Geo | None]:
    """Skeleton of an admin1 name of `iso3` -> that region; None where two of its regions share it. Built per
    country on first use: most runs never need another spelling."""
    found: dict[str, Geo | None] = {}
    for (code, name), geo in gazetteer().admin1.items():
        key = skeleton(name) if code == iso3 else ""
        if len(key) >= 3:
            found[key] = geo if found.get(key, geo) == geo else None
    return found


def geocode(location: object, context: Iterable[object] = ()) -> Geo:
    """Where `location` is; `context` lists the countries (ISO3) the article names, most relevant first."""
    if not isinstance(location, str) or not location.strip():
        return NOWHERE
    g = gazetteer()
    m = _CODED.match(location)
    if m:
        name, code = fold(m["name"]), m["code"]
        if g.country_names.get(name) == code:
            return g.countries.get(code, Geo(country=code, precision="country"))
        for key in ((code, name), (code, name.removesuffix(" region"))):
            if key in g.places:
                return g.places[key]
            if key in g.admin1:
                return g.admin1[key]
        if sounded := sounds(code).get(skeleton(name)):
            return sounded
        return g.countries.get(code, Geo(country=code, precision="country"))
    name = fold(location)
    if name in g.uncoded:
        return g.uncoded[name]
    if name in g.country_names:
        return g.countries[g.country_names[name]]
    codes = [c for c in context if isinstance(c, str)]
    for code in codes:
        if (code, name) in g.admin1 or (code, name) in g.places:
            return g.admin1.get((code, name)) or g.places[(code, name)]
    for code in codes:  # "Logar" of a story about Afghanistan is its admin1 Lowgar
        if sounded := sounds(code).get(skeleton(name)):
            return sounded
    return NOWHERE


_SPECIFIC = {"place": 0, "city": 0, "admin1": 1, "region": 2, "country": 3}


@lru_cache(maxsize=512)
def _inside(iso3: str) -> tuple[re.Pattern[str] | None, dict[str, Geo]]:
    """A pattern of the places, admin1 regions and regions of one country as written (and in capitals, as in a
    dateline), with what each stands for; names shared with a sea or a cross-border region are left out."""
    g = gazetteer()
    names = {n: geo for n, geo in g.written.get(iso3, {}).items() if fold(n) not in g.uncoded and len(n) > 3}
    for n in list(names):
        names.setdefault(n.upper(), names[n])
    if not names:
        return None, {}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), names


def _inside_a_name(sentence: str, start: int, end: int) -> bool:
    from pipeline.events.actors import inside_longer_name  # here: the events package imports this module

    return inside_longer_name(sentence, start, end)


# "Gezira state", "Sudan's Gezira State", "the Logar province": up to three capitalised words before a kind of region
_NAMED_REGION = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Rr]egion|[Oo]blast|[Dd]istrict)\b"
)


def named_admin1(iso3: str, sentence: str) -> Geo | None:
    """The first admin1 region of `iso3` that the sentence names as "<Name> state/province/region/..." in any
    spelling (its skeleton): "Gezira state" is Al Jazirah in Sudan."""
    for m in _NAMED_REGION.finditer(sentence):
        words = re.sub(r"['’]s\b", "", m.group(1)).split()
        for i in range(len(words)):  # "Sudan Gezira", then "Gezira"
            if found := sounds(iso3).get(skeleton(" ".join(words[i:]))):
                return found
    return None


def refine(geo: Geo, location: object, sentence: object) -> Geo:
    """A country or a region made more precise by a place of it that the sentence names: "Georgia" in a
    sentence datelined TBILISI is Tbilisi; "Darfur" where the sentence says "West Darfur" is that admin1."""
    if geo.precision not in ("country", "region") or not geo.country or not isinstance(sentence, str):
        return geo
    pattern, names = _inside(geo.country)
    if pattern is None:
        return geo
    coded = _CODED.match(location) if isinstance(location, str) else None
    region = fold(coded["name"] if coded else str(location))
    best: tuple[int, int] | None = None
    chosen = geo
    for m in pattern.finditer(sentence):
        found = names[m.group()]
        if _SPECIFIC.get(found.precision or "", 9) >= _SPECIFIC[geo.precision]:
            continue
        if geo.precision == "region" and region not in fold(m.group()):
            continue  # inside a region only a name that contains it ("West Darfur" for Darfur)
        if _inside_a_name(sentence, m.start(), m.end()):
            continue  # "the Washington Post reported", "Paris Hilton said": no place
        rank = (_SPECIFIC[found.precision or "region"], m.start())
        if best is None or rank < best:
            best, chosen = rank, found
    if chosen is geo and geo.precision == "country":
        return named_admin1(geo.country, sentence) or geo
    return chosen


GEO_COLUMNS = ["location_country", "location_admin1", "latitude", "longitude", "geo_precision"]


def as_columns(geo: Geo) -> dict[str, object]:
    return {
        "location_country": geo.country,
        "location_admin1": geo.admin1,
        "latitude": geo.latitude,
        "longitude": geo.longitude,
        "geo_precision": geo.precision,
    }


def article_context(codes: Iterable[object]) -> tuple[str, ...]:
    """The countries an article names (its actors' and locations' ISO3 codes), most often named first."""
    counts: dict[str, int] = {}
    for c in codes:
        if isinstance(c, str) and len(c) == 3 and c.isupper():
            counts[c] = counts.get(c, 0) + 1
    return tuple(sorted(counts, key=lambda c: (-counts[c], c)))


def geocode_mentions(frame):  # pandas.DataFrame -> pandas.DataFrame
    """`frame` (event mentions with article_id, location, source_actor, target_actor) with GEO_COLUMNS set;
    each distinct (location, article context) is geocoded once."""
    import pandas as pd

    if frame.empty:
        return frame
    codes: dict[str, list[object]] = {}
    for art, loc, src, tar in frame[["article_id", "location", "source_actor", "target_actor"]].itertuples(
        index=False, name=None
    ):
        m = _CODED.match(loc) if isinstance(loc, str) else None
        codes.setdefault(art, []).extend([src, tar, m["code"] if m else None])
    contexts = {art: article_context(c) for art, c in codes.items()}
    cache: dict[tuple[object, tuple[str, ...]], Geo] = {}
    rows = []
    sentences = frame["sentence"] if "sentence" in frame else pd.Series(None, index=frame.index)
    for art, loc, sentence in zip(frame["article_id"], frame["location"], sentences, strict=True):
        key = (loc if isinstance(loc, str) else None, contexts[art])
        if key not in cache:
            cache[key] = geocode(*key)
        rows.append(as_columns(refine(cache[key], loc, sentence)))
    geo = pd.DataFrame(rows, index=frame.index, columns=GEO_COLUMNS)
    out = frame.copy()
    for column in GEO_COLUMNS:
        out[column] = geo[column].astype("float64") if column in ("latitude", "longitude") else geo[column]
    return out
