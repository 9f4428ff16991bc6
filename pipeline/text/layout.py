"""Tables used for page layout rather than for data.

Older sites lay the whole page out in a <table>: the masthead in the first row, the menu in a left-hand cell,
the article in the middle cell and an "Other news" box in the right-hand cell. A main-content extractor reads
such a table as data and writes it out row by row, so masthead, menu, article and sidebar end up on one line.
`unwrap_layout_tables` turns layout tables into plain blocks (<div>) before extraction; data tables stay tables.

A table is for layout when it says so (role="presentation"), holds another table, has a cell that holds running
text or page structure (headings, a form), or has a single column without header cells (a box of items, a photo
with its caption). A table of a single cell holding text only (a pull quote) stays a table.
"""

from __future__ import annotations

from lxml.html import HtmlElement

PROSE_CELL_WORDS = 80  # a cell with this many words holds running text, not a value
_SECTIONS = ("tbody", "thead", "tfoot")
_STRUCTURE = ("h1", "h2", "h3", "h4", "h5", "h6", "form", "article", "section", "nav", "header", "footer")


def _rows(table: HtmlElement) -> list[HtmlElement]:
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _SECTIONS:
            rows.extend(r for r in child if r.tag == "tr")
    return rows


def _cells(row: HtmlElement) -> list[HtmlElement]:
    return [c for c in row if c.tag in ("td", "th")]


def _holds_page_content(cell: HtmlElement) -> bool:
    if any(True for _ in cell.iter(*_STRUCTURE)):
        return True
    return len(cell.text_content().split()) >= PROSE_CELL_WORDS


def is_layout_table(table: HtmlElement) -> bool:
    """True for a table that arranges the page (or a box of it) rather than holding rows of data."""
    if (table.get("role") or "").strip().lower() in ("presentation", "none"):
        return True
    if any(True for _ in table.iterdescendants("table")):
        return True
    rows = _rows(table)
    cells = [c for r in rows for c in _cells(r)]
    if not cells:
        return False
    if any(_holds_page_content(c) for c in cells):
        return True
    if any(True for _ in table.iter("th", "thead", "caption")):
        return False  # header cells: a data table, even with a single column
    if len(cells) == 1:
        return any(True for _ in table.iter("img", "picture", "video", "iframe"))  # a photo box, not a pull quote
    return all(len(_cells(r)) <= 1 for r in rows)


def _to_blocks(table: HtmlElement) -> None:
    rows = _rows(table)
    for child in table:
        if child.tag in _SECTIONS or child.tag == "caption":
            child.tag = "div"
    for row in rows:
        for cell in _cells(row):
            cell.tag = "div"
        row.tag = "div"
    table.tag = "div"


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn every layout table of the page into nested <div> blocks, in place; return how many were turned.

    Each table is judged on the page as it came (an outer layout table does not change how its inner tables are
    judged).
    """
    layout = [t for t in tree.iter("table") if is_layout_table(t)]
    for table in layout:
        _to_blocks(table)
    return len(layout)
