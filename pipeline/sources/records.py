"""Records handed from the source readers to the rest of the pipeline.

Every input record (a file, a JSON line, a WARC response, a fetched page) becomes exactly one
`RawRecord` or one `Rejection`; nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

RecordFormat = Literal["html", "text"]


def record_key(input_path: str, record_index: int) -> str:
    """Deterministic id of one input record: derived from where it came from, never from time or order."""
    return hashlib.sha256(f"{input_path}#{record_index}".encode()).hexdigest()[:20]


@dataclass(frozen=True)
class RawRecord:
    """One decoded input record, ready for extraction."""

    input_path: str  # path relative to the input folder, e.g. "2024-11-04/page.html.gz"
    record_index: int  # 0 for a one-record file; line number (0-based) in JSONL; record number in WARC
    format: RecordFormat  # "html" for markup, "text" for already-flattened text
    content: str  # decoded text (HTML source or plain text)
    encoding: str  # encoding the bytes were decoded with, e.g. "utf-8", "cp1252", "utf-16"
    url: str | None = None
    published_hint: str | None = None  # ISO date or datetime from a manifest or JSON record
    title_hint: str | None = None
    source_hint: str | None = None  # outlet / site name from a manifest or JSON record
    nul_bytes_dropped: int = 0  # stray NUL bytes removed before decoding (see sources.decode.looks_binary)

    @property
    def record_id(self) -> str:
        return record_key(self.input_path, self.record_index)


@dataclass(frozen=True)
class Rejection:
    """An input record (or a whole file) that could not be used, with a precise reason."""

    input_path: str
    record_index: int  # -1 when the whole file was rejected before records could be told apart
    stage: str  # "load", "decode", "extract", ...
    reason: str

    @property
    def record_id(self) -> str:
        return record_key(self.input_path, self.record_index)
