"""Read dates as people write them, in Chinese and English, into FuzzyDates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from .dates import (
    DateParseError,
    FuzzyDate,
    ImpossibleDateError,
    day_date,
    month_date,
    month_end,
    part_of,
    span_dates,
    year_date,
)

Reference = FuzzyDate | dt.date | None

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
MONTHS_EN = {
    name: i
    for i, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_WEEKDAYS_CN = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAYS_EN = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_REL_YEARS = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1}
_REL_DAYS = {
    "今日": 0,
    "今天": 0,
    "当日": 0,
    "当天": 0,
    "同日": 0,
    "同一天": 0,
    "次日": 1,
    "昨日": -1,
    "昨天": -1,
    "前日": -2,
    "前天": -2,
    "明日": 1,
    "明天": 1,
    "后天": 2,
    "昨晚": -1,
    "昨夜": -1,
    "今晚": 0,
    "今早": 0,
    "今晨": 0,
    "昨早": -1,
    "昨晨": -1,
    "明早": 1,
    "前晚": -2,
    "明晚": 1,
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
}
_PARTS = {
    "初": "early",
    "年初": "early",
    "月初": "early",
    "上旬": "early",
    "早些时候": "early",
    "中": "mid",
    "年中": "mid",
    "中旬": "mid",
    "底": "late",
    "末": "late",
    "年底": "late",
    "年末": "late",
    "月底": "late",
    "月末": "late",
    "下旬": "late",
    "early": "early",
    "mid": "mid",
    "late": "late",
}
# the Chinese words for a day counted from another (今日, 昨晚, 次日…), longest first
CN_REL_DAY_WORDS = "|".join(sorted((w for w in _REL_DAYS if not w.isascii()), key=len, reverse=True))
_ABOUT_SUFFIXES = ("前后", "左右")
_ABOUT_PREFIXES = ("about ", "around ", "circa ", "c. ", "approx. ", "approximately ", "约", "大约")
_RANGE_SEPARATORS = ("..", "至", "到", "~", "～", "–", "—", " to ")

NUM = r"(?:\d{1,2}|[一二三四五六七八九十两廿卅]{1,3})"  # 廿四日: the 24th
YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
PART_CN = r"(?:年初|年中|年底|年末|月初|月底|月末|上旬|中旬|下旬|初|中|底|末)"
TIME_OF_DAY = (
    r"(?:凌晨|清晨|早上|早间|上午|中午|午间|下午|傍晚|晚间|晚上|夜间|深夜|午夜|早些时候|午后|晚|夜|早)?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)


# Taiwan's 明(19)日, tomorrow the 19th: a day after the reference, never before it
_TOMORROW_DAY = re.compile(r"\s*明[日天]?\s*[（(]\s*\d{1,2}")


_LATE_DAYS = 2  # how late a page may print what "will" happen and still mean that day, not next year's
_WEEKDAY_AHEAD = 31  # how far after the page a day its weekday names may fall (Tuesday, August 5)


def parse_date(text: str, reference: Reference = None, forward: bool = False) -> FuzzyDate:
    """Parse one date or date range; year-less dates take the latest such day on or before the
    reference (with `forward`, for words about what will happen, the earliest on or after it)."""
    forward = forward or bool(_TOMORROW_DAY.match(text))  # 明(19)日: the 19th to come, tomorrow
    reading = _parse(text, reference)
    if reference is None or not reading.year_inferred:
        return reading
    ref_day, _ = _ref_day(reference)
    named = _named_weekday(text)
    if named is not None and reading.precision == "day" and reading.start.weekday() != named:
        ahead = _earliest_reading(text, ref_day)  # Tuesday, August 5 on a page of Saturday the 2nd
        near = (ahead.start - ref_day).days <= _WEEKDAY_AHEAD  # (not a weekday misprinted a year on)
        return ahead if near and ahead.start.weekday() == named else reading
    if not forward or reading.end >= ref_day or (ref_day - reading.end).days <= _LATE_DAYS:
        return reading  # 将于9月25日晚 on a page of the 26th: written before the evening, printed after
    ahead = _earliest_reading(text, ref_day)
    return reading if named is not None and ahead.start.weekday() != named else ahead


# a weekday printed before a month and day: Tuesday, August 5; next Thursday, May 26
_NAMED_WEEKDAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (?:[a-z]{3,9}\.? )?\d", re.I
)


def _named_weekday(text: str) -> int | None:
    """The weekday a date names before its month and day (0 is Monday), if it names one."""
    m = _NAMED_WEEKDAY.search(text)
    return _WEEKDAYS_EN[m.group(1).lower()] if m else None


def _earliest_reading(text: str, day: dt.date) -> FuzzyDate:
    """The earliest reading of a year-less date or range (将于11月19日至25日) that has not ended before
    `day`: each reading is the latest on or before its reference, so the least reference giving one
    is found by halving."""
    lo, hi = day.toordinal(), day.toordinal() + 400
    while lo < hi:
        mid = (lo + hi) // 2
        if _parse(text, dt.date.fromordinal(mid)).end >= day:
            hi = mid
        else:
            lo = mid + 1
    return _parse(text, dt.date.fromordinal(lo))


def _parse(text: str, reference: Reference) -> FuzzyDate:
    """One date or date range, year-less ones read back from the reference."""
    original = text
    clean = _normalise(text)
    if not clean:
        raise DateParseError("empty date")
    try:
        for sep in _RANGE_SEPARATORS:
            if sep in clean:
                left, right = clean.split(sep, 1)
                if left.strip() and right.strip():
                    return _parse_range(left.strip(), right.strip(), reference, original)
        bracketed = _bracketed_day(clean, reference)
        if bracketed is not None:
            return bracketed.with_text(original.strip())
        return _parse_single(clean, reference).with_text(original.strip())
    except (ValueError, KeyError, OverflowError) as exc:
        if isinstance(exc, DateParseError):
            raise
        raise DateParseError(f"cannot read date {original.strip()!r}") from None


# a day named by a word and printed in brackets: 昨日(7日), 星期一(24日), 本周五(5月31日)
_BRACKETED_DAY = re.compile(
    rf"(?P<word>.+?)\s*\(\s*(?:(?P<month>\d{{1,2}})月)?(?P<day>\d{{1,2}})\s*[日号]?\s*\)\s*{TIME_OF_DAY}"
)


def _bracketed_day(clean: str, reference: Reference) -> FuzzyDate | None:
    """The day in the brackets after a word for a day (昨日(7日), 星期一(24日)): the one nearest the day
    the word names (which a page may count from another day than the reference), on its side of it."""
    m = _BRACKETED_DAY.fullmatch(clean)
    if m is None or reference is None:
        return None
    try:
        named = _parse_single(m["word"], reference)
    except DateParseError:
        return None
    if named.precision != "day":
        return None
    day, around = int(m["day"]), named.start
    months = [int(m["month"])] if m["month"] else [around.month - 1, around.month, around.month + 1]
    candidates = []
    for year, month in (
        (around.year + (mo - 1) // 12 + shift, (mo - 1) % 12 + 1) for mo in months for shift in (-1, 0, 1)
    ):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    today, _ = _ref_day(reference)  # a word for a day gone by names a day gone by, and one to come, to come
    candidates = [d for d in candidates if (d <= today) == (around <= today)]
    if not candidates:
        return None
    return day_date(min(candidates, key=lambda d: abs(d - around)), year_inferred=True)


def _parse_range(left: str, right: str, reference: Reference, original: str) -> FuzzyDate:
    """A range; a right side without a year (3月5日, 5日, 1月) is the earliest such date from the
    left's start."""
    first = _parse_single(left, reference)
    last = _earliest_from(right, first)
    spanned = span_dates(first, last, text=original.strip())
    return replace(spanned, year_inferred=first.year_inferred)


