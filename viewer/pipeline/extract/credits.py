"""Who wrote and who helped: reporters in a dateline's bracket or a sign-off, credit lines,
contributors and media contacts, each with where the name is printed."""

from __future__ import annotations

import itertools
import re

from .entities import chinese_name
from .given import given_names_and_places
from .lexicon import STATION_PHOTO_CREDIT, SURNAMES_1, SURNAMES_2
from .registry import LATIN_NAME
from .segment import Span, lines
from .words import EVERYDAY, is_common_word, is_known_name, is_word, tokenizer

HEAD_LINES = 12  # how far below the top a credit line is looked for
CREDIT_LINE_MAX = 80  # how long a head line crediting people by role may be
# a credit line under the head: 作者 | 林晚, or a paper's 记者 and name after a mark (■记者 桂小笋; the
# first of two, ■本报记者 张三 李四; not 报道 after it)
_CREDIT_LINE = re.compile(
    r"^(?:作者|文|撰文|记者)\s*[|｜:：/]\s*(?P<name>[\u4e00-\u9fff·]{2,6})\s*$"
    r"|^\s*[■□●◆◇▲△★☆]\s*(?:本报)?记者\s*[:：]?\s*(?P<marked>[\u4e00-\u9fff]{2,4}?)"
    r"(?:\s+[\u4e00-\u9fff]{2,4})*(?:报道|报导)?\s*$"
)
_CREDIT_ROLES = ("特约记者", "记者", "通讯员", "实习生", "摄影")


def credits_in_bracket(bracket: str, at: int) -> list[tuple[str, Span]]:
    """Who a dateline's bracket credits (记者 王晓峰 通讯员 李涛), each with where it is printed."""
    out, role = [], ""
    for word in re.finditer(r"[\u4e00-\u9fff]+", bracket):
        text = word.group()
        lead = next((r for r in _CREDIT_ROLES if text.startswith(r)), "")
        role = lead or role
        name, start = text[len(lead) :], at + word.start() + len(lead)
        if role and 2 <= len(name) <= 4:
            out.append((role, Span(start, start + len(name), name)))
    return out


_CREDIT = re.compile(
    r"^\s*\(?\s*(?:Reporting|Writing|Written|Report) by (?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})"
)


# a broadcast or paper story signed at its end: （总台记者 罗一鸣 刘涛 海澄报道）
_SIGN_OFF = re.compile(
    r"^[（(]\s*[\u4e00-\u9fff]{0,4}(?P<role>记者|通讯员)\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*?)"
    r"\s+[\u4e00-\u9fff]{0,6}(?:报道|报导)\s*[)）]\s*$"
)


# a wire story's dateline and reporter closing its last paragraph: …五大洲。(中新社北京10月16日电 记者 曾鼐)
WIRE_SIGN_OFF = re.compile(
    r"[（(]\s*[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日电\s*(?P<role>记者|通讯员)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:(?:\s+|\s*、\s*)[\u4e00-\u9fff]{2,4})*)\s*[)）]\s*$"
)
# reporters credited in brackets closing the last paragraph or on a line of their own:
# …便被警方成功抓获。(记者 安娜), (通讯员 李聪妹 张永 李云泽)
_REPORTER_AT_END = re.compile(
    r"(?:^|[。！？”」])[（(]\s*(?P<role>记者|通讯员)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:\s+(?!校对|监制|编辑|摄影)[\u4e00-\u9fff]{2,3})*)(?:\s+[^()（）]{2,30})?\s*[)）]\s*$"
)
# a story signed with its writer's bare name in brackets on its last line, alone or closing the last
# sentence: (柯岚), …共谋青海未来发展。(乔欣)
_BARE_SIGN = re.compile(r"(?:^|[。！？”」])[（(]\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*[)）]$")


def sign_off(text: str) -> list[tuple[str, Span]]:
    """The reporters who sign a story at its end, each with where the name is printed."""
    all_lines = lines(text)
    for line in reversed(all_lines):
        m = _SIGN_OFF.match(line.text) or WIRE_SIGN_OFF.search(line.text)
        found = m or _REPORTER_AT_END.search(line.text)
        if found is not None:
            at = line.start + found.start("names")
            return [
                (found.group("role"), Span(at + n.start(), at + n.end(), n.group()))
                for n in re.finditer(r"[\u4e00-\u9fff]{2,4}", found.group("names"))
                if m or chinese_name(n.group()) == n.group()  # (记者 瀚文 校对 蒙金霞 监制 黄莺): a pen name
            ]
    bare = _BARE_SIGN.search(all_lines[-1].text) if len(all_lines) > 2 else None
    if bare and _signed_name(bare.group("name")):
        at = all_lines[-1].start + bare.start("name")
        return [("作者", Span(at, at + len(bare.group("name")), bare.group("name")))]
    return []


