"""The HTML path: trafilatura's main-content extraction, then our own fixes where it fails.

- Tables that lay the page out (masthead, menu, article and sidebar in cells) become plain blocks first (layout), or
  trafilatura writes the whole page out as one table row.
- trafilatura runs in precision mode (fewer teasers and boxes kept); when that keeps only a small share of the
  page's paragraph text, it runs again in its default mode.
- Boxes of linked headlines to other stories ("Other news" with their dates), found in the page by shape, are
  taken out of its output (teasers).
- Inside the container it picked, it still keeps the headline again, teaser lists of related stories,
  newsletter/follow/cookie notices, reporting credits and captions: its output lines go through the same junk
  families as the text path, plus rules for teaser boxes, and stop at a comment thread.
- Bodies split across same-kind sibling blocks, and social posts embedded in the article, are put back.
- Title, author, site name, canonical URL and language come from the page itself (see page_meta).
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.etree
import lxml.html
import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from pipeline.text.embeds import recover_embedded_posts
from pipeline.text.flattened import extract_from_text
from pipeline.text.junk import junk_family, opens_author_box, opens_box, opens_comment_section
from pipeline.text.language import guess_language
from pipeline.text.layout import unwrap_layout_tables
from pipeline.text.lines import WORD, ends_sentence, token_weight
from pipeline.text.model import ExtractedArticle
from pipeline.text.page_meta import PageMeta, read_page_meta
from pipeline.text.siblings import anchor_paragraph, recover_sibling_paragraphs
from pipeline.text.teasers import drop_teaser_boxes

RETRY_SHARE = 0.25  # precise extraction holding less than this share of the page's paragraph text: retry
RETRY_MIN_WORDS = 150  # pages with less paragraph text than this are never retried
RETRY_MAX_WORDS = 400  # a precise extraction this long is trusted without a look at the page
MIN_ARTICLE_WORDS_BEFORE_COMMENTS = 60  # a comment-thread opener only ends the body after this much of it

_LIST_ITEM = re.compile(r"^\s*(?:[-*•–·]|\d{1,2}[.)])\s+")


def _norm(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def _is_teaser(line: str) -> bool:
    """A short line that reads like a link to another story: a headline, not a sentence of prose."""
    text = _LIST_ITEM.sub("", line).strip()
    return token_weight(text) <= 30 and not ends_sentence(text)


def clean_extracted_lines(
    lines: list[str], headings: tuple[str, ...] = (), description: str | None = None
) -> list[str]:
    """Drop the junk a main-content extractor leaves in: title repeats, the standfirst, junk lines, teaser
    boxes, comments. `headings` are the page's titles; `description` its summary from the metadata."""
    kept: list[str] = []
    title_norms = {_norm(h) for h in headings} - {""}
    summary = _norm(description or "")
    in_box = False
    for raw in lines:
        line = raw.strip()
        if not line or not WORD.search(line):
            continue
        if _norm(line) in title_norms:
            continue
        if not kept and summary and _norm(line) == summary and not ends_sentence(line):
            continue  # a standfirst under the headline, repeating the page summary: not the article's text
        if (opens_comment_section(line) or opens_author_box(line)) and sum(
            token_weight(x) for x in kept
        ) >= MIN_ARTICLE_WORDS_BEFORE_COMMENTS:
            break
        if opens_box(line) or _opens_teaser_list(line):
            in_box = True
            continue
        if in_box:
            if _is_teaser(line) or junk_family(line) is not None:
                continue
            in_box = False
        if junk_family(line) is not None:
            continue
        kept.append(line)
    return kept


_TEASER_HEADS = re.compile(
    r"^\W*(?:don'?t\s+miss|read\s+more|see\s+more|more\s+on\s+this(?:\s+story)?|most\s+read.*|popular\s+on\s+.*|"
    r"trending|top\s+stories|latest(?:\s+news)?|recommended|related|leggi\s+anche|leia\s+também|lesen\s+sie\s+auch|"
    r"explore\s+further|further\s+reading|also\s+on\s+\S+)\W*$",
    re.I,
)


def _opens_teaser_list(line: str) -> bool:
    return len(line.split()) <= 6 and bool(_TEASER_HEADS.match(line))


def _paragraph_words(tree: HtmlElement) -> int:
    return sum(len(p.text_content().split()) for p in tree.iter("p"))


def _main_content(tree: HtmlElement, url: str | None) -> Document | None:
    """trafilatura in precision mode; in its default mode when precision mode misses most of the page's prose."""
    doc = trafilatura.bare_extraction(tree, url=url, include_comments=False, favor_precision=True, with_metadata=False)
    words = len(doc.text.split()) if doc is not None and doc.text else 0
    if words < RETRY_MAX_WORDS:
        paragraph_words = _paragraph_words(tree)
        if paragraph_words >= RETRY_MIN_WORDS and words < RETRY_SHARE * paragraph_words:
            retry = trafilatura.bare_extraction(tree, url=url, include_comments=False, with_metadata=False)
            if retry is not None and retry.text and len(retry.text.split()) > words:
                doc = retry
    if doc is None or not (doc.text or "").strip():
        return None
    return doc


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr "
    "li main nav ol p pre section table td th tr ul".split()
)
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head")


def visible_lines(tree: HtmlElement) -> str:
    """The page's visible text, one block element per line (used when the main-content extractor gives up)."""
    for el in list(tree.iter(*_INVISIBLE_TAGS)):
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    return tree.text_content()


def _parse_fragment(html: str) -> HtmlElement | None:
    if not html or not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _from_visible_text(tree: HtmlElement, meta: PageMeta) -> list[ExtractedArticle]:
    """Short pages and fragments that trafilatura finds too small: the text path on the visible text."""
    articles = extract_from_text(visible_lines(tree))
    return [
        replace(
            a,
            title=a.title or meta.title,
            author=a.author or meta.author,
            site=a.site or meta.site,
            url=meta.url,
            language=a.language or meta.language,
        )
        for a in articles
    ]


def extract_from_html(html: str, url: str | None = None) -> list[ExtractedArticle]:
    """The article of one HTML page (a list of one), or [] when the page holds no article text."""
    tree = load_html(html)
    if tree is None:
        # Not a page trafilatura will read (a fragment, plain text sent as HTML): the text path on what shows.
        fragment = _parse_fragment(html)
        return _from_visible_text(fragment, read_page_meta(fragment, url)) if fragment is not None else []
    meta = read_page_meta(tree, url)
    unwrap_layout_tables(tree)
    doc = _main_content(tree, url)
    if doc is None:
        return _from_visible_text(tree, meta)
    raw_lines = drop_teaser_boxes(tree, doc.text.split("\n"), meta.url)
    lines = clean_extracted_lines(raw_lines, meta.headings, meta.description) or [
        x.strip() for x in raw_lines if x.strip()
    ]
    anchor = anchor_paragraph(tree, lines)
    if anchor is not None:
        lines = recover_sibling_paragraphs(tree, lines, anchor)
        lines = recover_embedded_posts(tree, lines, anchor)
    body = "\n\n".join(lines)
    return [
        ExtractedArticle(
            segment=0,
            body=body,
            title=meta.title,
            author=meta.author,
            site=meta.site,
            url=meta.url,
            language=guess_language(body, hint=meta.language),  # the text itself beats a template's lang=
        )
    ]
