"""English names: people by their roles, appositives and attributions; organisations by the
words around them (a spokesperson for…, a company called…, an analyst at…)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .given import everyday_words, given_names_and_places
from .lexicon import EN_ORG_SUFFIXES, EN_SPEECH
from .orgs import last_sentence
from .registry import (
    EN_TITLE_WORDS,
    INITIALLED_NAME,
    LATIN_NAME,
    LOWER,
    SURNAME,
    UPPER,
    Entity,
    Registry,
    family_name,
    is_title,
    person_key,
    without_title,
)
from .segment import Span

EN_ROLE_WORD = (
    r"(?:CEO|CTO|COO|CFO|chief executive(?: officer)?|chief [a-z]+ officer|chief|chairman|chairwoman|chair|"
    r"president|founder|co-founder|spokesperson|spokesman|spokeswoman|director|head|"
    r"researcher|scientist|engineer|analyst|executive|officer|manager|partner|minister|"
    r"secretary|lawyer|professor|editor|reporter)"
)
# "chief executive Jonas Brandt", "deputy finance chief Lena Kraus",
# "the head of its Asian business, Mei Tanaka" (a word before the title at most 40 letters long: from
# each dash of a line of 60,000 the try ran on to the line's end)
EN_ROLE_RE = re.compile(
    rf"(?<![\w'’])(?P<title>(?:[a-z-]{{1,40}} ){{0,2}}{EN_ROLE_WORD}"
    rf"(?:-(?:general|elect|designate|in-chief))?)"
    rf"(?: (?:of|at|for) (?:its |the |his |her |their )?(?:[\w&.'’-]+ ){{0,3}}?[\w&.'’-]+,"
    rf"| of [A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*,?|,)?"
    rf" (?P<name>{LATIN_NAME})\b"
)
# a minister's capitalised title and portfolios: "Deputy Prime Minister", "Tourism, Arts and Culture Minister"
_EN_MINISTER = (
    r"(?:(?:Deputy|Vice|Acting|Prime|Foreign|Interior|Home|Defen[cs]e|Finance|Justice|Health|Education|"
    r"Trade|Economy|Labou?r|Culture|Information|Environment|Energy|Law|Affairs|Transport|Agriculture|"
    r"Tourism|Arts|Sports?|Youth|Communications|Digital|Science|Technology|Industry|Commerce|Housing|"
    r"Works|Water|Lands|Mines|Natural|Resources|Fisheries|Security|Public|Internal|Social|Welfare|"
    r"Women|Family|Local|Government|Senior|Junior|State|Development|Planning|National|Power|Aviation|"
    r"and),? )*Minister"
)
# a minister named after the portfolio, as Commonwealth papers print it: "Second Minister for Finance",
# "Minister of State for Home Affairs", "Secretary of State for Health and Social Care"
_PORTFOLIO = (
    r"(?:(?:Second|Senior|Deputy|Acting) )?(?:Minister|Secretary)(?: of State)? (?:for|of) (?:the )?"
    r"[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3}?"
)
_AFTER_PORTFOLIO = re.compile(r"(?:Minister|Secretary|Ministry)(?: of State)? (?:for|of) $")
# a name after a title may open with an initial: "Home Affairs Minister K Shanmugam"
_TITLED_NAME = rf"(?:{LATIN_NAME}|{INITIALLED_NAME})"
# a form of address between a title and the name, its stop sometimes run into the name: "Minister Dr.Sarath…"
_HONORIFIC = r"(?:(?:Dr|Prof|Mr|Mrs|Ms)(?:\. ?| ))?"
# the same in a press release's capitals: "Chief Financial Officer Ravi Anand", "Foreign Minister X"
EN_CAPITAL_ROLE_RE = re.compile(
    rf"\b(?P<title>Chief [A-Z][a-z]+ Officer|Chief Executive|(?:Senior |Executive )?Vice President"
    rf"|Executive Chairman|Chairman|Chairwoman|President|Co-[Ff]ounder|Founder|General Counsel"
    rf"|Managing Director|{_EN_MINISTER}|{_PORTFOLIO}|Senator|Governor|Mayor|Ambassador|MP"
    rf"|Officer|Sgt\.|Sergeant|Superintendent|Detective|Inspector|Datuk|Datin"
    rf"|Commissioner(?: of Police,)?|(?:City |County )?Clerk|Councilman|Councilwoman|Councillor)"
    rf" {_HONORIFIC}(?P<name>{_TITLED_NAME})\b"
)
# a portfolio of several words set off before the name: "Minister for Culture, Tourism and Civil Aviation,
# Sudan Kirati, has said"
EN_PORTFOLIO_APPOSED_RE = re.compile(
    rf"\b(?P<title>(?:Minister|Secretary)(?: of State)? (?:for|of) (?:the )?[A-Z][a-z]+"
    rf"(?:,? (?:and )?[A-Z][a-z]+){{1,5}}), (?P<name>{LATIN_NAME}),"
)
EN_SAID_RE = re.compile(
    rf"(?P<name>{LATIN_NAME}),? (?:(?:the|a|an) [\w' -]{{2,60}}?, |who [^,;:]{{2,100}}, )?"
    rf"(?:said|says|told|wrote|added|reported)\b"  # As NPR’s Merrit Kennedy reported on Saturday…
    rf"|\b(?:said|says|told|wrote|added) (?P<name2>{LATIN_NAME})\b"
)
# what only a person does with a title: "George Entwistle resigned as director general", "was named chief"
EN_TITLE_CHANGE_RE = re.compile(
    rf"(?P<name>{LATIN_NAME}),? (?:has |had )?(?:resigned|stepped down|stepped aside|retired|"
    rf"was (?:appointed|named|elected|promoted)) (?:as )?(?:(?:the|its|a|an) )?[a-z]"
)
# what only a person is, set off after a name: "Olly Pratt, a Boston banker and donor"
_PERSON_NOUN = (
    r"financier|banker|investor|donor|supporter|adviser|advisor|strategist|lobbyist|official|businessman|"
    r"businesswoman|entrepreneur|billionaire|journalist|columnist|writer|author|lawyer|attorney|diplomat|"
    r"ambassador|politician|lawmaker|activist|historian|commentator|presenter|aide"
)
# an occupation capitalised at a sentence's start, run into the name after it (Lawyer Jane Smith said)
_OCCUPATION = re.compile(
    rf"(?:{_PERSON_NOUN}|psychologist|psychiatrist|farmer|teacher|doctor|nurse|student|resident|witness"
    r"|prosecutor|coach|player|singer|actor|actress|photographer|engineer|scientist|researcher|economist"
    r"|analyst|pastor|neighbour|neighbor|driver|owner|manager|spokesman|spokeswoman|spokesperson)"
)
_VERB_PAST = r"(?:[a-z]+ed|brought|made|took|gave|became|wrote|told|said|found|won|lost|led|left|met|sent)"
_PERSON_PLURAL = (
    r"(?:journalists|reporters|correspondents|photographers|officials|executives|lawyers|activists|"
    r"ministers|members|leaders|founders|directors|editors|workers|staffers|soldiers|students|doctors|"
    r"colleagues|employees|players|candidates|lawmakers|senators|brothers|sisters|sons|daughters|"
    r"children|suspects|victims|defendants)"
)
EN_APPOSITIVE_RE = re.compile(  # not after a hyphen: "the second non-British National, will replace CEO …"
    # nor before a verb and its object: "Adventures in Human Being, brought the perspective of a writer"
    rf"(?<![-\w])(?P<name>{LATIN_NAME}), (?!{_VERB_PAST} (?:the|a|an|his|her|its|their) )"
    rf"(?:the |a |an )?(?:(?P<title>(?:[\w'’-]+ ){{0,6}}"
    rf"(?:CEO|chief|founder|co-founder|president|spokesman|spokeswoman|"
    rf"chairman|chairwoman|chair|head|spokesperson|executive|director|researcher|scientist|"
    rf"analyst|partner|economist|officer|secretary|representative|minister))\b"
    rf"|(?:[\w'’-]+ ){{0,6}}{_PERSON_NOUN}\b)"
    rf"|(?<![-\w])(?P<name2>{LATIN_NAME}), (?:Head|Chairman|Chairwoman|Chair|President|Speaker) of\b"
)
# what a person is, said of a name: "Ana Lind is the author of…", "Joe Bart was a lawyer"
EN_IS_RE = re.compile(
    rf"(?<![-\w])(?P<name>{LATIN_NAME}) (?:is|was) (?:the|a|an) (?:[\w'-]+ ){{0,3}}?"
    rf"(?:founder|co-founder|president|chairman|chairwoman|spokesperson|researcher|scientist|"
    rf"economist|{_PERSON_NOUN})\b"
)
# a relative named after the kinship word: "her 99-year old sister Clara Weston", "his wife Anna Lind",
# set off by a comma too: "her cousin brother, Benny Woodworth," "another of her cousins, Joe Lau,"
EN_KIN_RE = re.compile(
    rf"\b(?:wife|husband|son|daughter|sister|brother|mother|father|widow|widower|grandson|granddaughter"
    rf"|cousin|niece|nephew|fiancée?)(?:s|(?<=cousin) (?:brother|sister))?"
    rf"(?P<comma>,)? (?P<name>{LATIN_NAME})\b(?(comma),)"
)
# a name with the person's age set off after it, as wire copy prints it: "Kevin Colindres, 18, died"
EN_AGED_RE = re.compile(rf"(?<![-\w])(?P<name>{LATIN_NAME}), \d{{1,3}},")
# a name after its age: "the driver, 67-year-old William Martin of Monmouth, was…"
EN_AGED_BEFORE_RE = re.compile(
    rf"\b\d{{1,3}}-year-old (?P<name>{LATIN_NAME}(?<! Jr)(?<! Sr)(?P<gen> [JS]r\.)?)"
    rf"(?(gen)|(?![\w’'-]| [A-Z]))"  # (a generation's full stop may end the sentence too)
)
# people listed after a plural noun of persons: "Two Reuters journalists, Ama Osei and Joe Bart, were"
_LISTED = re.compile(
    rf"\b{_PERSON_PLURAL}, (?P<names>{LATIN_NAME}(?:, {LATIN_NAME})*,? and {LATIN_NAME})"
    rf"(?=[,.;:]| (?:were|are|have|had|who|was)\b)"
)


def _aged_person(name: str) -> bool:
    """A name after an age is a person's when it opens with a given name and ends with no everyday word
    (67-year-old William Martin; not the 22-year-old Ford Focus)."""
    words = name.split()
    return words[0] in given_names_and_places()[0] and words[-1].lower() not in everyday_words()


# whom words were told, by a full name of two or three words before the words or a comma
_TOLD_RE = re.compile(rf"\btold (?P<name>{LATIN_NAME})(?=,| that\b|:)")
# whose account a sentence gives, an abbreviated rank before the name: "According to PI Mandar
# Dharmadhikari, the incident took place …"
_ACCORDING_RE = re.compile(rf"\b[Aa]ccording to [A-Z]{{2,4}} (?P<name>{LATIN_NAME}),")
# a speaker by title and surname alone after the verb: "…," said Mayor Castro. / said District 1 Councilman
# Bernal.
_SAID_TITLED_SURNAME = re.compile(
    rf"\b(?:said|says|added) (?:[A-Z][a-z]+ \d+ )?(?P<name>(?:{EN_TITLE_WORDS})\.? [A-Z][a-z'’-]+)(?=[.,;]|$)"
)

# the same before the verb, closing a quotation or opening a sentence: "…,” Chief Grimes stated. / "…,”
# Captain Sharp, explained. / Chief Jackson stated that, “…” (not a title that opens names of things too:
# Coach Outlet, General Mills, Principal Financial, Major League)
_TITLED_SURNAME_SAID = re.compile(
    rf"(?:[”\"],? |(?:^|(?<=[.!?] ))(?!(?:Coach|General|Principal|Major|Judge|Marshal|Prince|Queen|King)\b))"
    rf"(?P<name>(?:{EN_TITLE_WORDS})\.? [A-Z][a-z'’-]+),? "
    r"(?:said|says|stated|explained|added)\b"
)


def english_names(registry: Registry, span: Span, outside, alone: Counter, is_org) -> None:
    """People and organisations named in English in a span (outside quoted stretches)."""
    if _title_case(span.text):
        return
    for regex in (
        EN_ROLE_RE,
        EN_CAPITAL_ROLE_RE,
        EN_PORTFOLIO_APPOSED_RE,
        EN_APPOSITIVE_RE,
        EN_KIN_RE,
        EN_IS_RE,
        EN_AGED_RE,
        EN_AGED_BEFORE_RE,
    ):
        for m in regex.finditer(span.text):
            found = m.group("name") or m.groupdict()["name2"]
            if regex is EN_AGED_BEFORE_RE and not _aged_person(found):
                continue  # a 10-year-old Golden Retriever, the 22-year-old Ford Focus: a thing's name
            name = without_title(found)
            if any(map(is_title, found.split()[:-1])):  # "Datuk Seri Abdullah Ahmad Badawi", "Punjab Dr X Y"
                name = _past_titles(span.text, m.start("name" if m.group("name") else "name2")) or name
            if outside(m.start()) and not english_org(name) and not all(map(is_title, name.split())):
                person = registry.person(name)  # (not a title's words alone: Mayor Pro Tempore)
                if m.groupdict().get("title") and _held_title(span.text, m):  # (a neighbour: no title)
                    person.roles.append(_role(span, m))
    _spoken_for(registry, span, outside)
    _english_orgs(registry, span, outside)
    for m in _LISTED.finditer(span.text):
        for listed in re.finditer(LATIN_NAME, m.group("names")):
            if outside(m.start()) and not english_org(listed.group()):
                registry.person(listed.group())
    for m in (*EN_SAID_RE.finditer(span.text), *EN_TITLE_CHANGE_RE.finditer(span.text)):
        name = without_title(m.groupdict().get("name") or _past_titles(span.text, m.start("name2")))
        name = _past_time_words(name)
        owner_word, _, own_name = _split_possessive(name)
        if own_name.count(" ") and " " not in owner_word:
            name = own_name  # NPR’s Merrit Kennedy reported: the reporter, not the outlet's word
        if _RESIDENCE.search(span.text, max(0, m.start() - 6), m.start()):
            continue  # "Sen. Paul Gazelka, of East Gull Lake, said": where the speaker lives
        if _MODEL_YEAR.search(span.text, max(0, m.start() - 6), m.start()):
            continue  # "a 2011 Dodge Ram, said to have been driven by…": a vehicle's make and model
        if m.groupdict().get("name") and _NAME_GOES_ON.search(span.text, max(0, m.start() - 40), m.start()):
            if name.count(" ") < 2:
                continue  # "the Department of Forestry and Fire Protection says": an institution's name's end
            name = name.split(" ", 1)[
                1
            ]  # "Governor of the Bank of England Andrew Bailey said": Andrew Bailey
        owner = _org_of_words(registry, name)
        if owner is not None:
            owner.short_forms.add(name)  # Monte Paschi said…: Monte dei Paschi di Siena, shortened
        elif (
            name
            and outside(m.start())
            and not is_org(name)
            and not english_org(name)
            and name.split()[0] not in NOT_FIRST_WORDS
        ):
            registry.person(name)
    for m in (*_SAID_TITLED_SURNAME.finditer(span.text), *_TITLED_SURNAME_SAID.finditer(span.text)):
        if outside(m.start("name")) and not is_title(m.group("name").rsplit(" ", 1)[1]):  # said Lt. Col. Brar
            registry.person(m.group("name").replace(".", ""))
    for m in (*_TOLD_RE.finditer(span.text), *_ACCORDING_RE.finditer(span.text)):
        name = without_title(m.group("name"))
        if (
            outside(m.start())
            and not is_org(name)
            and not english_org(name)
            and name.split()[0] not in NOT_FIRST_WORDS
        ):
            # "Mr Peters told Jack Tame, …": whom words were told; "According to PI Mandar Dharmadhikari,
            # …": whose account it is; each by full name
            registry.person(name)
    _recurring_surnames(registry, span, outside, alone)
    _apposed(registry, span, outside, alone)


_SPOKESPERSON_FOR = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative) (?:for|of|at|from) "
    r"(?P<org>[A-Z][\w&.-]*(?:[’']s)?(?: [\w&.-]+){0,3}?)"
    r"(?= (?:said|says|told|added|wrote|confirmed|declined)\b)"
)


_RESIDENCE = re.compile(r", of $")
_MODEL_YEAR = re.compile(r"\b(?:19|20)\d\d $")  # a vehicle's year before its make: a 2011 Dodge Ram
# capitalised words and "of", "and" or "&" run into the front of a name: it ends an institution's name
_NAME_GOES_ON = re.compile(r"[A-Z][\w'’.-]* (?:and|&|of|for) $")


def _past_time_words(name: str) -> str:
    """A name without the words of time opening its sentence ("Earlier Saturday Anna Lind" → "Anna
    Lind"); "" when no First Last is left."""
    words = name.split()
    while words and words[0] in TIME_WORDS:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else ""


_CAPITALISED = re.compile(r"([A-Z][\w'’-]*\.?) ")
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+) (?:of|for) (?:the )?$")  # a title before its office
_OFFICE_OF = re.compile(r"(?:of|for) (?:the )?[A-Z][\w'’-]* ")  # a title's office: Director of Schools
TITLE_RUN = 5  # "Punjab Health Minister Dr", "Prime Minister Datuk Seri": the capitalised words before a name


