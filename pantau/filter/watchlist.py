"""The arms-supply watchlist: seeds/watchlist.toml, validated and compiled into a matcher."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pantau.errors import ConfigError
from pantau.filter.matching import Entry, Matcher, Term
from pantau.filter.morph import Voice, english_noun_forms, english_verb_forms, indonesian_forms
from pantau.filter.weights import Weights, default_weights_path, load_weights

Direction = Literal["give", "get", "swap", "deal", "arrive"]

WEIGHTS_FILE = "filter_weights.toml"
"""The score weights, read from beside the watchlist (else from seeds/)."""
_DIRECTIONS = ("give", "get", "swap", "deal", "arrive")
_VOICES = ("active", "passive", "past", "noun", "agent")
_CODE = re.compile(r"[A-Z]{2}")
_GROUP = re.compile(r"[a-z][a-z0-9_-]+")
_SENSITIVE = re.compile(r"[A-Z][A-Z0-9.\-]{0,3}")


@dataclass(frozen=True, eq=False)
class Watchlist:
    """The compiled watchlist: every surface form and the facts the classifier needs."""

    version: str
    path: str
    watched: frozenset[str]
    watched_item_kinds: frozenset[str]
    hostile: frozenset[tuple[str, str]]
    names: dict[str, str]
    groups: frozenset[str]
    group_base: dict[str, str]
    stance: tuple[tuple[str, re.Pattern[str]], ...]
    weights: Weights = field(repr=False)
    terms: tuple[Term, ...] = field(repr=False)
    matcher: Matcher = field(repr=False)


def default_watchlist_path() -> Path:
    """seeds/watchlist.toml at the repository root."""
    return Path(__file__).resolve().parents[2] / "seeds" / "watchlist.toml"


class _Checker:
    """Validation with one-line errors naming file, line, entry and field."""

    def __init__(self, path: Path, raw: str) -> None:
        self.path = path
        self.lines = raw.splitlines()

    def line_of(self, table: str, index: int) -> int:
        """The line of the index-th [[table]] header (1-based), or 0 if not found."""
        seen = 0
        for number, line in enumerate(self.lines, 1):
            if line.strip() == f"[[{table}]]":
                if seen == index:
                    return number
                seen += 1
        for number, line in enumerate(self.lines, 1):
            if line.strip().startswith((f"{table} ", f"{table}=", f"[{table}]")):
                return number
        return 0

    def fail(self, where: str, line: int, message: str) -> ConfigError:
        """Build the error for one bad field."""
        at = f":{line}" if line else ""
        return ConfigError(f"{self.path}{at}: {where}: {message}")

    def strings(
        self, table: dict[str, Any], key: str, where: str, line: int, required: bool = True
    ) -> list[str]:
        """A list of non-empty strings from table[key]."""
        value = table.get(key)
        if value is None and not required:
            return []
        if (
            not isinstance(value, list)
            or (required and not value)
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            raise self.fail(where, line, f"field '{key}' must be a non-empty list of strings")
        return [v.strip() for v in value]

    def string(
        self,
        table: dict[str, Any],
        key: str,
        where: str,
        line: int,
        choices: tuple[str, ...] = (),
        default: str | None = None,
    ) -> str:
        """One string from table[key], optionally one of choices."""
        value = table.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, line, f"field '{key}' must be a non-empty string")
        if choices and value not in choices:
            raise self.fail(where, line, f"field '{key}' must be one of {', '.join(choices)}")
        return value

    def code(self, value: object, where: str, line: int, key: str) -> str:
        """An ISO 3166 alpha-2 code."""
        if not isinstance(value, str) or not _CODE.fullmatch(value):
            raise self.fail(where, line, f"field '{key}' must be an ISO 3166 alpha-2 code like RU")
        return value

    def unknown(self, table: dict[str, Any], allowed: set[str], where: str, line: int) -> None:
        """Reject fields the loader does not know (catches typos)."""
        extra = sorted(set(table) - allowed)
        if extra:
            raise self.fail(where, line, f"unknown field '{extra[0]}'")


def _term(surface: str, entry: Entry) -> Term:
    """A term; short all-capital aliases (AS, RI, UAV) match case-sensitively."""
    sensitive = bool(_SENSITIVE.fullmatch(surface)) and surface.upper() == surface
    return Term(surface if sensitive else surface.lower(), entry, sensitive)


def _tables(data: dict[str, Any], key: str, ck: _Checker) -> list[tuple[int, int, dict[str, Any]]]:
    """The [[key]] tables with their index and line."""
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ck.fail(key, ck.line_of(key, 0), f"'{key}' must be an array of tables [[{key}]]")
    out = []
    for i, table in enumerate(value):
        line = ck.line_of(key, i)
        if not isinstance(table, dict):
            raise ck.fail(f"{key}[{i}]", line, "must be a table")
        out.append((i, line, table))
    return out


def _transfer_terms(i: int, line: int, t: dict[str, Any], ck: _Checker) -> list[Term]:
    """Surface forms of one [[transfer]] entry."""
    name = t.get("root") or t.get("verb") or f"transfer[{i}]"
    where = f"transfer[{i}] ({name})"
    ck.unknown(
        t,
        {"root", "verb", "dir", "strength", "bare", "past", "nouns", "agents", "forms", "parties"},
        where,
        line,
    )
    direction = ck.string(t, "dir", where, line, _DIRECTIONS)
    strong = ck.string(t, "strength", where, line, ("strong", "weak"), "strong") == "strong"
    both = ck.string(t, "parties", where, line, ("any", "both"), "any") == "both"
    bare = t.get("bare", True)
    if not isinstance(bare, bool):
        raise ck.fail(where, line, "field 'bare' must be true or false")
    forms: dict[str, Voice] = {}
    if "root" in t:
        forms.update(indonesian_forms(ck.string(t, "root", where, line), bare))
    if "verb" in t:
        past = ck.strings(t, "past", where, line, required=False)
        forms.update(english_verb_forms(ck.string(t, "verb", where, line), past))
    # A word that is both verb and noun (supply, offers, export) keeps its verb reading.
    for noun in ck.strings(t, "nouns", where, line, required=False):
        for form in english_noun_forms(noun):
            forms.setdefault(form, "noun")
    for agent in ck.strings(t, "agents", where, line, required=False):
        for form in english_noun_forms(agent):
            forms.setdefault(form, "agent")
    explicit = t.get("forms", {})
    if not isinstance(explicit, dict) or not all(
        isinstance(k, str) and v in _VOICES for k, v in explicit.items()
    ):
        raise ck.fail(where, line, f"field 'forms' must map words to one of {', '.join(_VOICES)}")
    forms.update(explicit)
    if not forms:
        raise ck.fail(where, line, "needs 'root', 'verb' or 'forms'")
    canonical = str(name) if ("root" in t or "verb" in t) else next(iter(explicit))
    return [
        _term(surface, Entry("transfer", canonical, direction, voice, strong, both_parties=both))
        for surface, voice in forms.items()
    ]


def _cue_terms(
    entry: Entry, where: str, line: int, table: dict[str, Any], ck: _Checker
) -> list[Term]:
    """Surface forms of a denial or negative cue from its roots and words."""
    surfaces: list[str] = []
    for root in ck.strings(table, "roots", where, line, required=False):
        # A peN- noun names a doer or a device (pencegat: an interceptor), not the act.
        surfaces.extend(f for f, voice in indonesian_forms(root).items() if voice != "agent")
    surfaces.extend(ck.strings(table, "words", where, line, required=False))
    if not surfaces:
        raise ck.fail(where, line, "needs 'roots' or 'words'")
    return [_term(s, entry) for s in surfaces]


STANCES = (
    "seize", "hold", "enforcer", "carrier", "offer", "modal", "deal", "pending", "accuse", "source",
    "say", "say_after", "admit", "rebut", "negate", "skip", "intelligence", "accusation", "smuggle",
)  # fmt: skip
"""The [stance] word classes: stance.py reads each by its place in a sentence, story_stance.py
over the story's other sentences."""


