"""Quality gate: the filter's figures on the held-out parts of its labelled sets.

Rules and weights are tuned and fitted on the other part only (bench/filter_data.py splits
each set by a hash of the item id), so these floors measure what the filter does on stories
it was not tuned on. They may only be lowered on purpose.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import require_corpus
from pantau.filter.watchlist import Watchlist

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"

# Held-out synthetic stories (arms_devset + synthetic_b: 176 stories, 75 alerts), measured
# P 0.987, F1 0.987, direction 0.973 after the eighteenth round (0.986, 0.973, 0.960 after
# the third). Precision and F1 leave about two stories of margin, direction one (one story
# moves it by about 0.013).
MIN_SYNTHETIC_PRECISION = 0.96
MIN_SYNTHETIC_F1 = 0.96
MIN_SYNTHETIC_DIRECTION = 0.955
# Held-out part of synthetic_c, the third writer's set, added after the rules were tuned on the
# other two (129 stories, 48 alerts): measured P 0.959, F1 0.969, direction 0.854 after the
# sixteenth round (0.913, 0.894 and 0.667 before its tuning part was studied). One story moves
# direction by about 0.02.
MIN_SYNTHETIC_C_PRECISION = 0.935
MIN_SYNTHETIC_C_F1 = 0.955
MIN_SYNTHETIC_C_DIRECTION = 0.83
# Held-out part of synthetic_e, a fifth writer's direction-heavy set added in the third round
# (84 stories, 36 alerts): measured P 1.000, F1 1.000, direction 1.000 after the eleventh
# round (0.971, 0.943 and 0.889 before the third). One story moves direction by about 0.03.
MIN_SYNTHETIC_E_PRECISION = 0.97
MIN_SYNTHETIC_E_F1 = 0.985
MIN_SYNTHETIC_E_DIRECTION = 0.97
# Held-out part of synthetic_d, a fourth writer's set that stayed untuned and was scored only
# whole for three rounds (P 0.908, F1 0.873, direction 0.726 whole); from the fourth round its
# tuning part is studied like the others (129 stories, 55 alerts): measured P 0.962, F1 0.944,
# direction 0.836 after the eleventh round (0.920, 0.876, 0.727 before the fourth). One story
# moves direction by about 0.02.
MIN_SYNTHETIC_D_PRECISION = 0.94
MIN_SYNTHETIC_D_F1 = 0.93
MIN_SYNTHETIC_D_DIRECTION = 0.815
# Held-out part of synthetic_g, two more writers' development stories added in the fourth round
# (158 stories, 62 alerts): measured P 0.983, F1 0.959, direction 0.839 after the sixteenth
# round (0.982, 0.941, 0.758 before its tuning part was studied). The direction floor was 0.87
# until the sixteenth round's blind label audit set three of its held labels' suppliers or
# recipients open (several at once, tests/data/README.md); against the labels before the audit
# the same filter reads 0.887, as before. One story moves direction by about 0.016.
MIN_SYNTHETIC_G_PRECISION = 0.965
MIN_SYNTHETIC_G_F1 = 0.95
MIN_SYNTHETIC_G_DIRECTION = 0.82
# Held-out part of synthetic_h, two more writers' development stories added in the seventh round
# (154 stories, 62 alerts): measured P 0.968, F1 0.968, direction 0.919 after the sixteenth
# round (0.949, 0.926, 0.823 with the sixth round's rules, on arrival). One story moves
# direction by about 0.016.
MIN_SYNTHETIC_H_PRECISION = 0.95
MIN_SYNTHETIC_H_F1 = 0.955
MIN_SYNTHETIC_H_DIRECTION = 0.90
# Held-out part of synthetic_i, two more writers' development stories added in the ninth round
# (156 stories, 71 alerts): measured P 0.985, F1 0.964, direction 0.873 after the eighteenth
# round (0.954, 0.912, 0.761 with the eighth round's rules, on arrival). One story moves
# direction by about 0.014.
MIN_SYNTHETIC_I_PRECISION = 0.97
MIN_SYNTHETIC_I_F1 = 0.955
MIN_SYNTHETIC_I_DIRECTION = 0.855
# Held-out part of synthetic_j, two more writers' development stories added in the tenth round
# (148 stories, 63 alerts): measured P 0.938, F1 0.945, direction 0.857 after the eighteenth
# round (0.906, 0.913, 0.857 with the ninth round's rules, on arrival; 0.841 after the tenth
# round's alert branch, written before the set arrived, turned one held-out direction wrong).
# One story moves direction by about 0.016.
MIN_SYNTHETIC_J_PRECISION = 0.92
MIN_SYNTHETIC_J_F1 = 0.935
MIN_SYNTHETIC_J_DIRECTION = 0.84
# Held-out part of synthetic_f, untuned from the fourth to the twelfth round and split from the
# thirteenth (171 stories, 77 alerts): measured P 1.000, F1 0.973, direction 0.857 after the
# sixteenth round (1.000, 0.966, 0.870 when it was split, before its tuning part was read). The
# direction floor was 0.87 until the sixteenth round's blind label audit set two of its held
# labels' recipients open (several at once, tests/data/README.md); against the labels before
# the audit the same filter reads 0.883, as before. One story moves direction by about 0.013.
MIN_SYNTHETIC_F_PRECISION = 0.985
MIN_SYNTHETIC_F_F1 = 0.965
MIN_SYNTHETIC_F_DIRECTION = 0.84
# Held-out part of synthetic_l, two more writers' development stories added in the thirteenth
# round (160 stories, 67 alerts): measured P 0.984, F1 0.954, direction 0.866 after the
# thirteenth round (0.984, 0.946, 0.851 on arrival, with the twelfth round's rules). One story
# moves direction by about 0.015.
MIN_SYNTHETIC_L_PRECISION = 0.965
MIN_SYNTHETIC_L_F1 = 0.945
MIN_SYNTHETIC_L_DIRECTION = 0.85
# synthetic_k (400 stories, 160 alerts), two more writers' set, made in the thirteenth round
# and scored only whole and in aggregate: the honest figure for wording nobody tuned for.
# Measured P 0.987, F1 0.955, direction 0.812 after the eighteenth round (0.986, 0.948, 0.794
# on arrival, with the twelfth round's rules; 0.806 from the thirteenth round to the
# sixteenth). These floors, one story under it, only stop it getting worse.
MIN_HOLDOUT_PRECISION = 0.975
MIN_HOLDOUT_F1 = 0.945
MIN_HOLDOUT_DIRECTION = 0.805
# Held-out real items with high-confidence labels (2,110 items, 7 alerts; text read from
# ../shared at run time), measured F1 0.923, direction 0.857, no false alert after the sixth
# round (0.857, 0.857, 0.5 per 1,000 before). One story moves F1 by about 0.07 here, so the
# floors leave one story.
MIN_REAL_F1 = 0.85
MIN_REAL_DIRECTION = 0.70
MAX_REAL_FALSE_PER_1000 = 2.0
# Each later writer's held-out part against its floors: precision, F1, direction.
HELD_SET_FLOORS = {
    "synthetic_c": (MIN_SYNTHETIC_C_PRECISION, MIN_SYNTHETIC_C_F1, MIN_SYNTHETIC_C_DIRECTION),
    "synthetic_e": (MIN_SYNTHETIC_E_PRECISION, MIN_SYNTHETIC_E_F1, MIN_SYNTHETIC_E_DIRECTION),
    "synthetic_d": (MIN_SYNTHETIC_D_PRECISION, MIN_SYNTHETIC_D_F1, MIN_SYNTHETIC_D_DIRECTION),
    "synthetic_g": (MIN_SYNTHETIC_G_PRECISION, MIN_SYNTHETIC_G_F1, MIN_SYNTHETIC_G_DIRECTION),
    "synthetic_h": (MIN_SYNTHETIC_H_PRECISION, MIN_SYNTHETIC_H_F1, MIN_SYNTHETIC_H_DIRECTION),
    "synthetic_i": (MIN_SYNTHETIC_I_PRECISION, MIN_SYNTHETIC_I_F1, MIN_SYNTHETIC_I_DIRECTION),
    "synthetic_j": (MIN_SYNTHETIC_J_PRECISION, MIN_SYNTHETIC_J_F1, MIN_SYNTHETIC_J_DIRECTION),
    "synthetic_f": (MIN_SYNTHETIC_F_PRECISION, MIN_SYNTHETIC_F_F1, MIN_SYNTHETIC_F_DIRECTION),
    "synthetic_l": (MIN_SYNTHETIC_L_PRECISION, MIN_SYNTHETIC_L_F1, MIN_SYNTHETIC_L_DIRECTION),
}
FIGURES = ("precision", "f1", "direction")


def _bench(name: str) -> Any:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ev() -> Any:
    return _bench("eval_filter")


def _held_set(ev: Any, wl: Watchlist, name: str) -> Any:
    """Figures on the held-out part of one writer's synthetic set, found by its file name."""
    items = ev.synthetic_items("held", [p for p in ev.SYNTHETIC if p.stem == name])
    assert items and all(i.origin == name for i in items)
    return ev.evaluate_items(name, items, wl).overall


