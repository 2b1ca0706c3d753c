"""What the clause reader misses: headline styles, targets, holders, 'arms' as a verb."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from pantau.filter import bare
from pantau.filter.direction import Clause, Roles
from pantau.filter.matching import Hit, with_lent
from pantau.filter.parts import TRACED_ENTRY
from pantau.filter.watchlist import Watchlist

_ROUNDUP = re.compile(r";|\s[|•·▪]\s")
_ROUNDUP_MARKS = frozenset(";|•·▪")  # a roundup's break holds one of them
_FIGHT = re.compile(r"\s+\S+(?:\s+\S+)?\s+(?:lawan|melawan|hadapi|menghadapi)\b", re.IGNORECASE)
_DITRANSITIVE = frozenset({"beri", "give"})
_ACCUSED = re.compile(
    r"^\W*(?:video:\s*)?(?:dituding|dituduh|diduga|disebut|dicurigai|dikabarkan|accused of|"
    r"allegedly|suspected of)\b",
    re.IGNORECASE,
)


_DENIED_QUESTION = re.compile(r"\?\s*(?:bukan|tidak|no|not)\b\W*", re.IGNORECASE)


def _has_roundup_mark(title: str) -> bool:
    """Whether title holds a roundup's break mark; in ASCII only ';' and '|' can be there."""
    if ";" in title or "|" in title:
        return True
    return not title.isascii() and not _ROUNDUP_MARKS.isdisjoint(title)


def lead_item(title: str) -> str:
    """A roundup headline ("A; B; C", "[POPULER] A | B") is about its first item."""
    head = _ROUNDUP.split(title, maxsplit=1)[0] if _has_roundup_mark(title) else title
    head = head if head.strip() else title
    if "?" not in head:
        return head  # no question: most titles skip both regex scans
    # "Indonesia Beli Drone? Bukan, Kali Ini Kapal Perang": the answer is the story.
    denied = _DENIED_QUESTION.search(head)
    return head[denied.end() :] if denied and head[denied.end() :].strip() else head


def accused_supplier(title: str, transfer: Hit, hits: list[Hit], roles: Roles) -> Roles:
    """ "Dituding Pasok Senjata ke Houthi, Iran: ..." names the accused party after the comma."""
    if roles.supplier is not None or transfer.entry.sub != "give" or not _ACCUSED.match(title):
        return roles
    comma = title.find(",", transfer.end)
    if comma < 0:
        return roles
    colon = title.find(":", comma)
    stop = colon if colon >= 0 else len(title)
    for hit in hits:
        named = hit.entry.kind == "actor" and hit.entry.canonical != roles.recipient
        if named and comma < hit.start < stop:
            return replace(roles, supplier=hit.entry.canonical, supplier_rank=2)
    return roles


def attacks_target(
    roles: Roles, actors: frozenset[str], hostile: frozenset[tuple[str, str]]
) -> bool:
    """ "Kirim drone ke Israel" with the Houthis in the sentence: the second party is a target."""
    if roles.supplier is not None or roles.several_sources or roles.recipient is None:
        return False  # "Iranian and North Korean rockets in Hamas caches": suppliers named
    return any((actor, roles.recipient) in hostile for actor in actors)


def owner_recipient(text: str, transfer: Hit, hits: list[Hit], roles: Roles) -> Roles:
    """ "Senjata Hamas yang dipasok Iran": the items' owner before a passive verb receives them."""
    if roles.recipient is not None or roles.supplier is None or transfer.entry.voice != "passive":
        return roles
    if transfer.entry.sub != "give":
        return roles
    before = [h for h in hits if h.end <= transfer.start]
    for item, owner in pairwise(before):
        if item.entry.kind != "item" or owner.entry.kind != "actor":
            continue
        if text[item.end : owner.start].strip() or owner.entry.canonical == roles.supplier:
            continue
        return replace(roles, recipient=owner.entry.canonical, recipient_rank=3)
    return roles


