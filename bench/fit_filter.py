"""Fit the filter's score weights by logistic regression on the tuning parts of its labelled sets.

Each story with a transfer event gives one row: the rules that fired for its best event and
its headline (pantau.filter.classify.score_features); the target is its arms_supply label.
The fit alternates with choosing each story's best event under the new weights. Five-fold
cross-validation scores the whole filter with weights fitted on the other folds, beside the
current weights. --write stores the fitted [score] in seeds/filter_weights.toml.

Run: uv run python bench/fit_filter.py [--write] [--reviews FILE] [--rounds N]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_filter import Scores, real_items, synthetic_items
from filter_data import CorpusMissing, Labelled, load_reviews

from pantau.filter.classify import classify, score_features
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist
from pantau.filter.weights import (
    CUE_PREFIX,
    SCORE_FEATURES,
    Rules,
    Weights,
    default_weights_path,
)

PRIOR = Weights(
    MappingProxyType(
        {
            "base": 0.3, "strong": 0.15, "item_same": 0.3, "item_near": 0.1, "both_roles": 0.2,
            "one_role": 0.1, "explicit": 0.05, "weak_alone": 0.2, "loose": 0.15,
            "no_actor": 0.2, "no_role": 0.1, "in_title": 0.1, "cues": 1.0,
            "extra_events": 0.03, "title_cues": 1.0, "off_title": 0.1,
        }
    ),
    Rules(),
    "the rules' design",
)  # fmt: skip
"""The hand-set weights the rules were designed with: the fit's prior, not its answer."""
SCALE = 0.25
"""Score units per logit unit: the logistic curve's slope at its midpoint."""
FOLDS = 5
L2 = 3.0


def feature_names(wl: Watchlist) -> tuple[str, ...]:
    """The score's features and one per negative cue class of the watchlist ("cue_combat")."""
    cues = sorted({t.entry.canonical for t in wl.terms if t.entry.kind == "negative"})
    return SCORE_FEATURES + tuple(CUE_PREFIX + c for c in cues)


def _rows(items: list[Labelled], wl: Watchlist) -> tuple[np.ndarray, np.ndarray]:
    """Features and targets of the stories the rules can weigh (a transfer event, no cap)."""
    names = feature_names(wl)
    xs, ys = [], []
    for item in items:
        features = score_features(item.title, item.text, wl)
        if not features:
            continue
        rule = classify(item.title, item.text, wl).rule or ""
        if rule.startswith(("hostile", "passing_mention")):
            continue  # capped by a rule, not summed: its features do not set its score
        xs.append([features.get(name, 0.0) for name in names])
        ys.append(float(item.arms_supply))
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


def to_logits(weights: Weights, names: tuple[str, ...]) -> np.ndarray:
    """The logit coefficients that given weights stand for (the inverse of to_weights)."""
    beta = np.array([weights.weight(name) for name in names]) / SCALE
    beta[names.index("base")] -= weights.rules.threshold / SCALE
    return beta


def fit_logistic(x: np.ndarray, y: np.ndarray, prior: np.ndarray, l2: float = L2) -> np.ndarray:
    """Coefficients by Newton's method, with an L2 pull toward the prior (the rules' design)."""
    beta = prior.copy()
    # The pull is on each feature's effect, not its coefficient: a cue worth 0.25 a time needs
    # four times the coefficient of a yes/no rule to move the score as far.
    fired = np.abs(x)
    scale = np.sqrt((fired**2).sum(0) / np.maximum((fired > 0).sum(0), 1))
    penalty = l2 * np.where(scale > 0, scale, 1.0) ** 2
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (p - y) + penalty * (beta - prior)
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def to_weights(beta: np.ndarray, base: Weights, names: tuple[str, ...]) -> Weights:
    """Score weights whose threshold decision matches the fitted logit's sign."""
    score = {name: float(SCALE * b) for name, b in zip(names, beta, strict=True)}
    score["base"] += base.rules.threshold
    return replace(base, score=MappingProxyType(score))