def _earliest_from(text: str, first: FuzzyDate) -> FuzzyDate:
    """Parse text; when its year (or month) is not printed, take the earliest reading not before `first`."""
    at_start = _parse_single(text, first.start)
    if not at_start.year_inferred or at_start.end >= first.start:
        return at_start
    lo, hi = first.start.toordinal(), first.start.toordinal() + 400
    while lo < hi:
        mid = (lo + hi) // 2
        if _parse_single(text, dt.date.fromordinal(mid)).end >= first.start:
            hi = mid
        else:
            lo = mid + 1
    return _parse_single(text, dt.date.fromordinal(lo))


# the Traditional forms of the characters dates are written with (本週三, 晚間, 以後)
# a year of the Republic of China, as Taiwan prints it: after 民國 (民國77年), or with three digits and a
# month (111年4月9日; not 立縣115年, which counts years)
_ROC_YEAR = re.compile(
    r"^(?:中華民國|中华民国|民國|民国)\s*(\d{2,3})\s*年|^(1[01]\d)\s*年(?=\s*\d{1,2}\s*月)"
)
ROC_YEAR_ONE = 1911  # the year before the Republic's first

_TRADITIONAL = str.maketrans("週號後間當時點個兩來鐘曆", "周号后间当时点个两来钟历")


