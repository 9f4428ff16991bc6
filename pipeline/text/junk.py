"""Families of boilerplate lines that flattened news pages carry around the article body.

Each family is a small set of patterns written for the shape of the line, not for a particular site.
`junk_family(line)` names the family a line belongs to, or returns None for a line that may be body text.
"""

from __future__ import annotations

import re

# Whole-line prompts: the line is nothing but the prompt (plus counts or arrows).
_PROMPT_WORDS = r"""
    share(?:\s+(?:this(?:\s+(?:article|story|post|page))?|on\s+\w+|via\s+\w+|article|story|post))?|shares?|tweet|pin(?:\s+it)?|email|print|reddit|
    facebook|twitter|linkedin|whatsapp|telegram|pinterest|flipboard|instagram|youtube|tiktok|mix|rss|
    sharing\s+is\s+caring!?|spread\s+the\s+love|like\s+us\s+on\s+\w+|follow\s+us(?:\s+on\s+\w+)?|follow(?:\s+\S+){0,3}\s+on\s+\w+|
    (?:\w+\s+)?(?:channel|group)\s+join\s+now|join\s+now|
    leave\s+a\s+(?:comment|reply|review)|post\s+a\s+comment|add\s+a\s+comment|be\s+the\s+first\s+to\s+comment|
    \d+\s+comments?|comments?|no\s+comments?(?:\s+yet)?|view\s+comments|show\s+comments|join\s+the\s+(?:conversation|discussion)|
    read\s+(?:full\s+)?(?:article|story|more)|read\s+the\s+full\s+(?:article|story)|continue\s+reading|
    click\s+here|see\s+more|load\s+more|show\s+more|more\s+stories|more\s+news|
    related(?:\s+(?:posts?|articles?|stories|news|content|topics))?|recommended(?:\s+for\s+you)?|
    you\s+(?:may|might)\s+also\s+like|trending(?:\s+now|\s+news)?|most\s+(?:read|popular|viewed|shared)|
    popular\s+(?:posts|stories)|most\s+read\s+in\s+.{3,30}|more\s+in\s+.{3,40}|view\s+all(?:\s+\(?\d+\)?)?|latest\s+(?:news|posts|stories)|top\s+stories|editor'?s\s+picks?|
    next\s+(?:article|post|story)|order\s+reprints|(?:print|email|e-mail)(?:\s+this)?\s+(?:article|story|page)|previous\s+(?:article|post|story)|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|
    advertisement|advert|ad|ads|sponsored(?:\s+content)?|publicidade|anzeige|werbung|pubblicità|реклама|
    subscribe(?:\s+now)?|sign\s+up|log\s+in|login|sign\s+in|register|newsletter|menu|search|home|
    privacy\s+policy|terms\s+(?:of\s+(?:use|service)|&\s+conditions)|cookie\s+policy|contact\s+us|about\s+us|
    tags?|categories|filed\s+under|topics|
    listen(?:\s+to\s+(?:this\s+)?(?:article|story))?|watch|video|photo|photos|gallery|image
"""
_PROMPT_LINE = re.compile(rf"^\W*(?:\d+\s*)?(?:{_PROMPT_WORDS})\W*(?:\d+\W*)?$", re.I | re.X)

# Labelled lead-ins: "RELATED: ...", "MUST READ: ...", "SOURCE: www...", "ALSO READ | ...".
_LEAD_IN = re.compile(
    r"""^\W{0,3}(?:related(?:\s+coverage(?:\s+from\s+[^:]{2,60})?)?|also|must\s+read|also\s+read|read\s+also|read\s+more|see\s+also|more|recommended|
    source|sources|via|tags?|topics?|filed\s+under|categor(?:y|ies)|more\s+on\s+this|watch|listen|
    advertisement|sponsored|promoted|trending|top\s+news|editor'?s\s+pick|leia\s+também|lesen\s+sie\s+auch|
    leggi\s+anche|lire\s+aussi|читайте\s+также)\s*[:|»>–—-]""",
    re.I | re.X,
)

