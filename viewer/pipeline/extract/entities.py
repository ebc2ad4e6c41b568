"""People and organisations: found by titles, speech verbs, enumerations and name shapes, then
every later mention (short forms included) found with jieba and a user dictionary of the names."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .aliases import honorific, settle_names, trim_translit
from .dates import FINDER as DATE_FINDER
from .english import (
    drop_lead_words,
    english_names,
    english_org,
    first_named,
    fold_shortened_orgs,
    keep_generation,
    keep_initial,
    settle_town_police,
    standalone_words,
    tagged_english_names,
)
from .lexicon import (
    BODY_NAME_END,
    BODY_SPOKESMAN,
    KNOWN_ORGS,
    LEARNED_FROM,
    NAME_STOP,
    NOT_NAMES,
    ORG_NOT_START,
    SPEECH_RE,
    SPEECH_VERBS,
    SURNAMES_1,
    SURNAMES_2,
    TITLE_RE,
    TITLES,
)
from .orgs import ORG_SUFFIX, SUFFIX_RE, suffix_orgs
from .read_as_words import Word, drop_names_read_as_words
from .registry import LATIN_NAME, Registry, person_key
from .script import simplified
from .segment import SOUNDBITE, Regions, Span, is_cjk, language
from .tagger import english_people, opens_with_a_plural, tagged_words
from .words import (
    everyday_use,
    is_common_word,
    is_place,
    is_place_word,
    is_verbal,
    is_word,
    modifies_a_verb,
    names_as_words,
    word_frequency,
    words,
)

_CJK = r"\u4e00-\u9fff"
_CJK_ONLY = re.compile(rf"[{_CJK}]+")
_ORG_STEMS = "|".join(sorted((re.escape(o) for o in KNOWN_ORGS), key=len, reverse=True))
ORG_RE = re.compile(rf"(?:{_ORG_STEMS})(?:[{_CJK}A-Za-z]{{0,6}}?(?:{ORG_SUFFIX}))?")
# (a double-barrelled last part: 蒙特塞拉特·罗梅罗-罗查; not the first of two names: 哈里斯-蒂姆·沃尔兹)
_TRANSLIT = rf"[{_CJK}]{{1,6}}·[{_CJK}]{{1,8}}(?:·[{_CJK}]{{1,8}})?(?:-(?![{_CJK}]{{1,8}}·)[{_CJK}]{{2,8}})?"
# a title, its English in brackets perhaps (副主任(Cantonese Service Deputy Director)胡力汉), then a name
ROLE_RE = re.compile(
    rf"(?P<title>{TITLE_RE})(?P<mark>[”」])?(?:[(（][A-Za-z][\w .,'&-]{{1,60}}[)）])?"
    rf"(?=(?P<name>{_TRANSLIT}|{LATIN_NAME}|[{_CJK}]{{2,4}}))"
)
TRANSLIT_RE = re.compile(
    rf"(?P<name>{_TRANSLIT})"
    rf"(?:[(（](?P<latin>[A-Z][\w .'’-]{{2,40}})[)）])?"
)
# a foreign name printed in Chinese with the original after it: 财长查默斯(Jim Chalmers), 包括莎奇(Rebekha
# Sharkie)、凯特(Bob Katter): two to five characters, a person's Latin name of two or three words
_GLOSS_TITLE = "总督|财长|防长|司长|部长|议长"  # titles a gloss follows that are not the rules' TITLES
GLOSSED_RE = re.compile(
    rf"(?P<run>[{_CJK}]{{2,12}})[(（](?P<latin>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){{1,2}})[)）]"
)
ENUM_RE = re.compile(r"由(?P<items>[^。；;:：“”]{2,40}?)(?:共同|一起|联合|分别)")
# the last character of a public body's name (国安局, 外交部, 新闻社): no person's name ends so
_BODY_END = "局部署厅院委处社台司"
_PLACES_END = "县省市"  # a place's last character (not 国, 州, 镇, 区: 张建国, 刘泽州, 王镇 are names)
# a public body speaking: 台国安局表示, 外交部表示 (a bureau, ministry or agency of three or four characters)
_PUBLIC_BODY = re.compile(rf"[{_CJK}]{{1,3}}[局部署厅委处馆省]")
# a person named as someone of an organisation: 来自巴西劳动者电视台的毛路，是…
OF_ORG_RE = re.compile(
    rf"(?:电视台|广播公司|通讯社|新闻社|报社|日报|大学|研究院|公司|集团)的(?P<name>[{_CJK}]{{2,3}})(?=[，,。；、]|是|在|说|表示)"
)
# a relative named after the kinship word: 及其妻柯佩琳, 其子邱明; a name marked with its sex: 柯佩琳(女)
KIN_RE = re.compile(
    rf"(?:其|之|他的|她的)(?:妻子|妻|丈夫|夫人|儿子|女儿|子|女|父亲|母亲|兄|弟|姐|妹)(?P<name>[{_CJK}]{{2,4}})"
)
# someone introduced by name (一名叫张子中的修理工, 该男子名叫盐田达也,38 岁; not 张某), or with a spouse
# (尤忠效夫妇反映)
CALLED_RE = re.compile(
    rf"(?:名叫|名字叫)(?P<name>[{_CJK}]{{2,4}}?)(?=的|[，,。；;])"
    rf"|名为(?P<named>[{_CJK}]{{2,4}}?)(?=的(?:嫌疑人|嫌犯|男子|女子|男孩|女孩|少年|少女|老人|学生|司机|警员|记者))"
    rf"|(?:^|(?<=[，,。；;：:\s]))(?P<spouse>[{_CJK}]{{2,3}})夫(?:妇|妻)"
)
SEX_MARK_RE = re.compile(rf"(?P<name>[{_CJK}]{{2,3}})[(（][男女][)）]")
# a name marked as made up to shield its bearer: 记者英秀(化名), 从香港移居台湾的记者一心（化名）
PSEUDONYM_RE = re.compile(rf"(?P<name>[{_CJK}]{{2,3}})\s*[(（]\s*(?:化名|假名)\s*[)）]")
_TITLE_BEFORE = re.compile(rf"(?:{TITLE_RE})$")
# a name after its bearer's age: 50岁的袁礼锋在家看着直播, 现年六十二岁的陈大文
AGED_RE = re.compile(rf"(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})岁的(?P<name>[{_CJK}]{{2,4}})")
# an appointment: 董事会已委任俞敏洪为公司新行政总裁
APPOINTED_RE = re.compile(rf"(?:委任|任命|聘任|聘请|选举|推选|提名)(?P<name>[{_CJK}]{{2,3}})为")
# people listed after their count: 其余两名发言人为曾健和徐露颖, 两人分别是A、B
COUNTED_RE = re.compile(
    rf"[两二三四五六七八九十\d]+(?:名|位)?(?:人|[{_CJK}]{{0,4}}?(?:{TITLE_RE}|嫌犯|成员|代表))"
    rf"(?:分别)?(?:为|是)(?P<names>[{_CJK}]{{2,3}}(?:[、和及与][{_CJK}]{{2,3}})+)(?=[。，,；;])"
)
# a name opening a clause and said to hold a title: 梁燕梅是白象街社区居委会主任,
IS_TITLE_RE = re.compile(
    rf"(?:^|(?<=[，,。；;！!？?]))(?P<name>[{_CJK}]{{2,3}})是[^，,。；;是的“”「」]{{0,16}}?(?P<title>{TITLE_RE})"
    rf"(?=[，,。；;])"
)
# a head of state named before the title, Taiwan style: 赖清德总统; an officer before the rank: 周广齐中将
NAME_TITLE_RE = re.compile(
    rf"(?P<name>[{_CJK}]{{2,3}})(?<!副)(?:副总统|总统|总理|首相|总书记|[上中少]将|[大上中少]校)(?![府办署级])"
)
# an official named before the title, opening a clause, then speaking or dated, as Taiwan's and Hong Kong's
# papers print it: 黄国昌立委表示, 卢秀燕市长今天 (the tagger cut 黄国昌立 from the title)
NAME_TITLE_SPEAKS_RE = re.compile(
    rf"(?:^|(?<=[，,。；;：:、\s（(」”]))(?P<name>[{_CJK}]{{3}})(?:立委|议员|议长|市长|县长|镇长|乡长|村长|校长|院长|部长|局长|署长|处长|主任"
    rf"|主席|委员|会长|社长|理事长|董事长|总经理)(?={SPEECH_RE}|今天|昨天|今日|昨日|今\(|昨\()"
)
# a member named between the body's name and the title held in it, as Taiwan's papers list guests:
# 宜蘭縣體育會蔡岡志理事長, 龍舟委員會李木田主委, 聯合醫院璩大成副總院長
NAME_IN_BODY_TITLE_RE = re.compile(
    rf"(?<=[会院])(?P<name>[{_CJK}]{{3}})(?:副?理事长|副?总院长|副?院长|主委|副?主任委员|副?主席|副?会长|执行长"
    rf"|总干事|秘书长|副?董事长)(?=[、，,。；;\s）)]|出席|表示|指出|等|也|及|和|与|致词|致辞)"
)
_PLACE_OR_BODY_END = set(
    "市县区镇乡村省州部局会党委院所团"
)  # the last character of a place's or a body's name
# a monk or nun by the religious name of two before the form of address: 住持心保和尚, 院长依来法师
_MONASTIC_RE = re.compile(rf"(?P<name>[{_CJK}]{{2}})(?:法师|和尚(?!未)|禅师)")  # not 已上市和尚未上市
# never in such a name: a particle, a measure or a count, a word of size or age (一个小和尚, 寺里的老和尚,
# 一名魔法师)
_NOT_MONASTIC = set("的地得了着之其此这那该各诸众个名位些两三几多数十百千老小大少年魔和与及或是在为")
# a Latin company name in Chinese text: 芯片公司Corvane宣布, Corvane联合创始人…, Northloom发言人
LATIN_ORG_IN_CJK = re.compile(
    r"(?:公司|企业|厂商|巨头|创企|机构|平台|实验室)(?P<org>[A-Z](?=[A-Za-z0-9&.-]{0,40}[a-z])[A-Za-z0-9&.-]*+)"
    r"(?![A-Za-z ])"
    r"|(?<![A-Za-z ])(?P<org2>[A-Z](?=[A-Za-z0-9&-]{0,40}[a-z])[A-Za-z0-9&-]*+)"
    r"(?=联合创始人|创始人|首席|董事会|发言人|官网|宣布|公告)"
)
# a company by what only companies do: 星岚智驾今日下午在港交所发布公告称, 栖川物流今日宣布,
# 星岚智驾（09877.HK）, 海澄能源(600123) (an A share's six-digit code: 0…, 3… Shenzhen, 6… Shanghai)
ANNOUNCER_RE = re.compile(
    rf"(?:^|(?<=[，,。；;：:】）)\s]))(?P<org>[{_CJK}]{{2,8}}?)"
    rf"(?:(?:今日|昨日|今天|昨天|当天|当日|同日)?(?:上午|下午|晚间|早间|晚)?(?:在[^，,。]{{1,10}})?"
    rf"(?:发布公告|公告称|发布声明|宣布|重申|方面回应|回应表示|(?:报导|报道)(?:说|称|指出))"
    rf"|[（(]\s*(?:\d{{4,6}}\.(?:HK|SH|SZ|BJ)|[036]\d{{5}})\s*[)）])"
)
# a body named with its Latin acronym: 「海岸守望」（CWA）, ，世界卫生组织（WHO）
ACRONYM_RE = re.compile(
    rf"[「“](?P<marked>[{_CJK}]{{2,12}})[」”]\s*[（(](?P<abbr>[A-Z][A-Z&]{{1,7}})[)）]"
    rf"|(?:^|(?<=[，,。；;：:、\s]))(?P<plain>[{_CJK}]{{2,12}})[（(](?P<abbr2>[A-Z][A-Z&]{{1,7}})[)）]"
)
# a body named in English with its acronym: "the Independent Policing Oversight Authority (IPOA)"
EN_ACRONYM_RE = re.compile(
    r"(?P<name>[A-Z][\w&'’-]*(?: (?:of|for|and|on|the|in|&|[A-Z][\w&'’-]*)){1,8})"
    r" [(（](?P<abbr>[A-Z]{2,8})[)）]"
)
# the police, prosecutors or army of a place, speaking as a body: 江西南昌市警方3月5日表示
FORCE_RE = re.compile(
    rf"(?:^|(?<=[，,。；;：:」”）)\s]))(?P<org>(?![据经而但被由向对与和及并且在从将把让使该其])"
    rf"(?P<place>(?:(?![被遭有])[{_CJK}]){{2,8}}?)?(?P<force>警方|检方|檢方|军方|軍方|控方|辩方|辯方))"
)
# what may name the place of a force: a place's word for itself (…市, …省) or a place known by name
_PLACE_END = re.compile(r"(?:[市省县縣区區州国國镇鎮乡鄉村]|香港|澳门|澳門|台湾|台灣|臺灣|特区|特區)$")
LONG_QUOTE = 30  # a quotation this long is someone's statement, whose titles name people as the text's do
SPEAKER_RE = re.compile(rf"(?P<name>[{_CJK}]{{2,4}})(?:在[^，,。；;“”]{{1,12}})?(?:{SPEECH_RE})")


_PARTICLES = set("的了着地得们")
# a surname and one of these, then a comma, is someone named by surname saying something: 吴形容,…, 林相信,…
_SAYING_WORDS = frozenset(v for v in SPEECH_VERBS if len(v) == 2) | {"形容", "相信", "希望", "觉得", "警告"}
# never a name's third character, however often the three are printed together: a particle, or a
# preposition the next words open with (李军在启动仪式上…, 刘洪久、李军在活动现场…)
_NEVER_LAST = _PARTICLES | set("在对向被把给将与跟")
_SAYS = set("指称稱说說谓謂问問答")
# particles no given name ends with, however often printed so: 萨马鲁笑着说 names no 鲁笑着
_NEVER_THIRD = set("的了着们")
_FUNCTION_SURNAMES = set("和都由於但")  # surnames far rarer than the words of grammar they spell
_PRONOUNS = set("他她它我你您咱")  # never a name's last character, however often printed after it (权力的)


def chinese_name(
    text: str, count: Callable[[str], int] = lambda name: 0, after_title: bool = False
) -> str | None:
    """The Chinese name at the start of text: a surname and one or two characters, or None. A third
    character that usually starts the next word (和, 在…) still belongs to the name when the
    three-character form recurs in the article (宋清和担任…, 宋清和表示…); right after a title,
    a second character such as 亦 does too (创始人唐亦凡表示). `count` says how often a form is
    printed: a third character is not the name's when the two-character form is printed at
    least as often without it (岑立今日… beside 岑立此前…, 岑立表示…)."""
    for size in (2, 1):
        surname = text[:size]
        if (size == 2 and surname in SURNAMES_2) or (size == 1 and surname in SURNAMES_1):
            rest = text[size : size + 2]
            three, two = count(surname + rest), count(surname + rest[:1])
            third_ok = (
                len(rest) == 2
                and is_cjk(rest[1])
                and rest[1] not in _NEVER_THIRD
                and (rest[1] not in NAME_STOP or (three >= 2 and rest[1] not in _NEVER_LAST))
                and not (two >= 2 * three and two > three)
                and not (three < 2 and _third_opens_words(text[size + 1 :]))
            )
            given = rest[:2] if third_ok else rest[:1]
            if (
                not given
                or not is_cjk(given[0])
                or any(ch in _PRONOUNS for ch in given)  # 但他回忆道, 曾向他发送: no name holds a pronoun
                or (given[0] in NAME_STOP and not (after_title and third_ok))
            ):
                continue
            name = surname + given
            if name in NOT_NAMES or any(name.startswith(n) for n in NOT_NAMES if len(n) >= 2):
                continue
            if name.endswith("某"):
                continue  # 犯罪嫌疑人呼某称: the name withheld
            if len(name) == 3 and name[2] == "地" and is_common_word(name[:2]):
                continue  # 殷铁生高兴地说: an everyday word and 地 tell how, they name nobody
            if surname in _FUNCTION_SURNAMES and not after_title and is_word(given):
                continue  # 媒体都报道认为, 能和大家说明, 版权和免责声明: a word of grammar, then a word
            if surname in _FUNCTION_SURNAMES | {"于"} and _word_after_a_particle(text, surname):
                continue  # 行政长官於行政会议前: the preposition and a word, after a title too
            return name
    return None


# a talk given, after a name (江怀作主旨发言, 王平作了重要讲话): 作 is the verb, not a name's third character
_GIVES_A_TALK = re.compile(r"[作做]了?[\u4e00-\u9fff]{0,4}?(?:发言|讲话|报告|辅导|点评)")


def _third_opens_words(text: str) -> bool:
    """True when a would-be third character opens an idiom (尹弘掷地有声) or the giving of a talk
    (江怀作主旨发言): the name is its first two characters."""
    return (len(text) >= 4 and is_verbal(text[:4])) or _GIVES_A_TALK.match(text) is not None


def _word_after_a_particle(text: str, surname: str) -> bool:
    """True when the dictionary reads the surname as a word alone and an everyday word after it
    (于 / 行政 / 会议): a preposition before a word, not a name."""
    read = words(text[:8])
    return (
        len(read) > 1
        and read[0] == surname
        and len(read[1]) >= 2
        and is_common_word(read[1])
        and _ADDRESS.fullmatch(read[1]) is None  # 于先生: a surname and a form of address
    )


# a paper in its title marks, reporting: 香港《星岛日报》引述…, 据《联合早报》报道 (a newspaper, not a work)
_PAPER_REPORTS = re.compile(
    r"《(?P<paper>[^《》\s]{1,10}(?:日报|日報|晚报|晚報|时报|時報|早报|早報|周刊|週刊|新闻|新聞))》"
    r"(?=引述|援引|报道|報導|報道|称|稱|透露|指出|披露|表示|刊文|发文|發文|社论|社論)"
)


def discover(registry: Registry, spans: list[Span], quoted: Regions, body: str) -> None:
    """Find people and organisations in running text (outside quoted stretches)."""
    count = _name_counter(body)
    alone = standalone_words(body)
    definite = {
        translit_name(m.group("name"), span.text[max(0, m.start() - 8) : m.start()])
        for span in spans
        for m in TRANSLIT_RE.finditer(span.text)
        if m.group("latin")
    }
    for name, others in suffix_orgs(body, spans).items():
        registry.org(name).short_forms.update(others)
    for span in spans:
        for m in _PAPER_REPORTS.finditer(span.text):
            registry.org(m.group("paper"))
    for span in spans:
        text = span.text

        def outside(i: int, at: int = span.start) -> bool:
            return not quoted.inside(at + i)

        def quotation(i: int, at: int = span.start) -> bool:
            return quoted.length_at(at + i) >= LONG_QUOTE

        _roles(registry, span, outside, quotation, count, body, definite)
        _soundbite_speaker(registry, span)
        _addressed(registry, span, outside, count)
        for m in TRANSLIT_RE.finditer(text):
            if outside(m.start()):
                dotted = _dotted_name(m.group("name"), text, m.start(), definite, body, not m.group("latin"))
                if dotted is None:
                    continue
                name = dotted
                if len(name.rsplit("·", 1)[-1]) == 1 < len(m.group("name").rsplit("·", 1)[-1]):
                    continue  # 夏至·追时间的特首: a dot between a headline's words, cut to one character
                if re.search(r"[报网社刊](?:·|$)", name):
                    continue  # (中青报·中青网记者 朱彩云): a paper and its site, no one's name
                if all(is_place(part) or is_place(part.rstrip("省市县区")) for part in name.split("·")):
                    continue  # 采访地点:青岛·山东省青岛市…: a place and its province, no one's name
                registry.person(name, m.group("latin") or "")
        for m in GLOSSED_RE.finditer(text):
            glossed = _glossed_name(m.group("run"))
            if glossed and outside(m.start()) and not english_org(m.group("latin")):
                registry.person(glossed, m.group("latin"))
        for m in ENUM_RE.finditer(text):
            _enumeration(registry, m.group("items"))
        for m in APPOINTED_RE.finditer(text):
            appointee = chinese_name(m.group("name"), count, after_title=True)
            if appointee and outside(m.start()) and text.startswith(appointee + "为", m.start("name")):
                registry.person(appointee)
        for m in COUNTED_RE.finditer(text):
            for item in re.split(r"[、和及与]", m.group("names")) if outside(m.start()) else []:
                if chinese_name(item, count) == item and not is_common_word(item):
                    registry.person(item)
        for m in KIN_RE.finditer(text):
            relative = chinese_name(m.group("name"), count, after_title=True)
            if relative and outside(m.start()):
                registry.person(relative)
        for m in SEX_MARK_RE.finditer(text):
            named = next(
                (
                    m.group("name")[-n:]
                    for n in (3, 2)
                    if chinese_name(m.group("name")[-n:]) == m.group("name")[-n:]
                ),
                None,
            )
            if named and outside(m.start()):
                registry.person(named)
        for m in CALLED_RE.finditer(text):
            called = m.group("name") or m.group("named") or m.group("spouse")
            shaped = chinese_name(called, count) == called or (len(called) == 4 and not m.group("spouse"))
            if shaped and outside(m.start()) and "某" not in called and not is_common_word(called):
                registry.person(called)
        for m in AGED_RE.finditer(text):
            aged = chinese_name(m.group("name"), count)
            if aged and outside(m.start()) and not is_common_word(aged) and aged[1] != "姓":  # 刘姓男子
                registry.person(aged)
        for m in PSEUDONYM_RE.finditer(text):
            pseudonym = _pseudonym(m.group("name"), text[: m.start("name")], count)
            if pseudonym and outside(m.start()):
                registry.person(pseudonym)
        for m in OF_ORG_RE.finditer(text):
            member = chinese_name(m.group("name"), count)
            if member is not None and member == m.group("name") and outside(m.start()):
                registry.person(member)
        for m in IS_TITLE_RE.finditer(text):
            holder = chinese_name(m.group("name"), count)
            if (
                holder is not None
                and holder == m.group("name")
                and outside(m.start())
                and not is_common_word(holder)
            ):
                title = Span(span.start + m.start("title"), span.start + m.end("title"), m.group("title"))
                registry.person(holder).roles.append((m.group("title"), "", title))
        for m in NAME_TITLE_RE.finditer(text):
            head = m.group("name")
            place = is_common_word(head) or is_common_word(head[1:])  # 乌克兰总统, 和美国总统
            two = head[1:]  # 正如李强总理所说: a name of two, an everyday word being no one's
            if (
                len(head) == 3
                and chinese_name(head, count) != head
                and two[0] in SURNAMES_1
                and not is_common_word(head[:2])
            ):
                if everyday_use(two) is None and not is_place(two):
                    registry.person(two)
            elif not place and chinese_name(head, count) == head:  # in quote marks too: 习近平总书记在报告中…
                registry.person(head)
        for m in NAME_IN_BODY_TITLE_RE.finditer(text):
            head = m.group("name")
            if outside(m.start()) and chinese_name(head, count) == head and not is_common_word(head[:2]):
                registry.person(head)
        for m in NAME_TITLE_SPEAKS_RE.finditer(text):
            head = m.group("name")
            if head[-1] in _PLACE_OR_BODY_END:
                continue  # 高雄市市长表示: the city's mayor, no one named
            if outside(m.start()) and chinese_name(head, count) == head and not is_common_word(head):
                registry.person(head)
        for m in _MONASTIC_RE.finditer(text):
            name = m.group("name")
            if _NOT_MONASTIC.intersection(name):
                continue
            if outside(m.start()) and not is_common_word(name) and not is_verbal(name):  # 带领法师, 退居和尚
                registry.person(name).short_forms.add(m.group())
        for m in SPEAKER_RE.finditer(text):
            speaker = _speaker_name(m.group("name"), count)
            at = text.rfind(speaker, m.start(), m.end()) if speaker else -1
            if at > 0 and is_common_word(text[at - 1 : at + 1]):
                speaker = None  # 员工响应工会呼吁: the surname ends a word (响应)
            if speaker and outside(m.start()) and "公告" in m.group():
                registry.org(_announcer_name(m.group("name"), speaker))  # 易世达在此前的公告中称: a company
            elif (
                speaker
                and outside(m.start())
                and not ORG_RE.match(m.group("name"))
                and not _is_org(registry, speaker)
            ):
                registry.person(speaker)
            elif outside(m.start()):
                body_name = re.sub(r"(?:则|也|还|亦|又)$", "", m.group("name"))
                if _PUBLIC_BODY.fullmatch(body_name):
                    registry.org(_with_place(text, m.start(), body_name))  # 台国安局表示, 外交部则指出
        for m in (*LEARNED_FROM.finditer(text), *BODY_SPOKESMAN.finditer(text)):
            if outside(m.start()) and one_body_named(m.group("who")):
                registry.org(m.group("who"))  # 记者从交运局获悉,…; 市容局工作人员表示
        english_names(registry, span, outside, alone, lambda name: bool(ORG_RE.fullmatch(name)))
        for m in LATIN_ORG_IN_CJK.finditer(text):
            if outside(m.start()):
                registry.org(m.group("org") or m.group("org2"))
        known: set[str] | None = None
        for m in ANNOUNCER_RE.finditer(text):
            known = known if known is not None else _known_forms(registry)
            if outside(m.start()) and _announcer(m.group("org"), count, known):
                registry.org(m.group("org"))
                known.add(m.group("org"))
        _defined_names(registry, span)
        _bodies(registry, text, outside)
        for m in ORG_RE.finditer(text):
            if outside(m.start()) and not _inside_name(registry, text, m.start(), body):
                registry.org(_org_name(m.group()))
    for span in spans:  # names printed bare, once every other rule has named whom it can
        before = body[max(0, span.start - 160) : span.start]
        first_named(registry, span, lambda i, at=span.start: not quoted.inside(at + i), before)
    drop_lead_words(registry)
    keep_generation(registry, body)
    keep_initial(registry, body)
    drop_names_read_as_words(registry, _tagged(registry, spans, quoted, body), body)
    for span in spans:
        _listed_among_names(registry, span, quoted)
    if language(body) == "en":
        tagged_english_names(registry, spans, body, english_people, opens_with_a_plural)
    _handles(registry, body)
    fold_shortened_orgs(registry)
    settle_town_police(registry, body)
    settle_names(registry, body)
    _by_surname(registry, body)
    _addressed_only(registry, body, quoted)
    _drop_non_names(registry, body)


# a title printed after a Chinese name, as Taiwan's and Hong Kong's papers print it (刘碧云校长期许…,
# 卢秀燕市长今天出席), before a verb, a word of time or a mark, not a longer word (李明市长办公室)
_TITLE_AFTER = re.compile(
    rf"(?P<title>{TITLE_RE})(?=[表说称指强认出今昨前在于与和,，。、:：也亦则更并曾将已致期希呼率带主到]|$)"
)


def titles_after_names(registry: Registry, spans: list[Span]) -> None:
    """The title printed right after a Chinese person's name is a role of theirs (the first printing of
    each title): the rules read titles before names only. Only for people the text names where they are
    found (mentions): a role keeps a person in the article."""
    people = [p for p in registry.persons() if len(p.name) >= 2 and is_cjk(p.name[0]) and p.mentions]
    for person in people:
        held = {title for title, _, _ in person.roles}
        for span in spans:
            for at in (m.end() for m in re.finditer(re.escape(person.name), span.text)):
                m = _TITLE_AFTER.match(span.text, at)
                if m is not None and m.group("title") not in held:
                    held.add(m.group("title"))
                    title = m.group("title")
                    person.roles.append((title, "", Span(span.start + at, span.start + m.end(), title)))


# the last word of a title, never of a name (the Senior Minister said: a title read as a name)
_TITLE_ENDS = {
    "Minister",
    "President",
    "Secretary",
    "Governor",
    "Chairman",
    "Chairwoman",
    "Officer",
    "Director",
    "Commissioner",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Mayor",
    "Premier",
    "Senator",
}


def _drop_non_names(registry: Registry, body: str) -> None:
    """No person is named by a title (the Senior Minister) or by an everyday word that names nobody
    (強調, 公开), whichever rule read it as a name, unless that word is no verb nor adverb and a title is
    printed right before it (市委副书记温暖, not 總統強調, 外长公开表示); an organisation's (國務院) is an
    organisation."""
    for entity in registry.persons():
        if entity.name.rsplit(" ", 1)[-1] in _TITLE_ENDS:
            del registry.entities[entity.key]
            continue
        use = everyday_use(simplified(entity.name)) if _CJK_ONLY.fullmatch(entity.name) else None
        if use is None or (use != "verbal" and re.search(rf"(?:{TITLE_RE}){re.escape(entity.name)}", body)):
            continue
        del registry.entities[entity.key]
        if use == "org":
            registry.org(entity.name)


# a tagged name that is a credit, not a person of the story: 【编辑:李骏】, 本 期 编 辑 邢潭, 记者 张浩 摄,
# 许维宁摄, 记者林悦翻摄, a handle (刘吻雯_LoisLiu)
_CREDIT_BEFORE = re.compile(r"(?:编\s*辑|来源)\s*[:：]?\s*$")
_CREDIT_AFTER = re.compile(
    r"\s*(?:摄|翻摄|[_A-Za-z@]|\d(?!\d*\s*[米岁歲年月日时時分秒名个個位元次场場届屆号號]))"
)  # a handle's digits, not a count after the name (黄瑰芬200米夺冠)
# a two-character name (a surname and one character) wants more: printed twice, or among listed names
# (记者余亚莲 吴璇 廖颖谊, 实习生马萌); 辞任董秘一职, 郑做什么, 候任特首 are printed once
_LISTED_BEFORE = re.compile(r"(?:[、\s]|记者|实习生|通讯员)$")
_LISTED_AFTER = re.compile(r"[、\s]")


def _tagged(registry: Registry, spans: list[Span], quoted: Regions, body: str) -> list[Word]:
    """Chinese names the tagger reads as people's, outside quoted stretches or in someone's statement
    (“…湖对岸是我们村经济能人刘文秀的草莓种植基地…”), longest first; the words it read. When shaped
    as names and passing as one where printed (_not_a_name_there), tagged a person at most places they
    are printed (not 元朗, a place elsewhere), and not part of a name tagged or known (郑月娥 in 林郑月娥); a
    person the rules found under the tagged name's start, and only there, takes the whole name."""
    tags: dict[str, list[bool]] = {}
    found: dict[str, int] = {}
    places: set[str] = set()  # 沈高 of 沈高镇, 沈高村: a place's name, wherever else it is read as a person's
    speaking: dict[str, int] = {}  # bodies opening a clause that speak in it
    run_on: dict[str, str] = {}  # each tagged word with the character run on after it, if its name's
    words: list[Word] = []
    for span in spans:
        if not any(is_cjk(ch) for ch in span.text):
            continue
        for at, word, tag in tagged_words(span.text):
            tags.setdefault(word, []).append(tag == "PER")
            words.append(Word(span.start + at, span.start + at + len(word), tag))
            if tag == "PER" and _outside_or_said(quoted, span.start + at):
                if word not in run_on:  # (once a word: a line of 10,000 王• read it 4,000 times)
                    run_on[word] = _run_on_before_title(word, body)
                whole = _listed_whole(span.text, at, word) or run_on[word]
                if whole != word:
                    tags.setdefault(whole, []).append(True)  # the run-on name takes the cut one's vote
                found.setdefault(whole, span.start + at)
            elif tag in ("LOC", "ORG") and len(word) > 2 and word[-1] in "市省县区州镇乡村":
                places.add(word[:-1])
            if _body_speaking(span.text, at, word, tag) and not quoted.inside(span.start + at):
                speaking.setdefault(word, span.start + at)
    known = _Known(registry)
    for word in speaking:
        if not known.overlaps(word) and not is_place(simplified(word)):
            registry.org(word)  # 高雄市刑事警察大隊表示, 縣府澄清表示: a body speaks
            known.add(word)
    people = {p.name: p for p in registry.persons()}
    for word in [w for w in found if len(w) == 3 and w[:2] in found]:
        if body.count(word[:2]) - body.count(word) >= 2 * body.count(word):
            del found[word]  # 肖丽铁了心 beside 肖丽 printed alone five times: 肖丽, then an idiom
    inside_tagged = {part for word in found for part in _parts(word)}
    for word, at in sorted(found.items(), key=lambda f: (-len(f[0]), f[1])):
        votes = tags[word]
        if 2 * sum(votes) <= len(votes) or _not_a_name_there(word, at, body, known):
            continue
        if word in inside_tagged or word in places:
            continue  # 郑月娥 tagged at one place, 林郑月娥 at another
        if _only_in_slogans(word, body):
            continue
        short = _cut_short(people, word, body)
        if short is not None:
            people[word] = registry.rename(people.pop(short.name), word)
            known.add(word)
        elif not known.overlaps(word):
            registry.person(word)
            known.add(word)
    return words


