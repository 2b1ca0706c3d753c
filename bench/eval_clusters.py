"""Precision and recall of story clustering on pairs built from real outlet texts.

Positives are one real article and an edited copy of it (verbatim, sentences dropped or
reordered, lede rewritten, boilerplate added, cut short, or several edits at once), as
syndication and rewrites produce. Negatives are two different real articles on the same
topic (their titles share content words). Each pair goes through the same StoryIndex the
warehouse uses (LSH candidates, then the similarity rule), published an hour apart.

Run: uv run python bench/eval_clusters.py [--pairs N] [--verbose]
Needs ../shared/corpus/text beside the repository; exits 0 with a note when it is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pantau.clusters import cluster, normalise, shingles
from pantau.digest.grouping import title_tokens

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "text"
START = datetime(2025, 6, 1, tzinfo=UTC)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass(frozen=True, slots=True)
class Doc:
    """One real article from the corpus."""

    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Pair:
    """Two texts and whether they are one story, with how the second was made."""

    kind: str
    same: bool
    a: str
    b: str


@dataclass
class Scores:
    """Pair counts by outcome, and the kinds that went wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    merged: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of merged pairs that are one story."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of one-story pairs that were merged."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _csv_docs(path: Path) -> Iterator[Doc]:
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield Doc(row.get("title") or "", row.get("content") or "")


def load_docs(corpus: Path = CORPUS) -> list[Doc]:
    """Full-text articles of at least 120 words, each text once."""
    docs: list[Doc] = []
    with (corpus / "gikirima-indonews-2025-06.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            docs.append(Doc(obj.get("judul") or "", obj.get("isi_berita") or ""))
    for name in ("detik", "kompas", "republika"):
        docs.extend(_csv_docs(corpus / f"gikirima-old-dataset-berita_{name}.csv"))
    seen: set[str] = set()
    kept = []
    for doc in docs:
        key = " ".join(normalise(doc.text))
        if len(key.split()) >= 120 and key not in seen:
            seen.add(key)
            kept.append(doc)
    return kept


def _sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in _SENTENCE.split(line) if s.strip()]


def _drop(rng: random.Random, text: str) -> str:
    parts = _sentences(text)
    keep = [s for s in parts if rng.random() > 0.3] or parts[:1]
    return "\n".join(keep)


def _reorder(rng: random.Random, text: str) -> str:
    parts = _sentences(text)
    cut = sorted(rng.sample(range(1, len(parts)), 2)) if len(parts) > 3 else [1, 1]
    blocks = [parts[: cut[0]], parts[cut[0] : cut[1]], parts[cut[1] :]]
    rng.shuffle(blocks)
    return "\n".join(s for block in blocks for s in block)


def _lede(rng: random.Random, text: str) -> str:
    parts = _sentences(text)
    words = " ".join(parts[:2]).split()
    rng.shuffle(words)
    return "\n".join([" ".join(words[: max(8, len(words) // 2)]) + ".", *parts[2:]])


def _boilerplate(rng: random.Random, text: str, titles: list[str]) -> str:
    parts = _sentences(text)
    out = ["JAKARTA (Kantor Berita) - " + parts[0], *parts[1:]]
    for _ in range(3):
        out.insert(rng.randrange(1, len(out) + 1), f"Baca juga: {rng.choice(titles)}")
    out.insert(rng.randrange(1, len(out) + 1), "ADVERTISEMENT")
    out += ["Editor: Redaksi", "Copyright © 2026 Kantor Berita. Hak cipta dilindungi."]
    return "\n".join(out)


def _short(rng: random.Random, text: str) -> str:
    parts = _sentences(text)
    return "\n".join(parts[: max(3, len(parts) // 2)])


def _mixed(rng: random.Random, text: str, titles: list[str]) -> str:
    return _boilerplate(rng, _lede(rng, _drop(rng, text)), titles)


def build_pairs(docs: list[Doc], count: int, seed: int = 7) -> list[Pair]:
    """`count` positive pairs (edited copies) and up to `count` same-topic negatives."""
    rng = random.Random(seed)
    titles = [d.title for d in docs if d.title]
    edits: dict[str, Callable[[random.Random, str], str]] = {
        "copy": lambda _r, t: t,
        "drop": _drop,
        "reorder": _reorder,
        "lede": _lede,
        "boilerplate": lambda r, t: _boilerplate(r, t, titles),
        "short": _short,
        "mixed": lambda r, t: _mixed(r, t, titles),
    }
    kinds = list(edits)
    pairs = []
    for i, doc in enumerate(rng.sample(docs, min(count, len(docs)))):
        kind = kinds[i % len(kinds)]
        pairs.append(Pair(kind, True, doc.text, edits[kind](rng, doc.text)))
    return pairs + _negatives(docs, count, rng)


def _negatives(docs: list[Doc], count: int, rng: random.Random) -> list[Pair]:
    """Different articles whose titles share at least two content words."""
    by_word: dict[str, list[int]] = {}
    tokens = [title_tokens(d.title) for d in docs]
    for i, words in enumerate(tokens):
        for word in words:
            by_word.setdefault(word, []).append(i)
    found: list[Pair] = []
    seen: set[tuple[int, int]] = set()
    order = list(range(len(docs)))
    rng.shuffle(order)
    for i in order:
        for j in sorted({j for w in tokens[i] for j in by_word[w][:200]}):
            pair = (min(i, j), max(i, j))
            if i == j or pair in seen or len(tokens[i] & tokens[j]) < 2:
                continue
            seen.add(pair)
            if _exact_jaccard(docs[i].text, docs[j].text) >= 0.5:
                continue  # the same article collected twice: not a fair negative
            found.append(Pair("same-topic", False, docs[i].text, docs[j].text))
            break
        if len(found) >= count:
            break
    return found


def _exact_jaccard(a: str, b: str) -> float:
    left, right = shingles(normalise(a)), shingles(normalise(b))
    return len(left & right) / len(left | right) if left and right else 0.0


def evaluate(pairs: list[Pair]) -> Scores:
    """Cluster each pair on its own and score merged versus labelled."""
    scores = Scores()
    for pair in pairs:
        stories = cluster([("a", START, pair.a), ("b", START + timedelta(hours=1), pair.b)])
        merged = stories["a"] == stories["b"]
        if merged and pair.same:
            scores.tp += 1
        elif merged:
            scores.fp += 1
            scores.merged.append((pair.a[:80], pair.b[:80]))
        elif pair.same:
            scores.fn += 1
            scores.missed[pair.kind] += 1
        else:
            scores.tn += 1
    return scores


def main() -> int:
    """Print precision and recall of story clustering."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=700, help="positive pairs (and negatives)")
    parser.add_argument("--verbose", action="store_true", help="show misses and false merges")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: corpus not found at {CORPUS.resolve()}")
        return 0
    docs = load_docs()
    pairs = build_pairs(docs, args.pairs)
    scores = evaluate(pairs)
    positives = scores.tp + scores.fn
    negatives = scores.fp + scores.tn
    print(f"{len(docs)} real articles; {positives} one-story pairs, {negatives} same-topic pairs")
    print(f"precision {scores.precision:.3f}  recall {scores.recall:.3f}")
    print(f"missed by edit: {dict(scores.missed) or 'none'}; false merges: {scores.fp}")
    if args.verbose:
        for a, b in scores.merged:
            print(f"  merged: {a!r} ~ {b!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
