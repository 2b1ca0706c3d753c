"""Default Google News searches generated from the watchlist, as a block of sources TOML.

One search per watched state and language: its Indonesian name (the actor's first alias,
plus short aliases such as "Korut") or English name, with weapon terms. The block is
written into seeds/sources.toml between two marker lines by seeds/gnews_queries.py, and
can be edited there like any source.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pantau.errors import ConfigError

BEGIN = "# BEGIN generated gnews queries"
END = "# END generated gnews queries"
# The item words a desk searches with; the filter judges what the searches bring.
WEAPON_TERMS = {
    "id": ("senjata", "amunisi", "rudal", "drone"),
    "en": ("weapons", "ammunition", "missiles", "drones"),
}
RECENT = "when:7d"  # Google's own operator: only the last week's reports
SILENCE_HOURS = 168  # a week without one report on a watched state is worth a line


@dataclass(frozen=True, slots=True)
class GeneratedQuery:
    """One generated search: which actor, which language, and the query text."""

    code: str
    name: str
    lang: str
    query: str

    @property
    def source_id(self) -> str:
        """gnews-kp-id, gnews-ru-en, ..."""
        return f"gnews-{self.code.lower()}-{self.lang}"


def watchlist_queries(watchlist: Path) -> list[GeneratedQuery]:
    """The searches for every watched state of a watchlist file, Indonesian then English."""
    try:
        data = tomllib.loads(watchlist.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{watchlist}: cannot read the watchlist ({exc})") from None
    # States only: an armed group shares its base country's code (Wagner is RU).
    actors = {
        a.get("code"): a for a in data.get("actor", []) if isinstance(a, dict) and "group" not in a
    }
    queries = []
    for code in data.get("watched", []):
        actor = actors.get(code)
        if actor is None or not actor.get("aliases"):
            raise ConfigError(f"{watchlist}: watched {code!r} has no [[actor]] with aliases")
        english = str(actor["name"])
        names = {
            "id": _indonesian_names(english, [str(a) for a in actor["aliases"]]),
            "en": [english],
        }
        for lang, terms in WEAPON_TERMS.items():
            query = f"{_any(names[lang])} {_any(list(terms))} {RECENT}"
            queries.append(GeneratedQuery(code, english, lang, query))
    return queries


def render_block(queries: list[GeneratedQuery], region: str = "ID") -> str:
    """The marked TOML block of gnews sources for `queries`."""
    lines = [
        f"{BEGIN} (uv run python seeds/gnews_queries.py rewrites this block)",
        "# Evidence: Google News search feeds for Indonesia (hl=id, gl=ID) answered with 71-100",
        "# items a day in a feed inventory checked on 2026-09-09 (see the gnews section below).",
    ]
    for q in queries:
        lines += [
            "",
            "[[sources]]",
            f'id = "{q.source_id}"',
            f'name = "Google News ({q.lang}): {q.name}"',
            'kind = "gnews"',
            f"query = '{q.query}'",
            f'lang = "{q.lang}"',
            f'region = "{region}"',
            f"max_silence_hours = {SILENCE_HOURS}",
        ]
    lines.append(END)
    return "\n".join(lines) + "\n"


def replace_block(sources_text: str, block: str) -> str:
    """`sources_text` with its generated block replaced (or appended when it has none)."""
    pattern = re.compile(rf"^{re.escape(BEGIN)}.*?^{re.escape(END)}\n", re.S | re.M)
    if pattern.search(sources_text):
        return pattern.sub(lambda _: block, sources_text, count=1)
    return sources_text.rstrip("\n") + "\n\n" + block


def _indonesian_names(english: str, aliases: list[str]) -> list[str]:
    """The first alias, and short single-word aliases that are not English or acronyms."""
    names = [aliases[0]]
    for alias in aliases[1:3]:
        short = " " not in alias and len(alias) <= 6 and not alias.isupper()
        if short and not alias.lower().startswith(english.lower()[:4]):
            names.append(alias)
    return list(dict.fromkeys(names))


def _any(words: list[str]) -> str:
    quoted = [f'"{w}"' if " " in w else w for w in words]
    return quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})"