def _signed_name(word: str) -> bool:
    """A name a story may be signed with in brackets at its end: a person's, no word the dictionary knows
    (杨浦, 方舱), no site or body (海外网, 汪汪队) and no closing formula (全文完, 周末版, 丁香园)."""
    return _is_name(word) and _credited_name(word) and not is_word(word) and word[-1] not in "完版园窝"


def surnamed(word: str) -> bool:
    """A Chinese word opening with a surname, and no word of everyday use."""
    return (word[0] in SURNAMES_1 or word[:2] in SURNAMES_2) and not is_common_word(word)


def _credited_name(word: str) -> bool:
    """A Chinese name a credit prints: surnamed, and not a body's (编辑:余姚网, 审核:文明办, 图/高市府摄)."""
    return surnamed(word) and word[-1] not in "网報报社台站刊办府局委部处院所队司厅会" and "中心" not in word


def _is_name(word: str) -> bool:
    """A Chinese personal name on its own: a surname and the rest, and no word of everyday use."""
    return chinese_name(word) == word and not is_common_word(word)


_CONTACT_HEADING = re.compile(r"^\s*(?:Media|Press|Investor)? ?Contacts?(?:\s*:)?$", re.I)
_CONTRIBUTED = re.compile(
    r"(?:(?:writers?|reporters?|correspondents?|journalists?) |[Ww]ith assistance from )"
    r"(?P<names>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
    r"(?:(?:,| and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})*)(?:(?: in [A-Z][\w -]{1,40}?)? contributed|\.?$)"
)


# a photo's credit closing its caption: (AP Photo/Mary Altaffer, File), (WSAZ/Blake Whitener)
_PHOTO_CREDITS = (
    re.compile(
        r"[.!?]\s*\((?:[A-Z][\w.]*\s)?Photo/(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?:, File)?\)\s*$"
    ),
    re.compile(STATION_PHOTO_CREDIT),
)


def _a_persons_name(name: str) -> bool:
    """A given name first (Mary Altaffer, Jean-Francois Badias), not a body's or a service's words (China
    Daily, Getty Images, Google Maps)."""
    given, _places = given_names_and_places()
    return name.split()[0].split("-")[0] in given


def contributors(text: str) -> list[tuple[str, Span]]:
    """People credited on a closing line ("Associated Press writer Han Seo-yeon in Seoul
    contributed…"), named under a press release's "Media Contact:" or for a photo ((WSAZ/Blake Whitener))."""
    out = []
    all_lines = lines(text)
    for line in all_lines:
        photo = next((m for p in _PHOTO_CREDITS if (m := p.search(line.text))), None)
        if photo is not None and _a_persons_name(photo["name"]):
            at = line.start + photo.start("name")
            out.append(("photo", Span(at, at + len(photo["name"]), photo["name"])))
    for i, line in enumerate(all_lines):
        if _CONTACT_HEADING.match(line.text):
            out += [
                ("media contact", n) for n in all_lines[i + 1 : i + 3] if re.fullmatch(LATIN_NAME, n.text)
            ]
    for line in all_lines:
        m = _CONTRIBUTED.search(line.text)
        if not m:
            continue
        at = line.start + m.start("names")
        for name in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}", m.group("names")):
            out.append(("contributor", Span(at + name.start(), at + name.end(), name.group())))
    return out


def credit_under_head(text: str) -> str:
    """作者 | 林晚 on a line of its own near the top."""
    for line in lines(text)[:HEAD_LINES]:
        m = _CREDIT_LINE.match(line.text)
        if m:
            return m.group("name") or m.group("marked")
    return ""


