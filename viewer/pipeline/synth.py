"""A synthetic database with the real schema and realistic Chinese text, for scale work."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import random
import time
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import sqlite_utils

from ..core import schema
from ..core.atomic import atomic_path
from ..core.dates import day_date, month_date, part_of, year_date
from ..core.names import latin_name, name_forms, pinyin_syllables, sort_name
from .writer import date_columns

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣琳晨辰阳雪梅"
    "玲婷倩颖晶博文彬原泳铭嘉禹峰新志永海建国庆立春雨思远子轩梓涵一诺"
)
ORG_STEMS = [
    "阿里巴巴",
    "腾讯",
    "百度",
    "字节跳动",
    "华为",
    "小米",
    "京东",
    "美团",
    "网易",
    "快手",
    "拼多多",
    "商汤",
    "智谱",
    "月之暗面",
    "科大讯飞",
    "联想",
    "中兴",
    "比亚迪",
    "蔚来",
    "理想",
    "滴滴",
    "携程",
    "哔哩哔哩",
    "微软",
    "谷歌",
    "苹果",
    "英伟达",
    "Meta",
    "亚马逊",
    "OpenAI",
    "Anthropic",
    "三星",
    "索尼",
    "英特尔",
    "高通",
    "台积电",
]
ORG_UNITS = ["集团", "云", "研究院", "实验室", "事业群", "基金会", "科技", "智能", "控股", "资本"]
TITLES = [
    "CEO",
    "总裁",
    "副总裁",
    "首席技术官",
    "首席科学家",
    "技术负责人",
    "产品负责人",
    "研究员",
    "总监",
    "董事长",
    "合伙人",
    "发言人",
    "算法负责人",
    "后训练研究负责人",
    "开源负责人",
    "架构师",
]
SUBJECTS = [
    "公司",
    "团队",
    "我们",
    "行业",
    "市场",
    "用户",
    "开发者",
    "模型",
    "平台",
    "产品",
    "研发部门",
    "投资人",
    "合作伙伴",
    "监管部门",
]
VERBS = [
    "将继续",
    "正在",
    "已经",
    "计划",
    "决定",
    "不会",
    "必须",
    "希望",
    "坚持",
    "加快",
    "推动",
    "重新评估",
    "全面升级",
    "持续加大",
    "稳步推进",
    "暂停",
    "启动",
    "完成",
]
OBJECTS = [
    "开源策略",
    "基础模型建设",
    "人才引进",
    "研发投入",
    "商业化进程",
    "国际化布局",
    "数据安全",
    "算力采购",
    "产品迭代",
    "生态合作",
    "组织调整",
    "用户增长",
    "智能体应用",
    "多模态能力",
    "推理效率",
    "训练成本",
    "端侧部署",
    "大模型技术",
    "安全治理",
    "超级应用",
]
TAILS = [
    "这是一个长期的过程",
    "我们对未来充满信心",
    "具体细节将在近期公布",
    "目前一切运行正常",
    "感谢大家的支持",
    "这并不意味着战略改变",
    "技术发展不进则退",
    "竞争只会越来越激烈",
    "我们欢迎更多优秀人才加入",
    "市场反应超出预期",
]
EVENT_ACTIONS = [
    "宣布离职",
    "加入新公司",
    "发布新模型",
    "出席峰会",
    "接受采访",
    "发表内部信",
    "宣布融资",
    "开源新版本",
    "调整组织架构",
    "成立新事业群",
    "回应传闻",
    "发布财报",
    "签署合作协议",
    "公布路线图",
    "获得备案",
]
PLACES = [
    "北京",
    "上海",
    "杭州",
    "深圳",
    "广州",
    "香港",
    "新加坡",
    "旧金山",
    "西雅图",
    "伦敦",
    "东京",
    "成都",
    "武汉",
    "南京",
]
FIRST_DAY = dt.date(2015, 1, 1).toordinal()
LAST_DAY = dt.date(2026, 12, 31).toordinal()
QUOTES_PER_ARTICLE = 20


@cache
def _char_syllables(text: str) -> list[str]:
    return [s for ch in text for s in pinyin_syllables(ch)]


def synth_database(
    out: Path,
    *,
    persons: int,
    events: int,
    quotes: int,
    seed: int = 1,
    progress: Callable[[str], None] = lambda msg: None,
) -> None:
    """Write a synthetic database atomically; the same seed gives the same database."""
    start = time.perf_counter()
    rng = random.Random(seed)
    with atomic_path(out) as tmp:
        db = sqlite_utils.Database(tmp)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        schema.create_tables(db)
        n_orgs = max(1, persons // 100)
        org_rows = _org_rows(n_orgs)
        _insert(db, "orgs", org_rows)
        _insert(db, "name_forms", _org_forms(org_rows))
        progress(f"orgs {n_orgs} ({time.perf_counter() - start:.1f}s)")
        names = [_person_name(rng) for _ in range(persons)]
        _insert(db, "persons", _persons(names))
        _insert(db, "name_forms", _person_forms(names))
        _insert(db, "roles", _roles(rng, persons, n_orgs))
        progress(f"persons {persons} ({time.perf_counter() - start:.1f}s)")
        write_articles(db, seed, names, [r["name"] for r in org_rows], events, quotes, progress, start)
        schema.assign_ordinals(db)
        schema.create_indexes(db)
        schema.create_event_groups(db)
        progress(f"indexes ({time.perf_counter() - start:.1f}s)")
        schema.create_text_indexes(db)
        progress(f"text indexes ({time.perf_counter() - start:.1f}s)")
        schema.write_meta(
            db,
            {
                "generator": f"synth seed={seed}",
                "reference_date": "2026-12-31",
                "sources_sha256": "synthetic",
            },
        )
        schema.record_max_spans(db)
        db.conn.commit()
        db.close()
    progress(f"wrote {out} in {time.perf_counter() - start:.1f}s")


def _insert(db: sqlite_utils.Database, table: str, rows) -> None:
    rows = list(rows)
    if rows:
        columns = list(rows[0])
        schema.bulk_insert(db, table, columns, [tuple(r[c] for c in columns) for r in rows])


def _as_tuples(rows: list[dict]) -> tuple[list[str], list[tuple]]:
    columns = list(rows[0]) if rows else []
    return columns, [tuple(r[c] for c in columns) for r in rows]


def _person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _org_rows(n: int) -> list[dict]:
    rows = []
    for i in range(1, n + 1):
        stem, rest = ORG_STEMS[(i - 1) % len(ORG_STEMS)], (i - 1) // len(ORG_STEMS)
        unit = ORG_UNITS[(rest - 1) % len(ORG_UNITS)] if rest else ""
        serial = str(rest // len(ORG_UNITS) + 1) if rest > len(ORG_UNITS) else ""
        rows.append(
            {
                "id": i,
                "name": stem + unit + serial,
                "name_latin": "",
                "aliases": json.dumps([stem], ensure_ascii=False),
                "sort_name": sort_name(stem + unit + serial),
            }
        )
    return rows


def _org_forms(rows: list[dict]) -> Iterator[dict]:
    for row in rows:
        yield {
            "form": row["name"].lower(),
            "entity_kind": "org",
            "entity_id": row["id"],
            "kind": "name",
            "rank": 0,
        }


def _persons(names: list[str]) -> Iterator[dict]:
    for i, name in enumerate(names, start=1):
        latin = latin_name(name, syllables=_char_syllables)
        yield {
            "id": i,
            "name": name,
            "name_latin": latin,
            "aliases": "[]",
            "note": "",
            "sort_name": sort_name(name, latin),
        }


def _person_forms(names: list[str]) -> Iterator[dict]:
    for i, name in enumerate(names, start=1):
        for f in name_forms(name, syllables=_char_syllables):
            yield {"form": f.form, "entity_kind": "person", "entity_id": i, "kind": f.kind, "rank": f.rank}


def _roles(rng: random.Random, persons: int, n_orgs: int) -> Iterator[dict]:
    for i in range(1, persons + 1):
        yield {
            "id": i,
            "person_id": i,
            "title": rng.choice(TITLES),
            "org_id": rng.randint(1, n_orgs),
            "text": "",
            "status": "current",
            "article_id": None,
            "span_start": None,
            "span_end": None,
        }


def _pick(rng: random.Random, items):
    """rng.choice, about twice as fast (this loop runs millions of times)."""
    return items[int(rng.random() * len(items))]


@cache
def _date_row(kind: str, ordinal: int, inferred: bool) -> tuple[str, dict]:
    """The printed text and stored columns of a synthetic date (few distinct ones, so cached)."""
    day = dt.date.fromordinal(ordinal)
    if kind == "day":
        date = day_date(day, year_inferred=inferred, text=f"{day.month}月{day.day}日")
    elif kind == "month":
        date = month_date(day.year, day.month, text=f"{day.year}年{day.month}月")
    elif kind == "year":
        date = year_date(day.year, text=f"{day.year}年")
    else:
        date = part_of(year_date(day.year, text="年初", year_inferred=True), "early")
    return date.text, date_columns(date, date.text)


def _random_date(rng: random.Random) -> tuple[str, dict]:
    """A date: 80% days, 15% months, 3% years, 2% 'early in the year'."""
    ordinal = FIRST_DAY + int(rng.random() * (LAST_DAY - FIRST_DAY + 1))
    roll = rng.random()
    kind = "day" if roll < 0.8 else "month" if roll < 0.95 else "year" if roll < 0.98 else "early"
    inferred = kind == "day" and rng.random() < 0.3
    if kind != "day":
        day = dt.date.fromordinal(ordinal)
        ordinal = (day.replace(day=1) if kind == "month" else day.replace(month=1, day=1)).toordinal()
    return _date_row(kind, ordinal, inferred)


def _quote_text(rng: random.Random) -> str:
    clauses = [
        f"{_pick(rng, SUBJECTS)}{_pick(rng, VERBS)}{_pick(rng, OBJECTS)}"
        for _ in range(1 + int(rng.random() * 3))
    ]
    if rng.random() < 0.5:
        clauses.append(_pick(rng, TAILS))
    return ",".join(clauses) + "。"


CHUNK_ARTICLES = 2500
_SHARED: dict = {}


def _chunk(job: tuple[int, int, int, int, int, int]) -> dict[str, tuple[list[str], list[tuple]]]:
    """Rows of one chunk of articles; seeded by (seed, chunk), so any process gives the same rows."""
    seed, chunk, first_article, last_article, events, quotes = job
    gen = _Articles(random.Random(f"{seed}:{chunk}"), _SHARED["names"], _SHARED["orgs"])
    n_articles = _SHARED["n_articles"]
    rows: dict[str, list] = {"articles": [], "events": [], "event_persons": [], "quotes": []}
    for a in range(first_article, last_article + 1):
        n_e = events * a // n_articles - events * (a - 1) // n_articles
        n_q = quotes * a // n_articles - quotes * (a - 1) // n_articles
        article, parts = gen._article(
            a, n_e, n_q, events * (a - 1) // n_articles, quotes * (a - 1) // n_articles
        )
        rows["articles"].append(article)
        for table, items in parts.items():
            rows[table].extend(items)
    return {table: _as_tuples(items) for table, items in rows.items()}


def write_articles(
    db: sqlite_utils.Database,
    seed: int,
    names: list[str],
    org_names: list[str],
    events: int,
    quotes: int,
    progress,
    start: float,
) -> None:
    """Generate articles in chunks on two processes (forked, where the platform allows) and insert them."""
    n_articles = max(1, quotes // QUOTES_PER_ARTICLE)
    _SHARED.update(names=names, orgs=org_names, n_articles=n_articles)
    jobs = [
        (seed, c, first, min(first + CHUNK_ARTICLES - 1, n_articles), events, quotes)
        for c, first in enumerate(range(1, n_articles + 1, CHUNK_ARTICLES))
    ]
    pool = None
    if len(jobs) > 1 and "fork" in multiprocessing.get_all_start_methods():
        pool = multiprocessing.get_context("fork").Pool(2)
    results = pool.imap(_chunk, jobs) if pool else map(_chunk, jobs)
    try:
        for job, rows in zip(jobs, results, strict=True):
            for table in ("articles", "events", "event_persons", "quotes"):
                schema.bulk_insert(db, table, *rows[table])
            progress(f"articles {job[3]}/{n_articles} ({time.perf_counter() - start:.1f}s)")
    finally:
        if pool:
            pool.terminate()
        _SHARED.clear()


class _Articles:
    """Synthetic articles whose bodies hold their events and quotes, so spans stay exact."""

    def __init__(self, rng: random.Random, names: list[str], org_names: list[str]) -> None:
        self.rng, self.names, self.org_names = rng, names, org_names

    def _article(
        self, article_id: int, n_events: int, n_quotes: int, first_event: int, first_quote: int
    ) -> tuple[dict, dict]:
        rng = self.rng
        title = f"合成新闻{article_id}:{rng.choice(SURNAMES)}某{rng.choice(EVENT_ACTIONS)}"
        body = [title, "\n\n"]
        length = len(title) + 2
        parts: dict[str, list] = {"events": [], "event_persons": [], "quotes": []}
        event_ids = []
        for k in range(n_events):
            eid = first_event + k + 1
            event_ids.append(eid)
            pid = 1 + int(rng.random() * len(self.names))
            date_text, columns = _random_date(rng)
            text = f"{date_text},{self.names[pid - 1]}在{_pick(rng, PLACES)}{_pick(rng, EVENT_ACTIONS)}。"
            parts["events"].append(
                {
                    "id": eid,
                    "article_id": article_id,
                    "summary": text[len(date_text) + 1 : -1],
                    "text": text,
                    "span_start": length,
                    "span_end": length + len(text),
                    "prefix": "",
                    "suffix": "",
                    "section": "body",
                    **columns,
                }
            )
            parts["event_persons"].append({"event_id": eid, "person_id": pid, "basis": "named"})
            body.append(text + "\n")
            length += len(text) + 1
        for k in range(n_quotes):
            quote, text = self._quote(first_quote + k + 1, article_id, event_ids, length)
            parts["quotes"].append(quote)
            body.append(text)
            length += len(text)
        joined = "".join(body)
        article = {
            "id": article_id,
            "title": title,
            "author": "合成作者",
            "publisher": "合成社",
            "published": "2026-12-31 09:00",
            "lang": "zh",
            "body": joined,
            "body_sha256": hashlib.sha256(joined.encode()).hexdigest(),
            "source_name": f"synth-{article_id}.txt",
        }
        return article, parts

    def _quote(self, quote_id: int, article_id: int, event_ids: list[int], at: int) -> tuple[dict, str]:
        rng = self.rng
        is_person = rng.random() < 0.9
        pool = self.names if is_person else self.org_names
        speaker = 1 + int(rng.random() * len(pool))
        name = pool[speaker - 1]
        kind = "direct" if rng.random() < 0.6 else "reported"
        text = _quote_text(rng)
        lead = f"{name}表示:“" if kind == "direct" else f"{name}称:"
        tail = "”\n" if kind == "direct" else "\n"
        _date_text, columns = _random_date(rng)
        row = {
            "id": quote_id,
            "article_id": article_id,
            "speaker_kind": "person" if is_person else "org",
            "speaker_person_id": speaker if is_person else None,
            "speaker_org_id": None if is_person else speaker,
            "speaker_name": name,
            "speaker_role_id": speaker if is_person else None,
            "text": text,
            "translation": "",
            "kind": kind,
            "event_id": _pick(rng, event_ids) if event_ids else None,
            "span_start": at + len(lead),
            "span_end": at + len(lead) + len(text),
            "prefix": "",
            "suffix": "",
            **columns,
        }
        return row, lead + text + tail
