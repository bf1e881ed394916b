"""A claim's figure appears in its quote, in any spelling the language allows, at its scale.

The value is the editor's reading of the quote, so the quote must contain its
figure: ``44,4`` for ``44,4 %``; ``un million`` or ``1 million`` for
``1 million EUR``; ``deux ans`` for ``2 year``; ``300 à 500`` for
``300 to 500 person`` (both ends). Numbers written in words are read with
text2num in the source's language; digits with the language's decimal and
grouping marks. A figure missing from its quote is a typo in the value or a
quote cut too short.

Where the decimal mark is the comma (French), a number grouped by three with points
("3.228", "83.823", "1.234.567", "3.228,5"), as Les Échos and other business titles
print thousands, is the whole number: ``3 228 milliards EUR`` is found in "3.228
milliards d'euros" and ``83 823 EUR`` in "à 83.823 euros", never ``3,228 milliards EUR``
(the message says the quote groups thousands with a point), nor ``3`` or ``228`` alone.

A number of the quote followed by a scale word stands for the amount: the
number times the scale, in the source's language (``milliard`` is 10⁹ and
``billion`` 10¹² in French, ``billion`` 10⁹ in English; ``bn``, ``bln``, ``Md``,
``Mds`` anywhere; ``lakh`` 10⁵ and ``crore`` 10⁷ in any language, ``lakh crore``
10¹², as Indian figures are printed; ``m``, ``M`` and ``k`` next to money, as in
``$2,500m``, ``3 M€``, and ``cr`` (crore) in English, "Rs 500 cr"; a ``k`` glued to its
figure, "150k jobs", and in English a ``B``, an AI model's "405B" (405 billion parameters);
an ``m`` glued to one before people, "2.5m people").
Such a number matches a value of the same amount, however it is written
(``2.5 billion USD`` for "$2,500m", ``1,200,000 person`` for "1.2 million"),
never one at another scale (``11,2 million EUR`` for "11,2 milliards d'euros",
``7.4 billion INR`` for "₹7.4 lakh crore"). A number before a scale word of another
language that the source's does not read ("7.4 milliard" in English, "3,5 bn" in French)
is no value's figure at all: neither ``7.4`` nor any amount is found in it.
A number without a scale word matches a value's amount, or its figure as written when
the quote writes a scale word somewhere, in any language read ("de 1,2 à 1,5 milliard",
"18 millions de personnes, dont 9", "$2,500m"). A quote that writes none writes no figure
of a value with a scale: ``68 billion USD`` and ``68 million USD`` are not found in
"including 68 F-35 fighters", nor ``4,2 Md$`` in "Le HCR a reçu 4,2" (which writes 68,
4,2, without a scale word). A figure cut out of a longer number is not in the quote (``500`` of
"12 500"), nor the digits of a name: glued to letters before them ("H5N1", "S48",
"A320", "COP28"), after a hyphen glued to a word ("Covid-19", "SARS-CoV-2", "GLP-1",
"VRX-120", "F-35"; not "under-25s", "mid-2020s", "top-10"), or a week's number
("semaine 48", "week 48"): ``19`` is not found in "Covid-19 : 21 patients", ``120 µg``
in "le VRX-120 est dosé à 210 µg", nor ``48`` in "en semaine 48, 84 décès"; nor is
the 1 of an indefinite article (``un``, ``une``, ``one``) for
a value of 1 with a scale word, or in the unit of another figure of the quote
(``1 %`` for "une hausse de 12 %"). In French, ``d'un`` and ``d'une`` read as ``un``:
``1 pp`` is in "progresse d'un point", ``1 year`` in "retardé d'un an", and the unit
after the article is compared as any other: ``1 year`` is not in "prolongée d'un mois".
In English, "a" or "an" before the noun it counts is the 1 of a count, as "un" is in
French "un homme est mort": ``1`` and ``1 person`` are found in "A man died when a tree
fell on his car" and in "An 81-year-old woman died", a value in another unit is not
(``1 year``, ``1 %``); before a unit it is one of the unit ("a point" is ``1 pp``, "a
mile" ``1 mile``). Never an "a" before a figure, an ordinal, a fraction or an amount
("a 40-yard dash", "a third", "a second goal", "for a second consecutive month": the rank 2,
not one second; "a few", "a dozen", "a million", "a total of 12"), after a figure or a word
of a rate ("£5 a head", "twice a day", "half a"), nor the "A" of "Plan A".

A value in percent is also found in a proportion the quote writes in words, in French
or English: "X sur Y", "X in Y" or "X out of Y", with X and Y whole numbers up to 1000
in digits or in words, and at most three words between X and ``sur``, ``in`` or
``out of`` (``20 %`` in "un Français sur cinq", "un salarié français sur cinq", "one in
five adults", "1 sur 5"); a number or an article before a fraction word (``un tiers``,
``deux tiers``, ``trois quarts``, ``un cinquième``, ``un dixième``, ``a third``,
``two-thirds``, ``a quarter``, ``a fifth``, ``one tenth``); in French, the definite
article before a fraction word where a share is written (``25 %`` in "le quart du
capital", "plus du tiers", "la famille Dumas le tiers", ``20 %`` in "le cinquième du
chiffre d'affaires"; not "le cinquième trimestre", "le quart d'heure", "le quart de
finale" nor "le tiers payant"); a half (``la moitié``,
``une demie``, ``half``, but not "demi-finale" nor "half-time"). The proportion must
lie within what the figure stands for: ``33 %`` is 32,5 to 33,5 %, which holds one
third, and ``30 %`` is not (``~31 %`` is); an end of a range or a bound is its figure
as rounded (``<33 %`` for "moins d'un tiers"). A count (``20 person``) or percentage
points (``20 pp``) are never read in a proportion, and neither "la majorité" nor
"the third largest" is a figure.

A figure the quote writes with a unit right after it (or a currency sign before it) is
the figure of a value of the same kind only, among four: percent (``%``, ``pour
cent``, ``percent``); percentage points (``point``, ``pt``, ``pp``, ``percentage
point``, and ``percent points``, ``per cent points``, ``% points`` as the value reader
takes them); basis points (``bp``, ``basis point``, ``points de base``), a hundredth
of those; money (``€``, ``$``, ``euros``, ``EUR``, and a scale word before a currency:
"11,7 milliards d'euros", "1,2 Md€", "$6.8bn"). So ``6,8 milliards EUR`` is not found
in "6,8 %", ``0,6 %`` in "0,6 point" nor in "0.6% points", ``18,9 pp`` in "18,9 %",
``25 pp`` in "25bp", nor ``11,7 %`` in "11,7 milliards d'euros". Money is the value's
if the quote writes it in the value's currency, or in a currency it does not name:
``€``, ``euro``, ``EUR`` are euros; ``£``, ``pound``, ``GBP`` pounds sterling; ``$``
and ``dollar`` any dollar (``CAD`` for a Canadian paper's "$3.6bn"), but ``US$`` and
``USD`` US dollars only (``C$``, ``A$``, ``NZ$``, ``HK$``, ``S$``, ``NT$`` theirs, and
``R$`` the Brazilian real); ``¥`` yen or yuan; ``₹`` and ``INR`` Indian rupees, ``Rs``
before a figure and ``rupees`` any rupee; ``CHF`` and "francs suisses" Swiss francs,
``franc`` any franc; ``₽`` and "roubles" roubles, ``₩`` won, ``₺`` Turkish lira, ``₴``
hryvnias, ``₪`` shekels, ``₦`` naira, each also by its code (``RUB``, ``KRW``, ``TRY``,
``UAH``, ``ILS``, ``NGN``, ``BRL``, written in capitals); "12 livres" any currency. So
``3.6 billion GBP`` is not found in "US sales of $3.6bn", nor ``3.4 billion EUR`` in
"3.4 billion dollars", nor ``5 billion EUR`` in "₽5bn". A figure written bare or before
another word ("12 salariés", "la 21e place", "1,2 million de personnes") is any value's,
and a value without a unit takes a figure whatever unit the quote writes after it.

A value in a unit of measurement (persons, years, kilometres, megawatts) is compared with
the unit the quote writes right after the figure, if that unit measures the same thing:
the value converted into the quote's unit must be the figure written, as rounded there,
and within what the value's figure stands for. So ``0.028 GW`` is found in "28MW" and
``1,5 year`` in "dix-huit mois", but not ``28 GW`` in "28MW", ``4,2 g`` in "4,2 kg de
résine", ``18 year`` in "dix-huit mois", nor ``30 month`` in "2 ans" (2,5 years). A unit
is a word pint reads, written as its symbol or its name ("MW", "kg", "km/h", "hours",
"tonnes", "mois", "ans"), or a word the value reader reads that pint does not name
("secondes", "kilomètres", "octets", and the French byte units "Mo", "Go" as the reader
takes them); bits and bytes are units too: ``150 GB`` is not found in "150 MB" nor in
"150MB of data", ``12 ms`` in "12 secondes", nor ``8 Gbit/s`` in "8 GB/s". A unit of
another dimension ("12 km from the 3 MW plant" for ``12 km``), a word that is no unit
("salariés") or a prose word pint happens to read ("in", "au", "12th") leaves the figure
bare. A unit joined to its figure
by a hyphen is compared alike: ``40 m`` is not found in "a 40-yard dash", nor ``100 yard``
in "the 100-metre final" (but "a 34-year-old" stays bare). Science copy's units are read
as the value reader reads them: "41 light-years", "41 années-lumière" and, in French, "41
al" are light-years, "5.2 AU" and "0,11 ua" astronomical units ("du 12 au 15" stays
prose), so ``41 parsec`` is not found in "41 light-years" nor ``5.2 km`` in "5.2 AU"; a
figure in "dB" is a level, the figure of a value in dB or of a bare value only (not ``85
Hz`` nor ``85 %``); a figure hyphenated to "point" ("a 25-point drop") is in points, as
"25 points" is, so ``25 %`` is not found in it. Money per period takes the
amount of its prefixed currency: ``4,2 M€/an`` is "4,2 M€ par an" and "4,2 millions
d'euros par an". Its period is compared with the one the quote writes after the money
("a week", "per year", "/month", "par mois", "l'an", "net par mois", "annually",
"mensuels", "pcm", "per calendar month", "pa"), after a sign as after a word ("9,99
€/an", "9,99 € par an"), and its
currency with the quote's: ``£350,000 a week`` is not found in "£350,000 a year", nor
``9,99 €/mois`` in "9,99 €/an", nor ``£2,250 a year`` in "£2,250 pcm"; a quote that writes
no period ("£350,000, plus bonuses", "a year ago") and a value without one (``350,000 GBP``)
are not compared.

A unit is written with its exponent ("m3", "Gm3", "Mm2", "km2") and as a rate the value
reader reads ("400 kb/j", "1.65 mb/d"): ``120 m3`` is not found in "120 Gm3", nor ``400
Mb/j`` in "400 kb/j" (``0,4 Mb/j`` is). A measure per a period in words ("2,2 millions de
barils par jour", "120 000 barils par jour", "8 500 kWh par an", "a day", "l'an"; not an
adjective, "a 2.4 mg weekly dose") is a rate, and a rate written ("3 MW", "400 kb/j") is
never the figure of its amount: ``2,2 million barrel`` is not found in "2,2 millions de
barils par jour" (``2,2 million barrel/day`` is), nor ``3 MWh`` in "3 MW". A quote may
leave out the period its value writes: ``50 Mt/an`` is found in "50 Mt".

A unit with a prefix is the amount of its unit: ``26,3 Mt`` is found in "26,3 millions
de tonnes", ``4,24 Mha`` in "4,24 millions d'hectares" and ``3 GW`` in "3 milliards de
watts" (but ``4,2 kg`` is not in "4 200 kg"). Cents are hundredths of their currency:
``0,35 €`` is found in "35 centimes" (euros in French, Swiss francs in ``fr-CH``) and
``0.98 USD`` in "98 cents". A figure written in cents ("25,16 centimes", "32 cts", "98¢")
is the figure of a value in cents only, and one written with the currency's sign or name
("0,2516 €/kWh") never a value's in cents: ``25,16 EUR/kWh`` is not found in "25,16
centimes" (``0,2516 EUR/kWh`` and ``25,16 c€/kWh`` are), nor ``0,2516 c€/kWh`` in "0,2516
€/kWh", 100 times apart. A scale word before a unit makes an amount of that unit: ``300
bcm`` is found in "300 billion cubic metres" and "300 milliards de mètres cubes", ``12
TWh`` in "12 billion kilowatt-hours" and "12 milliards de kilowattheures" (``12 GWh``
is not). An area a measure is per, in words after its unit ("62
quintaux à l'hectare", "par hectare", "tonnes an acre"), is part of the unit: ``62 t/ha``
is not found in "62 quintaux à l'hectare" nor in "62 q/ha" (a quintal is 100 kg).

A quote writes some figures in several words, each read as one amount:

- a compound duration, in the smallest unit it writes: "2 h 02 min 10 s", "2h02'10" and
  "2h02min10s" are 7330 s, "9 s 58" and '9"58' 9,58 s, "3'28''32" 208,32 s, "1 min 35 s"
  95 s, "47 minutes 12 seconds" 2832 s, "2 ans et 6 mois" and "deux ans et six mois" 30
  months (each part smaller than the one before and less than one of it; after hours or
  minutes a last number is the next unit, after seconds the hundredths);
- a race time on the clock, in seconds: "2:01:12" is 7272 s, "3:26.00" 206 s, and
  "ran 3:26" 206 s, but not a time of day ("kick-off at 19:45", "the 07:42 from Leeds",
  "7:30pm") nor a ratio ("3:1");
- a minute of added time, the minute it is: "90+3", "in the 90+3rd minute" and "90e+3" are
  93 (and 90 and 3 each), after 45, 90, 105 or 120;
- a half after a unit: "deux ans et demi" and "2 ans et demi" are 2,5 years, so 30
  months; "un an et demi", "une heure et demie", "a year and a half", "two and a half
  years", "a two-and-a-half-year deal";
- a superlative is the first rank: "the highest", "the worst-performing", "le plus
  élevé", "la meilleure", "its highest level", "son plus haut niveau", "a record high",
  "un niveau record", "en tête du classement", "en tête", "top of the table", "tops the
  ranking" are ``1`` (a value without a unit), "the third highest" and
  "the third-highest" are 3, but "one of the highest" is no rank (nor "a second-half
  goal" 2);
- a multiple: "double", "doubled", "twice", "doubler", "a doublé" are the multiple ``2``
  (a value without a unit) and the change ``100 %``; "triple" 3 and ``200 %``,
  "quadruple" 4 and ``300 %``; "halve" the change ``-50 %`` (signs are not compared);
  "-fold" in English: "threefold", "a fourfold rise", "five-fold", "2.5-fold" are 3, 4,
  5 and 2,5 times (``3x``) and the changes ``+200 %``, ``+300 %``, ``+400 %``, ``+150 %``
  (not "manifold"). Not "double-digit";
- a part of a unit: "half an inch" is ``0.5 inch``, "a quarter of a mile" ``0.25 mile``,
  "half a point" ``0.5 pp``, "une demi-heure" ``30 min``, "un quart d'heure" ``15 min``,
  "trois quarts d'heure" ``45 min`` (not "half a dozen", "half-time", "demi-finale");
- tenths, hundredths and thousandths, of the unit written after them or of a second:
  "à 5 centièmes du record" and "five hundredths of a second" are ``0,05 s``, "two
  tenths behind" ``0.2 s``, "trois dixièmes de point" ``0,3 pp``;
- a lap time as F1 timing prints it: "1m 23.456s" is 83.456 s (``1:23.456``);
- a count of a match report: "both" and "a brace" are 2, "a hat-trick" and "le coup du
  chapeau" 3, "a century" 100 (runs): the figure of a value without a unit only.

A vulgar fraction glued to a figure is part of it: "jailed for 7½ years" writes 7.5
(``7.5 year``, ``90 month``), never 7 (``7 year`` is not found in it).

An approximate noun is about its number: "une dizaine", "une douzaine", "une
quinzaine", "une vingtaine", "une quarantaine", "une centaine", "un millier" and "a
score of" are ``~10``, ``~12``, ``~15``, ``~20``, ``~40``, ``~100``, ``~1 000`` and
``~20``, in the unit written after them ("une quarantaine d'années" is ``~40 ans``). A
value without ``~`` (``40``, ``40 ans``) is not found in them: the message says to write
``~40``.

In US weather copy a band of tens is a range of temperatures: "highs in the 90s" is ``90
to 99 °F``; "the low 40s", "the mid-70s", "the upper 80s" (and "high", "late") say the
first, middle or last degrees of the band (40 to 43, 73 to 77, 86 to 89), and a range
within the band that meets them is found (``74 to 76 °F`` in "the mid-70s", or the whole
band), never a single temperature; "the teens" are 10 to 19. A decade of years ("the
1990s") stays a decade.

The day of a date is not the figure of a value with a unit: ``15 %`` or ``15 person``
is not found in "le 15 octobre". A day is a number from 1 to 31 before a month name of
the source's language ("15 octobre", "1er mai", "the 15th of October") or after one
("October 15", but not "in October 15 people"); a month name is written as the language
writes it (capitalised in English, abbreviations with their full stop in French). A
value without a unit may be a day ("15" for "le 15 octobre"): editors encode one so.

A number word joined by a hyphen to the word after it is that number, with that word
as its unit: "a two-point lead" is 2 points, "a five-year deal" 5 years (but
"vingt-cinq" stays 25, and "two-thirds" a fraction). In English, "a dozen" is 12,
"two dozen" 24, "half a dozen" 6, "half a million" 500000 and "a quarter of a million"
250000.

Ages, decades and centuries as obituaries write them. An age band is found for a value
that is that range in years: "in her forties", "in his 80s", "in their twenties", "in
her late 70s", "an octogenarian", "fortysomething", "dans la quarantaine", "la
soixante-dizaine", "octogénaire", "quadragénaire", "trentenaire" are ``40 to 49 year``,
``80 to 89 year``... (the teens ``13 to 19 year``), never one end alone (``49 year``) nor
a narrower range; "une quarantaine" is about forty, no band. "Early", "mid" and "late"
narrow a decade as dates read "the early 1960s" (1960 to 1963): "in his early eighties",
"her early 80s" are ``80 to 83 year`` (or the whole band), "mid-eighties" ``83 to 86
year``, "late eighties" ``86 to 89 year``. "A centenarian", "une centenaire" are ``>=100
year`` (a "supercentenarian" ``>=110 year``), never ``100 year``, which the word does not
say. A round ten with an "s"
glued to it after "his", "her", "their", "the" ("in his 80s", "the late 60s", "the
'60s") and a year from 1000 to 2099 so written ("the 1960s", "1960's") are a decade,
never seconds: ``80 s`` is not in "in his 80s", but is in "ran the 400m in 80s". "half
a century" and "un demi-siècle" are ``50 year``, "a quarter of a century" and "un quart
de siècle" ``25 year``, "half a decade" ``5 year`` (and "half a century" has no ``1
century``). A figure the quote writes in decades, centuries or millennia is found in
that unit only: ``6 decade`` in "a career spanning six decades", ``2 century`` in "deux
siècles", but not ``60 year``, which would be more precise than the quote (55 to 65
years); the message says to write ``6 decade``.

A rate's base: when a claim's property names it (``victims_per_100k``,
``deaths_per_100000``, ``taux_pour_100000``, ``births_per_1000``, ``cases_per_million``)
and its quote writes the figure per another base right after it ("1,4 pour 10 000
habitants", "2.1 per 1,000", "per 100k", "pour mille"), the claim is reported: a rate
per 10 000 printed for one per 100 000 is ten times too high, and no figure shows it.
A quote that writes the property's base too, or none, passes.

Signs are not compared (``-1 %`` may be written "en baisse de 1 %"): that is
``sign-matches-quote``'s.

**Options:** none.

**Passes**

```yaml
claims:
  - {id: contract_value, subject: contrat cloud de l'Etat, property: contract_value,
     value: "1 million EUR", quote: "s'élève à un million d'euros"}
```

```yaml
source:
  language: en
claims:  # $2,500m is 2.5 billion dollars, and 1.2 million is 1,200,000
  - {id: cost, subject: strike, property: cost, value: "2.5 billion USD", quote: "$2,500m"}
  - {id: strikers, subject: strike, property: strikers, value: "1,200,000 person",
     quote: "1.2 million workers walked out"}
```

```yaml
source:
  language: en
claims:  # "a two-point lead", "1.3 percent points" are in points; a Canadian paper's $ is CAD
  - {id: lead, subject: Liberals, property: poll_lead, value: "2 pp",
     quote: "a two-point lead"}
  - {id: rate_change, subject: flu, property: positivity_change, value: "1.3 pp",
     quote: "The rate rose 1.3 percent points"}
  - {id: budget, subject: Ottawa, property: spending, value: "3.6 billion CAD",
     quote: "Ottawa will spend $3.6bn"}
```

```yaml
source:
  language: en
claims:  # 28MW are 0.028 GW; 2 h 02 min 10 s are 7330 s; "the highest" is the first
  - {id: tidal, subject: CfD AR6, property: capacity, value: "0.028 GW",
     quote: "a total capacity of 28MW"}
  - {id: win, subject: Kipkorir, property: winning_time, value: "7330 s",
     quote: "won in 2h02min10s"}
  - {id: agency, subject: Harbridgeshire, property: rank, value: "1",
     quote: "the highest proportion of agency social workers"}
```

```yaml
source:
  language: en
claims:  # "fifth-fastest" is the rank 5; a wage a week is found in "a week"
  - {id: all_time, subject: Kiprono, property: all_time_rank, value: "5",
     quote: "the fifth-fastest time in history"}
  - {id: wage, subject: Okafor, property: wage, value: "£350,000 a week",
     quote: "earning £350,000 per week"}
```

```yaml
source:
  language: en_GB
claims:  # a crore is 10 million, a lakh crore 10¹²; Rs before a figure is rupees
  - {id: pledge, subject: India, property: relief_pledged, value: "5 billion INR",
     quote: "India pledged Rs 500 crore ($57m) in relief"}
  - {id: defence, subject: India, property: defence_budget, value: "7.4 trillion INR",
     quote: "Defence gets ₹7.4 lakh crore"}
```

```yaml
source:
  language: en_GB
claims:  # the article of "A man died" is the toll of one
  - {id: toll, subject: Storm Cormac, property: deaths, value: "1",
     quote: "A man died when a tree fell on his car"}
```

```yaml
source:
  publisher: Les Echos
claims:  # Les Échos print thousands with a point: 3.228 milliards are 3 228 milliards
  - {id: debt, subject: France, property: public_debt, value: "3 228 milliards EUR",
     quote: "La dette atteignait 3.228 milliards d'euros"}
  - {id: bracket, subject: barème 2025, property: upper_bound, value: "83 823 EUR",
     quote: "jusqu'à 83.823 euros"}
```

```yaml
claims:  # "d'un point" is one point
  - {id: rate, subject: bac, property: pass_rate_change, value: "1 pp",
     quote: "Le taux de réussite progresse d'un point"}
```

```yaml
claims:  # two and a half years are 30 months
  - {id: sentence, subject: X, property: firm_sentence, value: "30 month",
     quote: "condamné à deux ans et demi de prison ferme"}
```

```yaml
source:
  language: en_GB
claims:  # an age band is a range in years; six decades are 6 decade
  - {id: age, subject: A, property: age, value: "40 to 49 year",
     quote: "a woman in her forties"}
  - {id: career, subject: Helen Marlowe, property: career_span, value: "6 decade",
     quote: "a career spanning six decades"}
  - {id: old, subject: B, property: age, value: "80 to 83 year",
     quote: "a man in his early eighties"}
  - {id: oldest, subject: C, property: age, value: ">=100 year", quote: "the centenarian"}
```

```yaml
claims:  # a range's scale word is both its ends'; a unit of time in French words
  - {id: range, subject: plan, property: cost, value: "1,2 à 1,5 milliard d'euros",
     quote: "un coût de 1,2 à 1,5 milliard d'euros"}
  - {id: latency, subject: réseau, property: latency, value: "12 s",
     quote: "une latence de 12 secondes"}
```

```yaml
claims:  # one in five is 20 %, and two in three 66,7 %
  - {id: cloud_use, subject: France, property: cloud_use, value: "20 %",
     quote: "un Français sur cinq utilise le cloud"}
  - {id: firms_share, subject: France, property: firms_share, value: "66,7 %",
     quote: "deux entreprises sur trois"}
```

**Fails**

```yaml
claims:  # the property's rate is per 100 000 inhabitants; the quote's, per 10 000
  - {id: rate, subject: homicides, property: victims_per_100k, value: "1,4",
     quote: "soit 1,4 pour 10 000 habitants"}
    # error: the figure 1,4 of 'rate' is not in its quote "soit 1,4 pour 10 000
    #   habitants" (which writes 1,4 pour 10 000, not per 100 000 as its property
    #   victims_per_100k says): write the rate per the quote's base, or name that base in
    #   the property
```

```yaml
claims:  # 10 is not in the quote
  - {id: contract_value, subject: contrat cloud de l'Etat, property: contract_value,
     value: "10 million EUR", quote: "s'élève à un million d'euros"}
    # error: the figure 10 of 'contract_value' is not in its quote
    #   "s'élève à un million d'euros"
```

```yaml
claims:  # a milliard is a thousand millions
  - {id: revenue, subject: Groupe X, property: revenue,
     value: "11,2 million EUR", quote: "11,2 milliards d'euros"}
    # error: the figure 11,2 of 'revenue' is not in its quote
    #   "11,2 milliards d'euros" (which writes 11,2 at another scale)
```

```yaml
claims:  # the quote's 6,8 is a percentage: the revenue is 11,7 milliards
  - {id: revenue, subject: Groupe X, property: revenue, value: "6,8 milliards EUR",
     quote: "en hausse de 6,8 % (11,7 milliards d'euros)"}
    # error: the figure 6,8 of 'revenue' is not in its quote
    #   "en hausse de 6,8 % (11,7 milliards d'euros)"
    #   (which writes 6,8 as a percentage, not as money)
```

```yaml
claims:  # 15 is the day of the month, not the rise
  - {id: rise, subject: région, property: visits_change, value: "15 %",
     quote: "le 15 octobre, 1 180 passages aux urgences"}
    # error: the figure 15 of 'rise' is not in its quote
    #   "le 15 octobre, 1 180 passages aux urgences"
    #   (which writes 15 as the day of a date, not as a percentage)
```

```yaml
source:
  language: en
claims:  # 25 basis points are 0.25 percentage points
  - {id: rate_cut, subject: Bank of England, property: rate_change, value: "-25 pp",
     quote: "Rates fell 25bp"}
    # error: the figure -25 of 'rate_cut' is not in its quote "Rates fell 25bp"
    #   (which writes 25 in basis points, not in percentage points)
```

```yaml
source:
  language: en_GB
claims:  # a lakh crore is 10¹²: 7.4 billion rupees is not "₹7.4 lakh crore"
  - {id: defence, subject: India, property: defence_budget, value: "7.4 billion INR",
     quote: "Defence gets ₹7.4 lakh crore"}
    # error: the figure 7.4 of 'defence' is not in its quote
    #   "Defence gets ₹7.4 lakh crore" (which writes 7.4 at another scale)
```

```yaml
source:
  language: en
claims:  # the quote's $3.6bn are dollars, not pounds
  - {id: us_sales, subject: Acme, property: us_sales, value: "3.6 billion GBP",
     quote: "US sales of $3.6bn"}
    # error: the figure 3.6 of 'us_sales' is not in its quote "US sales of $3.6bn"
    #   (which writes 3.6 in dollars, not in GBP)
```

```yaml
source:
  language: en
claims:  # the quote writes megawatts, not gigawatts
  - {id: tidal, subject: CfD AR6, property: capacity, value: "28 GW",
     quote: "a total capacity of 28MW"}
    # error: the figure 28 of 'tidal' is not in its quote "a total capacity of 28MW"
    #   (which writes 28 in MW, not in GW)
```

```yaml
claims:  # eighteen months, not eighteen years
  - {id: sentence, subject: X, property: suspended_sentence, value: "18 year",
     quote: "dix-huit mois avec sursis"}
    # error: the figure 18 of 'sentence' is not in its quote "dix-huit mois avec sursis"
    #   (which writes 18 in mois, not in year)
```

```yaml
source:
  language: en_GB
claims:  # "in his 80s" is an age band, never 80 seconds
  - {id: age, subject: B, property: age, value: "80 s", quote: "a man in his 80s"}
    # error: the figure 80 of 'age' is not in its quote "a man in his 80s"
    #   (which writes 80 as a decade, and the ages 80 to 89 ('80 to 89 year'))
```

```yaml
source:
  language: en
claims:  # a 40-yard dash is no 40 metres
  - {id: dash, subject: Okafor, property: dash_distance, value: "40 m",
     quote: "a 40-yard dash"}
    # error: the figure 40 of 'dash' is not in its quote "a 40-yard dash"
    #   (which writes 40 in yard, not in m)
```

```yaml
source:
  language: en
claims:  # a year's wage is no week's
  - {id: wage, subject: Okafor, property: wage, value: "£350,000 a week",
     quote: "a contract worth £350,000 a year"}
    # error: the figure 350,000 of 'wage' is not in its quote
    #   "a contract worth £350,000 a year" (which writes 350,000 a year, not a week)
```

```yaml
claims:  # a megabyte is no gigabyte
  - {id: data, subject: forfait, property: data_allowance, value: "150 GB",
     quote: "Le forfait inclut 150 MB de données"}
    # error: the figure 150 of 'data' is not in its quote
    #   "Le forfait inclut 150 MB de données" (which writes 150 in MB, not in GB)
```

```yaml
claims:  # a price a year is no price a month
  - {id: price, subject: abonnement, property: price, value: "9,99 €/mois",
     quote: "L'abonnement coûte 9,99 €/an"}
    # error: the figure 9,99 of 'price' is not in its quote
    #   "L'abonnement coûte 9,99 €/an" (which writes 9,99 a year, not a month)
```

```yaml
source:
  language: en_US
claims:  # no scale word anywhere: 68 fighters are not $68bn
  - {id: f35, subject: Pentagon request, property: f35_funding, value: "$68bn",
     quote: "including 68 F-35 fighters"}
    # error: the figure 68 of 'f35' is not in its quote "including 68 F-35 fighters"
    #   (which writes 68 without a scale word)
```

```yaml
source:
  publisher: Les Echos
claims:  # a point before three digits groups thousands in French: 3 228, not 3,228
  - {id: debt, subject: France, property: public_debt, value: "3,228 milliards EUR",
     quote: "La dette atteignait 3.228 milliards d'euros"}
    # error: the figure 3,228 of 'debt' is not in its quote
    #   "La dette atteignait 3.228 milliards d'euros" (which writes 3.228 with a point
    #   between thousands, as some French titles print them: 3 228, never 3,228)
```

```yaml
claims:  # one third is 33,3 %, not 30 %
  - {id: firms_share, subject: France, property: firms_share, value: "30 %",
     quote: "un tiers des entreprises"}
    # error: the figure 30 of 'firms_share' is not in its quote
    #   "un tiers des entreprises"
```
"""

