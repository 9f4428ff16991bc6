"""Fit the eventness model on the development half of the real-text labels: `python -m bench.train_eventness`.

1. Runs `pipeline process` on the development pages of `bench/data/realtext/` (never the test half) and codes
   every clause of their bodies without a threshold (`coded_clauses`), keeping those in labelled sentences.
2. A coded clause is a positive when its type is a labelled event type (or alternative) of its sentence.
3. Fits an L2-regularised logistic regression (Newton steps, numpy, deterministic) on the feature vectors of
   `pipeline.events.eventness`.
4. Chooses the published threshold by a rule fixed before any test figure is read: of the grid 0.1, 0.15 ...
   0.5, the threshold with the highest out-of-fold F0.5 on the development half (precision weighs twice as much
   as recall: the issue puts precision first), lowered one grid step at a time while the seeds miss their
   targets (a regression check): every key event through the CLI, at least 18 of 21 with their gold dates (the
   events stage alone; at 0.25 these fell from 18 to 16 while the CLI kept 21). The 5-fold cross-validation
   grouped by page reports the out-of-fold precision and recall at every threshold of the grid, so that users
   can pick theirs, and so that the figure we publish is not a fit to its own rows.
5. Writes the weights, threshold and the cross-validated figures to `pipeline/events/data/eventness_weights.json`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from pathlib import Path

import numpy as np
import pyarrow.dataset as ds

from bench.realtext import (
    candidate_pages,
    half_of,
    load_labels,
    page_sentences,
    read_page_list,
    run_pages,
    sentence_key,
)
from pipeline.dates.model import TemporalExpression
from pipeline.events import eventness
from pipeline.events.extract import coded_clauses

TARGET_PRECISION = 0.85
# The published threshold is the one of this grid with the highest out-of-fold F0.5 on the development half
# (precision weighs twice as much as recall: the issue puts precision first); ties go to the lower threshold.
THRESHOLD_GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
F_BETA = 0.5
REPORTED_THRESHOLDS = THRESHOLD_GRID
L2 = 1.0
FOLDS = 5


def dev_candidates(tmp: Path) -> list[dict]:
    """Every coded clause in a labelled sentence of a development page: page, features, right or not."""
    labels = load_labels()
    pages = {p.page_id: p for p in candidate_pages()}
    chosen = [
        pages[r["page_id"]] for r in read_page_list() if r["page_id"] in labels and half_of(r["page_id"]) == "dev"
    ]
    articles = run_pages(chosen, tmp)
    temporal: dict[str, list[TemporalExpression]] = {}
    table = ds.dataset(tmp / "tables" / "temporal_expressions", format="parquet", partitioning="hive").to_table()
    for te in table.to_pylist():
        value = te["value"]
        temporal.setdefault(te["article_id"], []).append(
            TemporalExpression(te["text"], te["start"], te["end"], value, te["granularity"])
        )
    rows: list[dict] = []
    for page in chosen:
        rows.extend(_page_rows(page.page_id, labels[page.page_id], articles.get(page.page_id, []), temporal))
    return rows


def _page_rows(page_id: str, label: dict, articles: list[dict], temporal: dict) -> list[dict]:
    spans = list(page_sentences(articles))
    rows: list[dict] = []
    for article in articles:
        if article.get("duplicate_of"):
            continue
        anchor = article["published_date"]
        anchor = anchor.date() if isinstance(anchor, dt.datetime) else anchor
        for mention, vector in coded_clauses(article["body"], anchor, temporal.get(article["article_id"], [])):
            for ordinal, segment, text, start, end in spans:
                if segment != article["segment"] or not start <= mention.start < end:
                    continue
                gold = label["sentences"].get(ordinal)
                if gold is None or gold["key"] != sentence_key(text):
                    break
                types = {t for e in gold["events"] for t in (e["type"], *e.get("alternatives", []))}
                if mention.confidence == 0.0:
                    break  # gated (see eventness.gated): never published, not part of the fit
                rows.append(
                    {
                        "page": page_id,
                        "ordinal": ordinal,
                        "type": mention.event_type,
                        "x": vector,
                        "y": float(mention.event_type in types),
                        "none": not gold["events"],
                    }
                )
                break
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method with an L2 penalty on the weights (not the bias)."""
    design = np.hstack([np.ones((len(x), 1)), x])
    beta = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-design @ beta))
        gradient = design.T @ (p - y) + penalty @ beta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[1:], float(beta[0])


def _fold(page: str) -> int:
    return int(hashlib.sha256(("fold" + page).encode()).hexdigest(), 16) % FOLDS