def _past_titles(text: str, at: int) -> str:
    """The name printed at `at`, past the titles and the words naming them ("told NPR CEO Katherine
    Maher", "said City Manager Robert Hanna", "Punjab Health Minister Dr Yasmin Rashid"): the name starts
    after the last title among the first capitalised words; "" when nothing is printed there."""
    if at < 0:
        return ""
    start, words = at, 0
    while words < TITLE_RUN and (word := _CAPITALISED.match(text, at)) is not None:
        at, words = word.end(), words + 1
        if is_title(word.group(1)):
            start = at
            office = _OFFICE_OF.match(text, at)
            if office is not None and re.match(LATIN_NAME, text[office.end() :]):
                at = start = office.end()  # said Director of Schools Clint Satterfield
    name = re.compile(LATIN_NAME).match(text, start)
    return name.group() if name else ""


def _spoken_for(registry: Registry, span: Span, outside) -> None:
    """ "a spokesperson for Hallberg's works council said": whoever is spoken for is an organisation
    (also known by the words after the possessive: works council)."""
    for m in _SPOKESPERSON_FOR.finditer(span.text):
        name = m.group("org")
        if outside(m.start()) and not any(name in (e.name, *e.short_forms) for e in registry.orgs()):
            org = registry.org(name)
            _, _, rest = _split_possessive(name)
            if rest:
                org.short_forms.add(rest)