@pytest.fixture(scope="module")
def synthetic(ev: Any, wl: Watchlist) -> Any:
    items = ev.synthetic_items("held", ev.SYNTHETIC[:2])
    return ev.evaluate_items("synthetic", items, wl).overall


@pytest.fixture(scope="module")
def held_sets() -> dict[str, Any]:
    """Each writer's held-out figures, computed by the first test that asks for them."""
    return {}


@pytest.fixture(scope="module")
def holdout(ev: Any, wl: Watchlist) -> Any:
    items = ev.load_synthetic(ev.HOLDOUT)
    assert len(items) >= 300 and sum(i.alert for i in items) >= 100
    return ev.evaluate_items("holdout", items, wl).overall


@pytest.fixture(scope="module")
def real(ev: Any, wl: Watchlist) -> Any:
    corpus = require_corpus()
    return ev.evaluate_items("real", ev.real_items("held", corpus), wl).overall


def test_sets_are_big_enough_and_split_apart(ev: Any) -> None:
    data = sys.modules["filter_data"]
    every = ev.synthetic_items("all")
    held, tune = ev.synthetic_items("held"), ev.synthetic_items("tune")
    assert len(every) >= 400 and sum(i.alert for i in every) >= 150
    assert {i.id for i in held}.isdisjoint({i.id for i in tune})
    assert len(held) + len(tune) == len(every)
    assert 0.3 < len(held) / len(every) < 0.5
    assert data.held_out("dev-001") == data.held_out("dev-001")  # stable, not random


