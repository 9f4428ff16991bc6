"""Pages laid out in tables, and boxes of links to other stories beside or under the article: the body holds the
article alone, so the other stories' headlines and dates never reach the date stage."""

import lxml.html

from pipeline.text import extract_articles
from pipeline.text.layout import is_layout_table
from pipeline.text.teasers import drop_teaser_boxes

PARAGRAPHS = [
    "Ferry crews in the island port of Orsund walked off the job on Monday after talks on a new rota broke down, "
    "leaving about three thousand travellers stranded on both sides of the strait.",
    "The operator said it would run a reduced timetable with managers at the helm and asked passengers to check "
    "departures online before setting out, as two of its four vessels stayed tied up.",
    "Union officials said the walkout would last at least two days and accused the company of cutting rest periods "
    "between crossings, a claim the operator denied in a short statement.",
    "Local businesses on the island warned that a longer stoppage would hurt the autumn market, which usually "
    "draws several thousand visitors from the mainland over its three weekends.",
]
OTHER_STORIES = [
    ("Harbour board approves new breakwater plan", "Oct. 2, 2023"),
    ("Fish market reopens after month of repairs", "29/09/2023"),
    ("Coast road closed by landslide near Vikby", "2 days ago"),
    ("School ferry timetable changes from next week", "September 27, 2023"),
]


def _teaser(k: int, headline: str, date: str) -> str:
    return f'&raquo; <a href="/news/{k}.html">{headline}</a> <i>({date})</i>'


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _assert_only_the_article(body: str) -> None:
    assert body == "\n\n".join(PARAGRAPHS)


def table_layout_page(sidebar_cell: str) -> str:
    """An old-style page: masthead row, menu row, then menu cell | article cell | sidebar cell, then footer."""
    return f"""<html><head><title>Orsund Herald :: Ferry crews strike over new rota</title></head><body>
<table width="980"><tr><td colspan="3"><b>ORSUND HERALD</b><br>News from the islands</td></tr>
<tr><td colspan="3"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr>
<tr><td width="160"><b>Sections</b><br><a href="/region">Region</a><br><a href="/world">World</a></td>
<td width="560"><b>Ferry crews strike over new rota</b><br>Posted by Ida Holm{_paragraphs()}</td>
<td width="260">{sidebar_cell}</td></tr>
<tr><td colspan="3">Copyright 2023 Orsund Herald</td></tr></table></body></html>"""


def test_a_page_laid_out_in_a_table_gives_the_article_cell_without_masthead_menu_or_sidebar():
    rows = "".join(f"<tr><td>{_teaser(k, h, d)}</td></tr>" for k, (h, d) in enumerate(OTHER_STORIES))
    html = table_layout_page(f"<b>Other news</b><table>{rows}</table><b>Newsletter</b><br>Enter your e-mail")
    [article] = extract_articles(html, "html")
    _assert_only_the_article(article.body)


def test_a_sidebar_cell_of_dated_links_separated_by_line_breaks_stays_out():
    links = "<br>".join(_teaser(k, h, d) for k, (h, d) in enumerate(OTHER_STORIES))
    [article] = extract_articles(table_layout_page(f"<b>Latest</b><br>{links}"), "html")
    _assert_only_the_article(article.body)


def div_page(after_article: str) -> str:
    return f"""<html><head><title>Ferry crews strike over new rota</title></head><body>
<div class="content"><h1>Ferry crews strike over new rota</h1>{_paragraphs()}{after_article}</div>
<div class="footer">Copyright 2023 Orsund Herald</div></body></html>"""


def test_a_list_of_dated_headline_links_after_the_article_is_dropped_with_its_heading():
    items = "".join(f"<li>{_teaser(k, h, d)}</li>" for k, (h, d) in enumerate(OTHER_STORIES))
    [article] = extract_articles(
        div_page(f'<div class="box"><b>More from the islands</b><ul>{items}</ul></div>'), "html"
    )
    _assert_only_the_article(article.body)


def test_a_two_column_table_of_linked_headlines_and_dates_after_the_article_is_dropped():
    rows = "".join(
        f'<tr><td><a href="/news/{k}.html">{h}</a></td><td>{d}</td></tr>' for k, (h, d) in enumerate(OTHER_STORIES)
    )
    [article] = extract_articles(div_page(f"<h3>Also in the news</h3><table>{rows}</table>"), "html")
    _assert_only_the_article(article.body)


def test_teaser_lines_are_found_in_the_page_by_shape_not_by_wording():
    items = "".join(f"<li>{_teaser(k, h, d)}</li>" for k, (h, d) in enumerate(OTHER_STORIES))
    tree = lxml.html.fromstring(div_page(f"<p>Elsewhere</p><ul>{items}</ul>"))
    lines = [*PARAGRAPHS, "Elsewhere", *(f"- » {h} ({d})" for h, d in OTHER_STORIES)]
    assert drop_teaser_boxes(tree, lines) == PARAGRAPHS