def _split_possessive(name: str) -> tuple[str, str, str]:
    m = re.search(r"[’']s ", name)
    return (name[: m.start()], m.group(), name[m.end() :]) if m else (name, "", "")


# a name of capitalised words joined by the particles European company names carry: Monte dei Paschi di Siena
_PARTICLED_NAME = (
    r"[A-Z][\w&.'’-]*(?: (?:(?:de|di|dei|del|della|der|van|von|la|le|du|des) )?[A-Z][\w&.'’-]*)*"
)
_EN_ORG_CONTEXT = re.compile(
    rf"\b(?:company|firm|startup|start-up|group|maker|provider|rival|fund|lab|bank|"
    rf"carrier|publisher|agency|investor|outlet)(?: called)?,? (?P<org>{_PARTICLED_NAME})\b"
    rf"|\b(?:analyst|researcher|economist|partner|director|head|engineer|executive) "
    rf"(?:at|with|of) (?P<org2>{LATIN_NAME})\b"
)


# a news outlet relayed at a sentence's end: "…, NPR reported."
_REPORTED_BY = re.compile(r",\s*(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\s+reported\b")


# a public body as the subject of a verb of speech: "The Saskatoon Fire Department said", "The
# Environment Agency said", "the Federal Security Service (FSB) said" (its name without "The")
_BODY_SPEAKS = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=\n)|(?<=\b[Tt]he )|(?<=, ))"
    r"(?!The )(?P<org>(?:[A-Z][\w&'’.-]*\s){1,4}(?:Department|Agency|Court|Service|Police|Bureau|Office"
    r"|Ministry|Council|Commission|Board|Authority|Directorate|Tribunal|Embassy|Consulate|Forces|Jail|Prison"
    r"|Federation|Association|Committee|Forum|Secretariat|Administration))"
    r"(?: \([A-Z]{2,6}\))? (?:has |had )?(?:said|says|say|stated|announced|confirmed|added|noted|explained"
    r"|told|reported|warned|claimed)\b"
)


