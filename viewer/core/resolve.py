"""Turn a parsed query into a Filter against one database: names to ids, dates to intervals."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from .dates import DateParseError, FuzzyDate, ImpossibleDateError, day_date
from .filters import Either, Filter
from .message import Message, Names
from .names import RANK_ROLE
from .query import KINDS, SORTS, ParsedQuery, Term, tokenize
from .repository import Repository, Who
from .resolution import Resolution
from .text import valid_text

MAX_RUN = 4
MAX_WHO = 5000
MAX_HEADLINES = 3  # headlines named in a search's note
MAX_PREFIX = 20  # a bare word starting the names of more people than this is text only
# a bare word written as a date: a digit and a date mark; when no calendar date fits it, it is an error
DATE_SHAPED = re.compile(r"\d.*[-/.年月日号]|[-/.年月日号].*\d")
# a date still being typed: ending with its separator or its last part a lone 0 (2026-, 2026-03-, 2026-03-0),
# which the next digit completes
DATE_BEING_TYPED = re.compile(r"\d{4}[-/.](?:\d{1,2}[-/.])?0?")


def reference_of(repo: Repository) -> FuzzyDate:
    """The day year-less dates are read against: the latest publication date, else today."""
    try:
        day = dt.date.fromisoformat(repo.reference_date())
    except (TypeError, ValueError):  # none recorded (or a damaged value)
        day = dt.date.today()
    return day_date(day)


def resolve(repo: Repository, query: str | ParsedQuery) -> Resolution:
    """Resolve a query typed in the search box or given to `events-cli search`."""
    parsed = tokenize(query) if isinstance(query, str) else query
    terms = [replace(t, value=valid_text(t.value)) for t in parsed.terms]
    return _Resolver(repo).run(terms)


def best_who(matches: list[Who]) -> list[Who]:
    """The matches sharing the best score: all 吴… for a prefix, only 林俊旸 for an exact name."""
    if not matches:
        return []
    best = min(m.score for m in matches)
    return [m for m in matches if m.score == best]


class _Resolver:
    """Walks the terms once, building the filter and its notes."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.ref = reference_of(repo)
        self.persons: set[int] | None = None
        self.orgs: set[int] | None = None
        self.res = Resolution(Filter())
        self.by_text = False
        self.f: dict[str, Any] = {"dates": [], "texts": [], "excluded": [], "either": []}  # as found

    def run(self, terms: list[Term]) -> Resolution:
        # ranked by text relevance, a word that is also a role or a name's beginning is its text alone
        self.by_text = any(t.field == "sort" and SORTS.get(t.value.lower()) == "relevance" for t in terms)
        i = 0
        while i < len(terms):
            i = self._term(terms, i)
        f = Filter(
            who_persons=_frozen(self.persons),
            who_orgs=_frozen(self.orgs),
            dates=tuple(self.f["dates"]),
            after=self.f.get("after"),
            before=self.f.get("before"),
            texts=tuple(self.f["texts"]),
            excluded=tuple(self.f["excluded"]),
            kind=self.f.get("kind"),
            impossible=self.f.get("impossible", False),
            order=self.f.get("order", "date"),
            either=tuple(self.f["either"]),
        )
        self.res.filter = f
        return self.res

    def _term(self, terms: list[Term], i: int) -> int:
        t = terms[i]
        if t.negated:
            self._exclude(t)
            return i + 1
        if t.field is None and not t.quoted:
            return self._bare_run(terms, i)
        handler = {
            "person": self._who_field,
            "org": self._who_field,
            "who": self._who_field,
            "date": self._date_field,
            "within": self._date_field,
            "before": self._date_field,
            "after": self._date_field,
            "kind": self._kind,
            "text": self._text,
            "sort": self._sort,
        }
        return handler.get(t.field or "text", self._text)(terms, i)

    def _exclude(self, t: Term) -> None:
        if t.field in (None, "text"):
            self.f["excluded"].append(t.value)
            self.res.notes.append(Message("not “{text}”", text=t.value))
        else:
            self.res.problems.append(
                Message("excluding {field}: is not supported; ignored “{text}”", field=t.field, text=t.value)
            )

    def _text(self, terms: list[Term], i: int) -> int:
        text = terms[i].value
        headlines = {} if self.by_text else self.repo.headline_only(text)
        if headlines:  # printed in their headlines alone: the headline stands for the article
            self._add_headlines(text, headlines)
            return i + 1
        self.f["texts"].append(text)
        self.res.notes.append(Message("text “{text}”", text=text))
        return i + 1

    def _add_headlines(self, text: str, headlines: dict[int, str]) -> None:
        """Text that matches, or an article whose headline alone prints it: either matches."""
        self.f["either"].append(Either((text,), frozenset(), frozenset(headlines)))
        titles = Names(headlines[a] for a in sorted(headlines)[:MAX_HEADLINES])
        more = len(headlines) - len(titles)
        if more:
            self.res.notes.append(
                Message(
                    "text “{text}” or headlines: {titles} and {more:,} more",
                    text=text,
                    titles=titles,
                    more=more,
                )
            )
        else:
            self.res.notes.append(Message("text “{text}” or headlines: {titles}", text=text, titles=titles))

    def _kind(self, terms: list[Term], i: int) -> int:
        kind = KINDS.get(terms[i].value.lower())
        if kind is None:
            self.res.problems.append(
                Message("kind must be direct or reported, not “{text}”", text=terms[i].value)
            )
            self.f["impossible"] = True
        else:
            self.f["kind"] = kind
            self.res.notes.append(Message("direct quotes" if kind == "direct" else "reported quotes"))
        return i + 1

    def _sort(self, terms: list[Term], i: int) -> int:
        order = SORTS.get(terms[i].value.lower())
        if order is None:
            self.res.problems.append(
                Message("sort must be date or relevance, not “{text}”", text=terms[i].value)
            )
        else:
            self.f["order"] = order
            self.res.notes.append(Message("sorted by date" if order == "date" else "sorted by relevance"))
        return i + 1

    def _following_words(self, terms: list[Term], i: int) -> list[str]:
        words = [terms[i].value]
        for t in terms[i + 1 : i + MAX_RUN]:
            if t.field is not None or t.quoted or t.negated:
                break
            words.append(t.value)
        return words

    def _date_field(self, terms: list[Term], i: int) -> int:
        words = self._following_words(terms, i)
        for n in range(len(words), 0, -1):
            date = self._date(" ".join(words[:n]))
            if date is not None:
                self._add_date(terms[i].field or "date", date)
                return i + n
        self.res.problems.append(Message("cannot read date “{text}”", text=terms[i].value))
        self.f["impossible"] = True
        return i + 1

    def _date(self, text: str) -> FuzzyDate | None:
        from .dateparse import parse_date  # its patterns compile on the first date typed, not at start-up

        try:
            return parse_date(text, self.ref)
        except DateParseError:
            return None

    def _impossible_date(self, word: str) -> str:
        """Why a word written as a date (digits with - / . 年 月 日 or 号) is no date, else ''."""
        if not DATE_SHAPED.search(word):
            return ""
        from .dateparse import parse_date

        try:
            parse_date(word, self.ref)
        except ImpossibleDateError as exc:
            return str(exc)
        except DateParseError:
            pass
        return ""

    def _add_date(self, fld: str, date: FuzzyDate) -> None:
        if fld in ("before", "after"):
            self.f[fld] = date
            self.res.notes.append(Message("before {date}" if fld == "before" else "after {date}", date=date))
            return
        mode = "within" if fld == "within" else "overlaps"
        self.f["dates"].append((date, mode))
        self.res.notes.append(
            Message("date {date} (within)" if mode == "within" else "date {date} (overlaps)", date=date)
        )

    def _who_field(self, terms: list[Term], i: int) -> int:
        kinds = {"person": ("person",), "org": ("org",)}.get(terms[i].field or "", ("person", "org"))
        words = self._following_words(terms, i) if not terms[i].quoted else [terms[i].value]
        for n in range(len(words), 0, -1):
            typed = " ".join(words[:n])
            found = best_who(self.repo.find_who(typed, kinds, limit=MAX_WHO + 1, names=False))
            if found:
                if len(found) > MAX_WHO:
                    self.res.problems.append(
                        Message(
                            "“{text}” matches more than {limit:,} people; type more of the name",
                            text=typed,
                            limit=MAX_WHO,
                        )
                    )
                    found = found[:MAX_WHO]
                self._add_who(found)
                return i + n
        self.res.problems.append(Message("nobody matches “{text}”", text=terms[i].value))
        self._add_who([])
        return i + 1

    def _add_who(self, found: list[Who]) -> None:
        self.persons = self.persons or set()
        self.orgs = self.orgs or set()
        for w in found:
            (self.persons if w.kind == "person" else self.orgs).add(w.id)
        looked_up = [self.repo.who_of(w.kind, w.id) if not w.name else w for w in found[:5]]
        named = [w for w in looked_up if w is not None]
        self.res.who.extend(named + found[5:])
        names = Names(w.name for w in named)
        if len(found) > 5:
            self.res.notes.append(Message(_said(WHO, found), names=names, more=len(found) - 5))
        elif found:
            self.res.notes.append(Message(_said(WHO, found), names=names))

    def _bare_run(self, terms: list[Term], i: int) -> int:
        words = self._following_words(terms, i)
        for n in range(len(words), 0, -1):
            date = self._date(" ".join(words[:n]))
            if date is not None:
                self._add_date("date", date)
                return i + n
        if DATE_BEING_TYPED.fullmatch(words[0]):
            self.res.problems.append(Message("“{text}” is no whole date yet", text=words[0]))
            self.res.incomplete = True
            self.f["impossible"] = True  # outside the window (events-cli), nothing matches it
            return i + 1
        impossible = self._impossible_date(words[0])
        if impossible:
            self.res.problems.append(
                Message("no such date “{text}”: {problem}", text=words[0], problem=impossible)
            )
            self.f["impossible"] = True
            return i + 1
        for n in range(len(words), 0, -1):  # the longest run that names someone: exactly, else also
            typed = " ".join(words[:n])
            exact = [
                w
                for w in best_who(self.repo.find_who(typed, ("person", "org"), limit=MAX_WHO, exact=True))
                if w.score < RANK_ROLE
            ]
            people = frozenset(w.id for w in exact if w.kind == "person")
            # an organisation's name is also what is written of it (Qwen, 阿里, 华为云): its rows or its text;
            # a person who says and does nothing here is found where the name is printed (靖人)
            if exact and not self.by_text and (len(people) < len(exact) or self.repo.silent(people)):
                self._add_either(words[:n], exact)
                return i + n
            if exact:
                self._add_who(exact)
                return i + n
            also = [] if self.by_text else self.repo.also_who(typed, MAX_PREFIX, MAX_WHO)
            if also:
                self._add_either(words[:n], also)
                return i + n
        return self._text(terms, i)

    def _add_either(self, words: list[str], found: list[Who]) -> None:
        """Words that are text, or also a role or the beginning of a name: either matches."""
        persons = frozenset(w.id for w in found if w.kind == "person")
        orgs = frozenset(w.id for w in found if w.kind == "org")
        self.f["either"].append(Either(tuple(words), persons, orgs=orgs))
        self.res.who.extend(found)
        names, text = Names(w.name for w in found[:5]), " ".join(words)
        if len(found) > 5:
            more = len(found) - 5
            self.res.notes.append(Message(_said(EITHER, found), text=text, names=names, more=more))
        else:
            self.res.notes.append(Message(_said(EITHER, found), text=text, names=names))