def _outside_or_said(quoted: Regions, at: int) -> bool:
    """True outside quote marks, or inside a quotation of a sentence or more (not a term in marks)."""
    return not quoted.inside(at) or quoted.length_at(at) >= LONG_QUOTE


# what may stand between a body's name and its verb of speech: a time, an adverb, a way of saying
_BEFORE_SPEAKING = re.compile(
    r"(?:今天|昨天|今日|昨日|日前|早前|此前|当天|當天|当日|當日|最新|稍早|随后|隨後|\d{1,2}日|[（(][^）)]{1,6}[）)])?"
    r"(?:则|則|也|亦|还|還|又|更|再|已|曾|均|都)?(?:澄清|回应|回應|发声明|發聲明|发文|發文|发布|發布)?"
)


# what opens no one body's name: this, that, two, each, all (本院, 该院, 两党, 各部, 全队)
_NOT_ONE_BODY = set("本該该兩两各全此")
# a kind of body, no one of them named (政府表示, 医院表示, 在野党表示)
_BODIES_OF_A_KIND = frozenset(
    ("政府", "医院", "球队", "部队", "在野党", "执政党", "学校", "当局", "官方", "院方", "校方", "党部")
)
_SPEAKS_AS_BODY = re.compile(rf"(?:{SPEECH_RE})|(?:通报|通報|通告|公告|声明|聲明)\s*[:：,，]")


