"""Where an article was found: its web address, cited with it, and the day a news address prints
(https://www.wbrc.com/2019/04/16/…, …/html/2018-03/21/…, …/t20191127_5443717.html, …/2007/jan/07/…,
…/la-xpm-1997-jul-21-mn-14807-story.html), or the day its article id was made (…/article_<a version-1
UUID>.html, …/detail/<an object id>.html, …/show/<year to second>.html)."""

from __future__ import annotations

import datetime as dt
import re
import uuid

# a year, month and day in a row, apart or joined, never inside a longer run of digits
_DAY = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
# a year, a month and a day as path steps of their own, the month or day of one digit: …/art/2023/7/31/…
_DAY_STEPS = re.compile(r"/((?:19|20)[0-9]{2})/(1[0-2]|0?[1-9])/(3[01]|[12][0-9]|0?[1-9])(?=/)")
# a year, a month's name and a day as path steps: …/2007/jan/07/…, …/2020/december/08/…
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH_NUMBERS = {form: n for n, name in enumerate(_MONTH_NAMES, 1) for form in (name, name[:3])}
_MONTH_NUMBERS["sept"] = 9
_NAMED_MONTH_DAY = re.compile(
    r"[/-]((?:19|20)[0-9]{2})(?P<sep>[/-])([a-z]{3,9})(?P=sep)([0-9]{1,2})(?=[/.-]|$)", re.I
)
# a year and a month as a path step of their own, no day after them: …/2019/03/slug, …/202110/5a9ee3b4.shtml
_MONTH = re.compile(
    r"/((?:19|20)[0-9]{2})[/_-]?(0[1-9]|1[0-2])(?=/|$)(?!/(?:0[1-9]|[12][0-9]|3[01])(?:/|$|[^0-9a-z]))"
)
# an article id that is a time-based (version 1) UUID, as US local papers' sites name their stories
# (…/article_5378d3b0-d3f6-11ed-b8a1-5f4e1b3c2d10.html): it holds the moment the story was filed
_FILED_ID = re.compile(
    r"(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}(?![0-9a-f])", re.I
)
_UUID_EPOCH = dt.datetime(1582, 10, 15)  # where a version-1 UUID's clock starts
# an article id that is a database's object id, its first four bytes the second it was made (…/detail/
# 5b4ff2117f8b9af384f9c986.html, ?key=631fd44787450…), or a moment printed in full, year to second and
# its milliseconds at most (…/show/20220616174109462.html)
OBJECT_ID = re.compile(r"(?<![0-9a-z])[0-9a-f]{24}(?![0-9a-z])")
# the query's fields that name the story itself (not ?father_key=<its section>, ?uid=<a reader>)
_STORY_FIELD = re.compile(r"(?:^|[?&])(?:id|key|pk|aid|nid|docid|articleid|newsid|contentid)=([^&#]*)", re.I)
_MOMENT = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]"
    r"[0-9]{0,3}(?![0-9])"
)
_OBJECT_IDS_SINCE = dt.date(2009, 2, 11)  # the first such ids were made in 2009
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://[^/]*", re.I)
WEB_ADDRESS = re.compile(r"https?://[^\s/]+\.[^\s]*", re.I)  # what a page is found at: http(s), a host


def is_web_address(text: str) -> bool:
    """True for an http or https address with a host (not a file, a script or a word)."""
    return WEB_ADDRESS.fullmatch(text.strip()) is not None


def day_in_address(address: str) -> dt.date | None:
    """The first real day printed in an address's path, else the day its article id was made, or None
    (its host is never read)."""
    path = _SCHEME.sub("", address.strip())
    return _printed_day(path) or _filed_day(path) or _object_day(path)


def _printed_day(path: str) -> dt.date | None:
    """The first real day a path prints, or None."""
    steps = sorted([*_DAY.finditer(path), *_DAY_STEPS.finditer(path)], key=lambda m: m.start())
    days = [tuple(int(g) for g in m.groups()) for m in steps]
    named = [(y, _MONTH_NUMBERS.get(mo.lower()), d) for y, _, mo, d in _NAMED_MONTH_DAY.findall(path)]
    days += [(int(y), mo, int(d)) for y, mo, d in named if mo is not None]
    for year, month, day in days:
        try:
            return dt.date(year, month, day)
        except ValueError:  # 2019-02-30
            continue
    return None


def month_in_address(address: str) -> tuple[int, int] | None:
    """The year and month an address's path prints without a day (…/2019/03/…), or None."""
    m = _MONTH.search(_SCHEME.sub("", address.strip()))
    return (int(m.group(1)), int(m.group(2))) if m else None


def _object_day(path: str) -> dt.date | None:
    """The day (UTC) the story's id was made: a moment printed year to second, or an object id's first
    four bytes; the story's id is the last in the path, else the one its query names the story by (?key=,
    ?id=, not ?father_key= or ?uid=). None for a day before such ids or after today."""
    where, _, query = path.partition("?")
    ids = [*re.findall(r"[0-9a-z]+", where.lower()), *(v.lower() for v in _STORY_FIELD.findall(query))]
    for story_id in reversed(ids):
        if moment := _MOMENT.search(story_id):
            try:
                day = dt.date(*(int(g) for g in moment.groups()))
            except ValueError:  # 2019-02-30
                return None
        elif OBJECT_ID.fullmatch(story_id):
            day = dt.datetime.fromtimestamp(int(story_id[:8], 16), dt.UTC).date()
        else:
            continue
        return day if _OBJECT_IDS_SINCE <= day <= dt.date.today() else None
    return None


def _filed_day(path: str) -> dt.date | None:
    """The day (UTC) a time-based UUID in a path was made, or None: a story's filing, on 15 of 21 annotated
    pages their publication day (US Eastern time agrees as often and dates one event fewer)."""
    m = _FILED_ID.search(re.split(r"[?#]", path, maxsplit=1)[0])  # (not a query's session id)
    if m is None:
        return None
    moment = _UUID_EPOCH + dt.timedelta(microseconds=uuid.UUID(m.group()).time // 10)
    return moment.date() if moment.year >= 1995 and moment.date() <= dt.date.today() else None
