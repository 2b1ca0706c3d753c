"""The alert decision, eleventh round: supply recalled as a story's backdrop, beside twins."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist

_FILL_ID = (
    "Ribuan warga memadati alun-alun sejak pagi untuk menyaksikan acara tersebut.",
    "Pejabat setempat menyebut persiapan berlangsung selama berbulan-bulan.",
    "Sejumlah diplomat asing turut hadir sebagai tamu undangan.",
    "Media pemerintah menayangkan acara itu secara langsung.",
    "Para analis menilai acara itu menjadi pesan politik bagi dunia luar.",
    "Cuaca cerah membuat acara berjalan tanpa hambatan.",
    "Acara ditutup dengan pidato panjang pemimpin negara itu.",
    "Pengamat menyebut pidato itu lebih menekankan persatuan nasional.",
)
_FILL_EN = (
    "Thousands of people filled the square from early morning to watch the event.",
    "Local officials said preparations had taken months.",
    "Several foreign diplomats attended as invited guests.",
    "State media broadcast the ceremony live.",
    "Analysts said the event was a political message to the outside world.",
    "Clear weather meant the event went ahead without delay.",
    "The ceremony closed with a long speech by the country's leader.",
    "Observers said the speech stressed national unity above all.",
)


def _story(lead: str, middle: tuple[str, ...], fill: tuple[str, ...]) -> str:
    """A long story: its lead, four sentences, the middle run, four more."""
    return " ".join((lead, *fill[:4], *middle, *fill[4:]))


@pytest.mark.parametrize(
    ("title", "lead", "middle", "fill"),
    [
        (
            "Putin dan Pezeshkian Bertemu di Moskow, Bahas Kerja Sama Energi",
            "Presiden Rusia menerima Presiden Iran di Kremlin pada Selasa untuk membahas "
            "kerja sama energi dan perdagangan.",
            (
                "Sejak 2022, Iran telah mengirim ratusan drone Shahed ke Rusia, menurut "
                "negara-negara Barat.",
                "Teheran juga dituduh memasok rudal balistik jarak pendek kepada Moskow.",
            ),
            _FILL_ID,
        ),
        (
            "Putin hosts Iranian president in Moscow for energy talks",
            "Russia's president hosted his Iranian counterpart at the Kremlin on Tuesday "
            "for talks on energy and trade.",
            (
                "Since 2022, Iran has sent hundreds of Shahed drones to Russia, according to "
                "Western governments.",
                "Tehran has also been accused of supplying short-range missiles to Moscow.",
            ),
            _FILL_EN,
        ),
        (
            "Ekonomi Rusia Melambat, Inflasi Tembus 9 Persen",
            "Bank sentral Rusia mengumumkan pertumbuhan ekonomi melambat tajam pada kuartal "
            "ketiga dengan inflasi menembus sembilan persen.",
            (
                "Belanja militer membengkak sejak invasi ke Ukraina, termasuk untuk membeli "
                "drone dari Iran dan peluru dari Korea Utara.",
                "Sebelumnya, Moskow juga disebut mendapatkan rudal dari Pyongyang.",
            ),
            _FILL_ID,
        ),
        (
            "EU adopts new sanctions package targeting Russian banks",
            "The European Union adopted its latest sanctions package against Russia on "
            "Friday, targeting banks and energy traders.",
            (
                "The bloc had earlier sanctioned Iranian firms for supplying drones to Russia.",
                "Amid reports that North Korea has shipped missiles to Moscow, officials said "
                "more listings could follow.",
            ),
            _FILL_EN,
        ),
    ],
)
def test_supply_recalled_in_a_short_run_midway_is_the_backdrop(
    wl: Watchlist, title: str, lead: str, middle: tuple[str, ...], fill: tuple[str, ...]
) -> None:
    """A summit, economy or sanctions story recalling earlier supply in two sentences midway,
    the first opened by a recalling cue ('Sejak 2022', 'Sebelumnya', 'had earlier'): no alert."""
    verdict = classify(title, _story(lead, middle, fill), wl)
    assert verdict.arms_supply is False
    assert verdict.rule.startswith("passing_mention:")


@pytest.mark.parametrize(
    ("title", "lead", "middle", "fill"),
    [
        (  # the same summit, its supply told as today's news, not recalled
            "Putin hosts Iranian president in Moscow for energy talks",
            "Russia's president hosted his Iranian counterpart at the Kremlin on Tuesday "
            "for talks on energy and trade.",
            (
                "Iran delivered another batch of Shahed drones to Russia this month, Western "
                "officials said.",
                "Tehran has also supplied short-range missiles to Moscow, the officials added.",
            ),
            _FILL_EN,
        ),
        (  # recalled, yet a section of its own: four sentences on the supply
            "Putin dan Pezeshkian Bertemu di Moskow, Bahas Kerja Sama Energi",
            "Presiden Rusia menerima Presiden Iran di Kremlin pada Selasa untuk membahas "
            "kerja sama energi dan perdagangan.",
            (
                "Sejak 2022, Iran telah mengirim ratusan drone Shahed ke Rusia.",
                "Pengiriman terbaru tiba bulan lalu lewat Laut Kaspia, menurut intelijen Barat.",
                "Iran juga memasok mesin drone untuk pabrik Rusia di Tatarstan.",
                "Moskow membayar drone itu dengan emas dan jet tempur.",
            ),
            _FILL_ID,
        ),
    ],
)
def test_supply_told_as_news_or_as_a_section_still_alerts(
    wl: Watchlist, title: str, lead: str, middle: tuple[str, ...], fill: tuple[str, ...]
) -> None:
    """The twins: the supply told in the present, or recalled over a section of its own."""
    verdict = classify(title, _story(lead, middle, fill), wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "North Korea fires ballistic missiles into sea, Seoul says",
            "North Korea fired two short-range ballistic missiles into the sea off its east "
            "coast on Wednesday, the South Korean military said.\n\nThe missiles flew about "
            "400 km before falling outside Japan's economic zone. Tokyo protested.\n\nIt was "
            "the fourth launch this year. Analysts say Pyongyang may be testing the KN-23 "
            "missiles it has shipped to Russia since last year.\n\nWashington called for an "
            "emergency Security Council meeting.",
        ),
        (
            "Putin Terima Kunjungan Presiden Iran, Bahas Koridor Dagang",
            "Presiden Rusia menerima Presiden Iran di Kremlin pada Selasa untuk membahas "
            "koridor perdagangan dan kerja sama energi.\n\nKedua pemimpin menandatangani nota "
            "kesepahaman di bidang transportasi dan perbankan.\n\nHubungan kedua negara kian "
            "erat sejak perang Ukraina. Iran memasok drone Shahed kepada Rusia, yang kemudian "
            "memproduksi versinya sendiri. Barat menjatuhkan sanksi atas kerja sama itu.\n\n"
            "Putin dijadwalkan berkunjung balik ke Teheran tahun depan.",
        ),
        (
            "Kim Jong Un oversees huge parade showing new ICBM",
            "North Korea's leader oversaw a huge military parade in Pyongyang on Friday "
            "night, showing off a new intercontinental ballistic missile.\n\nThousands of "
            "troops marched as jets flew overhead. Russian and Chinese delegations watched "
            "from the stands.\n\nThe parade comes as North Korea deepens ties with Moscow. "
            "Pyongyang has sent troops and weapons to help Russia in Ukraine, according to "
            "Seoul.\n\nState media said the new missile showed the country's deterrent was "
            "unbeatable.",
        ),
    ],
)
def test_a_later_paragraph_recalling_supply_is_the_backdrop(
    wl: Watchlist, title: str, text: str
) -> None:
    """A launch, summit or parade story whose only transfer sentences sit in one later
    paragraph that recalls them ('since', 'sejak', 'comes as'): no alert."""
    verdict = classify(title, text, wl)
    assert verdict.arms_supply is False
    assert verdict.rule.startswith("passing_mention:")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (  # the same launch with a section on the shipments, crossing paragraphs
            "North Korea fires ballistic missiles into sea, Seoul says",
            "North Korea fired two short-range ballistic missiles into the sea on Wednesday."
            "\n\nIt was the fourth launch this year. Analysts say Pyongyang may be testing the "
            "KN-23 missiles it has shipped to Russia since last year.\n\nAbout a hundred "
            "missiles have been delivered by rail, Seoul's spy agency said. Another shipment "
            "of missiles left Rajin port this month.\n\nWashington called for a meeting.",
        ),
        (  # the lead tells the transfer: the news, not its backdrop
            "Putin Terima Kunjungan Presiden Iran, Bahas Koridor Dagang",
            "Iran memasok lagi drone Shahed kepada Rusia bulan ini, sehari sebelum Presiden "
            "Iran tiba di Kremlin.\n\nKedua pemimpin menandatangani nota kesepahaman di bidang "
            "transportasi.\n\nHubungan kedua negara kian erat sejak perang Ukraina. Barat "
            "menjatuhkan sanksi atas kerja sama itu.\n\nPutin akan berkunjung ke Teheran.",
        ),
    ],
)
def test_a_section_or_a_lead_on_the_supply_still_alerts(
    wl: Watchlist, title: str, text: str
) -> None:
    """The twins: the supply told over paragraphs of its own, or in the lead."""
    verdict = classify(title, text, wl)
    assert verdict.alert


_SHAHED = (
    "Shahed-136 adalah drone serang satu arah yang dikembangkan industri pertahanan Iran.\n\n"
    "Drone ini berbobot sekitar 200 kilogram dan membawa hulu ledak 50 kilogram. Mesinnya "
    "berisik sehingga dijuluki 'moped'.\n\nDrone ini dikenal dunia setelah dipakai di "
    "Ukraina. Iran mengirim ratusan unit ke Rusia sebelum Moskow membangun pabrik sendiri."
    "\n\nKini drone serupa diproduksi dengan nama Geran-2."
)


def test_an_explainer_of_a_weapon_tells_its_transfers_as_history(wl: Watchlist) -> None:
    """A 'Mengenal ...' explainer of a weapon recalls its supply as the weapon's history."""
    verdict = classify("Mengenal Shahed-136, Drone Murah yang Mengubah Perang", _SHAHED, wl)
    assert verdict.arms_supply is False
    assert verdict.rule.startswith("passing_mention:")