def test_a_data_table_inside_the_article_is_kept():
    table = (
        "<table><tr><th>Route</th><th>Crossings</th><th>Cancelled</th></tr>"
        "<tr><td>Orsund to Vikby</td><td>14</td><td>9</td></tr>"
        "<tr><td>Orsund to Holmsta</td><td>8</td><td>8</td></tr></table>"
    )
    html = div_page("").replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p>{table}")
    [article] = extract_articles(html, "html")
    assert "Orsund to Vikby" in article.body and "Orsund to Holmsta" in article.body
    assert article.body.startswith(PARAGRAPHS[0]) and article.body.endswith(PARAGRAPHS[3])


def test_a_table_of_linked_names_with_values_is_data_not_teasers():
    rows = "".join(
        f'<tr><td><a href="/ships/{k}">{name}</a></td><td>{year}</td><td>{seats}</td></tr>'
        for k, (name, year, seats) in enumerate(
            [("MS Orsund Star II", 1998, 420), ("MS Vikby Light", 2004, 380), ("MS Holmsta Queen Express", 2011, 510)]
        )
    )
    tree = lxml.html.fromstring(div_page(f"<table>{rows}</table>"))
    lines = [*PARAGRAPHS, "| MS Orsund Star II | 1998 | 420 |"]
    assert drop_teaser_boxes(tree, lines) == lines


def test_a_table_of_contents_does_not_remove_the_section_headings_it_links_to():
    toc = "".join(
        f'<li><a href="#s{k}">{h}</a></li>'
        for k, h in enumerate(["What the crews want", "What the operator says", "What happens next"])
    )
    body = (
        f"<ul>{toc}</ul><h2>What the crews want</h2><p>{PARAGRAPHS[0]}</p><h2>What the operator says</h2>"
        f"<p>{PARAGRAPHS[1]}</p><h2>What happens next</h2><p>{PARAGRAPHS[2]}</p>"
    )
    tree = lxml.html.fromstring(f"<html><body><div>{body}</div></body></html>")
    lines = [
        "What the crews want",
        PARAGRAPHS[0],
        "What the operator says",
        PARAGRAPHS[1],
        "What happens next",
        PARAGRAPHS[2],
    ]
    assert drop_teaser_boxes(tree, lines) == lines


def test_a_list_of_references_is_not_a_teaser_box():
    refs = "".join(
        f'<li>Holm, I. ({2000 + k}): <a href="/papers/{k}">'
        f"Ferry rotas and crew fatigue. Journal of Island Transport, {k}</a></li>"
        for k in range(4)
    )
    tree = lxml.html.fromstring(div_page(f"<p>Sources</p><ul>{refs}</ul>"))
    lines = [
        *PARAGRAPHS,
        *(f"- Holm, I. ({2000 + k}): Ferry rotas and crew fatigue. Journal of Island Transport, {k}" for k in range(4)),
    ]
    assert drop_teaser_boxes(tree, lines) == lines


def test_one_linked_line_in_the_article_is_not_a_box():
    tree = lxml.html.fromstring(div_page('<p><a href="/report.pdf">Read the full ferry safety report here</a></p>'))
    lines = [*PARAGRAPHS, "Read the full ferry safety report here"]
    assert drop_teaser_boxes(tree, lines) == lines


def _table(html: str):
    return lxml.html.fromstring(f"<html><body>{html}</body></html>").find(".//table")


def test_which_tables_are_layout():
    assert is_layout_table(_table('<table role="presentation"><tr><td>a</td><td>b</td></tr></table>'))
    assert is_layout_table(_table("<table><tr><td><table><tr><td>x</td></tr></table></td><td>y</td></tr></table>"))
    assert is_layout_table(_table(f"<table><tr><td>Menu</td><td>{' '.join(PARAGRAPHS)}</td></tr></table>"))
    assert is_layout_table(_table("<table><tr><td>one box</td></tr><tr><td>of stacked rows</td></tr></table>"))
    assert is_layout_table(_table('<table><tr><td><img src="ferry.jpg"><br>The ferry at Orsund quay</td></tr></table>'))
    assert not is_layout_table(
        _table("<table><tr><td>“We will not sail on these rotas,” a deckhand said.</td></tr></table>")
    )
    assert not is_layout_table(_table("<table><tr><th>Route</th></tr><tr><td>Vikby</td></tr></table>"))
    assert not is_layout_table(
        _table("<table><tr><td>Vikby</td><td>14</td></tr><tr><td>Holmsta</td><td>8</td></tr></table>")
    )
