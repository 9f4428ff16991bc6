"""Shared fixtures: a tiny landing folder written here, and a temporary Dagster home."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]

HTML_PAGE = """<!doctype html><html lang="en"><head><title>Harbour talks resume | The Coastal Ledger</title>
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="article:published_time" content="2024-03-04T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour talks resume</h1>
<p>Negotiators from Norway and Iceland met in Reykjavik on Monday to resume talks over fishing quotas in the
North Atlantic, officials from both foreign ministries said.</p>
<p>The talks had stalled in January after Iceland accused Norwegian trawlers of ignoring an agreed catch limit.
Both delegations described the new round as constructive and agreed to meet again next month.</p>
<p>"We are closer than we were last week," the Norwegian negotiator told reporters after the session.</p>
</article><footer>Share this article. Leave a Comment. Copyright The Coastal Ledger.</footer></body></html>
"""

TEXT_ARTICLE = """Rail strike halts freight across the border

Share on WhatsApp

Freight trains between Poland and Germany stood still on Tuesday as rail workers walked out over pay, the
unions said. The strike is the second this year and follows a failed round of talks last week.

A spokesperson for the Polish rail operator said services would resume on Thursday if an agreement is reached.

Leave a Comment
"""


def write_landing(root: Path) -> Path:
    """Two ingestion days: good inputs in several formats plus inputs that must be rejected."""
    day1 = root / "2024-03-04"
    day2 = root / "2024-03-05"
    day1.mkdir(parents=True)
    day2.mkdir(parents=True)
    (day1 / "harbour-talks.html").write_text(HTML_PAGE, encoding="utf-8")
    (day1 / "rail-strike.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    (day1 / "empty.txt").write_text("")
    records = [
        {
            "text": "Chile and Peru signed a water-sharing agreement in Lima on Friday, their governments said.",
            "url": "https://example.org/water",
            "published": "2024-03-01",
            "source": "Andes Wire",
        },
        {
            "text": "Protesters gathered outside parliament in Bucharest on Sunday to oppose a new tax on fuel.",
            "url": "https://example.org/fuel",
            "source": "Danube Daily",
        },
    ]
    lines = [json.dumps(r) for r in records]
    lines.insert(1, '{"text": "broken line without closing')
    with gzip.open(day2 / "wire.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    (day2 / "photo.bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (day2 / "manifest.csv").write_text("path,url,published,source,title\n")
    return root


@pytest.fixture
def landing(tmp_path: Path) -> Path:
    return write_landing(tmp_path / "landing")


@pytest.fixture
def dagster_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home
