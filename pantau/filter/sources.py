"""Parties listed under one preposition: several sources or recipients of a transfer word."""

from __future__ import annotations

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
