"""The Parquet contract: pandera models, Arrow schemas and the published documentation agree."""

from pathlib import Path

from schemas import SCHEMAS, TABLES, arrow_schema
from schemas.contract import render_markdown

DOC = Path(__file__).resolve().parents[1] / "docs" / "CONTRACT.md"

MINIMUM_COLUMNS = {
    "articles": [
        "article_id",
        "input_path",
        "segment",
        "title",
        "author",
        "site",
        "url",
        "published_date",
        "published_date_source",
        "language",
        "body",
    ],
    "temporal_expressions": ["article_id", "text", "start", "end", "value", "granularity", "anchor_date"],
    "events": [
        "event_id",
        "article_id",
        "cluster_id",
        "event_type",
        "event_date",
        "source_actor",
        "target_actor",
        "speaker",
        "location",
        "quantity",
        "quantity_unit",
        "certainty",
        "sentence",
        "start",
        "end",
    ],
    "event_clusters": [
        "cluster_id",
        "event_type",
        "source_actor",
        "target_actor",
        "location",
        "date_first",
        "date_last",
        "n_mentions",
        "n_articles",
        "n_sources",
    ],
    "rejected": ["input_path", "stage", "reason"],
}


def test_every_promised_column_is_in_the_contract() -> None:
    for table, columns in MINIMUM_COLUMNS.items():
        missing = set(columns) - {c.name for c in TABLES[table]}
        assert not missing, (table, missing)


def test_pandera_models_have_exactly_the_contract_columns() -> None:
    for table, model in SCHEMAS.items():
        model_columns = set(model.to_schema().columns) - {"ingest_day"}
        assert model_columns == {c.name for c in TABLES[table]}, table


def test_pandera_nullability_matches_the_arrow_contract() -> None:
    for table, model in SCHEMAS.items():
        columns = model.to_schema().columns
        for c in TABLES[table]:
            assert columns[c.name].nullable == c.nullable, (table, c.name)


# pandera dtype of each Arrow contract type (the models keep nullable Int32 for int32, Timestamp for dates)
PANDERA_DTYPE = {"string": "str", "int32": "Int32", "double": "float64", "date32[day]": "datetime64[ns]"}


def test_pandera_dtypes_match_the_arrow_contract() -> None:
    """The pandera models are written by hand (they carry the checks); their dtypes follow the contract."""
    for table, model in SCHEMAS.items():
        columns = model.to_schema().columns
        for c in TABLES[table]:
            assert str(columns[c.name].dtype) == PANDERA_DTYPE[str(c.type)], (table, c.name)


def test_a_column_name_has_one_type_in_every_table() -> None:
    """The stages type frames by column name alone (working_dtypes), which needs this."""
    types: dict[str, set[str]] = {}
    for columns in TABLES.values():
        for c in columns:
            types.setdefault(c.name, set()).add(str(c.type))
    assert {name: t for name, t in types.items() if len(t) > 1} == {}


def test_stage_frames_take_their_dtypes_from_the_contract() -> None:
    from pipeline.stages import COLUMN_DTYPES

    numeric_or_date = {c.name for columns in TABLES.values() for c in columns if str(c.type) != "string"}
    assert set(COLUMN_DTYPES) == numeric_or_date
    assert COLUMN_DTYPES["published_date"] == "datetime64[ns]"
    assert COLUMN_DTYPES["start"] == "int64"


def test_arrow_schemas_carry_table_and_version() -> None:
    schema = arrow_schema("events")
    assert schema.metadata[b"news_events.table"] == b"events"
    assert b"news_events.schema_version" in schema.metadata


def test_committed_documentation_is_generated_from_the_contract() -> None:
    assert DOC.read_text() == render_markdown(), "run: python -m schemas.contract > docs/CONTRACT.md"


def test_no_column_of_version_1_is_renamed_dropped_or_retyped() -> None:
    """Every column published in 1.0.0 keeps its name and type while the major version is 1."""
    frozen = {
        "articles": "article_id:string record_id:string input_path:string record_index:int32 segment:int32 "
        "title:string author:string site:string url:string published_date:date32[day] "
        "published_date_source:string language:string body:string body_chars:int32 "
        "duplicate_of:string encoding:string",
        "temporal_expressions": "article_id:string text:string start:int32 end:int32 value:string "
        "granularity:string anchor_date:date32[day]",
        "events": "event_id:string article_id:string cluster_id:string event_type:string event_date:string "
        "source_actor:string target_actor:string speaker:string location:string quantity:double "
        "quantity_max:double quantity_unit:string certainty:string sentence:string start:int32 end:int32",
        "event_clusters": "cluster_id:string event_type:string source_actor:string target_actor:string "
        "location:string date_first:string date_last:string n_mentions:int32 n_articles:int32 "
        "n_sources:int32 quantity_min:double quantity_max:double",
        "rejected": "input_path:string record_id:string record_index:int32 stage:string reason:string",
    }
    from schemas import SCHEMA_VERSION

    assert SCHEMA_VERSION.split(".")[0] == "1", "major bump: update this frozen list and docs/CONTRACT.md"
    for table, spec in frozen.items():
        current = {f.name: str(f.type) for f in arrow_schema(table)}
        for item in spec.split():
            name, type_ = item.split(":")
            assert current.get(name) == type_, (table, name)


def test_temporal_values_take_the_timeml_date_vocabulary_and_day_rows_stay_days() -> None:
    import pandas as pd
    import pytest

    from schemas.tables import TableValidationError, validate_table

    rows = [
        ("2024-11-05", "day"),
        ("2024-Q3", "quarter"),
        ("2024-H2", "half"),
        ("2024-WI", "season"),
        ("199", "decade"),
        ("19", "century"),
        ("PRESENT_REF", "reference"),
        ("XXXX-12-25", "underspecified"),
        ("XXXX-WXX-2", "underspecified"),
        ("2024-W45-WE", "weekend"),
        (None, "day"),
    ]

    def frame(values: list[tuple[str | None, str]]) -> pd.DataFrame:
        n = len(values)
        return pd.DataFrame(
            {
                "article_id": ["a"] * n,
                "text": ["x"] * n,
                "start": [0] * n,
                "end": [1] * n,
                "value": [v for v, _ in values],
                "granularity": [g for _, g in values],
                "anchor_date": [pd.Timestamp("2024-11-05")] * n,
                "ingest_day": ["2024-11-05"] * n,
            }
        )

    validate_table("temporal_expressions", frame(rows))
    for value, granularity in [
        ("XXXX-12-25", "day"),
        ("2024-W45-WE", "day"),
        ("2024-W45", "weekend"),
    ]:
        with pytest.raises(TableValidationError, match="a day value is a full"):
            validate_table("temporal_expressions", frame([(value, granularity)]))
    with pytest.raises(TableValidationError, match="value"):
        validate_table("temporal_expressions", frame([("2024-11-05TNI", "day")]))
    with pytest.raises(TableValidationError, match="value"):
        validate_table("temporal_expressions", frame([("2024-Q5", "quarter")]))
