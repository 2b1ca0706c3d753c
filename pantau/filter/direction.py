"""Who supplies whom: supplier and recipient from a transfer word, its voice and prepositions."""

from __future__ import annotations

from dataclasses import replace

from pantau.filter import direction_words as dw
from pantau.filter.barter import swap
from pantau.filter.blocs import bloc_gives, plural_agent
from pantau.filter.deals import Pair
from pantau.filter.governed import GovernedReader
from pantau.filter.marks import Actor
from pantau.filter.matching import Hit
from pantau.filter.quotes import own_country, we_speaker
from pantau.filter.role_nouns import a_source, linked_party
from pantau.filter.roles import Roles, pick, target_user
from pantau.filter.several import widen
from pantau.filter.subjects import NEAR

__all__ = ["Clause", "Roles", "target_user"]

_GUESS = 4
_SITE_GAP = 6  # "Jaringan Pengadaan Drone Iran di China": words to the network's site


class Clause(GovernedReader):
    """One sentence read for who supplies whom around each transfer word."""

    def _rank(self, actor: Actor, transfer: Hit, rank: int) -> tuple[int, int, str]:
        """A role candidate: rank, then distance from the word, then the code."""
        code = actor.hit.entry.canonical
        t_first, t_last = self._token_at(transfer.start), self._token_at(transfer.end - 1)
        before = actor.hit.end <= transfer.start
        gap = self.tokens[actor.last_token + 1 : t_first] if before else []
        gap = gap or self.tokens[t_last + 1 : actor.first_token]
        other = dw.SUBORDINATE | (dw.BARRIER if before and actor.mark == "by" else frozenset())
        if actor.mark == "to" and not before and transfer.entry.sub == "get":
            other = other | dw.COORD  # "buy Su-35s ... and is instead talking to China"
        if actor.mark in ("from", "to", "by") and any(t.word in other for t in gap):
            # "mengirim roket ke Rusia setelah mendapat tekanan dari Washington", "accusations
            # by Russia that Serbian firms supplied ...": another clause's party is a weak one.
            rank += 2
        if before:
            text_gap = self.text[actor.hit.end : transfer.start]
            # "came from China, bought through intermediaries": another clause's source.
            if actor.mark in ("from", "to") and dw.PUNCT.search(text_gap):
                rank += 1
            return rank, t_first - actor.last_token, code
        return rank, actor.first_token - t_last, code

    def roles(self, transfer: Hit, upto: int | None = None) -> Roles:
        """Supplier and recipient of one transfer word from the clause's actors before upto."""
        roles = widen(self, transfer, self._roles(transfer, upto))
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
        # A pronoun standing as the subject ("US claim it supplies") outranks the party read
        # before it as the subject, which is the accuser.
        speaker = self._self_reference(transfer) if roles.supplier_rank >= 2 else None
        if roles.supplier is None:
            speaker = speaker or self._accused_speaker(transfer)
        if speaker is not None and transfer.entry.sub == "give" and speaker != roles.recipient:
            roles = replace(roles, supplier=speaker, supplier_rank=3)
        we = we_speaker(self, transfer)  # "'Kami menerima drone dari Iran,' kata Rusia"
        if we is not None and transfer.entry.sub == "give" and roles.supplier is None:
            roles = replace(roles, supplier=we, supplier_rank=2) if we != roles.recipient else roles
        elif we is not None and transfer.entry.sub == "get" and roles.recipient is None:
            roles = (
                replace(roles, recipient=we, recipient_rank=2) if we != roles.supplier else roles
            )
        if roles.recipient is None and transfer.entry.sub == "give":
            home = own_country(self, transfer, roles.supplier)  # "ke negaranya", a speaker's
            if home is not None:
                return replace(roles, recipient=home, recipient_rank=2)
            open_to = self.unnamed_recipient(transfer)
            return replace(roles, unnamed_recipient=open_to)
        return roles

    def _marked_within(self, actor: Actor, transfer: Hit) -> bool:
        """Whether the actor's 'kepada' ends a thanks word ('berterima kasih kepada'): its giver."""
        if transfer.text.lower() not in dw.THANKS_TO or actor.first_token == 0:
            return False
        return transfer.start <= self.tokens[actor.first_token - 1].start < transfer.end

    def _war_goal(self, actor: Actor) -> bool:
        """A party's war as the goods' goal: "untuk perang Rusia", "bagi mesin perang Moskow"."""
        j = actor.first_token - 1
        if j < 1 or self.tokens[j].word not in dw.WAR:
            return False
        j -= 1
        if self.tokens[j].word in dw.WAR_HEAD:
            j -= 1
        return j >= 0 and self.tokens[j].word in dw.FOR

    def _buyer_offers_production(self, transfer: Hit, roles: Roles) -> bool:
        """An offer of production ("tawarkan produksi lokal") by a buyer in the same clause."""
        if transfer.entry.canonical not in dw.OFFER:
            return False
        later = [h for h in self.hits if h.start >= transfer.end]
        if not later or later[0].entry.canonical not in dw.PRODUCTION:
            return False
        if self._token_at(later[0].start) - self._token_at(transfer.end - 1) > 1:
            return False
        buys = (
            h
            for h in self.hits
            if h.entry.kind == "transfer"
            and h.entry.sub == "get"
            and h.entry.canonical not in dw.PRODUCTION
            and h is not transfer
        )
        return any(self._roles(h, None).recipient == roles.supplier for h in buys)

    def _roles(self, transfer: Hit, upto: int | None) -> Roles:
        """Supplier and recipient of one transfer word, before checking for a nameless one."""
        direction, voice = transfer.entry.sub, transfer.entry.voice
        if direction == "swap" and voice == "active":
            return swap(self, transfer)
        if direction == "deal" and transfer.entry.canonical in dw.CO_PRODUCE:
            return _known(self.co_production(transfer), 2)
        if direction == "deal":
            sold, sure = self.deal_pair(transfer)  # a dash-joined pair is only a guess
            return _known(sold, *((3, 3) if sure else (_GUESS, _GUESS)))
        if direction == "get" and self._made_for(transfer):
            direction = "give"  # "Belarus produksi amunisi untuk Rusia": the maker supplies
        if direction not in ("give", "get", "arrive"):
            return Roles()
        if transfer.entry.canonical in dw.RETURN_HOME and (leg := self._return_leg(transfer)):
            return leg
        voice, maker = self.voice(transfer)  # as used: active, passive, noun or agent
        people = direction == "arrive" and voice == "noun" and not self.goods_arrive(transfer)
        if voice is None or people:  # no giving word ("into Polish hands"), or people came
            return Roles()  # "Kedatangan Pengungsi ... Dikawal Jet Tempur Iran"
        if voice == "noun" and (shared := self.maker_sells(transfer)) is not None:
            return _known(shared)  # "Russia, Iran discussed S-400 sale": the maker sells
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
            and a.first_token - t_last <= (1 if voice == "noun" else NEAR)
            # "carries the risk of US sanctions": only fillers between a verb and its object.
            and all(t.word in dw.LEAD for t in self.tokens[t_last + 1 : a.first_token])
            # "deal on Su-35 deliveries, Iranian lawmaker says": no object across a comma.
            and not dw.PUNCT.search(self.text, transfer.end, a.hit.start)
        ]
        subject = self._subject(transfer, voice == "agent", voice in ("active", "agent"))
        if subject and voice in ("active", "agent") and self._relative_head(subject, transfer):
            subject = None  # "Korsel sanksi kapal yang angkut senjata": the ship carries
        elif subject and voice == "active" and self._firm_doing(subject, transfer):
            subject = None  # "South Korea bans firms supplying ...": the firms supply
        after = right[0] if right else None
        has_from = any(a.mark == "from" for a in actors)
        network = direction == "get" and voice == "noun" and self._network(transfer)
        give = direction == "give"
        asks = self._request(subject, transfer) if give else None
        requester = subject if asks is not None else None
        if requester is not None:
            subject = None  # "Ukraina Desak Barat Kirim Drone": who asks for it is no giver
        if subject is not None and give and self._destination(subject, transfer):
            recipient.append(self._rank(subject, transfer, 2))  # "Moskow Jadi Tujuan Ekspor"
            subject = None
        if maker is not None:
            (supplier if give else recipient).append(self._rank(maker, transfer, 1))
        for actor in actors:
            mark = actor.mark
            if actor is maker:
                continue
            if give and actor.hit.start >= transfer.end and self._war_goal(actor):
                recipient.append(self._rank(actor, transfer, 1))  # "untuk perang Rusia"
                continue
            if mark == "from" and self._speaker_source(actor, transfer):
                continue  # "peneliti dari Seoul mengatakan ...": where the speaker is from
            if mark == "to" and self._defected_to(actor) and self._speaker_source(actor, transfer):
                continue  # "pembelot yang kabur ke Seoul mengatakan ...": where the speaker fled
            elif mark == "from":
                supplier.append(self._rank(actor, transfer, 1))
            elif mark == "to" and direction == "get" and self._bought_at(actor, transfer):
                supplier.append(self._rank(actor, transfer, 1))  # "beli senjata ke Israel"
            elif mark == "to" and direction == "get" and self._marked_within(actor, transfer):
                supplier.append(self._rank(actor, transfer, 2))  # "berterima kasih kepada Iran"
            elif (
                mark == "to"
                and asks == "ask"
                and voice == "noun"
                and actor.hit.start >= transfer.end
            ):
                supplier.append(self._rank(actor, transfer, 2))  # "minta bantuan ke AS"
            elif mark == "to":
                recipient.append(self._rank(actor, transfer, 1))
            elif mark == "holder" and direction != "arrive":
                recipient.append(self._rank(actor, transfer, 2))
            elif mark == "by" and self._brokered_by(actor, transfer):
                continue  # "Dalam perundingan yang ditengahi oleh Qatar, Rusia sepakat kirim"
            elif mark == "by" and direction != "arrive":
                (supplier if give else recipient).append(self._rank(actor, transfer, 1))
            elif mark == "origin" and give and self._goal_owner(actor, transfer):
                recipient.append(self._rank(actor, transfer, 2))  # "supplying Iran's army"
            elif mark in ("origin", "genitive") and network and self._owns(actor, transfer):
                # "Jaringan Pengadaan Drone Iran di China", "Iran's drone procurement network
                # in China": the network's owner buys, the place it works in sells.
                recipient.append(self._rank(actor, transfer, 3))
            elif mark == "at" and network and 0 < actor.first_token - t_last <= _SITE_GAP:
                supplier.append(self._rank(actor, transfer, 3))
            elif mark == "origin" and direction == "get" and has_from:
                # "Russian shells come from North Korea": the holder of items told of as coming
                # from a named source received them.
                held = actor.hit.end <= transfer.start
                (recipient if held else supplier).append(self._rank(actor, transfer, 3))
            elif mark == "origin" and voice == "passive" and self._inside(actor, transfer):
                # "microelectronics used in Russian missiles": the weapons' own party took them,
                # and the clause's subject (who shipped the parts) is the likely source.
                recipient.append(self._rank(actor, transfer, 3))
                if subject is not None and subject.hit.entry.canonical != actor.hit.entry.canonical:
                    supplier.append(self._rank(subject, transfer, 3))
            elif mark == "origin" and direction != "get" and self._carries_others(actor, actors):
                # "Kapal Kargo Rusia Angkut Peluru Korut": a carrier of another party's goods
                # takes them home; the goods' own party sends them.
                recipient.append(self._rank(actor, transfer, 3))
            elif mark == "origin":
                supplier.append(self._rank(actor, transfer, 3))
            elif mark == "made_in" and direction != "arrive":
                # "produced in China and shipped to Russia", "receives drones made in Iran": a
                # likely source, not evidence.
                supplier.append(self._rank(actor, transfer, _GUESS))
            elif mark == "owner" and direction != "arrive":
                # The owner of the goods is the other side: "suku cadang jet milik Korut".
                (recipient if give else supplier).append(self._rank(actor, transfer, 3))
            elif mark == "genitive" and give and self._goal_item(actor):
                # "Penjualan Peluru untuk Tank Israel": the goods go to the tanks' owner.
                recipient.append(self._rank(actor, transfer, 2))
            elif mark == "genitive":
                # "pembelian senjata Rusia dari Korut": with a source named, the genitive buys;
                # "pemasok utama alutsista Armenia": an agent's genitive is its customer.
                # "Kapal Pembawa Senjata Iran": a carrier's goods are their owner's, who sends.
                carrier = transfer.entry.canonical in dw.CARRY
                takes = (direction == "get" and has_from) or (
                    voice == "agent" and give and not carrier
                )
                (recipient if takes else supplier).append(self._rank(actor, transfer, 3))
            elif mark == "with" and direction == "get":
                supplier.append(self._rank(actor, transfer, 3))
            elif mark == "with" and give and self._contract_with(actor, transfer):
                # "Ukraina meneken kontrak ekspor drone dengan Denmark": the buyer.
                recipient.append(self._rank(actor, transfer, 3))
            elif mark == "at" and direction == "arrive":
                recipient.append(self._rank(actor, transfer, 2))
        if requester is not None and not any(r[0] == 1 for r in recipient):
            recipient.append(self._rank(requester, transfer, 3))  # asked for itself, a guess
        # An item's maker supplies it, unless the items are the price of goods (upto is set)
        # or a bloc gives them ("dari mitra Eropa"): several suppliers, no maker is a guess.
        items = [h for h in self.hits if h.entry.kind == "item"]
        bloc = upto is None and bool(items) and bloc_gives(self, transfer, voice)
        if upto is None and not bloc:
            supplier += [(5, 99, h.entry.origin) for h in items if h.entry.origin]
        if direction == "arrive":
            if after:
                recipient.append(self._rank(after, transfer, 2))
            if self._to_fetch(transfer):
                # "Pesawat Rusia Mendarat di Teheran untuk Jemput Drone": a carrier come to
                # fetch goods takes them home from where it landed.
                supplier, recipient = recipient, supplier
            return pick(
                supplier, recipient, self._source_groups(actors, transfer), self._to_list(actors)
            )
        giver, taker = (supplier, recipient) if give else (recipient, supplier)
        owner = self._pronoun_owner(transfer, actors) if voice == "agent" else None
        if owner is not None:
            # "Russia and its drone supplier, Iran", "Rusia dan Pemasok Dronenya, Iran".
            taker.append(self._rank(owner, transfer, 2))
            appositive = [a for a in actors if a.hit.start >= transfer.end and a.mark == "none"]
            if appositive and appositive[0].first_token <= t_last + 3:
                giver.append(self._rank(appositive[0], transfer, 2))
        elif voice == "agent" and subject and self._possessive(subject):
            # "Moscow's suppliers", "Russia's main supplier": the possessive is the customer.
            taker.append(self._rank(subject, transfer, 2))
            before = [a for a in actors if a.last_token < subject.first_token and a.mark == "none"]
            linked = before and all(
                t.word in dw.COPULA | dw.LINK
                for t in self.tokens[before[-1].last_token + 1 : subject.first_token]
            )
            if linked:
                giver.append(self._rank(before[-1], transfer, 2))  # "Iran is Russia's supplier"
            appositive = [a for a in actors if a.first_token == t_last + 1 and a.mark == "none"]
            if appositive and not a_source(self.text, appositive[0].hit):
                giver.append(self._rank(appositive[0], transfer, 2))  # "Russia's supplier Iran"
            if (said := linked_party(self, transfer)) is not None:
                giver.append(self._rank(said, transfer, 2))  # "Russia's supplier is Iran"
        elif voice in ("active", "agent"):
            if subject:
                giver.append(self._rank(subject, transfer, 2))
            elif voice == "agent" and (said := linked_party(self, transfer)) is not None:
                giver.append(self._rank(said, transfer, 2))  # "pemasok utama Rusia adalah Iran"
            if after and give and voice == "active":
                taker.append(self._rank(after, transfer, 2))
            elif after and voice == "active" and transfer.entry.canonical in dw.RELIANCE:
                taker.append(self._rank(after, transfer, 2))  # "depends on Pyongyang for shells"
            elif after and voice == "active" and after.hit.text.lower().endswith(dw.DEMONYM_ENDS):
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
                # "Drone Laut Ukraina Dijual ke Luar Negeri": a goal told, though no party.
                goal = t_last + 1 < len(self.tokens) and self.tokens[t_last + 1].word in dw.TO_PLACE
                goal = goal or self._for_market(t_last + 1)  # "ditawarkan untuk ekspor"
                named = (
                    goal
                    or any(r[0] == 1 for r in recipient)
                    or self._owner_of_head(subject, transfer)
                )
                (supplier if named else recipient).append(
                    self._rank(subject, transfer, 4 if named else 3)
                )
        elif voice == "noun":
            if after:
                giver.append(self._rank(after, transfer, 2))
            if subject and self.received_noun(transfer):
                # "Militer Myanmar Dapat Kiriman Drone dari Rusia dan China": who receives the
                # shipment is the receiving verb's subject, even with its sources left open.
                taker.append(self._rank(subject, transfer, 2))
            elif subject:
                giver.append(self._rank(subject, transfer, 4))
        ally = self._appositive_ally(subject, transfer) if give and subject else None
        if ally is not None and not recipient:
            recipient.append(self._rank(ally, transfer, 3))  # "Iran, sekutu Rusia, kirim drone"
        made = [  # "drones made in China" names a maker: only a predicate names a new site
            a
            for a in actors
            if a.mark == "made_in"
            and a.hit.start >= transfer.end
            and a.first_token >= 3
            and not self._in_item(self.tokens[a.first_token - 3].start)
        ]
        if give and made and not recipient and any(r[0] < _GUESS for r in supplier):
            # "Drone yang Dipasok Teheran Kini Diproduksi di Rusia": a named supplier's goods
            # made at another party's site went there (licensed production).
            site = made[0].hit.entry.canonical
            if all(r[2] != site for r in supplier if r[0] < _GUESS):
                recipient.append(self._rank(made[0], transfer, 3))
        roles = pick(
            supplier, recipient, self._source_groups(actors, transfer), self._to_list(actors)
        )
        # "EU report maps Moscow's suppliers": plural givers, none named ("Iran among ...").
        plural = voice == "agent" and plural_agent(self, transfer)
        plural = plural and all(a.hit.entry.canonical == roles.recipient for a in actors)
        several = (bloc or plural) and not roles.supplier
        return replace(roles, several_sources=True) if several else roles


def _known(pair: Pair | None, recipient_rank: int = 3, supplier_rank: int = 3) -> Roles:
    """Roles from a pair read off the items' maker or site: sure enough to lead a vote."""
    if pair is None:
        return Roles()
    return Roles(pair[0], pair[1], supplier_rank, recipient_rank if pair[1] else 9)


def _clitic_agent(transfer: Hit) -> bool:
    """An Indonesian di- passive closed by -nya ("diterimanya"): the agent is the clitic."""
    word = transfer.text.lower()
    return word.startswith("di") and word.endswith("nya")
