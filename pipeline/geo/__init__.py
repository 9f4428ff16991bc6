"""Offline geocoding of event locations. No Dagster here.

Public entry points: `geocode` (one location, with the countries its article names as context) and
`geocode_mentions` (the geo columns of an event-mentions frame). Data: `data/` (GeoNames extracts and our own
regions, built once by `build_gazetteer`; licences in data/README.md).
"""