# capitalised words, then police in lower case, speaking: "Milwaukee police said", "…, Hong Kong police
# confirmed Friday" (not a kind of police: State, Local, Federal…; a town's only when the article prints its
# name apart too: settle_town_police)
_TOWN_POLICE = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?:[Tt]he )?(?P<org>(?!(?:State|Local|City|County|Federal|National|Provincial"
    r"|Regional|Military|Secret|Traffic|Transit|Border|Riot|Railway|Armed|Religious|Plainclothes|Campus|Tribal)\b)"
    r"(?:[A-Z][\w’'.-]+ ){1,3}police) (?:(?:also|later|have|had) )?"
    r"(?:said|say|says|confirmed|reported|stated|told|added|announced|believe|believed)\b"
)


def _english_orgs(registry: Registry, span: Span, outside) -> None:
    """ "a climate-data company, Tidewater Analytics", "an analyst at Northgate Research", "…, NPR
    reported", "The Environment Agency said", "Milwaukee police said": organisations."""
    for m in _TOWN_POLICE.finditer(span.text):
        name = last_sentence(m.group("org"))
        if outside(m.start()) and not set(name.split()) & (NOT_FIRST_WORDS | _MONTH_WORDS | _COUNT_WORDS):
            registry.org(name)
    for m in _EN_ORG_CONTEXT.finditer(span.text):
        if outside(m.start()):
            registry.org(m.group("org") or m.group("org2"))
    for m in _BODY_SPEAKS.finditer(span.text):
        name = last_sentence(m.group("org"))
        if " " not in name:
            continue
        if outside(m.start()) and name.split()[0] not in NOT_FIRST_WORDS and name not in registry.forms():
            registry.org(name)
    for m in _REPORTED_BY.finditer(span.text):
        name = m.group("org")
        if outside(m.start()) and name.split()[0] not in NOT_FIRST_WORDS and name not in registry.forms():
            registry.org(name)


def _org_of_words(registry: Registry, name: str) -> Entity | None:
    """The organisation whose longer name holds every word of this one (Monte Paschi of Monte dei
    Paschi di Siena), if any."""
    words = name.split()
    if len(words) < 2:
        return None
    return next((e for e in registry.orgs() if e.name != name and set(words) <= set(e.name.split())), None)


_COUNT_WORDS = {"Both", "Two", "Three", "Four", "Five", "Several", "Many", "Some", "Other", "More"}
_POLICE_WORD = re.compile(r" police$")


def settle_town_police(registry: Registry, body: str) -> None:
    """A town's police found speaking ("Dallas police said") is the force the article names in full (the
    Dallas Police Department: one organisation, "Dallas police" its short form); else a town's only when
    the article prints the town's name apart from its police ("a Milwaukee man", MILWAUKEE —), not the
    words of a kind of police (Highway police, Airport police)."""
    for org in [o for o in registry.orgs() if _POLICE_WORD.search(o.name)]:
        town = org.name.removesuffix(" police")
        force = next(
            (
                o
                for o in registry.orgs()
                if o is not org and o.name.lower().startswith(town.lower() + " police")
            ),
            None,
        )
        printed_apart = re.search(
            rf"\b(?:{re.escape(town)}|{re.escape(town.upper())})\b(?! [Pp]olice\b)", body
        )
        if force is not None:
            force.short_forms.add(org.name)
        if force is not None or printed_apart is None:
            del registry.entities[org.key]


def fold_shortened_orgs(registry: Registry) -> None:
    """A "person" whose Latin name is an organisation's name shortened (Monte Paschi, read in a
    headline before Monte dei Paschi di Siena was met) is that organisation."""
    for person in list(registry.persons()):
        owner = _org_of_words(registry, person.name) if person.name.isascii() else None
        if owner is not None and not person.roles:
            owner.short_forms.add(person.name)
            del registry.entities[person.key]


# a capitalised title right after: the words before it describe whoever holds it
_TITLE_NEXT = re.compile(
    rf" (?:{_EN_MINISTER}|President|Chairman|Chairwoman|Senator|Governor|Mayor|Ambassador)\b"
)


def _recurring_surnames(registry: Registry, span: Span, outside, alone: Counter) -> None:
    """ "Raman and Tom Brennan founded…", "Brennan left…": a First Last whose last name is printed
    again on its own (`alone` counts capitalised words not preceded by another word) is a person,
    unless an organisation or a place phrase."""
    for m in re.finditer(
        rf"(?<![\w.])(?:(?:{EN_TITLE_WORDS})\.? )*(?P<name>[{UPPER}][{LOWER}]+ {SURNAME})\b",
        span.text,
    ):
        name = re.sub(r"['’]s$", "", m.group("name"))
        first, last = name.split()
        if (
            not outside(m.start())
            or first in NOT_FIRST_WORDS
            or is_title(first)
            or english_org(name)
            or any(e.name == name for e in registry.orgs())
        ):
            continue
        if first in _MONTH_WORDS or last in _MONTH_WORDS or _TITLE_NEXT.match(span.text, m.end()):
            continue  # "Beleaguered French Foreign Minister X": words describing the title's holder
        if _THING_AFTER.match(span.text, m.end()):
            continue  # "the Jonesboro Nestle plant": a place and a company naming a thing
        following = _NEXT_CAPITALISED.match(span.text, m.end())
        if following is not None and _opens_institution(name, following.group().split()):
            continue  # "Southeast Regional Library", "Downtown Norfolk Civic League": an institution's name
        if is_title(last) or _AFTER_PORTFOLIO.search(span.text, max(0, m.start() - 24), m.start()):
            continue  # "the Prime Minister's Office", "Minister for Finance Indranee Rajah": a title
        known = alone[last] + alone[SUBJECT_WORD + last] >= 1 or alone["Sir " + first] >= 1
        if known and not any(last in e.name for e in registry.orgs()) and not _everyday_first(first):
            given = _chinese_given_after(last, span.text, m.end())
            if given:
                _hong_kong_name(registry, name, given)
            else:
                registry.person(name)


# a Chinese given name after a Hong Kong name's surname: Agnes Chow Ting, Andy Chan Ho-tin, Joshua Wong
# Chi-fung (the surname printed alone is theirs: Chow was detained)
_CHINESE_GIVEN = re.compile(
    rf" (?P<given>[{UPPER}][{LOWER}]{{1,5}}(?:-[{LOWER}]{{1,5}})?)(?![\w’'-]| [{UPPER}])"
)
# the surnames Hong Kong, Macau, Taiwan and Singapore print in Latin letters (Cantonese, Hokkien, Wade-Giles)
_ROMANISED_SURNAMES = {
    "Chan", "Chen", "Cheng", "Cheung", "Chiu", "Chong", "Chow", "Choi", "Chu", "Chung", "Fung", "Ho",
    "Hui", "Ip", "Kwok", "Kwan", "Lai", "Lam", "Lau", "Law", "Lee", "Leung", "Li", "Liu", "Lo", "Lui",
    "Lum", "Ma", "Mak", "Mok", "Ng", "Poon", "Siu", "So", "Suen", "Tam", "Tang", "Tsang", "Tse", "Tsoi",
    "Wan", "Wong", "Wu", "Yeung", "Yip", "Yiu", "Yu", "Yuen", "Tsai", "Huang", "Hsu", "Lin", "Chang",
    "Kuo", "Chiang", "Hsieh", "Ko", "Tan", "Teo", "Goh", "Ong", "Lim", "Koh", "Toh", "Chua", "Yeo",
    "Sim",
}  # fmt: skip


def _chinese_given_after(surname: str, text: str, end: int) -> str:
    """The Chinese given name printed after a romanised surname closing a First Last (Agnes Chow Ting)."""
    m = _CHINESE_GIVEN.match(text, end)
    if m is None or surname not in _ROMANISED_SURNAMES:
        return ""
    given = m.group("given")
    return "" if given in TIME_WORDS or given in _MONTH_WORDS or _title_word(given) else given


def _hong_kong_name(registry: Registry, name: str, given: str) -> None:
    """A Hong Kong name in full (Joshua Wong Chi-fung), known by its first two words (Joshua Wong) and its
    surname, the middle word (Wong), as well; one found before by its first two words takes it."""
    earlier = registry.entities.get(person_key(name))
    person = registry.rename(earlier, f"{name} {given}") if earlier else registry.person(f"{name} {given}")
    person.short_forms |= {name, name.split()[-1]}
    person.short_forms.discard(family_name(person.name))


def _opens_institution(name: str, following: list[str]) -> bool:
    """True when the capitalised words after a First Last close an institution's name with it (Southeast
    Regional Library; Downtown Norfolk Civic League, a league or an arena's name after more words)."""
    return any(
        english_org(" ".join([name, *following[:size]]))
        or (size > 1 and following[size - 1] in _LEAGUE_WORDS)
        for size in range(1, len(following) + 1)
    )


_LEAGUE_WORDS = {"League", "Arena"}  # surnames too (Bruce Arena), so only after another word: Civic League


def _everyday_first(word: str) -> bool:
    """An everyday English word that is no given name (Some Leeds residents, Many Leeds voters)."""
    given = given_names_and_places()[0]
    return word not in given and word.lower() in everyday_words()


# a name set off by commas after a common noun, before a verb: "one of its stars, Jimmy Savile, was"
_APPOSED = re.compile(
    rf"(?:(?<=[a-z0-9]), |^|(?<=[.!?] ))(?P<name>[{UPPER}][{LOWER}]+ (?P<last>[{UPPER}][{LOWER}'’-]+)),"
    r"\s+(?:was|is|has|had|who|whose|were)\b"
)


def _apposed(registry: Registry, span: Span, outside, alone: Counter) -> None:
    """An apposed First Last whose last name the text prints again on its own ("the claims against
    Savile") is a person; a place so set off ("Hong Kong, is") is not printed so."""
    for m in _APPOSED.finditer(span.text):
        name, last = m.group("name"), m.group("last")
        first = name.split()[0]
        if not outside(m.start()) or first in NOT_FIRST_WORDS or first in _MONTH_WORDS or english_org(name):
            continue
        if alone[last] + alone[AFTER_WORD + last] >= 1:
            registry.person(name)


# words that make an appositive no title held now: a relative clause (whose brother is the police chief),
# a relation to the holder (a friend of the president), a post held before (a former chief)
_NOT_HELD = re.compile(
    r"\b(?:who|whose|which|was|were|is|of|to|former|ex|late|friend|neighbou?r|wife)\b", re.I
)


def _held_title(text: str, m: re.Match) -> bool:
    """True when the words set off after a name are a title its holder holds (spokesman for…, the
    county's fire chief), not a relation, a relative clause, a former post or a longer title's first word
    (chief of staff)."""
    return not _NOT_HELD.search(m.group("title")) and not text.startswith(" of staff", m.end("title"))


_NOT_TITLE = re.compile(
    r"^(?:(?:that|its|the|his|her|their|a|an|and|as|of|whose|said|new|former|[\w-]+['’]s) )+", re.I
)  # (the county's fire chief: fire chief)


def _role(span: Span, m: re.Match) -> tuple[str, str, Span]:
    """The title printed before a name ("chief executive"), without the words run into its front."""
    lead = _NOT_TITLE.match(m.group("title"))
    start = m.start("title") + (lead.end() if lead else 0)
    title = span.text[start : m.end("title")]
    return title, "", Span(span.start + start, span.start + m.end("title"), title)


# the short words a headline in Title Case leaves in lower case
_TITLE_CASE_LOWER = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by"}
_TITLE_CASE_LOWER |= {"with", "from", "into", "over", "after", "about", "than", "onto", "upon", "via", "as"}


def _title_case(text: str) -> bool:
    """A headline in Title Case (Kestrel Payments Names Dana Whitfield Chief…): every word looks
    like a name there, so none is read as one. A sentence dense with names has a verb in lower case
    (Flagstaff Officer Tyler J. Stewart, 24, died Saturday at Flagstaff Medical Center.)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if any(w.islower() and w not in _TITLE_CASE_LOWER for w in words):
        return False
    return len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


AFTER_WORD = "after: "  # the key prefix counting a capitalised word printed after a lower-case one
SUBJECT_WORD = "subject: "  # … and of those, the ones a verb follows ("when Poole was arrested")


def standalone_words(body: str) -> Counter:
    """How often each capitalised word is printed without a word just before it, each first
    name after Sir (a knight is called by his first name: Sir Christopher), (under AFTER_WORD)
    each printed alone after a lower-case word ("the claims against Savile") and (under
    SUBJECT_WORD) each of those a verb follows, a subject ("when Poole was arrested"), or a verb of speech
    comes just before, a speaker ("…,” said Washington.")."""
    alone = Counter(re.findall(rf"(?<![A-Za-z] )\b({SURNAME})(?:['’]s)?\b", body))
    alone.update("Sir " + m for m in re.findall(rf"\bSir ([{UPPER}][{LOWER}'’-]+)\b(?! [A-Z])", body))
    alone.update(
        AFTER_WORD + m for m in re.findall(rf"(?<![A-Za-z])[a-z]+ ({SURNAME})(?:['’]s)?\b(?! [A-Z])", body)
    )
    alone.update(
        SUBJECT_WORD + m
        for m in re.findall(
            rf"(?<![A-Za-z])[a-z]+ ({SURNAME})"
            r" (?:was|is|had|has|said|says|told|did|would|will)\b",
            body,
        )
    )
    alone.update(SUBJECT_WORD + m for m in re.findall(rf"\b(?:said|says|added) ({SURNAME})[.,]", body))
    return alone


_MONTH_WORDS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
}


# the last word of a street's name, never of a person's (residents in Brookside Walk and Willowbank Walk said)
_STREETS = {
    "Walk",
    "Close",
    "Road",
    "Street",
    "Avenue",
    "Drive",
    "Crescent",
    "Terrace",
    "Gardens",
    "Boulevard",
}


def english_org(name: str) -> bool:
    """True for a Latin name that is an organisation's (Ardent Labs), a street's (Willowbank Walk) or no
    one's (The Board, Charlie’s Angels)."""
    last = name.split()[-1].rstrip(".")
    return (
        last in EN_ORG_SUFFIXES
        or last in _STREETS
        or name.split()[0] in NOT_FIRST_WORDS
        or bool(re.search(r"['’]s ", name))
    )


# words of time that open a sentence before its subject: "Earlier Saturday Alliot-Marie said"
TIME_WORDS = {"Earlier", "Later", "Today", "Yesterday", "Tonight", "Meanwhile", "Separately", *_MONTH_WORDS}

NOT_FIRST_WORDS = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "He",
    "She",
    "They",
    "It",
    "This",
    "That",
    "When",
    "While",
    "After",
    "Before",
    "Last",
    "Next",
    "According",
    "Officer",
    "Most",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Prof",
    "Sir",
    "Radio",
    "Storm",  # Storm Christoph: a storm's name
    # a sentence opening with what came first or around it: "Following Wong’s arrest, Chow was…"
    *("Following", "During", "Despite", "Amid", "Unlike", "Including", "Since", "Until", "Under"),
    *TIME_WORDS,
}

_BARE_NAME = re.compile(
    rf"(?<![\w.’'/-])(?<![Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )"
    rf"(?P<name>[{UPPER}][{LOWER}'’-]+"
    rf"(?: (?:[{UPPER}]['’])?[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*){{1,2}})\b"  # D’Angelo
    r"(?![’']s? [A-Z]| [A-Z]|-| &)"
)
_INSTITUTIONS = {
    "Hospital",
    "School",
    "College",
    "University",
    "Products",
    "Church",
    "Club",
    "Academy",
    "Institute",
    "Fire",  # Chester Fire Chief Tom Marchiano: the department's name before the title
    "Police",
    "Rescue",
    # a building's last word (resources such as Hope House; took him to Hope House): more often a shelter's
    # name than a surname in news (Tom House is lost)
    "House",
    "Center",
    "Centre",
    "Shelter",
}
_ARTICLES = {"The", "A", "An"}
_CONTACT = re.compile(r"(?i)\bto contact\b")  # To contact the editors responsible for this story: …
_CREDITED = re.compile(r"(?i:photo|reporting|editing|writing|credit|image|攝|摄)[^.;\n]{0,20}$")


def first_named(registry: Registry, span: Span, outside, before: str = "") -> None:
    """A bare First Last, named with no title or verb ("goals by Teko Modise and George Lebese"), whose
    first word is a given name (given_names), none of whose words the span prints in lower case (will,
    may, mark) or names a place or an institution; not in a credit (editing by…, REUTERS/…) or a contact
    block (its heading in `before`), not after an article (a Journey Through…), not part or original of
    a name found by any other rule (so this runs after them all: Ben Ali of Zine El Abidine Ben Ali)."""
    if _title_case(span.text) or _CONTACT.search(span.text) or _CONTACT.search(before):
        return  # `before`: the text just before the span (a contact block's heading line)
    given, places = given_names_and_places()
    lower = set(re.findall(r"\b[a-z][a-z'’-]+\b", span.text))
    for m in _BARE_NAME.finditer(span.text):
        name = re.sub(r"['’]s$", "", m.group("name"))  # Ben Ali's rule: Ben Ali
        words = name.split()
        if words[0] in _ARTICLES:
            continue  # The Red Cross was on scene: a thing's name
        if words[0] in NOT_FIRST_WORDS and len(words) > 2:  # "But Bruce Wells said": the rest is the name
            name, words = name.split(" ", 1)[1], words[1:]
        if words[0] not in given or any(w.lower() in lower for w in words) or not outside(m.start()):
            continue
        if any(w in places or w in _INSTITUTIONS or _not_a_name_word(w) for w in words[1:]):
            continue
        if english_org(name) or _CREDITED.search(span.text, max(0, m.start() - 24), m.start()):
            continue
        if not any(name in e.name or e.name in name or name == e.latin for e in registry.entities.values()):
            registry.person(name)


def drop_lead_words(registry: Registry) -> None:
    """A word run into the front of a Latin name and no part of it (However Neil Pearson, Technology
    Mahmoud Vaezi): when the name's second word is a given name and its first an everyday English word
    and no given name, the person is the rest of the name."""
    long_names = [
        e for e in registry.persons() if re.fullmatch(LATIN_NAME, e.name) and e.name.count(" ") >= 2
    ]
    if not long_names:
        return  # no Latin name of three words: the word lists are not even loaded
    given, everyday = given_names_and_places()[0], everyday_words()
    for entity in long_names:
        first, second = entity.name.split()[:2]
        if _OCCUPATION.fullmatch(first.lower()) or (
            first not in given and second in given and first.lower() in everyday
        ):
            registry.rename(entity, entity.name.split(" ", 1)[1])


def keep_generation(registry: Registry, body: str) -> None:
    """A Latin name printed with its generation (Thomas D’Eon Jr., Vicente Sotto III, Charlie Sankey, Jr.)
    is the person's whole name (Charles Anderson Jr. with its full stop, read as a sentence's end)."""
    for entity in registry.persons():
        if not re.fullmatch(LATIN_NAME, entity.name):
            continue
        if re.search(r" [JS]r$", entity.name) and re.search(rf"\b{re.escape(entity.name)}\.", body):
            registry.rename(entity, entity.name + ".")
            continue
        printed = re.search(rf"\b{re.escape(entity.name)}(,? (?:[JS]r\.|III|II|IV))(?![\w.])", body)
        if printed is not None:
            registry.rename(entity, entity.name + printed.group(1))  # Charlie Sankey, Jr.: as printed


def keep_initial(registry: Registry, body: str) -> None:
    """A Latin name printed after a first initial (S. Dale Turner, R. Christopher Almy) where it is first
    printed is the person's whole name; not an initial ending U.S., nor one after Dr. Ann Reed is named."""
    for entity in registry.persons():
        if not re.fullmatch(LATIN_NAME, entity.name) or re.match(r"[A-Z]\.? ", entity.name):
            continue
        first = re.search(rf"\b{re.escape(entity.name)}\b", body)
        printed = re.search(rf"(?<![\w.’'])([A-Z]\.) {re.escape(entity.name)}\b", body)
        if first is not None and printed is not None and printed.end() == first.end():
            registry.rename(entity, printed.group(1) + " " + entity.name)


def _not_a_name_word(word: str) -> bool:
    """A title, a month or a word of time: no part of a name after its first word."""
    return is_title(word) or word in _MONTH_WORDS or word in TIME_WORDS


# the words of a name as the recogniser reads it: an initial (J. S. Brar), a capitalised word with a
# letter in lower case, a particle (Khaled bin Mohamed) or a generation (Vicente Sotto III)
_INITIAL = re.compile(rf"[{UPPER}]\.?|(?:[{UPPER}]\.){{2,3}}")  # J, J., K.C., J.R.R.
_NAME_WORD = re.compile(rf"[{UPPER}][{LOWER}{UPPER}'’-]*[{LOWER}][{LOWER}{UPPER}'’-]*")
_NAME_PARTICLES = {"van", "de", "von", "bin", "ibn", "al", "el", "da", "dos", "du", "der", "le", "la"}
_GENERATIONS = {"Jr.", "Sr.", "II", "III", "IV"}
# forms of address and offices the recogniser reads as part of a name (Alhaji Lai Mohammed, Clerk
# Memarie Gonzales), besides the titles the rules know
_RUN_IN_TITLES = {
    "Alhaji", "Alhaja", "Cllr", "Councillor", "Councilman", "Councilwoman", "Clerk", "Magistrate",
    "Sheikh", "Hon", "Rev", "Pastor", "Bishop", "Imam", "Justice", "Engr", "Barr", "Chief", "Prince",
}  # fmt: skip
# the words of a photo's credit (Photo Credit: …, Gallo Images)
_CREDIT_WORDS = {"Photo", "Photos", "Credit", "Copyright", "Images", "Image", "Getty", "File", "Courtesy"}
# a credit run into the name (Sydney Seshibedi/Gallo Images, Copyright WALEED ALI)
_CREDIT_NEAR = re.compile(r"(?i:copyright|©|/)")
# a name before a noun of things it names: "Jonesboro Nestle plant", "Stouffer's and Lean Cuisine meals"
_NEXT_CAPITALISED = re.compile(r"(?: [A-Z][\w.&'’-]*){1,3}")
_THING_AFTER = re.compile(
    r"['’]?s? (?:plants?|meals?|products?|brands?|factory|factories|facility|stores?|officials|employees"
    r"|workers|headquarters|campus|restaurants?|franchise|chain)\b"
)
# the plural articles that open Spanish place names (Las Giraldas, Los Arcos), never a person's name
_PLACE_ARTICLES = {"Las", "Los"}
# a place opening a dateline: "Aso Villa, Abuja - President Bola Tinubu received…"
_DATELINE_AFTER = re.compile(rf"(?:, [{UPPER}][\w.' -]{{0,30}})? [-–—] ")


# the first word of a Malay or Indonesian place's name (a river, a lake, a hill, a village…), which the
# recogniser reads as a given name: Batu Talam, Sungai Como, Tasik Kenyir, Kampung Baru
_PLACE_FIRST_WORDS = {
    "Batu", "Sungai", "Tasik", "Bukit", "Kampung", "Kampong", "Pulau", "Gunung", "Kuala", "Teluk",
    "Tanjung", "Tanjong", "Padang", "Bandar", "Jalan", "Simpang", "Ayer", "Air", "Desa", "Taman", "Kota",
}  # fmt: skip


def tagged_english_names(
    registry: Registry,
    spans: list[Span],
    body: str,
    people: Callable[[list[str]], list[list[tuple[int, str]]]],
    plural: Callable[[str], bool],
) -> None:
    """English names the recogniser reads as people's (people(texts): where and what, per text), in
    running text or quoted (a person named in what someone says is a person of the story too), not in
    credits, contact blocks or datelines: shaped as a name of two words or more (initials counted), no
    word of it a place, an institution, a month, a title or a credit's or printed in lower case in the
    paragraph (Will Power: the board will meet), no organisation's, and neither part of a name found by
    a rule nor the same person's longer or shorter form (Bola Ahmed Tinubu, Bola Tinubu)."""
    texts = [
        s
        for s in spans
        if not _title_case(s.text)
        and not _CONTACT.search(s.text)
        and not _CONTACT.search(body, max(0, s.start - 160), s.start)
    ]
    given, places = given_names_and_places()
    alone: Counter[str] = Counter()  # one-word names (Trump tweeted…, Kamya says…), counted
    for span, found in zip(texts, people([s.text for s in texts]), strict=True):
        lower = set(re.findall(r"\b[a-z][a-z'’-]+\b", span.text))
        for at, raw in found:
            single = re.sub(r"['’]s$", "", raw.strip())
            if _NAME_WORD.fullmatch(single) and not _CREDITED.search(span.text, max(0, at - 24), at):
                alone[single] += 1
            name = _tagged_name(raw)
            end = at + len(raw)
            office = _TITLE_OF.search(span.text, max(0, at - 30), at)
            if name is not None and name.count(" ") >= 2 and office and is_title(office.group(1)):
                name = name.split(" ", 1)[1]  # Director of Schools Clint Satterfield: the office's word
            if (
                name is None
                or _CREDITED.search(span.text, max(0, at - 24), at)
                or _CREDIT_NEAR.search(span.text, max(0, at - 2), min(len(span.text), end + 2))
                or (at == 0 and _DATELINE_AFTER.match(span.text, end))
                or english_org(name)
                or name.split()[0] in _PLACE_FIRST_WORDS
                or any(w in _INSTITUTIONS or _not_a_name_word(w) for w in name.split()[1:])
                or (any(w in places for w in name.split()[1:]) and not _given_then_place(name, given))
                or any(w in _CREDIT_WORDS or w.lower() in lower for w in name.split())
                or _THING_AFTER.match(span.text, end)
            ):
                continue
            if not any(_same_person(name, e) for e in registry.entities.values()):
                registry.person(name)
    _one_word_people(registry, body, alone, places)
    _surnames_speaking_of_themselves(registry, body, places, plural)


_SPEAKS = "|".join(EN_SPEECH)
# one capitalised word opening a clause, then a verb of speech and he or she: "Jebaily said he was voting yes"
_ONE_WORD_SAID_HE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[,;]\s)|(?<=\band\s)|(?<=\bbut\s))"
    r"(?P<word>[A-Z][a-z'’-]{2,}) (?:said|says|added|stated|told [a-z]+) (?:he|she)\b",
    re.MULTILINE,
)


