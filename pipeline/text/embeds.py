"""Embedded social posts quoted in an article (tweets, Instagram posts), which main-content extractors drop.

A news story that quotes a tweet carries it as `<blockquote class="twitter-tweet">`: the post's text and the
"— Name (@handle) date" line are part of what the reader sees in the article. We put them back where they
stand in the page, between the paragraphs the extractor kept.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from pipeline.text.siblings import anchor_paragraph, paragraph_key

_EMBED_CLASS = re.compile(r"\b(?:twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|threads-post)\b")
MAX_CLIMB = 4  # levels above the first kept paragraph to look for the article container


def _container(anchor: HtmlElement) -> HtmlElement:
    node = anchor
    for _ in range(MAX_CLIMB):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
        if node.tag == "article":
            break
    return node


def _post_lines(quote: HtmlElement) -> list[str]:
    texts = [" ".join(p.text_content().split()) for p in quote.iter("p")]
    texts = [t for t in texts if t]
    whole = " ".join(quote.text_content().split())
    rest = whole
    for t in texts:
        rest = rest.replace(t, "", 1)
    rest = rest.strip()
    return texts + ([rest] if rest else [])


def recover_embedded_posts(tree: HtmlElement, lines: list[str], anchor: HtmlElement | None = None) -> list[str]:
    """`lines` with the text of embedded social posts inside the article container put back in page order.

    `anchor` is the page's <p> holding one of the first lines, when the caller has already found it.
    """
    anchor = anchor if anchor is not None else anchor_paragraph(tree, lines)
    if anchor is None:
        return lines
    container = _container(anchor)
    quotes = [q for q in container.iter("blockquote") if _EMBED_CLASS.search(q.get("class") or "")]
    if not quotes:
        return lines
    order = {el: i for i, el in enumerate(container.iter())}
    position = {paragraph_key(p.text_content()): order[p] for p in container.iter("p")}
    have = {paragraph_key(line) for line in lines}
    placed: list[tuple[float, int, str]] = []
    last = -1.0
    for line in lines:
        pos = position.get(paragraph_key(line))
        last = float(pos) if pos is not None else last + 1e-3
        placed.append((last, 0, line))
    for quote in quotes:
        for j, text in enumerate(_post_lines(quote)):
            if paragraph_key(text) not in have:
                placed.append((order[quote] + j * 1e-3, 1, text))
    placed.sort(key=lambda x: (x[0], x[1]))
    return [text for _, _, text in placed]
