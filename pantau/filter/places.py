"""Where the words before an actor place it: a goal's or source's site, a launch or debris site."""

from __future__ import annotations

from pantau.filter import direction_words as dw
from pantau.filter.matching import Hit
from pantau.filter.qualifiers import TokenClause


class PlacedClause(TokenClause):
    """A clause's tokens with tests on whether a preposition before an actor places it."""

    def _placed_goal(self, j: int) -> bool:
        """Whether the 'in' at token j places a party named by a bare noun after a 'to'.

        "kepada junta di Naypyidaw", "to a firm in St. Petersburg": the goal's state.
        """
        k = j - 1
        while (
            k > 0
            and j - k <= 3
            and (
                self.tokens[k].word in dw.FILLER | dw.ARTICLE | dw.SOME | dw.SITE
                or _aligned(self.tokens[k].word)
            )
        ):
            k -= 1
        if k == j - 1 or j - k > 3 or self.tokens[k].word not in dw.TO_PLACE:
            return False
        start, end = self.tokens[k].end, self.tokens[j].start
        return not any(
            start <= h.start < end and not _aligned(self.tokens[self._token_at(h.start)].word)
            for h in self.hits
        )

    def _placed_group(self, j: int) -> bool:
        """Whether the 'in' at token j places a bare group opening the clause ("Militias in").

        The clause opens the sentence or follows a saying word ("menyatakan milisi di Irak").
        """
        said = [i for i in range(j) if self.tokens[i].word in dw.BARRIER]
        first = said[-1] + 1 if said else 0
        words = [t.word for t in self.tokens[first:j]]
        if not 0 < j - first <= 3 or not any(w in dw.SITE | dw.FILLER for w in words):
            return False
        if not all(w in dw.SITE | dw.FILLER | dw.ARTICLE or _aligned(w) for w in words):
            return False
        start, end = self.tokens[first].start, self.tokens[j].start
        return not any(start <= h.start < end and h.entry.kind != "actor" for h in self.hits)

    def _placed_source(self, j: int) -> bool:
        """Whether the 'in' at token j places the noun right after a 'from' ("from allies in")."""
        k = j - 1
        while k >= 0 and j - k <= 3 and self.tokens[k].word not in dw.FROM:
            if self.tokens[k].word in dw.TO | dw.AT | dw.BY | dw.WITH | dw.BARRIER | dw.DEBRIS:
                return False  # "Terungkap dari Puing di Kharkiv": evidence, not a source
            k -= 1
        if k < 0 or j - k > 3 or k == j - 1 or self._not_source(k):
            return False
        start, end = self.tokens[k].end, self.tokens[j].start
        # "dari Denmark Tiba di" is no placed source; "dari pemasok di China" (an agent noun) is.
        return not any(start <= h.start < end and h.entry.voice != "agent" for h in self.hits)

    def _launch_site(self, j: int) -> bool:
        """A 'from' at token j a few words after a firing word: where it was fired from.

        A transfer word between takes the 'from' ("a missile fired at Kharkiv came from ...").
        """
        fired = [t for t in self.tokens[max(0, j - 4) : j] if t.word in dw.FIRED]
        start, end = (fired[-1].end, self.tokens[j].start) if fired else (0, 0)
        return bool(fired) and not any(
            h.entry.kind == "transfer" and start <= h.start < end for h in self.hits
        )

    def _flown_over(self, j: int) -> bool:
        """The 'over' at token j follows what flew there: "shot down over Kyiv", "di atas"."""
        word = self.tokens[j].word
        if word in dw.IN and 0 < j < len(self.tokens) - 1 and self.tokens[j - 1].word in dw.FELL:
            # "puing rudal yang jatuh di Kharkiv": where it fell, not "jatuh di tangan Houthi"
            nxt = self.tokens[j + 1].start
            return any(h.entry.kind == "actor" and h.start == nxt for h in self.hits)
        k = j - 2 if word == "atas" and j >= 2 and self.tokens[j - 1].word == "di" else j - 1
        if word not in dw.OVER or k < 0 or (word == "atas" and k != j - 2):
            return False
        return self.tokens[k].word in dw.OVER_PLACE or self._in_item(self.tokens[k].start)

    def _debris_site(self, hit: Hit) -> bool:
        """A place where a weapon's debris was found: the weapon struck it, no one received it.

        A party after another transfer word told after the finding is that word's
        ("menemukan puing drone yang diterima Rusia dari Iran": Russia received them).
        """
        told = [h for h in self.hits if h.entry.kind == "transfer" and h.end <= hit.start]
        found = [i for i, h in enumerate(told) if h.entry.canonical in dw.FOUND]
        if not found or any(h.entry.canonical not in dw.FOUND for h in told[found[0] + 1 :]):
            return False
        return any(t.word in dw.DEBRIS for t in self.tokens)


def _aligned(word: str) -> bool:
    """A token of alignment, no party: "pro-iran", "anti-russian"."""
    return word.startswith(("pro-", "anti-"))
