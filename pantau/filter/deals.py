"""Who sells in a deal, a joint production or talks: the parties read from the items' maker."""

from __future__ import annotations

from pantau.filter import direction_words as dw
from pantau.filter.marks import Actor
from pantau.filter.matching import Hit
from pantau.filter.subjects import NEAR, SubjectReader

PLANTS = frozenset({"weapons factory", "drone factory"})
Pair = tuple[str, str | None]  # supplier, recipient (None when no buyer is named)


class DealReader(SubjectReader):
    """A clause read for the seller and buyer of a deal noun or a noun two parties share."""

    def maker(self, transfer: Hit) -> str | None:
        """The one maker of the word's items: an origin word's actor, else a model's maker."""
        host = self._plant_host(transfer)
        marked = {
            a.hit.entry.canonical
            for a in self.actors
            if a.mark == "origin" and self._same_stretch(a.hit, transfer)
        } - {host}
        if not marked:
            marked = {
                h.entry.origin
                for h in self.hits
                if h.entry.kind == "item" and h.entry.origin and self._same_stretch(h, transfer)
            }
        return next(iter(marked)) if len(marked) == 1 else None

    def _plant_host(self, transfer: Hit) -> str | None:
        """A state's adjective right before a weapons plant names the plant's site, not a maker."""
        for a in self.actors:
            if a.mark != "origin" or not self._same_stretch(a.hit, transfer):
                continue
            nxt = [h for h in self.hits if h.start >= a.hit.end][:1]
            if (
                nxt
                and nxt[0].entry.canonical in PLANTS
                and not self.text[a.hit.end : nxt[0].start].strip()
            ):
                return a.hit.entry.canonical
        return None

    def _same_stretch(self, hit: Hit, transfer: Hit) -> bool:
        """No clause break between a hit and the word ("eyes Chinese drones after ... deal")."""
        if dw.PUNCT.search(self.text, min(hit.end, transfer.end), max(hit.start, transfer.start)):
            return False
        first, last = sorted((self._token_at(hit.start), self._token_at(transfer.start)))
        return not any(t.word in dw.SUBORDINATE | dw.BARRIER for t in self.tokens[first:last])

    def joint_parties(self, transfer: Hit) -> tuple[str, str] | None:
        """Two parties joined before the word as its one subject: "Russia, Iran discussed ..."."""
        if any(a.mark in ("from", "to", "by", "holder") for a in self.actors):
            return None  # a named source or goal tells the roles itself
        left = [a for a in self.actors if a.hit.end <= transfer.start and a.mark == "none"]
        if len(left) < 2:
            return None
        first, second = left[-2], left[-1]
        joint = self.text[first.hit.end : second.hit.start].strip().lower()
        if joint not in {",", "-", "–", "&", "dan", "and", "serta"}:
            return None
        if len(left) > 2 and left[-3].last_token + 2 >= first.first_token:
            return None  # three or more parties listed: no pair
        gap = self.tokens[second.last_token + 1 : self._token_at(transfer.start)]
        if len(gap) > NEAR + 1 or any(t.word in dw.BARRIER | dw.SUBORDINATE for t in gap):
            return None
        if dw.PUNCT.search(self.text, second.hit.end, transfer.start):
            return None
        a, b = first.hit.entry.canonical, second.hit.entry.canonical
        return (a, b) if a != b else None

    def maker_sells(self, transfer: Hit) -> Pair | None:
        """The items' maker as supplier of a deal or of a noun two joined parties share.

        "Russia, Iran discussed S-400 sale": the S-400's maker sells to the other. "Kemhan Teken
        Kontrak Drone Buatan Turki": the maker sells to who signs. No maker, no reading.
        """
        host = self._plant_host(transfer)
        signer = self._signer(transfer) if transfer.entry.sub == "deal" else None
        if host is not None and signer is not None and signer.hit.entry.canonical != host:
            # "Turkish firm signs MoU for Indonesian drone plant": the signer builds, the host gets
            return (signer.hit.entry.canonical, host)
        maker = self.maker(transfer) or self._deal_source(transfer)
        if maker is None:
            return None
        pair = self.joint_parties(transfer)
        if pair is not None:
            if maker not in pair:
                return None
            other = pair[1] if pair[0] == maker else pair[0]
            return (maker, other)
        if transfer.entry.sub != "deal":
            return None
        buyer = signer
        if buyer is None:
            after = [
                a
                for a in self.actors
                if a.mark == "to" and a.hit.start >= transfer.end and not self._past_comma(a)
            ]
            buyer = after[0] if after else None
        code = buyer.hit.entry.canonical if buyer is not None else None
        return (maker, None if code == maker else code)

    def deal_pair(self, transfer: Hit) -> tuple[Pair | None, bool]:
        """A deal's seller and buyer, and whether they are read (not guessed from a dash)."""
        sold = self.maker_sells(transfer)
        return (sold, True) if sold is not None else (self.hyphen_pair(transfer), False)

    def hyphen_pair(self, transfer: Hit) -> Pair | None:
        """A deal's pair joined by a dash beside its items: "Kesepakatan Drone Iran-Rusia".

        Written source first, as "Pasokan Senjata Teheran-Moskow" and "Iran-Russia drone deal"
        are; a guess for a deal that names no maker.
        """
        if transfer.entry.sub != "deal":
            return None
        after = [h for h in self.hits if h.start >= transfer.end]
        before = [h for h in self.hits if h.end <= transfer.start][::-1]
        return self._dashed(after, reverse=False) or self._dashed(before, reverse=True)

    def _dashed(self, hits: list[Hit], reverse: bool) -> Pair | None:
        """Two actors joined by a dash right past the items that start hits (read outward)."""
        k = 0
        while k < len(hits) and hits[k].entry.kind == "item":
            k += 1
        if k == 0 or k + 1 >= len(hits):
            return None
        near, far = hits[k], hits[k + 1]
        if near.entry.kind != "actor" or far.entry.kind != "actor":
            return None
        item = hits[k - 1]
        gap = self.text[near.end : item.start] if reverse else self.text[item.end : near.start]
        if gap.strip():
            return None
        first, second = (far, near) if reverse else (near, far)
        if self.text[first.end : second.start].strip() not in ("-", "–"):
            return None
        a, b = first.entry.canonical, second.entry.canonical
        return (a, b) if a != b else None

    def _deal_source(self, transfer: Hit) -> str | None:
        """A deal's one named source after it: "Teken Kontrak Rafale dari Prancis"."""
        if transfer.entry.sub != "deal":
            return None
        sources = {
            a.hit.entry.canonical
            for a in self.actors
            if a.mark == "from" and a.hit.start >= transfer.end and not self._past_comma(a)
        }
        return next(iter(sources)) if len(sources) == 1 else None

    def _signer(self, transfer: Hit) -> Actor | None:
        """The subject right before a deal word, with only a signing or linking verb between."""
        subject = self._subject(transfer, False, False)
        if subject is None:
            return None
        gap = self.tokens[subject.last_token + 1 : self._token_at(transfer.start)]
        return subject if all(t.word in dw.SIGN | dw.LEAD for t in gap) else None

    def _past_comma(self, actor: Actor) -> bool:
        """Whether a comma or colon stands between the clause's start and the actor."""
        return dw.PUNCT.search(self.text, self.start, actor.hit.start) is not None

    def co_production(self, transfer: Hit) -> Pair | None:
        """Making weapons together: in one partner's land the other partner supplies the know-how.

        "Minsk, Moscow agree on joint production of drones in Belarus": Russia to Belarus.
        With no site, the partner whose weapons they are supplies ("Azerbaijan to co-produce
        Israeli loitering munitions": Israel to Azerbaijan).
        """
        sites = [
            a
            for a in self.actors
            if a.hit.start >= transfer.end
            and a.mark in ("at", "made_in")
            and self._same_stretch(a.hit, transfer)  # not "..., kata kantor presiden di Kyiv"
        ]
        if not sites:
            return self._partner_maker(transfer)
        site = sites[0].hit.entry.canonical
        others = {a.hit.entry.canonical for a in self.actors if a.mark == "none"} - {site}
        if len(others) != 1:
            return None
        return (others.pop(), site)

    def _partner_maker(self, transfer: Hit) -> Pair | None:
        """A co-production's partner and the items' maker (not a partner of its own) as the pair."""
        maker = self.maker(transfer)
        partners = {a.hit.entry.canonical for a in self.actors if a.mark == "none"} - {maker}
        if maker is None or len(partners) != 1:
            return None
        return (maker, partners.pop())

    def _made_for(self, transfer: Hit) -> bool:
        """Making weapons for a named party ("produce shells for Russia"), not of its design."""
        if transfer.entry.canonical not in dw.PRODUCTION:
            return False
        goal = any(a.mark == "to" and a.hit.start >= transfer.end for a in self.actors)
        design = any(a.mark in ("origin", "genitive", "from") for a in self.actors)
        return goal and not design

    def goods_arrive(self, transfer: Hit) -> bool:
        """Whether an arrival noun's head is goods: an item is the next hit, within 3 words."""
        makers = {a.hit.start for a in self.actors if a.mark == "origin"}  # "of Russian missiles"
        later = [h for h in self.hits if h.start >= transfer.end and h.start not in makers]
        if not later or later[0].entry.kind != "item":
            return False
        return self._token_at(later[0].start) - self._token_at(transfer.end - 1) <= 3
