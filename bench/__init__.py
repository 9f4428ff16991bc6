"""Benchmarks (`make bench`): extraction, dates, events, clusters, and `make chaos`. Every quality figure says
what it is measured on ("tuned on", "held out", "cross-validated", a baseline, or a regression check on the
seeds). Public evaluation sets are read from ../shared/data and never copied here; results go to
bench/results/.
"""
