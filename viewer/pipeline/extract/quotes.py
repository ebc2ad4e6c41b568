"""Quotes: direct speech in quote marks, reported speech after 表示: / 称, with their speakers;
words in quote marks that nobody says (terms, titles, rumours) are kept apart."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from .lexicon import EN_SPEECH, EN_SPEECH_PRESENT, LEARNED_FROM, SPEECH_RE, TITLE_RE
from .registry import Entity, Registry
from .segment import (
    ABBREVIATIONS,
    DOUBLED_CLOSES,
    DOUBLED_MARKS,
    EMBEDDED_POST,
    INTERVIEW_TURN,
    SOUNDBITE,
    Regions,
    Span,
    is_cjk,
    language,
    quote_regions,
    sentences,
)
from .tagger import SPEECH_VERB, english_speech

_VERB_END = re.compile(rf"(?:{SPEECH_RE})[^“”「」\"。！？!?]{{0,16}}?[:：,，]?\s*$")
_EN_VERB_END = re.compile(rf"\b(?:{'|'.join(EN_SPEECH)})(?: [\w'’ -]{{0,30}})?[:,]?\s*$", re.I)
# the attribution after a quotation, with the circumstance of an interview (田利辉在接受…采访时表示)
_AFTER = re.compile(
    rf"^\s*(?:[,，]\s*)?(?P<who>[^，,。“”\"]{{0,16}}?|[^，,。“”\"]{{0,24}}的[^，,。“”\"的]{{2,16}}?)"
    rf"(?:在[^，,。“”\"]{{2,24}}?时)?(?:{SPEECH_RE})"
)
# who speaks after a quotation: any words up to a comma or a full stop, an initial's or an abbreviation's stop
# kept (U.S. Judge X, 1st Asst. Chief LaShinda Stair)
_WHO = r"(?:[^,.\"“”]|(?:(?<=\b[A-Z])|" + "|".join(rf"(?<=\b{re.escape(a)})" for a in ABBREVIATIONS) + r")\.)"
_EN_AFTER = re.compile(
    rf"^\s*(?:[,.]\s*)?(?:(?P<who>{_WHO}{{1,60}}?)(?:, (?:the|a|an) [^,.\"“”]{{2,60}})?,? "
    rf"(?:{'|'.join(EN_SPEECH)})\b|(?:{'|'.join(EN_SPEECH)}) (?P<who2>[^,.\"“”]{{1,40}}))"
)
# someone naming a thing in their own words: "Pockele called his employment “a ruse”", "referred to the
# memorial as “a pile of trash”" (not "a group called “…”", "the so-called “…”")
_EN_CALLED = re.compile(
    r"(?<!\bso-)(?<!\bso )\b(?:called|calls|described|describes|referred to|refers to|termed"
    r"|labell?ed|branded|dubbed)\b"
    r"(?: (?!(?:a|an|the)\b)[\w'’-]+| (?:a|an|the|his|her|their|its|this|that)\b){0,6}? (?:as )?$"
)
_CLOSING = re.compile(r"^[\s,.。，!！?？”\"’」』]+")  # a quotation's closing marks and stops
# what may stand between a caller's name and the verb: nothing, an adverb, an appositive set off by commas
_CALLER_BEFORE = re.compile(r"\s*(?:,[^,“”\"]{1,60},\s*)?(?:\w+ly\s+)?")
_OBJECT_OF = re.compile(r"\b(?:of|for|to|with|by|from|about|against|on)\s+(?:the\s+)?$|['’]s?\s+$")
# a title as news prints it before a name, cut short: Gov. Greg Abbott is "the governor"
_TITLE_SHORT = {
    "governor": "Gov",
    "senator": "Sen",
    "representative": "Rep",
    "lieutenant": "Lt",
    "sergeant": "Sgt",
    "captain": "Capt",
    "detective": "Det",
    "superintendent": "Supt",
    "general": "Gen",
    "colonel": "Col",
    "commander": "Cmdr",
    "inspector": "Insp",
    "attorney": "Atty",
    "professor": "Prof",
    "corporal": "Cpl",
}
NEAR = 200  # how far back from a speech verb its speaker is looked for when no quote is between
MAX_VERBS = 8  # speech verbs tried per sentence: a run-on "sentence" of thousands stays linear
# 表示 with a word of attitude ending the clause (表示充分认同。, 表示衷心感谢) says nothing in words
_ATTITUDE = (
    r"(?:(?:充分|高度|衷心|热烈|深切|诚挚|深深|非常|十分)的?)?(?:感谢|欢迎|祝贺|认同|赞同|赞赏|同意|理解|遗憾"
    r"|关注|慰问|哀悼|同情|肯定|支持|敬意|谢意)[。，,；;！!]"
)
# the words a reported speaker says follow a verb of speech; they may open with a Latin name (坦言 RFA
# 作为电台…, 表示iPhone 17…)
_LATIN_OPENING = r"\s?[A-Za-z][\w&.-]{0,15}(?: [A-Za-z][\w&.-]{0,15})?\s?[\u4e00-\u9fff]"
# 指 as Hong Kong's papers print "said": 林郑月娥指本港…, 离开会议厅时指,…, 又指… (not a word it starts or
# ends: 指出 is listed above, 指控, 指向, 手指, 所指, 意指)
_SAYS_ZHI = (
    r"(?<![手食中拇屈所意直遥剑矛之泛股被宪])指"
    r"(?![出向示标定控责挥导引南数甲令望纹针环明派称着摘证认使点名头尖日部])"
)
# 称,… or 称“…”; 林郑指,…
_SPEAKS = re.compile(rf"(?:{SPEECH_RE}|{_SAYS_ZHI}(?=\s*[:：,，]))\s*(?:[:：,，]|(?=[“「\"]))")
# hoping, urging and believing, their words right after them, when someone named or 他/她 does:
# 他希望来届议会有多元声音, 林健锋呼吁大家忍耐一下, 她觉得很离谱
_WISHES = (
    *("希望", "期望", "期许", "期待", "呼吁", "鼓励", "相信"),
    *("提醒", "觉得", "澄清", "承诺", "寄语", "提到"),
)
# those of them that tell what the subject holds or pledges, in a clause after a comma too (…,并承诺将…)
_AS_ASKED = re.compile(r"按照|根据|根據|依照|遵照|(?<![回響响反适適对對供答相])[应應]|因(?![此而为為])")
_TELLING_WISHES = ("承诺", "提到", "澄清", "相信", "觉得")
_QUOTE_MARK = re.compile(r"[“”「」\"]")
# the words that may stand between such a verb and who does it: 他也希望, 诚挚希望, 并特别提到
_WISH_ADVERBS = re.compile(r"(?:也|还|亦|则|又|更|并|同时|诚挚|特别|进一步|再次|就|都)*$")
_REPORTED = re.compile(
    # (not 有「街头小霸王」之称,为…: known as, no one speaking; 方励之表示 still speaks)
    rf"(?!(?<=之)[称说])(?:{SPEECH_RE})(?:道|(?<![说谈提])到)?\s*[:：,，]\s*(?=[^“”「」\"\s])"
    # told a paper's reporter: 麦美娟告诉记者,…; 曹晓京告诉《日本新华侨报》记者,…
    rf"|告诉(?:[^，,。：:“”「」]{{0,12}}?记者|媒体)\s*[:：,，]\s*(?=[^“”「」\"\s])"
    rf"|(?<![号堪名简自俗统之])(?:表示|称|透露|指出|强调|坦言|宣称|声称|解释|反驳|重申|笑说|笑言|(?<![者众友界人们,，])认为|(?<![者众友界人们,，的出])建议|(?<![所可称无何意])谓"
    # 曾国平要求各项目…, 形容自己上任是…, 潘九堂曾怀疑是… (形容情况是「走歪了」 quotes the words it gives)
    rf"|(?<![的照合出到被评击])要求(?!其)|(?<![的受遭到被])批评|(?<!给予)(?<!发出)警告|称赞|抨击"
    rf"|(?:致词|致辞)时首先"  # a speech's first words told without a comma: 洪胜信致词时首先欢迎吴新兴来访,…
    # 他要求,…, 钱峰要求,…: demands after a comma, when someone named or 他/她 makes them (not 按照…要求,)
    rf"|要求\s*[:：,，]\s*"
    rf"|(?:形容(?![了词])|怀疑)(?![^。，,「“]*[「“])"
    rf"|(?<=[他她])说(?![的明服法过了着起出道话谎清笑完好到成些])"
    rf"|(?:{'|'.join(_WISHES)})(?=[^了过着，,。：:“”「」\s]))"
    rf"(?![为之号作赞呼道权了])"
    rf"(?!{_ATTITUDE})(?=[\u4e00-\u9fff]|\d{{4}}年|{_LATIN_OPENING})"
    rf"|{_SAYS_ZHI}(?:\s*[:：,，]\s*(?=[^“”「」\"\s])|(?=[\u4e00-\u9fff]))"
    rf"|(?:提醒|呼吁)\s*[:：,，]\s*(?=[^“”「」\"\s])"  # 兰州警方提醒:…, 气象局提醒,…: the words follow
)
# a speech verb (and what it is about) and a comma right before the quote marks:
# 木原说,「与日本政府关系人士没有接触」, 协会谴责当局做法,「…」
# words quoted right after a verb of speech or of accusing and at most its object or 是: 表示「尊重」,
# 指控国民党立委陈玉珍「外套下只穿内衣」, 质疑是想「…」, 形容情况是「走歪了」, 答是「豆腐火腩饭」 (not a
# name given: 以下简称「公司」, 下称「恆越」, 俗称「…」; nor what is denied: 否认「被收购」, 回应网传「…」)
_TERM_SAID = re.compile(
    # 又称 is "also called" after a noun, but "went on to say" after a comma, as 又说 always is
    rf"(?<![简俗统通昵人堪名号被下])(?!(?<=[^,，]又)称)(?!否认)(?:{SPEECH_RE}|形容|(?<![回解])答|{_SAYS_ZHI})"
    rf"(?![^，,。；;：:“”「」\"\s]*(?:网传|传闻|传言|流传|谣言))[^，,。；;：:“”「」\"\s]{{0,8}}?$"
)
_TITLE_ONLY = re.compile(rf"(?:{TITLE_RE})")  # a title before a name: 议员谢伟俊
_TITLE_TAIL = re.compile(rf"(?:{TITLE_RE})$")  # a title ending what stands before a name: 民进党籍议员
# a title alone speaking, on an occasion perhaps: 特首在受访时(说), 主席也(表示)
_THAT_ONE = re.compile(r"(?:该|这位|此|那位)$")
_TITLE_SPEAKS = re.compile(
    rf"(?P<title>{TITLE_RE})(?:在[^，,。；;“”「」]{{1,20}}?时)?(?:也|还|则|又|更)?\s*$"
)
# a question put to someone, which their answer follows: 被问及…, 当被记者问到…
_ASKED_ABOUT = re.compile(r"(?:被|当被|在被)(?:记者|媒体)?(?:问及|问到|问起|询及|追问)")
# whom a warning or an appeal is for, before the colon that opens it: 提醒广大市民:
_HOPED_FOR = re.compile(
    r"(?:广大)?(?:市民|群众|公众|民众|游客|家长|居民|村民|网友|司机|驾驶人|乘客|消费者|业主|师生|学生|大家)"
    r"(?:们|朋友们?)?\s*[:：]\s*"
)
_SAID_THEN = re.compile(rf"(?:{SPEECH_RE})[^，,。；;：:“”「」]{{0,10}}[,，]\s*$")
# a news report relayed: 彭博社报道称, 据路透社报道, Reuters reported that
_REPORT_CUE = re.compile(r"(?:报道|报导)(?:称|说|指出)?\s*[,，:：]?\s*$|\breported(?: [\w ]{0,20})? that\s*$")
# a pronoun speaking early in a sentence: 而周六事件中,他解释…, 他同时表示
_PRONOUN_SAYS = re.compile(rf"(?:他|她)(?:同时|还|也|又|再|则|更|随后)?(?:{SPEECH_RE})")
_PRONOUN_AGAIN = re.compile(
    rf"[,，]\s*(?=(?:他|她)(?:同时|还|也|又|再|则|更|随后)?(?:{SPEECH_RE})"
    rf"|[\u4e00-\u9fff]{{2,4}}(?:同时|还|也|又|再|更)(?:{SPEECH_RE})[,，:：]"  # …,杨文科也说,…
    rf"|(?:另|又|亦|并|並|同时|同時)(?:指出|指|称|稱|表示|强调|強調|透露|说|說))"
)  # …,他同时表示,…; …,杨文科也说,…; …,另指警方呼籲…: the speaker starts again
# what after an organisation's name makes it the subject that speaks: 称, 方面, 等方面 (当地警方等方面称)
_SPEAKING_AS = re.compile(rf"(?:{SPEECH_RE})|等?方面|发言人|官方")
# a sentence opening with a news source relayed: 日本电视台最新报道,… / 另据日本共同社最新消息,…
_NEWS_RELAYED = re.compile(
    r"\s*(?:另据|据)?[^，,。；;“”]{2,20}?(?:最新)?(?:报道|报导|消息)(?:称|说|指)?[,，]"
)
# a sentence opening with a subject of its own before its speech verb: 台外交部则指出,…
_OWN_SUBJECT = re.compile(r"\s*[\u4e00-\u9fff]{2,10}?(?:则|也|还|亦|更|同时|随后)?$")
_WHOM = (
    r"(?: (?:me|us|him|her|them|reporters|journalists|investors|analysts|employees|staff|lawmakers|supporters"
    r"|(?:a|the) (?:[a-z]+ ){0,2}(?:meeting|briefing|conference|rally|hearing|session|gathering|forum"
    r"|court|jury|magistrate|tribunal|inquest|inquiry|committee|parliament|senate|assembly)"
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}))"  # "Marchiano told Lieb the building was…", told Reuters
)
# the day of the saying, as wire copy prints it right after the verb: "said Friday the officers…",
# "said on Tuesday there is no need…"
_SAID_WHEN = r"(?: (?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today))?"
_TOLD_WHOM = _WHOM + "?" + _SAID_WHEN
# a relative clause between a subject and its verb: "Stuart Grossman, who represents the parents, said"
_WHO_CLAUSE = re.compile(
    r",\s+(?:who|in (?:response|reply|answer) to|speaking (?:at|to|on|during)|addressing|responding to)\s"
    r"[^,;:]{2,100},\s*$"
)  # "the minister, in response to the question of one of the users, said": the minister speaks
# "… said that …" for any speech verb; "… said the …" / "told me she …" only for verbs of saying
# ("disclosed a 6% stake" discloses no words; "told a briefing" names whom, not what; "wrote an
# op-ed" a piece); "said journalist safety had been …": a short subject and its verb, without "that"
# (after "stressed", "argued", "insisted" only so: "stressed the importance of" stresses no words)
# words the sentence's subject says while doing what it tells: "X launched her bid, saying she'll fight…"
# ("…, Woodford said, adding that there was…"); "prompting Noda to say the payments could…": the one
# named just before says it
_SAYING = (
    r", (?:saying|adding|noting) (?:that )?(?=(?:the|he|she|they|we|I|it|his|her|their|there|this|a|an)\b)"
    r"|\bto say (?:that )?(?=(?:the|he|she|they|we|I|it|his|her|their|there|this|a|an)\b)"
)
# a clause's verb in the past: "said officers acted on information", "said investigators used DNA"
_PAST = (
    r"[a-z]{2,}ed|found|made|took|gave|saw|told|went|came|left|got|knew|thought|ran|kept|held|brought"
    r"|began|became|paid|met|lost|sent|spent|did"
)
# a clause whose subject is a name: "said Nepal would buy…", "said South Korea is still looking…", "said
# Sgt. Chris Ward died at a hospital"
_NAMED_SUBJECT = (
    r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.'’-]*(?:'s|’s)? ){1,3}"
    rf"(?:had|has|have|was|were|is|are|would|will|could|should|can|might|must|did|{_PAST})\b"
)
# a count opening the clause said: "said nine fire engines, one rescue unit … responded"
_COUNT = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions"
    r"|several|nearly|almost|more than|at least) "
)
# the verbs whose words follow whom they are told and a few words more (not the present tense: "Ford recalls
# 500,000 trucks that may roll away")
_SPEECH_BEFORE_WHOM = "|".join(v for v in EN_SPEECH if v not in EN_SPEECH_PRESENT)
_EN_REPORTED = re.compile(
    rf"\b(?:{_SPEECH_BEFORE_WHOM})\b{_TOLD_WHOM}(?: [\w'+&,-]+){{0,8}}? that "
    rf"|\b(?:{'|'.join(EN_SPEECH_PRESENT)}) that "
    rf"|\b(?:(?:said|says|added){_SAID_WHEN}|(?<=[Pp]olice )say|wrote(?! an? ){_TOLD_WHOM}"
    rf"|told{_WHOM}{_SAID_WHEN}) "
    rf"(?=(?:the|a|an|it|its|he|she|they|we|there|this|these|those|his|her|their|our|my)\b|\d|{_COUNT}"
    rf"|(?:(?!(?:to|for|in|on|at|of|with|by|about|goodbye|so|yes|sorry|thanks)\b)[a-z][\w'’-]* ){{1,3}}"
    rf"(?:of (?:the |a |an )?[a-z][\w'’-]* )?"  # "said members of the public should make a report"
    rf"(?:had|has|have|was|were|is|are|would|will|could|should|can|might|must|{_PAST})\b"
    rf"|{_NAMED_SUBJECT}"
    # a clause whose subject is a doing: "the governor said running for re-election is out of the question"
    rf"|[a-z]{{2,}}ing(?: [\w'’-]+){{0,4}} (?:is|was|would|will|has|had)\b)"
    rf"|\b(?:stressed|argued|insisted|maintained|confirm(?:s|ed)|note[sd]) "  # "confirms a solo responded"
    rf"(?=(?:(?!(?:but|and|or)\b)[a-z][\w'’-]* ){{1,3}}(?:had|has|have|was|were|is|are|would|will|{_PAST})\b"
    rf"|{_NAMED_SUBJECT})"  # "Governor Gordon noted Wyoming has historically been challenged"
    rf"|\b(?:announced|confirmed|stated|explained|warned|admitted|revealed){_SAID_WHEN} "
    rf"(?=(?:he|she|they|we|I|it) (?:had|has|have|was|were|is|are|would|will|could|did)\b)"
    rf"|{_SAYING}"
)
# right before a person given, invited or told something: 送给蒋万安, 送蔣萬安魚竿, 向李某, 對陳某, 会见…
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?= ))")  # Ojwang’s death, Pitts’ lawyer
_RELATIVE_CLAUSE = re.compile(r", (?:who|which|whose) ")
# an English name owning who speaks: "Pitts’ lawyer says", "Smith's spokesman said"
_OWNER_OF = re.compile(
    r"['’]s? (?:[a-z]+ ){0,2}(?:lawyer|attorney|spokesman|spokeswoman|spokesperson|wife"
    r"|husband|family|mother|father|son|daughter|office|campaign|representative)\b"
)
# a surname alone as a clause's subject, answering perhaps: 吴(形容), 李回应时则(指), 李反(指)
_SURNAME_CLAUSE = re.compile(
    r"(?P<surname>[\u4e00-\u9fff])(?:回应时|回應時|答问时|答問時|被问到时|被問到時)?(?:则|則|亦|也|又|再|反|更|还|還)?"
)
_SEMICOLON = re.compile("[;；]")
_QUOTE_ANNOUNCED = re.compile(r"[:：]\s*(?=[“「])")
_SAID_COLON = re.compile(rf"(?:{SPEECH_RE})\s*[:：]\s*$")  # 华春莹说:「…」
_LATIN_WORD = re.compile(r"[A-Za-z]+\b")
_LEADS_ON = re.compile(r"[,:]\s*$")  # said Jane Smith, “…
_TO_SOMEONE = frozenset({"told", "telling", "informed", "assured"})  # not "…,” wrote Jane Smith, “…”
_TITLES_ONLY = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}")  # said (District 1 Councilman) Bernal
_ASKED_IF = re.compile(r"\b(?:[Aa]sked|[Ww]ondered|[Qq]uestioned) (?:if|whether)\b")
# a sentence opening with the question put: whom it names asks nothing and answers nothing
_ASKED_OPENING = re.compile(
    r"\s*(?:(?:When|After being|Upon being|On being) )?[Aa]sked"
    r" (?:if|whether|about|how|why|what|when|who)\b[^,;.]*,"
)
_CLAUSE_OPENERS = set(",，、;；:：和与與及")  # before a name opening a clause (not after a verb)
_TO_WHOM = re.compile(r"(?:[给給向对對送邀帮幫陪]|跟|告诉|告訴|会见|會見|探望|拜访|拜訪|致电|致電)$")
# a sentence opening with the speaker as 他/她 (not 他们): the narrator's, nobody says 她 of herself
_NARRATED_PRONOUN = re.compile(r"[他她](?![们們])")
# …转发了顾一帆的截图，并写道： the one who wrote is the sentence's subject, not the last name
_AND_THEN = re.compile(r"(?:并|又|还|随后|随即)$")
# a sentence opening with its verb of speech, no subject, going on from the one before: 。并表示,…
# a notice quoted on, its issuer named before: 通报也称,…, 通报最后指出,…, 通报提到,…
_NOTICE = re.compile(r"\s*(?:该)?通报(?:中|也|还|最后|并)?")
_GOES_ON = re.compile(r"\s*(?:并|另|同时|也|亦|还)\s*")
# the host meeting a guest when speaking: 夏德仁…会见了…森民夫时说 (the host, the clause's subject, speaks)
_HOSTING = re.compile(r"(?:会见|接见|会晤|看望|慰问|拜会|宴请)[^，,。；;：:“”「」]{1,80}时(?:还|也|则|又)?$")
# a possessive inside a name found: no one's name (Puerto Rico’s House)
_POSSESSIVE = re.compile(r"['’]s\b")
# a capitalised word run into the front of a title: the Prime Minister, the Foreign Minister
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w-]* $")
# a person told by title (and what they head), just before the verb: "the chairman of the … body said",
# "The editor said", "The outgoing chief executive of BBC News has stressed"
_PREPOSITION_END = re.compile(r"\b(?:for|of|to|with|by|at|from|about|on|in|against|under|like)\s+$", re.I)
_DESCRIBED = re.compile(
    r"(?:\b[Tt]he|\b[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}['’]s) (?:[A-Za-z-]+ ){0,2}?"  # South Korea's new …
    r"(?P<title>(?i:chairman|chairwoman|chair|president|director|chief|head"
    r"|leader|minister|secretary|governor|mayor|editor|founder|spokesman|spokeswoman|spokesperson"
    r"|superintendent|commissioner|sheriff|judge|prosecutor|attorney|coach|manager|captain|senator"
    r"|ambassador|premier|chancellor|inspector|principal)"
    r"(?: executive| officer)?)(?: of [\w .,'’-]{2,70}?)?\s*(?:has |had )?$"
)
# a title as a sentence's subject, a surname before it at most, before the verb: 总统致词时, 何次长进一步
_TITLE_SUBJECT = re.compile(rf"\s*(?P<surname>[\u4e00-\u9fff])?(?P<title>{TITLE_RE})[\u4e00-\u9fff]{{0,6}}")
# a second attribution in an English sentence: "… said it could not confirm it but the BBC said …"
_SECOND_SAID = re.compile(
    r"(?:,?\s+(?:but|while|whereas)|,\s+and)\s+"
    r"(?=(?:the |its |a |an )?[\w'’. -]{1,40}?\s+(?:said|says|told|added)\b)"
)
# a transcript's turn: a paragraph opening with its speaker's name and a colon (刘建超:各位下午好!), ending as
# speech does (a headline 张建宗：港台警队关系「向前看」 does not)
_SPOKEN_END = re.compile(r"[。！？!?…:：][”」』\"]?\s*$")
_BARE_TURN_LABEL = re.compile(r"^\s*(?P<who>[^\s:：，,。、“”「」]{2,20}?)\s*[:：]\s*(?=\S)")
# 刘建超:…; with who they are before the name, as a TV report's transcript prints it (市民 刘女士:…, 党委委员
# 马艺玲:…; not a linked headline's 相关新闻 王毅:…)
_TURN_LABEL = re.compile(
    rf"^\s*(?:[^\s:：，,。、“”「」]{{0,22}}(?:{TITLE_RE}|[民员长者人师生官工友客司])[ \u3000]+)?"
    r"(?P<who>[^\s:：，,。、“”「」]{2,20}?)\s*[:：]\s*(?=\S)"
)
# who a transcript's turn is, in brackets after the part they play: 主持人(…宣教处处长杨正国)
_BRACKETED_NAME = re.compile(r"[（(]([^()（）]{2,18})[)）]$")
# a paragraph announcing a transcript (以下是记者会文字实录:, 以下是…答问内容:, 全文如下:): from there on,
# a labelled turn runs on over every paragraph to the next label
_TRANSCRIPT_INTRO = re.compile(
    r"(?:以下[是为]|下面是).{0,80}(?:实录|内容|全文|发言|答问|问答|讲话)[^。！？\n]{0,10}[:：]\s*$|(?:全文|实录)如下[:：]\s*$"
)
# who asks in a transcript: never the one answering, whoever holds the title
_ASKERS = {"记者", "主持人", "问", "编辑", "本报记者"}
# a pronoun opening a clause, standing for whoever spoke last: 其还补充解释到,…
# the same speaker going on with another verb of speech inside reported words: …,形容心情很轻松,指自己…;
# …感到伤心。他指,… (not a call or report that says it: 接获报案,指…; 接获电话,指出…)
_GOES_ON_SAYING = re.compile(
    r"(?<!报案|电话|来电|消息|投诉|报告|举报|通知|讯息|信息|文件|声明|公告|报道|来信)"
    r"(?:[,，;；]\s*|[。！？]\s*(?:他|她))(?:[又亦也还并更再续]|同时)?"
    rf"(?:{_SAYS_ZHI}|强调|形容|表示|指出|坦言|直言|透露|补充|重申|称)(?:说|道)?\s*[,，:：]?\s*"
)
# the same in English: "told the AP that four people were arrested but said she could not …"
_EN_GOES_ON_SAYING = re.compile(r",? (?:but|and) (?:also )?(?:said|added|noted|stressed) (?:that )?(?=[a-z])")
_ANNOUNCED = re.compile(r"[:：]\s*[\"“「]?$")  # X said: "…: the quotation a colon announces
# 其 (its, his) opening the words before a verb, after the matter spoken of at most: 对于自燃,其表示,…
_ITS = re.compile(r"\s*(?:(?:对于|关于|针对|至于)[^，,。；;“”「」]{1,20}[，,]\s*)?其(?:[还也又再则亦]|$)")
# a paragraph of prose running on an interview's answer (not a credit line or a dash's sign-off)
_ANSWER_GOES_ON = re.compile(r"^\s*(?![-–—(（*])\S.{40,}")
# a paragraph ending with someone appearing before the press, their answers in the next paragraphs
_PRESS_CONFERENCE_END = re.compile(
    r"(?:出席|参加|现身)了?(?:赛后|会后)?(?:新闻发布会|发布会|记者会|记者招待会)[。.]?\s*$"
)
# a paragraph ending with a verb of speech and a colon, its words in the next: "In a reply, she said:"
_INTRO_END = re.compile(
    rf"\b(?:said|says|wrote|added|told [\w ]{{2,20}}?)(?: in an? [\w -]{{2,30}})?\s*:\s*$"
    rf"|(?:{SPEECH_RE})\s*[:：]\s*$"
    r"|\b(?:released|issued|posted|sent) (?:a|an|the|this|his|her|their|its)\b[^.:;!?]{0,40}?"
    r"\b(?:statement|release|text|post|letter|message)\b[^.:;!?]{0,40}:\s*$"  # …released this statement:
    r"|\bin a (?:news |press )?(?:statement|release)\s*:\s*$"  # …addressed the layoffs in a news release:
)
# the first person, which an answer running on speaks in (the story told again after it does not)
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|we|our|us|My|We|Our)\b|我")
# an interview given, its interviewer named inside: 接受局长邓炳强访问时, 接受本报记者专访时
_INTERVIEWED = re.compile(
    r"接受[^，,。；;：:]{0,30}?(?:采访|访问|专访|访谈)(?:时|中)?\s*[,，]?\s*(?:就|则|亦|也|更)?$"
)
# an interview given, right after the name: 穆斯卡特接受了媒体的采访, 李四赛后接受专访
_GIVES_INTERVIEW = re.compile(
    r"(?:赛后|赛前|会后|日前|近日|昨天|昨日|今天|今日|当天)?接受(?:了)?[^，,。；;：:“”]{0,20}?(?:采访|访问|专访)"
)
_ANSWERS = ("回应", "回答", "答复", "回复", "答")
# a conjunction joining two subjects: 锤子科技以及罗永浩, A和B
# a matter spoken of opening just before a name, in the same clause: 就日本外相岸田文雄访华一事表示
_TOPIC_OPEN = re.compile(r"(?:就|对于|针对|关于)[^，,。；;：:“”「」]*$")
# a sentence opening with what it is about, up to its comma: 结合学习…陈吉宁书记…的讲话精神,他要求…
_FRAMED_OPENING = re.compile(
    r"\s*(?:结合|围绕|针对|关于|对于|就|根据|按照|聚焦|立足)[^，,。；;：:“”「」]*[，,]"
)
_JOINED_AFTER = re.compile(r"(?:以及|和|与|與|及|同|跟|、)")  # 王明与…: another beside the one named
_JOINED = re.compile(r"(?:以及|和|与|及|、| and )$")
# a word of speech used as a noun, issued, answered or received: 作出声明及谴责, 响应协会呼吁, 收到短信提醒
_ISSUED = re.compile(r"(?:作出|做出|发出|提出|响应|听从|遵照|不顾|无视|接到|收到|接获)[^，,。；;：:]{0,10}$")
_NOUN_SPEECH = ("呼吁", "谴责", "声明", "批评", "警告", "建议", "要求", "抗议", "提醒")
# 没有透露, 并未表示, 拒绝透露, did not say: words not said
_NEGATED = re.compile(r"(?:没有|没|未|不|拒绝|不愿|无可)$|\b(?:not|never|declined to|refused to)\s*$")
_ORG_SPOKESPERSON = re.compile(
    r"\b[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}(?:['’]s)? spokes(?:person|man|woman)\b"
)
# the agent of a passive, just before a name: "was rejected by "
_BY_AGENT = re.compile(r"\b(?:was|were|been|is|are)\s+\w+ed\s+by\s+$")
# a sentence opening with whom its subject is compared to (同队友武大靖和范可新不同,任子威…: 任子威
# speaks), or with the reporters' credit
_SUBJECTLESS_OPENING = re.compile(
    r"\s*(?:同|与|與|和|跟)[^，,。；;：:“”]{1,24}?(?:不同|相比|一样|一樣)[,，]"
    r"|[^。；;“”]{0,40}?记者[^。；;“”]{2,30}?(?:报道|报导)\s*[:：]"  # 本报讯 记者唐天才、特约记者程舢报道:…
)
# someone cited by whoever speaks (正如李强总理所说,…): the speaker's words go on after, not the one cited's
_CITED = re.compile(r"\s*(?:正如|如同|就像)[^，,。；;“”]{1,16}?所(?:说|言|讲)[,，]")
# an organisation named as someone's employer, right before its name: "an analyst at "
_EMPLOYER_OF = re.compile(r"\b(?:at|of|for|with|from)\s+(?:the\s+)?$")
# the words after a verb of saying that are what was said: "Dougherty said it could be …"
_CLAUSE_AFTER = (
    r" (?:that|it|he|she|they|we|I|there)\b"
    r"| (?:the|a|an|his|her|their) [\w'’-]+(?: [\w'’-]+)? (?:had|has|have|was|were|is|are|would|will)\b"
)
# a closing attribution: "…, the company said." / "…, the group announced after the close of trading."
# …, U.N. spokesman Ahmad Fawzi told a U.N. briefing, but … (a clause of the narrator's after it)
_EN_SAID_AFTER = re.compile(
    r",\s*(?P<who>(?:the|its|a|an) [\w ,.'’-]{2,50}?|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?: police)?"
    r"|he|she|police"
    r"|(?:[A-Z][\w.'’-]* )?[a-z]+(?: [a-z]+)? [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})"
    r"\s+(?:said|says|added|announced|reported|confirmed|told [\w .]{2,24}?)(?!" + _CLAUSE_AFTER + r")"
    r"(?: [\w ]{0,60})?"
    r"(?:\.\s*$|,\s+(?:but|while|although|though|and)\b)"
)
# the same, inverted: "…, said City Manager Robert Hanna." / "…, said Lt. Col. J. S. Brar, an army spokesman."
_NAME_WORDS = r"(?:[A-Z][\w.'’-]*|and|of|for)(?:,? (?:[A-Z][\w.'’-]*|and|of|for)){0,8}"
# and "…, according to Edson." / "…, according to Edson, and …" / "…, according to … Station officials."
# a public body's name, after "the" (no comma before "according to" needs one: …died according to the McHenry
# County Sheriff’s Office; not "rose 6 percent according to the Consumer Price Index")
_BODY_NAME = (
    r"(?:[A-Z][\w.'’-]* ){0,5}(?:Office|Department|Police|Administration|Agency|Service|Patrol|Bureau"
    r"|Commission|Ministry|Council|Court)\b"
)
_EN_SAID_BY = re.compile(
    r"(?:,\s*(?:said|says|added|according to)\s+|\s(?=according to [Tt]he " + _BODY_NAME + r"))"
    r"(?:according to\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    rf"(?P<who>(?:the |an? )?{_NAME_WORDS}|the [a-z]+(?:['’]s)?(?: [a-z]+){{0,2}})(?: \([^()]{{1,20}}\))?"
    r"(?: (?:officials|authorities|spokes(?:man|woman|person)|statement|news release|press release))?"
    r"(?:, (?:(?:an?|the) )?[a-z][^.;:“”\"]{2,60})?(?:\.?\s*$|(?=,\s+(?:but|and|while)\b))"
)
# a wire's dateline opening the sentence, which no one says: "PUTRAJAYA: …", "SEOUL, June 27 (UPI) -- …",
# "MONTGOMERY, Ala. — …" (a state's abbreviation after the place)
_DATELINE_OPENING = re.compile(
    r"[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}|,\s*[A-Z][a-z]{0,4}\.(?: ?[A-Z][a-z]{0,3}\.)?)?"
    r"(?:\s*\([A-Za-z]+\))?\s*(?:[:—–]|--?)\s+"
)
# a sentence opening with its source: "According to IPOA, 18 people have died…"
_ACCORDING = re.compile(
    r"\s*(?:But |And )?[Aa]ccording to (?P<who>[^,;:“”\"]{2,60}?)"
    r"(?:,\s+(?:an?|the) [^,;:“”\"]{2,80})?,\s+(?=[\w“\"])"  # According to Sgt. X, a spokesman for …, …
)
_ON_BEHALF = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative|statement) (?:for|of|at|from) ", re.I
)
RUMOUR = re.compile(r"(网络流传|网传|传闻|传言|据传|流传|有消息称|谣言|rumou?rs?|reports? that)")
DENIAL = re.compile(
    r"(没有|不实|否认|并未|不存在|从未|猜测|揣测|not true|denied|den(y|ies)|no plans?|speculation)", re.I
)
# a report relayed by a closing attribution: "…, the Financial Times reported."
_REPORTED_AFTER = re.compile(r",\s*[^,.]{1,50}?\breported\b")
_PRONOUNS = re.compile(r"(他们|他|她|\b[Hh]e\b|\b[Ss]he\b|\b[Tt]hey\b)")
_UNNAMED = re.compile(
    r"(?:人士|知情人|知情者|消息源|网友|内部人|员工们?|众人都?|大家都?|(?:一位|一名|多位|多名|有)[^，,。“”]{0,16}?"
    r"(?:投资人|人|者|员)|\bpeople\b[\w ]{0,30}|\bsources?\b[\w ]{0,30})"
    r"(?:[^，,。.\w]{0,2}|在[^，,。]{0,10}|(?:则|也|还|亦)?(?:向|对|跟|告诉)[^，,。“”]{1,8})\s*$"
)
# a sentence opened by someone unnamed: 一名家住定海…的市民, 一位村民, 有网友
_UNNAMED_OPENING = re.compile(
    r"\s*(?:一名|一位|一个|有位|有名|有)[^，,。“”「」]{0,20}?"
    r"(?:市民|居民|村民|网友|網友|网民|群众|游客|乘客|家长|學生|学生|业主|業主|司机|司機|患者|女子|男子|老人|妇女)"
)
_UNNAMED_CLAUSE = re.compile(r"[，,]" + _UNNAMED_OPENING.pattern)
# the last words of an organisation's name after "the", just before its verb: The sheriff’s office (said)
_THE_TAIL = re.compile(
    r"\b[Tt]he (?P<tail>(?:[\w’'-]+ ){0,2}[\w’'-]+)\s*$"
    r"|(?:^|(?<=[.!?] ))(?P<police>(?:State )?[Pp]olice)\s*$"  # "State police say": the one police
    # the officers of the one force the story names: "…, police say", "Deputies say", "Troopers said"
    r"|(?:^|(?<=[.!?,] )|(?<=\n))(?P<force>[Pp]olice|[Dd]eputies|[Tt]roopers|[Oo]fficers|[Dd]etectives)"
    r"(?: (?:also|later|have|had))?\s*$"
)
# the name of a police force, a sheriff's office or a highway patrol (the one whose officers speak)
_FORCE_NAME = re.compile(
    r"\b(?:[Pp]olice|Sheriff['’]s (?:Office|Department)|Patrol|State Troopers|Constabulary)\b"
)
# who did the asking, in a clause whose preposition is left before the verb of the one who answered: "The
# deputy WTAP spoke to says" (not "Jane Roe spoke to reporters and said")
_SPOKE_TO = re.compile(r" (?:spoke|talked) (?:to|with) (?:says|said|say|told|added)\b")
# an answer not waited for after a question quoted: “…?”不等杨德兵回答,…: the one named does not answer
_NOT_WAITING = re.compile(r"\s*(?:不等|没等|未等|不待)")
_UNWAITED = re.compile(r"(?:不等|没等|未等|不待)[^,，。]{0,6}$")  # 不等杨德兵回答,…: no answer given
_OUTLET_PRONOUNS = ("该媒体", "該媒體", "该报", "該報")


_OUTLET_END = re.compile(r"(?:报|報|社|台|网|網|媒体|媒體|新闻|新聞)$")
_ORG_PRONOUNS = re.compile(
    r"(该公司|该集团|公司方面|官方|电视台|该台|台方|该媒体|該媒體|该报|該報"
    r"|\b[Tt]he (?:[\w.,'’-]+ ){0,3}?(?:[Cc]ompany|chipmaker|carmaker|automaker"
    r"|firm|lender|retailer|insurer|airline|startup|maker|group|bank|agency)\b(?!['’]s))"
)
_BRACKETED_END = re.compile(r"[(（](?P<tr>[^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]\s*$")
_FOLLOWING_TRANSLATION = re.compile(r"\s*[(（](?P<tr>[^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]")
_FOLLOWING_ORIGINAL = re.compile(
    r"\s*[(（][^()（）“”\"]{0,12}?[:：]?\s*[“\"](?P<tr>[^“”\"]*[A-Za-z][^“”\"]*)[”\"]\s*[)）]"
)


@dataclass
class Found:
    """A quote as found: who, how, the text's span, its translation, and the sentence around it."""

    speaker: Entity | None
    kind: str
    text: Span
    translation: Span | None
    sentence: Span
    block: Span


