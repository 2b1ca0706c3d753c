"""How a story tells one transfer: reported, claimed, denied, offered, planned or intercepted."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Literal, Protocol

from pantau.filter.direction import Roles
from pantau.filter.matching import Hit
from pantau.filter.watchlist import Watchlist
from pantau.records import Stance

_WORD = re.compile(r"\w+(?:[-']\w+)*")
_BREAK = re.compile(r"[,;:()\[\]\"“”‘’—–?!]|\s-\s")
_RELATIVE = frozenset({"yang", "which", "who", "that"})
_FROM = frozenset({"dari", "from"})
_NOT_SHIPMENT = frozenset({"dokumen", "documents", "document", "data", "uang", "cash", "dana"})
_ONGOING = frozenset(
    {"continue", "continues", "continued", "began", "begins", "begin", "start", "starts",
     "started", "used", "helps", "help", "helping", "went", "sought"}
)  # fmt: skip
_PURPOSE = frozenset({"untuk", "guna"})
Voice = Literal["party", "third", "none"]
_LOOK_BACK = 3  # words between a modal and the transfer verb it governs ("akan segera mengirim")


class Told(Protocol):
    """What the stance needs of a scored event (classify.Event)."""

    @property
    def hit(self) -> Hit: ...
    @property
    def roles(self) -> Roles: ...
    @property
    def items(self) -> tuple[Hit, ...]: ...
    @property
    def evidence(self) -> str: ...
    @property
    def span(self) -> tuple[int, int]: ...


class _Sentence:
    """One evidence sentence read around its transfer word."""

    def __init__(self, ev: Told, parties: frozenset[str], wl: Watchlist) -> None:
        self.text = text = ev.evidence
        self.title = ev.hit.field == "title"
        self.parties = parties
        self.words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [w[1] for w in self.words]
        at = min(max(ev.hit.start - ev.span[0], 0), len(text))
        self.verb = self.index(at)
        self.verb_end = max(self.verb, self.index(max(ev.hit.end - ev.span[0] - 1, at)))
        self.breaks = breaks = [m.start() for m in _BREAK.finditer(text)]
        cut = bisect_right(breaks, at)
        self.clause = (
            breaks[cut - 1] if cut else 0,
            breaks[cut] if cut < len(breaks) else len(text),
        )
        self.found: dict[str, list[int]] = {}
        self.found_last: dict[str, list[int]] = {}  # a phrase's last word: "tak satu [pun]"
        for name, p in wl.stance:
            matched = list(p.finditer(text))
            self.found[name] = [self.index(m.start()) for m in matched]
            self.found_last[name] = [self.index(m.end() - 1) for m in matched]
        self.hits = wl.matcher.find(text, ev.hit.field)
        self.items = [self.index(i.start - ev.span[0]) for i in ev.items if i.field == ev.hit.field]

    def index(self, offset: int) -> int:
        """The index of the word at (or before) a character offset."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def at(self, name: str) -> list[int]:
        """Word indexes where a [stance] word class matched."""
        return self.found.get(name, [])

    def clause_of(self, i: int) -> int:
        """The number of the clause word i lies in (clauses split at punctuation)."""
        if i >= len(self.words):
            return -1
        return bisect_right(self.breaks, self.words[i][1])

    def in_clause(self, i: int) -> bool:
        """Whether word i lies in the transfer word's clause."""
        return i < len(self.words) and self.clause[0] <= self.words[i][1] < self.clause[1]

    def governs(self, name: str, target: int) -> bool:
        """Whether a word of the class stands right before word target (adverbs between)."""
        marks = set(self.found_last.get(name, []))
        skip = set(self.found_last.get("skip", []))
        j = target - 1
        while j >= 0 and target - j <= _LOOK_BACK:
            if j in marks:
                return True
            if j not in skip:
                return False
            j -= 1
        return False

    def speakers(self) -> list[tuple[int, int, bool]]:
        """Character spans of whoever the sentence says is telling it, and whether they accuse."""
        out = []
        colon = self.text.find(":")
        if 0 < colon < 100:  # "Seoul: Korut Kirim ...", "Dituding ..., Iran: 'Fitnah'"
            marks = [m.end() for m in _BREAK.finditer(self.text, 0, colon)]
            out.append((marks[-1] if marks else 0, colon, False))
        accuse = set(self.at("accuse"))
        for i in self.at("say"):
            out.append((self._edge(i, -1), self.words[i][1], i in accuse))
        for i in self.at("say_after"):
            out.append((self.words[i][2], self._edge(i, 1), i in accuse))
        verb = self.words[self.verb][1]
        return [(lo, hi, a) for lo, hi, a in out if not lo <= verb < hi]

    def _edge(self, i: int, step: int) -> int:
        """The clause edge from word i: the nearest break before (step -1) or after (+1) it."""
        pos = self.words[i][1]
        if step < 0:
            marks = [m.end() for m in _BREAK.finditer(self.text, 0, pos)]
            return marks[-1] if marks else 0
        after = _BREAK.search(self.text, self.words[i][2])
        return after.start() if after else len(self.text)

    def voice(self) -> Voice:
        """Who tells the transfer: "party" to it, a "third" party or source, else "none"."""
        kinds: set[Voice] = set()
        for lo, hi, accusing in self.speakers():
            codes = {
                h.entry.canonical
                for h in self.hits
                if h.entry.kind == "actor" and lo <= h.start < hi
            }
            sources = any(lo <= self.words[i][1] < hi for i in self.at("source"))
            if accusing and (codes or sources):
                kinds.add("third")  # "Mali Tuding Ukraina Pasok Drone": an accuser claims
            elif codes & self.parties:
                kinds.add("party")
            elif codes or sources:
                kinds.add("third")
        if "third" in kinds:
            return "third"
        return "party" if "party" in kinds else "none"

    def denials(self) -> list[int]:
        """Word indexes of denial words (the watchlist's [denial]) not in a relative aside."""
        out = []
        for h in self.hits:
            if h.entry.kind != "denial":
                continue
            i = self.index(h.start)
            aside = i > self.verb and any(
                self.words[j][0] in _RELATIVE for j in range(max(i - 3, 0), i)
            )
            if not aside:
                out.append(i)
        return out


