"""Barter: goods given or got as payment for weapons tell who supplies the weapons, reversed."""

from __future__ import annotations

import re
from dataclasses import replace

from pantau.filter import direction_words as dw
from pantau.filter.direction import Clause, Roles
from pantau.filter.matching import Hit

_SIDES = ("give", "get")
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
