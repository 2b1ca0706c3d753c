"""The filter's score weights: seeds/filter_weights.toml, fitted by bench/fit_filter.py."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pantau.errors import ConfigError

SCORE_FEATURES = (
    "base",
    "strong",
    "item_same",
    "item_near",
    "both_roles",
    "one_role",
    "explicit",
    "weak_alone",
    "loose",
    "no_actor",
    "no_role",
    "in_title",
    "cues",
    "extra_events",
    "title_cues",
    "off_title",
)
"""Features of a story's score, each a rule that fired; the score is their weighted sum."""
CUE_PREFIX = "cue_"
"""A negative cue class's own feature ("cue_combat"); without its own weight it counts as cues."""


@dataclass(frozen=True, slots=True)
class Rules:
    """Settings of the rules around the weighted sum (set by hand, not fitted)."""

    threshold: float = 0.55
    extra_cap: int = 3
    clear_discount: float = 0.4
    hostile: float = 0.3
    passing: float = 0.5
    rival: float = 0.7
    title_vote: float = 1.5
    later: float = 0.2


@dataclass(frozen=True, eq=False)
class Weights:
    """Weights of the score's features and the rules' settings, as loaded and checked."""

    score: MappingProxyType[str, float]
    rules: Rules
    path: str

    def weigh(self, features: dict[str, float]) -> float:
        """The weighted sum of features (each feature's weight times its value)."""
        return sum(self.weight(name) * value for name, value in features.items())

    def weight(self, name: str) -> float:
        """One feature's weight; a cue class without its own weighs as all cues do."""
        if name in self.score:
            return self.score[name]
        if name.startswith(CUE_PREFIX):
            return self.score["cues"]
        raise KeyError(name)


def default_weights_path() -> Path:
    """seeds/filter_weights.toml at the repository root."""
    return Path(__file__).resolve().parents[2] / "seeds" / "filter_weights.toml"


def _line(raw: str, key: str) -> str:
    """':N' for the first line that sets key, or ''."""
    for number, line in enumerate(raw.splitlines(), 1):
        if line.strip().startswith((f"{key} ", f"{key}=")):
            return f":{number}"
    return ""


def _number(
    path: Path, raw: str, table: str, key: str, value: Any, low: float, high: float
) -> float:
    """One checked number."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        where = f"{path}{_line(raw, key)}: [{table}] field '{key}'"
        raise ConfigError(f"{where} must be a number from {low} to {high}")
    return float(value)


def _cue(name: str) -> bool:
    """Whether name is a cue class's own feature ("cue_" and a word)."""
    return name.startswith(CUE_PREFIX) and name[len(CUE_PREFIX) :].isidentifier()


def load_weights(path: Path) -> Weights:
    """Read and check the weights file; errors are one line naming file, line and field."""
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read filter weights: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    extra = sorted(set(data) - {"score", "rules", "fitted"})
    if extra:
        raise ConfigError(f"{path}{_line(raw, extra[0])}: unknown field '{extra[0]}'")
    score_table = data.get("score")
    if not isinstance(score_table, dict):
        raise ConfigError(f"{path}: needs a [score] table with {', '.join(SCORE_FEATURES)}")
    unknown = sorted(k for k in score_table if k not in SCORE_FEATURES and not _cue(k))
    if unknown:
        raise ConfigError(f"{path}{_line(raw, unknown[0])}: [score] unknown field '{unknown[0]}'")
    missing = [name for name in SCORE_FEATURES if name not in score_table]
    if missing:
        raise ConfigError(f"{path}: [score] is missing '{missing[0]}'")
    score = {k: _number(path, raw, "score", k, v, -5, 5) for k, v in score_table.items()}
    rules_table = data.get("rules", {})
    if not isinstance(rules_table, dict):
        raise ConfigError(f"{path}: 'rules' must be a table [rules]")
    names = {f.name for f in fields(Rules)}
    unknown = sorted(set(rules_table) - names)
    if unknown:
        raise ConfigError(f"{path}{_line(raw, unknown[0])}: [rules] unknown field '{unknown[0]}'")
    settings = {k: _number(path, raw, "rules", k, v, 0, 10) for k, v in rules_table.items()}
    if "extra_cap" in settings:
        settings["extra_cap"] = int(settings["extra_cap"])
    return Weights(MappingProxyType(score), Rules(**settings), str(path))  # type: ignore[arg-type]
