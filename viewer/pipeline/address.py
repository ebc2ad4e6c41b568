"""Where an article was found: its web address, cited with it, and the day a news address prints
(https://www.wbrc.com/2019/04/16/…, …/html/2018-03/21/…, …/t20191127_5443717.html)."""

from __future__ import annotations

import datetime as dt
import re

# a year, month and day in a row, apart or joined, never inside a longer run of digits
_DAY = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://[^/]*", re.I)
WEB_ADDRESS = re.compile(r"https?://[^\s/]+\.[^\s]*", re.I)  # what a page is found at: http(s), a host


def is_web_address(text: str) -> bool:
    """True for an http or https address with a host (not a file, a script or a word)."""
    return WEB_ADDRESS.fullmatch(text.strip()) is not None


def day_in_address(address: str) -> dt.date | None:
    """The first real day printed in an address's path, or None (its host is never read)."""
    for match in _DAY.finditer(_SCHEME.sub("", address.strip())):
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:  # 2019-02-30
            continue
    return None