def _given_then_place(name: str, given: frozenset[str]) -> bool:
    """A given name and one more word, a place's (Teresa Washington, Andrew Jackson): a person."""
    words = name.split()
    return len(words) == 2 and words[0] in given


def _surnames_speaking_of_themselves(
    registry: Registry, body: str, places: frozenset[str], plural: Callable[[str], bool]
) -> None:
    """A person the article names by one word only, who says something of himself or herself ("Jebaily
    said he was voting yes", "Brand said he was concerned"); not a group (`plural`: the tagger reads the
    clause's first word as a plural noun: Prosecutors, Witnesses, Democrats)."""
    said: dict[str, str] = {}  # each word, with the first clause it says "he" in
    for m in _ONE_WORD_SAID_HE.finditer(body):
        said.setdefault(m["word"], m.group())
    for word, clause in said.items():
        if _may_name_one_alone(word, registry, body, places) and not plural(clause):
            registry.person(word)


def _one_word_people(registry: Registry, body: str, alone: Counter[str], places: frozenset[str]) -> None:
    """A person the article names by one word only, the recogniser reading it so at least twice (Trump
    tweeted…, Kamya says…, Idris urged…), speaking in a sentence of its own."""
    for word, times in alone.items():
        if (
            times >= 2
            and _may_name_one_alone(word, registry, body, places)
            # a place or a body the recogniser misread (Punjab) speaks in no sentence of its own
            and re.search(rf"\b{re.escape(word)}(?:['’]s)? (?:{_SPEAKS})\b", body)
        ):
            registry.person(word)


