"""Names the rules read that the tagger reads as everyday words wherever they are printed: 繞場 (walked round
the arena) after 教練, 時致詞 (when giving a speech) after 負責人, 文后 of 推文后说."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import TITLE_RE
from .registry import Registry
from .script import simplified

_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_TITLE_BEFORE = re.compile(rf"(?:{TITLE_RE})$")
_MONASTIC_AFTER = ("法师", "法師", "和尚", "禅师", "禪師")
_VERB_TAGS = ("v", "vn", "vd")
_CLAUSE_MARKS = set("，,。；;：:！!？?\n「」“”（(")  # what stands before a clause's subject


@dataclass(frozen=True)
class Word:
    """A word the tagger read: where it is in the article, and its tag."""

    start: int
    end: int
    tag: str


def drop_names_read_as_words(registry: Registry, words: list[Word], body: str) -> None:
    """No person is named by characters the tagger never reads as a name and, at every printing, reads
    as a verb's (時致詞: 時 then 致詞; 繞場) or as parts of other words (推文|后); a name that opens a
    clause somewhere (…。张扬强调) stays, and right after a title only a whole verb or a surname's character
    then one is read so (方進興 after 董事長 stays)."""
    starts = [w.start for w in words]
    for person in registry.persons():
        if not _CJK_NAME.fullmatch(person.name):
            continue
        printed = [m.start() for m in re.finditer(re.escape(person.name), body)]
        if not printed or any(at == 0 or body[at - 1] in _CLAUSE_MARKS for at in printed):
            continue  # …。张扬强调: a clause's subject, whatever the tagger reads
        if all(_words_there(person.name, at, words, starts, body) for at in printed):
            del registry.entities[person.key]


def _words_there(name: str, at: int, words: list[Word], starts: list[int], body: str) -> bool:
    """True when the tagger's words where the name is printed at `at` (`starts`: where each word starts)
    are no name's."""
    end = at + len(name)
    first = max(0, bisect.bisect_right(starts, at) - 1)
    covering = [w for w in words[first : bisect.bisect_left(starts, end)] if w.end > at]
    if not covering or any(w.tag == "PER" for w in covering) or body.startswith(_MONASTIC_AFTER, end):
        return False
    verbs = [
        w for w in covering if w.tag in _VERB_TAGS and w.end - w.start >= 2 and at <= w.start and w.end <= end
    ]
    if _TITLE_BEFORE.search(simplified(body[max(0, at - 8) : at])):
        # after a title: the name's last two characters one verb (教練繞場, 負責人時致詞), not 主任包满达
        return covering[0].start == at and any((v.start, v.end) == (end - 2, end) for v in verbs)
    runs_across = covering[0].start < at or covering[-1].end > end  # 推文|后
    return bool(verbs) or runs_across
