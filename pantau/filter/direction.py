"""Who supplies whom: supplier and recipient from a transfer word, its voice and prepositions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from pantau.filter.matching import Hit

Mark = Literal[
    "from",
    "holder",
    "to",
    "by",
    "with",
    "at",
    "origin",
    "made_in",
    "owner",
    "genitive",
    "attr",
    "target",
    "none",
]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated list."""
    return frozenset(text.split())


_TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*", re.UNICODE)
_FROM = _words("dari from")
_TO = _words("ke kepada untuk bagi to for into menuju buat toward towards")
_BY = _words("oleh by")
_WITH = _words("dengan with")
_AT = _words("di in at via through melalui lewat atas against terhadap")
_SANCTION = _words("sanksi sanction sanctions embargo caatsa")
_SANCTION_BY = _words("sanksi embargo")
_INCLUDING = _words("termasuk including seperti")
_TRACED = _words("traced linked attributed tied ditelusuri")
_NOT_TO = _words(
    "according due compared thanks next close prior ahead beralih mengarah berpaling berpindah "
    "pindah berbalik condong turned turning switched switching shifted shifting pivoted pointed "
    "points pointing"
)
_BARRIER = _words(
    "bahwa that kata ujar said says menurut according menilai menyebut mengatakan menduga "
    "meyakini menuduh mengklaim menegaskan menyatakan melaporkan memperkirakan believes "
    "believe claims claimed alleges alleged accused accuses told reported warned suspects "
    "suspected estimated sementara while whereas namun but tetapi sedangkan dakwa mendakwa "
    "menjerat indicts indict sues"
)
_COPULA = _words(
    "jadi menjadi adalah merupakan sebagai ialah is was as became becomes remains a the main "
    "utama terbesar top key largest biggest major salah satu one of sebuah akan will "
    "would telah has have had been tetap masih still juga also kini now kedua ketiga "
    "second third an penting important leading dominant sole only"
)
_ORIGIN = _words("buatan produksi bikinan asal made built")
_OWNER = _words("milik kepunyaan owned")
_MADE = _words("produced made built manufactured diproduksi dibuat dibangun dikembangkan")
_CITIZEN = _words("warga wni wna citizen citizens national nationals")
_USED_BY = _words("digunakan dipakai ditembakkan diluncurkan dioperasikan")
_USED = _USED_BY | _words("used operated fired launched")
_SEIZED = _words(
    "seized captured confiscated recovered taken intercepted disita sitaan dirampas rampasan "
    "direbut disita dicegat"
)
_OFFER = _words("menawarkan offer")
_PRODUCTION = frozenset({"merakit", "membangun industri"})  # watchlist canonicals of making
_ACCUSATION = _words(
    "tuduhan tudingan klaim accusation accusations allegation allegations claims charges"
)
_RELATIVE = _words("yang which who")
_RANKED = _words("utama terbesar terpenting terdepan")
_LINK = _words("jadi menjadi adalah merupakan ialah is was are were became becomes become remains")
_PUNCT = re.compile(r"[,;:()\"“”]")
_DATELINE = re.compile(r"\s*(?:\([^)]{0,40}\)|,[^,\n]{0,40})?\s*[-–—]+\s")
_FILLER = _words(
    "pihak pemerintah negara militer tentara pasukan rezim the angkatan bersenjata armed "
    "forces government regime presiden president pemimpin kelompok milisi sekutu "
    "sekutunya mitra sang para kubu wilayah kawasan its their ally allies militan pejuang "
    "kementerian pertahanan ministry defence defense of perusahaan industri pabrik "
    "produsen"
)
_COORD = _words("dan and serta atau or")
_ARTICLE = _words("a an")
_TO_PLACE = _words("ke kepada to")
_SITE = _words(
    "plant plants factory factories port ports base bases company companies firm firms facility "
    "facilities depot depots shipyard shipyards arsenal airfield airbase unit units pabrik "
    "pelabuhan pangkalan perusahaan gudang galangan fasilitas bandara kilang parit trench "
    "trenches positions posisi stockpiles stockpile"
)
_CARRIER = _words(
    "ship ships vessel vessels freighter freighters cargo tanker tankers convoy convoys plane "
    "planes kapal konvoi kargo tanker"
)
_LEAD = _FILLER | _COPULA | _words("kembali lagi again secretly diam-diam pun")
_BE = _words("is are was were be been being get got gets")
_IMPORTS = _words(
    "imports import purchases purchase acquisitions acquisition procurement procurements "
    "impor pembelian pengadaan"
)
_DEMONYM_ENDS = tuple(_words("ian ean ese ish can eli ani ians eans cans ch qi thai saudi emirati"))
_NEAR = 4
_GUESS = 4


