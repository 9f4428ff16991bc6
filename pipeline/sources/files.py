"""Reading a folder of input files into RawRecords and Rejections.

Every file below the folder is one or more input records: an HTML page, a text file, a JSON record (or a
list of them), one JSONL line, one WARC response. Each ends up as exactly one RawRecord or one Rejection.
Time and memory stay bounded: file and inflated sizes are capped, nothing here builds an HTML tree.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.sources.decode import DecodeFailure, decode_bytes
from pipeline.sources.feeds import FeedError, parse_feed_items
from pipeline.sources.guards import html_nesting_depth
from pipeline.sources.manifest import (
    MANIFEST_NAMES,
    FileHints,
    normalise_relative_path,
    read_manifest,
    valid_iso_date,
)
from pipeline.sources.records import RawRecord, RecordFormat, Rejection

MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    max_file_bytes: int = 50 * MB  # a plain (non-WARC) file, as stored
    max_inflated_bytes: int = 50 * MB  # a .gz file once inflated
    max_warc_record_bytes: int = 50 * MB  # one WARC response payload (WARC files themselves are streamed)
    max_warc_file_bytes: int = 8 * 1024 * MB
    # Element nesting beyond which HTML is refused here. Note: libxml2 (lxml, trafilatura) already stops
    # building the tree at depth 256, so pages between 256 and this limit reach the text stage truncated.
    max_html_depth: int = 5000


class LoadFailure(Exception):
    """The file cannot be read as stored; the message is the rejection reason."""


HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
TEXT_EXTENSIONS = (".txt",)
JSON_EXTENSIONS = (".json",)
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
WARC_SUFFIXES = (".warc", ".warc.gz")
_GZIP_MAGIC = b"\x1f\x8b"
_INFLATE_CHUNK = 1 * MB


def _mb(n: int) -> str:
    return f"{n / MB:g} MB"


def inflate_gzip(data: bytes, cap: int) -> bytes:
    """Inflate (possibly multi-member) gzip data, refusing output beyond `cap` bytes."""
    if not data.startswith(_GZIP_MAGIC):
        raise LoadFailure("not gzip data")
    out = bytearray()
    remaining = data
    while remaining:
        inflater = zlib.decompressobj(wbits=31)
        pending = remaining
        try:
            while True:
                chunk = inflater.decompress(pending, _INFLATE_CHUNK)
                out += chunk
                if len(out) > cap:
                    raise LoadFailure(f"inflated size exceeds {_mb(cap)} cap")
                pending = inflater.unconsumed_tail
                if inflater.eof or (not chunk and not pending):
                    break
        except zlib.error as exc:
            raise LoadFailure(f"corrupt gzip stream: {exc}") from None
        if not inflater.eof:
            raise LoadFailure("truncated gzip stream")
        remaining = inflater.unused_data
        if not remaining.startswith(_GZIP_MAGIC):
            break  # trailing padding or garbage after the last member is ignored, like gzip(1) does
    return bytes(out)


def _file_kind(name: str) -> tuple[str | None, bool, str]:
    """(kind, gzip-wrapped, extension shown in messages) for a lower-cased file name."""
    if name.endswith(WARC_SUFFIXES):
        return "warc", False, ".warc"
    compressed = name.endswith(".gz")
    inner = name[:-3] if compressed else name
    ext = os.path.splitext(inner)[1]
    if ext in HTML_EXTENSIONS:
        return "html", compressed, ext
    if ext in TEXT_EXTENSIONS:
        return "text", compressed, ext
    if ext in JSON_EXTENSIONS:
        return "json", compressed, ext
    if ext in JSONL_EXTENSIONS:
        return "jsonl", compressed, ext
    if ext in FEED_EXTENSIONS:
        return "feed", compressed, ext
    return None, compressed, ext


_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<meta", b"<body")


def _looks_like_html(path: Path) -> bool:
    """Whether a file of unknown type starts like an HTML page (gzipped or not); reads at most 64 KB."""
    try:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        return False
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 16 * 1024)
        except zlib.error:
            return False
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(_HTML_STARTS):
        return True
    # Server warnings or a comment printed before the page: an <html> or doctype near the top still counts.
    return b"<!doctype html" in head[:16384] or b"<html" in head[:16384]


def _read_capped(path: Path, cap: int) -> bytes:
    with path.open("rb") as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise LoadFailure(f"file size exceeds {_mb(cap)} cap")
    return data


def _hinted(record: RawRecord, hints: FileHints | None) -> RawRecord:
    if hints is None:
        return record
    return RawRecord(
        input_path=record.input_path,
        record_index=record.record_index,
        format=record.format,
        content=record.content,
        encoding=record.encoding,
        url=record.url or hints.url,
        published_hint=record.published_hint or hints.published,
        title_hint=record.title_hint or hints.title,
        source_hint=record.source_hint or hints.source,
    )


# --- JSON and JSONL -------------------------------------------------------------------------------------


def _json_record(obj: object, input_path: str, index: int, encoding: str, where: str) -> RawRecord | Rejection:
    if not isinstance(obj, dict):
        return Rejection(input_path, index, "decode", f"{where} is a JSON {type(obj).__name__}, not an object")
    fmt: RecordFormat
    for key, fmt in (("html", "html"), ("text", "text")):
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return Rejection(input_path, index, "decode", f"{where}: '{key}' is a {type(value).__name__}, not a string")
        if not value.strip():
            continue
        if "\x00" in value:
            return Rejection(input_path, index, "decode", f"{where}: binary content (NUL characters) in '{key}'")
        return RawRecord(
            input_path=input_path,
            record_index=index,
            format=fmt,
            content=value,
            encoding=encoding,
            url=_str_field(obj, "url"),
            published_hint=valid_iso_date(obj.get("published")),
            title_hint=_str_field(obj, "title"),
            source_hint=_str_field(obj, "source"),
        )
    if any(isinstance(obj.get(k), str) for k in ("html", "text")):
        return Rejection(input_path, index, "decode", f"{where}: 'text'/'html' is empty or whitespace-only")
    return Rejection(input_path, index, "decode", f"{where} has neither a 'text' nor an 'html' field")


def _str_field(obj: dict[str, object], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _json_error(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "nesting too deep"
    return str(exc)


def _read_json(text: str, input_path: str, encoding: str) -> list[RawRecord | Rejection]:
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return [Rejection(input_path, -1, "decode", f"invalid JSON: {_json_error(exc)}")]
    if isinstance(obj, list):
        if not obj:
            return [Rejection(input_path, -1, "decode", "empty JSON list")]
        return [_json_record(item, input_path, i, encoding, f"JSON record {i}") for i, item in enumerate(obj)]
    return [_json_record(obj, input_path, 0, encoding, "JSON record")]


def _only_invalid_json(items: list[RawRecord | Rejection], prefix: str) -> bool:
    return all(isinstance(i, Rejection) and i.reason.startswith(prefix) for i in items)


def _read_jsonl(text: str, input_path: str, encoding: str) -> list[RawRecord | Rejection]:
    out: list[RawRecord | Rejection] = []
    # Split on "\n" only: str.splitlines() would also split on U+2028 and friends, legal inside JSON strings.
    for line_no, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            out.append(
                Rejection(input_path, line_no, "decode", f"invalid JSON on line {line_no + 1}: {_json_error(exc)}")
            )
            continue
        out.append(_json_record(obj, input_path, line_no, encoding, f"line {line_no + 1}"))
    if not out:
        return [Rejection(input_path, -1, "decode", "JSONL file holds no records")]
    return out


# --- WARC -----------------------------------------------------------------------------------------------

_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)


def charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _CHARSET_PARAM.search(content_type)
    return match.group(1) if match else None


def format_of_content_type(content_type: str | None, body: bytes) -> RecordFormat | None:
    """html / text for a response's Content-Type; sniffs the body when the type is missing or generic."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime == "text/plain":
        return "text"
    if mime in ("", "application/octet-stream", "binary/octet-stream"):
        head = body[:1024].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
            return "html"
    return None


