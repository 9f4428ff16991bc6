"""robots.txt as RFC 9309 defines it (urllib.robotparser lacks the `*` and `$` patterns news sites use).

Groups are chosen by product token (case-insensitive; all groups naming our token are merged, else the `*`
groups); within the group the longest matching rule wins and Allow wins a tie. Crawl-delay is read too
(not in the RFC, still widely used).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit


@dataclass(frozen=True)
class Rule:
    allow: bool
    pattern: str  # path pattern as written, normalised: may hold * and a final $

    @property
    def length(self) -> int:
        return len(self.pattern)

    def matches(self, path: str) -> bool:
        return _compiled(self.pattern).match(path) is not None


_CACHE: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    compiled = _CACHE.get(pattern)
    if compiled is None:
        anchored = pattern.endswith("$")
        body = pattern[:-1] if anchored else pattern
        regex = ".*".join(re.escape(part) for part in body.split("*"))
        compiled = re.compile(regex + ("$" if anchored else ""), re.DOTALL)
        if len(_CACHE) < 10_000:
            _CACHE[pattern] = compiled
    return compiled


def _normalise_path(path: str) -> str:
    """Percent-encoding made uniform so that /caf%C3%A9 and /café compare equal."""
    return quote(unquote(path), safe="/?=&;:@!$'()*+,-._~%")


@dataclass
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    crawl_delay: float | None = None


@dataclass(frozen=True)
class Robots:
    groups: tuple[_Group, ...] = ()

    def _groups_for(self, agent: str) -> list[_Group]:
        token = agent.lower()
        named = [g for g in self.groups if token in g.agents]
        return named or [g for g in self.groups if "*" in g.agents]

    def allowed(self, agent: str, url: str) -> bool:
        parts = urlsplit(url)
        path = _normalise_path((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        if path == "/robots.txt":
            return True
        best: Rule | None = None
        for group in self._groups_for(agent):
            for rule in group.rules:
                if not rule.matches(path):
                    continue
                if best is None or rule.length > best.length or (rule.length == best.length and rule.allow):
                    best = rule
        return best is None or best.allow

    def crawl_delay(self, agent: str) -> float | None:
        delays = [g.crawl_delay for g in self._groups_for(agent) if g.crawl_delay is not None]
        return max(delays) if delays else None


ALLOW_ALL = Robots()
_MAX_LINES = 50_000


def parse_robots(text: str) -> Robots:
    """Parse robots.txt text; unknown lines and malformed values are ignored, as the RFC asks."""
    groups: list[_Group] = []
    current: _Group | None = None
    last_was_agent = False
    for raw_line in text.splitlines()[:_MAX_LINES]:
        line = raw_line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower()
        if key == "user-agent":
            if current is None or not last_was_agent:
                current = _Group()
                groups.append(current)
            current.agents.append(value.lower())
            last_was_agent = True
            continue
        last_was_agent = False
        if current is None:
            continue  # rules before any user-agent line belong to no group
        if key in ("allow", "disallow"):
            if not value:
                continue  # "Disallow:" with nothing means no restriction
            if not value.startswith(("/", "*")):
                value = "/" + value
            current.rules.append(Rule(allow=key == "allow", pattern=_normalise_path(value)))
        elif key == "crawl-delay":
            try:
                delay = float(value)
            except ValueError:
                continue
            if delay >= 0:
                current.crawl_delay = delay
    return Robots(tuple(groups))
