"""Re-joining lines that a scraper hard-wrapped in the middle of a sentence.

A line is glued to the next one when the sentence visibly goes on: the line does not end a sentence and the
next line starts in lower case (or the line ends with a hyphen, a comma or an opening quote). Blank lines
always end a paragraph.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?。！？…:;\"'”’»)\]]\s*$")
_CONTINUES = re.compile(r"[,\-–(“\"‘]\s*$|\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|that|as)\s*$", re.I)
_STARTS_LOWER = re.compile(r"^[\"'“‘(]?[a-zà-ÿ]")
_HYPHEN_BREAK = re.compile(r"\w-$")
# A wire dateline on a line of its own: "NAIROBI, Kenya (AP) _", "HAVANA, August 7 (Xinhua) --".
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[\w .'’-]{2,40}){0,2}\s*(?:\([\w .&/-]{2,30}\))?\s*(?:_|--|—|–|-)\s*$"
)


def continues_on_next_line(line: str, next_line: str) -> bool:
    """True when `next_line` is the rest of the sentence `line` was cut in."""
    if not line or not next_line:
        return False
    if _DATELINE.match(line):
        return True
    if _SENTENCE_END.search(line):
        return False
    if _STARTS_LOWER.match(next_line):
        return True
    return bool(_CONTINUES.search(line)) and next_line[:1].isalnum() and len(line.split()) >= 6


def rejoin_wrapped(lines: list[str]) -> list[str]:
    """Lines (stripped; "" for a blank line) with hard-wrapped sentences glued back together.

    Blank lines are kept where they were so the caller can still see paragraph breaks.
    """
    out: list[str] = []
    for line in lines:
        if line and out and not out[-1]:
            # A dateline stays with its paragraph even when a blank line was put between them.
            k = len(out) - 1
            while k >= 0 and not out[k]:
                k -= 1
            if k >= 0 and _DATELINE.match(out[k]):
                del out[k + 1 :]
        if out and out[-1] and line and continues_on_next_line(out[-1], line):
            prev = out[-1]
            if _HYPHEN_BREAK.search(prev):
                out[-1] = prev + line  # "well-" + "known": keep the hyphen, drop the break
            else:
                out[-1] = prev + " " + line
        else:
            out.append(line)
    return out
