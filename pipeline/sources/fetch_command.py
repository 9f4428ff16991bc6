"""Fetch configured URL lists, feeds and sitemaps into a landing day folder.

    python -m pipeline.sources.fetch_command --landing sample/landing --day 2024-11-07 \
        --feed https://paper.example/rss.xml --sitemap https://paper.example/sitemap.xml --urls urls.txt

Pages land as .html / .txt files plus manifest.jsonl in LANDING/DAY/, where the landing sensor and the file
reader pick them up; failures are printed and logged to LANDING/DAY/.fetch_rejections.jsonl.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

from pipeline.sources.http import FetchSettings, fetch_into_landing, read_url_list


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.sources.fetch_command", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--landing", required=True, type=Path, help="landing folder (one sub-folder per day)")
    parser.add_argument(
        "--day", default=dt.datetime.now(dt.timezone.utc).date().isoformat(), help="YYYY-MM-DD (default: today, UTC)"
    )
    parser.add_argument("--urls", type=Path, action="append", default=[], help="file with one page URL per line")
    parser.add_argument("--url", action="append", default=[], help="a page URL")
    parser.add_argument("--feed", action="append", default=[], help="an RSS / Atom feed URL")
    parser.add_argument("--sitemap", action="append", default=[], help="a sitemap or sitemap index URL")
    parser.add_argument("--user-agent", default=FetchSettings.user_agent)
    parser.add_argument(
        "--delay", type=float, default=FetchSettings.per_host_delay, help="seconds between requests to one host"
    )
    parser.add_argument("--timeout", type=float, default=FetchSettings.deadline, help="total seconds per request")
    parser.add_argument("--max-bytes", type=int, default=FetchSettings.max_bytes)
    parser.add_argument(
        "--allow-host", action="append", default=[], help="host, address or network exempt from the SSRF guard"
    )
    parser.add_argument("--ignore-robots", action="store_true", help="do not read robots.txt (only for your own sites)")
    args = parser.parse_args(argv)
    try:
        dt.date.fromisoformat(args.day)
    except ValueError:
        parser.error(f"--day must be YYYY-MM-DD, got {args.day!r}")
    urls = list(args.url)
    for path in args.urls:
        if not path.is_file():
            parser.error(f"URL list not found: {path}")
        urls.extend(read_url_list(path))
    if not (urls or args.feed or args.sitemap):
        parser.error("nothing to fetch: give --url, --urls, --feed or --sitemap")
    settings = FetchSettings(
        user_agent=args.user_agent,
        per_host_delay=args.delay,
        deadline=args.timeout,
        max_bytes=args.max_bytes,
        allowed_hosts=tuple(args.allow_host),
        respect_robots=not args.ignore_robots,
    )
    day_folder = args.landing / args.day
    written, rejections = fetch_into_landing(
        day_folder, urls=urls, feeds=args.feed, sitemaps=args.sitemap, settings=settings
    )
    print(f"{len(written)} pages written to {day_folder}, {len(rejections)} rejected")
    for reason, count in Counter(r.reason for r in rejections).most_common():
        print(f"  {count:5d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
