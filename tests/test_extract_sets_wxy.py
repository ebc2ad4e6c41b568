"""Rules learnt in stop 22 from blind sets W, X and Y (their misses read) and from the GUI walkthrough."""

from __future__ import annotations

from .test_extract_real import _en_names, _en_quotes, _names, _quotes, _read


def test_a_county_head_by_surname_and_title_is_the_head_named_not_another_person() -> None:
    """eratime (set Y): 縣長周春米 … 周縣長在致詞時 gave a second person, 周縣長."""
    assert _names("县长周春米亲自为学子颁奖。周县长在致词时,向所有毕业生表示祝贺。") == {"周春米"}


def test_the_host_speaks_when_meeting_a_guest() -> None:
    """kantsuu (set X): 夏德仁…会见了…会长森民夫时说,… was the guest's, and the guest was 森民夫时."""
    text = (
        "昨天晚上,市委书记夏德仁在香格里拉大饭店会见了日本长冈市市长、全国市长会会长森民夫时说,"
        "中日两国城市间的合作是促进中日友好合作与交流的基础。森民夫说,10年前他曾来过大连。"
    )
    assert {"夏德仁", "森民夫"} <= _names(text)
    assert _quotes(text)[0] == ("夏德仁", "中日两国城市间的合作是促进中日友好合作与交流的基础。")


def test_a_name_after_a_title_in_quote_marks_counts_when_printed_outside_them() -> None:
    """cdns (set Q): 接見「…州長杜希訪問團」… 杜希州長自上任以來 … 杜希則提到 named 自上任, not 杜希."""
    text = (
        "总统蔡英文接见「美国亚利桑纳州州长杜希访问团」时表示,期待与美国携手合作。"
        "蔡英文表示,杜希州长自上任以来,就致力发展半导体产业。杜希则提到,台积电要在凤凰城投资设厂。"
    )
    assert _names(text) == {"蔡英文", "杜希"}


def test_a_verb_after_a_title_names_nobody_though_it_opens_with_a_surname() -> None:
    """5ch (set W): with 县长 a title, 「…縣長宣誓就職…」 named 宣誓, who then said what 林明溱 said."""
    text = (
        "县政府举办「南投县第17届县长宣誓就职暨交接典礼」。第17届南投县长林明溱宣誓就职演说时表示,"
        "感谢乡亲支持,南投在历任县长努力下已奠定稳固的县政制度。"
    )
    assert _names(text) == {"林明溱"}
    assert [speaker for speaker, _ in _quotes(text)] == ["林明溱"]


def test_someone_named_only_by_surname_and_form_of_address_is_a_person() -> None:
    """wfnews (set W), hxnews (set K), xinmin (set J): 行经此处的高先生表示,…, 市民张先生就认为,…."""
    text = "行经此处的高先生表示,护栏是隔离车辆的交通设施,不应在上面晾晒被褥。"
    assert _names(text) == {"高先生"}
    assert _quotes(text) == [("高先生", "护栏是隔离车辆的交通设施,不应在上面晾晒被褥。")]
    assert _names("记者张三报道。张先生说,水质很好。") == {"张三"}  # 张先生: 张三, by surname


def test_patrolmen_councillors_and_co_defendants_are_titles_not_names() -> None:
    """woonsocket (set X), phatz (set Y), walesnewsonline (set W)."""
    text = (
        "Patrolman Travis Young was shot in the thigh. Co-defendant Bill Baroni was convicted. "
        "Cllr Nigel Williams spoke."
    )
    assert _en_names(text) == {"Travis Young", "Bill Baroni", "Nigel Williams"}


def test_a_quotation_whose_opening_mark_was_lost_is_its_speakers_family_name_past_a_generation() -> None:
    """woonsocket (set X): a paragraph opening mid-quote (…Woonsocket,” Oates said. “They go…”) lost both
    quotations, and Oates was nobody: Thomas F. Oates III went by III."""
    found = _en_quotes(
        "Police Chief Thomas F. Oates III told reporters the suspect was held.\n"
        "It’s dangerous work out there protecting the people of the city,” Oates said. “They go to work, "
        "our officers, every day, every night.”\n"
    )
    assert found[1:] == [
        ("Thomas F. Oates III", "It’s dangerous work out there protecting the people of the city,"),
        ("Thomas F. Oates III", "They go to work, our officers, every day, every night."),
    ]


def test_an_abbreviation_with_full_stops_is_part_of_the_speaker_after_a_quotation() -> None:
    """knoxblogs (set Y): “…,” U.S. Magistrate Judge Alistair Newbern said was nobody's quote."""
    found = _en_quotes("“I find sufficient probable cause,” U.S. Magistrate Judge Alistair Newbern said.")
    assert found == [("Alistair Newbern", "I find sufficient probable cause,")]