def _starts_like_warc(path: Path, compressed: bool) -> bool:
    with path.open("rb") as fh:
        head = fh.read(64 * 1024)
    if compressed:
        if not head.startswith(_GZIP_MAGIC):
            return False
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 4096)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(b"WARC/")


def _read_warc(path: Path, input_path: str, limits: ReadLimits) -> list[RawRecord | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    out: list[RawRecord | Rejection] = []
    index = -1
    cap = limits.max_warc_record_bytes
    iterator = None
    errors_seen = 0
    try:
        if path.stat().st_size > limits.max_warc_file_bytes:
            return [Rejection(input_path, -1, "load", f"WARC file size exceeds {_mb(limits.max_warc_file_bytes)} cap")]
        if not _starts_like_warc(path, path.name.lower().endswith(".gz")):
            return [Rejection(input_path, -1, "load", "not a WARC file (no WARC/ version line at the start)")]
        with path.open("rb") as fh:
            iterator = ArchiveIterator(fh, arc2warc=False)
            for record in iterator:
                if iterator.err_count > errors_seen:
                    # warcio found no blank line after the previous record: its Content-Length was wrong.
                    errors_seen = iterator.err_count
                    _replace_last(
                        out,
                        index,
                        Rejection(
                            input_path,
                            index,
                            "load",
                            "malformed WARC record (Content-Length does not match the record)",
                        ),
                    )
                index += 1
                kind = record.rec_type
                if record.format != "warc":
                    out.append(Rejection(input_path, index, "load", "malformed WARC record (not a WARC header)"))
                    continue
                if kind == "revisit":
                    out.append(Rejection(input_path, index, "load", "WARC revisit record (payload stored elsewhere)"))
                    continue
                if kind not in ("response", "resource"):
                    continue  # warcinfo, request, metadata: not input records
                out.append(_warc_response(record, input_path, index, cap))
            if iterator.err_count > errors_seen:
                _replace_last(
                    out,
                    index,
                    Rejection(
                        input_path, index, "load", "malformed WARC record (Content-Length does not match the record)"
                    ),
                )
    except ArchiveLoadFailed as exc:
        if iterator is not None and iterator.err_count > errors_seen:
            # The unreadable rest is the tail of the record whose length was wrong: one rejection covers both.
            _replace_last(
                out,
                index,
                Rejection(
                    input_path,
                    index,
                    "load",
                    "malformed WARC record (Content-Length does not match the record; "
                    f"nothing readable after it: {_short(exc, 80)})",
                ),
            )
        else:
            out.append(
                Rejection(input_path, index + 1, "load", f"malformed WARC after {index + 1} records: {_short(exc)}")
            )
    except (zlib.error, EOFError, OSError, ValueError) as exc:
        out.append(
            Rejection(
                input_path,
                index + 1,
                "load",
                f"malformed WARC after {index + 1} records: {type(exc).__name__}: {_short(exc)}",
            )
        )
    if not out:
        return [Rejection(input_path, -1, "load", "WARC file holds no response records")]
    return out


def _replace_last(out: list[RawRecord | Rejection], index: int, rejection: Rejection) -> None:
    if out and out[-1].record_index == index:
        out[-1] = rejection
    else:
        out.append(rejection)


def _short(exc: BaseException, limit: int = 160) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _warc_response(record, input_path: str, index: int, cap: int) -> RawRecord | Rejection:
    url = record.rec_headers.get_header("WARC-Target-URI")
    content_type = None
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not str(status).startswith("2"):
            return Rejection(input_path, index, "load", f"WARC response with HTTP status {status}")
        content_type = record.http_headers.get_header("Content-Type")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
    try:
        body = record.content_stream().read(cap + 1)
        if len(body) > cap:
            return Rejection(input_path, index, "load", f"WARC payload exceeds {_mb(cap)} cap")
        while record.raw_stream.read(1 << 16):
            pass  # drain what the payload decoder left, so that a short record shows in the limit below
    except Exception as exc:  # noqa: BLE001 - warcio surfaces zlib/brotli/chunking errors with many types
        return Rejection(input_path, index, "load", f"unreadable WARC payload: {type(exc).__name__}: {_short(exc)}")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return Rejection(
            input_path, index, "load", f"truncated WARC record ({missing} of {record.length} bytes missing)"
        )
    if not body:
        return Rejection(input_path, index, "decode", "empty WARC payload")
    fmt = format_of_content_type(content_type, body)
    if fmt is None:
        return Rejection(
            input_path, index, "load", f"WARC response with unsupported content type {content_type or '(none)'}"
        )
    try:
        decoded = decode_bytes(body, kind=fmt, declared=charset_of(content_type))
    except DecodeFailure as exc:
        return Rejection(input_path, index, "decode", str(exc))
    return RawRecord(
        input_path, index, fmt, decoded.text, decoded.encoding, url=url, nul_bytes_dropped=decoded.nul_bytes_dropped
    )


# --- feed files (RSS / Atom carrying the articles) -------------------------------------------------------


_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")


def _read_feed_file(data: bytes, input_path: str) -> list[RawRecord | Rejection]:
    """One record per feed item with content; the XML is parsed by defusedxml (entities refused)."""
    try:
        channel, items = parse_feed_items(data)
    except FeedError as exc:
        return [Rejection(input_path, -1, "decode", f"feed file: {exc}")]
    if not items:
        return [Rejection(input_path, -1, "decode", "feed file holds no items")]
    declared = _XML_ENCODING.search(data[:300])
    encoding = (
        "utf-16"
        if data.startswith((b"\xff\xfe", b"\xfe\xff"))
        else (declared.group(1).decode("ascii").lower() if declared else "utf-8")
    )
    out: list[RawRecord | Rejection] = []
    for item in items:
        if item.content is None or not item.content.strip():
            shown = f" (only a link to {item.link})" if item.link else ""
            out.append(Rejection(input_path, item.index, "decode", f"feed item {item.index} has no content{shown}"))
            continue
        out.append(
            RawRecord(
                input_path,
                item.index,
                "html",
                item.content,
                encoding,
                url=item.link,
                published_hint=valid_iso_date(item.published),
                title_hint=item.title,
                source_hint=channel,
            )
        )
    return out


# --- one file -------------------------------------------------------------------------------------------


def read_input_file(path: Path, input_path: str, *, limits: ReadLimits | None = None) -> list[RawRecord | Rejection]:
    """Read one file into records and rejections (no manifest hints applied)."""
    limits = limits or ReadLimits()
    try:
        return [_guarded(item, limits) for item in _read_input_file(path, input_path, limits)]
    except Exception as exc:  # noqa: BLE001 - one unreadable file must never stop the run
        return [
            Rejection(input_path, -1, "load", f"unexpected error while reading: {type(exc).__name__}: {_short(exc)}")
        ]


def _guarded(item: RawRecord | Rejection, limits: ReadLimits) -> RawRecord | Rejection:
    if isinstance(item, RawRecord) and item.format == "html":
        depth = html_nesting_depth(item.content, stop_at=limits.max_html_depth)
        if depth >= limits.max_html_depth:
            return Rejection(
                item.input_path, item.record_index, "decode", f"HTML nested {limits.max_html_depth} or more levels deep"
            )
    return item


def _read_input_file(path: Path, input_path: str, limits: ReadLimits) -> list[RawRecord | Rejection]:
    name = path.name.lower()
    kind, compressed, ext = _file_kind(name)
    try:
        info = path.stat()
    except OSError as exc:
        return [Rejection(input_path, -1, "load", f"unreadable file: {exc.strerror or exc}")]
    if not stat.S_ISREG(info.st_mode):
        return [Rejection(input_path, -1, "load", "not a regular file")]
    if kind is None:
        if _looks_like_html(path):
            kind = "html"  # a page saved as .php, .aspx, .asp or without extension: read it as HTML
            compressed = name.endswith(".gz")
        else:
            shown = ext or "(no extension)"
            if compressed:
                shown += ".gz"
            return [Rejection(input_path, -1, "load", f"unsupported file type {shown}")]
    if info.st_size == 0:
        return [Rejection(input_path, -1, "load", "empty file")]
    if kind == "warc":
        return _read_warc(path, input_path, limits)
    try:
        data = _read_capped(path, limits.max_file_bytes)
        if compressed or data.startswith(_GZIP_MAGIC):
            data = inflate_gzip(data, limits.max_inflated_bytes)
            if not data:
                raise LoadFailure("empty file (after gunzip)")
    except LoadFailure as exc:
        return [Rejection(input_path, -1, "load", str(exc))]
    except OSError as exc:
        return [Rejection(input_path, -1, "load", f"unreadable file: {exc.strerror or exc}")]
    if kind == "feed":
        return _read_feed_file(data, input_path)
    try:
        decoded = decode_bytes(data, kind=kind)
    except DecodeFailure as exc:
        reason = str(exc)
        if reason.startswith("binary content"):
            reason = reason.replace(f"in a {kind} record", f"in a {ext} file")
        return [Rejection(input_path, -1, "decode", reason)]
    if kind == "json":
        items = _read_json(decoded.text, input_path, decoded.encoding)
        if _only_invalid_json(items, "invalid JSON: Extra data"):
            # JSON lines saved with a .json name: read as JSONL if that gives at least one record.
            as_lines = _read_jsonl(decoded.text, input_path, decoded.encoding)
            if any(isinstance(i, RawRecord) for i in as_lines):
                return as_lines
        return items
    if kind == "jsonl":
        items = _read_jsonl(decoded.text, input_path, decoded.encoding)
        if len(items) > 1 and _only_invalid_json(items, "invalid JSON on line"):
            # One pretty-printed JSON document saved with a .jsonl name: read it whole if it parses.
            whole = _read_json(decoded.text, input_path, decoded.encoding)
            if any(isinstance(i, RawRecord) for i in whole):
                return whole
        return items
    fmt: RecordFormat = "html" if kind == "html" else "text"
    return [RawRecord(input_path, 0, fmt, decoded.text, decoded.encoding, nul_bytes_dropped=decoded.nul_bytes_dropped)]


# --- the folder -----------------------------------------------------------------------------------------


def _walk_files(folder: Path) -> list[Path]:
    """Regular, non-hidden files below folder (symlinked folders not followed), sorted by relative path."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith("."):
                found.append(Path(root) / name)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _match_manifest_path(key: str, relative: set[str], folder: Path) -> str:
    """A manifest path as the reader names the file: paths written from the parent folder
    ("inputs/a.html") or absolute paths into the folder are accepted too; unmatched keys stay as they are."""
    if key in relative:
        return key
    as_path = Path("/" + key.lstrip("/")) if key.startswith("/") else None
    if as_path is not None:
        try:
            inside = as_path.resolve().relative_to(folder.resolve()).as_posix()
        except ValueError:
            inside = None
        if inside in relative:
            return inside
    parts = key.lstrip("/").split("/")
    for start in range(1, len(parts)):
        candidate = "/".join(parts[start:])
        if candidate in relative:
            return candidate
    return key


def read_input_folder(
    folder: Path,
    *,
    manifest: Path | None = None,
    path_prefix: str = "",
    limits: ReadLimits | None = None,
) -> tuple[list[RawRecord], list[Rejection]]:
    """Read every input file below `folder` into RawRecords and Rejections.

    A manifest.csv / manifest.jsonl in the folder (or any sub-folder: paths relative to its own folder), or
    the explicit `manifest` (paths relative to `folder`), adds url / published / source / title hints.
    input_path is `path_prefix` + the file's path relative to `folder`, in posix form.
    """
    records: list[RawRecord] = []
    rejections: list[Rejection] = []
    for item in iter_input_folder(folder, manifest=manifest, path_prefix=path_prefix, limits=limits):
        (records if isinstance(item, RawRecord) else rejections).append(item)
    return records, rejections


def iter_input_folder(
    folder: Path,
    *,
    manifest: Path | None = None,
    path_prefix: str = "",
    limits: ReadLimits | None = None,
) -> Iterator[RawRecord | Rejection]:
    """`read_input_folder` one record or rejection at a time, file by file: a day of any size is read
    without holding it all."""
    folder = Path(folder)
    limits = limits or ReadLimits()
    rejections: list[Rejection] = []
    files = _walk_files(folder)
    hints: dict[str, FileHints] = {}
    manifest_files = [p for p in files if p.name in MANIFEST_NAMES]
    explicit = manifest.resolve() if manifest is not None else None
    for found in manifest_files:
        rel_dir = found.parent.relative_to(folder).as_posix()
        found_hints, problems = read_manifest(found, report_as=path_prefix + found.relative_to(folder).as_posix())
        rejections.extend(problems)
        for rel, hint in found_hints.items():
            hints[normalise_relative_path(f"{rel_dir}/{rel}")] = hint
    if manifest is not None:
        found_hints, problems = read_manifest(Path(manifest), report_as=str(manifest))
        rejections.extend(problems)
        relative = {p.relative_to(folder).as_posix() for p in files}
        for key, hint in found_hints.items():
            hints[_match_manifest_path(key, relative, folder)] = hint  # the explicit manifest wins

    yield from rejections
    seen: set[str] = set()
    for path in files:
        if path.name in MANIFEST_NAMES or (explicit is not None and path.resolve() == explicit):
            continue
        rel = path.relative_to(folder).as_posix()
        seen.add(rel)
        input_path = path_prefix + rel
        for item in read_input_file(path, input_path, limits=limits):
            yield _hinted(item, hints.get(rel)) if isinstance(item, RawRecord) else item
    for rel in sorted(set(hints) - seen):
        yield Rejection(path_prefix + rel, -1, "load", "listed in the manifest but not found")


_DAY_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def landing_day_fingerprints(landing: Path) -> dict[str, str]:
    """Per YYYY-MM-DD sub-folder of `landing`: a hash of (relative path, size, mtime_ns) of its files.

    A day whose fingerprint changed has new, removed or modified files. Hidden files are ignored.
    """
    landing = Path(landing)
    out: dict[str, str] = {}
    if not landing.is_dir():
        return out
    for entry in sorted(landing.iterdir()):
        if not entry.is_dir() or not _DAY_FOLDER.match(entry.name):
            continue
        digest = hashlib.sha256()
        for path in _walk_files(entry):
            try:
                info = path.stat()
            except OSError:
                continue
            rel = path.relative_to(entry).as_posix()
            digest.update(f"{rel}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
        out[entry.name] = digest.hexdigest()
    return out
