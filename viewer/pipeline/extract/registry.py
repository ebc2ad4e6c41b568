"""The people and organisations of one article, as the extractor finds them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .segment import Span

# particles inside a name, uncounted: van, de, von, and Arabic ones (Zine El Abidine Ben Ali)
_PARTICLE = r"(?:van|de|von|bin|ibn|al|el|El|Al|Ben|Bin|Ibn|Abu|Abdul|Abdel) "
# the letters of names printed in Latin script, accented ones among them (María, Raúl Colón, Łukasz)
UPPER = "A-ZÀ-ÖØ-ÞĀĆČĐĒĘĚŁŃŇŌŐŒŘŚŠŤŪŮŰŸŹŻŽ"
LOWER = "a-zß-öø-ÿĀ-ž"
# a last name as English prints it: Turner, O'Brien, D’Eon, McCullum, DeSantis, Smith-Jones
SURNAME = (
    rf"(?:[{UPPER}]['’][{UPPER}][{LOWER}]+|[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?)"
    rf"(?:-[{UPPER}][{LOWER}]+)?"
)
# a middle initial is no word of its own: "Tyler J. Stewart"
LATIN_NAME = (
    rf"[{UPPER}][{LOWER}{UPPER}'’-]+(?: [A-Z]\.)?(?: (?:{_PARTICLE})?[{UPPER}][{LOWER}{UPPER}'’-]+){{1,2}}"
)

# a name opening with an initial, as Singapore and India print them: "K Shanmugam"; or with two run
# together, as America prints some: "K.C. Crosthwaite"
_INITIALS = r"(?:[A-Z]\.?|(?:[A-Z]\.){2,3})"
INITIALLED_NAME = rf"{_INITIALS} [{UPPER}][{LOWER}{UPPER}'’-]+(?: [{UPPER}][{LOWER}{UPPER}'’-]+)?"


@dataclass
class Entity:
    """A person or organisation found in the article, with its mentions and roles."""

    key: str
    kind: str
    name: str
    latin: str = ""
    given_only: bool = False
    roles: list[tuple[str, str, Span]] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    short_forms: set[str] = field(default_factory=set)


# a generation after a family name, never the name it is called by (Thomas F. Oates III … Oates said)
_GENERATIONS = {"Jr", "Sr", "II", "III", "IV"}


def family_name(name: str) -> str:
    """The last word of a Latin name, past a generation (Oates of Thomas F. Oates III)."""
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".") in _GENERATIONS:
        words.pop()
    return words[-1]


def org_key(name: str) -> str:
    """The key of an organisation's name, one for its printings with either apostrophe."""
    return "o:" + name.replace("’", "'").replace("‘", "'")


def person_key(name: str) -> str:
    """The key of a person's name, one for its printings with either apostrophe."""
    return "p:" + name.replace("’", "'").replace("‘", "'")


