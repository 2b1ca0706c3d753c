"""A sentence's actors, each marked by the word governing it: from, to, by, a place, ..."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from pantau.filter import direction_words as dw
from pantau.filter.matching import Hit
from pantau.filter.places import PlacedClause

Mark = Literal[
    "from",
    "holder",
    "to",
    "by",
    "with",
    "at",
    "via",
    "dateline",
    "origin",
    "made_in",
    "owner",
    "genitive",
    "attr",
    "target",
    "none",
]

_STORE = dw.words(
    "gudang gudang-gudang depot depo stok persediaan cadangan lumbung unit unit-unit satuan "
    "batalion brigade resimen divisi"
)
"""A store or unit named by what it holds: "gudang senjata Rusia", "unit artileri Rusia"."""


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor's mention, the mark governing it and the tokens it spans."""

    hit: Hit
    mark: Mark
    first_token: int
    last_token: int


class MarkedClause(PlacedClause):
    """One sentence's tokens and actors, marked by the preposition governing each actor."""

    def __init__(self, text: str, start: int, end: int, hits: list[Hit]) -> None:
        super().__init__(text, start, end, hits)
        self.actors: list[Actor] = []
        self._people: set[int] = set()  # starts of actors naming persons' or workers' states
        for i, hit in enumerate(hits):
            if hit.entry.kind == "actor":
                self.actors.append(self._mark(i, hit))
        self._enforcers_made()

    def _enforcers_made(self) -> None:
        """A state that seizes or charges over goods made in it did not send them.

        "Jaksa AS mendakwa warga Iran atas tuduhan mengirim komponen buatan AS ke Iran": the
        maker is named, the senders are the persons charged.
        """
        enforcers = {
            a.hit.entry.canonical
            for a in self.actors
            if a.mark == "attr"
            and (self._seizer(a.hit, a.last_token) or self._seized_by(a.first_token))
        }
        if enforcers:
            self.actors = [
                replace(a, mark="attr")
                if a.mark in ("origin", "made_in") and a.hit.entry.canonical in enforcers
                else a
                for a in self.actors
            ]

    def parties(self) -> tuple[str, ...]:
        """Actors of the clause that may be parties: not places, makers' sites or modifiers."""
        kept = (
            a
            for a in self.actors
            if a.mark not in ("at", "via", "dateline", "attr", "made_in", "target")
            and not self._urges(a)
        )
        # "Hamas vs Israel ..., Inggris Kirim Kapal Perang": the sides of a fight come last, so
        # neither is the counterpart for being named first; only enmity may pick one.
        ordered = sorted(kept, key=self._versus)
        return tuple(dict.fromkeys(a.hit.entry.canonical for a in ordered))

    def _versus(self, actor: Actor) -> bool:
        """A side of a fight told as "Hamas vs Israel": the war's, not a transfer's party."""
        near = self.tokens[max(0, actor.first_token - 1) : actor.last_token + 2]
        return any(t.word in dw.VERSUS for t in near)

    def _urges(self, actor: Actor) -> bool:
        """An actor urging others ("Arab Saudi Serukan Dunia Setop ..."): a voice, no party."""
        after = [t.word for t in self.tokens[actor.last_token + 1 : actor.last_token + 3]]
        calls = after[:1] in (["calls"], ["called"]) and after[1:] in (["on"], ["for"])
        return calls or (bool(after) and after[0] in dw.URGE) or self._bans_suppliers(actor)

    def _bans_suppliers(self, actor: Actor) -> bool:
        """An actor banning suppliers ("Korsel Larang Perusahaan Pemasok"): a regulator.

        Banning its own exports ("Jerman Larang Ekspor Senjata") leaves it the supplier.
        """
        k = actor.last_token + 1
        if k < len(self.tokens) and self.tokens[k].word in dw.REFUSE:
            k += 1  # "Malaysia Tolak Larang Perusahaan Pemasok ..."
        if k + 1 >= len(self.tokens) or self.tokens[k].word not in dw.BAN:
            return False
        nxt = self.tokens[k + 1]
        agent = any(
            h.entry.kind == "transfer" and h.entry.voice == "agent" and h.start == nxt.start
            for h in self.hits
        )
        return agent or any(t.word in dw.FIRM for t in self.tokens[k + 1 : k + 4])

    def _mark(self, index: int, hit: Hit) -> Actor:
        """The role marker before an actor: a preposition, an item it qualifies, or none."""
        first, last = self._token_at(hit.start), self._token_at(hit.end - 1)
        after = self.text[hit.end : hit.end + 10].lower()
        if after.startswith("-backed") and self._backs_transfer(hit):
            return Actor(hit, "origin", first, last)  # "Iran-backed weapons smuggling"
        if after.startswith(("-led", " led ", "-backed")) or dw.ALIGNED.search(
            self.text, max(0, hit.start - 5), hit.start
        ):
            # "a Latvia-led coalition", "milisi pro-Iran": a qualifier, no single party
            return Actor(hit, "attr", first, last)
        if after.startswith("$") or self._kin(hit, first, last):
            # "US$100 juta" is a currency; "sekutu Rusia", "Russia's allies" another party.
            return Actor(hit, "attr", first, last)
        if self._backer(first) or self._attribution(hit, first) or self._ruled_out(first):
            # "Houthi yang didukung Iran", "..., US says", ", not China,": no party.
            return Actor(hit, "attr", first, last)
        if self._venue(hit, first):
            return Actor(hit, "at", first, last)  # "di Pameran Senjata Doha": the fair's city
        if self._accused_by(first):
            return Actor(hit, "attr", first, last)  # "Iran Dituding AS Kirim ...": the accuser
        if self._seizer(hit, last) or self._seized_by(first):
            # "Bea Cukai Finlandia Tahan Kiriman ... ke Rusia": who stops a cargo sent none.
            return Actor(hit, "attr", first, last)
        if not self.text[: hit.start].strip() and dw.DATELINE.match(self.text, hit.end):
            return Actor(hit, "dateline", first, last)  # "KYIV - ...": see Clause._subject
        listed = self._listed(hit, first)
        if listed is not None:
            return Actor(hit, listed, first, last)  # "ke Indonesia, Pakistan, dan Nigeria"
        if self._qualified(index, hit):
            return Actor(hit, "attr", first, last)  # "Kemhan Rusia": Russia's ministry
        if self._person(first, last):
            self._people.add(hit.start)
            return Actor(hit, "attr", first, last)  # "warga China", "Iranian nationals": a person
        if self._helped(first) and not self._verb_next(last, dw.BUILDS):
            # "Iran Bantu Milisi Irak, Pasok Roket"; but "helping Iran ship drones": the doer.
            return Actor(hit, "to", first, last)
        if self._struck(index, hit):
            return Actor(hit, "target", first, last)
        if self._carrier(first, last):
            return Actor(hit, "origin", first, last)
        if self._becomes_route(last):
            return Actor(hit, "via", first, last)  # "Georgia Jadi Jalur Pengiriman Drone"
        if self._importer(index, hit, last):
            return Actor(hit, "to", first, last)
        # "spare parts for Iran's fighter jets": the goal's owner, marked by the 'for' below.
        goal_owner = (
            first > 0 and self.tokens[first - 1].word in dw.TO and after[:2] in ("'s", "’s")
        )
        if after.startswith(("-made", "-built", " made ", "-designed", "-supplied")) or (
            self._demonym_before_item(index, hit, last) and not goal_owner
        ):
            part = last + 1 < len(self.tokens) and self._weapon_part(last + 1)
            # "Iranian drones with US-made chips": the chips' maker, not the drones' supplier.
            return Actor(hit, "attr" if part else "origin", first, last)
        # "Uni Eropa Sanksi Belarus karena Bantu Rusia": a verb's object, the sanctioned party.
        sanctioned = first > 1 and (
            (bool(self.actors) and self.actors[-1].last_token == first - 2)
            or self.tokens[first - 2].word in dw.BLOC
        )
        if (first > 0 and self.tokens[first - 1].word in dw.SANCTION_BY and not sanctioned) or (
            last + 1 < len(self.tokens) and self.tokens[last + 1].word in dw.SANCTION
        ):
            # "sanksi Amerika Serikat", "US sanctions": the sanctioning state is no party
            # (but "EU sanctions Belarusian firms for supplying": the sanctioned one may be).
            return Actor(hit, "attr", first, last)
        if last + 1 < len(self.tokens) and self.tokens[last + 1].word in dw.SITE | dw.PORT:
            # "to a Russian plant": the site's preposition governs its owner.
            site = self._via_site(first - 1)
            if site is not None:
                return Actor(hit, site, first, last)
            if self.tokens[last + 1].word in dw.PORT:
                return Actor(hit, "at", first, last)  # "Eritrea port used to smuggle": a place
        mark: Mark = "none"
        prev_hit = self.hits[index - 1] if index > 0 else None
        j = first - 1
        if prev_hit is not None and self._qualified(index - 1, prev_hit):
            j = self._token_at(prev_hit.start) - 1  # "dari Kemhan Rusia": from Russia
        skipped = 0
        while j >= 0 and skipped <= 3:
            word = self.tokens[j].word
            if self._route_before(j):
                # "the route used by Iran to arm", "jalur darat dari Oman": a route's user or
                # start is neither holder nor source.
                mark = "by" if word in dw.BY else "via"
            elif word in dw.USED_BY or (
                word in dw.BY and j > 0 and self.tokens[j - 1].word in dw.USED
            ):
                mark = "holder"  # "drone yang dipasok Iran digunakan Rusia": the user got them
            elif word in dw.FROM and j > 0 and self.tokens[j - 1].word in dw.SEIZED:
                mark = "holder"  # "senjata sitaan dari Hamas": taken from the party that got them
            elif word in dw.FROM and (self._not_source(j) or self._launch_site(j)):
                mark = "attr"  # "tekanan dari Washington", "fired from Belgorod": no source
            elif word in dw.FROM:
                mark = "from"
            elif word in dw.INCLUDING and self._listed_after_to(j):
                mark = "to"  # "ke 30 negara, termasuk Indonesia": a listed recipient
            elif word in dw.TO and j > 0 and self.tokens[j - 1].word in dw.SANCTION:
                pass  # "sanksi ke Iran atas pengiriman drone": the sanctioned, no recipient
            elif word in dw.TO and j > 0 and self.tokens[j - 1].word in dw.TRACED:
                mark = "from"  # "rockets traced to Iranian supply lines": the source
            elif word in dw.TO | dw.AIMED and self._after_combat(j):
                mark = "target"  # "ditembakkan Hizbullah ke Haifa", "fired at Israel"
            elif word in dw.TO:
                # "beralih ke India", "according to Kyiv": a direction, not a recipient.
                # "bukan ke China, melainkan ke Rusia", "not to China": a goal passed over.
                mark = "at" if j > 0 and self.tokens[j - 1].word in dw.NOT_TO | dw.NOT else "to"
            elif word in dw.BY and j > 0 and self.tokens[j - 1].word in dw.ACCUSATION | dw.SEIZED:
                # "claims by Israel that it supplied", "seized by Finnish customs": no party.
                mark = "attr"
            elif word in dw.BY and self._not_source(j):
                mark = "attr"  # "dijatuhi sanksi baru oleh AS", "sanctions imposed by the US"
            elif word in dw.BY and j > 0 and self.tokens[j - 1].word in dw.LED:
                mark = "attr"  # "a coalition led by Latvia and Britain": no single party
            elif word in dw.BY and j > 0 and self.tokens[j - 1].word in dw.MADE_BY:
                mark = "origin"  # "drones built by Turkish Aerospace": the maker, no agent
            elif word in dw.BY:
                mark = "owner" if j > 0 and self.tokens[j - 1].word in dw.OWNER else "by"
            elif word in dw.WITH:
                mark = "with"
            elif word in dw.TRANSIT_VERB:
                mark = "via"  # "drones transit Turkmenistan en route to Russia": a route
            elif self._flown_over(j):
                mark = "target"  # "drones over Odesa", "shot down over Kyiv": what they struck
            elif word in dw.AT:
                site = (
                    self._via_site(j - 2) if j > 0 and self.tokens[j - 1].word in dw.SITE else None
                )
                if site is None and j > 0 and self.tokens[j - 1].word in dw.FILLER:
                    j, skipped = j - 2, skipped + 1
                    continue
                # "to a factory in Russia": the site's destination is the actor's.
                made = j > 0 and self.tokens[j - 1].word in dw.MADE
                # "through Kazakhstan", "lewat Suriah": a route, never the destination.
                mark = site or ("made_in" if made else "via" if word in dw.TRANSIT else "at")
                if mark == "at" and word in dw.IN and self._placed_source(j):
                    mark = "from"  # "came from 'friends in Tehran'": the source's state
                elif mark == "at" and word in dw.IN and self._placed_goal(j):
                    mark = "to"  # "kepada junta di Naypyidaw": the recipient's state
                elif mark == "at" and word in dw.IN and self._placed_group(j):
                    mark = "none"  # "Milisi di Irak Terima Drone": the group's state acts
            elif word in dw.ORIGIN:
                # "Drone Iran Berkomponen Buatan AS": the part's maker, not the drone's supplier.
                mark = "attr" if j > 0 and self._weapon_part(j - 1) else "origin"
            elif word in dw.ACCUSATION and j == first - 1 and not self._verb_next(last):
                mark = "attr"  # "Bantah Tuduhan AS soal Kiriman Drone": the accuser, no party
            elif word in dw.OWNER:
                mark = "owner"
            elif word in dw.ARTICLE and not hit.text.lower().endswith(dw.DEMONYM_ENDS):
                mark = "attr"  # "a Jakarta defence forum" is a place; "an Iranian firm" may act
            elif word in dw.COORD and self.actors:
                before = self.actors[-1]
                if before.last_token == j - 1 or (j > 0 and self.tokens[j - 1].word == ","):
                    mark = before.mark
            elif word in dw.SITE and (site := self._via_site(j - 1)) is not None:
                mark = site  # "ke pelabuhan Rusia"
            elif word in dw.PORT or self._coast(j):
                mark = "at"  # "Pelabuhan Eritrea Dipakai Selundupkan ...": a place goods pass
            elif self._joined(j) and (
                word in dw.FILLER
                or (word in dw.RANKED and _is_item(prev_hit))
                or (word in dw.WAR and j > 0 and self.tokens[j - 1].word in dw.WAR_HEAD)
            ):
                # "ke mesin perang Moskow": a war effort stands for its state like a government.
                # "pemasok drone utama Rusia": a ranking word between an item and its genitive.
                j, skipped = j - (2 if word in dw.WAR else 1), skipped + 1
                continue
            elif (
                prev_hit is not None
                and prev_hit.entry.kind == "item"
                and prev_hit.start <= self.tokens[j].start < prev_hit.end
                and not dw.PUNCT.search(self.text[prev_hit.end : hit.start])
                and not self._past_follows(index, hit)
            ):
                # "ke gudang senjata Rusia": an arsenal's preposition governs its owner.
                mark = self._stock_site(prev_hit) or "genitive"
            break
        if mark in ("at", "none") and self._debris_site(hit):
            mark = "target"  # "Serpihan Rudal Korut Ditemukan di Kharkiv": it struck there
        return Actor(hit, mark, first, last)

    def _past_follows(self, index: int, hit: Hit) -> bool:
        """ "drones Russia bought from Iran": an English past verb right after names its doer."""
        if index + 1 >= len(self.hits):
            return False
        nxt = self.hits[index + 1]
        return (
            nxt.entry.kind == "transfer"
            and nxt.entry.voice == "past"
            and not self.text[hit.end : nxt.start].strip()
        )

    def _listed(self, hit: Hit, first: int) -> Mark | None:
        """The mark of the actor before a comma when both are items of one list that goes on."""
        if not self.actors or self.actors[-1].last_token != first - 1:
            return None
        before = self.actors[-1]
        # "Buruh Inggris, Prancis, Belanda dan Denmark": a list of the workers' states.
        people = before.mark == "attr" and before.hit.start in self._people
        if before.mark not in ("to", "from", "by", "holder") and not people:
            return None
        if self.text[before.hit.end : hit.start] != ", ":
            return None
        # "ke Houthi, Iran: ..." stops at the colon; "used by Houthis, Hamas" ends the text.
        goes_on = dw.LIST_GOES_ON.match(self.text, hit.end) or not self.text[hit.end :].strip()
        if goes_on and people:
            self._people.add(hit.start)
        return before.mark if goes_on else None

    def _stock_site(self, item: Hit) -> Mark | None:
        """The preposition before a store or unit and the item it holds: "ke gudang senjata"."""
        j = self._token_at(item.start) - 1
        if j < 1 or self.tokens[j].word not in _STORE:
            return None
        site = self._via_site(j - 1)
        return site if site in ("to", "from") else None

    def _via_site(self, j: int) -> Mark | None:
        """The preposition governing a site noun whose last modifier ends at token j."""
        while j >= 0 and self.tokens[j].word in dw.ARTICLE | dw.FILLER:
            j -= 1
        if j < 0:
            return None
        word = self.tokens[j].word
        if word in dw.FROM or (word in dw.TO and j > 0 and self.tokens[j - 1].word in dw.TRACED):
            return "from"
        if word in dw.TO and not (j > 0 and self.tokens[j - 1].word in dw.NOT_TO):
            return "to"
        if word in dw.AT:
            return "made_in" if j > 0 and self.tokens[j - 1].word in dw.MADE else "at"
        return None

    def targets(self) -> tuple[str, ...]:
        """Actors struck by a combat word in the clause."""
        return tuple(a.hit.entry.canonical for a in self.actors if a.mark == "target")

    def _importer(self, index: int, hit: Hit, last: int) -> bool:
        """A possessive before an item's imports is the buyer: "Azerbaijan's arms imports"."""
        if self.text[hit.end : hit.end + 2] not in ("'s", "’s") or index + 1 >= len(self.hits):
            return False
        nxt = self.hits[index + 1]
        if nxt.entry.kind != "item" or self._token_at(nxt.start) != last + 1:
            return False
        after = self._token_at(nxt.end - 1) + 1
        return after < len(self.tokens) and self.tokens[after].word in dw.IMPORTS

    def _demonym_before_item(self, index: int, hit: Hit, last: int) -> bool:
        """English 'Iranian drones', "Pyongyang's munitions": the actor qualifies an item."""
        possessive = self.text[hit.end : hit.end + 2] in ("'s", "’s")
        if index + 1 >= len(self.hits) or not (
            possessive or hit.text.lower().endswith(dw.DEMONYM_ENDS)
        ):
            return False
        nxt = self.hits[index + 1]
        if nxt.entry.kind != "item":
            return False
        after = self._token_at(nxt.end - 1) + 1
        if after < len(self.tokens) and self.tokens[after].word in dw.SITE:
            return False  # "Russian drone makers": the actor owns the makers, not the items
        agent = index + 2 < len(self.hits) and self.hits[index + 2].entry.voice == "agent"
        if possessive and agent and self._token_at(self.hits[index + 2].start) == after:
            return False  # "Russia's drone supplier": the customer of the agent noun
        between = [t.word for t in self.tokens[last + 1 : self._token_at(nxt.start)]]
        if between and len(between) <= 3 and all(set(w.split("-")) <= dw.RANGE for w in between):
            return True  # "Iranian close-range ballistic missiles"
        return (
            all(w in dw.ORIGIN or w.startswith(("made", "built")) for w in between[:2])
            and len(between) <= 2
        )


def _is_item(hit: Hit | None) -> bool:
    """Whether a hit is an item's mention."""
    return hit is not None and hit.entry.kind == "item"