# what opens a run that names no one body: a pronoun, a number, a scene's or a time's word (他对医院,
# 两名消防队, 随后该局)
_NO_BODY_OPENING = re.compile(
    r"^(?:[他她它我你其][们們]?|[一二两三四五六七八九十几多数\d]|随后|会后|会上|此外|另外|同时|当天|今天|昨天)"
)


def one_body_named(run: str) -> bool:
    """True when a run of characters before 获悉 or 工作人员 names one body (交运局, 市容局): a body's ending,
    no place (父亲处, 知情人士处: from someone's side), no pronoun, number or scene opening it, none of a
    kind (医院), no preposition inside (他对医院)."""
    return (
        bool(BODY_NAME_END.search(run))
        and not run.endswith(("处", "處"))
        and run[0] not in _NOT_ONE_BODY
        and not _NO_BODY_OPENING.match(run)
        and simplified(run) not in _BODIES_OF_A_KIND
        and not re.search(r"[对對向跟给給把被在从從]", run)
    )


def _body_speaking(text: str, at: int, word: str, tag: str) -> bool:
    """True when a word the tagger reads as an organisation (or a noun ending as a body's name does)
    opens a clause and speaks in it: 兰州市公安局城关分局发布通报:, 縣府澄清表示, 數發部今天表示."""
    if (
        tag not in ("ORG", "n", "nz", "nt")
        or len(word) < 2
        or (tag != "ORG" and not BODY_NAME_END.search(word))
        or word[0] in _NOT_ONE_BODY  # 本院表示, 两党都表示: this one, two of them
        or simplified(word) in _BODIES_OF_A_KIND  # 政府表示, 医院表示: any
    ):
        return False
    if at > 0 and text[at - 1] not in "，,。；;：:\n 」”）)】":
        return False
    end = at + len(word)
    between = _BEFORE_SPEAKING.match(text, end)
    return bool(_SPEAKS_AS_BODY.match(text, between.end() if between else end))