# a Taiwan paper's reporter credit, on a line of its own or opening the story: 記者黃彥昇/綜合報導,
# 〔記者凌美雪／台北報導〕民眾黨主席…, 記者劉懿萱／台北即時報導, 【波士頓雙語網記者李強報道】
_REPORTER_CREDIT = re.compile(
    r"(?:特派记者|特约记者|特派员|记者)\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*"
    r"(?:[/／][\u4e00-\u9fff]{0,8}?(?:报道|报导)|(?:报道|报导)\s*】)"
)
REPORTER_CREDIT_REACH = 400  # how far into the text such a credit is looked for


def reporter_credit(text: str) -> str:
    """The reporter a Taiwan paper credits near the top (記者X／台北報導, 大波新聞─X/高雄), or ""."""
    m = _REPORTER_CREDIT.search(text, 0, REPORTER_CREDIT_REACH)
    dashed = _OUTLET_DASH_BYLINE.search(text, 0, REPORTER_CREDIT_REACH)
    name = m.group("name") if m is not None else dashed.group("names") if dashed is not None else ""
    # after 记者 a rare word the dictionary tags a name is still one (李强 159), no everyday one (莫斯科 1817)
    known = is_known_name(name) and (tokenizer().FREQ.get(name) or 0) < EVERYDAY
    return name if name and (surnamed(name) or known) else ""


# a local paper's lead opening with its flash and reporter: 宜都融媒讯(记者 杨玉玲)2月7日,…; 本报讯(记者 王琳)
_FLASH_REPORTER = re.compile(
    r"(?:^|\n)\s*[\u4e00-\u9fff·]{0,12}讯\s*[（(]\s*(?:本报)?记者\s*(?P<name>[\u4e00-\u9fff]{2,3})(?=[\s、，,)）])"
)


def flash_reporter(text: str) -> str:
    """The reporter a lead's flash names first (宜都融媒讯(记者 杨玉玲)…), near the top, or ""."""
    m = _FLASH_REPORTER.search(text, 0, REPORTER_CREDIT_REACH * 2)
    return m.group("name") if m is not None and surnamed(m.group("name")) else ""


def credit_line_author(text: str) -> str:
    """The reporter named on a wire story's closing credit line: "(Reporting by Anna Keller; …)"."""
    for line in lines(text):
        m = _CREDIT.match(line.text)
        if m:
            return m.group("name")
    return ""


_EN_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}"
# a wire's credit in a closing bracket or line: (Reporting by Paola Arosio and Giancarlo Navach, editing by …)
_EN_REPORTING = re.compile(
    rf"\b(?:Reporting|Writing|Written|Additional reporting) [Bb]y "
    rf"(?P<names>{_EN_NAME}(?:(?:,| and|, and) {_EN_NAME})*)"
)
# a desk credited, no one person (Editing by Reuters Staff, Desk Team)
_EN_DESK = r"[A-Z][\w.'’-]+ (?:Staff|Team|Desk)\b"
# a wire's editor credited in its closing credit: (Reporting by Ali Kucukgocmen; Editing by Daren Butler)
_EN_EDITING = re.compile(
    rf"(?:^|[(;,]\s*)[Ee]diting [Bb]y "
    rf"(?P<names>(?!{_EN_DESK}){_EN_NAME}(?:(?:,| and|, and) (?!{_EN_DESK}){_EN_NAME})*)"
)
# an AP byline: By VERENA DOBNIK and DAVID CARUSO, Associated Press Writers
_EN_WRITERS = re.compile(
    rf"\bBy (?P<names>{_EN_NAME}(?: and {_EN_NAME})*), "
    rf"(?:(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}}) )?Writers?\b"
)


def writers_outlet(text: str) -> str:
    """The outlet a byline names its writers by (By … and …, Associated Press Writers), or ""."""
    for line in lines(text)[:HEAD_LINES]:
        m = _EN_WRITERS.search(line.text)
        if m is not None and m.group("outlet"):
            return m.group("outlet")
    return ""


# a portal's editor credited on its stamp line: 2018-11-28 09:10:21Xinhua Editor : Mo Hong'e ECNS App Download
_EN_EDITOR = re.compile(r"\bEditor\s*:\s*(?P<names>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})")
# a Chinese byline on a line of its own: 新华社记者韩洁、刘羊旸、崔静 / 明报记者 林迎 邓宗弘 /
# 编译茅毅/综合报导 / ■记者 桂小笋
_CN_BYLINE = re.compile(
    r"^\s*[■□●◆▲★]?\s*[\u4e00-\u9fff]{0,6}?(?P<role>特派记者|特约记者|记者|通讯员|编译)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:(?:、|\s+)[\u4e00-\u9fff]{2,3})*)\s*(?:[/／].{0,12})?"
    r"(?:\s+[\u4e00-\u9fff]{0,4}(?:编辑|责编|校对)\s*[\u4e00-\u9fff]{2,3})?$"  # …许立波  每经编辑 文多
)

