"""Turning raw pages into clean article bodies. No Dagster here.

Public entry point: `extract_articles(content, fmt, url=None) -> list[ExtractedArticle]`.

- html.py: HTML pages (trafilatura as the base, plus layout, teasers, page_meta, siblings, embeds and the junk
  families)
- layout.py: tables that lay a page out, turned into plain blocks before extraction
- teasers.py: boxes of linked headlines to other stories (often dated), found in the page by their shape
- flattened.py: already-flattened text (wrap -> roundup -> lines -> metadata)
- lines.py: the line classifier (line scores, best run of lines, lists and tables)
- junk.py: the families of boilerplate lines (prompts, lead-ins, notices, credits, captions, comments)
- wrap.py: re-joining hard-wrapped lines and wire datelines
- roundup.py: one article per report on a round-up page
- metadata.py: bylines, "Published <date>" lines, "Headline | Site" titles
- language.py: a cheap language guess from the body text
"""

from pipeline.text.extract import extract_articles
from pipeline.text.model import ExtractedArticle

__all__ = ["ExtractedArticle", "extract_articles"]
