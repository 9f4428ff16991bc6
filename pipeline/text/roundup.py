"""Round-up pages: one page holding several reports, each opened by its own "Published <date>" line.

A page is split only when it has at least two publication lines and real prose follows each of them. The
headline-like line right before a publication line is that report's title; a "SOURCE: <domain>" line inside
a report names its outlet.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.text.junk import junk_family
from pipeline.text.lines import ends_sentence, token_weight
from pipeline.text.metadata import domain_of, parse_published_line

MIN_REPORT_WORDS = 30  # prose a report needs after its publication line to count as a report


@dataclass
class Report:
    lines: list[str]
    title: str | None = None
    site: str | None = None
    published_text: str | None = None


def _prose_words(lines: list[str]) -> float:
    return sum(token_weight(x) for x in lines if ends_sentence(x) and junk_family(x) is None)


def _is_title(line: str) -> bool:
    weight = token_weight(line)
    return 3 <= weight <= 25 and not ends_sentence(line.rstrip("?!")) and junk_family(line) is None


def split_reports(lines: list[str]) -> list[Report] | None:
    """The reports of a round-up page (non-blank lines in), or None when the page holds a single report."""
    marks = [(k, parsed) for k, line in enumerate(lines) if (parsed := parse_published_line(line))]
    if len(marks) < 2:
        return None
    bounds = [k for k, _ in marks] + [len(lines)]
    chunks = [lines[bounds[i] + 1 : bounds[i + 1]] for i in range(len(marks))]
    if any(_prose_words(chunk) < MIN_REPORT_WORDS for chunk in chunks):
        return None
    titles: list[str | None] = [None] * len(marks)
    if marks[0][0] > 0 and _is_title(lines[marks[0][0] - 1]):
        titles[0] = lines[marks[0][0] - 1]
    for i in range(len(chunks) - 1):
        if chunks[i] and _is_title(chunks[i][-1]):
            titles[i + 1] = chunks[i].pop()
    reports = []
    for i, ((_, (date_text, site_prefix)), chunk) in enumerate(zip(marks, chunks, strict=True)):
        site = site_prefix
        for line in chunk:
            if line.lower().startswith("source") and junk_family(line) == "lead-in":
                site = domain_of(line.split(":", 1)[-1]) or site
                break
        reports.append(Report(lines=chunk, title=titles[i], site=site, published_text=date_text))
    return reports