from __future__ import annotations

import decimal
import re
import unicodedata
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Protocol

from factcheck import units
from factcheck.findings import Problem, Severity
from factcheck.quote_fractions import proportions, rate_bases
from factcheck.rules.base import Context, Option, claim_problem, claim_table
from factcheck.values import (
    ValueSyntaxError,
    clock_seconds,
    compound_scale,
    find_durations,
    format_decimal,
    known_scale_words,
    read_number,
    scale_abbreviations,
    scale_words,
    with_decimals,
)

if TYPE_CHECKING:
    import pint

    from factcheck.model import Claim
    from factcheck.values import Value

ID = "figure-in-quote"
SEVERITY = Severity.ERROR
OPTIONS: Mapping[str, Option] = {}

_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.,'’]\d+)*")  # ’: Swiss 1’234’567
_SPACES = re.compile(r"[ \u00a0\u202f]")
_SEPARATORS = re.compile(r"[.,'](?=\d{1,2}\b)")
_NON_DIGITS = re.compile(r"\D+")
_TEXT2NUM_LANGUAGES = {"fr", "en", "es", "pt", "de", "nl", "it", "da"}
_BLANKS = " \u00a0\u202f"

_WORD_AFTER = re.compile(r"[ \u00a0\u202f]?([^\W\d_]+)")
#: The names of the currencies of :data:`factcheck.units.CURRENCIES`, in every language,
#: most specific first ("francs suisses" before "francs"), and their codes as written
#: (``ILS``, never the French "ils"; the first six in any case, as always read).
_TABLE_NAMES = "|".join(
    word for currency in units.CURRENCIES for words in currency.words.values() for word in words
)
_TABLE_CODES = rf"(?-i:{'|'.join(sorted(units.CURRENCY_CODES))})|EUR|USD|GBP|CHF|JPY|INR"
_MONEY_AFTER = re.compile(
    rf"[ \u00a0\u202f]?(?:[{units.SIGN_CHARACTERS}]|d['’]\s*euros|(?:{_TABLE_NAMES})\b"
    r"|euros?\b|dollars?\b|livres?\b|pounds?\b"
    rf"|rupees?\b|roupies?\b|(?:{_TABLE_CODES})\b)",
    re.IGNORECASE,
)
_MONEY_SIGNS = units.SIGN_CHARACTERS
#: "Rs" or "Rs." before a figure: rupees ("Rs 500 crore"), of India or another country.
_RUPEES_BEFORE = re.compile(r"(?<![^\W\d_])Rs\.?[ \u00a0\u202f]?$")
_CONNECTOR = re.compile(r"\s*(?:de\s+|d['’]\s*|of\s+)?", re.IGNORECASE)
#: The words text2num reads as 1 that are most often an indefinite article.
_ARTICLE = re.compile(r"\b(?:un|une|one)\b", re.IGNORECASE)
#: How a quote may write a unit after its figure, by the unit as factcheck writes it.
_UNIT_SPELLINGS = {
    "%": ("%", "pour cent", "pourcent", "percent", "per cent", "pct", "pc"),
    "pp": ("pp", "p.p.", "point", "pt", "ppt"),
    "bp": ("bp", "basis point", "point de base", "points de base", "pb", "pdb"),
    "EUR": ("€", "eur", "euro"),
    "USD": ("$", "usd", "dollar"),
    "GBP": ("£", "gbp", "pound", "livre"),
    # the other currencies of the table: their one-character signs and their codes
    **{
        currency.code: (
            *(sign for sign in currency.signs if len(sign) == 1),
            currency.code.lower(),
        )
        for currency in units.CURRENCIES
        if currency.code not in ("EUR", "USD", "GBP")
    },
    "year": ("an", "année", "year", "yr"),
    "month": ("mois", "month"),
    "day": ("jour", "day"),
    "person": ("personne", "person", "people"),
    "ly": ("light-year", "light year", "lightyear", "année-lumière", "années-lumière", "al"),
    "au": ("au", "ua", "astronomical unit", "unité astronomique"),
    "parsec": ("pc", "parsec"),
    "dB": ("db", "décibel", "decibel"),
}
_ONE = Decimal(1)
_EXACT = decimal.Context(prec=200, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[])


class QuoteNumbers(NamedTuple):
    """The numbers of a quote: with no scale word, their amounts with one, and the article 1.

    And what each is written as, in the quote's order: ``""`` bare or before another word,
    ``%``, ``pp`` (points), ``money``, ``unit:`` and a unit of measurement ("unit:MW"),
    ``date`` (the day of one), ``rank`` ("the highest") or ``multiple`` ("twice").
    """

    plain: frozenset[Decimal]  # written without a scale word (and not an article)
    scaled: frozenset[Decimal]  # amounts: the number times the scale word after it
    scaled_figures: frozenset[Decimal]  # the numbers written with a scale word, unscaled
    article_one: bool  # text2num read an indefinite article as the figure 1
    kinds: Mapping[Decimal, tuple[str, ...]] = {}  # of the plain numbers
    scaled_kinds: Mapping[Decimal, tuple[str, ...]] = {}  # of the amounts
    #: the numbers written with a unit of measurement after them (the article 1 too), and
    #: the unit as written
    measured: tuple[tuple[Decimal, str], ...] = ()
    #: what the article 1 is written as ("unit:mois" of "prolongée d'un mois")
    article_one_kinds: tuple[str, ...] = ()
    #: the ages the quote writes as a band, in years: (40, 49) for "in her forties"
    bands: tuple[tuple[Decimal, Decimal], ...] = ()
    #: the numbers written with a scale word the source's language does not read, and the
    #: word: (7.4, "milliard") for "7.4 milliard" in English; no value's bare figure
    unread_scales: tuple[tuple[Decimal, str], ...] = ()
    #: the numbers written as an approximate noun, how, and the words: (40, "unit:années",
    #: "une quarantaine") for "une quarantaine d'années"; a value's ``~40`` only
    approximate: tuple[tuple[Decimal, str, str], ...] = ()
    #: the bands of tens ("in the 90s", "the mid-70s"): the band's ends and the part the
    #: quote says, (90, 99, 90, 99) and (70, 79, 73, 77); a temperature's range only
    tens: tuple[tuple[Decimal, Decimal, Decimal, Decimal], ...] = ()


def check(context: Context) -> Iterator[Problem]:
    """Report every claim whose value's figures are not all in its quote."""
    table = claim_table(context)
    claims = table.claims
    based = {  # the claims whose property names the base of a rate: "victims_per_100k"
        position: base
        for name, positions in table.by_property.items()
        if (base := property_base(name)) is not None
        for position in positions
    }
    for position, (value, quote) in enumerate(zip(table.values, table.quotes, strict=True)):
        if value is None:
            continue
        claim = claims[position]
        if based and position in based and (other := _other_base(quote, based[position])):
            yield claim_problem(claim, _other_base_message(claim, value, quote, other))
            continue
        if _all_written_in(value, quote, claim):
            continue  # the figures stand in the quote as written: no need to read its numbers
        missing, rescaled, written = missing_figures(value, quote, claim.language)
        if missing:
            shown = " and ".join(missing)
            writes = [f"{' and '.join(rescaled)} at another scale"] if rescaled else []
            writes += written  # "6,8 as a percentage, not as money"
            hint = f" (which writes {', and '.join(writes)})" if writes else ""
            yield claim_problem(
                claim, f"the figure {shown} of '{claim.id}' is not in its quote \"{quote}\"{hint}"
            )


