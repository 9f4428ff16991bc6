"""The real-text event set: sentences of real web pages, labelled by us, keyed without copying their text.

Pages come from the two public page sets in `../shared/data/` (read at run time, never copied). Each page is
run through `python -m pipeline process`; its bodies are split into sentences with the coder's own splitter,
and the first `MAX_SENTENCES` sentences of each page are the labelled unit. A label is stored as data in
`bench/data/realtext/labels.jsonl`: the page, the sentence's ordinal and a short hash of its whitespace-
normalised text, and the political events it reports (PLOVER type, source, target) or none. The page list
`pages.csv` says which half a page is in (development or test, by a hash of its id) and what kind of page it is.

    python -m bench.realtext worksheet OUT_DIR   # sentences with their keys, for labellers
                                                 # (the text stays outside the repo)
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED_DATA = PROJECT.parent / "shared" / "data"
REALTEXT = PROJECT / "bench" / "data" / "realtext"
PAGES_CSV = REALTEXT / "pages.csv"
LABELS = REALTEXT / "labels.jsonl"
MAX_SENTENCES = 40


def sentence_key(text: str) -> str:
    """A short, stable key for a sentence: sha1 of its whitespace-normalised text."""
    return hashlib.sha1(" ".join(text.split()).encode("utf8")).hexdigest()[:16]


def half_of(page_id: str) -> str:
    """'dev' or 'test', by a hash of the page id (stable, independent of the page's content)."""
    return "dev" if int(hashlib.sha256(page_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


@dataclass(frozen=True)
class Page:
    page_id: str  # "aeb/<id>" or "pubdate/<name>"
    path: Path
    url: str


def candidate_pages() -> list[Page]:
    """Every page of the two public sets, in a stable order."""
    aeb = SHARED_DATA / "article-extraction-benchmark"
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf8"))
    pages = [Page(f"aeb/{key}", aeb / "html" / f"{key}.html.gz", truth[key]["url"]) for key in sorted(truth)]
    pubdate = SHARED_DATA / "pubdate"
    for line in (pubdate / "gold.jsonl").read_text(encoding="utf8").splitlines():
        row = json.loads(line)
        path = pubdate / row["file"]
        if path.exists():
            pages.append(Page(f"pubdate/{path.name.removesuffix('.html.gz')}", path, row["url"]))
    seen: set[Path] = set()
    return [p for p in pages if not (p.path in seen or seen.add(p.path))]


def read_page_list() -> list[dict]:
    with PAGES_CSV.open(encoding="utf8") as handle:
        return list(csv.DictReader(handle))


def run_pages(pages: list[Page], out: Path) -> dict[str, list[dict]]:
    """Run `pipeline process` on the pages; article rows (sorted by segment) per page id."""
    from bench.extract import run_cli

    landing = out / "landing"
    landing.mkdir(parents=True)
    names = {}
    for index, page in enumerate(pages):
        name = f"p{index:04d}.html.gz"
        shutil.copyfile(page.path, landing / name)
        names[name.split(".")[0]] = page.page_id
    rows, _ = run_cli(landing, out / "tables")
    by_page = {names[Path(path).name.split(".")[0]]: found for path, found in rows.items()}
    return by_page


def page_sentences(articles: list[dict]) -> Iterator[tuple[int, int, str, int, int]]:
    """(ordinal, segment, text, start, end) of a page's first MAX_SENTENCES sentences, body by body."""
    from pipeline.events.sentences import split_sentences

    ordinal = 0
    for article in articles:
        for sentence in split_sentences(article["body"]):
            if ordinal >= MAX_SENTENCES:
                return
            if re.search(r"[A-Za-z]", sentence.text):
                yield ordinal, article["segment"], sentence.text, sentence.start, sentence.end
                ordinal += 1


def load_labels(path: Path = LABELS) -> dict[str, dict]:
    """page_id -> {"kind": ..., "sentences": {ordinal: {"key": ..., "events": [...]}}}."""
    pages: dict[str, dict] = {}
    if not path.exists():
        return pages
    for line in path.read_text(encoding="utf8").splitlines():
        row = json.loads(line)
        page = pages.setdefault(row["page_id"], {"kind": None, "sentences": {}})
        if "kind" in row:
            page["kind"] = row["kind"]
        else:
            page["sentences"][row["ordinal"]] = {"key": row["key"], "events": row["events"]}
    return pages


@dataclass
class Tally:
    """Counts behind the real-text figures of one half."""

    pages: int = 0
    sentences: int = 0
    labelled_events: int = 0
    found_events: int = 0
    rows: int = 0  # event rows in labelled sentences
    right_rows: int = 0  # ... whose type is a labelled event type (or alternative) of their sentence
    rows_in_none: int = 0  # ... in sentences labelled with no event
    unmatched_rows: int = 0  # rows in sentences whose text no longer matches the label key
    other_pages: int = 0  # pages that are not political news
    rows_on_other_pages: int = 0  # every event row on those pages, labelled sentence or not

    def figures(self) -> dict:
        share = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
        return {
            "pages": self.pages,
            "sentences": self.sentences,
            "labelled_events": self.labelled_events,
            "rows": self.rows,
            "precision": share(self.right_rows, self.rows),
            "rows_in_no_event_sentences": share(self.rows_in_none, self.rows),
            "recall": share(self.found_events, self.labelled_events),
            "other_pages": self.other_pages,
            "rows_per_20_other_pages": share(20 * self.rows_on_other_pages, self.other_pages),
            "unmatched_rows": self.unmatched_rows,
        }


def _types_of(event: dict) -> set[str]:
    return {event["type"], *event.get("alternatives", [])}


def score_page(label: dict, articles: list[dict], events: list[dict], tally: Tally, errors: list[dict]) -> None:
    """Add one page's rows to the tally; `errors` gets the wrong rows and the missed events."""
    by_article = {a["article_id"]: a["segment"] for a in articles}
    spans = list(page_sentences(articles))
    tally.pages += 1
    if label["kind"] != "political_news":
        tally.other_pages += 1
        tally.rows_on_other_pages += len(events)
    found: dict[int, list[dict]] = {}
    for ev in events:
        segment = by_article.get(ev["article_id"])
        for ordinal, seg, _text, start, end in spans:
            if seg == segment and start <= ev["start"] < end:
                found.setdefault(ordinal, []).append(ev)
                break
    for ordinal, _seg, text, _, _ in spans:
        gold = label["sentences"].get(ordinal)
        if gold is None:
            continue
        rows = found.get(ordinal, [])
        if gold["key"] != sentence_key(text):
            tally.unmatched_rows += len(rows)
            continue
        tally.sentences += 1
        gold_types = set().union(*(_types_of(e) for e in gold["events"])) if gold["events"] else set()
        tally.labelled_events += len(gold["events"])
        tally.rows += len(rows)
        tally.rows_in_none += 0 if gold["events"] else len(rows)
        for row in rows:
            right = row["event_type"] in gold_types
            tally.right_rows += right
            if not right:
                errors.append(
                    {
                        "kind": "false row",
                        "ordinal": ordinal,
                        "row": row["event_type"],
                        "source": row["source_actor"],
                        "target": row["target_actor"],
                        "gold": gold["events"],
                        "text": text,
                    }
                )
        for event in gold["events"]:
            hit = any(row["event_type"] in _types_of(event) for row in rows)
            tally.found_events += hit
            if not hit:
                errors.append(
                    {
                        "kind": "missed",
                        "ordinal": ordinal,
                        "gold": event,
                        "rows": [r["event_type"] for r in rows],
                        "text": text,
                    }
                )


def score_real_text(tmp: Path) -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """Run the pipeline on the labelled pages; figures per half and errors per half (page id on each)."""
    import pyarrow.dataset as ds

    labels = load_labels()
    pages = {p.page_id: p for p in candidate_pages()}
    chosen = [pages[row["page_id"]] for row in read_page_list() if row["page_id"] in labels]
    articles = run_pages(chosen, tmp)
    events = ds.dataset(tmp / "tables" / "events", format="parquet", partitioning="hive").to_table().to_pylist()
    owner = {a["article_id"]: page_id for page_id, rows in articles.items() for a in rows}
    events_by_page: dict[str, list[dict]] = {}
    for ev in events:
        events_by_page.setdefault(owner[ev["article_id"]], []).append(ev)
    tallies = {"dev": Tally(), "test": Tally()}
    errors: dict[str, list[dict]] = {"dev": [], "test": []}
    for page in chosen:
        half = half_of(page.page_id)
        found: list[dict] = []
        score_page(
            labels[page.page_id],
            articles.get(page.page_id, []),
            events_by_page.get(page.page_id, []),
            tallies[half],
            found,
        )
        errors[half].extend({"page_id": page.page_id, **e} for e in found)
    return {half: t.figures() for half, t in tallies.items()}, errors


def write_worksheet(out_dir: Path, unlabelled_only: bool = False) -> None:
    pages = {p.page_id: p for p in candidate_pages()}
    labelled = set(load_labels()) if unlabelled_only else set()
    chosen = [pages[row["page_id"]] for row in read_page_list() if row["page_id"] not in labelled]
    with tempfile.TemporaryDirectory() as tmp:
        rows = run_pages(chosen, Path(tmp))
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "worksheet.jsonl").open("w", encoding="utf8") as handle:
        for page in chosen:
            articles = rows.get(page.page_id, [])
            title = articles[0].get("title") if articles else None
            for ordinal, _segment, text, _, _ in page_sentences(articles):
                record = {
                    "page_id": page.page_id,
                    "half": half_of(page.page_id),
                    "url": page.url,
                    "title": title,
                    "ordinal": ordinal,
                    "key": sentence_key(text),
                    "text": text,
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def choose_pages(n_aeb: int, n_pubdate: int, skip: frozenset[str] = frozenset(), half: str | None = None) -> list[dict]:
    """English pages (by py3langid on the ground-truth body or the page text), a stable pseudo-random choice.

    `skip` leaves out pages already chosen and `half` keeps one half only, so that the set can grow by taking
    the next pages of the same order."""
    import py3langid

    from pipeline.text import extract_articles

    chosen: list[dict] = []
    quota = {"aeb": n_aeb, "pubdate": n_pubdate}
    ranked = sorted(candidate_pages(), key=lambda p: hashlib.sha256(("pick" + p.page_id).encode()).hexdigest())
    for page in ranked:
        family = page.page_id.split("/")[0]
        if quota[family] == 0 or page.page_id in skip or (half and half_of(page.page_id) != half):
            continue
        html = gzip.open(page.path, "rb").read().decode("utf8", errors="replace")
        articles = extract_articles(html, "html", url=page.url)
        body = "\n\n".join(a.body for a in articles)
        if len(body.split()) < 80 or py3langid.classify(body[:5000])[0] != "en":
            continue
        quota[family] -= 1
        chosen.append({"page_id": page.page_id, "half": half_of(page.page_id), "url": page.url})
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.realtext")
    sub = parser.add_subparsers(dest="command", required=True)
    pick = sub.add_parser("choose", help="choose English pages and write bench/data/realtext/pages.csv")
    pick.add_argument("--aeb", type=int, default=75)
    pick.add_argument("--pubdate", type=int, default=65)
    more = sub.add_parser("more", help="append the next English pages of one half to pages.csv (same order)")
    more.add_argument("--aeb", type=int, default=0)
    more.add_argument("--pubdate", type=int, default=0)
    more.add_argument("--half", choices=("dev", "test"), required=True)
    sheet = sub.add_parser("worksheet", help="write the sentences to label (with their text) outside the repo")
    sheet.add_argument("out_dir", type=Path)
    sheet.add_argument("--unlabelled", action="store_true", help="only pages that have no labels yet")
    score = sub.add_parser("score", help="score the pipeline on the labelled pages (development half errors listed)")
    score.add_argument("--errors", action="store_true", help="list the development half's errors")
    args = parser.parse_args(argv)
    if args.command == "score":
        with tempfile.TemporaryDirectory() as tmp:
            figures, errors = score_real_text(Path(tmp))
        print(json.dumps(figures, indent=1))
        if args.errors:
            for error in errors["dev"]:
                print(json.dumps(error, ensure_ascii=False))
        return 0
    if args.command == "choose":
        rows = choose_pages(args.aeb, args.pubdate)
        REALTEXT.mkdir(parents=True, exist_ok=True)
        with PAGES_CSV.open("w", encoding="utf8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["page_id", "half", "url"])
            writer.writeheader()
            writer.writerows(rows)
        print(f"{len(rows)} pages written to {PAGES_CSV}")
    elif args.command == "more":
        known = frozenset(row["page_id"] for row in read_page_list())
        rows = choose_pages(args.aeb, args.pubdate, skip=known, half=args.half)
        with PAGES_CSV.open("a", encoding="utf8", newline="") as handle:
            csv.DictWriter(handle, fieldnames=["page_id", "half", "url"]).writerows(rows)
        print(f"{len(rows)} pages appended to {PAGES_CSV}")
    else:
        write_worksheet(args.out_dir, unlabelled_only=args.unlabelled)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
