"""Barter: goods given or got as payment for weapons tell who supplies the weapons, reversed."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pantau.filter import direction_words as dw
from pantau.filter.matching import Hit
from pantau.filter.roles import Roles

if TYPE_CHECKING:
    from pantau.filter.direction import Clause

_SIDES = ("give", "get")
_GUESS = 4  # a side no word of the clause tells: a guess the vote may overrule
_FOR = frozenset({"atas", "for", "of", "the", "untuk"})
_PUNCT = re.compile(r"[,;:()\"“”]")
_PRONOUN = re.compile(r"\s+(?:it|them|these|those)\b", re.IGNORECASE)


def pays_for_items(clause: Clause) -> bool:
    """A payment word followed by an item: "bayaran atas amunisi", "in return for shells"."""
    items = [h.start for h in clause.hits if h.entry.kind == "item"]
    return any(_is_payment(p) and any(p.end <= i for i in items) for p in clause.hits)


def _is_payment(hit: Hit) -> bool:
    """A barter word: "imbalan", "ditukar", "in exchange for"."""
    return hit.entry.kind == "transfer" and hit.entry.sub == "swap"


def _pronoun_object(text: str, transfer: Hit) -> bool:
    """An object pronoun on a transfer word: "menjualnya", "sold them"."""
    word = transfer.text.lower()
    if word.endswith("nya") and not word.startswith(("di", "ter")):
        return True
    return _PRONOUN.match(text, transfer.end) is not None


def _paid_for(clause: Clause, transfer: Hit) -> Hit | None:
    """The payment word right before a transfer it pays for: "imbalan atas pasokan amunisi"."""
    before = [h for h in clause.hits if h.end <= transfer.start]
    pays = [h for h in before if _is_payment(h)]
    if not pays:
        return None
    pay = pays[-1]
    gap = clause.text[before[-1].end : transfer.start].lower().split()
    if before[-1] is pay:
        # "imbalan atas pasokan amunisi": the payment word governs the transfer word.
        direct = len(gap) <= 1 and all(w in _FOR for w in gap)
        told = [h for h in before if h.end <= pay.start and _gives_or_gets(h)]
        return pay if direct and told else None
    # "imbalan yang diterima Korut dari Rusia atas pasokan amunisi": the word received paid
    # for the supply after 'atas'.
    told = [h for h in before if h.start >= pay.end and _gives_or_gets(h)]
    return pay if gap and gap[-1] in ("atas", "for") and told else None


def _gives_or_gets(hit: Hit) -> bool:
    """A transfer word that gives or gets (not a barter, deal or arrival word)."""
    return hit.entry.kind == "transfer" and hit.entry.sub in _SIDES


def payment(clause: Clause, transfer: Hit) -> Hit | None:
    """The payment word making a give/get word's goods the price of weapons, if any."""
    if transfer.entry.sub not in _SIDES:
        return None
    paid_for = _paid_for(clause, transfer)
    if paid_for is not None:
        return paid_for
    items = [h for h in clause.hits if h.entry.kind == "item"]
    for pay in filter(_is_payment, clause.hits):
        if pay.start >= transfer.end:
            # The word's own object is no item, the payment's is: "oil in exchange for arms";
            # "menjualnya dengan imbalan kapal selam" sells something already named.
            own = any(transfer.end <= i.start < pay.start for i in items)
            paid = any(i.start >= pay.end for i in items)
            # "Rusia Bantu Korut Kembangkan Satelit, Imbalan Peluru": military help is a
            # transfer of its own, told first, so the word keeps its direction.
            if paid and not own and not _pronoun_object(clause.text, transfer):
                return pay
        elif _kicker(clause.text, pay, transfer, items):
            continue
        elif not any(i.start >= transfer.end for i in items):
            # "Sebagai imbalannya, X menerima minyak"; not "imbalan amunisi yang dikirim X".
            paid_items = [i for i in items if pay.end <= i.start and i.end <= transfer.start]
            if not paid_items or _PUNCT.search(clause.text, paid_items[-1].end, transfer.start):
                return pay
    return None


def _kicker(text: str, pay: Hit, transfer: Hit, items: list[Hit]) -> bool:
    """A headline's label before a colon telling its own exchange of an item it names.

    "Peluru Ditukar Teknologi: Korut Pasok Rusia": the news after the colon keeps its way.
    """
    colon = text.find(":", pay.end, transfer.start)
    return colon >= 0 and any(i.end <= pay.start for i in items)