def test_police_fire_services_and_consulates_speak_for_themselves() -> None:
    """yzaobao (set R), am730 (set O): 苏州市公安局…通报称, 消防處表示 were nobody's words."""
    assert _quotes("苏州市公安局发布通报称,警方到场后立即将伤者送医救治。") == [
        ("苏州市公安局", "警方到场后立即将伤者送医救治。")
    ]
    assert _quotes("消防处表示,修例将循三个方向,关闭消防装置要先获批准。") == [
        ("消防处", "修例将循三个方向,关闭消防装置要先获批准。")
    ]


def _dated(text: str) -> list[str]:
    return [e.date_text for e in _read(text).events if e.date]


def test_a_relative_day_named_again_in_its_paragraph_is_the_happening_told_on() -> None:
    """ntnu (set X), 5ch (set W), sohu (set F): 昨天…颁奖典礼…。…昨天… was two events of one happening;
    another paragraph's, another word for the day (昨晚 after 昨日) or a date printed again is its own."""
    text = (
        "标题\n2024年2月26日\n\n颁奖典礼昨天在演艺厅举行。县长昨天也到场致词。\n\n"
        "市长昨日抵达。他昨晚在国宴致词。\n\n昨天晚上,董事会开会。共同社9日也报导了抗议。木原在9日的例行记者会被问及此事。\n"
    )
    assert _dated(text) == ["昨天", "昨日", "昨晚", "昨天", "9日", "9日"]
    english = "Title\nMay 2, 2024\n\nA board meeting started on Monday. A union meeting was due on Monday.\n"
    assert _dated(english) == ["on Monday", "on Monday"]  # two meetings of one day


def test_hoping_urging_and_believing_report_what_someone_named_says() -> None:
    """headline4hk (set K), zaobao (set H), eratime (set Y): 林健鋒呼籲大家忍耐一下, 他希望…, 她覺得… were
    nobody's words; a hope no one named holds (市民希望…) stays the narrator's."""
    assert _quotes("不再参选的林健锋呼吁大家忍耐一下,议会工作告一段落。") == [
        ("林健锋", "大家忍耐一下,议会工作告一段落。")
    ]
    text = "狄志远表示,现时回归理性互动是好事。\n他希望来届议会有多元声音,议员继续发挥监察作用。\n"
    assert _quotes(text)[-1] == ("狄志远", "来届议会有多元声音,议员继续发挥监察作用。")
    assert _quotes("市民希望政府尽快处理此事。") == []
    assert _quotes("雷军发布新机。雷军特别提到了几款高端产品。") == []  # mentioned, not said


def test_words_told_to_a_reporter_are_reported() -> None:
    """sengpou (set R), cvimg (set Y): 麥美娟告訴記者,…; 曹晓京告诉《日本新华侨报》记者,…."""
    assert _quotes("立法会议员麦美娟告诉记者,首要工作是处理市民最关心的通关问题。") == [
        ("麦美娟", "首要工作是处理市民最关心的通关问题。")
    ]
    assert _quotes("一等书记官曹晓京告诉《日本新华侨报》记者,这次邀请了日本各大通讯社。") == [
        ("曹晓京", "这次邀请了日本各大通讯社。")
    ]


def test_reported_words_end_before_a_sentence_where_the_speaker_speaks_in_quote_marks() -> None:
    """wxredian (set P): 于先生告诉记者,…。当记者问及事件起因时,于先生称“还没问” ran his quoted words into
    the reported ones."""
    found = _quotes(
        "负责人于先生告诉记者,目前现场指挥长正在处理此事。当记者问及事件起因时,于先生称“还没问”。"
    )
    assert found == [("于先生", "目前现场指挥长正在处理此事。"), ("于先生", "还没问")]
    reported = _quotes(
        "周轩续指,翁晓玲则说自费赴中国参加活动;至于吴宗宪称「绿媒」从名门正派沦为侧翼,是写小说。"
    )
    assert reported == [
        ("周轩", "翁晓玲则说自费赴中国参加活动;至于吴宗宪称「绿媒」从名门正派沦为侧翼,是写小说。")
    ]


