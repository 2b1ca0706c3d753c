"""The words the direction reader looks for around actors and transfer words."""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A word set from a space-separated list."""
    return frozenset(text.split())


TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*", re.UNICODE)
FROM = words("dari from")
TO = words("ke kepada untuk bagi to for into menuju buat toward towards")
BY = words("oleh by")
WITH = words("dengan with")
CONTRACT = words(
    "kontrak kesepakatan perjanjian deal deals contract contracts agreement agreements pact"
)  # "kontrak ekspor drone dengan Denmark": the deal's other side
FOR_PRICE = words("for untuk")
AT = words("di in at via through melalui lewat atas against terhadap off near dekat")
OVER = words("over atas")
OVER_PLACE = words(
    "down downed skies sky flying flew jatuh"
)  # "shot down over Kyiv": a place, as "di"
FELL = words("jatuh fell crashed")  # "yang jatuh di Kharkiv": the place struck
SANCTION = words("sanksi sanction sanctions embargo caatsa")
SANCTION_BY = words("sanksi embargo")
BLOC = words("eropa eu ue pbb un nato g7")  # sanctioning blocs the watchlist holds as no actor
NOT_FROM = SANCTION | words(
    "tekanan ancaman kecaman kritik protes peringatan desakan keberatan izin persetujuan restu "
    "pressure pressures threat threats criticism protest protests warning warnings objection "
    "objections condemnation approval permission consent expelled excluded dikeluarkan "
    "analis pengamat pakar ahli peneliti dosen akademisi analyst analysts expert experts "
    "researcher researchers scholar scholars academic academics "
    # "shifts away from Moscow", "beralih dari Rusia": a former supplier, left behind
    "away beralih menjauh berpaling pergeseran peralihan shift shifts shifted shifting pivot "
    "pivots pivoted pivoting diversify diversifies diversified diversifying"
)
ROUTE = words(
    "route routes rute jalur jaringan network networks channel channels corridor corridors "
    "koridor tunnel tunnels terowongan"
)
ROUTE_FILLER = words("yang which darat laut udara land sea air smuggling supply")
SUBORDINATE = words(
    "setelah sesudah sebelum karena sebab akibat sehingga ketika agar supaya after before because "
    "since when amid following despite although though unless jika bila apabila kalau "
    "seandainya if whether"
)
INCLUDING = words("termasuk including seperti")
TRACED = words("traced linked attributed tied ditelusuri")
NOT_TO = words(
    "according due compared thanks next close prior ahead beralih mengarah berpaling berpindah "
    "pindah berbalik condong turned turning switched switching shifted shifting pivoted pointed "
    "points pointing turn turns diversify diversifies diversified diversifying mengalihkan "
    "melirik"
)
BARRIER = words(
    "bahwa that kata ujar said says menurut according menilai menyebut mengatakan menduga "
    "meyakini menuduh mengklaim menegaskan menyatakan melaporkan memperkirakan believes "
    "believe claims claimed alleges alleged accused accuses told reported warned suspects "
    "suspected estimated sementara while whereas namun but tetapi sedangkan dakwa mendakwa "
    "menjerat indicts indict sues"
)
DEFECT = words(
    "membelot kabur lari melarikan diri pindah mengungsi defected defects defect fled flees "
    "flee escaped escapes defecting fleeing"
)
COPULA = words(
    "jadi menjadi adalah merupakan sebagai ialah is was as became becomes remains a the main "
    "utama terbesar top key largest biggest major salah satu one of sebuah akan will "
    "would telah has have had been tetap masih still juga also kini now kedua ketiga "
    "second third an penting important leading dominant sole only most primary principal "
    "chief crucial vital critical reliable trusted new latest longtime single"
)
MAKER = ("buatan", "produksi", "bikinan", "asal")
"""Words naming a weapon's maker before the maker: "Rudal Buatan Pyongyang", "drone asal Iran"."""
MAKER_PHRASE = rf"(?:{'|'.join(MAKER)}|made\s+(?:in|by))"
"""The maker words as a regex, with "made in" and "made by"."""
ORIGIN = frozenset(MAKER) | words("made built")
OWNER = words("milik kepunyaan owned")
MADE = words("produced made built manufactured diproduksi dibuat dibangun dikembangkan")
MADE_BY = MADE | words("developed designed dirancang didesain")
CITIZEN = words("warga wni wna citizen citizens national nationals")
USED_BY = words("digunakan dipakai ditembakkan diluncurkan dioperasikan")
USED = USED_BY | words("used operated fired launched")
FIRED = words(
    "fired launched fires launches ditembakkan diluncurkan menembakkan menembakkannya meluncurkan "
    "meluncurkannya"
)  # "fired by Russia from Belgorod": a launch site, no source
SEIZED = words(
    "seized captured confiscated recovered taken intercepted disita sitaan dirampas rampasan "
    "direbut disita dicegat"
)
SEIZES = words(
    "sita menyita cegat mencegat gagalkan menggagalkan tangkap menangkap rampas merampas seize "
    "seizes seizing intercept intercepts intercepting interdict interdicts foil foils foiling "
    "thwart thwarts impound impounds confiscate confiscates"
)
"""Verbs of a party that stops a cargo: "Polisi Georgia Sita Kiriman", "Jordan foils"."""
PROSECUTES = words(
    "dakwa mendakwa adili mengadili vonis memvonis indict indicts indicted prosecute prosecutes "
    "prosecuted charges"
)
"""Verbs of a state that charges others over a transfer: "Jaksa AS Dakwa Warga Iran"."""
HOLDS = words("tahan menahan detain detains")  # "AS Tahan Pengiriman Bom": it may be its own
ENFORCER = words(
    "bea cukai customs polisi police otoritas authorities petugas officers aparat penjaga guard "
    "coast angkatan laut navy"
)  # "Bea Cukai Finlandia Tahan Kiriman": who holds another's cargo
THANKS_TO = frozenset({"berterima kasih kepada", "berterima kasih pada", "terima kasih kepada"})
"""Thanks ending on its 'to': the party thanked after it gave what is thanked for."""
RELIANCE = frozenset({"relies on"})  # the watchlist canonical of relying on another's weapons
OFFER = words("menawarkan offer")
PRODUCTION = frozenset({"merakit", "membangun industri"})  # watchlist canonicals of making
BUILDS = frozenset({"opens"})  # "helping Belarus set up a plant": the helped one receives
ACCUSATION = words(
    "tuduhan tudingan klaim accusation accusations allegation allegations claims charges"
)
ACCUSED = words("dituding dituduh dicurigai diklaim disebut")
"""Passive participles of saying: "Iran Dituding AS Kirim Rudal": the bare agent accuses."""
RELATIVE = words("yang which who")
RANKED = words("utama terbesar terpenting terdepan")
DESTINATION = words("tujuan destination destinations pasar market markets pelanggan customer")
"""A goal noun a party is linked to: "Moskow Jadi Tujuan Ekspor Drone Iran"."""
PART = words(
    "komponen berkomponen mesin cip chip chips mikrocip cadang elektronik component components "
    "engine engines part parts microchip microchips microelectronics electronics"
)  # a weapon's parts: their maker is not the weapon's supplier
TRANSIT_NOUN = words("transit")  # "pusat transit", "transit hub": a route's place
TO_BE = words(
    "jadi menjadi adalah merupakan ialah is was are were became becomes become remains serves "
    "served acts as disebut diduga dituding dituduh dinilai said to be has have been kini now "
    "the a an"
)  # words between an actor and the route it is said to be
LINK = words("jadi menjadi adalah merupakan ialah is was are were became becomes become remains")
PUNCT = re.compile(r"[,;:()\"“”]")
LIST_GOES_ON = re.compile(r",|\s+(?:dan|serta|and|or|atau)\s", re.IGNORECASE)
DATELINE = re.compile(r"\s*(?:\([^)]{0,40}\)|,[^,\n]{0,40})?\s*[-–—]+\s")
FILLER = words(
    "pihak pemerintah negara militer tentara pasukan rezim the angkatan bersenjata armed "
    "forces government regime presiden president pemimpin kelompok milisi sekutu "
    "sekutunya mitra sang para kubu wilayah kawasan its their ally allies militan pejuang "
    "kementerian pertahanan ministry defence defense of perusahaan industri pabrik "
    "produsen unit units satuan junta firm firms company companies langit sky skies kota city "
    # plurals by reduplication: "ke unit-unit Rusia", "pabrik-pabrik Belarus"
    "unit-unit pasukan-pasukan pabrik-pabrik perusahaan-perusahaan kelompok-kelompok "
    "milisi-milisi negara-negara satuan-satuan "
    # a government, front line or occupied land standing for its state: "ke garis depan Rusia"
    "pemerintahan garis depan pendudukan "
    "both "  # "sold drones to both Russia and Venezuela"
    # a part of a state, English order only: "at a factory in northern Vietnam"
    "northern southern eastern western central north-eastern north-western south-eastern "
    "south-western northeastern northwestern southeastern southwestern"
)
COORD = words("dan and serta atau or")
ARTICLE = words("a an")
FRESH = words("new fresh another first second latest further more baru")  # "a new shipment"
RANGE = words("new latest advanced modern close short medium long range upgraded")
"""Modifiers between a demonym and its item: "Iranian close-range ballistic missiles"."""
TO_PLACE = words("ke kepada to")
SITE = words(
    "plant plants factory factories port ports base bases company companies firm firms facility "
    "facilities depot depots depo shipyard shipyards arsenal airfield airbase unit units pabrik "
    "pelabuhan pangkalan perusahaan gudang galangan fasilitas bandara kilang parit trench "
    "trenches positions posisi stockpiles stockpile makers maker manufacturers manufacturer "
    "producers produsen pembuat proxies proxy proksi militias milisi rebels pemberontak "
    "gudang-gudang pabrik-pabrik pelabuhan-pelabuhan pangkalan-pangkalan tangan"
)
HELP = words(
    "bantu membantu help helps helped helping assist assists assisted assisting aid aids aided "
    "aiding"
)
LED = words("led dipimpin headed")
BACKED = words("didukung disokong dukungan sokongan backed supported sponsored")
SAYS_BEFORE = words("kata ujar menurut")
RULED_OUT = words("not bukan")  # "Iran, bukan China, yang pasok ...": no party
FIRST_PERSON = words("kami kita we")  # a quote's speaker as its own subject
ALIGNED = re.compile(r"(?<![\w-])(?:pro|anti)-$", re.IGNORECASE)  # "milisi pro-Iran"
SAYS_AFTER = re.compile(r"\s+(?:says|said|say|claims|claimed|warns|warned|reports|reported)\b")
CLAUSE_END = re.compile(r"\s*(?:[.,;:!?\"”)]|$)")
BODIES = words("kemhan kemenhan kemlu kemenlu")  # aliases of Indonesia's, unless a state follows
TRANSIT = words("via through melalui lewat")
TRANSIT_VERB = words("transit transits transited transiting melintasi melewati")
FAIR = words("pameran expo exhibition airshow")  # "Pameran Senjata Doha": a venue
IN = words("in di")  # "from friends in Tehran": a place that can name a source's state
CARRIER = words(
    "ship ships vessel vessels freighter freighters cargo tanker tankers convoy convoys plane "
    "planes kapal konvoi kargo tanker boat boats dhow dhows truck trucks lorry lorries wagons "
    "barges barge truk perahu tongkang"
)
LEAD = FILLER | COPULA | words("kembali lagi again secretly diam-diam pun")
OF = words("of the")
GOAL_NOUN = words(
    "programme programmes program programs industry industries army armies military forces "
    "war arsenal arsenals makers factories plants fleet sector machine"
)  # "supplying Iran's drone programme": what a party's possessive names as the goal
NETWORK = words("jaringan network networks ring rings")  # a buyer's procurement network
BROKERED = words(
    "brokered mediated hosted organised organized chaired facilitated convened ditengahi "
    "dimediasi difasilitasi diprakarsai digagas dipimpin"
)  # "in talks brokered by Turkey, Iran agreed to send": the broker is no party
RAISED_TO = words("to of")  # "Iran is said to have sent", "was accused of sending"
HEARSAY_ADVERB = words("widely also long repeatedly previously often")  # "is widely said to"
BE = words("is are was were be been being get got gets")
# A state's sea where goods were seized or passed ("di lepas pantai Somalia", "off the coast
# of Yemen"), unless a coast guard ("Penjaga Pantai Sudan") is the party.
COAST = words("coast waters pantai perairan")
GUARD = words("penjaga guard guards")
# A relative clause's head noun a linking verb equates with a party ("menjadi negara pertama
# yang akan menerima"), and the hearsay verbs that may come before the link ("disebut").
PARTY_NOUN = words(
    "negara pihak pembeli penerima pelanggan country countries nation nations buyer buyers "
    "customer customers recipient recipients pertama first kedua second terakhir last"
)
HEARSAY = words("disebut dikabarkan dilaporkan diperkirakan diyakini reportedly")
FOR = words("untuk bagi for")
WAR = words("perang")  # "untuk perang Rusia": Indonesian puts the war's party after it
WAR_HEAD = words("mesin upaya")  # "bagi mesin perang Rusia", "untuk upaya perang Rusia"
MARKET = words("ekspor export dijual sale pembeli buyers")  # "ditawarkan untuk ekspor": a seller
RETURN_HOME = frozenset({"pulang bawa"})  # the watchlist canonical of a voyage home with goods
FETCH = words("jemput menjemput ambil mengambil collect pick fetch")  # come to take goods
VERSUS = words("vs versus")  # "Perang Hamas vs Israel": the sides of a fight
INSIDE = words("in into inside")  # "parts used in Russian missiles": where parts went
# Words before an English past form that make it a verb, not a participle after its noun.
NOT_NOUN = words(
    "which that who whom it they he she we i you has have had also then and or but not never "
    "once first later since already still just was were is are be been to"
)
IMPORTS = words(
    "imports import purchases purchase acquisitions acquisition procurement procurements "
    "impor pembelian pengadaan"
)
ANY = words("any every all semua setiap siapa mana manapun siapapun anyone whoever whichever")
KIN = words("sekutu tetangga mitra")  # "sekutu Rusia": Russia's ally, another party
KIN_EN = words(
    "ally allies neighbour neighbours neighbor neighbors partner partners friend friends"
)
KIN_MODIFIER = words("dekat utama lama strategis setia terdekat dagang close key main longtime")
BUY_AT = frozenset({"beli", "borong", "pesan", "memesan"})  # "beli senjata ke Israel": from
ASK_FOR = words("minta meminta memohon mohon asks requests requested requesting seeks sought")
BAN = words(
    "larang melarang blokir memblokir ban bans banned blacklists blacklist boikot memboikot "
    "boycott boycotts targets sasar menyasar"
)  # "Korsel Larang Perusahaan Pemasok ...": a regulator of suppliers, no supplier itself
REFUSE = words("tolak menolak refuses refused declines")
FIRM = words(
    "perusahaan firma pabrik firms firm companies company factories factory makers networks "
    "network jaringan traders brokers entities smugglers"
)
URGE = words(
    "desak mendesak serukan menyerukan imbau mengimbau urge urges urged urging pleads pleaded "
    "appeals appealed"
)
DOMESTIC = words(
    "parlemen parliament kongres congress dpr senat senate senator senators lawmakers legislator "
    "legislators oposisi opposition pemerintahnya pemerintah government"
)
FOUND = frozenset({"ditemukan di"})  # the watchlist canonical of weapons found somewhere
DEBRIS = words(
    "serpihan puing puing-puing reruntuhan pecahan bangkai sisa-sisa debris wreckage remnants "
    "fragments fragment shrapnel"
)
LABOUR = words(
    "buruh pekerja serikat federasi aktivis demonstran pengunjuk workers dockworkers unions "
    "activists protesters"
)
PERSON = CITIZEN | words(
    "pebalap pembalap pemain atlet turis wisatawan pria wanita perempuan mahasiswa pelajar "
    "imigran pengungsi pelatih penyanyi aktor artis pengusaha tersangka pelaku korban"
)
SIGN = words(
    "teken meneken menandatangani tandatangani sign signs signed signing sepakati menyepakati "
    "seal seals sealed ink inks inked clinch clinches clinched finalise finalises finalised "
    "finalize finalizes finalized raih meraih resmi officially to agree agrees agreed siap"
)  # a signer's verbs before a deal word: "Kemhan Teken Kontrak", "India inks deal"
PORT = words(
    "port ports harbour harbor pelabuhan airspace soil territory strait straits selat"
)  # a state's place goods pass: "Eritrea port used to smuggle", "Turkish straits"
# The watchlist canonicals of making weapons together ("Sepakat Produksi Drone Bersama").
CO_PRODUCE = frozenset({"co-produce", "sepakat produksi"})
ASIDE = words("yang which who whose menurut according kata ujar")  # opens a comma-set aside
DEMONYM_ENDS = tuple(words("ian ean ese ish can eli ani ians eans cans ch qi thai saudi emirati"))
MILITARY_HELP = re.compile(
    r"\b(?:satelit|satellites?|teknologi|technolog\w*|know-how|militer|military|nuklir|nuclear|"
    r"kapal selam|submarines?)\b",
    re.IGNORECASE,
)
"""Help a weapons supplier is paid with, itself military: "Teknologi Satelit", "know-how"."""


