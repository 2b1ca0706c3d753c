"""A bloc on the giving side: "negara-negara Barat", "NATO allies", "a US-led coalition".

Weapons given by a group of states have several suppliers, so the goods' maker is no guess
for the supplier: "Ukraina Terima Sistem Patriot dari Mitra Eropa" leaves the supplier open,
where "dari Jerman" names it. The bloc counts only where it holds the giving side: the
subject right before a giving verb, the party after 'dari'/'from'/'oleh'/'by', or the agent
right after an Indonesian di- passive ("dikirim negara-negara Barat"). A group named with its
state ("sekutu Rusia", "Russia's allies") is that state's party, no bloc.

Suppliers told in the plural ("Moscow's arms suppliers", "para pemasok senjata Rusia") are a
bloc too: with none of them named in the clause, the supplier stays open.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pantau.filter import direction_words as dw
from pantau.filter.matching import Hit

if TYPE_CHECKING:
    from pantau.filter.qualifiers import TokenClause

_GROUP_ID = r"(?:negara-negara|sekutu(?:-sekutu)?|mitra(?:-mitra)?|pendukung|donor|anggota)"
_SIDE_ID = r"(?:barat|eropa|nato|teluk|arab|asing|internasional|sekutu|mitra|donor|anggota)"
_SIDE_EN = r"(?:western|european|nato|gulf|arab|foreign|allied|partner)"
_GROUP_EN = (
    r"(?:countries|states|nations|allies|partners|backers|donors|supporters|governments"
    r"|members|capitals)"
)
_BLOC = re.compile(
    rf"(?<![\w-])(?:(?:para\s+)?{_GROUP_ID}\s+{_SIDE_ID}"
    r"|(?:sekutu|mitra)-(?:sekutu|mitra)nya"  # plural only: "sekutunya" may be one ally
    rf"|{_SIDE_EN}\s+{_GROUP_EN}"
    rf"|(?:its|their|kyiv's|ukraine's)\s+(?:{_SIDE_EN}\s+)?{_GROUP_EN}"
    r"|(?:several|some|many|multiple|various)\s+(?:countries|states|nations|governments)"
    r"|(?:sejumlah|beberapa|berbagai)\s+negara"
    r"|the\s+west|pihak\s+barat|nato|uni\s+eropa|european\s+union|eu|ue"
    r"|[\w.]+-led\s+(?:coalition|alliance|bloc)|koalisi\s+pimpinan\s+[\w.]+)(?![\w-])"
)
_SOURCE = dw.FROM | dw.BY
_MANY = dw.words("para sejumlah berbagai beberapa negara-negara")  # "para pemasok"
_BEFORE_BLOC = dw.words("the a an para")
_AUXILIARY = dw.LEAD | dw.words(
    "have has had will would could may might also already jointly telah sudah akan juga "
    "bersama-sama terus mulai masih baru secara resmi officially"
)


def bloc_gives(clause: TokenClause, transfer: Hit, voice: str | None) -> bool:
    """Whether a bloc holds the giving side of a transfer word in the clause."""
    low = clause.text[clause.start : clause.tokens[-1].end].lower() if clause.tokens else ""
    for found in _BLOC.finditer(low):
        start, end = found.start() + clause.start, found.end() + clause.start
        if _names_state(clause, end):
            continue
        if end <= transfer.start:
            between = [t for t in clause.tokens if end <= t.start and t.end <= transfer.start]
            give = transfer.entry.sub == "give" and voice in ("active", "noun")
            if give and len(between) <= 3 and all(t.word in _AUXILIARY for t in between):
                return True  # "Negara-negara Barat kirim", "NATO allies have delivered"
            continue
        before = [t for t in clause.tokens if t.end <= start]
        while before and before[-1].word in _BEFORE_BLOC:
            before.pop()
        if not before:
            continue
        if before[-1].word in _SOURCE:
            return True  # "dari mitra Eropa", "from NATO allies", "by Western allies"
        passive = voice == "passive" and transfer.text.lower().startswith("di")
        if passive and before[-1].end == transfer.end:
            return True  # "yang dikirim negara-negara Barat"
    return False


def _names_state(clause: TokenClause, end: int) -> bool:
    """Whether a state is named right after the group ("sekutu Barat Rusia"): its party."""
    nxt = next((t.start for t in clause.tokens if t.start >= end), None)
    return any(h.entry.kind == "actor" and h.start == nxt for h in clause.hits)


def plural_agent(clause: TokenClause, transfer: Hit) -> bool:
    """Whether a giving agent noun is plural: "suppliers", "pemasok-pemasok", "para pemasok"."""
    word = transfer.text.lower()
    if transfer.entry.sub != "give" or " " in word:
        return False
    first = clause._token_at(transfer.start)
    many = first > 0 and clause.tokens[first - 1].word in _MANY
    return many or "-" in word or (word.isascii() and word.endswith(("ers", "ors")))
