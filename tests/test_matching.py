"""Matcher.find: whole words only, clitics, case-sensitive aliases, text outside ASCII."""

from __future__ import annotations

from pantau.filter.matching import Entry, Matcher, Sentences, Term


def _matcher() -> Matcher:
    def term(surface: str, kind: str, canonical: str, case_sensitive: bool = False) -> Term:
        return Term(surface, Entry(kind, canonical), case_sensitive)  # type: ignore[arg-type]

    return Matcher(
        [
            term("dapat", "transfer", "get"),
            term("bantuan senjata", "transfer", "aid"),
            term("senjata", "item", "weapons"),
            term("f-16", "item", "fighter"),
            term("rusia", "actor", "RU"),
            term("türkiye", "actor", "TR"),
            term("bea cukai", "negative", "customs"),
            term("AS", "actor", "US", case_sensitive=True),
            term("U.S.", "actor", "US", case_sensitive=True),
            term("Iran", "actor", "IR", case_sensitive=True),
            term("iran", "item", "iranian", case_sensitive=False),
            term("", "item", "nothing"),  # an empty surface finds nothing
        ]
    )


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.entry.canonical) for h in _matcher().find(text, "text")]


def test_whole_words_and_clitics() -> None:
    assert _found("Rusia mendapatkan dapat; Rusianya, rusiawi, Rusianyalah dapatpun") == [
        ("Rusia", "RU"),
        ("dapat", "get"),
        ("Rusianya", "RU"),
        ("dapatpun", "get"),
    ]


def test_phrases_need_their_own_spacing_and_punctuation() -> None:
    assert _found("bantuan senjata") == [("bantuan senjata", "aid"), ("senjata", "weapons")]
    assert _found("bantuan\nsenjata, F-16 dan F 16, Bea-Cukai") == [
        ("senjata", "weapons"),
        ("F-16", "fighter"),
    ]


def test_words_beside_letters_outside_ascii() -> None:
    assert _found("«Rusia» éRusia Rusiaé Türkiye türkiyenya") == [
        ("Rusia", "RU"),
        ("Türkiye", "TR"),
        ("türkiyenya", "TR"),
    ]


def test_aliases_only_as_written() -> None:
    assert _found("AS dan as, ASEAN, U.S. dan u.s., “AS”") == [
        ("AS", "US"),
        ("U.S.", "US"),
        ("AS", "US"),
    ]


def test_case_checked_only_where_a_term_asks() -> None:
    assert _found("Iran, iran, IRAN") == [("Iran", "IR"), ("iran", "iranian"), ("IRAN", "iranian")]


def test_sentences_end_at_marks_before_capitals_and_at_line_breaks() -> None:
    cases = {
        'Rusia kirim. Iran juga!  "Drone," katanya.\nAkhir': [
            (0, 12),
            (13, 23),
            (25, 42),
            (43, 48),
        ],
        "\nAwal. dua 3. Empat?\u201d (Lima) ok.\n \n": [(1, 13), (14, 20), (22, 32)],
        "Harga 3.5 juta. 7 orang": [(0, 15), (16, 23)],
        "...": [(0, 3)],
    }
    for text, spans in cases.items():
        found = Sentences(text)
        assert list(zip(found.starts, found.ends, strict=True)) == spans, text
