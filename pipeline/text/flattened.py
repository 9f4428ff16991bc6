"""The text path: already-flattened page text (junk left in) -> clean article bodies with metadata."""

from __future__ import annotations

from pipeline.text.language import guess_language
from pipeline.text.lines import WORD, Classified, LineInfo, classify_lines, describe_lines, is_date_line
from pipeline.text.metadata import is_bare_name, parse_byline, parse_published_line, split_title_site
from pipeline.text.model import ExtractedArticle
from pipeline.text.roundup import Report, split_reports
from pipeline.text.wrap import rejoin_wrapped


def _clean_lines(content: str) -> list[str]:
    raw = [line.replace("\u00a0", " ").strip() for line in content.splitlines()]
    return [line for line in rejoin_wrapped(raw) if line]


def _looks_clean(infos: list[LineInfo]) -> bool:
    """Prose with no junk around it (a single sentence, a wire story): every line is kept."""
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
        return Classified(infos, list(range(start, len(infos))), list(range(start)), [])
    return classify_lines(lines, infos)


def _build(report: Report, segment: int) -> ExtractedArticle | None:
    lines = report.lines
    result = _classify(lines)
    body_set = set(result.body)
    before = range(0, result.body[0]) if result.body else range(0)
    author: str | None = None
    published_text = report.published_text
    site = report.site
    title = report.title

    # Bylines and publication lines, wherever they sit in or near the body, become metadata.
    for k in [*before, *result.body, *result.tail]:
        text = lines[k]
        name = parse_byline(text)
        if name:
            author = author or name
            body_set.discard(k)
            continue
        parsed = parse_published_line(text)
        if parsed:
            published_text = published_text or parsed[0]
            site = site or parsed[1]
            body_set.discard(k)
    if published_text is None:
        for k in before:
            if is_date_line(lines[k]) and k >= len(before) - 6:
                published_text = lines[k].strip()
    if author is None and result.tail and is_bare_name(lines[result.tail[0]]):
        author = lines[result.tail[0]]
    if title is None:
        for k in before:
            info = result.infos[k]
            if info.family is None and info.headline_like and info.weight >= 3 and parse_byline(lines[k]) is None:
                title, title_site = split_title_site(lines[k])
                site = site or title_site
                break

    body_lines = [lines[k] for k in sorted(body_set)]
    if title and body_lines and body_lines[0].strip() == title.strip():
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
