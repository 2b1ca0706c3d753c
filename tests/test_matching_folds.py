"""find reads case where a key is found, not in a lower-cased copy; Sentences' blank runs."""

from __future__ import annotations

import pytest

from pantau.filter.matching import Entry, Matcher, Sentences, Term


def _found(text: str) -> list[tuple[str, str]]:
    def term(surface: str, kind: str, canonical: str) -> Term:
        return Term(surface, Entry(kind, canonical), False)  # type: ignore[arg-type]

    matcher = Matcher(
        [
            term("kirim", "transfer", "give"),
            term("senjata", "item", "weapons"),
            term("rusia", "actor", "RU"),
            term("türkiye", "actor", "TR"),
            term("f-16", "item", "fighter"),
        ]
    )
    return [(h.text, h.entry.canonical) for h in matcher.find(text, "text")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # The Kelvin sign lower-cases to an ASCII "k", so it spells the key as a "K" would.
        (
            "\u212aIRIM senjata ke Rusia",
            [("\u212aIRIM", "give"), ("senjata", "weapons"), ("Rusia", "RU")],
        ),
        # A clitic in capitals closes its word in a text outside ASCII; one before a letter
        # outside ASCII does not.
        ("“RUSIANYA” dan SenjataNya, senjataNYAé", [("RUSIANYA", "RU"), ("SenjataNya", "weapons")]),
        # Capital and dotless i (U+0130, U+0131): letters, so no word starts or ends beside them.
        ("İRusia, Rusiaİ, ıRusia Rusia-ıN", [("Rusia", "RU")]),
        # A key outside ASCII is compared with the text folded where it was found; İ folds to
        # itself, so "TÜRKİYE" is no "türkiye".
        ("TÜRKİYE, Türkiyepun — F-16nya”", [("Türkiyepun", "TR"), ("F-16nya", "fighter")]),
        (
            "Senjata\u00a0Rusia\u00a0kirimlah",
            [("Senjata", "weapons"), ("Rusia", "RU"), ("kirimlah", "give")],
        ),
    ],
)
def test_case_is_read_where_a_key_is_found(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # The blank run a line break ends goes with the break, wherever the run starts.
        ("Satu dua  \nTiga. empat \t\n\nLima", [(0, 8), (11, 22), (26, 30)]),
        ("Akhir.  \nmulai lagi\u00a0\n", [(0, 6), (9, 19)]),
        ("A. b.\n\nC", [(0, 5), (7, 8)]),
    ],
)
def test_a_blank_run_before_a_line_break_is_the_break(
    text: str, spans: list[tuple[int, int]]
) -> None:
    found = Sentences(text)
    assert list(zip(found.starts, found.ends, strict=True)) == spans
