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
