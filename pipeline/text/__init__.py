"""Turning raw pages into clean article bodies. No Dagster here.

Public entry point: `extract_articles`.
"""

from pipeline.text.model import ExtractedArticle
from pipeline.text.extract import extract_articles

__all__ = ["ExtractedArticle", "extract_articles"]