#: The base of a rate a property names: "victims_per_100k", "deaths_per_100000",
#: "taux_pour_100000", "births_per_1000", "cases_per_million", "per_100_000".
_PROPERTY_BASE = re.compile(
    r"(?:^|_)(?:per|pour|par)_?(?:(?P<n>\d+(?:_\d{3})*)(?P<k>k|m)?|(?P<w>thousand|mille|million))"
    r"(?=_|$)",
    re.IGNORECASE,
)
_PROPERTY_BASE_WORDS = {"k": 1000, "m": 10**6, "thousand": 1000, "mille": 1000, "million": 10**6}


@lru_cache(maxsize=1024)
def property_base(name: str) -> int | None:
    """The base of the rate a property names: 100000 for "victims_per_100k", else None."""
    match = _PROPERTY_BASE.search(name)
    if match is None:
        return None
    if match["w"]:
        return _PROPERTY_BASE_WORDS[match["w"].lower()]
    base = int(match["n"].replace("_", ""))
    return base * _PROPERTY_BASE_WORDS[match["k"].lower()] if match["k"] else base


def _other_base(quote: str, base: int) -> str | None:
    """The base the quote writes a rate per, when it is not the property's: "pour 10 000".

    None when the quote writes no base, or the property's among others.
    """
    written = rate_bases(quote)
    if not written or any(other == base for _, other in written):
        return None
    return written[0][0]


def _other_base_message(claim: Claim, value: Value, quote: str, written: str) -> str:
    """The message for a rate whose quote writes another base than its property names."""
    grouping = " " if claim.language.startswith("fr") else ","
    base = f"{property_base(claim.property) or 0:,}".replace(",", grouping)
    return (
        f"the figure {' and '.join(value.numbers)} of '{claim.id}' is not in its quote"
        f' "{quote}" (which writes {value.numbers[0].lstrip("+-−")} {written}, not per'
        f" {base} as its property {claim.property} says): write the rate per the quote's base,"
        " or name that base in the property"
    )


def missing_figures(
    value: Value, quote: str, language: str
) -> tuple[list[str], list[str], list[str]]:
    """The numbers of the value (as written) not in the quote, and those written otherwise.

    The second list holds the missing numbers the quote writes with another scale word;
    the third says how the quote writes the others it has, in another unit or as the day
    of a date: ``6,8 as a percentage, not as money``.
    """
    found = quote_numbers(quote, language)
    if found.bands and _is_band(value, found.bands):  # "in her forties": 40 to 49 year
        return [], [], []
    if found.tens and _in_tens(value, found.tens):  # "highs in the 90s": 90 to 99 °F
        return [], [], []
    kind = _value_kind(value)
    missing = [
        number
        for index, (number, figure, amount) in enumerate(
            zip(value.numbers, value.figures, value.amounts, strict=True)
        )
        if not _found(abs(figure), abs(amount), value, quote, language, found, kind)
        and not _in_proportion(value, index, quote, language)
        and not (found.approximate and _approximately(value, abs(amount), found.approximate, kind))
    ]
    rescaled = []
    written = []
    for number, figure, amount in zip(value.numbers, value.figures, value.amounts, strict=True):
        if number not in missing:
            continue
        noun = next((words for n, _, words in found.approximate if n == abs(amount)), None)
        if noun is not None and value.comparator != "~":  # "une quarantaine": about 40
            shown = number.lstrip("+-−")
            unit = f" {value.unit_text}" if value.unit_text else ""
            written.append(f"{shown} as '{noun}', about {shown}: write '~{shown}{unit}'")
            continue
        shown = number.lstrip("+-−")
        glued = (
            next((m for m in _VULGAR_GLUED.finditer(quote) if m.group(1) == shown), None)
            if not _VULGAR_SET.isdisjoint(quote)
            else None
        )
        if glued is not None:  # "7½ years" for 7 year
            decimal_text = with_decimals(glued.group(), language).replace(" ", "")
            written.append(f"{glued.group()}, that is {decimal_text}, not {shown}")
            continue
        unread = next((word for n, word in found.unread_scales if n == abs(figure)), None)
        if unread is not None:  # "7,4 lakh" in a language that does not read lakh
            written.append(
                f"{number.lstrip('+-−')} with the scale word '{unread}', which"
                f" {_language_name(language)} does not read: write the value in digits or with"
                " a scale word of the language"
            )
            continue
        if "." in quote and (point := _thousands_point_hint(number, figure, quote, language)):
            written.append(point)  # "3.228 milliards" of Les Échos: 3 228, never 3,228
            continue
        if abs(figure) in found.scaled_figures and abs(amount) not in found.scaled:
            rescaled.append(number)  # not "$3.6bn" for 3.6 billion GBP: another currency
            continue
        kinds = found.kinds.get(abs(figure)) or found.kinds.get(abs(amount))
        kinds = kinds or found.scaled_kinds.get(abs(amount))
        if (
            figure != amount
            and abs(figure) in found.plain
            and (not kinds or kind is None or any(_usable(k, kind) for k in kinds))
            and not _writes_scale(quote)
        ):  # written bare, or in the value's unit: "including 68 F-35 fighters" for $68bn
            written.append(f"{number.lstrip('+-−')} without a scale word")
            continue
        if not kinds and figure == _ONE and found.article_one:  # "dure un mois"
            kinds = tuple(written for written in found.article_one_kinds if written)
        if kinds and kind is not None:  # in the quote, but in another unit or as a day
            shown = number.lstrip("+-−")
            written.append(f"{shown} {_writes_as(kinds[0], kind)}")
        elif kind is not None and kind.startswith("unit:"):  # 60 year for "six decades"
            coarse = _in_coarse_unit(value, abs(amount), found)
            if coarse is not None:
                written.append(coarse)
    if missing:
        written += [  # "in her forties" for 40 to 48 year, or a bare 40 to 49
            _band_shown(lo, hi) for lo, hi in found.bands
        ]
        if found.tens and _is_temperature(value):  # "the mid-70s" for 70 to 72 °F
            unit = value.unit_text
            written = [w for w in written if not w.endswith(" as a decade")]  # of degrees
            written += [
                f"the temperatures {lo} to {hi} ('{lo} to {hi} {unit}')"
                for _, _, lo, hi in found.tens
            ]
    return missing, rescaled, written


def _approximately(
    value: Value,
    amount: Decimal,
    approximate: tuple[tuple[Decimal, str, str], ...],
    kind: str | None,
) -> bool:
    """Tell whether an approximate value's amount is a noun of the quote: "une quarantaine".

    The noun is about its number: a value's ``~40`` (``~40 ans`` for "une quarantaine
    d'années"), never a plain ``40``, nor the band ``40 to 49 year``.
    """
    if value.comparator != "~":
        return False
    return any(
        number == amount and (kind is None or _usable(written, kind))
        for number, written, _ in approximate
    )


def _in_tens(value: Value, tens: tuple[tuple[Decimal, Decimal, Decimal, Decimal], ...]) -> bool:
    """Tell whether a temperature's range is a band of tens the quote writes: "in the 90s".

    Within the band (``90 to 99 °F``, or ``92 to 96 °F``), and meeting the part the quote
    says: ``74 to 76 °F`` or ``70 to 79 °F`` for "the mid-70s", not ``70 to 72 °F``.
    """
    if value.comparator != "to" or len(value.amounts) != 2 or not _is_temperature(value):
        return False
    low, high = value.amounts
    return any(
        first <= low <= high <= last and low <= part_high and high >= part_low
        for first, last, part_low, part_high in tens
    )


def _is_temperature(value: Value) -> bool:
    """Tell whether a value is a temperature (°F, °C, K)."""
    return bool(value.quantity.unit.dimensionality == _TEMPERATURE)


def _is_band(value: Value, bands: tuple[tuple[Decimal, Decimal], ...]) -> bool:
    """Tell whether the value is an age band the quote writes: 40 to 49 year, "in her 40s".

    Or its least age, for an open band: ``>=100 year`` of "a centenarian".
    """
    if value.comparator == "to" and len(value.amounts) == 2:
        written = (value.amounts[0], value.amounts[1])
    elif value.comparator == ">=" and len(value.amounts) == 1:
        written = (value.amounts[0], _NO_END)
    else:
        return False
    if value.quantity.unit != units.parse_unit("year"):
        return False
    return written in bands


def _band_shown(low: Decimal, high: Decimal) -> str:
    """An age band the quote writes, and how to write it: "the ages 80 to 89 ('80 to 89 year')"."""
    if high == _NO_END:
        return f"the ages {low} and over ('>={low} year')"
    return f"the ages {low} to {high} ('{low} to {high} year')"


def _in_coarse_unit(value: Value, amount: Decimal, found: QuoteNumbers) -> str | None:
    """How the quote writes the value's figure in decades or centuries, and what to write.

    "six decades" is 55 to 65 years: ``60 year`` (59,5 to 60,5) would be more precise than
    the quote, so it is not found there, and the editor is told to write ``6 decade``.
    """
    for number, written in found.measured:
        quoted = _quote_unit(written)
        if quoted is None or quoted not in _coarse_units():
            continue
        if _measured_as(written, value.unit_text) is False and _converts_to(
            value, amount, written, number
        ):
            unit = units.format_unit(quoted)
            return f"{number} in {written}, less precise than the value: write '{number} {unit}'"
    return None


@lru_cache(maxsize=1)
def _coarse_units() -> frozenset[pint.Unit]:
    """Decades, centuries and millennia: a figure in them is found in them only."""
    return frozenset(units.parse_unit(name) for name in ("decade", "century", "millennium"))


def _writes_as(written: str, kind: str) -> str:
    """How the quote writes a figure and not as the value's kind: "in dollars, not in GBP"."""
    if written.startswith("money") and kind.startswith("unit:"):  # "a year, not a week"
        differs = _rate_differs(written, kind[5:])
        if differs is not None:
            return differs
    written, _, _ = written.partition("@")
    if written.startswith("money") and _in_cents(kind):  # "0,2516 €/kWh" for 0,2516 c€/kWh
        return f"{_CURRENCY_NAMES.get(written[6:], 'as money')}, not in cents"
    if written.startswith("money") and kind.startswith("money:"):  # another currency
        return f"{_CURRENCY_NAMES.get(written[6:], f'in {written[6:]}')}, not in {kind[6:]}"
    if written.startswith("unit:") and kind.startswith("unit:"):  # "in MW, not in GW"
        return f"in {written[5:]}, not in {units.format_unit(units.parse_unit(kind[5:]))}"
    if written.startswith("unit:"):  # "in dB, not as a percentage"
        return f"in {written[5:]}{_NOT_AS.get(kind.split(':')[0], '')}"
    kind = "money" if kind.startswith("money") else kind
    return _WRITTEN_AS[written.split(":")[0]] + _NOT_AS.get(kind, "")


#: How a quote writes a figure, and what a value's unit makes it, for messages.
_WRITTEN_AS = {
    "%": "as a percentage",
    "pp": "in percentage points",
    "bp": "in basis points",
    "money": "as money",
    "date": "as the day of a date",
    "rank": "as a rank",
    "multiple": "as a multiple",
    "decade": "as a decade",
    "counted": "as the article of a counted noun",
    "cents": "in cents",
    "count": "as a count in words",
}
_NOT_AS = {
    kind: f", not {words}"
    for kind, words in _WRITTEN_AS.items()
    if kind not in ("date", "rank", "multiple", "decade", "counted", "cents", "count")
}
#: The currencies a quote writes, by what they make its money ("money:$"), for messages.
_CURRENCY_NAMES = {
    "$": "in dollars",
    "USD": "in US dollars",
    "EUR": "in euros",
    "GBP": "in pounds",
    "¥": "in yen or yuan",
    "JPY": "in yen",
    "INR": "in Indian rupees",
    "Rs": "in rupees",
    "CHF": "in Swiss francs",
    "franc": "in francs",
}


def _found(
    figure: Decimal,
    amount: Decimal,
    value: Value,
    quote: str,
    language: str,
    found: QuoteNumbers,
    kind: str | None,
) -> bool:
    """Tell whether a figure of the value (its amount, or as written) is a number of the quote.

    Written in a unit the value's ``kind`` may take (see ``_usable``).
    """
    if (
        _among(amount, found.scaled, found.scaled_kinds, kind)
        or _among(amount, found.plain, found.kinds, kind)
        or (
            _among(figure, found.plain, found.kinds, kind)
            and (figure == amount or _writes_scale(quote))
        )
    ):
        return True
    if kind is not None and kind.startswith("unit:") and found.measured:  # 0.028 GW: "28MW"
        for number, written in found.measured:
            if (
                _measured_as(written, kind[5:]) is False
                and _quote_unit(written) not in _coarse_units()  # "six decades": 6 decade only
                and _converts_to(value, amount, written, number)
            ):
                return True
    # "en un an" has the figure 1; "une hausse de 12 %" does not have 1 %, nor a million.
    if figure == _ONE and found.article_one:
        # "dure un mois" has the 1 of 1 month, not of 1 year: its unit is compared too
        as_written = found.article_one_kinds
        if kind is not None and as_written and not any(_usable(w, kind) for w in as_written):
            return False
        return amount == figure and not _figure_in_unit(quote, language, value)
    prefixed = _prefix_factor(value.unit_text)  # 1500 kEUR is "1 500 000 euros"
    if prefixed is not None:
        factor, base = prefixed
        whole = _EXACT.multiply(amount, factor)
        if kind is not None and kind.startswith("unit:"):  # 26,3 Mt: 26 300 000 t, not kt
            try:
                kind = _unit_kind(base)
            except units.UnitError:  # pragma: no cover - a unit pint wrote reads back
                return False
        return _among(whole, found.scaled, found.scaled_kinds, kind) or _among(
            whole, found.plain, found.kinds, kind
        )
    return False


def _converts_to(value: Value, amount: Decimal, written: str, number: Decimal) -> bool:
    """Tell whether the value's amount, in the unit the quote writes, is the quote's number.

    Rounded as the quote writes its number (30 months are 2,5 years, 2,4999… by a float
    factor), and within what the value's figure stands for: 30 months are not "2 ans",
    though 2,5 rounds to 2.
    """
    quoted = _quote_unit(written)
    if quoted is None:  # pragma: no cover - the scan kept readable units only
        return False
    try:
        factor, offset = units.conversion(value.quantity.unit, quoted)
    except units.UnitError:  # pragma: no cover - the units have one dimension
        return False
    converted = _EXACT.add(_EXACT.multiply(amount, factor), offset)
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int):  # pragma: no cover - numbers of a quote are finite
        return False
    try:
        rounded = converted.quantize(Decimal((0, (1,), exponent)), decimal.ROUND_HALF_UP, _EXACT)
    except decimal.InvalidOperation:  # pragma: no cover - too many digits
        return False
    if rounded != number:
        return False
    if len(value.numbers) == 1 and value.comparator in (None, "~"):
        interval = abs(value.quantity.interval)
        lo, hi = interval.lo, interval.hi
    else:  # an end of a range, or a bound: its figure as rounded
        step = amount.as_tuple().exponent
        half = Decimal((0, (5,), step - 1 if isinstance(step, int) else 0))
        lo, hi = amount - half, amount + half
    ends = sorted(_EXACT.add(_EXACT.multiply(end, factor), offset) for end in (lo, hi))
    # A factor such as a month in years (1/12) has no exact decimal: 24 months are
    # 1.99…9 years. A count's interval is a single point, so that last digit would keep
    # "two years" from 24 months; a slack far below any written precision gives it back.
    slack = _CONVERSION_SLACK * max(abs(number), _ONE)
    return ends[0] - slack <= number <= ends[1] + slack


#: The relative error of a conversion factor (units.conversion divides to 50 digits).
_CONVERSION_SLACK = Decimal("1e-30")


def _among(
    number: Decimal,
    numbers: frozenset[Decimal],
    kinds: Mapping[Decimal, tuple[str, ...]],
    kind: str | None,
) -> bool:
    """Tell whether the number is one of the quote's, written once as a value of ``kind`` takes."""
    if number not in numbers:
        return False
    if kind is None:
        return True
    written = kinds.get(number)
    if not written:  # the article 1, or a number no scan typed: as before
        return True
    return any(_usable(quoted, kind) for quoted in written)


def _usable(written: str, kind: str) -> bool:
    """Tell whether a figure the quote writes so may be the figure of a value of ``kind``.

    ``written`` is how the quote writes it ("", "%", "pp", "bp", "money" in any currency or
    "money:" and the currency, "date"); ``kind`` what the value's unit is ("%", "pp", "bp",
    "money:EUR", or "unit:" and the unit for any other): a figure written bare is any
    value's; one in a unit, a value's of that unit (money in a currency, a value's in that
    currency; a measurement, a value's of the same unit or of another dimension) or of
    another kind than these; a day, a rank or a multiple, no value's with a unit.
    """
    if not written or written == kind:
        return True
    if written == "cents":  # "25,16 centimes": a value in cents only, never 25,16 EUR/kWh
        return _in_cents(kind) is True
    if written.startswith("money") and _in_cents(kind):  # "0,2516 €/kWh": no c€/kWh
        return False
    if written == "count":  # "both", "a hat-trick": a count, of a value without a unit only
        return False
    if written == "counted":  # "A man died": the 1 of a count, bare or of persons
        return kind.startswith("unit:") and _counts_persons(kind[5:])
    if written.startswith("unit:") and _is_level(written[5:]):  # "85 dB" is no 85 Hz, nor 85 %
        return kind.startswith("unit:") and _measured_as(written[5:], kind[5:]) is not None
    if kind.startswith("unit:"):  # km, year, GW, person: a unit of its dimension is compared
        if written.startswith("unit:"):
            return _measured_as(written[5:], kind[5:]) is not False
        if written.startswith("money"):  # "£350,000 a year" is no GBP/week
            return _rate_differs(written, kind[5:]) is None
        return written not in _NOT_MEASURED
    if written.startswith("unit:"):  # "12 km" is a bare figure to a percentage or money
        return True
    if written.startswith("money") and kind.startswith("money:"):
        currencies = _currencies(written)
        return currencies is None or kind[6:] in currencies
    return False


@lru_cache(maxsize=1024)
def _in_cents(kind: str) -> bool | None:
    """Tell whether a value's money is in cents (``c€``, ``c€/kWh``), or None if no money."""
    if not kind.startswith("unit:"):
        return False if kind.startswith("money") else None
    try:
        unit = units.parse_unit(kind[5:])
    except units.UnitError:  # pragma: no cover - a value's unit read once already
        return None
    ureg = units.registry()
    for name in unit._units:
        if units.is_currency(ureg.Unit(name)):
            return name.startswith("centi")
    return None


@lru_cache(maxsize=256)
def _counts_persons(unit_text: str) -> bool:
    """Tell whether a value's unit counts persons ("person", "people", "personnes")."""
    try:
        return units.parse_unit(unit_text) == units.parse_unit("person")
    except units.UnitError:  # pragma: no cover - a value's unit read once already
        return False


def _currencies(written: str) -> frozenset[str] | None:
    """The currencies a quote's money may be in: None for any ("12 livres")."""
    written = written.partition("@")[0]  # "money:GBP@week": its period apart
    if written == "money":
        return None
    code = written[6:]
    if code in units.SHARED_SIGNS:  # "$": any dollar, "¥": yen or yuan, "Rs": any rupee
        return units.sign_currencies(code)
    if code == "franc":
        return units.currencies_named("franc")
    return frozenset({code})


