"""Table contracts: pandera models (validation) and Arrow schemas (the published Parquet contract)."""

from schemas.contract import SCHEMA_VERSION, TABLES, arrow_schema, column_names, sql_types
from schemas.tables import (
    SCHEMAS,
    Articles,
    EventClusters,
    Events,
    Rejected,
    TableValidationError,
    TemporalExpressions,
    contract_frame,
    validate_table,
)

__all__ = [
    "SCHEMA_VERSION",
    "TABLES",
    "arrow_schema",
    "column_names",
    "sql_types",
    "SCHEMAS",
    "TableValidationError",
    "validate_table",
    "contract_frame",
    "Articles",
    "EventClusters",
    "Events",
    "Rejected",
    "TemporalExpressions",
]
