"""A polite, bounded HTTP fetcher for news pages, feeds and sitemaps.

Polite: robots.txt is obeyed (and its Crawl-delay), one request at a time per host with a minimum delay,
Retry-After honoured on 429/503. Bounded: connect and read timeouts, a total deadline per request enforced
by a watchdog that closes the socket, a byte cap per response, a redirect limit, and an SSRF guard that
refuses private, loopback, link-local and reserved addresses on every hop unless explicitly allowed.
Standard library only (http.client), so every byte read is under our control.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

from pipeline.sources.decode import DecodeFailure, decode_bytes
from pipeline.sources.feeds import (
    FeedError,
    PageHints,
    feed_page_hints,
    parse_feed,
    parse_sitemap,
)
from pipeline.sources.files import (
    LoadFailure,
    charset_of,
    format_of_content_type,
    inflate_gzip,
)
from pipeline.sources.netguard import AddressPolicy, AddressRefused
from pipeline.sources.records import Rejection
from pipeline.sources.robots import ALLOW_ALL, Robots, parse_robots

MB = 1024 * 1024
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
RETRY_STATUSES = (429, 500, 502, 503, 504)


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = "news-events-pipeline/0.1 (+https://github.com/news-events)"
    connect_timeout: float = 10.0  # seconds to open a connection
    read_timeout: float = 20.0  # seconds of silence tolerated between two reads
    deadline: float = 60.0  # total seconds for one request, headers and body, whatever the server does
    per_host_delay: float = 1.0  # minimum seconds between two requests to one host
    max_crawl_delay: float = 30.0  # a robots.txt Crawl-delay above this is capped to it
    retries: int = 3  # extra attempts after a 429/5xx or a network error
    backoff: float = 1.0  # first retry waits this long, then twice as long, ...
    max_retry_wait: float = 120.0  # a longer Retry-After gives up instead of waiting
    max_bytes: int = 10 * MB  # per response body, after decompression
    max_redirects: int = 5
    respect_robots: bool = True
    allow_private_networks: bool = False
    allowed_hosts: tuple[str, ...] = ()  # e.g. ("127.0.0.1",): hosts/addresses/networks exempt from the SSRF guard
    max_sitemap_depth: int = 3  # sitemap index -> sitemap -> ... levels followed
    max_urls_per_source: int = 50_000  # page URLs taken from one feed or sitemap
    ca_file: str | None = None  # PEM bundle to trust instead of the system's (a private CA, a test server)

    @property
    def robots_agent(self) -> str:
        return self.user_agent.split("/")[0].strip() or self.user_agent


@dataclass(frozen=True)
class FetchedPage:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str
    body: str
    fetched_at: str  # ISO 8601 UTC
    encoding: str
    published_hint: str | None = None  # from the feed item / news sitemap entry that listed the page
    title_hint: str | None = None
    source_hint: str | None = None


class FetchError(Exception):
    """A URL could not be fetched; the message is the rejection reason."""

    def __init__(self, reason: str, *, retryable: bool = False, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass
class _Response:
    url: str
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "") or ""


def _utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an address checked by the SSRF guard, while speaking to the host by name."""

    def __init__(self, host: str, port: int, address: str, connect_timeout: float, read_timeout: float) -> None:
        super().__init__(host, port, timeout=connect_timeout)
        self._address = address
        self._read_timeout = read_timeout

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), timeout=self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.settimeout(self._read_timeout)


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    def __init__(
        self,
        host: str,
        port: int,
        address: str,
        connect_timeout: float,
        read_timeout: float,
        ca_file: str | None = None,
    ) -> None:
        super().__init__(host, port, address, connect_timeout, read_timeout)
        self._context = ssl.create_default_context(cafile=ca_file)

    def connect(self) -> None:
        super().connect()
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.host)


