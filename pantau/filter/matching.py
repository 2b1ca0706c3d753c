"""Whole-word, clitic-aware matching of watchlist terms with one Aho-Corasick automaton."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal

import ahocorasick  # type: ignore[import-not-found]

from pantau.filter.morph import CLITICS, Voice
from pantau.records import Field

EntryKind = Literal["actor", "item", "transfer", "denial", "negative", "ignore"]


@dataclass(frozen=True, slots=True)
class Entry:
    """What one surface form stands for."""

    kind: EntryKind
    canonical: str
    sub: str = ""
    voice: Voice | None = None
    strong: bool = True
    origin: str | None = None
    applies_to: frozenset[str] = frozenset()
    weight: float = 0.0
    both_parties: bool = False  # a transfer word that tells of a transfer only between two parties


@dataclass(frozen=True, slots=True)
class Term:
    """A surface form to find in text, with how to match it."""

    surface: str
    entry: Entry
    case_sensitive: bool


# Not frozen: a frozen dataclass's __init__ costs four times as much, and find makes one per
# word found (70,000 a corpus pass). Treat hits as immutable; dataclasses.replace makes new ones.
@dataclass(slots=True, unsafe_hash=True)
class Hit:
    """One term found in a field: its span, the text matched and what it stands for."""

    field: Field
    start: int
    end: int
    text: str
    entry: Entry


_Variant = tuple[str, bool, Entry | None, tuple[Term, ...], bool]
"""A key found under a word: the key, whether it is all ASCII letters and digits, its entry
when no term needs case checked, its terms, and whether the alias regex finds it instead."""

_START, _END = attrgetter("start"), attrgetter("end")
_NESTED = {"transfer", "item"}
_KIND_ORDER = {"ignore": 0, "actor": 1, "item": 2, "transfer": 3, "denial": 4, "negative": 5}
_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else ord(" ") for c in range(256))
"""Bytes of ASCII letters and digits kept, every other byte made a space."""
_FOLDED_WORD_BYTES = _WORD_BYTES.lower()
"""The same with capitals lower-cased: _words of the lower-cased text, from the text."""
_CLITIC = re.compile(f"(?:{'|'.join(CLITICS)})(?![^\\W_])")
# A sentence ends at . ! ? (then closing quotes) before a capital or a digit, or at a line break;
# not at a lone capital's dot, an initial or a wire abbreviation ("N. Korea", "S. Korea").
# The break's match starts with the mark or the line break itself, not a lookbehind for it: a
# pattern opening with one character class lets the regex engine skip to candidates in C, and
# a class without the spaces stops at few of them. Sentences gives the mark back to the
# sentence it ends, and the blank run before a line break to the break.
_SENTENCE_BREAK = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<![\s(\"“‘][A-Z]\.)(?<!^[A-Z]\.)[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"
    r"|(?<=\n)\s*)"
)


def with_lent(hits: list[Hit], lent: list[Hit]) -> list[Hit]:
    """Hits with those a reading lent them (a word standing in for a transfer or a party), in
    text order; the same list when none was lent."""
    return sorted([*hits, *lent], key=lambda h: h.start) if lent else hits


def _fold(text: str) -> str:
    """Lower-case text without changing its length, so spans stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class Matcher:
    """An automaton over every surface form of a watchlist."""

    def __init__(self, terms: Iterable[Term]) -> None:
        grouped: dict[str, list[Term]] = {}
        for term in terms:
            key = term.surface.lower()
            bucket = grouped.setdefault(key, [])
            if not any(
                t.entry.kind == term.entry.kind and t.case_sensitive == term.case_sensitive
                for t in bucket
            ):
                bucket.append(term)
        # Keys are words as _words writes them, each after a space: the automaton then stops
        # only where a key starts a word, not inside every word holding a short key ("dapat" in
        # "mendapatkan"), and moves on from the root after one comparison in most places.
        automaton = ahocorasick.Automaton()
        # Case-sensitive aliases (AS, RI, UK, US) are found by the automaton under their
        # lower-cased word and kept where the text is written as the alias is. One written
        # outside ASCII may lower-case to another length, so a regex finds those in the text.
        self._exact: dict[str, tuple[Term, ...]] = {}
        variants: dict[str, list[_Variant]] = {}
        for key, bucket in grouped.items():
            bucket.sort(key=lambda t: _KIND_ORDER[t.entry.kind])
            probe = all(t.case_sensitive for t in bucket) and not all(
                t.surface.isascii() for t in bucket
            )
            if probe:
                for term in bucket:
                    self._exact[term.surface] = (*self._exact.get(term.surface, ()), term)
            # The entry is stored ready when no term of the key needs the text's case checked.
            plain = None if any(t.case_sensitive for t in bucket) else bucket[0].entry
            # A key of ASCII letters and digits alone is in an ASCII text wherever its word is.
            same = key.isascii() and key.isalnum()
            if key:  # the automaton takes no empty key; its word, a lone space, would be everywhere
                variants.setdefault(_words(key), []).append(
                    (key, same, plain, tuple(bucket), probe)
                )
        for word, found in variants.items():
            # A word standing for one ASCII key whose entry needs no case check and is kept
            # (most words) gives that entry without a look at its variants: _words keeps only
            # ASCII letters and digits, each where it was, so the key is in the text as found.
            _, same, entry, _, probe = found[0]
            kept = entry is not None and entry.kind != "ignore"
            ready = entry if len(found) == 1 and same and not probe and kept else None
            automaton.add_word(word, (len(word) - 1, ready, tuple(found)))
        automaton.make_automaton()
        self._automaton = automaton
        surfaces = sorted(self._exact, key=len, reverse=True)
        self._exact_re = re.compile("|".join(map(re.escape, surfaces))) if surfaces else None

    def find(self, text: str, field: Field) -> list[Hit]:
        """Every whole-word match in text, longest first where matches overlap."""
        if not text:
            return []
        ascii_text = text.isascii()
        words = _folded_words(text)
        # The text is not lower-cased whole (a sixth of find's time in texts outside ASCII): a
        # character is a letter or digit as its lower case is, and a key or clitic is compared
        # with the few characters folded where it was found.
        size = len(text)
        found: list[Hit] = []
        stop = 0  # where the hits found so far end: a hit starting before it overlaps one
        overlaps = False
        ignored = False  # whether an ignore phrase was found, to be dropped at the end
        for last, (length, ready, variants) in self._automaton.iter(words):
            start = last - length  # the words have one space before the text
            # _words made a space of each character outside ASCII, letters too: check the text.
            if not ascii_text and start and text[start - 1].isalnum():
                continue
            end = last
            if end < size and text[end].isalnum():
                # Most words going on past a key ("as" in "asal") hold no clitic there.
                if not words.startswith(CLITICS, end + 1):
                    continue
                end = _clitic_end(text, end)
                if end < 0:
                    continue
            if ready is not None:
                found.append(Hit(field, start, end, text[start:end], ready))
                overlaps = overlaps or start < stop
                stop = end
                continue
            for key, same, entry, bucket, probe in variants:
                if (not same or not ascii_text) and _fold(text[start : start + len(key)]) != key:
                    continue  # "bantuan\nsenjata" or "f/16" is written as no key
                if entry is None:
                    entry = _as_written(bucket, text, start, length)
                    if entry is None:
                        continue
                if not probe:  # the regex below finds an alias written outside ASCII
                    found.append(Hit(field, start, end, text[start:end], entry))
                    overlaps = overlaps or start < stop
                    stop = end
                    ignored = ignored or entry.kind == "ignore"
                break
        if self._exact_re is not None:
            for m in self._exact_re.finditer(text):
                start, end = m.span()
                if start > 0 and text[start - 1].isalnum():
                    continue
                if end < size and text[end].isalnum():
                    end = _clitic_end(text, end)
                    if end < 0:
                        continue
                entry = self._exact[m.group()][0].entry
                found.append(Hit(field, start, end, text[start:end], entry))
                overlaps = True  # the regex's hits come after the automaton's, out of order
        if overlaps:
            return _longest(found)
        # In order, none inside another: only the ignore phrases go, where there are any.
        return [h for h in found if h.entry.kind != "ignore"] if ignored else found