_AFTER_A_NAME = frozenset(
    "等们們和与與及跟家说說称稱"
)  # 李明等、: a word after the name, not its third character


def _listed_whole(text: str, at: int, word: str) -> str:
    """A two-character name the tagger cut from the third character of an item amid names listed with 、
    (钟浩源、梁杰球、卢广新: 梁杰球, not 梁杰); none elsewhere."""
    third = text[at + 2 : at + 4]
    if len(word) == 2 and text[at - 1 : at] == "、" and re.match(r"[\u4e00-\u9fff]、", third):
        return "" if third[0] in _AFTER_A_NAME else text[at : at + 3]
    return ""


def _run_on_before_title(word: str, body: str) -> str:
    """A two-character name the tagger cut from a third printed after it wherever it stands (twice at
    least), a title after the three once at least: 張麗 of 當張麗善縣長的耳朵, 將張麗善縣府團隊 is 張麗善."""
    ats = [m.start() for m in re.finditer(re.escape(word), body)] if len(word) == 2 else []
    after = {body[at + 2 : at + 3] for at in ats}
    if len(ats) < 2 or len(after) != 1 or not is_cjk(next(iter(after))) or _NAME_END.match(next(iter(after))):
        return word  # 杜平对记者说, 大費周章開記者會: a word after the name, then a title
    if any(re.match(TITLE_RE, body[at + 3 :]) for at in ats):
        return word + after.pop()
    return word


# a short stretch in corner marks, no sentence of its own: 「馬年旗開旺,苗栗願景亮」
_SLOGAN = re.compile(r"「[^「」。！？!?\n]{2,16}」")


def _only_in_slogans(word: str, body: str) -> bool:
    """A word printed only inside slogans in corner marks (苗栗願景亮): a theme's words, nobody's name."""
    inside = sum(m.group().count(word) for m in _SLOGAN.finditer(body))
    return inside > 0 and inside == body.count(word)


def _cut_short(people: dict, word: str, body: str):
    """The person the rules found under the start of a tagged name (people: by name), printed mostly
    inside it (林郑月 of 林郑月娥, printed once more in 林郑月底到…; 丁红 of 委员丁红都), unless the tagged
    name runs into a word, or None."""
    for size in range(len(word) - 1, 1, -1):
        person = people.get(word[:size])
        if person is not None:
            inside = body.count(word)
            mostly = body.count(word[:size]) - inside < inside
            return person if mostly and not _runs_into_a_word(word, body) else None
    return None


def _runs_into_a_word(word: str, body: str) -> bool:
    """The word's last character starts a word with the next one where it is printed (蒋凌代行, 蒋凌代为:
    the rules' 蒋凌 stands)."""
    return any(is_common_word(body[m.end() - 1 : m.end() + 1]) for m in re.finditer(re.escape(word), body))


def _parts(word: str, longest: int = 8) -> set[str]:
    """The shorter stretches of a word (of a name's length: the longest words are no names)."""
    if len(word) > longest:
        return set()
    return {word[i:j] for i in range(len(word)) for j in range(i + 1, len(word) + 1)} - {word}


class _Known:
    """The names found before the tagger, looked up in constant time (an article may name thousands)."""

    def __init__(self, registry: Registry) -> None:
        self.names = {e.name for e in registry.entities.values()}
        self.inside = {part for name in self.names for part in _parts(name)}
        self.openings = {name[:2] for name in self.names}
        self.orgs = {form for e in registry.orgs() for form in {e.name} | e.short_forms}
        self.org_lengths = sorted({len(form) for form in self.orgs})

    def add(self, name: str) -> None:
        """A name the tagger added."""
        self.names.add(name)
        self.inside |= _parts(name)
        self.openings.add(name[:2])

    def overlaps(self, word: str) -> bool:
        """The word is part of a known name, or a known name part of it."""
        return word in self.names or word in self.inside or bool(_parts(word) & self.names)

    def org_at(self, body: str, at: int) -> bool:
        """A known organisation's name is printed at `at`."""
        return any(body[at : at + n] in self.orgs for n in self.org_lengths)


def _name_shaped(word: str) -> bool:
    """A surname and one or two characters (after a second surname: 林郑月娥), none of them a pronoun or a
    particle (the tagger says where the name ends: 邓炳强问…, though 强 often starts the next word)."""
    size = 2 if word[:2] in SURNAMES_2 else 1 if word[:1] in SURNAMES_1 else 0
    given = word[size:]
    return (
        size > 0
        and (1 <= len(given) <= 2 or _two_surnames(given))
        and all(is_cjk(ch) and ch not in _PRONOUNS and ch not in _PARTICLES for ch in given)
        and word not in NOT_NAMES
    )


def _two_surnames(given: str) -> bool:
    """A second surname and a given name of two characters (林郑月娥, 颜蔡淑惠), not a word (王任政协: 王 to
    serve at 政协)."""
    return len(given) == 3 and given[0] in SURNAMES_1 and not is_common_word(given[1:])


def _second_surname_cut(word: str, at: int, body: str, known: _Known) -> bool:
    """行政长官林郑月娥 tagged 郑月娥: the name runs on from a surname before it that a known name opens
    with (林郑)."""
    return at > 0 and body[at - 1] + word[0] in known.openings


def _not_a_name_there(word: str, at: int, body: str, known: _Known) -> bool:
    """A tagged word that is no name where it is printed: not shaped as one, a surname and a title, an
    everyday word or a word's end (候任特首), a credit, an organisation's start (彭博社) or run into a known
    one (任衡岳投资: to serve at 衡岳投资), or two characters printed once and not among listed names."""
    end = at + len(word)
    return bool(
        not (_name_shaped(word) or _foreign_after_title(word, body))
        or word[1] == "姓"
        or "某" in word[1:]  # 李某袭警罪成, 名叫张某: the name withheld
        or honorific(word)
        or word in TITLES  # 助理关长: a title read as a name
        or word[1:] in TITLES
        or word[2:] in TITLES  # 赖总统, 张县长: a surname and a title
        or (len(word) == 2 and word[1] == "官")  # 王官: a magistrate by surname, as Hong Kong's papers print
        or (len(word) == 3 and word[1:] in _SAYING_WORDS and body[end : end + 1] in ",，:：")  # 吴形容,
        or is_common_word(word)
        or (at > 0 and is_common_word(body[at - 1 : at + 1]))
        or _second_surname_cut(word, at, body, known)
        or _surname_then_verb(word, known)
        or (len(word) == 3 and is_verbal(body[at + 1 : at + 5]))  # 任由李侃侃而谈: 李, then an idiom
        or any(known.org_at(body, at + k) for k in range(1, len(word)))  # 任衡岳投资
        or _CREDIT_BEFORE.search(body, max(0, at - 8), at)
        or _CREDIT_AFTER.match(body, end)
        or SUFFIX_RE.match(body, end)
        or (word[-1] == "里" and _BOROUGH_AFTER.match(body, end - 1))  # 公明里里長: a borough
        or (
            len(word) == 2
            and body.count(word) < 2
            and not _LISTED_BEFORE.search(body, max(0, at - 3), at)
            and not _LISTED_AFTER.match(body, end)
            and not _TITLE_FOLLOWS.match(body, end)  # 赵革书记的讲话: a title after it
        )
    )