# Newsletter / subscription / cookie / consent notices.
_NOTICE = re.compile(
    r"""(?:\bsubscribe\b.*\b(?:newsletter|today|now|channel|updates?|inbox|latest)\b|
    \bsign\s+up\b.*\b(?:newsletter|updates|free|inbox|email)\b|\bnewsletter\b.*\b(?:sign\s+up|subscribe|inbox)\b|
    \bwe\s+use\s+cookies\b|\bcookies?\b.*\b(?:website|browser|consent|opt[\s-]out|your\s+experience)\b|\bthis\s+(?:web)?site\s+uses\s+cookies\b|\baccept\s+(?:all\s+)?cookies\b|
    \bby\s+continuing\s+to\s+(?:use|browse)\b|\bclick\s+here\b|\bstay\s+(?:updated|tuned|informed)\b.*\b(?:latest|news|updates|insights)\b|
    \bis\s+now\s+on\s+(?:whatsapp|telegram|google\s+news)\b|\bfollow\s+us\s+on\b|\bjoin\s+our\s+(?:whatsapp|telegram)\b|
    \bif\s+you\s+buy\s+something\s+through\b|\bwe\s+may\s+(?:earn|receive)\s+(?:a\s+)?(?:commission|share)\b|
    \baffiliate\s+(?:links?|commission)\b|\b(?:are\s+)?registered\s+trademarks?\b|\bare\s+trademarks\s+of\b|\ball\s+rights\s+reserved\b|\bcopyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}|^copyright\s+\S+(?:\s+\S+){0,4}\s+\d{4}\b[^.!?]*$|
    \bdownload\s+(?:the|our)\s+app\b|^(?:get|receive)\s+(?:our|the)\b.{0,60}\bnewsletters?\b|
    \bthis\s+document\s+is\s+subject\s+to\s+copyright\b|^citation\s*:|
    \bshare\s+(?:it|this(?:\s+(?:story|article))?)\s+with\s+(?:a\s+friend|your\s+friends)\b|^subscribe\s+to\s+\S+(?:\s+\S+){0,3}\s+on\s+\w+|
    \bif\s+you\s+(?:enjoyed|liked|value)\s+this\s+(?:article|story|post)\b|\bfor\s+your\s+personal,?\s+non-commercial\s+use\b|
    \bsubscriptions?\b.*\b(?:use\s+the\s+code|promo\s+code|free\s+trial|for\s+as\s+little\s+as)\b|
    ^an\s+error\s+(?:has\s+)?occurred|^follow\s+(?:\S+\s+){1,8}on\s+(?:facebook|twitter|instagram|x)\b|\bsupport\s+(?:independent|our)\s+journalism\b|
    \bfor\s+more\s+(?:news|stories|updates)\b.*\b(?:follow|visit|subscribe|click)\b)""",
    re.I | re.X,
)

# Credits: agency tags, reporting/editing credits, image credits.
_CREDIT = re.compile(
    r"""^\W*(?:with\s+(?:afp|ap|reuters|dpa|efe|ansa|xinhua|agencies|ani|pti|ians)|
    (?:additional\s+)?reporting\s+by\b|(?:writing|editing|edited|compiled|translated)\s+by\b|
    (?:image|photo|picture|video)\s*(?:credit|courtesy|source)?\s*[:|]|
    (?:photo|photograph|image|picture)s?\s+(?:by|courtesy\s+of)\b|credit\s*:|
    source\s*:|sources\s*:|
    .{0,120}\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\b|
    (?:write|email|e-mail|reach|contact)\s+(?:to\s+)?(?:the\s+)?\S+(?:\s+\S+){0,3}\s+(?:at|on|via)\s+\S*(?:@|\.com|twitter)|
    (?:afp|ap|reuters|getty\s+images|epa|shutterstock|file)(?:\s+photo)?\s*$)""",
    re.I | re.X,
)

