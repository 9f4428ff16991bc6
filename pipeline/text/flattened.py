"""The text path: already-flattened page text (junk left in) -> clean article bodies with metadata."""

from __future__ import annotations

import re

from pipeline.text.language import guess_language
from pipeline.text.lines import WORD, Classified, LineInfo, classify_lines, describe_lines, is_date_line
from pipeline.text.metadata import SiteHints, is_bare_name, parse_byline, parse_published_line, split_title_site
from pipeline.text.model import ExtractedArticle
from pipeline.text.roundup import Report, split_reports
from pipeline.text.wrap import rejoin_wrapped


def _clean_lines(content: str) -> list[str]:
    raw = [line.replace("\u00a0", " ").strip() for line in content.splitlines()]
    return [line for line in rejoin_wrapped(raw) if line]


SHORT_INPUT_LINES = 3  # an input this short that holds a real sentence is kept, whatever it mentions
MIN_SENTENCE_WORDS = 6


def _looks_clean(infos: list[LineInfo]) -> bool:
    """Prose with no junk around it (a single sentence, a wire story): every line is kept."""
    if len(infos) <= SHORT_INPUT_LINES and all(
        info.sentence and info.weight >= MIN_SENTENCE_WORDS and info.family != "prompt" for info in infos
    ):
        return True
    for k, info in enumerate(infos):
        if info.family is not None or info.separator or info.repeated:
            return False
        if not info.sentence and info.weight < 15 and k > 0:
            return False
    return True


def _classify(lines: list[str]) -> Classified:
    infos = describe_lines(lines)
    if _looks_clean(infos):
        first_is_title = len(infos) > 1 and infos[0].headline_like
        start = 1 if first_is_title else 0
        return Classified(infos, list(range(start, len(infos))), [])
    return classify_lines(lines, infos)


_COPYRIGHT = re.compile(r"©|\bcopyright\b", re.I)  # lines that name the site's owner
META_LOOKBACK = 10  # lines before the body searched for a byline, a publication line or a dateline


def _build(report: Report, segment: int) -> ExtractedArticle | None:
    lines = report.lines
    result = _classify(lines)
    if not result.body:
        return None
    first = result.body[0]
    near_before = range(max(0, first - META_LOOKBACK), first)
    body_set = set(result.body)
    author: str | None = None
    published_text, site, title = report.published_text, report.site, report.title

    # Bylines and publication lines, in or near the body, become metadata (unless they are all there is).
    for k in [*near_before, *result.body, *result.tail]:
        name = parse_byline(lines[k])
        parsed = None if name else parse_published_line(lines[k])
        if name:
            author = author or name
        elif parsed:
            published_text = published_text or parsed[0]
            site = site or parsed[1]
        else:
            continue
        if len(body_set) > 1 or k not in body_set:
            body_set.discard(k)
    if published_text is None:
        dates = [lines[k] for k in near_before if is_date_line(lines[k])]
        published_text = dates[-1].strip() if dates else None
    if author is None and result.tail and is_bare_name(lines[result.tail[0]]):
        author = lines[result.tail[0]]
    if title is None:
        hints = SiteHints(names=(site,) if site else (), notices=tuple(x for x in lines if _COPYRIGHT.search(x)))
        for k in range(first):
            info = result.infos[k]
            if info.family is None and info.headline_like and info.weight >= 3 and parse_byline(lines[k]) is None:
                title, title_site = split_title_site(lines[k], hints)
                site = site or title_site
                break

    body_lines = [lines[k] for k in sorted(body_set)]
    if title and len(body_lines) > 1 and body_lines[0].strip() == title.strip():
        body_lines = body_lines[1:]
    if not any(WORD.search(x) for x in body_lines):
        return None
    body = "\n\n".join(body_lines)
    return ExtractedArticle(
        segment=segment,
        body=body,
        title=title,
        author=author,
        site=site,
        published_text=published_text,
        language=guess_language(body),
    )


def extract_from_text(content: str) -> list[ExtractedArticle]:
    """Clean article bodies from flattened text; one article per report on a round-up page."""
    lines = _clean_lines(content)
    if not any(WORD.search(line) for line in lines):
        return []
    reports = split_reports(lines) or [Report(lines=lines)]
    articles = []
    for report in reports:
        article = _build(report, len(articles))
        if article is not None:
            articles.append(article)
    return articles
