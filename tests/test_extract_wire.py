"""`factcheck extract` on wire copy and local news: what the two desks' audits found misread."""

from __future__ import annotations

from datetime import date

from factcheck.extract import DraftClaim, extract
from factcheck.values import parse_value

SOUDAN_DAY = date(2025, 6, 16)
NEPAL_DAY = date(2025, 3, 10)
PLUVIGNER_DAY = date(2026, 3, 16)
MEN_DAY = date(2026, 3, 6)


def drafted(text: str, language: str, published: date) -> list[DraftClaim]:
    return extract(text, language, published).claims


def by_value(claims: list[DraftClaim]) -> dict[str, DraftClaim]:
    return {c.value: c for c in claims if c.value is not None}


def test_people_displaced_are_not_deaths() -> None:
    text = (
        "Elle a fait des dizaines de milliers de morts et déplacé plus de 12 millions de "
        "personnes, selon l'OIM."
    )
    claim = by_value(drafted(text, "fr", SOUDAN_DAY))[">12 million person"]
    assert claim.property == "?"


def test_an_age_after_a_name_is_not_dated_by_another_clause() -> None:
    text = (
        "La guerre, qui oppose depuis le 15 avril 2023 l'armée du général Abdel Fattah "
        "Al-Burhane, 64 ans, aux FSR, est entrée dans sa troisième année."
    )
    claim = by_value(drafted(text, "fr", SOUDAN_DAY))["64 year"]
    assert (claim.property, claim.when) == ("age", None)
    assert claim.note is not None  # read on the publication day: said so


def test_a_baseline_before_an_event_takes_no_date_of_its_sentence() -> None:
    text = (
        "La livre s'échangeait à environ 2 600 livres pour un dollar début juin, contre 570 "
        "avant la guerre."
    )
    claims = by_value(drafted(text, "fr", SOUDAN_DAY))
    assert claims["~2 600"].when == "début juin 2025"
    assert claims["570"].when is None
    assert "avant la guerre" in (claims["570"].note or "")


def test_a_population_is_a_fact() -> None:
    text = (
        "La population d'El-Facher, estimée à 950 000 habitants avant le siège, entamé en mai "
        "2024, a fui."
    )
    claims = drafted(text, "fr", SOUDAN_DAY)
    population = by_value(claims)["950 000 person"]
    assert (population.kind, population.when) == ("fact", None)
    started = [c for c in claims if c.when == "mai 2024"]
    assert [c.kind for c in started] == ["fact"]  # a past date, no forecast
    text = (
        "Une marche blanche est prévue samedi 21 mars à 14 h 30, au départ de la mairie de "
        "Camors, commune de 3 010 habitants où vivait la victime."
    )
    claims = drafted(text, "fr", PLUVIGNER_DAY)
    assert by_value(claims)["3 010 person"].kind == "fact"
    assert [c.kind for c in claims if c.value is None] == ["forecast"]  # the march


def test_a_night_over_two_days_is_one_period() -> None:
    text = "L'attaque menée dans la nuit de samedi à dimanche a fait 312 morts."
    claims = drafted(text, "fr", SOUDAN_DAY)
    dated = [c.when for c in claims if c.when is not None]
    assert dated == ["dans la nuit de samedi à dimanche"]
    text = "Un motard de 34 ans a perdu la vie dans la nuit de samedi à dimanche sur la RD 768."
    claims = drafted(text, "fr", PLUVIGNER_DAY)
    assert [(c.value, c.property, c.when) for c in claims] == [
        ("34 year", "age", "dans la nuit de samedi à dimanche")
    ]
    text = "The raid began overnight Saturday into Sunday and left 40 dead."
    assert [c.when for c in drafted(text, "en", SOUDAN_DAY)] == [
        "overnight Saturday into Sunday",
        None,
    ]


def test_a_wire_time_is_no_figure() -> None:
    text = "The magnitude 6.8 quake hit at 3am local time on Sunday (2115 GMT on Saturday)."
    claims = drafted(text, "en", NEPAL_DAY)
    assert [c.value for c in claims if c.value is not None] == ["6.8"]
    assert "March 8, 2025" in [c.when for c in claims]  # the GMT day, a date of its own
    text = "The quake hit on Sunday 9 March, 0845 GMT, and one at 2015 GMT on Monday."
    claims = drafted(text, "en_GB", NEPAL_DAY)
    assert [c.value for c in claims if c.value is not None] == []
    assert "2015" not in [c.when for c in claims]
    text = "Le séisme a frappé samedi à 23 h GMT, puis dimanche (1 h GMT)."
    assert [c.value for c in drafted(text, "fr", NEPAL_DAY) if c.value is not None] == []


