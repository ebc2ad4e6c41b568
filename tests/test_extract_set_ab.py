"""Rules learnt in stop 24 from blind set AB (its misses read for the first time)."""

from __future__ import annotations

from .test_extract_real import _en_quotes, _events, _names, _quotes, _read


def test_a_profession_ending_in_jia_and_a_trailing_and_are_no_part_of_a_transliterated_name() -> None:
    """信息快讯网 (dbsqp): 分子生物学家卡罗琳·迪恩 and 艾米·奥斯汀和南非… named 物学家卡罗琳·迪恩 and
    艾米·奥斯汀和."""
    text = "获奖者是英国分子生物学家卡罗琳·迪恩、阿根廷生态科学家艾米·奥斯汀和南非儿童健康专家希瑟·扎尔。"
    assert _names(text) == {"卡罗琳·迪恩", "艾米·奥斯汀", "希瑟·扎尔"}


def test_a_surname_then_a_verb_of_saying_or_an_idiom_is_the_person_named_in_full() -> None:
    """蘋果日報 (appledaily): 李回應時…, 李反指… and 任由李侃侃而談 were three more people beside 李家超."""
    text = (
        "保安局長李家超昨日回應質詢,任由李侃侃而談未來的工作計劃。李回應時則指過去一直有向不同國家宣傳。"
        "議員鄭松泰提問時則指經濟前景堪憂,李反指澳門實施國安法後經濟增長。"
    )
    assert _names(text) == {"李家超", "鄭松泰"}


def test_a_surname_answering_speaks_for_the_one_of_that_surname() -> None:
    """蘋果日報 (appledaily): 李回應時則指過去一直有向不同國家宣傳… was lost (李 alone before 回應時則指)."""
    text = "李慧琼問保安局長李家超有何對策。李回應時則指過去一直有向不同國家宣傳事實真相。"
    assert _quotes(text) == [("李家超", "過去一直有向不同國家宣傳事實真相。")]


def test_a_view_felt_before_that_is_reported_but_not_in_a_question_put() -> None:
    """SportsCafe (coyle) and Loop News (set S): "Owen Coyle feels that the win has given them a boost"
    was lost; "Asked if he believes it is time that the police…" was his words."""
    text = "Owen Coyle feels that the win has given them a psychological boost this season."
    assert _en_quotes(text) == [("Owen Coyle", "the win has given them a psychological boost this season.")]
    text = (
        "Commissioner Tyrone Griffith spoke. Asked if he believes it is time that the police act, he paused."
    )
    assert _en_quotes(text) == []


def test_a_range_of_days_forecast_looks_forward_and_today_with_its_month_and_day_is_read() -> None:
    """中华网 (chinacom): 据气象部门预测,7日至15日,…将有强降雨 dated nothing; 苗栗 FM97.1 (fm971):
    鍾東錦今天(10/2)上午… was read as 今天 alone."""
    ann = _read("标题\n2019-07-06\n\n据气象部门预测,7日至15日,贵州、广西等地将有强降雨天气过程。\n")
    assert _events(ann) == {"7日至15日": "2019-07-07..2019-07-15*"}
    ann = _read("标题\n2024-10-02\n\n苗栗縣長鍾東錦今天(10/2)上午10點主持防颱工作會報。\n")
    assert _events(ann) == {"今天(10/2)": "2024-10-02*"}


def test_asking_before_a_name_is_no_part_of_it() -> None:
    """民生网 (mnw): 法官问黄俊杰是否服从判决时 named 问黄俊杰, who then said the words 黄俊杰 said."""
    text = "量刑最重的是黄俊杰。法官问黄俊杰是否服从判决时,他最后漠然地说道:“服,不服也没有用啊。”"
    assert _quotes(text) == [("黄俊杰", "服,不服也没有用啊。")]