@lru_cache(maxsize=4096)
def _rate_differs(written: str, unit_text: str) -> str | None:
    """How money the quote writes differs from a value's money per period, or None.

    ``written`` is "money:GBP@year" for "£350,000 a year": its period and its currency, if
    the quote writes them, are compared with those of the value's unit (``GBP/week``):
    "a year, not a week", "in dollars, not in GBP". None when they agree, when the quote
    writes neither, or when the value's unit is no money per period.
    """
    rate = _money_rate(unit_text)
    if rate is None:
        return None
    code, period = rate
    currency, _, quoted = written.partition("@")
    if quoted and period is not None and quoted != period:
        return f"a {quoted}, not a {period}"
    currencies = _currencies(currency)
    if code is not None and currencies is not None and code not in currencies:
        return f"{_CURRENCY_NAMES.get(currency[6:], f'in {currency[6:]}')}, not in {code}"
    return None


@lru_cache(maxsize=1024)
def _money_rate(unit_text: str) -> tuple[str | None, str | None] | None:
    """The currency and the period of money per period ("GBP/week": GBP, week), or None."""
    try:
        unit = units.parse_unit(unit_text)
    except units.UnitError:
        return None
    ureg = units.registry()
    code = period = None
    money = time = False
    for name, exponent in unit._units.items():
        named = ureg.Unit(name)
        if exponent == 1 and units.is_currency(named):
            money, code = True, units.currency_code(named)
        elif exponent == -1 and named.dimensionality == _TIME:
            time, period = True, _PERIODS.get(name)
        else:
            return None
    return (code, period) if money and time else None


_TIME = units.registry().Unit("s").dimensionality
_TEMPERATURE = units.registry().Unit("kelvin").dimensionality
#: How a quote writes a figure that is no value's with a unit: a day, "the highest", "twice",
#: a decade ("the 1960s", "in his 80s").
_NOT_MEASURED = frozenset({"date", "rank", "multiple", "decade", "count"})


def _value_kind(value: Value) -> str | None:
    """What the value's unit is: None, "%", "pp", "bp", "money:EUR" (kEUR too), or "unit:km"."""
    return _unit_kind(value.unit_text) if value.unit_text else None


@lru_cache(maxsize=4096)  # by the unit as written: a str's hash is cached, a pint unit's is not
def _unit_kind(unit_text: str) -> str:
    unit = units.parse_unit(unit_text)
    symbol = units.percent_symbol(unit)
    if symbol is not None:
        return symbol
    code = units.currency_code(unit)
    if code is None or _in_cents(f"unit:{unit_text}"):  # "35 c€" is no 35 EUR
        return f"unit:{unit_text}"
    return f"money:{code}"


def _in_proportion(value: Value, index: int, quote: str, language: str) -> bool:
    """Tell whether the quote writes the percentage ``index`` of the value in words.

    "un sur cinq" is 20 %: found when within what the figure stands for, the value
    itself for a figure (``33 %`` is 32,5 to 33,5 %, ``~30 %`` wider), the figure as
    rounded for an end of a range or a bound (``<33 %`` for "moins d'un tiers").
    """
    if not units.is_percent(value.quantity.unit):
        return False
    shares = proportions(quote, language)
    if not shares:
        return False
    if value.comparator is None or value.comparator == "~":
        interval = abs(value.quantity.interval)
        lo, hi, lo_open, hi_open = interval.lo, interval.hi, interval.lo_open, interval.hi_open
    else:
        amount = abs(value.amounts[index])
        exponent = amount.as_tuple().exponent
        half = Decimal((0, (5,), exponent - 1 if isinstance(exponent, int) else 0))
        lo, hi, lo_open, hi_open = amount - half, amount + half, False, False
    low, high = Fraction(lo), Fraction(hi)
    for share in shares:
        if (low < share or (low == share and not lo_open)) and (
            share < high or (share == high and not hi_open)
        ):
            return True
    return False


@lru_cache(maxsize=8192)
def quote_numbers(text: str, language: str) -> QuoteNumbers:
    """Every number a text writes, in digits or in words, with the scale word after it."""
    text = with_decimals(text, language)  # "jailed for 4½ years": 4.5 years
    plain, scaled, figures, spans, kinds, scaled_kinds, unread = _scan(text, language)
    code = language.split("_")[0].split("-")[0]
    article_one = False
    article_one_kinds: tuple[str, ...] = ()
    initials = _MULTIPLES_INITIALS.get(code)
    if initials is not None and initials.search(text):  # "a dozen", "half a million"
        spans = sorted([*spans, *_multiples(text, plain, scaled, kinds, scaled_kinds)])
    if code in _TEXT2NUM_LANGUAGES:
        from text_to_num import alpha2digit

        # Numbers with a scale word are read already: text2num would make "2 millions"
        # "2 1000000", the figure 2 without its scale.
        masked = text
        for start, end in reversed(spans):
            masked = f"{masked[:start]} ¤ {masked[end:]}"
        if "-" in masked or "\u2011" in masked:  # "a two-point lead" is "a two point lead"
            masked = _unhyphenate(masked, code)
        if code == "fr" and ("quart" in masked.lower() or "demi" in masked.lower()):
            masked = _FRENCH_PART_ARTICLE.sub(" ", masked)  # "un quart de siècle" is 25 ans
        if code == "fr" and ("'un" in masked or "’un" in masked):
            masked = _ELIDED_ONE.sub(r"\1 ", masked)  # "d'un point" is "d' un point"
        converted = alpha2digit(masked, code, threshold=0)
        if converted != masked:  # the same text again would find the same numbers
            (
                words_plain, words_scaled, words_figures, _, words_kinds, words_scaled_kinds,
                words_unread,
            ) = _scan(converted, language)  # fmt: skip
            for number, word in words_unread.items():
                unread.setdefault(number, word)
            article_one = _ONE in words_plain and _ONE not in plain and bool(_ARTICLE.search(text))
            if article_one:
                words_plain.discard(_ONE)
                article_one_kinds = tuple(words_kinds.get(_ONE, ()))
            # How the digits are written is read in the text itself: text2num may change
            # what follows them ("15 pour cent" is "15 pour 100").
            for number in words_plain - plain:
                kinds[number] = words_kinds[number]
            for number in words_scaled - scaled:
                scaled_kinds[number] = words_scaled_kinds[number]
            plain |= words_plain
            scaled |= words_scaled
            figures |= words_figures
            if _TIME_INITIALS.search(converted):  # "deux ans et six mois"
                for amount, unit in find_durations(converted, language):
                    plain.add(amount)
                    kinds.setdefault(amount, {})[f"unit:{unit}"] = None
    if code == "en" and _ONE not in plain and (a_unit := _A_UNIT.search(text)) is not None:
        article_one = True  # "jailed for a year", "an hour": the article is the 1 of its unit
        article_one_kinds = (*article_one_kinds, f"unit:{a_unit.group(1).lower()}")
    if code == "en" and not article_one and _ONE not in plain:  # "A man died": a toll of 1
        counted = _counted_articles(text, language)
        if counted:
            article_one, article_one_kinds = True, counted
    for number, written in _read_in_words(text, code):  # "2 h 02 min 10 s", "the highest"
        plain.add(number)
        kinds.setdefault(number, {})[written] = None
    if code in _CENTS and _CENTS_INITIALS.search(text):  # "35 centimes" is 0,35 €
        for amount, written in _cents(text, language, code):
            scaled.add(amount)
            scaled_kinds.setdefault(amount, {})[written] = None
    bands = _age_bands(text, code)  # "in her forties", "octogénaire": ages from N0 to N9
    approximate = _approximate_nouns(text, code, language)  # "une centaine": about 100
    tens = _tens_bands(text) if code == "en" and _TENS_INITIALS.search(text) else ()
    measured = (
        tuple(
            (number, written[5:])
            for number, kinds_written in kinds.items()
            for written in kinds_written
            if written.startswith("unit:")
        )
        + tuple(  # 12 month in "one year", "a year"
            (_ONE, written[5:]) for written in article_one_kinds if written.startswith("unit:")
        )
        + tuple(  # 3E+11 m³ in "300 billion cubic metres"
            (number, written[5:])
            for number, kinds_written in scaled_kinds.items()
            for written in kinds_written
            if written.startswith("unit:")
        )
    )
    return QuoteNumbers(
        frozenset(plain),
        frozenset(scaled),
        frozenset(figures),
        article_one,
        {number: tuple(written) for number, written in kinds.items()},
        {number: tuple(written) for number, written in scaled_kinds.items()},
        measured,
        article_one_kinds,
        bands,
        tuple(unread.items()),
        approximate,
        tens,
    )


_BLANK = r"[ \u00a0\u202f]"
#: Cents written as such, by language: "35 centimes", "32 cts" in French (of the euro, of
#: the Swiss franc in fr-CH), "98 cents", "98¢" in English (of any dollar).
_CENTS = {
    "fr": re.compile(r"(?<![\d.,])(\d+(?:,\d+)?)[ \u00a0\u202f]?(?:centimes?|cts?)(?![^\W_])"),
    "en": re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)[ \u00a0\u202f]?(?:cents?(?![^\W_])|¢)"),
}
_CENTS_INITIALS = re.compile(r"\d[ \u00a0\u202f]?(?:c|¢)", re.IGNORECASE)
_HUNDRED = Decimal(100)


def _cents(text: str, language: str, code: str) -> list[tuple[Decimal, str]]:
    """The amounts a text writes in cents, in its currency: "35 centimes" is 0,35 EUR."""
    territory = language.replace("-", "_").partition("_")[2].upper()
    written = "money:$" if code == "en" else "money:CHF" if territory == "CH" else "money:EUR"
    found = []
    for match in _CENTS[code].finditer(text):
        number = _read(match.group(1), language)
        if number is not None:
            found.append((_EXACT.divide(number, _HUNDRED), written))
    return found


#: English "a" or "an" before a unit of time ("for a year", "an hour"): one of that unit;
#: not after a figure ("£5 a week", a rate), nor before a figure ("a 12% rise").
#: "second" before a noun is the ordinal, 2 ("a second goal", "for a second consecutive
#: month"), not the unit: not before the words that follow a duration ("a second of
#: silence", "a second later", "a second and a half").
_ORDINAL_SECOND = (
    r"[ \u00a0]+(?!(?:ago|later|earlier|before|after|or|and|of|too|in|to|for|at|on|faster"
    r"|slower|longer|shorter|more|less|per|each|apart|behind|ahead|off)(?![^\W_]))[^\W\d_]"
)
_A_UNIT = re.compile(
    r"(?<![\d%][ \u00a0])(?<![^\W_])(?<!half[ \u00a0\-\u2011])"
    r"(?<!quarter[ \u00a0\-\u2011]of[ \u00a0\-\u2011])an?[ \u00a0]+"
    r"(year|month|week|fortnight|day|hour|minute|second(?!" + _ORDINAL_SECOND + r")|decade"
    r"|century)(?![\w-])",
    re.IGNORECASE,
)
#: English "a" or "an" before the noun it counts ("A man died", "an 81-year-old woman"):
#: not after a figure or a word of a rate ("£5 a head", "twice a day", "half a"), not
#: "Plan A", nor before a figure ("a 40-yard dash", "a 12% rise").
_A_COUNTED = re.compile(
    r"(?:(?<![^\W_])(?<![\d%][ \u00a0])(?<![^\W_][ \u00a0])A|(?<![^\W_])a)n?[ \u00a0]+"
    r"(?:\d{1,3}[-\u2011]years?[-\u2011]old[ \u00a0]+)?([^\W\d_]+)(?![-\u2011]?\d)"
)
#: The words before which "a" counts no thing: amounts ("a few", "a lot", "a third", "a
#: dozen", "a total of 12"), rates ("once a week" is read by the time units).
_NOT_COUNTED = frozenset({
    "few", "lot", "lots", "little", "bit", "couple", "pair", "number", "handful", "dozen",
    "score", "host", "series", "range", "variety", "total", "majority", "minority",
    "fraction", "percentage", "proportion", "share", "quarter", "half", "further",
    "maximum", "minimum", "average", "rate", "sum", "fifth", "tenth", "while", "per",
})  # fmt: skip
#: The words before "a" that make it a rate or a part: "twice a day", "£5 a head", "half a".
_RATE_BEFORE = re.compile(
    r"(?:\b(?:once|twice|thrice|times|half|quarter[ \u00a0\-\u2011]+of|per|each|every)"
    r"|[\d%])[ \u00a0\-\u2011]*$",
    re.IGNORECASE,
)


def _counted_articles(text: str, language: str) -> tuple[str, ...]:
    """How an English quote's indefinite articles count one thing each, once each.

    "A man died when a tree fell": the article is the 1 of a toll, as French "un homme est
    mort" is; "counted", the figure of a bare value or of persons only. Before a unit,
    the unit's: "a mile" is 1 mile, "a point" 1 point, "a pound" 1 pound. Never before a
    number, an ordinal, a fraction or an amount ("a 40-yard dash", "a third", "a second
    goal", "a few", "a dozen", "a million"), nor after a figure or "twice" (a rate).
    """
    found: dict[str, None] = {}
    for match in _A_COUNTED.finditer(text):
        word = match.group(1)
        lowered = word.lower()
        if (
            lowered in _NOT_COUNTED
            or lowered in _scale_tables(language)[0]
            or any(c.isdecimal() for c in _number_word(lowered, "en"))  # "two", "third"
            or _RATE_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue
        start = match.start(1)
        one = f"{text[:start]}1 {text[start:]}"  # "a mile" is "a 1 mile", "a point" "a 1 point"
        found[_kind_at(one, start, start + 1, language, None) or "counted"] = None
    return tuple(found)


#: "un" before "quart de siècle", "demi-siècle": the article of the part, 25 or 50 years
#: (read by ``_parts_of_centuries``), never the figure 1 of its own.
_FRENCH_PART_ARTICLE = re.compile(
    r"(?<![^\W\d_])une?[ \u00a0]+(?=(?:demi[ \u00a0\-\u2011]|quart[ \u00a0]+de[ \u00a0]+)"
    r"(?:d[ée]cennie|si[èe]cle|mill[ée]naire)(?![^\W\d_]))",
    re.IGNORECASE,
)
#: The elided "de" before "un", "une" ("d'un point", "d'une année"), which text2num
#: reads as no number: apart, "un" is the 1 an article is, as in "dure un an".
_ELIDED_ONE = re.compile(r"(?<![^\W\d_])([dD]['’])(?=une?(?![^\W\d_]))")
#: A part of a compound duration: "2 h", "02 min", "3'", "28''", "2 ans", "47 minutes".
_TIME_INITIALS = re.compile(
    r"\d[ \u00a0\u202f]?(?:[hms'’′\"″]|[^\W\d_]+[ \u00a0\u202f]+(?:et|and)\b)"
)
#: A half after a unit: "deux ans et demi", "une heure et demie", "a year and a half";
#: before one: "two and a half years", "two-and-a-half-year".
_HALF_AFTER = re.compile(
    rf"(?<![^\W_])(\d+|[^\W\d_]+(?:-[^\W\d_]+)*){_BLANK}+([^\W\d_]+){_BLANK}+"
    rf"(?:et{_BLANK}+demie?|and{_BLANK}+a{_BLANK}+half)(?![^\W\d_-])",
    re.IGNORECASE,
)
_HALF_BEFORE = re.compile(
    r"(?<![^\W_])(\d+|[^\W\d_]+)[ \u00a0-]and[ \u00a0-]a[ \u00a0-]half[ \u00a0-]([^\W\d_]+)",
    re.IGNORECASE,
)
_HALF_INITIALS = re.compile(r"\b(?:demie?|half)\b", re.IGNORECASE)
_HALF = Decimal("0.5")


def _read_in_words(text: str, code: str) -> list[tuple[Decimal, str]]:
    """The figures a quote writes in several words, and how: ``(7330, "unit:s")``.

    Compound durations in the smallest unit written (``values.find_durations``), halves of a
    unit ("deux ans et demi" is 2,5 ans), ranks ("the highest" is 1) and multiples
    ("double" is 2, and a change of 100 %).
    """
    found = []
    if _TIME_INITIALS.search(text):
        found += [(amount, f"unit:{unit}") for amount, unit in find_durations(text, code)]
        if "m" in text:  # "a pole lap of 1m 23.456s"
            found += [(amount, "unit:s") for amount in _lap_times(text)]
    if ":" in text:  # "won in 2:01:12", "a 3:26.00 1500m"
        found += [(amount, "unit:s") for amount in _clock_times(text)]
    if "+" in text:  # "in the 90+3rd minute", "(90e+3)": the 93rd minute
        found += [(amount, "") for amount in _added_time(text)]
    if _HALF_INITIALS.search(text):
        found += [(amount, f"unit:{unit}") for amount, unit in _halves(text, code)]
    lowered = text.lower()  # "Half a century", "Un demi-siècle"
    if "half" in lowered or "quart" in lowered or "demi" in lowered:  # "half a century": 50
        found += [(amount, "unit:year") for amount in _parts_of_centuries(text, code)]
    found += _ranks_and_multiples(text, code)
    if code not in _WORDS_INITIALS:
        return found
    parts, tenths, counts = _WORDS_INITIALS[code]
    if any(word in lowered for word in parts):  # "half an inch", "un quart d'heure"
        found += _parts_of_units(text, code)
    if any(word in lowered for word in tenths):  # "à 5 centièmes du record"
        found += _tenths(text, code)
    if any(word in lowered for word in counts):  # "both", "a brace", "a hat-trick"
        found += [
            (Decimal(_COUNT_READ[m.lastgroup or "two"]), "count")
            for m in _COUNT_WORDS[code].finditer(text)
        ]
    return found


#: The words that make a quote worth reading for parts of a unit, tenths and counts in
#: words, by language: most quotes have none, and ``in`` is cheaper than a regex.
_WORDS_INITIALS = {
    "en": (
        ("half", "quarter"),
        ("tenth", "hundredth", "thousandth"),
        ("both", "brace", "trick", "century"),
    ),
    "fr": (("demi", "quart"), ("dixième", "centième", "millième"), ("chapeau",)),
}


#: A lap time in minutes and seconds as F1 timing prints it: "1m 23.456s", "1m23.456s".
_LAP_TIME = re.compile(
    r"(?<![\d.,:])(\d{1,2})[ \u00a0]?m[ \u00a0]?([0-5]?\d(?:\.\d+)?)[ \u00a0]?s(?![^\W\d_])"
)


def _lap_times(text: str) -> list[Decimal]:
    """The lap times a quote writes in minutes and seconds, in seconds: "1m 23.456s" is 83.456."""
    return [Decimal(m.group(1)) * 60 + Decimal(m.group(2)) for m in _LAP_TIME.finditer(text)]


_SEP = r"[ \u00a0\-\u2011]+"
#: A half, a quarter or three quarters of a unit: "half an inch", "a half-inch", "a quarter
#: of a mile", "three quarters of an hour", "une demi-heure", "un demi-point", "un quart
#: d'heure", "trois quarts d'heure". The unit is read as after a figure: "half a dozen"
#: (read as 6 elsewhere) and "demi-finale" are none.
_PARTS_OF_UNITS = {
    "en": re.compile(
        rf"(?<![^\W\d_])(?:(?P<half>half){_SEP}an?|(?:a|one){_SEP}(?P<ahalf>half)"
        rf"|(?:a|one){_SEP}(?P<quarter>quarter)(?:{_SEP}of{_SEP}an?)?"
        rf"|(?P<three>three){_SEP}quarters{_SEP}of{_SEP}an?)[ \u00a0\-\u2011]+(?=[^\W\d_])",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        rf"(?<![^\W\d_])(?:une?{_SEP}(?P<half>demie?)|une?{_SEP}(?P<quarter>quart)"
        rf"[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)|(?P<three>trois){_SEP}quarts[ \u00a0]+"
        r"(?:de[ \u00a0]+|d['’][ \u00a0]*))(?:[ \u00a0\-\u2011]+)?(?=[^\W\d_])",
        re.IGNORECASE,
    ),
}
_PARTS_READ = {"half": "0.5", "ahalf": "0.5", "quarter": "0.25", "three": "0.75"}


def _parts_of_units(text: str, code: str) -> list[tuple[Decimal, str]]:
    """The halves and quarters of a unit a quote writes: "half an inch" is 0.5 inch.

    How the part is written is read as after a figure ("half a point" is 0,5 point, "une
    demi-heure" 0,5 heure); a part of no unit ("half a dozen", "demi-finale") is none.
    """
    found = []
    for match in _PARTS_OF_UNITS[code].finditer(text):
        part = Decimal(_PARTS_READ[match.lastgroup or "half"])
        following = f"1 {text[match.end() :]}"
        written = _kind_at(following, 0, 1, code, None)
        if written and written not in _NOT_MEASURED:
            found.append((part, written))
    return found


#: Tenths, hundredths and thousandths (of a second, of a point): "à 5 centièmes du record",
#: "12 centièmes de seconde", "trois dixièmes de point", "five hundredths of a second",
#: "two tenths behind", "a tenth of a second". Of a second when no unit is said.
_TENTHS = {
    "en": re.compile(
        r"(?<![^\W\d_])(\d+|[^\W\d_]+)[ \u00a0\-\u2011]+(tenth|hundredth|thousandth)s?"
        r"(?![^\W\d_])(?P<of>[ \u00a0]+of[ \u00a0]+(?:an?[ \u00a0]+)?(?=[^\W\d_]))?",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<![^\W\d_])(\d+|[^\W\d_]+)[ \u00a0]+(dixième|centième|millième)s?(?![^\W\d_])"
        r"(?P<of>[ \u00a0]+de[ \u00a0]+(?=[^\W\d_])|[ \u00a0]*d['’][ \u00a0]*(?=[^\W\d_]))?",
        re.IGNORECASE,
    ),
}
_TENTHS_POWER = {
    "tenth": -1, "hundredth": -2, "thousandth": -3, "dixième": -1, "centième": -2,
    "millième": -3,
}  # fmt: skip