def _may_name_one_alone(word: str, registry: Registry, body: str, places: frozenset[str]) -> bool:
    """One word that may be a person's name on its own: no place, institution, title, month, credit's
    word or organisation, never printed in lower case, and no part of a name already found."""
    return not (
        word in places
        or word in _INSTITUTIONS
        or _not_a_name_word(word)
        or word in _CREDIT_WORDS
        or english_org(word)
        or re.search(rf"\b{re.escape(word.lower())}\b", body)
        or any(_same_person(word, e) for e in registry.entities.values())
    )


def _same_person(name: str, entity: Entity) -> bool:
    """The tagged name is part of an entity's name or holds it, or names the same person with a word
    more or less (Bola Ahmed Tinubu and Bola Tinubu, Akufo Addo and Nana Akufo-Addo)."""
    if name in entity.name or entity.name in name or name == entity.latin:
        return True
    if entity.kind != "person":
        return False
    mine, theirs = _name_words(name), _name_words(entity.name)
    return len(mine) >= 2 and len(theirs) >= 2 and (mine <= theirs or theirs <= mine)


def _name_words(name: str) -> set[str]:
    """The words of a name, hyphenated parts apart, initials, generations and titles left out."""
    return {
        w
        for w in re.split(r"[\s-]+", name)
        if len(w.rstrip(".")) > 1 and w not in _GENERATIONS and not _title_word(w)
    }


