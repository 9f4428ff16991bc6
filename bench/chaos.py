"""`make chaos`: hostile inputs and hostile servers; nothing may be lost, time and memory stay bounded.

Each scenario returns a ScenarioResult; the table shows scenario, outcome, records in, records out,
records rejected, records lost. Scenarios are plain functions in SCENARIOS: add more (concurrent backfills,
kill -9 and re-run ...) by appending `(name, function)` pairs; a function receives a fresh temporary folder.

Scenario "hostile inputs" builds one file of each hostile kind plus good control articles we wrote, runs
`python -m pipeline process` on it in a subprocess (wall time and peak RSS of the child measured), then
checks, file by file, that every input record is in `articles` or `rejected`.
Targets: under 60 s, peak memory under 1.5 GB, 0 lost, the controls extracted.

Run: .venv/bin/python -m bench.chaos [--keep] [--only NAME]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
RESULTS = PROJECT / "bench" / "results"
TIME_LIMIT_S = 60.0
MEMORY_LIMIT_MB = 1536.0
SECRET = "CHAOS-SECRET-7d1f"  # must never appear in any output table


@dataclass
class ScenarioResult:
    scenario: str
    outcome: str  # "ok" or "FAIL: ..."
    records_in: int
    records_out: int
    records_rejected: int
    records_lost: int
    seconds: float = 0.0
    peak_memory_mb: float | None = None
    details: list[dict] = field(default_factory=list)


Scenario = Callable[[Path], ScenarioResult]


# --- the hostile-input folder -----------------------------------------------------------------------------

CONTROL_1 = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Port workers in Marlow begin three-day strike over pay</title>
<meta property="article:published_time" content="2024-05-14T08:30:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Port workers in Marlow begin three-day strike over pay</h1>
<p>MARLOW, May 14 - Several hundred dock workers walked off the job at the port of Marlow on Tuesday,
starting a three-day strike after talks with the harbour authority broke down late on Monday.</p>
<p>The union said the authority had refused to raise wages in line with inflation, and warned that a longer
stoppage would follow next month if no agreement was reached. The authority said it regretted the action and
remained open to further talks.</p>
<p>Shipping agents said at least a dozen container vessels were waiting outside the harbour on Tuesday
afternoon, and that some operators had begun diverting cargo to the neighbouring port of Ellery.</p>
</article><footer>Share this story. Comments are closed.</footer></body></html>"""

CONTROL_2 = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Rivera and Okafor agree to joint water commission</title></head><body>
<article><h1>Rivera and Okafor agree to joint water commission</h1>
<p>The foreign ministers of the two neighbouring states agreed on Friday to set up a joint commission to
manage the shared river basin, ending a dispute that had lasted more than two years.</p>
<p>Under the agreement, signed in the border town of Santa Lucia, each country will appoint four engineers to
the commission, which is due to meet for the first time in September. Officials said the body would publish
monthly figures on water levels and on the amount drawn by each side.</p>
<p>Farmers' groups on both sides of the border welcomed the deal, although several said they would wait to
see whether the new rules were enforced before the dry season begins.</p>
</article></body></html>"""

NON_ENGLISH = """<!doctype html><html lang="de"><head><meta charset="utf-8">\
<title>Neue Brücke in Talheim eröffnet</title></head>
<body><article><h1>Neue Brücke in Talheim eröffnet</h1>
<p>Nach zwei Jahren Bauzeit ist die neue Brücke über den Fluss in Talheim am Samstag für den Verkehr
freigegeben worden. Der Bürgermeister sprach von einem wichtigen Tag für die ganze Region.</p>
<p>Die alte Brücke war im vergangenen Winter wegen Schäden gesperrt worden. Pendler mussten seitdem einen
Umweg von fast zwanzig Kilometern in Kauf nehmen.</p></article></body></html>"""

LATIN1_TEXT = """Café owners in the old quarter of Brenne protested on Wednesday against a new tax on terraces.
About two hundred people gathered outside the town hall, where the mayor's office said the measure was
needed to pay for repairs to the streets. "C'est une décision injuste," one owner told reporters.
The council is due to vote on the tax next week."""

UTF16_PAGE = """<html><head><title>Floods close schools in Harwick</title></head><body><article>
<p>Schools in Harwick stayed closed on Thursday after heavy rain flooded roads across the district, the county
council said. Emergency crews evacuated about forty homes near the river overnight.</p>
<p>Forecasters expect the rain to ease by the weekend, but warned that river levels could keep rising until
Saturday.</p></article></body></html>"""

INVALID_UTF8 = (
    "Négociations à Lorient: the fishing crews and the regional council met again on Monday, and both sides "
    "said the talks had made progress. ".encode()
    + b"\xff\xfe\xc3("
    + b" A further meeting is planned for the end of the month, the council said."
)

XXE_PAGE = """<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY secret SYSTEM "file://{secret_path}">]>
<html><head><title>Council approves new library</title></head><body><article>
<p>The city council of Dunmore approved plans for a new public library on Tuesday, after a debate that lasted
most of the afternoon. The building is due to open in two years. &secret;</p></article></body></html>"""


XXE_FEED = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://{secret_path}"><!ENTITY a "&secret;&secret;">]>
<rss version="2.0"><channel><title>Wire</title><item><title>Leak</title><link>https://news.example/x</link>
<description>&a;</description></item></channel></rss>"""