def _tenths(text: str, code: str) -> list[tuple[Decimal, str]]:
    """The tenths and hundredths a quote writes: "5 centièmes" are 0,05 s.

    In the unit written after them ("de seconde", "de point", "of a second"), of a second
    when none is ("two tenths behind", "à 3 dixièmes du podium").
    """
    found = []
    for match in _TENTHS[code].finditer(text):
        number = match.group(1)
        lowered = number.lower()
        if lowered in ("a", "an", "un", "une"):
            whole: Decimal | None = _ONE
        else:
            whole = _read(_number_word(number, code), code)
        if whole is None or whole != whole.to_integral_value():
            continue
        following = text[match.end() :] if match.group("of") else ""
        written = _kind_at(f"1 {following}", 0, 1, code, None) if following else ""
        if not written or written in _NOT_MEASURED:
            written = "unit:s"  # "à 5 centièmes du record": of a second
        found.append((whole.scaleb(_TENTHS_POWER[match.group(2).lower()]), written))
    return found


#: Words of match reports that count: "both" (2), "a brace" (2 goals), "a hat-trick" (3),
#: "a century" (100 runs); "le coup du chapeau" (3). Counts of a value without a unit.
_COUNT_WORDS = {
    "en": re.compile(
        r"(?<![^\W\d_])(?:(?P<two>both|braces?)|(?P<three>hat[\-\u2011 ]?tricks?)"
        r"|(?P<hundred>century))(?![^\W\d_])",
        re.IGNORECASE,
    ),
    "fr": re.compile(r"(?<![^\W\d_])(?P<three>coup du chapeau)(?![^\W\d_])", re.IGNORECASE),
}
_COUNT_READ = {"two": 2, "three": 3, "hundred": 100}


#: Parts of a decade or a century, in years: "half a century", "un demi-siècle" are 50.
_CENTURY_PARTS = {
    "en": (
        r"(?<![^\W\d_])(?:(?P<half>half[ \u00a0\-\u2011](?:an?[ \u00a0]+)?)"
        r"|(?P<quarter>quarter[ \u00a0\-\u2011](?:of[ \u00a0]+an?[ \u00a0]+)?))"
        r"(?P<unit>decade|century|millennium)(?![^\W\d_])"
    ),
    "fr": (
        r"(?<![^\W\d_])(?:(?P<half>demi[ \u00a0\-\u2011])|(?P<quarter>quart[ \u00a0]+de[ \u00a0]+))"
        r"(?P<unit>d[ée]cennie|si[èe]cle|mill[ée]naire)(?![^\W\d_])"
    ),
}
_CENTURY_PART_YEARS = {
    "decade": 10, "décennie": 10, "century": 100, "siècle": 100, "millennium": 1000,
    "millénaire": 1000, "decennie": 10, "siecle": 100, "millenaire": 1000,
}  # fmt: skip


@lru_cache(maxsize=4)
def _century_parts_re(code: str) -> re.Pattern[str] | None:
    pattern = _CENTURY_PARTS.get(code)
    return None if pattern is None else re.compile(pattern, re.IGNORECASE)


def _parts_of_centuries(text: str, code: str) -> list[Decimal]:
    """The years of "half a century" (50), "a quarter of a century" (25), "un demi-siècle"."""
    pattern = _century_parts_re(code)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        years = _CENTURY_PART_YEARS[match.group("unit").lower()]
        found.append(Decimal(years // 2 if match.group("half") else years // 4))
    return found


#: Whose age band or decade ("in her forties", "his 80s"), and how far into it ("her early
#: forties", "their mid-80s"): shared by the age bands and the decades before "80s".
_POSSESSIVES = r"his|her|their|its|my|our|your|one['’]s"
_HOW_FAR_INTO = r"(?:(?P<far>early|mid|late)[ \u00a0\-\u2011]*)?"
#: Ages written as a band of ten years: "in her forties", "in his 80s", "octogenarian",
#: "la quarantaine", "octogénaire", "trentenaire"; and the teens, 13 to 19.
_AGE_BANDS = {
    "en": (
        rf"(?<![^\W\d_])(?:(?:{_POSSESSIVES})[ \u00a0]+{_HOW_FAR_INTO}"
        r"(?:(?P<word>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties"
        r"|nineties)|['’]?(?P<digits>[1-9]0)['’]?s)"
        r"|(?P<genarian>quadra|quinqua|sexa|septua|octo|nona)genarians?"
        r"|(?P<something>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"[ \u00a0\-\u2011]?somethings?"
        r"|(?P<centenarian>(?:super)?centenarian)s?)(?![^\W\d_])"
    ),
    "fr": (
        r"(?<![^\W\d_])(?:(?:la|sa)[ \u00a0]+(?P<aine>vingt|trent|quarant|cinquant|soixant"
        r"|septant|huitant|octant|nonant|quatre-vingt)aine"
        r"|(?:la|sa)[ \u00a0]+(?P<dizaine>soixante|quatre-vingt)[\-\u2011 ]dizaine"
        r"|(?P<genaire>quadra|quinqua|sexa|septua|octo|nona)g[ée]naires?"
        r"|(?P<naire>trente)naires?"
        r"|(?P<centenaire>(?:super)?centenaire)s?)(?![^\W\d_])"
    ),
}
#: The first age of each band, by the word that names it.
_BAND_FIRST = {
    "teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
    "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "quadra": 40, "quinqua": 50, "sexa": 60, "septua": 70, "octo": 80,
    "nona": 90, "vingt": 20, "trent": 30, "quarant": 40, "cinquant": 50, "soixant": 60,
    "septant": 70, "huitant": 80, "octant": 80, "nonant": 90, "quatre-vingt": 80,
    "trente": 30,
}  # fmt: skip
#: "la soixante-dizaine" is the seventies, "la quatre-vingt-dizaine" the nineties.
_DIZAINE_FIRST = {"soixante": 70, "quatre-vingt": 90}
#: The years of a decade "early", "mid" and "late" hold, as dates read "the early 1960s"
#: (1960 to 1963): "in his early eighties" is 80 to 83.
_THIRDS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
_NO_END = Decimal("Infinity")


@lru_cache(maxsize=4)
def _age_bands_re(code: str) -> re.Pattern[str] | None:
    pattern = _AGE_BANDS.get(code)
    return None if pattern is None else re.compile(pattern, re.IGNORECASE)


def _age_bands(text: str, code: str) -> tuple[tuple[Decimal, Decimal], ...]:
    """The ages a quote writes as a band of ten years: (40, 49) for "in her forties".

    The teens are 13 to 19. "une quarantaine" is about forty (read by text2num), never a
    band: only "la quarantaine", "dans la quarantaine", "sa quarantaine" are.
    """
    pattern = _age_bands_re(code)
    if pattern is None:
        return ()
    bands = []
    for match in pattern.finditer(text):
        name = match.lastgroup or ""
        written = match.group(name).lower()
        if name in ("centenarian", "centenaire"):  # an age of 100 or more, 110 for "super"
            bands.append((Decimal(110 if written.startswith("super") else 100), _NO_END))
            continue
        if name == "digits":
            first = int(written)
        elif name == "dizaine":
            first = _DIZAINE_FIRST[written]
        else:
            first = _BAND_FIRST[written]
        far = match.groupdict().get("far")
        if far and first % 10 == 0:  # "in his early eighties": 80 to 83
            low, high = _THIRDS[far.lower()]
            bands.append((Decimal(first + low), Decimal(first + high)))
        bands.append((Decimal(first), Decimal(first - first % 10 + 9)))
    return tuple(bands)


#: Nouns of an approximate number, after their article: "une centaine de manifestants",
#: "un homme d'une quarantaine d'années", "un millier", "a score of officers". About the
#: number: a value's ``~100``, never ``100``, which the quote does not say.
_APPROXIMATE_NOUNS = {
    "fr": re.compile(
        r"(?<![^\W\d_])(?P<article>une?)[ \u00a0]+(?P<noun>dizaine|douzaine|quinzaine|vingtaine"
        r"|trentaine|quarantaine|cinquantaine|soixantaine|septantaine|huitantaine|octantaine"
        r"|nonantaine|centaine|millier)(?![^\W\d_])"
        r"(?:[ \u00a0]+de[ \u00a0]+|[ \u00a0]*d['’][ \u00a0]*)?",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![^\W\d_])(?P<article>a|one)[ \u00a0]+(?P<noun>score)[ \u00a0]+of[ \u00a0]+",
        re.IGNORECASE,
    ),
}
#: What a quote with an approximate noun writes: most quotes have none.
_APPROXIMATE_INITIALS = {"fr": ("aine", "millier"), "en": ("score",)}
_APPROXIMATE_AMOUNTS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "septantaine": 70,
    "huitantaine": 80, "octantaine": 80, "nonantaine": 90, "centaine": 100, "millier": 1000,
    "score": 20,
}  # fmt: skip


def _approximate_nouns(text: str, code: str, language: str) -> tuple[tuple[Decimal, str, str], ...]:
    """The numbers a quote writes as an approximate noun, how, and the words.

    "une quarantaine d'années" is about 40 years: (40, "unit:années", "une quarantaine");
    "une centaine de manifestants" about 100, bare. What follows the noun ("de", "d'")
    is read as after a figure: "une centaine d'euros" is money.
    """
    initials = _APPROXIMATE_INITIALS.get(code)
    if initials is None or not any(word in text for word in initials):  # most quotes
        return ()
    found = []
    for match in _APPROXIMATE_NOUNS[code].finditer(text):
        number = Decimal(_APPROXIMATE_AMOUNTS[match.group("noun").lower()])
        figure = str(number)
        following = f"{figure} {text[match.end() :]}"
        written = _kind_at(following, 0, len(figure), language, None)
        found.append((number, written, text[match.start() : match.end("noun")]))
    return tuple(found)


#: A band of tens in US weather copy: "highs in the 90s", "lows in the mid-70s", "the
#: upper 80s", "the low 100s", "the teens"; not a decade of years ("the 1990s").
_TENS_BANDS = re.compile(
    r"(?<![^\W\d_])(?:the[ \u00a0]+(?:(?P<far>low|lower|mid|middle|upper|high|early|late)"
    r"[ \u00a0\-\u2011]*)?|(?P<bare>low|lower|mid|middle|upper|high)[ \u00a0\-\u2011]*)"
    r"(?:(?P<tens>[1-9]0|1[0-2]0)['’]?s|(?P<teens>teens))(?![^\W\d_])",
    re.IGNORECASE,
)
_TENS_INITIALS = re.compile(r"0['’]?s|teens")
#: The part of a band of ten its qualifier says, from its first degree: "the mid-70s" are
#: 73 to 77, "the upper 80s" 86 to 89, "the low 40s" 40 to 43.
_PARTS_OF_TENS = {
    "low": (0, 3), "lower": (0, 3), "early": (0, 3), "mid": (3, 7), "middle": (3, 7),
    "upper": (6, 9), "high": (6, 9), "late": (6, 9),
}  # fmt: skip


def _tens_bands(text: str) -> tuple[tuple[Decimal, Decimal, Decimal, Decimal], ...]:
    """The bands of tens an English quote writes, and the part it says: "the mid-70s".

    (70, 79, 73, 77) for "the mid-70s", (90, 99, 90, 99) for "in the 90s": the range of a
    temperature, as US forecasts write it.
    """
    found = []
    for match in _TENS_BANDS.finditer(text):
        first = 10 if match.group("teens") else int(match.group("tens"))
        far = (match.group("far") or match.group("bare") or "").lower()
        low, high = _PARTS_OF_TENS.get(far, (0, 9))
        found.append(
            (Decimal(first), Decimal(first + 9), Decimal(first + low), Decimal(first + high))
        )
    return tuple(found)


#: A race time on the clock: h:mm:ss ("2:01:12"), m:ss.cc ("3:26.00"), and m:ss ("3:26")
#: unless a time of day is meant ("at 19:45", "the 07:42 from Leeds", "7:30pm"). Never a
#: ratio ("3:1") nor a part of a longer clock or number. Not the value grammar's pattern
#: on purpose: a value is the whole text and refuses "3:75" or "3:26" alone saying what
#: to write, where a free text only yields what reads; the reading is the same
#: (``values.clock_seconds``).
_CLOCK_TIME = re.compile(
    r"(?<![\d:.,])(?:(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)|(\d{1,3}):([0-5]\d)(\.\d+)?)"
    r"(?![\d:]|\.\d|[ \u00a0]?(?:[ap]\.?m\b|GMT|BST|CET|UTC|h\b|hrs\b|local))",
    re.IGNORECASE,
)
_TIME_OF_DAY_BEFORE = re.compile(
    r"(?:\b(?:at|from|the|until|till|by|before|after|to|kick-?off|between|and)|-)[ \u00a0]*$",
    re.IGNORECASE,
)


def _clock_times(text: str) -> list[Decimal]:
    """The race times a quote writes on the clock, in seconds: "2:01:12" is 7272 s."""
    found = []
    for clock in _CLOCK_TIME.finditer(text):
        hours, minutes, seconds = clock.group(1), clock.group(2), clock.group(3)
        if hours is None:
            minutes, seconds = clock.group(4), f"{clock.group(5)}{clock.group(6) or ''}"
            if not clock.group(6) and _TIME_OF_DAY_BEFORE.search(text, 0, clock.start()):
                continue  # "kick-off at 19:45", "the 07:42 from Leeds": a time of day
        found.append(clock_seconds(hours, minutes, seconds))
    return found


#: A minute of added time: "90+3", "90 + 3", "90e+3", "45+2nd" (the minute is the sum).
_ADDED_TIME = re.compile(
    r"(?<![\d.,])(45|90|105|120)(?:e|th)?[ \u00a0]?\+[ \u00a0]?(\d{1,2})(?!\d)"
)


def _added_time(text: str) -> list[Decimal]:
    """The minutes of added time a quote writes: "in the 90+3rd minute" is the 93rd."""
    return [Decimal(int(m.group(1)) + int(m.group(2))) for m in _ADDED_TIME.finditer(text)]


def _halves(text: str, code: str) -> list[tuple[Decimal, str]]:
    """The amounts of "deux ans et demi", "a year and a half", "two and a half years".

    Not the value grammar's halves (``values.find_durations`` finds "4 ans et demi" in
    digits) on purpose: a quote writes the number in words ("deux", "a") and the half of
    any unit ("two and a half miles"), which no value is written as.
    """
    found = []
    for match in (*_HALF_AFTER.finditer(text), *_HALF_BEFORE.finditer(text)):
        number, word = match.group(1), match.group(2)
        if _quote_unit(word) is None:
            continue
        whole = _ONE if number.lower() in ("a", "an") else _read(_number_word(number, code), code)
        if whole is not None and whole == whole.to_integral_value():
            found.append((whole + _HALF, word))
    return found