def _folded_words(text: str) -> str:
    """_words of the text folded by _fold, made from the text by one translate where it can be.

    Only the Kelvin sign (U+212A) lower-cases into ASCII, to "k" (İ folds to itself), so in any
    other text every character outside ASCII is a space either way.
    """
    if "\u212a" in text:
        return _words(_fold(text))
    return (b" " + text.encode("ascii", "replace").translate(_FOLDED_WORD_BYTES)).decode("ascii")


def _words(low: str) -> str:
    """Lower-cased text with a space before it and in place of each character but a letter or digit.

    Exact in ASCII text. Elsewhere each character outside ASCII becomes a space, even a letter
    ("é"): find checks each word it finds there against the text.
    """
    return (b" " + low.encode("ascii", "replace").translate(_WORD_BYTES)).decode("ascii")


def _as_written(bucket: tuple[Term, ...], text: str, start: int, length: int) -> Entry | None:
    """The entry of the first term of bucket that matches text at start as written, if any."""
    for term in bucket:
        if not term.case_sensitive or text[start : start + length] == term.surface:
            return term.entry
    return None


def _clitic_end(text: str, end: int) -> int:
    """End of a clitic (-nya, -lah, -kah, -pun) closing the word at end, or -1."""
    # One regex call instead of a loop over CLITICS: [^\W_] is exactly str.isalnum().
    m = _CLITIC.match(_fold(text[end : end + 4]))  # the clitic and the character after it
    return end + m.end() if m else -1


