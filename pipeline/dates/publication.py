"""First cut (to be replaced by issue 4's work)."""

from __future__ import annotations

import datetime as dt

from pipeline.dates.model import PublicationDate


def find_publication_date(
    *,
    body: str,
    html: str | None = None,
    url: str | None = None,
    published_text: str | None = None,
    manifest_hint: str | None = None,
    fetched_at: dt.date | None = None,
) -> PublicationDate:
    """Publication date in order of trust: page metadata, manifest hint, "Published" line, inference."""
    if manifest_hint:
        try:
            return PublicationDate(dt.date.fromisoformat(manifest_hint[:10]), "manifest")
        except ValueError:
            pass
    return PublicationDate(None, "unknown")