#: "the highest", "the worst-performing", "le plus élevé", "la meilleure": rank 1, and so
#: are "en tête du classement", "en tête", "la tête du classement", "top of the table",
#: "tops the ranking"; not "one of the highest" nor "the third highest" (3, an ordinal
#: text2num reads), nor "en tête de liste" (a list of candidates), "tête-à-tête".
_FIRST_RANK = {
    "en": re.compile(
        r"(?<!of )(?<!among )\b(?:the|its|their|his|her)[ \u00a0]+"
        r"(?:(?P<word>[a-z]{2,}est)|most|least|best|worst|top)"
        r"\b(?![ \u00a0]+(?:of|ten|five|three|two)\b)"
        r"|(?<!of )\b(?:an?|its|their|the)[ \u00a0]+record[ \u00a0\-\u2011]+(?:high|low)\b"
        r"|\b(?:tops?|topped|topping|heads?|headed|heading|leads?|led|leading)[ \u00a0]+"
        r"(?:of[ \u00a0]+)?the[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
        r"(?:table|rankings?|league|list|charts?|standings|leaderboard|class|pile|polls?)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<!un )(?<!une )(?<!des )\b(?:le|la|l['’]|son|sa|leur)[ \u00a0]*"
        r"(?:plus[ \u00a0]+[^\W\d_]+|meilleure?|pire)\b"
        r"|\b(?:un|son|leur)[ \u00a0]+(?:niveau[ \u00a0]+)?record(?![^\W\d_])"
        r"|(?<![^\W\d_])en[ \u00a0]+tête(?![^\W\d_])(?![ \u00a0\-\u2011]+à[ \u00a0\-\u2011]"
        r"|[ \u00a0]+de[ \u00a0]+(?:cortège|liste|gondole))"
        r"|(?<![^\W\d_])(?:la|sa)[ \u00a0]+tête[ \u00a0]+(?:du|de[ \u00a0]+la|des)[ \u00a0]+"
        r"(?:classement|palmarès|peloton|championnat|ligue)",
        re.IGNORECASE,
    ),
}
#: Words ending in -est that are no superlative.
_NOT_SUPERLATIVES = frozenset({
    "latest", "west", "rest", "interest", "test", "nest", "guest", "chest", "forest",
    "contest", "protest", "request", "harvest", "quest", "priest", "honest", "modest",
    "arrest", "manifest", "digest", "pest", "vest", "crest", "midwest", "southwest",
    "northwest", "conquest", "inquest", "bequest", "unrest", "behest",
})  # fmt: skip
#: Multiples: "double" is 2, and a change of +100 %; "halve" a change of -50 %.
_MULTIPLES_OF = {
    "en": re.compile(
        r"\b(?:(?P<two>doubl(?:e[sd]?|ing)|twice)|(?P<three>tripl(?:e[sd]?|ing)|thrice)"
        r"|(?P<four>quadrupl(?:e[sd]?|ing))|(?P<half>halv(?:e[sd]?|ing)))\b(?![-\u2011])",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:(?P<two>(?:re)?doubl(?:er|é|ée|és|ées|e|ent|ement|era|erait|eront|ait|aient))"
        r"|(?P<three>tripl(?:er|é|ée|és|ées|e|ent|ement|era|erait|eront|ait|aient))"
        r"|(?P<four>quadrupl(?:er|é|ée|és|ées|e|ent|ement|era|erait|eront|ait|aient)))\b"
        r"(?![-\u2011])",
        re.IGNORECASE,
    ),
}
_MULTIPLES_READ = {"two": 2, "three": 3, "four": 4}
#: A multiple in "-fold": "twofold", "a fourfold rise", "five-fold", "3-fold", "2.5-fold"
#: (not "manifold", "unfold", nor "tenfold-" joined to another word).
_FOLD = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?|[a-z]+)[-\u2011]?fold(?![^\W_]|[-\u2011])",
    re.IGNORECASE,
)
_FOLD_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
}  # fmt: skip


def _ranks_and_multiples(text: str, code: str) -> list[tuple[Decimal, str]]:
    """Rank 1 in a superlative, and the multiples and changes of "double" or "twice"."""
    found: list[tuple[Decimal, str]] = []
    rank = _FIRST_RANK.get(code)
    if rank is not None:
        for match in rank.finditer(text):
            word = match.groupdict().get("word")
            if word is None or word.lower() not in _NOT_SUPERLATIVES:
                found.append((_ONE, "rank"))
                break
    multiples = _MULTIPLES_OF.get(code)
    if multiples is not None:
        for match in multiples.finditer(text):
            if match.lastgroup == "half":
                found.append((Decimal(50), "%"))
                continue
            times = _MULTIPLES_READ[match.lastgroup or "two"]
            found.append((Decimal(times), "multiple"))
            found.append((Decimal(100 * (times - 1)), "%"))
    if code == "en" and "fold" in text.lower():  # "rose threefold": 3 times, +200 %
        for match in _FOLD.finditer(text):
            number = match["n"].lower()
            if number[0].isdecimal():
                times_read = Decimal(number)
            elif number in _FOLD_WORDS:
                times_read = Decimal(_FOLD_WORDS[number])
            else:
                continue
            found.append((times_read, "multiple"))
            found.append((100 * (times_read - 1), "%"))
    return found


_HYPHENATED = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-\u2011](?=([^\W\d_]+))")
#: Words between two number words that make one number with them: "soixante-et-onze".
_JOINING = frozenset({"et", "and", "y", "e", "und", "en", "og"})


def _unhyphenate(text: str, code: str) -> str:
    """The text with a blank for each hyphen after a number word and before another word.

    "a two-point lead" is "a two point lead", "a twenty-five-year deal" "a twenty-five
    year deal": text2num reads neither number joined to a word. A hyphen between number
    words stays ("vingt-cinq", "trente-deux", "twenty-five"), and so does one before a
    fraction ("two-thirds") or after an ordinal ("second-half"), but not before a
    superlative: "the fifth-fastest" is "the fifth fastest", the rank 5.
    """
    pieces = []
    last = 0
    for match in _HYPHENATED.finditer(text):
        left, right = match.group(1), match.group(2)
        if (
            right.lower() not in _JOINING
            and (
                _number_word(left, code).isdecimal()  # "two", not "second"
                or (_is_superlative(right) and _ORDINAL_READ.fullmatch(_number_word(left, code)))
            )
            and not any(c.isdecimal() for c in _number_word(right, code))
            and left.lower() not in _JOINING
        ):
            pieces.append(text[last : match.end() - 1])
            pieces.append(" ")
            last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


#: An ordinal as text2num writes it: "5th", "2nd", "3e", "1er".
_ORDINAL_READ = re.compile(r"\d+(?:st|nd|rd|th|e|er|re|ème)", re.IGNORECASE)
#: Superlatives too short or irregular for the -est test.
_SUPERLATIVE_WORDS = frozenset({"best", "most", "least", "worst"})


def _is_superlative(word: str) -> bool:
    """Tell whether a word is an English superlative: "fastest", "highest", "most"."""
    lowered = word.lower()
    return lowered in _SUPERLATIVE_WORDS or (
        len(lowered) > 4 and lowered.endswith("est") and lowered not in _NOT_SUPERLATIVES
    )


@lru_cache(maxsize=4096)
def _number_word(word: str, code: str) -> str:
    """The word as text2num reads it: "2" for "two", "2nd" for "second", "3rds" for "thirds"."""
    from text_to_num import alpha2digit

    return str(alpha2digit(word, code, threshold=0))


#: English words for 12 and for half or a quarter of a scale word, which text2num does
#: not read: "a dozen" is 12, "two dozen" 24, "half a million" 500000, "three quarters
#: of a million" 750000; and in French "un quart de million", "trois quarts de million".
_MULTIPLES = re.compile(
    r"(?<![^\W\d_])(?:(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|half a"
    r"|\d{1,2})[ \u00a0-]dozen"
    r"|(?P<part>half|a quarter of|three[ \u00a0\-\u2011]quarters of) an?[ \u00a0]"
    r"(?P<scale>thousand|million|billion|trillion)"
    r"|(?P<fpart>un[ \u00a0]quart|trois[ \u00a0\-\u2011]quarts)[ \u00a0]+de[ \u00a0]+"
    r"(?P<fscale>million|milliard)s?)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_MULTIPLES_INITIALS = {
    "en": re.compile(r"dozen|half a|quarters? of", re.IGNORECASE),
    "fr": re.compile(r"quarts? de", re.IGNORECASE),
}
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_PARTS = {
    "half": Decimal("0.5"), "a quarter of": Decimal("0.25"), "three quarters of": Decimal("0.75"),
    "un quart": Decimal("0.25"), "trois quarts": Decimal("0.75"),
}  # fmt: skip
_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "milliard": 9}


def _multiples(
    text: str, plain: set[Decimal], scaled: set[Decimal], kinds: _Kinds, scaled_kinds: _Kinds
) -> list[tuple[int, int]]:
    """Add the dozens and the halves or quarters of a million of an English or French text.

    "two dozen" is the number 24, "half a million" the amount 500000, both bare; returns
    where they stand, for text2num not to read "two" or "a million" in them.
    """
    spans = []
    for match in _MULTIPLES.finditer(text):
        count = match.group("count")
        if count is not None:
            count = count.lower()
            number = Decimal(6 if count == "half a" else 12 * (_COUNTS.get(count) or int(count)))
            plain.add(number)
            kinds.setdefault(number, {})[""] = None
        else:
            written = match.group("part") or match.group("fpart")
            part = _PARTS[" ".join(re.split(r"[ \u00a0\-\u2011]", written.lower()))]
            scale = (match.group("scale") or match.group("fscale")).lower()
            amount = part.scaleb(_SCALES[scale], _EXACT).normalize()
            amount = amount.quantize(_ONE) if amount == amount.to_integral_value() else amount
            scaled.add(amount)
            scaled_kinds.setdefault(amount, {})[""] = None
        spans.append(match.span())
    return spans


def numbers_in(text: str, language: str) -> frozenset[Decimal]:
    """Every amount a text writes, in digits or in words: ``2 millions`` is 2000000."""
    numbers = quote_numbers(text, language)
    return numbers.plain | numbers.scaled | ({_ONE} if numbers.article_one else set())


_Kinds = dict[Decimal, dict[str, None]]  # how each number is written, in order, once each


def _scan(text: str, language: str) -> tuple[
    set[Decimal], set[Decimal], set[Decimal], list[tuple[int, int]], _Kinds, _Kinds,
    dict[Decimal, str],
]:  # fmt: skip
    """The numbers of a text without and with a scale word, and where the latter stand.

    And how each is written (``_kind_at``): a run of digits read as several numbers
    ("2014 12 %") is bare, each of them. A number before a scale word the language does
    not read ("7,4 lakh" in French) is neither: it is kept apart, with the word.
    """
    plain: set[Decimal] = set()
    scaled: set[Decimal] = set()
    figures: set[Decimal] = set()
    spans: list[tuple[int, int]] = []
    kinds: _Kinds = {}
    scaled_kinds: _Kinds = {}
    unread: dict[Decimal, str] = {}
    for match in _numbers_of(text):
        token = match.group()
        scale = _scale_after(text, match.start(), match.end(), language)
        if scale is None and (word := _unread_scale_after(text, match.end(), language)):
            whole = _read(token, language)
            if whole is not None:  # "7.4 milliard" in English: at a scale not known
                figures.add(whole)
                unread.setdefault(whole, word)
                continue
        if scale is None:
            numbers = _token_numbers(token, language)
            plain.update(numbers)
            written = _kind_at(text, match.start(), match.end(), language, None)
            for number in numbers:
                kinds.setdefault(number, {})[written if len(numbers) == 1 else ""] = None
            continue
        power, end = scale
        spans.append((match.start(), end))
        whole = _read(token, language)
        if whole is None:  # "2014 12 millions": the scale word is the last number's
            *others, token = _SPACES.split(token)
            for other in others:
                for number in _token_numbers(other, language):
                    plain.add(number)
                    kinds.setdefault(number, {})[""] = None
            whole = _read(token, language)
        if whole is None:
            for number in _token_numbers(token, language):
                plain.add(number)
                kinds.setdefault(number, {})[""] = None
        else:
            figures.add(whole)
            amount = whole.scaleb(power, _EXACT)
            scaled.add(amount)
            written = _kind_at(text, match.start(), match.end(), language, scale)
            scaled_kinds.setdefault(amount, {})[written] = None
    return plain, scaled, figures, spans, kinds, scaled_kinds, unread


def _numbers_of(text: str) -> Iterator[re.Match[str]]:
    """The numbers of a text, without the digits of a name ("Covid-19", "H5N1", "S48").

    A name's digits grouped with the number after them stand apart: "M6 1,9 million"
    writes 1,9 million.
    """
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if not _in_a_name(text, start):
            yield match
            continue
        head = _DIGITS.match(text, start)
        after = head.end() if head is not None else end
        if after < end and text[after] in _BLANK_SET:
            rest = _NUMBER.match(text, after + 1, end)
            if rest is not None:
                yield rest


_DIGITS = re.compile(r"\d+")


def _unread_scale_after(text: str, end: int, language: str) -> str | None:
    """The scale word after a number that the language does not read, as written, or None.

    A scale word of another language factcheck reads ("milliard" in English, "bn" in
    French), never a word that is also a unit or a common word (``mn``, ``md``, ``mille``,
    ``lac``): the number before it stands for an amount at a scale not known.
    """
    following = text[end : end + 1]
    if following in _BLANK_SET:
        following = text[end + 1 : end + 2]
    if not following or following not in _SCALE_INITIALS:  # most numbers
        return None
    word = _WORD_AFTER.match(text, end)
    if word is None or word.group(1).lower() not in _unread_scales(language):
        return None
    return word.group(1)


@lru_cache(maxsize=64)
def _unread_scales(language: str) -> frozenset[str]:
    """The scale words of other languages a quote in ``language`` may write, lower case."""
    words, money_words, _ = _scale_tables(language)
    known = {word.lower() for word in (*words, *money_words)}
    return frozenset(known_scale_words(abbreviated=True) - known - _SCALES_AND_WORDS)


#: Scale words that are also units or words of the other languages: "12 mn" is minutes in
#: French, "12 MD", "mille" a word of a name, "3 lacs" lakes in French.
_SCALES_AND_WORDS = frozenset({"mn", "md", "mds", "mille", "lac", "lacs", "tn", "trn"})


def _language_name(language: str) -> str:
    """The language's name in English for messages ("French"), or its code."""
    from babel import Locale

    try:
        return str(Locale.parse(language.replace("-", "_")).english_name)
    except (ValueError, TypeError, LookupError):
        return language