def cross_validated_scores(rows: list[dict]) -> np.ndarray:
    """Out-of-fold confidence of every row, folds grouped by page."""
    x = np.array([r["x"] for r in rows])
    y = np.array([r["y"] for r in rows])
    folds = np.array([_fold(r["page"]) for r in rows])
    scores = np.zeros(len(rows))
    for k in range(FOLDS):
        test = folds == k
        weights, bias = fit(x[~test], y[~test])
        scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ weights + bias)))
    return scores


def figures_at(rows: list[dict], scores: np.ndarray, threshold: float, labelled_events: int) -> dict:
    kept = [r for r, s in zip(rows, scores, strict=True) if s >= threshold]
    right = sum(r["y"] for r in kept)
    found = {(r["page"], r["ordinal"], r["type"]) for r in kept if r["y"]}
    return {
        "threshold": round(threshold, 3),
        "rows": len(kept),
        "precision": round(right / len(kept), 3) if kept else None,
        "rows_in_no_event_sentences": round(sum(r["none"] for r in kept) / len(kept), 3) if kept else None,
        "recall_upper_bound": round(len(found) / labelled_events, 3) if labelled_events else None,
    }


def f_beta(precision: float | None, recall: float | None, beta: float = F_BETA) -> float:
    """The F-measure that weighs precision 1/beta times as much as recall (0 when either is 0 or missing)."""
    if not precision or not recall:
        return 0.0
    return (1 + beta**2) * precision * recall / (beta**2 * precision + recall)


def chosen_threshold(table: dict[str, dict]) -> float:
    """The threshold of the grid whose out-of-fold figures have the highest F0.5 (the lowest of equals)."""
    best = max(
        table.values(),
        key=lambda row: (round(f_beta(row["precision"], row["recall_upper_bound"]), 3), -row["threshold"]),
    )
    return float(best["threshold"])


# With their gold dates (the events stage alone) the seeds must find at least this many of their 21 key events.
SEED_TARGET_GOLD_DATES = 18


def seeds_meet_their_targets() -> bool:
    """With the weights file as it stands, do the seeds keep every key event through the CLI, and at least
    SEED_TARGET_GOLD_DATES with their gold dates?"""
    from bench.events import bench_seeds

    eventness.model.cache_clear()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = bench_seeds(Path(tmp))
    cli, gold = seeds["cli"], seeds["gold_temporal"]
    print(f"threshold {eventness.model().threshold}: seeds keep {cli['found']}/{cli['total']} through the CLI,")
    print(f"  {gold['found']}/{gold['total']} with gold dates")
    return cli["found"] == cli["total"] and gold["found"] >= SEED_TARGET_GOLD_DATES


def main() -> None:
    labels = load_labels()
    labelled_events = sum(
        len(s["events"]) for pid, page in labels.items() if half_of(pid) == "dev" for s in page["sentences"].values()
    )
    with tempfile.TemporaryDirectory() as tmp:
        rows = dev_candidates(Path(tmp))
    x = np.array([r["x"] for r in rows])
    y = np.array([r["y"] for r in rows])
    scores = cross_validated_scores(rows)
    table = {str(t): figures_at(rows, scores, t, labelled_events) for t in REPORTED_THRESHOLDS}
    for row in table.values():
        row["f05"] = round(f_beta(row["precision"], row["recall_upper_bound"]), 3)
    weights, bias = fit(x, y)
    best = chosen_threshold(table)
    out = {
        "features": list(eventness.FEATURES),
        "weights": [round(float(w), 4) for w in weights],
        "bias": round(bias, 4),
        "threshold": best,
        "threshold_rule": f"highest out-of-fold F0.5 on the development half ({best}), lowered while the seeds "
        f"lose a key event through the CLI or find fewer than {SEED_TARGET_GOLD_DATES} of 21 with gold dates",
        "fitted_on": f"development half of bench/data/realtext ({len(rows)} coded clauses, {int(y.sum())} right)",
        "cross_validated_on_development_half": table,
    }
    for threshold in sorted((t for t in THRESHOLD_GRID if t <= best), reverse=True):
        out["threshold"] = threshold
        eventness.WEIGHTS_FILE.write_text(json.dumps(out, indent=1) + "\n", encoding="utf8")
        if seeds_meet_their_targets():
            break
    print(json.dumps(out, indent=1))
    for name, w in sorted(zip(eventness.FEATURES, weights, strict=True), key=lambda p: p[1]):
        print(f"  {name:22s} {w:+.2f}")


if __name__ == "__main__":
    main()
