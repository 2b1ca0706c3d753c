"""Beside a transfer: what is none of it (absent goods, sanctioners, routes, backdrop), deals."""

from __future__ import annotations

import re
from collections.abc import Collection

from pantau.filter import wording
from pantau.filter.events import Event
from pantau.filter.matching import Hit, Sentences


def in_story(
    title: str, text: str, title_hits: list[Hit], text_hits: list[Hit]
) -> tuple[list[Hit], list[Hit]]:
    """The headline's and the body's hits without the bystanders read below."""
    kinds = {h.entry.kind for h in (*title_hits, *text_hits)}
    if "transfer" not in kinds or "item" not in kinds:
        return title_hits, text_hits  # no transfer of weapons told: nothing stands beside one
    return _without(title, title_hits), _without(text, text_hits)


def _without(text: str, hits: list[Hit]) -> list[Hit]:
    """One field's hits without absent items, sanctioners, currencies, routes' and epochs' names."""
    low = text.lower()  # once for every reading's cheap check of its cue words
    if "$" in text:
        hits = [h for h in hits if not _currency(text, h)]
    hits = _without_absent(text, _without_unseen(text, hits, low), low)
    hits = _without_sanctioners(text, hits, low)
    return _without_epochs(text, _without_route_names(text, hits, low), low)


def _currency(text: str, hit: Hit) -> bool:
    """ "US$400 million": a state's code before a currency sign names money, not a party."""
    return hit.entry.kind == "actor" and text.startswith("$", hit.end)


def backdrop(sentence: str) -> bool:
    """Whether a sentence frames its transfer as the news's backdrop ("amid accusations")."""
    return bool(wording.AMID.search(sentence) or BACKDROP.search(sentence))


def deal_sides(best: Event, main: tuple[str | None, str | None]) -> set[str]:
    """The other side of a two-party deal whose pair was read with one side open.

    "Vietnam and Russia sign deal on joint production of artillery shells": the vote names
    Vietnam only; Russia, the deal's other party, is a party to it too (and makes it watched).
    """
    if best.hit.entry.sub != "deal" or len(best.actors) != 2 or None not in main:
        return set()
    named = {side for side in main if side is not None}
    return set(best.actors) - named if named and named < best.actors else set()


_BACK, _AHEAD = 40, 60  # characters around a key word the phrase may span


def _ends(
    pattern: re.Pattern[str], text: str, lowered: str, keys: tuple[str, ...]
) -> dict[int, int]:
    """Each end of the phrase (where the next word starts) mapped to the phrase's start.

    The phrase is searched only near its key words, so a text without them costs a few
    substring scans: most texts name no fall of a regime, no route, no sanction.
    """
    found: dict[int, int] = {}
    for key in keys:
        at = lowered.find(key)
        while at >= 0:
            for m in pattern.finditer(text, max(0, at - _BACK), min(len(text), at + _AHEAD)):
                found.setdefault(m.end(), m.start())
            at = lowered.find(key, at + 1)
    return found


_ABSENT = re.compile(
    r"(?<!\w)(?:tanpa|without|with\s+no|minus|sans)\s+"
    r"(?:(?:membawa|dibekali|disertai|dilengkapi|pasokan|kiriman|any|a|the|their|its|"
    r"carrying|bringing)\s+)?",
    re.IGNORECASE,
)
"""Right before items that do not go: 'tanpa', 'without', 'with no', 'without any'."""
_ABSENT_KEYS = ("tanpa", "without", "with no", "minus", "sans")
_CARRIED = re.compile(
    r"(?<!\w)(?:hanya\s+|only\s+)?(?:membawa|dibekali|bersenjatakan|menenteng|carrying|carry|"
    r"carried|armed\s+with|equipped\s+with)\s+(?:(?:their|own|personal|individual|"
    r"their\s+own)\s+)?",
    re.IGNORECASE,
)
"""Right before a sent unit's kit: "pasukan ... hanya membawa senjata perorangan"."""
_CARRIED_KEYS = ("membawa", "dibekali", "bersenjatakan", "menenteng", "carr", "armed", "equipped")
_PERSONNEL = re.compile(
    r"(?<!\w)(?:pasukan|tentara|prajurit|personel|serdadu|troops|soldiers|personnel)(?!\w)",
    re.IGNORECASE,
)
_UNITS = ("pasukan", "tentara", "prajurit", "personel", "serdadu", "troops", "soldiers")
_KIT_WINDOW = 80
_JOINED = re.compile(r"\s*(?:,|dan|and|or|atau|serta|maupun|,\s*and)?\s*", re.IGNORECASE)