class Fetcher:
    """Fetches URLs one at a time, keeping per-host politeness state and a robots.txt cache."""

    def __init__(self, settings: FetchSettings | None = None, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings or FetchSettings()
        self._policy = AddressPolicy(self.settings.allow_private_networks, tuple(self.settings.allowed_hosts))
        self._last_request: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._robots: dict[str, Robots | str] = {}  # origin -> rules, or the reason robots refuse all
        self._sleep = sleep

    # -- politeness --------------------------------------------------------------------------------------

    def _wait_for_host(self, netloc: str) -> None:
        delay = self._host_delay.get(netloc, self.settings.per_host_delay)
        last = self._last_request.get(netloc)
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                self._sleep(wait)
        self._last_request[netloc] = time.monotonic()

    def _robots_for(self, scheme: str, netloc: str) -> Robots | str:
        origin = f"{scheme}://{netloc}"
        if origin in self._robots:
            return self._robots[origin]
        robots_url = origin + "/robots.txt"
        result: Robots | str
        try:
            response = self._get(robots_url, max_bytes=512 * 1024, follow_robots=False)
        except FetchError as exc:
            result = f"robots.txt unavailable: {exc}"
        else:
            if response.status >= 500:
                result = f"robots.txt unavailable: HTTP {response.status}"
            elif response.status >= 400:
                result = ALLOW_ALL  # no robots.txt (RFC 9309: any 4xx means no restrictions)
            else:
                result = parse_robots(response.body.decode("utf-8", errors="replace"))
                crawl_delay = result.crawl_delay(self.settings.robots_agent)
                if crawl_delay:
                    self._host_delay[netloc] = max(
                        self.settings.per_host_delay, min(crawl_delay, self.settings.max_crawl_delay)
                    )
        self._robots[origin] = result
        return result

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        robots = self._robots_for(parts.scheme, parts.netloc)
        if isinstance(robots, str):
            raise FetchError(robots)
        if not robots.allowed(self.settings.robots_agent, url):
            raise FetchError("disallowed by robots.txt")

    # -- one HTTP exchange -------------------------------------------------------------------------------

    def _guard(self, url: str) -> tuple[str, int]:
        """(address, port) to connect to for url; FetchError for a bad URL or a refused address."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"unsupported URL scheme {parts.scheme or '(none)'}")
        if not parts.hostname:
            raise FetchError("URL has no host")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise FetchError("URL has an invalid port") from None
        try:
            return self._policy.resolve(parts.hostname, port)
        except AddressRefused as exc:
            raise FetchError(f"refused: {exc}") from None

    def _exchange(self, url: str, max_bytes: int) -> _Response:
        """One GET without redirects or retries, bounded by the deadline and the byte cap."""
        settings = self.settings
        address, port = self._guard(url)
        parts = urlsplit(url)
        host = parts.hostname or ""
        connection: _PinnedHTTPConnection
        if parts.scheme == "https":
            connection = _PinnedHTTPSConnection(
                host, port, address, settings.connect_timeout, settings.read_timeout, settings.ca_file
            )
        else:
            connection = _PinnedHTTPConnection(host, port, address, settings.connect_timeout, settings.read_timeout)
        target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        self._wait_for_host(parts.netloc)  # politeness wait, before the deadline clock starts
        started = time.monotonic()
        expired = threading.Event()

        def on_deadline() -> None:
            expired.set()
            sock = connection.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        watchdog = threading.Timer(settings.deadline, on_deadline)
        watchdog.daemon = True
        watchdog.start()
        received = 0
        try:
            connection.request(
                "GET",
                target,
                headers={
                    "User-Agent": settings.user_agent,
                    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
                    "Accept-Encoding": "gzip, deflate",
                    "Connection": "close",
                },
            )
            response = connection.getresponse()
            declared = response.getheader("Content-Length")
            if declared and declared.strip().isdigit() and int(declared) > max_bytes:
                raise FetchError(f"response too large: Content-Length {int(declared)} exceeds the {max_bytes} byte cap")
            chunks: list[bytes] = []
            while True:
                if time.monotonic() - started > settings.deadline:
                    raise FetchError(f"deadline of {settings.deadline:g} s exceeded after {received} bytes")
                chunk = response.read1(64 * 1024)
                if not chunk:
                    break
                received += len(chunk)
                if received > max_bytes:
                    raise FetchError(f"response body exceeds the {max_bytes} byte cap")
                chunks.append(chunk)
            body = b"".join(chunks)
            body = self._decoded_body(body, response.getheader("Content-Encoding"), max_bytes)
            return _Response(url, response.status, response.headers, body)
        except FetchError:
            raise
        except ssl.SSLCertVerificationError as exc:
            raise FetchError(f"TLS certificate not trusted: {exc.verify_message or exc}") from None
        except (TimeoutError, OSError, http.client.HTTPException) as exc:
            if expired.is_set():
                raise FetchError(
                    f"deadline of {settings.deadline:g} s exceeded after {received} bytes", retryable=False
                ) from None
            if isinstance(exc, (TimeoutError, socket.timeout)):
                elapsed = time.monotonic() - started
                raise FetchError(f"timed out after {elapsed:.1f} s", retryable=True) from None
            raise FetchError(f"network error: {type(exc).__name__}: {exc}", retryable=True) from None
        finally:
            watchdog.cancel()
            connection.close()

    @staticmethod
    def _decoded_body(body: bytes, content_encoding: str | None, max_bytes: int) -> bytes:
        encoding = (content_encoding or "identity").strip().lower()
        if encoding in ("", "identity"):
            return body
        try:
            if encoding in ("gzip", "x-gzip"):
                return inflate_gzip(body, max_bytes)
            if encoding == "deflate":
                inflater = zlib.decompressobj()
                out = inflater.decompress(body, max_bytes + 1)
                if len(out) > max_bytes:
                    raise LoadFailure(f"inflated size exceeds the {max_bytes} byte cap")
                return out
        except LoadFailure as exc:
            raise FetchError(f"Content-Encoding {encoding}: {exc}") from None
        except zlib.error as exc:
            raise FetchError(f"Content-Encoding {encoding}: corrupt stream: {exc}") from None
        raise FetchError(f"unsupported Content-Encoding {encoding}")

    # -- redirects and retries ---------------------------------------------------------------------------

    def _get(self, url: str, *, max_bytes: int | None = None, follow_robots: bool = True) -> _Response:
        """GET with redirects (each hop guarded and robots-checked) and retries with backoff."""
        max_bytes = max_bytes or self.settings.max_bytes
        visited: list[str] = []
        current = url
        while True:
            if current in visited:
                raise FetchError(f"redirect loop at {current}")
            if len(visited) > self.settings.max_redirects:
                raise FetchError(f"too many redirects (more than {self.settings.max_redirects})")
            visited.append(current)
            self._guard(current)
            if follow_robots and self.settings.respect_robots:
                self._check_robots(current)
            response = self._with_retries(current, max_bytes)
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(f"HTTP {response.status} redirect without a Location header")
                current = urljoin(current, location.strip())
                continue
            return response

    def _with_retries(self, url: str, max_bytes: int) -> _Response:
        settings = self.settings
        attempt = 0
        while True:
            try:
                response = self._exchange(url, max_bytes)
                if response.status in RETRY_STATUSES:
                    raise FetchError(
                        f"HTTP {response.status}",
                        retryable=True,
                        retry_after=_retry_after_seconds(response.headers.get("Retry-After")),
                    )
                return response
            except FetchError as exc:
                if not exc.retryable or attempt >= settings.retries:
                    if exc.retryable:
                        tries = attempt + 1
                        raise FetchError(f"{exc} (gave up after {tries} attempt{'s' if tries > 1 else ''})") from None
                    raise
                wait = settings.backoff * (2**attempt)
                if exc.retry_after is not None:
                    if exc.retry_after > settings.max_retry_wait:
                        raise FetchError(
                            f"{exc} with Retry-After {exc.retry_after:g} s "
                            f"beyond the {settings.max_retry_wait:g} s limit"
                        ) from None
                    wait = max(wait, exc.retry_after)
                self._sleep(min(wait, settings.max_retry_wait))
                attempt += 1

    # -- public operations -------------------------------------------------------------------------------

    def fetch_page(self, url: str) -> FetchedPage:
        """Fetch one page (HTML or plain text) and decode it; FetchError on any failure."""
        response = self._get(url)
        if not 200 <= response.status < 300:
            raise FetchError(f"HTTP {response.status}")
        mime = response.content_type.split(";")[0].strip().lower()
        fmt = format_of_content_type(response.content_type, response.body)
        if fmt is None:
            raise FetchError(f"unsupported content type {mime or '(none)'}")
        try:
            decoded = decode_bytes(response.body, kind=fmt, declared=charset_of(response.content_type))
        except DecodeFailure as exc:
            raise FetchError(str(exc)) from None
        return FetchedPage(
            url=url,
            final_url=response.url if response.url else url,
            status=response.status,
            content_type=mime or ("text/html" if fmt == "html" else "text/plain"),
            body=decoded.text,
            fetched_at=_utc_now(),
            encoding=decoded.encoding,
        )

    def fetch_xml(self, url: str) -> bytes:
        """Fetch a feed or sitemap document (inflated when gzipped)."""
        response = self._get(url)
        if not 200 <= response.status < 300:
            raise FetchError(f"HTTP {response.status}")
        body = response.body
        if body.startswith(b"\x1f\x8b"):
            try:
                body = inflate_gzip(body, self.settings.max_bytes)
            except LoadFailure as exc:
                raise FetchError(str(exc)) from None
        return body


# -- batch functions ----------------------------------------------------------------------------------------


def _fetch_rejection(url: str, reason: str) -> Rejection:
    return Rejection(input_path=url, record_index=0, stage="fetch", reason=reason)


def fetch_pages(
    urls: Iterable[str], settings: FetchSettings | None = None, *, fetcher: Fetcher | None = None
) -> tuple[list[FetchedPage], list[Rejection]]:
    """Fetch every URL once (duplicates skipped); each ends as a FetchedPage or a Rejection (stage "fetch")."""
    fetcher = fetcher or Fetcher(settings)
    pages: list[FetchedPage] = []
    rejections: list[Rejection] = []
    for url in _unique(urls):
        try:
            pages.append(fetcher.fetch_page(url))
        except FetchError as exc:
            rejections.append(_fetch_rejection(url, str(exc)))
    return pages, rejections


def expand_feeds(
    feed_urls: Iterable[str],
    settings: FetchSettings | None = None,
    *,
    fetcher: Fetcher | None = None,
    hints: dict[str, PageHints] | None = None,
) -> tuple[list[str], list[Rejection]]:
    """Page URLs listed by RSS / Atom feeds, in feed order; unusable feeds become rejections.

    When `hints` is given, it is filled with each listed page's date, title and feed title.
    """
    fetcher = fetcher or Fetcher(settings)
    limit = fetcher.settings.max_urls_per_source
    urls: list[str] = []
    rejections: list[Rejection] = []
    for feed_url in _unique(feed_urls):
        try:
            document = fetcher.fetch_xml(feed_url)
            links = parse_feed(document, base_url=feed_url)
        except (FetchError, FeedError) as exc:
            rejections.append(_fetch_rejection(feed_url, f"feed: {exc}"))
            continue
        urls.extend(links[:limit])
        if hints is not None:
            for url, hint in feed_page_hints(document, base_url=feed_url).items():
                hints.setdefault(url, hint)
    return _unique(urls), rejections


def expand_sitemaps(
    sitemap_urls: Iterable[str],
    settings: FetchSettings | None = None,
    *,
    fetcher: Fetcher | None = None,
    hints: dict[str, PageHints] | None = None,
) -> tuple[list[str], list[Rejection]]:
    """Page URLs listed by sitemaps, following sitemap indexes up to max_sitemap_depth levels.

    When `hints` is given, it is filled from Google News sitemap tags (publication date, title, name).
    """
    fetcher = fetcher or Fetcher(settings)
    limit = fetcher.settings.max_urls_per_source
    urls: list[str] = []
    rejections: list[Rejection] = []
    seen: set[str] = set()
    queue: list[tuple[str, int]] = [(u, 0) for u in _unique(sitemap_urls)]
    while queue:
        sitemap_url, depth = queue.pop(0)
        if sitemap_url in seen:
            continue
        seen.add(sitemap_url)
        try:
            sitemap = parse_sitemap(fetcher.fetch_xml(sitemap_url), base_url=sitemap_url)
        except (FetchError, FeedError) as exc:
            rejections.append(_fetch_rejection(sitemap_url, f"sitemap: {exc}"))
            continue
        urls.extend(sitemap.page_urls[:limit])
        if hints is not None:
            for url, hint in sitemap.hints.items():
                hints.setdefault(url, hint)
        for child in sitemap.sitemap_urls:
            if depth + 1 > fetcher.settings.max_sitemap_depth:
                rejections.append(
                    _fetch_rejection(child, f"sitemap: nested deeper than {fetcher.settings.max_sitemap_depth} levels")
                )
            else:
                queue.append((child, depth + 1))
    return _unique(urls), rejections


def fetch_sources(
    *,
    urls: Sequence[str] = (),
    feeds: Sequence[str] = (),
    sitemaps: Sequence[str] = (),
    settings: FetchSettings | None = None,
) -> tuple[list[FetchedPage], list[Rejection]]:
    """Expand feeds and sitemaps, then fetch every page they and `urls` list (each URL once)."""
    fetcher = Fetcher(settings)
    hints: dict[str, PageHints] = {}
    feed_urls, feed_rejections = expand_feeds(feeds, fetcher=fetcher, hints=hints)
    sitemap_urls, sitemap_rejections = expand_sitemaps(sitemaps, fetcher=fetcher, hints=hints)
    pages, page_rejections = fetch_pages([*urls, *feed_urls, *sitemap_urls], fetcher=fetcher)
    pages = [_with_hints(page, hints.get(page.url)) for page in pages]
    return pages, [*feed_rejections, *sitemap_rejections, *page_rejections]


def _with_hints(page: FetchedPage, hint: PageHints | None) -> FetchedPage:
    if hint is None:
        return page
    return replace(
        page,
        published_hint=page.published_hint or hint.published,
        title_hint=page.title_hint or hint.title,
        source_hint=page.source_hint or hint.source,
    )


def read_url_list(path: Path) -> list[str]:
    """URLs from a text file, one per line; blank lines and lines starting with # are ignored."""
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i.strip() for i in items if i and i.strip()))


