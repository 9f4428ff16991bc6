"""HTTPS through the pinned connection: the certificate is checked against the host name we asked for."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.sources.http import Fetcher, FetchError, FetchSettings

PAGE = b"<html><body><p>The ferry to Northisle runs again from Monday.</p></body></html>"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"" if self.path == "/robots.txt" else PAGE
        self.send_response(404 if self.path == "/robots.txt" else 200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return cert, key


@pytest.fixture
def https_url(certificate: tuple[Path, Path]) -> Iterator[str]:
    cert, key = certificate
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def settings(**overrides: object) -> FetchSettings:
    base: dict[str, object] = {
        "per_host_delay": 0.0,
        "deadline": 2.0,
        "retries": 1,
        "backoff": 0.05,
        "allowed_hosts": ("127.0.0.1",),
    }
    base.update(overrides)
    return FetchSettings(**base)  # type: ignore[arg-type]


def test_https_page_is_fetched_when_its_certificate_is_trusted(https_url: str, certificate: tuple[Path, Path]) -> None:
    page = Fetcher(settings(ca_file=str(certificate[0]))).fetch_page(https_url + "/story")
    assert (page.status, page.body) == (200, PAGE.decode())


def test_untrusted_certificate_is_refused_without_retrying(https_url: str) -> None:
    with pytest.raises(FetchError) as caught:
        Fetcher(settings()).fetch_page(https_url + "/story")
    assert str(caught.value).startswith("robots.txt unavailable: TLS certificate not trusted: self")
