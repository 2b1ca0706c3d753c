"""Wordings around a transfer word: negative cues, findings, accusations, backdrops, refusals."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pantau.filter import direction_words as dw
from pantau.filter.direction import Roles
from pantau.filter.matching import Hit
from pantau.filter.watchlist import Watchlist
from pantau.filter.weights import CUE_PREFIX

AMID = re.compile(
    r"(?<!\w)(?:(?:di tengah|amid|amidst|against the backdrop of)(?:\s+\w+){0,2}?\s+(?:tuduhan|"
    r"tudingan|laporan|kecurigaan|kekhawatiran|dugaan|accusations|allegations|reports|claims|"
    r"concerns|suspicions?)|(?:years?|months?|weeks?|(?:se)?tahun|(?:se)?bulan|(?:se)?pekan|"
    r"(?:se)?minggu)\s+(?:after|since|"
    r"setelah|sejak))(?!\w)",
    re.IGNORECASE,
)
"""A backdrop: "di tengah tuduhan Barat bahwa Korut memasok ...", "two years after Tehran ..."."""
DATED = re.compile(r"(?<!\w)(?:pada|in)\s+(?:tahun\s+)?(?:19|20)\d\d(?!\w)", re.IGNORECASE)
"""A sentence set in a past year: "Mali bought the drones from Turkey in 2022", "pada 2003"."""
HELD = re.compile(
    r"(?<!\w)(?:parit|trench|trenches|posisi|positions?|gudang|depots?|arsenals?|stockpiles?|"
    r"tangan|hands|pangkalan|bases?|markas)(?!\w)",
    re.IGNORECASE,
)
"""Places where a party holds weapons: "ditemukan di parit Rusia", "in Houthi depots"."""
HISTORY = re.compile(
    r"(?<!\w)(?<!cetak )(?<!ukir )(?<!dalam )(?<!makes )(?<!made )(?<!in )(?:sejarah|kilas balik|"
    r"napak tilas|flashback|history of|a look back|throwback|(?:era\s+|tahun\s+)?19\d0-?an|"
    r"(?:the\s+)?19\d0s)(?!\w)",
    re.IGNORECASE,
)
"""A headline on history ("Sejarah Hubungan Militer ...", "Iran in the 1980s"): its transfers
are the past."""
OPINION = re.compile(
    r"\W*(?:opini|kolom|tajuk(?:\s+rencana)?|editorial|op-ed|opinion|commentary|comment|"
    r"pandangan|perspektif|esai|essay|analysis|analisis|analisa)\s*[:|\-–]",
    re.IGNORECASE,
)
"""An opinion column's label at the head of its title: "Opini: ...", "Commentary: ..."."""
FOUND = re.compile(
    r"(?<!\w)(?:laporan|report|reports|investigasi|investigation|penyelidikan|temuan|bukti|"
    r"evidence|intelijen|intelligence|panel|analysis|analisis|researchers|peneliti|pbb|un|"
    r"terungkap|ternyata|kata|says|said|say|claims|klaim|cache|traced|analysts|analis|"
    r"pengamat|spotted|pictured|terlihat|terpantau|kedapatan|satellite\s+images?|citra\s+satelit|"
    r"footage|rekaman|bantah|membantah|denies|denied)(?!\w)",
    re.IGNORECASE,
)
"""Words of a finding or a claim, which make weapons in a party's hands tell of supply."""
ACCUSED = re.compile(
    r"(?<!\w)(?:tuduh|dituduh|menuduh|tuduhan|tuding|dituding|menuding|tudingan|accused|accuses|"
    r"accusation|accusations|alleged|allegations|allegedly)(?!\w)",
    re.IGNORECASE,
)
STOPPED = ("cegat", "mencegat", "dicegat", "pencegatan", "intercept")  # stopping a cargo
CARGO = re.compile(
    r"(?<!\w)(?:kapal|dhow|ship|vessel|shipment|shipments|kiriman|muatan|cargo|kargo)(?!\w)",
    re.IGNORECASE,
)

