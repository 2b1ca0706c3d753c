"""Around a deal: the supplier left, a denied, dated or relative aside, one deal's parties."""

from __future__ import annotations

import re

from pantau.filter.bare import LENT
from pantau.filter.matching import Hit

_FORMER = re.compile(
    r"(?<!\w)(?:(?:mengurangi|kurangi|mengakhiri|akhiri|lepas|melepas|lepaskan|pergeseran|"
    r"bergeser|beralih|reduce|reduces|reducing|reduced|cut|cuts|cutting|end|ends|ending|shift|"
    r"shifts|shifting|move|moves|moving)\s+(?:\w+\s+){0,2}?(?:dari\s+)?(?:ketergantungan|"
    r"kebergantungan|dependence|dependency|reliance)\s+(?:pada|kepada|terhadap|(?:up)?on)|"
    r"(?:away|weaning\s+\w+\s+off|diversif(?:y|ies|ied|ying)|(?:a\s+)?(?:shift|shifts|shifting|"
    r"pivot|pivots|pivoting|switch|switches|switching))\s+from|"
    r"(?:beralih|menjauh|diversifikasi)\s+dari|(?:bukan|not)\s+(?:dari|from)|instead\s+of|"
    r"rather\s+than|alih-alih|ketimbang|bukannya)"
    r"(?:\s+(?:senjata|alutsista|persenjataan|produk|pasokan|buatan|weapons|arms|supplies|"
    r"hardware|the|its|their))*\s+$",
    re.IGNORECASE,
)
"""What a buyer leaves or passes over: "ketergantungan pada senjata Rusia", "bukan dari Rusia"."""
_FORMER_WINDOW = 60
_FORMER_KEYS = (
    "gantung", "depend", "relian", "away", "off", "diversif", "beralih", "menjauh", "bukan",
    "shift", "pivot", "switch", "not", "instead", "rather", "alih", "ketimbang",
)  # fmt: skip
_FORMER_KEY = re.compile("|".join(map(re.escape, _FORMER_KEYS)))  # all keys in one scan


def former_supplier(text: str, hit: Hit) -> bool:
    """A party named only as the supplier a buyer moves away from: no party to the new deal."""
    if hit.entry.kind != "actor":
        return False
    start = max(0, hit.start - _FORMER_WINDOW)
    if not _FORMER_KEY.search(text[start : hit.start].lower()):
        return False  # most parties: no cue near, no regular expression run
    return _FORMER.search(text, start, hit.start) is not None


