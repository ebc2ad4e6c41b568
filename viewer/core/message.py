"""A message in English that keeps its template and values, so an interface can say it in its language."""

from __future__ import annotations

from .dates import FuzzyDate


class Names(tuple[str, ...]):
    """Names listed in a message: in English with ", " between them; an interface lists them its own way
    (Chinese: 林俊旸、郁博文)."""

    def __format__(self, spec: str) -> str:
        return format(", ".join(self), spec)


class Message(str):
    """The English text of template.format(**values); `template` and `values` stay for translation."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Message:
        english = {k: v.label() if isinstance(v, FuzzyDate) else v for k, v in values.items()}
        message = super().__new__(cls, template.format(**english))
        message.template, message.values = template, values
        return message