def _title_word(word: str) -> bool:
    """A title the rules know or one the recogniser runs into names (Sheikh, Alhaji)."""
    return is_title(word) or word.rstrip(".") in _RUN_IN_TITLES


def _not_first(word: str) -> bool:
    """A word no person's name opens with: a title (Gov Al-Makura), a word of grammar or time, an
    article of a place's name (Las Giraldas)."""
    return _title_word(word) or word in NOT_FIRST_WORDS or word in _PLACE_ARTICLES


def _tagged_name(raw: str) -> str | None:
    """The name a tagged stretch holds (past its titles and a possessive), or None unless shaped as a
    person's name of two words or more."""
    words = re.sub(r"['’]s$", "", raw.strip()).split()
    while len(words) > 2 and _title_word(words[0]):
        words = words[1:]
    core = words[:-1] if words and words[-1] in _GENERATIONS else words
    if len(core) < 2 or not _NAME_WORD.fullmatch(core[-1]) or _not_first(core[0]):
        return None
    first = _NAME_WORD.fullmatch(core[0]) or _INITIAL.fullmatch(core[0])
    rest = all(_NAME_WORD.fullmatch(w) or _INITIAL.fullmatch(w) or w in _NAME_PARTICLES for w in core[1:])
    return " ".join(words) if first and rest else None
