"""Page chrome that carries the dates of *other* reports, found so it can be left out of the search for
a page's own publication date.

Sidebars, "Most read" / "Other news" boxes, related-story lists and archives print a date beside each
headline they link to. A date search over the whole page (htmldate's extensive mode, a scan for elements
whose class says "date") happily takes one of those. What gives such a block away is its shape, whatever
its markup or language: a run of sibling items, each holding a link *and* a date, and little text
besides the links. An element with at least `_MIN_ITEMS` such children, whose text is mostly link text,
is dropped, and so is a single teaser of another report (a headline-like link with a date) when it is
a list item or sits in a small block whose class or id names a related / latest / most-read list.
The page's own byline (one link, one or two dates) is a single item and stays; so does anything holding
the page's headline (<h1>) or more than half its text.
"""

from __future__ import annotations

import re

from pipeline.dates.visible import dates_in, first_date_in

_LIST_NAME = re.compile(
    # not "sidebar": themes name the layout "with-sidebar" or even the main column "sidebar_content"
    r"related|most-?read|most_read|popular|trending|other-?news|more-?news|more-?stories|latest|recent"
    r"|recommend|teaser",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # every full date `dates_in` reads has a year: a cheap test first
_MIN_ITEMS = 2
_MIN_LINK_SHARE = 0.4
_HEADLINE_WORDS = 4
_MAX_TEXT_SHARE = 0.5  # an element holding more of the page's text than this is the page, not its chrome


def _text(el) -> str:
    return " ".join(t.strip() for t in el.itertext() if t and t.strip())


def _holds_headline(el) -> bool:
    return el.tag == "h1" or next(el.iter("h1"), None) is not None


def _is_dated_link_item(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag != "a" and next(el.iter("a"), None) is None:
        return False
    if next(el.iter("time"), None) is not None:
        return True
    text = _text(el)
    return _YEAR.search(text) is not None and first_date_in(text) is not None


def _link_share(el) -> float:
    """Link text over all text, the dates left out: high for lists of headlines, low for an article."""
    text = _text(el)
    date_chars = sum(end - start for start, end, _ in dates_in(text))
    link_chars = sum(len(_text(a)) for a in el.iter("a"))
    return link_chars / max(len(text) - date_chars, 1)


def is_dated_link_list(el) -> bool:
    """At least `_MIN_ITEMS` children that each hold a link and a date, and mostly link text (a related /
    most-read list rather than a page section that happens to hold a dated byline)."""
    if len(el) < _MIN_ITEMS:
        return False
    dated = 0
    for child in el:
        dated += _is_dated_link_item(child)
        if dated >= _MIN_ITEMS:
            return _link_share(el) >= _MIN_LINK_SHARE
    return False


def is_dated_teaser(el, in_named_list: bool = False) -> bool:
    """A single teaser of another report: a headline-like link with a date beside it, as a list item or
    anywhere inside a block named as a related / latest / most-read list (such a list may hold one item)."""
    if not (el.tag == "li" or in_named_list) or not _is_dated_link_item(el):
        return False
    return any(len(_text(a).split()) >= _HEADLINE_WORDS for a in el.iter("a")) and _link_share(el) >= _MIN_LINK_SHARE


def _named_list(el) -> bool:
    names = f"{el.get('class', '')} {el.get('id', '')}"
    return _LIST_NAME.search(names) is not None


def remove_dated_chrome(root) -> int:
    """Drop the dated link lists (see the module docstring) from the lxml tree `root` in place.

    Returns the number of elements dropped.
    """
    dropped = 0
    limit = _MAX_TEXT_SHARE * len(_text(root))
    stack = [(root, False)]
    while stack:
        el, in_named = stack.pop()
        if (
            el is not root
            and not _holds_headline(el)
            and (is_dated_link_list(el) or is_dated_teaser(el, in_named))
            and len(_text(el)) <= limit
        ):
            el.drop_tree()
            dropped += 1
            continue
        # a block named as a list of other reports, small and without the page's headline
        in_named = in_named or (
            el is not root and _named_list(el) and len(_text(el)) <= limit and not _holds_headline(el)
        )
        stack.extend((child, in_named) for child in el if isinstance(child.tag, str))
    return dropped
