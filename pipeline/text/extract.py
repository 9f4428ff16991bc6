"""First-cut extraction (to be replaced by the full boilerplate work of issue 3)."""

from __future__ import annotations

import trafilatura

from pipeline.text.model import ExtractedArticle


def extract_articles(content: str, fmt: str, url: str | None = None) -> list[ExtractedArticle]:
    """Return the reports found in one page; an empty list when it holds no article text."""
    if fmt == "html":
        doc = trafilatura.bare_extraction(content, url=url, include_comments=False, with_metadata=True)
        if doc is None or not (doc.text or "").strip():
            return []
        body = "\n\n".join(p.strip() for p in doc.text.split("\n") if p.strip())
        return [
            ExtractedArticle(
                segment=0, body=body, title=doc.title, author=doc.author, site=doc.sitename,
                url=doc.url or url, language=doc.language,
            )
        ]
    paragraphs = [p.strip() for p in content.split("\n") if p.strip()]
    if not paragraphs:
        return []
    return [ExtractedArticle(segment=0, body="\n\n".join(paragraphs))]