def _normalise(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).strip().translate(_TRADITIONAL)
    # Taiwan style: 昨（9）日 and 昨(9日) are the 9th
    s = re.sub(r"^[昨今前明]\s*\(\s*(\d{1,2})\s*(?:\)\s*日?|[日号]\s*\))", r"\1日", s)  # 昨(24), 今( 19 日)
    s = {"昨": "昨日"}.get(s, s)  # Hong Kong and Taiwan papers' 昨赴, 昨去信: yesterday
    s = s.replace("廿", "二十").replace("卅", "三十")  # 九月廿日, 卅一日
    s = re.sub(r"^[昨今前明]\s*\((\d{1,2})/(\d{1,2})\)\s*日", r"\1月\2日", s)  # 今(7/9)日 is 7月9日
    s = re.sub(r"^[昨今前明][日天]\s*\((\d{1,2})/(\d{1,2})\)$", r"\1月\2日", s)  # 今天(10/2)
    s = re.sub(r"^今\s*\((\d{4})\)\s*年", r"\1年", s)  # 今(2022)年
    s = re.sub(r"^今\s*\((\d{2,3})\)\s*年", lambda m: f"{int(m.group(1)) + 1911}年", s)  # 今(113)年: Taiwan's
    s = _ROC_YEAR.sub(
        lambda m: f"{int(m.group(1) or m.group(2)) + ROC_YEAR_ONE}年", s
    )  # 民國96年, 111年4月9日
    s = re.sub(r"^(?:当地时间|北京时间|美国时间|东部时间)\s*", "", s)
    # 2026-Feb-24 19:23 and 24-Feb-2026, as some sites print a day: Feb 24, 2026
    s = re.sub(
        r"^(\d{4})[-/ ]([A-Za-z]{3,9})\.?[-/ ](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$", r"\2 \3, \1", s
    )
    s = re.sub(r"^(\d{1,2})-([A-Za-z]{3,9})-(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$", r"\2 \1, \3", s)
    # 05.11.2015, as Europe prints a day (day, month, year), a clock time after it: 2015-11-05
    s = re.sub(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\.?(?=$|\s+\d{1,2}:\d{2})", r"\3-\2-\1", s)
    s = re.sub(r"^(今年|本年|去年|前年|明年)的(?=\S)", r"\1", s)  # 去年的9月 is 去年9月
    s = re.sub(r"^(?:on|in) (?=[A-Za-z]{3,9}\b|\d)", "", s, flags=re.I)  # on Jan. 14, in June
    if re.search(r"[年月日号周]", s):
        s = re.sub(r"\s*([年月日号份])\s*", r"\1", s).strip()  # 2018 年 6 月 30 日
    s = re.sub(r"^[从自由]\s*(?=\d|[今去前明本上下])", "", s)  # 从2015年1月至12月
    s = re.sub(r"(?:^|(?<=年))(\d{1,2})[至到-](?=\d{1,2}月$)", r"\1月至", s)  # 6至8月: June to August
    s = re.sub(r"(?<=\d)\s*[-至到]\s*(?=\d{1,2}[日号]$)", "日至", s)  # 2019年4月12-19日
    s = re.sub(r"(\d{1,2})、(\d{1,2})(?=[日号]$)", _next_days, s)  # 6月7、8日: two days running
    s = re.sub(
        r"(?<=[日号])\s*-\s*(?=(?:\d{1,2}月)?\d{1,2}[日号]$)", "至", s
    )  # 9月27日-29日, 9月30日-10月2日
    s = re.sub(r"(上|下|这|本)?个?星期(?=[一二三四五六日天])", lambda m: (m.group(1) or "") + "周", s)
    s = {"上一年": "去年", "下一年": "明年", "前一年": "去年", "当年": "今年", "同年": "今年"}.get(s, s)
    s = re.sub(
        r"^(?:(?:on|last|this|next) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? "
        r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: |$))",
        "",
        s,
        flags=re.I,
    )  # Tuesday 4 November, Tuesday, Nov. 4, last Wednesday, February 21: the date says which day
    return re.sub(r"\s+", " ", s)


