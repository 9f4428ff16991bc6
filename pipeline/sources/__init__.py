"""Inputs to records: files of a landing folder (HTML, text, JSON/JSONL, WARC, feeds, any of them gzipped),
pages fetched over HTTP (URL lists, RSS/Atom feeds, sitemaps), byte decoding. Every input becomes a
`RawRecord` or a `Rejection` with its reason. No Dagster here.
"""