CN_BYLINE_MAX = 40  # how long a Chinese byline's line may be
# a Taiwan local paper's byline, its outlet, a dash, the reporter and the place: 大波新聞─劉己玄/高雄
_OUTLET_DASH_BYLINE = re.compile(
    r"^[ \t]*[\u4e00-\u9fff]{0,8}(?:新闻|报|网|社|台)\s*[─—–-]+\s*(?P<names>[\u4e00-\u9fff]{2,3})\s*[/／]\s*"
    r"[\u4e00-\u9fff]{2,4}[ \t]*$",
    re.MULTILINE,
)
# reporters and helpers credited by role, names set apart by spaces, after an outlet's name or in a
# bracket: 甘肃日报记者 杨唯伟 通讯员 何春喜, 通讯员 董宏计 2017年1月19日, (记者 郑与国 通讯员 马文)
_ROLE_SPACED_NAMES = re.compile(
    r"(?P<role>特派记者|特约记者|见习记者|实习记者|记者|通讯员|实习生)\s+"
    r"(?P<names>(?:(?!记者|通讯员|实习生)[\u4e00-\u9fff]{2,3}(?=[\s)）]|\d|$)\s*)+)"
)
# what may close a line of such credits: the place reported from (临沂报道)
_CREDITS_END = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}(?:报道|报导))?\s*$")


def is_cn_byline(line: str) -> bool:
    """True for a Chinese byline on a line of its own, names set apart from the role (通讯员 肖利伟 申太隆
    刘亚平; 大众网·海报新闻记者 滕立军 通讯员 李莹 临沂报道): no headline (最美记者李华 may be one)."""
    if len(line) > CN_BYLINE_MAX:
        return False
    if _OUTLET_DASH_BYLINE.match(line):
        return True
    m = _CN_BYLINE.match(line)
    if m is not None and line[m.end("role") : m.end("role") + 1].isspace():
        return True
    credits = _role_credits(line)
    return bool(credits) and bool(_CREDITS_END.fullmatch(line, credits[-1].end()))


# what may stand before a line's first credit: an outlet's name (新甘肃·甘肃日报, 来源:中国道路运输网),
# no headline's words (致敬！坚守一线的实习生, 两会特写｜)
_OUTLET_BEFORE = re.compile(r"\s*(?:来源\s*[:：]\s*)?[\u4e00-\u9fff·]{0,14}[(（]?\s*")


def _role_credits(line: str) -> list[re.Match]:
    """The credits by role a line is made of, names set apart by spaces (海报新闻记者 滕立军 通讯员 李莹),
    after an outlet's name at most and each name a surnamed one; none for a line of other words."""
    found = list(_ROLE_SPACED_NAMES.finditer(line))
    before = line[: found[0].start()] if found else ""
    if not found or not _OUTLET_BEFORE.fullmatch(before) or "的" in before:
        return []
    names = [n for m in found for n in re.findall(r"[\u4e00-\u9fff]{2,3}", m.group("names"))]
    between = all(not line[a.end() : b.start()].strip() for a, b in itertools.pairwise(found))
    return found if between and all(_credited_name(n) for n in names) else []


def _spaced_credits(line: Span) -> list[tuple[str, Span]]:
    """Who a head line credits by role, names set apart by spaces (记者 杨唯伟 通讯员 何春喜)."""
    out = []
    for m in _role_credits(line.text):
        at = line.start + m.start("names")
        for name in re.finditer(r"[\u4e00-\u9fff]{2,3}", m.group("names")):
            out.append((m.group("role"), Span(at + name.start(), at + name.end(), name.group())))
    return out


# a byline closing a line of outlets' names: 王雅涵 新安晚报 安徽网 大皖客户端记者 向凯
_CN_BYLINE_AT_END = re.compile(
    r"^[^。，,！？!?]*?(?P<role>记者|通讯员|实习生)\s+(?P<names>[\u4e00-\u9fff]{2,3})\s*$"
)

