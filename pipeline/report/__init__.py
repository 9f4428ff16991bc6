"""The day report: one self-contained HTML page per ingestion day (map, timeline, top events). No Dagster here.

Public entry points: `render_report` (html.py, the page from frames) and `write_day_report` (day.py, read a day
from DuckDB and write its page). Map data: `data/` (built once by `build_world`; licences in data/README.md).
"""