def _parse_single(text: str, reference: Reference) -> FuzzyDate:
    # (the closing marks taken off from where their run starts: from each mark of a line of 20,000 commas
    # the try ran to the run's end)
    low = _EN_CLOCK.sub("", re.sub(r"(?<![,.。])[,.。]+$", "", text.lower().strip()))
    low = re.sub(r"(?<=day) (?:morning|afternoon|evening|night)$", "", low)  # Friday evening
    low, modifier = _strip_about(low)
    for handler in _HANDLERS:
        result = handler(low, reference)
        if result is not None:
            return result if modifier is None else _with_modifier(result, modifier)
    raise DateParseError(f"cannot read date {text!r}")


def _strip_about(low: str) -> tuple[str, str | None]:
    for word in _ABOUT_SUFFIXES:
        if low.endswith(word):
            return low[: -len(word)].strip(), "about"
    for word in _ABOUT_PREFIXES:
        if low.startswith(word):
            return low[len(word) :].strip(), "about"
    return low, None


def _with_modifier(d: FuzzyDate, modifier: str) -> FuzzyDate:
    return FuzzyDate(d.start, d.end, d.precision, modifier, d.year_inferred, d.text)


def _next_days(m: re.Match[str]) -> str:
    """Two days listed one after the other (7、8日) as the span they make; other lists stay unread."""
    first, second = int(m.group(1)), int(m.group(2))
    return f"{first}日至{second}" if second == first + 1 else m.group()


def cn_number(s: str) -> int:
    """Arabic or Chinese numerals (一, 十二, 二十一, 二〇二六) to int."""
    if s.isdigit():
        return int(s)
    try:
        if "十" in s:
            tens, _, ones = s.partition("十")
            return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
        value = 0
        for ch in s:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    except KeyError:
        raise DateParseError(f"not a number: {s!r}") from None


def _ref_day(reference: Reference) -> tuple[dt.date, bool]:
    if reference is None:
        raise DateParseError("this date needs a year, and there is no publication date to take it from")
    if isinstance(reference, FuzzyDate):
        return reference.start if reference.precision == "day" else reference.end, reference.year_inferred
    return reference, False


def _ref_year(reference: Reference) -> int | None:
    if isinstance(reference, FuzzyDate):
        return reference.start.year
    if isinstance(reference, dt.date):
        return reference.year
    return None


def _valid_day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ImpossibleDateError(f"no such day: {year:04d}-{month:02d}-{day:02d}") from None


def _check_month(month: int) -> int:
    if not 1 <= month <= 12:
        raise ImpossibleDateError(f"no such month: {month}")
    return month


def _build(year: int, month: int | None, day: int | None, part: str | None, inferred: bool) -> FuzzyDate:
    if month is None:
        base = year_date(year, year_inferred=inferred)
    elif day is None:
        base = month_date(year, _check_month(month), year_inferred=inferred)
    else:
        _check_month(month)
        base = day_date(_valid_day(year, month, day), year_inferred=inferred)
    return part_of(base, _PARTS[part]) if part else base


def latest_year_for(month: int, day: int | None, reference: Reference) -> int:
    """The year of the latest such month (and day) on or before the reference day."""
    ref, _ = _ref_day(reference)
    for year in range(ref.year, ref.year - 9, -1):
        try:
            candidate = dt.date(year, month, day or 1)
        except ValueError:
            continue
        if candidate <= ref:
            return year
    raise ImpossibleDateError(f"no such day: {month}月{day}日")


# --- handlers: each returns a FuzzyDate, or None when the text is not its form ---------------