# a credit line naming one or more writers, after an outlet or not: 撰文:李明远 陈思,
# 文|海澄日报 周文静,韩立(实习); or one writer's Latin name: 文:Kevin Li
_CN_CREDIT_LIST = re.compile(
    r"^\s*(?P<role>撰文|文字|文|作者|采写|记者)\s*[|｜:：/]\s*"
    r"(?P<rest>[\u4e00-\u9fff][\u4e00-\u9fff ,，、()（）]{1,40}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$"
)
# a two-character name printed with a space between its characters, as papers set them: 记者 柯 岚
# (文/图 记者 王 涛 方由朝: a spaced name, then another)
_CN_SPACED_BYLINE = re.compile(
    r"^\s*(?:[文图圖]\s*[/／|｜]\s*[文图圖]\s+)?[\u4e00-\u9fff]{0,6}?(?P<role>特派记者|特约记者|记者|通讯员)\s+"
    r"(?P<names>[\u4e00-\u9fff] [\u4e00-\u9fff]"
    r"(?:\s+(?:[\u4e00-\u9fff] [\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3}))*)\s*$"
)
_SPACED_NAME = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,3}")


def _listed_credits(line: Span) -> list[tuple[str, Span]]:
    """The writers of a credit line (撰文:李明远 陈思, 文|海澄日报 周文静,韩立(实习)): each word of
    two or three characters shaped like a name; an outlet's name and a bracketed note are not."""
    m = _CN_CREDIT_LIST.match(line.text)
    spaced = _CN_SPACED_BYLINE.match(line.text)
    if spaced is not None:
        at = line.start + spaced.start("names")
        return [
            (spaced.group("role"), Span(at + n.start(), at + n.end(), n.group()))
            for n in _SPACED_NAME.finditer(spaced.group("names"))
            if chinese_name(n.group().replace(" ", "")) or (len(n.group()) == 3 and surnamed(n.group()))
        ]
    if m is None:
        return []
    at = line.start + m.start("rest")
    if m.group("rest").isascii():  # 文:Kevin Li, as Hong Kong's pages credit in English
        return [(m.group("role"), Span(at, at + len(m.group("rest")), m.group("rest")))]
    return [
        (m.group("role"), Span(at + n.start(), at + n.end(), n.group()))
        for n in re.finditer(
            r"(?<![\u4e00-\u9fff(（])[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff])", m.group("rest")
        )
        if _is_name(n.group())
    ]


# a field of a head line's fields (来源:某报;记者:丁佳、甘晓,见习记者高雅丽,通讯员刘飒报道;2019年11月25日)
# crediting its reporters, each role before the names it credits; a portal prints them apart by spaces
# (来源:江华融媒体中心 作者:蒋林锋 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01 16:43:19)
_FIELD_ROLES = "见习记者|实习记者|特约记者|记者|通讯员|实习生|作者"
# (spaces apart only from where a run of them starts: from inside 20,000 of them each try ran to the end)
_FIELD_APART = re.compile(r"([;；|｜]|(?<!\s)\s+(?=[\u4e00-\u9fff]{1,4}\s*[:：]))")
_CREDIT_FIELD = re.compile(rf"^\s*(?:{_FIELD_ROLES})\s*[:：]")
_FIELD_NAME = re.compile(
    rf"(?:(?P<role>{_FIELD_ROLES})\s*[:：]?\s*)?(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:报道|报导)?(?=[、,，\s]|$)"
)


def _credit_fields(line: Span) -> list[tuple[str, Span]]:
    """The reporters a head line's credit field names, each with the role printed before them."""
    out: list[tuple[str, Span]] = []
    at = line.start
    for part in _FIELD_APART.split(line.text):
        if _CREDIT_FIELD.match(part):
            role = ""
            for m in _FIELD_NAME.finditer(part):
                role = m.group("role") or role
                if role and _is_name(m.group("name")):
                    out.append((role, Span(at + m.start("name"), at + m.end("name"), m.group("name"))))
        at += len(part)
    return out


