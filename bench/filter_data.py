"""The filter's labelled sets: synthetic stories, real corpus items, analysts' reviews.

Real items are labels only (tests/data/real_*.jsonl); their text is read from ../shared/corpus
at run time and never copied into the repository.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
CORPUS = REPO.parent / "shared" / "corpus"
SYNTHETIC = (
    DATA / "arms_devset.jsonl",
    DATA / "synthetic_b.jsonl",
    DATA / "synthetic_c.jsonl",
    DATA / "synthetic_e.jsonl",
    DATA / "synthetic_d.jsonl",
    DATA / "synthetic_g.jsonl",
    DATA / "synthetic_h.jsonl",
    DATA / "synthetic_i.jsonl",
    DATA / "synthetic_j.jsonl",
    DATA / "synthetic_f.jsonl",
    DATA / "synthetic_l.jsonl",
)
HOLDOUT = DATA / "synthetic_k.jsonl"
"""Two more writers' set, made in the thirteenth round: scored whole and only in aggregate.

No rule or weight is tuned or fitted on it and its errors are never listed, so it keeps
measuring how the filter does on wording nobody tuned it for (synthetic_f had this role from
the fourth round to the twelfth, synthetic_d before it).
"""
REAL = (DATA / "real_articles.jsonl", DATA / "real_headlines.jsonl")
HELD_OUT_SHARE = 40
"""Percent of each labelled set held out from tuning and fitting: the gates score on it."""

Kind = Literal["article", "feed_item", "headline"]
Part = Literal["tune", "held", "all"]
Pair = tuple[str | None, str | None]


class CorpusMissing(Exception):
    """The shared corpus (or one of its files) is not on this machine."""


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled item with the text the filter sees."""

    id: str
    origin: str
    kind: Kind
    lang: str
    title: str
    text: str
    arms_supply: bool
    watched: bool
    alert: bool
    supplier: str | None
    recipient: str | None
    supplier_group: str | None
    recipient_group: str | None
    transfers: tuple[Pair, ...]
    stances: tuple[str | None, ...]
    confidence: str
    note: str

    @property
    def held_out(self) -> bool:
        """Whether the item belongs to the held-out part (a stable hash of its id)."""
        return held_out(self.id)


def held_out(item_id: str) -> bool:
    """A deterministic split: the same id always lands in the same part."""
    digest = hashlib.sha256(item_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELD_OUT_SHARE


def in_part(items: Iterable[Labelled], part: Part) -> list[Labelled]:
    """The items of one part: tune, held or all."""
    if part == "all":
        return list(items)
    return [i for i in items if i.held_out == (part == "held")]


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    """JSON objects of a JSONL file, skipping blank lines."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON ({exc.msg})") from None


def _pairs(row: dict[str, Any]) -> tuple[Pair, ...]:
    """The labelled transfers' supplier -> recipient pairs (the main pair when none is listed)."""
    listed = tuple((t.get("supplier"), t.get("recipient")) for t in row.get("transfers") or ())
    if listed or not row.get("arms_supply"):
        return listed
    return ((row.get("supplier"), row.get("recipient")),)


def _labelled(row: dict[str, Any], origin: str, kind: Kind, title: str, text: str) -> Labelled:
    return Labelled(
        id=str(row["id"]),
        origin=origin,
        kind=kind,
        lang=str(row.get("lang") or "?"),
        title=title,
        text=text,
        arms_supply=bool(row["arms_supply"]),
        watched=bool(row["watched"]),
        alert=bool(row["alert"]),
        supplier=row.get("supplier"),
        recipient=row.get("recipient"),
        supplier_group=row.get("supplier_group"),
        recipient_group=row.get("recipient_group"),
        transfers=_pairs(row),
        stances=tuple(t.get("stance") for t in row.get("transfers") or ()),
        confidence=str(row.get("confidence") or "high"),
        note=str(row.get("note") or ""),
    )


def load_reviews(path: Path) -> list[Labelled]:
    """Analysts' reviews: a `pantau reviews export` JSONL file, or the warehouse itself."""
    if path.suffix not in (".duckdb", ".db"):
        return load_synthetic(path)
    from pantau.reviews import devset_line
    from warehouse.db import session
    from warehouse.reviews import reviewed_articles

    with session(path, read_only=True) as con:
        rows = [devset_line(r) for r in reviewed_articles(con)]
    return [
        _labelled(row, "reviews", "article", row["title"] or "", row["text"] or "") for row in rows
    ]


def load_synthetic(path: Path) -> list[Labelled]:
    """Stories written with their text (the devset format; also reviews exported as JSONL)."""
    out = []
    for row in _rows(path):
        kind: Kind = row.get("kind") or "article"
        title, text = row.get("title") or "", row.get("text") or ""
        if kind == "feed_item" and not text:
            text = row.get("summary") or ""
        out.append(_labelled(row, path.stem, kind, title, text))
    return out


class _Corpus:
    """Texts of corpus files by key, each file read once and only when asked for."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[str, dict[str, tuple[str, str]]] = {}

    def text(self, file: str, key: str, kind: Kind) -> tuple[str, str] | None:
        """Title and body of one item, or None when the file has no such key."""
        if file not in self.files:
            self.files[file] = self._read(file)
        found = self.files[file].get(str(key))
        if found is None:
            return None
        title, body = found
        return (title, "") if kind == "headline" else (title, body)

    def _read(self, file: str) -> dict[str, tuple[str, str]]:
        path = self.root / file
        if not path.is_file():
            raise CorpusMissing(f"corpus file not found: {path}")
        name = path.name
        out: dict[str, tuple[str, str]] = {}
        if name.startswith("indosum"):
            for row in _rows(path):
                body = "\n".join(
                    " ".join(" ".join(sentence) for sentence in paragraph)
                    for paragraph in row["paragraphs"]
                )
                out.setdefault(str(row["id"]), ("", body))
        elif name.startswith("tempo-rss"):
            for row in _rows(path):
                pair = (row.get("title") or "", row.get("description") or "")
                out.setdefault(str(row["link"]), pair)
        elif name.startswith("gikirima-indonews"):
            for row in _rows(path):
                pair = (row.get("judul") or "", row.get("isi_berita") or "")
                out.setdefault(str(row["url"]), pair)
        else:
            csv.field_size_limit(sys.maxsize)
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    title = row.get("title") or row.get("article_title") or ""
                    out.setdefault(str(row.get("url")), (title, row.get("content") or ""))
        return out


def load_real(path: Path, corpus: Path = CORPUS) -> tuple[list[Labelled], list[str]]:
    """Real labelled items with their text from the corpus, and the ids whose text is missing."""
    if not corpus.is_dir():
        raise CorpusMissing(f"real outlet corpus not found at {corpus} (../shared is absent)")
    texts = _Corpus(corpus)
    out, missing = [], []
    for row in _rows(path):
        kind: Kind = row["kind"]
        found = texts.text(row["file"], row["key"], kind)
        if found is None:
            missing.append(str(row["id"]))
            continue
        out.append(_labelled(row, path.stem, kind, *found))
    return out, missing