def indirect_object(text: str, transfer: Hit, hits: list[Hit], roles: Roles) -> Roles:
    """ "Memberi Iran 100 jet": the party right after an active give verb receives the items."""
    if transfer.entry.canonical not in _DITRANSITIVE or transfer.entry.voice != "active":
        return roles
    after = [h for h in hits if h.start >= transfer.end]
    if len(after) < 2 or after[0].entry.kind != "actor" or after[1].entry.kind != "item":
        return roles
    if text[transfer.end : after[0].start].strip():
        return roles
    receiver = after[0].entry.canonical
    if roles.supplier != receiver:
        return roles
    return replace(
        roles,
        supplier=roles.recipient,
        recipient=receiver,
        supplier_rank=roles.recipient_rank,
        recipient_rank=roles.supplier_rank,
    )


def site_recipient(clause: Clause, transfer: Hit, roles: Roles) -> Roles:
    """ "Iran opens drone factory in Tajikistan": the factory's country receives it."""
    at = [
        a.hit.entry.canonical
        for a in clause.actors
        if a.mark in ("at", "made_in") and a.hit.start > transfer.end
    ]
    hosts = [c for c in at if c != roles.supplier]
    if not hosts:
        return roles
    return replace(roles, recipient=hosts[0], recipient_rank=2)


def helps_fight(text: str, transfer: Hit) -> bool:
    """ "Bantu Houthi Lawan AS": help in a fight, told without handing anything over."""
    if transfer.text.lower() != "bantu":
        return False
    return bool(_FIGHT.match(text, transfer.end))


_USERS = frozenset(
    {"used", "uses", "using", "fired", "fires", "menembakkan"}
    | {"menggunakan", "memakai", "pakai", "gunakan"}
)


def user_recipient(text: str, transfer: Hit, hits: list[Hit], roles: Roles) -> Roles:
    """ "Russia used North Korean-supplied KN-23": the party using supplied weapons got them."""
    if roles.recipient is not None or roles.supplier is None or transfer.entry.sub != "give":
        return roles
    for hit in hits:
        if hit.end > transfer.start or hit.entry.kind != "actor":
            continue
        words = text[hit.end : transfer.start].split()
        if words and words[0].lower() in _USERS and hit.entry.canonical != roles.supplier:
            return replace(roles, recipient=hit.entry.canonical, recipient_rank=3)
    return roles


def verb_arms(text: str, hits: list[Hit], arming: Hit | None) -> list[Hit]:
    """ "Russia arms Myanmar junta": 'arms' between two parties is the verb, not the weapons."""
    if arming is None:
        return hits
    out = list(hits)
    for i in range(1, len(out) - 1):
        prev, hit, nxt = out[i - 1], out[i], out[i + 1]
        if hit.entry.kind != "item" or hit.text.lower() != "arms":
            continue
        if prev.entry.kind != "actor" or nxt.entry.kind != "actor":
            continue
        if text[prev.end : hit.start].strip() or len(text[hit.end : nxt.start].split()) > 1:
            continue
        out[i] = replace(hit, entry=arming.entry)
    return out