_NO_SIGN = re.compile(
    r"(?<!\w)(?:(?:tak|tidak|belum)\s+(?:ada|terlihat|tampak)\s+(?:tanda(?:-tanda)?|indikasi)"
    r"(?:\s+(?:adanya|soal|akan))?|no\s+(?:sign|signs|indication|indications|hint)\s+of"
    r"(?:\s+(?:any|an?|the))?)\s+",
    re.IGNORECASE,
)
"""Right before a transfer said to show no sign: "Tak Ada Tanda Ekspor", "no sign of sales"."""
_NO_SIGN_KEYS = ("tanda", "indikasi", "sign", "indication", "hint")
_NO_BUYER = re.compile(r"(?<!\w)(?:(?:tak|tidak|belum)\s+ada\s+(?:satu\s+pun\s+)?|no\s+)$", re.I)
_BUYER_WORDS = frozenset({"pembeli", "pemesan", "buyer", "buyers", "customer", "customers"})
_BUYER_KEYS = ("pembeli", "pemesan", "buyer", "customer")


def _without_unseen(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without transfer words said to show no sign, or a buyer said to be lacking.

    "Kim Tinjau Pabrik Rudal, Tak Ada Tanda Ekspor ke Rusia", "Rusia Pamerkan Drone di Pameran
    Dubai, Belum Ada Pembeli": no transfer is told. "No evidence" stays: a party's denial.
    """
    lowered = lowered or text.lower()
    unseen = set(_ends(_NO_SIGN, text, lowered, _NO_SIGN_KEYS))
    if any(word in lowered for word in _BUYER_KEYS):
        unseen |= _unbought(text, hits)
    if not unseen:
        return hits
    return [h for h in hits if h.entry.kind != "transfer" or h.start not in unseen]


def _unbought(text: str, hits: list[Hit]) -> set[int]:
    """Where a buyer word is said to be lacking: "Belum Ada Pembeli", "no buyers"."""
    return {  # buyer words are rare: each is read in its own short window
        h.start
        for h in hits
        if h.entry.kind == "transfer"
        and h.text.lower() in _BUYER_WORDS
        and _NO_BUYER.search(text, max(0, h.start - 25), h.start)
    }


def _without_absent(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without the items said not to go with what is sent; they are no goods of the story.

    "Pasukan Korut Dikirim ke Rusia Tanpa Senjata Berat", "troops sent without heavy weapons":
    personnel go, the weapons named are the ones they lack; "pasukan ... hanya membawa senjata
    perorangan": the weapons a unit carries are its kit, not goods. Items named elsewhere stay.
    """
    lowered = lowered or text.lower()
    gone = set(_ends(_ABSENT, text, lowered, _ABSENT_KEYS))
    if any(unit in lowered for unit in _UNITS):
        for end, start in _ends(_CARRIED, text, lowered, _CARRIED_KEYS).items():
            if _PERSONNEL.search(text, max(0, start - _KIT_WINDOW), start) is not None:
                gone.add(end)  # a unit named before the verb: the items are its kit
    if not gone:
        return hits  # most texts: no absence word and no unit's kit
    dropped: list[Hit] = []
    for h in hits:
        if h.entry.kind != "item":
            continue
        # "senapan serbu dan granat": an item joined to an absent one is absent too.
        joined = bool(dropped) and _JOINED.fullmatch(text, dropped[-1].end, h.start) is not None
        if joined or h.start in gone:
            dropped.append(h)
    return [h for h in hits if not any(h is d for d in dropped)]


_ROUTE_AFTER = re.compile(
    r"(?:'s)?\s+(?:(?:land|sea|air|smuggling|supply|transit|overland)\s+)?"
    r"(?:route|routes|corridor|corridors|land\s+bridge|pipeline)\b",
    re.IGNORECASE,
)
"""Right after the party: "Syrian route", "Iraqi land corridor", "the Syrian supply route"."""
_ROUTE_BEFORE = re.compile(
    r"(?<!\w)(?:jalur|rute|koridor)\s+(?:(?:darat|laut|udara|pasokan|penyelundupan|transit)\s+)?",
    re.IGNORECASE,
)
"""Before it: "jalur Suriah", "rute darat Irak" (not "jalur melalui Suriah": a transit)."""
_ROUTE_KEYS = ("route", "corridor", "bridge", "pipeline", "jalur", "rute", "koridor")
_ROUTE_BEFORE_KEYS = ("jalur", "rute", "koridor")
_EPOCH_KEYS = (
    "fall", "collapse", "ouster", "overthrow", "toppl", "death", "outbreak", "end of", "start of",
    "jatuh", "runtuh", "tumbang", "lengser", "guling", "kematian", "berakhir",
)  # fmt: skip


def _without_route_names(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without parties that only name a route, which supplies and receives nothing.

    "Iran has resumed sending rockets to Hezbollah ... since the fall of Assad cut the Syrian
    route": Syria is no second supplier beside Iran.
    """
    lowered = lowered or text.lower()
    if not any(key in lowered for key in _ROUTE_KEYS):
        return hits  # most texts: no route named, no reading per party
    before = _ends(_ROUTE_BEFORE, text, lowered, _ROUTE_BEFORE_KEYS)
    return [
        h
        for h in hits
        if h.entry.kind != "actor" or not (h.start in before or _ROUTE_AFTER.match(text, h.end))
    ]


_EPOCH_BEFORE = re.compile(
    r"(?<!\w)(?:since|after|before|until|following)\s+(?:the\s+)?(?:fall|collapse|ouster|"
    r"overthrow|toppling|death|end|start|outbreak)\s+of\s+(?:the\s+)?(?:regime\s+of\s+)?|"
    r"(?<!\w)(?:sejak|setelah|sebelum|pasca|usai|seusai|hingga)\s+(?:jatuhnya|runtuhnya|"
    r"tumbangnya|lengsernya|tergulingnya|digulingkannya|kematian|berakhirnya|berakhir|"
    r"kejatuhan|keruntuhan)\s+(?:rezim\s+|pemerintahan\s+)?",
    re.IGNORECASE,
)
"""Right before a party that only dates the story: "since the fall of Assad", "sejak jatuhnya"."""


def _without_epochs(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without parties that only date the story: a fallen regime is no supplier now.

    "Iran has resumed sending rockets to Hezbollah ... since the fall of Assad": Syria is no
    second supplier; "pasca-runtuhnya rezim Assad" likewise.
    """
    dated = _ends(_EPOCH_BEFORE, text, lowered or text.lower(), _EPOCH_KEYS)
    if not dated:
        return hits  # most texts: no fall or end told
    return [h for h in hits if h.entry.kind != "actor" or h.start not in dated]


_SANCTION_BEFORE = re.compile(
    r"(?<!\w)(?:sanksi|embargo)\s+(?:(?:baru|terbaru|tambahan|lanjutan|keras|anyar)\s+)+"
    r"(?:(?:dari|oleh)\s+)?|(?<!\w)(?:sanctions?|embargo)\s+(?:(?:imposed|announced)\s+)?by\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
"""Right before the sanctioner, past a qualifier: "Sanksi Baru AS", "sanctions imposed by"."""
_SANCTION_AFTER = re.compile(
    r"(?:'s)?\s+(?:(?:new|fresh|latest|further|expanded|sweeping|Treasury|State\s+Department|"
    r"Departemen\s+Keuangan|Kementerian\s+Keuangan|Kemenkeu)\s+)+"
    r"(?:sanctions|sanksi|blacklists?|embargo)\b",
    re.IGNORECASE,
)
"""Right after it: "US's new sanctions", "US Treasury sanctions", "AS Kemenkeu sanksi"."""
_BREAK = re.compile(r"[.!?;]\s")
_SANCTION_KEYS = ("sanksi", "sanction", "embargo", "blacklist")


def _without_sanctioners(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without the state that sanctions a supply told between two other parties.

    "Sanksi Baru AS Sasar Jaringan Pemasok Komponen Rudal Iran untuk Rusia": the US punishes an
    Iran-to-Russia supply. Kept when fewer than two other parties are named beside it, as the
    sanctioned party may itself be the supplier ("sanksi ... Iran atas pasokan ke Rusia").
    """
    lowered = lowered or text.lower()
    if not any(key in lowered for key in _SANCTION_KEYS):
        return hits  # most texts: no sanction told, no regular expression run
    before = _ends(_SANCTION_BEFORE, text, lowered, _SANCTION_KEYS)
    dropped = [
        h
        for h in hits
        if h.entry.kind == "actor"
        and (h.start in before or _SANCTION_AFTER.match(text, h.end))
        and _beside_two(text, h, hits)
    ]
    return [h for h in hits if not any(h is d for d in dropped)]


def _beside_two(text: str, actor: Hit, hits: list[Hit]) -> bool:
    """Whether the sanction's maker has two other parties named in its sentence."""
    start = max((m.end() for m in _BREAK.finditer(text, 0, actor.start)), default=0)
    stop = _BREAK.search(text, actor.end)
    end = stop.start() if stop else len(text)
    others = {
        h.entry.canonical
        for h in hits
        if h.entry.kind == "actor"
        and start <= h.start < end
        and h.entry.canonical != actor.entry.canonical
    }
    return len(others) >= 2


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


_SECTOR = (
    r"(?:energy|energi|transport|transportasi|trade|perdagangan|gas|oil|minyak|nuclear\s+power|"
    r"nuklir\s+sipil|economic|ekonomi|investment|investasi|tourism|pariwisata|grain|gandum|"
    r"pertanian|farm|banking|perbankan|visa|space|antariksa|education|pendidikan|health|kesehatan)"
)
_SECTOR_DEAL = re.compile(
    rf"(?<!\w){_SECTOR}(?:\s*(?:,|and|dan|serta)\s*{_SECTOR})*\s+(?:deals?|agreements?|accords?|"
    r"pacts?|cooperation|corridors?)(?!\w)",
    re.IGNORECASE,
)
_SECTOR_DEAL_AFTER = re.compile(
    rf"\s+(?:(?:di\s+bidang|bidang|sektor|on|in|for)\s+)?{_SECTOR}(?!\w)", re.IGNORECASE
)
"""A deal named by a civilian sector: "signs energy and transport deals", "kesepakatan energi"."""


def civil_deal(text: str, hit: Hit) -> bool:
    """Whether a deal word, or a sector word before one, names a civilian deal: no weapons."""
    if hit.entry.kind != "transfer":
        return False
    if hit.entry.sub == "deal" and _SECTOR_DEAL_AFTER.match(text, hit.end):
        return True
    start = max(0, hit.start - 60)
    for found in _SECTOR_DEAL.finditer(text, start, min(len(text), hit.end + 60)):
        if found.start() <= hit.start and hit.end <= found.end():
            return True
    return False