_ISO = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?")
_CN_FULL = re.compile(rf"({YEAR})年(?:({NUM})月份?(?:({NUM})[日号])?)?({PART_CN})?{TIME_OF_DAY}")
_CN_MD = re.compile(rf"({NUM})月份?(?:({NUM})[日号])?({PART_CN})?{TIME_OF_DAY}")
_CN_D = re.compile(rf"({NUM})[日号]{TIME_OF_DAY}")
_CN_REL_YEAR = re.compile(
    rf"(今年|本年|去年|前年|明年)(?:({NUM})月份?(?:({NUM})[日号])?)?"
    rf"({PART_CN}|上半年|下半年)?{TIME_OF_DAY}"
)
_CN_REL_DAY = re.compile(
    rf"({CN_REL_DAY_WORDS})"
    rf"{TIME_OF_DAY}"
)
_CN_REL_MONTH = re.compile(rf"(本月|上月|上个月|下月|下个月)(?:({NUM})[日号])?({PART_CN})?{TIME_OF_DAY}")
_CN_WEEKDAY = re.compile(
    rf"(上上周|下下周|本周|这周|上周|下周|周|星期|礼拜)([一二三四五六日天]){TIME_OF_DAY}"
)
_EN_MDY = re.compile(r"([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?")
_EN_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?(?:,? (\d{4}))?")
_EN_MY = re.compile(r"(?:(early|mid|late)[- ])?([a-z]{3,9})\.?(?:,? (\d{4}))?")
_EN_PART_YEAR = re.compile(r"(early|mid|late)[- ](\d{4})")
_EN_REL = re.compile(r"(today|yesterday|tomorrow)")
_EN_MONTH_REL = re.compile(
    r"(?P<month>[a-z]{3,9}) (?P<which>last|this|next) year|last (?P<before>[a-z]{3,9})"
)
_EN_REL_PERIOD = re.compile(r"(?:(early|mid|late)[- ])?(last|this|next) (week|weekend|month|year)")
_CN_WEEK = re.compile(r"(上上周|下下周|本周|这周|上周|下周)(末)?")
# a clock time after an English date: "September 9, 2025 3:41 PM", "May 14, 2024, 09:30 GMT"
_EN_CLOCK = re.compile(
    r"(?<=[a-z\d])[, ]+(?:at )?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:utc|gmt|et|est|edt|pt|pst|pdt|cet|cest|bst|hkt|sgt|jst)\)?)?$"
)
_EN_WEEKDAY = re.compile(
    r"(?:(last|this|next|on) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)


def _iso(s: str, ref: Reference) -> FuzzyDate | None:
    m = _ISO.fullmatch(s)
    if not m:
        return None
    y, mo, d = m.groups()
    return _build(int(y), int(mo) if mo else None, int(d) if d else None, None, False)


def _cn_full(s: str, ref: Reference) -> FuzzyDate | None:
    m = _CN_FULL.fullmatch(s)
    if not m:
        return None
    y, mo, d, part = m.groups()
    return _build(cn_number(y), cn_number(mo) if mo else None, cn_number(d) if d else None, part, False)


def _cn_month_day(s: str, ref: Reference) -> FuzzyDate | None:
    m = _CN_MD.fullmatch(s)
    if not m:
        return None
    mo, d, part = _check_month(cn_number(m.group(1))), m.group(2), m.group(3)
    day = cn_number(d) if d else None
    return _build(latest_year_for(mo, day, ref), mo, day, part, True)


def _cn_day(s: str, ref: Reference) -> FuzzyDate | None:
    m = _CN_D.fullmatch(s)
    if not m:
        return None
    day = cn_number(m.group(1))
    if not 1 <= day <= 31:
        raise ImpossibleDateError(f"no such day: {day}日")
    ref_day, _ = _ref_day(ref)
    year, month = ref_day.year, ref_day.month
    for _ in range(12):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= ref_day:
            return day_date(candidate, year_inferred=True)
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    raise ImpossibleDateError(f"no such day: {day}日")


def _cn_rel_year(s: str, ref: Reference) -> FuzzyDate | None:
    m = _CN_REL_YEAR.fullmatch(s)
    if not m:
        return None
    word, mo, d, part = m.groups()
    ref_day, _ = _ref_day(ref)
    year = ref_day.year + _REL_YEARS[word]
    if part in ("上半年", "下半年"):
        first, last = (1, 6) if part == "上半年" else (7, 12)
        return FuzzyDate(dt.date(year, first, 1), month_end(year, last), "month", "range", True)
    return _build(year, cn_number(mo) if mo else None, cn_number(d) if d else None, part, True)


def _cn_rel_day(s: str, ref: Reference) -> FuzzyDate | None:
    m = _CN_REL_DAY.fullmatch(s) or _EN_REL.fullmatch(s)
    if not m:
        return None
    ref_day, _ = _ref_day(ref)
    return day_date(ref_day + dt.timedelta(days=_REL_DAYS[m.group(1)]), year_inferred=True)


def _cn_rel_month(s: str, ref: Reference) -> FuzzyDate | None:
    m = _CN_REL_MONTH.fullmatch(s)
    if not m:
        return None
    word, d, part = m.groups()
    ref_day, _ = _ref_day(ref)
    shift = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}[word]
    index = ref_day.year * 12 + ref_day.month - 1 + shift
    return _build(index // 12, index % 12 + 1, cn_number(d) if d else None, part, True)


def _cn_weekday(s: str, ref: Reference) -> FuzzyDate | None:
    m = _CN_WEEKDAY.fullmatch(s)
    if not m:
        return None
    return _weekday(m.group(1), _WEEKDAYS_CN[m.group(2)], ref)


def _weekday(which: str | None, weekday: int, ref: Reference) -> FuzzyDate:
    ref_day, _ = _ref_day(ref)
    monday = ref_day - dt.timedelta(days=ref_day.weekday())
    if which in ("本周", "这周", "this"):
        day = monday + dt.timedelta(days=weekday)
    elif which == "上周":
        day = monday + dt.timedelta(days=weekday - 7)
    elif which == "上上周":
        day = monday + dt.timedelta(days=weekday - 14)
    elif which == "下下周":
        day = monday + dt.timedelta(days=weekday + 14)
    elif which == "last":
        day = ref_day - dt.timedelta(days=(ref_day.weekday() - weekday - 1) % 7 + 1)
    elif which in ("下周", "next"):
        day = monday + dt.timedelta(days=weekday + 7)
    else:
        day = ref_day - dt.timedelta(days=(ref_day.weekday() - weekday) % 7)
    return day_date(day, year_inferred=True)


def _week(shift: int, weekend: bool, ref: Reference) -> FuzzyDate:
    """A week (Monday to Sunday) or its weekend, `shift` weeks from the reference's."""
    ref_day, _ = _ref_day(ref)
    monday = ref_day - dt.timedelta(days=ref_day.weekday()) + dt.timedelta(weeks=shift)
    first = monday + dt.timedelta(days=5 if weekend else 0)
    return FuzzyDate(first, monday + dt.timedelta(days=6), "day", None, True)


def _cn_week(s: str, ref: Reference) -> FuzzyDate | None:
    m = _CN_WEEK.fullmatch(s)
    if not m:
        return None
    shift = {"本周": 0, "这周": 0, "上周": -1, "下周": 1, "上上周": -2, "下下周": 2}[m.group(1)]
    return _week(shift, bool(m.group(2)), ref)


def _en_weekday(s: str, ref: Reference) -> FuzzyDate | None:
    m = _EN_WEEKDAY.fullmatch(s)
    return _weekday(m.group(1), _WEEKDAYS_EN[m.group(2)], ref) if m else None


def _en_month_day(s: str, ref: Reference) -> FuzzyDate | None:
    m = _EN_MDY.fullmatch(s)
    if m and m.group(1) in MONTHS_EN:
        month, day, year = MONTHS_EN[m.group(1)], int(m.group(2)), m.group(3)
    else:
        m = _EN_DMY.fullmatch(s)
        if not m or m.group(2) not in MONTHS_EN:
            return None
        month, day, year = MONTHS_EN[m.group(2)], int(m.group(1)), m.group(3)
    if year:
        return day_date(_valid_day(int(year), month, day))
    return day_date(_valid_day(latest_year_for(month, day, ref), month, day), year_inferred=True)


def _en_month(s: str, ref: Reference) -> FuzzyDate | None:
    m = _EN_MY.fullmatch(s)
    if not m or m.group(2) not in MONTHS_EN:
        return None
    part, month, year = m.group(1), MONTHS_EN[m.group(2)], m.group(3)
    inferred = year is None
    y = int(year) if year else latest_year_for(month, None, ref)
    return _build(y, month, None, part, inferred)


def _en_month_rel(s: str, ref: Reference) -> FuzzyDate | None:
    """June last year, June this year, last June (the latest June before the reference's month)."""
    m = _EN_MONTH_REL.fullmatch(s)
    if not m or (m["month"] or m["before"]) not in MONTHS_EN:
        return None
    month = MONTHS_EN[m["month"] or m["before"]]
    ref_day, _ = _ref_day(ref)
    if m["before"]:
        year = ref_day.year - (month >= ref_day.month)
    else:
        year = ref_day.year + {"last": -1, "this": 0, "next": 1}[m["which"]]
    return _build(year, month, None, None, True)


def _en_rel_period(s: str, ref: Reference) -> FuzzyDate | None:
    """last week, this month, late last year…: the period before, of or after the reference's."""
    m = _EN_REL_PERIOD.fullmatch(s)
    if not m:
        return None
    part, which, period = m.groups()
    shift = {"last": -1, "this": 0, "next": 1}[which]
    if period.startswith("week"):
        return None if part else _week(shift, period == "weekend", ref)
    ref_day, _ = _ref_day(ref)
    if period == "year":
        return _build(ref_day.year + shift, None, None, part, True)
    index = ref_day.year * 12 + ref_day.month - 1 + shift
    return _build(index // 12, index % 12 + 1, None, part, True)


def _en_part_year(s: str, ref: Reference) -> FuzzyDate | None:
    m = _EN_PART_YEAR.fullmatch(s)
    return _build(int(m.group(2)), None, None, m.group(1), False) if m else None


_CN_SHORT_YEAR = re.compile(
    rf"(\d{{2}}|[〇零一二三四五六七八九]{{2}})年(?:({NUM})月份?(?:({NUM})[日号])?)?({PART_CN})?"
)
_QUARTER = re.compile(r"(?:(\d{4})年|(今年|去年|明年|本年))?(前)?第?([一二三四1-4])季度")
_FIRST_MONTHS = re.compile(rf"(?:(\d{{4}})年|(今年|去年|明年|本年))?前({NUM})个月")
_OFFSET = re.compile(
    r"(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(年|个月|月|周|星期|天|日)(?:多)?(前|后|之前|之后|以前|以后)"
)
_ALONE = {"年底": "late", "年末": "late", "年初": "early", "年中": "mid", "伊始": "early"}
_DECADE = re.compile(r"(上世纪|上个世纪|\d{2}世纪)?(\d{2}|\d{4})年代(初|中|末)?")
_HALF = re.compile(r"(?:(\d{4})年)?(上半年|下半年)")
_MIDDLE_DOT = re.compile(r"(\d{1,2})·(\d{1,2})")


def _two_digit_year(digits: str, ref: Reference) -> int:
    """15年, 零七年, 九七年: the year of that century closest before the reference's (or 2000s)."""
    value = cn_number(digits) if not digits.isdigit() else int(digits)
    now = _ref_year(ref) or dt.date.today().year
    year = now - now % 100 + value
    return year if year <= now + 1 else year - 100


def _cn_short_year(s: str, ref: Reference) -> FuzzyDate | None:
    m = _CN_SHORT_YEAR.fullmatch(s)
    if not m or (m.group(1).isdigit() and not m.group(2)):
        return None  # 15年 alone is fifteen years; 15年3月 is March 2015
    y = _two_digit_year(m.group(1), ref)
    mo, d, part = m.group(2), m.group(3), m.group(4)
    return _build(y, cn_number(mo) if mo else None, cn_number(d) if d else None, part, False)


def _year_of(printed: str | None, word: str | None, ref: Reference) -> tuple[int, bool]:
    """A year printed (2025) or said (今年, 去年), else the reference's, and whether it is inferred."""
    if printed:
        return int(printed), False
    ref_day, _ = _ref_day(ref)
    return ref_day.year + (_REL_YEARS.get(word, 0) if word else 0), True


def _quarter(s: str, ref: Reference) -> FuzzyDate | None:
    """一季度, 2025年第三季度, 今年前三季度: a quarter, or the months from January to its end."""
    m = _QUARTER.fullmatch(s)
    if not m:
        return None
    year, inferred = _year_of(m.group(1), m.group(2), ref)
    q = cn_number(m.group(4))
    if not 1 <= q <= 4:
        raise DateParseError(f"no such quarter: {q}")
    first = 1 if m.group(3) else 3 * q - 2
    return FuzzyDate(dt.date(year, first, 1), month_end(year, 3 * q), "month", "range", inferred)


def _first_months(s: str, ref: Reference) -> FuzzyDate | None:
    """今年前十一个月: from January to the end of the eleventh month."""
    m = _FIRST_MONTHS.fullmatch(s)
    if not m:
        return None
    year, inferred = _year_of(m.group(1), m.group(2), ref)
    last = _check_month(cn_number(m.group(3)))
    return FuzzyDate(dt.date(year, 1, 1), month_end(year, last), "month", "range", inferred)


def _offset(s: str, ref: Reference) -> FuzzyDate | None:
    """三年前, 20天后, 两个月前: that far from the reference, as precise as the unit (about)."""
    m = _OFFSET.fullmatch(s)
    if not m:
        return None
    n = cn_number(m.group(1).replace("两", "二"))
    unit, sign = m.group(2), (-1 if m.group(3).endswith("前") else 1)
    ref_day, _ = _ref_day(ref)
    if unit == "年":
        return year_date(ref_day.year + sign * n, year_inferred=True, modifier="about")
    if unit in ("个月", "月"):
        index = ref_day.year * 12 + ref_day.month - 1 + sign * n
        return month_date(index // 12, index % 12 + 1, year_inferred=True, modifier="about")
    days = n * (7 if unit in ("周", "星期") else 1)
    day = ref_day + dt.timedelta(days=sign * days)
    return FuzzyDate(day, day, "day", "about" if unit in ("周", "星期") else None, True)


def _alone(s: str, ref: Reference) -> FuzzyDate | None:
    """年底, 年初, 伊始 on their own: that part of the reference's year; 当月: its month."""
    ref_day, _ = _ref_day(ref) if s in _ALONE or s in ("当月", "本月") else (None, False)
    if ref_day is None:
        return None
    if s in ("当月", "本月"):
        return month_date(ref_day.year, ref_day.month, year_inferred=True)
    return part_of(year_date(ref_day.year, year_inferred=True), _ALONE[s])


def _year_part(s: str, ref: Reference) -> FuzzyDate | None:
    """2019年伊始 (early 2019), 1993年上半年 (January to June), 上半年 alone (the reference's year)."""
    m = re.fullmatch(r"(\d{4})年伊始", s)
    if m:
        return part_of(year_date(int(m.group(1))), "early")
    m = _HALF.fullmatch(s)
    if not m:
        return None
    year, inferred = _year_of(m.group(1), None, ref)
    first, last = (1, 6) if m.group(2) == "上半年" else (7, 12)
    return FuzzyDate(dt.date(year, first, 1), month_end(year, last), "month", "range", inferred)


def _decade(s: str, ref: Reference) -> FuzzyDate | None:
    """上世纪80年代, 2010年代, 90年代末: ten years (or their end)."""
    m = _DECADE.fullmatch(s)
    if not m:
        return None
    century, digits, part = m.groups()
    if len(digits) == 4:
        start, inferred = int(digits), False
    elif century in ("上世纪", "上个世纪"):
        start, inferred = 1900 + int(digits), False
    elif century:
        start, inferred = (int(century[:2]) - 1) * 100 + int(digits), False
    else:
        start = _two_digit_year(digits, ref)
        inferred = True
    if start % 10:
        raise DateParseError(f"not a decade: {s}")
    first, last = {"初": (0, 2), "中": (3, 6), "末": (7, 9), None: (0, 9)}[part]
    return FuzzyDate(dt.date(start + first, 1, 1), dt.date(start + last, 12, 31), "year", "range", inferred)


def _middle_dot(s: str, ref: Reference) -> FuzzyDate | None:
    """6·30: the 30th of June (a day named by its date), the latest on or before the reference."""
    m = _MIDDLE_DOT.fullmatch(s)
    if not m:
        return None
    month, day = _check_month(int(m.group(1))), int(m.group(2))
    return day_date(_valid_day(latest_year_for(month, day, ref), month, day), year_inferred=True)


_HANDLERS: tuple[Callable[[str, Reference], FuzzyDate | None], ...] = (
    _iso,
    _cn_short_year,
    _quarter,
    _first_months,
    _offset,
    _alone,
    _year_part,
    _decade,
    _middle_dot,
    _cn_full,
    _cn_rel_year,
    _cn_rel_month,
    _cn_month_day,
    _cn_rel_day,
    _cn_day,
    _cn_weekday,
    _cn_week,
    _en_part_year,
    _en_month_day,
    _en_month,
    _en_month_rel,
    _en_weekday,
    _en_rel_period,
)


def looks_like_date(text: str, reference: Reference = None) -> bool:
    """True when the text parses as a date against the reference."""
    try:
        parse_date(text, reference)
    except DateParseError:
        return False
    return True
