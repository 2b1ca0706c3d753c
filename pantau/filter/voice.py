"""A transfer word's voice in its clause: active, passive or a noun, whatever its form says."""

from __future__ import annotations

from pantau.filter import direction_words as dw
from pantau.filter.marks import Actor, MarkedClause
from pantau.filter.matching import Hit
from pantau.filter.morph import Voice


class VoiceReader(MarkedClause):
    """A clause that reads the voice a transfer word is used in."""

    def voice(self, transfer: Hit) -> tuple[Voice | None, Actor | None]:
        """The word's voice as used, and the actor a hyphen joins to it ("Iranian-supplied")."""
        voice = transfer.entry.voice
        if self._held_in_hands(transfer):
            return None, None  # "came into Ukrainian hands": whose hands hold, nobody gives
        maker = self._hyphen_agent(transfer)
        if maker is not None:
            voice = "passive"  # "North Korean-supplied KN-23": the compound names the giver
        elif voice == "past":
            voice = "passive" if self.passive_english(transfer) else "active"
        elif voice == "active" and self._split_passive(transfer):
            voice = "passive"
        elif voice == "active" and self._plural_after_item(transfer):
            voice = "noun"  # "Iranian drone supplies to Russia": a noun, not a verb
        give = transfer.entry.sub == "give"
        if give and voice in ("active", "passive") and self._with_next(transfer):
            voice = "passive"  # "Houthis armed with Iranian missiles", "rearming with ..."
        return voice, maker

    def passive_english(self, hit: Hit) -> bool:
        """A past form after a form of 'be' within three words, or before 'by': a passive."""
        i = self._token_at(hit.start)
        near = [t.word for t in self.tokens[max(0, i - 3) : i]]
        be = [k for k, w in enumerate(near) if w in dw.BE]
        # "It was Iran that supplied ...": a relative word after the 'be' starts a new verb.
        if be and not any(w in ("that", "who", "which") for w in near[be[-1] :]):
            return True
        after = self._token_at(hit.end - 1) + 1
        # "drones delivered last year": a participle right after its noun is passive too
        # (not "Iranian drones armed Iraqi militias", whose object follows).
        if i > 0 and self._in_item(self.tokens[i - 1].start):
            return not any(a.first_token == after and a.mark == "none" for a in self.actors)
        if self._reduced_relative(i, after):
            return True
        # "missiles supplied by North Korea": a participle with its agent is passive too.
        return after < len(self.tokens) and self.tokens[after].word in dw.BY

    def _reduced_relative(self, i: int, after: int) -> bool:
        """ "microelectronics used in Russian missiles": a participle between a plain noun and
        'in' modifies the noun, so the clause's subject is not its doer."""
        if i == 0 or after >= len(self.tokens) or self.tokens[after].word not in dw.INSIDE:
            return False
        prev = self.tokens[i - 1]
        if not self.tokens[i].word.endswith("ed") or not prev.word.isalpha():
            return False
        if prev.word in dw.NOT_NOUN or prev.word.endswith("ly"):
            return False  # "which Moscow has used in", "reportedly used in": a verb's own
        return not any(a.first_token <= i - 1 <= a.last_token for a in self.actors)

    def _split_passive(self, transfer: Hit) -> bool:
        """ "Rudal di terima Rusia": a di- passive written apart from its bare root."""
        i = self._token_at(transfer.start)
        bare = transfer.text.lower() == transfer.entry.canonical
        return bare and i > 0 and self.tokens[i - 1].word == "di"

    def _plural_after_item(self, transfer: Hit) -> bool:
        """An English -s form right after an item ("drone supplies", "arms shipments")."""
        i = self._token_at(transfer.start)
        word = transfer.text.lower()
        return i > 0 and word.endswith("s") and self._in_item(self.tokens[i - 1].start)

    def _held_in_hands(self, transfer: Hit) -> bool:
        """ "hands" after a holder's adjective or a determiner is the body part, no verb."""
        i = self._token_at(transfer.start)
        if transfer.text.lower() != "hands" or i == 0:
            return False
        prev = self.tokens[i - 1].word
        return prev in dw.HOLDING or prev.endswith(dw.DEMONYM_ENDS)

    def _with_next(self, transfer: Hit) -> bool:
        """An English give verb right before 'with': its subject is the one armed."""
        after = self._token_at(transfer.end - 1) + 1
        return after < len(self.tokens) and self.tokens[after].word == "with"

    def received_noun(self, transfer: Hit) -> bool:
        """A give noun after a receiving verb: "Dapat Kiriman", "received a new shipment".

        The noun is the verb's object, so the clause's subject is its recipient, not its giver.
        """
        if transfer.entry.sub != "give":
            return False
        first = self._token_at(transfer.start)
        return any(
            h.entry.kind == "transfer"
            and h.entry.sub == "get"
            and h.entry.voice in ("active", "past")
            and h.end <= transfer.start
            and all(
                t.word in dw.ARTICLE | dw.FRESH
                for t in self.tokens[self._token_at(h.end - 1) + 1 : first]
            )
            and not dw.PUNCT.search(self.text, h.end, transfer.start)
            for h in self.hits
        )

    def _hyphen_agent(self, transfer: Hit) -> Actor | None:
        """The actor joined to a past form by a hyphen ("Iranian-supplied"): its agent."""
        if transfer.entry.voice != "past" or self.text[transfer.start - 1 : transfer.start] != "-":
            return None
        return next((a for a in self.actors if a.hit.end == transfer.start - 1), None)