# what a search names is said as people, organisations or both (walk36: who:密尔沃基警方 said 人物, a
# person, of an organisation): (kinds named, how many) → template; how many: "one", "some" (up to five),
# "more"
WHO = {
    ("person", "one"): "who: {names}",
    ("person", "some"): "who: {names}",
    ("person", "more"): "who: {names} and {more:,} more",
    ("org", "one"): "organisation: {names}",
    ("org", "some"): "organisations: {names}",
    ("org", "more"): "organisations: {names} and {more:,} more",
    ("both", "some"): "people and organisations: {names}",
    ("both", "more"): "people and organisations: {names} and {more:,} more",
}
EITHER = {
    ("person", "one"): "text “{text}” or who: {names}",
    ("person", "some"): "text “{text}” or who: {names}",
    ("person", "more"): "text “{text}” or who: {names} and {more:,} more",
    ("org", "one"): "text “{text}” or organisation: {names}",
    ("org", "some"): "text “{text}” or organisations: {names}",
    ("org", "more"): "text “{text}” or organisations: {names} and {more:,} more",
    ("both", "some"): "text “{text}” or people and organisations: {names}",
    ("both", "more"): "text “{text}” or people and organisations: {names} and {more:,} more",
}


def _said(templates: dict[tuple[str, str], str], found: list[Who]) -> str:
    """The template saying who was found: people, organisations or both, one, some or more than five."""
    kinds = {w.kind for w in found}
    kind = "both" if len(kinds) > 1 else "org" if kinds == {"org"} else "person"
    many = "more" if len(found) > 5 else "one" if len(found) == 1 else "some"
    return templates[(kind, many)]


def _frozen(ids: set[int] | None) -> frozenset[int] | None:
    return None if ids is None else frozenset(ids)


def with_dates(f: Filter, date: FuzzyDate, mode: str = "overlaps") -> Filter:
    """The filter narrowed further to a date interval."""
    return replace(f, dates=f.dates + ((date, mode),))
