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

from pipeline.dates.visible import dates_in, has_date

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


class _PageFacts:
    """What the search asks of every element, worked out for the whole tree in one walk: its text (as `_text`
    gives it), and whether it holds a link, a <time> or the headline. Asked of an element that is not yet
    visited, these never change as the search drops other elements (a dropped element's subtree is disjoint
    from every element still to visit, and a dropped element never holds the headline), so one walk before the
    search gives the answers a fresh look would give, without re-reading each subtree from every ancestor."""

    def __init__(self, root) -> None:
        self.text: dict = {}
        self.has_link: set = set()
        self.has_time: set = set()
        self.has_headline: set = set()
        from lxml import etree

        for _, el in etree.iterwalk(root, events=("end",)):
            if not isinstance(el.tag, str):
                continue
            pieces = [el.text.strip()] if el.text else []
            for child in el:
                if isinstance(child.tag, str):
                    pieces.append(self.text[child])
                if child.tail:
                    pieces.append(child.tail.strip())
            self.text[el] = " ".join(p for p in pieces if p)
        for tag, found in (("a", self.has_link), ("time", self.has_time), ("h1", self.has_headline)):
            for hit in root.iter(tag):  # the element and its ancestors hold one
                el = hit
                while el is not None and el not in found:
                    found.add(el)
                    el = el.getparent()
        self._dates: dict[str, list] = {}
        self._dated: dict[str, bool] = {}

    def dates_in(self, text: str) -> list:
        if text not in self._dates:
            self._dates[text] = dates_in(text)
        return self._dates[text]

    def has_date(self, text: str) -> bool:
        if text not in self._dated:
            self._dated[text] = has_date(text)
        return self._dated[text]


def _holds_headline(el, facts: _PageFacts) -> bool:
    return el in facts.has_headline


def _is_dated_link_item(el, facts: _PageFacts) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el not in facts.has_link:
        return False
    if el in facts.has_time:
        return True
    text = facts.text[el]
    return _YEAR.search(text) is not None and facts.has_date(text)


def _link_share(el, facts: _PageFacts) -> float:
    """Link text over all text, the dates left out: high for lists of headlines, low for an article."""
    text = facts.text[el]
    date_chars = sum(end - start for start, end, _ in facts.dates_in(text))
    link_chars = sum(len(facts.text[a]) for a in el.iter("a"))
    return link_chars / max(len(text) - date_chars, 1)


def is_dated_link_list(el, facts: _PageFacts) -> bool:
    """At least `_MIN_ITEMS` children that each hold a link and a date, and mostly link text (a related /
    most-read list rather than a page section that happens to hold a dated byline)."""
    if len(el) < _MIN_ITEMS or el not in facts.has_link:  # no link below: no child holds one
        return False
    dated = 0
    for child in el:
        dated += _is_dated_link_item(child, facts)
        if dated >= _MIN_ITEMS:
            return _link_share(el, facts) >= _MIN_LINK_SHARE
    return False


def is_dated_teaser(el, facts: _PageFacts, in_named_list: bool = False) -> bool:
    """A single teaser of another report: a headline-like link with a date beside it, as a list item or
    anywhere inside a block named as a related / latest / most-read list (such a list may hold one item)."""
    if not (el.tag == "li" or in_named_list) or not _is_dated_link_item(el, facts):
        return False
    return (
        any(len(facts.text[a].split()) >= _HEADLINE_WORDS for a in el.iter("a"))
        and _link_share(el, facts) >= _MIN_LINK_SHARE
    )


def _named_list(el) -> bool:
    names = f"{el.get('class', '')} {el.get('id', '')}"
    return _LIST_NAME.search(names) is not None


def remove_dated_chrome(root) -> int:
    """Drop the dated link lists (see the module docstring) from the lxml tree `root` in place.

    Returns the number of elements dropped.
    """
    facts = _PageFacts(root)
    dropped = 0
    limit = _MAX_TEXT_SHARE * len(facts.text[root])
    stack = [(root, False)]
    while stack:
        el, in_named = stack.pop()
        if (
            el is not root
            and not _holds_headline(el, facts)
            and (is_dated_link_list(el, facts) or is_dated_teaser(el, facts, in_named))
            and len(facts.text[el]) <= limit
        ):
            el.drop_tree()
            dropped += 1
            continue
        # a block named as a list of other reports, small and without the page's headline
        in_named = in_named or (
            el is not root and _named_list(el) and len(facts.text[el]) <= limit and not _holds_headline(el, facts)
        )
        stack.extend((child, in_named) for child in el if isinstance(child.tag, str))
    return dropped