@dataclass(frozen=True, slots=True)
class Roles:
    """Supplier and recipient read from one transfer word; lower rank is surer, 9 means none."""

    supplier: str | None = None
    recipient: str | None = None
    supplier_rank: int = 9
    recipient_rank: int = 9
    several_sources: bool = False
    unnamed_recipient: bool = False
    barter: bool = False  # goods paid for weapons: see pantau/filter/barter.py
    other_sources: tuple[str, ...] = ()  # "radar dari Prancis, serta meriam dari India"
    paid_back: bool = False  # the payment was weapons too: the reverse pair is a transfer
    other_recipients: tuple[str, ...] = ()  # "ke Indonesia dan Pakistan": one word, two buyers


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    word: str


@dataclass(frozen=True, slots=True)
class _Actor:
    hit: Hit
    mark: Mark
    first_token: int
    last_token: int


class Clause:
    """One sentence's tokens and actors, marked by the preposition governing each actor."""

    def __init__(self, text: str, start: int, end: int, hits: list[Hit]) -> None:
        self.text = text
        self.start = start
        low = text[start:end].lower()
        self.tokens = [
            _Token(m.start() + start, m.end() + start, m.group()) for m in _TOKEN.finditer(low)
        ]
        self.hits = hits
        self.actors: list[_Actor] = []
        for i, hit in enumerate(hits):
            if hit.entry.kind == "actor":
                self.actors.append(self._mark(i, hit))

    def parties(self) -> tuple[str, ...]:
        """Actors of the clause that may be parties: not places, makers' sites or modifiers."""
        kept = (a for a in self.actors if a.mark not in ("at", "attr", "made_in", "target"))
        return tuple(dict.fromkeys(a.hit.entry.canonical for a in kept))

    def _token_at(self, pos: int) -> int:
        """Index of the first token ending after pos."""
        for i, tok in enumerate(self.tokens):
            if tok.end > pos:
                return i
        return len(self.tokens)

    def _mark(self, index: int, hit: Hit) -> _Actor:
        """The role marker before an actor: a preposition, an item it qualifies, or none."""
        first, last = self._token_at(hit.start), self._token_at(hit.end - 1)
        after = self.text[hit.end : hit.end + 7].lower()
        if after.startswith(("-led", " led ", "-backed")):
            return _Actor(hit, "attr", first, last)  # "a Latvia-led coalition": no single party
        if not self.text[: hit.start].strip() and _DATELINE.match(self.text, hit.end):
            return _Actor(hit, "at", first, last)  # "KYIV - Ribuan drone dikirim": a dateline
        if self._person(first, last):
            return _Actor(hit, "attr", first, last)  # "warga China", "Iranian nationals": a person
        if self._struck(index, hit):
            return _Actor(hit, "target", first, last)
        if self._carrier(first, last):
            return _Actor(hit, "origin", first, last)
        if self._importer(index, hit, last):
            return _Actor(hit, "to", first, last)
        if after.startswith(("-made", "-built", " made ", "-designed", "-supplied")) or (
            self._demonym_before_item(index, hit, last)
        ):
            return _Actor(hit, "origin", first, last)
        if (first > 0 and self.tokens[first - 1].word in _SANCTION_BY) or (
            last + 1 < len(self.tokens) and self.tokens[last + 1].word in _SANCTION
        ):
            # "sanksi Amerika Serikat", "US sanctions": the sanctioning state is no party
            # (but "EU sanctions Belarusian firms for supplying": the sanctioned one may be).
            return _Actor(hit, "attr", first, last)
        if last + 1 < len(self.tokens) and self.tokens[last + 1].word in _SITE:
            # "to a Russian plant": the site's preposition governs its owner.
            site = self._via_site(first - 1)
            if site is not None:
                return _Actor(hit, site, first, last)
        mark: Mark = "none"
        prev_hit = self.hits[index - 1] if index > 0 else None
        j = first - 1
        skipped = 0
        while j >= 0 and skipped <= 3:
            word = self.tokens[j].word
            if word in _USED_BY or (word in _BY and j > 0 and self.tokens[j - 1].word in _USED):
                mark = "holder"  # "drone yang dipasok Iran digunakan Rusia": the user got them
            elif word in _FROM and j > 0 and self.tokens[j - 1].word in _SEIZED:
                mark = "holder"  # "senjata sitaan dari Hamas": taken from the party that got them
            elif word in _FROM:
                mark = "from"
            elif word in _INCLUDING and self._listed_after_to(j):
                mark = "to"  # "ke 30 negara, termasuk Indonesia": a listed recipient
            elif word in _TO and j > 0 and self.tokens[j - 1].word in _TRACED:
                mark = "from"  # "rockets traced to Iranian supply lines": the source
            elif word in _TO:
                # "beralih ke India", "according to Kyiv": a direction, not a recipient.
                mark = "at" if j > 0 and self.tokens[j - 1].word in _NOT_TO else "to"
            elif word in _BY:
                mark = "owner" if j > 0 and self.tokens[j - 1].word in _OWNER else "by"
            elif word in _WITH:
                mark = "with"
            elif word in _AT:
                site = self._via_site(j - 2) if j > 0 and self.tokens[j - 1].word in _SITE else None
                if site is None and j > 0 and self.tokens[j - 1].word in _FILLER:
                    j, skipped = j - 2, skipped + 1
                    continue
                # "to a factory in Russia": the site's destination is the actor's.
                made = j > 0 and self.tokens[j - 1].word in _MADE
                mark = site or ("made_in" if made else "at")
            elif word in _ORIGIN:
                mark = "origin"
            elif word in _OWNER:
                mark = "owner"
            elif word in _ARTICLE and not hit.text.lower().endswith(_DEMONYM_ENDS):
                mark = "attr"  # "a Jakarta defence forum" is a place; "an Iranian firm" may act
            elif word in _COORD and self.actors:
                before = self.actors[-1]
                if before.last_token == j - 1 or (j > 0 and self.tokens[j - 1].word == ","):
                    mark = before.mark
            elif word in _SITE and (site := self._via_site(j - 1)) is not None:
                mark = site  # "ke pelabuhan Rusia"
            elif word in _FILLER or (word in _RANKED and _is_item(prev_hit)):
                # "pemasok drone utama Rusia": a ranking word between an item and its genitive.
                j, skipped = j - 1, skipped + 1
                continue
            elif (
                prev_hit is not None
                and prev_hit.entry.kind == "item"
                and prev_hit.start <= self.tokens[j].start < prev_hit.end
                and not _PUNCT.search(self.text[prev_hit.end : hit.start])
            ):
                mark = "genitive"
            break
        return _Actor(hit, mark, first, last)

    def _person(self, first: int, last: int) -> bool:
        """A citizen of a state named ("warga negara Iran", "Chinese nationals"): no state party."""
        j = first - 1
        while j >= 0 and self.tokens[j].word in ("negara", "of"):
            j -= 1
        before = j >= 0 and self.tokens[j].word in _CITIZEN
        return before or (last + 1 < len(self.tokens) and self.tokens[last + 1].word in _CITIZEN)

    def _listed_after_to(self, j: int) -> bool:
        """Whether a 'to' governs the few words before the list word at token j."""
        return any(t.word in _TO for t in self.tokens[max(0, j - 7) : j])

    def _via_site(self, j: int) -> Mark | None:
        """The preposition governing a site noun whose last modifier ends at token j."""
        while j >= 0 and self.tokens[j].word in _ARTICLE | _FILLER:
            j -= 1
        if j < 0:
            return None
        word = self.tokens[j].word
        if word in _FROM or (word in _TO and j > 0 and self.tokens[j - 1].word in _TRACED):
            return "from"
        if word in _TO and not (j > 0 and self.tokens[j - 1].word in _NOT_TO):
            return "to"
        if word in _AT:
            return "made_in" if j > 0 and self.tokens[j - 1].word in _MADE else "at"
        return None

    def _struck(self, index: int, hit: Hit) -> bool:
        """The object of a combat word right before it: "rudal yang hantam Kyiv" is a target."""
        if index == 0:
            return False
        prev = self.hits[index - 1]
        if prev.entry.kind != "negative" or prev.entry.canonical != "combat":
            return False
        if prev.text.lower().startswith("di"):
            return False  # "ditembakkan Rusia": the passive's agent fires, it is not struck
        between = self.text[prev.end : hit.start].split()
        return len(between) <= 1 and all(w.lower() in _FILLER for w in between)

    def targets(self) -> tuple[str, ...]:
        """Actors struck by a combat word in the clause."""
        return tuple(a.hit.entry.canonical for a in self.actors if a.mark == "target")

    def _carrier(self, first: int, last: int) -> bool:
        """ "Russian cargo ship", "kapal kargo Iran": the carrier's state sends the cargo."""
        before = first > 0 and self.tokens[first - 1].word in _CARRIER
        after = last + 1 < len(self.tokens) and self.tokens[last + 1].word in _CARRIER
        if after and _PUNCT.search(self.text, self.tokens[last].end, self.tokens[last + 1].start):
            after = False  # "Iran Bantu Houthi, Kapal ...": the ship is not the Houthis'
        return (before or after) and self.tokens[first].word not in _FROM | _TO

    def _importer(self, index: int, hit: Hit, last: int) -> bool:
        """A possessive before an item's imports is the buyer: "Azerbaijan's arms imports"."""
        if self.text[hit.end : hit.end + 2] not in ("'s", "’s") or index + 1 >= len(self.hits):
            return False
        nxt = self.hits[index + 1]
        if nxt.entry.kind != "item" or self._token_at(nxt.start) != last + 1:
            return False
        after = self._token_at(nxt.end - 1) + 1
        return after < len(self.tokens) and self.tokens[after].word in _IMPORTS

    def _demonym_before_item(self, index: int, hit: Hit, last: int) -> bool:
        """English 'Iranian drones', "Pyongyang's munitions": the actor qualifies an item."""
        possessive = self.text[hit.end : hit.end + 2] in ("'s", "’s")
        if index + 1 >= len(self.hits) or not (
            possessive or hit.text.lower().endswith(_DEMONYM_ENDS)
        ):
            return False
        nxt = self.hits[index + 1]
        if nxt.entry.kind != "item":
            return False
        between = [t.word for t in self.tokens[last + 1 : self._token_at(nxt.start)]]
        return (
            all(w in _ORIGIN or w.startswith(("made", "built")) for w in between[:2])
            and len(between) <= 2
        )

    def distance(self, a: Hit, b: Hit) -> int:
        """Words between two hits of this clause."""
        first, second = (a, b) if a.start <= b.start else (b, a)
        return max(0, self._token_at(second.start) - self._token_at(first.end - 1) - 1)

    def passive_english(self, hit: Hit) -> bool:
        """A past form after a form of 'be' within three words, or before 'by': a passive."""
        i = self._token_at(hit.start)
        if any(t.word in _BE for t in self.tokens[max(0, i - 3) : i]):
            return True
        # "missiles supplied by North Korea": a participle with its agent is passive too.
        after = self._token_at(hit.end - 1) + 1
        return after < len(self.tokens) and self.tokens[after].word in _BY

    def _subject(self, transfer: Hit, agent: bool) -> _Actor | None:
        """The nearest unmarked actor before the word, not across 'bahwa'/'that'/'yang'."""
        t_first = self._token_at(transfer.start)
        barrier = max((i for i in range(t_first) if self.tokens[i].word in _BARRIER), default=-1)
        left = [
            a
            for a in self.actors
            if a.hit.end <= transfer.start and a.mark == "none" and a.first_token > barrier
        ]
        if not left:
            return None
        subject = left[-1]
        if ":" in self.text[subject.hit.end : transfer.start]:
            return None
        if agent:
            # "Russia's top drone supplier": the items an agent noun deals in stand between.
            between = [
                t.word
                for t in self.tokens[subject.last_token + 1 : t_first]
                if not self._in_item(t.start)
            ]
            # "Rusia selama puluhan tahun menjadi pemasok": a linking verb carries the subject.
            linked = any(w in _LINK for w in between) and len(between) <= _NEAR + 2
            if not linked and not all(w in _COPULA for w in between):
                return None
        return subject

    def _next_verb(self, transfer: Hit, actor: _Actor) -> bool:
        """Whether a marked actor after the word belongs to a later clause's transfer word.

        "Tunda pembelian Su-57, tawarkan produksi ke Rusia": Russia is told of the offer.
        """
        if actor.hit.start < transfer.end or actor.mark not in ("from", "to", "by"):
            return False
        stop = _PUNCT.search(self.text, transfer.end, actor.hit.start)
        return stop is not None and any(
            h.entry.kind == "transfer" and stop.end() <= h.start < actor.hit.start
            for h in self.hits
        )

    def _in_item(self, pos: int) -> bool:
        """Whether a text position lies inside an item's mention."""
        return any(h.entry.kind == "item" and h.start <= pos < h.end for h in self.hits)

    def _relative_head(self, subject: _Actor, transfer: Hit) -> bool:
        """Whether a relative word between subject and verb heads a noun other than the subject."""
        t_first = self._token_at(transfer.start)
        relative = [
            i for i in range(subject.last_token + 1, t_first) if self.tokens[i].word in _RELATIVE
        ]
        return bool(relative) and relative[-1] - 1 != subject.last_token

    def _rank(self, actor: _Actor, transfer: Hit, rank: int) -> tuple[int, int, str]:
        """A role candidate: rank, then distance from the word, then the code."""
        code = actor.hit.entry.canonical
        if actor.hit.end <= transfer.start:
            gap = self.text[actor.hit.end : transfer.start]
            # "came from China, bought through intermediaries": another clause's source.
            if actor.mark in ("from", "to") and _PUNCT.search(gap):
                rank += 1
            return rank, self._token_at(transfer.start) - actor.last_token, code
        return rank, actor.first_token - self._token_at(transfer.end - 1), code

    def unnamed_recipient(self, transfer: Hit) -> bool:
        """Items then a recipient naming no state: "sell drones to 'any friendly nation'"."""
        items = [h for h in self.hits if h.entry.kind == "item" and h.start >= transfer.end]
        if not items or self._token_at(items[0].start) > self._token_at(transfer.end - 1) + 2:
            return False
        i = self._token_at(items[0].end - 1) + 1
        if i + 1 >= len(self.tokens) or self.tokens[i].word not in _TO_PLACE:
            return False
        start, end = self.tokens[i + 1].start, self.tokens[-1].end
        stop = _PUNCT.search(self.text, start, end)
        end = stop.start() if stop else end
        return not any(start <= a.hit.start < end for a in self.actors)

    def roles(self, transfer: Hit, upto: int | None = None) -> Roles:
        """Supplier and recipient of one transfer word from the clause's actors before upto."""
        roles = self._roles(transfer, upto)
        if roles.supplier and roles.recipient and self._buyer_offers_production(transfer, roles):
            # "India tunda pembelian Su-57, tawarkan produksi lokal ke Rusia": the buyer offers
            # to make the seller's weapons at home, so the seller supplies.
            roles = replace(
                roles,
                supplier=roles.recipient,
                recipient=roles.supplier,
                supplier_rank=roles.recipient_rank,
                recipient_rank=roles.supplier_rank,
            )
        speaker = self._accused_speaker(transfer) if roles.supplier is None else None
        if speaker is not None and transfer.entry.sub == "give" and speaker != roles.recipient:
            roles = replace(roles, supplier=speaker, supplier_rank=3)
        if roles.recipient is None and transfer.entry.sub == "give":
            open_to = self.unnamed_recipient(transfer)
            return replace(roles, unnamed_recipient=open_to)
        return roles

    def _buyer_offers_production(self, transfer: Hit, roles: Roles) -> bool:
        """An offer of production ("tawarkan produksi lokal") by a buyer in the same clause."""
        if transfer.entry.canonical not in _OFFER:
            return False
        later = [h for h in self.hits if h.start >= transfer.end]
        if not later or later[0].entry.canonical not in _PRODUCTION:
            return False
        if self._token_at(later[0].start) - self._token_at(transfer.end - 1) > 1:
            return False
        buys = (
            h
            for h in self.hits
            if h.entry.kind == "transfer"
            and h.entry.sub == "get"
            and h.entry.canonical not in _PRODUCTION
            and h is not transfer
        )
        return any(self._roles(h, None).recipient == roles.supplier for h in buys)

    def _accused_speaker(self, transfer: Hit) -> str | None:
        """ "Kemlu Korut: Tuduhan Pasok Senjata ke Rusia ...": the speaker answers an accusation."""
        colon = self.text.rfind(":", self.start, transfer.start)
        if colon < 0:
            return None
        words = [t.word for t in self.tokens if colon < t.start < transfer.start]
        if not any(w in _ACCUSATION for w in words):
            return None
        speakers = [a for a in self.actors if a.hit.end <= colon and a.mark == "none"]
        return speakers[-1].hit.entry.canonical if speakers else None

    def _roles(self, transfer: Hit, upto: int | None) -> Roles:
        """Supplier and recipient of one transfer word, before checking for a nameless one."""
        direction, voice = transfer.entry.sub, transfer.entry.voice
        if direction not in ("give", "get", "arrive"):
            return Roles()
        if voice == "past":
            voice = "passive" if self.passive_english(transfer) else "active"
        t_last = self._token_at(transfer.end - 1)
        supplier: list[tuple[int, int, str]] = []
        recipient: list[tuple[int, int, str]] = []
        actors = [
            a
            for a in self.actors
            if (upto is None or a.hit.start < upto) and not self._next_verb(transfer, a)
        ]
        right = [
            a
            for a in actors
            if a.hit.start >= transfer.end
            and a.mark == "none"
            and a.first_token - t_last <= (1 if voice == "noun" else _NEAR)
            # "carries the risk of US sanctions": only fillers between a verb and its object.
            and all(t.word in _LEAD for t in self.tokens[t_last + 1 : a.first_token])
        ]
        subject = self._subject(transfer, voice == "agent")
        if subject and voice in ("active", "agent") and self._relative_head(subject, transfer):
            subject = None  # "Korsel sanksi kapal yang angkut senjata": the ship carries
        after = right[0] if right else None
        has_from = any(a.mark == "from" for a in actors)
        give = direction == "give"
        for actor in actors:
            mark = actor.mark
            if mark == "from":
                supplier.append(self._rank(actor, transfer, 1))
            elif mark == "to":
                recipient.append(self._rank(actor, transfer, 1))
            elif mark == "holder" and direction != "arrive":
                recipient.append(self._rank(actor, transfer, 2))
            elif mark == "by" and direction != "arrive":
                (supplier if give else recipient).append(self._rank(actor, transfer, 1))
            elif mark == "origin" and direction == "get" and has_from:
                # "Russian shells come from North Korea": the holder of items told of as coming
                # from a named source received them.
                held = actor.hit.end <= transfer.start
                (recipient if held else supplier).append(self._rank(actor, transfer, 3))
            elif mark == "origin":
                supplier.append(self._rank(actor, transfer, 3))
            elif mark == "made_in" and give:
                # "produced in China and shipped to Russia": a likely source, not evidence.
                supplier.append(self._rank(actor, transfer, _GUESS))
            elif mark == "owner" and direction != "arrive":
                # The owner of the goods is the other side: "suku cadang jet milik Korut".
                (recipient if give else supplier).append(self._rank(actor, transfer, 3))
            elif mark == "genitive":
                # "pembelian senjata Rusia dari Korut": with a source named, the genitive buys;
                # "pemasok utama alutsista Armenia": an agent's genitive is its customer.
                takes = (direction == "get" and has_from) or (voice == "agent" and give)
                (recipient if takes else supplier).append(self._rank(actor, transfer, 3))
            elif mark == "with" and direction == "get":
                supplier.append(self._rank(actor, transfer, 3))
            elif mark == "at" and direction == "arrive":
                recipient.append(self._rank(actor, transfer, 2))
        # An item's maker supplies it, unless the items are the price of goods (upto is set).
        supplier += [
            (5, 99, h.entry.origin)
            for h in self.hits
            if h.entry.kind == "item" and h.entry.origin and upto is None
        ]
        if direction == "arrive":
            if after:
                recipient.append(self._rank(after, transfer, 2))
            return _pick(
                supplier, recipient, self._source_groups(actors, transfer), self._to_list(actors)
            )
        giver, taker = (supplier, recipient) if give else (recipient, supplier)
        if voice == "agent" and subject and self.text[subject.hit.end :].startswith(("'s", "’s")):
            # "Moscow's suppliers", "Russia's main supplier": the possessive is the customer.
            taker.append(self._rank(subject, transfer, 2))
            before = [a for a in actors if a.last_token < subject.first_token and a.mark == "none"]
            linked = before and all(
                t.word in _COPULA | _LINK
                for t in self.tokens[before[-1].last_token + 1 : subject.first_token]
            )
            if linked:
                giver.append(self._rank(before[-1], transfer, 2))  # "Iran is Russia's supplier"
        elif voice in ("active", "agent"):
            if subject:
                giver.append(self._rank(subject, transfer, 2))
            if after and give and voice == "active":
                taker.append(self._rank(after, transfer, 2))
            elif after and voice == "active" and after.hit.text.lower().endswith(_DEMONYM_ENDS):
                taker.append(self._rank(after, transfer, 3))  # "received Russian help"
        elif voice == "passive":
            if after:
                giver.append(self._rank(after, transfer, 2))
            if subject and _clitic_agent(transfer):
                # "drone yang diterimanya": -nya is the doer, the clause's subject.
                giver.append(self._rank(subject, transfer, 2))
            elif subject and give:
                # "Korut memproduksi drone untuk dikirim ke Rusia": with a recipient named,
                # the subject of a passive 'give' is likely the sender, though only a guess.
                named = any(r[0] == 1 for r in recipient)
                (supplier if named else recipient).append(
                    self._rank(subject, transfer, 4 if named else 3)
                )
        elif voice == "noun":
            if after:
                giver.append(self._rank(after, transfer, 2))
            if subject:
                giver.append(self._rank(subject, transfer, 4))
        return _pick(
            supplier, recipient, self._source_groups(actors, transfer), self._to_list(actors)
        )

    def _to_list(self, actors: list[_Actor]) -> tuple[str, ...]:
        """Recipients listed after one 'to' ("ke Indonesia dan Pakistan"), when there are two."""
        listed: list[_Actor] = []
        for actor in (a for a in actors if a.mark == "to"):
            if listed and any(
                t.word not in _COORD | _TO | _FILLER
                for t in self.tokens[listed[-1].last_token + 1 : actor.first_token]
            ):
                break
            listed.append(actor)
        codes = tuple(dict.fromkeys(a.hit.entry.canonical for a in listed))
        return codes if len(codes) > 1 else ()

    def _own_from(self, actor: _Actor) -> bool:
        """Whether a 'from' of its own governs the actor, not one shared through 'and'."""
        j = actor.first_token - 1
        while j >= 0 and self.tokens[j].word in _ARTICLE | _FILLER:
            j -= 1
        return j >= 0 and self.tokens[j].word in _FROM

    def _source_groups(self, actors: list[_Actor], transfer: Hit) -> list[list[str]]:
        """Named sources grouped by transfer: each 'from' with items of its own starts one.

        "drones from Iran and North Korea" is one transfer with two sources; "radar from France,
        and cannon from India" is two transfers, the one nearest the word the main one.
        """
        groups: list[list[_Actor]] = []
        for actor in (a for a in actors if a.mark == "from"):
            if groups and not (
                self._own_from(actor)
                and any(
                    t.word not in _COORD | _FROM | _FILLER
                    for t in self.tokens[groups[-1][-1].last_token + 1 : actor.first_token]
                )
            ):
                groups[-1].append(actor)
            else:
                groups.append([actor])
        t_first = self._token_at(transfer.start)

        def near(group: list[_Actor]) -> int:
            return min(abs(a.first_token - t_first) for a in group)

        groups.sort(key=near)
        return [list(dict.fromkeys(a.hit.entry.canonical for a in g)) for g in groups]


