"""Per-file hints from a manifest.csv / manifest.jsonl: path -> url, published, source, title."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from pipeline.sources.records import Rejection

MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")
_MAX_MANIFEST_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class FileHints:
    url: str | None = None
    published: str | None = None
    source: str | None = None
    title: str | None = None


def normalise_relative_path(path: str) -> str:
    """'./a\\b.html' -> 'a/b.html' so manifest rows match the reader's relative paths."""
    parts = [p for p in PurePosixPath(path.strip().replace("\\", "/")).parts if p not in (".", "")]
    return "/".join(parts)


def valid_iso_date(value: object) -> str | None:
    """The value itself when it is an ISO date or datetime, else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value:
        return None
    try:
        date.fromisoformat(value)
        return value
    except ValueError:
        pass
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        return value
    except ValueError:
        return None


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _hints_from_row(row: dict[str, object]) -> FileHints:
    return FileHints(
        url=_text_or_none(row.get("url")),
        published=valid_iso_date(row.get("published")),
        source=_text_or_none(row.get("source")),
        title=_text_or_none(row.get("title")),
    )


def read_manifest(manifest: Path, *, report_as: str) -> tuple[dict[str, FileHints], list[Rejection]]:
    """Parse one manifest. Unusable rows become rejections of the manifest (input_path=report_as)."""
    rejections: list[Rejection] = []
    hints: dict[str, FileHints] = {}
    try:
        size = manifest.stat().st_size
        if size > _MAX_MANIFEST_BYTES:
            return {}, [Rejection(report_as, -1, "load", f"manifest larger than {_MAX_MANIFEST_BYTES >> 20} MB cap")]
        raw = manifest.read_bytes()
    except OSError as exc:
        return {}, [Rejection(report_as, -1, "load", f"unreadable manifest: {exc.strerror or exc}")]
    text = raw.decode("utf-8-sig", errors="replace")
    rows: list[tuple[int, dict[str, object]]] = []
    if manifest.name.endswith(".jsonl"):
        for line_no, line in enumerate(text.splitlines()):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except (ValueError, RecursionError) as exc:
                rejections.append(
                    Rejection(report_as, line_no, "load", f"invalid JSON on manifest line {line_no + 1}: {exc}")
                )
                continue
            if not isinstance(row, dict):
                rejections.append(
                    Rejection(report_as, line_no, "load", f"manifest line {line_no + 1} is not a JSON object")
                )
                continue
            rows.append((line_no, row))
    else:
        try:
            reader = csv.DictReader(io.StringIO(text))
            for row_no, row in enumerate(reader):
                rows.append((row_no + 1, {k.strip().lower(): v for k, v in row.items() if isinstance(k, str)}))
        except csv.Error as exc:
            rejections.append(Rejection(report_as, -1, "load", f"malformed manifest CSV: {exc}"))
    for line_no, row in rows:
        path = row.get("path")
        if not isinstance(path, str) or not normalise_relative_path(path):
            rejections.append(Rejection(report_as, line_no, "load", f"manifest row {line_no + 1} has no path"))
            continue
        hints[normalise_relative_path(path)] = _hints_from_row(row)
    return hints, rejections