def test_said_before_a_clause_opening_with_a_name_that_did_or_a_doing_reports_it() -> None:
    """hurherald (set K), ynaija (set O): "said running for re-election is out…", "said Buhari did not…"."""
    assert _en_quotes("Governor Bob Wise said running for re-election is out of the question.") == [
        ("Bob Wise", "running for re-election is out of the question.")
    ]
    found = _en_quotes("Governor Abdulaziz Yari on Wednesday said Buhari did not make any such comment.")
    assert found == [("Abdulaziz Yari", "Buhari did not make any such comment.")]
    assert _en_quotes("Governor Bob Wise said nothing.") == []


def test_a_persons_sentence_closed_by_quoted_words_is_theirs() -> None:
    """xinmin (set J): 王女士带着孩子准备去游玩,“昨天的公告发布以后…” was nobody's; a term stays a term."""
    assert _quotes("另一边,王女士带着孩子准备去游玩,“昨天的公告发布以后出来玩的人也更多了,很热闹。”") == [
        ("王女士", "昨天的公告发布以后出来玩的人也更多了,很热闹。")
    ]
    assert _quotes("另一边,王女士带着孩子去了“欢乐谷”。") == []


def test_words_run_on_after_a_title_or_a_name_are_no_names() -> None:
    """jschina (set W), dingan (set X), sydneytoday (set T), tuenmun (set N): 总经理王友春作为…, 记者团一行,
    中日相关人士, 李某袭警罪成 named 王友春作, 团一行, 关人士 and 李某袭."""
    assert _names("公司总经理王友春作为投资方代表介绍投资情况。") == {"王友春"}
    assert _names("海南日报走基层记者团一行5人到定安开展采访。") == set()
    assert _names("日媒25日引述中日相关人士称,犯人曾在庭审中表示后悔。") == set()
    assert "李某袭" not in _names("法官裁定李某袭警罪成,将他还押。李某的母亲在庭外哭泣。")


def test_streets_storms_and_possessive_names_are_no_persons() -> None:
    """leightonbuzzard, walesnewsonline (set W), troymessenger (set Y), thestar (set P)."""
    text = (
        "Residents in Woodman Close, Brookside Walk, and Willowbank Walk said they had flooding. "
        "Storm Christoph hit in January. Charlie Dunn leads the Charlie’s Angels retired military group."
    )
    assert _en_names(text) == {"Charlie Dunn"}


def test_an_english_dateline_and_a_reporters_question_date_no_event() -> None:
    """bitget (set W), bernama (set I), newsports and cmab (set X): PANews, February 12—…; KUALA BERANG,
    Jan 30 (Bernama) --; 记者:昨天哭也哭过了 were events."""
    text = (
        "Title\nMay 2, 2024\n\nPANews, February 12—According to Bloomberg, the CEO stated the plan.\n\n"
        "KUALA BERANG, Jan 30 (Bernama) -- The minister arrived on Monday.\n"
    )
    assert _dated(text) == ["on Monday"]
    assert _dated("标题\n2021年8月3日\n\n记者:昨天哭也哭过了,\n\n运动员昨天夺得金牌。\n") == ["昨天"]


def test_today_inside_a_word_is_no_day() -> None:
    """rmrbhwb (set H): 当今天文学最大的谜题 dated 今天; 押后至今早续审 still dates."""
    text = "标题\n2024年1月11日\n\n这是当今天文学最大的谜题之一。法官将案押后至今早续审。\n"
    assert _dated(text) == ["今早"]


def test_a_cna_dateline_after_a_caption_names_its_reporter_the_author() -> None:
    """cna_tw_2026 (the GUI walkthrough): a photo's caption ending (中央社檔案照片) hid the dateline below it,
    and its reporter was no author."""
    ann = _read(
        "卓榮泰赴日引中方抗議\n\n2026/3/10 13:26(3/10 13:53 更新)\n圖為副秘書長林郁慧。(中央社檔案照片)\n\n"
        "(中央社記者楊堯茹台北10日電)行政院長卓榮泰赴日觀看世界棒球經典賽,引發中國抗議。\n"
    )
    assert (ann.author, ann.published_date.label()) == ("楊堯茹", "2026-03-10")


def test_the_one_a_profile_is_about_named_under_its_photo_is_not_its_author() -> None:
    """thepaper_mayue_2025 (the GUI walkthrough): 生于1984年,马玥已任… … 马玥 (a photo's label) made 马玥
    the author, and the lead above the label was taken for a dek."""
    ann = _read(
        "生于1984年,马玥已任北镇市代市长\n\n2025年4月24日,澎湃新闻记者从相关方面获悉,马玥已任北镇市代市长。\n\n"
        "马玥\n\n公开资料显示,马玥,女,1984年7月出生。\n"
    )
    assert ann.author == ""
    assert "2025年4月24日" in [e.date_text for e in ann.events]  # the lead is read, not taken for a dek