@dataclass(frozen=True)
class InputFile:
    name: str
    data: bytes
    records: int  # input records the file holds
    expect: str  # "article", "rejected" or "any"


def _gzip_bomb(inflated_bytes: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    parts = [compressor.compress(block) for _ in range(inflated_bytes >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


def _warc_record(url: str, body: bytes, content_length: int | None = None) -> bytes:
    http_part = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    length = len(http_part) if content_length is None else content_length
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-05-14T09:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)) % 10**12:012d}-0000-0000-0000-000000000000>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
    ).encode()
    return head + http_part + b"\r\n\r\n"


def hostile_files(secret_path: Path, *, bomb_inflated_bytes: int = 1 << 30) -> list[InputFile]:
    rng = random.Random(7)
    long_sentence = "The committee met again in the capital and discussed the budget for the coming year. "
    long_line = (long_sentence * (10_000_000 // len(long_sentence) + 1))[:10_000_000].encode()
    jsonl = (
        "\n".join(
            [
                json.dumps(
                    {
                        "text": "Rail services between Corby and Wendham resumed on Sunday after repairs to the line "
                        "were finished ahead of schedule, the operator said.",
                        "url": "https://news.example/rail",
                    }
                ),
                '{"text": "this line is cut off',
                json.dumps(
                    {
                        "html": "<p>Voters in the northern district elected a new council on Saturday; turnout was "
                        "reported at just over sixty percent, slightly higher than four years ago.</p>"
                    }
                ),
                "not json at all",
            ]
        )
        + "\n"
    )
    malformed_warc = _warc_record(
        "https://news.example/ok", CONTROL_2.replace("Rivera", "Alvar").encode()
    ) + _warc_record("https://news.example/bad", b"<p>short</p>", content_length=5)
    return [
        InputFile("control_1.html", CONTROL_1.encode(), 1, "article"),
        InputFile("control_2.html", CONTROL_2.encode(), 1, "article"),
        InputFile("empty.html", b"", 1, "rejected"),
        InputFile("whitespace_only.txt", b" \n\t\n   \r\n", 1, "rejected"),
        InputFile("binary_with_text_extension.txt", bytes(rng.randrange(256) for _ in range(20_000)), 1, "rejected"),
        # two stray NUL bytes in a real page are dropped (and counted); binary files are rejected by their share
        InputFile("nul_bytes.html", CONTROL_1.replace("</p>", "</p>\x00\x00", 1).encode(), 1, "article"),
        InputFile("latin1.txt", LATIN1_TEXT.encode("latin-1"), 1, "article"),
        InputFile("utf16.html", UTF16_PAGE.encode("utf-16"), 1, "article"),
        InputFile("invalid_utf8.txt", INVALID_UTF8, 1, "article"),
        InputFile("truncated.html.gz", gzip.compress(CONTROL_1.encode())[:200], 1, "rejected"),
        InputFile("not_gzip.html.gz", CONTROL_1.encode(), 1, "rejected"),
        InputFile("gzip_bomb.txt.gz", _gzip_bomb(bomb_inflated_bytes), 1, "rejected"),
        InputFile(
            "deep_nesting.html",
            ("<html><body>" + "<div>" * 200_000 + "x" + "</div>" * 200_000 + "</body></html>").encode(),
            1,
            "rejected",
        ),
        InputFile("single_line_10mb.txt", long_line, 1, "any"),
        InputFile(
            "script_only.html",
            b'<html><head><script>window.__DATA__={"a":1};render();</script></head><body><script>boot()</script></body></html>',
            1,
            "rejected",
        ),
        InputFile("some_broken_lines.jsonl", jsonl.encode(), 4, "any"),
        InputFile("malformed.warc", malformed_warc, 2, "any"),
        InputFile("external_entities.html", XXE_PAGE.format(secret_path=secret_path).encode(), 1, "any"),
        InputFile("external_entities.xml", XXE_FEED.format(secret_path=secret_path).encode(), 1, "rejected"),
        InputFile(
            "report.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n",
            1,
            "rejected",
        ),
        InputFile("unknown_type.xyz", b"\x07\x08 some payload", 1, "rejected"),
        InputFile("non_english.html", NON_ENGLISH.encode(), 1, "article"),
    ]


def _read_table(out: Path, table: str) -> list[dict]:
    import pyarrow.dataset as ds

    folder = out / table
    if not folder.exists():
        return []
    return ds.dataset(str(folder), format="parquet", partitioning="hive").to_table().to_pylist()


# Runs the command given after the file name and writes its peak RSS (KB) there: RUSAGE_CHILDREN of a fresh
# wrapper process covers exactly one CLI run, whatever ran before in this benchmark.
_PEAK_RSS_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[2:])\n"
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
    "sys.exit(code)\n"
)


