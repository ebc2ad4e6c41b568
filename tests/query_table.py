"""Queries with their expected results on the bundled database: (query, event ids, quote ids).

Events: 1 林俊旸 告别 (3月7日) · 2 林俊旸 发文卸任 (3月4日凌晨) · 3 AGI-Next 峰会 (今年初) ·
4 多位成员一同离职 (随着…离开: after 3/4) · 5 惠彬原 离职 (2026年1月) · 6 吴泳铭 内部邮件 (随后) ·
7 简讯 自宣卸任 (3月4日) · 8 简讯 DeepMind 喊话 (3月5日) · 9 简讯 批准辞职 (今日=3月5日) ·
10 简讯 否认传言 (3月6日) · 11 C端事业群 (2025-12-09) · 12 备案 (2025-04-10) ·
13 APP 下载 (2025-11-24) · 14 Qwen3 更新 (2025-07-22) · 15 Qwen3-Next (2025-09-12).
Quotes: 1 林俊旸 告别 · 2 林俊旸 评论 · 3 林俊旸 "me stepping down" · 4 吴泳铭 邮件 (reported) ·
5 阿里集团 否认 (reported; printed in brief 10 and in the body) · 6 Omar 邀请 · 7 阿里巴巴 C端 (reported) · \
8 阿里巴巴 下载 (reported).
"""

from __future__ import annotations

LIN_E, LIN_Q = {1, 2, 3, 4, 6, 7}, {1, 2, 3}
MARCH_E, MARCH_Q = {1, 2, 3, 4, 6, 7, 8, 9, 10}, {1, 2, 3, 4, 5, 6}
MARCH_4_E, MARCH_4_Q = {2, 3, 4, 6, 7}, {3, 4}

QUERIES = [
    ("林俊旸", LIN_E, LIN_Q),
    ("lin junyang", LIN_E, LIN_Q),
    ("linjunyang", LIN_E, LIN_Q),
    ("ljy", LIN_E, LIN_Q),
    ("Junyang Lin", LIN_E, LIN_Q),
    ("lín jùnyáng", LIN_E, LIN_Q),
    ("p:lin j", LIN_E, LIN_Q),
    ("俊旸", LIN_E, LIN_Q),
    ("吴泳铭", {6}, {4}),
    ("wym", {6}, {4}),
    ("p:CEO", {6}, {4}),
    ("p:副总裁", {11}, set()),
    ("靖人", set(), {4}),  # named in 吴泳铭's mail, saying and doing nothing: where the name is printed
    ("omar", {8}, {6}),
    ("惠彬原", {5}, set()),
    ("org:阿里集团", {1, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15}, {5, 7, 8}),
    ("org:deepmind", {8}, set()),
    ("2026", set(range(1, 11)), {1, 2, 3, 4, 5, 6}),
    ("2025", {11, 12, 13, 14, 15}, {7, 8}),
    ("2026-03", MARCH_E, MARCH_Q),
    ("2026年3月", MARCH_E, MARCH_Q),
    ("March 2026", MARCH_E, MARCH_Q),
    ("3月", MARCH_E, MARCH_Q),
    ("2026-03-01..2026-03-07", MARCH_E, MARCH_Q),
    ("2026-03-04", MARCH_4_E, MARCH_4_Q),
    ("2026年3月4日", MARCH_4_E, MARCH_4_Q),
    ("3月4日", MARCH_4_E, MARCH_4_Q),
    ("Mar 4 2026", MARCH_4_E, MARCH_4_Q),
    ("4 March 2026", MARCH_4_E, MARCH_4_Q),
    ("2026/3/4", MARCH_4_E, MARCH_4_Q),
    ("2025..2026", set(range(1, 16)), set(range(1, 9))),
    ("within:2026-03", {1, 2, 4, 6, 7, 8, 9, 10}, MARCH_Q),
    ("2026-01-15", {3, 5}, set()),
    ("date:within:2026-01-15", set(), set()),
    ("before:2026-01", {11, 12, 13, 14, 15}, {7, 8}),
    ("after:2026-03-05", {1, 10}, {1, 2, 5}),
    ("离职", {4, 5, 6, 10}, {5}),
    ("离", {4, 5, 6, 7, 10}, {5}),
    ("我", {2, 7, 8}, {1, 2, 3, 4, 6}),
    ("bye", {2, 7}, {3}),
    ("qw", {2, 3, 4, 5, 7, 8, 10, 14, 15}, {3, 5}),
    ('"不进则退"', set(), {4}),
    ("林俊旸 -bye", {1, 3, 4, 6}, {1, 2}),
    ("kind:reported", {6, 10, 11, 13}, {4, 5, 7, 8}),
    ("kind:direct 2026-03-07", {1}, {1, 2}),
    ("kind:direct", {1, 2, 7, 8}, {1, 2, 3, 6}),
    ("吴泳铭 2026-03", {6}, {4}),
    ("模型 2026-03 sort:relevance", {4, 7, 8, 10}, {4, 5, 6}),
    ("NEAR(", set(), set()),
    ("'; DROP TABLE quotes; --", set(), set()),
    ("超级APP", {11}, {7}),
    ("千问", {1, 2, 3, 4, 8, 10, 14, 15}, {2, 5}),  # printed, or Qwen团队's (千问 is its alias)
    # a bare role: its text, or the people holding it (a title that is it or ends with it)
    ("CEO", {6}, {4}),
    ("负责人", LIN_E | {5, 8, 11}, LIN_Q | {6}),
    ("副总裁", {11}, set()),
    ("CEO sort:relevance", {6}, set()),
    # the beginning of a name, as typed so far: its text, or the people it starts the name of
    ("lin j", LIN_E, LIN_Q),
    ("lin", LIN_E, LIN_Q),
    ("林", LIN_E, LIN_Q | {4}),
    ("omar s", {8}, {6}),
    ("j", set(), set()),
    ("目前千问模型团队稳定", set(), {5}),
]
