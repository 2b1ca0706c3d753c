"""How the whole story tells a transfer, beyond the sentence that gave its stance.

The sentence-level reading (stance.py) sees one sentence. What the story tells elsewhere
changes what kind of news the transfer is: a question headline a party of the transfer answers
with a denial, a claim a party confirms in the lead, a shipment of weapons stopped on its way,
and a lead in which intelligence tells the news, or that accuses, under a plainly told
headline. A stance so read says why: its transfer's rule gains the prefix "stance_answered:",
"stance_confirmed:", "stance_stopped:" or "stance_sourced:".
"""

from __future__ import annotations

import re
from dataclasses import replace

from pantau.filter.matching import Hit, Sentences
from pantau.filter.watchlist import Watchlist
from pantau.records import Field, Transfer

_WORD = re.compile(r"\w+(?:[-']\w+)*")
_QUESTION = re.compile(r"(?<=\?)\s+")
_ANSWER_SENTENCES = 1  # a question headline's answer: in the headline or the lead, not deeper
_SOURCE_SENTENCES = 2  # a story names the source of its news in its first two sentences
_NEGATED_WITHIN = 3  # words between a negation and the seizure it negates ("tidak dapat mencegat")


class _Story:
    """A story's sentences, each read with the watchlist's hits and [stance] word classes."""

    def __init__(self, title: str, text: str, wl: Watchlist) -> None:
        self.wl = wl
        self.title_parts = [p for p in _QUESTION.split(title) if p.strip()]
        self.asks = "?" in title
        spans = Sentences(text) if text.strip() else None
        self.body = (
            [text[a:b] for a, b in zip(spans.starts, spans.ends, strict=True)] if spans else []
        )

    def sentences(self) -> list[tuple[Field, str]]:
        """Every sentence as (field, text): the headline's parts, then the body's sentences."""
        title: list[tuple[Field, str]] = [("title", p) for p in self.title_parts]
        return title + [("text", s) for s in self.body]

    def hits(self, field: Field, sentence: str) -> list[Hit]:
        """The watchlist's hits in one sentence."""
        return self.wl.matcher.find(sentence, field)

    def spans(self, name: str, sentence: str) -> list[tuple[int, int]]:
        """Where a [stance] word class occurs in a sentence."""
        return [m.span() for n, p in self.wl.stance if n == name for m in p.finditer(sentence)]

    def has(self, name: str, sentence: str) -> bool:
        """Whether a [stance] word class occurs in a sentence."""
        return any(p.search(sentence) for n, p in self.wl.stance if n == name)


def _parties(t: Transfer, wl: Watchlist) -> frozenset[str]:
    """The transfer's own parties as the matcher names them: a group, not its base state."""
    groups = {wl.names.get(g, g): g for g in wl.groups}
    out = set()
    for code, group in ((t.supplier, t.supplier_group), (t.recipient, t.recipient_group)):
        if group in groups:
            out.add(groups[group])
        elif code is not None:
            out.add(code)
    return frozenset(out)


def _speaker(hits: list[Hit], at: int) -> str | None:
    """Who says the word at offset at: the party named last before it, else the first after."""
    actors = [h for h in hits if h.entry.kind == "actor"]
    before = [h for h in actors if h.end <= at]
    after = [h for h in actors if h.start >= at]
    found = before[-1] if before else (after[0] if after else None)
    return found.entry.canonical if found else None


def _answered_by_denial(story: _Story, parties: frozenset[str]) -> bool:
    """A question headline answered by a party's denial ("...? Ini Bantahan Kemlu Iran")."""
    if not story.asks:
        return False
    answers: list[tuple[Field, str]] = [("title", p) for p in story.title_parts[1:]]
    answers += [("text", s) for s in story.body[:_ANSWER_SENTENCES]]
    for field, sentence in answers:
        hits = story.hits(field, sentence)
        denials = [h.start for h in hits if h.entry.kind == "denial"]
        denials += [a for a, _ in story.spans("rebut", sentence)]
        if denials and _speaker(hits, min(denials)) in parties:
            return True  # "Junta Myanmar membantah", "Ini Bantahan Kemlu Iran"
    return False


def _confirmed(story: _Story, parties: frozenset[str]) -> bool:
    """A claim a party of the transfer admits in the lead ("... Garda Revolusi Iran mengakui")."""
    for lead in story.body[:_ANSWER_SENTENCES]:
        admits = story.spans("admit", lead)
        if not admits or story.has("accuse", lead):
            continue  # "dikabarkan mengakui": an admission only reported is still a claim
        if _speaker(story.hits("text", lead), admits[0][0]) in parties:
            return True
    return False


def _stopped(story: _Story) -> bool:
    """A shipment of weapons stopped on its way: a carrier or smuggling run seized, not negated."""
    for field, sentence in story.sentences():
        seized = story.spans("seize", sentence)
        if story.has("enforcer", sentence):  # customs holding a truck stop it as a seizure does
            seized += story.spans("hold", sentence)
        if not seized or not (story.has("carrier", sentence) or story.has("smuggle", sentence)):
            continue  # weapons seized in a depot or a tunnel had arrived: evidence, no interception
        if not any(h.entry.kind == "item" for h in story.hits(field, sentence)):
            continue
        negations = {sentence[a:b].lower() for a, b in story.spans("negate", sentence)}
        for start, _ in seized:
            before = {w.lower() for w in _WORD.findall(sentence[:start])[-_NEGATED_WITHIN:]}
            if not before & negations:
                return True
    return False


def _sourced_lead(story: _Story) -> bool:
    """A lead that accuses, or where intelligence tells the news ("Intelijen Korsel menyebut")."""
    for lead in story.body[:_SOURCE_SENTENCES]:
        if story.has("accusation", lead):
            return True
        said = story.has("say", lead) or story.has("say_after", lead)
        if said and story.has("intelligence", lead):
            return True
    return False


def revise(
    told: tuple[Transfer, ...], title: str, text: str, wl: Watchlist
) -> tuple[Transfer, ...]:
    """Each transfer's stance as the whole story tells it (see the module's docstring)."""
    if not told:
        return told
    story = _Story(title, text, wl)
    out = []
    for t in told:
        parties = _parties(t, wl)
        if t.stance == "claimed" and _answered_by_denial(story, parties):
            t = replace(t, stance="denied", rule=f"stance_answered:{t.rule}")
        elif t.stance == "claimed" and _confirmed(story, parties):
            t = replace(t, stance="reported", rule=f"stance_confirmed:{t.rule}")
        elif t.stance in ("claimed", "reported") and _stopped(story):
            t = replace(t, stance="intercepted", rule=f"stance_stopped:{t.rule}")
        elif t.stance == "reported" and _sourced_lead(story):
            t = replace(t, stance="claimed", rule=f"stance_sourced:{t.rule}")
        out.append(t)
    return tuple(out)