def _longest(hits: list[Hit]) -> list[Hit]:
    """Drop hits overlapping a longer one, then drop the ignore phrases themselves."""
    # By start, the longer first (ties in found order): two stable sorts on C getters cost less
    # than one on a tuple a lambda builds for each hit.
    hits.sort(key=_END, reverse=True)
    hits.sort(key=_START)
    kept: list[Hit] = []
    stop = -1  # where the last hit kept ends
    for hit in hits:
        if hit.start < stop:
            last = kept[-1]
            # A transfer phrase may contain an item ("bantuan senjata"): keep both.
            if {hit.entry.kind, last.entry.kind} == _NESTED:
                kept.append(hit)
            elif hit.end - hit.start > last.end - last.start:
                kept[-1] = hit
            else:
                continue
            stop = hit.end
            continue
        kept.append(hit)
        stop = hit.end
    return [h for h in kept if h.entry.kind != "ignore"]


class Sentences:
    """Sentence boundaries of one field, found by punctuation and line breaks."""

    def __init__(self, text: str) -> None:
        self.text = text
        bounds = [0]
        for m in _SENTENCE_BREAK.finditer(text):
            start, end = m.span()
            if text[start] == "\n":
                while start and text[start - 1].isspace():
                    start -= 1  # "...  \n": the blank run a line break ends is the break's
            bounds.extend((start + 1 if text[start] in ".!?" else start, end))
        bounds.append(len(text))
        # Blank stretches (a leading or trailing line break) are no sentences: they would
        # shift the lead's index and the story's length, so whitespace could change a verdict.
        spans = [
            (start, end)
            for start, end in zip(bounds[::2], bounds[1::2], strict=True)
            if text[start:end].strip()
        ] or [(0, len(text))]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def index(self, pos: int) -> int:
        """The sentence holding character pos."""
        return bisect_right(self.starts, pos) - 1

    def span(self, index: int) -> tuple[int, int]:
        """Start and end of sentence index."""
        return self.starts[index], self.ends[index]

    def __len__(self) -> int:
        return len(self.starts)
