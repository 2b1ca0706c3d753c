"""Precision, recall and F1 of the arms-supply filter on the labelled dev set.

Run: uv run python bench/eval_filter.py [--verbose] [--data FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pantau.filter.classify import classify
from pantau.filter.watchlist import default_watchlist_path, load_watchlist

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "data" / "arms_devset.jsonl"


@dataclass
class Scores:
    """Counts and errors from one evaluation run."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    arms_right: int = 0
    total: int = 0
    direction_right: int = 0
    direction_total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of alerts that are true."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of true alerts raised."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def arms_accuracy(self) -> float:
        """Share of stories whose arms_supply flag is right."""
        return self.arms_right / self.total if self.total else 0.0

    @property
    def direction(self) -> float:
        """Share of true alerts raised with supplier and recipient both right."""
        return self.direction_right / self.direction_total if self.direction_total else 1.0


def evaluate(path: Path = DEVSET) -> Scores:
    """Classify every labelled story in path and score the verdicts."""
    watchlist = load_watchlist(default_watchlist_path())
    s = Scores()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        v = classify(row["title"], row["text"], watchlist)
        gold = bool(row["alert"])
        s.total += 1
        s.arms_right += v.arms_supply == bool(row["arms_supply"])
        if v.alert and gold:
            s.tp += 1
        elif v.alert:
            s.fp += 1
        elif gold:
            s.fn += 1
        else:
            s.tn += 1
        wrong = []
        if v.alert != gold or v.arms_supply != bool(row["arms_supply"]):
            wrong.append(
                f"alert {v.alert} (gold {gold}), arms {v.arms_supply} "
                f"(gold {row['arms_supply']}), watched {v.watched} (gold {row['watched']})"
            )
        if gold:
            s.direction_total += 1
            pair = (v.supplier, v.recipient)
            if v.alert and pair == (row["supplier"], row["recipient"]):
                s.direction_right += 1
            elif v.alert:
                wrong.append(
                    f"direction {pair[0]}->{pair[1]} (gold {row['supplier']}->{row['recipient']})"
                )
        if wrong:
            s.errors.append(
                f"{row['id']} [{row['lang']}] score {v.score:.2f} rule {v.rule}: "
                f"{'; '.join(wrong)}\n    title: {row['title']}\n"
                f"    evidence: {v.evidence}\n    note: {row.get('note', '')}"
            )
    return s


def main() -> int:
    """Print the figures and, with --verbose, every error."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--data", type=Path, default=DEVSET, help="labelled JSONL file")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"no labelled set at {args.data}")
        return 1
    s = evaluate(args.data)
    print(f"stories {s.total}  alerts gold {s.tp + s.fn}  raised {s.tp + s.fp}")
    print(f"alert precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}")
    print(f"arms_supply accuracy {s.arms_accuracy:.3f}")
    print(
        f"direction (supplier and recipient right, of true alerts) {s.direction:.3f} "
        f"({s.direction_right}/{s.direction_total})"
    )
    if args.verbose:
        print("\n".join(s.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
