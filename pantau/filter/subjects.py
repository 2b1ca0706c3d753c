"""Who does a transfer word's act: its subject across commas and requests, listed parties."""

from __future__ import annotations

from itertools import pairwise

from pantau.filter import direction_words as dw
from pantau.filter.marks import Actor
from pantau.filter.matching import Hit
from pantau.filter.voice import VoiceReader


class ListReader(VoiceReader):
    """A clause that groups the parties listed after one 'from' or 'to'."""

    def _to_list(self, actors: list[Actor]) -> tuple[str, ...]:
        """Recipients listed under one mark ("ke Indonesia dan Pakistan"), when there are two."""
        for mark in ("to", "holder"):
            listed: list[Actor] = []
            for actor in (a for a in actors if a.mark == mark):
                if listed and any(
                    t.word not in dw.COORD | dw.TO | dw.BY | dw.FILLER
                    for t in self.tokens[listed[-1].last_token + 1 : actor.first_token]
                ):
                    break
                listed.append(actor)
            codes = tuple(dict.fromkeys(a.hit.entry.canonical for a in listed))
            if len(codes) > 1:
                return codes
        return ()

    def _own_from(self, actor: Actor) -> bool:
        """Whether a 'from' of its own governs the actor, not one shared through 'and'."""
        j = actor.first_token - 1
        while j >= 0 and self.tokens[j].word in dw.ARTICLE | dw.FILLER:
            j -= 1
        return j >= 0 and self.tokens[j].word in dw.FROM

    def _source_groups(self, actors: list[Actor], transfer: Hit) -> list[list[str]]:
        """Named sources grouped by transfer: each 'from' with items of its own starts one.

        "drones from Iran and North Korea" is one transfer with two sources; "radar from France,
        and cannon from India" is two transfers, the one nearest the word the main one.
        """
        groups: list[list[Actor]] = []
        for actor in (a for a in actors if a.mark == "from"):
            if groups and not (
                self._own_from(actor)
                and any(
                    t.word not in dw.COORD | dw.FROM | dw.FILLER
                    for t in self.tokens[groups[-1][-1].last_token + 1 : actor.first_token]
                )
            ):
                groups[-1].append(actor)
            else:
                groups.append([actor])
        t_first = self._token_at(transfer.start)

        def near(group: list[Actor]) -> int:
            return min(abs(a.first_token - t_first) for a in group)

        groups.sort(key=near)
        return [list(dict.fromkeys(a.hit.entry.canonical for a in g)) for g in groups]

    def unnamed_recipient(self, transfer: Hit) -> bool:
        """Items then an open recipient: "sell drones to 'any friendly nation'".

        A kind of buyer neither quantified nor quoted ("ke Mitra", "to allies") is one the body
        may name.
        """
        items = [h for h in self.hits if h.entry.kind == "item" and h.start >= transfer.end]
        if not items or self._token_at(items[0].start) > self._token_at(transfer.end - 1) + 2:
            return False
        i = self._token_at(items[0].end - 1) + 1
        if i + 1 >= len(self.tokens) or self.tokens[i].word not in dw.TO_PLACE:
            return False
        start, end = self.tokens[i + 1].start, self.tokens[-1].end
        stop = dw.PUNCT.search(self.text, start, end)
        end = stop.start() if stop else end
        quoted = self.text[self.tokens[i].end : start].strip()[:1] in ("'", '"', "“", "‘")
        if not quoted and not any(start <= t.start < end and t.word in dw.ANY for t in self.tokens):
            return False  # "ke 'negara sahabat'": the speaker's own open formula
        return not any(start <= a.hit.start < end for a in self.actors)

    def _appositive_ally(self, subject: Actor, transfer: Hit) -> Actor | None:
        """The party whose ally the subject is called between commas: "Iran, sekutu Rusia, ..."."""
        if not self.text.startswith(",", subject.hit.end):
            return None
        for ally in self.actors:
            if not subject.hit.end < ally.hit.start < transfer.start or ally.mark != "attr":
                continue
            between = self.tokens[subject.last_token + 1 : ally.first_token]
            kin = dw.KIN | dw.KIN_MODIFIER | dw.ARTICLE | dw.OF
            after = self.tokens[ally.last_token + 1 : self._token_at(transfer.start)]
            told = [t.word for t in between] + [t.word for t in after if t.word not in dw.LEAD]
            closed = dw.PUNCT.search(self.text, ally.hit.end, transfer.start) is not None
            if closed and all(w in kin | dw.KIN_EN for w in told) and (between or after):
                return ally
            return None
        return None

    def _goal_owner(self, actor: Actor, transfer: Hit) -> bool:
        """ "supplying Iran's drone programme", "suppliers of Russia's war machine": a party's
        programme, forces or makers right after a giving word are the goal, its owner receives."""
        t_last = self._token_at(transfer.end - 1)
        if actor.hit.start < transfer.end or not self.text.startswith(("'s", "’s"), actor.hit.end):
            return False
        if not all(t.word in dw.LEAD | dw.OF for t in self.tokens[t_last + 1 : actor.first_token]):
            return False
        after = self.tokens[actor.last_token + 1 : actor.last_token + 5]
        return any(t.word in dw.GOAL_NOUN for t in after)