#: A unit right after a figure, by what it makes the figure: percentage points first,
#: for "percentage points" is not a percent.
_UNIT_AFTER = re.compile(
    r"[ \u00a0\u202f]?(?:"
    r"(?P<bp>basis[ \u00a0]points?|points?[ \u00a0]de[ \u00a0]base|bps?|pdb|pb)"
    r"|(?P<pp>percentage[ \u00a0]points?|points?|ppts?|pts?|pp|p\.[ ]?p\."
    r"|(?:%|per[ \u00a0]?cent|pct?)[ \u00a0]?(?:points?|pts?))"
    r"|(?P<percent>%|pour[ \u00a0]?cent|pour[ \u00a0]100(?!\d)|per[ \u00a0]?cent|pct?)"
    rf"|(?P<money>[{units.SIGN_CHARACTERS}]|d['’]\s*euros?|euros?|dollars?"
    rf"|livres?|pounds?|francs?|rupees?|roupies?|{_TABLE_CODES}))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_CURRENCY_AFTER_SCALE = re.compile(_CONNECTOR.pattern + _MONEY_AFTER.pattern, re.IGNORECASE)
#: A name of the table right after a figure ("12 shekels", "3 francs suisses"), looked for
#: only after the two letters a name starts with: most figures are followed by none.
_TABLE_NAME_AFTER = re.compile(rf"[ \u00a0\u202f]?(?:{_TABLE_NAMES})(?![^\W\d_])", re.IGNORECASE)
_TABLE_NAME_STARTS = frozenset(
    word[:2].lower()
    for currency in units.CURRENCIES
    for words in currency.words.values()
    for word in words
)
_UNIT_KINDS = {"bp": "bp", "pp": "pp", "percent": "%"}
#: "1.3% points", "1.3 % pts": percentage points, as the value reader takes them.
_PERCENT_POINTS = re.compile(r"%[ \u00a0\u202f]?(?:points?|pts?)(?![^\W\d_])", re.IGNORECASE)
_DAY_SUFFIX = re.compile(r"(?:er|st|nd|rd|th)?")
#: Cents right after a figure, in any language read: "25,16 centimes", "32 cts", "98¢".
_CENTS_AFTER = re.compile(
    r"[ \u00a0\u202f]?(?:centimes?|cents?|cts?|c(?=[€$£])|¢)(?![^\W\d_])", re.IGNORECASE
)
_CENT_INITIALS = frozenset("cC¢")
_DAY_SUFFIX_INITIALS = frozenset("esnrt")


def _kind_at(text: str, start: int, end: int, language: str, scale: tuple[int, int] | None) -> str:
    """How the text writes the number ``text[start:end]``: "%", "pp", "money", "unit:km"….

    A unit right after it, or after one blank ("6,8 %", "0,6 point", "12 €"); a currency
    sign before it ("$12"); a scale word ``scale`` (``_scale_after``) and a currency
    ("11,7 milliards d'euros"); a unit of measurement right after it ("28MW", "18 mois",
    see ``_quote_unit``); a day before or after a month name ("le 15 octobre",
    "October 15"). Anything else is bare: "12 salariés", "1,2 million de personnes".
    """
    sign = _sign_before(text, start)
    if sign:
        written = _money_before_kind(text, start, sign)
        return written + _period_after(text, end if scale is None else scale[1])
    if scale is not None:  # "11,7 milliards d'euros", "1,2 Md€", "2 millions de dollars"
        currency = _CURRENCY_AFTER_SCALE.match(text, scale[1])
        if currency is None:  # "300 billion cubic metres", "12 milliards de kWh"
            return _unit_after_scale(text, scale[1])
        return _money_written(currency.group()) + _period_after(text, currency.end())
    following = text[end : end + 1]
    if following in _BLANK_SET:
        following = text[end + 1 : end + 2]
    if following == "%":  # most figures with a unit: no regex, but for "1.3% points"
        return "pp" if _PERCENT_POINTS.match(text, text.index("%", end)) else "%"
    if following in _CENT_INITIALS and _CENTS_AFTER.match(text, end):
        return "cents"  # "25,16 centimes", "98¢": a hundredth of the currency
    if text[end : end + 1] in _DECADE_SUFFIX_INITIALS and _is_decade(text, start, end):
        return "decade"  # "the 1960s", "in his 80s": never 80 seconds
    if following.isalpha() or following in _MONEY_SIGN_SET:
        unit = _UNIT_AFTER.match(text, end)
        if (unit is None or unit.lastgroup == "money") and following.isalpha():
            named = _table_name_after(text, end)  # "shekels", "francs suisses" (not "francs")
            if named is not None:
                return _money_written(named.group()) + _period_after(text, named.end())
        if unit is not None and unit.lastgroup is not None:
            if unit.lastgroup == "money":
                return _money_written(unit.group()) + _period_after(text, unit.end())
            return _UNIT_KINDS[unit.lastgroup]
    if following in _SCIENCE_INITIALS:  # "41 light-years", "5.2 AU", "41 al", "85 dB(A)"
        science = _SCIENCE_UNIT_AFTER.match(text, end)
        if science is not None and (science.group(1)[:1] != "a" or language[:2] == "fr"):
            return f"unit:{science.group(1)}"
    elif following in _HYPHENS and _POINT_AFTER_HYPHEN.match(text, end + 1):
        return "pp"  # "a 25-point drop": points, as "25 points" is, never a percentage
    if following.isalpha() or following in _UNIT_SIGNS:  # "28MW", "4,2 kg", "18 mois"
        measure = _UNIT_WORD.match(text, end)
        if measure is not None and _quote_unit(_in_bytes(measure.group(1), language)):
            written = _in_bytes(measure.group(1), language)
            per_area = _PER_AREA.match(text, measure.end()) if "/" not in written else None
            if per_area is not None:  # "62 quintaux à l'hectare": 62 q/ha, never 62 t/ha
                written = f"{written}/{per_area.group(1)}"
            else:  # "120 000 barils par jour": a rate, never 120 000 barrels
                written = _per_period(text, measure.end(), written)
            return f"unit:{written}"
    elif following in _HYPHENS and text[end + 1 : end + 2].isalpha():  # "a 40-yard dash"
        measure = _UNIT_WORD.match(text, end + 1)
        if measure is not None and _quote_unit(measure.group(1)) is not None:
            return f"unit:{measure.group(1)}"
    if end - start <= 2 and _is_day(text, start, end, language):
        return "date"
    return ""


def _unit_after_scale(text: str, end: int) -> str:
    """The unit of measurement after a scale word, as "unit:…", or "" (most often).

    In one or two words, after "de", "d'" or "of": "300 billion cubic metres", "120
    milliards de mètres cubes", "12 billion kilowatt-hours", "12 milliards de kWh".
    """
    words = _UNIT_AFTER_SCALE.match(text, end)
    if words is None:
        return ""
    first, second = words.group(1), words.group(2)
    candidates = [(first, words.end(1))]
    if second is not None:
        candidates.insert(0, (f"{first} {second}", words.end(2)))
    for written, after in candidates:
        written = _WATT_HOURS.sub(r"\1 heure", written)  # "kilowattheures"
        if _quote_unit(written) is not None:  # "2,2 millions de barils par jour": a rate
            return f"unit:{_per_period(text, after, written)}"
    return ""


def _per_period(text: str, position: int, written: str) -> str:
    """The unit written, per the period the text writes after it ("barils par jour").

    In words, as after money ("par jour", "a day", "l'an"), but not as an adjective ("a
    2.4 mg weekly dose" is 2.4 mg a dose); not after a unit that is a rate already ("bpd
    a month", "km/h") nor one of time ("12 heures par jour").
    """
    following = text[position : position + 2].lstrip(_BLANKS)[:1]
    if "/" in written or not following.isalpha():  # most units: no period after them
        return written
    match = _PERIOD_AFTER.match(text, position)
    if match is None or match["word"] is None:
        return written
    period = match["word"]
    unit = _quote_unit(written)
    if unit is None or unit.dimensionality == _TIME or _is_rate(unit):
        return written
    rate = f"{written}/{period}"
    return rate if _quote_unit(rate) is not None else written


#: One or two words after a scale word and its connector ("de", "d'", "of").
_UNIT_AFTER_SCALE = re.compile(
    r"\s*(?:de\s+|d['’]\s*|of\s+)?([^\W\d_]+)(?:[ \u00a0\u202f\-\u2011]([^\W\d_]+))?",
    re.IGNORECASE,
)
_WATT_HOURS = re.compile(r"(watts?)heures?(?![^\W\d_])", re.IGNORECASE)


def _in_bytes(written: str, language: str) -> str:
    """A unit the quote writes, with French octets as bytes: "Go/s" is "GB/s" in French.

    As the value reader takes them (``units.french_bytes``), in a French source only.
    """
    if language[:2] != "fr" or "o" not in written:  # most units
        return written
    return units.french_bytes(written)


def _table_name_after(text: str, end: int) -> re.Match[str] | None:
    """The name of a currency of the table right after ``end``, or None (most often)."""
    start = end + 1 if text[end : end + 1] in _BLANK_SET else end
    if text[start : start + 2].lower() not in _TABLE_NAME_STARTS:
        return None
    return _TABLE_NAME_AFTER.match(text, end)


_HYPHENS = frozenset("-\u2011")
#: Units of science copy pint reads otherwise or a hyphen would hide: light-years in words
#: ("41 light-years", "41 années-lumière", "41 al" in French), the astronomical unit ("5.2
#: AU", "0,11 ua"), the decibel ("85 dB", a level pint counts as no dimension). "au" in
#: lower case stays prose ("du 12 au 15").
_SCIENCE_UNIT = units.SCIENCE_UNIT  # the value reader's own, so the two read one unit
_SCIENCE_UNIT_AFTER = re.compile(rf"[ \u00a0\u202f]?({_SCIENCE_UNIT})(?![^\W_])")
_SCIENCE_UNIT_RE = re.compile(_SCIENCE_UNIT)
_SCIENCE_INITIALS = frozenset("lLaAUudD")
_POINT_AFTER_HYPHEN = re.compile(r"points?(?![^\W_])", re.IGNORECASE)
_DECADE_SUFFIX_INITIALS = frozenset("s'’")


def _is_decade(text: str, start: int, end: int) -> bool:
    """Tell whether the number ``text[start:end]`` and the "s" glued to it are a decade.

    A year from 1000 to 2099 ending in 0 ("the 1960s", "1960's"), or a round ten after
    an apostrophe ("the '60s") or after "his", "her", "their", "the"… ("in his 80s", "in
    the late 80s"): never 80 seconds. "ran the 400m in 80s" stays seconds.
    """
    suffix = 2 if text[end : end + 1] in ("'", "’") else 1
    if (
        text[end + suffix - 1 : end + suffix] != "s"
        or text[end + suffix : end + suffix + 1].isalnum()
    ):
        return False
    digits = text[start:end]
    if not digits.isdecimal() or not digits.endswith("0"):
        return False
    if len(digits) == 4:
        return 1000 <= int(digits) <= 2099
    if len(digits) != 2 or digits.startswith("0"):
        return False
    if start and text[start - 1] in ("'", "’"):  # "the '60s"
        return True
    return _decade_before().search(text, max(0, start - 30), start) is not None


@lru_cache(maxsize=1)
def _decade_before() -> re.Pattern[str]:
    """What makes "80s" a decade: "his", "her", "their", "the"… and "early", "mid", "late"."""
    return re.compile(
        rf"(?<![^\W\d_])(?:{_POSSESSIVES}|the)[ \u00a0]+{_HOW_FAR_INTO}$",
        re.IGNORECASE,
    )


#: The period of money after it: "£350,000 a week", "2 100 euros net par mois", "$5m
#: annually"; not "a year ago", "a year later" (a date, not a rate).
_PERIOD_AFTER = re.compile(
    r"[ \u00a0\u202f]*(?:(?:nets?|bruts?|gross)[ \u00a0\u202f]+)?(?:"
    r"(?:(?:a|an|per|par|each|every)[ \u00a0\u202f]+|/[ \u00a0\u202f]*|l['’])"
    r"(?P<word>years?|yr|annum|months?|weeks?|days?|hours?|ans?|années?|mois|semaines?"
    r"|jours?|heures?)"
    r"|(?:a|per)[ \u00a0\u202f]+calendar[ \u00a0\u202f]+(?P<calendar>month)"
    r"|(?P<adverb>annually|yearly|monthly|weekly|daily|hourly|p\.a\.|pa|pcm|pw|p\.w\."
    r"|annuel(?:le)?s?|mensuel(?:le)?s?|hebdomadaires?|journaliers?|horaires?))"
    r"(?![^\W\d_])(?![ \u00a0\u202f]+(?:ago|earlier|later|before|after|on|since|from"
    r"|plus|auparavant|avant|après|apres)(?![^\W\d_]))",
    re.IGNORECASE,
)
#: The period a word names, as pint names its unit.
_PERIODS = {
    **units.FRENCH_TIME,
    **{word: "year" for word in ("year", "years", "yr", "annum", "annually", "yearly", "p.a.")},
    "pa": "year",
    **{word: "month" for word in ("month", "months", "monthly", "pcm")},
    **{word: "week" for word in ("week", "weeks", "weekly", "pw", "p.w.")},
    **{word: "day" for word in ("day", "days", "daily")},
    **{word: "hour" for word in ("hour", "hours", "hourly")},
}  # fmt: skip
_PERIOD_STEMS = (
    ("annuel", "year"),
    ("mensuel", "month"),
    ("hebdomadaire", "week"),
    ("journalier", "day"),
    ("horaire", "hour"),
)


def _period_after(text: str, position: int) -> str:
    """The period written after money at ``position``, as "@week", or "" for none."""
    following = text[position : position + 2].lstrip(_BLANKS)[:1]
    if not (following.isalpha() or following == "/"):  # most money: no period after it
        return ""
    match = _PERIOD_AFTER.match(text, position)
    if match is None:
        return ""
    word = (match["word"] or match["calendar"] or match["adverb"]).lower()
    period = _PERIODS.get(word)
    if period is None:
        period = next(name for stem, name in _PERIOD_STEMS if word.startswith(stem))
    return f"@{period}"


@lru_cache(maxsize=1024)
def _money_written(written: str) -> str:
    """What a currency written after a figure makes it: "money:EUR" for "d'euros"."""
    named = _TABLE_NAME.search(written)  # "francs suisses", "livres turques", "shekels"
    if named is not None:
        return f"money:{named.lastgroup}"
    currency = _CURRENCY_WORD.search(written)
    if currency is None:  # pragma: no cover - the patterns have a sign or a word
        return "money"
    word = currency.group().lower()  # "ils" (a code) before "euros" (a plural)
    return _CURRENCY_KINDS.get(word) or _CURRENCY_KINDS.get(word.removesuffix("s"), "money")


def _money_before_kind(text: str, start: int, sign: str) -> str:
    """What a sign before a figure makes it: "US$3bn" is in US dollars, "$3bn" in dollars."""
    if sign != "$":
        return _CURRENCY_KINDS[sign]
    position = text.rfind("$", 0, start)
    letters = _LETTERS_BEFORE.search(text, 0, position)
    if letters is None:
        return "money:$"
    return _PREFIXED_SIGNS.get(letters.group(), "money")  # "XY$": no currency we know


_CURRENCY_WORD = re.compile(rf"[{units.SIGN_CHARACTERS}]|[^\W\d_]+$")
#: The names of the table's currencies, one group by code: "francs suisses" is CHF.
_TABLE_NAME = re.compile(
    "|".join(
        rf"(?P<{currency.code}>(?<![^\W\d_])(?:"
        + "|".join(word for words in currency.words.values() for word in words)
        + r")(?![^\W\d_]))"
        for currency in units.CURRENCIES
        if currency.words
    ),
    re.IGNORECASE,
)
#: What a currency a quote writes makes its money: one currency (a sign or a code of the
#: table), or any of a family ("$", "dollar", "¥", "Rs", "rupee", "franc").
_CURRENCY_KINDS = {
    **{
        sign: f"money:{sign}" if sign in units.SHARED_SIGNS else f"money:{code}"
        for sign, code in units.SIGN_CODES.items()
        if len(sign) == 1 or sign == "Rs"
    },
    **{code.lower(): f"money:{code}" for code in units.CURRENCY_CODES},
    "euro": "money:EUR",
    "dollar": "money:$",
    "pound": "money:GBP",
    "rupee": "money:Rs",
    "roupie": "money:Rs",
    "franc": "money:franc",
}
_LETTERS_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z]{1,2}$")
#: The letters before a dollar sign that name its currency: "US$", "C$", "HK$", "R$".
_PREFIXED_SIGNS = {letters: f"money:{code}" for letters, code in units.PREFIXED_SIGNS.items()}


def _is_day(text: str, start: int, end: int, language: str) -> bool:
    """Tell whether the number ``text[start:end]`` is the day of a date, by a month name."""
    following = text[end : end + 1]
    previous = text[start - 2 : start - 1] if start >= 2 else ""
    month_after = following in _BLANK_SET or following in _DAY_SUFFIX_INITIALS
    month_before = (previous.isalpha() or previous == ".") and text[start - 1] in _BLANK_SET
    if not (month_after or month_before):  # most numbers: no word around them
        return False
    if not text[start:end].isdecimal() or not 1 <= int(text[start:end]) <= 31:
        return False
    if month_after:  # "15 octobre", "1er mai", "15th of October"
        word = _WORD_AFTER_DAY.match(text, end)
        if word is not None and _is_month(word.group(1), word.group(2), language):
            return True
    if not month_before:
        return False
    # "October 15", "October 15th, 2024", but not "in October 15 people"
    suffix = _DAY_SUFFIX.match(text, end)
    position = suffix.end() if suffix else end
    following = text[position : position + 2].lstrip(_BLANKS)[:1]
    if following.isalnum() or following in _MONEY_SIGN_SET:
        return False
    word = _WORD_BEFORE_DAY.search(text, max(0, start - 16), start)
    return word is not None and _is_month(word.group(1), word.group(2), language)


_WORD_AFTER_DAY = re.compile(
    r"(?:er|st|nd|rd|th)?[ \u00a0\u202f]+(?:of[ \u00a0\u202f]+)?([^\W\d_]+)(\.?)"
)
_WORD_BEFORE_DAY = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(\.?)[ \u00a0\u202f]+$")


def _is_month(word: str, stop: str, language: str) -> bool:
    """Tell whether a word (and the full stop after it, if any) is a month name."""
    written = _month_names(language).get(word.lower())
    if written is None:
        return False
    capitalised, with_stop = written
    return (word[0].isupper() or not capitalised) and (bool(stop) or not with_stop)


@lru_cache(maxsize=64)
def _month_names(language: str) -> dict[str, tuple[bool, bool]]:
    """The month names of a language, lower-cased: whether capitalised, whether with a stop.

    As babel writes them, with or without their accents: capitalised where the language
    capitalises them ("October", not the "may" of "15 may leave"), an abbreviation with
    its full stop if it has one ("sept.", not the "sept" of seven), or without one if it
    has none ("Oct").
    """
    from babel import Locale, UnknownLocaleError

    code = language.replace("_", "-").split("-")[0].lower()
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        locale = Locale.parse("en")
    names: dict[str, tuple[bool, bool]] = {}
    written = [
        *(
            str(name)
            for context in ("format", "stand-alone")
            for width in ("wide", "abbreviated")
            for name in locale.months[context][width].values()
        ),
        *_MORE_MONTHS.get(code, ()),
    ]
    for word in written:
        bare = word.rstrip(".")
        if len(bare) < 3:
            continue
        for variant in {bare, _strip_accents(bare)}:
            capitalised, with_stop = names.get(variant.lower(), (True, True))
            names[variant.lower()] = (
                capitalised and word[0].isupper(),
                with_stop and word.endswith("."),
            )
    return names