def reverse(roles: Roles) -> Roles:
    """Roles of goods paid for weapons turned into the weapons' roles."""
    return Roles(
        roles.recipient,
        roles.supplier,
        roles.recipient_rank,
        roles.supplier_rank,
        roles.several_sources,
        barter=True,
    )


def barter_roles(clause: Clause, transfer: Hit, pay: Hit) -> Roles:
    """The weapons' supplier and recipient when transfer's goods are paid with them."""
    if _paid_for(clause, transfer) is pay:
        # "menerima teknologi dari Rusia sebagai imbalan atas pasokan amunisi": the supply paid
        # for goes the other way from the transfer told before the payment word.
        told = [h for h in clause.hits if h.end <= transfer.start and _gives_or_gets(h)]
        return reverse(clause.roles(told[-1]))
    # The payment phrase's own actors ("for shells from Pyongyang") already face the weapons' way.
    upto = pay.start if pay.start >= transfer.end else len(clause.text)
    if upto > transfer.end and dw.MILITARY_HELP.search(clause.text, transfer.end, upto):
        # "Rusia Bantu Korut Kembangkan Satelit, Imbalan Peluru": military help is a transfer
        # of its own, told first, so the word keeps its direction; the weapons paid for it
        # went the other way.
        paid = any(h.entry.kind == "item" and h.start >= pay.end for h in clause.hits)
        return replace(clause.roles(transfer), barter=True, paid_back=paid)
    roles = reverse(clause.roles(transfer, upto))
    phrase: dict[str, str] = {}
    for actor in clause.actors:
        if actor.hit.start >= upto:
            phrase.setdefault(actor.mark, actor.hit.entry.canonical)
    supplier = roles.supplier or phrase.get("from")
    recipient = roles.recipient or phrase.get("to")
    if supplier == recipient:
        recipient = roles.recipient
    return replace(roles, supplier=supplier, recipient=recipient)


def swap(clause: Clause, transfer: Hit) -> Roles:
    """ "Rusia barter teknologi rudal dengan amunisi Korut": each side gives its goods.

    Weapons for goods: the weapons' giver supplies. Weapons both ways: both transfers are
    listed, the subject's (told first) as the main one, a guess the vote may overrule.
    """
    subject = clause._subject(transfer, False)
    if subject is None:
        return Roles()
    code = subject.hit.entry.canonical
    others = [
        a
        for a in clause.actors
        if a.hit.start >= transfer.end
        and a.mark in ("genitive", "with", "none", "to", "origin")
        and a.hit.entry.canonical != code
    ]
    if not others:
        return Roles()
    other = others[0].hit.entry.canonical
    t_last = clause._token_at(transfer.end - 1)
    cut = next(
        (t.start for t in clause.tokens[t_last + 1 :] if t.word in dw.WITH | dw.FOR_PRICE),
        len(clause.text),
    )
    items = [h for h in clause.hits if h.entry.kind == "item" and h.start >= transfer.end]
    own = any(h.start < cut for h in items)
    paid = any(h.start >= cut for h in items)
    if own and dw.help_for_arms([h.text for h in items], [h.start < cut for h in items]):
        # "Kremlin Tukar Teknologi Satelit dengan Amunisi Pyongyang": help paid for weapons.
        return Roles(other, code, _GUESS, 2, barter=True, paid_back=True)
    if not own:
        # "Rusia tukar minyak dengan drone Iran": only the other side's goods are weapons.
        return Roles(other, code, _GUESS, 2, barter=True)
    goods = any(
        h.entry.kind == "negative" and h.entry.canonical == "goods" and h.start >= cut
        for h in clause.hits
    )
    if not paid and goods:
        return Roles(code, other, 2, _GUESS, barter=True)  # "Tukar Peluru dengan Gandum"
    if not paid and not dw.MILITARY_HELP.search(clause.text, cut, clause.tokens[-1].end):
        return Roles()  # the price may be weapons or help the word list does not know
    # Weapons both ways ("teknologi rudal dengan amunisi"), or weapons for military help
    # ("Tukar Peluru dengan Teknologi Satelit Rusia"): the first told leads, as a guess.
    return Roles(code, other, 2, _GUESS, barter=True, paid_back=True)
