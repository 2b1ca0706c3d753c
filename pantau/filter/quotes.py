"""A quote told as "we" by a party credited after it: the speaker's state does the deed.

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