_REFUSED = re.compile(
    r"(?:(?<!\w)(?:tak|tidak|belum)\s+(?:akan|berencana|berniat|ingin|lagi|ada\s+(?:rencana|"
    r"pembahasan|niat))(?:\s+(?:untuk|soal|lagi|andalkan|mengandalkan|bergantung\s+pada))?|"
    r"(?<!\w)(?:no|not)\s+(?:plans?|planning|intention|intend)\s+(?:to|of)|(?<!\w)(?:will|would)"
    r"\s+not|(?<!\w)won't|(?<!\w)no\s+longer\s+(?:relies|rely|depends?)\s+on|(?<!\w)(?:tolak|"
    r"menolak|refuses?\s+to|refused\s+to|declines?\s+to|declined\s+to))\s*$",
    re.IGNORECASE,
)
"""A buyer's stated non-purchase right before its word: "tak akan beli", "no plans to buy"."""
# A purchase said not to be planned: "Jakarta says no purchase planned", "tidak ada pembelian
# yang direncanakan" (a bare "no purchase" may be a supplier's denial, which is still told).
_NO = re.compile(r"(?<!\w)(?:no|(?:tidak|tak)\s+ada)\s+$", re.IGNORECASE)
_UNPLANNED = re.compile(
    r"(?:\s+(?:is|was|are|were|yang))?\s+(?:planned|direncanakan|in\s+the\s+works|on\s+the\s+table)\b",
    re.IGNORECASE,
)
_NO_BUYER = re.compile(
    r"(?<!\w)(?:no|zero|tanpa|(?:belum|tidak|tak)\s+(?:ada|punya|memiliki|temukan|menemukan|"
    r"dapat|mendapat)|(?:fails?|failed|struggles?|struggled)\s+to\s+(?:find|attract|win)|"
    r"(?:has|have|had)\s+(?:yet\s+to\s+(?:find|attract|win)|not\s+(?:found|attracted|won)))"
    r"\s+(?:(?:a|any|single|satu\s+pun|seorang|foreign|export|asing)\s+){0,2}$",
    re.IGNORECASE,
)
"""A buyer noun negated: "no buyers named", "Belum Ada Pembeli", "fails to find buyers"."""
_VERB_PREFIXES = ("mem", "men", "mel", "mer", "mew", "mey", "di", "ber", "ter")  # not "mesin"


def negative_cues(hits: list[Hit], items: list[Hit]) -> dict[str, Hit]:
    """Negative cues in a sentence that apply to its items, one per cue class."""
    kinds = {i.entry.sub for i in items}
    return {
        h.entry.canonical: h
        for h in hits
        if h.entry.kind == "negative"
        and (not h.entry.applies_to or (kinds and kinds <= h.entry.applies_to))
    }


def penalty(cues: dict[str, Hit], clear: bool, wl: Watchlist) -> float:
    """Score taken off by negative cues; a clearly stated transfer discounts most of them."""
    return sum(cue_features(cues, clear, wl).values())


def cue_features(cues: dict[str, Hit], clear: bool, wl: Watchlist) -> dict[str, float]:
    """Each cue class's amount ("cue_combat"), its watchlist weight, discounted when clear."""
    discount = wl.weights.rules.clear_discount
    return {
        CUE_PREFIX + name: h.entry.weight * (discount if clear and h.entry.sub == "discount" else 1)
        for name, h in cues.items()
    }


def modal(text: str, hit: Hit) -> bool:
    """ "dapat menggunakan", "dapat dikirim": 'dapat' before a verb is "can", not "get"."""
    if hit.text.lower() != "dapat":
        return False
    following = text[hit.end : hit.end + 30].split()
    return bool(following) and following[0].lower().startswith(_VERB_PREFIXES)


def refused(text: str, start: int, hits: list[Hit]) -> bool:
    """Whether a sentence says a buyer will not buy ("no plans to buy") or has none: no purchase."""
    return any(
        h.entry.kind == "transfer"
        and h.entry.sub == "get"
        and (
            _REFUSED.search(text, max(start, h.start - 40), h.start) is not None
            or (
                h.entry.voice == "agent"
                and _NO_BUYER.search(text, max(start, h.start - 40), h.start) is not None
            )
            or (
                _NO.search(text, max(start, h.start - 12), h.start)
                and _UNPLANNED.match(text, h.end)
            )
        )
        for h in hits
    )


_ENGLISH_HEADS = frozenset(
    {"purchase", "supply", "export", "import", "transfer", "barter", "swap", "exchange", "offer"}
    | {"pledge", "lease", "airlift"}
)
"""English words whose base form is also a noun heading the items before it ("Su-35 purchase")."""
_ENGLISH = re.compile(
    r"(?<!\w)(?:the|of|over|in|on|for|to|and|with|from|by|its|their|is|are|was|were|says|said|"
    r"after|amid|new|more)(?!\w)",
    re.IGNORECASE,
)
"""Function words that show a stretch of English around a word."""
_ENGLISH_REACH = 80


