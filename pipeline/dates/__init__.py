"""Publication dates and temporal expressions. No Dagster here.

Public entry points: `find_publication_date`, `extract_temporal_expressions`.
"""

from pipeline.dates.model import PublicationDate, TemporalExpression
from pipeline.dates.publication import find_publication_date
from pipeline.dates.temporal import extract_temporal_expressions

__all__ = [
    "PublicationDate",
    "TemporalExpression",
    "find_publication_date",
    "extract_temporal_expressions",
]
