"""Proof that nothing is lost: every input file and record ends up in `articles` or in `rejected`."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd


@dataclass(frozen=True)
class Accounting:
    files_seen: int
    records_in: int
    records_in_articles: int
    records_rejected: int
    lost_files: list[str] = field(default_factory=list)
    lost_records: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.lost_files and not self.lost_records


def account(
    files_on_disk: Iterable[str], raw: pd.DataFrame, articles: pd.DataFrame, rejected: pd.DataFrame
) -> Accounting:
    """Compare what was on disk and what was read with what was published.

    A file is accounted for when some record of it was read or it was rejected as a whole; a record read is
    accounted for when it gave at least one article or was rejected.
    """
    files = set(files_on_disk)
    files_read = set(raw["input_path"]) if len(raw) else set()
    files_rejected = set(rejected["input_path"]) if len(rejected) else set()
    lost_files = sorted(files - files_read - files_rejected)
    records = set(raw["record_id"]) if len(raw) else set()
    in_articles = records & (set(articles["record_id"]) if len(articles) else set())
    rejected_ids = records & (set(rejected["record_id"]) if len(rejected) else set())
    lost_records = sorted(records - in_articles - rejected_ids)
    return Accounting(
        files_seen=len(files),
        records_in=len(records) + (int((~rejected["record_id"].isin(records)).sum()) if len(rejected) else 0),
        records_in_articles=len(in_articles),
        records_rejected=len(rejected),
        lost_files=lost_files,
        lost_records=lost_records,
    )


MANIFEST_NAMES = {"manifest.csv", "manifest.jsonl"}


def input_files(folder: Path, path_prefix: str = "", skip: Iterable[str] = ()) -> list[str]:
    """Every input file below `folder` as the readers name it (manifests and hidden files excluded)."""
    root = Path(folder)
    if not root.is_dir():
        return []
    skipped = {Path(s).resolve() for s in skip}
    names = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        if path.name in MANIFEST_NAMES or path.resolve() in skipped:
            continue
        names.append(path_prefix + rel.as_posix())
    return names


@dataclass(frozen=True)
class RejectedShare:
    day: str
    share: float
    baseline: float | None  # mean share of the previous days, None without history
    jumped: bool


def rejected_share_jumps(
    shares: dict[str, float], history: dict[str, float], *, floor: float = 0.2, factor: float = 2.0
) -> list[RejectedShare]:
    """Flag days whose rejected share is above `floor` and more than `factor` times the earlier days' mean.

    A day without earlier days has nothing to jump from and is not flagged.
    `shares` are the days of this run, `history` the days before it (both day -> rejected / records in).
    """
    out = []
    for day in sorted(shares):
        before = [v for d, v in history.items() if d < day] + [v for d, v in shares.items() if d < day]
        baseline = sum(before) / len(before) if before else None
        share = shares[day]
        jumped = baseline is not None and share > floor and share > factor * baseline
        out.append(RejectedShare(day, share, baseline, jumped))
    return out


def rejection_log_line(ingest_day: str, input_path: str, record_index: int, stage: str, reason: str) -> str:
    """One structured log line per rejected input: `event=rejected key=value ...`, values JSON-quoted."""
    fields = {
        "day": ingest_day,
        "input_path": input_path,
        "record_index": record_index,
        "stage": stage,
        "reason": reason,
    }
    return "event=rejected " + " ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in fields.items())
