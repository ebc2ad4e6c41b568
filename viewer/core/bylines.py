"""Who an article's byline credits as its writers, from the roles printed in it (no Qt, no SQL)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# the titles a byline or a credit gives those who wrote the article (not an editor's or a photographer's)
WRITING = ("author", "writer", "reporter", "作者", "文", "撰文", "记者", "特约记者", "见习记者", "实习记者")
# those only a byline gives (a 记者 or a reporter may be another paper's, named in the story)
BYLINE_ONLY = frozenset({"author", "writer", "作者", "文", "撰文"})
HEAD_LINES = 12  # with no author stored, a byline is looked for this far below the top


@dataclass(frozen=True)
class Credit:
    """A writing role printed in an article: the person's name, the title, where and how it is printed."""

    name: str
    title: str
    start: int
    printed: str


def writers(body: str, author: str, credits: list[Credit]) -> list[str]:
    """The article's writers: all those credited on its byline's line, in the order printed (VERENA DOBNIK
    and DAVID CARUSO: both), else its author as stored (one the review or the page gave stays as given)."""
    line = _byline_line(body, author, credits)
    if line is None:
        return [author] if author else []
    on_line = sorted((c for c in credits if c.title in WRITING and line[0] <= c.start < line[1]), key=_at)
    seed = next((c for c in on_line if author in (c.printed, c.name)), on_line[0] if on_line else None)
    names = [c.name for c in _listed_with(body, on_line, seed)] if seed else []
    return list(dict.fromkeys(names)) or ([author] if author else [])


# what may stand between two writers a byline lists: a comma, "and", 、, a space, a role (记者 王明 李华)
_BETWEEN_WRITERS = re.compile(
    r"[\s,，、/|｜]*(?:and|&|和|与|及)?[\s,，、/|｜]*(?:记者|通讯员|作者|文)?[\s:：]*"
)


def _at(credit: Credit) -> int:
    return credit.start


def _listed_with(body: str, on_line: list[Credit], seed: Credit) -> list[Credit]:
    """The writers listed together with the seed, each next to the one before by list separators only
    (not a reporter of another outlet the lead names later: 接受路透社记者刘洋采访)."""
    at = on_line.index(seed)
    run = [seed]
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(on_line):
            a, b = (on_line[i + step], on_line[i]) if step < 0 else (on_line[i], on_line[i + step])
            if not _BETWEEN_WRITERS.fullmatch(body, a.start + len(a.printed), b.start):
                break
            i += step
            run.insert(0, a) if step < 0 else run.append(b)
    return run


def _byline_line(body: str, author: str, credits: list[Credit]) -> tuple[int, int] | None:
    """Where the byline is printed: the line crediting the author stored, else (none stored) the first
    line near the top giving a byline's title."""
    if author:
        seed = next((c for c in credits if author in (c.printed, c.name)), None)
    else:
        head = _line_start(body, HEAD_LINES)
        seed = next((c for c in credits if c.title in BYLINE_ONLY and c.start < head), None)
    if seed is None:
        return None
    start = body.rfind("\n", 0, seed.start) + 1
    end = body.find("\n", seed.start)
    return start, end if end >= 0 else len(body)


def _line_start(body: str, number: int) -> int:
    """Where the line after the first `number` lines starts (the body's end if it is shorter)."""
    at = 0
    for _ in range(number):
        at = body.find("\n", at) + 1
        if at == 0:
            return len(body)
    return at