_TITLE_FOLLOWS = re.compile(rf"(?:{TITLE_RE})")


def _foreign_after_title(word: str, body: str) -> bool:
    """A name of no Chinese shape the tagger reads whole right after a title (主教练莱科难掩失落,
    主帅穆斯卡特接受, 主教练斯科拉里在…): a foreign name printed in characters, two to four of them, none
    a pronoun or a particle, no everyday word, printed twice when it has two."""
    return (
        2 <= len(word) <= 4
        and all(is_cjk(ch) and ch not in _PRONOUNS and ch not in _PARTICLES for ch in word)
        and not is_common_word(word)
        and word not in NOT_NAMES
        and not _PHOTO_CREDIT.search(word)  # 记者涂建荣摄: a photographer's name and credit
        and (len(word) > 2 or body.count(word) >= 2)
        and any(
            _TITLE_BEFORE.search(body, max(0, m.start() - 8), m.start())
            for m in re.finditer(re.escape(word), body)
        )
    )


_MODALS = set("应要会能须该需得")  # the text is read in Simplified characters


def _surname_then_verb(word: str, known: _Known) -> bool:
    """要求蒋应尽快…, 李回应时…: the surname of a person named in full (蒋万安, 李家超) and a modal verb
    (应) or a verb of saying (回应, 反指), not a second person (实习生马萌 beside 马良行 still names one)."""
    said = word[1:] in _SAYING_WORDS or (len(word) == 3 and word[1] in "反另又亦" and word[2] in _SAYS)
    if len(word) == 3 and word[2] in _SAYS and any(len(n) == 4 and n[:2] == word[:2] for n in known.names):
        return True  # 林郑指,… after 林郑月娥: a married name by its two surnames, then 指 (said)
    return ((len(word) == 2 and word[1] in _MODALS) or (len(word) == 3 and said)) and any(
        len(name) >= 3 and name[0] == word[0] for name in known.names
    )


def _glossed_name(run: str) -> str | None:
    """The name at the end of a run of characters before a Latin gloss: past a title and a joining word
    (联邦总督克利, 以及金融部长加拉格尔, 包括莎奇), two to five characters."""
    joins = re.finditer(rf"{TITLE_RE}|{_GLOSS_TITLE}|包括|以及|[的和与及是在被由对向、]", run)
    cut = max((m.end() for m in joins), default=0)
    name = run[cut:]
    return name if 2 <= len(name) <= 5 and not is_common_word(name) else None


def _pseudonym(run: str, before: str, count) -> str | None:
    """The made-up name before 化名: two characters right after a title (记者一心), else a Chinese
    name ending there (小区居民张大伟), three characters or two."""
    if _TITLE_BEFORE.search(before + run[:-2]):
        return run[-2:]
    return next((run[-n:] for n in (3, 2) if chinese_name(run[-n:], count) == run[-n:]), None)


# someone named by surname alone, as the police and the courts do: 林姓记者, 刘姓男子
_SURNAME_ONLY = re.compile(
    rf"(?P<surname>[{_CJK}])姓(?:男子|女子|男童|女童|少年|少女|记者|官员|男|女|嫌犯|嫌疑人|司机|员工|教师|医生)"
)


def _by_surname(registry: Registry, body: str) -> None:
    """林姓记者 is another name of the one person of the article with that surname (none when two are)."""
    for m in _SURNAME_ONLY.finditer(body):
        bearers = [
            e for e in registry.persons() if e.name.startswith(m.group("surname")) and chinese_name(e.name)
        ]
        if len(bearers) == 1:
            bearers[0].short_forms.add(m.group())


# a surname and a form of address on its own: 市民张先生, 行经此处的高先生表示, 于先生告诉记者 (not 王林先生)
_ADDRESSED = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<surname>[\u4e00-\u9fff]{1,2}?)(?:先生|女士|小姐)|"
    r"(?<=[民的位名友者和与及、])(?P<surname2>[\u4e00-\u9fff]{1,2}?)(?:先生|女士|小姐)"
)


def _addressed_only(registry: Registry, body: str, quoted: Regions) -> None:
    """Someone the article names only by surname and a form of address (市民张先生, 王女士说): a person
    by that form, when no one else in the article has that surname (else it is their short form)."""
    for m in _ADDRESSED.finditer(body):
        surname = m.group("surname") or m.group("surname2")
        if quoted.inside(m.start()) or surname not in (SURNAMES_2 if len(surname) == 2 else SURNAMES_1):
            continue
        bearers = [e for e in registry.persons() if e.name.startswith(surname) or m.group() in e.short_forms]
        if not bearers:
            registry.person(m.group())


def _bodies(registry: Registry, text: str, outside) -> None:
    """Bodies named with their Latin acronym (which then names them too) and a place's police,
    prosecutors or army."""
    for m in ACRONYM_RE.finditer(text):
        name = m.group("marked") or m.group("plain")
        if m.group("marked") or outside(m.start()):
            registry.org(name).short_forms.add(m.group("abbr") or m.group("abbr2"))
    for m in EN_ACRONYM_RE.finditer(text):
        name = _spelled_out(m.group("name"), m.group("abbr"))
        if name and outside(m.start()):
            registry.org(name).short_forms.add(m.group("abbr"))
    for m in FORCE_RE.finditer(text):
        place = m.group("place") or ""
        if outside(m.start()) and "的" not in place:  # 之后警方: the police, of no place named
            registry.org(m.group("org") if _PLACE_END.search(place) else m.group("force"))


def _spelled_out(words: str, abbr: str) -> str:
    """The last words before an acronym whose capitals spell it (The Independent Policing Oversight
    Authority, IPOA → Independent Policing Oversight Authority), or nothing when they do not."""
    parts = words.split()
    for start in range(len(parts)):
        capitals = "".join(w[0] for w in parts[start:] if w[0].isupper())
        if capitals == abbr and parts[start][0].isupper() and parts[start] not in ("The", "A", "An"):
            return " ".join(parts[start:])
    return ""


def _inside_name(registry: Registry, text: str, at: int, body: str) -> bool:
    """A company's name that starts inside a person's (任命周建华为… is not 华为)."""
    three = text[max(0, at - 2) : at + 1]
    two = text[max(0, at - 1) : at + 1]
    return (
        (len(three) == 3 and chinese_name(three) == three and body.count(three) >= 2)
        or person_key(two) in registry.entities
        or person_key(three) in registry.entities
    )


def _employer(before_title: str, body: str) -> str:
    """The organisation printed just before a title (宏硕光电|执行长), when the article names it
    again elsewhere and it is not a single common word (公司, 集团)."""
    name = before_title.strip()
    if not 2 <= len(name) <= 8 or not all(is_cjk(c) for c in name) or name[-1] in ORG_NOT_START:
        return ""
    if name in NOT_NAMES or is_common_word(name) or body.count(name) < 2:
        return ""
    return name


def _dotted_name(
    run: str, text: str, at: int, definite: set[str], body: str, trim: bool = True
) -> str | None:
    """The transliterated name a run printed at `at` holds (the words run on after it cut off unless its
    original is glossed after it: not `trim`), or None when its dots part words."""
    name = translit_name(run, text[max(0, at - 8) : at])
    name = _hyphen_kept(trim_translit(name, definite), body) if trim else name
    start = at + run.index(name) if name in run else at
    return None if _words_dotted(name, text, start, start + len(name)) else name


def _hyphen_kept(name: str, body: str) -> str:
    """A double-barrelled last part (蒙特塞拉特·罗梅罗-罗查) when the article prints it so at least twice;
    else the name before the hyphen, which as often joins two names (普利斯科娃-王蔷组合) or a name and a
    site (马斯克-新华网)."""
    if "-" not in name:
        return name
    return name if not name.endswith("-") and body.count(name) >= 2 else name.split("-")[0]


def _words_dotted(name: str, text: str, start: int, end: int) -> bool:
    """True when a dot parts words, not a name's parts, as Taiwan's pages print ‧ (and some ·): a section's
    label (【花莲‧吉安】, 首页·新闻·体育), single characters after the first (真·善·美, 文·图/…), a place
    first (台湾·高雄),
    a reporter and the place reported from (记者王小明·台北报导)."""
    parts = name.split("·")
    return (
        any(len(part) <= 1 for part in parts[1:])  # (乔·拜登: a name's first part may be one)
        or not parts[0]
        or is_place(parts[0])
        or any(len(part) >= 2 and everyday_use(part) is not None for part in parts)
        or (text[start - 1 : start] == "【" and text[end : end + 1] == "】")
        or (chinese_name(parts[0]) == parts[0] and text.startswith(("报导", "报道"), end))
    )


# what stands before a transliterated name and is none of it: a title, a word of grammar, a kind of
# person (林肯中学学生蒙特塞拉特·…, 游客玛丽·…, 其姐姐艾布拉娜·…, 家长安娜·…), an interview (专访伊隆·…)
# (the words first: 教练员 before the title 教练)
_BEFORE_TRANSLIT = re.compile(
    r"家长?|主委|财长|外长|防长|专访|采访|对话|教练员|运动员|学生|选手|球员|队员|演员|歌手|游客|网友|市民|居民|村民"
    rf"|同学|朋友|妻子|丈夫|儿子|女儿|母亲|父亲|姐姐|妹妹|哥哥|弟弟|{TITLE_RE}|[的和与及是在被由对向、]"
)


def translit_name(run: str, before: str = "") -> str:
    """A transliterated name without the words run into its first part (首席执行官山姆·… → 山姆·…);
    `before` is the text just ahead of the run, so a title cut in two is still seen."""
    first, rest = run.split("·", 1)
    context = before + first
    # (a profession ending in 家 too: 分子生物学家卡罗琳·迪恩)
    # every place a title may start, overlapping (委员 of 委员会 hides no 主委: 委员会主委夷将·拔路儿)
    ends = (m.end() for i in range(len(context)) if (m := _BEFORE_TRANSLIT.match(context, i)))
    cut = max(ends, default=0)
    cut = max(0, cut - len(before))
    return first[cut:] + "·" + rest if cut < len(first) else run


