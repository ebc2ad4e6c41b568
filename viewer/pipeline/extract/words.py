"""Chinese word segmentation with jieba: a tokenizer of our own, whose user words (the names of one
article) are taken out again afterwards, so no article changes how the next one is read."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

NAME_FREQ = 2_000_000


@lru_cache(maxsize=1)
def tokenizer():
    """The extractor's jieba tokenizer (its dictionary loaded on first use)."""
    import jieba  # heavy: loaded only when an article is read

    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


COMMON = 50  # jieba's dictionary counts: 中国 ~ 200000, 公司 ~ 70000, a rare word like 宏硕 3


def is_common_word(text: str) -> bool:
    """True when the dictionary knows text as a word in everyday use (not a rare or unknown one)."""
    return (tokenizer().FREQ.get(text) or 0) >= COMMON


def word_frequency(text: str) -> int:
    """How often the dictionary counts text as a word (0 for none)."""
    return tokenizer().FREQ.get(text) or 0


EVERYDAY = (
    1000  # 国务院 15768, 强调 6318, 公开 5094; a famous name is as frequent (毛泽东 8994) but tagged nr
)


@lru_cache(maxsize=1)
def _tagged_words() -> tuple[frozenset[str], frozenset[str], dict[str, str], frozenset[str]]:
    """One pass over the dictionary ("word count tag" per line, from a file or a bundle's archive): every
    word it tags a verb or an idiom, however rare (履职 24, 调派 40, 责无旁贷 190); every word it tags a
    person's name, however common (李强 159, 温家宝 276); the part of speech of each word it counts
    at least EVERYDAY times; and every word it tags a place (杨浦, 林芝, 连江县)."""
    verbal, named, everyday, places = set(), set(), {}, set()
    with tokenizer().get_dict_file() as lines:
        for line in lines:
            word, count, *tag = line.decode("utf-8").split()
            kind = tag[0] if tag else ""
            if kind.startswith("v") or kind in ("i", "l"):
                verbal.add(word)
            elif kind.startswith("nr"):
                named.add(word)
            elif kind == "ns":
                places.add(word)
            if int(count) >= EVERYDAY:
                everyday[word] = kind
    return frozenset(verbal), frozenset(named), everyday, frozenset(places)


def is_place_word(text: str) -> bool:
    """True when the dictionary tags text (Simplified) a place, however rare (杨浦, 林芝)."""
    return text in _tagged_words()[3]


def is_known_name(text: str) -> bool:
    """True when the dictionary tags text (Simplified) a person's name (李强, 温家宝; but also 陈述, 莫斯科:
    trust it only for a rare word)."""
    return text in _tagged_words()[1]


def is_verbal(text: str) -> bool:
    """True when the dictionary knows text as a verb or an idiom: no one's name (履职, 调派)."""
    return text in _tagged_words()[0]


def is_word(text: str) -> bool:
    """True when the dictionary knows text as a word at all, however rare (免责, 27 times)."""
    return (tokenizer().FREQ.get(text) or 0) > 0


def _everyday_tags() -> dict[str, str]:
    """The part of speech of each word the dictionary counts at least EVERYDAY times."""
    return _tagged_words()[2]


def everyday_use(text: str) -> str | None:
    """How text, in Simplified characters, is used when it is a word in everyday use that names no person:
    "org" for an organisation's name (国务院, 国民党), "verbal" for a verb or an adverb (强调, 公开表示),
    "word" for any other (温暖); None for a rare word or a name of someone (毛泽东, tagged nr)."""
    tag = _everyday_tags().get(text)
    if tag is None or tag.startswith("nr") or tag == "t":  # the dictionary tags 周恩来 t
        return None
    return "org" if tag == "nt" else "verbal" if tag.startswith("v") or tag in ("d", "ad") else "word"


def modifies_a_verb(text: str) -> bool:
    """True when the dictionary tags text, an everyday word, an adjective or an adverb (成功, 迅速), which
    before a verb says how it is done (民警成功抓获), unlike a noun-like one (温暖, a name in 温暖陪同)."""
    return _everyday_tags().get(text) in ("a", "ad", "d")


def is_place(text: str) -> bool:
    """True when the dictionary knows text (Simplified) as a place in everyday use (中国, 日本)."""
    return _everyday_tags().get(text) == "ns"


def words(text: str) -> list[str]:
    """The dictionary words of text; characters of unknown words come out one by one."""
    return list(tokenizer().cut(text, HMM=False))


@contextlib.contextmanager
def names_as_words(names: Iterable[str]) -> Iterator:
    """A tokenizer that reads each name as one word until the block ends (林俊旸, not 林/俊/旸)."""
    tk = tokenizer()
    names = list(dict.fromkeys(names))
    saved = {prefix: tk.FREQ.get(prefix) for n in names for prefix in (n[:i] for i in range(1, len(n) + 1))}
    tags = {n: tk.user_word_tag_tab.get(n) for n in names}
    total = tk.total
    for name in names:
        tk.add_word(name, freq=NAME_FREQ, tag="nr")
    try:
        yield tk
    finally:
        for key, value in saved.items():
            if value is None:
                tk.FREQ.pop(key, None)
            else:
                tk.FREQ[key] = value
        for name, tag in tags.items():
            if tag is None:
                tk.user_word_tag_tab.pop(name, None)
            else:
                tk.user_word_tag_tab[name] = tag
        tk.total = total
