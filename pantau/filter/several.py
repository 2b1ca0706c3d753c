"""Several suppliers at once: the labels leave the supplier open.

"Korut dan Iran Pasok Senjata ke Rusia" has two suppliers, "Iranian-made rockets and North
Korean launchers" two makers: a run of joined parties on the giving side leaves the supplier
open, its parties listed. Several recipients at once are not read so: the writers' labels
split on them (one recipient of a list named, or none), and reading them open cost held
stories. A run is parties of one kind of mark joined only by commas, 'and', 'as well as',
'along with' or 'including' (a comma list may end in 'and others'), with the goods of each
between them ("rockets from Iran and launchers from North Korea");
"Iran and its ally Syria" is no run. A run that holds the other side's party ("Xi dan
Khamenei ... memberi Iran") names a deal's two sides, as does one named again in the clause;
a guessed side (a noun's bare subject) is too weak to widen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pantau.filter import direction_words as dw
from pantau.filter.marks import Actor, Mark
from pantau.filter.matching import Hit
from pantau.filter.roles import GUESS, Roles

if TYPE_CHECKING:
    from pantau.filter.subjects import SubjectReader

_SIDES = frozenset({"give", "get", "arrive", "deal"})
_ALSO = dw.words("well along together beserta bersama maupun")  # "as well as", "baik X maupun Y"
_JOIN = (
    dw.COORD
    | _ALSO
    | dw.words("termasuk including seperti such as antara lain both baik maupun the with")
)
_OTHERS = dw.words("others other lain lainnya lain-lain")  # "Iran, China and others": a list
_OTHER_FILL = dw.words(
    "sejumlah beberapa berbagai negara negara-negara several some many the"
)  # "Iran dan sejumlah negara lain", "Iran and several other states"
_MADE = dw.words("made built buatan produksi bikinan")  # "Iranian-made", "buatan Iran"
_AGAIN = dw.FROM | dw.BY  # "from Iran and from North Korea": the mark told again
_BREAK = frozenset(';:()"“”')
_FAMILY: dict[Mark, str] = {"genitive": "none", "made_in": "origin"}
"""Marks one run may mix: a verb's bare object and a genitive, a maker's two wordings."""


def widen(clause: SubjectReader, transfer: Hit, roles: Roles) -> Roles:
    """Roles with the supplier left open where a run of joined parties gives."""
    if transfer.entry.sub not in _SIDES or roles.barter:
        return roles
    if roles.supplier and roles.supplier_rank < GUESS and not roles.several_sources:
        run = _run(clause, transfer, roles.supplier, roles.recipient)
        run = run or _and_others(clause, transfer, roles.supplier)
        if run:
            roles = replace(
                roles, supplier=None, supplier_rank=9, several_sources=True, other_sources=run
            )
    return roles


def _run(clause: SubjectReader, transfer: Hit, code: str, other: str | None) -> tuple[str, ...]:
    """The parties joined with code's mention, when two or more and other is not among them."""
    actors = clause.actors
    deal = transfer.entry.sub == "deal"
    for i, actor in enumerate(actors):
        if actor.hit.entry.canonical != code:
            continue
        lo = hi = i
        while lo > 0 and _joined(clause, transfer, actors[lo - 1], actors[lo]):
            lo -= 1
        while hi + 1 < len(actors) and _joined(clause, transfer, actors[hi], actors[hi + 1]):
            hi += 1
        run = actors[lo : hi + 1]
        codes = tuple(dict.fromkeys(a.hit.entry.canonical for a in run))
        bare = _FAMILY.get(run[0].mark, run[0].mark) == "none"
        if bare and deal:
            continue  # "Iran and Russia sign drone deal": a deal's two sides
        if bare and not _listed(clause, run[0], run[-1]):
            continue  # "Korea Selatan, Korut telah mengirim": a bare list ends with 'and'
        # "Pertemuan Xi dan Khamenei untuk memberi Iran jet": a run member named again
        # elsewhere in the clause is the other side, the run a meeting of the two.
        again = {
            a.hit.entry.canonical
            for a in actors[:lo] + actors[hi + 1 :]
            if a.mark not in ("dateline", "attr")
        }
        if len(codes) > 1 and other not in codes and not again & set(codes):
            return codes
    return ()


def _joined(clause: SubjectReader, transfer: Hit, first: Actor, second: Actor) -> bool:
    """Whether two neighbouring actors are listed together under one kind of mark."""
    if _leads_clause(clause, transfer, second):
        return False  # "ke Suriah dan Iran kirim drone ke Rusia": Iran's own transfer
    gap = clause.tokens[first.last_token + 1 : second.first_token]
    second_mark = second.mark
    if second_mark == "with" and any(t.word in _ALSO for t in gap):
        second_mark = "none"  # "Iran along with China supplied": 'with' joins, no partner
    if _FAMILY.get(first.mark, first.mark) != _FAMILY.get(second_mark, second_mark):
        return False
    if first.mark not in ("none", "genitive", "origin", "made_in", "from", "by", "holder"):
        return False
    between = clause.text[first.hit.end : second.hit.start]
    if any(c in _BREAK for c in between) or between.count(",") > 1:
        return False
    joins = "," in between or any(t.word in dw.COORD or t.word in _ALSO for t in gap)
    goods = first.mark not in ("none", "genitive")  # "rockets and North Korean launchers"
    return joins and all(
        t.word in _JOIN
        or (t.word in _AGAIN and second_mark != "none")
        or (first.mark in ("origin", "made_in") and t.word in _MADE)
        or (goods and _in_goods(clause.hits, t.start))
        for t in gap
    )


def _listed(clause: SubjectReader, first: Actor, last: Actor) -> bool:
    """Whether bare parties form a list: joined by 'and' or 'as well as', or ending 'and others'."""
    inside = clause.tokens[first.last_token : last.first_token]
    if any(t.word in dw.COORD or t.word in _ALSO for t in inside):
        return True
    after = [t.word for t in clause.tokens[last.last_token + 1 : last.last_token + 4]]
    if not after or after[0] not in dw.COORD:
        return False
    rest = after[1:]
    return bool(rest) and (rest[0] in _OTHERS or rest[1:2] == ["lain"] or rest[1:2] == ["lainnya"])


def _and_others(clause: SubjectReader, transfer: Hit, code: str) -> tuple[str, ...]:
    """A giver joined to unnamed others: "Iran and other countries", "Iran dan negara lain"."""
    for actor in clause.actors:
        if actor.hit.entry.canonical != code or actor.mark not in ("none", "from", "by"):
            continue
        after = [t.word for t in clause.tokens[actor.last_token + 1 : actor.last_token + 6]]
        if len(after) < 2 or after[0] not in dw.COORD or after[1] in ("negaranya", "its"):
            continue
        tail = after[1:5]
        stop = next((i for i, w in enumerate(tail) if w in _OTHERS), None)
        if stop is not None and all(w in _OTHER_FILL for w in tail[:stop]):
            return (code,)
    return ()


def _in_goods(hits: list[Hit], pos: int) -> bool:
    """Whether a text position lies inside an item's mention."""
    return any(h.entry.kind == "item" and h.start <= pos < h.end for h in hits)


def _leads_clause(clause: SubjectReader, transfer: Hit, actor: Actor) -> bool:
    """Whether a later transfer word follows the actor at once: the subject of its own clause."""
    nxt = actor.last_token + 1
    if nxt >= len(clause.tokens):
        return False
    start = clause.tokens[nxt].start
    return start > transfer.start and any(
        h.entry.kind == "transfer" and h.start == start for h in clause.hits
    )
