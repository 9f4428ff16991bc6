"""Feed and sitemap parsing: untrusted XML in, page URLs out, no entity ever expanded."""

from __future__ import annotations

import pytest

from pipeline.sources.feeds import FeedError, parse_feed, parse_sitemap

SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def test_rss_links_are_resolved_against_the_feed_url() -> None:
    feed = b"<rss version='2.0'><channel><item><link>/news/7</link></item><item><link>./8</link></item></channel></rss>"
    assert parse_feed(feed, base_url="https://paper.example/feeds/main.xml") == [
        "https://paper.example/news/7",
        "https://paper.example/feeds/8",
    ]


def test_rss_guid_marked_not_permalink_is_not_a_url() -> None:
    feed = b"<rss><channel><item><guid isPermaLink='false'>tag:paper,2024:7</guid></item></channel></rss>"
    assert parse_feed(feed) == []


def test_rdf_feed_items_are_read() -> None:
    feed = (
        b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'>"
        b"<item><link>https://paper.example/a</link></item></rdf:RDF>"
    )
    assert parse_feed(feed) == ["https://paper.example/a"]


def test_atom_entry_link_without_rel_is_the_alternate_link() -> None:
    feed = (
        b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><link href='https://paper.example/b'/></entry>"
        b"<entry><link rel='self' href='https://paper.example/api/c'/></entry></feed>"
    )
    assert parse_feed(feed) == ["https://paper.example/b"]


def test_duplicate_items_are_listed_once() -> None:
    feed = b"<rss><channel><item><link>https://p.example/a</link></item><item><link>https://p.example/a</link></item></channel></rss>"
    assert parse_feed(feed) == ["https://p.example/a"]


def test_billion_laughs_is_refused() -> None:
    bomb = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>\
<rss><channel><item><link>&lol3;</link></item></channel></rss>"""
    with pytest.raises(FeedError, match=r"^XML entity declarations refused \(never expanded\)$"):
        parse_feed(bomb)


def test_external_entity_to_a_local_file_is_refused() -> None:
    xxe = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><rss><channel><item>
        <link>&x;</link></item></channel></rss>"""
    with pytest.raises(FeedError, match=r"^XML entity declarations refused"):
        parse_feed(xxe)


def test_html_page_served_as_a_feed_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match=r"^not an RSS or Atom feed \(root element <html>\)$"):
        parse_feed(b"<html><body><p>hello</p></body></html>")


def test_empty_document_is_refused() -> None:
    with pytest.raises(FeedError, match="^empty document$"):
        parse_feed(b"  \n")


def test_sitemap_urlset_gives_page_urls() -> None:
    sitemap = f"<urlset {SITEMAP_NS}><url><loc> https://p.example/1 </loc></url><url><loc>https://p.example/2</loc></url></urlset>"
    parsed = parse_sitemap(sitemap.encode())
    assert (parsed.page_urls, parsed.sitemap_urls) == (["https://p.example/1", "https://p.example/2"], [])


def test_sitemap_index_gives_child_sitemaps() -> None:
    index = f"<sitemapindex {SITEMAP_NS}><sitemap><loc>https://p.example/s1.xml</loc></sitemap></sitemapindex>"
    parsed = parse_sitemap(index.encode())
    assert (parsed.page_urls, parsed.sitemap_urls) == ([], ["https://p.example/s1.xml"])


def test_feed_is_not_a_sitemap() -> None:
    with pytest.raises(FeedError, match=r"^not a sitemap \(root element <rss>\)$"):
        parse_sitemap(b"<rss><channel/></rss>")