_CIVIL_HELP = re.compile(
    r"\b(?:satelit|satellites?|antariksa|space|teknologi|technolog\w*|know-how|militer|military)\b",
    re.IGNORECASE,
)
"""Help that is no weapon of its own: a satellite's, space or bare technology, know-how."""


def help_for_arms(items: list[str], own: list[bool]) -> bool:
    """The subject's goods are only help ("Teknologi Satelit"), the price weapons.

    A submarine's or nuclear technology is a weapon's own: weapons both ways, first told leads.
    """
    helps = [not _CIVIL_HELP.sub("", text).strip(" -") for text in items]
    mine = [h for h, o in zip(helps, own, strict=True) if o]
    paid = [h for h, o in zip(helps, own, strict=True) if not o]
    return all(mine) and bool(mine) and bool(paid) and not any(paid)


SELF = words("negaranya pihaknya it they")  # "membantah bahwa negaranya memasok": the speaker
SELF_LEAD = words("telah pernah sudah had has have akan would will diam-diam secretly")
THAT = words("bahwa that")
CLAIM_NOUN = words(
    "tuduhan tudingan klaim laporan claim accusation accusations allegation allegations report "
    "reports"
)  # "US claim it supplies": a noun, not the verb "claims" ("Israel claims they ...")
RING = words("network networks ring rings cell cells jaringan sindikat syndicate")
SOME = words("sebuah seorang suatu")
NOT = words("bukan not")  # right before 'ke'/'to': "bukan ke China, melainkan ke Rusia"
POSSESSIVE = words("its their")  # "Russia and its supplier Iran": the pronoun's party buys
CARRY = frozenset({"bawa", "angkut", "carry", "transport"})  # watchlist canonicals of carrying
# Words before "hands" that make it the body part, not the verb: "into Ukrainian hands".
HOLDING = words("the their his her our your whose own wrong enemy rebel militant into in")
AIMED = words("at")  # after a combat word, like 'to': "fired at Kyiv" names the one struck
