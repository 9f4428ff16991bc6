"""One pandera DataFrameModel per published table.

Used in three places: the asset validates its frame before writing it, the blocking asset check re-validates
what was stored, and tests compare the models with the Arrow contract in `schemas.contract`.
"""

from __future__ import annotations

from typing import get_args

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.dates.model import GRANULARITIES as _GRANULARITIES
from pipeline.dates.model import DateSource
from pipeline.events.model import PLOVER_TYPES, Certainty
from schemas.contract import column_names

EVENT_TYPES = list(PLOVER_TYPES)
DATE_SOURCES = list(get_args(DateSource))
GRANULARITIES = list(_GRANULARITIES)
CERTAINTIES = list(get_args(Certainty))
GEO_PRECISIONS = ["place", "city", "admin1", "region", "country", "sea"]
# TimeML DATE values: YYYY-MM-DD, YYYY-Www, YYYY-Www-WE (weekend), YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-SP|SU|FA|WI,
# YYYY, YYY (decade), YY (century), PRESENT_REF / PAST_REF / FUTURE_REF, and XXXX for a year the text does not give
_PERIOD = r"(-W\d{2}(-WE)?|-\d{2}(-\d{2})?|-Q[1-4]|-H[12]|-(SP|SU|FA|WI))"
TEMPORAL_VALUE = rf"^(\d{{4}}{_PERIOD}?|\d{{2,3}}|(PRESENT|PAST|FUTURE)_REF|XXXX({_PERIOD}|-WXX-[1-7])?)$"
# the value each of these granularities must have (or null)
GRANULARITY_VALUES = {
    "day": r"\d{4}-\d{2}-\d{2}",
    "weekend": r"\d{4}-W\d{2}-WE",
}
DAY = r"^\d{4}-\d{2}-\d{2}$"


class _Table(pa.DataFrameModel):
    ingest_day: Series[str] = pa.Field(str_matches=DAY)

    class Config:
        strict = True
        coerce = True


class Articles(_Table):
    article_id: Series[str] = pa.Field(unique=True)
    record_id: Series[str]
    input_path: Series[str]
    record_index: Series[pd.Int32Dtype] = pa.Field(ge=0)
    segment: Series[pd.Int32Dtype] = pa.Field(ge=0)
    title: Series[str] = pa.Field(nullable=True)
    author: Series[str] = pa.Field(nullable=True)
    site: Series[str] = pa.Field(nullable=True)
    url: Series[str] = pa.Field(nullable=True)
    published_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    published_date_source: Series[str] = pa.Field(isin=DATE_SOURCES)
    language: Series[str] = pa.Field(nullable=True)
    body: Series[str] = pa.Field(str_length={"min_value": 1})
    body_chars: Series[pd.Int32Dtype] = pa.Field(gt=0)
    duplicate_of: Series[str] = pa.Field(nullable=True)
    encoding: Series[str]

    @pa.dataframe_check(error="published_date is null exactly when published_date_source is 'unknown'")
    def date_matches_source(cls, df: pd.DataFrame) -> Series[bool]:
        return df["published_date"].isna() == (df["published_date_source"] == "unknown")


class TemporalExpressions(_Table):
    article_id: Series[str]
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    start: Series[pd.Int32Dtype] = pa.Field(ge=0)
    end: Series[pd.Int32Dtype] = pa.Field(gt=0)
    value: Series[str] = pa.Field(nullable=True, str_matches=TEMPORAL_VALUE)
    granularity: Series[str] = pa.Field(isin=GRANULARITIES)
    anchor_date: Series[pd.Timestamp] = pa.Field(nullable=True)

    @pa.dataframe_check(error="end must be greater than start")
    def span_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["end"] > df["start"]

    @pa.dataframe_check(error="a day value is a full YYYY-MM-DD date and a weekend value YYYY-Www-WE (or null)")
    def day_values_are_days(cls, df: pd.DataFrame) -> Series[bool]:
        ok = pd.Series(True, index=df.index)
        values = df["value"].astype("string")
        for granularity, form in GRANULARITY_VALUES.items():
            rows = df["granularity"] == granularity
            ok &= ~rows | values.isna() | values.str.fullmatch(form).fillna(False)
        return ok