def test_missing_corpus_skips_but_fails_under_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    absent = tmp_path / "shared" / "corpus"
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match="not found"):
        require_corpus(absent)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        require_corpus(absent)


def test_precision_is_zero_when_nothing_is_flagged(ev: Any) -> None:
    empty = ev.Scores(fn=5, tn=20)
    assert empty.precision == 0.0 and empty.f1 == 0.0


def test_synthetic_alert_precision(synthetic: Any) -> None:
    assert synthetic.precision >= MIN_SYNTHETIC_PRECISION, "\n".join(synthetic.errors)


def test_synthetic_alert_f1(synthetic: Any) -> None:
    assert synthetic.f1 >= MIN_SYNTHETIC_F1, "\n".join(synthetic.errors)


def test_synthetic_direction_on_true_alerts(synthetic: Any) -> None:
    assert synthetic.direction >= MIN_SYNTHETIC_DIRECTION, "\n".join(synthetic.errors)


@pytest.mark.parametrize("figure", FIGURES)
@pytest.mark.parametrize("name", HELD_SET_FLOORS)
def test_held_set_figure(
    ev: Any, wl: Watchlist, held_sets: dict[str, Any], name: str, figure: str
) -> None:
    if name not in held_sets:
        held_sets[name] = _held_set(ev, wl, name)
    scores = held_sets[name]
    floor = HELD_SET_FLOORS[name][FIGURES.index(figure)]
    assert getattr(scores, figure) >= floor, "\n".join(scores.errors)


def test_untuned_holdout_figures_do_not_fall(holdout: Any) -> None:
    # Only the figures: listing this set's errors would invite tuning on it.
    figures = (holdout.precision, holdout.f1, holdout.direction)
    floors = (MIN_HOLDOUT_PRECISION, MIN_HOLDOUT_F1, MIN_HOLDOUT_DIRECTION)
    assert all(got >= floor for got, floor in zip(figures, floors, strict=True)), (
        f"precision {figures[0]:.3f}, F1 {figures[1]:.3f}, direction {figures[2]:.3f}"
    )


def test_real_set_is_big_enough(ev: Any) -> None:
    corpus = require_corpus()
    every = ev.real_items("all", corpus)
    assert len(every) >= 400 and sum(i.alert for i in every) >= 10


def test_real_alert_f1(real: Any) -> None:
    assert real.f1 >= MIN_REAL_F1, "\n".join(real.errors)


def test_real_direction_on_true_alerts(real: Any) -> None:
    assert real.direction >= MIN_REAL_DIRECTION, "\n".join(real.errors)


def test_real_false_alerts_per_1000_non_alerts(real: Any) -> None:
    assert real.false_per_1000 <= MAX_REAL_FALSE_PER_1000, "\n".join(real.errors)
