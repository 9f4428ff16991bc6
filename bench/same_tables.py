"""Are two output folders of `python -m pipeline process` the same tables? `python -m bench.same_tables A B`.

Compares every Parquet table (rows, values and types, in file order) and says whether the files are also
byte-identical. Used to check that speed work changes nothing: run `process` before and after (or with
another pool size) and compare. Exit status 0 when every table has the same rows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow.parquet as pq

TABLES = ["articles", "temporal_expressions", "events", "event_clusters", "rejected"]


def compare(a: Path, b: Path, tables: list[str] = TABLES) -> dict[str, dict]:
    """Per table: rows on each side, whether the rows are equal, whether the files are byte-identical."""
    report = {}
    for table in tables:
        files_a = sorted(p.relative_to(a) for p in (a / table).rglob("*.parquet"))
        files_b = sorted(p.relative_to(b) for p in (b / table).rglob("*.parquet"))
        rows_equal = files_a == files_b
        bytes_equal = files_a == files_b
        rows_a = rows_b = 0
        for rel in files_a if files_a == files_b else []:
            ta, tb = pq.read_table(a / rel), pq.read_table(b / rel)
            rows_a, rows_b = rows_a + ta.num_rows, rows_b + tb.num_rows
            rows_equal = rows_equal and ta.equals(tb)
            bytes_equal = bytes_equal and (a / rel).read_bytes() == (b / rel).read_bytes()
        report[table] = {"rows": [rows_a, rows_b], "same_rows": rows_equal, "same_bytes": bytes_equal}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.same_tables", description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    report = compare(args.a, args.b)
    for table, r in report.items():
        print(
            f"{table:22s} rows {r['rows'][0]:>7,} / {r['rows'][1]:>7,}  same rows: {r['same_rows']}  "
            f"same bytes: {r['same_bytes']}"
        )
    return 0 if all(r["same_rows"] for r in report.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
