"""Cheap structural guards on decoded content, run before any parser sees it."""

from __future__ import annotations

import re

# Elements whose end tag HTML requires: an unclosed one really nests what follows. Elements with optional
# end tags (p, li, td, option ...) and void elements (br, img ...) are ignored so that sloppy but ordinary
# markup never looks deep.
_NESTING_ELEMENTS = frozenset(
    [
        "div",
        "span",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "table",
        "ul",
        "ol",
        "dl",
        "form",
        "blockquote",
        "figure",
        "a",
        "b",
        "i",
        "em",
        "strong",
        "font",
        "small",
        "big",
        "u",
        "s",
        "sup",
        "sub",
        "code",
        "pre",
        "label",
        "button",
        "select",
        "fieldset",
        "center",
    ]
)
_TAG_OR_SKIP = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)|<(/?)([a-zA-Z][a-zA-Z0-9]{0,20})\b[^<>]*?(/?)>",
    re.DOTALL | re.IGNORECASE,
)


def html_nesting_depth(html: str, *, stop_at: int) -> int:
    """Estimated element nesting depth of `html`, counting only elements with required end tags.

    Linear in the length of the text; returns as soon as the depth reaches `stop_at`, and returns 0 at once
    for a text with fewer than `stop_at` tags.
    """
    if html.count("<") < stop_at:
        return 0  # too few tags to ever get that deep (the exact depth is only needed near the limit)
    depth = 0
    deepest = 0
    for match in _TAG_OR_SKIP.finditer(html):
        name = match.group(3)
        if name is None:
            continue  # comment, script or style block
        name = name.lower()
        if name not in _NESTING_ELEMENTS or match.group(4):
            continue
        if match.group(2):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest >= stop_at:
                    return deepest
    return deepest
