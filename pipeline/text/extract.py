"""Entry point of the text stage: one page (HTML or flattened text) -> the reports it holds."""

from __future__ import annotations

from dataclasses import replace

from pipeline.text.flattened import extract_from_text
from pipeline.text.html import extract_from_html
from pipeline.text.model import ExtractedArticle


def extract_articles(content: str, fmt: str, url: str | None = None) -> list[ExtractedArticle]:
    """Return the reports found in one page; an empty list when it holds no article text.

    `fmt` is "html" for markup and "text" for already-flattened text. Bodies are clean text with paragraphs
    separated by exactly one blank line; a round-up page gives one article per report (segment 0, 1, ...).
    """
    if fmt == "html":
        return extract_from_html(content, url=url)
    articles = extract_from_text(content)
    if url:
        articles = [a if a.url else replace(a, url=url) for a in articles]
    return articles