# -- landing --------------------------------------------------------------------------------------------


def landing_file_name(page: FetchedPage) -> str:
    """Stable file name for a fetched page: a hash of its URL, .html or .txt by content type."""
    digest = hashlib.sha256(page.url.encode("utf-8")).hexdigest()[:20]
    return digest + (".txt" if page.content_type == "text/plain" else ".html")


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_landing_day(pages: Iterable[FetchedPage], day_folder: Path) -> list[Path]:
    """Write fetched pages into a landing day folder plus a manifest.jsonl (path, url, fetched_at, and the
    published / title / source hints of the feed or sitemap that listed the page).

    Bodies are stored as UTF-8 with a byte-order mark, which outranks any charset the page declares, so
    the file reader decodes exactly the text that was fetched. Existing manifest rows for other files are
    kept; every file is written to a hidden temporary name first and renamed.
    """
    day_folder = Path(day_folder)
    day_folder.mkdir(parents=True, exist_ok=True)
    manifest_path = day_folder / "manifest.jsonl"
    rows: dict[str, dict[str, str]] = {}
    if manifest_path.exists():
        for line in manifest_path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and isinstance(row.get("path"), str):
                rows[row["path"]] = row
    written: list[Path] = []
    for page in pages:
        name = landing_file_name(page)
        _atomic_write(day_folder / name, ("\ufeff" + page.body).encode("utf-8"))
        row = {
            "path": name,
            "url": page.final_url or page.url,
            "requested_url": page.url,
            "fetched_at": page.fetched_at,
        }
        for key, value in (
            ("published", page.published_hint),
            ("title", page.title_hint),
            ("source", page.source_hint),
        ):
            if value:
                row[key] = value
        rows[name] = row
        written.append(day_folder / name)
    manifest = "".join(json.dumps(rows[k], ensure_ascii=False) + "\n" for k in sorted(rows))
    _atomic_write(manifest_path, manifest.encode("utf-8"))
    return written


def fetch_into_landing(
    day_folder: Path,
    *,
    urls: Sequence[str] = (),
    feeds: Sequence[str] = (),
    sitemaps: Sequence[str] = (),
    settings: FetchSettings | None = None,
) -> tuple[list[Path], list[Rejection]]:
    """Fetch the configured sources and land the pages in `day_folder` for the file reader.

    The fetch rejections are returned and also appended to a hidden `.fetch_rejections.jsonl` in the day
    folder (hidden, so the file reader does not take it for an input), so that no failure is silent.
    """
    pages, rejections = fetch_sources(urls=urls, feeds=feeds, sitemaps=sitemaps, settings=settings)
    written = write_landing_day(pages, day_folder)
    if rejections:
        log = Path(day_folder) / FETCH_REJECTIONS_FILE
        with log.open("a", encoding="utf-8") as fh:
            for rejection in rejections:
                fh.write(
                    json.dumps(
                        {
                            "url": rejection.input_path,
                            "stage": rejection.stage,
                            "reason": rejection.reason,
                            "at": _utc_now(),
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    return written, rejections


FETCH_REJECTIONS_FILE = ".fetch_rejections.jsonl"
