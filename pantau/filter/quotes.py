"""A quote told as "we" by a party credited after it: the speaker's state does the deed.

"kata pejabat Rusia setelah Iran mengirim drone ke negaranya", "a Russian official said after
Iran sent drones to his country": a goal told as the speaker's own country is the credited
speaker's state ("ke negaranya sendiri" is the subject's own).

"'Kami menerima drone dari Iran,' kata pejabat Rusia", "'We sent shells to Russia,' a North
Korean official said": the quote opens on "kami"/"kita"/"we" as the subject of its transfer
word, so the state credited after the closing mark is that word's doer, the giver of a giving
word or the taker of a getting one. A quote naming another subject first ("'Kami yakin Iran
mengirim drone'") or credited to no state leaves the roles as read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pantau.filter import direction_words as dw
from pantau.filter.matching import Hit

if TYPE_CHECKING:
    from pantau.filter.qualifiers import TokenClause

_CLOSE = re.compile(r"[,.!?]?\s*[\"”’']")
_SAYING = dw.SAYS_BEFORE | dw.words(
    "says said say told tells claimed claims stated added menambahkan tegas katanya ujarnya"
)
_SPEAKER = dw.FILLER | dw.words(
    "seorang sebuah a an one senior top official officials pejabat juru bicara jubir "
    "spokesman spokeswoman spokesperson menteri minister diplomat diplomats duta besar "
    "ambassador komandan commander jenderal general wakil deputy kepala head"
)
_HOPS = 6  # words from the closing mark to the speaker: "kata seorang pejabat senior Rusia"
_OWN_COUNTRY = (
    "negaranya",
    "negara mereka",
    "negeri mereka",
    "his country",
    "her country",
    "their country",
    "its country",
)  # "ke negaranya": the speaker's own state


def we_speaker(clause: TokenClause, transfer: Hit) -> str | None:
    """The state credited with a "we" quote whose subject does the transfer word, if any."""
    tokens = clause.tokens
    if len(tokens) < 3 or tokens[0].word not in dw.FIRST_PERSON:
        return None
    opening = clause.text[clause.start : tokens[0].start]
    if not any(c in opening for c in "\"“'‘"):
        return None  # no quote opens the clause: "Kami" of the writer's own paper
    first_deed = next(
        (h for h in clause.hits if h.entry.kind == "transfer" and h.start > tokens[0].end), None
    )
    if first_deed is not transfer:
        return None
    if any(
        h.entry.kind == "actor" and tokens[0].end <= h.start < transfer.start for h in clause.hits
    ):
        return None  # "'Kami yakin Iran mengirim drone'": the quote names its own subject
    close = _CLOSE.search(clause.text, transfer.end, tokens[-1].end + 2)
    if close is None:
        return None
    after = [t for t in tokens if t.start >= close.end()]
    saying = False
    for token in after[:_HOPS]:
        actor = next(
            (h for h in clause.hits if h.entry.kind == "actor" and h.start == token.start), None
        )
        if actor is not None:
            return actor.entry.canonical if saying or _says_after(clause, actor) else None
        if token.word in _SAYING:
            saying = True
        elif token.word not in _SPEAKER:
            return None
    return None


def _says_after(clause: TokenClause, actor: Hit) -> bool:
    """A saying word after the speaker, past its title: "Russia said", "a Russian official said"."""
    for token in (t for t in clause.tokens if t.start >= actor.end):
        if token.word in _SAYING:
            return True
        if token.word not in _SPEAKER:
            return False
    return False


def own_country(clause: TokenClause, transfer: Hit, supplier: str | None) -> str | None:
    """The credited speaker's state as a giving word's goal: "ke negaranya", "to his country"."""
    t_last = clause._token_at(transfer.end - 1)
    goal = next(
        (
            i
            for i in range(t_last + 1, min(t_last + 8, len(clause.tokens)))
            if clause.tokens[i].word in dw.TO_PLACE
        ),
        None,
    )
    if goal is None or goal + 1 >= len(clause.tokens):
        return None
    rest = clause.text[clause.tokens[goal + 1].start : clause.tokens[-1].end].lower()
    phrase = next((p for p in _OWN_COUNTRY if rest.startswith(p)), None)
    if phrase is None or rest[len(phrase) :].lstrip().startswith("sendiri"):
        return None  # "ke negaranya sendiri": the subject's own country
    speakers = [
        h
        for h in clause.hits
        if h.entry.kind == "actor" and h.entry.canonical != supplier and _credited(clause, h)
    ]
    before = [h for h in speakers if h.end <= transfer.start]
    speaker = before[-1] if before else next(iter(speakers), None)
    return speaker.entry.canonical if speaker else None


def _credited(clause: TokenClause, actor: Hit) -> bool:
    """Whether an actor is credited with saying: "kata pejabat Rusia", "a Russian official said"."""
    first = clause._token_at(actor.start)
    j = first - 1
    while j >= 0 and clause.tokens[j].word in _SPEAKER:
        j -= 1
    return (j >= 0 and clause.tokens[j].word in _SAYING) or _says_after(clause, actor)
