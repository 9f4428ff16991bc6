"""The fetcher against real HTTP servers on 127.0.0.1: polite, bounded, and refusing to be pointed anywhere."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.sources.files import read_input_folder
from pipeline.sources.http import (
    FetchedPage,
    Fetcher,
    FetchError,
    FetchSettings,
    expand_feeds,
    expand_sitemaps,
    fetch_into_landing,
    fetch_pages,
    fetch_sources,
    write_landing_day,
)

Handler = Callable[[BaseHTTPRequestHandler], None]

PAGE = (
    "<html><head><title>Bridge</title></head><body><p>The river bridge in Eastholm opened on Sunday.</p></body></html>"
)


class LocalServer:
    """A real HTTP server on an ephemeral 127.0.0.1 port; tests register a handler per path."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: list[str] = []
        server = self

        class RequestHandler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.hits.append(self.path)
                handler = server.routes.get(self.path)
                if handler is None:
                    send(self, 404, b"not here", "text/plain")
                    return
                try:
                    handler(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def page(
        self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = lambda h: send(h, 200, data, content_type, headers)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def send(
    h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        h.send_header(name.replace("_", "-"), value)
    h.end_headers()
    h.wfile.write(body)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    running = LocalServer()
    yield running
    running.close()


def settings(**overrides: object) -> FetchSettings:
    base: dict[str, object] = {
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
        "deadline": 1.0,
        "per_host_delay": 0.0,
        "retries": 2,
        "backoff": 0.05,
        "max_retry_wait": 5.0,
        "allowed_hosts": ("127.0.0.1",),
    }
    base.update(overrides)
    return FetchSettings(**base)  # type: ignore[arg-type]


def reason_of(server: LocalServer, path: str, **overrides: object) -> str:
    with pytest.raises(FetchError) as caught:
        Fetcher(settings(**overrides)).fetch_page(server.url(path))
    return str(caught.value)


# --- ordinary fetching ----------------------------------------------------------------------------------


def test_page_is_fetched_and_decoded(server: LocalServer) -> None:
    server.page("/a", PAGE)
    page = Fetcher(settings()).fetch_page(server.url("/a"))
    assert (page.status, page.content_type, page.body, page.encoding, page.final_url) == (
        200,
        "text/html",
        PAGE,
        "utf-8",
        server.url("/a"),
    )


def test_charset_from_the_content_type_header_is_used(server: LocalServer) -> None:
    server.page("/l", "<p>Caf\u00e9 cr\u00e8me</p>".encode("latin-1"), "text/html; charset=ISO-8859-1")
    page = Fetcher(settings()).fetch_page(server.url("/l"))
    assert (page.body, page.encoding) == ("<p>Caf\u00e9 cr\u00e8me</p>", "cp1252")


def test_gzip_content_encoding_is_inflated(server: LocalServer) -> None:
    server.page("/z", gzip.compress(PAGE.encode()), Content_Encoding="gzip")
    assert Fetcher(settings()).fetch_page(server.url("/z")).body == PAGE


def test_redirect_is_followed_and_final_url_recorded(server: LocalServer) -> None:
    server.routes["/old"] = lambda h: send(h, 301, b"", "text/plain", {"Location": "/new"})
    server.page("/new", PAGE)
    page = Fetcher(settings()).fetch_page(server.url("/old"))
    assert (page.url, page.final_url, page.body) == (server.url("/old"), server.url("/new"), PAGE)


def test_user_agent_is_sent(server: LocalServer) -> None:
    seen: list[str] = []

    def record_agent(h: BaseHTTPRequestHandler) -> None:
        seen.append(h.headers.get("User-Agent", ""))
        send(h, 200, PAGE.encode(), "text/html")

    server.routes["/ua"] = record_agent
    Fetcher(settings(user_agent="eventbot/2.0 (+https://bot.example)")).fetch_page(server.url("/ua"))
    assert seen == ["eventbot/2.0 (+https://bot.example)"]


def test_per_host_delay_spaces_requests(server: LocalServer) -> None:
    server.page("/1", PAGE)
    server.page("/2", PAGE)
    fetcher = Fetcher(settings(per_host_delay=0.3))
    started = time.monotonic()
    fetcher.fetch_page(server.url("/1"))
    fetcher.fetch_page(server.url("/2"))  # robots.txt, /1 and /2: three requests, two delays
    assert time.monotonic() - started >= 0.6


# --- hostile servers ------------------------------------------------------------------------------------


def test_trickling_server_is_cut_off_at_the_deadline(server: LocalServer) -> None:
    def trickle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100")
        h.end_headers()
        for _ in range(100):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.2)

    server.routes["/slow"] = trickle
    started = time.monotonic()
    reason = reason_of(server, "/slow", deadline=0.5, retries=0)
    assert reason.startswith("deadline of 0.5 s exceeded after ")
    assert time.monotonic() - started < 1.5


def test_declared_huge_body_is_refused_before_reading(server: LocalServer) -> None:
    def claims_gigabytes(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(5 * 1024**3))
        h.end_headers()
        h.wfile.write(b"<p>" * 1000)

    server.routes["/huge"] = claims_gigabytes
    assert reason_of(server, "/huge", max_bytes=1_000_000) == (
        "response too large: Content-Length 5368709120 exceeds the 1000000 byte cap"
    )


def test_endless_body_without_length_is_cut_at_the_byte_cap(server: LocalServer) -> None:
    def endless(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        block = b"<p>more</p>" * 6000
        while True:
            h.wfile.write(block)

    server.routes["/endless"] = endless
    assert reason_of(server, "/endless", max_bytes=1_000_000) == "response body exceeds the 1000000 byte cap"


def test_gzip_bomb_response_is_cut_at_the_byte_cap(server: LocalServer) -> None:
    server.page("/bomb", gzip.compress(b" " * 5_000_000), Content_Encoding="gzip")
    assert (
        reason_of(server, "/bomb", max_bytes=1_000_000)
        == "Content-Encoding gzip: inflated size exceeds 0.953674 MB cap"
    )


def test_redirect_loop_is_detected(server: LocalServer) -> None:
    server.routes["/a"] = lambda h: send(h, 302, b"", "text/plain", {"Location": "/b"})
    server.routes["/b"] = lambda h: send(h, 302, b"", "text/plain", {"Location": "/a"})
    assert reason_of(server, "/a") == f"redirect loop at {server.url('/a')}"


def test_redirect_chain_longer_than_the_limit_is_refused(server: LocalServer) -> None:
    for i in range(10):
        server.routes[f"/r{i}"] = lambda h, i=i: send(h, 302, b"", "text/plain", {"Location": f"/r{i + 1}"})
    assert reason_of(server, "/r0", max_redirects=3) == "too many redirects (more than 3)"


def test_not_found_fails_at_once_without_retries(server: LocalServer) -> None:
    assert reason_of(server, "/missing") == "HTTP 404"
    assert server.hits.count("/missing") == 1


def test_server_error_is_retried_then_given_up(server: LocalServer) -> None:
    server.routes["/err"] = lambda h: send(h, 500, b"oops", "text/plain")
    assert reason_of(server, "/err", retries=2) == "HTTP 500 (gave up after 3 attempts)"
    assert server.hits.count("/err") == 3


def test_503_with_retry_after_is_waited_out_then_fetched(server: LocalServer) -> None:
    answers = iter([(503, {"Retry-After": "1"}), (200, {})])

    def busy_then_ok(h: BaseHTTPRequestHandler) -> None:
        status, headers = next(answers)
        send(h, status, PAGE.encode() if status == 200 else b"busy", "text/html", headers)

    server.routes["/busy"] = busy_then_ok
    started = time.monotonic()
    page = Fetcher(settings()).fetch_page(server.url("/busy"))
    assert page.body == PAGE
    assert time.monotonic() - started >= 1.0


def test_429_with_retry_after_beyond_the_limit_gives_up_at_once(server: LocalServer) -> None:
    server.routes["/limited"] = lambda h: send(h, 429, b"slow down", "text/plain", {"Retry-After": "3600"})
    assert reason_of(server, "/limited") == "HTTP 429 with Retry-After 3600 s beyond the 5 s limit"
    assert server.hits.count("/limited") == 1


def test_robots_disallow_is_obeyed_without_requesting_the_page(server: LocalServer) -> None:
    server.page("/robots.txt", "User-agent: eventbot\nDisallow: /private/\n", "text/plain")
    server.page("/private/x", PAGE)
    assert reason_of(server, "/private/x", user_agent="eventbot/1.0") == "disallowed by robots.txt"
    assert "/private/x" not in server.hits


def test_robots_for_other_agents_do_not_block_us(server: LocalServer) -> None:
    server.page("/robots.txt", "User-agent: otherbot\nDisallow: /\n", "text/plain")
    server.page("/open", PAGE)
    assert Fetcher(settings(user_agent="eventbot/1.0")).fetch_page(server.url("/open")).body == PAGE


def test_robots_can_be_switched_off(server: LocalServer) -> None:
    server.page("/robots.txt", "User-agent: *\nDisallow: /\n", "text/plain")
    server.page("/p", PAGE)
    assert Fetcher(settings(respect_robots=False)).fetch_page(server.url("/p")).body == PAGE


def test_robots_server_error_blocks_the_host(server: LocalServer) -> None:
    server.routes["/robots.txt"] = lambda h: send(h, 500, b"down", "text/plain")
    server.page("/p", PAGE)
    assert reason_of(server, "/p", retries=0) == "robots.txt unavailable: HTTP 500 (gave up after 1 attempt)"
    assert "/p" not in server.hits


def test_robots_crawl_delay_slows_requests_to_that_host(server: LocalServer) -> None:
    server.page("/robots.txt", "User-agent: *\nCrawl-delay: 1\n", "text/plain")
    server.page("/p", PAGE)
    started = time.monotonic()
    Fetcher(settings(per_host_delay=0.0)).fetch_page(server.url("/p"))
    assert time.monotonic() - started >= 1.0


def test_html_served_as_octet_stream_is_recognised(server: LocalServer) -> None:
    server.page("/bin", PAGE, "application/octet-stream")
    assert Fetcher(settings()).fetch_page(server.url("/bin")).content_type == "application/octet-stream"


def test_wrong_content_type_is_rejected(server: LocalServer) -> None:
    server.page("/doc", b"%PDF-1.7 ...", "application/pdf")
    assert reason_of(server, "/doc") == "unsupported content type application/pdf"


def test_binary_body_labelled_as_html_is_rejected(server: LocalServer) -> None:
    server.page("/fake", bytes(range(256)) * 4, "text/html")
    assert reason_of(server, "/fake") == "binary content (4 NUL bytes) in a html record"


# --- SSRF guard -----------------------------------------------------------------------------------------


def test_loopback_is_refused_by_default_and_nothing_is_sent(server: LocalServer) -> None:
    server.page("/a", PAGE)
    assert (
        reason_of(server, "/a", allowed_hosts=())
        == "refused: 127.0.0.1 resolves to loopback address 127.0.0.1 (SSRF guard)"
    )
    assert server.hits == []


def test_private_networks_can_be_allowed_wholesale(server: LocalServer) -> None:
    server.page("/a", PAGE)
    assert Fetcher(settings(allowed_hosts=(), allow_private_networks=True)).fetch_page(server.url("/a")).body == PAGE


def test_redirect_to_a_private_address_is_refused(server: LocalServer) -> None:
    server.routes["/jump"] = lambda h: send(h, 302, b"", "text/plain", {"Location": "http://10.20.30.40/admin"})
    assert reason_of(server, "/jump") == "refused: 10.20.30.40 resolves to private address 10.20.30.40 (SSRF guard)"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.8/story", "refused: 10.0.0.8 resolves to private address 10.0.0.8 (SSRF guard)"),
        ("http://192.168.1.1/", "refused: 192.168.1.1 resolves to private address 192.168.1.1 (SSRF guard)"),
        (
            "http://169.254.169.254/latest/meta-data/",
            "refused: 169.254.169.254 resolves to link-local address 169.254.169.254 (SSRF guard)",
        ),
        ("http://127.0.0.2:9/", "refused: 127.0.0.2 resolves to loopback address 127.0.0.2 (SSRF guard)"),
        ("http://[::1]:9/", "refused: ::1 resolves to loopback address ::1 (SSRF guard)"),
        ("http://[fe80::1]/", "refused: fe80::1 resolves to link-local address fe80::1 (SSRF guard)"),
        ("http://0.0.0.0/", "refused: 0.0.0.0 resolves to unspecified address 0.0.0.0 (SSRF guard)"),
        ("http://[::ffff:10.0.0.1]/", "refused: ::ffff:10.0.0.1 resolves to private address ::ffff:a00:1 (SSRF guard)"),
        ("file:///etc/passwd", "unsupported URL scheme file"),
    ],
)
def test_feed_items_pointing_inside_the_network_are_refused(server: LocalServer, url: str, reason: str) -> None:
    server.page(
        "/feed.xml",
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
        <item><title>ok</title><link>{server.url("/story")}</link></item>
        <item><title>inside</title><link>{url}</link></item></channel></rss>""",
        "application/rss+xml",
    )
    server.page("/story", PAGE)
    pages, rejections = fetch_sources(feeds=[server.url("/feed.xml")], settings=settings())
    assert [p.url for p in pages] == [server.url("/story")]
    assert [(r.input_path, r.stage, r.reason) for r in rejections] == [(url, "fetch", reason)]


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("http://2130706433/", "127.0.0.1"),
        ("http://0x7f.1/", "127.0.0.1"),
        ("http://017700000001/", "127.0.0.1"),
        ("http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"),
    ],
)
def test_disguised_loopback_addresses_are_refused_by_default(url: str, address: str) -> None:
    with pytest.raises(FetchError) as caught:
        Fetcher(settings(allowed_hosts=())).fetch_page(url)
    assert str(caught.value).endswith(f"resolves to loopback address {address} (SSRF guard)")


# --- feeds, sitemaps and the landing folder -------------------------------------------------------------


def test_rss_and_atom_feeds_expand_to_page_urls(server: LocalServer) -> None:
    server.page(
        "/rss",
        """<rss version="2.0"><channel><item><link>/n/1</link></item>
        <item><guid>https://news.example/n/2</guid></item></channel></rss>""",
        "application/rss+xml",
    )
    server.page(
        "/atom",
        """<feed xmlns="http://www.w3.org/2005/Atom"><entry>
        <link rel="alternate" href="https://news.example/n/3"/><link rel="enclosure" href="https://news.example/x.mp3"/>
        </entry></feed>""",
        "application/atom+xml",
    )
    urls, rejections = expand_feeds([server.url("/rss"), server.url("/atom")], settings())
    assert urls == [server.url("/n/1"), "https://news.example/n/2", "https://news.example/n/3"]
    assert rejections == []


def test_sitemap_index_is_followed_to_its_sitemaps(server: LocalServer) -> None:
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    server.page(
        "/sitemap_index.xml",
        f"<sitemapindex {ns}><sitemap><loc>{server.url('/s1.xml')}</loc></sitemap>"
        f"<sitemap><loc>{server.url('/s2.xml.gz')}</loc></sitemap></sitemapindex>",
        "application/xml",
    )
    server.page("/s1.xml", f"<urlset {ns}><url><loc>{server.url('/p1')}</loc></url></urlset>", "application/xml")
    server.page(
        "/s2.xml.gz",
        gzip.compress(f"<urlset {ns}><url><loc>{server.url('/p2')}</loc></url></urlset>".encode()),
        "application/x-gzip",
    )
    urls, rejections = expand_sitemaps([server.url("/sitemap_index.xml")], settings())
    assert urls == [server.url("/p1"), server.url("/p2")]
    assert rejections == []


def test_feed_that_is_not_xml_is_rejected(server: LocalServer) -> None:
    server.page("/feed", "<html><body>Oops, an error page</p></body></html>", "text/html")
    urls, rejections = expand_feeds([server.url("/feed")], settings())
    assert urls == []
    assert [r.reason for r in rejections] == ["feed: not well-formed XML: mismatched tag: line 1, column 33"]


def test_feed_with_external_entities_is_refused_and_nothing_resolved(server: LocalServer, tmp_path: Path) -> None:
    server.page("/secret", "top secret", "text/plain")
    server.page(
        "/xxe",
        f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "{server.url("/secret")}">]>
        <rss version="2.0"><channel><item><link>&leak;</link></item></channel></rss>""",
        "application/rss+xml",
    )
    urls, rejections = expand_feeds([server.url("/xxe")], settings())
    assert (urls, [r.reason for r in rejections]) == ([], ["feed: XML entity declarations refused (never expanded)"])
    assert "/secret" not in server.hits


def test_every_listed_url_ends_as_a_page_or_a_rejection(server: LocalServer) -> None:
    server.page("/ok", PAGE)
    server.page("/pdf", b"%PDF", "application/pdf")
    urls = [server.url("/ok"), server.url("/pdf"), server.url("/missing"), server.url("/ok")]
    pages, rejections = fetch_pages(urls, settings())
    assert [p.url for p in pages] == [server.url("/ok")]
    assert sorted(r.input_path for r in rejections) == [server.url("/missing"), server.url("/pdf")]


def test_fetched_pages_land_as_files_the_reader_ingests_with_their_urls(server: LocalServer, tmp_path: Path) -> None:
    server.page(
        "/ru",
        '<html><head><meta charset="windows-1251"></head><body><p>\u041c\u0438\u0440</p></body></html>'.encode(
            "cp1251"
        ),
        "text/html",
    )
    server.page("/note", "Plain note from the wire.", "text/plain; charset=utf-8")
    pages, _ = fetch_pages([server.url("/ru"), server.url("/note")], settings())
    day = tmp_path / "landing" / "2024-07-01"
    write_landing_day(pages, day)
    records, rejections = read_input_folder(day, path_prefix="2024-07-01/")
    assert rejections == []
    by_url = {r.url: r for r in records}
    assert sorted(by_url) == [server.url("/note"), server.url("/ru")]
    assert "\u041c\u0438\u0440" in by_url[server.url("/ru")].content
    assert (by_url[server.url("/note")].format, by_url[server.url("/note")].content) == (
        "text",
        "Plain note from the wire.",
    )


def test_fetch_into_landing_writes_pages_and_logs_failures(server: LocalServer, tmp_path: Path) -> None:
    server.page("/ok", PAGE)
    day = tmp_path / "2024-07-02"
    written, rejections = fetch_into_landing(day, urls=[server.url("/ok"), server.url("/gone")], settings=settings())
    assert [p.name for p in written] == [p.name for p in day.glob("*.html")]
    logged = [json.loads(line) for line in (day / ".fetch_rejections.jsonl").read_text().splitlines()]
    assert [(row["url"], row["reason"]) for row in logged] == [(server.url("/gone"), "HTTP 404")]
    assert [r.reason for r in rejections] == ["HTTP 404"]
    records, load_rejections = read_input_folder(day)
    assert ([r.url for r in records], load_rejections) == ([server.url("/ok")], [])


def test_feed_item_date_and_title_reach_the_records_as_hints(server: LocalServer, tmp_path: Path) -> None:
    server.page(
        "/rss",
        f"""<rss version="2.0"><channel><title>Eastholm Courier</title><item><title>Bridge opens</title>
        <link>{server.url("/bridge")}</link><pubDate>Sun, 07 Jul 2024 09:15:00 +0200</pubDate>\
</item></channel></rss>""",
        "application/rss+xml",
    )
    server.page("/bridge", PAGE)
    pages, _ = fetch_sources(feeds=[server.url("/rss")], settings=settings())
    write_landing_day(pages, tmp_path)
    records, _ = read_input_folder(tmp_path)
    assert [(r.url, r.published_hint, r.title_hint, r.source_hint) for r in records] == [
        (server.url("/bridge"), "2024-07-07T09:15:00+02:00", "Bridge opens", "Eastholm Courier")
    ]


def test_news_sitemap_publication_date_becomes_a_hint(server: LocalServer) -> None:
    server.page(
        "/news-sitemap.xml",
        f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>{server.url("/n1")}</loc>
        <news:news><news:publication><news:name>Harbour Herald</news:name>\
<news:language>en</news:language></news:publication>
        <news:publication_date>2024-07-08</news:publication_date><news:title>Quay rebuilt</news:title></news:news>
        </url></urlset>""",
        "application/xml",
    )
    server.page("/n1", PAGE)
    pages, rejections = fetch_sources(sitemaps=[server.url("/news-sitemap.xml")], settings=settings())
    assert rejections == []
    assert [(p.published_hint, p.title_hint, p.source_hint) for p in pages] == [
        ("2024-07-08", "Quay rebuilt", "Harbour Herald")
    ]


def test_landing_manifest_keeps_rows_of_earlier_fetches(tmp_path: Path) -> None:
    def page(url: str) -> FetchedPage:
        return FetchedPage(url, url, 200, "text/html", PAGE, "2024-07-01T10:00:00Z", "utf-8")

    write_landing_day([page("https://news.example/1")], tmp_path)
    write_landing_day([page("https://news.example/2")], tmp_path)
    records, _ = read_input_folder(tmp_path)
    assert sorted(r.url for r in records) == ["https://news.example/1", "https://news.example/2"]
