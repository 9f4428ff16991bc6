"""robots.txt rules as RFC 9309 defines them, with the wildcards news sites rely on."""

from __future__ import annotations

import pytest

from pipeline.sources.robots import parse_robots

ROBOTS = """
# comments and blank lines are ignored
User-agent: *
Disallow: /search
Disallow: /*?print=
Disallow: /*.pdf$
Allow: /search/help
Crawl-delay: 2

User-agent: EventBot
User-agent: otherbot
Disallow: /private/
Allow: /private/press/
Disallow: /drafts
Crawl-delay: 0.5
"""


@pytest.mark.parametrize(
    ("agent", "path", "allowed"),
    [
        ("somebot", "/news/story-1", True),
        ("somebot", "/search?q=x", False),
        ("somebot", "/search/help", True),
        ("somebot", "/news/story-1?print=1", False),
        ("somebot", "/files/report.pdf", False),
        ("somebot", "/files/report.pdf?download=1", True),
        ("eventbot", "/search?q=x", True),  # its own group replaces the * group
        ("EventBot", "/private/x", False),
        ("eventbot", "/private/press/release", True),  # the longer rule wins
        ("eventbot", "/drafts-2024", False),
        ("eventbot", "/robots.txt", True),
    ],
)
def test_rules_apply_by_agent_group_and_longest_match(agent: str, path: str, allowed: bool) -> None:
    assert parse_robots(ROBOTS).allowed(agent, "https://paper.example" + path) is allowed


def test_allow_wins_a_tie_of_equal_length() -> None:
    robots = parse_robots("User-agent: *\nDisallow: /page\nAllow: /page\n")
    assert robots.allowed("bot", "https://p.example/page") is True


def test_empty_disallow_restricts_nothing() -> None:
    assert parse_robots("User-agent: *\nDisallow:\n").allowed("bot", "https://p.example/anything") is True


def test_percent_encoding_does_not_hide_a_path() -> None:
    robots = parse_robots("User-agent: *\nDisallow: /caf\u00e9/\n")
    assert robots.allowed("bot", "https://p.example/caf%C3%A9/menu") is False


def test_crawl_delay_is_read_per_group() -> None:
    robots = parse_robots(ROBOTS)
    assert (robots.crawl_delay("eventbot"), robots.crawl_delay("somebot")) == (0.5, 2.0)


def test_rules_before_any_user_agent_line_are_ignored() -> None:
    assert parse_robots("Disallow: /\nUser-agent: *\nDisallow: /x\n").allowed("bot", "https://p.example/y") is True