class Registry:
    """All people and organisations of one article."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}

    def person(self, name: str, latin: str = "", given_only: bool = False) -> Entity:
        """The person of that name (added if new); a title run into a Latin name is left out
        (Chairwoman Helen Brandt → Helen Brandt)."""
        name = without_title(name)
        key = person_key(name)
        if key not in self.entities:
            self.entities[key] = Entity(key, "person", name, latin, given_only)
            if "·" in name:
                self.entities[key].short_forms.add(name.split("·")[-1])
            if re.fullmatch(LATIN_NAME, name) or re.fullmatch(INITIALLED_NAME, name):
                self.entities[key].short_forms.add(family_name(name))
        entity = self.entities[key]
        entity.latin = entity.latin or latin
        if name != entity.name:
            entity.short_forms.add(name)  # O’Brien, printed O'Brien too
        return entity

    def rename(self, entity: Entity, name: str) -> Entity:
        """A person found under another name (cut short, or with a title) under this one (roles and short
        forms kept)."""
        del self.entities[entity.key]
        whole = self.person(name, entity.latin, entity.given_only)
        whole.roles.extend(entity.roles)
        whole.short_forms |= entity.short_forms
        return whole

    def org(self, name: str) -> Entity:
        """The organisation of that name (added if new)."""
        key = org_key(name)
        if key not in self.entities:
            self.entities[key] = Entity(key, "org", name)
        entity = self.entities[key]
        if name != entity.name:
            entity.short_forms.add(name)  # the Sheriff’s Office, printed Sheriff's Office too
        return entity

    def persons(self) -> list[Entity]:
        """People, in order of discovery."""
        return [e for e in self.entities.values() if e.kind == "person"]

    def orgs(self) -> list[Entity]:
        """Organisations, in order of discovery."""
        return [e for e in self.entities.values() if e.kind == "org"]

    def forms(self) -> dict[str, Entity]:
        """Every spelling that stands for an entity (full names, short forms, org names)."""
        out: dict[str, Entity] = {}
        for e in self.entities.values():
            for form in {e.name} | e.short_forms:
                out.setdefault(form, e)
        return out


_EN_TITLES = {
    "Chairwoman",
    "Chairman",
    "Chair",
    "President",
    "Premier",
    "Director",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Professor",
    "Prof",
    "Minister",
    "Senator",
    "Governor",
    "Judge",
    "Chief",
    "Executive",
    "Vice",
    "Deputy",
    "Former",
    "Acting",
    "Interim",
    "CEO",
    "CFO",
    "CTO",
    "Sir",
    "Dame",
    "Officer",
    "Ambassador",
    "Commodore",
    "Admiral",
    "General",
    "Secretary",
    "Representative",
    "Mayor",
    "Tempore",  # Mayor Pro Tempore Eleassia Davis, Mayor Pro Tem Jane Rivera
    "Tem",
    "Pro",
    "Sen",
    "Gov",
    "Rep",
    # police ranks, and Malaysia's honorifics (Datuk Anna Lim)
    "Superintendent",
    "SP",  # Nigeria's and India's police: SP Grace Iringe-Koko, DSP, ASP, CSP
    "DSP",
    "ASP",
    "CSP",
    "Sgt",
    "Sergeant",
    "Detective",
    "Inspector",
    "Lieutenant",
    "Lt",
    "Captain",
    "Capt",
    "Datuk",
    "Datin",
    "Dato",
    "Tun",
    "Seri",  # Datuk Seri, Tan Sri
    "Sri",
    "Col",
    "Colonel",
    "Major",  # ISP Western Command Major Russ Wheatley
    "Maj",
    "Manager",  # City Manager, General Manager
    "Commissioner",
    "Chancellor",
    "Councillor",
    "Councilman",
    "Councilwoman",
    "Sheriff",
    "Coach",
    "Justice",
    # officers of the law and of the courts, lawmakers and clergy (County Attorney Brent Turner)
    "Attorney",
    "Prosecutor",
    "Magistrate",
    "Coroner",
    "Trooper",
    "Constable",
    "Corporal",
    "Cpl",
    "Assemblyman",
    "Assemblywoman",
    "Congressman",
    "Congresswoman",
    "Alderman",
    "Supervisor",
    "Treasurer",
    "Clerk",  # City Clerk Leticia Vacek
    "Speaker",  # House Speaker Mike Johnson, Speaker Ruslan Stefanchuk
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Rev",
    "Reverend",
    "Pastor",
    "Bishop",
    "Archbishop",
    "Rabbi",
    "Imam",
    # patrol officers, firefighters, commanders, councillors written short and the parties to a case
    "Patrolman",
    "Patrolwoman",
    "Firefighter",
    "Commander",
    "Marshal",
    "Cllr",
    "Councilor",
    "Councilmember",
    "Selectman",
    "Selectwoman",
    "Legislator",
    "Delegate",
    "Trustee",
    "Principal",
    "Solicitor",
    "Defendant",
    "Co-defendant",
}


def without_title(name: str) -> str:
    """A Latin name without the titles run into its front and a possessive at its end (Trump’s)."""
    words = re.sub(r"['’]s$", "", name).split(" ")
    while len(words) > 2 and is_title(words[0]):
        words = words[1:]
    return " ".join(words)


# any of them, as a pattern (longest first, so that "Sgt" does not take "Sergeant"'s place)
EN_TITLE_WORDS = "|".join(sorted(_EN_TITLES, key=len, reverse=True))


def is_title(word: str) -> bool:
    """True for a word that is a title printed before names (Ambassador, Dr., Minister-designate)."""
    return re.sub(r"-(?:designate|elect)$", "", word.rstrip(".")) in _EN_TITLES
