"""The arms-supply filter scored on its labelled sets: synthetic, real (high confidence), reviews.

Prints per set and kind: alert precision, recall, F1, supplier->recipient right (of true
alerts), false alerts per 1,000 non-alerts, the share of labelled transfers found, and the
share of those found with the labelled stance.
Precision counts as 0 when nothing is flagged. `--part` picks the tuning part, the held-out
part (what tests/test_filter_gate.py pins) or all of each set.

Run: uv run python bench/eval_filter.py [--part held|tune|all] [--verbose] [--reviews FILE]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from filter_data import (
    CORPUS,
    HOLDOUT,
    REAL,
    SYNTHETIC,
    CorpusMissing,
    Labelled,
    Part,
    in_part,
    load_real,
    load_reviews,
    load_synthetic,
)

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist
from pantau.records import Verdict

DEVSET = SYNTHETIC[0]
KINDS = ("article", "feed_item", "headline")


@dataclass
class Scores:
    """Counts and errors of one evaluation."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    arms_right: int = 0
    total: int = 0
    direction_right: int = 0
    groups_right: int = 0
    groups_total: int = 0
    transfers_found: int = 0
    transfers_total: int = 0
    stance_right: int = 0
    stance_total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of raised alerts that are true; 0 when nothing is raised."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

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
        """Share of items whose arms_supply flag is right."""
        return self.arms_right / self.total if self.total else 0.0

    @property
    def direction_total(self) -> int:
        """True alerts."""
        return self.tp + self.fn

    @property
    def direction(self) -> float:
        """Share of true alerts raised with supplier and recipient both right."""
        return self.direction_right / self.direction_total if self.direction_total else 1.0

    @property
    def false_per_1000(self) -> float:
        """False alerts per 1,000 items that are not alerts."""
        return 1000 * self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    @property
    def stance(self) -> float:
        """Share of found labelled transfers told with the labelled stance."""
        return self.stance_right / self.stance_total if self.stance_total else 1.0

    @property
    def transfer_recall(self) -> float:
        """Share of labelled transfers (of true alerts) the verdict lists."""
        return self.transfers_found / self.transfers_total if self.transfers_total else 1.0

    def add(self, item: Labelled, v: Verdict) -> None:
        """Count one verdict against its label."""
        gold = item.alert
        self.total += 1
        self.arms_right += v.arms_supply == item.arms_supply
        if v.alert and gold:
            self.tp += 1
        elif v.alert:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1
        wrong = []
        if v.alert != gold:
            wrong.append(
                f"alert {v.alert} (gold {gold}), arms {v.arms_supply} "
                f"(gold {item.arms_supply}), watched {v.watched} (gold {item.watched})"
            )
        if gold:
            pair = (v.supplier, v.recipient)
            if v.alert and pair == (item.supplier, item.recipient):
                self.direction_right += 1
            elif v.alert:
                wrong.append(
                    f"direction {pair[0]}->{pair[1]} (gold {item.supplier}->{item.recipient})"
                )
            if item.supplier_group or item.recipient_group:
                self.groups_total += 1
                self.groups_right += v.alert and _same_groups(item, v)
            found = {(t.supplier, t.recipient): t.stance for t in v.transfers} if v.alert else {}
            self.transfers_total += len(item.transfers)
            self.transfers_found += sum(p in found for p in item.transfers)
            for pair, gold_stance in zip(item.transfers, item.stances, strict=False):
                if pair in found and gold_stance:
                    self.stance_total += 1
                    self.stance_right += found[pair] == gold_stance
        if wrong:
            self.errors.append(
                f"{item.id} [{item.kind} {item.lang} {item.confidence}] score {v.score:.2f} "
                f"rule {v.rule}: {'; '.join(wrong)}\n    title: {item.title}\n"
                f"    evidence: {v.evidence}\n    note: {item.note}"
            )


def _same_groups(item: Labelled, v: Verdict) -> bool:
    """Whether the verdict names the labelled groups (case and spelling loosely)."""

    def norm(name: str | None) -> str:
        return "".join(ch for ch in (name or "").casefold() if ch.isalnum())[:5]

    return norm(v.supplier_group) == norm(item.supplier_group) and norm(v.recipient_group) == norm(
        item.recipient_group
    )


