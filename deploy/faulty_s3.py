"""An HTTP proxy in front of an S3 server that can misbehave on demand, for fault tests.

    python -m deploy.faulty_s3 LISTEN_PORT UPSTREAM_URL CONTROL_FILE

Every request is forwarded to UPSTREAM_URL as it came (method, path, headers, body), unless CONTROL_FILE (JSON,
read on every request) says otherwise until its "until" time (a Unix timestamp):
  {"mode": "error", "status": 503}    answer with an S3 error (503 SlowDown, 500 InternalError ...)
  {"mode": "slow", "delay": 3}        wait, then forward
  {"mode": "drop"}                    close the connection without an answer
Loopback only; it stops with its process.
"""

from __future__ import annotations

import http.client
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ERROR_CODES = {500: "InternalError", 503: "SlowDown"}


def read_fault(control: Path) -> dict:
    try:
        fault = json.loads(control.read_text())
    except (OSError, ValueError):
        return {}
    return fault if fault.get("until", 0) > time.time() else {}


def make_handler(upstream: str, control: Path):
    target = urlsplit(upstream)

    class Proxy(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def _body(self) -> bytes:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                chunks = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _handle(self) -> None:
            body = self._body()
            fault = read_fault(control)
            mode = fault.get("mode")
            if mode == "drop":
                self.close_connection = True
                self.connection.close()
                return
            if mode == "error":
                status = int(fault.get("status", 503))
                payload = (
                    f'<?xml version="1.0" encoding="UTF-8"?><Error><Code>{ERROR_CODES.get(status, "InternalError")}'
                    f"</Code><Message>injected fault</Message></Error>"
                ).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            if mode == "slow":
                time.sleep(float(fault.get("delay", 3)))
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("transfer-encoding", "connection")}
            headers["Content-Length"] = str(len(body))
            conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                reply = conn.getresponse()
                data = reply.read()
            finally:
                conn.close()
            self.send_response(reply.status, reply.reason)
            length = reply.getheader("Content-Length") if self.command == "HEAD" else str(len(data))
            for key, value in reply.getheaders():
                if key.lower() not in ("transfer-encoding", "connection", "content-length", "server", "date"):
                    self.send_header(key, value)
            self.send_header("Content-Length", length or "0")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle

    return Proxy


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    port, upstream, control = int(args[0]), args[1], Path(args[2])
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(upstream, control))
    server.daemon_threads = True
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