@dataclass
class ClaimFound:
    """Words in quote marks reported as a rumour, and the quote that denies it (if any)."""

    text: Span
    cue: str
    denied_by: Found | None = None


@dataclass
class Quotes:
    """Everything quoted in an article."""

    quotes: list[Found] = field(default_factory=list)
    claims: list[ClaimFound] = field(default_factory=list)
    subjects: dict[int, Entity] = field(default_factory=dict)


class _Said(Protocol):
    """A verb of speech found: a pattern's match, or the parser's."""

    def start(self) -> int: ...

    def end(self) -> int: ...

    def group(self) -> str: ...


@dataclass(frozen=True)
class _ParsedSpeech:
    """A verb of speech the parser found, standing where a pattern's match would: from the verb to
    the start of the clause it says."""

    body: str
    verb: int
    clause: int

    def start(self) -> int:
        return self.verb

    def end(self) -> int:
        return self.clause

    def group(self) -> str:
        return self.body[self.verb : self.clause]


class QuoteFinder:
    """Walks blocks (paragraphs, briefs) sentence by sentence, keeping track of the subject."""

    def __init__(self, body: str, registry: Registry, own_voice: bool = False) -> None:
        self.body, self.registry, self.own_voice = body, registry, own_voice
        self.mentions = sorted(
            ((m, e) for e in registry.entities.values() for m in e.mentions), key=lambda me: me[0].start
        )
        self.mention_starts = [m.start for m, _ in self.mentions]
        self.subject: Entity | None = None
        self.org_subject: Entity | None = None
        self.interviewee: Entity | None = None
        self.sentence_subject: Entity | None = None  # of the sentence being read (并写道 speaks for it)
        self.sentences: list[Span] = []  # of the block being read, once (a block may have thousands)
        self.sentence_starts: list[int] = []
        self.introducing: Entity | None = None  # who a block ending "…, she said:" has speak next
        self.introduced: Entity | None = None
        self.answering: Entity | None = None  # the interviewee whose answer (A: …) may run on
        self.pressing: Entity | None = None  # who appeared before the press, answering in later paragraphs
        self.transcript = False  # past a paragraph announcing a transcript
        self.left_open: Found | None = None  # a quotation the previous block left open (no closing mark)
        self.opened_with: Found | None = None  # the attributed quotation the previous block opened with
        self.block_starts: tuple[int | None, int | None] = (None, None)  # the previous block's and this one's
        self.forms: dict[str, Entity] | None = None  # every name of every entity, by name
        self.english: bool | None = None  # whether the article is in English, once asked
        self.unattributed: list[Found] = []  # quoted paragraphs nobody was found to say
        self.out = Quotes()

    def run(
        self, blocks: list[Span], fresh_subject: set[int], letters: Sequence[tuple[Span, Span]] = ()
    ) -> Quotes:
        """Quotes of every block; blocks whose start is in fresh_subject forget the previous subject.
        A letter printed in full is one quote of whoever the paragraph introducing it is about."""
        introduced = {intro.start: letter for intro, letter in letters}
        in_letters = Regions((letter.start, letter.end, "") for _, letter in letters)
        for block in blocks:
            if in_letters.inside(block.start):
                continue
            if block.start in fresh_subject:
                self.subject = self.org_subject = None
            self._block(block)
            letter = introduced.get(block.start)
            author = self._author(block) if letter is not None else None
            if letter is not None and author is not None:
                self.out.quotes.append(Found(author, "direct", letter, None, block, block))
        self._lone_speakers_words()
        self._reports_denied()
        return self.out

    def _lone_speakers_words(self) -> None:
        """Quoted paragraphs attributed to nobody, in a story where one person alone speaks: theirs
        ("Persons need to come forward."¶The police spokesperson Roland Cobbler wants people to…)."""
        speakers = {q.speaker.key: q.speaker for q in self.out.quotes if q.speaker is not None}
        if not self.unattributed or len(speakers) > 1:
            return
        speaker, after = (next(iter(speakers.values())), 0) if speakers else self._interviewed_alone()
        if speaker is None or speaker.kind != "person":
            return
        self.out.quotes.extend(replace(q, speaker=speaker) for q in self.unattributed if q.text.start > after)
        self.out.quotes.sort(key=lambda q: q.text.start)

    def _interviewed_alone(self) -> tuple[Entity | None, int]:
        """The one person the story says was interviewed (赛后,海港主帅穆斯卡特接受了媒体的采访), and where
        it says so: the quoted paragraphs after it, under topic lines, are theirs when nobody else speaks."""
        interviewed: dict[str, tuple[Entity, int]] = {}
        for e in self.registry.persons():
            for name in {e.name, *e.short_forms}:
                m = re.search(re.escape(name) + _GIVES_INTERVIEW.pattern, self.body)
                if m is not None:
                    interviewed.setdefault(e.key, (e, m.end()))
        return next(iter(interviewed.values())) if len(interviewed) == 1 else (None, 0)

    def _author(self, intro: Span) -> Entity | None:
        """Whose letter or statement is printed in full: the person its introduction names, else
        the one the article names most ("Full statement here:" after a paragraph on someone else)."""
        named = next((e for _, e in self._mentions_in(intro.start, intro.end) if e.kind == "person"), None)
        people = [e for e in self.registry.persons() if e.mentions]
        return named or max(people, key=lambda e: len(e.mentions), default=None) or self.subject

    def _reports_denied(self) -> None:
        """A report relayed (彭博社报道称,…; Reuters reported that …) and then denied in the same
        paragraph (…表示,报道不实; the regulator denied it) is a claim, not someone's words."""
        untrue: list[int] | None = None  # where a sentence calls a report untrue: found once, if needed
        for found in list(self.out.quotes):
            closing = found.kind == "reported" and _REPORTED_AFTER.match(self.body, found.text.end)
            if found.kind != "reported" or not (
                closing or _REPORT_CUE.search(self.body, max(0, found.text.start - 16), found.text.start)
            ):
                continue
            after = self.body[found.text.end : found.block.end]
            if closing:  # "…, the FT reported." and, in a later paragraph, "… the FT report as speculation"
                untrue = _report_called_untrue(self.body) if untrue is None else untrue
                if bisect.bisect_left(untrue, found.block.end) < len(untrue):
                    after += " speculation"
            denial = next(
                (
                    q
                    for q in self.out.quotes
                    if q is not found
                    and q.block.start == found.block.start
                    and q.text.start >= found.text.end
                    and DENIAL.search(q.text.text)
                ),
                None,
            )
            if denial is None and not DENIAL.search(after):
                continue
            self.out.quotes.remove(found)
            self.out.claims.append(ClaimFound(found.text, "report", denial))

    def _block(self, block: Span) -> None:
        self.block_starts = (self.block_starts[1], block.start)
        turn = INTERVIEW_TURN.match(block.text)
        if turn:
            self._interview_turn(block, turn)
            return
        label = _TURN_LABEL.match(block.text) if _SPOKEN_END.search(block.text) else None  # not a headline
        speaker = self._labelled(label.group("who")) if label else None
        if (
            self.answering is not None
            and speaker is None
            and (
                (self.transcript and not _BARE_TURN_LABEL.match(block.text))
                or (_ANSWER_GOES_ON.match(block.text) and _FIRST_PERSON.search(block.text))
            )
        ):
            self._answer(block, block.start, self.answering)  # A: … runs on over paragraphs to the next Q:
            return
        self.answering = None
        if self._pressed_on(block, speaker):
            return
        self.transcript = self.transcript or bool(_TRANSCRIPT_INTRO.search(block.text))
        bite = SOUNDBITE.match(block.text)
        if bite:
            self._soundbite(block, bite)
            return
        post = EMBEDDED_POST.match(block.text)
        if post:
            self._embedded_post(block, post)
            return
        if label is not None and speaker is not None:  # 刘建超:各位下午好!… — a transcript's turn
            self.answering = speaker
            self._answer(block, block.start + label.end(), speaker)
            return
        self.introduced, self.introducing = self.introducing, None
        resume, found_before = block.start, len(self.out.quotes)
        self.sentences = sentences(block)
        self.sentence_starts = [x.start for x in self.sentences]
        for sentence in self.sentences:
            if sentence.start < resume:
                continue
            regions = Regions(quote_regions(sentence.text, sentence.start))
            first = self.sentence_subject = self._first_mention(sentence, regions)
            before = len(self.out.quotes)
            reported_end = self._reported(block, sentence, regions)
            if reported_end is not None:
                told = self.out.quotes[before:]
                del self.out.quotes[before:]
                for start, end, _mark in regions:  # “…,” he said, adding that …: the quotation first
                    if told and end <= told[0].text.start and self._announced_first(sentence, start, end):
                        self._direct(block, sentence, regions, start, end)
                self.out.quotes += told
                for start, end, _mark in regions:  # …宣稱,…,華春瑩說:「…」: quoted after the reported words
                    if start >= reported_end:
                        self._direct(block, sentence, regions, start, end)
                # the one who speaks is the sentence's subject, though another is named first
                # (Commenting on Mr. Green’s work, the Prime Minister noted that …)
                speaker = told[0].speaker if told else None
                if _CITED.match(self.body, sentence.start):
                    speaker = first = None  # the one who cites goes on being the subject
                self._remember(
                    sentence, speaker if speaker is not None and speaker.kind == "person" else first
                )
                resume = reported_end
                continue
            for start, end, _mark in regions:
                self._direct(block, sentence, regions, start, end)
            # “…,” the Regional Minister alleged.¶“…,” he told…: the one who just spoke is "he"
            # When asked if bringing Saviour Gama…, the coach said, “…”: the coach, not Gama
            spoke = next((q.speaker for q in self.out.quotes[before:] if q.speaker is not None), None)
            person_spoke = spoke is not None and spoke.kind == "person"
            self._remember(sentence, spoke if person_spoke else first or spoke)
        intro = _INTRO_END.search(block.text)
        if intro is not None and self.sentences:
            at = block.start + intro.start()
            self.introducing = self._speaker_before(self.sentences[-1].start, at, Regions([])) or self.subject
        presser = _PRESS_CONFERENCE_END.search(block.text)
        if presser is not None and self.sentences and len(self.out.quotes) == found_before:
            # 广州队主教练刘智宇出席了新闻发布会。¶很遗憾,…我们…: his answers, unmarked, run on after it
            at = block.start + presser.start()
            self.pressing = self._speaker_before(self.sentences[-1].start, at, Regions([]))
        last = self.out.quotes[-1] if len(self.out.quotes) > found_before else None
        first_found = self.out.quotes[found_before] if last is not None else None
        self.opened_with = first_found if self._opens_with_words(block, first_found) else None
        self.left_open = (
            last
            if last is not None
            and last.kind == "direct"
            and last.text.end == block.end
            and self.body[block.end - 1] not in '”」』"'
            else None
        )

    def _pressed_on(self, block: Span, labelled: Entity | None) -> bool:
        """After "X出席了新闻发布会。", X's answers printed without marks: each paragraph in the first
        person is X's, until one quotes or names someone."""
        if self.pressing is None:
            return False
        others = [e for _, e in self._mentions_in(block.start, block.end) if e.kind == "person"]
        if labelled is not None or any(ch in block.text for ch in '“”「」"') or others:
            self.pressing = None
            return False
        if len(block.text) < 15 or not _FIRST_PERSON.search(block.text):
            return False
        self._answer(block, block.start, self.pressing)
        return True

    def _interview_turn(self, block: Span, turn: re.Match) -> None:
        """问：… is the outlet asking; 答：… is the person interviewed (the one named just before the
        first question) answering, in their own words."""
        if turn.group("who") in ("问", "Q"):
            self.interviewee = self.interviewee or self.subject
            self.answering = None
            return
        self.answering = self.interviewee or self.subject
        if self.answering is not None:
            self._answer(block, block.start + turn.end(), self.answering)

    def _answer(self, block: Span, start: int, speaker: Entity) -> None:
        """The interviewee's words, from `start` to the end of the block, inside the quote marks that
        hold them all (屏東縣長 周春米:「…」: the words, not their marks)."""
        end = start + len(self.body[start : block.end].rstrip())
        regions = quote_regions(self.body[start:end], start)
        if len(regions) == 1 and regions[0][0] == start and regions[0][1] == end:
            start, end = start + 1, end - 1
        if start < end:
            span = Span(start, end, self.body[start:end])
            self.out.quotes.append(Found(speaker, "direct", span, None, block, block))

    def _labelled(self, who: str) -> Entity | None:
        """The person a transcript's turn is labelled with (刘建超:, 劉慧卿:), by any name the article
        gives them."""
        if self.forms is None:  # built once, at the first labelled paragraph (no name is added after)
            self.forms = self.registry.forms()
        entity = self.forms.get(who)
        bracketed = _BRACKETED_NAME.search(who)
        if entity is None and bracketed is not None:  # 主持人(省生态环境厅宣教处处长杨正国):
            inner = bracketed.group(1)
            entity = next(
                (e for f, e in self.forms.items() if e.kind == "person" and inner.endswith(f)), None
            )
        if entity is None and who not in _ASKERS:  # 行政长官: — the one person the article gives that title
            holders = [
                e
                for e in self.registry.persons()
                if any(title == who for title, _, _ in e.roles) or who + e.name in self.body
            ]
            entity = holders[0] if len(holders) == 1 else None
        return entity if entity is not None and entity.kind == "person" else None

    def _soundbite(self, block: Span, bite: re.Match) -> None:
        """【同期】董事会秘书 葛蕾：… — the person named before the colon, in their own words."""
        speaker = self._speaker_before(block.start, block.start + bite.end(), Regions([]))
        start = block.start + bite.end()
        text = self.body[start : block.end].rstrip()
        if speaker is not None and text:
            self.out.quotes.append(
                Found(speaker, "direct", Span(start, start + len(text), text), None, block, block)
            )
            if speaker.kind == "person":
                self.subject = speaker

    def _embedded_post(self, block: Span, post: re.Match) -> None:
        """A post embedded in the story: its words are its poster's own, and the story's subject stays whom
        the story was telling of ("…,” he said after Trevor Terfloth's tweet is still the fire chief's)."""
        who = self._speaker_before(
            block.start + post.start("who"), block.start + post.end("who"), Regions([])
        )
        start, end = block.start + post.start("words"), block.start + post.end("words")
        if who is not None:
            text = Span(start, end, self.body[start:end])
            self.out.quotes.append(Found(who, "direct", text, None, block, block))

    def _remember(self, sentence: Span, first: Entity | None) -> None:
        if first is not None and first.kind == "person":
            self.subject = first
        elif first is not None:
            self.org_subject = first
        if self.subject is not None:
            self.out.subjects[sentence.start] = self.subject

    # --- speakers ------------------------------------------------------------------------------

    def _mentions_in(self, start: int, end: int) -> list:
        """The (mention, entity) pairs starting in [start, end), in order."""
        return self.mentions[
            bisect.bisect_left(self.mention_starts, start) : bisect.bisect_left(self.mention_starts, end)
        ]

    def _first_mention(self, sentence: Span, regions) -> Entity | None:
        """The sentence's subject: its first person named outside quotes (a pronoun before it
        keeps the previous subject), or the agent of a passive ("…was rejected by Weyrauch.");
        else its first organisation."""
        opening = _SUBJECTLESS_OPENING.match(self.body, sentence.start, sentence.end)
        if opening is not None:  # 同队友武大靖和范可新不同,…; 本报讯 记者…报道:…: whom it names is no subject
            sentence = Span(opening.end(), sentence.end, "")
        mentions = [
            (m, e) for m, e in self._mentions_in(sentence.start, sentence.end) if not regions.inside(m.start)
        ]
        agent = next(
            (
                e
                for m, e in mentions
                if e.kind == "person"
                and _BY_AGENT.search(self.body, max(sentence.start, m.start - 40), m.start)
            ),
            None,
        )
        if agent is not None:
            return agent
        orgs = []
        for m, e in self._mentions_in(sentence.start, sentence.end):
            if not regions.inside(m.start):
                if e.kind == "org":
                    orgs.append(e)
                    continue
                pronoun = any(
                    not regions.inside(p.start())
                    for p in _PRONOUNS.finditer(self.body, sentence.start, m.start)
                )
                return self.subject if pronoun and self.subject else e
        return orgs[0] if orgs else None

    def _speaker_after(self, start: int, end: int, regions) -> Entity | None:
        """Who is named first in the attribution after a quote ("…," Rachel Kim, an analyst at
        Northgate Research, told me), or what a pronoun there points to."""
        if _UNNAMED.search(self.body, start, end) or self._unnamed_opens(start, end):
            return None
        named = [(m, e) for m, e in self._mentions_in(start, end) if not regions.inside(m.start)]
        for i, (m, e) in enumerate(named):
            if self._spoken_to(m, e):
                continue
            later = named[i + 1] if i + 1 < len(named) else None
            if (
                e.kind == "org"
                and later is not None
                and later[1].kind == "person"
                and later[0].start - m.end < 30
            ):
                return later[1]  # "…," Warren Police Commissioner Bill Dwyer said: the officer speaks
            if (
                later is not None
                and later[1].kind == "person"
                and self.body.startswith("的", m.end)
                and later[0].start - m.end <= 6
            ):
                return later[1]  # “…”刁友生的老伴凌秀珍说: the wife speaks, not the one she is married to
            return e
        titled = _EN_AFTER.match(self.body[start:end])  # "…," the judge said: the one judge named
        if titled is not None and titled.group("who"):
            who_end = start + titled.end("who") + 1
            described = self._described(start, who_end) or self._org_by_tail(start, who_end)
            if described is not None:
                return described  # …, the department reported: the one department named
        return self._speaker_before(start, end, regions)

    def _named_after_verb(self, said_at: int, start: int) -> Entity | None:
        """The one person named between an English verb of speech and the quote it leads to: “…,” said
        Jane Smith, “…” (the second part of a quotation split by its attribution)."""
        verb = _LATIN_WORD.match(self.body, said_at, start)
        if verb is None or verb.group() in _TO_SOMEONE or not _LEADS_ON.search(self.body, verb.end(), start):
            return None  # "The judge told John Doe, “…”": the one told says nothing
        mentions = self._mentions_in(verb.end(), start)
        if not mentions or not _TITLES_ONLY.fullmatch(self.body, verb.end(), mentions[0][0].start):
            return None  # "…said of Jane Smith: “…”", "said to Doe, “…”": the name is no subject
        named = [
            e for m, e in mentions if e.kind == "person" and not _POSSESSIVE_AFTER.match(self.body, m.end)
        ]
        return named[0] if len({e.key for e in named}) == 1 else None

    def _unnamed_opens(self, start: int, end: int) -> bool:
        """True when someone unnamed opens the stretch or a clause of it, nobody named after them but
        whom they tell (一名…市民在电话里向侯富光反映道)."""
        opening = _UNNAMED_OPENING.match(self.body, start, end) or _UNNAMED_CLAUSE.search(
            self.body, start, end
        )
        return opening is not None and all(
            _TO_WHOM.search(self.body, opening.end(), m.start)
            for m, _ in self._mentions_in(opening.end(), end)
        )

    def _spoken_to(self, mention: Span, entity: Entity) -> bool:
        """A name that is not who speaks: a publication's in 《》, an organisation spoken to (她对《远岸周刊》
        说, 向媒体表示), or the outlet who did the speaking to ("The deputy WTAP spoke to says")."""
        before = self.body[max(0, mention.start - 2) : mention.start]
        return (
            before.endswith("《")
            or (entity.kind == "org" and before[-1:] in ("对", "向", "跟"))
            or bool(_SPOKE_TO.match(self.body, mention.end))
        )

    def _speaker_before(self, start: int, end: int, regions) -> Entity | None:
        """The entity named last in [start, end) (outside quotes), or what a pronoun points to;
        nobody when unnamed sources speak (接近云帆的人士表示, people familiar with the matter said)."""
        if _UNNAMED.search(self.body, start, end):
            return None
        if self._unnamed_opens(start, end):
            return None  # 一名家住定海…的市民打来电话:“…”: someone unnamed speaks, not the place
        interview = _INTERVIEWED.search(self.body, start, end)
        if interview is not None and self._mentions_in(start, interview.start()):
            end = interview.start()  # 处长张国财接受局长邓炳强访问时表示: the one interviewed speaks
        if _ITS.match(self.body, start, end):
            return self.out.quotes[-1].speaker if self.out.quotes else self.subject
        if _NARRATED_PRONOUN.match(self.body, start):
            referent = self._pronoun_before_objects(start, end)
            if referent is not None:
                return referent
        best, best_at, person = None, -1, None
        described = _apposition(self.body, start)  # Rob Jones, executive director of …, said
        asked = _ASKED_OPENING.match(self.body, start, end)
        for m, e in self._mentions_in(asked.end() if asked else start, end):
            if not regions.inside(m.start) and m.start >= best_at and not self._spoken_to(m, e):
                if m.start == best_at and e.kind == "org":
                    continue
                if person is not None and e.kind == "person" and _TO_WHOM.search(self.body, start, m.start):
                    continue  # 王世坚送给蒋万安…,要求…, 她向李某表示: who is given or told does not speak
                if best is not None and self._not_the_subject(m, start):
                    continue  # "Ruto … ordered a probe into Ojwang’s death and pledged that": Ruto pledged
                if e.kind == "person" and _OWNER_OF.match(self.body, m.end):
                    continue  # "Pitts’ lawyer says": the lawyer speaks, not Pitts
                if e.kind == "org" and person is not None and _EMPLOYER_OF.search(self.body, start, m.start):
                    continue  # Jonas Pfleiderer, an analyst at Bankhaus Reichle, described…
                if e.kind == "org" and person is not None and self._bracketed(m):
                    continue  # Oscar Albayalde, head of the Philippine National Police ( PNP) on Monday said
                if e.kind == "org" and person is not None and described and m.start < described[1]:
                    continue  # Rob Jones, executive director of … group Groundwork RVA and a …, said
                if e.kind == "org" and person is not None and self._inside_object(m):
                    continue  # 总裁卢伟冰看完苹果发表会,在微博发文表示: what the person saw, not who speaks
                if best is not None and _TOPIC_OPEN.search(self.body, max(start, m.start - 30), m.start):
                    continue  # 何振良…就日本外相岸田文雄访华一事表示: the matter spoken of, not who speaks
                best, best_at = e, m.start
                person = e if e.kind == "person" else person
        best = self._first_of_joint(best, best_at, start)
        if best is None:
            best = self._title_holder(start, end)
        for regex, target in ((_PRONOUNS, "person"), (_ORG_PRONOUNS, "org")):
            pronoun = None
            for p in regex.finditer(self.body, start, end):
                if not regions.inside(p.start()) and not (described and p.start() < described[1]):
                    pronoun = p  # (not "group" in Rob Jones, … of the … group Groundwork RVA…, said)
            if pronoun is not None and pronoun.start() > best_at:
                framed = _FRAMED_OPENING.match(self.body, start, pronoun.start())
                if best is not None and best.kind == target and not (framed and best_at < framed.end()):
                    return best  # (结合…陈吉宁书记…的讲话精神,他要求: the one named is the matter, not 他)
                if target == "org" and pronoun.group() in _OUTLET_PRONOUNS:
                    return self._last_outlet(pronoun.start())  # none named: nobody known speaks
                if pronoun.group() in ("他们", "They", "they"):
                    return None  # 乡亲们…。他们说,…; "Police confirm…. They said…": many speak, none named
                return self.subject if target == "person" else self._main_org()
        return best

    def _last_outlet(self, before: int) -> Entity | None:
        """What 该媒体 means: the paper named last before it in title marks (香港《星岛日报》…。该媒体…透露),
        else the outlet named last outside brackets (not a photo's credit: (新华社))."""
        earlier = [
            (m, e) for m, e in reversed(self._mentions_in(max(0, before - 600), before)) if e.kind == "org"
        ]
        titled = (e for m, e in earlier if self.body[m.start - 1 : m.start] == "《")
        named = (
            e
            for m, e in earlier
            if _OUTLET_END.search(e.name) and self.body[m.start - 1 : m.start] not in "(（"
        )
        return next(titled, None) or next(named, None)

    def _title_opening(self, start: int, verb: int) -> Entity | None:
        """The one holder of the title the subject before a verb is (When asked …, the coach said; After
        the final in the dressing room the coach replied): not a title after a preposition (A lawyer
        for the mayor said)."""
        m = _DESCRIBED.search(self.body, max(start, verb - 90), verb)
        if m is None or _PREPOSITION_END.search(self.body, max(start, m.start() - 12), m.start()):
            return None
        return self._described(start, verb)

    def _bracketed(self, mention: Span) -> bool:
        """True when a mention stands alone in brackets: a short form given after a full name."""
        opening = self.body[max(0, mention.start - 2) : mention.start].strip()
        closing = self.body[mention.end : mention.end + 2].strip()
        return opening[-1:] in ("(", "（") and closing[:1] in (")", "）")

    def _not_the_subject(self, mention: Span, start: int) -> bool:
        """An English name in the possessive (Ojwang’s death) or inside a relative clause (Monday, who works
        at a Mobile Company, confessed): what the clause is about, not who speaks."""
        if _POSSESSIVE_AFTER.match(self.body, mention.end):
            return True
        clause = _RELATIVE_CLAUSE.search(self.body, start, mention.start)
        return clause is not None and "," not in self.body[clause.end() : mention.start]

    def _pronoun_before_objects(self, start: int, end: int) -> Entity | None:
        """她拉着徐旭…给徐旭看:“…”: a clause opened by 他/她 naming people only after a verb (its objects,
        whom the pronoun cannot be) speaks for the person named last before it but them."""
        named = [(m, e) for m, e in self._mentions_in(start, end) if e.kind == "person"]
        if not named or any(self.body[m.start - 1] in _CLAUSE_OPENERS for m, _ in named):
            return None
        objects = {id(e) for _, e in named}
        earlier = (e for _, e in reversed(self._mentions_in(max(0, start - 300), start)))
        return next((e for e in earlier if e.kind == "person" and id(e) not in objects), None)

    def _inside_object(self, mention: Span) -> bool:
        """A Chinese organisation's name run into the words around it (看完苹果发表会), neither
        opening a clause nor joined to another subject: part of an object, not a subject."""
        before = self.body[mention.start - 1 : mention.start]
        after = self.body[mention.end : mention.end + 1]
        return (
            is_cjk(before)
            and is_cjk(after)
            and before not in "和与及、并也则但而"
            and not _SPEAKING_AS.match(self.body[mention.end : mention.end + 3])
        )

    def _first_of_joint(self, best: Entity | None, at: int, start: int) -> Entity | None:
        """A joint subject speaks as the one named first (锤子科技以及罗永浩…回应称 is the company's)."""
        while best is not None:
            joined = _JOINED.search(self.body, max(start, at - 8), at)
            before = (
                [(m, e) for m, e in self._mentions_in(max(start, at - 40), at) if m.end == joined.start()]
                if joined
                else []
            )
            if not before:
                return best
            best, at = before[-1][1], before[-1][0].start
        return best

    def _main_org(self) -> Entity | None:
        """What "the company" means: the organisation the article names most (else the last subject)."""
        orgs = [e for e in self.registry.orgs() if e.mentions]
        return max(orgs, key=lambda e: len(e.mentions), default=None) or self.org_subject

    # --- direct speech ---------------------------------------------------------------------------

    def _direct(self, block: Span, sentence: Span, regions, start: int, end: int) -> None:
        inner_start = start + 1 if self.body[start] in '“「『"‘”' else start  # a lost opening mark: none
        inner_end = end - 1 if self.body[end - 1] in '”」』"’“' else end
        if self.body.startswith(DOUBLED_MARKS, start):  # two single marks for one double
            inner_start = start + 2
        if self.body[end - 2 : end] in DOUBLED_CLOSES:
            inner_end = end - 2
        while inner_start < inner_end and self.body[inner_start] == " ":
            inner_start += 1  # 称 " 对气象厅…变化 ": the page's spaces inside the marks are no words
        while inner_end > inner_start and self.body[inner_end - 1] == " ":
            inner_end -= 1
        inner = self.body[inner_start:inner_end]
        if not inner.strip() or any(
            q.translation and q.translation.start <= inner_start < q.translation.end
            for q in self.out.quotes[-3:]
        ):
            return
        before = self.body[max(sentence.start, regions.end_before(start)) : start]
        after = self.body[end : sentence.end]
        if not after.strip():  # “…。”程蔓说。 — the attribution is the next sentence
            after = self.body[end : min(block.end, end + 40)]
        speaker, speech, answered = None, False, False
        verb = _VERB_END.search(before) or _EN_VERB_END.search(before) or _TERM_SAID.search(before)
        called = None if verb else self._called_by_a_person(sentence, before, start, regions)
        verb = verb or called
        if verb or before.rstrip().endswith(("：", ":")):
            speech = True
            said_at = start - len(before) + verb.start() if verb else start
            near = max(sentence.start, said_at - NEAR)
            opens = max(sentence.start, regions.end_before(start))
            speaker = (
                (self._by_surname(opens, said_at) if verb else None)  # 黎提到「…」 after 前主席黎雯齡
                or (self._title_opening(opens, said_at) if verb else None)  # …, the coach said, “…”
                or self._speaker_before(opens, said_at, regions)
                or (self._named_after_verb(said_at, start) if verb else None)
                or self._speaker_before(near, said_at, regions)
            )
            if _AND_THEN.search(self.body, max(sentence.start, said_at - 2), said_at) or (
                self.body[said_at - 1 : said_at] in ",，" and said_at - 1 > sentence.start
            ):
                speaker = self.sentence_subject or speaker  # X现身Y的直播间,称“…”: X, the subject, says
        else:
            m = None if _NOT_WAITING.match(after) else (_AFTER.match(after) or _EN_AFTER.match(after))
            if m:
                speech = True
                speaker = self._speaker_after(end, end + m.end(), regions)
                # 郝龙斌昨天又以“…”简短回应: the subject answers so
                answered = before.endswith("以") and m.group().endswith(_ANSWERS)
                if speaker is None and answered:
                    speaker = self._speaker_before(sentence.start, start, regions)
        if not speech and self._continues(block, sentence, start, inner):
            speech, speaker = True, self.out.quotes[-1].speaker
        elif not speech and start == block.start and self.left_open is not None:
            speech, speaker = True, self.left_open.speaker  # a quotation running on over paragraphs
        elif not speech and self._goes_on_quoted(block, start, end, inner):
            speech, speaker = True, self._speaking_on()
        elif not speech and start == block.start and self.introduced is not None:
            speech, speaker = True, self.introduced  # …, she said:¶“…”: the words the colon announced
        elif not speech and self._subjects_words(block, start, end, inner):
            speech, speaker = True, self.subject
        elif not speech and (lead := self._leading_quote_speaker(block, start, end, inner, regions)):
            speech, speaker = True, lead
        elif not speech and self._subject_goes_on_quoted(sentence, before, end, inner):
            speech, speaker = True, self.sentence_subject
        if not speech:
            if self._whole_paragraph(block, start, end, inner):
                text, translation = self._split_translation(inner_start, inner_end, end)
                self.unattributed.append(Found(None, "direct", text, translation, sentence, block))
            self._term_or_claim(sentence, start, inner_start, inner_end)
            return
        if (
            _is_term(inner)
            and called is None
            and not answered
            and not _said_in_full(before, inner)
            and not _SAID_THEN.search(before)
            and not _TERM_SAID.search(before)
        ):
            return
        text, translation = self._split_translation(inner_start, inner_end, end)
        self.out.quotes.append(Found(speaker, "direct", text, translation, sentence, block))

    def _called_by_a_person(self, sentence: Span, before: str, start: int, regions) -> re.Match | None:
        """ "Pockele called his employment “a ruse”": a person naming a thing in their own words (not
        "the spokesperson called that “simply wrong”", which the company says, nor "a group called")."""
        called = _EN_CALLED.search(before)
        if called is None:
            return None
        at = start - len(before) + called.start()
        opens = max(sentence.start, regions.end_before(start))
        mentions = self._mentions_in(opens, at)
        if not mentions or mentions[-1][1].kind != "person":
            return None  # "he referred to…": the one meant may be named later
        mention = mentions[-1][0]
        # not "Jane Doe works for a charity called", "Jane Doe, whom critics called", "was called", nor
        # "Critics of Jane Doe called her plan" (the critics call it)
        next_to = _CALLER_BEFORE.fullmatch(self.body, mention.end, at)
        of_someone = _OBJECT_OF.search(self.body, max(opens, mention.start - 12), mention.start)
        return called if next_to and not of_someone else None

    def _subject_goes_on_quoted(self, sentence: Span, before: str, end: int, inner: str) -> bool:
        """王女士带着孩子准备去游玩,“昨天的公告发布以后…。”: a Chinese sentence whose subject is a person,
        closed by words of a sentence in quote marks after a comma, nobody else named: the subject's."""
        if not (
            self.sentence_subject is not None
            and self.sentence_subject.kind == "person"
            and before.rstrip().endswith(("，", ","))
            and any(is_cjk(ch) for ch in inner[:4])
            and _said_in_full("", inner)
            and len(inner) >= 10
            and not self.body[end : sentence.end].strip(" 。！？!?”」")
        ):
            return False
        named = {e.key for _, e in self._mentions_in(sentence.start, end) if e.kind == "person"}
        return named == {self.sentence_subject.key}

    def _continues(self, block: Span, sentence: Span, start: int, inner: str) -> bool:
        """A quoted sentence with no speech verb, right after someone's quoted words in the same
        paragraph, with nobody else named in between: the same person speaking on."""
        if not self.out.quotes or not _said_in_full("", inner) or len(inner) < 8:
            return False
        last = self.out.quotes[-1]
        if last.kind != "direct" or last.block.start != block.start or last.speaker is None:
            return False
        if len(inner) < 15 and not self._attributed_between(last.text.end, start):
            return False  # a short one only right after the words' attribution (“…,” Abbott said. “…”)
        between = (last.text.end, start)
        named = {e.key for _, e in self._mentions_in(*between) if e.kind == "person"}
        return named <= {last.speaker.key} and not _PRONOUNS.search(
            self.body, max(sentence.start, start - NEAR), start
        )

    def _attributed_between(self, end: int, start: int) -> bool:
        """True when nothing but the last quotation's attribution stands between it and the next: not
        "His opponent shook her head." nor 但現場民眾不滿。"""
        between = _CLOSING.sub("", self.body[end:start])
        if not between.strip():
            return True  # “奶奶,…?”“我上午已经出去转过啦!”: one speaking on
        said = _EN_AFTER.match(between) or _AFTER.match(between)
        return said is not None and not re.search(r"[.!?。！？]", between[said.end() :].rstrip(" .。"))

    def _opens_with_words(self, block: Span, found: Found | None) -> bool:
        """True when a paragraph opens with someone's attributed quotation, or is one sentence of
        someone's reported words ("Foreign Minister Winston Peters says it's still a moot point…"):
        a quoted paragraph right after it, attributed to nobody, goes on with their words."""
        if found is None or found.speaker is None:
            return False
        if found.kind == "direct":
            return found.text.start == block.start + 1
        return found.sentence.start == block.start and len(self.sentences) == 1

    def _subjects_words(self, block: Span, start: int, end: int, inner: str) -> bool:
        """Whole sentences in quote marks closing a sentence of a paragraph about one person, with no
        verb of speech (王赤在感谢家人之余,感到身上的责任更重了。“新的时期,…。”): that person's words,
        when nobody else is named in the paragraph before them."""
        subject = self.subject
        if (
            subject is None
            or subject.kind != "person"
            or self.body[start - 1 : start] not in ("。", "，", ",")
        ):
            return False
        whole = _said_in_full("", inner) or (self.body[end : end + 1] == "。" and re.search("[。，,]", inner))
        if not whole or len(inner) < 15 or not re.search(r"[\u4e00-\u9fff]", inner):
            return False
        people = [(m, e) for m, e in self._mentions_in(block.start, start) if e.kind == "person"]
        if {e.key for _, e in people} == {subject.key}:
            return True
        # 常委王滬寧…會見夏立言。王滬寧告訴夏立言,…。「…」: the one the paragraph opens on (a title before the
        # name at most), others named only after it, none beside it (王明与教授李华握手后: either may speak)
        first = people[0] if people else None
        opening = self.body[block.start : first[0].start] if first is not None else "?"
        beside = any(_JOINED_AFTER.match(self.body, m.end) for m, e in people if e is subject)
        return (
            first is not None
            and first[1] is subject
            and not beside
            and re.fullmatch(r"\s*[\u4e00-\u9fff]{0,12}", opening) is not None
        )

    def _announced_first(self, sentence: Span, start: int, end: int) -> bool:
        """A quotation before reported words in one sentence that is someone's words: an English one
        ("…," he said, adding that …), or a Chinese one a verb of speech announces with a colon
        (梁振英又揚言:「…」,強調…); not a Chinese term in quote marks inside the report."""
        if not any(map(is_cjk, self.body[start:end])):
            return True
        before = self.body[sentence.start : start]
        return before.rstrip().endswith(("：", ":")) and _VERB_END.search(before) is not None

    def _leading_quote_speaker(self, block: Span, start: int, end: int, inner: str, regions) -> Entity | None:
        """A Chinese paragraph opening with whole sentences in quote marks and going on with who said
        them, with no verb of speech (“日本汽车是我们的老师。”——面对…的提问,董事长尹同耀一边微笑着…;
        “感恩、责任、珍惜。”11月22日,当…王赤…接过院士证书时,他用这样六个字形容…): the first person the
        sentence after the quote names."""
        if start != block.start or not _said_in_full("", inner) or not re.search(r"[\u4e00-\u9fff]", inner):
            return None
        stop = self.body.find("。", end, block.end)
        stop = min(stop if stop != -1 else block.end, end + 120)
        return next(
            (
                e
                for m, e in self._mentions_in(end, stop)
                if e.kind == "person" and not regions.inside(m.start)
            ),
            None,
        )

    def _goes_on_quoted(self, block: Span, start: int, end: int, inner: str) -> bool:
        """A paragraph that is one quotation of whole sentences, with no attribution, right after a
        paragraph opening with someone's attributed quotation ("…," said Andrew Gordon-Brown, an
        analyst.¶"He is a guy who …"), or ending with a person's reported words (李显龙说,…。¶「情况…」):
        the same person speaking on."""
        return self._speaking_on() is not None and self._whole_paragraph(block, start, end, inner)

    def _whole_paragraph(self, block: Span, start: int, end: int, inner: str) -> bool:
        """A paragraph that is one quotation of whole sentences and nothing else."""
        return (
            start == block.start
            and not self.body[end : block.end].strip()
            and _said_in_full("", inner)
            and len(inner) >= 15
        )

    def _speaking_on(self) -> Entity | None:
        """Who a quotation opening the paragraph goes on from: the one whose attributed quotation opened
        the previous paragraph, else the person whose reported words ran to its end."""
        if self.opened_with is not None:
            return self.opened_with.speaker
        last = self.out.quotes[-1] if self.out.quotes else None
        # after a closing attribution ("…," said Joe Bart.) the next quotation may be anyone's
        if last is None or last.speaker is None or last.speaker.kind != "person":
            return None
        ends_block = last.text.end >= last.block.end - 1
        if last.kind == "direct":  # Mr Jordan said: "…"¶"We've put into place…": announced, then going on
            announced = _ANNOUNCED.search(self.body, last.block.start, last.text.start) is not None
            ends_block = last.text.end >= last.block.end - 2 and announced
        return last.speaker if last.block.start == self.block_starts[0] and ends_block else None

    def _split_translation(self, start: int, end: int, after: int) -> tuple[Span, Span | None]:
        inner = self.body[start:end]
        m = _translated_inside(inner)
        if m is not None:
            t_end = start + len(inner[: m.start()].rstrip())
            tr = Span(start + m.start("tr"), start + m.end("tr"), m.group("tr"))
            return Span(start, t_end, self.body[start:t_end]), tr
        follow = _FOLLOWING_TRANSLATION.match(self.body, after)
        text = Span(start, end, inner)
        if follow and not re.search(r"[\u4e00-\u9fff]", inner):
            return text, Span(follow.start("tr"), follow.end("tr"), follow.group("tr"))
        original = _FOLLOWING_ORIGINAL.match(self.body, after)
        if original and re.search(r"[\u4e00-\u9fff]", inner):
            return text, Span(original.start("tr"), original.end("tr"), original.group("tr"))
        return text, None

    def _term_or_claim(self, sentence: Span, start: int, inner_start: int, inner_end: int) -> None:
        cue = RUMOUR.search(self.body, max(sentence.start, start - 24), start)
        if cue and _is_term(self.body[inner_start:inner_end]):
            self.out.claims.append(
                ClaimFound(Span(inner_start, inner_end, self.body[inner_start:inner_end]), cue.group())
            )

    # --- reported speech -------------------------------------------------------------------------

    def _reported(
        self, block: Span, sentence: Span, regions, depth: int = 0, same: Entity | None = None
    ) -> int | None:
        """X表示:… / X宣布,… / X said that … with no quote marks. Chinese reported speech runs to the
        end of the block, or to a later sentence where someone else (or the speaker again: 他解释…)
        starts speaking, or to ,他同时表示, inside it (then `same`, the speaker, goes on); English to
        the end of its sentence. Returns where the words end."""
        trailing = (
            self._said_after(block, sentence, regions)
            or self._according(block, sentence, regions)
            or self._learned_from(block, sentence, regions)
        )
        if trailing is not None:
            return trailing
        english = _EN_REPORTED.search(self.body, sentence.start, sentence.end) or self._parsed_speech(
            sentence, regions
        )
        chinese = list(
            itertools.islice(_REPORTED.finditer(self.body, sentence.start, sentence.end), MAX_VERBS)
        )
        for m in (*chinese, english):
            if (
                m is None
                or regions.inside(m.start())
                or (m is english and self._quote_follows(m.end(), regions))
                or _NEGATED.search(self.body, max(sentence.start, m.start() - 3), m.start())
                or _UNWAITED.search(self.body, max(sentence.start, m.start() - 10), m.start())
                or self._issued(sentence, m)
            ):
                continue
            if m is not english and self._demand_before_comma(m) and self._as_asked(sentence, m.start()):
                continue  # 按照张磊要求,…: done as asked, the words are the narrator's
            if m is english and _ASKED_IF.search(self.body, max(sentence.start, m.start() - 40), m.start()):
                continue  # "Asked if he believes it is time that…": the question put, not his words
            if m is not english and self._inside_question(sentence, m):
                continue  # 被问及…他认为父亲会怎么看待,李显龙表示,…: the question put, not his words
            if (
                m is not english
                and (m.group() in _WISHES or self._demand_before_comma(m))
                and not self._wished_by_one(sentence, m.start())
            ):
                continue  # 市民希望…: no one named hopes
            subject_end = self._before_clause(sentence, m)
            described = m is english and _DESCRIBED.search(
                self.body, max(sentence.start, subject_end - 90), subject_end
            )
            saying = m is english and m.group().startswith((", saying", ", adding", ", noting"))
            speaker = same or (
                (self._first_mention(Span(sentence.start, m.start(), ""), regions) if saying else None)
                or (
                    (
                        self._described(sentence.start, subject_end)
                        or self._org_by_tail(sentence.start, subject_end)
                    )
                    if m is english
                    else self._titled(sentence, m)
                )
                or (self._by_surname(sentence.start, m.start(), sentence.start) if m is not english else None)
                or self._on_behalf(sentence.start, m.start(), regions)
                or self._speaker_before(sentence.start, subject_end, regions)
                or (self._by_surname(sentence.start, m.start()) if m is not english else None)
            )
            if described and speaker is not None and speaker.kind == "org":
                continue  # "The chief executive of BBC News has stressed": a person, not BBC News
            opens_going_on = m is not english and _GOES_ON.fullmatch(self.body, sentence.start, m.start())
            if speaker is None and opens_going_on:
                speaker = self._opening_before(sentence)  # 赖清德…接见…。并表示,…: who opened the last one
            notice = m is not english and _NOTICE.fullmatch(self.body, sentence.start, m.start())
            if speaker is None and notice:
                speaker = self._notice_issuer(sentence.start)  # 通报也称,…: the body that issued it
            if m is not english and _AND_THEN.search(
                self.body, max(sentence.start, m.start() - 2), m.start()
            ):
                subject = self._first_mention(Span(sentence.start, m.start(), ""), regions)
                speaker = subject or speaker  # 网易方面回顾了…的举动,并称…: the subject goes on to say
            elif m is not english and same is None and _HOSTING.search(self.body, sentence.start, m.start()):
                speaker = self._first_mention(Span(sentence.start, m.start(), ""), regions) or speaker
            if speaker is None or self.body[m.end()] in '“「"' or self._narrated(speaker, m.group()):
                continue
            second = _SECOND_SAID.search(self.body, m.end(), sentence.end) if m is english else None
            end = (
                (second.start() if second else sentence.end)
                if m is english
                else self._reported_end(block, sentence, speaker, m.end())
            )
            if _CITED.match(self.body, sentence.start):
                end = min(end, sentence.end)  # 正如李强总理所说,…。: the one cited says one sentence
            start = m.end() if m is english else _verb_after(self.body, m.end(), end)
            told = _HOPED_FOR.match(self.body, start, end) if m.group() in ("提醒", "呼吁") else None
            start = told.end() if told else start  # 提醒广大市民:…: the words after whom they are for
            again = None if m is english else _PRONOUN_AGAIN.search(self.body, start, min(end, sentence.end))
            end = again.start() if again else end  # …,他同时表示,…: the speaker starts again
            end = end if m is english else self._quoted_anew(start, end)
            other = (
                None
                if m is english or again
                else self._another_speaks(start, min(end, sentence.end), speaker)
            )
            end = other if other is not None else end  # …,不過華春瑩宣稱,…: another speaks on
            text = self.body[start:end].rstrip(" ,")
            if len(text) < 6:
                continue
            for a, b, _mark in regions if saying or m is not english else ():
                # The meeting was “constructive,” he said, adding that…: both his; so is
                # 「…」,吴沛忆在脸书发文表示,…: the quotation opening the sentence before its speaker,
                # and words quoted after a verb of their own (…则表示「尊重」,至于…,吴沛忆也说,…)
                if b <= m.start() and (saying or a == sentence.start or self._after_a_verb(sentence, a)):
                    self._direct(block, sentence, regions, a, b)
            goes_on = _EN_GOES_ON_SAYING if m is english else None
            for a, b in _pieces(self.body, start, start + len(text), goes_on):
                self.out.quotes.append(
                    Found(speaker, "reported", Span(a, b, self.body[a:b]), None, sentence, block)
                )
            self._claims_denied(block)
            if second is not None and depth < MAX_VERBS:  # "…could not confirm it but the BBC said …"
                rest = Span(second.end(), sentence.end, self.body[second.end() : sentence.end])
                return self._reported(block, rest, regions, depth + 1) or sentence.end
            if again is not None and depth < MAX_VERBS:
                rest = Span(again.end(), sentence.end, self.body[again.end() : sentence.end])
                return self._reported(block, rest, regions, depth + 1, speaker) or start + len(text)
            if other is not None and depth < MAX_VERBS:
                rest = Span(other + 1, sentence.end, self.body[other + 1 : sentence.end])
                return self._reported(block, rest, regions, depth + 1) or start + len(text)
            return start + len(text)
        return None

    def _parsed_speech(self, sentence: Span, regions) -> _ParsedSpeech | None:
        """The first verb of speech the parser reads in an English sentence with its clause there, in a
        sentence that quotes nothing in marks (John Smith said: “…”: his words, quoted); only a sentence
        printing such a verb is parsed, on its own (a headline run into the story parses otherwise)."""
        if self.english is None:
            self.english = language(self.body) == "en"
        if not self.english or regions or not SPEECH_VERB.search(sentence.text):
            return None  # (a sentence quoting words in marks is read by its marks)
        found = english_speech(sentence.text)[:1]
        return (
            _ParsedSpeech(self.body, sentence.start + found[0][0], sentence.start + found[0][1])
            if found
            else None
        )

    def _inside_question(self, sentence: Span, m: _Said) -> bool:
        """True when a verb of saying stands in the question a sentence opens with (被问及…), the one
        asked named after a comma past it, before the verb of their answer."""
        asked = _ASKED_ABOUT.search(self.body, sentence.start, m.start())
        if asked is None:
            return False
        own = max(asked.end(), *(self.body.rfind(c, asked.end(), m.start()) for c in ",，"))
        if any(e.kind == "person" for _, e in self._mentions_in(own, m.start())):
            return False  # 被问及此事时,张伟表示,…: the one asked answers, by name
        for v in _SPEAKS.finditer(self.body, m.end(), sentence.end):
            clause = max(self.body.rfind(c, m.end(), v.start()) for c in ",，")
            if clause >= 0 and any(e.kind == "person" for _, e in self._mentions_in(clause, v.start())):
                return True  # the one asked answers by name, after the question
        return False

    def _wished_by_one(self, sentence: Span, verb: int) -> bool:
        """True when a verb of hoping or urging at `verb` follows 他/她 or someone named (adverbs between),
        or opens a clause of a sentence a person opens (侯富光…表示感谢,并承诺将…)."""
        lead = _WISH_ADVERBS.search(self.body, sentence.start, verb)
        end = lead.start() if lead is not None else verb
        if (
            self.body[end - 2 : end] in ("如他", "如她", "像他", "像她", "照他", "照她")
            and end - 2 >= sentence.start
        ):
            return False  # 能如她期许的…吗?: as she hoped, the writer asks
        if self.body[end - 1 : end] in ("他", "她") or self._by_surname(sentence.start, end) is not None:
            return True
        if (
            self.body[end - 1 : end] in (",", "，")
            and self.body.startswith(_TELLING_WISHES, verb)
            and not _QUOTE_MARK.search(self.body, verb, sentence.end)
            and self._opened_by_a_person(sentence, end)
        ):
            return True  # not urging after a comma (…,同時鼓勵民眾…): the subject does it, says nothing
        return any(  # 刘碧云校长希望…: a title after the name, as Taiwan's papers print it
            m.end == end or (e.kind == "person" and _TITLE_ONLY.fullmatch(self.body, m.end, end))
            for m, e in self._mentions_in(max(sentence.start, end - 12), end)
        )

    def _demand_before_comma(self, m: _Said) -> bool:
        """True for 要求 and then a comma or a colon: a demand someone named makes (他要求,…)."""
        return m.group().startswith("要求") and m.group()[2:].strip() != ""

    def _as_asked(self, sentence: Span, verb: int) -> bool:
        """True when the clause before a demand says it is followed (按照/根据/应…要求)."""
        clause = max([sentence.start] + [self.body.rfind(c, sentence.start, verb) + 1 for c in ",，;；"])
        return _AS_ASKED.search(self.body, clause, verb) is not None

    def _opened_by_a_person(self, sentence: Span, end: int) -> bool:
        """True when the sentence starts with 他/她 or with a person named before its first comma."""
        if self.body[sentence.start : sentence.start + 1] in ("他", "她"):
            return True
        commas = (self.body.find(c, sentence.start, end) for c in ",，")
        comma = min((i for i in commas if i >= 0), default=end)
        return any(e.kind == "person" for _m, e in self._mentions_in(sentence.start, comma))

    def _by_surname(self, start: int, verb: int, since: int = 0) -> Entity | None:
        """The person a clause names by surname alone before its verb (吴形容,… after 主席吴天海; 黎提到「…」
        after 前主席黎雯齡…,): the one of that surname named last before the clause (and after `since`)."""
        lead = _WISH_ADVERBS.search(self.body, start, verb)
        end = lead.start() if lead is not None else verb
        clause = max(self.body.rfind(c, start, end) for c in ",，;；")
        opens = max(start, clause + 1)
        alone = _SURNAME_CLAUSE.fullmatch(self.body[opens:end].strip())
        if alone is None:
            return None
        surname = alone.group("surname")
        named = (
            e
            for m, e in reversed(self._mentions_in(since, opens))
            if e.kind == "person" and 2 <= len(e.name) <= 4 and m.text.startswith(surname)
        )
        return next(named, None)

    def _quoted_anew(self, start: int, end: int) -> int:
        """Where reported words end before a clause in which someone named speaks in quote marks of
        their own (…宣稱,沒聽說…,中國外交部發言人華春瑩說:「…」), else `end`."""
        for verb in _SPEAKS.finditer(self.body, start, end):
            clause = max(self.body.rfind(c, start, verb.start()) for c in ",，;；")
            quoted = re.match(r"\s*[「“\"]", self.body[verb.end() : verb.end() + 3])
            if clause > start and quoted and self._mentions_in(clause + 1, verb.start()):
                if self._term_quoted(verb.end() + quoted.end() - 1):
                    continue  # …至于吴宗宪称「绿媒」…: a word he used, told inside the reported words
                return clause
        return end

    def _another_speaks(self, start: int, end: int, speaker: Entity) -> int | None:
        """Where reported words end before a clause in which someone else, named, speaks without
        quote marks (BBC則說,沙磊…,不過華春瑩宣稱,沒聽說…), else None."""
        for verb in _SPEAKS.finditer(self.body, start, end):
            clause = max(self.body.rfind(c, start, verb.start()) for c in ",，;；")
            if clause <= start or self.body[verb.end() - 1 : verb.end()] not in ",，:：":
                continue
            named = [e for _, e in self._mentions_in(clause + 1, verb.start())]
            if named and named[-1] is not speaker and not self._term_quoted(verb.end()):
                return clause
        return None

    def _term_quoted(self, at: int) -> bool:
        """True when the quote marks opening at `at` (after spaces) hold a term the clause goes on after
        (称「绿媒」从名门正派沦为…), not words said (称“还没问”。)."""
        at += len(self.body[at : at + 3]) - len(self.body[at : at + 3].lstrip())
        first = quote_regions(self.body[at : at + 400], at)[:1]
        if not first or not _is_term(self.body[first[0][0] + 1 : first[0][1] - 1]):
            return False
        return self.body[first[0][1] : first[0][1] + 1].isalnum()

    def _after_a_verb(self, sentence: Span, at: int) -> bool:
        """True when quote marks at `at` open right after a verb of speech (and its object)."""
        return bool(_TERM_SAID.search(self.body, max(sentence.start, at - 16), at))

    def _before_clause(self, sentence: Span, m: _Said) -> int:
        """Where the subject of an English verb of speech ends: before a relative clause set off
        between them ("X, who represents Y, said": X speaks, not Y)."""
        clause = _WHO_CLAUSE.search(self.body, sentence.start, m.start())
        return clause.start() if clause is not None and m.group()[:1].isalpha() else m.start()

    def _issued(self, sentence: Span, m: _Said) -> bool:
        """True for a word of speech that names what was issued or answered (作出声明及谴责,…)."""
        return m.group().startswith(_NOUN_SPEECH) and bool(
            _ISSUED.search(self.body, max(sentence.start, m.start() - 12), m.start())
        )

    def _said_after(self, block: Span, sentence: Span, regions) -> int | None:
        """ "Vollmer will lead the company from 1 December, the company said.": the words before a
        closing attribution are the speaker's (a sentence opening with a quotation is direct)."""
        m = _EN_SAID_AFTER.search(self.body, sentence.start, sentence.end) or _EN_SAID_BY.search(
            self.body, sentence.start, sentence.end
        )
        if m is None or regions.inside(m.start()) or (regions and regions[0][0] == sentence.start):
            return None
        if _EN_REPORTED.search(self.body, m.start("who"), sentence.end):
            return None  # "At … Court on Thursday, psychologist Hanan Dover told the court the teen had …"
        if m.group("who") in ("he", "she"):  # "…, she said.": whoever spoke last goes on
            last = self.out.quotes[-1].speaker if self.out.quotes else None
            speaker = last if last is not None and last.kind == "person" else None
        else:  # "…, the police superintendent said Saturday.": the one person given that title
            speaker = (
                self._speaker_before(m.start("who"), m.end("who"), regions)
                or self._described(m.start("who"), m.end("who"))
                or self._org_by_tail(m.start("who"), m.end("who"))  # …, the department reported.
            )
        opening = _DATELINE_OPENING.match(self.body, sentence.start, m.start())
        text = self.body[opening.end() if opening else sentence.start : m.start()].strip()
        if speaker is None or len(text) < 12:
            return None
        start = self.body.index(text, sentence.start, m.start())
        self.out.quotes.append(
            Found(speaker, "reported", Span(start, start + len(text), text), None, sentence, block)
        )
        return sentence.end

    def _according(self, block: Span, sentence: Span, regions) -> int | None:
        """ "According to the minister, the country can…": the rest of the sentence is the one named
        (or the one person given that title) speaking."""
        m = _ACCORDING.match(self.body, sentence.start, sentence.end)
        if m is None or any(a >= m.end() for a, _b, _mark in regions):
            return None  # "According to Dutta, Gangwal said, “…”": someone speaks in it
        if _EN_REPORTED.search(self.body, m.end(), sentence.end):
            return None
        who = m.span("who")
        speaker = self._speaker_before(*who, regions) or self._described(*who)
        text = self.body[m.end() : sentence.end].rstrip()
        if speaker is None or len(text) < 12:
            return None
        self.out.quotes.append(
            Found(speaker, "reported", Span(m.end(), m.end() + len(text), text), None, sentence, block)
        )
        return sentence.end

    def _learned_from(self, block: Span, sentence: Span, regions) -> int | None:
        """记者21日从天津市委政法委获悉,…: what the reporter learned from a body named is its words, to the
        sentence's end."""
        m = LEARNED_FROM.search(self.body, sentence.start, sentence.end)
        if m is None or regions.inside(m.start()) or _REPORTED.search(self.body, m.end(), sentence.end):
            return None  # 记者从市教育局获悉,该局局长王建国表示,…: the one named speaks
        speaker = self.registry.forms().get(m.group("who"))
        text = self.body[m.end() : sentence.end].rstrip()
        if speaker is None or speaker.kind != "org" or len(text) < 12:
            return None
        self.out.quotes.append(
            Found(speaker, "reported", Span(m.end(), m.end() + len(text), text), None, sentence, block)
        )
        return sentence.end

    def _opening_before(self, sentence: Span) -> Entity | None:
        """Who the sentence before this one opens with (赖清德总统今日接见…; 双林股份董秘叶醒则给出…: the
        person its first clause names last), if anyone: nobody when it opens otherwise (法院审理认为…)."""
        start = self._sentence_start(sentence.start)
        while start < sentence.start and self.body[start] in " ":
            start += 1
        opening = self._mentions_in(start, start + 1)
        if not opening:
            return None
        stops = (self.body.find(c, start, sentence.start) for c in ",，:：")
        clause_end = min((i for i in stops if i >= 0), default=sentence.start)
        people = [e for _m, e in self._mentions_in(start, clause_end) if e.kind == "person"]
        return people[-1] if people else opening[0][1]

    def _sentence_start(self, start: int) -> int:
        """Where the sentence before the one starting at `start` starts."""
        end = start
        while end > 0 and self.body[end - 1] in " \n":
            end -= 1
        return max(self.body.rfind(c, 0, end - 1) for c in "。！？!?\n") + 1

    def _notice_issuer(self, before: int) -> Entity | None:
        """The organisation named last before 通报 in the nearest sentence ahead printing it with one
        (县卫健委发布通报…。通报称,…。通报也称,…)."""
        at = self.body.rfind("通报", 0, before)
        while at >= 0:
            start = max(self.body.rfind(c, 0, at) for c in "。！？!?\n") + 1
            named = [e for _m, e in self._mentions_in(start, at) if e.kind == "org"]
            if named:
                return named[-1]
            at = self.body.rfind("通报", 0, start)
        return None

    def _narrated(self, speaker: Entity, verb: str) -> bool:
        """In a company's own filing, what its board or the company 宣布 is the filing itself."""
        return self.own_voice and speaker.kind == "org" and "宣布" in verb

    def _quote_follows(self, at: int, regions) -> bool:
        """True when someone's words in quote marks (not a term) open right after `at`: "…said: “…”"."""
        return any(at <= a <= at + 3 and not _is_term(self.body[a + 1 : b - 1]) for a, b, _ in regions)

    def _reported_end(
        self, block: Span, sentence: Span, speaker: Entity | None = None, after: int = -1
    ) -> int:
        """The end of the block, or the start of a later sentence in which someone named (or a
        pronoun, or a subject of its own: 台外交部则指出,…) starts speaking, with or without quote
        marks, or in which someone's own words open in quote marks, or which the narrator opens
        with the speaker's name (…表示,…。韩牧之2021年加入…: nobody speaks of himself so); or, past
        `after`, at a semicolon before someone else named (…决心;民进党籍议员林延凤送…) or at a colon
        before quote marks that no verb of speech of its own clause announces (…表示球队都尽力表现:「…」:
        the quoted words are direct)."""
        announced = _QUOTE_ANNOUNCED.search(self.body, max(after, sentence.start), sentence.end)
        if announced is not None:
            opener = self.body[announced.end()]
            close = self.body.find("”" if opener == "“" else "」", announced.end() + 1, sentence.end)
            rest = self.body[close + 1 : sentence.end] if close >= 0 else ""
            if rest.strip(" \n。！？!?…"):
                announced = None  # …立场很明确:「一个中国」原则不容挑战。: a term quoted inside the words
        if announced is not None:
            clause = max(self.body.rfind(c, sentence.start, announced.start()) for c in ",，")
            if not _SAID_COLON.search(self.body, max(clause + 1, sentence.start), announced.end()):
                return announced.start()
        for semi in _SEMICOLON.finditer(self.body, max(after, sentence.start), sentence.end):
            if speaker is not None and self._opens_with_other(Span(semi.end(), sentence.end, ""), speaker):
                return semi.start()
        later_ones = (
            self.sentences[bisect.bisect_right(self.sentence_starts, sentence.start) :]
            if self.sentence_starts and self.sentence_starts[0] == block.start
            else [x for x in sentences(block) if x.start > sentence.start]
        )
        for later in later_ones:
            opening = self._mentions_in(later.start, later.start + 2)
            if speaker is not None and any(e is speaker for _, e in opening):
                return later.start
            # …感言。谢伟俊在会议结束后…: the narrator turns to someone else (not after a company's words,
            # which may name its officers: 董事长范思远辞职…。蒋凌代为履行职责…)
            if speaker is not None and speaker.kind == "person" and self._opens_with_person(later):
                return later.start
            narrated = _NARRATED_PRONOUN.match(self.body, later.start)
            if speaker is not None and speaker.kind == "person" and narrated:
                return later.start  # …。她于上任首日已致函…: the narrator tells of the speaker again
            if self._other_speaks(later, speaker):
                return later.start  # …将起诉;罗永浩甚至…称要…: someone else named opens and speaks
            if self._opens_quoted(later):
                return later.start  # …董事长请辞。“8月8日收到…”飞亚达公告称: words quoted, attributed after
            if _PRONOUN_SAYS.search(self.body, later.start, min(later.end, later.start + 16)):
                return later.start  # …。而周六事件中,他解释…: the speaker starts again
            if _NEWS_RELAYED.match(self.body, later.start, later.end):
                return later.start  # …击中。日本电视台最新报道,…: another source relayed
            m = _SPEAKS.search(self.body, later.start, later.end)
            if m and m.group()[-1] not in ":：,，" and self._term_quoted(m.end()):
                m = None  # 至于吴宗宪称「绿媒」从名门正派沦为…: a word quoted, the reported words go on
            if (
                m
                and (
                    self._mentions_in(later.start, m.start())
                    or _PRONOUNS.search(self.body, later.start, m.start())
                    or self._by_surname(later.start, m.start())  # …。吴形容,…: named again by surname
                    or _OWN_SUBJECT.match(self.body, later.start, m.start())
                    or self.body[m.end() : m.end() + 1] in '“「"'  # …木原说,「…」: words of their own
                )
            ):
                return later.start
        return block.end

    def _opens_with_person(self, later: Span) -> bool:
        """True when a sentence opens with a person's name, after a title at most (议员谢伟俊在…)."""
        for m, e in self._mentions_in(later.start, later.start + 12):
            lead = self.body[later.start : m.start]
            if e.kind == "person" and (not lead or _TITLE_ONLY.fullmatch(lead)):
                return True
        return False

    def _opens_with_other(self, clause: Span, speaker: Entity) -> bool:
        """True when a clause opens with a person other than the speaker, after a title at most
        (民进党籍议员林延凤)."""
        for m, e in self._mentions_in(clause.start, clause.start + 12):
            lead = self.body[clause.start : m.start]
            if e.kind == "person" and e is not speaker and (not lead or _TITLE_TAIL.search(lead)):
                return True
        return False

    def _opens_quoted(self, later: Span) -> bool:
        """True when a sentence opens with quote marks around words of a sentence (not a term)."""
        if self.body[later.start : later.start + 1] not in '“「"':
            return False
        first = quote_regions(later.text, later.start)[:1]
        return bool(first) and not _is_term(self.body[first[0][0] + 1 : first[0][1] - 1])

    def _other_speaks(self, later: Span, speaker: Entity | None) -> bool:
        """True when a sentence opens by naming someone else (after a title at most) who then speaks."""
        verb = _REPORTED.search(self.body, later.start, later.end)
        named = self._mentions_in(later.start, min(later.start + 8, verb.start())) if verb else []
        return any(e is not speaker for _, e in named)

    def _title_holder(self, start: int, end: int) -> Entity | None:
        """就如特首在受访时说的: a Chinese title alone just before the verb (and the occasion) is the
        one person the article gives that title (特首李家超), if exactly one; after 该 or 这位 (该高管
        还表示), whoever spoke last."""
        m = _TITLE_SPEAKS.search(self.body, max(start, end - 30), end)
        if m is None:
            return None
        if _THAT_ONE.search(self.body, max(start, m.start() - 4), m.start("title")):
            last = self.out.quotes[-1].speaker if self.out.quotes else self.subject
            return last if last is not None and last.kind == "person" else None  # 该高管还表示
        return self._holder(m.group("title"))

    def _titled(self, sentence: Span, verb: _Said) -> Entity | None:
        """ "总统致词时表示", "何次长进一步指出": a sentence whose subject is a title (after a surname) is
        the words of the one person the article gives that title."""
        m = _TITLE_SUBJECT.fullmatch(self.body, sentence.start, verb.start())
        if m is None or m["title"] == "记者":  # the reporter asks
            return None
        return self._holder(m["title"], m["surname"] or "")

    def _holder(self, title: str, surname: str = "") -> Entity | None:
        """The one person (of this surname) holding a Chinese title: by the roles found (特首李家超), else
        printed with it, before or after the name (赖清德总统, 次长何晋沧); None when not exactly one."""
        people = [e for e in self.registry.persons() if e.name.startswith(surname)]
        holders = [e for e in people if any(r[0] == title for r in e.roles)] or [
            e
            for e in people
            if re.search(
                rf"{re.escape(e.name)}{re.escape(title)}|{re.escape(title)}{re.escape(e.name)}", self.body
            )
        ]
        return holders[0] if len(holders) == 1 else None

    def _described(self, start: int, end: int) -> Entity | None:
        """ "the chairman of the broadcaster's governing body said": the one person the article
        gives that title (Chris Patten, chairman of the BBC Trust), if exactly one."""
        m = _DESCRIBED.search(self.body, max(start, end - 90), end)
        if m is None:
            return None
        # the title as printed (The Prime Minister said), then its last word (the minister)
        printed = re.sub(r"^(?:[Tt]he|\S+['’]s) ", "", self.body[m.start() : m.end("title")])
        for title in dict.fromkeys((printed, m.group("title"))):
            holders = self._holders(title)
            if len(holders) > 1 and title.islower():  # the minister: not the Prime Minister named too
                holders = self._holders(title, bare=True)
            if len(holders) == 1:
                return holders[0]
        return None

    def _org_by_tail(self, start: int, end: int) -> Entity | None:
        """ "The sheriff’s office said": the one organisation whose name ends in those words (Watauga
        County Sheriff’s Office), else whose head word is the one word said ("the ministry": Ministry of
        Lands and Natural Resources; not "the city" for Oklahoma City Police Department); "police say",
        "deputies said": the one police force, sheriff's office or patrol named."""
        m = _THE_TAIL.search(self.body, max(start, end - 60), end)
        if m is None:
            return None
        if m.group("force"):
            forces = [o for o in self.registry.orgs() if _FORCE_NAME.search(o.name)]
            return forces[0] if len(forces) == 1 else None
        tail = " " + (m.group("tail") or m.group("police")).lower()
        named = [
            o
            for o in self.registry.orgs()
            if (" " + o.name.lower()).endswith(tail) and o.name.lower() != tail[1:]
        ]
        if not named and " " not in tail[1:]:  # "the ministry said": the one Ministry of …
            named = [o for o in self.registry.orgs() if _head_word(o.name) == tail[1:]]
        return named[0] if len(named) == 1 else None

    def _holders(self, title: str, bare: bool = False) -> list[Entity]:
        """The persons the article gives a title, printed before or after the name or a short form of
        it (Minister Minasyan; minister of nature protection Artsvik Minasyan); `bare`: the title with
        no capitalised word run into its front (the minister, not the Prime Minister)."""
        short = _TITLE_SHORT.get(title.lower())
        title = "(?i:" + re.escape(title) + ")"
        # the title cut short, right before the name only (Gov. Greg Abbott; not "an aide to Gov. Abbott"
        # nor Lt. Gov. Dan Patrick, who is no governor)
        printed = rf"(?:{title}|(?<!Lt\. )(?<!Lieutenant ){re.escape(short)}\.?)" if short else title
        # Minister Dr.Sarath Weerasekera; Prime Minister, the Most Hon. Andrew Holness
        honorific = (  # (Health Minister Dr Yasmin Rashid: a form of address without its stop)
            r"(?:,? (?:the )?(?:(?:Most|Right|Rt\.?) )?Hon(?:ourable|\.)?,? "
            r"|[A-Z][a-z]{0,3}\. ?|(?:Dr|Prof|Mr|Mrs|Ms) )?"
        )
        of = r"(?: of [\w -]{2,40}?)?"  # minister of nature protection Artsvik Minasyan

        def holds(e: Entity) -> bool:
            forms = sorted({e.name} | e.short_forms, key=len, reverse=True)
            name = "(?:" + "|".join(re.escape(f) for f in forms) + r")\b"  # before it: Minister Minasyan
            after = rf"{re.escape(e.name)},? (?:the |a |an )?(?:[\w'’-]+ ){{0,3}}?(?P<t>{title})\b"
            before = (
                rf"\b(?P<b>{printed}){of}(?:,? )?{honorific}{name}"  # Regional Minister, Simon Osei Mensah
            )
            for m in re.finditer(rf"{after}|{before}", self.body):
                at = m.start("t") if m.group("t") is not None else m.start("b")
                if not (bare and _CAPITALISED_BEFORE.search(self.body, max(0, at - 24), at)):
                    return True
            return False

        return [e for e in self.registry.persons() if not _POSSESSIVE.search(e.name) and holds(e)]

    def _on_behalf(self, start: int, end: int, regions) -> Entity | None:
        """ "A spokesperson for Harbor Capital … said", "A Calloway spokesperson told…": the
        organisation speaks."""
        m = _ON_BEHALF.search(self.body, start, end)
        if m is not None:
            return next((e for _, e in self._mentions_in(m.end(), end) if e.kind == "org"), None)
        m = _ORG_SPOKESPERSON.search(self.body, start, end)
        if m is not None:
            return next((e for _, e in self._mentions_in(m.start(), m.end()) if e.kind == "org"), None)
        return None

    def _claims_denied(self, block: Span) -> None:
        denial = self.out.quotes[-1]
        if not DENIAL.search(denial.text.text):
            return
        for claim in self.out.claims:
            if block.start <= claim.text.start < block.end and claim.denied_by is None:
                claim.denied_by = denial