_DEFINED_AS = re.compile(
    r"[（(]\s*(?:以下简称|以下称|下称|简称|下同|hereafter|hereinafter)\s*[:：]?\s*"
    r"[“「\"‘]?(?P<short>[^”」\"’（）()]{1,12}?)[”」\"’]?\s*[)）]"
)


def _defined_names(registry: Registry, span: Span) -> None:
    """恒越科技集团（下称「恒越」）: the short name stands for the organisation named just before it."""
    for m in _DEFINED_AS.finditer(span.text):
        before = span.text[: m.start()]
        owners = [e for e in registry.orgs() if any(before.endswith(f) for f in {e.name} | e.short_forms)]
        if owners:
            owner = max(
                owners, key=lambda e: max(len(f) for f in {e.name} | e.short_forms if before.endswith(f))
            )
            owner.short_forms.add(m.group("short"))


_COLLECTIVE = (
    "方面",
    "官方",
    "人士",
    "负责人",
    "发言人",
    "媒体",
    "网友",
    "员工",
    "高层",
    "内部",
    "微博",
    "官微",
    "公众号",
    "官网",
)


# words that end a subject without naming anyone: 董事会同时宣布, 公司昨日收市后发出公告
_NOT_ANNOUNCER = re.compile(r"(?:同时|随后|随即|正式|再次|也|还|则|已|亦|又|均|都)$|发出|收市|公告|方面|官方")


def _known_forms(registry: Registry) -> set[str]:
    """Every spelling known so far, and the first two characters of every name (宏碩 of 宏碩光電)."""
    return set(registry.forms()) | {e.name[:2] for e in registry.entities.values()}


def _announcer(run: str, count, known: set[str]) -> bool:
    """True when the words before 宣布 / 发布公告 name a company not yet known (not a person, an
    everyday word, a date, or a known organisation with words after it: 宏碩去年底)."""
    ministry = len(run) >= 3 and run[-1] in "部局署厅委院办"  # 外交部今天重申: a common word, and a speaker
    if (
        chinese_name(run, count) == run
        or (is_common_word(run) and not ministry)
        or run in NOT_NAMES
        or _NOT_ANNOUNCER.search(run)
        or DATE_FINDER.search(run)
    ):
        return False
    return not any(run[i:j] in known for i in range(len(run)) for j in range(i + 2, len(run) + 1))


_HANDLE = re.compile(r"@(?P<handle>[\w\u4e00-\u9fff-]{2,20})")
_OWN_ACCOUNT = re.compile(
    r"(?:通过|用|在)?(?:其|的)?(?:个人|官方)?(?:微博|即刻|抖音|公众号|小红书|推特|X)?(?:账号|帐号)?(?:在(?:微博|即刻|抖音|小红书))?\s*$"
)
_POSTER = re.compile(r"(?:博主|用户|网友|大V|(?<!官方)账号)\s*$")  # an official account is an organisation's


def _handles(registry: Registry, body: str) -> None:
    """@handles: the account of the person or company named just before it (顾一帆的即刻账号@一帆不是帆,
    许牧在微博@许牧_晨屿), else, after 博主 / 用户, a person known only by the handle."""
    forms = registry.forms()
    for m in _HANDLE.finditer(body):
        before = body[max(0, m.start() - 24) : m.start()]
        owner = _named_just_before(forms, before)
        if owner is not None:
            owner.short_forms.add(m.group())
        elif _POSTER.search(before):
            person = registry.person(m.group("handle"))
            person.short_forms.add(m.group())
            forms.setdefault(person.name, person)


def _named_just_before(forms: dict, before: str):
    """The person or organisation whose name ends `before`, but for words naming an account."""
    for end in range(len(before), 0, -1):
        if not _OWN_ACCOUNT.fullmatch(before[end:]):
            continue
        for start in range(max(0, end - 20), end):
            if before[start:end] in forms:
                return forms[before[start:end]]
    return None


def _name_counter(body: str):
    """How often a name is printed; a three-character one only where its last character does
    not begin an everyday word with the next (蒋凌代为, 蒋凌代行 are not 蒋凌代) — unless a word
    starts right after it (何婉仪表示 is 何婉仪 before 表示, not 仪表)."""

    @functools.cache
    def count(form: str) -> int:
        if len(form) != 3:
            return body.count(form)
        return sum(
            1
            for m in re.finditer(re.escape(form), body)
            if not is_common_word(form[-1] + body[m.end() : m.end() + 1])
            or is_common_word(body[m.end() : m.end() + 2])
        )

    return count


def _announcer_name(run: str, speaker: str) -> str:
    """The company announcing: four characters before its verb are its short name (中金黄金发布公告称,
    贵州茅台公告称), not a person's name at their end (金黄金); else the speaker found."""
    return run if len(run) == 4 and not set(run) & (_PARTICLES | _NEVER_LAST) else speaker


def _with_place(text: str, at: int, body: str) -> str:
    """A public body's name with the place printed into its front (中国外交部, read from 国外交部表示:
    the run before the verb holds four characters at most), and without a character that ends the word
    before it (中央社引述外交部回應: 引述, not 述外交部)."""
    ends_a_word = at > 0 and is_common_word(simplified(text[at - 1] + body[0]))
    if ends_a_word and _PUBLIC_BODY.fullmatch(body[1:]) and not is_place(simplified(text[at - 1] + body[0])):
        return body[1:]
    for size in (3, 2, 1):
        lead = text[max(0, at - size) : at]
        whole = lead + body
        if (
            len(lead) == size
            and _CJK_ONLY.fullmatch(lead)
            and any(is_place(simplified(whole[:end])) for end in range(size + 1, size + 4))
        ):
            return whole
    return body


def _speaker_name(run: str, count) -> str | None:
    """The name just before a speech verb: the last three or two characters of the run (none when
    a collective speaks: 海川汽车方面回应称 is the company, not a 车方面)."""
    run = re.sub(r"(?:向|对|跟|和|告诉|接受)记者$", "", run)
    run = re.sub(r"(?<=[\u4e00-\u9fff]{3})(?:则|也|亦)$", "", run)  # 翁晓玲则说: the name, an adverb
    run = re.sub(r"(?<=[\u4e00-\u9fff]{2})特此$", "", run)  # 本人杨宁特此声明: the name, then "hereby"
    if (
        len(run) < 2
        or run.endswith(_COLLECTIVE)
        or _TITLE_END.search(run)
        or run[-1] in _BODY_END + _PLACES_END
        or (run[-1] in "镇乡区" and is_place_word(run[-3:]))
    ):
        return None  # a collective, a title, a public body or a place speaks: 台国安局表示, 连江县也宣布
    for size in (3, 2):
        if len(run) >= size:
            name = chinese_name(run[-size:], count)
            adverb = (
                name is not None
                and (  # 均曾公开表示 names nobody
                    # 许皓程也於受訪批評, 打来热线称: a preposition or a verb's end, then a word
                    (size == 3 and name[0] in "曾向于来" and _word_or_verb(name[1:]))
                    or (size == 2 and is_common_word(name))
                    or (size == 3 and _joined_name(name, count))
                )
            )
            if name == run[-size:] and not honorific(name) and not adverb and not name.endswith("以"):
                return name
    return None


def _word_or_verb(text: str) -> bool:
    """True for an everyday word or a verb (热线, 受访)."""
    return is_common_word(text) or is_verbal(text)


def _joined_name(name: str, count) -> bool:
    """True when a three-character name is a word that joins clauses (但, 而, 并…) before a
    two-character name printed more often alone (…出台,但李理认为 beside 记者李理说)."""
    rest = name[1:]
    return name[0] in NAME_STOP and chinese_name(rest, count) == rest and count(rest) > count(name)


def _is_org(registry: Registry, name: str) -> bool:
    return any(e.kind == "org" and name in e.name for e in registry.entities.values())


# a photo's credit after the photographer's name: 记者林悦摄, 记者屠惠刚翻摄
_PHOTO_CREDIT = re.compile(r"翻?摄(?:影)?$|翻?摄(?!像)")


def _roles(registry: Registry, span: Span, outside, quotation, count, body: str, definite: set[str]) -> None:
    """People named after a title: outside quote marks, after a title in marks (台湾当局“行政院长”游锡堃),
    or inside a quotation of a sentence or more (a filing quoted: “…收到公司董事长徐东升提交的…”)."""
    for m in ROLE_RE.finditer(span.text):
        in_marks = not (
            outside(m.start()) or (m.group("mark") and outside(m.start("name"))) or quotation(m.start())
        )
        raw = m.group("name")
        dotted = _dotted_name(raw, span.text, m.start("name"), definite, body) if "·" in raw else None
        name = (
            dotted
            if dotted
            else raw
            if re.fullmatch(LATIN_NAME, raw)
            else _titled_name(
                m.group("title"), span.text[m.start("name") : m.start("name") + 12], count, body
            )
        )
        if (
            name
            and len(name) > 2
            and name.endswith("外")
            and "除" in span.text[max(0, m.start() - 30) : m.start()]
        ):
            name = name[:-1]  # 除索国贸易观光部部长萨德外,尚有…: besides 萨德
        if not name or _plain_noun(m.group("title"), span.text[: m.start()], name, body):
            continue
        if _place_across_title(span.text, m.start("title"), m.group("title"), name):
            continue  # 万州长江二桥: a place (万州), then another's bridge (长江二桥), no 州长 there
        if m.group("title") == "司长" and span.text[m.start() - 1 : m.start()] == "公":
            continue  # 该公司长江以南地区: a company (公司), then 长江, no 司长 there
        if m.group("title") == "里长" and re.search(r"[\d万千百十公英海]$", span.text[: m.start()]):
            continue  # 万里长江, 千里长堤: a distance in 里 and 长 (long), no borough chief
        if _BOROUGH_AFTER.match(span.text, m.start("name") + len(name)):
            continue  # 會長由公明里里長蔡水松: by (由) the borough 公明里's chief, no 由公明
        if in_marks and not any(outside(at.start(), 0) for at in re.finditer(re.escape(name), body)):
            continue  # in marks (「…州长杜希访问团」), a name only when printed outside them too (杜希则提到)
        if _not_the_title_holder(name, span.text, m.start("name") + len(name), body):
            continue
        if _PHOTO_CREDIT.search(name) or _PHOTO_CREDIT.match(span.text, m.start("name") + len(name)):
            continue  # (合成图/记者林悦翻摄): a photographer's credit, no person of the story
        start = _role_start(span.text, m.start())
        org = _org_before(span.text, start, m.start()) or _employer(span.text[start : m.start()], body)
        if org:
            registry.org(org)
        person = registry.person(name)
        person.roles.append(
            (
                m.group("title"),
                org,
                Span(span.start + start, span.start + m.start("name"), span.text[start : m.start("name")]),
            )
        )
        if (
            len(name) >= 3
            and is_cjk(name[0])
            and chinese_name(name) is None
            and body.count(name[:2]) > body.count(name)
        ):
            person.short_forms.add(name[:2])  # 木原稔 … 木原说: a Japanese name's family name alone
        elif (
            len(name) == 4
            and name[0] in SURNAMES_1
            and name[1] in SURNAMES_1
            and body.count(name[:2]) > body.count(name)
        ):
            person.short_forms.add(name[:2])  # 林郑月娥 … 林郑稱: a Hong Kong married name by its surnames
        for listed in _listed_after(span.text, m.start("name") + len(name), count, body):
            registry.person(listed)


