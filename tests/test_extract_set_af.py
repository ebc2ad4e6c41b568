"""Rules learnt in stop 25 from blind set AF (its misses read for the first time)."""

from __future__ import annotations

from .test_extract_real import _en_names, _en_quotes, _events, _names, _quotes, _read


def test_according_to_someone_before_or_after_the_words_reports_them() -> None:
    """The Signal (signalscv): "According to Sgt. Bill Edson, a spokesman for the SCV Sheriff’s Station, the
    station received a call …" and "…, according to Edson." were lost, or began at the spokesman."""
    text = (
        "According to Sgt. Bill Edson, a spokesman for the SCV Sheriff’s Station, the station received a "
        "call regarding a person unconscious in a vehicle. Drug paraphernalia was located in the vehicle, "
        "according to Edson. Deputies attempted to detain the suspect, according to Edson, and the suspect "
        "became uncooperative."
    )
    assert _en_quotes(text) == [
        ("Bill Edson", "the station received a call regarding a person unconscious in a vehicle."),
        ("Bill Edson", "Drug paraphernalia was located in the vehicle"),
        ("Bill Edson", "Deputies attempted to detain the suspect"),
    ]


def test_told_someone_named_before_a_clause_reports_it() -> None:
    """Daily Voice (dailyvoice): "Marchiano told Lieb the building was completely destroyed …" was lost, and
    "Chester Fire Chief Tom Marchiano" named a person Chester Fire."""
    text = (
        "Chester Fire Chief Tom Marchiano spoke to Mark Lieb of Rockland Video Productions. "
        "Marchiano told Lieb the building was completely destroyed when the roof caved in."
    )
    assert _en_names(text) == {"Tom Marchiano", "Mark Lieb"}
    assert _en_quotes(text) == [
        ("Tom Marchiano", "the building was completely destroyed when the roof caved in.")
    ]


def test_the_police_and_others_speak_until_another_source_is_relayed() -> None:
    """文汇网 (whb): 当地警方等方面称,安倍晋三被人用霰弹枪从背后击中。日本电视台最新报道,… gave the police's
    words to 安倍晋三 and ran them on over two more sources; 名为山上彻也的嫌疑人 named nobody."""
    text = (
        "日本前首相安倍晋三8日在奈良市演讲时突然流血倒地,当地警方等方面称,安倍晋三被人用霰弹枪从背后击中。"
        "日本电视台最新报道,警方已逮捕名为山上彻也的嫌疑人。另据日本共同社最新消息,被捕的男子42岁。"
    )
    assert _names(text) == {"安倍晋三", "山上彻也"}
    assert _quotes(text)[0] == ("警方", "安倍晋三被人用霰弹枪从背后击中。")


def test_that_day_with_no_day_narrated_before_it_dates_nothing() -> None:
    """原廣時報 (onews): 縣府澄清表示,縣長徐榛蔚當天全程走訪災區 and 事發當日,… were dated the day of
    publication, which the story never says they were."""
    ann = _read(
        "議長誤會了\n\n2025 年 9 月 28 日 地方\n\n記者賴榮偉/花蓮報導\n"
        "針對議長張峻的說法,縣府澄清表示,縣長徐榛蔚當天全程走訪災區。\n\n"
        "事發當日,徐縣長親自走上光復街頭,一一巡視街道清掃的進度。\n"
    )
    assert _events(ann) == {}
