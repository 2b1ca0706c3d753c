"""Alert rate of the arms-supply filter on real outlet texts in ../shared/corpus/text.

Prints the rate per file and every alerted title with its evidence, so false alerts can be read.
Run: uv run python bench/corpus_alerts.py [--all-arms] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from pantau.filter.classify import classify
from pantau.filter.watchlist import default_watchlist_path, load_watchlist

TEXT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "text"


def _indosum_text(record: dict[str, object]) -> str:
    """Join indosum's tokenised paragraphs back into text."""
    paragraphs = record.get("paragraphs") or []
    assert isinstance(paragraphs, list)
    return "\n".join(" ".join(" ".join(sentence) for sentence in para) for para in paragraphs)


def read_articles(path: Path) -> Iterator[tuple[str, str]]:
    """(title, text) of each record in one corpus file."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if "isi_berita" in rec:
                yield rec.get("judul") or "", rec.get("isi_berita") or ""
            elif "paragraphs" in rec:
                slug = str(rec.get("id", "")).split("-", 1)[-1].replace("-", " ")
                yield slug, _indosum_text(rec)
            else:
                yield rec.get("title") or "", rec.get("description") or ""


FILES = (
    "gikirima-indonews-2025-06.jsonl",
    "indosum-dev-sample.jsonl",
    "tempo-rss-history-2025-2026.jsonl",
)


def main() -> int:
    """Classify every article and report alerts per file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all-arms", action="store_true", help="also list arms_supply non-alerts")
    parser.add_argument("--limit", type=int, default=0, help="articles per file (0: all)")
    args = parser.parse_args()
    if not TEXT_DIR.is_dir():
        print(f"skip: corpus not found at {TEXT_DIR.resolve()}")
        return 0
    watchlist = load_watchlist(default_watchlist_path())
    for name in FILES:
        path = TEXT_DIR / name
        if not path.exists():
            print(f"skip: {name} not found")
            continue
        total = alerts = arms = 0
        shown: list[str] = []
        for title, text in read_articles(path):
            total += 1
            v = classify(title, text, watchlist)
            alerts += v.alert
            arms += v.arms_supply
            if v.alert or (args.all_arms and v.arms_supply):
                flag = "ALERT" if v.alert else "arms "
                shown.append(
                    f"  {flag} {v.score:.2f} {v.supplier}->{v.recipient} [{v.rule}] "
                    f"{title[:90]}\n        evidence: {(v.evidence or '')[:200]}"
                )
            if args.limit and total >= args.limit:
                break
        rate = alerts / total if total else 0.0
        print(f"{name}: {total} articles, {alerts} alerts ({rate:.2%}), {arms} arms_supply")
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