def adjectival(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A bare root right after an item qualifies it ("drone impor"): no transfer is told."""
    if hit.entry.voice != "active" or hit.text.lower() != hit.entry.canonical or " " in hit.text:
        return False  # a phrase is a predicate: "North Korean shells pour into Russia"
    if hit.text.lower() in _ENGLISH_HEADS and _ENGLISH.search(
        text, max(0, hit.start - _ENGLISH_REACH), hit.end + _ENGLISH_REACH
    ):
        return False  # "talks over Su-35 purchase": in English the noun heads the items
    return any(
        h.entry.kind == "item" and h.end <= hit.start and not text[h.end : hit.start].strip()
        for h in hits
    )


MAKER_GAP = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{dw.MAKER_PHRASE}\s+)?", re.IGNORECASE)
"""Between items and their maker's name: "artileri berat Korea Utara", "drone buatan Iran"."""
_MAKER_BEFORE = re.compile(rf"{dw.MAKER_PHRASE}\s+$", re.IGNORECASE)
_MAKER_AFTER = re.compile(r"-?made\b", re.IGNORECASE)


def maker_named(text: str, transfer: Hit, hits: list[Hit], roles: Roles) -> bool:
    """ "Rudal Buatan Pyongyang Ditemukan di Kharkiv": the finding names the weapons' maker."""
    for hit in hits:
        if hit.end > transfer.start or hit.entry.kind != "actor":
            continue
        if hit.entry.canonical != roles.supplier:
            continue
        if _MAKER_BEFORE.search(text, max(0, hit.start - 20), hit.start):
            return True
        if _MAKER_AFTER.match(text, hit.end):
            return True
    return False


def dated_purchase(sentence: str, hit: Hit) -> bool:
    """A body's purchase set in a past year: "Mali bought the drones from Turkey in 2022"."""
    return hit.field == "text" and hit.entry.sub == "get" and DATED.search(sentence) is not None


def ranked(transfer: Hit, roles: Roles, hits: list[Hit]) -> bool:
    """A seller's exports with no buyer, in a story of rankings: "Russia's arms exports fell"."""
    return (
        transfer.entry.voice == "noun"
        and roles.recipient is None
        and any(h.entry.kind == "negative" and h.entry.canonical == "statistics" for h in hits)
    )


_TREND = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:fell|fall|falls|rose|rise|rises|dropped|drops|declined|declines|"
    r"grew|grows|jumped|surged|plunged|slumped|doubled|halved|naik|turun|anjlok|merosot|meningkat|"
    r"menurun|melonjak|berkurang|bertambah)\b",
    re.IGNORECASE,
)


def trend(text: str, transfer: Hit, roles: Roles) -> bool:
    """A seller's exports that rose or fell, no buyer named: a figure, not a transfer."""
    return (
        roles.recipient is None
        and transfer.text.lower() in ("exports", "export", "ekspor", "penjualan", "sales")
        and _TREND.match(text, transfer.end) is not None
    )


def lone_mention(by_sentence: dict[int, list[Hit]], index: int, count: int) -> bool:
    """The only sentence naming weapons, after a lead on something else."""
    if count < _LONE_STORY or index == 0:
        return False
    armed = [i for i, hs in by_sentence.items() if any(h.entry.kind == "item" for h in hs)]
    return armed in ([index], [])


_LONE_STORY = 3  # sentences: a lead, the aside, and the story going on


_GUEST = re.compile(
    r"\s+(?:(?:the|an?|its|his|her|their|\w+'s|\w+(?:an|ese|i)|para)\s+){0,2}(?:president|presidents|"
    r"prime minister|foreign minister|minister|ministers|delegation|delegations|envoy|envoys|"
    r"leader|leaders|king|crown prince|guests?|visitors?|kunjungan|presiden|perdana menteri|"
    r"menteri|menlu|delegasi|utusan|tamu|raja|putra mahkota|pemimpin)(?!\w)",
    re.IGNORECASE,
)


def hosts(text: str, hit: Hit) -> bool:
    """A get word whose object is a person ("Putin receives Iranian president"): a visit."""
    return hit.entry.sub == "get" and _GUEST.match(text, hit.end) is not None