def test_rupees_keep_their_scale_and_currency() -> None:
    text = "Neighbouring India pledged Rs 500 crore ($57m) in relief on Monday."
    claims = [c for c in drafted(text, "en", NEPAL_DAY) if c.note or c.value]
    pledged = claims[0]
    if pledged.value is not None:  # verify reads crore
        assert pledged.value == "500 crore INR"
        assert parse_value(pledged.value, "en").quantity.interval.nominal == 5 * 10**9
    else:  # it does not yet: no value, and a note says what to write
        assert "500 crore INR" in (pledged.note or "")
    assert claims[1].value == "57 million USD"
    text = "The budget sets aside ₹2 lakh crore for roads."
    claims = [c for c in drafted(text, "en", NEPAL_DAY) if c.note or c.value]
    assert claims[0].value in ("2 lakh crore INR", None)
    assert claims[0].value is not None or "lakh crore" in (claims[0].note or "")


def test_two_ages_listed_are_both_ages_at_the_death() -> None:
    text = (
        "Un an après le drame de Camors, où deux jeunes de 19 et 20 ans avaient trouvé la mort "
        "le 15 mars 2025 sur la même route, la colère monte."
    )
    claims = by_value(drafted(text, "fr", PLUVIGNER_DAY))
    for age in ("19 year", "20 year"):
        assert (claims[age].property, claims[age].when) == ("age", "15 mars 2025")
    text = "Il était père de deux enfants, âgés de 4 et 7 ans."
    claims = by_value(drafted(text, "fr", PLUVIGNER_DAY))
    assert [claims[age].property for age in ("4 year", "7 year")] == ["age", "age"]


def test_ages_said_with_was_are_ages() -> None:
    text = (
        "His passenger, Liam Carter, 24, died at the scene. Whitfield, who was 26 at the time, "
        'ran from the scene. Donna Carter said: "Liam was 24. He had a two-year-old daughter."'
    )
    claims = drafted(text, "en_GB", MEN_DAY)
    ages = [(c.quote, c.value) for c in claims if c.property == "age"]
    assert ages == [
        ("Liam Carter, 24", "24 year"),
        ("who was 26 at the time", "26 year"),
        ("Liam was 24", "24 year"),
        ("He had a two-year-old daughter", "2 year"),
    ]
    text = "Turnout was 34. The legal limit is 35."
    assert [c.property for c in drafted(text, "en_GB", MEN_DAY)] == ["?", "?"]


def test_a_hedged_time_between_two_events_is_a_figure() -> None:
    text = "He was found hiding in a garden 1.2 miles away about 20 minutes later."
    claim = by_value(drafted(text, "en_GB", MEN_DAY))["~20 minute"]
    assert claim.when is None and claim.note is not None
    text = "A 7.8-magnitude quake killed nearly 9,000 people, almost 10 years ago."
    claim = by_value(drafted(text, "en", NEPAL_DAY))["<10 year"]
    assert claim.when is None and claim.note is not None
    text = "Sales were 3% higher than a year earlier."  # no hedge: a baseline's time
    assert [c.value for c in drafted(text, "en", NEPAL_DAY)] == ["3 %"]


def test_breath_and_blood_alcohol_are_two_properties() -> None:
    text = (
        "L'éthylomètre a relevé 0,60 mg/l d'air expiré, soit 1,2 g/l de sang, plus du double "
        "du seuil légal de 0,5 g/l."
    )
    claims = by_value(drafted(text, "fr", PLUVIGNER_DAY))
    assert claims["0,60 mg/L"].property == "breath_alcohol"
    assert claims["1,2 g/L"].property == "blood_alcohol"
    assert claims["0,5 g/L"].property == "?"
    text = "A breath test gave a reading of 89 micrograms of alcohol in 100 millilitres of breath."
    assert by_value(drafted(text, "en_GB", MEN_DAY))["89"].property == "breath_alcohol"


def test_proportions_in_words_are_percentages() -> None:
    text = (
        "OCHA estimated that 250,000 people, about a fifth of the 1.2 million living there, "
        "needed shelter. Reconstruction could cost $4.2bn, more than a tenth of Nepal's annual "
        "economic output of about $41bn. Remittances equal about a quarter of GDP."
    )
    claims = by_value(drafted(text, "en", NEPAL_DAY))
    assert {"~20 %", ">10 %", "~25 %"} <= claims.keys()
    assert claims["4.2 billion USD"].property == "cost"
    assert claims["~41 billion USD"].property == "?"  # the economy's output, no cost
    text = "Two thirds of voters agreed, and one in five abstained."
    assert [c.value for c in drafted(text, "en", NEPAL_DAY) if c.value] == ["66.7 %"]
