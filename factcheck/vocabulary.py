"""What properties mean: their unit, the whole they are a share of, their bounds.

The built-in vocabulary covers the properties newsrooms report most; a
newsroom extends or overrides it in configuration (``[properties.NAME]``).
Every bound and whole is written in the value grammar (``"100 %"``) and read
as an exact figure: a definition, not a measurement. The properties of a
person's birth and death, which several rules read as dates of a life, are
named here too (``BIRTH_PROPERTIES``, ``DEATH_PROPERTIES``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PropertyMeaning:
    """The meaning of one property.

    ``unit`` fixes the dimension the property is reported in: a unit (``%``,
    ``person``, ``year``) or ``currency`` for any currency. ``whole`` makes the
    property a share of that whole (claims of one subject, ``when`` and property,
    told apart by qualifiers, must add up to it). ``minimum`` and ``maximum`` bound
    every value. ``count`` says its values count things (seats, votes, staff): whole
    numbers, so ``29`` is 29 and not 28,5 to 29,5. ``exact`` says its figures are set,
    not rounded (a hammer price, an estimate, a premium rate): ``£4m`` is 4,000,000
    exactly, not 3,5 to 4,5 million.
    """

    name: str
    description: str = ""
    unit: str | None = None
    whole: str | None = None
    minimum: str | None = None
    maximum: str | None = None
    count: bool = False
    exact: bool = False


def _share(name: str, description: str) -> PropertyMeaning:
    return PropertyMeaning(name, description, "%", whole="100 %", minimum="0 %", maximum="100 %")


def _percent(name: str, description: str) -> PropertyMeaning:
    return PropertyMeaning(name, description, "%", minimum="0 %", maximum="100 %")


def _people(name: str, description: str) -> PropertyMeaning:
    return PropertyMeaning(name, description, "person", minimum="0 person", count=True)


def _counted(names: tuple[tuple[str, str], ...]) -> Iterator[PropertyMeaning]:
    return (PropertyMeaning(n, d, minimum="0", count=True) for n, d in names)


# A sports desk's tables and scores count things: 9 wins and 2 draws are 29 points, never
# 28 "by rounding". English names, the French desk's words beside them.
_SPORT_COUNTS: tuple[tuple[str, str], ...] = (
    ("goals", "goals scored (buts)"),
    ("buts", "goals scored (goals)"),
    ("goals_scored", "goals a team scored"),
    ("goals_conceded", "goals a team let in"),
    ("league_points", "points in a league table"),
    ("wins", "matches won (victoires)"),
    ("victoires", "matches won (wins)"),
    ("draws", "matches drawn (nuls)"),
    ("losses", "matches lost (defeats, défaites)"),
    ("defeats", "matches lost (losses, défaites)"),
    ("défaites", "matches lost (losses)"),
    ("matches_played", "matches played (matchs joués)"),
    ("appearances", "matches a player played in"),
    ("tries", "rugby tries (essais)"),
    ("conversions", "rugby conversions (transformations)"),
    ("penalty_goals", "penalties kicked between the posts"),
    ("assists", "passes that led to a goal (passes décisives)"),
    ("caps", "international matches a player played (sélections)"),
)
# A courts and police desk's counts: cases, arrests, victims.
_COURT_COUNTS: tuple[tuple[str, str], ...] = (
    ("homicides", "homicides recorded (a count)"),
    ("cases", "cases (of a court, an offence, a disease)"),
    ("arrests", "people arrested (interpellations)"),
    ("victims", "victims (a count)"),
    ("defendants", "people tried (prévenus, accusés)"),
)
# What a court pronounces is set, not rounded: "3 ans dont 18 mois avec sursis" is 3 years
# and 18 months exactly, so "soit 12 mois ferme" fails.
_SENTENCES: tuple[tuple[str, str], ...] = (
    ("prison_sentence", "a prison sentence pronounced (peine d'emprisonnement)"),
    ("suspended_sentence", "the part of a sentence suspended (sursis)"),
    ("safety_period", "the time served before any release (période de sûreté)"),
    ("minimum_term", "the least time served before parole (a life sentence's tariff)"),
)
_AWARDS: tuple[tuple[str, str], ...] = (
    ("fine", "a fine a court imposes (amende)"),
    ("damages", "damages a court awards (dommages et intérêts)"),
)

# A board sets a dividend to the cent: "3,40 EUR against 3,20 EUR" is a rise of 6,25 %
# exactly, so "up 6,5 %" fails. Earnings per share are not here: a quotient (net income
# over the shares) printed to the cent, they are rounded.
_DIVIDENDS: tuple[tuple[str, str], ...] = (
    ("dividend_per_share", "the dividend a board sets for one share (dividende par action)"),
    ("dividende_par_action", "the dividend a board sets for one share (dividend_per_share)"),
)

BUILTIN: Mapping[str, PropertyMeaning] = {
    p.name: p
    for p in (
        _share("share_held", "share of a company's capital held by a holder (qualifier: holder)"),
        _share("vote_share", "share of the votes cast won by a candidate or party"),
        _share("market_share", "share of a market held by a company"),
        # a company's split of its sales by region, segment or product adds up to its revenue
        _share("revenue_share", "share of a company's revenue made by a region or segment"),
        _share("sales_share", "share of a company's sales made by a region or segment"),
        _share("capital_share", "share of a company's capital held by a holder (share_held)"),
        _share("voting_rights_share", "share of a company's voting rights held by a holder"),
        _percent("turnout", "share of registered voters who voted"),
        _percent("unemployment_rate", "share of the labour force without a job"),
        PropertyMeaning("revenue", "turnover over a period", "currency", minimum="0 EUR"),
        PropertyMeaning("contract_value", "what a contract is worth", "currency"),
        PropertyMeaning("staff", "people employed", "person", minimum="0 person", count=True),
        PropertyMeaning("direct_jobs", "jobs created or held directly", "person", count=True),
        PropertyMeaning(
            "population", "people living in a place", "person", minimum="0 person", count=True
        ),
        PropertyMeaning(
            "rank", "position in a ranking, 1 being first", "", minimum="1", count=True
        ),
        PropertyMeaning("votes", "votes cast for a candidate, a list or a motion", count=True),
        PropertyMeaning("seats", "seats won or held in an assembly", count=True),
        # an election's results: inscrits, votants, blancs, nuls, exprimés
        PropertyMeaning("registered_voters", "voters on the roll (inscrits)", count=True),
        PropertyMeaning("voters", "ballots cast, blank and spoilt ones too (votants)", count=True),
        PropertyMeaning("valid_votes", "votes cast for a candidate (exprimés)", count=True),
        PropertyMeaning("blank_votes", "blank ballots (blancs)", count=True),
        PropertyMeaning("null_votes", "spoilt or rejected ballots (nuls)", count=True),
        PropertyMeaning("vote_margin", "votes between the winner and the runner-up", count=True),
        PropertyMeaning("council_size", "seats of an assembly (of: for its seats)", count=True),
        _percent("abstention", "share of registered voters who did not vote"),
        _percent("vote_share_registered", "votes won as a share of registered voters (inscrits)"),
        # labour statistics
        _percent("participation_rate", "share of the working-age population in the labour force"),
        _percent("employment_rate", "share of the working-age population in work"),
        _people("unemployed", "people without a job and looking for one"),
        _people("labour_force", "people in work or looking for it"),
        _people("jobseekers", "people registered as looking for work"),
        PropertyMeaning("duration", "how long something lasts", "year"),
        *_counted(_SPORT_COUNTS),
        *_counted(_COURT_COUNTS),
        *(PropertyMeaning(n, d, "year", minimum="0 year", exact=True) for n, d in _SENTENCES),
        *(PropertyMeaning(n, d, "currency", minimum="0 EUR", exact=True) for n, d in _AWARDS),
        *(PropertyMeaning(n, d, "currency", minimum="0 EUR", exact=True) for n, d in _DIVIDENDS),
    )
}


#: The properties that count ballots cast. Those who may cast them (a council's members,
#: the voters on a roll) need not all vote: votes ``of:`` a council's size may add up to
#: less than it (absentees, abstentions), while votes ``of:`` the ballots cast add up.
BALLOT_PROPERTIES: frozenset[str] = frozenset(
    ("votes", "valid_votes", "blank_votes", "null_votes", "voters")
)
#: The properties of a person's birth: a claim of one, without a value, dates the birth
#: with its ``when`` ("born on 2 May 1990": ``when: 2 May 1990``).
BIRTH_PROPERTIES: tuple[str, ...] = (
    "birth", "born", "date_of_birth", "birth_date", "dob",
    "naissance", "date_de_naissance", "né", "née",
)  # fmt: skip
#: The properties of a person's death, dated the same way ("died on Sunday").
DEATH_PROPERTIES: tuple[str, ...] = (
    "death", "died", "date_of_death", "death_date", "dod",
    "décès", "deces", "date_de_décès", "date_de_deces", "mort", "morte", "décédé", "décédée",
)  # fmt: skip
#: The properties of what happens once in a life: whatever else a person's claims say,
#: they give one birth and one death.
ONCE_IN_A_LIFE_PROPERTIES: tuple[str, ...] = BIRTH_PROPERTIES + DEATH_PROPERTIES


class Vocabulary:
    """The built-in meanings, extended or overridden by configuration."""

    def __init__(self, extra: Mapping[str, PropertyMeaning] | None = None) -> None:
        self._meanings = {**BUILTIN, **(extra or {})}

    def get(self, name: str) -> PropertyMeaning | None:
        """The meaning of a property, or None when the vocabulary does not know it."""
        return self._meanings.get(name)

    def __iter__(self) -> Iterator[PropertyMeaning]:
        """The meanings of every property, built-in and configured."""
        return iter(self._meanings.values())

    def counts(self) -> frozenset[str]:
        """Properties whose values count things: whole numbers."""
        return frozenset(n for n, m in self._meanings.items() if m.count)

    def exacts(self) -> frozenset[str]:
        """Properties whose figures are exact as written: set amounts and rates."""
        return frozenset(n for n, m in self._meanings.items() if m.exact)

    def shares(self) -> dict[str, PropertyMeaning]:
        """Properties that are shares of a whole, by name."""
        return {n: m for n, m in self._meanings.items() if m.whole is not None}

    def names(self) -> list[str]:
        """Every known property name, sorted."""
        return sorted(self._meanings)