# a preposition before a name, after a title used as a noun: 有记者向郑薇提到 (the journalist asks 郑薇)
_PREPOSITIONS = "向对跟给被让把"
# adverbs right after a title used as a noun (巡警都没空), each also a rare surname
_ADVERBS = "都也均亦还已又再并仍"
# a word of time a character of the candidate opens: 立委于上周末前往 (于上 + 周末)
_TIME_AFTER = re.compile(r"(?:周|月|星期|礼拜|午)")


def _place_across_title(text: str, at: int, title: str, name: str) -> bool:
    """True when a title is read across two places' names: the character before it and its first make
    one (万州), its last and the name's first another (长江), and the name ends as a bridge or a road
    does (长江二桥), not as a person's (县长江清河)."""
    return (
        at > 0
        and is_common_word(text[at - 1] + title[0])
        and is_place(title[-1] + name[:1])
        and name[-1] in "桥路街港站湖河"
    )


def _not_the_title_holder(name: str, text: str, end: int, body: str) -> bool:
    """True when the name after a title is a preposition and a name printed more often without it
    (记者向郑薇提到), opens with an adverb (巡警都没空), or ends in 上/下/本 opening a word of time
    (立委於上周末: no 於上)."""
    if len(name) == 3 and name[0] in _PREPOSITIONS and body.count(name[1:]) > body.count(name):
        return True
    if name[0] in _ADVERBS:
        return True  # 巡警都没空回家: the title used as a noun, then an adverb
    return name[-1] in "上下本" and bool(_TIME_AFTER.match(text, end))


def _listed_after(text: str, at: int, count, body: str) -> list[str]:
    """The names listed with 、 after a titled name (候选人余天、郭国文辅选), each printed again in the
    article: the title is theirs too."""
    names: list[str] = []
    while text.startswith("、", at):
        name = chinese_name(text[at + 1 : at + 5], count)
        if not name or body.count(name) < 2 or re.match(TITLE_RE, text[at + 1 :]):
            break
        if name.endswith("委") or text.startswith(("地区", "一带"), at + 1 + len(name)):
            break  # 张华昆、区委常委、…, 冯彦国、关西地区…: a party committee or a region, no one
        names.append(name)
        at += 1 + len(name)
    if text.startswith(("与", "和"), at):  # 创始人贾国龙与罗永浩围绕…: a person beside a person
        name = chinese_name(text[at + 1 : at + 5], count)
        if name and body.count(name) >= 3 and not re.match(TITLE_RE, text[at + 1 :]):
            names.append(name)
    return names


# titles of officials and envoys, after which foreign names (of surnames unknown) are printed
FOREIGN_TITLES = frozenset(
    ("国家主席", "总统", "副总统", "总理", "副总理", "首相", "日相", "外长", "大臣", "外务大臣", "官房长官")
    + ("大使", "议长", "理事长", "部长", "副部长", "秘书长", "副秘书长", "局长", "主席", "市长")
)
# where a name after a title ends: a date, a verb of speech or motion, a particle, punctuation
_NAME_END = re.compile(
    r"(?:表示|说|称|指出|透露|强调|认为|回应|宣布|告诉|呼吁|坦言|直言|补充|解释|谈到|提到|警告|致词|致辞|出席"
    r"|今日|今天|昨日|昨天|明天|今年|去年|明年|日前|近日|当天|此前|此后|随后|上午|下午|晚间|长期|一行|先生|女士"
    r"|一同|一起|一道"  # 社长李睿军一同调研
    r"|时(?:说|称|表示|指出|强调|透露)"  # 会见…会长森民夫时说: the time of a meeting, then who speaks
    r"|提出|会见|访问|前往|抵达|举行|发表|接受|致电|代为|担任|代表|[一二三四五六七八九十]{1,3}[年月日]"
    r"|[曾均都也亦则还已将在于对向与和及等为是的被把从到给以就又再正并且而但却仍会能要可所共同因]"
    r"|[^\u4e00-\u9fff])"
)


# a borough (里) and its chief after a name's characters: 由公明里里長蔡水松, 由公明里蔡水松里長
_BOROUGH_AFTER = re.compile(r"里(?:里[長长]|[\u4e00-\u9fff]{2,3}里[長长])")
# what joins a title to the words after it (记者和外国记者, 发言人由副主任…), each also a surname
_JOINING = "和与及由兼"


def _titled_name(title: str, after: str, count: Callable[[str], int], body: str) -> str | None:
    """The name printed right after a title: a Chinese name (surname and one or two characters),
    one character longer where the longer form visibly ends somewhere and the article never prints
    the shorter alone (刘结一向…, not 刘结); after an official's title, a name of an unknown surname
    (木原稔, 金杉宪治, 川普争执) up to where it visibly ends, four characters at most (five before
    punctuation: 记者阿费沃尔克。), unless title and run make a word (董事会已…)."""
    if re.match(TITLE_RE, after[1:]):
        return None  # 董事长和总经理: a conjunction between two titles
    if title == "日相" and is_common_word("相" + after[:1]):
        return None  # 中日相关人士: no Japanese prime minister, 相关
    if re.match(r"(?:后|前|时|期间)(?![\u4e00-\u9fff]{0,2}(?:表示|说|称))", after):
        return None  # 当选院士后做的第一件事, 就任市长前: a time clause, no name
    if after[:1] in _PREPOSITIONS and is_common_word(after[1:3]) and len(after) >= 3:
        return None  # 科学家向观众介绍: a preposition and whom it points to, no surname 向
    if re.match(r"若[未不没是要能有]", after):
        return None  # 市长若未表示意见: "if", no surname 若
    if after[:1] in "团们" or re.match(r"席[欲上前旁后位次]", after):
        return None  # 教练团所想要的, 议员们, 冲向法官席欲…, 议员席次: the title's group or seat, no 团 or 席
    if after[:1] in _JOINING and body.count(after[:3]) < 2:
        return None  # 发言人和媒体, 发言人由副主任…: a conjunction or 由 after a title, no surname
    if len(after) >= 4 and is_verbal(after[:4]):
        return None  # 嫌犯繩之以法: an idiom, no name (拉夫罗夫, 司徒雷登: names the dictionary knows)
    foreign = _FOREIGN_NAME.match(after)
    if foreign is not None and _NAME_END.match(after, foreign.end()):
        return foreign.group()  # 主教练可可维奇还…: a transliterated name by its ending, whatever it holds
    end = None if _NAME_END.match(after) else _NAME_END.search(after, 2)
    longest = 5 if end and not is_cjk(end.group()[0]) else 4
    visible = end is not None and end.start() <= longest
    name = chinese_name(after, count, after_title=True)
    if name and len(name) == 2 and name[0] in SURNAMES_1 and name[1] in SURNAMES_1:
        inner = chinese_name(after[1:], count, after_title=True)
        if inner is not None and len(inner) == 3 and not is_word(inner[1:]) and not is_word(after[1:3]):
            return name[0] + inner  # 行政长官林郑月娥: her husband's surname before her own, Hong Kong's way
    if name and len(name) == 2 and after[2:3] in _JOINING and re.match(r"[。，,；;！!？?)）]", after[3:4]):
        return after[:3]  # 党总支书记徐学和。: a name ending in 和, no conjunction before a full stop
    if name and name.endswith("姓"):
        return None  # 犯罪嫌疑人周姓男子: a surname alone, no name
    if name and _NAME_END.fullmatch(name):
        return None  # 行政長官明天將會召開記者會: a day (明天, 今年) or a verb where a name ends, no name
    if name and len(name) == 2 and is_verbal(name):
        return None  # 县长宣誓就职: the title holder does something, nobody is named
    if name and SUFFIX_RE.match(after, len(name)):
        return None  # 公安分局长和廊派出所接到…: the start of a body's name (和廊派出所), nobody named
    longer = after[: len(name) + 1] if name and not _NAME_END.match(after, len(name)) else ""
    if (
        name
        and len(longer) > len(name)
        and body.count(longer) >= body.count(name)
        and longer[-1] not in _SAYS  # 議員莫乃光指:「…」: Hong Kong's "said", not a fourth character
        and not _runs_into_word(longer, after, body)
        and count(longer)  # printed once at least where its last character starts no word (蒋凌代行)
        and _visibly_ends(longer, body)
        and not _verb_run_on(name, longer, body)
    ):
        return longer
    if name and len(name) == 3 and is_common_word(name[:2]) and body.count(name) == 1:
        return None  # 记者相聚党的十九大: a word, not a name
    if (
        name
        and len(name) == 2
        and is_common_word(name)
        and (body.count(name) == 1 or (modifies_a_verb(name) and is_verbal(after[2:4])))  # 民警成功抓获
        and not _NAME_END.match(after, 2)
    ):
        return (
            None  # 负责人高度重视: an everyday word printed once, not a name (主任高峰表示 still names one)
        )
    if name is not None or not (visible or title in FOREIGN_TITLES):
        return name
    run = after[: end.start()] if end and visible else after[:4]
    word = next((i for i in range(2, len(run) - 1) if is_common_word(run[i : i + 2])), None)
    if word is not None:
        run = run[:word] if title in FOREIGN_TITLES else ""  # 总统川普争执后: the name, then a word
    elif not visible:
        run = ""
    if len(run) < 2 or not all(is_cjk(c) for c in run) or run[0] in _NO_NAME_START | _PRONOUNS:
        return None  # 行政长官我责无旁贷: a pronoun opens no name
    words = (
        is_verbal(run[:2])
        or any(  # 议员履职尽责, 记者调派台湾: a verb, not a name
            is_common_word(w) for w in (run[:2], title + run[0], title[-2:] + run[0], title[-1] + run[0])
        )
        or is_word(title + run[0])  # 记者团一行: the journalists' delegation, no name
    )
    return None if words or run in NOT_NAMES or re.search(TITLE_RE, run) else run