# Photo captions in flattened text.
_CAPTION_START = re.compile(
    r"^(?:©|\(c\)\s)|^\W*(?:(?:image|photo|media|video)\s+(?:caption|copyright|source)\b|"
    r"(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+\b|\d{1,2}\s+of\s+\d{1,2}\s+\S|in\s+this\s+(?:photo|picture|image|file\s+photo|handout)|this\s+(?:photo|picture|image|handout)|"
    r"(?:file\s+)?photo\s*:|above\s*:|pictured\s*:|(?:top|main|header|lead)\s+(?:photo|image)\s*:)",
    re.I,
)
_CAPTION_END = re.compile(
    r"(?:(?-i:\[[A-Z][A-Z .&/-]{1,30}\])|\((?:photo|image|picture|file|(?-i:Getty|AP|AFP|Reuters|EPA))\b[^)]{0,60}\)|"
    r"\b(?:AP|AFP|Reuters|EPA)\s+Photo(?:/[\w .'-]+)?|Getty\s+Images|Shutterstock|"
    r"/(?:AP|AFP|Reuters|EPA|[A-Z][\w]+ Images)|\b(?:Credit|Photo|Image|Picture|Foto)s?\s*:\s*[^.!?]{2,60}|"
    r"(?-i:\([A-Z][\w .&-]{1,40}/[\w .&/-]{2,60}\))|\bvia\s+(?:AP|AFP|Reuters|Getty\s+Images))\W*$",
    re.I,
)
_AGENCY_PHOTO = re.compile(r"\b(?:AP|AFP|Reuters|EPA|Xinhua)\s+(?:Photo|Images)\s*/|\bGetty\s+Images\b|\(Photo\b")

# Navigation crumbs and meta lines: "Home > World > Asia", "5 min read", "Updated 3 hours ago".
_META = re.compile(
    r"""^\W*(?:\d+\s*(?:min(?:ute)?s?|mins?)\s+read|reading\s+time\b|tempo\s+de\s+leitura|lesezeit|
    (?:last\s+)?updated\s*[:\-]?\s*(?:on\s+|at\s+)?(?:\d|[a-z]{3,9}\s+\d|\d+\s+\w+\s+ago)|
    \d+\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago\s*$|
    (?:\w+\s+)?(?:\d{1,2}|[a-z]{3,9})\.?\s+(?:\d{1,2}|[a-z]{3,9}),?\s+\d{4},?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$|
    home\s*[>»/|]|(?:\w+\s*[>»]\s*){2,}\w+\s*$)""",
    re.I | re.X,
)


# Comment threads: "jane says:", "Bob on May 2, 2019 at 4:47 pm said:", "Reply", "Rating: 36 Votes".
_COMMENT = re.compile(
    r"""^(?:\S+(?:\s+\S+){0,3}\s+(?:says|said|wrote|writes)\s*:|
    .{0,60}\bon\s+.{3,30}\d{4},?\s+at\s+\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:said|says|wrote)?\s*:?|
    (?:\d+\s+)?(?:reply|replies|like|likes|report|share)(?:\s*[|·•]\s*(?:reply|like|report|share|\d+))*|
    rating\s*:\s*\d+\s+votes?.{0,30}|\(?view\s+all\)?|log\s+in\s+to\s+reply|
    \d+\s+(?:responses?|replies|reactions|comments?)\b.{0,80}|
    click\s+to\s+(?:share|email|print)\b.{0,60})$""",
    re.I | re.X,
)

# Lines that open the comment thread under an article.
_COMMENTS_START = re.compile(
    r"""^\W*(?:\d+\s+)?(?:comments?|responses?|replies|reactions|discussion)\W*(?:\(\d+\))?\W*$|
    ^\W*(?:leave|post|add|write)\s+a\s+(?:comment|reply|review)|^\W*be\s+the\s+first\s+to\s+(?:comment|review)|
    ^\W*join\s+the\s+(?:conversation|discussion)|^\W*(?:top|most)\s+(?:rated|recent|popular)\s+comments|
    ^\W*(?:show|view|load|read)\s+(?:all\s+)?(?:\d+\s+)?comments|^\W*(?:\d+|one|two|three)\s+(?:responses?|comments?|thoughts|replies|reactions)\s+(?:to|on)\b|
    ^.{0,60}\bon\s+.{3,30}\d{4},?\s+at\s+\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:said|says|wrote)\s*:?\s*$|
    \|\s*\d+\s+comments?\s*$""",
    re.I | re.X,
)