def test_an_explainer_headline_that_tells_the_supply_still_alerts(wl: Watchlist) -> None:
    """The twin: the explainer's headline names the supply itself."""
    verdict = classify("Mengenal Shahed-136, Drone yang Dipasok Iran ke Rusia", _SHAHED, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


_ECONOMY = (
    "Three years into the war, Russia's economy has held up better than many expected.\n\n"
    "Oil sold to India and China keeps the budget afloat. Factories run around the clock.\n\n"
    "{middle}\n\nThe bigger question is how long the Kremlin can keep spending so much on the "
    "army. Some economists expect growth to stall next year."
)


def test_an_analysis_of_something_else_recalls_supply_as_given(wl: Watchlist) -> None:
    """An 'Analysis:' piece on the war economy whose one paragraph names partners' supplies
    (with no recalling word) treats them as given: no alert."""
    middle = (
        "Russia has leaned on partners: North Korea has supplied millions of shells and Iran "
        "has sent Shahed drones. Yet those supplies are a small part of the story."
    )
    title = "Analysis: Why Russia's war economy has not cracked"
    verdict = classify(title, _ECONOMY.format(middle=middle), wl)
    assert verdict.arms_supply is False
    assert verdict.rule.startswith("passing_mention:recalled:")


def test_an_analysis_with_a_section_on_the_supply_still_alerts(wl: Watchlist) -> None:
    """The twin: the supply told over two paragraphs of its own."""
    middle = (
        "Russia has leaned on partners: North Korea has supplied millions of shells.\n\n"
        "Another shipment of shells arrived by rail this month, Seoul said. North Korea also "
        "sent ballistic missiles to Russia in the spring."
    )
    title = "Analysis: Why Russia's war economy has not cracked"
    verdict = classify(title, _ECONOMY.format(middle=middle), wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


_KHARKIV = (
    "Russia attacked Kharkiv overnight with dozens of drones and several missiles, killing four "
    "people, officials said. Ukraine's air force said some of the missiles were North Korean "
    "KN-23s, which Pyongyang has supplied to Moscow. Emergency crews worked through the night. "
    "The regional governor said schools would stay closed."
)


def test_a_strike_told_by_its_weight_makes_the_supplied_weapons_an_aside(wl: Watchlist) -> None:
    """'... pound Kharkiv' is a strike headline like '... hit Kharkiv': the missiles' supplier,
    named once after the lead, is an aside of the strike."""
    verdict = classify("Russian drones and missiles pound Kharkiv overnight", _KHARKIV, wl)
    assert verdict.arms_supply is False
    assert verdict.rule.startswith("passing_mention:")


def test_a_supply_headline_over_the_same_strike_still_alerts(wl: Watchlist) -> None:
    """The twin: the headline tells the supply."""
    title = "Pyongyang supplied the missiles that pounded Kharkiv, Kyiv says"
    verdict = classify(title, _KHARKIV, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


@pytest.mark.parametrize(
    "aside",
    [
        "Azerbaijan, which has bought drones from Turkey, has protested to Paris.",
        "Azerbaijan, yang membeli drone dari Turki, melayangkan protes ke Paris.",
    ],
)
def test_a_transfer_in_a_bystanders_relative_clause_is_an_aside(wl: Watchlist, aside: str) -> None:
    """A purchase told in a ', which ...,' clause describing a bystander of a deal story makes
    no drone alert of it: the deal's parties are watched by no one."""
    text = (
        "Armenia signed contracts for French air defence radars on Monday, officials said. "
        f"{aside} Yerevan says it wants partners it can rely on."
    )
    verdict = classify("Armenia signs radar deal with France", text, wl)
    assert verdict.arms_supply
    assert not verdict.alert


def test_the_same_purchase_told_as_news_still_alerts(wl: Watchlist) -> None:
    """The twin: the purchase is the sentence's main clause."""
    text = (
        "Armenia signed contracts for French air defence radars on Monday, officials said. "
        "Azerbaijan has bought more attack drones from Turkey this month, Baku said. "
        "Yerevan says it wants partners it can rely on."
    )
    verdict = classify("Armenia signs radar deal with France", text, wl)
    assert verdict.alert
