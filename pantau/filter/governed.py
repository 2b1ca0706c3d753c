"""How the words around an actor tie it to a transfer word: contract, goal, carrier, firm."""

from __future__ import annotations

from pantau.filter import direction_words as dw
from pantau.filter.deals import DealReader
from pantau.filter.marks import Actor
from pantau.filter.matching import Hit
from pantau.filter.roles import Roles


class GovernedReader(DealReader):
    """A clause's tests on how the words around an actor tie it to a transfer word."""

    def _next_verb(self, transfer: Hit, actor: Actor) -> bool:
        """Whether a marked actor after the word belongs to a later clause's transfer word.

        "Tunda pembelian Su-57, tawarkan produksi ke Rusia": Russia is told of the offer.
        """
        if actor.hit.start < transfer.end or actor.mark not in ("from", "to", "by"):
            return False
        stop = dw.PUNCT.search(self.text, transfer.end, actor.hit.start)
        return stop is not None and any(
            h.entry.kind == "transfer" and stop.end() <= h.start < actor.hit.start
            for h in self.hits
        )

    def _speaker_source(self, actor: Actor, transfer: Hit) -> bool:
        """A 'from' before a saying word ahead of the transfer word tells of the speaker."""
        if actor.hit.end > transfer.start:
            return False
        gap = self.tokens[actor.last_token + 1 : self._token_at(transfer.start)]
        return any(t.word in dw.BARRIER for t in gap)

    def _brokered_by(self, actor: Actor, transfer: Hit) -> bool:
        """A 'by' after a brokering word before the transfer word: "talks brokered by Turkey"."""
        k = actor.first_token - 2
        return actor.hit.end <= transfer.start and k >= 0 and self.tokens[k].word in dw.BROKERED

    def _network(self, transfer: Hit) -> bool:
        """A getting noun naming a network: "jaringan pengadaan", "procurement network"."""
        first, last = self._token_at(transfer.start), self._token_at(transfer.end - 1)
        before = first > 0 and self.tokens[first - 1].word in dw.NETWORK
        nxt = last + 1
        while nxt < len(self.tokens) and self._in_item(self.tokens[nxt].start):
            nxt += 1  # "procurement network", "procurement drone network" never; items skipped
        return before or (nxt < len(self.tokens) and self.tokens[nxt].word in dw.NETWORK)

    def _owns(self, actor: Actor, transfer: Hit) -> bool:
        """Whether an actor is a getting noun's own party, only its goods between them."""
        first, last = self._token_at(transfer.start), self._token_at(transfer.end - 1)
        gap = self.tokens[actor.last_token + 1 : first] or self.tokens[last + 1 : actor.first_token]
        return all(self._in_item(t.start) or t.word in ("s", "’s") for t in gap)

    def _defected_to(self, actor: Actor) -> bool:
        """A 'to' after a defecting or fleeing verb: "membelot ke Korsel", "defected to Seoul"."""
        k = actor.first_token - 2
        return k >= 0 and self.tokens[k].word in dw.DEFECT

    def _owner_of_head(self, subject: Actor, transfer: Hit) -> bool:
        """ "Kapal Induk AS yang Dikirim": the actor qualifies the thing sent, the head."""
        t_first = self._token_at(transfer.start)
        if t_first != subject.last_token + 2 or self.tokens[t_first - 1].word not in dw.RELATIVE:
            return False
        k = subject.first_token - 1
        if k < 0 or dw.PUNCT.search(self.text, self.tokens[k].end, subject.hit.start):
            return False
        return self.tokens[k].word not in dw.FILLER | dw.COORD | dw.BARRIER | dw.KIN

    def _contract_with(self, actor: Actor, transfer: Hit) -> bool:
        """A 'with' party of a contract told beside the give word ("kontrak ekspor")."""
        t_first = self._token_at(transfer.start)
        if actor.hit.start < transfer.end or dw.PUNCT.search(
            self.text, transfer.end, actor.hit.start
        ):
            return False
        # "kontrak ekspor drone dengan Denmark", "drone export deal with Denmark".
        between = self.tokens[self._token_at(transfer.end - 1) + 1 : actor.first_token]
        before = self.tokens[t_first - 1 : t_first] if t_first else []
        return any(t.word in dw.CONTRACT for t in before + between)

    def _goal_item(self, actor: Actor) -> bool:
        """A genitive of an item right after a goal word: "untuk Tank Israel", "for Iran's jets"."""
        item = next((h for h in reversed(self.hits) if h.end <= actor.hit.start), None)
        if item is None or item.entry.kind != "item":
            return False
        k = self._token_at(item.start) - 1
        return k >= 0 and self.tokens[k].word in dw.TO and self.tokens[k].word != "ke"

    def _firm_doing(self, subject: Actor, transfer: Hit) -> bool:
        """An English -ing form right after a firm noun the subject does not qualify."""
        t_first = self._token_at(transfer.start)
        if not transfer.text.lower().endswith("ing") or t_first < 1:
            return False
        return self.tokens[t_first - 1].word in dw.FIRM and subject.last_token < t_first - 2

    def _carries_others(self, actor: Actor, actors: list[Actor]) -> bool:
        """A carrier's state ("kapal Rusia") whose cargo another party qualifies after it."""
        code = actor.hit.entry.canonical
        return self._carrier(actor.first_token, actor.last_token) and any(
            other.mark in ("genitive", "origin", "from")
            and other.hit.start > actor.hit.end
            and other.hit.entry.canonical != code
            and not self._carrier(other.first_token, other.last_token)
            for other in actors
        )

    def _destination(self, subject: Actor, transfer: Hit) -> bool:
        """A subject linked to a goal noun of the transfer: "Moskow Jadi Tujuan Ekspor Drone"."""
        between = self.tokens[subject.last_token + 1 : self._token_at(transfer.start)]
        if (
            not between
            or len(between) > 5
            or dw.PUNCT.search(self.text, subject.hit.end, transfer.start)
        ):
            return False
        words = [t.word for t in between]
        return any(w in dw.LINK for w in words) and any(w in dw.DESTINATION for w in words)

    def _inside(self, actor: Actor, transfer: Hit) -> bool:
        """A party's weapons that took a get word's goods: "chips used in Russian drones"."""
        return (
            transfer.entry.sub == "get"
            and actor.hit.start >= transfer.end
            and actor.first_token > 0
            and self.tokens[actor.first_token - 1].word in dw.INSIDE
        )

    def _return_leg(self, transfer: Hit) -> Roles | None:
        """A carrier's voyage home with goods: "Kapal Rusia Bawa Minyak ke Korut, Pulang Bawa
        Peluru". The carrier's state takes them home from where its first leg went."""
        before = [a for a in self.actors if a.hit.end <= transfer.start]
        went = [a for a in before if a.mark == "to"]
        home = [
            a
            for a in before
            if a.mark in ("origin", "none") and (not went or a.hit.end <= went[-1].hit.start)
        ]
        if not went or not home or went[-1].hit.entry.canonical == home[0].hit.entry.canonical:
            return None
        return Roles(went[-1].hit.entry.canonical, home[0].hit.entry.canonical, 2, 2)