def without_former(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits without the actors named only as a former supplier."""
    return [h for h in hits if not former_supplier(text, h)]


def beside_deal(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits without the supplier left, a denied aside's goods, a reacting state or a threat."""
    hits = without_adversaries(text, without_countered(text, hits))
    return without_reactions(text, without_denied(text, without_former(text, hits)))


_COUNTER = re.compile(
    r"(?<!\w)(?:tangkal|menangkal|penangkal|lawan|melawan|hadapi|menghadapi|halau|menghalau|"
    r"memburu|(?:me)?nembak\s+jatuh|tembak\s+jatuh|counter|counters|countering|fight|fights|"
    r"fighting|combating|combatting|to\s+down|shoot\s+down|shooting\s+down|shoots\s+down|"
    r"hunt|hunting|defend\s+against|protect\s+against|guard\s+against|defen[cs]e\s+against|"
    r"perlindungan\s+dari|bertahan\s+dari)"
    r"\s+(?:(?:the|serangan|attacks?\s+(?:by|from)|ancaman|gelombang|swarms?\s+of|"
    r"kawanan)\s+)?$",
    re.IGNORECASE,
)
"""What weapons are for, right before the items they meet: "menangkal drone Iran", "counter"."""
_ADVERSARY_BEFORE = re.compile(
    r"(?<!\w)(?:deter|deters|deterring|counter|countering|fend\s+off|ward\s+off|tangkal|"
    r"menangkal|halau|menghalau|hadapi|menghadapi|waspadai|mewaspadai|bendung|membendung|"
    r"(?:ancaman|threats?)(?:\s+(?:dari|from|of|posed\s+by))?|"
    r"(?:ketegangan|tensions?|standoff|rivalry|rivalitas|persaingan)\s+(?:dengan|with))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIKENED_BEFORE = re.compile(
    r"(?<!\w)(?:seperti|sebagaimana|layaknya|bak|like|unlike|(?:ikuti|mengikuti|tiru|meniru)"
    r"\s+(?:jejak|langkah|cara)|following|emulating|copying)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A party named only as a likeness: "Seperti Rusia, China Kini Jual Jet", "following Iran's"."""
_ADVERSARY_AFTER = re.compile(
    r"(?:'s)?\s+(?:threats?|looms|tensions?|standoff|menjadi\s+ancaman)\b", re.IGNORECASE
)
"""A party named as what weapons are bought against: "North Korea threat", "Iran tensions"."""
_ANSWERED = re.compile(
    r"(?<!\w)(?:respon(?:d|ds|ded|ding|se)\s+to|react(?:s|ed|ing)?\s+to|menanggapi|merespons|"
    r"respons\s+(?:atas|terhadap))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ARMED = re.compile(
    r"(?:'s)?\s+(?:(?:growing|expanding|rising|swelling|new|yang\s+terus\s+bertambah)\s+)?"
    r"(?:(?:missile|nuclear|drone|rudal|nuklir)\s+)?(?:arsenal|build-?up|buildup|stockpile)",
    re.IGNORECASE,
)
"""A party's arsenal a purchase answers: "responded to Russia's growing missile arsenal"."""


def without_adversaries(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits without the parties named only as the threat weapons meet, or as a likeness.

    "Poland buys Korean tanks to deter Russia", "Jepang Beli Tomahawk untuk Tangkal Ancaman
    Korut", "amid North Korea threat": the buyer arms against them; they supply nothing.
    """
    if not any(h.entry.kind == "transfer" for h in hits):
        return hits
    kept: list[Hit] = []
    dropped_end = -1
    for h in hits:
        if h.entry.kind == "actor" and (
            _ADVERSARY_BEFORE.search(text, max(0, h.start - 40), h.start)
            or _LIKENED_BEFORE.search(text, max(0, h.start - 30), h.start)
            or _ADVERSARY_AFTER.match(text, h.end)
            or (_ARMED.match(text, h.end) and _ANSWERED.search(text, max(0, h.start - 30), h.start))
            or (dropped_end >= 0 and _LISTED.fullmatch(text, dropped_end, h.start))
        ):
            dropped_end = h.end  # "ketegangan dengan China dan Rusia": the list shares the role
            continue
        kept.append(h)
    return kept


_LISTED = re.compile(r",?\s+(?:dan|and|atau|or)\s+", re.IGNORECASE)


_OWNER_AFTER = re.compile(r"\s+(?:buatan\s+|made\s+by\s+|milik\s+)?$", re.IGNORECASE)


def without_countered(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits without the items weapons are to counter, and those items' makers or owners.

    "Inggris Pasok Rudal untuk Menembak Jatuh Drone Iran", "help Ukraine counter Iranian
    drones": the drones are the threat met, not the goods; Iran is no party.
    """
    dropped: set[int] = set()
    for n, item in enumerate(hits):
        if item.entry.kind != "item":
            continue
        head = item.start
        before = hits[n - 1] if n else None
        if (
            before is not None
            and before.entry.kind == "actor"
            and not text[before.end : head].strip()
        ):
            head = before.start  # "counter Iranian drones": the maker's adjective heads the items
        if _COUNTER.search(text, max(0, head - 60), head) is None:
            continue
        dropped.add(id(item))
        if head < item.start:
            dropped.add(id(hits[n - 1]))
        after = hits[n + 1] if n + 1 < len(hits) else None
        if (
            after is not None
            and after.entry.kind == "actor"
            and _OWNER_AFTER.fullmatch(text, item.end, after.start)
        ):
            dropped.add(id(after))  # "Drone Iran", "drone buatan Rusia", "Drone Hizbullah"
    return [h for h in hits if id(h) not in dropped]


_BREAKS = ",;:"


_REACH = 300  # characters looked at on each side: a stretch is a clause, never a page


def _segment(text: str, at: int, breaks: str = _BREAKS) -> tuple[int, int]:
    """The stretch between the commas, semicolons or colons around position at."""
    low, high = max(0, at - _REACH), min(len(text), at + _REACH)
    start = max(low - 1, *(text.rfind(c, low, at) for c in breaks)) + 1
    ends = [i for i in (text.find(c, at, high) for c in breaks) if i >= 0]
    return start, min(ends, default=high)


def without_denied(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits without the items and actors of a denied aside beside a transfer told elsewhere.

    "Armenia buys Indian artillery, Iranian drones talk denied": the drones' stretch has a
    denial, an item and no transfer word of its own; "Rusia Terima Drone, Iran Membantah" (a
    denial naming no item) is the transfer's own denial and stays.
    """
    if not any(h.entry.kind == "transfer" for h in hits):
        return hits
    dropped: set[int] = set()
    for hit in hits:
        if hit.entry.kind != "denial":
            continue
        start, end = _segment(text, hit.start)
        inside = [h for h in hits if start <= h.start < end]
        kinds = {h.entry.kind for h in inside}
        if "item" in kinds and "transfer" not in kinds:
            dropped.update(id(h) for h in inside if h.entry.kind in ("item", "actor"))
    return [h for h in hits if id(h) not in dropped]


_REACTS = re.compile(
    r"(?<!\w)(?:kecewa|protes|memprotes|kecam|mengecam|geram|berang|marah|meradang|"
    r"protests|protested|protest|slams|condemns|condemned|criticises|criticizes|criticised|"
    r"criticized|fumes|objects|objected|angered|irked|displeased|upset|tertinggal|tersalip|"
    r"disalip|trails|trailing|lags|lagging|falls\s+behind|fell\s+behind|overtaken)(?!\w)",
    re.IGNORECASE,
)
_REACTS_AFTER = 40


def without_reactions(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits without a state reacting or trailing beside a deal ("..., Rusia Kecewa/Tertinggal").

    The reacting state's stretch names no weapon and no transfer word: it is no party to the deal.
    """
    if not any(h.entry.kind == "transfer" for h in hits):
        return hits
    dropped: set[int] = set()
    for actor in hits:
        if actor.entry.kind != "actor" or id(actor) in dropped:
            continue
        if _REACTS.search(text, actor.end, actor.end + _REACTS_AFTER) is None:
            continue  # "Rusia Kecewa", "Moscow protests": the reaction follows its state
        start, end = _segment(text, actor.start)
        inside = [h for h in hits if start <= h.start < end]
        if start == 0 or any(h.entry.kind in ("item", "transfer") for h in inside):
            continue
        if _REACTS.search(text, start, end) is not None:
            dropped.update(id(h) for h in inside if h.entry.kind == "actor")
    return [h for h in hits if id(h) not in dropped]


_DATED = re.compile(
    r"(?<!\w)(?:(?:pada|in|tahun)\s+(?:(?:tahun|era|the|the\s+early|the\s+late|awal|akhir)"
    r"\s+)*(?:19|20)\d\d(?:-?an|s)?|(?:19|20)\d0-?an|(?:19|20)\d0s|(?:\w+\s+)?(?:decades?|"
    r"years|dekade|dasawarsa|tahun)\s+(?:ago|lalu|silam))(?!\w)",
    re.IGNORECASE,
)
"""A past year or decade: "in 2008", "in the 2000s", "pada 1990-an", "era 2000-an"."""


def dated_aside(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A purchase told in a dated aside on the items ("Sukhoi fighters, bought in the 2000s,").

    The aside follows a comma, a "yang", or the items themselves ("MiG-29s bought from Russia
    in the 1990s", "Mi-17 yang Dibeli Tahun 2000-an"), and names a past year or decade.
    """
    if hit.entry.voice not in ("past", "passive"):
        return False
    end = _segment(text, hit.start, _BREAKS + ".!?\n")[1]
    if _DATED.search(text, hit.end, end) is None:
        return False  # checked first: the search for "yang" before the verb scans the whole text
    before = text[: hit.start]
    modifies = before.endswith(", ") or _WHICH.search(before) is not None
    if not modifies:
        modifies = any(
            h.entry.kind == "item"
            and h.end <= hit.start
            and _BY_ITEM.fullmatch(text, h.end, hit.start)
            for h in hits
        )
    return modifies


_BY_ITEM = re.compile(r"\s*(?:(?:which|that)\s+)?(?:(?:it|they|we)\s+)?", re.IGNORECASE)
"""Between items and the verb qualifying them: "MiG-29s it bought from Moscow in 1995"."""
_WHICH = re.compile(
    r"(?<!\w)(?:yang|which|that)\s+(?:(?:telah|sudah|were|was)\s+)?$", re.IGNORECASE
)


_AGREED = re.compile(
    r"(?<!\w)(?:sepakat|sepakati|menyepakati|disepakati|teken|meneken|tandatangani|menandatangani|"
    r"agree|agrees|agreed|sign|signs|signed)(?:\s+(?:on|to))?\s+$",
    re.IGNORECASE,
)
_PAIRED = re.compile(r"\s*(?:-|–|/|,|dan|and)\s*$", re.IGNORECASE)


def agreed_pair(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """Two parties agreeing on a transfer named after them ("Rusia-Iran Sepakati Pengiriman")."""
    verb = _AGREED.search(text, max(0, hit.start - 30), hit.start)
    if verb is None or hit.entry.voice != "noun":
        return False
    actors = [h for h in hits if h.entry.kind == "actor" and h.end <= verb.start()]
    if len(actors) < 2 or text[actors[-1].end : verb.start()].strip():
        return False
    first, second = actors[-2], actors[-1]
    return first.entry.canonical != second.entry.canonical and bool(
        _PAIRED.fullmatch(text[first.end : second.start])
    )


def swap_pair(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A barter word with a party before it and another after ("Korut Tukar Peluru dengan ...")."""
    if hit.entry.sub != "swap":
        return False
    before = {h.entry.canonical for h in hits if h.entry.kind == "actor" and h.end <= hit.start}
    after = {h.entry.canonical for h in hits if h.entry.kind == "actor" and h.start >= hit.end}
    return bool(before and after and before != after)


_JOINED = re.compile(
    r"\s*(?:,\s*|(?:&|\+|(?i:dan|and|serta|beserta|plus|with|dengan))\s+(?:\S+\s+)?)"
    r"(?!(?i:not|no|bukan|tanpa|without)\s)"
)
"""A conjunct after an object: "Kirim Tentara dan Rudal" sends weapons too."""
_MORE = (
    r"(?i:(?:the|a|an|its|his|her|their|fresh|new|more|another|extra|additional|sebuah|para|"
    r"tambahan|lebih\s+banyak|\d+(?:\s+\w+)?)\s+)*"
)
"""Words before an object: determiners and amounts."""
_OTHER_OBJECT = re.compile(
    r"\s+"
    + _MORE
    + r"(?:[A-Z][\w-]*\s+)?(?i:condolences?|congratulations|greetings|messages?|letters?|notes?|"
    r"envoys?|delegations?|rescuers|doctors|humanitarian|food|medicines?|students|scholarships?|"
    r"tourists|invitations?|signals?|warnings?|praise|rebukes?|criticism|awards?|ucapan|"
    r"belasungkawa|pesan|surat|nota|utusan|delegasi|relawan|dokter|bantuan\s+kemanusiaan|"
    r"obat-obatan|makanan|mahasiswa|beasiswa|turis|wisatawan|undangan|sinyal|peringatan|pujian|"
    r"kecaman|teguran|penghargaan|pekerja|buruh|tenaga\s+kerja|workers|labou?rers|tentara|"
    r"pasukan|troops|ceo|chief|director|coach|inspectors|inspektur|pelatih|direktur|untung|"
    r"keuntungan|profits?|revenues?|timnas|tim\s+nasional|tim\s+sepak\s+bola|"
    r"(?:national|football|soccer)\s+team|kritik|sanksi|sanctions|selamat|"
    r"soldiers|(?:[\w-]+\s+)?(?:strikes|attacks|barrages|serangan)|jenazah|jasad|bodies|"
    r"remains|sandera|hostages|tawanan|tahanan|prisoners|e-?mails?|surel|faskes|rumah\s+sakit|"
    r"hospitals?|sekolah|schools?|masjid|mosques?|jembatan|bridges?|huntara|koordinat|coordinates|"
    # A guest or an event hosted or received: "hosts Russian defence minister", "Tampung KTT".
    r"(?:(?:defen[cs]e|foreign|prime)\s+)?ministers?|menteri|menhan|menlu|presiden|president|"
    r"summit|KTT|pameran|expo|exhibition|air\s*show|forum|conference|konferensi)(?!\w)"
)
"""What a send or get verb may take that is no weapon, one capitalised word before it allowed."""


def _alone(text: str, end: int, hits: list[Hit]) -> bool:
    """No weapon is joined to an object ending at end ("Tentara dan Rudal")."""
    joined = _JOINED.match(text, end)
    return joined is None or not any(
        h.entry.kind == "item" and end < h.start <= joined.end() for h in hits
    )


def other_object(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A send or get word whose object is no weapon ("sends condolences", "Pengirim Email")."""
    if hit.text.lower() in LENT or hit.entry.sub == "arrive":  # "untuk/Sampai ke Tangan Tentara
        return False  # Rusia": a lent preposition or an arrival names its taker next, no object
    if hit.entry.voice not in ("active", "past", "agent", "noun"):
        return False
    found = _OTHER_OBJECT.match(text, hit.end)
    return found is not None and _alone(text, found.end(), hits)


_GOODS = (
    r"(?:[A-Z][\w-]*\s+)?(?i:gandum|wheat|grain|minyak(?:\s+mentah)?|oil|crude|gas|lng|listrik|"
    r"power|electricity|beras|rice|pupuk|fertili[sz]ers?|batu\s+bara|coal|gula|sugar|saffron|"
    r"kurma|pistachios?|fuel(?!\s+(?:for\s+)?missiles?)|bahan\s+bakar(?!\s+rudal)|uranium|oksigen|oxygen|air\s+bersih|clean\s+water|"
    r"vaksin|vaccines?|bensin|bbm|solar|avtur|gasoline|petrol|diesel)(?!\w)"
)
_GOODS_OBJECT = re.compile(
    r"(?:\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?i:with|dengan))?\s+"
    + _MORE
    + _GOODS
    + r"(?:\s*(?:,|(?i:dan|and|serta))\s*"
    + _GOODS
    + r")*"
)
"""Goods as a verb's whole object: "Beli Gandum Iran", "supplies Iran with wheat"."""
_GOODS_BEFORE = re.compile(r"(?<!\w)" + _GOODS + r"\s+$")
"""Goods naming an English trade noun's object: "gasoline export ban", "grain exports"."""


def goods_object(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A send, sell or buy word whose object is goods ("Beli Gandum Iran", "supplies power")."""
    if _GOODS_BEFORE.search(text, max(0, hit.start - 30), hit.start):
        return True
    if hit.entry.voice not in ("active", "past", "agent"):
        return False
    found = _GOODS_OBJECT.match(text, hit.end)
    return found is not None and _alone(text, found.end(), hits)


_ENFORCEMENT = re.compile(
    r"(?<!\w)(?:bea\s+cukai|polisi|polda|polres|kepolisian|customs|police)(?!\w)", re.IGNORECASE
)


def contraband(evidence: str, negatives: frozenset[str], recipient: str | None) -> bool:
    """Police or customs seizing goods bound for no named party: contraband, not a transfer."""
    return "seizure" in negatives and recipient is None and bool(_ENFORCEMENT.search(evidence))


_OPENS = re.compile(r",\s+(?:which|who|whose|yang)\s", re.IGNORECASE)
_MAIN = re.compile(r",\s+(?:\w+\s+){0,2}\w+")  # the main clause going on after the aside


def parenthetical(text: str, span: tuple[int, int], hit: Hit) -> bool:
    """Whether hit sits in a ', which ...,' clause after which its sentence's main clause goes on.

    "Azerbaijan, which has bought drones from Turkey, has criticised the French deliveries":
    the purchase describes a bystander of the news; "Iran, yang memasok drone ke Rusia,
    membantah ..." likewise. A clause that closes the sentence is no aside of this kind.
    """
    start, end = span
    opens = [m for m in _OPENS.finditer(text, start, hit.start)]
    if not opens or "," in text[opens[-1].end() : hit.start]:
        return False
    closing = text.find(",", hit.end, end)
    return closing != -1 and _MAIN.match(text, closing, end) is not None