_VERB_START = re.compile(rf"(?:{SPEECH_RE})(?:了)?\s*[:：,，]?\s*")


def _pieces(body: str, start: int, end: int, goes_on: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Reported words cut where the same speaker goes on with another verb of speech."""
    out, at = [], start
    for m in (goes_on or _GOES_ON_SAYING).finditer(body, start, end):
        if m.start() - at >= 4 and end - m.end() >= 4:
            out.append((at, m.start() + (1 if body[m.start()] in "。！？" else 0)))
            at = m.end()
    out.append((at, end))
    return out


def _report_called_untrue(text: str) -> list[int]:
    """Where the sentences of the text start that call a report untrue or speculation ("… described
    the FT report as speculation"), in order."""
    return [
        m.start()
        for m in re.finditer(r"[^.。!?！？]+", text)
        if re.search(r"\breports?\b|报道|报导", m.group()) and DENIAL.search(m.group())
    ]


# an English clause opening with a name, then what they are between commas: "Rob Jones, executive director
# of … Groundwork RVA and a … member, said"
_APPOSITION = re.compile(r"\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}, (?:[^,;.]|\.(?! ))+,")


def _apposition(body: str, start: int) -> tuple[int, int] | None:
    """Where the description of the name opening an English clause starts and ends (at its closing
    comma), or None."""
    m = _APPOSITION.match(body, start)
    return (body.index(",", m.start()), m.end()) if m else None


def _verb_after(body: str, at: int, end: int) -> int:
    """Where the words begin: past a second verb that says what the first did (发声明,证实…)."""
    m = _VERB_START.match(body, at, end)
    at = m.end() if m and end - m.end() >= 6 else at
    return at + 1 if body[at : at + 1] == " " else at  # 坦言 RFA 作为…: the words, not the space


def _translated_inside(inner: str) -> re.Match | None:
    """English words followed, inside the same marks, by their Chinese in brackets:
    “me stepping down.(我辞职了)” — the bracket is found from the end, never by backtracking."""
    stripped = inner.rstrip()
    if not stripped.endswith((")", "）")):
        return None
    opening = max(stripped.rfind("("), stripped.rfind("（"))
    m = _BRACKETED_END.match(inner, opening) if opening > 0 else None
    before = inner[:opening] if m else ""
    if m is None or not re.search(r"[A-Za-z]", before) or re.search(r"[\u4e00-\u9fff]", before):
        return None
    return m


def _said_in_full(before: str, inner: str) -> bool:
    """Short words that are still an utterance: introduced by a colon, or ending a sentence."""
    return before.rstrip().endswith(("：", ":")) or inner.rstrip()[-1:] in (
        "。",
        "！",
        "？",
        "!",
        "?",
        "…",
        ".",
    )


def _is_term(inner: str) -> bool:
    """Short words in quote marks with no sentence in them: a term, a title, a slogan, a rumour."""
    return len(inner) <= 14 and not re.search(r"[。！？!?，,；;]", inner.rstrip("。!！?？"))


def _head_word(name: str) -> str:
    """The word a body's English name is a kind of: the last, or the one before "of" (Ministry of …)."""
    return name.split(" of ", 1)[0].split()[-1].lower() if name.split() else ""