# Lines that open a related-stories or sharing box (inside or after an article).
_BOX_START = re.compile(
    r"""^\W*related\s+(?:posts?|articles?|stories|news|content|reading|links|coverage)\W*$|^\W*(?:more\s+)?(?:on\s+)?this\s+topic\W*$|^\W*you\s+(?:may|might)\s+also\s+(?:like|enjoy)|
    ^\W*(?:more\s+stories|more\s+from|read\s+next|recommended\s+for\s+you|what\s+to\s+read\s+next)\b|
    ^\W*(?:share\s+this|click\s+to\s+share)\b""",
    re.I | re.X,
)


# Lines that open an about-the-author box after the article ("About the author", "Sobre Ana Lima").
_ABOUT_AUTHOR = re.compile(
    r"^\W*(?:about|sobre|über|à\s+propos\s+de|informazioni\s+su|o\s+autorze|об\s+авторе)\s+"
    r"(?:the\s+author|(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}))\W*$",
    re.I,
)


def opens_author_box(line: str) -> bool:
    """True for a heading like "About the author" or "About Jane Roe" that opens a biography box."""
    return bool(_ABOUT_AUTHOR.match(line.strip()))


def opens_comment_section(line: str) -> bool:
    """True for a line that starts the comment thread under an article ("12 Comments", "Leave a Reply")."""
    text = line.strip()
    return len(text.split()) <= 20 and bool(_COMMENTS_START.search(text))


def opens_box(line: str) -> bool:
    """True for a line that starts a related-stories or sharing box ("Related posts", "Share this:")."""
    text = line.strip()
    return len(text.split()) <= 12 and bool(_BOX_START.search(text))


# Cheap gates: a line without any of these words cannot match the expensive patterns below them.
_NOTICE_WORDS = (
    "share it with",
    "share this with",
    "subscri",
    "newsletter",
    "citation",
    "document is subject",
    "enjoyed this",
    "liked this",
    "value this",
    "non-commercial",
    "error",
    "follow",
    "sign up",
    "newsletter",
    "cookie",
    "continuing to",
    "click",
    "stay ",
    "is now on",
    "follow us",
    "join our",
    "buy something",
    "may earn",
    "may receive",
    "affiliate",
    "rights reserved",
    "copyright",
    "©",
    "download",
    "journalism",
    "trademark",
    "for more",
)
_AGENCY_WORDS = ("photo", "getty", "images")


# A row of prompts on one line: "Comments (0) | Leave a Comment", "Print · Email · Share".
_PROMPT_SEPARATOR = re.compile(r"\s[|·•]\s")


def _all_prompts(text: str) -> bool:
    parts = [p.strip() for p in _PROMPT_SEPARATOR.split(text)]
    return all(p and len(p.split()) <= 8 and _PROMPT_LINE.match(p) for p in parts)


def junk_family(line: str) -> str | None:
    """The boilerplate family of one line ("prompt", "lead-in", "notice", "credit", "caption", "meta"), or None."""
    text = line.strip()
    if not text:
        return None
    n_words = len(text.split())
    if n_words <= 8 and _PROMPT_LINE.match(text):
        return "prompt"
    if n_words <= 16 and _PROMPT_SEPARATOR.search(text) and _all_prompts(text):
        return "prompt"
    if _LEAD_IN.match(text):
        return "lead-in"
    lowered = text.lower()
    if n_words <= 80 and any(word in lowered for word in _NOTICE_WORDS) and _NOTICE.search(text):
        return "notice"
    if n_words <= 25 and _CREDIT.match(text):
        return "credit"
    if n_words <= 60 and (
        _CAPTION_START.match(text)
        or _CAPTION_END.search(text[-80:])
        or (any(word in lowered for word in _AGENCY_WORDS) and _AGENCY_PHOTO.search(text))
    ):
        return "caption"
    if n_words <= 12 and _META.match(text):
        return "meta"
    if n_words <= 20 and _COMMENT.match(text):
        return "comment"
    return None
