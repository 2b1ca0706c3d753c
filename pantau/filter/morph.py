"""Surface forms of Indonesian and English words, generated from roots by rule."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

Voice = Literal["active", "passive", "past", "noun", "agent"]
"""How a transfer word frames its arguments: who acts and who is acted on."""

VOWELS = frozenset("aeiou")
CLITICS = ("nya", "lah", "kah", "pun")
"""Enclitics accepted after any matched word (pasokannya, Rusialah, drone-pun)."""

_DROPPED = frozenset("ptks")


_DIPHTHONGS = frozenset({"ai", "au", "oi", "ei"})


def _syllables(root: str) -> int:
    """Syllables of a root, counting vowels except the second of a diphthong (jual: 2, bom: 1)."""
    count = 0
    for i, ch in enumerate(root):
        if ch in VOWELS and not (i > 0 and root[i - 1 : i + 1] in _DIPHTHONGS):
            count += 1
    return count


def nasal(prefix: Literal["me", "pe"], root: str) -> str:
    """Attach meN- or peN- to a root with Indonesian nasal assimilation."""
    if _syllables(root) == 1:
        return prefix + "nge" + root
    first = root[0]
    # p/t/k/s drop only before a vowel: pasok -> memasok but produksi -> memproduksi.
    drop = first in _DROPPED and len(root) > 1 and root[1] in VOWELS
    rest = root[1:] if drop else root
    if first in VOWELS or first in "ghk" or root.startswith("kh"):
        return prefix + "ng" + rest
    if first in "bpfv":
        return prefix + "m" + rest
    if first in "dcjtz":
        return prefix + "n" + rest
    if first == "s":
        return prefix + ("ny" + rest if drop else "n" + rest)
    return prefix + rest


def indonesian_forms(root: str, bare: bool = True) -> dict[str, Voice]:
    """Affixed forms of an Indonesian verb root, each tagged with its voice."""
    root = root.lower()
    forms: dict[str, Voice] = {}

    def put(form: str, voice: Voice) -> None:
        forms.setdefault(form, voice)

    if bare:
        put(root, "active")
        for suffix in ("kan", "i"):
            put(root + suffix, "active")
    me, pe = nasal("me", root), nasal("pe", root)
    for suffix in ("", "kan", "i"):
        put(me + suffix, "active")
        put("di" + root + suffix, "passive")
        put("ter" + root + suffix, "passive")
        put("memper" + root + suffix, "active")
        put("diper" + root + suffix, "passive")
    put("ber" + root, "active")
    put(root + "an", "noun")
    put(pe + "an", "noun")
    put("per" + root + "an", "noun")
    put("ke" + root + "an", "noun")
    put(pe, "agent")
    return forms


def english_verb_forms(verb: str, irregular: Iterable[str] = ()) -> dict[str, Voice]:
    """Inflections of an English verb; past forms are 'past', resolved to passive in context."""
    verb = verb.lower()
    forms: dict[str, Voice] = {verb: "active"}
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        third, past, ing = verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    elif verb.endswith("e"):
        third, past, ing = verb + "s", verb + "d", verb[:-1] + "ing"
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        third, past, ing = verb + "es", verb + "ed", verb + "ing"
    elif (
        _syllables(verb) == 1
        and len(verb) >= 3
        and verb[-1] not in VOWELS | {"w", "x", "y"}
        and verb[-2] in VOWELS
        and verb[-3] not in VOWELS
    ):
        third, past, ing = verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        third, past, ing = verb + "s", verb + "ed", verb + "ing"
    forms[third] = "active"
    forms[ing] = "active"
    forms[past] = "past"
    for form in irregular:
        forms[form.lower()] = "past"
    return forms


def english_noun_forms(noun: str) -> list[str]:
    """A noun and its regular plural."""
    noun = noun.lower()
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in VOWELS:
        return [noun, noun[:-1] + "ies"]
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return [noun, noun + "es"]
    return [noun, noun + "s"]
