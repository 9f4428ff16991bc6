"""Benchmark of the `language` column: `python -m bench.language` (or `make bench-language`).

  python -m bench.language                 # run the CLI, print the figures, write bench/results/language.json
  python -m bench.language --read sample   # also print the start of each sampled body (how it was labelled)
  python -m bench.language --read draw     # print a fresh draw of the sample (by the rule below) instead
  python -m bench.language --read all      # also print the start of every page's body

Copies the htmldate benchmark's pages (../shared/data/pubdate/pages/*.html.gz, many languages: 995 of the set's
999 files; the four named .htm.gz or .gz are left out) into a temporary landing folder, runs `python -m pipeline
process` on it (with each page's URL in a manifest) and reads the articles table's `language` (of segment 0; a page
without an article has none). For each page it also reads the
markup's language with lxml: `<html lang>` (or `xml:lang`), else `<meta http-equiv|name="content-language">`,
reduced to its primary subtag.

Prints the distribution of detected languages, how often detection and markup disagree (by pair), and accuracy
on a hand-checked sample (`bench/data/language_sample.csv`: page file, true ISO 639-1 code, stratum; see
bench/data/README.md). The sample was labelled by reading the start of each extracted body and is scored only,
never tuned on. It holds every page whose detected and markup languages disagreed when it was drawn (stratum
`disagree`, at most 60) and a hash-ordered draw of the other pages with a body (stratum `rest`), so besides the
plain sample accuracy the report weights the two strata by their sizes at drawing time for an estimate over all
pages with a body. Compared on the same sample: the markup language alone, and the rule before py3langid (script
and function-word counts, the markup only when that gave nothing; copied below from git history).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import math
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import lxml.html

from bench.extract import run_cli

PROJECT = Path(__file__).resolve().parent.parent
SHARED = (PROJECT / ".." / "shared").resolve()
PUBDATE = SHARED / "data" / "pubdate"
PAGES = PUBDATE / "pages"
SAMPLE_CSV = PROJECT / "bench" / "data" / "language_sample.csv"
RESULTS = PROJECT / "bench" / "results"
SAMPLE_SIZE = 120
MAX_DISAGREE = 60
NO_ARTICLE = "(no article)"
NONE = "(none)"

_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")


# --- the markup's language --------------------------------------------------------------------------------------


def _primary(raw: str | None) -> str | None:
    m = _TAG.match((raw or "").strip())
    return m.group(1).lower() if m else None


def markup_language(raw: bytes) -> str | None:
    """`<html lang>` / `xml:lang`, else a content-language meta element; primary subtag, lower case."""
    from pipeline.sources.decode import DecodeFailure, decode_bytes

    try:
        text = decode_bytes(raw, kind="html").text
    except DecodeFailure:
        return None
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None
    root = tree.getroottree().getroot()
    for attr in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
        code = _primary(root.get(attr))
        if code:
            return code
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("name") or "").strip().lower()
        if key == "content-language":
            code = _primary((meta.get("content") or "").split(",")[0])
            if code:
                return code
    return None


# --- the rule before py3langid (pipeline/text/language.py before commit 9c27d60), for comparison only ----------

_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for it was on with as by at from this be are have has not".split()),
    "de": frozenset("der die das und ist nicht mit den von zu ein eine auf für sich dem auch es im des".split()),
    "fr": frozenset("le la les et des est une un du en que pour dans qui pas sur au par avec ce".split()),
    "es": frozenset("el la los las y de que en un una es por con para del se no al lo como".split()),
    "pt": frozenset("o a os as e de que em um uma do da no na para com não se por dos das".split()),
    "it": frozenset("il la le e di che un una per non con del della è sono gli si da nel".split()),
    "nl": frozenset("de het een en van is dat op te in voor niet met zijn er die aan ook".split()),
    "id": frozenset("yang dan di dengan untuk ini itu dari tidak akan pada dalam ke juga ada adalah".split()),
}


def old_rule(body: str, markup: str | None) -> str | None:
    sample = body[:3000]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return markup
    if not sample.isascii():
        counts = {code: len(pattern.findall(sample)) for code, pattern in _SCRIPTS}
        code, count = max(counts.items(), key=lambda item: item[1])
        if count >= 0.3 * letters:
            return "ja" if code == "zh" and counts["ja"] > 0 else code
    words = Counter(w.lower() for w in _WORD.findall(sample))
    hits = {lang: sum(words[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best, best_hits = max(hits.items(), key=lambda item: item[1])
    return best if best_hits >= 5 else markup


# --- running the pipeline -----------------------------------------------------------------------------------------


def _stable_hash(name: str) -> str:
    return hashlib.sha256(f"language-sample:{name}".encode()).hexdigest()


def run_pages(work: Path) -> tuple[dict[str, dict], dict]:
    """One record per page file: detected language, markup language, body (segment 0)."""
    urls = {}
    for line in (PUBDATE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            urls.setdefault(Path(row["file"]).name, row["url"])
    landing = work / "landing"
    landing.mkdir()
    files = sorted(PAGES.glob("*.html.gz"))
    for path in files:
        shutil.copyfile(path, landing / path.name)
    manifest = work / "manifest.jsonl"
    with manifest.open("w", encoding="utf-8") as fh:
        for path in files:
            if path.name in urls:
                fh.write(json.dumps({"path": path.name, "url": urls[path.name]}) + "\n")
    rows, run_info = run_cli(landing, work / "out", manifest)
    by_name = {Path(k).name: v for k, v in rows.items()}
    pages: dict[str, dict] = {}
    for path in files:
        found = by_name.get(path.name) or []
        raw = gzip.open(path, "rb").read()
        body = found[0]["body"] if found else None
        pages[path.name] = {
            "detected": (found[0]["language"] or None) if found else None,
            "has_article": bool(found),
            "segments": len(found),
            "markup": markup_language(raw),
            "body": body,
        }
    return pages, {"pages": len(files), "cli_seconds": round(run_info["wall_seconds"], 1)}


def disagrees(page: dict) -> bool:
    return (
        page["has_article"] and bool(page["detected"]) and bool(page["markup"]) and page["detected"] != page["markup"]
    )


def select_sample(pages: dict[str, dict]) -> list[tuple[str, str]]:
    """(file, stratum): every disagreeing page (at most MAX_DISAGREE, by hash), the rest by hash among pages with
    a non-empty body."""
    with_body = sorted(
        (n for n, p in pages.items() if p["has_article"] and (p["body"] or "").strip()), key=_stable_hash
    )
    disagree = [n for n in with_body if disagrees(pages[n])][:MAX_DISAGREE]
    rest = [n for n in with_body if not disagrees(pages[n])][: SAMPLE_SIZE - len(disagree)]
    return [(n, "disagree") for n in disagree] + [(n, "rest") for n in rest]


def load_sample() -> list[dict]:
    with SAMPLE_CSV.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if row["file"] and not row["file"].startswith("#")]


# --- scoring ------------------------------------------------------------------------------------------------------


def _wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    if not n:
        return None
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)


def _accuracy(rows: list[dict], key: str) -> dict:
    labelled = [r for r in rows if r["language"]]
    right = sum(1 for r in labelled if r[key] == r["language"])
    answered = sum(1 for r in labelled if r[key])
    return {
        "n": len(labelled),
        "correct": right,
        "accuracy": round(right / len(labelled), 4) if labelled else None,
        "wilson95": _wilson(right, len(labelled)),
        "answered": answered,
    }


def score_sample(pages: dict[str, dict], sample: list[dict], population: dict[str, int]) -> dict:
    rows = []
    missing = []
    for s in sample:
        page = pages.get(s["file"])
        if page is None or not page["has_article"]:
            missing.append(s["file"])
            continue
        rows.append(
            {
                "file": s["file"],
                "stratum": s["stratum"],
                "language": s["language"],
                "detected": page["detected"],
                "markup": page["markup"],
                "old_rule": old_rule(page["body"] or "", page["markup"]),
            }
        )
    result: dict = {
        "labelled": len(rows),
        "missing": missing,
        "undetermined_label": sum(1 for r in rows if not r["language"]),
    }
    for key in ("detected", "markup", "old_rule"):
        overall = _accuracy(rows, key)
        strata = {name: _accuracy([r for r in rows if r["stratum"] == name], key) for name in ("disagree", "rest")}
        total = sum(population.values())
        weighted = None
        if total and all(strata[k]["accuracy"] is not None for k in population):
            weighted = round(sum(population[k] * strata[k]["accuracy"] for k in population) / total, 4)
        result[key] = {"sample": overall, "by_stratum": strata, "weighted_estimate": weighted}
    result["errors"] = [
        {k: r[k] for k in ("file", "stratum", "language", "detected", "markup")}
        for r in rows
        if r["language"] and r["detected"] != r["language"]
    ]
    confusion = Counter(f"{r['language']}->{r['detected']}" for r in result["errors"])
    result["error_pairs"] = dict(confusion.most_common())
    return result


def summarise(pages: dict[str, dict]) -> dict:
    with_article = {n: p for n, p in pages.items() if p["has_article"]}
    detected = Counter(p["detected"] or NONE for p in with_article.values())
    markup = Counter(p["markup"] or NONE for p in pages.values())
    both = [p for p in with_article.values() if p["detected"] and p["markup"]]
    dis = [p for p in both if p["detected"] != p["markup"]]
    pairs = Counter(f"{p['markup']}->{p['detected']}" for p in dis)
    return {
        "pages": len(pages),
        "pages_with_article": len(with_article),
        "pages_without_article": len(pages) - len(with_article),
        "detected_distribution": dict(detected.most_common()),
        "markup_distribution": dict(markup.most_common()),
        "with_both": len(both),
        "disagree": len(dis),
        "disagree_share": round(len(dis) / len(both), 4) if both else None,
        "disagree_pairs_markup_to_detected": dict(pairs.most_common()),
        "detected_without_markup": sum(1 for p in with_article.values() if p["detected"] and not p["markup"]),
        "markup_without_detected": sum(1 for p in with_article.values() if p["markup"] and not p["detected"]),
    }


def _fmt_counts(counts: dict[str, int], limit: int = 60) -> str:
    items = list(counts.items())
    text = ", ".join(f"{k} {v}" for k, v in items[:limit])
    return text + (f", ... ({len(items) - limit} more)" if len(items) > limit else "")


def _fmt_acc(block: dict) -> str:
    s = block["sample"]
    strata = block["by_stratum"]
    parts = [f"{s['correct']}/{s['n']} = {s['accuracy']:.1%}" if s["accuracy"] is not None else "n/a"]
    for name in ("disagree", "rest"):
        a = strata[name]
        if a["n"]:
            low, high = a["wilson95"]
            parts.append(f"{name} {a['correct']}/{a['n']} (95% {low:.1%}-{high:.1%})")
    if block["weighted_estimate"] is not None:
        parts.append(f"weighted over all pages with a body {block['weighted_estimate']:.1%}")
    return "; ".join(parts)


def report(summary: dict, scored: dict, run_info: dict) -> None:
    print(
        f"Language of the htmldate benchmark's pages through `pipeline process` ({summary['pages']} pages, "
        f"{summary['pages_with_article']} with an article, CLI {run_info['cli_seconds']} s)"
    )
    print(f"  detected (segment 0): {_fmt_counts(summary['detected_distribution'])}")
    print(f"  markup (<html lang> / content-language): {_fmt_counts(summary['markup_distribution'])}")
    print(
        f"  detection vs markup, pages with an article and both: {summary['disagree']}/{summary['with_both']} "
        f"disagree ({summary['disagree_share']:.1%}); detected without markup {summary['detected_without_markup']}"
    )
    print(f"  disagreeing pairs (markup->detected): {_fmt_counts(summary['disagree_pairs_markup_to_detected'])}")
    print()
    print(
        f"Hand-checked sample (scored, not tuned on): {scored['labelled']} pages"
        f" ({scored['undetermined_label']} without a determinable language, left out)"
        + (f"; {len(scored['missing'])} sampled pages no longer give an article" if scored["missing"] else "")
    )
    print(f"  our `language` column:    {_fmt_acc(scored['detected'])}")
    print(
        f"  markup language alone:    {_fmt_acc(scored['markup'])} (answers {scored['markup']['sample']['answered']})"
    )
    print(f"  old rule (before langid): {_fmt_acc(scored['old_rule'])}")
    if scored["error_pairs"]:
        print(f"  our errors (true->detected): {_fmt_counts(scored['error_pairs'])}")


def _print_starts(pages: dict[str, dict], chosen: list[tuple[str, str]], chars: int) -> None:
    for name, stratum in chosen:
        p = pages[name]
        start = " ".join((p["body"] or "").split())[:chars]
        print(f"=== {name} | {stratum} | detected={p['detected']} markup={p['markup']}\n{start}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--read", choices=("sample", "draw", "all"), help="print the start of bodies (see above)")
    parser.add_argument("--chars", type=int, default=300, help="characters of each body --read prints")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-language-") as tmp:
        pages, run_info = run_pages(Path(tmp))
    summary = summarise(pages)
    if args.read == "draw":
        with_body = [p for p in pages.values() if p["has_article"] and (p["body"] or "").strip()]
        n_dis = sum(1 for p in with_body if disagrees(p))
        print(f"# population: disagree {n_dis}, rest {len(with_body) - n_dis}")
        _print_starts(pages, select_sample(pages), args.chars)
        return
    sample = load_sample()
    scored = score_sample(pages, sample, SAMPLE_POPULATION)
    report(summary, scored, run_info)
    RESULTS.mkdir(parents=True, exist_ok=True)
    per_page = {
        n: {"detected": p["detected"], "markup": p["markup"], "has_article": p["has_article"]} for n, p in pages.items()
    }
    out = {
        "run": run_info,
        "summary": summary,
        "sample": scored,
        "sample_population": SAMPLE_POPULATION,
        "pages": per_page,
    }
    (RESULTS / "language.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS / 'language.json'}")
    if args.read == "sample":
        print()
        _print_starts(pages, [(s["file"], s["stratum"]) for s in sample if s["file"] in pages], args.chars)
    elif args.read == "all":
        print()
        _print_starts(pages, [(n, "disagree" if disagrees(p) else "-") for n, p in sorted(pages.items())], args.chars)


# sizes of the two strata among pages with a body when the sample was drawn (weights of the weighted estimate)
SAMPLE_POPULATION = {"disagree": 30, "rest": 958}

if __name__ == "__main__":
    main()
