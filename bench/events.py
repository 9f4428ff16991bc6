"""Event benchmark: `python -m bench.events` (or `make bench-events`).

Every figure says what it was measured on: "tuned on" (we read its errors while writing rules or fitted a
model on it), "held out" (scored only), or "regression check" (the seeds: the rules were written for them).

(0) Real pages (bench/data/realtext, bench/realtext.py): precision of the event rows, share of rows in sentences
    that report no event, recall of the labelled events and rows per 20 pages that are not political news, on
    the development half (tuned on: eventness model fitted there) and the test half (held out).
(a) PLOVER gold sentences (../shared/data/events/plover_gsr_cameo/): one .txt per sentence through
    `python -m pipeline process`; event-type, source and target accuracy of the sentence's first event
    (smallest start offset). Reported on all 322 sentences and on two fixed halves (split by a hash of the
    record id): half A is the one we looked at while tuning the lexicons, half B is held out. The confusions
    and error classes printed are half A's only; for half B only the totals are shown.
(b) The seeds (../shared/seeds/) with their gold publication dates in a manifest, through the same CLI:
    the 21 key events of gold.json (same type or type_alternative, source and target actor, and date where
    the gold gives one), quantities and units of the quantity events, certainty of the hedged and reported
    ones, and mentions emitted twice for one clause (same clause, type, source and target). The same table is
    also computed with our functions fed the gold temporal expressions (the events stage alone, independent of
    the dates stage). A regression check: the rules were written while reading these articles.
(c) Speed: the events stage seconds from the CLI's _run.json, and a direct single-core timing of
    `extract_event_mentions` on 600-word articles made by cutting the seed bodies.

Actor matching on PLOVER: gold country codes as given (JAP and ITL read as JPN and ITA); any of our
international or non-state bodies matches the gold "IGO" or "NGO" code (the gold itself files Amnesty
International under IGO); when the gold target is empty, no target is right, and so is a
target that the gold lists among the (reciprocal) sources.

Writes bench/results/events.json.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow.dataset as ds

from bench.realtext import score_real_text
from pipeline.dates.model import TemporalExpression
from pipeline.events import extract_event_mentions
from pipeline.events.actors import body_kind, normalize_actor

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT / ".." / "shared").resolve()
PLOVER = SHARED / "data" / "events" / "plover_gsr_cameo" / "plover_gsr_flat.jsonl"
SEEDS = SHARED / "seeds"
OWN_EVENTS = ROOT / "bench" / "data" / "own_events"
OWN_FRESH = ROOT / "bench" / "data" / "own_events_fresh"
RESULTS = ROOT / "bench" / "results"
GOLD_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA"}


def half_of(record_id: str) -> str:
    return "A" if int(hashlib.sha256(record_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def run_cli(input_dir: Path, out_dir: Path, manifest: Path | None = None, day: str | None = None) -> dict:
    cmd = [sys.executable, "-m", "pipeline", "process", str(input_dir), "--out", str(out_dir)]
    if manifest:
        cmd += ["--manifest", str(manifest)]
    if day:
        cmd += ["--day", day]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"pipeline process failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads((out_dir / "_run.json").read_text())


def read_table(out_dir: Path, table: str) -> list[dict]:
    path = out_dir / table
    if not path.exists():
        return []
    return ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist()


def events_stage_seconds(run: dict) -> tuple[float | None, int | None]:
    stages = run.get("stages", {})
    for name in ("event_mentions", "events"):
        st = stages.get(name, {})
        if "seconds" in st and ("articles" in st or name == "events"):
            return float(st["seconds"]), st.get("articles")
    return None, None


# --- (a) PLOVER ----------------------------------------------------------------------------------------


def _gold_codes(actors: list[dict] | None) -> set[str]:
    codes = {GOLD_CODE_FIXES.get(a.get("code") or "", a.get("code") or "") for a in actors or []}
    return {"BODY" if c in ("IGO", "NGO") else c for c in codes}


def _actor_ok(pred: str | None, gold: set[str], reciprocal: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
    if not gold:
        return pred is None or (pred is not None and _as_gold_code(pred) in reciprocal)
    return pred is not None and _as_gold_code(pred) in gold


def _as_gold_code(pred: str) -> str:
    return "BODY" if body_kind(pred) else pred


@dataclass(frozen=True)
class GoldSentence:
    """One labelled sentence of a sentence set, whatever file it came from."""

    id: str
    text: str
    types: frozenset[str]  # the gold type and any accepted alternatives
    gold_type: str
    source: frozenset[str]
    target: frozenset[str]
    half: str  # "A" / "B" on PLOVER, "own" on our own set


def plover_sentences() -> list[GoldSentence]:
    rows = [json.loads(line) for line in PLOVER.read_text().splitlines() if line.strip()]
    return [
        GoldSentence(
            r["id"],
            r["text"],
            frozenset({r["event_plover"]}),
            r["event_plover"],
            frozenset(_gold_codes(r["source"])),
            frozenset(_gold_codes(r["target"])),
            half_of(r["id"]),
        )
        for r in rows
    ]


def own_sentences(folder: Path = OWN_EVENTS, fresh: bool = False) -> list[GoldSentence]:
    """Our own labelled sentences (bench/data/README.md): own_events/ is a development set (dev half read while
    writing rules, check half scored only); own_events_fresh/ is scored only."""
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            codes = lambda xs: frozenset("BODY" if c in ("IGO", "NGO") else c for c in xs)  # noqa: E731
            out.append(
                GoldSentence(
                    r["id"],
                    r["text"],
                    frozenset({r["event_type"], *r.get("type_alternatives", [])}),
                    r["event_type"],
                    codes(r["source"]),
                    codes(r["target"]),
                    "fresh" if fresh else ("dev" if half_of(r["id"]) == "A" else "check"),
                )
            )
    return out


def first_events_cli(sentences: list[GoldSentence], tmp: Path, name: str) -> tuple[dict[str, dict], dict]:
    """The first event (smallest start) of each sentence, one input file per sentence through the CLI."""
    in_dir = tmp / f"{name}_in"
    in_dir.mkdir()
    for g in sentences:
        (in_dir / f"{g.id}.txt").write_text(g.text + "\n")
    out_dir = tmp / f"{name}_out"
    run = run_cli(in_dir, out_dir)
    # A sentence that occurs twice in the set is one article and its copy (duplicate_of): same events.
    article_of = {a["input_path"]: a.get("duplicate_of") or a["article_id"] for a in read_table(out_dir, "articles")}
    first: dict[str, dict] = {}
    for e in sorted(read_table(out_dir, "events"), key=lambda e: (e["start"], e["end"], e["event_id"])):
        first.setdefault(e["article_id"], e)
    by_id = {}
    for g in sentences:
        article_id = article_of.get(f"{g.id}.txt")
        if article_id in first:
            by_id[g.id] = first[article_id]
    return by_id, run


def first_events_direct(sentences: list[GoldSentence]) -> dict[str, dict]:
    """The same through `extract_event_mentions` alone (no text or dates stage): a fast loop for development."""
    by_id = {}
    for g in sentences:
        mentions = extract_event_mentions(g.text, None, [])
        if mentions:
            by_id[g.id] = min(mentions, key=lambda m: (m.start, m.end)).__dict__
    return by_id


def score_sentences(sentences: list[GoldSentence], first: dict[str, dict]) -> list[dict]:
    per = []
    for g in sentences:
        e = first.get(g.id)
        per.append(
            {
                "id": g.id,
                "half": g.half,
                "gold_type": g.gold_type,
                "type": e["event_type"] if e else None,
                "source": e["source_actor"] if e else None,
                "target": e["target_actor"] if e else None,
                "gold_target": sorted(g.target),
                "gold_source": sorted(g.source),
                "type_ok": bool(e) and e["event_type"] in g.types,
                "source_ok": bool(e) and _actor_ok(e["source_actor"], set(g.source)),
                "target_ok": bool(e) and _actor_ok(e["target_actor"], set(g.target), set(g.source)),
            }
        )
    return per


def accuracy_table(groups: dict[str, list[dict]]) -> dict[str, dict]:
    def acc(sub: list[dict], key: str) -> float:
        return round(sum(p[key] for p in sub) / len(sub), 3) if sub else 0.0

    return {
        name: {
            "n": len(sub),
            "type": acc(sub, "type_ok"),
            "source": acc(sub, "source_ok"),
            "target": acc(sub, "target_ok"),
            "no_event": sum(1 for p in sub if p["type"] is None),
        }
        for name, sub in groups.items()
    }


def confusions_of(per: list[dict], top: int = 15) -> dict[str, int]:
    out: dict[str, int] = {}
    for p in per:
        if not p["type_ok"]:
            k = f"{p['gold_type']}->{p['type']}"
            out[k] = out.get(k, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1])[:top])


def bench_plover(tmp: Path) -> dict:
    sentences = plover_sentences()
    first, run = first_events_cli(sentences, tmp, "plover")
    per = score_sentences(sentences, first)
    table = accuracy_table(
        {
            "all": per,
            "A (tuned on)": [p for p in per if p["half"] == "A"],
            "B (held out)": [p for p in per if p["half"] == "B"],
        }
    )
    # Error analysis on half A only: half B stays held out, and only its totals are printed.
    half_a = [p for p in per if p["half"] == "A"]
    seconds, n_articles = events_stage_seconds(run)
    return {
        "table": table,
        "confusions": confusions_of(half_a),
        "error_classes_A": _error_classes(half_a),
        "events_stage_seconds": seconds,
        "articles": n_articles,
        "per_sentence": per,
    }


def bench_own(tmp: Path) -> dict:
    sentences = own_sentences() + own_sentences(OWN_FRESH, fresh=True)
    if not sentences:
        return {"table": {}, "confusions": {}, "error_classes": {}, "per_sentence": []}
    first, _ = first_events_cli(sentences, tmp, "own")
    per = score_sentences(sentences, first)
    dev = [p for p in per if p["half"] == "dev"]
    return {
        "table": accuracy_table(_own_groups(per)),
        "confusions_dev": confusions_of(dev),
        "error_classes_dev": _error_classes(dev),
        "per_sentence": per,
    }


def _error_classes(per: list[dict]) -> dict[str, int]:
    """What fails, by kind: no event at all, wrong type, and for each actor missing / wrong / spurious."""
    out = {
        "no event": 0,
        "wrong type": 0,
        "source missing": 0,
        "source wrong": 0,
        "target missing": 0,
        "target wrong": 0,
        "target spurious": 0,
    }
    for p in per:
        if p["type"] is None:
            out["no event"] += 1
            continue
        out["wrong type"] += not p["type_ok"]
        if not p["source_ok"]:
            out["source missing" if p["source"] is None else "source wrong"] += 1
        if not p["target_ok"]:
            if p["target"] is None:
                out["target missing"] += 1
            else:
                out["target spurious" if not p["gold_target"] else "target wrong"] += 1
    return out


# --- (b) seeds -----------------------------------------------------------------------------------------


def _gold_actor(name: str | None) -> str | None:
    return normalize_actor(name) if name else None


def score_seed_events(gold: dict, events_by_file: dict[str, list[dict]]) -> dict:
    rows = []
    for g in gold["events"]:
        fname = next(f for f in gold["articles"] if f.startswith(g["article"]))
        types = {g["type"], *g.get("type_alternatives", [])}
        src, tar = _gold_actor(g["source_actor"]), _gold_actor(g["target_actor"])
        candidates = [
            e
            for e in events_by_file.get(fname, [])
            if e["event_type"] in types and e["source_actor"] == src and e["target_actor"] == tar
        ]
        dated = [e for e in candidates if g.get("date") is None or e["event_date"] == g["date"]]
        row = {
            "article": g["article"],
            "type": g["type"],
            "source": src,
            "target": tar,
            "date": g.get("date"),
            "found": bool(dated),
            "actors_type_only": bool(candidates) and not dated,
            "got_dates": sorted({str(e["event_date"]) for e in candidates}),
        }
        if "quantity" in g:
            row["quantity_ok"] = any(
                e["quantity"] == g["quantity"] and e["quantity_unit"] == g.get("unit") for e in dated
            )
        if g.get("certainty") in ("hedged", "reported"):
            row["certainty_ok"] = any(e["certainty"] == g["certainty"] for e in dated)
            row["certainty_gold"] = g["certainty"]
        rows.append(row)
    duplicates = 0
    for events in events_by_file.values():
        keys = [
            (e.get("article_id"), e["start"], e["end"], e["event_type"], e["source_actor"], e["target_actor"])
            for e in events
        ]
        duplicates += len(keys) - len(set(keys))
    return {
        "found": sum(r["found"] for r in rows),
        "total": len(rows),
        "quantity_ok": sum(r.get("quantity_ok", False) for r in rows),
        "quantity_total": sum("quantity_ok" in r for r in rows),
        "certainty_ok": sum(r.get("certainty_ok", False) for r in rows),
        "certainty_total": sum("certainty_ok" in r for r in rows),
        "duplicate_clause_mentions": duplicates,
        "rows": rows,
    }


def bench_seeds(tmp: Path) -> dict:
    gold = json.loads((SEEDS / "gold.json").read_text())
    in_dir = tmp / "seeds_in"
    in_dir.mkdir()
    manifest = tmp / "seeds_manifest.csv"
    with manifest.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["path", "url", "published", "source", "title"])
        for fname, art in gold["articles"].items():
            (in_dir / fname).write_bytes((SEEDS / fname).read_bytes())
            w.writerow([fname, "", art["publication_date"], "", ""])
    out_dir = tmp / "seeds_out"
    run = run_cli(in_dir, out_dir, manifest=manifest)
    articles = {a["article_id"]: a["input_path"] for a in read_table(out_dir, "articles")}
    by_file: dict[str, list[dict]] = {}
    for e in read_table(out_dir, "events"):
        by_file.setdefault(articles.get(e["article_id"], "?"), []).append(e)
    cli = score_seed_events(gold, by_file)
    cli["events_stage_seconds"], cli["articles"] = events_stage_seconds(run)
    cli["n_events"] = sum(len(v) for v in by_file.values())
    cli["n_clusters"] = len(read_table(out_dir, "event_clusters"))
    return {"cli": cli, "gold_temporal": bench_seeds_gold_temporal(gold)}


def _gold_temporal(body: str, art: dict) -> list[TemporalExpression]:
    out = []
    for t in art.get("temporal", []):
        at = body.find(t.get("context") or t["text"])
        j = body.find(t["text"], at) if at >= 0 else -1
        if j >= 0:
            out.append(TemporalExpression(t["text"], j, j + len(t["text"]), t["value"], t.get("granularity", "day")))
    return out


def bench_seeds_gold_temporal(gold: dict) -> dict:
    by_file: dict[str, list[dict]] = {}
    for fname, art in gold["articles"].items():
        body = (SEEDS / fname).read_text()
        anchor = dt.date.fromisoformat(art["publication_date"])
        mentions = extract_event_mentions(body, anchor, _gold_temporal(body, art))
        by_file[fname] = [dict(m.__dict__, article_id=fname) for m in mentions]
    return score_seed_events(gold, by_file)


# --- (c) speed -----------------------------------------------------------------------------------------


def bench_speed(n_articles: int = 60) -> dict:
    words: list[str] = []
    for f in sorted(SEEDS.glob("*.txt")):
        words += f.read_text().split(" ")
    bodies = []
    for i in range(n_articles):
        offset = (i * 397) % max(1, len(words) - 600)
        bodies.append(" ".join(words[offset : offset + 600]))
    extract_event_mentions(bodies[0], dt.date(2024, 1, 1), [])  # build the lexicons once
    t0 = time.process_time()
    n_events = sum(len(extract_event_mentions(b, dt.date(2024, 1, 1), [])) for b in bodies)
    cpu = time.process_time() - t0
    return {
        "articles": n_articles,
        "words_per_article": 600,
        "cpu_seconds": round(cpu, 3),
        "articles_per_second": round(n_articles / cpu, 1) if cpu else None,
        "events": n_events,
    }


def print_own_errors(per: list[dict], sentences: list[GoldSentence]) -> None:
    text = {g.id: g.text for g in sentences}
    for p in per:
        if p["type_ok"] and p["source_ok"] and p["target_ok"]:
            continue
        print(
            f"{p['id']}: gold {p['gold_type']} {p['gold_source']}->{p['gold_target']}  "
            f"got {p['type']} {p['source']}->{p['target']}\n    {text[p['id']]}"
        )


def dev_loop(show_errors: bool) -> None:
    """`python -m bench.events --dev [--errors]`: our own set only, through the events functions alone (a few
    seconds). Errors are listed for the development half only; the check half (by the same hash split as
    PLOVER) is scored, never listed."""
    sentences = own_sentences()
    per = score_sentences(sentences, first_events_direct(sentences))
    if show_errors:
        print_own_errors([p for p in per if p["half"] == "dev"], sentences)
    _print_own(per)


def _own_groups(per: list[dict]) -> dict[str, list[dict]]:
    developed = [p for p in per if p["half"] != "fresh"]
    groups: dict[str, list[dict]] = {"dev+check": developed}
    for p in developed:
        groups.setdefault(p["half"], []).append(p)
    for p in developed:
        groups.setdefault(p["id"].split("-")[0], []).append(p)
    fresh = [p for p in per if p["half"] == "fresh"]
    if fresh:
        groups["fresh"] = fresh
    return groups


def _print_own(per: list[dict]) -> None:
    by_prefix = _own_groups(per)
    print(f"{'own set':<22}{'n':>5}{'type':>8}{'source':>8}{'target':>8}{'no event':>10}")
    labels = {"dev": "dev (tuned on)", "check": "check (held out)", "fresh": "fresh (held out)"}
    for name, r in accuracy_table(by_prefix).items():
        name = labels.get(name, name + (" (mixed)" if name != "dev+check" else " (half tuned on)"))
        print(f"{name:<22}{r['n']:>5}{r['type']:>8.3f}{r['source']:>8.3f}{r['target']:>8.3f}{r['no_event']:>10}")
    dev = [p for p in per if p["half"] == "dev"]
    print("type errors on the dev half (gold->ours):", ", ".join(f"{k} {v}" for k, v in confusions_of(dev).items()))
    print("error classes on the dev half:", ", ".join(f"{k} {v}" for k, v in _error_classes(dev).items()))


def _print_real_text(real: dict, plover_b: dict) -> None:
    """The headline table: precision on real pages (bench/data/realtext) beside PLOVER's held-out half."""
    pages = real["dev"]["pages"] + real["test"]["pages"]
    print(f"\nReal pages (bench/data/realtext: {pages} pages, first 40 sentences each, rubric docs/EVENT_LABELLING.md)")
    header = f"{'half':<26}{'pages':>6}{'rows':>6}{'precision':>11}{'rows in none':>14}{'recall':>8}"
    print(header + f"{'rows/20 other pages':>21}")
    for name, key in (("development (tuned on)", "dev"), ("test (held out)", "test")):
        r = real[key]
        print(
            f"{name:<26}{r['pages']:>6}{r['rows']:>6}{_fmt(r['precision']):>11}{_fmt(r['rows_in_no_event_sentences']):>14}"
            f"{_fmt(r['recall']):>8}{_fmt(r['rows_per_20_other_pages']):>21}"
        )
    print("targets (test half): precision >= 0.85, rows in no-event sentences <= 0.05, recall >= 0.50, <= 1 row per")
    print("20 pages that are not political news")
    print(
        f"PLOVER B (held out) beside it: type {plover_b['type']:.3f}, source {plover_b['source']:.3f}, "
        f"target {plover_b['target']:.3f} (targets 0.80 / 0.75 / 0.70)"
    )


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main() -> None:
    if "--dev" in sys.argv:
        dev_loop("--errors" in sys.argv)
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmpname:
        tmp = Path(tmpname)
        real, _ = score_real_text(tmp / "realtext")
        plover = bench_plover(tmp)
        own = bench_own(tmp)
        seeds = bench_seeds(tmp)
    speed = bench_speed()

    _print_real_text(real, plover["table"]["B (held out)"])
    print("\nPLOVER gold sentences (first event of each sentence, via the CLI)")
    print(f"{'set':<14}{'n':>5}{'type':>8}{'source':>8}{'target':>8}{'no event':>10}")
    for name, r in plover["table"].items():
        print(f"{name:<14}{r['n']:>5}{r['type']:>8.3f}{r['source']:>8.3f}{r['target']:>8.3f}{r['no_event']:>10}")
    print("targets: type >= 0.80, source >= 0.75, target >= 0.70")
    print(
        "most frequent type errors on half A (gold->ours):",
        ", ".join(f"{k} {v}" for k, v in plover["confusions"].items()),
    )
    print("error classes on half A:", ", ".join(f"{k} {v}" for k, v in plover["error_classes_A"].items()))

    if own["per_sentence"]:
        print(
            "\nOur own labelled sentences (bench/data: dev half read while writing rules, check half and fresh set "
            "scored only; first event, via the CLI)"
        )
        _print_own(own["per_sentence"])

    for label, s in (
        ("via the CLI (dates from the dates stage)", seeds["cli"]),
        ("events stage alone (gold temporal expressions)", seeds["gold_temporal"]),
    ):
        print(f"\nSeed key events, {label} (regression check: the rules were written on these articles)")
        print(
            f"{'art':<5}{'type':<10}{'source':<16}{'target':<16}{'date':<12}{'found':<7}{'qty':<6}{'cert':<6} got dates"
        )
        for r in s["rows"]:
            qty = "" if "quantity_ok" not in r else ("ok" if r["quantity_ok"] else "NO")
            cert = "" if "certainty_ok" not in r else ("ok" if r["certainty_ok"] else "NO")
            found = "yes" if r["found"] else ("date" if r["actors_type_only"] else "no")
            print(
                f"{r['article']:<5}{r['type']:<10}{str(r['source']):<16}{str(r['target']):<16}{str(r['date']):<12}"
                f"{found:<7}{qty:<6}{cert:<6} {','.join(r['got_dates'])}"
            )
        print(
            f"found {s['found']}/{s['total']} (target >= 18); quantities {s['quantity_ok']}/{s['quantity_total']}; "
            f"certainty {s['certainty_ok']}/{s['certainty_total']}; "
            f"duplicate clause mentions {s['duplicate_clause_mentions']}"
        )

    secs, arts = plover["events_stage_seconds"], plover["articles"]
    print("\nSpeed")
    if secs and arts:
        print(f"CLI events stage on {arts} PLOVER sentences: {secs:.2f} s ({arts / secs:.0f} inputs/s)")
    secs, arts = seeds["cli"]["events_stage_seconds"], seeds["cli"]["articles"]
    if secs and arts:
        print(
            f"CLI events stage on the {arts} seed articles (about 600 words each, first call builds the lexicons): "
            f"{secs:.2f} s ({arts / secs:.1f} articles/s)"
        )
    print(
        f"direct, one core, {speed['articles']} x 600-word articles: {speed['cpu_seconds']} s CPU -> "
        f"{speed['articles_per_second']} articles/s (target >= 10)"
    )

    result = {
        "real_text": {"development half (tuned on)": real["dev"], "test half (held out)": real["test"]},
        "plover": {k: v for k, v in plover.items() if k != "per_sentence"},
        "plover_per_sentence": plover["per_sentence"],
        "own": {k: v for k, v in own.items() if k != "per_sentence"},
        "own_per_sentence": own["per_sentence"],
        "seeds": seeds,
        "speed": speed,
    }
    (RESULTS / "events.json").write_text(json.dumps(result, indent=2, default=str))
    print(f"\nwrote {RESULTS / 'events.json'}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
