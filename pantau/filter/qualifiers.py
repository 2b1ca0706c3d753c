"""A clause's words and what the words around an actor say it is: an ally, a person, a source."""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise
from typing import NamedTuple

from pantau.filter import direction_words as dw
from pantau.filter.matching import Hit


class Token(NamedTuple):
    """A lower-cased word of a clause and its span in the field's text."""

    start: int
    end: int
    word: str


class TokenClause:
    """One sentence's lower-cased tokens and matched hits, with tests on an actor's neighbours."""

    def __init__(self, text: str, start: int, end: int, hits: list[Hit]) -> None:
        self.text = text
        self.start = start
        low = text[start:end].lower()
        self.tokens = [
            Token(m.start() + start, m.end() + start, m.group()) for m in dw.TOKEN.finditer(low)
        ]
        self._ends = [tok.end for tok in self.tokens]  # rising: tokens follow one another
        self.hits = hits

    def _token_at(self, pos: int) -> int:
        """Index of the first token ending after pos."""
        return bisect_right(self._ends, pos)

    def _joined(self, j: int) -> bool:
        """No comma or colon between token j and the next: "di garis depan, Iran ..." splits."""
        return not dw.PUNCT.search(self.text, self.tokens[j].end, self.tokens[j + 1].start)

    def _backer(self, first: int) -> bool:
        """An actor backing a force: "yang didukung (oleh) Iran", "backed by Iran"."""
        j = first - 1
        if j >= 0 and self.tokens[j].word in dw.BY:
            j -= 1
        if j < 0 or self.tokens[j].word not in dw.BACKED:
            return False
        # "Russia is backed by Iran": a main clause's agent may still be a party.
        return j == 0 or self.tokens[j - 1].word not in dw.BE

    def _kin(self, hit: Hit, first: int, last: int) -> bool:
        """An actor naming whose ally or neighbour is meant: "sekutu dekat AS", "Iran's allies"."""
        j = first - 1
        while j >= 0 and self.tokens[j].word in dw.KIN_MODIFIER:
            j -= 1
        if j >= 0 and self.tokens[j].word in dw.KIN:
            return True  # Indonesian "sekutu X" is X's ally ("sekutunya X" is X itself)
        if j >= 1 and self.tokens[j].word == "of" and self.tokens[j - 1].word in dw.KIN_EN:
            return True
        if self.text[hit.end : hit.end + 2] not in ("'s", "’s"):
            return False
        k = last + 1
        while k < len(self.tokens) and self.tokens[k].word in dw.KIN_MODIFIER:
            k += 1
        return k < len(self.tokens) and self.tokens[k].word in dw.KIN_EN

    def _helped(self, first: int) -> bool:
        """The object of a help verb ("membantu Rusia membangun", "helps Hezbollah") receives."""
        j = first - 1
        while j >= 0 and self.tokens[j].word in dw.FILLER:
            j -= 1
        return j >= 0 and self.tokens[j].word in dw.HELP

    def _attribution(self, hit: Hit, first: int) -> bool:
        """A trailing source: ", US says", ", kata Ukraina", "menurut Kyiv" ending the clause."""
        if self._speaks_as_we(first):
            return False
        if not dw.CLAUSE_END.match(self.text, hit.end):
            return dw.SAYS_AFTER.match(self.text, hit.end) is not None and (
                self.text[: hit.start].rstrip().endswith(",")
            )
        k = first - 1  # "menurut intelijen Ukraina,": the source's own nouns stand between
        while k > 0 and first - k < 3 and self.tokens[k].word not in dw.SAYS_BEFORE:
            k = k - 1 if self._joined(k - 1) else -1
        # only "menurut" reaches past them: "kata Blogger Militer Rusia" may credit its own state
        says = dw.SAYS_BEFORE if k == first - 1 else frozenset({"menurut"})
        return k >= 0 and self.tokens[k].word in says

    def _ruled_out(self, first: int) -> bool:
        """A party set aside after a comma by a negation: "Iran, not China, supplied ..."."""
        if first < 1 or self.tokens[first - 1].word not in dw.RULED_OUT:
            return False
        return self.text[self.start : self.tokens[first - 1].start].rstrip().endswith(",")

    def _speaks_as_we(self, first: int) -> bool:
        """A source credited with a quote that opens on "we" and its own transfer word.

        "'Kami Tak Pernah Kirim Senjata ke Rusia', Kata Korut": the speaker is the "we" that
        sends; "'Kami Minta Iran Berhenti Kirim Drone', Kata Ukraina" names its sender first.
        """
        if first < 2 or self.tokens[0].word not in dw.FIRST_PERSON:
            return False
        opened = self.tokens[0].end
        sent = next((h for h in self.hits if h.entry.kind == "transfer" and h.start > opened), None)
        return (
            sent is not None
            and sent.end <= self.tokens[first - 1].start
            and not any(
                h.entry.kind == "actor" and opened <= h.start < sent.start for h in self.hits
            )
        )

    def _person(self, first: int, last: int) -> bool:
        """A citizen or worker of a state ("warga negara Iran", "Chinese nationals"): no party."""
        j = first - 1
        while j >= 0 and self.tokens[j].word in ("negara", "of"):
            j -= 1
        if j >= 0 and self.tokens[j].word in dw.CITIZEN:
            return True
        if j >= 1 and self.tokens[j].word == "asal" and self.tokens[j - 1].word in dw.PERSON:
            return True  # "pebalap asal Inggris": where a person comes from
        if any(
            t.word in dw.LABOUR and not self._in_actor(t.start)
            for t in self.tokens[max(0, first - 2) : first]
        ):
            # "Buruh Pelabuhan India Tolak ...": workers of a state, not the state; "Amerika
            # Serikat menuding Iran": a state's own name holds no workers.
            return True
        if last + 1 >= len(self.tokens):
            return False
        word = self.tokens[last + 1].word
        # "Iranian national" is a person; "Iran National Security Council" is the state.
        demonym = self.tokens[last].word.endswith(dw.DEMONYM_ENDS)
        return word in ("nationals", "citizens") or (word in dw.CITIZEN and demonym)

    def _raised(self, i: int) -> bool:
        """A saying word as a passive raising its subject: "Iran is said to", "was accused of"."""
        j = i - 1
        while j >= 0 and self.tokens[j].word in dw.HEARSAY_ADVERB:
            j -= 1
        nxt = self.tokens[i + 1].word if i + 1 < len(self.tokens) else ""
        return j >= 0 and self.tokens[j].word in dw.BE and nxt in dw.RAISED_TO

    def _in_actor(self, pos: int) -> bool:
        """Whether a text position lies inside an actor's mention ("Amerika Serikat")."""
        return any(h.entry.kind == "actor" and h.start <= pos < h.end for h in self.hits)

    def _carrier(self, first: int, last: int) -> bool:
        """ "Russian cargo ship", "kapal kargo Iran": the carrier's state sends the cargo."""
        before = first > 0 and self.tokens[first - 1].word in dw.CARRIER
        after = last + 1 < len(self.tokens) and self.tokens[last + 1].word in dw.CARRIER
        if after and dw.PUNCT.search(self.text, self.tokens[last].end, self.tokens[last + 1].start):
            after = False  # "Iran Bantu Houthi, Kapal ...": the ship is not the Houthis'
        if after and any(
            h.entry.kind == "transfer" and h.start == self.tokens[last + 1].start for h in self.hits
        ):
            after = False  # "as Tehran ships more drones": a verb, not a ship
        return (before or after) and self.tokens[first].word not in dw.FROM | dw.TO

    def _becomes_route(self, last: int) -> bool:
        """An actor linked to a route ("Kazakhstan Jadi Jalur Transit", "becomes arms route")."""
        k, linked = last + 1, False
        while k < len(self.tokens) and k - last <= 4 and self.tokens[k].word in dw.TO_BE:
            linked = linked or self.tokens[k].word in dw.LINK
            k += 1
        if not linked or k >= len(self.tokens):
            return False
        if dw.PUNCT.search(self.text, self.tokens[last].end, self.tokens[k].start):
            return False
        word = self.tokens[k].word
        nxt = self.tokens[k + 1].word if k + 1 < len(self.tokens) else ""
        return word in dw.ROUTE | dw.TRANSIT_NOUN or nxt in dw.ROUTE | dw.TRANSIT_NOUN

    def distance(self, a: Hit, b: Hit) -> int:
        """Words between two hits of this clause."""
        first, second = (a, b) if a.start <= b.start else (b, a)
        return max(0, self._token_at(second.start) - self._token_at(first.end - 1) - 1)

    def _coast(self, j: int) -> bool:
        """Token j ends a sea's name before its state: "lepas pantai", "the coast of"."""
        if j > 0 and self.tokens[j].word == "of":
            j -= 1
        word = self.tokens[j].word
        return word in dw.COAST and not (j > 0 and self.tokens[j - 1].word in dw.GUARD)

    def _to_fetch(self, transfer: Hit) -> bool:
        """An arrival whose purpose is fetching goods: "mendarat ... untuk jemput drone"."""
        k = self._token_at(transfer.end - 1) + 1
        words = [t.word for t in self.tokens[k : k + 6]]
        return any(a in dw.FOR | {"to"} and b in dw.FETCH for a, b in pairwise(words))

    def _verb_next(self, last: int, besides: frozenset[str] = frozenset()) -> bool:
        """A transfer word right after token last: "Tuduhan Iran Pasok ...", its subject."""
        k = last + 1
        return k < len(self.tokens) and any(
            h.entry.kind == "transfer"
            and h.start == self.tokens[k].start
            and h.entry.canonical not in besides
            for h in self.hits
        )

    def _for_market(self, k: int) -> bool:
        """Tokens from k tell goods meant for sale abroad: "untuk ekspor", "for export"."""
        words = [t.word for t in self.tokens[k : k + 2]]
        return len(words) == 2 and words[0] in dw.FOR and words[1] in dw.MARKET

    def _in_item(self, pos: int) -> bool:
        """Whether a text position lies inside an item's mention."""
        return any(h.entry.kind == "item" and h.start <= pos < h.end for h in self.hits)

    def _venue(self, hit: Hit, first: int) -> bool:
        """A fair's place, within three words after its noun: "di Pameran Senjata Doha"."""
        before = self.tokens[max(0, first - 3) : first]
        return any(t.word in dw.FAIR for t in before) and not dw.PUNCT.search(
            self.text, before[0].start, hit.start
        )

    def _seized_by(self, first: int) -> bool:
        """A bare passive agent after a seizing participle: "Dicegat AL AS", "Disita Polisi"."""
        before = self.tokens[max(0, first - 3) : first]
        return any(t.word in dw.SEIZED for t in before) and all(
            t.word in dw.SEIZED | dw.ENFORCER | dw.FILLER | {"al", "tni"} for t in before[-2:]
        )

    def _accused_by(self, first: int) -> bool:
        """A bare agent right after a participle of saying: "Iran Dituding AS Kirim Rudal"."""
        j = first - 1
        if j >= 0 and self.tokens[j].word in dw.BY:
            j -= 1
        return j >= 1 and self.tokens[j].word in dw.ACCUSED

    def _seizer(self, hit: Hit, last: int) -> bool:
        """Whether a seizing or charging verb follows the actor within two words, in its clause.

        A holding verb ("Tahan") seizes only for a customs, police or navy party: "AS Tahan
        Pengiriman Bom" withholds its own shipment.
        """
        first = self._token_at(hit.start)
        after = self.tokens[last + 1 : last + 3]
        near = self.tokens[max(0, first - 2) : first] + after  # "Bea Cukai X", "X customs"
        held = dw.HOLDS if any(t.word in dw.ENFORCER for t in near) else set()
        verbs = dw.SEIZES | dw.PROSECUTES | held
        return any(
            t.word in verbs and not dw.PUNCT.search(self.text, hit.end, t.start) for t in after
        )

    def _backs_transfer(self, hit: Hit) -> bool:
        """ "Iran-backed weapons smuggling", "an Iran-backed network": the backer sends them.

        What it backs is weapons, a transfer or a smuggling ring, not a group that acts itself
        ("Iran-backed militia").
        """
        later = [h for h in self.hits if h.start > hit.end]
        nxt = self._token_at(hit.end) + 1  # the word after "-backed"
        if later and self._token_at(later[0].start) == nxt:
            return later[0].entry.kind in ("item", "transfer")
        return nxt < len(self.tokens) and self.tokens[nxt].word in dw.RING

    def _weapon_part(self, k: int) -> bool:
        """Whether token k is a part word of a weapon named just before it ("drones with chips")."""
        if self.tokens[k].word not in dw.PART:
            return False
        start = self.tokens[max(0, k - 3)].start
        return any(
            h.entry.kind == "item" and start <= h.end <= self.tokens[k].start for h in self.hits
        )

    def _after_combat(self, j: int) -> bool:
        """Whether a combat word ends within the three tokens before the 'to' at token j."""
        start = self.tokens[max(0, j - 3)].start
        return any(
            h.entry.kind == "negative"
            and h.entry.canonical == "combat"
            and start <= h.start
            and h.end <= self.tokens[j].start
            for h in self.hits
        )

    def _not_source(self, j: int) -> bool:
        """A 'from' at token j after pressure, sanctions or approval names who gives those."""
        before = [t.word for t in self.tokens[max(0, j - 2) : j]]
        return bool(before) and (
            before[-1] in dw.NOT_FROM or (len(before) == 2 and before[0] in dw.SANCTION)
        )

    def _listed_after_to(self, j: int) -> bool:
        """Whether a 'to' governs the few words before the list word at token j."""
        return any(t.word in dw.TO for t in self.tokens[max(0, j - 7) : j])

    def _struck(self, index: int, hit: Hit) -> bool:
        """The object of a combat word right before it: "rudal yang hantam Kyiv" is a target."""
        if index == 0:
            return False
        prev = self.hits[index - 1]
        if prev.entry.kind != "negative" or prev.entry.canonical != "combat":
            return False
        if prev.text.lower().startswith("di"):
            return False  # "ditembakkan Rusia": the passive's agent fires, it is not struck
        if prev.text.lower().endswith("an"):
            return False  # "serangan Rusia", "gempuran Israel": a noun's genitive attacks
        between = self.text[prev.end : hit.start].split()
        return len(between) <= 1 and all(w.lower() in dw.FILLER for w in between)

    def _route_before(self, j: int) -> bool:
        """Whether the 'from' or 'used (by)' at token j follows a route noun."""
        word = self.tokens[j].word
        if word not in dw.FROM | dw.USED_BY | dw.BY:
            return False
        k = j - 1
        if word in dw.BY and k >= 0 and self.tokens[k].word in dw.USED:
            k -= 1
        while k >= 0 and self.tokens[k].word in dw.ROUTE_FILLER:
            k -= 1
        return k >= 0 and self.tokens[k].word in dw.ROUTE

    def _qualified(self, index: int, hit: Hit) -> bool:
        """A ministry's short name before a state ("Kemhan Rusia") names that state's body."""
        if index + 1 >= len(self.hits) or hit.text.lower() not in dw.BODIES:
            return False
        nxt = self.hits[index + 1]
        if hit.entry.kind != "actor" or nxt.entry.kind != "actor":
            return False
        return nxt.entry.canonical != hit.entry.canonical and self.text[hit.end : nxt.start] == " "