@dataclass
class Report:
    """Scores of one labelled set, overall and by kind."""

    name: str
    overall: Scores
    kinds: dict[str, Scores]


def evaluate_items(name: str, items: Iterable[Labelled], watchlist: Watchlist) -> Report:
    """Classify every item and score the verdicts."""
    overall, kinds = Scores(), {k: Scores() for k in KINDS}
    for item in items:
        v = classify(item.title, item.text, watchlist)
        overall.add(item, v)
        kinds[item.kind].add(item, v)
    return Report(name, overall, {k: s for k, s in kinds.items() if s.total})


def evaluate(path: Path = DEVSET, part: Part = "all") -> Scores:
    """Scores of one synthetic (devset-format) file."""
    wl = load_watchlist(default_watchlist_path())
    return evaluate_items(path.stem, in_part(load_synthetic(path), part), wl).overall


def synthetic_items(part: Part, files: Iterable[Path] = SYNTHETIC) -> list[Labelled]:
    """Every synthetic story of the given part."""
    return [i for path in files if path.exists() for i in in_part(load_synthetic(path), part)]


def real_items(part: Part, corpus: Path = CORPUS, high_only: bool = True) -> list[Labelled]:
    """Real labelled items of the given part (high confidence only by default)."""
    items: list[Labelled] = []
    for path in REAL:
        if path.exists():
            loaded, _ = load_real(path, corpus)
            items += [i for i in loaded if i.confidence == "high" or not high_only]
    return in_part(items, part)


def table(reports: list[Report]) -> str:
    """The figures as a fixed-width table."""
    head = f"{'set / kind':<22}{'items':>6}{'alerts':>7}{'P':>7}{'R':>7}{'F1':>7}"
    head += f"{'dir':>7}{'FA/1k':>7}{'xfers':>7}{'stance':>7}"
    lines = [head]
    for rep in reports:
        for label, s in [(rep.name, rep.overall)] + [(f"  {k}", v) for k, v in rep.kinds.items()]:
            lines.append(
                f"{label:<22}{s.total:>6}{s.tp + s.fn:>7}{s.precision:>7.3f}{s.recall:>7.3f}"
                f"{s.f1:>7.3f}{s.direction:>7.3f}{s.false_per_1000:>7.1f}{s.transfer_recall:>7.3f}"
                f"{s.stance:>7.3f}"
            )
    return "\n".join(lines)


def main() -> int:
    """Print the tables and, with --verbose, every error."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--part", choices=("held", "tune", "all"), default="held")
    parser.add_argument("--data", type=Path, action="append", help="extra labelled JSONL file")
    parser.add_argument(
        "--reviews", type=Path, help="analysts' reviews: an exported JSONL file or the warehouse"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the shared corpus folder")
    parser.add_argument("--all-confidence", action="store_true", help="real: every label")
    args = parser.parse_args()
    part: Part = args.part
    wl = load_watchlist(default_watchlist_path())
    reports = [evaluate_items(f"synthetic ({part})", synthetic_items(part), wl)]
    for path in SYNTHETIC:  # each writer's set alone, without its kinds
        alone = evaluate_items(f"  = {path.stem}", synthetic_items(part, [path]), wl)
        reports.append(Report(alone.name, alone.overall, {}))
    for path in args.data or ():
        reports.append(evaluate_items(path.stem, in_part(load_synthetic(path), part), wl))
    holdout = None
    if HOLDOUT.exists():
        holdout = evaluate_items(f"{HOLDOUT.stem} (whole)", load_synthetic(HOLDOUT), wl)
        reports.append(holdout)
    try:
        real = real_items(part, args.corpus, high_only=not args.all_confidence)
    except CorpusMissing as exc:
        print(f"real: skipped: {exc}")
    else:
        reports.append(evaluate_items(f"real ({part})", real, wl))
    if args.reviews:
        if not args.reviews.exists():
            print(f"no reviews file at {args.reviews}")
            return 1
        reports.append(evaluate_items("reviews", load_reviews(args.reviews), wl))
    print(table(reports))
    if args.verbose:
        for rep in reports:
            print(f"\n== {rep.name}: {len(rep.overall.errors)} errors")
            if rep is not holdout:  # read in aggregate only: see filter_data.HOLDOUT
                print("\n".join(rep.overall.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
