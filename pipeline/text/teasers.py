"""Boxes of links to other stories ("Other news", "Latest", related headlines) that follow or flank an article.

A main-content extractor often keeps such a box when it sits in the article's container: a list, table or run of
blocks, each item a short headline that is mostly link text, often with its own date ("» Storm closes coastal
road (Feb 24, 2023)"). Their dates then pass for dates of the article. We find the boxes in the page by shape
alone, whatever their wording or markup:

- an item is a block of at most MAX_ITEM_WORDS words, at least half of them the text of one link to another page
  (a headline of MIN_ITEM_WORDS or more: menus of one-word links and rows of short linked names are not teasers;
  links to the page's own sections, a table of contents, are not either), and not two sentences (a reference);
- a table row of three or more filled cells is data, not an item;
- a box is a run of at least MIN_ITEMS sibling items, with nothing but empty elements between them;
- its heading is the short text right before the run (or before the run's container).

`drop_teaser_boxes` removes the extracted lines that are items of such a box, and the box's heading where it
stands right before them or ends the text. An item that repeats a section heading of the page is an entry of a
table of contents, and its line stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import lxml.etree
from lxml.html import HtmlElement

MIN_ITEM_WORDS = 3  # a headline has a few words; shorter links are menus, which the extractor already drops
MAX_ITEM_WORDS = 30  # a headline with its date and a kicker; more is a paragraph
MIN_LINK_SHARE = 0.5  # share of an item's words that are the text of its link
MIN_ITEMS = 3  # sibling items that make a box
MAX_HEADING_WORDS = 5  # "Other news", "More from the region", "Latest headlines"
HEADING_CLIMB = 2  # levels above a run searched for its heading

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’»)\]]*\s*$")
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z]")  # two sentences: prose or a reference, not a headline
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _text(el: HtmlElement) -> str:
    return " ".join(" ".join(el.itertext()).split())


def _words(el: HtmlElement) -> int:
    """Words of an element's text, its tail excluded."""
    return len(lxml.etree.tostring(el, method="text", encoding=str, with_tail=False).split())


def _tail_words(el: HtmlElement) -> int:
    return len(el.tail.split()) if el.tail else 0


def _links_elsewhere(href: str | None, page_url: str | None) -> bool:
    """A link to another page: not "#section-2", nor the page's own address with a fragment, nor a script."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:")):
        return False
    if "#" in href and page_url:
        return urlsplit(urljoin(page_url, href)).path.rstrip("/") != urlsplit(page_url).path.rstrip("/")
    return True


def _is_data_row(el: HtmlElement) -> bool:
    """A table row of three or more filled cells (name, price, rating ...) is data, even when its name is a link."""
    return el.tag == "tr" and sum(1 for c in el if c.tag in ("td", "th") and c.text_content().strip()) > 2


def _candidate_items(tree: HtmlElement, page_url: str | None) -> set[HtmlElement]:
    """Every block that reads as one linked headline, found by climbing from each link while the block stays
    small."""
    found: set[HtmlElement] = set()
    words: dict[HtmlElement, int] = {}
    for link in tree.iter("a"):
        link_words = _words(link) if len(link) else len(link.text.split()) if link.text else 0
        if not MIN_ITEM_WORDS <= link_words <= MAX_ITEM_WORDS or not _links_elsewhere(link.get("href"), page_url):
            continue
        words[link] = link_words
        node = link
        while node is not None and node.tag not in ("body", "html"):
            if node not in words:
                words[node] = _words(node)
            n = words[node] + _tail_words(node)
            if n > MAX_ITEM_WORDS or link_words < MIN_LINK_SHARE * n or _is_data_row(node):
                break  # blocks only grow on the way up
            found.add(node)
            node = node.getparent()
    return found


def _has_text(el: HtmlElement) -> bool:
    return bool(el.text_content().strip() or (el.tail and el.tail.strip()))


def _runs(parent: HtmlElement, candidates: set[HtmlElement]) -> Iterator[list[HtmlElement]]:
    """Runs of at least MIN_ITEMS consecutive items among the children of `parent`."""
    run: list[HtmlElement] = []
    for child in [*parent, None]:
        if child is not None:
            if child in candidates and not _SENTENCE_BREAK.search(_text(child)):
                run.append(child)
                continue
            if not isinstance(child.tag, str) or not _has_text(child):
                continue  # <br>, an image, an empty spacer, a comment: does not break a run
        if len(run) >= MIN_ITEMS:
            yield run
        run = []


def _is_heading(text: str | None) -> bool:
    n = len(text.split()) if text else 0
    return 1 <= n <= MAX_HEADING_WORDS and not _SENTENCE_END.search(text or "")


def _heading_before(el: HtmlElement) -> str | None:
    """The short text right before `el` in its container, or right before the container (a few levels up)."""
    node = el
    for _ in range(HEADING_CLIMB + 1):
        prev = node.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or not _has_text(prev)):
            prev = prev.getprevious()  # empty elements (<br>, an image) and comments
        if prev is not None:
            text = prev.tail if _tail_words(prev) else _text(prev)
            return " ".join(text.split()) if _is_heading(text) else None
        parent = node.getparent()
        if parent is None:
            return None
        if parent.text and parent.text.strip():
            return " ".join(parent.text.split()) if _is_heading(parent.text) else None
        node = parent
    return None


def find_teaser_boxes(tree: HtmlElement, page_url: str | None = None) -> tuple[set[str], set[str]]:
    """(normalised texts of the items of every teaser box in the page, normalised texts of the boxes' headings).

    An item's text includes the loose text right after it (the date after a link in "<a>...</a> (Feb 24)").
    `page_url` tells links to the page's own sections from links to other pages.
    """
    candidates = _candidate_items(tree, page_url)
    per_parent = Counter(el.getparent() for el in candidates)
    runs = [
        run
        for parent, n in per_parent.items()
        if parent is not None and n >= MIN_ITEMS
        for run in _runs(parent, candidates)
    ]
    if not runs:
        return set(), set()
    in_items = {el for run in runs for el in run}
    sections = {
        _norm(_text(h))
        for h in tree.iter(*_HEADINGS)
        if h not in in_items and not any(a in in_items for a in h.iterancestors())
    }
    items: set[str] = set()
    headings: set[str] = set()
    for run in runs:
        items.update(_norm(_text(el) + " " + (el.tail or "")) for el in run)
        heading = _heading_before(run[0])
        if heading:
            headings.add(_norm(heading))
    return items - sections - {""}, headings - {""}


def drop_teaser_boxes(tree: HtmlElement, lines: list[str], page_url: str | None = None) -> list[str]:
    """`lines` without the items of the page's teaser boxes, nor a box's heading where it stands right before
    them or ends the text."""
    items, headings = find_teaser_boxes(tree, page_url)
    if not items:
        return lines
    keys = [_norm(line) for line in lines]
    kept = []
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if key in items:
            continue
        if key in headings and (i + 1 == len(lines) or keys[i + 1] in items):
            continue
        kept.append(line)
    return kept