def told_elsewhere(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A transfer word that tells no transfer: it qualifies an item, means "can", or hosts."""
    return adjectival(text, hit, hits) or modal(text, hit) or hosts(text, hit)


_FRONT = ("garis depan", "medan perang")


def front_place(text: str, hit: Hit, hits: list[Hit]) -> str | None:
    """The party right after "sampai ke garis depan": where the front lies, not who got the arms."""
    if hit.entry.kind != "transfer" or not hit.text.lower().endswith(_FRONT):
        return None
    after = [h for h in hits if h.start >= hit.end]
    if after and after[0].entry.kind == "actor" and not text[hit.end : after[0].start].strip():
        return after[0].entry.canonical
    return None


_AIMED = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+(?:at|toward|towards|ke\s+arah|ke\s+kapal|menuju\s+kapal|"
    r"to\s+(?:a\s+|the\s+)?(?:ship|ships|vessel|vessels|tanker|tankers)|"
    # A sea or region is no party: "Iran Kirim Kapal Perang ke Atlantik", "to the Middle East".
    r"(?:ke|to|into)\s+(?:the\s+)?(?:\w+\s+)?(?:laut|samudra|samudera|selat|teluk|perairan|"
    r"atlantik|pasifik|mediterania|sea|ocean|gulf|strait|waters|atlantic|pacific|mediterranean|"
    r"luar angkasa|antariksa|orbit|space|timur tengah|middle east|kawasan|region|arktik|arctic|"
    r"perbatasan|border))\b",
    re.IGNORECASE,
)
_SENDS = frozenset(
    {
        "kirim",
        "mengirim",
        "mengirimkan",
        "dikirim",
        "dikirimkan",
        "send",
        "sends",
        "sent",
        "sending",
        # Bringing one's own jets into a region: "AS Datangkan Jet Tempur F-22 ke Timur Tengah".
        "datangkan",
        "mendatangkan",
        "didatangkan",
    }
)


def aimed(text: str, transfer: Hit) -> bool:
    """ "Russia sent 150 drones at Ukraine", "Kirim Drone ke Laut Merah": sent at no party."""
    return transfer.text.lower() in _SENDS and bool(_AIMED.match(text, transfer.end))


_BERTH = ("berlabuh", "bersandar", "merapat", "docked", "berthed")


def berths(hit: Hit, items: list[Hit]) -> bool:
    """Whether a berthing word has only warships for items: the ships berth, nothing is unloaded."""
    return (
        hit.text.lower().startswith(_BERTH)
        and bool(items)
        and all(i.entry.kind == "item" and i.entry.sub == "vessel" for i in items)
    )


_DEBRIS = re.compile(
    r"(?:serpihan|puing|puing-puing|bangkai|reruntuhan|pecahan|wreckage|debris|fragments?|"
    r"remnants?|remains)\s+(?:of\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


def debris_handed(text: str, hit: Hit, items: list[Hit]) -> bool:
    """ "Serahkan Serpihan Drone Iran ke PBB": wreckage handed over is evidence, not arms."""
    return (
        hit.entry.sub == "give"
        and bool(items)
        and all(_DEBRIS.search(text, max(0, i.start - 30), i.start) for i in items)
    )


_MAKER_NOUN = re.compile(
    r"(?<!\w)(?:factory|factories|plant|plants|facility|facilities|line|lines|workshop|"
    r"pabrik|fasilitas|lini|bengkel|galangan)\s+(?:(?:yang|that|which)\s+)?$",
    re.IGNORECASE,
)


def plant_makes(text: str, transfer: Hit) -> bool:
    """ "toured an aircraft factory producing Su-35 jets": the plant makes, no party receives."""
    return transfer.entry.sub == "get" and bool(
        _MAKER_NOUN.search(text, max(0, transfer.start - 30), transfer.start)
    )


def maker_sends(text: str, hit: Hit, hits: list[Hit], roles: Roles, guess: int) -> Roles:
    """ "artileri berat Korea Utara telah sampai ke tangan ...": arriving items name their maker."""
    if hit.entry.sub != "arrive" or (roles.supplier is not None and roles.supplier_rank != guess):
        return roles
    for item, maker in pairwise(hits):
        if (
            item.entry.kind == "item"
            and maker.entry.kind == "actor"
            and maker.end <= hit.start
            and maker.entry.canonical != roles.recipient
            and MAKER_GAP.fullmatch(text, item.end, maker.start) is not None
        ):
            return replace(roles, supplier=maker.entry.canonical, supplier_rank=3)
    return roles