def fit(items: list[Labelled], wl: Watchlist, rounds: int, l2: float = L2) -> Weights:
    """Weights fitted on items, re-choosing each story's best event between rounds."""
    # Start from the design weights, not the file's, so that a fit does not depend on the last.
    current = replace(wl, weights=replace(PRIOR, rules=wl.weights.rules))
    names = feature_names(wl)
    for _ in range(rounds):
        x, y = _rows(items, current)
        beta = fit_logistic(x, y, to_logits(PRIOR, names), l2)
        current = replace(wl, weights=to_weights(beta, wl.weights, names))
    return decisive(current.weights, wl)


CLEAREST = ("base", "strong", "item_same", "both_roles", "in_title")
"""The rules that fire for the clearest transfer: a headline naming both parties and weapons."""


def decisive(weights: Weights, wl: Watchlist) -> Weights:
    """Decisive cues (discount = false) take off at least what the clearest transfer scores."""
    # Civilian drones, a state's own neutrality, deployed warships: rare in the labelled sets,
    # and the watchlist, not the fit, says they unmake a transfer.
    clearest = sum(weights.score[name] for name in CLEAREST)
    score = dict(weights.score)
    for term in wl.terms:
        entry = term.entry
        if entry.kind == "negative" and entry.sub != "discount":
            name = CUE_PREFIX + entry.canonical
            score[name] = max(score.get(name, weights.score["cues"]), clearest)
    return replace(weights, score=MappingProxyType(score))


def score_items(items: list[Labelled], wl: Watchlist) -> Scores:
    """The whole filter's figures on items."""
    s = Scores()
    for item in items:
        s.add(item, classify(item.title, item.text, wl))
    return s


def cross_validate(
    items: list[Labelled], wl: Watchlist, rounds: int, l2: float = L2
) -> tuple[Scores, Scores]:
    """Pooled out-of-fold figures of the current and of the fitted weights."""
    folds = [items[i::FOLDS] for i in range(FOLDS)]
    current, fitted = Scores(), Scores()
    for k, test in enumerate(folds):
        train = [i for j, fold in enumerate(folds) if j != k for i in fold]
        weights = fit(train, wl, rounds, l2)
        trial = replace(wl, weights=weights)
        for item in test:
            current.add(item, classify(item.title, item.text, wl))
            fitted.add(item, classify(item.title, item.text, trial))
    return current, fitted


def _line(name: str, s: Scores) -> str:
    return (
        f"{name:<10} arms acc {s.arms_accuracy:.3f}  alert P {s.precision:.3f} R {s.recall:.3f}"
        f" F1 {s.f1:.3f}  direction {s.direction:.3f}  false/1k {s.false_per_1000:.1f}"
    )


def write(path: Path, weights: Weights) -> None:
    """Replace the [score] table of the weights file, keeping its comments and [rules]."""
    text = path.read_text(encoding="utf-8")
    body = "\n".join(f"{k} = {v:.4f}" for k, v in weights.score.items())
    text = re.sub(r"\[score\]\n(?:[^\[\n][^\n]*\n|\n)*", f"[score]\n{body}\n\n", text, count=1)
    path.write_text(text, encoding="utf-8")


def main() -> int:
    """Fit, cross-validate and print; with --write store the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the fitted weights")
    parser.add_argument(
        "--reviews", type=Path, help="analysts' reviews: an exported JSONL file or the warehouse"
    )
    parser.add_argument("--rounds", type=int, default=3, help="fit / re-choose rounds")
    parser.add_argument("--l2", type=float, default=L2, help="pull toward the rules' design")
    args = parser.parse_args()
    wl = load_watchlist(default_watchlist_path())
    items = synthetic_items("tune")
    try:
        items += real_items("tune")
    except CorpusMissing as exc:
        print(f"real: skipped: {exc}")
    if args.reviews:
        items += load_reviews(args.reviews)
    x, _ = _rows(items, wl)
    print(f"tuning items {len(items)}, weighed by the rules {len(x)}")
    current, fitted = cross_validate(items, wl, args.rounds, args.l2)
    print(f"{FOLDS}-fold cross-validation over the tuning parts (whole filter, pooled):")
    print(_line("current", current))
    print(_line("fitted", fitted))
    weights = fit(items, wl, args.rounds, args.l2)
    print("fitted weights: " + ", ".join(f"{k} {v:+.3f}" for k, v in weights.score.items()))
    if args.write:
        write(default_weights_path(), weights)
        print(f"written to {default_weights_path()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
