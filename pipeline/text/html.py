"""The HTML path: trafilatura main-content extraction plus our own fixes, metadata from the page."""

from __future__ import annotations

import trafilatura

from pipeline.text.model import ExtractedArticle


def extract_from_html(html: str, url: str | None = None) -> list[ExtractedArticle]:
    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        return []
    body = "\n\n".join(p.strip() for p in doc.text.split("\n") if p.strip())
    return [
        ExtractedArticle(
            segment=0, body=body, title=doc.title, author=doc.author, site=doc.sitename,
            url=doc.url or url, language=doc.language,
        )
    ]
