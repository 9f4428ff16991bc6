from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractedArticle:
    """One report found in a page. A round-up page gives several (segment 0, 1, 2 ...)."""

    segment: int
    body: str  # clean text, paragraphs separated by one blank line ("\n\n")
    title: str | None = None
    author: str | None = None
    site: str | None = None  # outlet / site name ("AP", "apnews.com", "KOREA JOONGANG DAILY")
    url: str | None = None  # canonical URL when the page states one
    language: str | None = None  # ISO 639-1 code when known
    published_text: str | None = None  # raw date text of a "Published ..." line or visible dateline, if any