# an editor credited by a field of a line (责任编辑:黄杨海2014-12-04, 【编辑:李骏】, 新华社编辑:王悦阳), or
# two (审核:刘祥玖 吴江萍; not the next field's label: 编辑:王硼 校对:何盈巧); the writers so too, at the end
# (作者:崔佳 蒋云龙 责任编辑:俞琳)
# (not the label of the next field, set apart by a space alone: 责任编辑 莫家富 监制 黄莺)
CREDIT_LABELS = (
    r"(?:监制|策划|出品|统筹|摄影|摄像|记者|主编|编辑|校对|审核|责编|审校|制作|设计|来源|作者|通讯员|实习生"
    r"|剪辑|视频|美编|编审|终审|复审|初审|点击|时间|日期|浏览)"
)
_CN_EDITOR = re.compile(
    r"(?P<role>责任编辑|实习编辑|值班编辑|编辑|责编|审核人|审核|审校|校对|(?<![\u4e00-\u9fff])作者)"
    r"(?:\s*[:：|｜/]\s*|\s+)"
    rf"(?P<names>[\u4e00-\u9fff]{{2,3}}(?:(?:、|\s+)(?!{CREDIT_LABELS})[\u4e00-\u9fff]{{2,3}})*)"
    r"\s*(?=[】\])）]|\s|\d|$)"
)
# a photographer credited under a picture: (图/凃珮雅摄), 新华社记者 朱峥 摄, 照片由许维宁摄
_CN_PHOTO = re.compile(
    r"(?:图\s*[/／:：]\s*(?:[\u4e00-\u9fff]{0,4}记者)?|[\u4e00-\u9fff]{0,4}记者|(?:照片|图片|相片)由)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,3}\s*翻?摄(?:、[\u4e00-\u9fff]{2,3}\s*翻?摄)*)(?:影)?\s*(?=[)）|｜]|$)"
)
_PHOTO_NAME = r"[\u4e00-\u9fff]{2,3}?(?=\s*翻?摄)"  # each name of a photo credit, before its 摄
# a byline whose name runs into its outlet's, as pages print them pasted: ">> Mira SolbergThe Evening Gazette"
_EN_RUN_IN = re.compile(
    r"^(?:>>|By)?\s*(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}?)(?=The(?: [A-Z][\w.&-]*){1,4}\s*$)"
)


def bylines(text: str) -> list[tuple[str, Span]]:
    """Reporters credited on a byline line (新华社记者韩洁、刘羊旸, By … and …, Associated Press
    Writers) or in a wire's closing credit (Reporting by … and …), each with where it is printed."""
    out: list[tuple[str, Span]] = []
    for i, line in enumerate(lines(text)):
        run_in = _EN_RUN_IN.match(line.text) if i < HEAD_LINES else None
        if run_in is not None:
            at = line.start + run_in.start("name")
            out.append(("writer", Span(at, at + len(run_in.group("name")), run_in.group("name"))))
        out += _listed_credits(line) if len(line.text) <= 48 else []
        out += _spaced_credits(line) if i < HEAD_LINES and len(line.text) <= CREDIT_LINE_MAX else []
        out += _credit_fields(line) if i < HEAD_LINES and len(_FIELD_APART.findall(line.text)) > 1 else []
        short = len(line.text) <= CN_BYLINE_MAX
        chinese = (_CN_BYLINE.match(line.text) or _CN_BYLINE_AT_END.match(line.text)) if short else None
        found = [(chinese, chinese.group("role") if chinese else "", r"[\u4e00-\u9fff]{2,3}")]
        found += [(_OUTLET_DASH_BYLINE.match(line.text) if i < HEAD_LINES else None, "记者", r".+")]
        found += [(_EN_REPORTING.search(line.text), "reporter", _EN_NAME)]
        found += [(_EN_WRITERS.search(line.text), "writer", _EN_NAME)]
        found += [(_EN_EDITING.search(line.text), "editor", _EN_NAME)]
        found += [(_EN_EDITOR.search(line.text) if i < HEAD_LINES else None, "editor", _EN_NAME)]
        found += [(m, m.group("role"), r"[\u4e00-\u9fff]{2,3}") for m in _CN_EDITOR.finditer(line.text)]
        found += [(m, "摄影", _PHOTO_NAME) for m in _CN_PHOTO.finditer(line.text)]
        for m, role, pattern in found:
            if m is None:
                continue
            at = line.start + m.start("names")
            for name in re.finditer(pattern, m.group("names")):
                if "\u4e00" <= name.group()[0] <= "\u9fff" and not _credited_name(name.group()):
                    continue  # 记者感言, 记者手记: a column's heading, nobody credited; 编辑:余姚网, a site
                out.append((role, Span(at + name.start(), at + name.end(), name.group())))
    return out