NEAR = 4  # words a verb may stand from its object or linked subject


class SubjectReader(ListReader):
    """A clause that finds the doer of a transfer word and how it stands to the word."""

    def _subject(self, transfer: Hit, agent: bool, doer: bool = True) -> Actor | None:
        """The nearest unmarked actor before the word, not across 'bahwa'/'that'/'yang'.

        A dateline ("JAKARTA - Kemhan membeli ...") stands for an unnamed doer's state, but is
        never the guessed giver of a passive or a noun ("KYIV - Drone dikirim ke Rusia").
        """
        t_first = self._token_at(transfer.start)
        aside = self._aside(transfer)
        barrier = max(
            (
                i
                for i in range(t_first)
                if self.tokens[i].word in dw.BARRIER
                and not aside[0] <= i < aside[1]
                and not self._raised(i)
            ),
            default=-1,
        )
        if barrier >= 0 and self.tokens[barrier].word in dw.RELATIVE:
            head = self._linked_head(barrier)
            if head is not None:
                return head  # "Denmark disebut menjadi negara pertama yang akan menerima ..."
        focus = self._cleft_focus(barrier)
        if focus is not None:
            return focus  # "It was Iran that supplied the drones"
        marks = ("none", "dateline") if doer else ("none",)
        left = [
            a
            for a in self.actors
            if a.hit.end <= transfer.start
            and a.mark in marks
            and a.first_token > barrier
            and not aside[0] <= a.first_token < aside[1]
        ]
        if not left:
            return None
        subject = self._leading_subject(left[-1], left, transfer)
        if ":" in self.text[subject.hit.end : transfer.start]:
            return None
        if agent:
            # "Russia's top drone supplier": the items an agent noun deals in stand between.
            between = [
                t.word
                for t in self.tokens[self._past_head(subject) : t_first]
                if not self._in_item(t.start)
            ]
            # "Rusia selama puluhan tahun menjadi pemasok": a linking verb carries the subject.
            linked = any(w in dw.LINK for w in between) and len(between) <= NEAR + 2
            # "Russia has been one of the junta's main suppliers": an unnamed customer's
            # possessive stands among the copula's words; the vote finds the customer.
            bare = [w for w in between if _filler_possessive(w) is None]
            told = len(bare) < len(between) and all(w in dw.COPULA for w in bare)
            if not linked and not told and not all(w in dw.COPULA for w in between):
                return None
        return subject

    def _possessive(self, actor: Actor) -> bool:
        """An English possessive after an actor: "Russia's", or a plural's bare "Houthis'"."""
        after = self.text[actor.hit.end : actor.hit.end + 2]
        if after in ("'s", "’s"):
            return True
        return actor.hit.text.endswith("s") and after[:1] in ("'", "’") and after[1:] in ("", " ")

    def _past_head(self, actor: Actor) -> int:
        """The token after an actor and, for a demonym, its head nouns: "Russian government"."""
        k = actor.last_token + 1
        if actor.hit.text.lower().endswith(dw.DEMONYM_ENDS):
            while k < len(self.tokens) and self.tokens[k].word in dw.FILLER:
                k += 1
        return k

    def _aside(self, transfer: Hit) -> tuple[int, int]:
        """Tokens of a comma-closed aside right before the word: "Rusia, yang dikecam Ukraina,".

        A relative or a source set off by commas ("which borders Ukraine", "menurut Korsel")
        names neither the doer nor a barrier to it: the actor before the first comma acts.
        """
        close = self.text.rfind(",", self.start, transfer.start)
        if close < 0 or dw.PUNCT.search(self.text, close + 1, transfer.start):
            return (0, 0)
        opening = self.text.rfind(",", self.start, close)
        if opening < 0:
            return (0, 0)
        first, last = self._token_at(opening), self._token_at(close)
        if first >= last or self.tokens[first].word not in dw.ASIDE:
            return (0, 0)
        before = [a for a in self.actors if a.hit.end <= opening and a.mark == "none"]
        if not before or self.text[before[-1].hit.end : opening].strip():
            return (0, 0)
        return (first, last)

    def _leading_subject(self, nearest: Actor, left: list[Actor], transfer: Hit) -> Actor:
        """The subject a comma's verb phrase shares: "Iran Kritik AS, Tetap Kirim Drone".

        The nearest actor is the first verb's object when a word stands between it and the
        actor opening its stretch; the verb after the comma then belongs to that opener.
        """
        if "," not in self.text[nearest.hit.end : transfer.start]:
            return nearest
        comma = self.text.rfind(",", self.start, nearest.hit.start)
        opening = [a for a in left if a.hit.start > comma and a is not nearest]
        if not opening:
            return nearest
        opener = opening[0]
        start = max(comma + 1, self.start)
        if opener.mark == "dateline":  # "TEHERAN - Iran Kritik AS, ...": the doer follows
            start, opener = opener.hit.end, opening[1] if len(opening) > 1 else nearest
        lead = self.tokens[self._token_at(start) : opener.first_token]
        between = self.tokens[opener.last_token + 1 : nearest.first_token]
        if opener is nearest or any(t.word not in dw.FILLER for t in lead) or not between:
            return nearest
        if any(t.word in dw.COORD | dw.BARRIER for t in between):
            return nearest  # "Iran dan Rusia, ...": both lead; "bahwa": another clause
        return opener

    def _accused_speaker(self, transfer: Hit) -> str | None:
        """ "Kemlu Korut: Tuduhan Pasok Senjata ke Rusia ...": the speaker answers an accusation."""
        colon = self.text.rfind(":", self.start, transfer.start)
        if colon < 0:
            return None
        words = [t.word for t in self.tokens if colon < t.start < transfer.start]
        if not any(w in dw.ACCUSATION for w in words):
            return None
        speakers = [a for a in self.actors if a.hit.end <= colon and a.mark == "none"]
        return speakers[-1].hit.entry.canonical if speakers else None

    def _self_reference(self, transfer: Hit) -> str | None:
        """ "Kemlu Korut membantah tudingan AS bahwa negaranya memasok ...": the denier's state.

        The pronoun after 'bahwa'/'that' stands for the main clause's first party, not for the
        accuser named after an accusation word.
        """
        k = self._token_at(transfer.start) - 1
        while k > 0 and self.tokens[k].word in dw.SELF_LEAD:
            k -= 1
        if k < 1 or self.tokens[k].word not in dw.SELF | {"itu"}:
            return None
        if self.tokens[k].word == "itu":  # "bahwa negara itu memasok"
            k -= 1
            if k < 1 or self.tokens[k].word != "negara":
                return None
        if self.tokens[k - 1].word not in dw.THAT | dw.CLAIM_NOUN:
            return None  # "bahwa negaranya", "US claim it supplies"
        before = self.tokens[k - 1].start
        for actor in self.actors:
            if actor.hit.end > before:
                return None
            prev = self.tokens[actor.first_token - 1].word if actor.first_token > 0 else ""
            if actor.mark in ("none", "dateline", "attr") and prev not in dw.ACCUSATION:
                return actor.hit.entry.canonical
        return None

    def _pronoun_owner(self, transfer: Hit, actors: list[Actor]) -> Actor | None:
        """The party a possessive pronoun on an agent noun stands for: "Russia and its supplier".

        "its"/"their" before the noun (items aside), or "-nya" on it or on its items
        ("Pemasok Dronenya"), points to the nearest party before, joined by 'and' or a comma.
        """
        t_first, t_last = self._token_at(transfer.start), self._token_at(transfer.end - 1)
        before = [a for a in actors if a.hit.end <= transfer.start and a.mark == "none"]
        if not before:
            return None
        owner = before[-1]
        lead = [t.word for t in self.tokens[owner.last_token + 1 : t_first]]
        tail = [t.word for t in self.tokens[t_first : t_last + 3] if self._in_item(t.start)]
        marked = any(w in dw.POSSESSIVE for w in lead) or any(
            w.endswith("nya") for w in [self.tokens[t_last].word, *tail]
        )
        if not marked or len(lead) > NEAR or any(w in dw.BARRIER | dw.LINK for w in lead):
            return None  # "Iran menjadi pemasoknya": the -nya is someone told before
        return owner

    def _linked_head(self, relative: int) -> Actor | None:
        """The party a linking verb equates with a relative clause's head noun.

        "Denmark disebut menjadi salah satu negara pertama yang akan menerima drone": the
        country that will receive is Denmark, so Denmark is the verb's subject.
        """
        before = [a for a in self.actors if a.last_token < relative and a.mark == "none"]
        if not before:
            return None
        actor = before[-1]
        between = [t.word for t in self.tokens[actor.last_token + 1 : relative]]
        if not 1 < len(between) <= 8 or not any(w in dw.LINK for w in between):
            return None
        if dw.PUNCT.search(self.text, actor.hit.end, self.tokens[relative].start):
            return None
        fits = dw.LINK | dw.COPULA | dw.PARTY_NOUN | dw.HEARSAY
        return actor if all(w in fits for w in between) else None

    def _cleft_focus(self, barrier: int) -> Actor | None:
        """The party an "it is/was ... that" cleft puts in focus right before the barrier."""
        if barrier < 3 or self.tokens[barrier].word not in ("that", "who"):
            return None
        actor = next((a for a in self.actors if a.last_token == barrier - 1), None)
        if actor is None or actor.mark != "none" or actor.first_token < 2:
            return None
        it, link = self.tokens[actor.first_token - 2], self.tokens[actor.first_token - 1]
        return actor if it.word == "it" and link.word in dw.LINK else None

    def _relative_head(self, subject: Actor, transfer: Hit) -> bool:
        """Whether a relative word between subject and verb heads a noun other than the subject."""
        t_first = self._token_at(transfer.start)
        relative = [
            i for i in range(subject.last_token + 1, t_first) if self.tokens[i].word in dw.RELATIVE
        ]
        if not relative:
            return self._carrier_participle(subject, transfer, t_first)
        if self._linked_head(relative[-1]) is subject:
            return False  # "Denmark menjadi negara yang menerima": the head is the subject
        return relative[-1] - 1 != subject.last_token

    def _carrier_participle(self, subject: Actor, transfer: Hit, t_first: int) -> bool:
        """ "Turkey stopped a ship carrying Iranian drones": the ship carries another's goods.

        Only when the goods' own party is named after the verb and is not the subject
        ("Iran chartered a ship carrying drones to Russia" keeps Iran the sender).
        """
        if t_first - 1 <= subject.last_token + 1 or not transfer.text.lower().endswith("ing"):
            return False
        if self.tokens[t_first - 1].word not in dw.CARRIER:
            return False
        own = subject.hit.entry.canonical
        return any(
            a.mark == "origin" and a.hit.start > transfer.end and a.hit.entry.canonical != own
            for a in self.actors
        )

    def _request(self, subject: Actor | None, transfer: Hit) -> str | None:
        """ "ask" or "urge" when the subject asks or urges for the transfer, else None."""
        if subject is None:
            return None
        if subject.first_token > 0 and self.tokens[subject.first_token - 1].word in dw.DOMESTIC:
            return None  # "Parlemen Inggris Desak Hentikan Ekspor": a state's body urges it
        gap = self.tokens[subject.last_token + 1 : self._token_at(transfer.start)]
        stop = dw.PUNCT.search(self.text, subject.hit.end, transfer.start)
        # "Rusia Minta Maaf, Tapi Tetap Kirim Drone": a request before a comma is another act.
        words = [t.word for t in gap if stop is None or t.start >= stop.end()]
        if any(a in dw.ASK_FOR | dw.URGE and b in dw.DOMESTIC for a, b in pairwise(words)):
            return None  # "AS Desak Kongres Setujui Penjualan": the state's own body sells
        if any(w in dw.ASK_FOR for w in words):
            return "ask"
        calls = any(a in ("calls", "called") and b in ("on", "for") for a, b in pairwise(words))
        return "urge" if calls or any(w in dw.URGE for w in words) else None

    def _bought_at(self, actor: Actor, transfer: Hit) -> bool:
        """A purchase's "ke"/"kepada" names the seller: "Myanmar borong drone ke China"."""
        if transfer.entry.canonical not in dw.BUY_AT or actor.hit.start < transfer.end:
            return False
        if dw.PUNCT.search(self.text, transfer.end, actor.hit.start):
            return False  # "Beli Su-35 dari Rusia, Jet Dialihkan ke Iran": another clause's goal
        j = actor.first_token - 1
        while j >= 0 and self.tokens[j].word in dw.FILLER:
            j -= 1
        return j >= 0 and self.tokens[j].word in ("ke", "kepada")


def _filler_possessive(word: str) -> str | None:
    """The noun of a party word's English possessive ("junta's", "regime's"), else None."""
    for mark in ("'s", "’s"):
        if word.endswith(mark) and word[: -len(mark)] in dw.FILLER:
            return word[: -len(mark)]
    return None
