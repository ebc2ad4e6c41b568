"""Rules learnt in stop 25 from blind set AC (its misses read for the first time)."""

from __future__ import annotations

from .test_extract_real import _en_names, _en_quotes, _events, _names, _quotes, _read
from .test_extract_tagger import _people


def test_confirms_and_notes_before_a_clause_report_it_but_not_before_an_object() -> None:
    """FOX Carolina (foxcarolina): "Flood … confirms a solo responded …", "GCSO later confirmed the deputy
    was not hurt" and "He also notes there were …" were lost; "confirmed the arrest but directed …" is no
    clause."""
    text = (
        "Lt. Ryan Flood, public information officer for GCSO, confirms a solo responded to the alarm. "
        "He also notes there were two other people at home. "
        "Police spokesperson Michael Muchiri confirmed the arrest but directed inquiries to the board."
    )
    assert _en_quotes(text) == [
        ("Ryan Flood", "a solo responded to the alarm."),
        ("Ryan Flood", "there were two other people at home."),
    ]


def test_a_day_expected_far_after_its_verb_still_looks_forward() -> None:
    """FOX Carolina: "GCSO is expected to release a … Video on the office's YouTube channel in 45 days, on
    July 29" was dated the July before publication."""
    ann = _read(
        "Title\n\nJune 14, 2019\n\nGCSO is expected to release a Critical Incident Community Video on the "
        "office's YouTube channel in 45 days, on July 29.\n"
    )
    assert _events(ann) == {"July 29": "2019-07-29*"}


def test_the_weekday_of_a_happening_already_dated_names_it_again() -> None:
    """Lenawee Daily Telegram (lenconnect): "The Saturday fire was the second structure fire …" was a second
    event of the fire "A Saturday afternoon fire … displaced residents"."""
    ann = _read(
        "Title\n\nMarch 2, 2020\n\nMORENCI — A Saturday afternoon fire in Morenci displaced residents.\n\n"
        "The Saturday fire was the second structure fire the department responded to last week.\n"
    )
    assert [e.anchor.text[:12] for e in ann.events] == ["A Saturday a"]


def test_a_portals_stamp_run_into_its_wire_dates_the_page_and_credits_its_editor() -> None:
    """ECNS (ecns_gm): "2018-11-28 09:10:21Xinhua Editor : Mo Hong'e ECNS App Download" was an event of its
    own and its editor nobody."""
    ann = _read(
        "GM layoff plans trigger denouncement\n\n2018-11-28 09:10:21Xinhua Editor : Mo Hong'e ECNS App "
        "Download\n\nPoliticians have denounced the plan announced Monday.\n"
    )
    assert ann.published == "2018-11-28"
    assert ann.publisher == "Xinhua"
    assert _events(ann) == {"Monday": "2018-11-26*"}
    assert "Mo Hong'e" in {p.name for p in ann.persons}
    assert _en_names("The magazine's Editor: Jane Roe said the issue sold out.") == {"Jane Roe"}


def test_a_year_naming_a_happening_after_the_is_an_event_even_beside_the_sentences_day() -> None:
    """ECNS (ecns_gm): "the 2008 government bailout that saved GM" dated nothing; Floyd County Chronicle
    (set O): "On Dec. 10, … sentenced … for the 2014 murder of Bill Collins" only Dec. 10."""
    ann = _read(
        "Title\n\nDecember 16, 2021\n\nHe was referring to the 2008 government bailout that saved GM.\n\n"
        "On Dec. 10, the judge sentenced Floyd Junior Sexton to life for the 2014 murder of Bill Collins.\n"
    )
    assert _events(ann) == {"2008": "2008", "Dec. 10": "2021-12-10*", "2014": "2014"}