# a transliterated name known by the ending of (mostly Slavic) family names: 可可维奇, 斯捷潘诺夫, 扎哈罗娃
_FOREIGN_NAME = re.compile(
    rf"[{_CJK}]{{1,4}}?(?:维奇|斯基|茨基|诺夫|耶夫|科夫|洛夫|罗夫|维茨|罗娃|诺娃|耶娃|科娃)"
)


# titles that are as often a plain noun, the subject of what follows: 记者拉住…, 记者戴装备…
_PLAIN_NOUN_TITLES = frozenset(("记者", "通讯员", "摄影记者", "学者", "专家", "主播", "主持人", "议员"))


def _plain_noun(title: str, before: str, name: str, body: str) -> bool:
    """记者拉住衣领, 记者戴装备出席, 学者投书: journalists or scholars doing something, nobody named.
    The title is no outlet's (中央社记者杨明珠), and the name reads as words: two characters of an
    everyday word or of no known surname (拉住, 投书), or, after 记者 (so often the subject of what
    follows), three printed once whose last two are a word (戴装备)."""
    if title not in _PLAIN_NOUN_TITLES or re.search(r"[社报台网刊站]$", before):
        return False
    if len(name) == 2:
        return is_common_word(name) or chinese_name(name) is None
    return "记者" in title and len(name) == 3 and body.count(name) == 1 and is_common_word(name[1:])


# what never starts a name of an unknown surname after a title: a verb, a particle (官员涉贪, 院长访日)
_NO_NAME_START = NAME_STOP | set("一之们至涉请遭拟访赴抵自问需须该要得")  # 主管需列席备询: a modal


def _runs_into_word(longer: str, after: str, body: str) -> bool:
    """True when a name one character longer is printed once and its last character opens a word with
    the next, the words after which are none or rarer (王友春作为投资: 作为; 刘文丙陪同调研: 陪同, not 同调;
    not 叶刘淑仪表示: 表示 follows)."""
    end = len(longer)
    across, beyond = after[end - 1 : end + 1], after[end : end + 2]
    return (
        body.count(longer) == 1
        and is_common_word(across)
        and (not is_common_word(beyond) or word_frequency(across) > word_frequency(beyond))
    )


def _verb_run_on(name: str, longer: str, body: str) -> bool:
    """True when a fourth character after a name of three is a verb (王世坚送大铁锅, 林延凤送「…」), which
    only a word of speech or a stop ends anywhere after it ends a name (金杉宪治表示 still names one)."""
    if len(name) != 3 or not is_verbal(longer[-1]) or _two_surnames(longer[1:]):
        return False
    return not any(
        (end := _NAME_END.match(body, m.end())) is not None and _CLOSES_A_NAME.match(end.group())
        for m in re.finditer(re.escape(longer), body)
    )


# what ends a name for sure: a verb of speech or motion, a stop (not a particle, nor a quote opening)
_CLOSES_A_NAME = re.compile(r"[\u4e00-\u9fff]{2}|[说称]|[，,。.;；:：、!！?？)）」”]")


@functools.lru_cache(maxsize=4096)
def _visibly_ends(name: str, body: str) -> bool:
    """True when the name is printed somewhere right before a word that cannot continue it: a verb
    of speech, a particle, punctuation, or an everyday word its last character starts none with
    (邱立强代行: 代行, not 强代)."""
    return any(
        _NAME_END.match(body, m.end())
        or (
            len(name) == 3
            and is_common_word(body[m.end() : m.end() + 2])
            and not is_common_word(name[-1] + body[m.end()])
        )
        for m in re.finditer(re.escape(name), body)
    )


_ADDRESS = re.compile(r"(?:先生|女士|博士)")
_TITLE_END = re.compile(rf"(?:{TITLE_RE})$")


def _addressed(registry: Registry, span: Span, outside, count) -> None:
    """关沛霖先生, 谭咏芝女士, 李文辉博士: a full name with its form of address (formal writing names
    everyone so). Three characters whose first two are no everyday word (not 祝贺何女士), or two
    after a title or a pause."""
    text = span.text
    for m in _ADDRESS.finditer(text):
        if not outside(m.start()):
            continue
        three, two = text[max(0, m.start() - 3) : m.start()], text[max(0, m.start() - 2) : m.start()]
        before_two = text[: m.start() - 2]
        if len(three) == 3 and chinese_name(three, count) == three and not is_common_word(three[:2]):
            registry.person(three)
        elif (
            len(two) == 2
            and chinese_name(two, count) == two
            and (not before_two or not is_cjk(before_two[-1]) or _TITLE_END.search(before_two))
        ):
            registry.person(two)


def _soundbite_speaker(registry: Registry, span: Span) -> None:
    """【同期】远峰新能源董事会秘书 葛蕾：… — the name before the colon, with the title before it."""
    bite = SOUNDBITE.match(span.text)
    if not bite:
        return
    who = bite.group("who")
    title, _, name = who.rpartition(" ")
    name = name.strip()
    if not (chinese_name(name) == name or "·" in name or re.fullmatch(LATIN_NAME, name)):
        return
    person = registry.person(name)
    found = re.search(TITLE_RE, title)
    if found:
        start = span.start + bite.start("who")
        person.roles.append((found.group(), "", Span(start, start + len(title), title)))


# where a role phrase is read back to at most (a credit's brackets, its slash: 〔記者…／台北報導〕民眾黨主席)
_ROLE_BOUNDS = "，,。；;：:、（）()“”「」 \u3000\n的▲〔〕【】[]／/"


def _role_start(text: str, title_at: int) -> int:
    """Where a role phrase begins: back over its organisation and qualifiers to a delimiter."""
    i = title_at
    while i > 0 and text[i - 1] not in _ROLE_BOUNDS and title_at - i < 24:
        i -= 1
    stops = list(_ROLE_STOP.finditer(text, i, title_at))
    return stops[-1].end() if stops else i  # 8月8日收到公司董事长: 公司董事长


# where a role phrase cannot reach back past: a date, or a verb of receiving, naming or leaving
_ROLE_STOP = re.compile(r"\d+日|收到|提交|宣布|任命|提名|选举|聘任|聘请|辞去|担任|出任|接任")


def _org_before(text: str, start: int, title_at: int) -> str:
    m = ORG_RE.search(text[start:title_at])
    return _org_name(m.group()) if m else ""


def _enumeration(registry: Registry, items: str) -> None:
    """由A,B,C共同…: when one item is a person, the others of a name's shape are too (places are none)."""
    parts = [p.strip() for p in re.split(r"[,，、和与及]", items) if p.strip()]
    names = [
        p
        for p in parts
        if 2 <= len(p) <= 3 and all(is_cjk(c) for c in p) and p not in NOT_NAMES and not _place_named(p)
    ]
    if any(chinese_name(p) == p for p in names) and len(names) >= 2:
        for p in names:
            registry.person(p, given_only=chinese_name(p) != p)


def _listed_among_names(registry: Registry, span: Span, quoted: Regions) -> None:
    """区级领导杨斌、侯绍军、焦化保、陈永福、彭韬分别参加: in a list whose items are mostly people already
    found, an item between two list commas shaped as a name is a person too (焦化保, where 焦化 is a word;
    陈永福, which the tagger read as no name), not a place, a body or an everyday word."""
    people = {p.name for p in registry.persons()}
    for run in re.finditer(rf"[{_CJK}]{{2,3}}(?:、[{_CJK}]{{2,3}}){{2,}}", span.text):
        if quoted.inside(span.start + run.start()):
            continue
        items = run.group().split("、")
        ends = [any(items[0].endswith(n) for n in people), any(items[-1].startswith(n) for n in people)]
        middle = items[1:-1]
        named = sum(ends) + sum(item in people for item in middle)
        if named < 2 or 2 * named < len(items):
            continue
        for item in middle:
            if item not in people and _name_shaped_item(item):
                registry.person(item)


def _name_shaped_item(item: str) -> bool:
    """A list's item that may be a person's name: a surname, then one or two characters, no place, body,
    title or everyday word."""
    return (
        chinese_name(item) == item  # (李明等: a name, then 等)
        and item not in NOT_NAMES
        and everyday_use(item) is None  # 陈永福 is in the dictionary, as a name
        and not _place_named(item)
        and item[-1] not in _BODY_END
        and not BODY_NAME_END.search(item)  # 区政府
        and item[1:] not in TITLES
        and not honorific(item)
    )


def _place_named(text: str) -> bool:
    """True for a place's name, or any name ending in a kind of place (由福州市、连江县共同举办: two places,
    no people; no person's name ends in 市 or 县)."""
    return is_place(text) or text[-1] in "市县区省镇乡村"


def _org_name(text: str) -> str:
    return text.strip()


def find_mentions(registry: Registry, spans: list[Span]) -> None:
    """Every mention of every known spelling. Chinese names are found among jieba's words, with the
    names added to its user dictionary (so 林俊旸 is one word, not 林/俊/旸, and 吴嘉 is not found
    inside 吴嘉文); Latin names and organisations by their text."""
    forms = registry.forms()
    if not forms:
        return
    cjk = {f: e for f, e in forms.items() if e.kind == "person" and all(is_cjk(c) or c == "·" for c in f)}
    others = {f: e for f, e in forms.items() if f not in cjk}
    with names_as_words(cjk) as tk:
        for span in spans:
            for word, start, end in tk.tokenize(span.text):
                if word in cjk:
                    cjk[word].mentions.append(Span(span.start + start, span.start + end, word))
    lengths: dict[str, list[int]] = {}
    for form in others:
        lengths.setdefault(form[0], []).append(len(form))
    lengths = {first: sorted(set(sizes), reverse=True) for first, sizes in lengths.items()}
    for span in spans:
        for start, form in _literal_matches(span.text, others, lengths):
            others[form].mentions.append(Span(span.start + start, span.start + start + len(form), form))
    for e in registry.entities.values():
        e.mentions.sort(key=lambda s: s.start)


def _literal_matches(text: str, forms: dict, lengths: dict[str, list[int]]):
    """(start, form) of every known spelling in text, longest first at each place and never
    overlapping, a Latin one not inside a longer word (Ardent, not Ardently)."""
    i = 0
    while i < len(text):
        hit = next(
            (form for n in lengths.get(text[i], ()) if _whole(text, i, form := text[i : i + n], n, forms)),
            None,
        )
        if hit:
            yield i, hit
            i += len(hit)
        else:
            i += 1


def _whole(text: str, i: int, form: str, n: int, forms: dict) -> bool:
    """True when form, n characters long at i, is a known spelling not run into Latin letters."""
    return (
        len(form) == n
        and form in forms
        and not (_latin(form[0]) and _latin(text[i - 1 : i]))
        and not (_latin(form[-1]) and _latin(text[i + n : i + n + 1]))
    )


def _latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalpha()