CLI_TIMEOUT_S = 600.0


def _run_cli(input_dir: Path, out_dir: Path) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run `python -m pipeline process`; (wall seconds, peak RSS of the CLI process in MB, result).

    The CLI runs in its own process group, killed as a whole after CLI_TIMEOUT_S (returncode -9 then).
    """
    rss_file = out_dir.parent / f".{out_dir.name}.maxrss"
    command = [
        sys.executable,
        "-c",
        _PEAK_RSS_WRAPPER,
        str(rss_file),
        sys.executable,
        "-m",
        "pipeline",
        "process",
        str(input_dir),
        "--out",
        str(out_dir),
        "--day",
        "2024-05-14",
    ]
    started = time.monotonic()
    child = subprocess.Popen(
        command, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        stdout, stderr = child.communicate(timeout=CLI_TIMEOUT_S)
        returncode = child.returncode
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, 9)
        stdout, stderr = child.communicate()
        returncode = -9
        stderr = (stderr or "") + f"\nkilled after the {CLI_TIMEOUT_S:g} s benchmark timeout"
    seconds = time.monotonic() - started
    peak_kb = float(rss_file.read_text()) if rss_file.exists() else float("nan")
    return seconds, peak_kb / 1024.0, subprocess.CompletedProcess(command, returncode, stdout, stderr)


def scenario_hostile_inputs(
    tmp: Path, *, name: str = "hostile inputs", leave_out: tuple[str, ...] = ()
) -> ScenarioResult:
    from pipeline.sources.records import record_key

    inputs = tmp / "inputs"
    inputs.mkdir()
    secret_path = tmp / "secret.txt"
    secret_path.write_text(SECRET, encoding="utf-8")
    files = [f for f in hostile_files(secret_path) if f.name not in leave_out]
    for item in files:
        (inputs / item.name).write_bytes(item.data)
    out = tmp / "out"
    seconds, peak_mb, proc = _run_cli(inputs, out)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        return ScenarioResult(
            name,
            f"FAIL: CLI exit {proc.returncode}: {' | '.join(tail)}",
            sum(f.records for f in files),
            0,
            0,
            sum(f.records for f in files),
            seconds,
            peak_mb,
        )
    articles = _read_table(out, "articles")
    rejected = _read_table(out, "rejected")
    article_ids = {a["record_id"] for a in articles}
    rejected_by_id: dict[str, list[str]] = {}
    for r in rejected:
        rejected_by_id.setdefault(r["record_id"], []).append(f"[{r['stage']}] {r['reason']}")
    details: list[dict] = []
    problems: list[str] = []
    total_in = total_out = total_rejected = total_lost = 0
    for item in files:
        whole_file = rejected_by_id.get(record_key(item.name, -1))
        out_n = rej_n = lost_n = 0
        outcomes: list[str] = []
        for index in range(item.records):
            rid = record_key(item.name, index)
            if rid in article_ids:
                out_n += 1
                outcomes.append("article")
            elif rid in rejected_by_id:
                rej_n += 1
                outcomes.append("rejected " + "; ".join(rejected_by_id[rid]))
            elif whole_file:
                rej_n += 1
                outcomes.append("rejected " + "; ".join(whole_file))
            else:
                lost_n += 1
                outcomes.append("LOST")
        total_in += item.records
        total_out += out_n
        total_rejected += rej_n
        total_lost += lost_n
        if item.expect == "article" and out_n != item.records:
            problems.append(f"{item.name} not extracted")
        if item.expect == "rejected" and rej_n != item.records:
            problems.append(f"{item.name} not rejected")
        details.append({"file": item.name, "expect": item.expect, "outcomes": outcomes})
    leaked = [a["record_id"] for a in articles if SECRET in (a.get("body") or "")]
    if leaked:
        problems.append("external entity resolved into an article body")
    if total_lost:
        problems.append(f"{total_lost} records lost")
    if seconds > TIME_LIMIT_S:
        problems.append(f"{seconds:.1f} s > {TIME_LIMIT_S:g} s")
    if peak_mb > MEMORY_LIMIT_MB:
        problems.append(f"peak {peak_mb:.0f} MB > {MEMORY_LIMIT_MB:g} MB")
    stages = {}
    run_json = out / "_run.json"
    if run_json.exists():
        stages = json.loads(run_json.read_text()).get("stages", {})
    details.append({"stage_seconds": {k: v.get("seconds") for k, v in stages.items() if isinstance(v, dict)}})
    outcome = "ok" if not problems else "FAIL: " + "; ".join(problems)
    return ScenarioResult(
        name, outcome, total_in, total_out, total_rejected, total_lost, round(seconds, 2), round(peak_mb, 1), details
    )


# --- hostile servers --------------------------------------------------------------------------------------


class _HostileServer:
    """127.0.0.1 server whose paths misbehave in the ways the fetcher must survive."""

    def __init__(self) -> None:
        self.port = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                try:
                    server.route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.busy_once: set[str] = set()
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str = "text/html", **headers: str) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            h.send_header(k.replace("_", "-"), v)
        h.end_headers()
        h.wfile.write(body)

    def route(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        if path == "/robots.txt":
            self._send(h, 200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/feed.xml":
            items = [
                self.url(p)
                for p in (
                    "/good/1",
                    "/good/2",
                    "/trickle",
                    "/huge",
                    "/endless",
                    "/loop/a",
                    "/404",
                    "/429",
                    "/500",
                    "/503-once",
                    "/private/page",
                    "/pdf",
                    "/to-private",
                )
            ] + [
                "http://10.0.0.7/internal",
                "http://192.168.0.1/router",
                "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:8080/admin",
                "http://127.0.0.9/other-loopback",
            ]
            body = "".join(f"<item><link>{u}</link></item>" for u in items)
            self._send(h, 200, f"<rss version='2.0'><channel>{body}</channel></rss>".encode(), "application/rss+xml")
        elif path.startswith("/good/"):
            self._send(h, 200, CONTROL_1.encode())
        elif path == "/trickle":
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", "1000")
            h.end_headers()
            for _ in range(1000):
                h.wfile.write(b"x")
                h.wfile.flush()
                time.sleep(1.0)
        elif path == "/huge":
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(8 * 1024**3))
            h.end_headers()
            h.wfile.write(b"<p>" * 10_000)
        elif path == "/endless":
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            block = b"<p>gigabytes</p>" * 4096
            while True:
                h.wfile.write(block)
        elif path.startswith("/loop/"):
            self._send(h, 302, b"", Location="/loop/b" if path == "/loop/a" else "/loop/a")
        elif path == "/404":
            self._send(h, 404, b"not found")
        elif path == "/429":
            self._send(h, 429, b"slow down", Retry_After="86400")
        elif path == "/500":
            self._send(h, 500, b"oops")
        elif path == "/503-once":
            if path in self.busy_once:
                self._send(h, 200, CONTROL_2.encode())
            else:
                self.busy_once.add(path)
                self._send(h, 503, b"busy", Retry_After="1")
        elif path == "/pdf":
            self._send(h, 200, b"%PDF-1.7", "application/pdf")
        elif path == "/to-private":
            self._send(h, 302, b"", Location="http://10.1.2.3/")
        else:
            self._send(h, 404, b"no")

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def scenario_hostile_servers(tmp: Path) -> ScenarioResult:
    from pipeline.sources.files import read_input_folder
    from pipeline.sources.http import (
        FetchSettings,
        expand_feeds,
        fetch_sources,
        write_landing_day,
    )

    server = _HostileServer()
    try:
        settings = FetchSettings(
            connect_timeout=2,
            read_timeout=2,
            deadline=3,
            per_host_delay=0.0,
            retries=2,
            backoff=0.1,
            max_retry_wait=5,
            max_bytes=2 * 1024 * 1024,
            allowed_hosts=("127.0.0.1",),
        )
        started = time.monotonic()
        listed, _ = expand_feeds([server.url("/feed.xml")], settings)
        pages, rejections = fetch_sources(feeds=[server.url("/feed.xml")], settings=settings)
        seconds = time.monotonic() - started
        write_landing_day(pages, tmp / "landing" / "2024-05-14")
        records, load_rejections = read_input_folder(tmp / "landing" / "2024-05-14")
    finally:
        server.close()
    accounted = {p.url for p in pages} | {r.input_path for r in rejections}
    lost = [u for u in listed if u not in accounted]
    problems = []
    if lost:
        problems.append(f"{len(lost)} URLs lost")
    expected_pages = {server.url("/good/1"), server.url("/good/2"), server.url("/503-once")}
    if {p.url for p in pages} != expected_pages:
        problems.append(f"pages {sorted(p.url for p in pages)}")
    if len(records) != len(pages) or load_rejections:
        problems.append("landing files not re-read one for one")
    details = [{"url": r.input_path, "reason": r.reason} for r in rejections]
    outcome = "ok" if not problems else "FAIL: " + "; ".join(problems)
    return ScenarioResult(
        "hostile servers",
        outcome,
        len(listed),
        len(pages),
        len(rejections),
        len(lost),
        round(seconds, 2),
        None,
        details,
    )


# --- driver -----------------------------------------------------------------------------------------------


def scenario_hostile_inputs_without_long_line(tmp: Path) -> ScenarioResult:
    """Baseline: the same folder minus the 10 MB single line, to show what that one file costs."""
    return scenario_hostile_inputs(tmp, name="hostile inputs minus 10 MB line", leave_out=("single_line_10mb.txt",))


SCENARIOS: list[tuple[str, Scenario]] = [
    ("hostile inputs", scenario_hostile_inputs),
    ("hostile inputs minus 10 MB line", scenario_hostile_inputs_without_long_line),
    ("hostile servers", scenario_hostile_servers),
]


def all_scenarios() -> list[tuple[str, Scenario]]:
    """The input/server scenarios here plus the operational ones of bench.chaos_operations (kill -9 and
    re-run, concurrent runs, backfill, reader during a rewrite), imported late: that module imports this one."""
    scenarios = list(SCENARIOS)
    try:
        from bench.chaos_operations import OPERATIONS_SCENARIOS
    except ImportError as exc:
        print(f"operational scenarios unavailable: {exc}", file=sys.stderr)
    else:
        scenarios.extend(OPERATIONS_SCENARIOS)
    return scenarios


def print_table(results: list[ScenarioResult]) -> None:
    header = (
        "scenario",
        "outcome",
        "records in",
        "records out",
        "records rejected",
        "records lost",
        "seconds",
        "peak MB",
    )
    rows = [
        (
            r.scenario,
            r.outcome,
            str(r.records_in),
            str(r.records_out),
            str(r.records_rejected),
            str(r.records_lost),
            f"{r.seconds:.1f}",
            "-" if r.peak_memory_mb is None else f"{r.peak_memory_mb:.0f}",
        )
        for r in results
    ]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    global CLI_TIMEOUT_S
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[], help="run only the scenario(s) with this name")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders and print where")
    parser.add_argument("--details", action="store_true", help="print per-file / per-URL outcomes")
    parser.add_argument("--cli-timeout", type=float, default=CLI_TIMEOUT_S, help="seconds before a CLI run is killed")
    args = parser.parse_args(argv)
    CLI_TIMEOUT_S = args.cli_timeout
    results: list[ScenarioResult] = []
    for name, scenario in all_scenarios():
        if args.only and name not in args.only:
            continue
        tmp = Path(tempfile.mkdtemp(prefix=f"chaos-{name.replace(' ', '-')}-"))
        try:
            result = scenario(tmp)
        except Exception as exc:  # noqa: BLE001 - a crashing scenario is a failed scenario, reported as such
            result = ScenarioResult(name, f"FAIL: {type(exc).__name__}: {exc}", 0, 0, 0, 0)
        results.append(result)
        print(f"[{name}] {result.outcome} ({result.seconds:.1f} s)", file=sys.stderr, flush=True)
        if args.keep:
            print(f"[{name}] kept {tmp}", file=sys.stderr)
        else:
            subprocess.run(["rm", "-rf", str(tmp)], check=False)
    if args.details:
        for r in results:
            print(f"\n== {r.scenario}")
            for d in r.details:
                print("  ", json.dumps(d, ensure_ascii=False)[:300])
        print()
    print_table(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "chaos.json").write_text(json.dumps([asdict(r) for r in results], indent=2, ensure_ascii=False))
    return 0 if all(r.outcome == "ok" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