_HANDS = re.compile(
    r"(?:tangan|hands\s+of|possession\s+of|genggaman|gudang\s+(?:senjata|amunisi)|"
    r"arsenals?\s+of|stockpiles?\s+of)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)  # "ditemukan di gudang senjata tentara Sudan": the depot's holder has the weapons


def holder_recipient(text: str, transfer: Hit, hits: list[Hit], roles: Roles) -> Roles:
    """ "Drone Iran ditemukan di tangan milisi Sudan": whoever holds the weapons received them."""
    if roles.recipient is not None:
        return roles
    for hit in hits:
        if hit.start < transfer.end or hit.entry.kind != "actor":
            continue
        if hit.entry.canonical == roles.supplier:
            continue
        if _HANDS.search(text, max(transfer.end, hit.start - 25), hit.start):
            return replace(roles, recipient=hit.entry.canonical, recipient_rank=2)
    return roles


_CLAIMS = re.compile(
    r"\s*(claims?|allegations?|accusations?|reports?|rumou?rs?)(?!\w)", re.IGNORECASE
)


def claims_of(title: str, hits: list[Hit], give: Hit | None) -> list[Hit]:
    """ "Kremlin: North Korean ammunition claims are 'lies'": claims tell of a claimed supply."""
    if give is None or any(h.entry.kind == "transfer" for h in hits):
        return hits
    for owner, item in pairwise(hits):
        if owner.entry.kind != "actor" or item.entry.kind != "item":
            continue
        if title[owner.end : item.start].strip():
            continue
        found = _CLAIMS.match(title, item.end)
        other = any(
            h.entry.kind == "actor" and h.entry.canonical != owner.entry.canonical for h in hits
        )
        if found is None or not other:
            continue  # a second party is the claimed recipient
        start, end = found.span(1)
        word = replace(give, start=start, end=end, text=title[start:end])
        return with_lent(hits, [word])
    return hits


def claimed_roles(text: str, transfer: Hit, hits: list[Hit], roles: Roles) -> Roles:
    """The parties of claims_of: the weapons' party supplies the other party named."""
    if not _CLAIMS.fullmatch(transfer.text) or transfer.entry.kind != "transfer":
        return roles
    before = [h for h in hits if h.end <= transfer.start]
    if len(before) < 2 or before[-2].entry.kind != "actor":
        return roles
    owner = before[-2].entry.canonical
    others = [h.entry.canonical for h in hits if h.entry.kind == "actor"]
    others = [c for c in others if c != owner]
    return replace(
        roles,
        supplier=owner,
        recipient=others[0] if others else None,
        supplier_rank=2,
        recipient_rank=3,
        several_sources=False,
    )


_SHIPS = re.compile(r"(?<=\s)(?:ships|ship|shipping)(?=\s)")
_TRADERS = re.compile(
    r"\s*(?:(?:state|private|arms|defen[cs]e|trading|front)\s+)?(?:firms?|compan(?:y|ies)|"
    r"traders?|suppliers?|exporters?|makers?|manufacturers?|entities|networks?)?\s*",
    re.IGNORECASE,
)
"""What may stand between a party and its shipping verb: "China firms ship drone parts"."""


def verb_ships(text: str, hits: list[Hit], send: Hit | None) -> list[Hit]:
    """ "Pyongyang ships shells to Moscow": 'ships' after a party and before weapons is the verb.

    Also 'ship' and 'shipping' ("Iran shipping drones to Sudan"), a party's firms between.
    """
    if send is None:
        return hits
    words = []
    for m in _SHIPS.finditer(text):
        before = [h for h in hits if h.end <= m.start()]
        after = [h for h in hits if h.start >= m.end()]
        if not before or not after or before[-1].entry.kind != "actor":
            continue
        if not _TRADERS.fullmatch(text, before[-1].end, m.start()) or after[0].entry.kind != "item":
            continue
        if len(text[m.end() : after[0].start].split()) > 2:
            continue
        field = before[-1].field  # the lent hit is the title's; these words are this text's
        words.append(replace(send, field=field, start=m.start(), end=m.end(), text=m.group()))
    return with_lent(hits, words)


_BARE = re.compile(r" (?:untuk|for|bagi|ke|kepada|to|di|in|on) ")  # bare_for's and placed's words


# Kept per watchlist and word: the hit lent is a template (readings lend replaced copies), and
# finding it anew cost a match over the word in a quarter of all stories.
@lru_cache(maxsize=32)
def lend(watchlist: Watchlist, word: str) -> Hit | None:
    """A transfer word of the watchlist as a hit, to lend its entry ("arms" as a verb)."""
    found = [h for h in watchlist.matcher.find(word, "title") if h.entry.kind == "transfer"]
    return found[0] if found else None


def verbless(
    title: str,
    text: str,
    title_hits: list[Hit],
    text_hits: list[Hit],
    lent: Callable[[str], Hit | None],
) -> tuple[list[Hit], list[Hit]]:
    """Transfer words told without the watchlist's verbs: 'for', 'ships', 'arms', claims."""
    low = title.lower()
    if _BARE.search(low):
        give = lent("kirim")
        title_hits = bare.placed(title, bare.bare_for(title, title_hits, give), give)
    if " ship" in title or " ship" in text:
        send = lent("sends")
        title_hits = verb_ships(title, title_hits, send)
        text_hits = verb_ships(text, text_hits, send)
    if " claim" in low or " allegation" in low:
        title_hits = claims_of(title, title_hits, lent("kirim"))
    if _names_arms(title_hits) or _names_arms(text_hits):
        arming = lent("arming")
        title_hits = verb_arms(title, title_hits, arming)
        text_hits = verb_arms(text, text_hits, arming)
    return title_hits, text_hits


def _names_arms(hits: list[Hit]) -> bool:
    """Whether a hit is the word "arms", which may be a verb ("Iran arms Houthis")."""
    # A loop, not any() over a generator: it runs over every story's hits (80,000 a corpus
    # pass), and resuming a generator for each costs twice the loop.
    for hit in hits:  # noqa: SIM110
        if len(hit.text) == 4 and hit.text.lower() == "arms":
            return True
    return False


_LABEL = re.compile(
    r"(?:^\W*(?:roundup|round-up|rangkuman|ringkasan|kilas|sepekan|in\s+brief|digest|"
    r"news\s+wrap|wrap-up)\b[^:]{0,40}:\s*|:\s*[^:,]{0,40}\b(?:roundup|round-up|rangkuman|"
    r"ringkasan|kilas|sepekan|in\s+brief|digest|wrap|wrap-up)\W*$)",
    re.IGNORECASE,
)
"""A roundup's label before a colon at the start, or after the last colon at the end."""
_ITEM_BREAK = re.compile(r",\s+")
_LABEL_WORDS = (
    "roundup", "round-up", "rangkuman", "ringkasan", "kilas", "sepekan", "brief", "digest", "wrap",
)  # fmt: skip
"""Each label _LABEL matches holds one of them."""
_CASE_ODD = ("\u0130", "\u0131", "\u017f")
"""İ, ı and ſ: re.IGNORECASE reads them as i, i and s; lower() does not make them so."""


def _may_label(title: str) -> bool:
    """Whether title may hold a roundup's label: a label word, as re.IGNORECASE would find it."""
    low = title.lower()
    return any(word in low for word in _LABEL_WORDS) or any(c in title for c in _CASE_ODD)


def roundup_lead(title: str) -> str:
    """The first item of a labelled roundup's comma list; any other title unchanged.

    "Iran arms shipment to Sudan, Russian jets for Mali, Chinese drones in Myanmar:
    Africa-Asia arms roundup" is about Iran's shipment to Sudan. Unlabelled comma lists are
    left whole: "Iran Kirim Drone, Rusia Bayar Emas" tells one barter.
    """
    if ":" not in title or not _may_label(title):
        return title  # a label holds a colon and a label word: most titles skip the regex's scan
    label = _LABEL.search(title)
    if label is None:
        return title
    body = title[label.end() :] if label.start() == 0 else title[: label.start()]
    items = _ITEM_BREAK.split(body)
    if len(items) < 3:  # a roundup lists several stories; two parts may be one story
        return title
    return items[0] if items[0].strip() else title


_COPULA = re.compile(
    r"\s+(?P<verb>are|were|is|was|bear|bears|carry|carries)\s+(?:(?:all|mostly|likely|probably|"
    r"reportedly|the)\s+)*$",
    re.IGNORECASE,
)
_MAKER_MARK = re.compile(
    r"(?:-(?:made|built|designed|manufactured|supplied)(?!\w)|\s+(?:fingerprints|hallmarks))",
    re.IGNORECASE,
)


def lend_made(text: str, hits: list[Hit]) -> list[Hit]:
    """ "Houthi missiles are Iranian-made", "bear Iranian fingerprints": the copula reads 'came
    from', the maker after it supplying the weapons' owner named beside them."""
    if "-" not in text and "ints" not in text and "arks" not in text:
        return hits  # no maker's mark: most texts skip the scan
    lent = []
    for prev, maker in pairwise(hits):
        if maker.entry.kind != "actor" or not _MAKER_MARK.match(text, maker.end):
            continue
        copula = _COPULA.search(text, prev.end, maker.start)
        if prev.entry.kind == "item" and copula is not None:
            lent.append(
                Hit(maker.field, copula.start("verb"), copula.end("verb"), "to", TRACED_ENTRY)
            )
    return with_lent(hits, lent)
