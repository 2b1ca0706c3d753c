"""Token-F1 of extract_page against the real pages with known bodies in ../shared/corpus/html.

Usage: uv run python bench/eval_extraction.py [--baseline] [--timing]

Prints per-page F1 and the mean; --baseline also scores plain trafilatura
(favor_precision, no comments); --timing reports ms/page of both.
Exits 2 with one line when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS_HTML = REPO.parent / "shared" / "corpus" / "html"
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Case:
    """One corpus page with its URL and known body text."""

    name: str
    path: Path
    url: str
    expected: str


def tokens(text: str) -> list[str]:
    """Lowercased word tokens."""
    return _TOKEN.findall(text.lower())


def token_f1(produced: str, expected: str) -> float:
    """F1 of the multiset overlap between two texts' word tokens."""
    ours, theirs = Counter(tokens(produced)), Counter(tokens(expected))
    overlap = sum((ours & theirs).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(ours.values()), overlap / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def load_cases(root: Path = CORPUS_HTML) -> list[Case]:
    """The anpandu single pages and the fundus Media Indonesia pages, with expected bodies."""
    cases: list[Case] = []
    anpandu = root / "anpandu-indonesian-news-scraper"
    for item in json.loads((anpandu / "expected_from_tests.json").read_text(encoding="utf-8")):
        if "content" in item and "singlepage" in item["fixture"]:
            path = anpandu / item["fixture"]
            cases.append(Case(path.name, path, item["url"], item["content"]))
    for expected_file in sorted((root / "fundus-mediaindonesia").glob("*.expected.json")):
        stem = expected_file.name.removesuffix(".expected.json")
        meta = json.loads((expected_file.parent / f"{stem}.meta.json").read_text(encoding="utf-8"))
        version = json.loads(expected_file.read_text(encoding="utf-8"))["V1"]
        paragraphs = [p for s in version["body"]["sections"] for p in s["paragraphs"]]
        url = next(iter(meta.values()))["url"]
        cases.append(Case(stem, expected_file.parent / f"{stem}.html", url, "\n".join(paragraphs)))
    return cases


def pantau_text(body: bytes, url: str) -> str:
    """Body text from Pantau's extractor."""
    from pantau.extract import extract_page

    result = extract_page(body, url)
    return result.text if result else ""


def trafilatura_text(body: bytes, url: str) -> str:
    """Body text from plain trafilatura with metadata, favouring precision, no comments."""
    import trafilatura

    document = trafilatura.bare_extraction(
        body, url=url, favor_precision=True, include_comments=False, with_metadata=True
    )
    return str(getattr(document, "text", "") or "") if document is not None else ""


def score(cases: list[Case], extractor: Callable[[bytes, str], str]) -> list[float]:
    """Token-F1 of each case."""
    return [token_f1(extractor(c.path.read_bytes(), c.url), c.expected) for c in cases]


def ms_per_page(cases: list[Case], extractor: Callable[[bytes, str], str], rounds: int) -> float:
    """Mean wall time per page over a few rounds, bytes already in memory."""
    bodies = [(c.path.read_bytes(), c.url) for c in cases]
    extractor(*bodies[0])
    start = time.perf_counter()
    for _ in range(rounds):
        for body, url in bodies:
            extractor(body, url)
    return (time.perf_counter() - start) * 1000 / (rounds * len(bodies))


def main(argv: list[str] | None = None) -> int:
    """Print per-page F1 and the mean."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", action="store_true", help="also score plain trafilatura")
    parser.add_argument("--timing", action="store_true", help="report ms/page of both")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (default 3)")
    args = parser.parse_args(argv)
    if not CORPUS_HTML.is_dir():
        print(f"error: corpus not found at {CORPUS_HTML} (put shared/ beside the repo)")
        return 2
    sys.path.insert(0, str(REPO))
    cases = load_cases()
    ours = score(cases, pantau_text)
    base = score(cases, trafilatura_text) if args.baseline else None
    for index, case in enumerate(cases):
        extra = f"  trafilatura {base[index]:.3f}" if base else ""
        print(f"{ours[index]:.3f}  {case.name}{extra}")
    print(f"mean F1 pantau {sum(ours) / len(ours):.4f} over {len(cases)} pages")
    if base:
        print(f"mean F1 trafilatura {sum(base) / len(base):.4f}")
    if args.timing:
        plain = ms_per_page(cases, trafilatura_text, args.rounds)
        mine = ms_per_page(cases, pantau_text, args.rounds)
        print(f"ms/page pantau {mine:.1f}  trafilatura {plain:.1f}  ratio {plain / mine:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
