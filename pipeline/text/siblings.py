"""Bodies split across several containers: paragraphs the main-content extractor left in sibling blocks.

Some pages cut one article into a run of sibling blocks of the same kind (`<div class="chunk">` after
`<div class="chunk">`), and a main-content extractor picks only the first. Starting from the paragraphs it did
pick, we climb a few levels from their container and take the paragraphs of every sibling block that has the
same tag and class.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’»)]*\s*$")
MAX_CLIMB = 3  # levels above a picked paragraph where a run of sibling blocks may start
MAX_LINK_SHARE = 0.2  # a sibling block that is mostly links is a teaser list, not more of the article
_FOREIGN = ("h1", "article", "nav", "header", "footer", "form")  # a block holding one is not more article
_ASIDES = ("aside", "figure", "figcaption")  # allowed inside a block when small; their paragraphs are skipped
MAX_ASIDE_SHARE = 0.2
MIN_NEW_WORDS = 12  # a recovered paragraph must be real prose


def paragraph_key(text: str) -> str:
    """The first words of a paragraph, lower-cased: how an extracted line is found again in the page."""
    return " ".join(_WORD.findall(text)[:12]).lower()


_key = paragraph_key


def _signature(el: HtmlElement) -> tuple[str, str]:
    return (el.tag if isinstance(el.tag, str) else "", " ".join(sorted((el.get("class") or "").split())))


def _reads_like_more_text(block: HtmlElement) -> bool:
    """A block that continues an article: prose paragraphs, few links, no headline or story of its own."""
    if any(True for _ in block.iter(*_FOREIGN)):
        return False
    text = block.text_content()
    total = len(text.strip())
    if total == 0:
        return False
    aside = sum(len(a.text_content().strip()) for a in block.iter(*_ASIDES))
    if aside / total > MAX_ASIDE_SHARE:
        return False
    links = sum(len(a.text_content().strip()) for a in block.iter("a"))
    in_paragraphs = sum(len(p.text_content().strip()) for p in block.iter("p"))
    return links / total <= MAX_LINK_SHARE and in_paragraphs / total >= 0.6


def anchor_paragraph(tree: HtmlElement, lines: list[str]) -> HtmlElement | None:
    """The <p> of the page holding one of the first extracted lines, None when none is found."""
    wanted = {_key(line) for line in lines[:5]} - {""}
    for p in tree.iter("p"):
        text = p.text_content()
        if len(text) > 20 and _key(text) in wanted:
            return p
    return None


def recover_sibling_paragraphs(tree: HtmlElement, lines: list[str], anchor: HtmlElement | None = None) -> list[str]:
    """`lines` (the extractor's paragraphs, in order) plus the paragraphs of same-kind sibling blocks.

    `anchor` is the page's <p> holding one of the first lines, when the caller has already found it.
    """
    anchor = anchor if anchor is not None else anchor_paragraph(tree, lines)
    if anchor is None:
        return lines
    have = {_key(line) for line in lines}
    node = anchor.getparent()
    for _ in range(MAX_CLIMB):
        if node is None or node.getparent() is None:
            break
        sig = _signature(node)
        if sig[1]:
            siblings = [
                s for s in node.getparent() if s is not node and _signature(s) == sig and _reads_like_more_text(s)
            ]
            if siblings:
                return _merge(tree, lines, [node, *siblings], have)
        node = node.getparent()
    return lines


def _inside_aside(p: HtmlElement, block: HtmlElement) -> bool:
    for ancestor in p.iterancestors():
        if ancestor is block:
            return False
        if ancestor.tag in _ASIDES:
            return True
    return False


def _merge(tree: HtmlElement, lines: list[str], blocks: list[HtmlElement], have: set[str]) -> list[str]:
    new: list[tuple[int, str]] = []
    for b, block in enumerate(blocks):
        for p in block.iter("p"):
            if _inside_aside(p, block):
                continue
            text = " ".join(p.text_content().split())
            key = _key(text)
            if key in have or len(_WORD.findall(text)) < MIN_NEW_WORDS or not _SENTENCE_END.search(text):
                continue
            have.add(key)
            new.append((b, text))
    if not new:
        return lines
    # Place each recovered paragraph after the last extracted line that precedes it in the page.
    order = {el: i for i, el in enumerate(tree.iter("p"))}
    by_key = {_key(p.text_content()): order[p] for block in blocks for p in block.iter("p")}
    placed: list[tuple[float, int, str]] = []
    last = -1.0
    for line in lines:
        pos = by_key.get(_key(line))
        last = float(pos) if pos is not None else last + 1e-3
        placed.append((last, 0, line))
    for _, text in new:
        placed.append((float(by_key.get(_key(text), 1e9)), 1, text))
    placed.sort(key=lambda x: (x[0], x[1]))
    return [text for _, _, text in placed]