#: Abbreviations babel lacks: the AP's "Sept." (babel has "Sep").
_MORE_MONTHS = {"en": ("Sept",)}


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _scale_after(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """The power of ten of the scale word after the number ``text[start:end]``, and its end."""
    following = text[end : end + 1]
    if following in _BLANKS:
        following = text[end + 1 : end + 2]
    if not following.isalpha():  # most numbers: no word after them
        return None
    words, money_words, initials = _scale_tables(language)
    if following not in initials:  # "54 salariés": no scale word starts so
        return None
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return None
    name = word.group(1).lower()
    power = words.get(name)
    if power is None:
        power = money_words.get(name)
        if power is None or not (
            _money_before(text, start)
            or _MONEY_AFTER.match(text, word.end())
            or (word.start(1) == end and _COUNTED_AFTER.get(name, _NEVER).match(text, word.end()))
        ):
            return None
    crore = compound_scale(name, text, word.end())
    if crore is not None:  # "₹2 lakh crore": a lakh of crores
        return power + crore[0], crore[1]
    return power, word.end()


_NEVER = re.compile(r"(?!)")
#: After a glued "k", "b" or "m", what makes it a thousand, a billion or a million: "150k
#: jobs", "150k", an AI model's "405B" (which the value reader refuses: billions or bytes?),
#: "2.5m people"; not "a 100m race" (metres).
_COUNTED_AFTER = {
    "k": re.compile(r"(?![^\W\d_])"),
    "b": re.compile(r"(?![^\W\d_])"),
    "m": re.compile(
        r"[ \u00a0\u202f](?:people|persons|voters|viewers|users|visitors|passengers|residents"
        r"|workers|customers|subscribers|households|homes|patients|adults|children|jobs)\b",
        re.IGNORECASE,
    ),
}


def _money_before(text: str, start: int) -> bool:
    return _sign_before(text, start) != ""


def _sign_before(text: str, start: int) -> str:
    """The currency sign before the number at ``start`` ("$2,500m", "€ 3", "Rs 500"), or ""."""
    before = text[start - 1] if start else ""
    if before and before in _BLANKS and start >= 2:
        before = text[start - 2]
    if before and before in _MONEY_SIGNS:
        return before
    if before in ("s", ".") and _RUPEES_BEFORE.search(text, max(0, start - 5), start):
        return "Rs"
    return ""


@lru_cache(maxsize=64)
def _scale_tables(language: str) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """The scale words of a language: full and abbreviated, next to money only, initials.

    The initials are the letters the words start with, in either case.
    """
    try:
        words = scale_words(language)
        abbreviated, money_words = scale_abbreviations(language)  # bn; $2,500m, not 100m
    except ValueSyntaxError:
        return {}, {}, frozenset()
    words.update(abbreviated)
    initials = {word[0] for word in (*words, *money_words)}
    return words, money_words, frozenset({*initials, *(c.upper() for c in initials)})


@lru_cache(maxsize=16384)
def _token_numbers(token: str, language: str) -> tuple[Decimal, ...]:
    """The numbers a run of digits and marks stands for.

    A run the language reads as one number is that number only: ``44,4`` in French is
    not also 44 and 4, so a value of ``4 %`` is not found in "Orange (44,4%)". Other
    runs (``2014 12``, a date ``27.07.2015``, ``1 000`` in English) may be several
    numbers side by side: each piece between marks, and each run of digits, counts.
    """
    whole = _read(token, language)
    if whole is not None:
        return (whole,)
    numbers = []
    for spaced in _SPACES.split(token):
        number = _read(spaced, language)
        if number is not None:  # "3,75" of "3,75 1000000" (text2num's "3,75 millions")
            numbers.append(number)
            continue
        for piece in {*_SEPARATORS.split(spaced), *_NON_DIGITS.split(spaced)}:
            number = _read(piece.strip(), language)
            if number is not None:
                numbers.append(number)
    return tuple(numbers)


def _figure_in_unit(quote: str, language: str, value: Value) -> bool:
    """Tell whether a number written in digits in the quote is in the value's unit."""
    unit_text = units.format_unit(value.quantity.unit)
    spellings = _UNIT_SPELLINGS.get(unit_text, ())
    if value.unit_text:
        spellings = (*spellings, value.unit_text.lower())
    if unit_text:
        spellings = (*spellings, unit_text.lower())
    if not spellings:
        return False
    for match in _NUMBER.finditer(quote):
        if _unit_follows(quote, match.start(), match.end(), language, spellings):
            return True
    return False


def _unit_follows(
    quote: str, start: int, end: int, language: str, spellings: tuple[str, ...]
) -> bool:
    """Tell whether the number ``quote[start:end]`` is written in one of the unit's spellings."""
    if _sign_before(quote, start) in spellings:  # "$12"
        return True
    scale = _scale_after(quote, start, end, language)
    position = end
    if scale is not None:
        connector = _CONNECTOR.match(quote, scale[1])
        position = connector.end() if connector else scale[1]
    after = quote[position : position + 40].lstrip(_BLANKS).lower()
    for spelling in spellings:
        if after.startswith(spelling):
            rest = after[len(spelling) :].removeprefix("s")
            if not spelling[-1:].isalpha() or not rest[:1].isalpha():
                return True
    return False


@lru_cache(maxsize=1024)
def _prefix_factor(unit_text: str) -> tuple[Decimal, str] | None:
    """The factor of the prefixes of a unit and the unit without them, or None if it has none.

    1000 for kEUR, and 10⁶ for M€/an: a salary of ``4,2 M€/an`` is "4,2 M€ par an" or
    "4,2 millions d'euros par an", the amount 4 200 000 euros a year. So for a unit of
    measurement: ``26,3 Mt`` is "26,3 millions de tonnes", ``4,24 Mha`` "4,24 millions
    d'hectares", and ``45 centimes le litre`` "0,45 € le litre".
    """
    try:
        unit = units.parse_unit(unit_text)
    except units.UnitError:
        return None
    ureg = units.registry()
    factor = Decimal(1)
    whole = units.dimensionless()
    for name, exponent in unit._units.items():
        named = ureg.Unit(name)
        if units.is_currency(named):
            root = ureg.get_root_units(named)[1]
        else:
            base = _unprefixed(name)
            root = named if base is None else ureg.Unit(base)
        power = round(float(str(exponent)))
        if root != named:
            factor *= units.conversion(named, root)[0] ** power
        whole *= root**power
    return None if factor == 1 else (factor, units.format_unit(whole))


@lru_cache(maxsize=1024)
def _unprefixed(name: str) -> str | None:
    """The unit without its SI prefix ("metric_ton" for "megametric_ton"), or None."""
    try:
        candidates = units.registry().parse_unit_name(name)
    except Exception:  # pint raises a zoo of types on odd text  # pragma: no cover
        return None
    if len(candidates) != 1 or not candidates[0][0]:
        return None
    return candidates[0][1]


class Written(Protocol):
    """What a quote is written in: a claim, whose language is looked up only when needed."""

    @property
    def language(self) -> str:
        """The language of the quote."""
        ...


def _all_written_in(value: Value, quote: str, claim: Written) -> bool:
    """Tell whether every figure stands in the quote as written, at the value's scale."""
    numbers = value.numbers
    kind = _value_kind(value)
    if len(numbers) == 1:  # most values: no loop
        return _stands_in(numbers[0], 0, value, kind, quote, claim)
    # A loop rather than all() over a generator, which costs more than the one or two
    # figures of a value: this runs for every claim.
    for index, number in enumerate(numbers):
        if not _stands_in(number, index, value, kind, quote, claim):
            return False
    return True


def _stands_in(
    number: str, index: int, value: Value, kind: str | None, quote: str, claim: Written
) -> bool:
    """Tell whether the value's figure ``index`` stands in the quote as written, at its scale.

    As written and alone: not inside a longer number (``4`` of "44,4"), nor beside a group
    of digits that may make one with it (``500`` of "12 500", which the slow path reads).
    At its scale: the scale word after it, if any, makes it the value's amount.
    """
    # str.find and a look at the neighbours, not a regex per figure: with more distinct
    # figures than re's cache holds (512), every search would compile its pattern again.
    # isdecimal() is what \d matches in a str pattern (Unicode category Nd).
    bare = number.lstrip("-−")
    size = len(bare)
    found = quote.find(bare)
    while found >= 0:
        before = quote[found - 1 : found]  # "" at the start
        if (
            not (before.isdecimal() or before in _MARKS)
            and not (before in _BLANK_SET and found >= 2 and quote[found - 2].isdecimal())
            and not _in_a_name(quote, found)
        ):  # not "4" of "44", nor "500" of "12 500", nor "19" of "Covid-19"
            end = found + size
            after = quote[end : end + 1]
            if after in _BLANK_SET or after in _MARKS:
                after = quote[end + 1 : end + 2]
                if after.isdecimal() or after in _VULGAR_SET:  # "12" of "12 500", "7 ½"
                    after = "0"
            if not after.isdecimal() and after not in _VULGAR_SET:  # "7½" is 7.5, no 7
                if after not in _SCALE_INITIALS:
                    # "54 salariés", "44,4 %": no scale word after the number; a unit
                    # of the value's kind, or none, or the day of a date for a bare value
                    if value.figures[index] != value.amounts[index] and not _writes_scale(quote):
                        pass  # "68 F-35 fighters" is no $68bn: no scale word in the quote
                    elif kind is None:
                        return True
                    elif kind == "%" and after == "%":  # most percentages: "13 %", not "$13 %"
                        sign = quote[found - 2 : found - 1] if before in _BLANK_SET else before
                        if sign not in _MONEY_SIGN_SET and not _PERCENT_POINTS.match(
                            quote, quote.index("%", end)
                        ):  # nor "1.3% points"
                            return True
                    elif kind.startswith("unit:"):  # a unit of its dimension, or no day
                        if _money_rate(kind[5:]) is not None:  # "9,99 €/an" for €/mois
                            if _usable(_kind_at(quote, found, end, claim.language, None), kind):
                                return True
                        elif not (
                            after.isalpha()
                            or after in _UNIT_SIGNS
                            or after in _MONEY_SIGN_SET  # "0,2516 €/kWh": no c€/kWh
                            or (after in _HYPHENS and quote[end + 1 : end + 2].isalpha())
                        ):  # most: no unit
                            if size > 2 or not _is_day(quote, found, end, claim.language):
                                return True
                        elif _usable(_kind_at(quote, found, end, claim.language, None), kind):
                            return True
                    elif _usable(_kind_at(quote, found, end, claim.language, None), kind):
                        return True
                else:
                    scale = _scale_after(quote, found, end, claim.language)
                    if scale is None and _unread_scale_after(quote, end, claim.language):
                        pass  # "7.4 milliard" in English: no figure at a scale not known
                    elif (
                        scale is None
                        or value.figures[index].scaleb(scale[0], _EXACT) == value.amounts[index]
                    ) and (
                        kind is None
                        or _usable(_kind_at(quote, found, end, claim.language, scale), kind)
                    ):
                        return True
        found = quote.find(bare, found + 1)
    return False


def _in_a_name(text: str, start: int) -> bool:
    """Tell whether the digits at ``start`` are part of a name, a code or a week number.

    Glued to letters before them ("H5N1", "S48", "A320", "COP28"), after a hyphen glued
    to a word ("Covid-19", "SARS-CoV-2", "GLP-1", "F-35"), or after "semaine", "week":
    no figure of a value. Not a currency code or "Rs" before a figure ("EUR500"), the
    "x" of a multiple ("x2"), nor a word of an age or a period ("under-25s", "mid-2020s",
    "top-10").
    """
    before = text[start - 1 : start]
    if not before or before.isdecimal():  # most numbers: a blank or a sign before them
        return False
    if before.isalpha():
        letters = _LETTERS_GLUED.search(text, max(0, start - 12), start)
        word = letters.group() if letters is not None else before
        return word not in _GLUED_NOT_NAMES and word.upper() not in units.CURRENCY_CODES
    if before in _HYPHENS:
        named = _LETTERS_GLUED.search(text, max(0, start - 13), start - 1)
        return named is not None and named.group().lower() not in _HYPHENATED_NOT_NAMES
    if before in _BLANK_SET:
        return _WEEK_BEFORE.search(text, max(0, start - 10), start) is not None
    return False


#: The letters right before a number (read back to the start of the word).
_LETTERS_GLUED = re.compile(r"[^\W\d_]+$")
#: Letters glued to a figure that do not make a name: the rupee, a multiple.
_GLUED_NOT_NAMES = frozenset({"Rs", "x", "X"})
#: Words before a hyphen and a figure that qualify the figure: an age, a period, a rank.
_HYPHENATED_NOT_NAMES = frozenset({
    "under", "over", "mid", "pre", "post", "top", "mi", "fin", "début", "early", "late",
    "sub", "moins", "plus",
})  # fmt: skip
#: "semaine 48", "week 48", "sem. 48", "wk 48": a week number, not a figure.
_WEEK_BEFORE = re.compile(r"(?<![^\W\d_])(?:semaine|week|sem\.|wk)[ \u00a0\u202f]$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _writes_scale(quote: str) -> bool:
    """Tell whether the quote writes a scale word anywhere, in any language read.

    "de 1,2 à 1,5 milliard", "18 millions de personnes … dont 9", "$2,500m", "3 M€": a
    number without its own scale word may then be a value's figure as written. A quote
    without any ("including 68 F-35 fighters") writes no figure of a value with a scale.
    """
    return _SCALE_ANYWHERE.search(quote) is not None


#: A scale word anywhere in a quote, as any language read writes it: the value reader's
#: words and abbreviations, text2num's in the other languages, and an "m" or "k" glued to
#: a figure or a currency ("$2,500m", "150k", "3 M€", "12 k€").
_SCALE_ANYWHERE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted(known_scale_words(abbreviated=True), key=len, reverse=True))
    + r"|thousands|milliers?|millones|mill[oó]n|milhões|milh[aã]o|bilhões|bilh[aã]o"
    r"|millionen|milliarden?|milioni|miliardi?|miljoen(?:en)?|miljard(?:en)?|mia)"
    r"(?![^\W\d_])"
    rf"|\d[ \u00a0\u202f]?[kKmM](?![^\W\d_])|[kKmM][{units.SIGN_CHARACTERS}]",
    re.IGNORECASE,
)


_MARKS = frozenset(".,")
#: Vulgar fractions glued to a figure ("7½ years"): part of it, as values.with_decimals reads.
_VULGAR_SET = frozenset("½¼¾")
_VULGAR_GLUED = re.compile(r"(?<![\d.,])(\d+)[ \u00a0]?[½¼¾]")
_MONEY_SIGN_SET = frozenset(_MONEY_SIGNS)
_BLANK_SET = frozenset(_BLANKS)
#: The letters every scale word of every language starts with (tests check the tables).
_SCALE_INITIALS = frozenset("tmbkclTMBKCL")


#: A unit right after a figure: a word ("kg", "MW", "mois", "km/h"), or a sign ("°C").
_UNIT_WORD = re.compile(
    r"[ \u00a0\u202f]?((?:°|µ)?[^\W\d_]+[23]?(?:/[^\W\d_]+[23]?)?)(?![^\W_])"
    r"(?![-\u2011][^\W\d_])"
)
_UNIT_SIGNS = frozenset("°µ")
#: An area a measure is per, in words after its unit: "62 quintaux à l'hectare", "par
#: hectare", "7.7 tonnes an acre".
_PER_AREA = re.compile(
    r"[ \u00a0\u202f]+(?:à[ \u00a0\u202f]+l['’]|l['’]|par[ \u00a0\u202f]+|per[ \u00a0\u202f]+"
    r"|an?[ \u00a0\u202f]+)(hectare|ha|acre)s?(?![^\W_])",
    re.IGNORECASE,
)
#: Words pint reads as a unit that are words of the prose after a figure: "12 in 2020"
#: (inches), "10 at" (atmospheres), "du 12 au 15" (astronomical units), ordinals ("12th"
#: is thou), "12 has" (hectares), "12 league games" (leagues). Never a figure's unit.
_PROSE_WORDS = frozenset({
    "a", "as", "at", "au", "in", "is", "de", "du", "da", "des", "et", "en", "ne",
    "st", "nd", "rd", "th", "er", "re", "has", "are", "league", "leagues", "hand", "hands",
    "link", "links", "chain", "chains", "pole", "poles", "span", "rod", "rods", "drop",
    "drops", "shot", "shots", "turn", "turns", "cycle", "cycles", "count", "bar", "bars",
    "point", "points", "c", "e", "b", "M", "d",
})  # fmt: skip
#: French words for durations that units.parse_unit reads and pint does not know.
_DURATION_WORDS = frozenset(units.FRENCH_TIME)


@lru_cache(maxsize=8192)
def _quote_unit(word: str) -> pint.Unit | None:
    """The unit of measurement a word written after a figure names, or None.

    A unit pint knows, written as its symbol ("MW", "kg", "km/h") or its name ("hours",
    "tonnes", "kilometres"), or a French duration ("18 mois"); not a percentage, points or
    money (read as kinds of their own), nor a prose word pint happens to read ("in", "au",
    "12th"), nor a symbol with a prefix in words ("kilos" is no kilosecond). Cached by
    the word: a quote's words after figures are few, and a quote is read once.
    """
    if _SCIENCE_UNIT_RE.fullmatch(word):  # "light-years", "AU", "dB": read as the value reader does
        try:
            return units.parse_unit(word)
        except units.UnitError:  # a unit it refuses is no figure's unit to compare
            return None
    if word in _PROSE_WORDS or word.lower() in _PROSE_WORDS:
        return None
    # a rate ("kb/j", "Mb/d", "m3/j") is the value reader's, whose pieces alone may be none
    if "/" not in word and not _pieces_read(word):
        return None
    try:
        unit = units.parse_unit(word)
    except units.UnitError:
        return None
    if (
        (not unit.dimensionality and not _is_information(unit))
        or units.is_percent(unit)
        or units.is_points(unit)
        or units.currency_code(unit) is not None
    ):
        return None
    return unit


def _pieces_read(word: str) -> bool:
    """Tell whether each piece of a word is a unit pint names, or the value reader reads."""
    ureg = units.registry()
    for piece in word.split("/"):
        if piece.lower() in _DURATION_WORDS:
            continue
        try:
            candidates = ureg.parse_unit_name(piece.lstrip("°µ") if len(piece) > 1 else piece)
        except Exception:  # pint raises a zoo of types on odd text
            return False
        if not candidates:  # no name of pint's: a name the value reader knows ("secondes")?
            if len(piece) < 2 or not _read_as_unit(piece):
                return False
        elif not any(_written_whole(piece, *c) for c in candidates):
            return False
    return True


def _read_as_unit(piece: str) -> bool:
    """Tell whether the value reader reads a word pint does not name as a unit.

    Its names of units in words and its symbols ("secondes", "kilomètres", "octets", and
    the French byte units as the reader takes them): a desk's quote writes them as its
    values do.
    """
    try:
        units.parse_unit(piece)
    except units.UnitError:
        return False
    return True


def _is_information(unit: pint.Unit) -> bool:
    """Tell whether a unit counts information: bits and bytes ("MB", "Go", "GiB").

    pint counts them as no dimension, as percentages or ratios are: their root is the bit.
    """
    return bool(unit._units) and units.registry().get_root_units(unit)[1] == _BIT


_BIT = units.registry().Unit("bit")


def _written_whole(piece: str, prefix: str, name: str, suffix: str) -> bool:
    """Tell whether a word is a unit with its prefix written alike: "MW", "megawatts".

    Not "kilos" (the prefix kilo in words, then the second's symbol), nor "cats" (centi-
    technical atmospheres): a prefix written as a symbol goes with a symbol, one written
    in full with a name of three letters or more.
    """
    if not prefix:
        return True
    if piece.lower().startswith(prefix):
        return len(piece) - len(prefix) >= 3
    try:
        return piece == units.format_unit(units.parse_unit(piece))
    except units.UnitError:  # pragma: no cover - pint named it a unit
        return False


@lru_cache(maxsize=1024)
def _is_level(written: str) -> bool:
    """Tell whether a unit the quote writes is a logarithmic level ("dB")."""
    quoted = _quote_unit(written)
    return quoted is not None and units.is_level(quoted)


@lru_cache(maxsize=4096)
def _measured_as(written: str, unit_text: str) -> bool | None:
    """Tell whether a unit the quote writes is the value's unit, another of its dimension.

    True for the same unit ("tonnes" and "t"), False for another of the same dimension
    ("MW" for GW, "mois" for year), None for a word of another dimension or no unit.
    """
    quoted = _quote_unit(written)
    if quoted is None:
        return None
    try:
        unit = units.parse_unit(unit_text)
    except units.UnitError:
        return None
    if unit == quoted:
        return True
    if _per_time(unit, quoted):  # "400 kb/j" is no 400 kb, "3 MW" no 3 MWh
        return False
    if unit.dimensionality != quoted.dimensionality or (
        not unit.dimensionality and not (_is_information(unit) and _is_information(quoted))
    ):  # "150 MB" is bytes, as "150 GB" is; a count or a ratio of no dimension is not
        return None
    try:
        units.conversion(unit, quoted)
    except Exception:  # pint: a difference of °C is no temperature in °C
        return None
    return False


def _is_rate(unit: pint.Unit) -> bool:
    """Tell whether a unit is per a time already: "bpd" (barrels a day), "km/h"."""
    ureg = units.registry()
    return any(
        exponent.real < 0 and ureg.Unit(name).dimensionality == _TIME
        for name, exponent in unit._units.items()
    )


def _per_time(unit: pint.Unit, quoted: pint.Unit) -> bool:
    """Tell whether the quote's unit is the value's per a time: a rate of its amount.

    A figure written as a rate ("2,2 millions de barils par jour", "400 kb/j", "3 MW")
    is never the figure of the amount (``2,2 million barrel``, ``3 MWh``). Not the
    reverse: a quote may leave out a period its value writes ("50 Mt" of ``50 Mt/an``),
    as it may after money.
    """
    if not unit.dimensionality or not quoted.dimensionality:
        return False  # a count, a ratio, bytes: no rate of a measure
    return bool(unit.dimensionality / quoted.dimensionality == _TIME)


@lru_cache(maxsize=16384)
def _read(piece: str, language: str) -> Decimal | None:
    if not piece:
        return None
    try:
        return read_number(piece, language)
    except ValueSyntaxError:  # "3.228" in French: Les Échos' 3 228, never 3,228
        return _thousands_point(piece, language)


#: A whole number grouped by three with points, and maybe its decimals after a comma:
#: "3.228", "83.823", "1.234.567", "3.228,5", as some titles of comma-decimal languages
#: print thousands (Les Échos' "3.228 milliards d'euros").
_THOUSANDS_POINT = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")


def _thousands_point(piece: str, language: str) -> Decimal | None:
    """The number a run of digits grouped by points stands for, in a comma-decimal language.

    "3.228" is 3 228 in a French quote (the value reader refuses it in a value: one, or a
    thousand?): a comma-decimal language never writes its decimals with a point and three
    digits. None for anything else, and in a language whose decimal mark is the point.
    """
    if "." not in piece or not _THOUSANDS_POINT.fullmatch(piece) or not _comma_decimal(language):
        return None
    return Decimal(piece.replace(".", "").replace(",", "."))


@lru_cache(maxsize=64)
def _comma_decimal(language: str) -> bool:
    """Tell whether the language writes its decimals with a comma (French, Italian...)."""
    try:
        return read_number("1,5", language) == Decimal("1.5")
    except ValueSyntaxError:  # pragma: no cover - every language reads 1,5 one way
        return False


def _thousands_points(quote: str, language: str) -> list[tuple[str, Decimal]]:
    """The numbers a quote writes with a thousands point, as written and as read.

    "3.228" and 3228 in a French quote; none in a language that reads the point otherwise.
    """
    if "." not in quote or not _comma_decimal(language):
        return []
    found = []
    for match in _NUMBER.finditer(quote):
        token = match.group()
        number = _thousands_point(token, language)
        if number is not None and not _reads_as_number(token, language):
            found.append((token, number))
    return found


def _reads_as_number(token: str, language: str) -> bool:
    """Tell whether the value reader reads the token (Italian "3.228"), not refuses it."""
    try:
        read_number(token, language)
    except ValueSyntaxError:
        return False
    return True


def _thousands_point_hint(number: str, figure: Decimal, quote: str, language: str) -> str | None:
    """How the quote writes a figure with a thousands point, for a value that misreads it.

    ``3,228 milliards EUR`` for "3.228 milliards d'euros": the figure has the digits of a
    number the quote groups by points, which is the whole number 3 228 there.
    """
    digits = _NON_DIGITS.sub("", format(abs(figure), "f")).lstrip("0")
    for token, whole in _thousands_points(quote, language):
        if _NON_DIGITS.sub("", token) == digits and whole != abs(figure):
            grouped = re.sub(f"[{_BLANKS}]", " ", format_decimal(whole, language))
            return (
                f"{token} with a point between thousands, as some {_language_name(language)}"
                f" titles print them: {grouped}, never {number.lstrip('+-−')}"
            )
    return None