def _stances(data: dict[str, Any], ck: _Checker) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """[stance]: word classes that tell how a transfer is reported, compiled once per class."""
    table = data.get("stance", {})
    line = ck.line_of("stance", 0)
    if not isinstance(table, dict):
        raise ck.fail("stance", line, "must be a table [stance]")
    ck.unknown(table, set(STANCES), "stance", line)
    out = []
    for name in STANCES:
        words = ck.strings(table, name, "stance", line, required=False)
        if words:
            alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            out.append((name, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)))
    return tuple(out)


def load_watchlist(path: Path) -> Watchlist:
    """Read, validate and compile a watchlist TOML file; errors are one line naming the field."""
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read watchlist: {exc.strerror or exc}") from None
    raw = raw_bytes.decode("utf-8", errors="replace")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    ck = _Checker(path, raw)
    top = {
        "version",
        "watched",
        "watched_item_kinds",
        "hostile",
        "ignore",
        "denial",
        "actor",
        "item",
        "transfer",
        "negative",
        "stance",
    }
    ck.unknown(data, top, "top level", 0)
    version = ck.string(data, "version", "top level", ck.line_of("version", 0))
    watched_line = ck.line_of("watched", 0)
    watched = frozenset(
        ck.code(c, "watched", watched_line, "watched")
        for c in ck.strings(data, "watched", "top level", watched_line)
    )
    kinds = frozenset(ck.strings(data, "watched_item_kinds", "top level", 0, required=False))
    hostile: set[tuple[str, str]] = set()
    for pair in data.get("hostile", []):
        line = ck.line_of("hostile", 0)
        if not isinstance(pair, list) or len(pair) != 2:
            raise ck.fail("hostile", line, 'each pair must be two ISO codes like ["RU", "UA"]')
        if not all(
            isinstance(c, str) and (_CODE.fullmatch(c) or _GROUP.fullmatch(c)) for c in pair
        ):
            raise ck.fail("hostile", line, f"pair {pair} must hold ISO codes or group ids")
        a, b = pair
        hostile |= {(a, b), (b, a)}

    terms: list[Term] = []
    names: dict[str, str] = {}
    group_base: dict[str, str] = {}
    for i, line, t in _tables(data, "actor", ck):
        where = f"actor[{i}] ({t.get('group', t.get('code', '?'))})"
        ck.unknown(t, {"code", "name", "aliases", "group"}, where, line)
        base = ck.code(t.get("code"), where, line, "code")
        code = base
        if "group" in t:
            code = ck.string(t, "group", where, line)
            if not _GROUP.fullmatch(code):
                raise ck.fail(where, line, "field 'group' must be a lower-case id like hamas")
            if code in group_base:
                raise ck.fail(where, line, f"group '{code}' is defined twice")
            group_base[code] = base
        names[code] = ck.string(t, "name", where, line)
        terms += [_term(a, Entry("actor", code)) for a in ck.strings(t, "aliases", where, line)]
    for i, line, t in _tables(data, "item", ck):
        where = f"item[{i}] ({t.get('name', '?')})"
        ck.unknown(t, {"name", "kind", "aliases", "origin"}, where, line)
        name, kind = ck.string(t, "name", where, line), ck.string(t, "kind", where, line)
        origin = ck.code(t["origin"], where, line, "origin") if "origin" in t else None
        entry = Entry("item", name, kind, origin=origin)
        for alias in ck.strings(t, "aliases", where, line):
            terms += [_term(form, entry) for form in english_noun_forms(alias)]
            terms.append(_term(alias, entry))
    for i, line, t in _tables(data, "transfer", ck):
        terms += _transfer_terms(i, line, t, ck)
    denial = data.get("denial", {})
    if not isinstance(denial, dict):
        raise ck.fail("denial", ck.line_of("denial", 0), "must be a table [denial]")
    if denial:
        terms += _cue_terms(
            Entry("denial", "denial"), "denial", ck.line_of("denial", 0), denial, ck
        )
    for i, line, t in _tables(data, "negative", ck):
        where = f"negative[{i}] ({t.get('cue', '?')})"
        ck.unknown(t, {"cue", "roots", "words", "applies_to", "weight", "discount"}, where, line)
        applies = frozenset(ck.strings(t, "applies_to", where, line, required=False))
        weight, discount = t.get("weight", 0.25), t.get("discount", True)
        if not isinstance(weight, float | int) or not 0 <= weight <= 1:
            raise ck.fail(where, line, "field 'weight' must be a number from 0 to 1")
        if not isinstance(discount, bool):
            raise ck.fail(where, line, "field 'discount' must be true or false")
        cue = Entry(
            "negative",
            ck.string(t, "cue", where, line),
            "discount" if discount else "",
            applies_to=applies,
            weight=float(weight),
        )
        terms += _cue_terms(cue, where, line, t, ck)
    ignore_line = ck.line_of("ignore", 0)
    terms += [
        _term(p, Entry("ignore", p))
        for p in ck.strings(data, "ignore", "top level", ignore_line, required=False)
    ]
    for code in watched:
        if code not in names:
            raise ck.fail("watched", watched_line, f"code '{code}' has no [[actor]] entry")

    stance = _stances(data, ck)
    beside = path.parent / WEIGHTS_FILE
    weights = load_weights(beside if beside.is_file() else default_weights_path())
    weights_bytes = Path(weights.path).read_bytes()
    digest = hashlib.sha256(raw_bytes + weights_bytes).hexdigest()[:8]
    return Watchlist(
        version=f"{version}+{digest}",
        path=str(path),
        watched=watched,
        watched_item_kinds=kinds,
        hostile=frozenset(hostile),
        names=names,
        groups=frozenset(group_base),
        group_base=group_base,
        stance=stance,
        weights=weights,
        terms=tuple(terms),
        matcher=Matcher(terms),
    )
