"""Supply recalled as the backdrop of other news: "The pact comes after months of accusations"."""

from __future__ import annotations

import re
from collections.abc import Collection

from pantau.filter.matching import Sentences

BACKDROP = re.compile(
    r"(?<!\w)(?:comes?|came|coming|follows|followed|datang|muncul|terjadi)\s+(?:\w+\s+)?"
    r"(?:after|amid|following|setelah|menyusul|di\s+tengah)\s+(?:\w+\s+){0,3}?(?:of\s+)?"
    r"(?:(?:western|us|american|ukrainian|barat|intelligence)\s+)?(?:accusations|allegations|"
    r"reports|claims|tuduhan|tudingan|laporan|dugaan)(?!\w)",
    re.IGNORECASE,
)
"""A sentence framed as the news's backdrop: "The pact comes after months of accusations that"."""

RECALLED = re.compile(
    r"(?<!\w)(?:selama\s+ini|sebelumnya|telah\s+lama|sudah\s+lama|selama\s+bertahun-tahun|"
    r"di\s+masa\s+lalu|sejak|(?:has|have)\s+(?:long\s+|also\s+)?been\s+(?:accused|suspected)|"
    r"earlier|previously|in\s+the\s+past|for\s+years|over\s+the\s+years|since|"
    r"amid\s+(?:reports|accusations|claims)|(?:comes?|came)\s+as)(?!\w)",
    re.IGNORECASE,
)
"""Words that recall earlier supply: "Selama ini Pyongyang dituduh ...", "Since 2022", "amid"."""

EXPLAINER = re.compile(
    r"\W*(?:mengenal|kenali|apa\s+itu|what\s+is|what\s+are|explainer|explained|profil|"
    r"fakta-fakta|sekilas)(?!\w)",
    re.IGNORECASE,
)
"""A headline explaining a weapon or a party: "Mengenal Shahed-136", "Explainer: ..."."""

_PARAGRAPH = 3  # sentences: a short background paragraph, not a section of the story


def recalled_paragraph(
    told: Collection[int],
    armed: Collection[int],
    carried: Collection[int],
    sentences: Sentences,
    framed: bool = False,
) -> bool:
    """Whether a story's transfer sentences are one short run after its lead that recalls them.

    told: the body's sentences that tell a transfer; armed: those naming weapons or a
    transfer, which widen the run while they adjoin it in its paragraph; carried: those naming
    a transfer, which widen it across a paragraph break. "Korut Gelar Parade ..." with "Selama
    ini Pyongyang dituduh memasok ..." and one more sentence in a later paragraph recalls the
    supply as the news's backdrop; a run of four sentences or over paragraphs is a section.
    framed: the headline already frames the story as elsewhere (an opinion), so no cue is asked.
    """
    if not told or min(told) == 0:
        return False
    first, last = min(told), max(told)
    para = _paragraph(sentences, first)

    def inside(index: int) -> bool:
        return para[0] <= sentences.span(index)[0] < para[1]

    while first - 1 in armed and (inside(first - 1) or first - 1 in carried):
        first -= 1
    while last + 1 in armed and (inside(last + 1) or last + 1 in carried):
        last += 1
    if first == 0 or last - first >= _PARAGRAPH or not inside(first) or not inside(last):
        return False
    if framed:
        return True
    if para != (0, len(sentences.text)):  # a paragraph: its cue may open it
        return RECALLED.search(sentences.text, *para) is not None
    start, end = sentences.span(first)[0], sentences.span(last)[1]
    return RECALLED.search(sentences.text, start, end) is not None


def _paragraph(sentences: Sentences, index: int) -> tuple[int, int]:
    """Start and end of the paragraph holding sentence index (the whole text if none)."""
    text, at = sentences.text, sentences.span(index)[0]
    start, end = text.rfind("\n\n", 0, at), text.find("\n\n", at)
    return max(0, start), len(text) if end == -1 else end
