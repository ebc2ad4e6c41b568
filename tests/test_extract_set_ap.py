"""Rules learnt in stop 28 from blind set AP (annotated and scored at the stop's start, then read)."""

from __future__ import annotations

from .test_extract_real import _names, _quotes, _read


def test_a_portals_credit_fields_apart_by_spaces_name_its_writers() -> None:
    """江华融媒 (jhxww): 来源:江华融媒体中心 作者:蒋林锋 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01
    named nobody; only fields apart by 丨 or ; were read. The editor stays furniture, as most annotators
    have it."""
    ann = _read(
        "我县集中开工签约项目总投资34.01亿元\n\n"
        "来源:江华融媒体中心 作者:蒋林锋 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01 16:43:19\n\n"
        "3月1日,全市举行重大项目集中开工仪式。\n"
    )
    assert {p.name for p in ann.persons} == {"蒋林锋", "钟芳玲", "潘嘉诚"}


def test_a_monk_or_nun_is_named_by_the_religious_name_before_the_form_of_address() -> None:
    """人間福報 (merit-times) and 人間通訊社 (lnanews): 住持心保和尚, 院長依來法師, 住持覺來法師 were nobody;
    a verb or a title before 法師 (帶領法師, 退居和尚) names no one."""
    names = _names("佛光山住持心保和尚、退居和尚心培和尚、院长依来法师出席。住持觉来法师带领法师诵经。")
    assert names == {"心保", "心培", "依来", "觉来"}


def test_a_title_after_the_name_before_a_verb_of_hoping_leaves_the_hope_to_that_person() -> None:
    """馬祖日報 (matsu.idv.tw): 劉碧雲校長期許所有畢業生都能天天快樂的學習 was nobody's words: the title
    stood between the name and the verb, and 期許 was not read as hoping."""
    assert _quotes("典礼感性登场,刘碧云校长期许所有毕业生都能天天快乐的学习。") == [
        ("刘碧云", "所有毕业生都能天天快乐的学习。")
    ]


def test_as_she_hoped_in_a_question_is_no_words_of_hers() -> None:
    """Watchout (set N): 能如她期許自己的讓國民黨變潮…嗎? is the writer asking, once 期許 is a verb of
    hoping."""
    assert _quotes("议员钟沛君参选。能如她期许自己的让国民党变潮,争取到年轻人支持吗?") == []