def test_whom_a_sentence_compares_its_subject_to_is_not_its_subject() -> None:
    """观察者网 (guancha): 同队友武大靖和范可新不同,任子威…。他开心地说:“…” gave 任子威's words to 武大靖."""
    text = (
        "同队友武大靖和范可新不同,任子威的夺冠感言显得有些“凡尔赛”。"
        "他开心地说:“我无数次幻想,我站在这我该说什么。其实,就是高兴。”"
    )
    assert _quotes(text) == [("任子威", "我无数次幻想,我站在这我该说什么。其实,就是高兴。")]


def test_a_name_with_an_email_address_under_the_headline_is_the_author() -> None:
    """观察者网 (guancha): 齐倩邮箱:qiqian@guancha.cn under the headline credited nobody."""
    ann = _read("夺得首金后,武大靖落泪\n-\n齐倩邮箱:qiqian@guancha.cn\n(观察者网讯)短道队夺金后,队员哭了。\n")
    assert ann.author == "齐倩"


def test_a_name_withheld_or_an_everyday_word_before_a_verb_is_nobody() -> None:
    """周口日报 (guhantai): 该男子名叫张某 and 协助民警成功抓获 named 张某 and 成功."""
    text = (
        "郭辉返乡途中协助民警成功抓获一名外省网上逃犯。通过交谈,郭辉了解到该男子名叫张某。"
        "民警成功抓获后,郭辉说:“好。”"
    )
    assert _names(text) == {"郭辉"}


def test_a_special_correspondents_credit_names_the_author() -> None:
    """金頭條 (kingtop): (特派員陳明/苗栗報導) credited nobody."""
    ann = _read("苗栗縣元旦升旗\n(特派員陳明/苗栗報導)苗栗縣政府1日清晨舉辦升旗典禮。\n")
    assert ann.author == "陳明"


def test_words_of_a_slogan_in_corner_marks_are_nobodys_name() -> None:
    """金頭條 (kingtop): the tagger read 景亮 of 「馬年旗開旺,苗栗願景亮」 as a person."""
    text = (
        "苗栗縣元旦升旗 「馬年旗開旺,苗栗願景亮」縣長鍾東錦\n\n"
        "苗栗縣政府1日清晨舉辦升旗典禮,今年典禮以「馬年旗開旺,苗栗願景亮」為主軸。縣長鍾東錦率領縣府團隊。\n"
    )
    assert _people(text) == {"鍾東錦"}


def test_someone_introduced_by_name_or_with_a_spouse_is_a_person() -> None:
    """洛阳日报 (lyd): 一名叫张子中的修理工 and 尤忠效夫妇反映 named nobody."""
    text = (
        "他家的水管坏了,维修中心一名叫张子中的修理工上门维修。"
        "尤忠效夫妇反映,2006年,他们从袁先生手中买了1套二手房,希望社区能盖章证明。"
    )
    assert _names(text) == {"张子中", "尤忠效"}


def test_a_form_of_address_printed_before_a_name_of_its_surname_is_someone_else() -> None:
    """洛阳日报 (lyd): 王女士反映,…送报员王淑琴非常热心… gave 王女士's words to 王淑琴."""
    assert _quotes("陇南小区的王女士说,送报员王淑琴非常热心,王淑琴就帮她垫付了一年订报费。") == []
    assert _quotes("送报员王淑琴非常热心。王女士说,她帮了大家很多忙。") == [("王淑琴", "她帮了大家很多忙。")]


def test_the_speaker_named_again_with_also_starts_new_reported_words() -> None:
    """台灣新生報 (tahcnews): 楊文科表示,…,楊文科也說,縣府團隊會… ran both into one quote."""
    text = "楊文科表示,縣府也傾聽民意,持續努力爭取設立高中,楊文科也說,縣府團隊會與議會一起為鄉親打拼。"
    assert _quotes(text) == [
        ("楊文科", "縣府也傾聽民意,持續努力爭取設立高中"),
        ("楊文科", "縣府團隊會與議會一起為鄉親打拼。"),
    ]