def _is_item(hit: Hit | None) -> bool:
    """Whether a hit is an item's mention."""
    return hit is not None and hit.entry.kind == "item"


def _clitic_agent(transfer: Hit) -> bool:
    """An Indonesian di- passive closed by -nya ("diterimanya"): the agent is the clitic."""
    word = transfer.text.lower()
    return word.startswith("di") and word.endswith("nya")


def _pick(
    supplier: list[tuple[int, int, str]],
    recipient: list[tuple[int, int, str]],
    groups: list[list[str]],
    listed: tuple[str, ...] = (),
) -> Roles:
    """The surest distinct supplier and recipient; two sources of one transfer leave it open."""
    supplier.sort()
    recipient.sort()
    several = bool(groups) and len(groups[0]) > 1
    # Each source of a transfer told with several is listed, as is every other transfer's.
    others = tuple(
        (groups[0] if several else []) + [c for g in groups[1:] if len(g) == 1 for c in g]
    )
    if several or others:
        drop = {c for g in groups[int(not several) :] for c in g}
        supplier = [s for s in supplier if s[2] not in drop]
    best_s = supplier[0] if supplier else None
    best_r = next((r for r in recipient if best_s is None or r[2] != best_s[2]), None)
    if best_s and best_r is None and recipient and recipient[0][0] < best_s[0]:
        best_r = recipient[0]
        best_s = next((s for s in supplier if s[2] != best_r[2]), None)
    return Roles(
        supplier=best_s[2] if best_s else None,
        recipient=best_r[2] if best_r else None,
        supplier_rank=best_s[0] if best_s else 9,
        recipient_rank=best_r[0] if best_r else 9,
        several_sources=several,
        other_sources=tuple(c for c in others if best_r is None or c != best_r[2]),
        other_recipients=tuple(
            c for c in listed if best_r is not None and c != best_r[2] and best_r[2] in listed
        ),
    )


def target_user(
    roles: Roles, targets: tuple[str, ...], hostile: frozenset[tuple[str, str]]
) -> Roles:
    """Weapons traced after striking a target went to the one party at war with it."""
    if roles.recipient is not None or roles.supplier is None or len(targets) != 1:
        return roles
    users = {a for a, b in hostile if b == targets[0]} | {b for a, b in hostile if a == targets[0]}
    users.discard(roles.supplier)
    states = {u for u in users if len(u) == 2 and u.isupper()}  # a group shares its base's war
    users = states or users
    if len(users) != 1:
        return roles
    return replace(roles, recipient=users.pop(), recipient_rank=4)