class _Placed(_Table):
    @pa.dataframe_check(error="latitude and longitude are both known or both null, and coordinates have a precision")
    def coordinates_come_in_pairs(cls, df: pd.DataFrame) -> Series[bool]:
        lat, lon = df["latitude"].isna(), df["longitude"].isna()
        return (lat == lon) & (lat | df["geo_precision"].notna())


class Events(_Placed):
    event_id: Series[str] = pa.Field(unique=True)
    article_id: Series[str]
    cluster_id: Series[str]
    event_type: Series[str] = pa.Field(isin=EVENT_TYPES)
    event_date: Series[str] = pa.Field(nullable=True, str_matches=TEMPORAL_VALUE)
    source_actor: Series[str] = pa.Field(nullable=True)
    target_actor: Series[str] = pa.Field(nullable=True)
    speaker: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    location_country: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    location_admin1: Series[str] = pa.Field(nullable=True)
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90)
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180)
    geo_precision: Series[str] = pa.Field(nullable=True, isin=GEO_PRECISIONS)
    quantity: Series[float] = pa.Field(nullable=True, ge=0)
    quantity_max: Series[float] = pa.Field(nullable=True, ge=0)
    quantity_unit: Series[str] = pa.Field(nullable=True)
    certainty: Series[str] = pa.Field(isin=CERTAINTIES)
    sentence: Series[str] = pa.Field(str_length={"min_value": 1})
    start: Series[pd.Int32Dtype] = pa.Field(ge=0)
    end: Series[pd.Int32Dtype] = pa.Field(gt=0)
    confidence: Series[float] = pa.Field(ge=0, le=1)


class EventClusters(_Placed):
    cluster_id: Series[str] = pa.Field(unique=True)
    event_type: Series[str] = pa.Field(isin=EVENT_TYPES)
    source_actor: Series[str] = pa.Field(nullable=True)
    target_actor: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    location_country: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    location_admin1: Series[str] = pa.Field(nullable=True)
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90)
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180)
    geo_precision: Series[str] = pa.Field(nullable=True, isin=GEO_PRECISIONS)
    date_first: Series[str] = pa.Field(nullable=True, str_matches=TEMPORAL_VALUE)
    date_last: Series[str] = pa.Field(nullable=True, str_matches=TEMPORAL_VALUE)
    n_mentions: Series[pd.Int32Dtype] = pa.Field(ge=1)
    n_articles: Series[pd.Int32Dtype] = pa.Field(ge=1)
    n_sources: Series[pd.Int32Dtype] = pa.Field(ge=0)
    quantity_min: Series[float] = pa.Field(nullable=True)
    quantity_max: Series[float] = pa.Field(nullable=True)

    @pa.dataframe_check(error="a cluster cannot span more articles than mentions")
    def articles_within_mentions(cls, df: pd.DataFrame) -> Series[bool]:
        return df["n_articles"] <= df["n_mentions"]


class Rejected(_Table):
    input_path: Series[str]
    record_id: Series[str]
    record_index: Series[pd.Int32Dtype] = pa.Field(ge=-1)
    stage: Series[str]
    reason: Series[str] = pa.Field(str_length={"min_value": 1})


SCHEMAS: dict[str, type[_Table]] = {
    "articles": Articles,
    "temporal_expressions": TemporalExpressions,
    "events": Events,
    "event_clusters": EventClusters,
    "rejected": Rejected,
}


class TableValidationError(ValueError):
    """A table broke its contract; the message names the table, the columns, the checks and the rows."""


def validate_table(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Validate and coerce `df` against the table's model; raise TableValidationError naming what failed."""
    try:
        return SCHEMAS[table].validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        lines = []
        for (column, check), group in cases.groupby(["column", "check"], dropna=False, sort=False):
            rows = [int(i) for i in group["index"].dropna().tolist()[:10]]
            values = [str(v)[:60] for v in group["failure_case"].tolist()[:5]]
            lines.append(f"  column {column!s}: check {check!s} failed on rows {rows} (values {values})")
        raise TableValidationError(
            f"table '{table}' violates its schema ({len(cases)} failure(s)):\n" + "\n".join(lines)
        ) from None


def contract_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The contract's columns (plus ingest_day) of `frame`, validated and coerced."""
    return validate_table(table, frame[["ingest_day", *column_names(table)]].reset_index(drop=True))