def _denied(s: _Sentence, voice: Voice) -> bool:
    """A denial of the transfer: a denial word, a negated verb or item, a party's rebuttal."""
    if s.denials() or s.at("rebut"):
        return not s.at("admit")
    if s.governs("negate", s.verb) or any(s.governs("negate", i) for i in s.items):
        return True
    said = set(s.at("say")) | set(s.at("say_after"))
    # "Dituding ..., Iran: 'Kami Netral'": a party answering an accusation denies it.
    return voice == "party" and any(i not in said for i in s.at("accuse"))


def _seized(s: _Sentence) -> bool:
    """A seizure of the shipment itself: a seizure word in a clause of the transfer or items."""
    clauses = {s.clause_of(s.verb)} | {s.clause_of(i) for i in s.items}
    # A holding verb stops another's cargo only for customs, police or a navy ("Bea Cukai
    # Finlandia Tahan Kiriman"); "AS Tahan Pengiriman Bom" withholds its own.
    held = s.at("hold") if s.at("enforcer") else []
    for i in s.at("seize") + held:
        if s.clause_of(i) not in clauses:
            continue
        if any(s.words[j][0] in _NOT_SHIPMENT for j in range(max(i - 3, 0), i)):
            continue  # "dokumen yang disita": the seized papers tell of the transfer
        nxt = s.words[i + 1][0] if i + 1 < len(s.words) else ""
        if nxt in _FROM and not {i + 2, i + 3} & set(s.at("carrier")):
            continue  # "seized from Hamas": from the recipient; "seized from a dhow" is a shipment
        return True
    return False


def _planned(s: _Sentence) -> bool:
    """A transfer not yet made: a modal governing the verb, a deal before it, a pending word."""
    if s.governs("modal", s.verb):
        return True
    if s.verb > 0 and s.words[s.verb - 1][0] == "to" and s.title:
        before = s.words[s.verb - 2] if s.verb > 1 else None
        # "Russia to deliver Su-35s", "Ukraine, Denmark to co-produce drones"
        if before and before[0] not in _ONGOING and s.text[before[1]].isupper():
            return True
    if s.verb > 0 and s.words[s.verb - 1][0] in _PURPOSE and s.words[s.verb][0].startswith("di"):
        return True  # "Siapkan Peluncur Rudal untuk Dikirim ke Rusia": to be sent
    deal = [i for i in s.at("deal") if i <= s.verb_end and s.in_clause(i)]
    return bool(deal) or any(s.in_clause(i) for i in s.at("pending"))


def _offered(s: _Sentence) -> bool:
    """An offer: an offer word in the transfer word's clause."""
    return any(s.in_clause(i) for i in s.at("offer"))


def _claimed(s: _Sentence, voice: Voice) -> bool:
    """A third party's word, an accusation, a hedge, an inference or a question, not a fact."""
    if voice == "third":
        return True
    if voice == "party":
        return False  # a party's own word: "Minsk says", "kata kementerian pertahanan Rusia"
    return bool(s.at("accuse")) or s.text.rstrip().endswith("?")


def read(ev: Told, parties: frozenset[str], wl: Watchlist) -> Stance:
    """How one sentence tells the transfer of its transfer word."""
    s = _Sentence(ev, parties, wl)
    if not s.words:
        return "reported"
    voice = s.voice()
    if _denied(s, voice):
        return "denied"
    if _seized(s):
        return "intercepted"
    if _offered(s):
        return "offered"
    if _planned(s):
        return "planned"
    if _claimed(s, voice):
        return "claimed"
    return "reported"


def stance(
    best: Told, told: Sequence[Told], pair: tuple[str | None, str | None], wl: Watchlist
) -> Stance:
    """The transfer's stance: its headline's reading when the headline tells it, else best's."""
    parties = frozenset(p for p in pair if p)  # a group, not its base state ("Kinshasa" vs M23)
    heads = [ev for ev in told if ev.hit.field == "title"]
    head = best if best.hit.field == "title" or not heads else heads[0]
    return read(head, parties, wl)
