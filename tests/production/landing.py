"""Ten ingestion days built from the three days of the bundled sample.

Days 4 to 10 are copies of days 1 to 3 with one word changed throughout (" the " -> " that " in the first
copy, " this " in the second, " our " in the third), inside gzip and WARC records too. Every body therefore
differs from the day it was copied from: the articles of a copy are not cross-day duplicates of earlier days
(which would make the result depend on the order in which days are processed, see docs/DEPLOY.md).
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import shutil
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

SAMPLE = Path(__file__).resolve().parents[2] / "sample" / "landing"
FIRST_DAY = "2024-11-04"
WORDS = [b" that ", b" this ", b" our "]


def ten_days(dest: Path, n_days: int = 10) -> list[str]:
    sources = sorted(p for p in SAMPLE.iterdir() if p.is_dir())
    first = dt.date.fromisoformat(FIRST_DAY)
    days = []
    for i in range(n_days):
        day = (first + dt.timedelta(days=i)).isoformat()
        source = sources[i % len(sources)]
        copy = i // len(sources)
        target = dest / day
        target.mkdir(parents=True)
        for path in sorted(source.iterdir()):
            data = path.read_bytes()
            if copy:
                data = _transformed(path.name, data, WORDS[(copy - 1) % len(WORDS)])
            (target / path.name).write_bytes(data)
        days.append(day)
    return days


def _transformed(name: str, data: bytes, word: bytes) -> bytes:
    if name.endswith(".gz"):
        try:
            inner = gzip.decompress(data)
        except (OSError, EOFError):
            return data  # a deliberately broken gzip stays broken
        return gzip.compress(_transformed(name[:-3], inner, word), mtime=0)
    if name.endswith(".warc"):
        return _warc(data, word)
    if name.endswith(".pdf"):
        return data
    return data.replace(b" the ", word)


def _warc(data: bytes, word: bytes) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            payload = record.content_stream().read().replace(b" the ", word)
            new = writer.create_warc_record(
                record.rec_headers.get_header("WARC-Target-URI"),
                record.rec_type,
                payload=io.BytesIO(payload),
                warc_headers=record.rec_headers,
                http_headers=record.http_headers,
            )
            writer.write_record(new)
    except Exception:  # a truncated or hostile WARC: keep it as it is (its rejection is the test)
        return data
    return out.getvalue()


def copy_sample(dest: Path) -> None:
    shutil.copytree(SAMPLE, dest)
