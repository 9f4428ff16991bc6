"""Helpers to compare published tables, for crash-and-rerun checks (tests and `make chaos`)."""

from __future__ import annotations

from pathlib import Path

import duckdb

PUBLISHED_TABLES = ("articles", "temporal_expressions", "events", "event_clusters", "rejected")


def sorted_rows(out_dir: Path, table: str) -> list[tuple]:
    """Every row of a published Parquet table, sorted on all columns (partition column included)."""
    pattern = str(out_dir / table / "**" / "*.parquet")
    with duckdb.connect() as conn:
        relation = conn.sql(f"SELECT * FROM read_parquet('{pattern}', hive_partitioning=true)")
        columns = ", ".join(f'"{c}"' for c in relation.columns)
        return conn.sql(
            f"SELECT * FROM read_parquet('{pattern}', hive_partitioning=true) ORDER BY {columns}"
        ).fetchall()


def differing_tables(a: Path, b: Path) -> list[str]:
    """Names of published tables whose sorted rows differ between two output folders."""
    return [t for t in PUBLISHED_TABLES if sorted_rows(a, t) != sorted_rows(b, t)]
