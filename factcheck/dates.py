"""Dates and periods as journalists write them, read in the source's language.

A date keeps its granularity: ``juillet 2015`` is the whole month, not its first midnight.
Text without a year resolves against the source's ``published`` date: a day and month
(``lundi 27 juillet``) in the year that puts it nearest publication (``30 décembre`` in an
article of 3 January 2025 is 30 December 2024; ``15 décembre`` in one of 1 December 2024
is this December), a month, quarter, half or season alone (``en mars``) in the latest year
where it does not start after publication. A range whose ends write no year is one span,
from the start to the first such end after it: in the year where it holds publication
(``from 31 March to 26 October`` in an article of 1 October 2025 is 2025's), else the
nearest (of days) or the latest that starts on or before publication (of months,
seasons, quarters, as ``en mars``); a forecast's is the first that does not end before
publication, one after since the latest that does not start after it. A range whose end
alone writes a year carries it across New Year (``du 30 décembre au 2 janvier 2025``
starts in 2024; ``de novembre à janvier`` ends in the year after November).

Supported forms (fr / en; the code forms Q1, H1 and the ISO, year and range forms work in
every language, month and weekday names come from babel's locale data):

=================================================  ===========================  ===========
written                                            period                       granularity
=================================================  ===========================  ===========
2015-07-27, 27/07/2015 and 27/07 (fr, day first),  the day                      day
07/27/2015 (en, en_US: month first; en_GB, en_AU,
en_IN...: day first, as babel's locale pattern),
27 juillet 2015, 1er juil. 2015, July 27, 2015,
27 July 2015, lundi 27 juillet, Monday, July 27
semaine du 20 juillet 2015 (or du mercredi 22     Monday to Sunday around      week
juillet 2015)                                      the day
week of July 20, 2015, the week of Sunday, Nov. 3  the seven days from the day  week
the week ending Nov. 8, week ending 8 November,    the seven days to the day    week
the week to 8 November, w/e 8 Nov, la semaine se
terminant le 8 novembre, les sept jours au 8
novembre
en début de semaine / en fin de semaine [dernière  Monday to Wednesday /        range
/ prochaine]                                       Thursday to Sunday of the
                                                   publication's week (or the
                                                   one before, after)
juillet 2015, sept. 2015, 2015-07, July 2015,      the month                    month
mars, en mars (no year: see above)
T1 2015, Q1 2015, 1er/premier trimestre 2015,      the quarter                  quarter
first quarter of 2015, 2015-Q1, 1T 2015, 3T2015
(fr), 3Q 2015 (the letter after the number)
S1 2015, H1 2015, premier semestre 2015,           January-June / July-Dec.     half
first half of 2015, 1S 2015 (fr), 1H 2015
9M 2025, 9 mois 2025, les neuf premiers mois de    January to the n-th month    range (1,
2025 (de l'année: the publication's), the first                                 3, 6, 12:
nine months of 2025                                                             month,
                                                                                quarter,
                                                                                half, year)
à fin juin 2025, à fin 2024, at end-June 2025,     the last day: a closing      day
at end-2024                                        date (fin juin alone is
                                                   days 21-30)
début 2015, début-2015, early 2015, beginning of   January-March                part
2015, start-2015
mi-2016, mid-2016                                  May-August                   part
fin 2014, fin-2014, late 2014, end of 2014,        October-December             part
end-2014
début / mi- / fin juillet 2015, early / mid- /     days 1-10 / 11-20 / 21-end   part
late July 2015
printemps, été, automne 2015; spring, summer,      March-May / June-August /    part
autumn, fall 2015                                  September-November
2014, l'an dernier, cette année, last year         the year                     year
January last year, in March this year, 3 January   as with the year written     as written
this year, between October and December last      (last year: the year before
year, the summer of last year, janvier l'an        publication's)
dernier, le 3 janvier de cette année
mardi dernier, last Tuesday, this past Tuesday /   the latest such day before   day
mardi prochain, next Tuesday, this coming Tuesday  publication / the earliest
/ ce mardi / this Tuesday; le 30 juin dernier,     after it / the nearest (at
last June 30 / le 3 juin prochain                  most 3 days away) / that
                                                   day of its week (Monday to
                                                   Sunday)
mardi soir, samedi après-midi, le 14 juillet au    the day, as written alone    day
soir, au soir du 14 juillet, dans la soirée de     ("mardi": the latest on or
mardi, mardi à 23 h, ce soir, hier soir, Tuesday   before publication); ce
night, late Tuesday, overnight Saturday, in the    soir, this morning: the
early hours of Saturday, Tuesday at 11 p.m.,       publication day
between 1am and 3am on Sunday 2 February, vers 0
h 40 le dimanche 2 février
dans la nuit de samedi à dimanche, dans la nuit    the two days (Saturday as    range
du 3 au 4 mai, overnight Saturday into Sunday,     written alone, and the day
Saturday night into Sunday, the night of May 3-4   after)
Saturday and Sunday, samedi et dimanche, between   the two days, as a night's   range
6 p.m. Saturday and 6 a.m. Sunday, entre samedi    (entre, between: the days
et lundi (a time on either side dropped)           from the first to the second)
de samedi 18 h à lundi 6 h, from Saturday to       the window nearest           range
Monday, from 6am Thursday until 6pm Friday         publication (as near: which?)
à partir de jeudi, dès jeudi, from Thursday        the first on or after        day
                                                   publication: a window opens
Saturday 8 Nov. 2025 until midnight, jusqu'à       the day (time_of_day: 24:00, day
minuit, à 24 h; at midnight, à minuit alone        its end); alone: which day?
                                                   refused
in the 24 hours to 9am on Sunday, the 48 hours     the days the hours run over  range
to noon on 9 March, les 24 heures jusqu'à 9 h      (9am Saturday to 9am
dimanche                                           Sunday: the two days)
le week-end dernier, last weekend                  the Saturday and Sunday      range
                                                   before publication
this weekend                                       the Saturday and Sunday of   range
                                                   the publication's week
at the weekend, over the weekend, the weekend,     the Saturday and Sunday      range
pendant le week-end, le week-end / ce week-end     just before a Monday's or
                                                   Tuesday's paper, of a
                                                   Saturday's or Sunday's, the
                                                   coming one in a forecast /
                                                   of a weekend's paper, the
                                                   coming one in a forecast
Sunday's final, Saturday's game, yesterday's       the day as it reads alone    day
match (en)
jusqu'au 12 juillet, jusqu'à fin juin, jusqu'en    the end as written alone     as written
2026, until 12 July, till Friday                   (after au: the nearest)
la rentrée 2025, la rentrée scolaire 2025          1-10 September 2025          part
mardi et mercredi derniers, last Tuesday and       the second day as last       range
Wednesday / lundi et mardi prochains, next         <weekday> reads it, from the
Monday and Tuesday                                 first before it / the first
                                                   as next <weekday>, to the
                                                   second after it
juin dernier, en juin dernier, last June /         the latest such month        month
juin prochain, next June                           before the publication's
                                                   month / the earliest after
l'été dernier, au printemps dernier, last summer   the latest such season that  part
/ l'hiver prochain, next winter (winter: December  ended before publication /
to February); cet été, ce printemps, this summer   the earliest that starts
                                                   after it; the publication
                                                   year's
en début d'année / à la fin de l'année, en fin     as début / fin of the        part
d'année, fin de l'année dernière, the end of the   publication's year (or the
year                                               year before, after)
plus tôt cette année, earlier this year / plus     1 January to publication /   range
tard cette année, later this year; depuis le       publication to 31 December
début de l'année, since the start of the year,
year to date, YTD, so far this year
plus tôt ce mois-ci, earlier this month / plus     the 1st to publication /     range
tard ce mois-ci, later this month                  publication to the last day
plus tôt cette semaine, earlier this week / plus   Monday to publication /      range
tard cette semaine, later this week                publication to Sunday
2014-2015, 2014 à 2015, de 2014 à 2015, entre      first start to last end      range
2014 et 2015, d'octobre 2024 à septembre 2025,
from 2014 to 2015, between 2014
and 2015, mars – juin 2015, du 3 au 5 mars 2015,
4-5 March, March 4-5, March 4–5, 2025, 2014/15,
2014-15 (consecutive years; 2011-12 is December
2011, ISO first), the 2024-25 flu season, the
2017-18 winter, la saison grippale 2024-2025
l'année scolaire 2024-2025, the 2024-25 school     September 2024 to August     range
year, the 2024/25 academic year, l'année           2025 (from the rentrée)
universitaire 2024-2025
la saison 2024-2025, the 2024-25 season            July 2024 to June 2025 (the  range
                                                   sporting year)
Jan. 13 and 14, 13 & 14 January, les 13 et 14     the first day to the second  range
janvier (two days of one month; March 4 and 25:  (the days between included)
the 4th to the 25th)
2024/25, 2024/5, 2024/2025, financial year        both calendar years; with    range
2024/25, winter 2024/25; FY2025, Q3 2024/25        financial_year_start, that
(these two refused without financial_year_start)   financial year (FY2025: the
                                                   one ending in 2025), quarter
2030-35, 2022-24                                   the years                    range
the year to March 2025, the 12 months to Sept.     the months or weeks ending   range
2024, the four weeks to 2 March, the fortnight to  with the month or day (a
2 March, la quinzaine au 2 mars, the quarter to    fortnight: two weeks; a
December, le trimestre à fin décembre, the         quarter: three months; a
half-year to June                                  half-year: six)
the first week of March, la première semaine de    the first seven days         week,
mars, the last week of March, the first two weeks  (1-7 March), the last seven  range
of March, the first fortnight of March, la         (25-31), 14 (1-14); the
première / seconde quinzaine de mars               1st-15th / 16th-end; the
                                                   month as alone
le 12, le 1er, mardi 18, the 16th, Sunday the      that day of the publication  day
16th                                               month, or the month before
                                                   when after publication
                                                   (ahead: the next on or after)
this decade, this century, this quarter, cette     the decade (2020-2029), the  range,
décennie, ce siècle, ce trimestre                  century (2001-2100), the     quarter
                                                   quarter holding publication
the early / mid / late 2020s, le début / le       2020-23 / 2023-26 / 2026-29  range
milieu / la fin des années 2020
the 19th century, the nineteenth century, le XIXe  1801-1900 (the Nth: (N-1)     range
siècle, au 19e siècle                              *100+1 to N*100)
the early / mid- / late 19th century, le début /   1801-34 / 1834-67 /          range
le milieu / la fin du XIXe siècle                  1867-1900 (as a decade's)
vers 1750, c. 1750, c1750, circa 1750, ca. 1750,   1745-1755: five years each   range
v. 1750, about 1750, aux alentours de 1750, about  side (CCO's ca.); a decade
the 1960s                                          too (1955-1974)
born in 1938, b. 1938, né en 1938, née le 3 mars   as without the event word    as written
1938, died in 2025, mort en 2025
w/c 10 March, week commencing / beginning 10 March the seven days from the day  week
samedi (21 h), le 10 décembre (20 h 45)            the date: a time in brackets as the date
                                                   is dropped
Sunday 9 March, 0845 GMT, 0845 GMT on Sunday,      the date: a time and its     as the date
March 9 at 1430 UTC, Sunday at 3am local time,     zone are dropped (four
samedi à 23 h GMT, dimanche (1 h GMT), à 3 h       figures before a zone are a
(heure locale), à 23 h (heure de Paris), à 3       time, never a year)
heures du matin
Christmas Day, Boxing Day, New Year's Day, Noël,   the feast's day (or days:     day, range
la Toussaint, l'Assomption; Easter Monday, Good    Easter weekend is Good
Friday, the Easter weekend, Whit Monday, lundi de  Friday to Easter Monday, le
Pâques, l'Ascension, la Pentecôte, le week-end de  week-end de Pâques Saturday
Pâques (Easter: dateutil's)                        to Monday), nearest
                                                   publication without a year
les 12 mois à fin septembre 2025, sur douze mois   October 2024 to September    range
à fin septembre 2025, sur un an à fin septembre    2025 (as the year to
2025, les 12 mois au 30 septembre 2025             September 2025)
le trimestre dernier / prochain, le semestre       the quarter (half) before    quarter,
dernier                                            or after publication's       half
the quarter ended June 30, 2025, the six months    the months to the day: to a  range
ended June 30, le trimestre clos le 30 juin 2025,  month's last day whole
les six mois clos fin juin 2025, the fiscal year   months (April-June), else
ended June 30, 2025, l'exercice clos le 30         from the day after the same
septembre 2025                                     day the months before
the June quarter, the June quarter of 2025, the    the three months to the      range
June 2025 quarter                                  month (April-June)
calendar 2024, calendar year 2024, CY2024, Q3      the year (its quarter)       year,
CY2024                                                                          quarter
troisième trimestre de son exercice 2024-2025, T3  as T3 2024/25, Q3 FY2025     range
de l'exercice 2024-2025, the third quarter of      (financial_year_start set)
fiscal 2025, fiscal Q3 2025
the 1990s, the '90s, (dans les) années 1990,       1990-01-01 to 1999-12-31     range
années 90, the Nineties, les années
quatre-vingt-dix (two digits or words: the latest
such decade not after publication; the 2000s,
années 1900)
in six months, in 10 years, within two years,      the period reached from      as dateparser
d'ici deux ans, dans deux semaines, à l'horizon    publication (d'ici deux ans  (day, week,
de cinq ans                                        in 2024: the year 2026)      month, year)
anything else dateparser reads (hier, le mois      as dateparser's period       day, week,
dernier, 27 juillet 2015 à 10h, ...)                                            month, year
=================================================  ===========================  ===========

Lead words are dropped (fr: en, le before a day, depuis, dès, courant, pendant, au,
au cours de, au mois de, à partir de, à compter de, jusqu'au, jusqu'à, jusqu'en,
à l'horizon, d'ici, the event words né, née, mort, décédé, and the hedges vers, aux
alentours de, autour de, v., c., circa; en: in, on, since, by, during, as of, until,
till, from where it begins no range, the event words born, b., died, and the hedges
about, around, on or about, on or around, c., ca., circa): so ``depuis 2014`` is 2014,
``on or about 5 June 2022`` (an indictment's wording) 5 June 2022, as ``about 12.40am
on Sunday`` is Sunday, ``d'ici 2020`` and ``by 2020`` the year 2020, ``né en 1938``
1938. But a hedged year is not that year: ``vers 1750`` and ``c. 1750`` are 1745 to
1755, five years each side, as CCO (Cataloging Cultural Objects) indexes "ca. 1610"
(1605-1615), so that "né vers 1750, mort en 1821 à 72 ans" is no age error; a hedged
decade too (``about the 1960s``: 1955-1974); a hedged year not written in figures
("about last year", "vers les années 60") is refused, saying to write the years. After
since and depuis, a day without a year is the latest one on or before publication, not
the nearest: ``depuis le 1er janvier`` in an article of November 2025 is 1 January 2025
(the nearest is 2026's).
After au, dès, à partir de, à compter de, jusqu'au, as of, until and from, it is the
nearest, as alone (an end is the day it ends, not the span to it):
``au 1er février`` in an article of 15 January 2025 is the coming one, as ``le 1er
février`` is (it was read "as of" last year's 1 February, a decided rate change misdated
in silence), and a fact so dated is reported as after publication, with the year to
write if the past one is meant. ``depuis le début de
l'année`` and ``since the start of the year`` are the year to date, 1 January to
publication, as ``earlier this year``; ``depuis janvier`` stays January. But a duration
after in, within, d'ici, dans or à l'horizon de is read forward from publication, as the
period it reaches (``in six months`` in November 2024 is May 2025, ``d'ici deux ans`` the
year 2026, as ``d'ici 2026`` is), never as the past; one that cannot be read forward
(``in a few years``, ``d'ici deux à trois ans``) is refused. A weekday before
a date is dropped too: it is checked by a rule (`find_weekday_dates`), not here, so
``mardi 27 juillet`` 2015 is the Monday. Without a year, it tells the year: of the
latest such day on or before publication and the earliest on or after it, the one where
the weekday written is right (``Sunday 14 December`` in an article of 12 June 2025 is
14 December 2025, though 14 December 2024, a Saturday, is nearer; ``from Sunday 2
March`` in one of Thursday 27 February 2025 is 2 March 2025); a weekday right in neither
leaves the nearest, which the rule reports, and a forecast's day stays the next one. So
does a day near publication, at most a month before it or a week after: ``dimanche 14
mars`` in an article of Monday 16 March 2026 is 14 March 2026, a Saturday (the rule reports
the weekday), not 14 March 2027, a Sunday: a fact two days old is not next year's (a
weekday a day off is right a year later). Only a week after: a year's review of late
December writes the past January's days.
Weekdays are babel's names and abbreviations, and ``Tues``, ``Weds``, ``Thur``,
``Thurs``.

A forecast's or a target's date is read with ``ahead``: what would be the latest or the
nearest such one without a year is then the first that does not end before publication.
In an article of Monday 25 November 2024, ``Tuesday`` is the 26th (not the 19th), ``1er
décembre`` 1 December 2024 (in one of 10 January 2026, 1 December 2026), ``early
December``, ``T1``, ``l'été``, ``9M`` the next ones (``début novembre``: November 2025);
a bare weekday is the publication day itself on that day. After since and depuis, dates
are the past ones even so; ``dès le 1er janvier`` and ``from Jan. 1`` are the next.

A month, weekday, season or weekend named with dernier / prochain / last / next is
counted from publication, here an article of Monday 27 July 2015: ``juin dernier`` is
June 2015 but ``juillet dernier`` July 2014 (the publication's own month is neither the
last nor the next), ``juillet prochain`` July 2016; ``mardi dernier`` is 21 July,
``lundi dernier`` 20 July and ``lundi prochain`` 3 August (never the publication day);
``ce lundi`` is the publication day and ``ce dimanche`` 26 July, the nearest Sunday (French
papers write "les électeurs se sont rendus aux urnes ce dimanche" on Monday; ``ce jeudi``
is 30 July, ``ce vendredi`` 24 July: the nearest is at most three days away); ``le week-end
dernier`` is 25-26 July (in an article of a Saturday or Sunday, the weekend before);
``l'été dernier`` is the summer of 2014 (that of 2015 is not over), ``l'hiver
prochain`` December 2015 to February 2016, and ``cet été`` or ``this summer`` the
summer of 2015 whether it is to come or over (``été`` alone, as ``en mars``, is the
latest that started). A day so named (``le 30 juin dernier``, ``last June 30``) is the
latest such day before publication, or the earliest after it (``le 3 juin prochain``),
never the publication day. ``last Tuesday`` and ``next Tuesday`` keep
dateparser's reading, which is this one, but that ``last Thursday`` and ``jeudi dernier``
in a Friday's paper (and two weekdays so, whose second is yesterday) are refused:
yesterday, or the week before? British copy writes yesterday "on Thursday". So read
``this past Tuesday`` and ``this coming Tuesday`` (yesterday too); ``this Tuesday`` is
the Tuesday of the publication's week (dateparser
read the first one on or after publication): ``this Sunday`` in an article of a Monday
is the coming one, as English means it, not the day before, which English writes ``this
past Sunday`` or ``on Sunday``. In a forecast (`ahead`), ``ce dimanche`` and ``this
Sunday`` are the first on or after publication. ``earlier
this year`` includes the publication day, as ``later this year`` does, and so do the
month's and the week's. Two weekdays (``mardi et mercredi derniers``, ``last Tuesday
and Wednesday``) are two days in the order written: the second as ``last Wednesday``
reads it and the first the latest before it, so that in an article of Wednesday 29 July
2015 they are 21-22 July (not Tuesday 28, the day before, and Wednesday 22); ``next
Tuesday and Wednesday`` starts as ``next Tuesday`` reads it. ``en début de semaine`` is
Monday to Wednesday of the publication's week and ``en fin de semaine`` Thursday to
Sunday (so that it holds the weekend of Canada's "fin de semaine"), whether to come or
past. ``la semaine du 3 novembre`` is Monday to Sunday around the day (French weeks
start on Monday), ``the week of Sunday, Nov. 3`` the seven days from it (a US week starts
on Sunday), ``the week ending Nov. 8`` and ``w/e 8 Nov`` the seven days to it. ``à fin
juin 2025``, as results write a stock at a closing date, is 30 June 2025 and ``à fin
2024`` 31 December 2024, so ``at end-June`` and ``at end-2024``; ``fin juin``, ``à la fin
juin``, ``end-June`` and ``the end of June`` stay the days 21 to 30. The days of one
month written once (``4-5 March``, ``March 4-5``) are in one year, that of the second as
written alone, and in order (``5-4 March`` is an error).

A part of a day is that day: ``mardi soir``, ``samedi après-midi``, ``mardi en fin de
journée``, ``le 14 juillet au soir``, ``au soir du 14 juillet``, ``Tuesday night``,
``late Tuesday``, ``in the early hours of Saturday`` and ``overnight Saturday`` are the
day written, read as it reads alone (``mardi`` in a fact is the latest Tuesday on or
before publication, in a forecast the next one), and a time after a day is dropped
(``mardi à 23 h``, ``9 décembre à 23 h 30``, ``yesterday at 11 p.m.``: dateparser read
"mardi à 23 h" as the 23rd), so is one before it or two (``between 1am and 3am on Sunday
2 February``: it names one day, not two dates); ``ce soir``, ``ce matin``, ``this
morning`` are the publication day, ``hier soir`` the day before. A night over two days
is those two days: ``dans la nuit de samedi à dimanche`` is the Saturday (as ``samedi``
reads) and the Sunday after, ``dans la nuit du 3 au 4 mai`` and ``the night of May 3-4``
3-4 May, ``overnight Saturday into Sunday`` and ``Saturday night into Sunday`` the
Saturday and Sunday. So are two weekdays in a row, joined (``Saturday and Sunday``,
``samedi et dimanche``, ``from Saturday to Sunday``) or each with its time (``between 6
p.m. Saturday and 6 a.m. Sunday``, ``de samedi 18 h à dimanche 6 h``); two others
("Monday and Wednesday") are two dates, refused. The hours to a time of a day (``in the
24 hours to 9am on Sunday``, the Met Office's rainfall) are the days they run over, 9am
Saturday to 9am Sunday the Saturday and the Sunday; without the hour, or to midnight
(which ends one day and starts the next), refused saying what to write.

A live blog's times read as their day: ``samedi 14 h 32`` and ``14 mars, 14 h 32`` (a
time after its day without a lead word) as ``samedi à 14 h 32``; ``en début
d'après-midi``, ``dans l'après-midi``, ``à la mi-journée``, ``earlier today`` the
publication day, as ``ce matin``; ``last night`` the day before, as ``hier soir``; a count
of minutes or hours back under a day (``il y a 40 minutes``, ``il y a 2 heures``, ``two
hours ago``) the publication day (dateparser counted back from its midnight: the day
before), one of a day or more refused (which day it reaches depends on the hour). The
time a text writes is read by ``time_of_day`` (for ``hours(a, b)`` and ``order`` checks),
from the same patterns that drop it here.

A time's zone is dropped with the time, as wire copy writes it: ``Sunday 9 March, 0845
GMT``, ``0845 GMT on Sunday``, ``March 9 at 1430 UTC``, ``Sunday at 3am local time``,
``samedi à 23 h GMT``, ``dimanche (1 h GMT)``, ``à 3 h (heure locale)``, ``à 23 h (heure
de Paris)``, and ``à 3 heures du matin`` are the day (dateparser read "0845 GMT on
Sunday" as the year 845, "March 9 at 1430 GMT" as 9 March 1430, "samedi à 23 h GMT" as 23
January); four figures before GMT, UTC or "local" are a time, never a year, and ones that
are no time ("1999 GMT") are refused. A zoned time alone ("at 0600 GMT") is refused as a
time alone is, and so is a time in another zone in brackets with its day ("3am local time
on Sunday (2115 GMT on Saturday)": which day?), saying to write the day where it
happened and give the other in a note.

What a match, a race, a release, a contract or a school counts is refused as no date,
saying to write the day or days: "in the 23rd minute", "on the 3rd day", "the 2nd year",
"the 14th round", "à la 23e minute", "la 12e journée", "en première semaine" (of a film)
(dateparser read a day of the publication's month or year), and so are "matchweek 12",
"journée 12", "à la rentrée" (of which year?) and "session 2025" (an exam's: write its
days, or the year).

A year in two digits after an apostrophe is that year as if written in four: a fact's the
latest such year on or before the publication's, a forecast's the first on or after it
(``May '68``, ``Sept. '01``, ``summer of '69``, ``in '69``, ``'85`` in an article of
2025: May 1968, September 2001, the summer of 1969, 1969, 1985; ``Dec. '26`` December
1926, a forecast's December 2026). dateparser read ``March '03`` as 3 March of the
publication's year and ``May '68`` as May 2068. After a code ("Q3 '25") it is refused,
as "Q3 25" is; without the apostrophe after a month or a season ("mai 68", "l'été 85",
"summer 69") refused, saying to write the year in four digits. A count of years,
decades or centuries back in words is the year it reaches, as one in figures is: ``il y
a cinquante ans``, ``il y a un demi-siècle``, ``il y a un siècle``, ``half a century
ago``, ``a quarter-century ago`` (1975, 1975, 1925, 1975, 2000 in 2025). ``le week-end
du 14 juillet`` and ``the weekend of July 14`` are the Saturday and Sunday of the
weekend that holds the day or is next to it (a Friday's the one after, a Monday's the
one before: 12-13 July 2025 for Monday 14 July); a Tuesday to a Thursday is refused,
saying to write its days; ``the weekend of Dec. 12-14`` is the days written. ``the week
of Nov. 10-16`` and ``la semaine du 10 au 16 novembre`` are the seven days written
(other days than seven: refused). A farming campaign or marketing year ("la campagne
2024/2025", "cette campagne", "la saison céréalière 2024/25", "the 2024/25 marketing
year", "MY 2025/26") and a harvest ("the 2025 harvest", "la récolte 2025") are refused,
saying to write their months, which depend on the crop (cereals July to June in the EU,
US corn September to August, sugar October to September); a bare "la saison 2024/2025"
is a sport's, July to June.

Winter alone or with one year ("hiver 2015", "cet hiver") is refused as ambiguous (which
December?), so are "le dernier trimestre" and "last quarter" without a year (the latest
quarter, or the fourth?), "next weekend" (the coming one or the one after? the message
says to write its days), "this June". "At the weekend", "over the weekend", "pendant le
week-end" in a Wednesday's to Friday's paper, and "ce week-end" in a Monday's to
Friday's, are refused naming the last one and the coming one (a fact's: which?). "The
next day", "the following day", "the day before", "the same day", "le lendemain", "la
veille", "le jour même" count from a day of the story (the offence, a hearing), not from
publication: refused, saying to write the date (dateparser read "the next day" as the
day after publication). A relative year after a month, a day, a season, a quarter or a
half is read as the year it names ("January last year" is January of the year before
publication, as "last year" is that year; "between October and December last year" one
period); after anything else it is left to the other forms ("earlier this year" reads,
"the same period last year" is refused). "La semaine précédente", "le trimestre
précédent", "the following week" count from another date than publication: they are
refused, saying so; so are "a year earlier", "two days later" (dateparser: two days
after publication), "a year before", "the same week last year", "the same period last
year", "un an plus tôt", "un an après", "un an jour pour jour après", "a year after the
crash", "la même période l'an dernier" (earlier than what?), saying to write the period
itself ("a year ago", "il y a un an" count from publication and read). "the second week
of March" (from the 1st or from a Monday?), "the first week of 2025", "the fortnight",
"last fortnight" (dateparser: a week) and "la quinzaine" (which one?) are refused saying
to write the days. A season with its two
years is read as its months, so that two in a row never overlap: a school or academic
year ("l'année scolaire 2025-2026", "the 2025-26 school year") as September 2025 to
August 2026, from the rentrée (a school year that starts in August, as in Scotland or
most of the United States: write its months); a season ("la saison 2025-2026", "the
2025-26 season") as July 2025 to June 2026, the sporting year of the federations'
licences and of the leagues, which holds a match season; a winter's or an epidemic's
("the 2024-25 flu season", "l'hiver 2024-2025") as both years, which hold its months.
One without them ("la saison 2025", "last season", "cette
saison", "depuis le début de la saison", "mi-saison", "this flu season") is refused,
saying to write its months ("août 2025 à mai 2026"; a flu season's, "October 2024 to
March 2025"). A duration is no date: "en cinq ans" (dateparser: 2021 in an article of
January 2026), "en un an", "pendant trois mois", "cinq ans", "a decade", "over the past
decade", "the last five years", "ces dernières années", "au cours des cinq dernières
années", "les cinq prochaines années", "deux à trois ans", "a fortnight", "48 heures"
are refused, saying what to write: the period's ends from publication ("2021 à 2026") or
its start ("depuis 2021"); forward ("les cinq prochaines années", or any in a forecast),
its end ("d'ici 2031"). A count after "depuis" or "since" keeps dateparser's reading,
the date it counts back to, as "il y a trois ans" is ("depuis trois ans" in 2026: the
year 2023), and one after "dans", "d'ici", "in", "within" is read forward (above). A day
not named ("a Friday", "one Friday", "on a Friday night", "one night in March 2024", "un
soir de mars": dateparser read 1 January, or the publication's day of the month) is
refused, saying to write the month, or the day if known. After until, till, jusqu'à, a
bare weekday is the nearest (``until Friday`` in a Thursday's paper is the next day),
refused when the last and the next are three and four days away. A time alone ("vers 23
h", "à 23 h 30", "10 h", "à midi", "at 11 p.m.", "23:30": dateparser read a day) is
refused, saying to write its day; so is "cette nuit" (last night or tonight?), and a
night of two days not in a row ("la nuit de samedi à lundi"). So are, saying why, two
dates joined by and, &, et, or, ou that no form above reads ("the 1990s and 2000s",
"March 4 or 5", "Jan. 13 and Feb. 14": write one period), "the 1800s", "the 1900s" in
English (the century or the decade? "the 2000s" is the decade; "the early 1800s" too,
saying the years of its part, 1800 to 1833), a decade in words that is the
publication's ("the Twenties", "les années vingt" in 2025: the 1920s, most often; write
the decade in figures), "the last century", "next century" (dateparser read the year a
hundred years away; the century before this one, or the past hundred years?), a
lifespan in brackets ("(1938-2025)": two dates, the birth and the death, each its own
claim; unbracketed, "1938-2025" is the range), an era ("the postwar years", "the
interwar years", "l'après-guerre", "l'entre-deux-guerres": which war? write the years,
as 1945 to 1955), "after 2019", "après le
4 mars" (the period after a date is not that date; "since" and "depuis" are the date
itself), and fiscal years ("fiscal 2024", "FY24", "l'exercice 2014", "Q3 2024/25"
without `financial_year_start`: a fiscal year depends on the body; with it, "the fiscal
third quarter", whose year is not written; "the fiscal year ended Sept. 27, 2025", of 52
or 53 weeks, saying to write its first and last days), results copy's "the holiday
quarter", "last quarter", "trailing twelve months", "TTM", "CY24" (saying what to write),
"le 7-Octobre", "depuis le 7-Octobre", "le 11-Septembre" (a day and month hyphenated and
capitalised name an event, not the publication year's day: write the year), "9/11" in
English, "il y a un an jour pour jour", "a year ago to the day" (write the day, or "il y
a un an"), a part of a day alone ("à l'aube", "at dawn": write its day), "by mid-century" and
"pre-industrial" (write the year or period meant), a bank holiday ("Bank holiday
Monday", "the August bank holiday": not the same day in every nation of the UK; write
its day), a change over a year ("en glissement annuel", "sur un an glissant", "year on
year": write the period it ends), a day alone that neither the publication's month nor
the one before has ("le 31" on 15 March). "quinze jours" is two weeks ("il y a quinze
jours" as "il y a deux semaines"). A code (a number and a letter: "2T 2025") that no
form above reads is refused saying what to write, never left to dateparser (which read
"2T 2025" as February, "4T24" as 4 January 2024, "1S 2025" as the day before
publication): a year in two digits ("4T24", "T3 25", "Q3 25", "H1 25": the century is
not written; write T4 2024), a letter that names no period ("1A 2025"), a week number
("S45", "W45", "semaine 45", "week 45": ISO weeks and epidemiological ones differ; write
the week's first day), an hour ("10h": write its day; "1H25" is H1 25, refused for its
year in two digits). "à fin" and "at end-" with a day, "the week ending" with no day,
are refused saying what to write. Without `published`, a text that does not fix its year
("27 juillet", "mars", "hier", "juin dernier") is an error asking for one.

A count reaches the day, month or year it counts to, its figure read whole whatever its
group marks: "2,000 years ago" and "il y a 2 000 ans" are the year 25 in an article of 2025
(dateparser read "2,000 years ago" as 2023, "il y a 2 000 ans" as 2025, "il y a 1 200
mois" as July 2008, "10,000 days ago" as ten days ago); a mark the language does not
group with ("20.000 years ago", "il y a 20,000 ans": 20, or 20 000?) is refused saying
how to write the number. A count beyond what a date can hold, before the year 1 or after
9999 ("20,000 years ago", "il y a 65 millions d'années", "dans 20 000 ans", "20 000
ans"), is refused saying to write the figure as a value and leave out `when`. A year of
the common era is that year, its era written before or after it ("AD 79", "79 AD", "79
CE", "79 apr. J.-C.", "79 de notre ère": dateparser read "79 AD" as 1979); one before it
("500 BC", "500 av. J.-C.") cannot be a `when`: refused, saying to leave `when` out and
write the year in a note; a day or month with an era ("24 August AD 79", a Julian day)
is refused saying to write the year alone. A mission clock or a countdown ("T+2 min",
"T-10 s", "L+3", "J-3", "H-2", "T-minus 10") counts from an event, not in the calendar:
refused, saying to write the event's day (dateparser read "T+2 min" as the publication
day).

The fast path (ISO, year, numeric, babel month names) never calls dateparser; a property
test checks it agrees with dateparser. Guards against dateparser's silent misreadings:
"2014/15" (15 January 2014), "15-16" (15 January 2016), "T5 2015" (May 2015), bare numbers
("12" is 12 January; 10-digit numbers are Unix times), decades ("1990s" is seconds ago,
"années 1990" the year), two dates joined ("Jan. 13 and 14" was 13 January 2014) are
errors or read as above; a reading whose year the text did not write where it wrote one
("10h 2015"), or made of a last number of one or two digits ("Jan 13, 14"), is refused,
but for the day read in the publication's year ("January 1" in an article of 2001).
A time's UTC offset or zone ("2024-11-21T00:30:00+01:00") is dropped: the day is the
local one as written. What a refusal says to write follows the locale's order: "write its
day, as Tuesday 9 Dec. 2025" in en_GB, "Tuesday, Dec. 9, 2025" in en (en_US).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from dateparser.date import DateDataParser

__all__ = [
    "NOT_A_TIME",
    "PAST_NEARER_DAYS",
    "DateSyntaxError",
    "DayMention",
    "Period",
    "WeekdayMention",
    "WeekdayName",
    "ends_a_state",
    "find_days",
    "find_weekday_dates",
    "find_weekday_names",
    "in_year",
    "near_publication",
    "parse_date",
    "time_of_day",
    "weekday_name",
]

GRANULARITIES = frozenset({"day", "week", "month", "quarter", "half", "part", "year", "range"})
_MAX_LENGTH = 120  # longer than any date; keeps garbage away from dateparser
# Two unrelated bases: a text read differently from each depends on `published`.
_BASES = (date(2001, 3, 10), date(2003, 9, 20))


class DateSyntaxError(ValueError):
    """A date or period that cannot be read; the message names the text, for editors."""


class _Unreadable(DateSyntaxError):
    """No form fits: reported with the whole text as written."""


class _NoYear(DateSyntaxError):
    """The text needs `published`: reported with the whole text as written."""


class _Refused(DateSyntaxError):
    """A form recognised and refused: reported with the whole text as written, and why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Period:
    """The days a written date covers, from `start` to `end` inclusive."""

    start: date
    end: date
    granularity: str
    text: str

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"period {self.text!r} ends before it starts")
        if self.granularity not in GRANULARITIES:
            raise ValueError(f"unknown granularity {self.granularity!r}")

    def __contains__(self, d: date) -> bool:
        if isinstance(d, datetime):  # a datetime does not compare with a date
            d = d.date()
        return self.start <= d <= self.end

    def overlaps(self, other: Period) -> bool:
        """Tell whether the two periods share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def before(self, other: Period) -> bool:
        """Tell whether this period ends before `other` starts."""
        return self.end < other.start

    def after_day(self, d: date) -> bool:
        """Tell whether this period starts after the day `d`."""
        if isinstance(d, datetime):
            d = d.date()
        return self.start > d

    def describe(self, language: str) -> str:
        """Write the period for a message, in `language` ("27 juillet 2015", "T1 2015")."""
        return _described(self.start, self.end, self.granularity, language)


@dataclass(frozen=True, slots=True)
class WeekdayMention:
    """A weekday written next to a date in a free text ("lundi 27 juillet").

    `past` is set when the date writes no year and is read after publication because
    its weekday is right there, though the same day before publication is nearer (at
    most `PAST_NEARER_DAYS` before it): that earlier day, whose weekday is wrong. Past
    copy most often means it ("était entré en vigueur mercredi 27 août" in an article of
    10 November 2024, for Tuesday 27 August 2024: the next weekday, right in 2025).
    """

    written: str
    weekday: int
    period: Period
    start: int
    past: date | None = None


@dataclass(frozen=True, slots=True)
class WeekdayName:
    """A weekday's name written without a date in a free text ("interpellé mardi soir")."""

    written: str
    weekday: int
    start: int


def parse_date(
    text: str,
    language: str = "en",
    published: date | None = None,
    *,
    ahead: bool = False,
    financial_year_start: int | None = None,
) -> Period:
    """Read `text` as a period, in `language`, relative to the `published` day.

    `ahead` reads the date of a forecast or a target: a form that writes no year and no
    direction, and would be read as the latest or nearest such one ("Tuesday", "1er
    décembre", "early December", "T1", "l'été", "années 30", "le 12"), is the first one
    that does not end before publication. The other forms read as without it: a written
    year, a written direction ("last Tuesday", "mardi prochain", "cet été", "depuis mars":
    since is always the past), a count from publication ("hier", "in six months").
    `financial_year_start`, the month (1-12) a financial year starts in (4: April, as a UK
    public body's), reads "2024/25", "FY2025", "Q3 2024/25" as financial periods; without
    it "2024/25" is both calendar years, and "FY2025" is refused.
    Raises DateSyntaxError with a message naming the text. Results are cached.
    """
    if financial_year_start is not None and (
        isinstance(financial_year_start, bool)
        or not isinstance(financial_year_start, int)
        or not 1 <= financial_year_start <= 12
    ):
        raise ValueError(
            f"financial_year_start must be a month, 1 to 12, not {financial_year_start!r}"
        )
    if not isinstance(text, str):  # YAML gives ints (2014) and dates (2015-07-27)
        if isinstance(text, datetime):
            text = text.date().isoformat()
        elif isinstance(text, (int, date)) and not isinstance(text, bool):
            text = str(text) if isinstance(text, int) else text.isoformat()
        else:
            raise DateSyntaxError(f"cannot read {text!r} as a date: not a text")
    # the key of a reading without a financial year's start is the text and language alone
    fiscal = () if financial_year_start is None else (financial_year_start,)
    result = _by_text(text, language, *fiscal)
    if result is None:
        if isinstance(published, datetime):
            published = published.date()
        result = _by_day(text, language, published, ahead, *fiscal)
    if isinstance(result, str):
        raise DateSyntaxError(result)
    return result


# Most texts ("2015", "juillet 2015") read the same whatever the publication day, and a
# corpus repeats them across thousands of files: they are cached by text alone, and only
# the texts whose reading consults `published` ("hier", "en mars") are cached by day too.
# Errors are cached as their message: a broken date is often repeated in a corpus.
# `ahead` changes only readings that consult `published`: it is in the key of those alone.


class _AnyDay(date):
    """The `published` of a reading that must hold for every day: see `_consult`."""


class _Depends(Exception):
    """The reading consulted `published`: it may differ from one day to another.

    Not a DateSyntaxError, so that no `except` of the readers stops it.
    """


_ANY_DAY = _AnyDay(1, 1, 1)


class _AheadDay(date):
    """The `published` of a forecast's reading: a yearless date is the next one on or after it.

    Bare weekdays, days, months, quarters, halves, seasons, parts of a month and decades.
    """


class _UntilDay(date):
    """After until, till, jusqu'à, jusqu'au: the end of a state, as after au.

    A bare weekday is the nearest ("remanded until Friday" in Thursday's paper is the
    next day), refused when the last and the next are three and four days away.
    """


class _FromDay(date):
    """After from, dès, à partir de, à compter de: a window opens, at or after publication.

    A bare weekday is the first such day on or after publication ("vigilance rouge à
    partir de jeudi" in Wednesday's paper is the next day, not the Thursday before); a
    yearless day is the nearest, as alone.
    """


class _SinceDay(date):
    """After depuis, since: a yearless day is the latest one on or before publication.

    Also "since the start of the year" is 1 January to publication.
    """


#: The directed publication day of a lead word's group (`_LEAD_WORDS`).
_DIRECTED_DAYS: dict[str, type[date]] = {"since": _SinceDay, "until": _UntilDay, "from": _FromDay}


@lru_cache(maxsize=65536)
def _by_text(text: str, language: str, fiscal: int | None = None) -> Period | str | None:
    """The reading of a text, or None when it differs from one publication day to another."""
    try:
        return _parse_or_message(text, language, _ANY_DAY, fiscal=fiscal)
    except _Depends:
        return None


@lru_cache(maxsize=65536)
def _by_day(
    text: str, language: str, published: date | None, ahead: bool, fiscal: int | None = None
) -> Period | str:
    # `published` alone would not do: an _AheadDay equals its plain day, so shares its key
    return _parse_or_message(text, language, published, ahead, fiscal)


def _parse_or_message(
    text: str,
    language: str,
    published: date | None,
    ahead: bool = False,
    fiscal: int | None = None,
) -> Period | str:
    try:
        return _parse(text, language, published, ahead=ahead, fiscal=fiscal)
    except DateSyntaxError as error:
        return str(error)


def _consult(published: date | None, t: str) -> date:
    """The publication day, where a reading needs it: every read of `published` is here.

    A reading for any day stops here (`_by_text`), so the day is never read for it.
    """
    if published is _ANY_DAY:
        raise _Depends
    if published is None:
        raise _needs_year(t)
    if type(published) is not date:  # a directed day (_AheadDay, _SinceDay): the plain one
        return date(published.year, published.month, published.day)
    return published


def _directed(published: date | None, kind: type[date]) -> date | None:
    """The publication day that makes yearless dates ahead of it or before it (`kind`).

    A forecast's day stays ahead after au, dès, from (its "from January 1" is to come),
    but not after since or depuis.
    """
    if published is None or published is _ANY_DAY or isinstance(published, kind):
        return published
    if kind is not _SinceDay and isinstance(published, _AheadDay):
        return published
    return kind(published.year, published.month, published.day)


def _parse(
    text: str,
    language: str,
    published: date | None,
    *,
    ahead: bool = False,
    fiscal: int | None = None,
) -> Period:
    if ahead:
        published = _directed(published, _AheadDay)
    t = _normalise(text)
    if not t:
        raise DateSyntaxError("empty date")
    if len(t) > _MAX_LENGTH:
        raise DateSyntaxError(f"cannot read {t[:30] + '…'!r} as a date: too long")
    lang = _lang(language)
    try:
        read = _without_bracketed_time(_without_zones(t, language), language)
        if _RECENT_WORDS.search(read):
            recent = _recently(read, lang, language, published)
            if recent is None:  # "il y a cinquante ans", "half a century ago"
                recent = _years_back(read, lang, published)
            if recent is not None:
                if recent.text == text:
                    return recent
                return Period(recent.start, recent.end, recent.granularity, text)
            if "pour jour" in read or "to the day" in read:  # "il y a un an jour pour jour"
                raise _refusal(language, _TO_THE_DAY_HINT)
        read = _with_time_lead(read, lang)
        if "inclu" in read and (inclusive := _INCLUSIVE.search(read)) is not None:
            read = read[: inclusive.start()]  # "jusqu'au 22 octobre inclus": that day
        period = None
        if lang.code in _EVENT_CODES and _NAMED_FILTER.search(read):  # "la normale 1991-2020"
            period = _named(read, lang, language, published)
        if period is None and lang.code in _DEEP_CODES:  # "20,000 years ago", "AD 79"
            read = _deep_time(read, lang, language, published)
        if lang.code == "fr" and "quinze" in read:  # "quinze jours" is two weeks
            read = _FIFTEEN_DAYS.sub("deux semaines", read)
        if read[:1] == "(" and (lifespan := _lifespan().match(read)) is not None:
            raise _Refused(
                _for_language(language, _LIFESPAN_HINT).format(a=lifespan["a"], b=lifespan["b"])
            )
        if (
            period is None
            and lang.code == "fr"
            and "-" in read
            and (event := _EVENT_DAY.search(read)) is not None
        ):
            _refuse_event_day(event, read, language)
        if period is None and _may_be_fiscal(read):
            bare = _strip_lead(read, lang)
            period = _fiscal(bare, language, fiscal)
            if (
                period is None
                and fiscal is not None
                and _FISCAL.search(bare)
                and not _FISCAL_ENDED.search(bare)
            ):  # "the fiscal third quarter": financial_year_start is set, the year is not
                raise _refusal(language, _FISCAL_SET_HINT)
            if period is None and fiscal is not None:  # "between 2025/26 and 2027/28"
                period = _fiscal_range(read, lang, language, published, fiscal)
            if period is not None and _has_hedge(read, lang):  # "around 2024/25"
                period = _hedged_years(period, read, language)
        if period is None:
            period = _core(read, lang, language, published, nested=False)
        if period.start == period.end and _bare_midnight(read):  # "samedi à minuit"
            raise _refusal(language, _MIDNIGHT_HINT)
    except _Unreadable:
        if (hint := _unread_hint(t, language)) is not None:  # "pendant la guerre", "results day"
            raise DateSyntaxError(f"cannot read {t!r} as a date ({language}): {hint}") from None
        if _NUMBER_WITH_LEAD.match(t):  # "le 32", "12": say what to write
            if (season := _SEASON_SHORT_YEAR.search(t)) and _fold(season[1]) in _SEASONS:
                # "l'été 85", "summer 69": a year in two digits, as "mai 68"
                raise DateSyntaxError(
                    f"cannot read {t!r} as a date ({language}): write the year in four digits"
                ) from None
            raise _hint(t, language, _DAY_ALONE_HINT) from None
        raise _cannot(t, language) from None
    except _NoYear:
        raise _needs_year(t) from None
    except _Refused as error:
        raise DateSyntaxError(f"cannot read {t!r} as a date ({language}): {error.reason}") from None
    if period.text != text:
        period = Period(period.start, period.end, period.granularity, text)
    return period


# "jusqu'à mercredi 22 octobre inclus", "until 22 October inclusive": the day, as without.
_INCLUSIVE = re.compile(r",?\s*\(?(?:inclus(?:e|es)?|inclusivement|inclusive|included)\)?$", re.I)

_TO_THE_DAY_HINT = {
    "fr": "jour pour jour désigne le jour d'un nombre d'années avant la publication : écrivez"
    " ce jour, comme le 10 novembre 2023, ou il y a un an pour l'année",
    "en": "to the day names the day a count of years before publication: write that day, as"
    " Nov. 10, 2023, or a year ago for the year",
    "en-dmy": "to the day names the day a count of years before publication: write that day,"
    " as 10 Nov. 2023, or a year ago for the year",
}


def _refuse_event_day(event: re.Match[str], t: str, language: str) -> None:
    """Refuse "le 7-Octobre", "depuis le 11-Septembre" without a year: an event's name.

    Read as a day, it was the publication year's 7 October, a year off (or more) in every
    article after the anniversary. With its year written, it is that day.
    """
    month = event["m"]
    if _fold(month) not in _FULL_MONTHS_FR or _HAS_YEAR.search(t):
        return  # "26-Nov. 1": a range of abbreviated months, no event's name
    raise _Refused(_EVENT_DAY_NAME_HINT.format(d=event["d"], m=month))


# A season and a number of two figures at the end: "l'été 85", "summer of 69".
_SEASON_SHORT_YEAR = re.compile(r"([^\W\d_]+)(?:\s+(?:of|de))?\s+\d{2}$")


@lru_cache(maxsize=1)
def _lifespan() -> re.Pattern[str]:
    """A lifespan in brackets, as an obituary writes it after a name: "(1938-2025)".

    Compiled at first use: only a text that starts with a bracket is tried.
    """
    return re.compile(r"^\(\s*(?P<a>[^()]*?\d{4})\s*[-–—]\s*(?P<b>[^()]*?\d{4})\s*\)$")


_LIFESPAN_HINT = {
    "fr": "une vie, ce sont deux dates : écrivez la naissance et la mort en deux"
    " affirmations ({a} ; {b})",
    "en": "a lifespan is two dates: write the birth and the death as two claims ({a}; {b})",
}


def _has_hedge(t: str, lang: _Lang) -> bool:
    """Tell whether the lead words of `t` hold a hedge ("vers", "about", "c.")."""
    while (lead := lang.lead.match(t)) and lead.end():
        if lead.lastgroup == "hedge":
            return True
        t = t[lead.end() :]
    return False


# --- periods named by a word and their years, days named by an event --------------------------
# "la normale 1991-2020", "the 1850-1900 average", "la décennie 2016-2025", "the 2015-2024
# decade", "sur la période 2020-2025", "la mandature 2020-2026": the years written, the word
# going in the property. "l'audience du 3 février", "le second tour du 22 mars 2026", "the
# hearing on 3 February": the day written, the event in the property. "le week-end des 14 et
# 15 mars": those days. "season 2025-26", "the 2025-26 campaign": a sport's season, as "the
# 2025-26 season". "à la fin du siècle", "by the end of the century": refused, saying to
# write the year. Tried before the other readers (`_parse`): "2024 decade" alone is a count
# of decades (`_deep_time`), not a year. A cheap filter first: most dates have none of these
# words.
_NAMED_FILTER = re.compile(
    r"normale|moyenne|p[ée]riode|d[ée]cennie|mandat|average|baseline|normal|mean|period"
    r"|decade|si[èe]cle|century|audience|tour|s[ée]ance|conseil|scrutin|[ée]lection|vote"
    r"|r[ée]union|proc[èe]s|jugement|verdict|comparution|hearing|meeting|trial|sentencing"
    r"|ballot|runoff|run-off|week-?\s?end|season|campaign|mois",
    re.I,
)
_YEARS_AB = r"(?P<a>\d{4})\s*[-–—]\s*(?P<b>\d{4})"
_NAMED_YEARS_FR = re.compile(
    r"^(?:(?:sur|pendant|durant|pour|dans|par\s+rapport\s+[àa])\s+)?(?:la\s+|le\s+|l')?"
    r"(?P<w>(?P<d>d[ée]cennie)|normale(?:\s+climatique)?|moyenne|p[ée]riode(?:\s+de\s+"
    r"r[ée]f[ée]rence)?|mandature|mandat(?:\s+municipal)?)\s+(?:de\s+|d')?"
    + _YEARS_AB
    + r"(?P<a2>)?(?P<b2>)?$",
    re.I,
)
_NAMED_YEARS_EN = re.compile(
    r"^(?:(?:over|during|in|for|against|relative\s+to|compared\s+(?:with|to))\s+)?(?:the\s+)?"
    r"(?:" + _YEARS_AB + r"\s+(?P<w>(?P<d>decade)|average|baseline|mean|normals?|period"
    r"|reference\s+period)|(?P<w2>(?P<d2>decade)|baseline|period|reference\s+period)\s+(?:of\s+)?"
    + _YEARS_AB.replace("<a>", "<a2>").replace("<b>", "<b2>")
    + ")$",
    re.I,
)
_END_OF_CENTURY = re.compile(
    r"^(?:(?:d'ici|[àa]|vers|avant|jusqu'[àa]|by|at|towards?|before|until|around)\s+)?"
    r"(?:la\s+|the\s+)?(?:fin\s+(?:du|de\s+ce)\s+si[èe]cle|(?:end|close)\s+of\s+(?:the|this)"
    r"\s+century)$",
    re.I,
)
_END_OF_CENTURY_HINT = {
    "fr": "la fin du siècle n'est pas une date : écrivez l'année d'une projection, 2100, ou"
    " ses années, comme 2081-2100 (celles du GIEC)",
    "en": "the end of the century is no date: write the year of a projection, 2100, or its"
    " years, as 2081-2100 (the IPCC's)",
}
_DECADE_YEARS_HINT = {
    "fr": "une décennie compte dix années : écrivez-les, comme {a}-{b}",
    "en": "a decade is ten years: write them, as {a}-{b}",
}
_EVENT_OF_DAY = {
    "fr": re.compile(
        r"^(?:(?:(?:[àa]|lors\s+de|pendant|durant)\s+)?(?:l'|la\s+|le\s+|les\s+)"
        r"|(?:(?:lors|pendant|durant)\s+)?(?:du|des|au|aux)\s+)(?:(?:premier"
        r"|second|deuxi[èe]me|1er|2e|2nd|dernier|derni[èe]re)\s+)?(?:audience|tour|s[ée]ance"
        r"|conseil(?:\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional))?|scrutin"
        r"|vote|[ée]lections?|r[ée]union|proc[èe]s|jugement|verdict|comparution)"
        r"(?:\s+(?:publique|solennelle|de\s+jugement|de\s+renvoi))?\s+(?:du|des|de|d')\s*"
        r"(?P<x>\d.*)$",
        re.I,
    ),
    "en": re.compile(
        r"^(?:(?:at|during|in)\s+)?(?:the\s+)?(?:(?:first|second|final|last)\s+)?(?:hearing"
        r"|meeting|trial|sentencing|ballot|runoff|run-off|vote|election)\s+(?:of|on|held\s+on)"
        r"\s+(?P<x>.+)$",
        re.I,
    ),
}
_WEEKEND_DAYS = re.compile(
    r"^(?:(?:durant|pendant)\s+le\s+|lors\s+du\s+|le\s+|ce\s+)?week-?\s?end\s+des\s+(?P<x>.+)$",
    re.I,
)
_MONTH_OF = re.compile(r"^(?:le\s+|du\s+)?mois\s+(?:de\s+|d')(?P<x>[^\W\d_].*)$", re.I)
_SEASON_NAMED_EN = re.compile(
    r"^(?:the\s+)?(?:(?:season|campaign)\s+(?P<a>\d{4})\s*[-/–—]\s*(?P<b>\d{2}|\d{4})"
    r"|(?P<a2>\d{4})\s*[-/–—]\s*(?P<b2>\d{2}|\d{4})\s+campaign)$",
    re.I,
)


def _named(t: str, lang: _Lang, language: str, published: date | None) -> Period | None:
    """Read a period named by a word and its years, or a day named by an event; else None.

    See `_NAMED_FILTER`. The caller has tested the filter.
    """
    code = lang.code
    if _END_OF_CENTURY.match(t):
        raise _refusal(language, _END_OF_CENTURY_HINT)
    years = (_NAMED_YEARS_FR if code == "fr" else _NAMED_YEARS_EN).match(t)
    if years is not None:
        groups = years.groupdict()
        first, last = int(groups["a"] or groups["a2"]), int(groups["b"] or groups["b2"])
        if last < first:
            raise DateSyntaxError(f"{t!r} ends before it starts")
        if (groups["d"] or groups.get("d2")) and last - first != 9:
            hint = _for_language(language, _DECADE_YEARS_HINT)
            raise _Refused(hint.format(a=first, b=first + 9))
        begin, end = _span(first, 1, 12, "year", t), _span(last, 1, 12, "year", t)
        return Period(begin.start, end.end, "range", t)
    if code == "en" and (season := _SEASON_NAMED_EN.match(t)) is not None:
        first, second = int(season["a"] or season["a2"]), season["b"] or season["b2"]
        if not _follows(first, second):
            raise DateSyntaxError(f"{t!r}: a season runs over two consecutive years ({language})")
        begin, end = _span(first, 7, 7, "month", t), _span(first + 1, 6, 6, "month", t)
        return Period(begin.start, end.end, "range", t)
    inner = None
    event = _EVENT_OF_DAY.get(code)
    if event is not None and (day := event.match(t)) is not None:
        inner, nested = day["x"], False
    elif code == "fr" and (month := _MONTH_OF.match(t)) is not None:  # "le mois de juin 2025"
        inner, nested = month["x"], True
    elif code == "fr" and (weekend := _WEEKEND_DAYS.match(t)) is not None:
        inner, nested = f"les {weekend['x']}", False
    if inner is None:
        return None
    try:
        return _core(inner, lang, language, published, nested=nested)
    except _Unreadable:
        return None  # "the meeting of the council": no date inside, the other readers try


def _core(t: str, lang: _Lang, language: str, published: date | None, *, nested: bool) -> Period:
    """Read a normalised text as a period.

    `nested` parts of a phrase or range are never ranges and never go to dateparser, so
    "27 juillet 2015 à 10h" is no range ending at "10h".
    """
    written, direction, weekday, hedged = t, None, None, False
    while (lead := lang.lead.match(t)) and lead.end():
        if lead.lastgroup == "hedge":
            hedged = True
        elif lead.lastgroup is not None:
            if direction != "since":
                direction = lead.lastgroup
        elif (named := lang.weekdays.get(_fold(lead[0].strip(" ,")))) is not None:
            weekday = named  # "Sunday 14 December": dropped, but it tells the year
        t = t[lead.end() :]
    if "'" in t and (short := _APOSTROPHE_YEAR.search(t)) is not None:  # "May '68", "'85"
        t = _with_apostrophe_years(t, short, published)
    if t[-4:].lower() in _YEAR_TAIL_ENDS:  # "January last year": January 2024
        t = _with_relative_year(t, lang, published)
    # "depuis le 1er janvier": the latest one, never the next; after au, dès, as of, from a
    # yearless day is the nearest, as without the lead word ("au 1er février" in an article
    # of 15 January is the coming one)
    if (kind := _DIRECTED_DAYS.get(direction or "")) is not None:
        published = _directed(published, kind)
    period = _read(t, written, lang, language, published, nested=nested)
    if direction == "since" and published is None and _since_start_of_month(period, t):
        raise _Refused(_since_month_start(period.start, language))
    if direction == "since" and _since_start_of_year(period, t):
        if published is _ANY_DAY:  # "depuis le début de 2024" runs to publication
            raise _Depends
        if published is None:
            hint = _for_language(language, _SINCE_YEAR_START_HINT)
            raise _Refused(hint.format(year=period.start.year))
    if hedged:
        period = _hedged_years(period, t, language)
    if weekday is None:
        return period
    return _weekday_year(period, weekday, t, lang, published)


_START_OF = re.compile(r"^(?:(?:le|la|the)\s+)?(?:d[ée]but|start|beginning)(?!\w)", re.I)


def _since_start_of_month(period: Period, t: str) -> bool:
    """Tell whether `t`, after since, is the start of a month ("depuis début octobre 2025").

    With a publication day it runs to that day; without one, read as the month's first
    days it would mean another period: refused, as "depuis le début de l'année" is.
    """
    start, end = period.start, period.end
    return (
        period.granularity == "part"
        and start.day == 1
        and (start.year, start.month) == (end.year, end.month)
        and _START_OF.match(t) is not None
    )


def _since_start_of_year(period: Period, t: str) -> bool:
    """Tell whether `t`, after since, is the start of a year ("depuis le début de 2024")."""
    start = period.start
    return (
        period.granularity == "part"
        and (start.month, start.day) == (1, 1)
        and period.end.month == _YEAR_PARTS["early"][1]
        and _START_OF.match(t) is not None
    )


def _since_month_start(first: date, language: str) -> str:
    """Say that the start of a month after since runs to publication, which is not given."""
    index = first.year * 12 + first.month  # the month after, for the example's end
    try:
        last = _span(index // 12, index % 12 + 1, index % 12 + 1, "month", "").end
    except DateSyntaxError:
        last = first
    days = _two_days(first, last, language)
    return _for_language(language, _SINCE_MONTH_START_HINT).format(days=days)


_SINCE_MONTH_START_HINT = {
    "fr": "depuis le début d'un mois court jusqu'à la publication, dont la date n'est pas"
    " donnée : donnez-la (published: dans le bloc source:), ou écrivez ses jours, comme {days}",
    "en": "since the start of a month runs to publication, whose date is not given: give it"
    " (published: in the source: block), or write its days, as {days}",
}


_SINCE_YEAR_START_HINT = {
    "fr": "depuis le début d'une année court jusqu'à la publication, dont la date n'est pas"
    " donnée : donnez-la (published: dans le bloc source:), ou écrivez la période, comme"
    " janvier {year} à juin {year}",
    "en": "since the start of a year runs to publication, whose date is not given: give it"
    " (published: in the source: block), or write the period, as January {year} to June {year}",
}


# A year in two digits after an apostrophe ("May '68", "summer of '69", "in '85", "'69-'70"):
# no decade ("the '90s"), no code ("T3'25", "FY'24": the apostrophe follows a letter or a
# figure), no elision ("l'85").
_APOSTROPHE_YEAR = re.compile(r"(?<![\w'])'(\d{2})(?![\w'])")
_CODE_BEFORE = re.compile(r"(?<!\S)(?:[^\W\d_]+\d|\d+[^\W\d_])\w*\s*$")


def _with_apostrophe_years(t: str, first: re.Match[str], published: date | None) -> str:
    """The text with its years in two digits written in four ("May '68": "May 1968").

    A fact's is the latest such year on or before the publication's ("May '68" in 2025 is
    May 1968, "'25" 2025, "Dec. '26" 1926), a forecast's the first on or after it ("Dec.
    '26" is December 2026): the reading of "in '69" and "'85", the same for every form.
    dateparser took the two figures after a month for its day ("March '03": 3 March of the
    publication's year) and put a year in a fixed century ("May '68": May 2068, "'25" the
    25th of January).
    """
    out, last = [], 0
    for match in (first, *_APOSTROPHE_YEAR.finditer(t, first.end())):
        if _CODE_BEFORE.search(t, 0, match.start()):
            continue  # "Q3 '25", "1S '25": a code's year, refused by `_code` (which century?)
        p = _consult(published, t)
        short = int(match[1])
        if isinstance(published, _AheadDay):
            year = p.year + (short - p.year) % 100
        else:
            year = p.year - (p.year - short) % 100
        if not 1 <= year <= 9999:
            raise _Refused("write the year in four digits")
        out += [t[last : match.start()], f"{year:04d}"]
        last = match.end()
    return "".join([*out, t[last:]])


# A year named relative to publication after a month, a day, a range of them, a season, a
# quarter or a half: "January last year", "3 January this year", "between October and
# December last year", "l'été de l'an dernier". Read as with the year written (2024),
# which "last year" alone is ("l'an dernier", "cette année": `_relative_year`).
# The last four letters of those texts: a cheap test before the pattern.
_YEAR_TAIL_ENDS = frozenset(
    ("year", "nier", "ière", "iere", "assé", "asse", "ssée", "ssee", "nnée", "nnee", "hain", "aine")
)
_YEAR_TAIL = {
    "en": re.compile(r"(?:,?\s+of)?,?\s+(?P<r>last|this|next)\s+year$", re.I),
    "fr": re.compile(
        r"(?:,?\s+(?:de|d'))?,?\s+(?:l'an(?:n[ée]e)?\s+(?P<r>derni[èe]re?|pass[ée]e?|prochaine?)"
        r"|(?P<r2>cette)\s+ann[ée]e)$",
        re.I,
    ),
}
_YEAR_TAIL_WORDS = frozenset({
    "quarter", "half", "trimestre", "semestre",
    "spring", "summer", "autumn", "fall", "winter", "printemps", "ete", "automne", "hiver",
})  # fmt: skip


def _with_relative_year(t: str, lang: _Lang, published: date | None) -> str:
    """The text with its relative year written as the year ("January 2024"), or as it is.

    Only after a month, season, quarter or half ("earlier this year", "the same period
    last year", "a Friday last year" are read or refused by their own forms).
    """
    tail = _YEAR_TAIL.get(lang.code)
    match = tail.search(t) if tail is not None else None
    if match is None or _HAS_YEAR.search(t):
        return t
    rest = t[: match.start()]
    words = re.findall(r"[^\W\d_]+", rest)
    last = _fold(words[-1]) if words else ""
    if last not in lang.months and last not in _YEAR_TAIL_WORDS:
        return t
    step = _RELATIVE_YEARS[_fold(match["r"] or match.groupdict().get("r2") or "")]
    year = _consult(published, t).year + step
    if not 1 <= year <= 9999:
        raise DateSyntaxError(f"{t!r}: the year runs out of the calendar")
    return f"{rest} {year}"


class _HedgedYears(_Refused):
    """A hedged year not written in figures ("about last year"): refused, even as a range's end."""


# The years a hedged year may be, each side: CCO (Cataloging Cultural Objects, 4.2.3.2),
# which museums' catalogues follow, indexes "ca. 1610" as 1605 to 1615.
_HEDGE_YEARS = 5
_HEDGED_YEARS_HINT = {
    "fr": "une année approximative n'est pas cette année : écrivez les années possibles,"
    " comme {first} à {last}",
    "en": "an approximate year is not that year: write the years it may be, as {first} to {last}",
}


def _hedged_years(period: Period, t: str, language: str) -> Period:
    """The years a hedged year or decade may be: "vers 1750", "c. 1750" are 1745 to 1755.

    Dropping the hedge read the year itself: a birth "vers 1750" and a death in 1821 at
    72 gave a false error (born in 1750, 70 or 71). A year written in figures is widened
    by five years each side, as CCO indexes "ca. 1610" (1605-1615), and a decade too
    ("about the 1960s": 1955-1974); one not written in figures ("about last year", "vers
    les années 60") is refused, saying to write the years. A hedged day or month reads
    as the day or month written ("on or about 5 June 2022", an indictment's).
    """
    start, end = period.start, period.end
    if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31):
        return period
    first, last = max(start.year - _HEDGE_YEARS, 1), min(end.year + _HEDGE_YEARS, 9999)
    if not _HAS_YEAR.search(t):  # an example, nearer than the CCO's span: "2021 to 2025"
        hint = _for_language(language, _HEDGED_YEARS_HINT)
        raise _HedgedYears(hint.format(first=max(start.year - 2, 1), last=end.year + 2))
    return Period(date(first, 1, 1), date(last, 12, 31), "range", period.text)


def ends_a_state(text: str, language: str) -> bool:
    """Tell whether a date names only the end of a state: "until Friday", "jusqu'au 14 mars".

    Read by the lead words the date reader reads (`_LEAD_WORDS`' group ``until``), so a
    fact "remanded in custody until 21 February" is not one dated after publication.
    """
    lang, t, direction = _lang(language), _normalise(text), None
    while (lead := lang.lead.match(t)) and lead.end():
        if lead.lastgroup not in (None, "hedge") and direction != "since":
            direction = lead.lastgroup
        t = t[lead.end() :]
    return direction == "until"


def _weekday_year(
    period: Period, weekday: int, t: str, lang: _Lang, published: date | None
) -> Period:
    """A day and month written with a weekday, in the year where that weekday is right.

    A day without a year is read nearest publication, from the latest such day on or
    before it and the earliest on or after it: of these two, the one, if only one, where
    the weekday written is right ("Sunday 14 December" in an article of 12 June 2025 is
    14 December 2025, a Sunday, though 14 December 2024 is nearer). A forecast's is the
    earliest, and one after since the latest, whatever its weekday. A weekday wrong in
    both leaves the reading as without it: a rule reports it.
    """
    if period.granularity != "day" or period.start.weekday() == weekday or _HAS_YEAR.search(t):
        return period
    alone = _DAY_ALONE.match(t)
    if alone is not None and (alone["w"] is None or _fold(alone["w"]) not in lang.months):
        return period  # "mardi 18": a day of the month, whose year is not in question
    if published is None or published is _ANY_DAY:
        return period
    if isinstance(published, (_AheadDay, _SinceDay)):
        return period  # one candidate only: the earliest, or the latest
    year = _year_by_weekday(period.start.month, period.start.day, weekday, _consult(published, t))
    if year is None:
        return period
    found = date(year, period.start.month, period.start.day)
    return Period(found, found, "day", period.text)


# A day this near publication is the one meant, whatever its weekday: a fact of two days
# before with a wrong weekday is no fact of next year. Before publication a month (a
# wrong weekday a day off is right a year later), after it a week: a year's review in
# late December writes the past January's days, right a year back.
_NEAR_BEFORE_DAYS = 31
_NEAR_AFTER_DAYS = 7


def near_publication(day: date, published: date) -> bool:
    """Whether a day is so near publication that it is the one meant, whatever its weekday.

    At most `_NEAR_BEFORE_DAYS` before publication or `_NEAR_AFTER_DAYS` after it: "mardi 3
    novembre" in an article of Friday 7 November 2025 is that Monday, written wrong, not 3
    November of another year where it is a Tuesday.
    """
    return -_NEAR_BEFORE_DAYS <= (day - published).days <= _NEAR_AFTER_DAYS


def _year_by_weekday(month: int, day: int, weekday: int, published: date) -> int | None:
    """The year where the day and month fall on `weekday`, of the two around publication.

    The latest such day on or before publication and the earliest on or after it: the
    one of them on that weekday; None when neither is (the weekday is wrong), both are,
    or the other is near publication (at most `_NEAR_BEFORE_DAYS` before it or
    `_NEAR_AFTER_DAYS` after it): "dimanche 14 mars" in an article of Monday 16 March
    2026 is 14 March 2026, a Saturday (the weekday is wrong), not 14 March 2027.
    """
    here = (published.month, published.day)
    before = published.year if (month, day) <= here else published.year - 1
    after = published.year if (month, day) >= here else published.year + 1
    right = [
        year
        for year in sorted({before, after})
        if 1 <= year <= 9999
        and day <= _days_in_month(year, month)
        and date(year, month, day).weekday() == weekday
    ]
    if len(right) != 1:
        return None
    other = after if right[0] == before else before
    if (
        1 <= other <= 9999
        and day <= _days_in_month(other, month)
        and near_publication(date(other, month, day), published)
    ):
        return None
    return right[0]


def _read(
    t: str, written: str, lang: _Lang, language: str, published: date | None, *, nested: bool
) -> Period:
    """Read a text without its lead words (`written`: with them) as a period."""
    if (t[-1:].isdigit() or t[-2:].lower() in _ORDINAL_ENDS) and (
        alone := _day_alone(t, written, lang)
    ) is not None:  # "le 12", "the 16th": cheap tests first, most texts end otherwise
        return _day_of_month(alone, language, published, t)
    if not t or _NUMBER_ONLY.match(t):  # "12" is a day of no month, "1437955200" no date
        raise _cannot(t, language)
    period = _fast(t, lang, language, published)
    if period is None and lang.code in _EVENT_CODES and _EVENT_WORDS.search(t):
        period = _event(t, lang, language, published)
    if period is None and (market := _MARKET_WORDS.get(lang.code)) and market.search(t):
        period = _market_moment(t, lang, language, published)  # before "after X" is refused
    if period is None:
        _refuse_by_words(t, lang, language)
        if not nested and (joins := _IN_A_ROW_JOINS.get(lang.code)) and joins.search(t):
            period = _weekdays_in_a_row(t, joins, lang, language, published)
        if period is None:
            period = _phrase(t, lang, language, published)
        if period is None and isinstance(published, _AheadDay) and _fold(t) in lang.weekdays:
            period = _next_weekday(lang.weekdays[_fold(t)], published, t)  # a forecast's
        elif period is None and isinstance(published, _UntilDay) and _fold(t) in lang.weekdays:
            period = _nearest_weekday(lang.weekdays[_fold(t)], published, t, language)
        elif period is None and isinstance(published, _FromDay) and _fold(t) in lang.weekdays:
            period = _next_weekday(lang.weekdays[_fold(t)], published, t)  # a window opens
    if period is None and not nested:
        period = _range(t, lang, language, published)
    if period is None and not nested:
        period = _joined_days(t, lang, language, published)
    if period is None:
        if nested:
            raise _cannot(t, language)
        durations = _durations(lang.code)
        if durations is not None and (match := durations.match(written)):
            _duration(match, written, language, published)  # raises, but for dans, depuis
        future = _FUTURE.get(lang.code)
        if future is not None and (match := future[0].match(written)):
            forward = f"{future[2]} {match['x']}" if future[1].match(match["x"]) else None
            return _future(forward, written, language, published)
        if (start := _FROM.get(lang.code)) is not None and (match := start.match(t)):
            # "from Jan. 1", no range: a starting day, as after "as of" (`_LEAD_WORDS`);
            # "from Thursday" opens a window: the first Thursday on or after publication
            try:
                return _core(
                    match["x"], lang, language, _directed(published, _FromDay), nested=True
                )
            except _Unreadable:
                pass  # "from Tuesday": dateparser's reading, as before
        period = _slow(t, language, published)
    return period


_EVENT_CODES = frozenset({"en", "fr"})
# What may make a text the moment of a match or a school event, not a date: searched
# before the patterns below are tried (`_event`).
_EVENT_WORDS = re.compile(
    r"'s\s|week|round|matchday|gameday|game\s+day|rentr|session|journ|\d(?:st|nd|rd|th|e|er|re|eme|ème)\s"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final"
    r"|premi|deuxi|troisi|quatri|cinqui|dernier|derni[eè]re)\w*\s",
    re.I,
)
_ORDINAL_WORDS = {
    "en": r"\d{1,3}(?:\s*\+\s*\d{1,2})?(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+ieth",
    "fr": r"\d{1,3}(?:\s*\+\s*\d{1,2})?(?:e|eme|ème|è|er|re|ere|ère)|premi[eè]re?|\w+i[eè]me",
}
# Things counted in a match, a race, a contract or a school: "the 23rd minute".
_COUNTED_IN_EVENTS = {
    "en": r"minutes?|hours?|days?|week-?\s?ends?|weeks?|months?|years?|rounds?|laps?|overs?"
    r"|innings|inning|games?|match(?:es)?|sets?|legs?|stages?|frames?|holes?|tests?|sessions?|periods?"
    r"|heats?|races?|matchweeks?|gameweeks?",
    "fr": r"minutes?|heures?|jours?|journ[ée]es?|week-?\s?ends?|semaines?|mois|ann[ée]es?"
    r"|ans?|tours?|manches?|sets?|matchs?|[ée]tapes?|p[ée]riodes?|s[ée]ances?|rounds?|sessions?",
}
_EVENT_LEADS = {
    "en": r"(?:(?:in|on|at|during|by|from|after|before)\s+)?(?:(?:the|its|their|his|her)\s+)?",
    "fr": r"(?:(?:[àa]|dans|pendant|lors\s+de|d[èe]s|apr[èe]s|avant)\s+)?"
    r"(?:la\s+|le\s+|l'|sa\s+|son\s+|leur\s+)?",
}


@lru_cache(maxsize=8)
def _event_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ordinal ("the 23rd minute") and numbered ("matchweek 12") moments of a language.

    Compiled at first use: only the texts `_EVENT_WORDS` lets through reach them.
    """
    numbered = (
        r"^(?:(?:in|on|at|during)\s+)?(?:(?P<u>(?:match|game)\s*-?\s*(?:week|day)|round|stage|leg"
        r"|heat)\s+\d{1,3})$"
        if code == "en"
        else r"^(?:(?:[àa]|lors\s+de)\s+)?(?:la\s+)?(?P<u>journ[ée]e|[ée]tape|manche)\s+\d{1,3}$"
    )
    return (
        re.compile(
            rf"^{_EVENT_LEADS[code]}(?P<n>{_ORDINAL_WORDS[code]})\s+(?P<u>{_COUNTED_IN_EVENTS[code]})"
            r"(?:\s+(?:of|de|du|des|d')\s*(?P<of>.+))?$",
            re.I,
        ),
        re.compile(numbered, re.I),
    )


_POSSESSIVE = re.compile(r"^(?P<day>[^']+)'s\s+(?P<what>\S.*)$")
_RENTREE = re.compile(
    r"^(?:(?:[àa]|de|pour|lors\s+de|d[èe]s)\s+)?(?:la\s+)?rentr[ée]e(?:\s+scolaire)?"
    r"(?:\s+(?:de\s+)?(?P<y>\d{4})|\s+prochaine)?$",
    re.I,
)
_SESSION = re.compile(r"^(?:(?:[àa]|lors\s+de)\s+)?(?:la\s+)?session\s+\d{4}$", re.I)
_EVENT_HINT = {
    "fr": "{t!r} compte {what} depuis un événement (un match, une course, une sortie, un"
    " contrat, une scolarité), ce n'est pas une date : écrivez-en le jour ou les jours, comme"
    " {example}, et dites {unit!r} dans la propriété",
    "en": "{t!r} counts {what} from an event (a match, a race, a release, a contract, a"
    " school year), no date: write its day or days, as {example} or 'on Saturday', and say"
    " the {unit!r} in the property",
}
_ROUND_HINT = {
    "fr": "{t!r} est une journée (ou une étape) d'une compétition, pas une date : écrivez"
    " le jour du match, comme {example}",
    "en": "{t!r} is a round of a competition, no date: write the day of its match, as {example}",
}
_RENTREE_HINT = (
    "à la rentrée : de quelle année ? écrivez la rentrée et son année ('la rentrée 2025',"
    " lue comme le début de septembre) ou le jour, comme lundi 1er septembre 2025"
)
_SESSION_HINT = (
    "une session d'examen n'est pas une date : écrivez les jours des épreuves, comme du 16 au"
    " 24 juin 2025, ou l'année seule, 2025"
)


def _event(t: str, lang: _Lang, language: str, published: date | None) -> Period | None:
    """Read or refuse the moments of a match or of a school year.

    Read: "Sunday's final" as "Sunday" reads; "la rentrée 2025" as the first days of
    September 2025 (as "début septembre 2025"). Refused, saying what to write: "the 23rd
    minute", "the 3rd day", "la 12e journée" (what a match, a race or a contract counts:
    no date, though dateparser read a day of them), "matchweek 12", "journée 12" (a round
    of a competition), "à la rentrée" (which?), "session 2025" (of an exam).
    """
    code = lang.code
    if code == "en" and "'s " in t and (possessive := _POSSESSIVE.match(t)):
        return _possessive_day(possessive["day"], t, lang, language, published)
    ordinal, numbered = _event_patterns(code)
    example = _for_language(language, _DAY_EXAMPLE)
    if (match := ordinal.match(t)) is not None and not _names_a_date(match["of"], lang):
        unit = match["u"].lower()
        what = _for_language(language, {"fr": "un moment", "en": "a moment"})
        raise _Refused(
            _for_language(language, _EVENT_HINT).format(t=t, what=what, example=example, unit=unit)
        )
    if numbered.match(t):
        raise _Refused(_for_language(language, _ROUND_HINT).format(t=t, example=example))
    if code == "fr":
        if (rentree := _RENTREE.match(t)) is not None:
            if rentree["y"] is None:
                raise _Refused(_RENTREE_HINT)
            year = int(rentree["y"])
            return Period(date(year, 9, 1), date(year, 9, 10), "part", t)
        if _SESSION.match(t):
            raise _Refused(_SESSION_HINT)
    return None


# A moment of a trading day ("à la clôture de mercredi", "after the bell Wednesday",
# "premarket Thursday") is that day, as "mercredi soir" is: prices are dated by them.
_MARKET_WORDS = {
    "fr": re.compile(r"cl[ôo]tur|ouverture|s[ée]ance", re.I),
    "en": re.compile(r"close|open|bell|trading|market|hours|session", re.I),
}
_MARKET_LEADS = {
    "fr": r"(?:(?:[àa]\s+l'issue\s+de|lors\s+de|pendant|durant|dans|[àa]|en)\s+)?"
    r"(?:la\s+|l'|le\s+)?",
    "en": r"(?:(?:at|in|after|before|during|on|into|by)\s+)?(?:the\s+)?",
}
_MARKET_MOMENTS = {
    "fr": r"(?:cl[ôo]ture|pr[ée]-?ouverture|ouverture|mi-?s[ée]ance"
    r"|(?:(?:d[ée]but|fin|cours|milieu)\s+de\s+)?s[ée]ance(?:\s+de\s+bourse)?)",
    "en": r"(?:close|closing\s+bell|opening\s+bell|open|bell|mid-?session|session|pre-?market"
    r"|post-?market|after-?\s?hours(?:\s+trading)?"
    r"|(?:(?:early|late|extended|pre-?market|post-?market|regular|overnight)\s+)?trading)",
}
# What joins the moment to a day written after it: "de mercredi", "du 4 mars", "on Wednesday"
_MARKET_JOINS = {"fr": r"(?:\s+(?:de|du)\s+|\s+d'|,?\s+)", "en": r"(?:,?\s+(?:on|of)\s+|,?\s+)"}
_MARKET_HINT = {
    "fr": "un moment de séance n'est pas une date : écrivez son jour, comme mercredi à la"
    " clôture, ou mercredi 4 mars 2026 à la clôture",
    "en": "a moment of a trading day is no date: write its day, as Wednesday at the close, or"
    " Wednesday, March 4, 2026, at the close",
    "en-dmy": "a moment of a trading day is no date: write its day, as Wednesday at the close,"
    " or Wednesday 4 March 2026 at the close",
}


@lru_cache(maxsize=8)
def _market_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The moment before its day, after it, and alone; compiled at first use."""
    moment = _MARKET_LEADS[code] + _MARKET_MOMENTS[code]
    return (
        re.compile(rf"^{moment}{_MARKET_JOINS[code]}(?P<x>.+)$", re.I),
        re.compile(rf"^(?P<x>.+?),?\s+{moment}$", re.I),
        re.compile(rf"^{moment}$", re.I),  # "à l'ouverture", "(in) extended trading"
    )


def _market_moment(t: str, lang: _Lang, language: str, published: date | None) -> Period | None:
    """Read a moment of a trading day ("mercredi à la clôture", "premarket Thursday"): the day.

    The day is read as written alone (a weekday: the latest on or before publication, a
    forecast's the next). A moment alone ("à l'ouverture", "after the bell": of which
    day?) is refused, saying what to write; a moment of no day ("at the close of 2024",
    "l'ouverture des Jeux") is left to the other readings.
    """
    before, after, alone = _market_patterns(lang.code)
    if alone.match(t):
        raise _refusal(language, _MARKET_HINT)
    for pattern in (before, after):
        if (match := pattern.match(t)) is None:
            continue
        try:
            inner = _core(match["x"], lang, language, published, nested=False)
        except DateSyntaxError:
            continue
        if inner.granularity == "day":
            return Period(inner.start, inner.end, "day", t)
    return None


def _names_a_date(written: str | None, lang: _Lang) -> bool:
    """Tell whether what follows "of" names a date: "the first week of March", "of 2025"."""
    if written is None:
        return False
    return bool(_HAS_YEAR.search(written)) or any(
        _fold(word) in lang.months for word in re.findall(r"[^\W\d_]+", written)
    )


def _possessive_day(
    day: str, t: str, lang: _Lang, language: str, published: date | None
) -> Period | None:
    """Read a day's match ("Sunday's final", "last Saturday's game") as the day, or None."""
    try:
        period = _core(day, lang, language, published, nested=False)  # "Sunday": dateparser's
    except DateSyntaxError:
        return None  # "the club's final": no date, as before
    if period.granularity not in ("day", "range") or (period.end - period.start).days > 2:
        return None  # "2025's final": a year is no day of a match
    return Period(period.start, period.end, period.granularity, t)


# "from" begins a range ("from 2014 to 2015"); alone, it is read as "as of" is.
_FROM = {"en": re.compile(r"^from\s+(?P<x>.+)$", re.I)}


# A day of the month alone: "le 12", "le 1er", "mardi 18", "the 16th", "Sunday the 16th".
_DAY_ALONE = re.compile(
    r"^(?:(?!the\s)(?P<w>[^\W\d_]+)\.?,?\s+)?(?P<the>the\s+)?(?P<d>\d{1,2})(?P<o>er|re|st|nd|rd|th)?$",
    re.I,
)
_ORDINAL_ENDS = frozenset({"er", "re", "st", "nd", "rd", "th"})
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:le|the)\s+$", re.I)
_DAY_EXAMPLE = {"fr": "le 12 novembre 2025", "en": "Nov. 12, 2025", "en-dmy": "12 Nov. 2025"}
_DAY_ALONE_HINT = {
    code: f"a number alone is no date: write the day and its month, as {example}"
    for code, example in _DAY_EXAMPLE.items()
} | {
    "fr": "un nombre seul n'est pas une date : écrivez le jour et son mois, comme"
    f" {_DAY_EXAMPLE['fr']}"
}
# What a number alone may be led by ("le 32", "depuis le 40", "12"): said what to write.
_NUMBER_WITH_LEAD = re.compile(r"^(?:[^\W\d_]+(?:\s+|')){0,3}\d{1,2}(?:er|re|st|nd|rd|th)?$", re.I)


def _day_alone(t: str, written: str, lang: _Lang) -> int | None:
    """The day of a day of the month written alone, or None.

    Written with an ordinal ("1er", "16th"), an article ("le 12", "the 16th") or a weekday
    ("mardi 18", "samedi 1er", "le mardi 18": the lead words dropped the weekday): a
    number alone ("12") is no day.
    """
    last = t.rsplit(" ", 1)[-1]
    if not 1 <= len(last) - len(last.lstrip("0123456789")) <= 2:  # "2015", "juillet": no day
        return None
    match = _DAY_ALONE.match(t)
    if match is None:
        return None
    weekday = match["w"]
    if weekday is not None and _fold(weekday) not in lang.weekdays:
        return None
    ordinal = match["o"]
    if ordinal is not None and _fold(ordinal) in ("er", "re") and match["d"] != "1":
        return None  # "12er": no ordinal of French
    dropped = written[: len(written) - len(t)]
    words = dropped.split()
    marked = (
        ordinal is not None
        or weekday is not None
        or match["the"] is not None
        or _ARTICLE_BEFORE.search(dropped) is not None
        or (bool(words) and _fold(words[-1].rstrip(",")) in lang.weekdays)
    )
    return int(match["d"]) if marked else None


def _day_of_month(day: int, language: str, published: date | None, t: str) -> Period:
    """A day of the month written alone ("le 12", "the 16th"): of which month?

    The publication's month when the day is not after publication, else the month
    before; in a forecast (`_AheadDay`), the first such day on or after publication.
    A month without that day ("le 31" in an article of 15 March: neither March, to
    come, nor February) is refused, saying what to write.
    """
    if not 1 <= day <= 31:
        raise _hint(t, language, _DAY_ALONE_HINT)
    ahead = isinstance(published, _AheadDay)
    p = _consult(published, t)
    index = p.year * 12 + p.month - 1
    if ahead and day < p.day:
        index += 1
    elif not ahead and day > p.day:
        index -= 1
    year, month = divmod(index, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise DateSyntaxError(f"{t!r}: the day runs out of the calendar")
    if day > _days_in_month(year, month):
        raise _Refused(_day_alone_refusal(day, year, month, language, ahead))
    found = date(year, month, day)
    return Period(found, found, "day", t)


def _days_without_month(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    """Read "du mardi 5 au jeudi 7", "du 5 au 7": days of the month "mardi 5" reads in.

    The first day's month is chosen as a day alone's ("le 5", "mardi 5": `_day_of_month`),
    the last day is in the same month, after the first; a weekday written must be that
    day's. Else refused, saying to write the month.
    """
    lang = _lang(language)
    first, last = int(m["a"]), int(m["b"])
    weekdays = [m["wa"], m["wb"]]
    for name in weekdays:
        if name is not None and _fold(name) not in lang.weekdays:
            return None  # "du numéro 5 au 7": no days
    if lang.code == "en" and weekdays[0] is None and not m["o"] and "the" not in t.lower():
        return None  # "from 5 to 7": figures, no days
    try:
        start = _day_of_month(first, language, published, t)
    except _Refused:
        start = None
    if last <= first:  # "du 7 au 5": in reverse, or over two months?
        raise _Refused(_reversed_days(first, last, _consult(published, t), language))
    if start is not None and last <= _days_in_month(start.start.year, start.start.month):
        end = start.start.replace(day=last)
        if all(
            name is None or lang.weekdays[_fold(name)] == day.weekday()
            for name, day in zip(weekdays, (start.start, end), strict=True)
        ):
            return Period(start.start, end, "range", t)
    p = _consult(published, t)
    named = [None if name is None else lang.weekdays[_fold(name)] for name in weekdays]
    month = _month_of_days(first, last, named, p)
    if month is None:  # "du mardi 5 au lundi 7": no month has those weekdays
        here = p.replace(day=1)
        if last <= _days_in_month(here.year, here.month):
            example = _two_days(here.replace(day=first), here.replace(day=last), language)
        else:
            example = _two_days(date(2026, 1, first), date(2026, 1, last), language)
        raise _Refused(_for_language(language, _DAYS_WEEKDAYS_HINT).format(example=example))
    written = _described(month, month, "month", language)
    raise _Refused(_for_language(language, _DAYS_WITHOUT_MONTH_HINT).format(t=t, month=written))


def _month_of_days(first: int, last: int, weekdays: list[int | None], p: date) -> date | None:
    """The month nearest to `p` that has both days, on the weekdays written; None if none.

    The weekdays of a month's days come back within 28 years: four years on each side of
    publication find a month for any pair of weekdays that can fall on those days.
    """
    index = p.year * 12 + p.month - 1
    for distance in range(4 * 12 + 1):
        for step in (-distance, distance) if distance else (0,):
            year, month = divmod(index + step, 12)
            if not 1 <= year <= 9999 or last > _days_in_month(year, month + 1):
                continue
            days = (date(year, month + 1, first), date(year, month + 1, last))
            if all(w is None or w == d.weekday() for w, d in zip(weekdays, days, strict=True)):
                return days[0]
    return None


def _reversed_days(first: int, last: int, p: date, language: str) -> str:
    """Why "du 7 au 5" is refused: its days are in reverse (or over two months: write them)."""
    index = p.year * 12 + p.month - 2  # the month before publication's, then publication's
    a = _span(index // 12, index % 12 + 1, index % 12 + 1, "month", "").start
    b = _span(p.year, p.month, p.month, "month", "").start
    if first > _days_in_month(a.year, a.month) or last > _days_in_month(b.year, b.month):
        a, b = date(2025, 12, 1), date(2026, 1, 1)
    example = _two_days(a.replace(day=first), b.replace(day=last), language)
    return _for_language(language, _REVERSED_DAYS_HINT).format(a=first, b=last, example=example)


def _two_days(a: date, b: date, language: str) -> str:
    """Two days as a range to write, each with its month and year."""
    joined = "du {} au {}" if _lang(language).code == "fr" else "{} to {}"
    first, second = _described(a, a, "day", language), _described(b, b, "day", language)
    if _lang(language).code == "fr":
        first, second = (re.sub(r"^1 ", "1er ", x) for x in (first, second))
    return joined.format(first, second)


_REVERSED_DAYS_HINT = {
    "fr": "les jours sont à l'envers : le {a} vient après le {b} ; s'ils courent sur deux"
    " mois, écrivez leurs mois, comme {example}",
    "en": "the days are in reverse: the {a} comes after the {b}; if they run over two"
    " months, write their months, as {example}",
}
_DAYS_WEEKDAYS_HINT = {
    "fr": "aucun mois n'a ces jours à ces jours de la semaine : vérifiez-les, et écrivez le"
    " mois, comme {example}",
    "en": "no month has those days on those weekdays: check them, and write the month, as"
    " {example}",
}


_DAYS_WITHOUT_MONTH_HINT = {
    "fr": "des jours sans leur mois : quel mois ? écrivez-le, comme {t} {month}",
    "en": "days without their month: which month? write it, as {t} {month}",
}


def _day_alone_refusal(day: int, year: int, month: int, language: str, ahead: bool) -> str:
    """Why a day alone is refused: the month it would be in has no such day."""
    named = _described(date(year, month, 1), date(year, month, 1), "month", language)
    if _lang(language).code == "fr":
        which = "le mois suivant" if ahead else "le mois précédent"
        return (
            f"un jour seul est du mois de la publication, ou {which}, ici {named}, qui n'a"
            f" pas de {day} : écrivez le jour et son mois, comme {_DAY_EXAMPLE['fr']}"
        )
    which = "the next month" if ahead else "the month before"
    return (
        f"a day alone is of the publication's month, or {which}, here {named}, which has"
        f" no day {day}: write the day and its month, as"
        f" {_for_language(language, _DAY_EXAMPLE)}"
    )


def _next_weekday(weekday: int, published: date, t: str) -> Period:
    """A forecast's bare weekday ("on Tuesday"): the first such day on or after publication."""
    p = _consult(published, t)
    day = _shifted(p, (weekday - p.weekday()) % 7, t)
    return Period(day, day, "day", t)


_UNTIL_WEEKDAY_HINT = {
    "fr": "le dernier ou le prochain ? écrivez sa date, comme jusqu'au vendredi 21 février",
    "en": "the last one or the next? write its date, as until Friday, Feb. 21",
    "en-dmy": "the last one or the next? write its date, as until Friday 21 February",
}


def _nearest_weekday(weekday: int, published: date, t: str, language: str) -> Period:
    """A weekday after until, jusqu'à: the nearest, refused when neither is nearer by two days.

    "until Friday" in Thursday's paper is the next day (the latest Friday, dateparser's
    reading, was six days back); in Monday's or Tuesday's, last Friday and the next are
    three and four days away: which one?
    """
    p = _consult(published, t)
    ahead = (weekday - p.weekday()) % 7
    if ahead in (3, 4):
        raise _refusal(language, _UNTIL_WEEKDAY_HINT)
    day = _shifted(p, ahead if ahead < 3 else ahead - 7, t)
    return Period(day, day, "day", t)


def _nested(x: str, language: str, published: date | None) -> Period | None:
    try:
        return _core(x, _lang(language), language, published, nested=True)
    except DateSyntaxError:
        return None


# --- text and language data -------------------------------------------------------------

_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "‐": "-", "‑": "-"})
_NUMBER_ONLY = re.compile(r"^\d{1,3}$|^\d{5,}$")
_ORDINAL = r"(?:er|st|nd|rd|th)?"


def _normalise(text: str) -> str:
    if not text.isascii():  # the quotes and dashes to translate are not ASCII
        text = text.translate(_TRANSLATE)
    return " ".join(text.split())


def _strip_accents(s: str) -> str:
    if s.isascii():  # nothing to decompose
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _fold(s: str) -> str:
    """Fold a word for lookups: case, accents and a final abbreviation dot.

    The dotless ı folds to i, as the case-insensitive regexes that found the word match it.
    """
    return _strip_accents(s.casefold().replace("ı", "i")).rstrip(".")


# A hedge before a date is dropped, as before a time ("at about 12.40am on Sunday"): "on or
# about 5 June 2022", an indictment's wording, names that day; "vers le 5 juin" too. The
# group `hedge` names them: a hedged year or decade ("vers 1750", "c. 1750") is not that
# year, but the years around it (`_hedged_years`). An event word ("born", "né en") is
# dropped as a lead: the property says which event.
# The group `since` names the leads after which a yearless day is the latest one on or
# before publication ("depuis le 1er janvier" in an article of November is last 1
# January, `_SinceDay`); `until` those of the end of a state (`_UntilDay`); `past` the
# leads after which a day is read as without them, the nearest ("au 31 décembre"), and
# which end an `until` read before them.
_LEAD_WORDS = {
    "fr": r"en\s+|(?P<since>depuis\s+)|courant\s+|pendant\s+|au\s+cours\s+d[eu]\s+"
    r"|au\s+mois\s+(?:de\s+|d')|(?P<past>au\s+(?!soir|matin|petit\s))|(?P<from>d[èe]s\s+|[àa]\s+"
    r"(?:partir|compter)\s+(?:du\s+|de\s+|d'))|(?P<until>jusqu'(?:au\s+|[àa]\s+|en\s+))|[àa]\s+l'horizon\s+(?:de\s+|d')?"
    r"|horizon\s+|d'ici\s+(?:[àa]\s+)?|(?P<hedge>vers\s+(?!\d{1,2}\s*(?:h|:))"
    r"|(?:aux\s+(?:alentours|environs)|autour)\s+(?:du\s+|de\s+|d')"
    r"|(?:circa\s+|ca?\.?\s*|v\.\s*)(?=\d{3,4}(?!\d)))|n[ée]e?s?\s+|(?:mort|d[ée]c[ée]d[ée])e?s?\s+"
    r"|(?:sur\s+)?l'ann[ée]e\s+(?=\d{4}$)",  # "sur l'année 2025": 2025
    "en": r"(?P<hedge>(?:on\s+or\s+)?(?:about|around)\s+|(?:circa\s+|ca?\.?\s*)(?=\d{3,4}(?!\d)))"
    r"|in\s+|on\s+|(?P<since>since\s+)|by\s+|during\s+"
    r"|(?P<past>as\s+(?:of|at)\s+(?!end))|(?P<until>until\s+|till\s+)|born\s+|b\.\s*(?=\d)"
    r"|died\s+",
}
_EXTRA_MONTHS = {"fr": {"jan": 1, "fev": 2, "sep": 9}, "en": {"sept": 9}}
# Abbreviations newsrooms write that babel's locale data lacks: "Weds 11 June".
_EXTRA_WEEKDAYS = {"en": {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}}
# The languages whose numeric dates ("27/07/2015") the fast path reads, in the order of
# the locale: babel's short date pattern (dd/MM/y in en_GB, M/d/yy in en_US).
_FAST_NUMERIC = frozenset({"fr", "en"})


@dataclass(frozen=True, slots=True)
class _Lang:
    code: str
    numeric_order: str | None  # "dmy" or "mdy": how the locale writes 05/11/2024
    months: dict[str, int]
    weekdays: dict[str, int]
    lead: re.Pattern[str]
    dmy: re.Pattern[str] | None
    mdy: re.Pattern[str] | None
    mentions: re.Pattern[str] | None
    mention_join: re.Pattern[str]  # the text between a weekday and day alone and the next
    weekday_stems: re.Pattern[str] | None  # lowercase ASCII stems: see find_weekday_dates
    weekday_starts: re.Pattern[str] | None  # the names in lower case: see _mention_matches
    # the names' distinct first three letters, where a name starts (None: a name is shorter)
    weekday_prefixes: tuple[str, ...] | None
    weekday_words: re.Pattern[str] | None  # the stems, with IGNORECASE
    phrases: tuple[tuple[re.Pattern[str], Callable[..., Period | None]], ...]
    late_words: re.Pattern[str]  # a late phrase has one of them, in lower case
    late_phrases: tuple[tuple[re.Pattern[str], Callable[..., Period | None]], ...]
    range_prefix: re.Pattern[str]
    range_seps: dict[str, re.Pattern[str]]


def _names(table: dict[str, int]) -> str:
    """Build a regex alternation matching the names, accented or not, longest first."""
    return "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))


def _stems(names: dict[str, int]) -> tuple[str, ...]:
    """The fewest names that every name contains ("lun" of "lundi"): one of them is in any."""
    stems: list[str] = []
    for name in sorted(names, key=len):
        if not any(stem in name for stem in stems):
            stems.append(name)
    return tuple(stems)


def _babel_names(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month (1-12) and weekday (0 = Monday) names of the language, keyed as written."""
    from babel.core import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (ValueError, TypeError, UnknownLocaleError):
        return {}, {}
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for target, data in ((months, locale.months), (weekdays, locale.days)):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in data[context][width].items():
                    word = str(name).lower().rstrip(".")
                    for variant in {word, _strip_accents(word)}:
                        if variant and not variant.isdigit():
                            target[variant] = int(number)
    for name, number in _EXTRA_MONTHS.get(code, {}).items():
        months.setdefault(name, number)
    for name, number in _EXTRA_WEEKDAYS.get(code, {}).items():
        weekdays.setdefault(name, number)
    # A word naming two months (or a month and a weekday) is no evidence of either.
    ambiguous = {k for k in months if _fold(k) in weekdays}
    folded: dict[str, set[int]] = {}
    for name, number in months.items():
        folded.setdefault(_fold(name), set()).add(number)
    ambiguous |= {k for k in months if len(folded[_fold(k)]) > 1}
    return (
        {k: v for k, v in months.items() if k not in ambiguous},
        {k: v for k, v in weekdays.items() if k not in ambiguous},
    )


# The alternatives of a weekday mention, by the suffix of their groups: the day and month
# in words (2: the English month first), then in digits (3: ISO, 4: day/month/year), and
# last a weekday and a day alone (5: "mardi 22" of "mardi 22 et jeudi 23 octobre"), which
# takes its month from the mention it is joined to, or is no mention.
_MENTION_FORMS = ("", "2", "3", "4", "5")
_NUMERIC_FORMS = ("3", "4")
_BARE = "5"
# What joins a weekday and a day alone to the next mention: "mardi 22 et jeudi 23 octobre",
# "du lundi 20 au vendredi 24 octobre", "Tuesday 22 and Thursday 23 October".
_JOINS = {
    "fr": r"et|ou|au|[àa]|jusqu'(?:au|[àa])",
    "en": r"and|or|to|through|until|till",
}
_ARTICLES = {"fr": r"le\s+", "en": r"the\s+|on\s+"}
_THIS_DAY = {"fr": "ce", "en": "this"}  # before a weekday and its date, dropped as a lead
_DAY_FIRST_NUMERIC = frozenset({"fr", "de", "es", "it", "pt", "nl"})


@lru_cache(maxsize=64)
def _lang(language: str) -> _Lang:
    code = language.strip().replace("_", "-").split("-")[0].lower()
    months, weekdays = _babel_names(code)
    months = {_fold(k): v for k, v in months.items()} | months
    weekdays = {_fold(k): v for k, v in weekdays.items()} | weekdays
    m, w = _names(months), _names(weekdays)
    dmy = mdy = mentions = None
    weekday_lead = ""
    if months:
        dmy = re.compile(
            rf"^(?:(?P<d>\d{{1,2}}){_ORDINAL}\.?\s+(?:of\s+)?)?(?P<m>{m})(?!\w)\.?"
            rf"(?:,?\s+(?P<y>\d{{4}}))?$",
            re.I,
        )
        if code == "en":
            mdy = re.compile(
                rf"^(?P<m>{m})(?!\w)\.?\s+(?P<d>\d{{1,2}}){_ORDINAL}(?:,?\s+(?P<y>\d{{4}}))?$",
                re.I,
            )
    if months and weekdays:
        # "samedi 12 avril", "samedi, 12 avril", "samedi (12 avril)"
        wd = rf"(?<!\w)(?P<w>{w})(?!\w)\.?(?:,?\s+|\s*(?=\())(?:\(\s*)?"
        mention = (
            rf"{wd}(?:le\s+|the\s+)?(?P<date>(?P<d>\d{{1,2}}){_ORDINAL}\.?\s+(?:of\s+)?"
            rf"(?P<m>{m})(?!\w)\.?(?:,?\s+(?P<y>\d{{4}})(?!\d){_NOT_A_TIME})?)"
        )
        if code == "en":
            mention += (
                rf"|{wd.replace('P<w>', 'P<w2>')}(?P<date2>(?P<m2>{m})(?!\w)\.?\s+"
                rf"(?P<d2>\d{{1,2}}){_ORDINAL}(?!\w)(?:,?\s+(?P<y2>\d{{4}})(?!\d){_NOT_A_TIME})?)"
            )
        # dates in digits: ISO in every language, day/month/year where the language
        # writes it so (in English, 07/27 or 27/07 depends on the country: not read)
        mention += (
            rf"|{wd.replace('P<w>', 'P<w3>')}(?:le\s+|the\s+)?"
            rf"(?P<date3>(?P<y3>\d{{4}})-(?P<m3>\d{{1,2}})-(?P<d3>\d{{1,2}}))(?![\d-])"
        )
        if code in _DAY_FIRST_NUMERIC:
            mention += (
                rf"|{wd.replace('P<w>', 'P<w4>')}(?:le\s+)?"
                rf"(?P<date4>(?P<d4>\d{{1,2}})/(?P<m4>\d{{1,2}})/(?P<y4>\d{{4}}))(?![\d/])"
            )
        mention += (  # a weekday and a day alone: last, where no other form reads
            rf"|{wd.replace('P<w>', 'P<w5>')}(?:le\s+|the\s+)?"
            rf"(?P<date5>(?P<d5>\d{{1,2}}){_ORDINAL})(?![\w/]|[-.,:]\d)"
        )
        # a weekday's name first, tried once where each alternative would try it again
        mentions = re.compile(rf"(?<!\w)(?=(?:{w})(?!\w))(?:{mention})", re.I)
        weekday_lead = rf"|(?:{w})(?!\w)\.?,?\s+(?=\d|(?:{m})(?!\w))"
    le = rf"|le\s+(?=\d|(?:{w})(?!\w))" if code == "fr" and weekdays else ""
    this = _THIS_DAY.get(code)
    if this and weekdays and months:  # "ce jeudi 15 janvier": the date, its weekday checked
        le += rf"|{this}\s+(?=(?:{w})(?!\w)\.?,?\s+(?:\d|(?:{m})(?!\w)))"
    lead = re.compile(rf"^(?:{_LEAD_WORDS.get(code, '(?!)')}{le}{weekday_lead})", re.I)
    prefix_words, seps = _RANGE_WORDS.get(code, ((), {}))
    dash = r"\s*[-–—]\s*"
    range_seps = {"": re.compile(dash + "".join(f"|\\s+{s}\\s+" for s in seps.get("", ())), re.I)}
    for prefix in prefix_words:
        words = seps.get(prefix, seps.get("", ()))
        alternatives = [*(() if prefix in _NO_DASH else (dash,)), *(rf"\s+{s}\s+" for s in words)]
        range_seps[prefix] = re.compile("|".join(alternatives), re.I)
    prefixes = "|".join(prefix_words) or "(?!)"
    joins, articles = _JOINS.get(code, "(?!)"), _ARTICLES.get(code, "(?!)")
    late_words, late_phrases = _late_phrases(code)
    stems = _stems(weekdays) if mentions is not None else ()
    stem_names = "|".join(map(re.escape, stems))
    return _Lang(
        code=code,
        numeric_order=_numeric_order(language),
        months=months,
        weekdays=weekdays,
        lead=lead,
        dmy=dmy,
        mdy=mdy,
        mentions=mentions,
        mention_join=re.compile(
            rf"\s*(?:,\s*(?:(?:{joins})\s+)?|(?:{joins})\s+|[&/–—-]\s*)(?:{articles})?",
            re.I,
        ),
        weekday_stems=re.compile(stem_names) if stems and stem_names.isascii() else None,
        weekday_starts=(
            re.compile(rf"(?:{_names({n.lower(): d for n, d in weekdays.items()})})(?!\w)")
            if mentions is not None
            else None
        ),
        weekday_prefixes=(
            tuple(sorted({n.lower()[:3] for n in weekdays}))
            if mentions is not None and all(len(n.lower()) >= 3 for n in weekdays)
            else None
        ),
        weekday_words=re.compile(stem_names, re.I) if stems else None,
        phrases=_phrases(code),
        late_words=late_words,
        late_phrases=late_phrases,
        # "d'octobre 2024 à septembre 2025": "de", elided
        range_prefix=re.compile(rf"^(?:({prefixes})\s+{_ELIDED_DE if code == 'fr' else ''})", re.I),
        range_seps=range_seps,
    )


@lru_cache(maxsize=64)
def _numeric_order(language: str) -> str | None:
    """How the locale orders day and month in digits: "dmy", "mdy", or None if unknown.

    From babel's short date pattern (en_GB dd/MM/y, en_US M/d/yy), or its medium one
    where the short one starts with the year (fr_CA y-MM-dd, but d MMM y).
    """
    from babel.core import Locale, UnknownLocaleError

    tag = language.strip().replace("-", "_")
    for candidate in (tag, tag.split("_")[0].lower()):
        try:
            locale = Locale.parse(candidate)
        except (ValueError, TypeError, UnknownLocaleError):
            continue
        for width in ("short", "medium"):
            pattern = re.sub(r"'[^']*'", "", str(locale.date_formats[width].pattern))
            positions = {c: pattern.find(c) for c in "ydML"}
            month = max(positions["M"], positions["L"])
            if min(positions["d"], month) < 0:
                continue
            if 0 <= positions["y"] < min(positions["d"], month):  # year first: no evidence
                continue
            return "dmy" if positions["d"] < month else "mdy"
        return None
    return None


def _strip_lead(t: str, lang: _Lang) -> str:
    while match := lang.lead.match(t):
        if not match.end():
            break
        t = t[match.end() :]
    return t


# --- errors and period builders -----------------------------------------------------------


def _cannot(t: str, language: str) -> DateSyntaxError:
    return _Unreadable(f"cannot read {t!r} as a date ({language})")


def _needs_year(t: str) -> DateSyntaxError:
    return _NoYear(f"{t!r} has no year: write the year, or give the source's published date")


def _day(y: int, m: int, d: int, t: str, language: str) -> date:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        raise DateSyntaxError(f"{t!r} is not a day of the calendar ({language})") from None


def _span(y: int, first_month: int, last_month: int, granularity: str, t: str) -> Period:
    if not 1 <= y <= 9999:
        raise DateSyntaxError(f"{t!r}: the year {y} is out of range")
    last = _days_in_month(y, last_month)
    return Period(date(y, first_month, 1), date(y, last_month, last), granularity, t)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def _week_of(d: date, t: str) -> Period:
    """Monday to Sunday around `d`."""
    try:
        monday = d - timedelta(days=d.weekday())
        return Period(monday, monday + timedelta(days=6), "week", t)
    except OverflowError:
        raise DateSyntaxError(f"{t!r}: the week runs out of the calendar") from None


def _nearest_year(month: int, day: int, published: date) -> int:
    """The year that puts the day and month nearest `published`.

    "30 décembre" in an article of 3 January is last year's, "15 décembre" in one of
    1 December this year's. A 29 February is measured as the 28th in a year without one
    (and then is no day of the calendar); on a tie, the earlier year.
    """
    best, best_distance = published.year, None
    for year in (published.year - 1, published.year, published.year + 1):
        if not 1 <= year <= 9999:
            continue
        near = date(year, month, max(1, min(day, _days_in_month(year, month))))
        distance = abs((near - published).days)
        if best_distance is None or distance < best_distance:
            best, best_distance = year, distance
    return best


def _latest_year(
    first_month: int, published: date | None, t: str, last_month: int | None = None
) -> int:
    """Year of the latest such period that does not start after publication.

    In a forecast (`_AheadDay`), of the earliest that does not end before publication:
    its months `first_month` to `last_month`.
    """
    if type(published) is date:  # most often: neither a forecast's nor after since
        return published.year if first_month <= published.month else published.year - 1
    ahead = isinstance(published, _AheadDay)
    p = _consult(published, t)
    if ahead:
        return p.year if (last_month or first_month) >= p.month else p.year + 1
    return p.year if first_month <= p.month else p.year - 1


def _day_year(month: int, day: int, published: date | None, t: str) -> int:
    """The year of a day and month written without one ("1er décembre").

    Nearest publication (also after au, dès, as of, from); after since, depuis
    (`_SinceDay`) the latest on or before it; in a forecast (`_AheadDay`) the earliest on
    or after it, a 29 February the latest or earliest of a leap year (nearest, it is no
    day of the calendar in a year without).
    """
    if type(published) is date:  # most often: neither a forecast's nor after since
        return _nearest_year(month, day, published)
    mode = type(published)
    p = _consult(published, t)
    if issubclass(mode, _SinceDay):
        year, step = (p.year if (month, day) <= (p.month, p.day) else p.year - 1), -1
    elif mode is _AheadDay:
        year, step = (p.year if (month, day) >= (p.month, p.day) else p.year + 1), 1
    else:
        return _nearest_year(month, day, p)
    while (month, day) == (2, 29) and 1 <= year <= 9999 and _days_in_month(year, 2) == 28:
        year += step
    return year


# --- the fast path: the forms newsrooms write most, without dateparser ---------------------

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?$")
# "2014/15", "2014-15", "2014/5", "2014/2015": a season, a school or financial year;
# dateparser reads 15 January 2014 and May 2014. "2030-35": the years 2030 to 2035.
_SHORT_YEAR_RANGE = re.compile(r"^(\d{4})\s*([-/–—])\s*(\d{4}|\d{1,2})$")
# Every numeric form above is digits and these separators only, a digit first: one test
# spares "27 juillet 2015" the five.
_NUMERIC_FORM = re.compile(r"^\d[\d\s/.\-–—]*$")


def _fast(t: str, lang: _Lang, language: str, published: date | None) -> Period | None:
    if _NUMERIC_FORM.match(t):
        period = _fast_numeric(t, lang, language, published)
        if period is not None:
            return period
    for pattern in (lang.dmy, lang.mdy):
        if pattern is not None and (match := pattern.match(t)):
            month = lang.months[_fold(match["m"])]
            return _day_or_month(match["d"], month, match["y"], t, language, published)
    return None


def _fast_numeric(t: str, lang: _Lang, language: str, published: date | None) -> Period | None:
    if match := _ISO_DAY.match(t):
        y, m, d = (int(g) for g in match.groups())
        day = _day(y, m, d, t, language)
        return Period(day, day, "day", t)
    if (match := _ISO_MONTH.match(t)) and 1 <= int(match[2]) <= 12:  # "2011-12": December
        return _span(int(match[1]), int(match[2]), int(match[2]), "month", t)
    if match := _YEAR.match(t):
        return _span(int(match[1]), 1, 12, "year", t)
    if match := _SHORT_YEAR_RANGE.match(t):
        first, slash, second = int(match[1]), match[2] == "/", match[3]
        if _follows(first, second):  # a season or financial year: both calendar years
            last = first + 1
        elif len(second) == 2 and not slash and int(second) > first % 100:
            last = first // 100 * 100 + int(second)  # "2030-35", "2022-24"
        elif len(second) == 4 and not slash:
            return None  # "2014-2016": a range
        else:
            raise _hint(t, language, _YEARS_HINT)
        start, end = _span(first, 1, 12, "year", t), _span(last, 1, 12, "year", t)
        return Period(start.start, end.end, "range", t)
    order = lang.numeric_order if lang.code in _FAST_NUMERIC else None
    if order and (match := _NUMERIC.match(t)):
        # without a year too: dateparser reads "15-16" as 15 January 2016
        a, b = int(match[1]), int(match[3])
        if (a, b) == (9, 11) and match[4] is None and lang.code == "en":
            raise _Refused(_NINE_ELEVEN_HINT)  # the attacks, in every English
        d, m = (a, b) if order == "dmy" else (b, a)
        if not 1 <= m <= 12:
            raise DateSyntaxError(f"{t!r} is not a day of the calendar ({language})")
        return _day_or_month(str(d), m, match[4], t, language, published)
    return None


_NINE_ELEVEN_HINT = (
    "9/11 names the attacks of 11 September 2001 (or is a day of another year): write the"
    " date with its year, as Sept. 11, 2001"
)
# A day and a month joined by a hyphen, the month capitalised, names an event, not this
# year's day: "le 7-Octobre" (the attack of 2023), "le 11-Septembre", "le 13-Novembre".
_EVENT_DAY = re.compile(
    r"(?<![\w-])(?P<d>\d{1,2})(?:er)?-(?P<m>(?-i:[A-ZÉÈÊÀÂÎÔÛÇ])[^\W\d_]+)(?![\w-])"
)
_FULL_MONTHS_FR = frozenset({
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre",
})  # fmt: skip
_EVENT_DAY_NAME_HINT = (
    "{d}-{m}, avec un trait d'union et une majuscule, nomme un événement, pas un jour de"
    " l'année de la publication : écrivez sa date avec son année, comme le 7 octobre 2023"
    " (le 7-Octobre)"
)
_YEARS_HINT = {
    "fr": "écrivez un mois comme 2024-07, des années comme 2024-2026, une saison comme 2024/25",
    "en": "write a month as 2024-07, years as 2024-2026, a financial year as 2024/25",
}


def _day_or_month(
    d: str | None, month: int, y: str | None, t: str, language: str, published: date | None
) -> Period:
    if d is None:
        year = int(y) if y else _latest_year(month, published, t)
        return _span(year, month, month, "month", t)
    year = int(y) if y else _day_year(month, int(d), published, t)
    day = _day(year, month, int(d), t, language)
    return Period(day, day, "day", t)


# --- phrases dateparser does not read -------------------------------------------------------

_ORDINALS = {
    "1er": 1, "1re": 1, "premier": 1, "premiere": 1, "1st": 1, "first": 1,
    "2e": 2, "2eme": 2, "2nd": 2, "2nde": 2, "deuxieme": 2, "second": 2, "seconde": 2,
    "3e": 3, "3eme": 3, "3rd": 3, "troisieme": 3, "third": 3,
    "4e": 4, "4eme": 4, "4th": 4, "quatrieme": 4, "fourth": 4,
    "dernier": -1, "last": -1,
}  # fmt: skip
_PARTS = {
    "debut": "early", "beginning": "early", "start": "early", "early": "early",
    "mi": "mid", "mid": "mid", "milieu": "mid",
    "fin": "late", "end": "late", "late": "late",
}  # fmt: skip
_YEAR_PARTS = {"early": (1, 3), "mid": (5, 8), "late": (10, 12)}
_START_WORDS = frozenset({"debut", "beginning", "start"})  # since the start: to date
# The publication's month, after "depuis le début", "since the start of"
_THIS_MONTH = frozenset(
    {"du mois", "ce mois", "de ce mois", "du mois en cours", "the month", "this month"}
)
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_SEASONS = {
    "printemps": 3, "ete": 6, "automne": 9, "spring": 3, "summer": 6, "autumn": 9, "fall": 9,
    "hiver": 12, "winter": 12,
}  # fmt: skip
_RELATIVE_YEARS = {
    "dernier": -1,
    "derniere": -1,
    "passe": -1,
    "passee": -1,
    "last": -1,
    "prochain": 1,
    "prochaine": 1,
    "next": 1,
    "cette": 0,
    "this": 0,
}


def _ordinal_span(
    n: str, y: str | None, count: int, t: str, language: str, published: date | None
) -> Period | None:
    """Build the n-th quarter (count 4) or half (count 2) of the year."""
    if n.isdigit() and not 1 <= int(n) <= count:  # dateparser reads "T5 2015" as May
        raise _cannot(t, language)
    number = int(n) if n.isdigit() else _ORDINALS.get(_fold(n))
    if number is None:
        return None
    if number == -1:
        if not y:  # "le dernier trimestre" is the latest quarter, not the fourth: ambiguous
            if count == 4:
                raise _hint(t, language, _LAST_QUARTER_HINT)
            raise _cannot(t, language)
        number = count
    months = 12 // count
    first = (number - 1) * months + 1
    last = first + months - 1
    year = int(y) if y else _latest_year(first, published, t, last)
    return _span(year, first, last, "quarter" if count == 4 else "half", t)


def _quarter(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    return _ordinal_span(m["n"], m["y"], 4, t, language, published)


def _half(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    return _ordinal_span(m["n"], m["y"], 2, t, language, published)


def _part(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    which = _PARTS[_fold(m["p"])]
    start_word = _fold(m["p"]) in _START_WORDS
    since_start = start_word and isinstance(published, _SinceDay)
    if start_word and _fold(m["x"]) in _THIS_MONTH:  # "depuis le début du mois": to date
        p = _consult(published, t)  # the reading depends on the day, and on since
        if since_start:
            return Period(p.replace(day=1), p, "range", t)
    try:
        inner = _core(m["x"], _lang(language), language, published, nested=True)
    except _CenturyOrDecade as error:  # "the early 1800s": as "the 1800s", said for the part
        first, last = (error.first + offset for offset in _CENTURY_PARTS[which])
        raise DateSyntaxError(
            f"{t!r}: the century or the decade? write the years, as {first} to {last} ({language})"
        ) from None
    except _NoYear:  # "depuis début octobre" without a publication day: as "octobre"
        raise
    except DateSyntaxError:  # "mi" or "fin" may begin something else
        if _WINTER.search(m["x"]) and _lang(language).code in _WINTER_PART_HINT:
            raise _winter_part(t, language, published) from None  # "depuis le début de l'hiver"
        return None
    if inner.granularity == "year" and since_start and inner.start <= _consult(published, t):
        # "since the start of this year", "depuis le début de 2024": 1 January to
        # publication, as the start of a month is ("since early 2024" is the part)
        return Period(inner.start, _consult(published, t), "range", t)
    if inner.granularity == "day" and _lang(language).code == "en" and which != "mid":
        return None  # "late Tuesday": a part of the day, read as the day (`_day_part`)
    if inner.granularity == "year":
        first, last = _YEAR_PARTS[which]
        return _span(inner.start.year, first, last, "part", t)
    if inner.granularity == "range" and _is_decade(inner):  # "the early 2020s": 2020-2023
        first, last = _DECADE_PARTS[which]
        begin = _span(inner.start.year + first, 1, 12, "year", t)
        return Period(begin.start, _span(inner.start.year + last, 1, 12, "year", t).end, "range", t)
    if inner.granularity == "range" and _is_century(inner):  # "the late 19th century"
        first, last = _CENTURY_PARTS[which]
        begin = _span(inner.start.year + first, 1, 12, "year", t)
        return Period(begin.start, _span(inner.start.year + last, 1, 12, "year", t).end, "range", t)
    if inner.granularity in ("quarter", "half") and which == "late" and _AT_THE_END.match(t):
        # "à la fin du deuxième trimestre 2024": a closing date, as "à fin T2 2024"
        return Period(inner.end, inner.end, "day", t)
    if inner.granularity == "month" and start_word and published is _ANY_DAY:
        raise _Depends  # "depuis début octobre 2025" is not "début octobre 2025"
    if inner.granularity == "month" and since_start and inner.start <= _consult(published, t):
        # "depuis début octobre", "since the start of October": 1 October to publication,
        # as "since the start of the year" is the year to date ("since early October" is
        # the part, as depuis keeps its date)
        return Period(inner.start, _consult(published, t), "range", t)
    if inner.granularity == "month":
        first, last = _MONTH_PARTS[which]
        start = inner.start
        if (
            isinstance(published, _AheadDay)  # a forecast's "début novembre" on 25 November
            and start.replace(day=min(last, inner.end.day)) < _consult(published, t)
            and _fold(m["x"]) in _lang(language).months  # the month alone: no year, no dernier
        ):
            start = _span(start.year + 1, start.month, start.month, "month", t).start
        last = min(last, _days_in_month(start.year, start.month))
        return Period(start.replace(day=first), start.replace(day=last), "part", t)
    raise DateSyntaxError(f"{t!r}: {m['p']} goes with a month or a year ({language})")


# "à la fin du", "at the end of": before a quarter or a half, its closing day
_AT_THE_END = re.compile(r"^(?:[àa]\s+la\s+fin|at\s+the\s+end)\s", re.I)


def _winter_part(t: str, language: str, published: date | None) -> _Refused:
    """Refuse a part of a winter not written ("le début de l'hiver"): which winter, which days?"""
    year = _winter_near(published, t)
    first = date(year, 12, 1)
    p = _consult(published, t) if published is not None else first
    last = p if first <= p <= date(year + 1, 2, 28) else date(year, 12, 31)
    return _Refused(
        _for_language(language, _WINTER_PART_HINT).format(days=_two_days(first, last, language))
    )


_WINTER_PART_HINT = {
    "fr": "un moment de l'hiver n'est pas une date (quel hiver ? le météorologique commence le"
    " 1er décembre, l'astronomique vers le 21) : écrivez ses jours, comme {days}",
    "en": "a part of winter is no date (which winter? the meteorological one starts on 1"
    " December, the astronomical around the 21st): write its days, as {days}",
}


def _is_decade(period: Period) -> bool:
    """Tell whether the period is a decade's ten years (2020-2029)."""
    start, end = period.start, period.end
    return (
        start.year % 10 == 0
        and end.year == start.year + 9
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    )


def _is_century(period: Period) -> bool:
    """Tell whether the period is a century's hundred years (1801-1900)."""
    start, end = period.start, period.end
    return (
        start.year % 100 == 1
        and end.year == start.year + 99
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    )


# The years of a century's part, as of a decade's (`_DECADE_PARTS`), ten times longer:
# "the late 19th century" is 1867-1900, "la fin du XIXe siècle" too.
_CENTURY_PARTS = {"early": (0, 33), "mid": (33, 66), "late": (66, 99)}
_CENTURY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}  # fmt: skip
_RELATIVE_CENTURY = {
    word: ("before", "past", "20th")
    if word in ("last", "past", "previous")
    else ("after", "next", "22nd")
    for word in ("last", "past", "previous", "next", "coming")
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(written: str) -> int | None:
    """The number a Roman numeral writes ("XIX": 19), or None if it is no numeral."""
    letters = written.upper()
    total = 0
    for i, letter in enumerate(letters):
        value = _ROMAN[letter]
        following = _ROMAN[letters[i + 1]] if i + 1 < len(letters) else 0
        total += -value if value < following else value
    return total if total > 0 and _roman_of(total) == letters else None


def _roman_of(n: int) -> str:
    """Write `n` (1-399) in Roman numerals, in the one standard way."""
    out = []
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
                           (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _century(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read a century: "the 19th century", "le XIXe siècle" are 1801 to 1900.

    A century counts from year 1: the Nth is (N-1)*100+1 to N*100 (the 21st, 2001-2100).
    """
    groups = m.groupdict()
    if groups.get("r") is not None:
        number = _roman(groups["r"])
    elif groups.get("n") is not None:
        number = int(groups["n"])
    else:
        number = _CENTURY_WORDS.get(_fold("-".join(groups["w"].split())))
    if number is None and (relative := _RELATIVE_CENTURY.get(_fold(groups["w"] or ""))):
        # dateparser read "the last century" as the one year a hundred years before publication
        raise _Refused(
            f"the century {relative[0]} this one, or the {relative[1]} hundred years? write the"
            f" century, as the {relative[2]} century, or the years meant"
        )
    if number is None:
        return None
    if not 1 <= number <= 99:
        raise _cannot(t, language)
    start = _span((number - 1) * 100 + 1, 1, 12, "year", t)
    return Period(start.start, date(number * 100, 12, 31), "range", t)


_ERA_HINT = {
    "fr": "pas une période du calendrier (quelle guerre ? jusqu'à quand ?) : écrivez les"
    " années, comme {years}",
    "en": "no period of the calendar (which war? until when?): write the years meant, as {years}",
}


def _era(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse "the postwar years", "l'après-guerre", "the interwar years": write the years."""
    between = re.search(r"inter|entre", t, re.I) is not None
    years = ("1919", "1939") if between else ("1945", "1955")
    joined = " à ".join(years) if _lang(language).code == "fr" else " to ".join(years)
    raise _Refused(_for_language(language, _ERA_HINT).format(years=joined))


def _winter_near(published: date | None, t: str) -> int:
    """The year the winter nearest publication starts in: the last one until June, else the next."""
    if published is _ANY_DAY:
        raise _Depends  # the example is of the publication's winter
    p = _consult(published, t) if published is not None else date(2025, 10, 1)
    return p.year if p.month >= 7 else p.year - 1


def _season(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    first = _SEASONS[_fold(m["s"])]
    if first == 12 and m["this"] and not m["y"]:  # "cet hiver" in a winter's paper: this one
        p = _consult(published, t)
        if p.month in (12, 1, 2):
            return _season_span(p.year if p.month == 12 else p.year - 1, 12, t)
    if first == 12:  # December to February: the winter that starts in which year?
        year = int(m["y"]) if m["y"] else _winter_near(published, t)
        hint = _for_language(language, _WINTER_HINT).format(a=year, b=year + 1)
        if _lang(language).code == "fr":
            raise DateSyntaxError(f"{t!r} est ambigu (quelle année ?) : {hint}")
        raise DateSyntaxError(f"{t!r} is ambiguous (which year?): {hint}")
    if m["y"]:
        year = int(m["y"])
    elif m["this"]:  # "cet été", "this summer": the publication year's, ahead or past
        year = _consult(published, t).year
    else:
        year = _latest_year(first, published, t, first + 2)
    return _span(year, first, first + 2, "part", t)


_WINTER_HINT = {
    "fr": "quel hiver ? il court sur deux années : écrivez ses mois, comme de décembre {a} à"
    " février {b}, ou l'hiver {a}-{b}",
    "en": "which winter? it runs over two years: write its months, as December {a} to"
    " February {b}, or the winter of {a}-{b}",
}


def _relative_year(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    year = _consult(published, t).year
    return _span(year + _RELATIVE_YEARS[_fold(m["r"])], 1, 12, "year", t)


class _CenturyOrDecade(DateSyntaxError):
    """An English "the 1800s": the century or the decade? `first` is its first year."""

    def __init__(self, message: str, first: int) -> None:
        super().__init__(message)
        self.first = first


# A decade in words reads as in two digits: "the Sixties", "les années soixante" as "the 60s".
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9, "noughties": 0,
    "vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
    "septante": 7, "quatre-vingt": 8, "quatre-vingts": 8, "huitante": 8, "octante": 8,
    "quatre-vingt-dix": 9, "nonante": 9,
}  # fmt: skip


_DECADE_WORD_HINT = {
    "fr": "les années {before} ou les années {now} ? écrivez la décennie en chiffres, comme"
    " les années {before}",
    "en": "the {before}s or the {now}s? write the decade in figures, as the {before}s",
}


def _decade(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read a decade: "the 1990s", "années 1990" are 1990-1999.

    With two digits ("années 90") or in words ("the Sixties", "les années soixante"), the
    latest such decade not after publication; in words, the publication's own decade is
    refused ("the Twenties" in 2025: the 1920s, most often, not the 2020s). In English,
    "the 1900s" is most often the century: refused, but for "the 2000s".
    """
    groups = m.groupdict()
    if groups.get("c") is not None:
        first = int(groups["c"]) * 10
        if first % 100 == 0 and first != 2000 and _lang(language).code == "en":
            raise _CenturyOrDecade(
                f"{t!r}: the century or the decade? write the years, as {first} to"
                f" {first + 99} or {first}-{first + 9} ({language})",
                first,
            )
    else:
        ahead = isinstance(published, _AheadDay)
        year = _consult(published, t).year
        digit = groups.get("s")
        tens = int(digit) if digit is not None else _DECADE_WORDS[_fold("-".join(m["w"].split()))]
        first = year // 100 * 100 + tens * 10
        if ahead and first + 9 < year:  # a forecast's "années 30" in 2025: the 2030s
            first += 100
        elif not ahead and first > year:
            first -= 100
        if digit is None and first <= year <= first + 9:  # "the Twenties" in 2025: the 1920s?
            hint = _for_language(language, _DECADE_WORD_HINT)
            raise _Refused(hint.format(before=first - 100, now=first))
    start, end = _span(first, 1, 12, "year", t), _span(first + 9, 1, 12, "year", t)
    return Period(start.start, end.end, "range", t)


def _week(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read "semaine du 20 juillet", "week of July 20": the week of that day.

    In French, Monday to Sunday around it; in English, where a week may start on Sunday
    ("the week of Sunday, Nov. 3"), the seven days from it (Monday to Sunday from a Monday).
    """
    inner = _nested(m["x"], language, published)
    if inner is None and (span := _range(_normalise(m["x"]), _lang(language), language, published)):
        # "the week of Nov. 10-16", "la semaine du 10 au 16 novembre": the seven days written
        if (span.end - span.start).days != 6:
            raise _hint(t, language, _WEEK_OF_HINT)
        return Period(span.start, span.end, "week", t)
    if inner is None or inner.granularity != "day":
        return None
    if _lang(language).code == "en":
        return Period(inner.start, _shifted(inner.start, 6, t), "week", t)
    return _week_of(inner.start, t)


_WEEK_OF_HINT = {
    "fr": "une semaine, ce sont sept jours : écrivez son premier jour, comme la semaine du 10"
    " novembre 2025, ou ses jours, du 10 au 16 novembre 2025",
    "en": "a week is seven days: write its first day, as the week of Nov. 10, 2025, or its"
    " days, Nov. 10-16, 2025",
    "en-dmy": "a week is seven days: write its first day, as the week of 10 Nov. 2025, or its"
    " days, 10-16 Nov. 2025",
}


def _week_ending(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read "the week ending Nov. 8", "w/e 8 Nov", "the week to 8 November": the 7 days to it."""
    end = _inner_or_refuse(m["x"], language, published, t, _WEEK_ENDING_HINT)
    if end.granularity != "day":
        raise _hint(t, language, _WEEK_ENDING_HINT)
    return Period(_shifted(end.start, -6, t), end.start, "week", t)


_WEEK_ENDING_HINT = {
    "fr": "écrivez le jour où la semaine finit, comme la semaine se terminant le 8 novembre 2025",
    "en": "write the day the week ends, as the week ending Nov. 8, 2025",
    "en-dmy": "write the day the week ends, as the week ending 8 Nov. 2025",
}


def _hint(t: str, language: str, hints: dict[str, str]) -> DateSyntaxError:
    """Refuse `t` saying what to write, in the language's examples (English's by default)."""
    hint = _for_language(language, hints)
    return DateSyntaxError(f"cannot read {t!r} as a date ({language}): {hint}")


def _for_language(language: str, table: dict[str, str]) -> str:
    """The entry of `table` for the language: its code's, else English's.

    The English of a country that writes the day first (en_GB, en_AU: babel's locale
    pattern) has its own entry, "en-dmy", where an example writes a date: 8 Nov. 2025.
    """
    code = _lang(language).code
    if code == "en" and "en-dmy" in table and _numeric_order(language) == "dmy":
        return table["en-dmy"]
    return table.get(code, table["en"])


def _inner_or_refuse(
    x: str, language: str, published: date | None, t: str, hints: dict[str, str]
) -> Period:
    """Read the date inside a phrase, or refuse the phrase saying what to write.

    A date that needs a year, or is no day of the calendar, is refused as it would be alone.
    """
    try:
        return _core(x, _lang(language), language, published, nested=True)
    except _Unreadable:
        raise _hint(t, language, hints) from None


# --- named days, months and seasons relative to publication: "juin dernier", "last Tuesday"

_RELATIVE_WORDS = {
    "dernier": -1, "passe": -1, "last": -1, "this past": -1,
    "prochain": 1, "next": 1, "this coming": 1,
    "ce": 0, "this": 0,
}  # fmt: skip
_SEASON_NAMES = {
    "fr": frozenset({"printemps", "ete", "automne", "hiver"}),
    "en": frozenset({"spring", "summer", "autumn", "fall", "winter"}),
}
_WEEKEND = frozenset({"week-end", "weekend", "week end"})
_WEEKEND_HINT = {
    "fr": "lequel ? le dernier ou le prochain : écrivez ses jours, comme samedi 13 et"
    " dimanche 14 décembre (le week-end dernier se lit)",
    "en": "which one? write its days, as Saturday 13 and Sunday 14 December ('this"
    " weekend' and 'last weekend' read)",
}
_QUARTER_WORDS = {"trimestre": 3, "semestre": 6}
# "last Thursday" in Friday's paper: British copy writes yesterday "on Thursday" or
# "yesterday", and means by "last Thursday" the week before; others mean yesterday.
_LAST_YESTERDAY = frozenset({"last", "dernier"})
_LAST_YESTERDAY_HINT = {
    "fr": "hier, ou une semaine plus tôt ? écrivez sa date, comme jeudi 22 mai",
    "en": "yesterday, or a week earlier? write its date, as Thursday, May 22",
    "en-dmy": "yesterday, or a week earlier? write its date, as Thursday 22 May",
}
_EARLIER = frozenset({"tot", "earlier"})


def _relative_named(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    """Read a month, weekday, season or weekend named relative to the publication day.

    Before (-1): the latest one wholly before publication (a month: before its month);
    after (+1): the earliest one wholly after it; this (0), a weekday: in French ("ce
    dimanche") the nearest such day, past or to come, in English ("this Sunday") that of
    the publication's week, Monday to Sunday, and in a forecast's either the first on or
    after publication. Any other word (``le mois dernier``) is left to the other readers.
    """
    lang = _lang(language)
    ahead = isinstance(published, _AheadDay)
    x, step = _fold(m["x"]), _RELATIVE_WORDS[_fold(m["r"])]
    if x in lang.months and step:
        month = lang.months[x]
        p = _consult(published, t)
        if step < 0:
            year = p.year if month < p.month else p.year - 1
        else:
            year = p.year if month > p.month else p.year + 1
        return _span(year, month, month, "month", t)
    if x in _QUARTER_WORDS and step:  # "le trimestre dernier": the one before publication's
        months = _QUARTER_WORDS[x]
        p = _consult(published, t)
        first = ((p.year * 12 + p.month - 1) // months + step) * months
        year, month = divmod(first, 12)
        return _span(year, month + 1, month + months, "quarter" if months == 3 else "half", t)
    if x in lang.weekdays:
        weekday, p = lang.weekdays[x], _consult(published, t)
        if step < 0:
            offset = -((p.weekday() - weekday) % 7 or 7)
            if offset == -1 and _fold(m["r"]) in _LAST_YESTERDAY:
                raise _refusal(language, _LAST_YESTERDAY_HINT)  # yesterday, or a week earlier?
        elif step > 0:
            offset = (weekday - p.weekday()) % 7 or 7
        elif ahead:  # a forecast's "ce jeudi", "this Thursday": the next one, or the day
            offset = (weekday - p.weekday()) % 7
        elif lang.code == "en":  # "this Sunday" in Monday's paper is the coming one
            offset = weekday - p.weekday()
        else:  # "ce dimanche" in Monday's paper is the day before: at most 3 days away
            offset = (weekday - p.weekday() + 3) % 7 - 3
        day = _shifted(p, offset, t)
        return Period(day, day, "day", t)
    if step and x in _SEASON_NAMES.get(lang.code, ()):
        return _relative_season(_SEASONS[x], step, _consult(published, t), t)
    if x in _WEEKEND and step < 0:
        p = _consult(published, t)
        sunday = _shifted(p, -((p.weekday() - 6) % 7 or 7), t)  # the last one before
        return Period(_shifted(sunday, -1, t), sunday, "range", t)
    if x in _WEEKEND and step == 0 and lang.code == "en":  # that of the publication's week
        p = _consult(published, t)
        saturday = _shifted(p, 5 - p.weekday(), t)
        return Period(saturday, _shifted(saturday, 1, t), "range", t)
    if x in _WEEKEND and step == 0:  # "ce week-end": that of a weekend's or forecast's paper
        p = _consult(published, t)
        monday = _shifted(p, -p.weekday(), t)
        if p.weekday() >= 5 or ahead:
            return _weekend_from(_shifted(monday, 5, t), t)
        raise _weekend_refusal(monday, language, t)  # the last one, or the coming one?
    if x in _WEEKEND:  # "next weekend": the coming one, or the one after?
        raise _Refused(_for_language(language, _WEEKEND_HINT))
    for pattern in (lang.dmy, lang.mdy):  # "le 30 juin dernier", "last June 30"
        if step and pattern is not None and (named := pattern.match(m["x"])) and named["d"]:
            if named["y"]:
                return None
            month, number = lang.months[_fold(named["m"])], int(named["d"])
            return _relative_day(month, number, step, _consult(published, t), t, language)
    return None


def _relative_day(
    month: int, day: int, step: int, published: date, t: str, language: str
) -> Period:
    """The latest such day before publication (-1), or the earliest after it (+1).

    Never the publication day, as "mardi dernier"; a 29 February is that of a leap year.
    """
    if day > (29 if month == 2 else _MONTH_DAYS[month]):
        raise DateSyntaxError(f"{t!r} is not a day of the calendar ({language})")
    year = published.year
    if step < 0 and (month, day) >= (published.month, published.day):
        year -= 1
    elif step > 0 and (month, day) <= (published.month, published.day):
        year += 1
    while 1 <= year <= 9999 and day > _days_in_month(year, month):
        year += step
    if not 1 <= year <= 9999:
        raise DateSyntaxError(f"{t!r}: the day runs out of the calendar")
    found = date(year, month, day)
    return Period(found, found, "day", t)


def _shifted(d: date, days: int, t: str) -> date:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        raise DateSyntaxError(f"{t!r}: the day runs out of the calendar") from None


def _season_span(year: int, first: int, t: str) -> Period:
    """The season starting in `first` (3, 6, 9, 12) of `year`: winter ends in February."""
    if first == 12:
        start, end = _span(year, 12, 12, "part", t), _span(year + 1, 2, 2, "part", t)
        return Period(start.start, end.end, "part", t)
    return _span(year, first, first + 2, "part", t)


def _relative_season(first: int, step: int, published: date, t: str) -> Period:
    """The latest such season that ended before publication (-1), or the earliest after (+1)."""
    today = (published.year, published.month, published.day)
    if step < 0:
        year = published.year
        while True:  # at most three turns: winter ends in the year after its start
            end_year, end_month = (year + 1, 2) if first == 12 else (year, first + 2)
            if (end_year, end_month, _days_in_month(end_year, end_month)) < today:
                return _season_span(year, first, t)
            year -= 1
    year = published.year if (published.year, first, 1) > today else published.year + 1
    return _season_span(year, first, t)


def _part_of_this_year(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    """Read "en fin d'année", "the end of the year": a part of the publication's year."""
    which = _PARTS[_fold(m["p"])]
    first, last = _YEAR_PARTS[which]
    r = m.groupdict().get("r")
    step = _RELATIVE_YEARS[_fold(r)] if r else 0
    if which == "early" and not step and isinstance(published, _SinceDay):
        return _year_to_date(m, t, language, published)  # "depuis le début de l'année"
    year = _consult(published, t).year + step
    if step < 0 and _fold(m["p"]) in _START_WORDS and isinstance(published, _SinceDay):
        # "depuis le début de l'année dernière": to publication, as "since the start of
        # last year" and "depuis le début de 2024" are
        return Period(date(year, 1, 1), _consult(published, t), "range", t)
    return _span(year, first, last, "part", t)


def _year_to_date(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Read "year to date", "depuis le début de l'année": 1 January to publication."""
    p = _consult(published, t)
    return Period(date(p.year, 1, 1), p, "range", t)


def _earlier_later(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    """Read "earlier this year" (1 January to publication), "later this year" (to 31 December).

    So "earlier this month" (the 1st to publication) and "earlier this week" (Monday to
    publication), "later this month" (to the month's last day) and "later this week" (to
    Sunday): the publication day is in both.
    """
    p = _consult(published, t)
    unit = _fold(m["u"])
    if "mois" in unit or "month" in unit:
        first, last = p.replace(day=1), p.replace(day=_days_in_month(p.year, p.month))
    elif "semaine" in unit or "week" in unit:
        week = _week_of(p, t)
        first, last = week.start, week.end
    else:
        first, last = date(p.year, 1, 1), date(p.year, 12, 31)
    if _fold(m["w"]) in _EARLIER:
        return Period(first, p, "range", t)
    return Period(p, last, "range", t)


# The parts of a week: "en début de semaine" is Monday to Wednesday, "en fin de semaine"
# Thursday to Sunday (in Canada "la fin de semaine" is the weekend: it is in it).
_WEEK_PARTS = {"early": (0, 2), "late": (3, 6)}


def _part_of_week(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read "en début de semaine", "en fin de semaine [dernière]": of the publication's week."""
    first, last = _WEEK_PARTS[_PARTS[_fold(m["p"])]]
    r = m["r"]
    step = _RELATIVE_YEARS[_fold(r)] if r else 0
    p = _consult(published, t)
    monday = _shifted(p, 7 * step - p.weekday(), t)
    return Period(_shifted(monday, first, t), _shifted(monday, last, t), "range", t)


def _two_weekdays(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read "last Tuesday and Wednesday", "mardi et mercredi derniers": the two days.

    Last: the second as "last Wednesday" reads it, the first the latest such weekday
    before it (in an article of a Wednesday, the Tuesday eight days before, not the
    day before: the two days of the week before). Next: the first as "next Tuesday"
    reads it, the second the earliest such weekday after it.
    """
    lang = _lang(language)
    a, b = lang.weekdays.get(_fold(m["a"])), lang.weekdays.get(_fold(m["b"]))
    if a is None or b is None or a == b:
        return None
    gap, p = (b - a) % 7, _consult(published, t)
    if _RELATIVE_WORDS[_fold(m["r"]).rstrip("s")] < 0:
        end = _shifted(p, -((p.weekday() - b) % 7 or 7), t)
        if end == p - timedelta(days=1) and _fold(m["r"]).rstrip("s") in _LAST_YESTERDAY:
            raise _refusal(language, _LAST_YESTERDAY_HINT)  # as "last Thursday"
        return Period(_shifted(end, -gap, t), end, "range", t)
    start = _shifted(p, (a - p.weekday()) % 7 or 7, t)
    return Period(start, _shifted(start, gap, t), "range", t)


def _season_years(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read "the 2024-25 season", "la saison 2024/2025", "l'année scolaire 2024-2025".

    A school or academic year is September to August ("l'année scolaire 2024-2025" is 1
    September 2024 to 31 August 2025: France's and England's, which starts with the
    rentrée, as "la rentrée 2025" reads); a season, July to June, the sporting year of
    the federations' licences and of the leagues (FFF, LFP, NBA, NHL: 1 July to 30 June),
    which holds a match season from August to May. Consecutive ones never overlap. A
    winter ("l'hiver 2024-2025", "the 2024-25 winter") is December to February, as
    "l'hiver dernier"; an epidemic's season ("the 2024-25 flu season") is refused saying
    to write its months, as "this flu season" is: they depend on the epidemic and the
    country.
    """
    first, second = int(m["a"]), m["b"]
    if not _follows(first, second):
        raise DateSyntaxError(f"{t!r}: a season runs over two consecutive years ({language})")
    if _ILLNESS.search(t) and _SEASON_WORD.search(t):  # "the 2025-26 flu season": its months?
        raise _Refused(_season_hint(t, language, first))
    if _WINTER.search(t):  # "l'hiver 2025-2026": December to February, as "l'hiver dernier"
        return _season_span(first, 12, t)
    begin, last = (9, 8) if _SCHOOL.search(t) else (7, 6)
    start, end = _span(first, begin, begin, "month", t), _span(first + 1, last, last, "month", t)
    return Period(start.start, end.end, "range", t)


# A season's months, for the messages: a sports season runs August to May, more or less,
# a school year September to June.
_SEASON_MONTHS = {
    "fr": ("d'août {} à mai {}", "de septembre {} à juin {}", "d'octobre {} à mars {}"),
    "en": ("August {} to May {}", "September {} to June {}", "October {} to March {}"),
}
_SCHOOL = re.compile(r"scolaire|universitaire|school|academic|^(?:the\s+)?[as]y\s*\d", re.I)
_SEASON_WORD = re.compile(r"saison|season", re.I)
_WINTER = re.compile(r"hiver|winter", re.I)
_ILLNESS = re.compile(r"flu|gripp|winter|hivernale|respirat|rsv|covid|norovirus|pid[ée]m", re.I)


def _season_hint(t: str, language: str, first: int = 2024) -> str:
    """What to write for a season: its months ("août 2024 à mai 2025"), not its years."""
    sport, school, illness = _SEASON_MONTHS.get(_lang(language).code, _SEASON_MONTHS["en"])
    kinds = _SEASON_KINDS.get(_lang(language).code, _SEASON_KINDS["en"])
    if _ILLNESS.search(t):
        months, kind = illness.format(first, first + 1), kinds[0]
    else:
        months = (school if _SCHOOL.search(t) else sport).format(first, first + 1)
        kind = kinds[1]
    return _for_language(language, _SEASON_HINT).format(kind=kind, months=months)


_SEASON_KINDS = {
    "fr": ("de grippe, de maladies de l'hiver", "d'un sport, une année scolaire"),
    "en": ("of flu, of winter illness", "of a sport, a school year"),
}
_SEASON_HINT = {
    "fr": "une saison ({kind}) court sur des mois de deux années, pas sur des années civiles :"
    " écrivez ses mois, comme {months}",
    "en": "a season ({kind}) runs over months of two years, not over calendar years: write its"
    " months, as {months}",
}


_UNITS = {
    "jour": "day", "semaine": "week", "mois": "month",
    "trimestre": "quarter", "semestre": "half year", "an": "year", "annee": "year",
    "day": "day", "week": "week", "weekend": "weekend", "month": "month",
    "quarter": "quarter", "year": "year",
}  # fmt: skip


_UNITS_FR = {
    "day": "le jour", "week": "la semaine", "weekend": "le week-end", "month": "le mois",
    "quarter": "le trimestre", "half year": "le semestre", "year": "l'année",
}  # fmt: skip


def _refused(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Refuse, saying why, what counts from another date than publication, or a sport's season.

    "le trimestre précédent" (before which?), "the following week", "last season" (of
    which sport? a season is no period of the calendar).
    """
    if m.groupdict().get("s") is not None:
        raise _Refused(_season_hint(t, language))
    unit = "day" if _fold(m["x"]) in _lang(language).weekdays else _UNITS.get(_fold(m["x"]), "date")
    if _lang(language).code == "fr":
        raise DateSyntaxError(
            f"{t!r} compte depuis une autre date que la publication : écrivez"
            f" {_UNITS_FR.get(unit, 'la date')} ({language})"
        )
    raise DateSyntaxError(
        f"{t!r} counts from another date than publication: write the {unit} ({language})"
    )


# Words that make a text no period of the calendar, refused saying why (`_refuse_by_words`).
_AFTER = {"en": r"after\s+", "fr": r"apr[èe]s\s+"}
_AFTER_RE = {code: re.compile(rf"^(?:{words})(?P<x>.+)$", re.I) for code, words in _AFTER.items()}
_FISCAL = re.compile(
    r"(?<!\w)(?:fiscal(?:e|es)?|financial\s+(?:year|quarter|half)|fy\s*'?\d{2}(?:\d{2})?"
    r"|exercices?)(?!\w)",
    re.I,
)


# Financial years (`_fiscal`): two years in a row ("2024/25", "2024-25", "2024/5",
# "2024/2025", "financial year 2024-2025"), or one, that in which it ends ("FY2025",
# "FY25", "fiscal 2025", "l'exercice 2025"); a quarter or half of one ("Q3 2024/25").
_FISCAL_FILTER = re.compile(r"\d{4}\s*[-/–—]\s*\d|fy|fiscal|financial|exercice", re.I)
_FISCAL_PART = (
    r"(?:(?P<q>[QT][1-4]|[HS][12])\s+(?:of\s+(?:the\s+|its\s+)?|(?:de|du)\s+(?:son\s+|leur\s+)?)?)?"
)
_FISCAL_PART_AFTER = r"(?:,?\s+(?P<q2>[QT][1-4]|[HS][12]))?"
_FISCAL_TWO = re.compile(
    rf"^{_FISCAL_PART}(?P<w>(?:the\s+)?(?:financial|fiscal)\s+year\s+|the\s+(?=\d{{4}}\S+\s+f)|fy\s*"
    r"|(?:l')?exercices?\s+(?:fiscal\s+)?)?"
    rf"(?P<a>\d{{4}})\s*(?P<sep>[-/–—])\s*(?P<b>\d{{4}}|\d{{1,2}})"
    rf"(?P<w2>\s+(?:financial|fiscal)\s+year)?{_FISCAL_PART_AFTER}$",
    re.I,
)
_FISCAL_ONE = re.compile(
    rf"^{_FISCAL_PART}(?:fy\s*'?|fiscal\s+(?:year\s+)?|(?P<ex>(?:l')?exercice)\s+)"
    rf"(?P<y>\d{{4}}|\d{{2}}){_FISCAL_PART_AFTER}$",
    re.I,
)
_FISCAL_MONTHS = {"fr": "d'avril 2024 à mars 2025", "en": "April 2024 to March 2025"}
# A financial year named by its two years ("l'exercice 2024-2025", "financial year 2024/25")
# is no calendar year: without its first month, read as both calendar years it would pass
# every comparison of 24 months; refused, saying to set it.
_FISCAL_NAMED_HINT = {
    "fr": "un exercice sur deux années commence au mois choisi par son organisme (juillet pour"
    " un club de football, avril pour un organisme public britannique) : réglez"
    " financial_year_start sous [dates] dans factcheck.toml, ou dans le bloc source: du"
    " fichier (7 pour juillet), ou écrivez ses mois, comme de juillet {a} à juin {b}",
    "en": "a financial year over two years starts in the month its body chose: set"
    " financial_year_start under [dates] in factcheck.toml, or in the source: block of the"
    " claim file (4 for April), or write its months, as April {a} to March {b}",
}
_FISCAL_TWO_YEARS_HINT = {
    "fr": "un exercice court sur deux années de suite : écrivez-les, comme 2024/25",
    "en": "a financial year runs over two years in a row: write them, as 2024/25",
}
# "the fiscal year ended June 30, 2025", "l'exercice clos le 30 juin 2025": read by its end
_FISCAL_ENDED = re.compile(
    r"^(?:the\s+)?(?:(?:fiscal|financial)\s+year|fy|(?:l')?exercice(?:\s+(?:fiscal|comptable))?)"
    r"\s+(?:ended|ending|to|clos|achev[ée]|termin[ée])\s",
    re.I,
)


def _may_be_fiscal(t: str) -> bool:
    """A cheap filter before `_fiscal`: most texts have no financial year's words or form."""
    lowered = t.lower()
    if "fy" in lowered or "fisc" in lowered or "financ" in lowered or "exercice" in lowered:
        return True
    has_separator = "/" in t or "-" in t or "–" in t or "—" in t
    return has_separator and _FISCAL_FILTER.search(t) is not None


def _follows(first: int, written: str) -> bool:
    """Tell whether `written` ("25", "5", "2025") is the year after `first` (2024)."""
    following = first + 1
    return int(written) == (following if len(written) == 4 else following % 10 ** len(written))


# A quarter or half of a financial year in words: "troisième trimestre de son exercice
# 2024-2025", "the third quarter of fiscal 2025", "fiscal third quarter 2025", read as
# their code ("T3 de son exercice 2024-2025", "Q3 of fiscal 2025").
_FISCAL_ORDINALS = {
    "premier": 1, "1er": 1, "1re": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2,
    "2e": 2, "troisieme": 3, "3e": 3, "quatrieme": 4, "4e": 4, "first": 1, "1st": 1, "third": 3,
    "2nd": 2, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
_FISCAL_IN_WORDS = re.compile(
    r"^(?:(?:the|le|la|au|du)\s+)?(?P<fy>(?:fiscal|financial)\s+)?(?P<o>[\w']+)[-\s]+"
    r"(?P<u>trimestre|semestre|quarter|half)\s+(?P<rest>(?:of\s+|de\s+|du\s+|d')\S.*"
    r"|(?<=\s)(?:\d{4}|fy|fiscal|exercice)\S*.*)$",
    re.I,
)


_FISCAL_CODE_FIRST = re.compile(r"^(?:the\s+)?fiscal\s+(?P<q>[QH][1-4])\s+(?P<y>\d{4})$", re.I)
_FISCAL_YEAR_FIRST = re.compile(r"^(?:the\s+)?(?P<y>\d{4})\s+fiscal\s+year$", re.I)
# The number first, as "4Q 2025" is written: "4Q FY26", "2H FY2025" are "Q4 FY26", "H2 FY2025"
_FISCAL_NUMBER_FIRST = re.compile(r"^(?P<n>[1-4])(?P<u>[QH])(?P<rest>\s+.*\d.*)$", re.I)
# A term of a school year: "le premier trimestre 2025-2026", "le second semestre 2025-2026"
_SCHOOL_TERM = re.compile(
    r"^(?:(?:le|au|du)\s+)?[\w']+\s+(?P<u>trimestre|semestre)\s+(?:de\s+l'ann[ée]e\s+"
    r"(?:scolaire|universitaire)\s+)?\d{4}\s*[-/–—]\s*\d{2,4}$",
    re.I,
)


def _fiscal_in_words(t: str) -> str:
    """A quarter or half of a financial year written in words, as its code; else `t`."""
    if (code_first := _FISCAL_CODE_FIRST.match(t)) is not None:  # "fiscal Q3 2025"
        return f"{code_first['q']} fiscal {code_first['y']}"
    if (year_first := _FISCAL_YEAR_FIRST.match(t)) is not None:  # "the 2026 fiscal year"
        return f"fiscal year {year_first['y']}"
    if t[:1] in "1234" and (number_first := _FISCAL_NUMBER_FIRST.match(t)) is not None:
        return f"{number_first['u'].upper()}{number_first['n']}{number_first['rest']}"  # "4Q FY26"
    match = _FISCAL_IN_WORDS.match(t)
    if match is None or (number := _FISCAL_ORDINALS.get(_fold(match["o"]))) is None:
        return t
    unit = _fold(match["u"])
    if unit in ("semestre", "half"):
        if number > 2:
            return t
        code = f"H{number}"
    else:
        code = f"Q{number}"
    rest = match["rest"]
    if match["fy"] is not None:  # "the fiscal third quarter of 2025": of fiscal 2025
        rest = re.sub(r"^(?:of\s+)?", "fiscal ", rest, count=1, flags=re.I)
    return f"{code} {rest}"


def _fiscal(t: str, language: str, start: int | None) -> Period | None:
    """Read a financial year, or a quarter or half of one, or refuse it; None: no such form.

    With `start`, the month it starts in, "2024/25" (start 4) is April 2024 to March
    2025, "FY2025" the year that ends in 2025, "Q3 2024/25" October to December 2024.
    Without it, two years are both calendar years, which hold the financial year
    whatever its start (a season, as "la saison 2024-2025"); one year, a quarter or a
    half is refused, saying to set the start or write the months. "2014-2016", "2030-35"
    are no financial year (None: the years they span).
    """
    quarter_written = None
    if start is None and "mestre" in t and (term := _SCHOOL_TERM.match(t)) is not None:
        raise _Refused(_SCHOOL_TERM_HINTS[_fold(term["u"])])  # a school year's, no fiscal one
    t = _fiscal_in_words(t)
    if (match := _FISCAL_TWO.match(t)) is not None:
        first, second, word = int(match["a"]), match["b"], match["w"] or match["w2"]
        quarter_written = match["q"] or match["q2"]
        if not _follows(first, second):
            if not (word or quarter_written) and match["sep"] == "/":  # "2024/7", "2014/17"
                raise _Refused(_YEARS_HINT.get(_lang(language).code, _YEARS_HINT["en"]))
            if word or quarter_written:
                raise _refusal(language, _FISCAL_TWO_YEARS_HINT)
            return None  # "2030-35", "2014-2016": the years they span
        if (
            match["sep"] != "/"
            and not (word or quarter_written)
            and (len(second) == 4 or (len(second) == 2 and 1 <= int(second) <= 12))
        ):
            return None  # "2014-2015": a range of years; "2011-12": ISO's December 2011
        ends_in = first + 1
        if start is None and word and quarter_written is None:  # "l'exercice 2024-2025"
            hint = _for_language(language, _FISCAL_NAMED_HINT)
            raise _Refused(hint.format(a=first, b=ends_in))
    elif (match := _FISCAL_ONE.match(t)) is not None:
        year = match["y"]
        ends_in = int(year) if len(year) == 4 else 2000 + int(year)  # FY25 is FY2025
        quarter_written = match["q"] or match["q2"]
        if start is None and match["ex"] is not None:
            # "l'exercice 2026": a French body's exercice named by one year is the calendar
            # year (a commune's by law, most companies'); one of other months is written
            # with its two years ("l'exercice 2024-2025"), or set with financial_year_start
            start = 1
        if start is None:
            raise _Refused(_fiscal_hint(language))
        first = ends_in - 1
    else:
        return None
    if quarter_written is not None and start is None:
        raise _Refused(_fiscal_hint(language))
    if start is None or (start == 1 and match.re is _FISCAL_TWO):
        if quarter_written is not None:
            raise _Refused(_fiscal_hint(language))
        begin, end = _span(first, 1, 12, "year", t), _span(ends_in, 1, 12, "year", t)
        return Period(begin.start, end.end, "range", t)
    if start == 1 and quarter_written is None:  # a year that starts in January: a calendar one
        return _span(ends_in, 1, 12, "year", t)
    index, months = (ends_in - 1 if start > 1 else ends_in) * 12 + start - 1, 12
    if quarter_written is not None:
        letter, number = quarter_written[0].upper(), int(quarter_written[1])
        months = 3 if letter in "QT" else 6
        index += (number - 1) * months
    last = index + months - 1
    begin = _span(index // 12, index % 12 + 1, index % 12 + 1, "month", t)
    end = _span(last // 12, last % 12 + 1, last % 12 + 1, "month", t)
    return Period(begin.start, end.end, "range", t)


def _fiscal_range(
    t: str, lang: _Lang, language: str, published: date | None, start: int
) -> Period | None:
    """Read a range of financial years, `start` set ("between 2025/26 and 2027/28"), or None.

    From the first's first month to the second's last (April 2025 to March 2028 with 4),
    as each reads alone; an end that is no financial year ("from 2025/26 to March 2028")
    as it reads alone too. "from 2028/29" alone is that financial year, as "from 2028"
    is that year. None where neither end is a financial year: the calendar's ranges.
    """
    prefix = lang.range_prefix.match(t)
    key = _fold(prefix[1] or "de") if prefix else ""
    body = t[prefix.end() :] if prefix else t
    if key == "from" and (alone := _fiscal_end(body, lang, language, start)) is not None:
        return Period(alone.start, alone.end, "range", t)
    for sep in lang.range_seps[key if key in lang.range_seps else ""].finditer(body):
        a, b = body[: sep.start()], body[sep.end() :]
        first, last = _fiscal_end(a, lang, language, start), _fiscal_end(b, lang, language, start)
        if first is None and last is None:
            continue
        if first is None:
            first = _nested(a, language, published)
        if last is None:
            last = _nested(b, language, published)
        if first is None or last is None:
            continue
        if first.start > last.end:
            raise DateSyntaxError(f"{t!r} ends before it starts")
        return Period(first.start, last.end, "range", t)
    return None


def _fiscal_end(x: str, lang: _Lang, language: str, start: int) -> Period | None:
    """An end of a range read as a financial year, or None."""
    x = x.strip()
    if not x or not _may_be_fiscal(x):
        return None
    try:
        return _fiscal(_strip_lead(x, lang), language, start)
    except DateSyntaxError:
        return None


_FISCAL_SET_HINT = {
    "en": "write the financial year, and the quarter or half if one is meant, as FY2025,"
    " 2024/25, Q3 FY2025, the third quarter of fiscal 2025",
    "fr": "écrivez l'exercice, et le trimestre ou le semestre s'il s'agit d'un seul, comme"
    " l'exercice 2024-2025, T3 2024/25, le troisième trimestre de l'exercice 2024-2025",
}


def _fiscal_hint(language: str) -> str:
    months = _FISCAL_MONTHS.get(_lang(language).code, _FISCAL_MONTHS["en"])
    return _for_language(language, _FISCAL_HINT).format(months=months)


_FISCAL_HINT = {
    "fr": "un exercice commence au mois choisi par son organisme : écrivez ses mois (comme"
    " {months}, l'exercice 2024/25 d'un organisme public britannique), ou réglez"
    " financial_year_start sous [dates] dans factcheck.toml (4 pour avril), ou dans le bloc"
    " source: d'un fichier de claims dont l'organisme a son propre exercice",
    "en": "a financial year starts in the month its body chose: write its months (as"
    " {months}, a UK public body's 2024/25), or set financial_year_start under [dates] in"
    " factcheck.toml (4 for April), or in the source: block of a claim file whose body has a"
    " year of its own",
}


# An indefinite day: "a Friday night", "one night in March 2024", "un soir de juin".
_PART_OF_DAY = {
    "en": r"(?:night|morning|afternoon|evening|day|lunchtime|weekend)",
    "fr": r"(?:nuit|matin|matinée|apr[èe]s-midi|soir|soirée|jour|journée|week-end)",
}


@lru_cache(maxsize=4)
def _indefinite_pattern(code: str) -> re.Pattern[str]:
    weekdays = "|".join(
        sorted((re.escape(w) for w in _lang(code).weekdays if len(w) > 2), key=len, reverse=True)
    )
    part = _PART_OF_DAY[code]
    article = r"(?:an?|one|some)" if code == "en" else r"(?:une?|certaine?s?)"
    tail = (
        r"(?:in|of|during|last|this|early|late)(?!\w)"
        if code == "en"
        else r"(?:(?:de|en|du|cette)(?!\w)|d'|l')"
    )
    return re.compile(
        rf"^{article}\s+(?:(?:{weekdays})\.?(?:\s+{part})?(?:\s+{tail}.*)?"
        rf"|{part}\s*{tail}.*)$",
        re.I,
    )


_INDEFINITE_HINT = {
    "fr": "un jour non précisé (un vendredi, un soir de mars) : écrivez le mois, comme mars"
    " 2024, ou le jour s'il est connu, comme vendredi 8 mars 2024",
    "en": "a day not named (a Friday, one night in March): write the month, as March 2024, or"
    " the day if known, as Friday, March 8, 2024",
    "en-dmy": "a day not named (a Friday, one night in March): write the month, as March 2024,"
    " or the day if known, as Friday 8 March 2024",
}


def _refuse_by_words(t: str, lang: _Lang, language: str) -> None:
    """Refuse, saying why, a fiscal year ("FY2024", "l'exercice 2014") or "after X".

    A fiscal year starts in the month the company chose; the period after a date is not
    that date (dateparser read "after 2019" as 2019). "since", "depuis" are documented as
    the date itself and kept.
    """
    if _CLOCK_WORDS.search(t) and _clock_alone().match(t):  # "à 23 h 30": dateparser read a day
        raise _refusal(language, _TIME_HINT)
    if _FISCAL.search(t) and not _FISCAL_ENDED.search(t):
        raise _Refused(_fiscal_hint(language))
    if (
        t[:1] in "aAoOsSuUcC"
        and lang.code in _PART_OF_DAY
        and _indefinite_pattern(lang.code).match(t)
    ):
        raise _refusal(language, _INDEFINITE_HINT)  # "a Friday night": which Friday?
    after = _AFTER_RE.get(lang.code)
    if after is not None and (match := after.match(t)):
        hint = _for_language(language, _AFTER_HINT)
        raise DateSyntaxError(f"{t!r}: {hint.format(x=match['x'])} ({language})")
    if (before := _BEFORE_RE.get(lang.code)) is not None and (match := before.match(t)):
        x = match["x"]
        if not (_CLOCK_WORDS.search(x) and _time_in_text().match(x)):  # "before 6pm on Saturday"
            hint = _for_language(language, _BEFORE_HINT)
            raise DateSyntaxError(f"{t!r}: {hint.format(x=x)} ({language})")
    if (no_date := _NO_DATE_WORDS.search(t)) is not None:
        kind = no_date.lastgroup or ""
        year = no_date["y"] or "1884"
        raise _Refused(_for_language(language, _NO_DATE_HINTS[kind]).format(y=year))


_AFTER_HINT = {
    "fr": "la période après {x!r} n'est pas {x!r} : écrivez la période, avec sa fin",
    "en": "the period after {x!r} is not {x!r}: write the period, with its end",
}
_BEFORE_HINT = {
    "fr": "la période avant {x!r} n'est pas {x!r} : écrivez le jour (une échéance : {x}), ou la"
    " période, avec son début",
    "en": "the period before {x!r} is not {x!r}: write the day (a deadline: {x}), or the"
    " period, with its start",
}
_BEFORE_RE = {
    "en": re.compile(r"^(?:(?:just|shortly|well)\s+)?before\s+(?P<x>.+)$", re.I),
    "fr": re.compile(r"^(?:(?:juste|peu|bien)\s+)?avant\s+(?P<x>.+)$", re.I),
}
# Words of no period of the calendar, refused saying what to write: a tax year that starts
# on 6 April, a full year's effect, the start of records (after since, depuis: stripped).
_NO_DATE_WORDS = re.compile(
    r"(?P<tax>(?<!\w)(?:\d{4}\s*[-/–]\s*\d{2,4}\s+tax\s+year|tax\s+year\s+\d{4}(?:\s*[-/–]\s*"
    r"\d{2,4})?)(?!\w))|^(?P<full>ann[ée]e\s+pleine|(?:in\s+)?a\s+full\s+year)$"
    r"|(?P<records>^(?:records\s+began|(?:le\s+)?d[ée]but\s+des\s+(?:relev[ée]s|mesures"
    r"|observations|statistiques|enregistrements|records))(?:\s+(?:in|en)\s+(?P<y>\d{4}))?$)"
    r"|^(?P<yeargroup>(?:year|grade)\s+(?:1[0-3]|0?[1-9]))$",  # a UK year group, a US grade
    re.I,
)
_NO_DATE_HINTS = {
    "yeargroup": {
        "fr": "un niveau scolaire (Year 11, grade 8) n'est pas une date : écrivez le jour ou"
        " l'année scolaire, comme l'année scolaire 2025-2026",
        "en": "a school year group (Year 11, grade 8) is no date: write the day or the school"
        " year, as the 2025-26 school year",
    },
    "tax": {
        "en": "the UK tax year runs from 6 April to 5 April, no financial year of whole"
        " months: write its days, as 6 April 2024 to 5 April 2025 (or the year to 5 April"
        " 2025)",
    },
    "full": {
        "fr": "en année pleine (sur toute une année, l'effet d'une mesure sur une année"
        " entière) n'est pas une date : écrivez la valeur par an (1,5 milliard EUR/an) et,"
        " dans `when`, l'année à laquelle elle s'applique, comme 2026, ou laissez `when` de"
        " côté",
        "en": "in a full year (a measure's full-year effect) is no date: write the value per"
        " year (1.5 billion GBP/year) and, in when, the year it applies to, as 2026, or leave"
        " when out",
    },
    "records": {
        "fr": "écrivez l'année où les relevés ont commencé, comme depuis {y} (depuis 2019 est"
        " l'année 2019), et le début des relevés dans la propriété ou une note",
        "en": "write the year records began, as since {y} (since 2019 is the year 2019), and"
        " the start of the records in the property or a note",
    },
}


# Forms that name no date and that nothing reads, refused saying what to write instead of a
# bare "cannot read" (`_unread_hint`, asked only once every reader failed: no cost to the
# texts that read): a term or an exam of a school year, an era, a death, a term of office.
_UNREAD_FORMS = {
    "fr": {
        "school_term": r"(?:(?:le|au|du|pendant\s+le|durant\s+le)\s+)?[\w']+\s+"
        r"(?P<u>trimestre|semestre)\s+de\s+l'ann[ée]e\s+(?:scolaire|universitaire)",
        "school_end": r"(?:(?:[àa]\s+)?la\s+|en\s+|d[èe]s\s+la\s+|jusqu'[àa]\s+la\s+)?"
        r"(?:fin|d[ée]but)\s+(?:de\s+l'|d')ann[ée]e\s+(?:scolaire|universitaire)",
        "exam": r"(?:(?:[àa]|lors\s+de|pendant|durant|pour|depuis)\s+)?(?:la\s+|le\s+|les\s+|l')?"
        r"(?:session\s+(?:de\s+|d')[^\W\d_]+(?:\s+\d{4})?|(?:bac|baccalaur[ée]at|brevet|dnb"
        r"|[ée]preuves?\s+(?:du\s+|de\s+)?(?:bac|baccalaur[ée]at|brevet))(?:\s+(?:de\s+)?\d{4})?)",
        "rentree": r"(?:(?:[àa]|de|pour|lors\s+de|d[èe]s|depuis)\s+)?(?:la\s+)?rentr[ée]e"
        r"(?:\s+scolaire)?\s+(?:de\s+|d')[^\W\d_]+(?:\s+\d{4})?",
        "mandate": r"(?:(?:depuis|pendant|durant|sous)\s+)?(?:(?:le|du|ce|au)\s+)?(?:(?:d[ée]but"
        r"|fin|milieu)\s+(?:du\s+|de\s+ce\s+))?(?:premier\s+|second\s+|dernier\s+)?"
        r"(?:quinquennat|septennat)(?:\s+(?:de\s+)?(?P<a>\d{4})\s*[-–/]\s*(?P<b>\d{4})"
        r"|(?:\s+[^\W\d_][\w'-]*)*)",
        "era": r"(?:(?:pendant|durant|sous|[àa]|depuis|lors\s+de|dans|jusqu'[àa])\s+)?"
        r"(?:la\s+|l'|les\s+)?(?:(?:premi[èe]re|seconde|deuxi[èe]me|grande)\s+)?(?:guerre"
        r"(?:\s+mondiale|\s+d'[^\W\d_]+|\s+froide)?|occupation|lib[ée]ration|r[ée]sistance"
        r"|trente\s+glorieuses|collaboration)",
        "death": r"(?:(?:jusqu'[àa]|[àa]|depuis|lors\s+de|peu\s+avant)\s+)?(?:sa|leur)\s+mort"
        r"|(?:de\s+)?(?:son|leur)\s+(?:d[ée]c[èe]s|vivant)",
        "turn": r"(?:(?:au|vers\s+le|depuis\s+le)\s+|le\s+)?tournant\s+du\s+"
        r"(?:si[èe]cle|mill[ée]naire)",
        "facts": r"(?:(?:au|le|du|depuis\s+le|avant\s+le|apr[èe]s\s+le|la|dans\s+la|[àa]\s+la"
        r"|lors\s+de\s+la)\s+)?(?:moment|jour|soir|nuit|matin|date|p[ée]riode)\s+des\s+faits"
        r"|(?:[àa]\s+)?l'[ée]poque(?:\s+des\s+faits)?|lors\s+des\s+faits",
        "census": r"(?:(?:la\s+)?population\s+(?:l[ée]gale|municipale|totale)"
        r"|(?:le\s+|au\s+|du\s+)?recensement)\s+(?:de\s+)?(?P<y>\d{4})",
    },
    "en": {
        "school_term": r"(?:(?:in|during|over|through|by)\s+)?(?:the\s+)?(?:\d{4}\s+)?(?:(?:autumn"
        r"|fall|spring|summer|winter|lent|michaelmas|easter|trinity|first|second|third)\s+)"
        r"(?P<u>term|semester|trimester)(?:\s+(?:of\s+)?\d{4}(?:\s*[-/–]\s*\d{2,4})?)?"
        r"|(?:the\s+)?(?P<u2>term|semester)\s+[1-3](?:\s+(?:of\s+)?\d{4})?",
        "school_end": r"(?:(?:at|by|until|before|since)\s+)?(?:the\s+)?(?:end|start|beginning)"
        r"\s+of\s+the\s+(?:school|academic)\s+year",
        "results": r"(?:on\s+)?(?:(?:gcse|a[\s-]level|btec|exam|ib|sqa|scottish)\s+)?results"
        r"\s+day(?:\s+\d{4})?",
        "exam": r"(?:(?:in|during|for)\s+)?(?:the\s+)?(?:\d{4}\s+)?(?:january|may|june|november"
        r"|summer|winter|autumn|spring)\s+(?:\d{4}\s+)?(?:exam\s+)?(?:series|exam\s+season"
        r"|sitting)(?:\s+\d{4})?",
        "vote": r"(?:(?:since|at|until|before|during|on)\s+)?(?:the\s+)?(?:last\s+|next\s+"
        r"|recent\s+|previous\s+)?elections?",
        "through": r"(?:through|thru|up\s+(?:to|until))\s+(?P<x>.+)",
        "era": r"(?:(?:during|in|since|throughout|at|until|under)\s+)?(?:the\s+)?(?:(?:first"
        r"|second)\s+world\s+war|great\s+war|world\s+war\s+(?:i|ii|one|two|1|2)|(?:cold\s+)?war"
        r"|occupation|liberation|blitz|(?:great\s+)?depression|resistance)",
        "death": r"(?:(?:until|till|at|on|upon|since|shortly\s+before)\s+)?(?:his|her|their)"
        r"\s+death|(?:in\s+)?(?:his|her|their)\s+lifetime",
        "birthday": r"(?:on\s+)?(?:his|her|their)\s+\d{1,3}(?:st|nd|rd|th)\s+birthday",
        "turn": r"(?:(?:at|around|by|since|until)\s+)?(?:the\s+)?turn\s+of\s+the\s+(?:century"
        r"|millennium)",
        "facts": r"(?:(?:at|on|since|before|after|by)\s+)?the\s+(?:time|day|night|date)\s+of\s+the"
        r"\s+(?:offen[cs]es?|crimes?|incident|attack|killing|murder|assault|events?|facts)"
        r"|at\s+the\s+time",
    },
}
_UNREAD_HINTS = {
    "school_end": {
        "fr": "la fin ou le début d'une année scolaire n'a pas les mêmes jours partout :"
        " écrivez le mois, comme juin 2026, ou le jour, comme samedi 4 juillet 2026",
        "en": "the end or start of a school year is not the same day everywhere: write the"
        " month, as June 2026, or the day, as Friday, June 26, 2026",
        "en-dmy": "the end or start of a school year is not the same day everywhere: write the"
        " month, as July 2026, or the day, as Friday 17 July 2026",
    },
    "results": {
        "en": "results day is no date: write its day, as Thursday, Aug. 20, 2026",
        "en-dmy": "results day is no date: write its day, as Thursday 20 August 2026",
    },
    "exam": {
        "fr": _SESSION_HINT,
        "en": "an exam series is no date: write the days of its papers, as May 11 to June 24,"
        " 2026, or the year alone, 2026",
        "en-dmy": "an exam series is no date: write the days of its papers, as 11 May to 24"
        " June 2026, or the year alone, 2026",
    },
    "rentree": {
        "fr": "écrivez la rentrée et son année ('la rentrée 2026', lue comme le début de"
        " septembre) ou le jour, comme mardi 1er septembre 2026",
        "en": "write la rentrée and its year ('la rentrée 2026', read as early September) or"
        " the day, as Tuesday, Sept. 1, 2026",
    },
    "mandate": {
        "fr": "un mandat présidentiel commence et finit en mai : écrivez ses mois, comme mai"
        " {a} à mai {b}",
        "en": "a French presidential term starts and ends in May: write its months, as May {a}"
        " to May {b}",
    },
    "through": {
        "en": "the period through {x!r} is not {x!r}: write the period, with its start, as"
        " its first month to {x}, or the months through it, as the three months through {x}",
    },
    "era": {
        "fr": "une guerre ou une époque n'est pas une date (laquelle ? de quand à quand ? la"
        " Libération n'a pas eu le même jour partout) : écrivez ses années, comme 1940 à 1944,"
        " ou le jour, comme le 25 août 1944",
        "en": "a war or an era is no date (which one? from when to when?): write its years, as"
        " 1939 to 1945, or the day, as May 8, 1945",
        "en-dmy": "a war or an era is no date (which one? from when to when?): write its years,"
        " as 1939 to 1945, or the day, as 8 May 1945",
    },
    "death": {
        "fr": "une mort n'est pas une date : écrivez son jour, comme le 12 mars 2001, ou les"
        " années, comme de 1990 à 2001",
        "en": "a death is no date: write its day, as March 12, 2001, or the years, as 1990 to 2001",
        "en-dmy": "a death is no date: write its day, as 12 March 2001, or the years, as 1990"
        " to 2001",
    },
    "birthday": {
        "en": "a birthday is no date: write its day, as March 12, 2001",
        "en-dmy": "a birthday is no date: write its day, as 12 March 2001",
    },
    "turn": {
        "fr": "le tournant du siècle n'est pas une date : écrivez les années, comme de 1998 à 2002",
        "en": "the turn of the century is no date: write the years meant, as 1998 to 2002",
    },
    "facts": {
        "fr": "les faits ne sont pas une date : écrivez leur jour, comme le 18 mars 2023, ou"
        " leur période, comme de 2019 à 2021",
        "en": "the time of the facts is no date: write their day, as March 18, 2023, or their"
        " years, as 2019 to 2021",
        "en-dmy": "the time of the facts is no date: write their day, as 18 March 2023, or"
        " their years, as 2019 to 2021",
    },
    "census": {
        "fr": "la population légale {y} est celle du recensement au 1er janvier {y} (en vigueur"
        " au 1er janvier {z}) : écrivez {y} et dites population_legale dans la propriété",
        "en": "the legal population {y} is the census's at 1 January {y} (in force from 1"
        " January {z}): write {y} and say legal_population in the property",
    },
    "place": {
        "fr": "un lieu dans une date : écrivez le jour ({x}) et le lieu dans qualifiers",
        "en": "a place in a date: write the day ({x}) and the place in qualifiers",
    },
}
_SCHOOL_TERM_HINTS = {
    "trimestre": "un trimestre scolaire n'a pas les mêmes jours partout : écrivez ses mois,"
    " comme de septembre à novembre 2025",
    "semestre": "un semestre universitaire n'a pas les mêmes jours partout : écrivez ses mois,"
    " comme de septembre 2025 à janvier 2026",
    "term": "a school term has not the same days everywhere: write its months, as September"
    " to December 2025",
}
# "le 3 mars 1931 à Lyon", "on June 14, 1935, in London": a date, then a place
_PLACE = re.compile(
    r"^(?P<x>.*\d.*?),?\s+(?:[àa]|au|aux|en|in|at|near|pr[èe]s\s+de)\s+"
    r"(?P<p>[A-ZÀ-Ý][\w'’-]*(?:[\s-]+(?:[A-ZÀ-Ý]|d[eu]\s|la\s|sur\s|upon\s|on\s)[\w'’-]*)*)$"
)
_NOT_PLACES = frozenset({"noel", "paques", "christmas", "easter", "pentecote", "toussaint"})


@lru_cache(maxsize=4)
def _unread_forms(code: str) -> re.Pattern[str] | None:
    forms = _UNREAD_FORMS.get(code)
    if forms is None:
        return None
    return re.compile("^(?:{})$".format("|".join(f"(?P<{k}>{v})" for k, v in forms.items())), re.I)


def _unread_hint(t: str, language: str) -> str | None:
    """What to write instead of a form no reader read, or None (a bare "cannot read")."""
    lang = _lang(language)
    forms = _unread_forms(lang.code)
    if forms is not None and (match := forms.match(t)) is not None:
        kind = match.lastgroup or ""
        if kind == "school_term":
            unit = _fold(match["u"] or match["u2"] or "term")
            return _SCHOOL_TERM_HINTS.get(unit, _SCHOOL_TERM_HINTS["term"])
        values = {"a": match["a"] or 2022, "b": match["b"] or 2027} if kind == "mandate" else {}
        if kind == "through":
            values = {"x": match["x"]}
        if kind == "census":  # INSEE's legal population of a year is in force three years on
            values = {"y": match["y"], "z": int(match["y"]) + 3}
        table = _EVENT_KIND_HINTS["vote"] if kind == "vote" else _UNREAD_HINTS[kind]
        return _for_language(language, table).format(**values)
    if (place := _PLACE.match(t)) is not None:
        first = _fold(place["p"].split()[0].strip("'’-"))
        if first not in lang.months and first not in lang.weekdays and first not in _NOT_PLACES:
            return _for_language(language, _UNREAD_HINTS["place"]).format(x=place["x"])
    return _date_inside(t, language)


# The words around a date inside a text ("la population légale 2022", "the May 2025
# elections", "Roland-Garros 2025"): dropped from the ends of what the message names.
_AROUND_A_DATE = frozenset(
    {"le", "la", "les", "l'", "du", "de", "des", "d'", "au", "aux", "à", "a", "en", "sur",
     "the", "of", "on", "in", "at", "for", "from", "during"}
)  # fmt: skip
_COUNTED_FROM = frozenset(
    {"before", "after", "since", "until", "avant", "apres", "depuis", "jusqu'au", "veille",
     "lendemain", "week", "semaine", "prior", "following", "suivant", "suivante", "ce",
     "cette", "this", "next", "last", "prochain", "prochaine", "dernier", "derniere", "mois",
     "month"}
)  # fmt: skip
_DATE_INSIDE_HINT = {
    "fr": "{w!r} n'est pas une date : écrivez la date seule, {x} (ou les jours exacts d'un"
    " événement), et dites {w!r} dans la propriété",
    "en": "{w!r} is no date: write the date alone, {x} (or an event's exact days), and say"
    " {w!r} in the property",
}
_PROBING: ContextVar[bool] = ContextVar("_PROBING", default=False)
_PROBE_DAY = date(2001, 3, 10)  # any day: a yearless date is read, not refused


def _date_inside(t: str, language: str) -> str | None:
    """Say to write the date a refused text holds at its end or start, and the rest elsewhere.

    Asked only once every reader failed; the readings it tries are of the text's own tail
    or head, never of the whole: no hint of theirs is asked (`_PROBING`).
    """
    words = t.split()
    if _PROBING.get() or not 2 <= len(words) <= 8:
        return None
    lang = _lang(language)
    token = _PROBING.set(True)
    try:
        for i in range(1, len(words)):  # "population légale 2022": its tail
            starts = words[i][:1].isdigit() or _fold(words[i]) in lang.months
            if starts and _readable(" ".join(words[i:]), language):
                return _inside_hint(words[:i], words[i:], language)
        for j in range(len(words) - 1, 0, -1):  # "the May 2025 elections": its head
            if words[j - 1][-1:].isdigit() and _readable(" ".join(words[:j]), language):
                return _inside_hint(words[j:], words[:j], language)
    finally:
        _PROBING.reset(token)
    return None


def _misspelt_month(word: str, language: str) -> bool:
    """Tell whether `word` starts as a month's name does ("septembr", "Febuary")."""
    folded = _fold(word)
    return len(folded) >= 3 and any(
        name[:3] == folded[:3] for name in _lang(language).months if len(name) > 3
    )


def _readable(x: str, language: str) -> bool:
    # not `parse_date`: its cache would keep the probe's message, without this hint, for `x`
    try:
        _parse(x, language, _PROBE_DAY)
    except DateSyntaxError:
        return False
    return True


def _inside_hint(rest: list[str], inside: list[str], language: str) -> str | None:
    """The hint of `_date_inside`: the date alone, the other words in the property."""
    rest = [word.strip(",;:") for word in rest]
    if any(_fold(word) in _COUNTED_FROM for word in rest):
        return None  # "the week before Christmas 2024": no date with a word in the property
    if rest and rest[0][:2].lower() in ("l'", "d'") and len(rest[0]) > 2:
        rest[0] = rest[0][2:]  # "l'audience": audience
    while rest and rest[0].lower() in _AROUND_A_DATE:
        rest = rest[1:]
    while rest and rest[-1].lower() in _AROUND_A_DATE:
        rest = rest[:-1]
    while inside and inside[0].lower() in _AROUND_A_DATE:
        inside = inside[1:]
    if not rest or not inside or not any(c.isdigit() for c in "".join(inside)):
        return None  # "ce mois de juin": a month alone, no date to write with words aside
    if len(rest) == 1 and _misspelt_month(rest[0], language):
        return None  # "septembr 2012": a typo, not words for the property
    hint = _for_language(language, _DATE_INSIDE_HINT)
    return hint.format(w=" ".join(rest), x=" ".join(inside))


_Y = r"(?P<y>\d{4})"
_DECADE = r"(?:(?P<c>\d{3})0|'?(?P<s>\d)0)"  # 1990 or 90 ('90)
_SEP = r"(?:\s*[-/]\s*|\s+)"

# A period code: a letter and a number, either first, and a year, either side: "T3 2025",
# "2025-Q3", "3T 2025", "1S 2025", "H1 2025", "9M 2025"; and what has their shape, read or
# refused, never left to dateparser ("4T24" was 4 January 2024, "2T 2025" February).
_CODE = (
    rf"(?:{_Y}{_SEP}?)?(?:(?P<n>\d{{1,2}})(?P<a>[^\W\d_])|(?P<b>[^\W\d_])(?P<k>\d{{1,2}}))"
    r"(?:(?:\s*[-/']\s*|\s+)?(?P<z>\d+))?"
)
_CODE_HINT = {
    "fr": "écrivez un trimestre comme T1 2025, un semestre comme S1 2025, de janvier à"
    " septembre comme 9M 2025",
    "en": "write a quarter as Q1 2025, a half year as H1 2025, January to September as 9M 2025",
}
_WEEK_NUMBER_HINT = {
    "fr": "un numéro de semaine (ISO ou épidémiologique ?) : écrivez la semaine, comme"
    " semaine du 3 novembre 2025 (ou ses jours, comme la semaine 45 (du 3 au 9 novembre 2025))",
    "en": "a week number (ISO or epidemiological?): write the week, as week of Nov. 3, 2025 (or"
    " its days, as week 45 (Nov. 3-9, 2025))",
    "en-dmy": "a week number (ISO or epidemiological?): write the week, as week of 3 Nov. 2025"
    " (or its days, as week 45 (3-9 Nov. 2025))",
}


def _code(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read a period code ("T3 2025", "3T 2025", "H1", "9M 2025"), or refuse it: what to write.

    The quarter's letters are T and Q in French, Q in English; the half's S and H, H; M
    counts months from January, written after the number ("9M 2025"). A year in two digits
    ("4T24", "Q3 25") is refused: write it in four, as the century is not written.
    """
    code = _lang(language).code
    quarters, halves = _CODES.get(code, _CODES[""])
    digit_first = m["n"] is not None
    letter = m["a"] if digit_first else m["b"]
    number = int(m["n"] if digit_first else m["k"])
    year = m["z"] if m["y"] is None else m["y"] if m["z"] is None else ""
    if digit_first and letter == "h":  # "10h", "9h30": an hour, never a half year
        raise _hint(t, language, _TIME_HINT)
    upper = letter.upper()
    if upper in quarters:
        count, name = 4, f"{quarters[0]}{number}"
    elif upper in halves:
        count, name = 2, f"{halves[0]}{number}"
    elif upper == "M" and digit_first:
        count, name = 12, f"{number}M"
    else:
        count, name = 0, ""
    if not 1 <= number <= count:
        week = upper == "W" or (upper == "S" and number > 2)
        raise _hint(t, language, _WEEK_NUMBER_HINT if week else _CODE_HINT)
    if year is not None and len(year) != 4:
        if len(year) == 2:
            raise DateSyntaxError(
                f"cannot read {t!r} as a date ({language}): write the year in four digits,"
                f" as {name} 20{year} or {name} 19{year}"
            )
        raise _hint(t, language, _CODE_HINT)
    if count == 12:
        return _first_months(number, year, t, language, published)
    return _ordinal_span(str(number), year, count, t, language, published)


_MONTH_SPANS = {1: "month", 3: "quarter", 6: "half", 12: "year"}


def _first_months(
    n: int, y: str | None, t: str, language: str, published: date | None, *, this: bool = False
) -> Period:
    """The first `n` months of the year: "9M 2025", "les neuf premiers mois de 2025".

    Without a year, as a quarter: the latest that starts on or before publication (a
    forecast's, the first that does not end before it); `this` year, the publication's.
    """
    if not 1 <= n <= 12:
        raise DateSyntaxError(f"cannot read {t!r} as a date ({language}): a year has 12 months")
    if y:
        year = int(y)
    elif this:
        year = _consult(published, t).year
    else:
        year = _latest_year(1, published, t, n)
    return _span(year, 1, n, _MONTH_SPANS.get(n, "range"), t)


_NUMBER_WORDS = {
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_N = rf"(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})"


def _months_phrase(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    """Read "les neuf premiers mois de 2025", "9 mois 2025", "the first nine months of 2025"."""
    if m.groupdict().get("z") is not None:  # "9 mois 25"
        raise DateSyntaxError(
            f"cannot read {t!r} as a date ({language}): write the year in four digits"
        )
    n = m["n"]
    number = int(n) if n.isdigit() else _NUMBER_WORDS[_fold(n)]
    return _first_months(
        number, m["y"], t, language, published, this=m.groupdict().get("this") is not None
    )


def _closing(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read "à fin juin 2025", "at end-June": a closing date, the last day of the period.

    Of a month, quarter, half or year ("à fin 2024" is 31 December 2024); "fin juin" alone
    stays the days 21 to 30, as "à la fin juin" and "the end of June" do.
    """
    inner = _inner_or_refuse(m["x"], language, published, t, _CLOSING_HINT)
    if inner.granularity not in ("month", "quarter", "half", "year"):
        raise _hint(t, language, _CLOSING_HINT)
    return Period(inner.end, inner.end, "day", t)


_CLOSING_HINT = {
    "fr": "à fin va avec un mois ou une année, comme à fin juin 2025 (le 30 juin 2025)",
    "en": "at end- goes with a month or a year, as at end-June 2025 (30 June 2025)",
}


def _week_number(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Refuse a week number ("semaine 45", "week 45"): ISO weeks and epidemiological ones differ."""
    numbers = re.findall(r"\d+", t)
    if len(numbers) == 2 and len(numbers[1]) == 4:  # "semaine 47 de 2026", "week 47, 2026"
        raise _Refused(_week_of_year(int(numbers[0]), int(numbers[1]), language))
    raise _hint(t, language, _WEEK_NUMBER_HINT)


def _week_of_year(number: int, year: int, language: str) -> str:
    """Say to write a week number's days, its ISO week of `year` as the example."""
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        return _for_language(language, _WEEK_NUMBER_HINT)
    days = _days_written(monday, monday + timedelta(days=6), language)
    return _for_language(language, _WEEK_OF_YEAR_HINT).format(w=number, y=year, days=days)


_WEEK_OF_YEAR_HINT = {
    "fr": "un numéro de semaine (ISO ou épidémiologique ?) : écrivez ses jours, comme la"
    " semaine {w} ({days}), la semaine {w} ISO de {y} (du lundi au dimanche)",
    "en": "a week number (ISO or epidemiological?): write its days, as week {w} ({days}), ISO"
    " week {w} of {y} (Monday to Sunday)",
}


_WEEK_KIND_EN = r"(?:(?:epi(?:demiological)?|mmwr|cdc|iso|surveillance|reporting)\s+)?"


def _week_and_days(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    """Read "la semaine 47 (du 16 au 22 novembre)", "week 47 (16-22 November)": the days.

    The days are the reading, their week's number a check: a number that is not the ISO
    week (Monday to Sunday) of the days is refused, saying which days that week is, and
    whether the days are the epidemiological week (MMWR: Sunday to Saturday) of that
    number, as the CDC's and some bulletins' weeks are.
    """
    try:
        days = _core(m["x"], _lang(language), language, published, nested=False)
    except _Unreadable:
        return None
    if days.granularity == "year":  # "semaine 47 (2026)": which week of 2026?
        raise _Refused(_week_of_year(int(m["w"]), days.start.year, language))
    if days.granularity not in ("day", "week", "range") or (days.end - days.start).days > 6:
        return None
    number = int(m["w"])
    iso = {days.start.isocalendar()[:2], days.end.isocalendar()[:2]}
    year = days.start.isocalendar()[0]
    if iso == {(year, number)}:
        return Period(days.start, days.end, days.granularity, t)
    sunday_weeks = {(d + timedelta(days=1)).isocalendar()[:2] for d in (days.start, days.end)}
    written = _days_written(days.start, days.end, language)
    if sunday_weeks == {(year, number)} and days.start.weekday() == 6:
        raise _Refused(_for_language(language, _WEEK_MMWR_HINT).format(w=number, days=written))
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        hint = _for_language(language, _WEEK_NONE_HINT)
        raise _Refused(hint.format(w=number, days=written)) from None
    week = _days_written(monday, monday + timedelta(days=6), language)
    joint = " et " if _lang(language).code == "fr" else " and "
    iso_of = joint.join(str(n) for _, n in sorted(iso))
    hint = _for_language(language, _WEEK_ISO_HINT)
    raise _Refused(hint.format(w=number, week=week, days=written, iso=iso_of))


def _days_written(first: date, last: date, language: str) -> str:
    """Two days as a range to write: "du 16 au 22 novembre 2026", "November 16 to 22, 2026"."""
    a = Period(first, first, "day", "").describe(language)
    b = Period(last, last, "day", "").describe(language)
    if _lang(language).code == "fr":
        return f"du {a} au {b}"
    return f"{a} to {b}"


_WEEK_ISO_HINT = {
    "fr": "la semaine {w} (ISO, du lundi au dimanche) va {week}, et {days} est en semaine"
    " {iso} : vérifiez le numéro et écrivez les jours seuls",
    "en": "week {w} (ISO, Monday to Sunday) is {week}, and {days} is in week {iso}: check the"
    " number and write the days alone",
}
_WEEK_MMWR_HINT = {
    "fr": "{days} est la semaine épidémiologique {w} (du dimanche au samedi, MMWR), pas la"
    " semaine ISO {w} : écrivez les jours seuls, et le type de semaine dans une note",
    "en": "{days} is epidemiological week {w} (Sunday to Saturday, MMWR), not ISO week {w}:"
    " write the days alone, and the kind of week in a note",
}
_WEEK_NONE_HINT = {
    "fr": "l'année n'a pas de semaine {w} : écrivez les jours seuls, {days}",
    "en": "the year has no week {w}: write the days alone, {days}",
}


def _this_period(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Read "this decade" (2020-2029 in 2025), "this century" (2001-2100), "this quarter"."""
    p = _consult(published, t)
    unit = _fold(m["u"] or m["u2"])
    if unit in ("quarter", "trimestre"):
        first = (p.month - 1) // 3 * 3 + 1
        return _span(p.year, first, first + 2, "quarter", t)
    if unit in ("century", "siecle"):
        first_year = (p.year - 1) // 100 * 100 + 1
        start, end = _span(first_year, 1, 12, "year", t), _span(first_year + 99, 1, 12, "year", t)
        return Period(start.start, end.end, "range", t)
    start, end = (
        _span(p.year // 10 * 10, 1, 12, "year", t),
        _span(p.year // 10 * 10 + 9, 1, 12, "year", t),
    )
    return Period(start.start, end.end, "range", t)


# The years of a decade's part: "the early 2020s" is 2020-2023, "mid" 2023-2026, "late"
# 2026-2029 (the parts overlap: where one ends is the writer's call).
_DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _no_period(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse "mid-century", "pre-industrial": no period of the calendar, saying what to write."""
    if "industri" in t.lower():
        raise _Refused(
            "pre-industrial is a baseline, not a date: write the period it stands for,"
            " as 1850-1900 (the IPCC's)"
        )
    raise _Refused("mid-century is no period: write the year or the years meant, as 2050")


def _months_to(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Read "the year to March 2025", "the 12 months to September", "the four weeks to 2 March".

    The months or weeks that end with the month or day written: "the year to March
    2025" is April 2024 to March 2025; to a day ("the year to 31 March 2025") from the
    day after that day a year before. A month without its year is the latest one that
    does not start after publication, as "en mars" (a forecast's, the next). A fortnight
    ("la quinzaine au 2 mars") is two weeks, a quarter three months ("the quarter to
    December": October to December), a half-year six.
    """
    inner = _inner_or_refuse(m["x"], language, published, t, _MONTHS_TO_HINT)
    named = m.groupdict().get("named")
    if named is not None:  # "the fortnight to 2 March", "the quarter to December"
        unit, n = _NAMED_SPANS[_fold(named).replace("-", " ")]
    else:
        unit = "months" if m["year"] else _fold(m["u"])
        unit = _UNITS_TO.get(unit, unit)
        count = m["n"] or ""
        n = int(count) if count.isdigit() else _NUMBER_WORDS.get(_fold(count), 12)
    if unit in ("weeks", "days"):
        if inner.granularity != "day":
            raise _hint(t, language, _MONTHS_TO_HINT)
        days = n * 7 if unit == "weeks" else n
        return Period(_shifted(inner.start, 1 - days, t), inner.start, "range", t)
    if not 1 <= n <= 120:
        raise _hint(t, language, _MONTHS_TO_HINT)
    if inner.granularity == "month":
        index = inner.start.year * 12 + inner.start.month - 1 - (n - 1)
        start = _span(index // 12, index % 12 + 1, index % 12 + 1, "month", t).start
        return Period(start, inner.end, "range", t)
    if inner.granularity == "day":
        return Period(_months_before(inner.start, n, t), inner.start, "range", t)
    raise _hint(t, language, _MONTHS_TO_HINT)


def _months_before(end: date, n: int, t: str) -> date:
    """The first day of the `n` months that end on the day `end`.

    The day after the same day `n` months before ("the year to 15 March 2025" from 16
    March 2024); of a month's last day, the first of the month `n - 1` months before, so
    that "the quarter ended June 30" is April to June, not from March 31, and "the
    quarter ended Nov. 30" September to November (30 August is no month's end). A day the
    earlier month lacks is its last ("the quarter ended May 30": from 1 March).
    """
    index = end.year * 12 + end.month - 1 - n
    year, month = index // 12, index % 12 + 1
    if not 1 <= year <= 9999:
        raise DateSyntaxError(f"{t!r}: the period runs out of the calendar")
    if end.day == _days_in_month(end.year, end.month):  # whole months
        index += 1
        return date(index // 12, index % 12 + 1, 1)
    day = min(end.day, _days_in_month(year, month))
    return _shifted(date(year, month, day), 1, t)


_HOURS = {"twenty four": 24, "forty eight": 48, "seventy two": 72, "vingt quatre": 24,
          "quarante huit": 48, "soixante douze": 72}  # fmt: skip
_CLOCK_PARTS = re.compile(
    r"(?P<h>\d{1,2})(?:\s*(?:[:.]|h(?:eures?)?)\s*(?P<m>[0-5]\d)?)?\s*(?P<ap>[ap])?"
    r"|(?P<noon>midi|noon)",
    re.I,
)


def _minutes(clock: str) -> int | None:
    """The minutes after midnight a time writes ("9am" 540, "21 h 15" 1275), or None.

    Read as `_clock_of` reads it: None at midnight (minuit, "12 a.m."), which ends one
    day and starts the next (which?), and for an hour off the clock ("25 h").
    """
    time = _clock_of(clock)
    return None if time is None else time[0] * 60 + time[1]


def _hours_to(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Read "the 24 hours to 9am on Sunday" (the Met Office's rainfall): the days they run over.

    From the day the hours start to the day they end: 9am Saturday to 9am Sunday is
    Saturday and Sunday. Without its hour ("the 24 hours to Sunday"), or to midnight
    (which ends one day and starts the next), refused saying what to write.
    """
    lang, x = _lang(language), m["x"]
    count = m["n"]
    words = " ".join(_fold(count).replace("-", " ").split())
    n = int(count) if count.isdigit() else _HOURS.get(words, _NUMBER_WORDS.get(words, 0))
    clock = _side_clock(lang.code).search(x) if lang.code in _CLOCK_LEADS else None
    minutes = _minutes(clock[0]) if clock is not None else None
    if not 1 <= n <= 240 or not minutes:  # "to 0 h" ends a day as midnight does
        raise _refusal(language, _HOURS_TO_HINT)
    try:
        day = _core(x, lang, language, published, nested=False)
    except _Unreadable:
        raise _refusal(language, _HOURS_TO_HINT) from None
    if day.granularity != "day":
        raise _refusal(language, _HOURS_TO_HINT)
    first = _shifted(day.start, -((n * 60 - minutes + 24 * 60 - 1) // (24 * 60)), t)
    return Period(first, day.start, "range", t)


_HOURS_TO_HINT = {
    "en": "write the hour and the day the hours end, as the 24 hours to 9am on Sunday, March 9,"
    " 2025, or the days they run over, as March 8-9, 2025",
    "en-dmy": "write the hour and the day the hours end, as the 24 hours to 9am on Sunday 9"
    " March 2025, or the days they run over, as 8-9 March 2025",
    "fr": "écrivez l'heure et le jour où les heures finissent, comme les 24 heures jusqu'à"
    " 9 h dimanche 9 mars 2025, ou les jours sur lesquels elles courent, comme les 8 et 9"
    " mars 2025",
}
_MONTHS_TO_HINT = {
    "en": "write the month or the day it ends, as the year to March 2025, the four weeks to"
    " 2 March 2025",
    "fr": "écrivez le mois ou le jour où elle finit, comme les 12 mois à fin septembre 2025,"
    " les quatre semaines au 2 mars 2025",
}
_UNITS_TO = {"mois": "months", "semaines": "weeks", "jours": "days"}


def _month_quarter(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    """Read "the June quarter" (results copy): the three months that end with the month.

    April to June; without its year, the June as "June" alone reads. "The holiday
    quarter" (a company's own) is refused, saying to write its months.
    """
    lang, x = _lang(language), _fold(m["x"])
    if x in _HOLIDAY_WORDS:
        raise _refusal(language, _HOLIDAY_QUARTER_HINT)
    if x not in lang.months or (m["y"] and m["y2"]):
        return None
    month, y = lang.months[x], m["y"] or m["y2"]
    if y:
        return _quarter_to(int(y), month, t)
    # without its year, as a quarter: the latest that does not start after publication, a
    # forecast's the earliest that does not end before it
    ahead, p = isinstance(published, _AheadDay), _consult(published, t)
    years = (p.year - 1, p.year, p.year + 1)
    if ahead:
        return next(q for y in years if (q := _quarter_to(y, month, t)).end >= p)
    return next(q for y in reversed(years) if (q := _quarter_to(y, month, t)).start <= p)


def _quarter_to(year: int, month: int, t: str) -> Period:
    """The three months that end with the month of the year."""
    index = year * 12 + month - 1 - 2
    end = _span(year, month, month, "month", t).end
    return Period(date(index // 12, index % 12 + 1, 1), end, "range", t)


_HOLIDAY_WORDS = frozenset({"holiday", "holidays", "festive", "christmas"})
_HOLIDAY_QUARTER_HINT = {
    "en": "the holiday quarter is a company's own (its fiscal first quarter, or October to"
    " December): write its months, as October to December 2024, or its first and last days",
}


def _last_quarter(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse "last quarter": the quarter before publication's, or the year's fourth?"""
    raise _refusal(language, _LAST_QUARTER_HINT)


_LAST_QUARTER_HINT = {
    "en": "the quarter before or after publication's, or the year's fourth? write it, as Q2"
    " 2025 or the June quarter of 2025",
    "fr": "le trimestre avant celui de la publication, ou le quatrième de l'année ? écrivez-le,"
    " comme T2 2025 ou le trimestre dernier",
}


def _trailing_months(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse "trailing twelve months", "TTM": they end with a quarter the text does not write."""
    raise _refusal(language, _TRAILING_HINT)


_TRAILING_HINT = {
    "en": "the trailing twelve months end with the latest quarter reported: write the month"
    " they end, as the 12 months to June 2025",
    "en-dmy": "the trailing twelve months end with the latest quarter reported: write the"
    " month they end, as the 12 months to June 2025",
}


def _calendar_year(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Read "calendar 2024", "CY2024", "Q3 CY2024": the calendar year (or its quarter), 2024.

    A year in two digits ("CY24") is refused, as "Q3 25" is: the century is not written.
    """
    year = m["y"]
    if len(year) != 4:
        raise DateSyntaxError(
            f"cannot read {t!r} as a date ({language}): write the year in four digits, as"
            f" CY20{year.lstrip(chr(39))}"
        )
    code = m["q"] or m["q2"]
    if code is None:
        return _span(int(year), 1, 12, "year", t)
    return _core(f"{code} {year}", _lang(language), language, published, nested=True)


def _fiscal_ended(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Read "the fiscal year ended June 30, 2025": the 12 months to a month's last day.

    A year that ends on another day ("the fiscal year ended Sept. 27, 2025") is one of
    52 or 53 weeks, whose first day the text does not write: refused, saying to write it.
    """
    inner = _inner_or_refuse(m["x"], language, published, t, _FISCAL_ENDED_HINT)
    if inner.granularity == "month":
        end = inner.end
    elif inner.granularity == "day":
        end = inner.start
        if end.day != _days_in_month(end.year, end.month):
            raise _hint(t, language, _FISCAL_ENDED_HINT)
    else:
        raise _hint(t, language, _FISCAL_ENDED_HINT)
    return Period(_months_before(end, 12, t), end, "range", t)


_FISCAL_ENDED_HINT = {
    "en": "a financial year that ends on another day than a month's last is 52 or 53 weeks:"
    " write its first and last days, as Sept. 29, 2024 to Sept. 27, 2025",
    "en-dmy": "a financial year that ends on another day than a month's last is 52 or 53"
    " weeks: write its first and last days, as 29 Sept. 2024 to 27 Sept. 2025",
    "fr": "un exercice qui finit un autre jour que le dernier d'un mois compte 52 ou 53"
    " semaines : écrivez son premier et son dernier jour, comme du 29 septembre 2024 au 27"
    " septembre 2025",
}
# What qualifies a season of illness: "the 2024-25 flu season", "la saison grippale 2024-2025".
_EPIDEMIC_EN = r"(?:(?:flu|influenza|winter|respiratory|rsv|covid(?:-19)?|norovirus)\s+)?"
_EPIDEMIC_FR = (
    r"(?:\s+(?:grippale|hivernale|[ée]pid[ée]mique|de\s+(?:la\s+)?grippe"
    r"|des\s+virus\s+respiratoires))?"
)
_FIRST_WORDS = frozenset({"first", "premiere", "premieres"})
_LAST_WORDS = frozenset({"last", "final", "derniere", "dernieres"})
_SECOND_HALF_WORDS = frozenset({"deuxieme", "seconde", "derniere"})  # of a month's fortnights


def _week_of_month(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    """Read "the first week of March", "la dernière semaine de mars", "la première quinzaine".

    A month's first week is its first seven days (1-7 March), its last week its last
    seven (25-31 March), its first two weeks its first 14 days; a French month's first
    "quinzaine" is the 1st to the 15th, its second ("deuxième", "seconde", "dernière")
    the 16th to its end. The month reads as alone ("March": the latest that does not
    start after publication; a forecast's, the next). "the second week of March" is
    refused, saying to write its days: counted from the 1st or from a Monday?
    """
    inner = _inner_or_refuse(m["x"], language, published, t, _WEEK_OF_MONTH_HINT)
    if inner.granularity != "month":  # "the first week of 2025": the ISO week 1?
        raise _hint(t, language, _WEEK_OF_MONTH_HINT)
    order, unit = _fold(m["o"]), _fold(m["u"])
    if unit == "quinzaine":
        if m["n"] is not None or order not in _FIRST_WORDS | _SECOND_HALF_WORDS:
            raise _hint(t, language, _WEEK_OF_MONTH_HINT)
        if order in _FIRST_WORDS:
            return Period(inner.start, _shifted(inner.start, 14, t), "range", t)
        return Period(_shifted(inner.start, 15, t), inner.end, "range", t)
    weeks = _NUMBER_WORDS[_fold(m["n"])] if m["n"] and not m["n"].isdigit() else int(m["n"] or 1)
    if unit == "fortnight":  # "the first fortnight of March": its first 14 days
        right = m["n"] is None
        weeks = 2
    else:  # "the first two weeks", not "the first two week", "the first weeks"
        right = (weeks > 1) == unit.endswith("s")
    if not right or order not in _FIRST_WORDS | _LAST_WORDS:
        raise _hint(t, language, _WEEK_OF_MONTH_HINT)  # "the third week of March"
    granularity = "week" if weeks == 1 else "range"
    if order in _FIRST_WORDS:
        return Period(inner.start, _shifted(inner.start, 7 * weeks - 1, t), granularity, t)
    return Period(_shifted(inner.end, 1 - 7 * weeks, t), inner.end, granularity, t)


_WEEK_OF_MONTH_HINT = {
    "en": "a week of a month may count from the 1st or from a Monday: write its days, as"
    " March 8-14, 2025",
    "en-dmy": "a week of a month may count from the 1st or from a Monday: write its days, as"
    " 8-14 March 2025",
    "fr": "une semaine d'un mois peut compter depuis le 1er ou depuis un lundi : écrivez ses"
    " jours, comme du 8 au 14 mars 2025",
}


def _event_day(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse "the next day", "the day before", "le lendemain", "la veille": of what?

    Court copy counts them from the offence or a hearing, not from publication (dateparser
    read "the next day" as the day after publication): write the date itself.
    """
    raise _refusal(language, _EVENT_DAY_HINT)


_EVENT_DAY_HINT = {
    "en": "the day before or after what? it counts from a day of the story (an offence, a"
    " hearing), not from publication: write its date, as Tuesday, Dec. 9, 2025",
    "en-dmy": "the day before or after what? it counts from a day of the story (an offence, a"
    " hearing), not from publication: write its date, as Tuesday 9 Dec. 2025",
    "fr": "la veille ou le lendemain de quoi ? il compte depuis un jour du récit (les faits,"
    " une audience), pas depuis la publication : écrivez sa date, comme mardi 9 décembre 2025",
}


def _the_weekend(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Read "at the weekend", "over the weekend", "pendant le week-end" by the paper's weekday.

    In a Monday's or Tuesday's paper, the Saturday and Sunday just before; in a Saturday's
    or Sunday's, that weekend; in a forecast's, the first that does not end before
    publication. In a Wednesday's to Friday's, a fact's is refused: the last one or the
    coming one?
    """
    p = _consult(published, t)
    monday = _shifted(p, -p.weekday(), t)
    if p.weekday() >= 5 or isinstance(published, _AheadDay):
        return _weekend_from(_shifted(monday, 5, t), t)
    if p.weekday() <= 1:
        return _weekend_from(_shifted(monday, -2, t), t)
    raise _weekend_refusal(monday, language, t)


def _weekend_of(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Read "le week-end du 14 juillet", "the weekend of July 14": a Saturday and Sunday.

    Those of the weekend that holds the day (a Saturday, a Sunday) or is next to it (a
    Friday: the one after; a Monday: the one before, "le week-end du 14 juillet" of 2025's
    long weekend). A day from Tuesday to Thursday is next to no weekend, refused saying
    to write its days; so is a text that names no day. The days written ("the weekend of
    Dec. 12-14") are read as written, at most four days that hold a Saturday or a Sunday.
    """
    inner = _nested(m["x"], language, published)
    if inner is None:  # "Dec. 12-14", "du 12 au 14 décembre": the range written
        inner = _range(_normalise(m["x"]), _lang(language), language, published)
        if inner is not None and (inner.end - inner.start).days <= 3:
            length = (inner.end - inner.start).days + 1
            if any((inner.start + timedelta(days=i)).weekday() >= 5 for i in range(length)):
                return Period(inner.start, inner.end, "range", t)
        raise _hint(t, language, _WEEKEND_OF_HINT)
    if inner.granularity != "day":
        raise _hint(t, language, _WEEKEND_OF_HINT)
    day = inner.start
    offset = {4: 1, 5: 0, 6: -1, 0: -2}.get(day.weekday())
    if offset is None:
        raise _hint(t, language, _WEEKEND_OF_HINT)
    return _weekend_from(_shifted(day, offset, t), t)


_WEEKEND_OF_HINT = {
    "fr": "quel week-end ? le jour n'est ni un vendredi, ni un samedi, ni un dimanche, ni un"
    " lundi, ou ce n'est pas un jour : écrivez ses jours, comme du samedi 12 au dimanche 13"
    " juillet 2025",
    "en": "a weekend by a day from Tuesday to Thursday, or by no day, is not one weekend:"
    " write its days, as Saturday, July 12, to Sunday, July 13, 2025",
    "en-dmy": "a weekend by a day from Tuesday to Thursday, or by no day, is not one weekend:"
    " write its days, as Saturday 12 to Sunday 13 July 2025",
}


def _weekend_from(saturday: date, t: str) -> Period:
    return Period(saturday, _shifted(saturday, 1, t), "range", t)


def _weekend_refusal(monday: date, language: str, t: str) -> _Refused:
    """Refuse a weekend that may be the last one or the coming one, naming both."""
    named = [_weekend_days(_shifted(monday, days, t), language) for days in (-2, 5)]
    hint = _for_language(language, _WHICH_WEEKEND_HINT)
    return _Refused(hint.format(last=named[0], coming=named[1]))


def _weekend_days(saturday: date, language: str) -> str:
    """A weekend's days as they are read back: "15-16 February 2025", "February 15-16, 2025"."""
    sunday = saturday + timedelta(days=1)
    if sunday.month != saturday.month:  # "31 May 2025 – 1 June 2025"
        return _described(saturday, sunday, "range", language)
    month = _described(saturday, saturday, "month", language)  # "February 2025"
    name, _, year = month.rpartition(" ")
    if _lang(language).code == "en" and _numeric_order(language) != "dmy":
        return f"{name} {saturday.day}-{sunday.day}, {year}"
    return f"{saturday.day}-{sunday.day} {month}"


_WHICH_WEEKEND_HINT = {
    "en": "which one? the last one or the coming one ({last} or {coming}): write its days"
    " ('last weekend' and 'this weekend' read)",
    "fr": "lequel ? le dernier ou le prochain ({last} ou {coming}) : écrivez ses jours"
    " (le week-end dernier se lit)",
}


def _fortnight_alone(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse "the fortnight", "last fortnight", "la quinzaine": which one? (dateparser: a week)."""
    raise _refusal(language, _FORTNIGHT_HINT)


_FORTNIGHT_HINT = {
    "en": "which fortnight? write the day it ends, as the fortnight to March 2, 2025, or its"
    " days, as Feb. 17 to March 2, 2025",
    "en-dmy": "which fortnight? write the day it ends, as the fortnight to 2 March 2025, or its"
    " days, as 17 February to 2 March 2025",
    "fr": "quelle quinzaine ? écrivez le jour où elle finit, comme la quinzaine au 2 mars 2025,"
    " ou ses jours, comme du 17 février au 2 mars 2025",
}


def _from_another_date(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse "a year earlier", "the same week last year", "un an plus tôt": earlier than what?

    They count from a date of the article's sentence, not from publication (dateparser
    read "two days later" as two days after publication, "un an après" as the next year).
    """
    raise _refusal(language, _ANOTHER_DATE_HINT)


_ANOTHER_DATE_HINT = {
    "en": "it counts from another date than publication, which it does not write: write the"
    " period itself, as March 2024, the week ending March 9, 2024, or 2024",
    "en-dmy": "it counts from another date than publication, which it does not write: write"
    " the period itself, as March 2024, the week ending 9 March 2024, or 2024",
    "fr": "elle compte depuis une autre date que la publication, qu'elle n'écrit pas :"
    " écrivez la période elle-même, comme mars 2024, la semaine se terminant le 9 mars 2024,"
    " ou 2024",
}
# A span named by one word before "to": "the fortnight to", "le trimestre à fin".
_NAMED_SPANS = {
    "fortnight": ("weeks", 2), "quinzaine": ("weeks", 2), "quarter": ("months", 3),
    "trimestre": ("months", 3), "half year": ("months", 6), "semestre": ("months", 6),
}  # fmt: skip
# What ends the months or weeks of "les 12 mois à fin septembre 2025", "au 30 septembre".
_TO_END_FR = (
    r"(?:[àa]\s+fin(?:\s*-\s*|\s+)|jusqu'[àa]\s+(?:la\s+)?fin\s+(?:de\s+|d')?|[àa]\s+la\s+fin\s+"
    r"(?:de\s+|d')?|jusqu'au\s+|au\s+"
    # "le trimestre clos le 30 juin 2025", "les six mois clos fin juin 2025"
    r"|(?:clos|close|achev[ée]e?|termin[ée]e?|arr[êe]t[ée]e?)\s+(?:le\s+|au\s+|(?:[àa]\s+)?fin\s+))"
)


def _no_date(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse a change over a year ("en glissement annuel", "year on year"): no period."""
    raise _year_on_year(published, t, language)


_YEAR_ON_YEAR_HINT = {
    "fr": "une variation sur un an n'est pas une date : écrivez la période où elle finit,"
    " comme {last}, ou ses mois, comme les 12 mois à fin {last}",
    "en": "a change over a year is no date: write the period it ends, as {last}, or its"
    " months, as the year to {last}",
}


def _year_on_year(published: date | None, t: str, language: str) -> _Refused:
    """Refuse a change over a year, its example the last whole month before publication."""
    if published is _ANY_DAY:
        raise _Depends  # the example is of the publication's months
    p = _consult(published, t) if published is not None else date(2025, 10, 15)
    index = max(p.year * 12 + p.month - 2, 12)  # the month before publication's
    month = _span(index // 12, index % 12 + 1, index % 12 + 1, "month", "")
    return _Refused(
        _for_language(language, _YEAR_ON_YEAR_HINT).format(last=month.describe(language))
    )


# --- feasts: "Christmas Day", "Easter Monday", "lundi de Pâques" ----------------------------

# A feast on a fixed day (month, day), folded as `_feast_key` folds it.
_FIXED_FEASTS = {
    "en": {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    },
    "fr": {
        "noel": (12, 25), "jour de noel": (12, 25), "veille de noel": (12, 24),
        "reveillon de noel": (12, 24), "jour de l'an": (1, 1), "nouvel an": (1, 1),
        "saint sylvestre": (12, 31), "reveillon de la saint sylvestre": (12, 31),
        "toussaint": (11, 1), "assomption": (8, 15), "fete du travail": (5, 1),
        "fete nationale": (7, 14), "armistice": (11, 11),
    },
}  # fmt: skip
# A feast counted from Easter Sunday: its first and last day, in days from it.
_EASTER_FEASTS = {
    "en": {
        "easter": (0, 0), "easter sunday": (0, 0), "easter day": (0, 0),
        "easter monday": (1, 1), "good friday": (-2, -2), "maundy thursday": (-3, -3),
        "easter weekend": (-2, 1), "easter bank holiday weekend": (-2, 1),
        "shrove tuesday": (-47, -47), "pancake day": (-47, -47), "ash wednesday": (-46, -46),
        "ascension day": (39, 39), "pentecost": (49, 49), "whit sunday": (49, 49),
        "whitsunday": (49, 49), "whit monday": (50, 50),
    },
    "fr": {
        "paques": (0, 0), "dimanche de paques": (0, 0), "jour de paques": (0, 0),
        "lundi de paques": (1, 1), "vendredi saint": (-2, -2), "jeudi saint": (-3, -3),
        "week end de paques": (-1, 1), "weekend de paques": (-1, 1), "mardi gras": (-47, -47),
        "mercredi des cendres": (-46, -46), "ascension": (39, 39),
        "jeudi de l'ascension": (39, 39), "pentecote": (49, 49),
        "dimanche de pentecote": (49, 49), "lundi de pentecote": (50, 50),
    },
}  # fmt: skip
_FEAST_FORMS = {
    "en": r"(?:(?:on|over|at|during)\s+)?(?:the\s+)?(?P<f>[^\d]+?)(?:,?\s+(?:of\s+)?{y})?",
    "fr": r"(?:(?:[àa]|pour|pendant|durant)\s+)?(?:(?:le|la)\s+|l')?(?P<f>[^\d]+?)"
    r"(?:,?\s+(?:de\s+)?{y})?",
}
# What a feast is written with, in the lowered text: a filter of the late phrases.
_FEAST_WORDS = {
    "en": r"|christmas|boxing|new\s+year|easter|good\s+fri|maundy|shrove|pancake|ash\s+wed"
    r"|ascension|pentecost|whit|bank\s+hol",
    "fr": r"|no[eë]l|sylvestre|nouvel\s+an|jour\s+de\s+l'an|toussaint|assomption|f[êe]te"
    r"|armistice|p[âa]ques|saint|gras|cendres|ascension|pentec",
}
_BANK_HOLIDAY_HINT = {
    "en": "a bank holiday is not the same day in every nation of the UK, nor always the same"
    " Monday: write its day, as Monday, May 26, 2025",
    "en-dmy": "a bank holiday is not the same day in every nation of the UK, nor always the"
    " same Monday: write its day, as Monday 26 May 2025",
}


def _feast_key(written: str) -> str:
    """A feast's name as the tables hold it: folded, hyphens as blanks ("saint sylvestre")."""
    return " ".join(_fold(written).replace("-", " ").split())


def _feast(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read a feast: "Christmas Day", "Easter Monday", "le lundi de Pâques", "Noël 2024".

    A fixed feast is its day, one counted from Easter (dateutil's computus) its day or
    days ("the Easter weekend": Good Friday to Easter Monday; "le week-end de Pâques":
    Saturday to Monday). Without a year, as a day and month without one: the one that
    holds or is nearest publication; a forecast's, the first that does not end before
    it; after since, depuis, the latest that does not start after it. A bank holiday
    ("Bank holiday Monday") is refused, saying to write its day.
    """
    code = _lang(language).code
    key = _feast_key(m["f"])
    if "bank holiday" in key:
        raise _refusal(language, _BANK_HOLIDAY_HINT)
    fixed = _FIXED_FEASTS.get(code, {}).get(key)
    counted = _EASTER_FEASTS.get(code, {}).get(key)
    if fixed is None and counted is None:
        return None

    def days(year: int) -> tuple[date, date]:
        if not 1583 <= year <= 9999:  # the Gregorian calendar's Easter
            raise DateSyntaxError(f"{t!r}: the year {year} is out of range")
        if fixed is not None:
            return date(year, *fixed), date(year, *fixed)
        assert counted is not None
        sunday = _easter(year)
        return sunday + timedelta(days=counted[0]), sunday + timedelta(days=counted[1])

    if m["y"]:
        start, end = days(int(m["y"]))
    else:
        p = _consult(published, t)
        spans = [days(year) for year in (p.year - 1, p.year, p.year + 1)]
        if isinstance(published, _AheadDay):
            start, end = next(span for span in spans if span[1] >= p)
        elif isinstance(published, _SinceDay):
            start, end = [span for span in spans if span[0] <= p][-1]
        else:  # holding publication, else the nearest; on a tie, the earlier
            start, end = min(spans, key=lambda span: max((span[0] - p).days, (p - span[1]).days, 0))
    return Period(start, end, "day" if start == end else "range", t)


def _easter(year: int) -> date:
    """Easter Sunday of the year (Western, Gregorian)."""
    from dateutil.easter import easter  # the computus; imported when a feast is read

    return easter(year)


# --- parts of a day: "mardi soir", "dans la nuit de samedi à dimanche", "Tuesday night" -------

# A time of day: "23 h", "23 h 30", "23h30", "11 p.m.", "23:30", minuit, noon; after a
# lead word also "23 heures" (alone, "12 heures" may be a duration).
_CLOCK_SHORT = (  # "h" in lower case: "1H25" is H1 2025; "24 h" ends a day
    r"(?:(?:[01]?\d|2[0-3])\s*(?-i:h)(?:\s*[0-5]\d)?|24\s*(?-i:h)(?:\s*00)?(?!\s*[0-5]?\d)|24:00"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?\s?m\.?)?"
    r"|(?:0?[1-9]|1[0-2])(?:[.:][0-5]\d)?\s*[ap]\.?\s?m\.?|minuit|midi|midnight|noon)"
)
_CLOCK = rf"(?:{_CLOCK_SHORT}|(?:[01]?\d|2[0-3])\s*heures?(?:\s*[0-5]\d)?)"
_CLOCK_LEADS = {
    "fr": r"vers|[àa]|d[èe]s|avant|apr[èe]s|peu\s+(?:avant|apr[èe]s)"
    r"|aux\s+(?:alentours|environs)\s+de|autour\s+de|jusqu'[àa]|entre|de",
    "en": r"at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after)|before|after|until"
    r"|till|by|from|between",
}
# A time in brackets after a date, as fixtures write a kick-off ("samedi (21 h)", "le 10
# décembre (20 h 45)", "mercredi (21 h, Canal+)"): no part of the date, dropped. dateparser
# read "samedi (21 h)" as 21 January, "le 10 décembre (21 h)" as 10 December 2021.
_BRACKETED_TIME = re.compile(rf"\s*\(\s*{_CLOCK}\s*(?:[,;/-][^()\d]*)?\)$", re.I)
_FIFTEEN_DAYS = re.compile(r"(?<!\w)quinze\s+jours(?!\w)", re.I)


def _without_bracketed_time(t: str, language: str) -> str:
    """The text without a time in brackets after its date; a time alone is refused."""
    if not t.endswith(")"):
        return t
    match = _BRACKETED_TIME.search(t)
    if match is None:
        return t
    if not match.start():  # "(21 h)": a time alone
        raise _refusal(language, _TIME_HINT)
    return t[: match.start()]


# A time's zone, as wire copy writes it after the time ("0845 GMT", "23 h UTC", "3am local
# time", "à 3 h (heure locale)", "(heure de Paris)"), or what tells the hour of a French
# clock ("3 heures du matin"). In capitals only: "et" is no zone; and whole: "2015 CTE".
_ZONE_NAMES = (
    r"(?-i:(?:GMT|UTC|TU|BST|CES?T|EES?T|WES?T|[ECMP][SD]?T|AES?T|AEDT|JST|IST|MSK|HKT|SGT)"
    r"(?![^\W\d_]))"
)
# "local" alone only before punctuation or the end: "2025 local elections" is a year
_LOCAL = r"local(?:\s+time(?!\w)|(?=\s*[),.;:]|\s*$))"
# After four figures, a zone makes them a time, not a year: "Sunday 9 March, 0845 GMT",
# "Sunday 9 March, 0100 to 0300 GMT".
_NOT_A_TIME = rf"(?!(?:\s*(?:and|to|et|[àa]|au|[-–])\s*\d{{4}})?\s*(?:{_ZONE_NAMES}|{_LOCAL}))"
#: What follows four figures that are a year, not a wire time ("2130 ET", "0845 GMT",
#: "0100 to 0300 GMT", "2015 local time"): a lookahead, for patterns of other modules.
NOT_A_TIME = _NOT_A_TIME
_ZONE = (
    rf"{_ZONE_NAMES}(?:\s*[+\-−]\s*\d{{1,2}}(?::?[0-5]\d)?)?(?!\w)|{_LOCAL}"
    r"|(?-i:[A-Z][a-z]+)\s+time(?!\w)"  # "Paris time", "Eastern time"
    r"|heure\s+(?:locale|fran[çc]aise|(?:de\s+(?:l')?|du\s+|d')(?-i:[A-Z])[\w-]+)"
    r"|du\s+matin|du\s+soir|de\s+l'apr[èe]s[-\s]midi|de\s+la\s+nuit"
)
# A zone after a time, or in brackets after it, maybe with a comment ("(heure locale, la
# même qu'à Paris)"); one or more: "2 heures du matin (heure locale)".
_ZONE_PART = rf"\(\s*(?:{_ZONE})\s*(?:[,;][^()]*)?\)|(?:{_ZONE})"
# A time and its zone: four figures ("0845 GMT", "2115 UTC"; "between 0100 and 0300 GMT"
# zones both, but "11 mars 2011 à 14 h 46 heure locale" only the clock, not 20:11), a time
# with a stop ("08.45 GMT"), or any clock ("23 h GMT", "3am local time", "3 heures du
# matin").
_ZONED_TIME = re.compile(
    r"(?<![\w:.,])(?:(?P<first>\d{4})\s*(?:and|to|et|[àa]|au|[-–])\s*(?=\d{4}(?!\d)))?"
    r"(?:(?P<wire>\d{4})|(?P<stop>(?:[01]?\d|2[0-3])\.[0-5]\d)"
    rf"|(?P<clock>{_CLOCK}))(?:\s*,?\s*(?:{_ZONE_PART}))+",
    re.I,
)
# What every zoned time has: a filter before `_ZONED_TIME`.
_ZONE_WORDS = re.compile(
    rf"{_ZONE_NAMES}|local|time|heure|du\s+(?:matin|soir)|de\s+l'apr|de\s+la\s+nuit", re.I
)
# What may stand right before a time: a lead word ("at", "à", "vers") or a join of two
# ("between 1am and 3am"); after anything else, the time gets a lead ("at", "à").
_BEFORE_A_TIME = re.compile(
    rf"(?:^|\(|(?<!\w)(?:{'|'.join(_CLOCK_LEADS.values())}|and|et|to|or|ou|au|on|le))\s*$", re.I
)
_TIME_LEAD = {"en": "at", "fr": "à"}
_NO_TIME_HINT = {
    "fr": "{x!r} n'est pas une heure (heures de 00 à 23, minutes de 00 à 59) : écrivez l'heure,"
    " comme 0845 GMT, ou le jour seul",
    "en": "{x!r} is no time of day (hours 00 to 23, minutes 00 to 59): write the time, as 0845"
    " GMT, or the day alone",
}
_OTHER_ZONE_HINT = {
    "fr": "une heure d'un autre fuseau, entre parenthèses, peut tomber un autre jour : écrivez"
    " le jour du lieu où c'est arrivé, comme dimanche 9 mars 2025 (à 3 h, heure locale), et"
    " donnez l'autre dans une note",
    "en": "a time in another zone, in brackets, may fall on another day: write the day where"
    " it happened, as Sunday, March 9, 2025 (at 3am local time), and give the other in a note",
    "en-dmy": "a time in another zone, in brackets, may fall on another day: write the day"
    " where it happened, as Sunday 9 March 2025 (at 3am local time), and give the other in a"
    " note",
}


def _as_clock(figures: str, language: str) -> str:
    """A wire time in four figures as the clock it is ("0845" is 08:45), or refused."""
    if int(figures[:2]) > 23 or int(figures[2:]) > 59:
        raise _Refused(_for_language(language, _NO_TIME_HINT).format(x=figures))
    return f"{figures[:2]}:{figures[2:]}"


def _without_zones(t: str, language: str) -> str:
    """The text with each time's zone dropped, the time kept to be dropped as a time is.

    A wire time in four figures is written as the clock it is ("0845 GMT" is 08:45; four
    figures that are no time, "1999 GMT", are refused), and a time after a date with no
    lead word gets one ("Sunday 9 March, 0845 GMT" is read as "Sunday 9 March, at
    08:45"): the day reads, the time is dropped as "at 11 p.m." is. dateparser read "0845
    GMT on Sunday" as the year 845, "March 9 at 1430 GMT" as 9 March 1430, "samedi à 23 h
    GMT" as 23 January. A zoned time in brackets with a day ("Sunday at 3am local time
    (2115 GMT on Saturday)") is refused: which of the two days?
    """
    if not _ZONE_WORDS.search(t):
        return t
    code = _lang(language).code
    out, last = [], 0
    for match in _ZONED_TIME.finditer(t):
        before = t[last : match.start()]
        if match["wire"]:
            clock = _as_clock(match["wire"], language)
        elif match["stop"]:
            clock = match["stop"].replace(".", ":")
        else:
            clock = match["clock"]
        if match["first"]:  # "between 0100 and 0300 GMT": both are times
            second = next(group for group in ("wire", "stop", "clock") if match[group])
            joined = t[match.end("first") : match.start(second)]
            clock = f"{_as_clock(match['first'], language)}{joined}{clock}"
        lead = _TIME_LEAD.get(code)
        if lead is not None and not _BEFORE_A_TIME.search(t, 0, match.start()):
            clock = f"{lead} {clock}" if before[-1:].isspace() else f" {lead} {clock}"
        opened = t.rfind("(", 0, match.start())
        if opened > t.rfind(")", 0, match.start()):  # in brackets: "(2115 GMT on Saturday)"
            closed = t.find(")", match.end())
            rest = t[opened + 1 : match.start()] + t[match.end() : closed if closed >= 0 else None]
            if any(c.isalpha() for c in rest):
                raise _refusal(language, _OTHER_ZONE_HINT)
        out += [before, clock]
        last = match.end()
    if not out:
        return t
    return "".join([*out, t[last:]]).strip()


# What every time has: a filter before `_clock_alone`.
_CLOCK_WORDS = re.compile(r"\d\s*(?:h|:|[ap]\.?\s?m)|minuit|midi|midnight|noon", re.I)


@lru_cache(maxsize=1)
def _clock_alone() -> re.Pattern[str]:
    """A time alone, its lead word or none, compiled at first use: no date.

    dateparser read "à 10h" as the publication day, "10 h" and "à 23 h 30" as the day
    before.
    """
    return re.compile(
        rf"^(?:(?:{'|'.join(_CLOCK_LEADS.values())})\s+{_CLOCK}|{_CLOCK_SHORT})"
        rf"(?:\s+(?:et|[àa]|and|to)\s+{_CLOCK})?$",
        re.I,
    )


# --- a count of minutes or hours back: "il y a 40 minutes", "two hours ago" ------------------

# As a live blog writes the time of an event from its entry's. The `when` is a day, and
# `published` is one: under a day back it is the publication day (dateparser counted back
# from that day's midnight, the day before). From a day back, which day it reaches depends
# on the hour of publication: refused.
# A count in figures, its thousands maybe grouped ("1 440", "1,500"), or in words.
_RECENT_FIGURES = r"\d{1,3}(?:[,\s]\d{3})+(?!\d)|\d{1,4}"
_RECENT_COUNT = {
    "fr": rf"{_RECENT_FIGURES}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
    r"|quinze|vingt|trente|quarante|cinquante|quelques|plusieurs",
    "en": rf"{_RECENT_FIGURES}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|few|several|a\s+couple\s+of",
}
_RECENT_HALF = {"fr": r"(?:\s+et\s+demie)?", "en": r"(?:\s+and\s+a\s+half)?"}
_RECENT_FORMS = {
    "fr": r"il\s+y\s+a\s+(?:environ\s+|pr[èe]s\s+d(?:e\s+|')|plus\s+d(?:e\s+|')|moins\s+d(?:e\s+|')"
    r"|un\s+peu\s+plus\s+d(?:e\s+|'))?(?:(?P<half>une\s+demi-heure)|(?P<q>{q})\s+(?P<u>minutes?"
    r"|min|heures?|h){half})",
    "en": r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than"
    r"\s+|just\s+over\s+|under\s+)?(?:(?P<half>half\s+an\s+hour)|(?P<q>{q})\s+(?P<u>minutes?|mins?"
    r"|hours?|hrs?){half})\s+ago",
}
_RECENT_WORDS = re.compile(r"\bago\b|il\s+y\s+a", re.I)
_RECENT_HINT = {
    "fr": "un nombre d'heures compté avant la publication tombe un jour ou un autre, selon"
    " l'heure de la publication : écrivez le jour, comme vendredi 13 mars 2026 (à 18 h 30)",
    "en": "a count of hours back from publication falls on one day or another, as the hour of"
    " publication: write the day, as Friday, March 13, 2026 (at 6:30 p.m.)",
    "en-dmy": "a count of hours back from publication falls on one day or another, as the hour"
    " of publication: write the day, as Friday 13 March 2026 (at 6.30pm)",
}


@lru_cache(maxsize=8)
def _recent(code: str) -> re.Pattern[str] | None:
    """The counts of minutes or hours back of a language, compiled at first use; or None."""
    form = _RECENT_FORMS.get(code)
    if form is None:
        return None
    return re.compile(f"^(?:{form.format(q=_RECENT_COUNT[code], half=_RECENT_HALF[code])})$", re.I)


def _recently(t: str, lang: _Lang, language: str, published: date | None) -> Period | None:
    """Read a count of minutes or hours back ("il y a 40 minutes"): the publication day.

    None for any other text. From a day back ("il y a 30 heures", "1 500 minutes ago"),
    refused: the day it reaches depends on the hour of publication.
    """
    pattern = _recent(lang.code)
    if pattern is None or (match := pattern.match(t)) is None:
        return None
    if match["q"] is not None:
        count = _count(re.sub(r"[,\s]", "", match["q"]), True, language)
        unit = _fold(match["u"])
        minutes = None if count is None else count * (1 if unit.startswith("min") else 60)
        if minutes is not None and minutes >= 24 * 60:
            raise _refusal(language, _RECENT_HINT)
    p = _consult(published, t)
    return Period(p, p, "day", t)


# A count of years, decades or centuries back in words: the year it reaches, as "il y a 50
# ans" and "a century ago" read (dateparser's, which knew "dix" but not "cinquante",
# "century" but not "siècle" nor "half a century"). Counts in figures stay dateparser's.
_YEARS_BACK = {
    "fr": re.compile(
        r"^il\s+y\s+a\s+(?:(?P<half>un\s+demi-?\s*si[èe]cle)|(?P<quarter>un\s+quart\s+de"
        r"\s+si[èe]cle)|(?P<q>[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,4}?)\s+(?P<u>ans?|ann[ée]es?"
        r"|d[ée]cennies?|si[èe]cles?))$",
        re.I,
    ),
    "en": re.compile(
        r"^(?:(?P<half>half\s+a\s+(?:century|decade))|(?P<quarter>a\s+quarter[\s-]+(?:of\s+a\s+)?"
        r"century)|(?P<q>[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3}?)\s+(?P<u>years?|decades?"
        r"|centur(?:y|ies)))\s+ago$",
        re.I,
    ),
}
_YEARS_BACK_UNITS = {
    "an": 1, "ans": 1, "annee": 1, "annees": 1, "decennie": 10, "decennies": 10, "siecle": 100,
    "siecles": 100, "year": 1, "years": 1, "decade": 10, "decades": 10, "century": 100,
    "centuries": 100,
}  # fmt: skip
_NUMBER_WORD_VALUES = {
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
        "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
        "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "et": 0,
    },
    "en": {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    },
}  # fmt: skip


def _number_in_words(written: str, code: str) -> int | None:
    """A count of 1 to 199 in words, or None for any other text.

    "cinquante", "soixante-dix", "quatre-vingt-cinq", "twenty-five", "a hundred".
    """
    values = _NUMBER_WORD_VALUES.get(code)
    words = [_fold(w) for w in re.split(r"[\s-]+", written.strip())]
    if values is None or not words or any(w not in values for w in words):
        return None
    total = 0
    for i, word in enumerate(words):
        value = values[word]
        if word in ("vingt", "vingts") and i and words[i - 1] == "quatre":
            total += 80 - 4  # "quatre-vingts": four twenties
        elif value == 100 and total in (0, 1):  # "cent", "a hundred", "one hundred"
            total = 100
        elif code == "en" and word in ("a", "an") and i:
            return None
        else:
            total += value
    return total if 1 <= total < 200 and words[-1] != "et" else None


def _years_back(t: str, lang: _Lang, published: date | None) -> Period | None:
    """Read a count of years back in words: the year it reaches, as "il y a 50 ans" reads.

    "il y a cinquante ans", "il y a un siècle", "il y a un demi-siècle", "half a century
    ago". None for any other text (counts in figures: dateparser's).
    """
    pattern = _YEARS_BACK.get(lang.code)
    if pattern is None or (match := pattern.match(t)) is None:
        return None
    if match["half"] is not None:
        years = 5 if _fold(match["half"]).endswith("decade") else 50
    elif match["quarter"] is not None:
        years = 25
    elif (count := _number_in_words(match["q"], lang.code)) is not None:
        years = count * _YEARS_BACK_UNITS[_fold(match["u"])]
    else:
        return None
    year = _consult(published, t).year - years
    if year < 1:
        return None
    return _span(year, 1, 12, "year", t)


# A time after a day, with no lead word ("samedi 14 h 32", "14 mars, 14 h 32", "Tuesday 11
# p.m."), as a live blog's datelines write it: read as with its lead ("samedi à 14 h 32").
# Only a text's one time, at its end.
_TIME_AT_END = re.compile(rf"(?<=[\w.,)])(?P<sep>,?\s+)(?P<clock>{_CLOCK_SHORT})$", re.I)


def _with_time_lead(t: str, lang: _Lang) -> str:
    """The text with a lead word before the time that ends it, where it has none."""
    lead = _TIME_LEAD.get(lang.code)
    if lead is None or not _CLOCK_WORDS.search(t) or (match := _TIME_AT_END.search(t)) is None:
        return t
    if _BEFORE_A_TIME.search(t, 0, match.start("clock")) or len(_time_in_text().findall(t)) != 1:
        return t
    return f"{t[: match.start('clock')]}{lead} {match['clock']}"


# --- the time of day a `when` writes: what `parse_date` drops --------------------------------

# A time as `parse_date` drops it after or before a day, in brackets or with its zone: a
# short clock anywhere ("23 h 30", "9am", "11 p.m.", "14:32", midi), "23 heures" after a
# lead word only (alone, "12 heures" may be a duration). The zoned times (four figures,
# "08.45 GMT", "3 heures du matin") are `_ZONED_TIME`'s.
_TIME_LEADS = "|".join(_CLOCK_LEADS.values())
# The zones that tell an afternoon's hour on a French clock: "8 heures du soir" is 20 h.
_AFTERNOON_ZONE = re.compile(r"du\s+soir|de\s+l'apr[èe]s[-\s]midi", re.I)
_MIDNIGHT = frozenset({"minuit", "midnight"})
_NOON = frozenset({"midi", "noon"})


@lru_cache(maxsize=1)
def _time_in_text() -> re.Pattern[str]:
    """A time of day anywhere in a text, as `_clock_alone` and the day's phrases read it."""
    return re.compile(
        rf"(?<![\w:.,-])(?:(?:{_TIME_LEADS})\s+(?P<long>{_CLOCK})|(?P<short>{_CLOCK_SHORT}))"
        r"(?![\w:-])",  # "après-midi" is no noon
        re.I,
    )


def _clock_of(clock: str, afternoon: bool = False) -> tuple[int, int] | None:
    """The hour and minute a clock writes ("11 p.m." is 23:00, midi 12:00), or None.

    None at midnight as a word or a 12-hour clock writes it (minuit, midnight, "12 a.m."):
    it ends one day and starts the next, which? A 24-hour clock's "0 h" starts its day
    (00:00). None too for an hour or a minute off the clock ("25 h").
    """
    folded = _fold(clock.strip())
    if folded in _MIDNIGHT:
        return None
    if folded in _NOON:
        return 12, 0
    match = _CLOCK_PARTS.search(clock)
    if match is None:
        return None
    if match["noon"]:
        return 12, 0
    if match["h"] is None:
        return None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    ap = (match["ap"] or "").lower()
    if ap == "a" and hour == 12 and not minute:
        return None  # "12 a.m.": midnight
    if ap:
        hour = hour % 12 + (12 if ap == "p" else 0)
    elif afternoon and hour < 12:  # "8 heures du soir"
        hour += 12
    return _on_the_clock(hour, minute)


def _on_the_clock(hour: int, minute: int) -> tuple[int, int] | None:
    """The hour and minute, or None off the clock ("25 h", "2460 GMT")."""
    if hour > 23 or minute > 59:
        return None
    return hour, minute


@lru_cache(maxsize=65536)
def time_of_day(text: str, language: str) -> tuple[int, int] | None:
    """The time of day (hour, minute) that a `when` writes, and `parse_date` drops.

    "samedi 14 mars 2026 à 23 h 30" is (23, 30), "Tuesday 16 June 2026 at 9am" (9, 0),
    "Sunday 9 March, 0845 GMT" (8, 45), "11 p.m." (23, 0), "midi" and "noon" (12, 0),
    "3 heures du matin" (3, 0), "8 heures du soir" (20, 0). None at midnight (minuit,
    midnight, "12 a.m."): it ends one day and starts the next, which?
    The time is found by the patterns that drop it in `parse_date`: a time and its zone,
    a time in brackets, a time before or after a day. None when the text writes no time,
    or two ("between 1am and 3am", "de samedi 18 h à dimanche 6 h": which one?). The zone
    is not applied: the time is the one written, in the clock written.
    """
    t = _normalise(text)
    found: list[tuple[int, int, tuple[int, int] | None]] = []  # start, end, (hour, minute)
    if _ZONE_WORDS.search(t):
        for match in _ZONED_TIME.finditer(t):
            if match["first"]:  # "between 0100 and 0300 GMT": two times
                return None
            if match["wire"]:
                wire = match["wire"]
                time = _on_the_clock(int(wire[:2]), int(wire[2:]))
            else:
                clock = match["stop"] or match["clock"]
                zones = t[match.end("stop" if match["stop"] else "clock") : match.end()]
                time = _clock_of(clock, _AFTERNOON_ZONE.search(zones) is not None)
            found.append((match.start(), match.end(), time))
    if _CLOCK_WORDS.search(t):
        for match in _time_in_text().finditer(t):
            if any(start < match.end() and match.start() < end for start, end, _ in found):
                continue  # a zoned time's clock, already read
            clock = match["long"] or match["short"]
            time = _clock_of(clock)
            if time is None:  # "until midnight", "à 24 h": the end of the day
                time = _midnight(clock, t, match.start("long" if match["long"] else "short"))
            found.append((match.start(), match.end(), time))
    if len(found) != 1:
        return None
    return found[0][2]


# Midnight ends one day and starts the next: after these words it ends the day written
# ("until midnight" on Saturday is Saturday at 24:00), after these it starts it ("shortly
# after midnight on Sunday" is Sunday at 00:00); alone ("at midnight", "à minuit"), which?
_TO_MIDNIGHT = re.compile(
    r"(?<!\w)(?:until|till|to|through|before|and|jusqu'[àa]|au|avant|et)\s+$", re.I
)
_FROM_MIDNIGHT = re.compile(r"(?<!\w)(?:after|apr[èe]s|between|entre)\s+$", re.I)
_MIDNIGHT_CLOCK = re.compile(r"^(?:minuit|midnight|12(?:[.:]00)?\s*a\.?\s?m\.?)$", re.I)
_HOUR_24 = re.compile(r"^24\s*(?:h(?:\s*00)?|:00)$", re.I)


def _midnight(clock: str, t: str, at: int) -> tuple[int, int] | None:
    """The time of a midnight by the words before it (at `at` in `t`), or None: which?

    "à 24 h", "24:00", "until midnight", "jusqu'à minuit", "to 12am", "between 11pm and
    midnight" end their day (24, 0); "after midnight", "between midnight and 3am" start it
    (0, 0); "at midnight", "à minuit", "12 a.m." alone may be either: None.
    """
    clock = clock.strip()
    if _HOUR_24.match(clock):
        return 24, 0
    if not _MIDNIGHT_CLOCK.match(clock):
        return None
    if _TO_MIDNIGHT.search(t, 0, at):
        return 24, 0
    if _FROM_MIDNIGHT.search(t, 0, at):
        return 0, 0
    return None


def _bare_midnight(t: str) -> bool:
    """Tell whether a text writes a midnight that may end its day or start it ("à minuit")."""
    if not _CLOCK_WORDS.search(t):
        return False
    for match in _time_in_text().finditer(t):
        clock = match["long"] or match["short"]
        at = match.start("long" if match["long"] else "short")
        if _MIDNIGHT_CLOCK.match(clock.strip()) and _midnight(clock, t, at) is None:
            return True
    return False


_MIDNIGHT_HINT = {
    "fr": "minuit finit un jour et commence le suivant : lequel ? écrivez jusqu'à minuit ou"
    " à 24 h pour la fin d'un jour (samedi 8 novembre 2025 jusqu'à minuit), 23 h 59, ou le"
    " jour suivant à 0 h (dimanche 9 novembre 2025 à 0 h)",
    "en": "midnight ends one day and starts the next: which? write until midnight for the"
    " end of a day (Saturday, Nov. 8, 2025 until midnight), 11:59 p.m., or the day after at"
    " 00:00 (Sunday, Nov. 9, 2025 at 00:00)",
    "en-dmy": "midnight ends one day and starts the next: which? write until midnight for the"
    " end of a day (Saturday 8 Nov. 2025 until midnight), 11.59pm, or the day after at 00:00"
    " (Sunday 9 Nov. 2025 at 00:00)",
}


# What a part of a day is written as, after its day ("mardi soir", "le 14 juillet au soir",
# "mardi en fin de journée") or, with du / de / of, before it ("au soir du 14 juillet").
_DAY_PARTS = {
    "fr": r"(?:(?:au|en|le|dans\s+la|dans\s+l'|[àa]\s+l'|en\s+(?:d[ée]but|fin|milieu)\s+d(?:e\s+|')"
    r"|(?:t[ôo]t|tard)\s+(?:le|dans\s+la)|au\s+petit|en\s+pleine)\s*)?(?P<part>matin[ée]e|matin"
    r"|midi|apr[èe]s[-\s]midi|soir[ée]e|soir|nuit|journ[ée]e|aube)",
    "en": r"(?:(?:early|late)\s+)?(?:in\s+the\s+)?(?P<part>morning|afternoon|evening|night"
    r"|overnight)|at\s+(?:dawn|dusk|noon|midnight)",
}
_DAY_PARTS_BEFORE = {
    "fr": r"(?:(?:dans|durant|pendant)\s+(?:la\s+|l')|(?:au|le|en)\s+|[àa]\s+l'|la\s+|l')?"
    r"(?:petit\s+)?(?P<part>soir[ée]e|soir|matin[ée]e|matin|nuit|journ[ée]e|apr[èe]s[-\s]midi|aube"
    r"|premi[èe]res\s+heures)\s+(?:du\s+|de\s+|d')",
    "en": r"(?:early|late)(?:\s+on)?\s+|overnight(?:\s+on)?\s+|at\s+(?:dawn|dusk)(?:\s+on)?\s+"
    r"|(?:during\s+)?(?:the\s+)?(?:early"
    r"|small|wee)\s+hours\s+of\s+|(?:during\s+)?the\s+(?P<part>morning|afternoon|evening|night)"
    r"\s+of\s+",
}
# The words of a part of a day or a time, in lower case: a filter before their phrases.
_DAY_PART_FILTERS = {
    "fr": re.compile(r"soir|matin|midi|nuit|journ|aube|heure|minuit|\d\s*h(?:\d|\b)|\d:\d"),
    "en": re.compile(
        r"night|morning|afternoon|evening|noon|dawn|dusk|hours|early|late|\d\s*[ap]\.?\s?m|\d:\d|today"
    ),
}
_THIS_DAY_PART = frozenset({"ce", "cet", "cette", "this"})  # "ce soir": the publication day
_NIGHTS = frozenset({"nuit", "night", "overnight"})
_LAST_DAY_PART = frozenset({"last"})  # "last night", "last evening": the day before
_EVENINGS = frozenset({"evening"})
_DAY_PART_HINT = {
    "fr": "écrivez le jour, comme mardi 9 décembre 2025 (au soir, vers 23 h)",
    "en": "write the day, as Tuesday, Dec. 9, 2025 (at night, at 11 p.m.)",
    "en-dmy": "write the day, as Tuesday 9 Dec. 2025 (at night, at 11pm)",
}
_NIGHT_HINT = {
    "fr": "une nuit court sur deux jours de suite : écrivez-les, comme dans la nuit du 3 au 4"
    " mai 2025",
    "en": "a night runs over two days in a row: write them, as the night of May 3 to 4, 2025",
    "en-dmy": "a night runs over two days in a row: write them, as the night of 3 to 4 May 2025",
}
_THIS_NIGHT_HINT = {
    "fr": "la nuit dernière ou la nuit qui vient ? écrivez les deux jours, comme dans la nuit"
    " du 3 au 4 mai 2025",
    "en": "last night or tonight? write the two days, as the night of May 3 to 4, 2025",
    "en-dmy": "last night or tonight? write the two days, as the night of 3 to 4 May 2025",
}
_TIME_HINT = {
    "fr": "une heure n'est pas une date : écrivez son jour, comme mardi 9 décembre 2025 (à 23 h)",
    "en": "a time of day is no date: write its day, as Tuesday, Dec. 9, 2025 (at 11 p.m.)",
    "en-dmy": "a time of day is no date: write its day, as Tuesday 9 Dec. 2025 (at 11pm)",
}


def _refusal(language: str, hints: dict[str, str]) -> _Refused:
    """Refuse the text saying what to write, in the language's examples (English's by default)."""
    return _Refused(_for_language(language, hints))


def _day_part(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read a part of a day ("mardi soir", "au soir du 14 juillet", "late Tuesday"): the day.

    The day is read as written alone ("mardi", "Tuesday": the latest on or before
    publication, a forecast's the next; "hier"); "ce soir", "this morning" are the
    publication day, "cette nuit" (last night or tonight?) is refused.
    """
    groups = m.groupdict()
    x, parts = m["x"], (groups.get("part"), groups.get("part2"))
    night = any(part is not None and _fold(part) in _NIGHTS for part in parts)
    if _fold(x) in _THIS_DAY_PART:
        if night:
            raise _refusal(language, _THIS_NIGHT_HINT)
        p = _consult(published, t)
        return Period(p, p, "day", t)
    if _fold(x) in _LAST_DAY_PART and (night or any(p in _EVENINGS for p in parts if p)):
        yesterday = _shifted(_consult(published, t), -1, t)  # "last night", as "hier soir"
        return Period(yesterday, yesterday, "day", t)
    if _OPENS_A_WINDOW.match(t):  # "from 6am Thursday": the first Thursday on or after
        published = _directed(published, _FromDay)
    try:
        inner = _core(x, _lang(language), language, published, nested=False)
    except _Unreadable:
        raise _refusal(language, _DAY_PART_HINT) from None
    if inner.granularity == "range" and not any(parts) and not _OPENS_A_WINDOW.match(t):
        # "du samedi 18 octobre à 18 h au lundi 20 octobre à 6 h": the time of its end
        return Period(inner.start, inner.end, "range", t)
    if inner.granularity != "day":
        raise _refusal(language, _DAY_PART_HINT)
    return Period(inner.start, inner.end, "day", t)


# What opens a window at a time before its day: "from 6am Thursday", "dès 6 h jeudi".
_OPENS_A_WINDOW = re.compile(r"^(?:from|d[èe]s|[àa]\s+(?:partir|compter)\s+d[e'])\s*", re.I)


# A part of a day with no day, as a live blog writes the publication day's ("en début
# d'après-midi", "dans l'après-midi", "à la mi-journée", "earlier today"): that day, as "ce
# matin" is. Not the night ("dans la nuit": last night or tonight?) nor a part alone ("le
# soir": of which day?).
_TODAY_PARTS = {
    # "en début / fin / milieu de matinée" is the first of the phrases (`_PHRASE_PATTERNS`)
    "fr": r"(?:dans\s+la\s+|dans\s+l'|[àa]\s+la\s+|en\s+)"
    r"(?:matin[ée]e|apr[èe]s[-\s]midi|soir[ée]e|journ[ée]e|mi-journ[ée]e)"
    r"|plus\s+(?:t[ôo]t|tard)\s+dans\s+la\s+journ[ée]e",
    "en": r"(?:earlier|later)\s+today|earlier\s+(?:this|in\s+the)\s+(?:morning|afternoon|day)",
}


def _today_part(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Read a part of the publication day written without its day: that day."""
    p = _consult(published, t)
    return Period(p, p, "day", t)


def _night(m: re.Match[str], t: str, language: str, published: date | None) -> Period | None:
    """Read a night over two days ("dans la nuit de samedi à dimanche", "du 3 au 4 mai").

    Two weekdays: the first as written alone ("samedi": the latest on or before
    publication, a forecast's the next), the second the day after it. Two dates: as the
    range ("du 3 au 4 mai"). Any other two days are refused: a night is two days in a row.
    """
    lang = _lang(language)
    a, b = m["a"].strip(), m["b"].strip()
    first_day, second_day = lang.weekdays.get(_fold(a)), lang.weekdays.get(_fold(b))
    if first_day is not None and second_day is not None:
        if second_day != (first_day + 1) % 7:
            raise _refusal(language, _NIGHT_HINT)
        try:
            first = _core(a, lang, language, published, nested=False)
        except _Unreadable:
            raise _refusal(language, _NIGHT_HINT) from None
        return Period(first.start, _shifted(first.start, 1, t), "range", t)
    # "du samedi 3 au dimanche 4 mai": the weekdays are checked by a rule, not here
    a, b = _without_weekday(a, lang), _without_weekday(b, lang)
    joined = f"du {a} au {b}" if lang.code == "fr" else f"from {a} to {b}"
    period = _range(joined, lang, language, published)
    if period is None or (period.end - period.start).days != 1:
        raise _refusal(language, _NIGHT_HINT)
    return Period(period.start, period.end, "range", t)


# What joins two weekdays in a row, each maybe with its time: "Saturday and Sunday", "between
# 6 p.m. Saturday and 6 a.m. Sunday", "de samedi 18 h à dimanche 6 h".
_IN_A_ROW_JOINS = {
    "en": re.compile(r"\s*&\s*|,?\s+(?:and|to|until|till|through|into)\s+|\s*[-–]\s*", re.I),
    "fr": re.compile(r"\s*&\s*|,?\s+(?:et|[àa]|au|jusqu'(?:[àa]|au))\s+|\s*[-–]\s*", re.I),
}
_IN_A_ROW_LEADS = {"en": r"between|from", "fr": r"entre|de|du|d'(?=[^\W\d_])"}
_BETWEEN_WORDS = frozenset({"between", "entre"})
# What joins two days of a range, not a list: "Saturday and Monday" is two dates.
_RANGE_JOINS = re.compile(
    r"^(?:,?\s*(?:to|until|till|through|into|[àa]|au|jusqu'(?:[àa]|au))\s*|\s*[-–]\s*)$", re.I
)
_ON_A_DAY = re.compile(r"^(?:on|le)\s+", re.I)


@lru_cache(maxsize=8)
def _side_clock(code: str) -> re.Pattern[str]:
    """A time on one side of two days, its lead word or none: "6 p.m.", "à 18 h"."""
    return re.compile(rf"(?:(?:{_CLOCK_LEADS[code]})\s+)?{_CLOCK}", re.I)


def _weekday_alone(side: str, lang: _Lang) -> int | None:
    """The weekday a side of two days names, its time dropped ("6 a.m. Sunday"), or None."""
    if any(c.isdigit() for c in side) or _CLOCK_WORDS.search(side):
        side = _side_clock(lang.code).sub(" ", side)
    side = _ON_A_DAY.sub("", " ".join(side.replace(",", " ").split()))
    return lang.weekdays.get(_fold(side.rstrip(".")))


def _weekdays_in_a_row(
    t: str, joins: re.Pattern[str], lang: _Lang, language: str, published: date | None
) -> Period | None:
    """Read two weekdays ("Saturday and Sunday", "de samedi 18 h à lundi 6 h"): the days.

    Two in a row are read as a night over them is ("dans la nuit de samedi à dimanche"):
    the first as written alone ("Saturday": the latest on or before publication, a
    forecast's the next), the second the day after it. A range of more days needs its
    range words ("de samedi à lundi", "from Saturday to Monday", "entre samedi et lundi"):
    "Monday and Wednesday" is left to the other forms (two dates). After from, de, du the
    days are a window that opens: the first that does not end before publication ("de
    jeudi 6 h à vendredi 18 h" in Wednesday's paper is the coming Thursday and Friday;
    "de samedi 18 h à lundi 6 h" in Monday's the Saturday before). A time on either side
    is dropped ("between 6 p.m. Saturday and 6 a.m. Sunday").
    """
    lead = re.match(rf"^(?:{_IN_A_ROW_LEADS[lang.code]})\s*", t, re.I)
    body = t[lead.end() :] if lead else t
    for join in joins.finditer(body):
        a, b = body[: join.start()], body[join.end() :]
        first_day, second_day = _weekday_alone(a, lang), _weekday_alone(b, lang)
        if first_day is None or second_day is None:
            continue
        days = (second_day - first_day) % 7
        if not days:
            return None
        if days > 1:
            between = lead is not None and _fold(lead[0].strip(" '")) in _BETWEEN_WORDS
            if not (_RANGE_JOINS.match(join[0]) and lead is not None) and not between:
                return None  # "Monday and Wednesday": two dates
        if (
            lead is not None
            and _fold(lead[0].strip(" '")) not in _BETWEEN_WORDS
            and not isinstance(published, _AheadDay)
        ):
            return _nearest_window(first_day, days, _consult(published, t), t, language)
        name = next(w for w, d in lang.weekdays.items() if d == first_day and w.isalpha())
        first = _core(name, lang, language, published, nested=False)
        return Period(first.start, _shifted(first.start, days, t), "range", t)
    return None


_WHICH_WINDOW_HINT = {
    "fr": "la dernière ou la prochaine ? écrivez ses dates, comme du samedi 18 au lundi 20"
    " octobre 2025",
    "en": "the last one or the next? write its dates, as from Saturday, Oct. 18 to Monday,"
    " Oct. 20, 2025",
    "en-dmy": "the last one or the next? write its dates, as from Saturday 18 to Monday 20"
    " October 2025",
}


def _nearest_window(first_day: int, days: int, p: date, t: str, language: str) -> Period:
    """The days from a weekday to one `days` after it nearest publication, or refused.

    The latest that starts on or before publication (holding it, or ended), or the next:
    whichever is nearer; refused when both are as near ("from Saturday to Sunday" in
    Wednesday's paper: the last weekend or the next?).
    """
    start = _shifted(p, -((p.weekday() - first_day) % 7), t)
    end = _shifted(start, days, t)
    after = (p - end).days  # 0 or less: the window holds publication
    before = 7 - (p - start).days  # the next one starts so many days after publication
    if after == before:
        raise _refusal(language, _WHICH_WINDOW_HINT)
    if before < after:
        start, end = _shifted(start, 7, t), _shifted(end, 7, t)
    return Period(start, end, "range", t)


def _without_weekday(x: str, lang: _Lang) -> str:
    """Drop the weekday before a day ("samedi 3" is 3)."""
    head, _, rest = x.partition(" ")
    if rest[:1].isdigit() and _fold(head.rstrip(",")) in lang.weekdays:
        return rest
    return x


@lru_cache(maxsize=8)
def _day_part_phrases(
    code: str,
) -> tuple[tuple[re.Pattern[str], Callable[..., Period | None]], ...]:
    """The phrases of parts of a day, compiled at first use (compiling costs ~10 ms)."""
    patterns = _day_part_patterns(code)
    return tuple((re.compile(f"^(?:{p})$", re.I), f) for p, f in patterns)


def _day_part_patterns(code: str) -> list[tuple[str, Callable[..., Period | None]]]:
    """The phrases of parts of a day and times after a day, read as the day."""
    if code not in _DAY_PARTS:
        return []
    part, before = _DAY_PARTS[code], _DAY_PARTS_BEFORE[code]
    # "from 6am Saturday to midnight": "to" ends the day too
    clock = rf"(?:,?\s+(?:{_CLOCK_LEADS[code]}|to)\s+{_CLOCK}(?:\s+(?:et|[àa]|and|to)\s+{_CLOCK})?)"
    if code == "fr":
        nights = [
            r"(?:(?:dans|durant|pendant)\s+)?la\s+nuit\s+(?:de\s+|du\s+|d')(?P<a>.+?)\s+(?:au|[àa])"
            rf"\s+(?P<b>.+?){clock}?"
        ]
    else:
        nights = [
            r"(?:overnight(?:\s+from)?|(?:during\s+)?(?:the\s+)?night\s+of)\s+(?P<a>.+?)"
            rf"(?:\s+(?:into|to|through)\s+|\s*[-–]\s*)(?P<b>.+?){clock}?",
            rf"(?P<a>.+?)\s+(?:night|overnight)\s+(?:into|to)\s+(?P<b>.+?){clock}?",
        ]
    return [
        *((night, _night) for night in nights),
        (_TODAY_PARTS[code], _today_part),
        (
            rf"(?:{before})(?P<x>.+?)(?:,?\s+(?:{part.replace('P<part>', 'P<part2>')}))?{clock}?",
            _day_part,
        ),
        (rf"(?P<x>.+?),?\s+(?:{part}){clock}?", _day_part),
        (rf"(?P<x>.+?){clock}", _day_part),
        # a time, or two, before the day: "between 1am and 3am on Sunday 2 February", "at
        # about 12.40am on Sunday", "vers 0 h 40 le dimanche 2 février": the day
        (
            rf"(?:(?:{_CLOCK_LEADS[code]})\s+){{0,2}}{_CLOCK}(?:\s+(?:et|[àa]|and|to)\s+{_CLOCK})?"
            r",?\s+(?P<x>.+)",
            _day_part,
        ),
        # a part of a day alone: "à l'aube", "at dawn", "overnight" (of which day?)
        (rf"(?:(?:at|in\s+the|[àa]\s+l'|l')\s*)?(?:{part})", _part_alone),
    ]


def _part_alone(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse a part of a day without its day ("à l'aube", "at dawn"), saying what to write."""
    raise _refusal(language, _PART_ALONE_HINT)


_PART_ALONE_HINT = {
    "fr": "un moment de la journée n'est pas une date : écrivez son jour, comme samedi à"
    " l'aube, ou samedi 9 novembre 2024 à l'aube",
    "en": "a part of a day is no date: write its day, as Saturday at dawn, or Saturday, Nov. 9,"
    " 2024, at dawn",
    "en-dmy": "a part of a day is no date: write its day, as Saturday at dawn, or Saturday 9"
    " Nov. 2024 at dawn",
}


# What another French campaign is of: "la campagne de vaccination", "la campagne électorale".
_CAMPAIGN_FR = (
    r"[ée]lectorale|officielle|pr[ée]sidentielle|l[ée]gislative|municipale|europ[ée]enne"
    r"|r[ée]f[ée]rendaire|publicitaire|(?:de\s+|d')[\w'-]+(?:\s+(?:contre|pour)\s+[\w'-]+)?"
)
# What a French farming campaign or season is of: "la campagne de commercialisation",
# "la saison céréalière" (a bare "saison 2024/2025" is a sport's, `_season_years`).
_FARM_FR = (
    r"de\s+commercialisation|c[ée]r[ée]ali[èe]re|agricole|laiti[èe]re|sucri[èe]re|viticole"
    r"|betteravi[èe]re|ol[ée]icole|fruiti[èe]re|de\s+r[ée]colte|de\s+production|culturale"
    r"|de\s+pousse|des\s+semis"
)


def _campaign(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse a farming campaign or marketing year, and a harvest, saying to write its months.

    "la campagne 2024/2025", "cette campagne", "the 2024/25 marketing year", "MY 2025/26",
    "the 2025 harvest": their months depend on the crop and the country (cereals July to
    June in the EU, US corn September to August, sugar October to September), where a
    sport's season ("la saison 2024/2025") is July to June and "2024/25" both calendar
    years. A bare "saison" is a sport's, read by `_season_years`.
    """
    found = [g for g in (m.groupdict().get(k) for k in ("a", "b", "c")) if g]
    first = int(found[0]) if found else 2024
    if m.groupdict().get("h") is not None:
        raise _Refused(_for_language(language, _HARVEST_HINT).format(a=first))
    if m.groupdict().get("other") is not None or (
        not found and m.groupdict().get("farm") is None and _fold(t).endswith("campagne")
    ):
        # "depuis le début de la campagne": of vaccination, of an election, or a farm's?
        raise _refusal(language, _ANY_CAMPAIGN_HINT)
    raise _Refused(_for_language(language, _CAMPAIGN_HINT).format(a=first, b=first + 1))


def _any_campaign(m: re.Match[str], t: str, language: str, published: date | None) -> Period:
    """Refuse "the campaign", "the election campaign": of which days? write them."""
    raise _refusal(language, _ANY_CAMPAIGN_HINT)


_CAMPAIGN_HINT = {
    "fr": "une campagne court sur des mois de deux années, qui dépendent du produit et du pays"
    " (céréales dans l'UE : juillet à juin ; maïs américain : septembre à août ; sucre :"
    " octobre à septembre) : écrivez ses mois, comme du 1er juillet {a} au 30 juin {b}",
    "en": "a marketing year (a campaign, a crop year) runs over months of two years, which"
    " depend on the crop and the country (EU cereals: July to June; US corn: September to"
    " August; sugar: October to September): write its months, as July 1, {a} to June 30, {b}",
    "en-dmy": "a marketing year (a campaign, a crop year) runs over months of two years, which"
    " depend on the crop and the country (EU cereals: July to June; US corn: September to"
    " August; sugar: October to September): write its months, as 1 July {a} to 30 June {b}",
}
_ANY_CAMPAIGN_HINT = {
    "fr": "une campagne, quelle qu'elle soit (de vaccination, électorale, agricole), n'est pas"
    " une date : écrivez ses mois, ou ses jours, comme d'octobre 2025 à février 2026",
    "en": "a campaign of any kind (of vaccination, an election, a crop) is no date: write its"
    " months or its days, as October 2025 to February 2026",
}
_HARVEST_HINT = {
    "fr": "les mois d'une récolte dépendent de la culture et du pays : écrivez-les, comme de"
    " juillet à septembre {a}",
    "en": "a harvest's months depend on the crop and the country: write them, as July to"
    " September {a}",
}


def _no_calendar_event(
    m: re.Match[str], t: str, language: str, published: date | None
) -> Period | None:
    """Refuse an event or a span no calendar holds, saying what to write instead.

    An election ("les législatives de 2024", "on polling day", "entre les deux tours"),
    holidays ("les vacances de Noël", "half-term": their days depend on the place and
    the year), rush hour, the start of an epidemic, a span counted back from publication
    ("la semaine écoulée", "sur sept jours glissants"), a season or a winter so far:
    they name no days of the calendar, or not the same ones everywhere.
    """
    kind = next(k for k, v in m.groupdict().items() if v is not None and k in _EVENT_KIND_HINTS)
    if kind == "season":
        raise _Refused(_season_hint(t, language))
    if kind == "winter":
        year = _winter_near(published, t)
        raise _Refused(_for_language(language, _WINTER_HINT).format(a=year, b=year + 1))
    if kind == "outbreak":  # from the start, the peak or the end of an event to publication
        return _outbreak(m["outbreak"], t, language, published)
    raise _refusal(language, _EVENT_KIND_HINTS[kind])


def _outbreak(words: str, t: str, language: str, published: date | None) -> Period:
    """Refuse the start, the peak or the end of an event: write the period, to publication."""
    if published is _ANY_DAY:
        raise _Depends  # the example runs to publication
    p = _consult(published, t) if published is not None else date(2026, 11, 30)
    folded = _fold(words)
    which = (
        "peak"
        if "pic" in folded or "peak" in folded
        else "end"
        if folded[:3] in ("fin", "end")
        else "start"
    )
    index = p.year * 12 + p.month - 2  # the month before publication's, for a peak
    before = _span(index // 12, index % 12 + 1, index % 12 + 1, "month", "").start
    raise _Refused(
        _for_language(language, _OUTBREAK_HINTS[which]).format(
            day=_described(p, p, "day", language),
            month=_described(p, p, "month", language),
            before=_described(before, before, "month", language),
        )
    )


_OUTBREAK_HINTS = {
    "start": {
        "fr": "le début d'un événement n'est pas une date : écrivez la période qui en part,"
        " comme du 2 mars 2020 au {day}, ou ses mois, comme de mars 2020 à {month}",
        "en": "the start of an event is no date: write the period from it, as March 2, 2020 to"
        " {day}, or its months, as March 2020 to {month}",
        "en-dmy": "the start of an event is no date: write the period from it, as 2 March 2020"
        " to {day}, or its months, as March 2020 to {month}",
    },
    "peak": {
        "fr": "le pic d'un événement n'est pas une date : écrivez son jour, sa semaine ou son"
        " mois, comme {before}",
        "en": "the peak of an event is no date: write its day, week or month, as {before}",
    },
    "end": {
        "fr": "la fin d'un événement n'est pas une date : écrivez son jour, comme le 11 mai 2020,"
        " ou la période qui en part, comme du 11 mai 2020 au {day}",
        "en": "the end of an event is no date: write its day, as May 11, 2020, or the period"
        " from it, as May 11, 2020 to {day}",
        "en-dmy": "the end of an event is no date: write its day, as 11 May 2020, or the period"
        " from it, as 11 May 2020 to {day}",
    },
}


_EVENT_KIND_HINTS = {
    "vote": {
        "fr": "une élection n'est pas une date : écrivez son jour, comme dimanche 7 juillet 2024,"
        " ou les jours voulus, comme du 1er au 6 juillet 2024 (entre les deux tours)",
        "en": "an election is no date: write its day, as Thursday, July 4, 2024, or the days"
        " meant, as July 1-6, 2024",
        "en-dmy": "an election is no date: write its day, as Thursday 4 July 2024, or the days"
        " meant, as 1-6 July 2024",
    },
    "holiday": {
        "fr": "des vacances n'ont les mêmes jours ni partout ni chaque année : écrivez leurs"
        " jours, comme du 20 décembre 2025 au 5 janvier 2026",
        "en": "a holiday's days depend on the place and the year: write them, as Dec. 20, 2025"
        " to Jan. 4, 2026",
        "en-dmy": "a holiday's days depend on the place and the year: write them, as 20 Dec."
        " 2025 to 4 Jan. 2026",
    },
    "rush": {
        "fr": "les heures de pointe ne sont pas une date : écrivez le jour, comme mardi 9"
        " décembre 2025, et les heures dans la propriété ou une note",
        "en": "rush hour is no date: write the day, as Tuesday, Dec. 9, 2025, and the hours in"
        " the property or a note",
        "en-dmy": "rush hour is no date: write the day, as Tuesday 9 Dec. 2025, and the hours in"
        " the property or a note",
    },
    "outbreak": {},
    "lately": {
        "fr": "une période comptée depuis la publication n'est pas une date : écrivez ses"
        " jours, comme du 23 au 29 novembre 2025",
        "en": "a period counted back from publication is no date: write its days, as Nov."
        " 23-29, 2025",
        "en-dmy": "a period counted back from publication is no date: write its days, as 23-29"
        " Nov. 2025",
    },
    "rolling": {
        "fr": "des jours glissants ne sont pas une date : écrivez le jour où ils finissent,"
        " comme les sept jours au 29 novembre 2025",
        "en": "rolling days are no date: write the day they end, as the seven days to Nov. 29,"
        " 2025",
        "en-dmy": "rolling days are no date: write the day they end, as the seven days to 29"
        " Nov. 2025",
    },
    "another": _ANOTHER_DATE_HINT,
    "season": {},
    "winter": {},
}
_ELECTIONS_FR = (
    r"l[ée]gislatives?|pr[ée]sidentielles?|municipales?|europ[ée]ennes?|r[ée]gionales?"
    r"|d[ée]partementales?|s[ée]natoriales?|cantonales?|primaires?"
)
_EVENTS_FR = (
    r"(?:l'|le\s+|la\s+|les\s+|aux?\s+|entre\s+les\s+)?(?:"
    r"(?P<vote>entre[\s-]+(?:les\s+)?deux[\s-]+tours|nuit\s+[ée]lectorale|soir[ée]?e?\s+[ée]lectorale"
    r"|soir(?:[ée]e)?\s+(?:du\s+)?(?:premier|second|deuxi[èe]me|1er|2e|2nd)\s+tour"
    rf"|jour\s+du\s+(?:scrutin|vote)|(?:[ée]lections?\s+)?(?:{_ELECTIONS_FR})"
    rf"(?:\s+anticip[ée]es?)?(?:\s+(?:de\s+)?\d{{4}})?|[ée]lections?(?:\s+(?:de\s+)?\d{{4}})?)"
    r"|(?P<holiday>vacances(?:\s+(?:scolaires|de\s+no[ëe]l|de\s+(?:la\s+)?toussaint|d'hiver"
    r"|de\s+f[ée]vrier|de\s+printemps|de\s+p[âa]ques|d'[ée]t[ée]|d'avril|de\s+fin\s+d'ann[ée]e))?"
    r"(?:\s+(?:de\s+)?\d{4})?|f[êe]tes\s+de\s+fin\s+d'ann[ée]e|ponts?\s+de\s+mai)"
    r"|(?P<rush>heures?\s+(?:de\s+pointe|creuses))"
    r"|(?P<outbreak>(?:d[ée]but|pic|fin)\s+(?:de\s+l'|du\s+|de\s+la\s+)(?:[ée]pid[ée]mie|pand[ée]mie"
    r"|crise(?:\s+sanitaire)?|confinement|gr[èe]ve|mouvement))"
    r"|(?P<lately>(?:semaine|quinzaine|journ[ée]e|nuit|ann[ée]e|mois|p[ée]riode)\s+[ée]coul[ée]e?)"
    r"|(?P<rolling>(?:(?:sur|en)\s+)?(?:les\s+)?(?:\d{1,2}|sept|quatorze|trente)\s+"
    r"(?:derniers\s+)?jours\s+glissants))"
)
_EVENTS_EN = (
    r"(?:(?:at|during|over|through|throughout|in|on|between)\s+)?(?:the\s+)?(?:"
    r"(?P<vote>(?:\d{4}\s+)?(?:general|presidential|midterm|mid-term|local|european|parliamentary"
    r"|legislative|snap|federal|state|leadership|regional|mayoral)\s+elections?(?:\s+(?:of\s+)?\d{4})?"
    r"|(?:polling|election|voting)\s+day|election\s+night|two\s+rounds)"
    r"|(?P<holiday>(?:christmas|easter|summer|school|festive|winter|spring|february|october"
    r"|may)\s+(?:holidays?|break|recess|period)|half[\s-]term(?:\s+(?:holidays?|break))?"
    r"|festive\s+season|holidays)"
    r"|(?P<rush>(?:morning\s+|evening\s+)?rush[\s-]hours?|(?:morning|evening)\s+(?:rush|peak)"
    r"|peak\s+hours?)"
    r"|(?P<outbreak>(?:start|beginning|outbreak|onset|peak|end)\s+of\s+the\s+(?:pandemic"
    r"|epidemic|outbreak|crisis|lockdown|strike))"
    r"|(?P<rolling>(?:rolling|trailing)\s+(?:seven|7|fourteen|14|\d{1,2})[\s-]days?"
    r"(?:\s+(?:period|average))?)"
    r"|(?P<another>(?:this|that|the\s+same)\s+time\s+(?:last|a)\s+year)"
    r"|(?P<season>(?:so\s+far\s+)?this\s+season(?:\s+so\s+far)?|season\s+to\s+date)"
    r"|(?P<winter>(?:so\s+far\s+)?this\s+winter\s+so\s+far|so\s+far\s+this\s+winter|winter))"
)


_PHRASE_PATTERNS: dict[str, list[tuple[str, Callable[..., Period | None]]]] = {
    "fr": [
        (  # "du mardi 5 au jeudi 7", "du 5 au 7": days of a month not written
            r"(?:du|de|entre)\s+(?:(?P<wa>[^\W\d_]+)\s+)?(?P<a>\d{1,2})(?:er)?\s+"
            r"(?:au|[àa]|jusqu'au|et)\s+(?:le\s+)?(?:(?P<wb>[^\W\d_]+)\s+)?(?P<b>\d{1,2})",
            _days_without_month,
        ),
        (  # "en début d'après-midi" ("en" dropped as a lead): before "début" of a month
            r"(?:en\s+)?(?:d[ée]but|fin|milieu)\s+d(?:e\s+|')(?:matin[ée]e|apr[èe]s[-\s]midi"
            r"|soir[ée]e|journ[ée]e)",
            _today_part,
        ),
        (
            rf"(?:le\s+|du\s+)?(?P<n>[\w']+)\s+trimestre(?:\s+(?:de\s+l'ann[ée]e\s+|de\s+|d')?{_Y})?",
            _quarter,
        ),
        (
            rf"(?:le\s+|du\s+)?(?P<n>[\w']+)\s+semestre(?:\s+(?:de\s+l'ann[ée]e\s+|de\s+|d')?{_Y})?",
            _half,
        ),
        (
            r"(?:(?:[àa]\s+)?la\s+|le\s+)?(?P<p>fin|d[ée]but)\s+(?:de\s+l'ann[ée]e\s+|d'ann[ée]e\s+"
            r"|du\s+mois\s+(?:de\s+|d')|de\s+|d')?(?P<x>.+)",
            _part,
        ),
        (r"(?:(?:[àa]\s+)?la\s+)?(?P<p>mi)(?:\s*-\s*|\s+)(?P<x>.+)", _part),
        (
            r"(?:(?:[àa]\s+)?l'|le\s+|(?P<this>cet\s+|ce\s+(?=printemps)))?"
            rf"(?P<s>printemps|[ée]t[ée]|automne|hiver)(?:\s+(?:de\s+|d')?{_Y})?",
            _season,
        ),
        (r"(?:l'an|l'ann[ée]e)\s+(?P<r>derni[èe]re?|pass[ée]e?|prochaine?)", _relative_year),
        (r"(?P<r>cette)\s+ann[ée]e", _relative_year),
        (r"(?:la\s+)?semaine\s+du\s+(?P<x>.+)", _week),
        (
            rf"(?:(?:dans|durant)\s+les\s+|les\s+|des\s+)?ann[ée]es\s+{_DECADE}",
            _decade,
        ),
        (
            r"(?:(?:dans|durant)\s+les\s+|les\s+|des\s+)?ann[ée]es\s+(?P<w>soixante[\s-]dix"
            r"|quatre[\s-]vingts?(?:[\s-]dix)?|vingt|trente|quarante|cinquante|soixante|septante"
            r"|huitante|octante|nonante)",
            _decade,
        ),
        (  # "le milieu du XIXe siècle", "le milieu des années 1970"
            r"(?:le\s+)?(?P<p>milieu)\s+(?P<x>(?:du|des|de)\s+.+)",
            _part,
        ),
        (
            r"(?:le\s+mois\s+(?:de\s+|d')|(?:[àa]\s+)?l'|le\s+)?(?P<x>.+?)"
            r"\s+(?P<r>derni[èe]r|pass[ée]|prochain)",
            _relative_named,
        ),
        (r"(?:cette|la)\s+(?P<u>d[ée]cennie)|ce\s+(?P<u2>si[èe]cle|trimestre)", _this_period),
        (  # "la décennie 2020", "décennie 2030": 2020-2029, as "les années 2020"
            r"(?:(?:dans|durant|pendant)\s+)?(?:la\s+|cette\s+)?d[ée]cennie\s+(?:des\s+ann[ée]es\s+)?"
            r"(?P<c>\d{3})0",
            _decade,
        ),
        (r"(?P<r>ce)\s+(?P<x>\S+)", _relative_named),
        (
            r"plus\s+(?P<w>t[ôo]t|tard)\s+(?P<u>cette\s+ann[ée]e|cette\s+semaine|ce\s+mois(?:-ci)?)",
            _earlier_later,
        ),
        (
            r"(?:(?:[àa]\s+)?la\s+|le\s+)?(?P<p>fin|d[ée]but)\s+(?:de\s+l'|d'|de\s+cette\s+)ann[ée]e"
            r"(?:\s+(?P<r>derni[èe]re|pass[ée]e|prochaine))?",
            _part_of_this_year,
        ),
    ],
    "en": [
        (  # "from Tuesday 5th to Thursday 7th", "between the 5th and the 7th"
            r"(?:from|between)\s+(?:(?P<wa>[^\W\d_]+)\.?,?\s+)?(?:the\s+)?(?P<a>\d{1,2})"
            r"(?P<o>st|nd|rd|th)?\s+(?:to|until|till|through|and)\s+(?:(?P<wb>[^\W\d_]+)\.?,?\s+)?"
            r"(?:the\s+)?(?P<b>\d{1,2})(?:st|nd|rd|th)?",
            _days_without_month,
        ),
        (rf"(?:the\s+)?(?P<n>\w+)[-\s]+quarter(?:\s+of)?(?:\s+(?:the\s+year\s+)?{_Y})?", _quarter),
        (rf"(?:the\s+)?(?P<n>\w+)[-\s]+half(?:\s+of)?(?:\s+(?:the\s+year\s+)?{_Y})?", _half),
        (
            r"(?:at\s+)?(?:the\s+)?(?P<p>end|beginning|start)\s+of\s+(?:the\s+year\s+)?(?P<x>.+)",
            _part,
        ),
        (r"(?:the\s+)?(?P<p>late|early|mid)(?:\s*-\s*|\s+)(?P<x>.+)", _part),
        (
            rf"(?:the\s+|(?P<this>this\s+))?(?P<s>spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+{_Y})?",
            _season,
        ),
        (r"(?P<r>last|this|next)\s+year", _relative_year),
        (r"(?:the\s+)?week\s+of\s+(?P<x>.+)", _week),
        (rf"(?:the\s+)?{_DECADE}'?s", _decade),
        (
            r"(?:the\s+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties"
            r"|nineties|noughties)",
            _decade,
        ),
        (r"this\s+(?P<u>decade|century|quarter)|the\s+(?P<u2>decade)", _this_period),
        (r"(?P<r>last|next|this(?:\s+past|\s+coming)?)\s+(?P<x>.+)", _relative_named),
        (r"(?P<w>earlier|later)\s+this\s+(?P<u>year|month|week)", _earlier_later),
        (r"(?:at\s+)?(?:the\s+)?(?P<p>end|beginning|start)\s+of\s+the\s+year", _part_of_this_year),
    ],
}
# Read after all the others, past a filter of their words: the forms a data desk audit found
# refused in 2025, rarer than those above, cost the common ones nothing.
_LATE_PHRASE_PATTERNS: dict[str, tuple[str, list[tuple[str, Callable[..., Period | None]]]]] = {
    "fr": (
        r"fin|d[ée]but|semaine|saison|scolaire|universitaire|pr[ée]c[ée]d|suiv|derni|pass[ée]"
        r"|prochain|mois|jours|heures|hiver|si[eè]cle|industriel|glissement|glissant|rythme|variation|annuel"
        r"|quinzaine|trimestre|semestre|t[ôo]t|tard|avant|apr[èe]s|arri[èe]re|m[êe]me"
        r"|lendemain|veille|week|guerre|campagne|r[ée]colte|moisson|exercice|tour|[ée]lect"
        rf"|{_ELECTIONS_FR}|vacances|f[êe]tes|pont|pointe|creuses|pid[ée]m|pand[ée]m|crise"
        r"|confinement|gr[èe]ve|mouvement|[ée]coul" + _FEAST_WORDS["fr"],
        [
            (  # "la campagne 2024/2025", "cette campagne", "la saison céréalière 2024/25"
                r"(?:(?:la|cette)\s+|(?:(?:le|la)\s+)?(?:d[ée]but|fin|milieu)\s+(?:de\s+)?"
                rf"(?:la\s+|cette\s+)?)?(?:campagne(?:\s+(?P<farm>{_FARM_FR})|\s+(?P<other>{_CAMPAIGN_FR}))?"
                rf"|saison\s+(?:{_FARM_FR}))(?:\s+(?:en\s+cours|derni[èe]re|pass[ée]e|prochaine|pr[ée]c[ée]dente"
                r"|suivante|(?:de\s+)?(?P<a>\d{4})(?:\s*[-/–—]\s*\d{2,4})?))?",
                _campaign,
            ),
            (
                r"(?:la\s+|cette\s+)?(?P<h>r[ée]colte|moisson)(?:\s+(?:de\s+)?(?P<a>\d{4}))?",
                _campaign,
            ),
            (  # "le XIXe siècle", "au 18e siècle", "le Ier siècle"
                r"(?:(?:le|du)\s+)?(?:(?P<r>[IVXLC]+)|(?P<n>\d{1,2}))(?:e|ème|eme|è|ᵉ|er|re)"
                r"\s+si[èe]cle",
                _century,
            ),
            (
                r"(?:l'|le\s+temps\s+de\s+l')?(?:imm[ée]diat\s+)?apr[èe]s-?\s*guerre"
                r"|(?:l')?entre-deux-guerres|(?:les\s+)?ann[ée]es\s+(?:de\s+)?(?:l')?"
                r"(?:apr[èe]s-?\s*guerre|entre-deux-guerres|guerre)",
                _era,
            ),
            (  # "le lendemain", "la veille": of the facts, not of the paper
                r"(?:le\s+|la\s+|au\s+|l')?(?:(?:sur)?lendemain|(?:avant-)?veille|jour\s+m[êe]me"
                r"|jour\s+(?:suivant|pr[ée]c[ée]dent))(?:\s+(?:au\s+)?(?:matin|midi|soir))?",
                _event_day,
            ),
            (
                r"(?:(?:durant|pendant)\s+le\s+|lors\s+du\s+|le\s+)?week-?\s?end",
                _the_weekend,
            ),
            (  # "le week-end du 14 juillet": the Saturday and Sunday by that day
                r"(?:(?:durant|pendant)\s+le\s+|lors\s+du\s+|le\s+|ce\s+)?week-?\s?end\s+du\s+"
                r"(?P<x>.+)",
                _weekend_of,
            ),
            (r"[àa]\s+fin(?:\s*-\s*|\s+)(?P<x>.+)", _closing),  # à fin juin: 30 June
            (r"(?:(?:[àa]\s+)?la\s+)?(?P<p>fin|d[ée]but)\s*-\s*(?P<x>.+)", _part),  # fin-2024
            (
                r"(?:(?:[àa]\s+)?la\s+)?(?P<p>fin|d[ée]but)\s+de\s+(?:la\s+|cette\s+)?semaine"
                r"(?:\s+(?P<r>derni[èe]re|pass[ée]e|prochaine))?",
                _part_of_week,
            ),
            (
                r"(?:les\s+)?(?P<a>[^\W\d_]+)\.?\s+et\s+(?:le\s+)?(?P<b>[^\W\d_]+)\.?"
                r"\s+(?P<r>derniers?|pass[ée]s?|prochains?)",
                _two_weekdays,
            ),
            (
                rf"(?:la\s+|l')?(?:saison{_EPIDEMIC_FR}|ann[ée]e\s+(?:scolaire|universitaire))"
                r"\s+(?:de\s+)?(?P<a>\d{4})\s*[-/–—]\s*(?P<b>\d{2}|\d{4})",
                _season_years,
            ),
            (  # "cette saison", "depuis le début de la saison", "la saison 2025", "mi-saison"
                r"(?:(?:la|cette)\s+|(?:(?:le|la)\s+)?(?:d[ée]but|fin|milieu)\s+(?:de\s+)?"
                r"(?:la\s+|cette\s+)?|(?:[àa]\s+)?mi-?\s*)?(?P<s>saison)"
                rf"{_EPIDEMIC_FR}(?:\s+(?:derni[èe]re|pass[ée]e"
                r"|prochaine|pr[ée]c[ée]dente|suivante|en\s+cours|(?:de\s+)?\d{4}))?",
                _refused,
            ),
            (  # "la semaine précédente", "le samedi suivant"
                r"(?:la\s+|le\s+|l')?(?P<x>[^\W\d_]+)\s+(?:pr[ée]c[ée]dente?|suivante?)",
                _refused,
            ),
            (
                r"(?:l')?hiver\s+(?:de\s+)?(?P<a>\d{4})\s*[-/–—]\s*(?P<b>\d{4}|\d{1,2})",
                _season_years,
            ),
            (
                r"(?:le\s+|au\s+)?milieu\s+du\s+si[èe]cle|(?:la\s+)?mi-?\s*si[èe]cle"
                r"|(?:l'[èe]re\s+|la\s+p[ée]riode\s+|le\s+niveau\s+)?pr[ée]-?industriel(?:le)?",
                _no_period,
            ),
            (
                rf"(?:(?:sur\s+|cours\s+)?(?:les|des)\s+|aux\s+)?{_N}\s+premiers\s+mois"
                r"(?:\s+(?:(?P<this>de\s+l'ann[ée]e|de\s+cette\s+ann[ée]e)"
                rf"|(?:de\s+l'ann[ée]e\s+|de\s+|d')?{_Y}))?",
                _months_phrase,
            ),
            (r"(?P<n>\d{1,2})\s+mois\s+(?:(?P<y>\d{4})|'?(?P<z>\d{2}))", _months_phrase),
            (
                r"(?:la\s+)?semaine\s+(?:se\s+terminant|s'achevant|finissant|close|achev[ée]e)"
                r"\s+(?:le\s+)?(?P<x>.+)",
                _week_ending,
            ),
            (  # "les 24 heures jusqu'à 9 h dimanche"
                r"(?:(?:en|sur|pendant|durant|au\s+cours\s+des)\s+)?(?:les\s+)?(?P<n>\d{1,3}"
                rf"|vingt-quatre|quarante-huit|soixante-douze|{'|'.join(_NUMBER_WORDS)})\s+"
                r"(?:derni[èe]res\s+)?heures\s+"
                r"(?:jusqu'[àa]|jusqu'au|[àa])\s+(?P<x>.+)",
                _hours_to,
            ),
            (
                r"(?:(?:sur\s+)?les\s+)?(?:sept|7)\s+(?:derniers\s+)?jours\s+(?:jusqu')?au\s+"
                r"(?P<x>.+)",
                _week_ending,
            ),
            (  # "la semaine 47 (du 16 au 22 novembre)": the days, the number checked
                r"(?:(?:en|la)\s+)?semaine\s+(?:[ée]pid[ée]miologique\s+|[ée]pi\s+)?"
                r"(?:n[°o]\s*)?(?P<w>\d{1,2})\s*\(\s*(?P<x>[^()]+?)\s*\)",
                _week_and_days,
            ),
            (
                r"(?:(?:en|la)\s+)?semaine\s+(?:[ée]pid[ée]miologique\s+|[ée]pi\s+)?"
                r"(?:n[°o]\s*)?\d{1,2}(?:\s+(?:de\s+)?\d{4})?",
                _week_number,
            ),
            (  # "les 12 mois à fin septembre 2025", "sur douze mois au 30 septembre"
                r"(?:(?:sur|pendant|durant|au\s+cours\s+des|en\s+cumul\s+sur)\s+)?(?:les\s+)?"
                rf"(?:{_N}\s+(?:derni[eè]r(?:e?s)?\s+)?(?P<u>mois|semaines|jours)(?:\s+glissants)?"
                r"|(?P<year>un\s+an|une\s+ann[ée]e)(?:\s+glissante?)?"
                r"|(?:la\s+|le\s+)?(?P<named>quinzaine|trimestre|semestre))"
                rf"\s+(?:{_TO_END_FR}|se\s+terminant\s+le\s+)(?P<x>.+)",
                _months_to,
            ),
            (  # "la première semaine de mars", "la seconde quinzaine de mars"
                r"(?:(?:au\s+cours\s+de|pendant|durant|dans)\s+)?(?:la\s+|les\s+)?"
                r"(?:(?P<n>deux|trois|2|3)\s+)?(?P<o>premi[èe]res?|derni[èe]res?|deuxi[èe]me"
                r"|seconde|troisi[èe]me|quatri[èe]me)\s+(?P<u>semaines?|quinzaine)\s+"
                r"(?:du\s+mois\s+)?(?:de\s+|d')(?P<x>.+)",
                _week_of_month,
            ),
            (
                r"(?:la\s+|cette\s+)?(?:(?:derni[èe]re|prochaine)\s+)?quinzaine"
                r"(?:\s+(?:derni[èe]re|pass[ée]e|prochaine))?",
                _fortnight_alone,
            ),
            (  # "un an plus tôt", "deux semaines plus tard": counted from another date
                r"(?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\d{1,3}"
                r"|quelques)\s+(?:jours?|semaines?|quinzaines?|mois|trimestres?|semestres?"
                r"|ans?|ann[ée]es?))(?:,?\s+jour\s+pour\s+jour,?)?"  # "un an jour pour jour après"
                r"\s+(?:plus\s+t[ôo]t|plus\s+tard|auparavant|avant|apr[èe]s|en\s+arri[èe]re)"
                r"(?:\s+(?:le|la|les|l'|du|de|des|d'|son|sa|ses|leur)\s*\D+)?",  # "après le drame"
                _from_another_date,
            ),
            (  # "la même semaine l'an dernier", "à la même période de l'année précédente"
                r"(?:(?:[àa]|sur|pour|pendant|durant)\s+)?(?:la\s+|le\s+|l')?m[êe]me\s+"
                r"[^\W\d_]+(?:\s+.+)?",
                _from_another_date,
            ),
            (
                r"(?:en\s+)?(?:glissement|rythme|variation|[ée]volution)\s+annuel(?:le)?"
                r"|(?:sur\s+)?(?:un\s+an|douze\s+mois|12\s+mois)\s+glissants?",
                _no_date,
            ),
            (  # "l'exercice clos le 30 septembre 2025"
                r"(?:l')?exercice(?:\s+(?:fiscal|comptable))?\s+(?:clos|achev[ée]|termin[ée])\s+"
                r"(?:le\s+|au\s+|(?:[àa]\s+)?fin\s+)(?P<x>.+)",
                _fiscal_ended,
            ),
            (_FEAST_FORMS["fr"].format(y=_Y), _feast),
            (_EVENTS_FR, _no_calendar_event),
        ],
    ),
    "en": (
        r"end|start|season|school|academic|previous|preceding|prior|following|last|next|months"
        r"|week|w\s*/\s*[ec]|year\s+(?:to|ending|ended)\s|winter|century|industrial"
        r"|days|hours|ytd|to.date|so\s+far|on[\s-]+year|yoy|y/y|fortnight|quarter|half|earlier"
        r"|before|previously|later|after|same|corresponding|equivalent|comparable|\son$|war"
        r"|marketing|crop|harvest|campaign|my\s*\d|ttm|ltm|trailing|calendar|cy\s*'?\d|fiscal"
        r"|financial|fy|elect|polling|voting|rounds|holiday|break|recess|festive|term|rush|peak"
        r"|pandemic|epidemic|outbreak|crisis|lockdown|strike|rolling|time\s+(?:last|a)\s+year"
        r"|this\s+season|season\s+to|winter|^(?:the\s+)?[as]y\s*\d|ago" + _FEAST_WORDS["en"],
        [
            (  # "the 2024/25 marketing year", "marketing year 2024/25", "MY 2025/26"
                r"(?:the\s+)?(?:(?:current|last|this|next|previous|coming|new)\s+)?"
                r"(?:(?P<a>\d{4})(?:\s*[-/–—]\s*\d{2,4})?\s+)?(?:(?:marketing|crop|campaign"
                r"|trade|commercial)\s+year|(?:marketing|growing|crop|harvest|planting|sugar"
                r"|cereal|grain)\s+season)(?:\s+(?P<b>\d{4})(?:\s*[-/–—]\s*\d{2,4})?)?"
                r"|my\s*(?P<c>\d{4})(?:\s*[-/–—]\s*\d{2,4})?",
                _campaign,
            ),
            (  # "the campaign", "the election campaign": of what, from when?
                r"(?:the\s+)?(?:(?:start|beginning|end)\s+of\s+the\s+)?(?:(?:election|electoral"
                r"|general\s+election|presidential|leadership|referendum|vaccination|vaccine"
                r"|booster|flu\s+vaccine|flu|advertising|ad|marketing|fundraising)\s+)?campaign",
                _any_campaign,
            ),
            (  # "the 2025 harvest", "the harvest of 2025"
                r"(?:the\s+|this\s+|last\s+|next\s+)?(?:(?P<a>\d{4})\s+)?(?P<h>harvest|crop)"
                r"(?:\s+(?:of\s+)?(?P<b>\d{4}))?",
                _campaign,
            ),
            (  # "the 19th century", "the nineteenth century"
                r"(?:the\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>[^\W\d_]+(?:[\s-]+(?:first"
                r"|second))?))\s+century",
                _century,
            ),
            (
                r"(?:the\s+)?(?:immediate\s+)?(?:post|inter)-?\s*war(?:\s+(?:years|period|era"
                r"|decades?|boom))?|(?:the\s+)?war\s+years|(?:the\s+)?wartime(?:\s+years)?",
                _era,
            ),
            (  # "the next day", "the day before": of the offence, not of the paper
                r"(?:the\s+)?(?:(?:next|following|previous|preceding|prior|same)\s+"
                r"(?:day|morning|afternoon|evening|night)|day\s+(?:after|before))",
                _event_day,
            ),
            (r"(?:(?:at|over|across|throughout)\s+)?the\s+week-?\s?end", _the_weekend),
            (  # "the weekend of July 14", "the weekend of Dec. 12-14"
                r"(?:(?:at|over|across|throughout|during)\s+)?the\s+week-?\s?end\s+of\s+(?P<x>.+)",
                _weekend_of,
            ),
            (r"(?:as\s+)?at\s+end(?:\s*-\s*|\s+)(?!of\s)(?P<x>.+)", _closing),  # 30 June
            (r"(?:at\s+)?(?:the\s+)?(?P<p>end|start)\s*-\s*(?P<x>.+)", _part),  # end-2024
            (
                r"(?P<r>last|next)\s+(?P<a>[^\W\d_]+)\.?,?\s+(?:and|&)\s+(?:(?P=r)\s+)?"
                r"(?P<b>[^\W\d_]+)\.?",
                _two_weekdays,
            ),
            (  # "the 2024-25 flu season", "the 2017-18 winter"
                r"(?:the\s+)?(?P<a>\d{4})\s*[-/–—]\s*(?P<b>\d{2}|\d{4})\s+(?:"
                rf"{_EPIDEMIC_EN}season|winter|school\s+year|academic\s+year)",
                _season_years,
            ),
            (  # "school year 2023-24", "academic year 2025-26", "AY 2025/26", "SY 2023-24"
                r"(?:the\s+)?(?:(?:school|academic)\s+year\s+|[as]y\s*)(?P<a>\d{4})\s*[-/–—]\s*"
                r"(?P<b>\d{2}|\d{4})",
                _season_years,
            ),
            (  # "this season", "since the start of the season", "the 2025 season"
                r"(?:the\s+)?(?:(?:start|beginning|end|middle)\s+of\s+(?:the\s+)?|mid-?\s*"
                r"|(?:early|late)\s+(?:in\s+)?(?:the\s+)?)?(?:(?:last|this|next|previous|past"
                r"|current|coming|following|upcoming)\s+)?(?:\d{4}\s+)?"
                rf"{_EPIDEMIC_EN}(?P<s>season)",
                _refused,
            ),
            (  # "the following week", "the previous Saturday"
                r"(?:the\s+)?(?:previous|preceding|prior|following)\s+(?P<x>[^\W\d_]+)",
                _refused,
            ),
            (
                r"(?:the\s+)?winter\s+(?:of\s+)?(?P<a>\d{4})\s*[-/–—]\s*(?P<b>\d{4}|\d{1,2})",
                _season_years,
            ),
            (
                r"(?:the\s+)?(?:week\s+(?:commencing|beginning|starting)|w\s*/\s*c\.?)"
                r"\s+(?:on\s+)?(?P<x>.+)",
                _week,
            ),
            (
                r"(?:the\s+)?mid-?\s*century|(?:the\s+)?middle\s+of\s+the\s+century"
                r"|(?:the\s+)?pre-?\s*industrial(?:\s+(?:times|era|levels?|period|age))?",
                _no_period,
            ),
            (
                rf"(?:over\s+)?(?:the\s+)?first\s+{_N}\s+months(?:\s+(?:(?P<this>of\s+(?:the|this)"
                rf"\s+year)|(?:of\s+)?(?:the\s+year\s+)?{_Y}))?",
                _months_phrase,
            ),
            (
                r"(?:the\s+)?(?:(?:week|seven\s+days|7\s+days)\s+(?:ending|ended|to)|w\s*/\s*e\.?)"
                r"\s+(?:on\s+)?(?P<x>.+)",
                _week_ending,
            ),
            (  # "week 47 (16-22 November)": the days, the number checked
                rf"(?:(?:in|during)\s+)?(?:the\s+)?{_WEEK_KIND_EN}week\s+(?:no\.?\s*|number\s+)?"
                r"(?P<w>\d{1,2})\s*\(\s*(?P<x>[^()]+?)\s*\)",
                _week_and_days,
            ),
            (
                rf"(?:the\s+)?{_WEEK_KIND_EN}week\s+(?:no\.?\s*|number\s+)?\d{{1,2}}"
                r"(?:,?\s+(?:of\s+)?\d{4})?|(?:the\s+)?epi-?week\s+\d{1,2}(?:,?\s+(?:of\s+)?\d{4})?",
                _week_number,
            ),
            (
                r"(?:the\s+)?(?:this\s+)?year[\s-]+to[\s-]+date|ytd|so\s+far\s+this\s+year"
                r"|this\s+year\s+so\s+far",
                _year_to_date,
            ),
            (  # the Met Office's rainfall: "in the 24 hours to 9am on Sunday"
                r"(?:(?:in|over|during)\s+)?(?:the\s+)?(?P<n>\d{1,3}|twenty[\s-]four|forty[\s-]eight"
                rf"|seventy[\s-]two|{'|'.join(_NUMBER_WORDS)})\s+hours\s+(?:to|until|till|ending"
                r"|ended|up\s+to)\s+(?:at\s+)?(?P<x>.+)",
                _hours_to,
            ),
            (  # ONS, NHS: "the year to March 2025", "the three months to December 2024"
                rf"(?:(?:in|over|during)\s+)?(?:the\s+)?(?:{_N}\s+(?P<u>months|weeks|days)"
                r"|(?P<year>year|twelve\s+months)|(?P<named>fortnight|quarter|half[\s-]year))"
                r"\s+(?:to|through|thru|ending|ended)\s+(?:on\s+)?(?P<x>(?!date$).+)",
                _months_to,
            ),
            (  # "the first week of March": its first seven days
                r"(?:(?:in|during|over)\s+)?(?:the\s+)?(?P<o>first|last|final|second|third"
                r"|fourth)\s+(?:(?P<n>two|three|2|3)\s+)?(?P<u>weeks?|fortnight)\s+(?:of|in)\s+"
                r"(?P<x>.+)",
                _week_of_month,
            ),
            (r"(?:the\s+|this\s+|last\s+|next\s+)?fortnight", _fortnight_alone),
            (  # "a year earlier", "two weeks later": counted from another date
                r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                r"|\d{1,3}|a\s+few|several|some)\s+(?:days?|weeks?|fortnights?|months?"
                r"|quarters?|years?|decades?)|the\s+(?:day|week|month|quarter|year))"
                r"(?:,?\s+to\s+the\s+day,?)?"  # "a year to the day later"
                r"\s+(?:earlier|before|previously|prior|later|after(?:wards)?|on)"
                r"(?:\s+(?:the|his|her|its|their)\s+\D+)?",  # "a year after the crash"
                _from_another_date,
            ),
            (  # "the same week last year", "the corresponding period a year earlier"
                r"(?:(?:at|over|for)\s+)?(?:the\s+)?(?:same|corresponding|equivalent"
                r"|comparable)\s+[^\W\d_]+(?:\s+.+)?",
                _from_another_date,
            ),
            (  # results copy: "the year-earlier quarter", "the prior-year period"
                r"(?:(?:in|over|for|during|from|against|versus|vs\.?)\s+)?(?:the\s+|a\s+)?"
                r"(?:year[\s-]+(?:earlier|ago|before)|(?:prior|previous)[\s-]+year)\s+"
                r"[^\W\d_]+(?:\s+[^\W\d_]+)?",
                _from_another_date,
            ),
            (r"(?:on\s+(?:a\s+|the\s+)?)?(?:year[\s-]+on[\s-]+year|yoy|y/y)", _no_date),
            (  # results copy: "the June quarter", "the June 2025 quarter", "the holiday quarter"
                r"(?:the\s+)?(?P<x>[^\W\d_]+)\.?(?:\s+(?P<y>\d{4}))?\s+quarter"
                r"(?:,?\s+(?:of\s+)?(?P<y2>\d{4}))?",
                _month_quarter,
            ),
            (r"(?:the\s+)?(?:last|next)\s+quarter", _last_quarter),
            (
                r"(?:the\s+)?(?:trailing|rolling)\s+(?:twelve|12)[\s-]+months?(?:\s+\(?(?:ttm|ltm)\)?)?"
                r"|(?:the\s+)?(?:ttm|ltm)",
                _trailing_months,
            ),
            (  # "calendar 2024", "CY2024", "Q3 CY2024", "calendar year 2024"
                r"(?:(?P<q>[QH]\d)\s+(?:of\s+)?)?(?:calendar(?:\s+year)?\s+|cy\s*)(?P<y>\d{4}|'?\d{2})"
                r"(?:,?\s+(?P<q2>[QH]\d))?",
                _calendar_year,
            ),
            (  # "the fiscal year ended Sept. 27, 2025"
                r"(?:the\s+)?(?:(?:fiscal|financial)\s+year|fy)\s+(?:ended|ending|to)\s+"
                r"(?:on\s+)?(?P<x>.+)",
                _fiscal_ended,
            ),
            (_FEAST_FORMS["en"].format(y=_Y), _feast),
            (_EVENTS_EN, _no_calendar_event),
        ],
    ),
}
_CODES = {"fr": ("TQ", "SH"), "en": ("Q", "H"), "": ("Q", "H")}


def _phrases(code: str) -> tuple[tuple[re.Pattern[str], Callable[..., Period | None]], ...]:
    """Compile the phrases of a language (at first use: compiling costs import time)."""
    q, h = _CODES.get(code, _CODES[""])
    patterns = [
        *_PHRASE_PATTERNS.get(code, ()),
        (rf"[{q}](?P<n>[1-4])(?:{_SEP}{_Y})?", _quarter),  # the codes as most write them
        (rf"{_Y}{_SEP}?[{q}](?P<n>[1-4])", _quarter),
        (rf"[{h}](?P<n>[12])(?:{_SEP}{_Y})?", _half),
        (rf"{_Y}{_SEP}?[{h}](?P<n>[12])", _half),
        (_CODE, _code),  # the others, read or refused
    ]
    return tuple((re.compile(f"^(?:{p})$", re.I), f) for p, f in patterns)


def _late_phrases(
    code: str,
) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], Callable[..., Period | None]], ...]]:
    """Compile the late phrases of a language, and the filter of their words."""
    words, patterns = _LATE_PHRASE_PATTERNS.get(code, ("(?!)", []))
    compiled = tuple((re.compile(f"^(?:{p})$", re.I), f) for p, f in patterns)
    return re.compile(words), compiled  # searched in the lowered text: faster than re.I


def _phrase(t: str, lang: _Lang, language: str, published: date | None) -> Period | None:
    for pattern, handler in lang.phrases:
        if match := pattern.match(t):
            period = handler(match, t, language, published)
            if period is not None:
                return period
    lowered = t.lower()
    if lang.late_words.search(lowered):
        for pattern, handler in lang.late_phrases:
            if match := pattern.match(t):
                period = handler(match, t, language, published)
                if period is not None:
                    return period
    # after the others ("fin de journée" is no "fin" of a month), and compiled at first use
    if (words := _DAY_PART_FILTERS.get(lang.code)) is not None and words.search(lowered):
        for pattern, handler in _day_part_phrases(lang.code):
            if match := pattern.match(t):
                period = handler(match, t, language, published)
                if period is not None:
                    return period
    return None


# --- ranges ----------------------------------------------------------------------------------

_RANGE_WORDS: dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    "fr": (
        ("de", "du", "entre"),
        {"": ("[àa]", "au", "jusqu'[àa]", "jusqu'au"), "entre": ("et",)},
    ),
    "en": (
        ("from", "between"),
        {"": ("to", "through", "until", "till"), "between": ("and",)},
    ),
}
_NO_DASH = frozenset({"entre", "between"})
_ELIDED_DE = r"|d'(?=[^\W\d_])"
_BARE_DAY = re.compile(rf"^\d{{1,2}}{_ORDINAL}$", re.I)
_LEADING_DAY = re.compile(rf"^\d{{1,2}}{_ORDINAL}\.?\s+(?=\D)", re.I)
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_TRAILING_YEAR = re.compile(r"(?<!\d)(\d{4})$")


def _range(t: str, lang: _Lang, language: str, published: date | None) -> Period | None:
    prefix = lang.range_prefix.match(t)
    key = _fold(prefix[1] or "de") if prefix else ""
    body = t[prefix.end() :] if prefix else t
    for sep in lang.range_seps[key if key in lang.range_seps else ""].finditer(body):
        a, b = body[: sep.start()], body[sep.end() :]
        if not a or not b:
            continue
        # "du mardi 13 au vendredi 16 janvier": the weekdays are checked by a rule
        a_text, b, shared = _ends(_without_weekday(a, lang), _without_weekday(b, lang), lang)
        try:
            last = _core(b, lang, language, published, nested=True)
            if shared and not _HAS_YEAR.search(b):  # one month written once: one year too,
                a_text = f"{a_text} {last.end.year}"  # the second's ("4-5 March")
            first = _core(a_text, lang, language, published, nested=True)
        except _HedgedYears:  # "between about 1750 and 1760": no other split reads it
            raise
        except _Unreadable:
            continue
        except _NoYear:
            if shared:  # "4-5 March" without `published`
                raise
            continue
        except DateSyntaxError:
            if shared:  # "February 28-30": not dateparser's 28 February 2030
                raise DateSyntaxError(f"{t!r} is no days of the calendar ({language})") from None
            continue
        if not shared and not _HAS_YEAR.search(a_text) and not _HAS_YEAR.search(b):
            span = _one_span(a_text, b, first, last, language, published, t)
            if span is not None:  # "from 31 March to 26 October": one season, one year
                return span
        if first.start > last.end:
            if shared:  # "5-4 March": the days of one month, never across New Year
                raise DateSyntaxError(f"{t!r} ends before it starts")
            first, last = _across_new_year(a, b, first, last, lang, language, published, t)
        return Period(first.start, last.end, "range", t)
    return None


# The ends of a range that recur every year, and so may be read in any year.
_YEARLY = frozenset({"day", "month", "part", "quarter", "half"})


def _one_span(
    a: str, b: str, first: Period, last: Period, language: str, published: date | None, t: str
) -> Period | None:
    """A range whose ends write no year: one span, in the year that fits publication.

    Each end alone is read in its own year ("31 March" in an article of 1 October 2025 is
    next March, "26 October" this October), so the span was read from one to the other
    over two years. The span is the start, and the first such end on or after it, in the
    year where it holds publication; else, in a forecast (`_AheadDay`), the first that
    does not end before publication, after since (`_SinceDay`) the latest that does not
    start after it, and otherwise the nearest publication (of days) or the latest that
    starts on or before it (of months, seasons, quarters, as ``en mars``). None when an
    end is no yearly date ("lundi"), or does not read the same with a year.
    """
    if first.granularity not in _YEARLY or last.granularity not in _YEARLY:
        return None
    if published is None or published is _ANY_DAY:
        return None
    p = _consult(published, t)

    def read(x: str, year: int) -> Period | None:
        return _in_year(x, year, language) if 1 <= year <= 9999 else None

    for end, x in ((first, a), (last, b)):  # the ends as written, in their year
        same = read(x, end.start.year)
        if same is None or (same.start, same.end) != (end.start, end.end):
            return None
    spans = []
    for year in range(first.start.year - 2, first.start.year + 2):
        start, stop = read(a, year), read(b, year)
        if start is not None and stop is not None and stop.end < start.start:
            stop = read(b, year + 1)  # "de novembre à janvier": the January after
        if start is not None and stop is not None and start.start <= stop.end:
            spans.append(Period(start.start, stop.end, "range", t))
    if not spans:
        return None
    if isinstance(published, _AheadDay):
        to_come = [span for span in spans if span.end >= p]
        return to_come[0] if to_come else None
    started = [span for span in spans if span.start <= p]
    if isinstance(published, _SinceDay):
        return started[-1] if started else None
    for span in spans:
        if p in span:
            return span
    if first.granularity == "day":  # the nearest; on a tie, the earlier
        return min(spans, key=lambda span: max((span.start - p).days, (p - span.end).days))
    return started[-1] if started else spans[0]


@lru_cache(maxsize=16384)
def _in_year(x: str, year: int, language: str) -> Period | None:
    """An end of a range read with a year ("31 March 2025"), or None; whatever the day.

    Cached: the ends of a corpus's ranges recur, in the few years around its days.
    """
    try:
        return _core(f"{x} {year}", _lang(language), language, _ANY_DAY, nested=True)
    except (DateSyntaxError, _Depends):
        return None


# "Jan. 13 and 14", "13 and 14 January", "les 13 et 14 janvier": two days of one month,
# written once, are the range from the first to the second (the days between included).
_JOINED = re.compile(r"\s*&\s*|,?\s+(?:and|or|et|ou)\s+", re.I)
_AND = frozenset({"&", "and", "et"})
_DAYS_ARTICLE = re.compile(r"^(?:les|le|the)\s+", re.I)
_TWO_DATES_EXAMPLE = {"fr": "13-14 janvier", "en": "Jan. 13-14", "en-dmy": "13-14 Jan."}


_TWO_DATES_HINT = {
    "fr": "cela nomme deux dates : écrivez une seule période, un intervalle ({example})",
    "en": "it names two dates: write one period, as a range ({example})",
}


def _two_dates(t: str, language: str) -> DateSyntaxError:
    example = _for_language(language, _TWO_DATES_EXAMPLE)
    hint = _for_language(language, _TWO_DATES_HINT).format(example=example)
    return DateSyntaxError(f"cannot read {t!r} as a date ({language}): {hint}")


def _joined_days(t: str, lang: _Lang, language: str, published: date | None) -> Period | None:
    """Read two days of one month joined by "and", "&", "et": from the first to the second.

    "13 or 14 January" (one of them, which?) is refused, so are days in the wrong order.
    """
    for sep in _JOINED.finditer(t):
        a = _without_weekday(_DAYS_ARTICLE.sub("", t[: sep.start()]), lang)
        b = _without_weekday(_strip_lead(_DAYS_ARTICLE.sub("", t[sep.end() :]), lang), lang)
        if not a or not b:
            continue
        a_text, b, shared = _ends(a, b, lang)
        if not shared:
            continue
        if _fold(sep[0].strip(" ,")) not in _AND:
            raise _two_dates(t, language)
        try:
            last = _core(b, lang, language, published, nested=True)
            if not _HAS_YEAR.search(b):  # one month written once: one year too, the second's
                a_text = f"{a_text} {last.end.year}"
            first = _core(a_text, lang, language, published, nested=True)
        except _Unreadable:
            continue
        except _NoYear:
            raise
        except DateSyntaxError:
            raise DateSyntaxError(f"{t!r} is no days of the calendar ({language})") from None
        if first.granularity != "day" or last.granularity != "day":
            continue
        if first.start >= last.end:
            raise DateSyntaxError(f"{t!r}: write the two days in order, as a range ({language})")
        return Period(first.start, last.end, "range", t)
    return None


def _names_two_dates(t: str, lang: _Lang) -> bool:
    """Tell whether a conjunction joins two dates: a number, month or weekday on each side."""
    for sep in _JOINED.finditer(t):
        if _datelike(t[: sep.start()], lang) and _datelike(t[sep.end() :], lang):
            return True
    return False


def _datelike(s: str, lang: _Lang) -> bool:
    if any(c.isdigit() for c in s):
        return True
    words = (_fold(w) for w in re.findall(r"[^\W\d_]+", s))
    return any(w in lang.months or w in lang.weekdays for w in words)


_BARE_DAY_AND_YEAR = re.compile(rf"^\d{{1,2}}{_ORDINAL}(?:,?\s+\d{{4}})?$", re.I)


def _across_new_year(
    a: str,
    b: str,
    first: Period,
    last: Period,
    lang: _Lang,
    language: str,
    published: date | None,
    t: str,
) -> tuple[Period, Period]:
    """Carry the year across a range that crosses New Year, where an end wrote none.

    "du 30 décembre au 2 janvier 2025": the start is in 2024; "de novembre à janvier"
    (no year): the end is in the year after the start. A written year is never moved.
    """
    if not _HAS_YEAR.search(a) and (year := _TRAILING_YEAR.search(b)):
        earlier = _nested(f"{a} {int(year[1]) - 1}", language, published)
        if earlier is not None and earlier.start <= last.end:
            return earlier, last
    elif not _HAS_YEAR.search(b) and first.start.year < 9999:
        later = _nested(f"{b} {first.start.year + 1}", language, published)
        if later is not None and first.start <= later.end:
            return first, later
    raise DateSyntaxError(f"{t!r} ends before it starts")


def _ends(a: str, b: str, lang: _Lang) -> tuple[str, str, bool]:
    """Complete each end of a range from the other; tell whether they share one month.

    "3" of "3 au 5 mars" is 3 March and "5" of "March 4-5" March 5 (one month written once,
    so both ends are in it), "mars" of "mars–juin 2015" is March 2015.
    """
    if _BARE_DAY.match(a) and (day := _LEADING_DAY.match(b)):
        return f"{a} {b[day.end() :]}", b, True
    if lang.mdy is not None and _BARE_DAY_AND_YEAR.match(b):
        first = lang.mdy.match(a)
        if first is not None and first["y"] is None:
            b = f"{first['m']} {b}"
            year = _TRAILING_YEAR.search(b)
            return (f"{a} {year[1]}" if year else a), b, True
    if not _HAS_YEAR.search(a) and (year := _TRAILING_YEAR.search(b)):
        return f"{a} {year[1]}", b, False
    return a, b, False


# --- dateparser, for everything else ------------------------------------------------------------

_DATEPARSER_PERIODS = {
    "time": "day",
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
}


@lru_cache(maxsize=64)
def _parser(language: str, base: date) -> DateDataParser:
    from dateparser.data.languages_info import language_order
    from dateparser.date import DateDataParser  # lazily: importing it costs ~150 ms

    primary = language.replace("_", "-").split("-")[0].lower()
    settings: dict[str, Any] = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "TIMEZONE": "UTC",  # never the machine's zone (a written offset is removed first)
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["relative-time", "absolute-time"],  # no Unix timestamps
    }
    order = _numeric_order(language)
    if order is not None and order != _numeric_order(primary):  # en_GB: 05/11 is 5 November
        settings["DATE_ORDER"] = order.upper()
    if language not in language_order:  # "fr-FR", "FR": dateparser knows "fr"
        language = primary if primary in language_order else language
    return DateDataParser(languages=[language], settings=settings)


def _dateparser(t: str, language: str, base: date) -> tuple[Period, tuple[str, ...]] | None:
    """Read with dateparser: the period and the parts the text wrote, or None.

    A written UTC offset or zone ("2024-11-21T00:30:00+01:00") is dropped first: the day
    is the local one as written, which dateparser would move to UTC.
    """
    if _TIME.search(t):
        from dateparser.timezone_parser import pop_tz_offset_from_string

        t = pop_tz_offset_from_string(t)[0].strip() or t
    try:
        data: Any = _parser(language, base).get_date_data(t)
    except ValueError as error:
        if "language" in str(error).lower():
            raise DateSyntaxError(f"unknown language {language!r} for dates") from None
        return None
    except Exception:  # dateparser has crashed on odd input; garbage is never a traceback
        return None
    if data.date_obj is None:
        return None
    d: date = data.date_obj.date()
    granularity = _DATEPARSER_PERIODS.get(data.period or "day", "day")
    parts: tuple[str, ...] = tuple(getattr(data, "parts", ("year", "month", "day")))
    if granularity == "day":
        return Period(d, d, "day", t), parts
    if granularity == "week":
        return _week_of(d, t), parts
    if granularity == "month":
        return _span(d.year, d.month, d.month, "month", t), parts
    if granularity == "quarter":
        first = (d.month - 1) // 3 * 3 + 1
        return _span(d.year, first, first + 2, "quarter", t), parts
    return _span(d.year, 1, 12, "year", t), parts


_TIME = re.compile(r"\d:\d\d")  # a time of day: only a text with one may name a zone


# "in six months", "d'ici deux ans": a duration from publication, read forward. Without
# this, the lead word is dropped and dateparser reads "six months" as six months ago.
_DURATION = {
    "en": r"days?|weeks?|fortnights?|months?|years?|decades?",
    "fr": r"jours?|semaines?|quinzaines?|mois|ans|ann[ée]es?|d[ée]cennies?",
}
# A number in digits or words ("six", "twenty-five"), a word or three: never two numbers
# ("deux à trois ans", "2-3 years": which end?), which are refused, not read as the past.
_FUTURE_FORMS = {
    "en": (r"in\s+|within\s+", "to|or|and", "in"),
    "fr": (
        r"d'ici\s+(?:[àa]\s+)?|dans\s+|(?:[àa]\s+l')?horizon\s+(?:de\s+|d')?",
        "[àa]|ou|et",
        "dans",
    ),
}
_FUTURE = {
    code: (
        re.compile(rf"^(?:{lead})(?P<x>.*?(?<=\s)(?:{_DURATION[code]}))(?:'?\s+time)?$", re.I),
        re.compile(
            rf"^(?:(?!(?:{joins})\s)(?:\d+|[^\W\d_]+(?:-[^\W\d_]+)*)\s+){{1,3}}?"
            rf"(?:{_DURATION[code]})$",
            re.I,
        ),
        word,
    )
    for code, (lead, joins, word) in _FUTURE_FORMS.items()
}


def _future(forward: str | None, t: str, language: str, published: date | None) -> Period:
    """Read a duration from publication ("in six months") as the period it reaches.

    As "d'ici 2026" is the year 2026, "d'ici deux ans" (in 2024) is the year 2026 and
    "in six months" (in November 2024) the month of May 2025. Never a period that ends
    before publication: what dateparser cannot read forward is refused.
    """
    refused = DateSyntaxError(
        f"cannot read {t!r} as a date ({language}): write the year or month it reaches"
    )
    if forward is None:
        raise refused
    if published is _ANY_DAY:
        raise _Depends
    try:
        period = _slow(forward, language, published)
    except _NoYear:
        raise
    except DateSyntaxError:
        raise refused from None
    if published is not None and period.end < published:
        raise refused
    return Period(period.start, period.end, period.granularity, t)


# --- deep time: counts beyond the calendar, eras, mission clocks ---------------------------------

# A count of time units, its figure in digits, grouped ("20,000", "20 000": the spaces, no-break
# ones too, are one space once normalised) or not, maybe with a scale word ("65 million
# years", "2,5 millions d'années"), or a scale word alone ("thousands of years"). dateparser
# read "20,000 years ago" as 20 years ago, "il y a 20 000 ans" as the publication's year,
# "il y a 1 200 mois" as 200 months ago; "20000 years ago" it could not read at all.
_DEEP_UNITS = (
    r"days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|millenni(?:um|a)"
    r"|jours?|semaines?|quinzaines?|mois|ans?|ann[ée]es?|d[ée]cennies?|si[èe]cles?"
    r"|mill[ée]naires?"
)
_DEEP_SCALES = r"thousands?|millions?|billions?|mille|milliers?|milliards?"
_DEEP_COUNT = re.compile(
    r"(?<![\w.,'])(?:(?P<n>\d{1,3}(?:(?P<g>[ ,.'])\d{3})(?:(?P=g)\d{3})*|\d+(?:[.,]\d+)?)(?!\d)"
    rf"(?:\s*(?P<s>{_DEEP_SCALES}))?|(?P<s2>{_DEEP_SCALES}))"
    rf"\s*(?:(?:of|de)\s+|d')?(?P<u>{_DEEP_UNITS})(?!\w)",
    re.I,
)
# The years of a unit, as a fraction of days: a count is checked against the calendar.
_DEEP_UNIT_DAYS = {
    "day": 1, "jour": 1, "week": 7, "semaine": 7, "fortnight": 14, "quinzaine": 14,
}  # fmt: skip
_DEEP_UNIT_MONTHS = {"month": 1, "mois": 1}
_DEEP_UNIT_YEARS = {
    "year": 1, "an": 1, "annee": 1, "decade": 10, "decennie": 10, "century": 100,
    "centurie": 100, "siecle": 100, "millennium": 1000, "millennia": 1000, "millenaire": 1000,
}  # fmt: skip
_DEEP_SCALE = {"thousand": 1000, "mille": 1000, "millier": 1000, "million": 10**6}
_DEEP_SCALE |= {"billion": 10**9, "milliard": 10**9}
# What counts back from publication ("20,000 years ago", "il y a 20 000 ans", "depuis 3 000
# ans") and forward ("in 20,000 years", "dans 20 000 ans"): the words around the count.
_DEEP_BACK_BEFORE = re.compile(
    r"(?:^|\s)(?:il\s+y\s+a|since|depuis)(?:\s+(?:environ|quelque|pr[èe]s\s+de|plus\s+de"
    r"|moins\s+de|some|about|around|nearly|almost|over|more\s+than|less\s+than))?\s*$",
    re.I,
)
_DEEP_BACK_AFTER = re.compile(r"^\s*(?:ago|plus\s+t[ôo]t|auparavant)(?!\w)", re.I)
_DEEP_FORWARD_BEFORE = re.compile(r"(?:^|\s)(?:in|within|dans|d'ici(?:\s+[àa])?)\s*$", re.I)
# A group mark each language writes; any other is refused ("20.000": 20, or 20 000?).
_DEEP_GROUP_MARKS = {"en": frozenset(" ,"), "fr": frozenset(" ")}
_DEEP_GROUP_EXAMPLE = {"en": ",", "fr": " "}
_DEEP_DECIMAL_MARK = {"en": ".", "fr": ","}
_BEYOND_HINT = {
    "fr": "{x!r} dépasse ce qu'une date du calendrier peut porter (les années 1 à 9999) :"
    " écrivez le chiffre en valeur ({v}) et laissez `when` de côté",
    "en": "{x!r} is beyond what a calendar date can hold (the years 1 to 9999): write the"
    " figure as a value ({v}) and leave out `when`",
}
_GROUPS_HINT = {
    "fr": "{x!r} n'est pas un nombre écrit en français (un entier ou un décimal ?) : écrivez {y}",
    "en": "{x!r} is not a number as English writes it (a whole number or a decimal?): write {y}",
}
# A year of an era: "AD 79", "79 AD", "79 CE", "79 apr. J.-C.", "79 de notre ère" are the
# year 79; a year before the common era ("500 BC", "500 av. J.-C.") no `when` can hold.
_JC = r"J(?:[ée]sus)?\.?\s*-?\s*C(?:hrist)?\.?"
_CE = r"C\.?\s?E\.?"
_AFTER_ERA = rf"(?-i:A\.?\s?D\.?|{_CE})|apr?(?:[èe]s|\.)?\s*{_JC}|de\s+notre\s+[èe]re"
# "CE" is an era only next to its year ("79 CE", "CE 79"): "CE MARDI" is a headline's "ce
# mardi", "CE 17 MARS" its "ce 17 mars".
_AFTER_ERA_WORD = (
    rf"(?-i:A\.?\s?D\.?|(?<=\d\s){_CE}|{_CE}(?=\s?\d+(?![\d\s]*[^\W\d_])))"
    rf"|apr?(?:[èe]s|\.)?\s*{_JC}|de\s+notre\s+[èe]re"
)
_BEFORE_ERA = (
    rf"(?-i:B\.?\s?C\.?(?:\s?E\.?)?|AEC|av\.\s*n\.\s*[èe]\.?)|av(?:ant|\.)?\s*{_JC}"
    r"|avant\s+notre\s+[èe]re|avant\s+l'[èe]re\s+commune"
)
_ERA_WORDS = re.compile(rf"(?<!\w)(?:{_AFTER_ERA_WORD}|{_BEFORE_ERA})(?!\w)", re.I)
_ERA_YEAR = re.compile(
    rf"^(?:(?-i:A\.?\s?D\.?|{_CE})\s*(?P<a>\d{{1,4}})|(?P<b>\d{{1,4}})\s*(?:{_AFTER_ERA}))$",
    re.I,
)
_BEFORE_ERA_WORDS = re.compile(rf"(?<!\w)(?:{_BEFORE_ERA})(?!\w)", re.I)
_BEFORE_ERA_HINT = {
    "fr": "une année avant notre ère ne peut pas être un `when`, qui porte les années 1 à"
    " 9999 : laissez `when` de côté et écrivez l'année dans une `note` (ou le temps écoulé"
    " en valeur, en années)",
    "en": "a year before the common era cannot be a `when`, which holds the years 1 to 9999:"
    " leave out `when` and write the year in a `note` (or the time since as a value, in"
    " years)",
}
_ERA_DAY_HINT = {
    "fr": "une année d'une ère se lit seule : écrivez l'année ({y} apr. J.-C.), pas un jour"
    " ni un mois (qui seraient du calendrier julien)",
    "en": "a year of an era is read alone: write the year (AD {y}), not a day or a month"
    " (which would be in the Julian calendar)",
}
# A mission clock or a countdown ("T+2 min", "T-10 s", "L+3", "J-3", "H-2", "T-minus
# 10"): counted from an event, no date (dateparser read "T+2 min" as the publication day,
# "T+2" as 2 January).
_MISSION_CLOCK = re.compile(
    r"(?<![\w-])(?:(?-i:[TLJHD])\s*[+\-−–]\s*\d|(?-i:T)[-\s]?minus\s|(?-i:[TJH])\s+moins\s+\d)",
    re.I,
)
_MISSION_CLOCK_HINT = {
    "fr": "un compte à rebours ({x}) compte depuis un événement, pas dans le calendrier :"
    " écrivez le jour de l'événement (et l'écart dans la propriété ou une note)",
    "en": "a mission clock or a countdown ({x}) counts from an event, not in the calendar:"
    " write the event's day (and the time from it in the property or a note)",
}
_DEEP_EXAMPLE = {"fr": "65 millions d'années", "en": "65 million years"}
_DEEP_CODES = frozenset({"en", "fr"})
# What a count beyond the calendar or grouped has (group marks, five figures, four before a
# unit, a scale word, a long unit), in lower case; what a mission clock or an era has: cheap
# filters, without IGNORECASE, before the patterns above (most dates have none).
_DEEP_FILTER = re.compile(
    r"\d[ ,.']\d\d\d(?!\d)|\d\d\d\d\d|\d\d\d\d (?:[ydjwsfqm]|an|ann|d[eé]c)|illi|housand|ille"
    r"|entur|i[èe]cle|[ée]cenni|ecade|ill[eé]n"
)
_DEEP_SIGNS = re.compile(
    r"[TLJHD] ?[+\-−–] ?\d|[Mm]inus|[Mm]oins|AD|CE|BC|AEC|A\. ?D|B\. ?C|C\. ?E"
    r"|J\.? ?-? ?C|J[ée]sus|[èe]re"
)


def _deep_time(t: str, lang: _Lang, language: str, published: date | None) -> str:
    """The text with its counts and era years written plain, or refused saying what to write.

    Grouped counts are written plain ("20,000 years ago": "20000 years ago"), an era year as
    four figures ("AD 79": "0079").
    A count that reaches before the year 1 or after 9999 ("20,000 years ago", "il y a 65
    millions d'années", "dans 20 000 ans", "20 000 ans") is refused saying to write the
    figure as a value; so is a number grouped with a mark the language does not group with
    ("20.000 years ago": 20, or 20 000?). A year before the common era and a mission
    clock ("T+2 min") are refused; a day or month of an era too (a Julian one).
    """
    lowered = t.lower()
    if _DEEP_SIGNS.search(t) is not None:
        if _MISSION_CLOCK.search(t) is not None:
            raise _Refused(_for_language(language, _MISSION_CLOCK_HINT).format(x=t))
        if _ERA_WORDS.search(t) is not None:
            return _era_year(t, lang, language)
    if _DEEP_FILTER.search(lowered) is None:  # most dates: no count that may be grouped or deep
        return t
    out, last = [], 0
    for match in _DEEP_COUNT.finditer(t):
        replaced = _deep_count(match, t, lang, language, published)
        if replaced is not None:
            out += [t[last : match.start("n")], replaced]
            last = match.end("n")
    return "".join([*out, t[last:]]) if out else t


def _era_year(t: str, lang: _Lang, language: str) -> str:
    """The text with its era year as four figures ("AD 79", "79 apr. J.-C.": "0079")."""
    if _BEFORE_ERA_WORDS.search(t) is not None:
        raise _Refused(_for_language(language, _BEFORE_ERA_HINT))
    core = _strip_lead(t, lang)
    era = _ERA_YEAR.match(core)
    if era is None or not 1 <= int(era["a"] or era["b"]) <= 9999:
        years = re.findall(r"\d{1,4}", core)
        raise _Refused(_for_language(language, _ERA_DAY_HINT).format(y=years[-1] if years else 79))
    return f"{t[: len(t) - len(core)]}{int(era['a'] or era['b']):04d}"


def _deep_count(
    m: re.Match[str], t: str, lang: _Lang, language: str, published: date | None
) -> str | None:
    """The count's figure written plain, None to keep it; refused beyond the calendar."""
    written, group = m["n"], m["g"]
    scale_word = m["s"] or m["s2"]
    if (
        scale_word is not None
        and group == _DEEP_DECIMAL_MARK.get(lang.code)
        and written.count(group) == 1
    ):
        group = None  # "1.500 million years": a decimal before a scale word
    if group is not None and group not in _DEEP_GROUP_MARKS.get(lang.code, " "):
        mark = _DEEP_GROUP_EXAMPLE.get(lang.code, " ")
        raise _Refused(
            _for_language(language, _GROUPS_HINT).format(x=written, y=written.replace(group, mark))
        )
    if written is not None and ("," in written or "." in written) and group is None:
        if scale_word is None:
            return None  # "2,5 ans", "2.5 years ago": no whole count, left to the other forms
        count = float(written.replace(",", "."))
    elif written is not None:
        count = float(written.replace(group or " ", ""))
    else:
        count = 1.0  # "thousands of years": at least a thousand
    unit = _fold(m["u"])
    unit = unit if unit in ("mois", "ans", "millennia") else unit.removesuffix("s")
    unit = {"ans": "an", "centurie": "century"}.get(unit, unit)
    if scale_word is not None:
        count *= _DEEP_SCALE[_fold(scale_word).removesuffix("s")]
    years = count * _DEEP_UNIT_YEARS.get(unit, 0) + count * _DEEP_UNIT_MONTHS.get(unit, 0) / 12
    years += count * _DEEP_UNIT_DAYS.get(unit, 0) / 366
    before, after = t[: m.start()], t[m.end() :]
    back = _DEEP_BACK_BEFORE.search(before) is not None or _DEEP_BACK_AFTER.match(after)
    forward = not back and _DEEP_FORWARD_BEFORE.search(before) is not None
    beyond = years >= 9999
    if not beyond and (back or forward) and years >= 1000:  # the calendar's ends, from publication
        year = _consult(published, t).year
        beyond = year - years < 1 if back else year + years > 9999
    if beyond:
        figure = m[0] if written is not None else _for_language(language, _DEEP_EXAMPLE)
        value = f'value: "{figure}"'
        raise _Refused(_for_language(language, _BEYOND_HINT).format(x=m[0], v=value))
    if scale_word is not None or group is None:
        return None
    return written.replace(group, "")


# --- durations: "en cinq ans" is no date --------------------------------------------------------

# What a duration counts, by its unit: (days, months or years; how many); hours as days.
_DURATION_UNITS = {
    "jour": ("day", 1), "journee": ("day", 1), "semaine": ("day", 7), "quinzaine": ("day", 14),
    "mois": ("month", 1), "trimestre": ("month", 3), "semestre": ("month", 6),
    "an": ("year", 1), "annee": ("year", 1), "decennie": ("year", 10), "heure": ("hour", 1),
    "day": ("day", 1), "week": ("day", 7), "fortnight": ("day", 14), "month": ("month", 1),
    "quarter": ("month", 3), "year": ("year", 1), "decade": ("year", 10), "hour": ("hour", 1),
}  # fmt: skip
_COUNTS = {
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
        "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100,
    },
    "en": {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    },
}  # fmt: skip
# The forms of a duration: a lead, an article, a count (or none, after "ces dernières",
# "the past"), a direction, a unit. Forward leads alone ("dans cinq ans", "in six
# months") are read forward from publication (`_FUTURE`); since / depuis and a count
# are the date it counts back to, as "il y a trois ans" ("depuis trois ans": 2023 in 2026).
_DURATION_FORMS = {
    "fr": (
        r"(?:(?P<lead>en|pendant|durant|sur|depuis|dans|d'ici)\s+|(?:tout\s+au\s+long|au\s+cours"
        r"|lors|au\s+fil|en\s+l'espace)\s+(?:de\s+|d'|du\s+|des\s+))?(?:(?:les|ces|la|l')\s*)?"
        r"(?P<q>(?:\d+(?:[.,]\d+)?|{n}|quelques|plusieurs|des|de\s+nombreu(?:x|ses)"
        r"|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|centaine)\s+d(?:e\s+|'))"
        r"(?:\s*(?:[àa]|ou|-)\s*(?:\d+|{n}))?\s*)?(?:(?P<d>derni[èe]re?s?|pass[ée]e?s?|prochaine?s?)\s+)?"
        r"(?P<u>jours?|journ[ée]es?|semaines?|quinzaines?|mois|trimestres?|semestres?|ans?"
        r"|ann[ée]es?|d[ée]cennies?|heures?)(?:\s+et\s+demie?)?(?:\s+(?P<d2>derni[èe]re?s?"
        r"|pass[ée]e?s?|[ée]coul[ée]e?s?|prochaine?s?|[àa]\s+venir|suivante?s?))?"
    ),
    "en": (
        r"(?:(?P<lead>in|within|over|for|during|throughout|across|since)\s+)?"
        r"(?:(?:on\s+or\s+)?(?:about|around)\s+)?(?:(?P<art>the|these"
        r"|those)\s+)?(?:(?P<d>past|last|previous|next|coming|upcoming|recent|following)\s+)?"
        r"(?P<q>(?:\d+(?:\.\d+)?|{n}|a\s+few|few|several|many|some|a\s+couple\s+of|a\s+dozen"
        r"|dozens\s+of)(?:\s*(?:to|or|-)\s*(?:\d+|{n}))?(?:\s+and\s+a\s+half)?\s+)?"
        r"(?P<u>days?|weeks?|fortnights?|months?|quarters?|years?|decades?|hours?)"
        r"(?:\s+and\s+a\s+half)?"
    ),
}


@lru_cache(maxsize=8)
def _durations(code: str) -> re.Pattern[str] | None:
    """The duration forms of a language, or None; compiled at first use."""
    form = _DURATION_FORMS.get(code)
    if form is None:
        return None
    counts = "(?:{})".format("|".join(_COUNTS[code]))
    return re.compile("^(?:{})$".format(form.replace("{n}", counts)), re.I)


_FORWARD_LEADS = frozenset({"dans", "d'ici", "in", "within"})
_SINCE_LEADS = frozenset({"depuis", "since"})
# The units a count after since is read in, as dateparser reads "trois ans" (ago).
_SINCE_UNITS = frozenset({"jour", "semaine", "mois", "an", "annee", "day", "week", "month", "year"})
_AHEAD_WORDS = re.compile(r"^(?:prochain|a\s+venir|suivant|next|coming|upcoming|following)")
_CALENDAR_WORDS = frozenset({"last", "next"})  # "last week", "next year": no duration
# The French units that, one and not counted, are no duration: "la dernière semaine".
_SINGULAR_NO_DURATION = frozenset(
    {"jour", "journee", "semaine", "quinzaine", "mois", "trimestre", "semestre", "an", "annee"}
)
_ENDS = {  # the period's ends, its start, its end; the article of a day after depuis
    "fr": ("{} à {}", "depuis {}", "d'ici {}", "le "),
    "en": ("{} to {}", "since {}", "by {}", ""),
}


def _duration(m: re.Match[str], t: str, language: str, published: date | None) -> None:
    """Refuse a duration ("en cinq ans", "over the past decade"), saying what to write.

    A duration is no date: reading it as one year or month ("en cinq ans": 2021 in 2026,
    as dateparser did) is wrong. The message writes the period's ends from publication
    when the count is a number ("2021 à 2026", or its start, "depuis 2021"; a forecast's,
    or "les cinq prochaines années": "2026 à 2031", or its end, "d'ici 2031"). Returns,
    for the reader to go on, when the text is no duration ("la semaine dernière", "last
    week"), is a count forward from publication ("dans cinq ans", read as the period it
    reaches) or back after since ("depuis trois ans", as "il y a trois ans": 2023 in 2026).
    """
    groups = m.groupdict()
    lead, count_text = _fold(groups["lead"] or ""), groups["q"]
    before, after = groups["d"], groups.get("d2")
    unit = _fold(m["u"])
    unit = unit if unit in _DURATION_UNITS else unit.removesuffix("s")
    plural = (before or "").endswith("s") or (m["u"].endswith("s") and unit != "mois")
    if count_text is None:  # a duration only as "ces dernières années", "the past decade"
        if before is None or after is not None:
            return  # "la semaine dernière", "années": a period of the calendar, or none
        if _fold(before) in _CALENDAR_WORDS and groups.get("art") is None and unit != "decade":
            return  # "last week", "next year"
        if not plural and unit in _SINGULAR_NO_DURATION:
            return  # "la dernière semaine" (of what?)
    direction = before or after
    if direction is None and lead in _FORWARD_LEADS:
        return  # "dans cinq ans", "in six months": read forward from publication
    count = _count(count_text, plural, language)
    if direction is None and lead in _SINCE_LEADS and count is not None and unit in _SINCE_UNITS:
        return  # "depuis trois ans": the day it counts back to
    if published is _ANY_DAY:
        raise _Depends  # the example counts from publication
    if direction is not None:
        ahead = _AHEAD_WORDS.match(_fold(direction)) is not None
    else:
        ahead = isinstance(published, _AheadDay)
    period, start, end, article = _ENDS.get(_lang(language).code, _ENDS["en"])
    kind, size = _DURATION_UNITS[unit]
    if count == 1 and size == 1 and kind == "year" and direction is None and lead in _OVER_LEADS:
        raise _year_on_year(published, t, language)  # "sur un an": a change over a year
    if not ahead and kind == "month":  # "the past 12 months": to the last whole month
        p = _consult(published, t) if published is not None else date(2025, 6, 1)
        raise _Refused(_past_months((count or 5) * size, p, language))
    # the example: from publication, or a day of 2025; a count not written, five units
    p = _consult(published, t) if published is not None else date(2025, 6, 1)
    ends = _duration_ends((count or 5) * size, kind, p, ahead, language)
    if ends is None:
        ends = (str(p.year), str(p.year + 5)) if ahead else (str(p.year - 5), str(p.year))
    first, last = ends
    if first.isdigit() or not first[:1].isdigit():  # a year, a month: no article
        article = ""  # but a day: "depuis le 29 décembre 2025"
    other = end.format(article + last) if ahead else start.format(article + first)
    if _lang(language).code == "fr":
        day = first[:1].isdigit() and not first.isdigit()
        both = ("du {} au {}" if day else "de {} à {}").format(first, last)
        if not day and first[:1] in "aeiouyéèAEIOU":  # "d'avril 2021 à …"
            both = f"d'{both[3:]}"
        both, other = _FIRST_OF_MONTH.sub("1er ", both), _FIRST_OF_MONTH.sub("1er ", other)
        raise _Refused(
            f"une durée n'est pas une date : écrivez ses bornes ({both})"
            f" ou {'sa fin' if ahead else 'son début'} ({other})"
        )
    raise _Refused(
        f"a duration is no date: write the period's ends ({period.format(first, last)})"
        f" or its {'end' if ahead else 'start'} ({other})"
    )


# French writes the first of a month "1er juillet" (babel: "1 juillet")
_FIRST_OF_MONTH = re.compile(r"(?<![\d,.])1 (?=[^\W\d_])")
# The leads of a change over a duration ("sur un an", "en un an", "over a year"): the
# change of a rate, as "en glissement annuel", whose period is the one it ends.
_OVER_LEADS = frozenset({"sur", "en"})
_PAST_MONTHS = {
    "fr": (
        "une durée n'est pas une date : écrivez les mois qu'elle couvre, jusqu'au dernier"
        " mois entier avant la publication, comme les {n} mois à fin {last} ({first} à {last})"
    ),
    "en": (
        "a duration is no date: write the months it covers, to the last whole month before"
        " publication, as the {n} months to {last} ({first} to {last})"
    ),
}
_PAST_MONTH = {
    "fr": "une durée n'est pas une date : écrivez le mois, comme {last}",
    "en": "a duration is no date: write the month, as {last}",
}


def _past_months(n: int, p: date, language: str) -> str:
    """Say to write a past duration of `n` months as the months to the last whole month.

    "the past 12 months" in a paper of 6 November 2026 is the 12 months to October 2026
    (November 2025 to October 2026): never "November 2025 to November 2026", 13 months,
    nor "since November 2025", which reads as that month alone.
    """
    end = p.year * 12 + p.month - 2  # the month before publication's, as an index
    first = end - n + 1
    try:
        last_month = _span(end // 12, end % 12 + 1, end % 12 + 1, "month", "")
        first_month = _span(first // 12, first % 12 + 1, first % 12 + 1, "month", "")
    except (ValueError, DateSyntaxError):
        return _for_language(language, _PAST_MONTHS).format(n=n, first="…", last="…")
    last, start = last_month.describe(language), first_month.describe(language)
    table = _PAST_MONTH if n == 1 else _PAST_MONTHS
    return _for_language(language, table).format(n=n, first=start, last=last)


def _count(written: str | None, plural: bool, language: str) -> int | None:
    """The count of a duration: "cinq", "5"; none written is one ("the past decade").

    None where it is no single whole number ("deux à trois", "quelques", "1,5",
    "ces dernières années").
    """
    if written is None:
        return None if plural else 1
    word = _fold(written.strip())
    if word.isdigit():
        return int(word)
    return _COUNTS.get(_lang(language).code, {}).get(word)


def _duration_ends(
    amount: int, kind: str, p: date, ahead: bool, language: str
) -> tuple[str, str] | None:
    """The ends of a duration from publication, written as the language writes them."""
    try:
        if kind == "year":
            first, last = (p.year, p.year + amount) if ahead else (p.year - amount, p.year)
            if not 1 <= first <= last <= 9999:
                return None
            return str(first), str(last)
        if kind == "month":
            index = p.year * 12 + p.month - 1 + (amount if ahead else -amount)
            other = _span(index // 12, index % 12 + 1, index % 12 + 1, "month", "")
            here = _span(p.year, p.month, p.month, "month", "")
            first_month, last_month = (here, other) if ahead else (other, here)
            return first_month.describe(language), last_month.describe(language)
        days = -(-amount // 24) if kind == "hour" else amount
        other_day = p + timedelta(days=days if ahead else -days)
        first_day, last_day = (p, other_day) if ahead else (other_day, p)
        return (
            Period(first_day, first_day, "day", "").describe(language),
            Period(last_day, last_day, "day", "").describe(language),
        )
    except (OverflowError, ValueError, DateSyntaxError):
        return None


# A year dateparser may have made of a day or a number: "Jan. 13 14" is no 13 January 2014.
_SHORT_YEAR_LAST = re.compile(r"(?:\d|[^\W\d_])\.?,?\s+(\d{1,2})$")
_DURATION_WORD = re.compile(
    rf"(?<!\w)(?:{'|'.join(v for v in _DURATION.values())}|ago|il\s+y\s+a)(?!\w)", re.I
)


def _slow(t: str, language: str, published: date | None) -> Period:
    if _names_two_dates(t, _lang(language)):  # dateparser reads one of them, or neither
        raise _two_dates(t, language)
    if published is _ANY_DAY:  # dateparser reads relative to a base day, whatever the text
        raise _Depends
    if published is None:
        results = [_dateparser(t, language, base) for base in _BASES]
        first, second = results
        if first is None or second is None:
            raise _cannot(t, language)
        if first[0] != second[0]:
            raise _needs_year(t)
        _check_year(t, first[0], language)
        return first[0]
    result = _dateparser(t, language, published)
    if result is None:
        raise _cannot(t, language)
    period, parts = result
    _check_year(t, period, language, published)
    if period.granularity == "month" and "year" not in parts:
        month = period.start.month
        if isinstance(published, _AheadDay):  # a forecast's: the first not before publication
            return _span(_latest_year(month, published, t), month, month, "month", t)
        if period.start > published:  # the last such month not after publication
            return _span(period.start.year - 1, month, month, "month", t)
    return period


def _check_year(t: str, period: Period, language: str, published: date | None = None) -> None:
    """Refuse dateparser's reading whose year the text did not write where it wrote one.

    "10h 2015" (yesterday), "Jan. 13, 14" (13 January 2014): never a wrong date. A last
    number that is the day read, in the publication's year, is that day ("January 1" in
    an article of 2001), not a year in two digits.
    """
    years = [int(y) for y in _HAS_YEAR.findall(t)]
    if years:
        if _DURATION_WORD.search(t):  # "in 1000 days": a number, no year
            return
        if not any(period.start.year <= y <= period.end.year for y in years):
            raise _cannot(t, language)
    elif (short := _SHORT_YEAR_LAST.search(t)) and period.start.year % 100 == int(short[1]):
        if (
            published is not None
            and period.granularity == "day"
            and period.start.day == int(short[1])
            and period.start.year == published.year
        ):
            return
        raise DateSyntaxError(
            f"cannot read {t!r} as a date ({language}): write the year in four digits"
        )


_ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def in_year(day: date, year: int) -> date | None:
    """The day and month in another year; None for a 29 February the year lacks."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def weekday_name(weekday: int, language: str) -> str:
    """The weekday's wide name in the language (0 is Monday), as messages write it.

    Babel's name ("mardi", "Tuesday"); English's when babel does not know the language.
    """
    return _wide_weekday_names(language)[weekday]


@lru_cache(maxsize=64)
def _wide_weekday_names(language: str) -> tuple[str, ...]:
    from babel.core import UnknownLocaleError
    from babel.dates import get_day_names

    try:
        names = get_day_names("wide", locale=language.strip().replace("-", "_"))
        return tuple(str(names[number]) for number in range(7))
    except (UnknownLocaleError, ValueError, LookupError, TypeError):
        return _ENGLISH_DAYS


# --- weekdays in free text ----------------------------------------------------------------------


def find_weekday_dates(text: str, language: str, published: date | None) -> list[WeekdayMention]:
    """Find every weekday written with a day and month ("lundi 27 juillet [2015]").

    Also "Monday, July 27" in English, a date in parentheses ("samedi (12 avril)",
    "Saturday (April 13)"), and weekdays with a day alone joined to a mention, whose
    month and year they share: "mardi 22 et jeudi 23 octobre", "du lundi 20 au vendredi
    24 octobre", "Tuesday 22 and Thursday 23 October" are two mentions each ("mardi 22"
    is 22 October, in the year of the 23rd). A date without a year is read as
    `parse_date` reads it: of the latest such day on or before the `published` day and
    the earliest on or after it, the one where its weekday is right ("Sunday 14
    December" in an article of June 2025 is 2025's), else the nearest ("lundi 30
    décembre" in an article of 3 January 2025 is 30 December 2024, "mardi 30 décembre"
    too); without
    `published`, or when the day does not exist, the mention is skipped. Linear in the
    text; never raises.
    """
    lang = _lang(language)
    # Most quotes name no weekday, which the stems tell before the cache is asked; an
    # article holds a stem anyway ("mar" of "marché", "mon" of "month"), and its scan,
    # which lowers it too, tells at once.
    if len(text) < _LONG_TEXT and not _may_name_weekday(text, lang):
        return []
    fixed, _ = _weekday_dates(text, language)
    if fixed is not None:  # every mention writes its year (or there is none)
        return list(fixed)
    if isinstance(published, datetime):
        published = published.date()
    return list(_resolved(text, language, published))


_LONG_TEXT = 1000  # characters


def _may_name_weekday(text: str, lang: _Lang) -> bool:
    """Tell whether the text may name a weekday: most do not (a rule asks about every quote).

    A name contains a stem of one ("lun" of "lundi"). Searching the lowered text is twice
    as fast as IGNORECASE, with which str.lower() agrees on ASCII letters but for İ, ı and
    ſ (read as i, i and s).
    """
    stems = lang.weekday_stems
    if stems is not None and (
        text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text)
    ):
        return stems.search(text.lower()) is not None
    return lang.weekday_words is not None and lang.weekday_words.search(text) is not None


def find_weekday_names(text: str, language: str) -> tuple[WeekdayName, ...]:
    """Find the weekdays named without a date ("interpellé mardi soir", "on Tuesday").

    Only full names ("mardi", "Tuesday": "mar", "Sun" are also other words), and none of a
    mention `find_weekday_dates` reads ("mardi 22 et jeudi 23 octobre"), of a name that is
    no day ("Mardi gras", "Black Friday", "Super Tuesday", "the Sunday Times", "lundi de
    Pâques") or of a habit ("chaque lundi", "le mardi", "every Monday"; "les lundis",
    "Mondays" are no name). Never raises.
    """
    names = _full_weekday_names(_lang(language).code)
    if names is None:
        return ()
    # Most quotes name no weekday (the rule asks about every quote of a one-day claim):
    # the lowercase names in the lowered text, a search twice as fast as IGNORECASE, with
    # which it agrees but for İ, ı and ſ (read as i, i and s). Not cached: most quotes
    # differ, and a cache costs more than the search.
    if (text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text)) and (
        names[0].search(text.lower()) is None
    ):
        return ()
    return _weekday_names(text, language)


@lru_cache(maxsize=16384)
def _weekday_names(text: str, language: str) -> tuple[WeekdayName, ...]:
    """:func:`find_weekday_names` of a text that may name a weekday, cached by text."""
    lang = _lang(language)
    names = _full_weekday_names(lang.code)
    if names is None:
        return ()
    found = list(names[1].finditer(text))
    if not found:
        return ()
    taken = [(m[6], m[6] + len(m[0])) for m in _weekday_dates(text, language)[1]]
    not_days = _not_days(lang.code)
    if not_days is not None:
        taken += [match.span() for match in not_days.finditer(text)]
    habit = _HABITS.get(lang.code)
    names_found = []
    for match in found:
        start = match.start()
        if any(a <= start < b for a, b in taken):
            continue
        if habit is not None and habit.search(text, max(0, start - 12), start):
            continue
        names_found.append(WeekdayName(match[0], lang.weekdays[_fold(match[0])], start))
    return tuple(names_found)


# Names with a weekday that are no day: feasts, shopping days, primaries, newspapers.
_NOT_DAYS_WORDS = {
    "fr": (
        r"mardi[-\s]gras|(?:lundi|dimanche)\s+de\s+(?:p[âa]ques|(?:la\s+)?pentec[ôo]te)"
        r"|jeudi\s+de\s+l'ascension|(?:jeudi|vendredi|samedi)[-\s]saint|mercredi\s+des\s+cendres"
        r"|dimanche\s+des\s+rameaux|journal\s+du\s+dimanche|tribune\s+dimanche"
        r"|(?:lundi|mardi|jeudi|vendredi)\s+noir|black\s+friday|cyber\s+monday"
    ),
    "en": (
        r"black\s+(?:monday|tuesday|wednesday|thursday|friday)|cyber\s+monday"
        r"|super\s+(?:tuesday|saturday|sunday)|super\s+bowl\s+sunday|giving\s+tuesday"
        r"|good\s+friday|(?:holy|maundy)\s+thursday|holy\s+saturday|ash\s+wednesday"
        r"|palm\s+sunday|easter\s+(?:sunday|monday)|whit\s+(?:sunday|monday)|bloody\s+sunday"
        r"|(?:mail|independent)\s+on\s+sunday|sunday\s+(?:times|telegraph|mirror|express|post"
        r"|herald|independent|people|school|best|roast)|(?:monday|thursday|sunday)\s+night"
        r"\s+football|(?:man|girl|casual)\s+friday|friday\s+prayers"
    ),
}


@lru_cache(maxsize=8)
def _not_days(code: str) -> re.Pattern[str] | None:
    """The names with a weekday that are no day, or None; compiled at first use."""
    words = _NOT_DAYS_WORDS.get(code)
    return None if words is None else re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I)


# The words before a weekday that make it a habit, not a day: "chaque lundi", "le mardi".
_HABITS = {
    "fr": re.compile(r"(?<!\w)(?:chaque|le)\s+$", re.I),
    "en": re.compile(r"(?<!\w)(?:every|each)\s+$", re.I),
}


@lru_cache(maxsize=64)
def _full_weekday_names(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Regexes of the language's full weekday names ("mardi", "Tuesday"), or None.

    The lowercase names (a filter: anywhere in a word), and the names as words, ignoring
    case.
    """
    from babel.core import Locale, UnknownLocaleError

    try:
        days = Locale.parse(code).days
    except (ValueError, TypeError, UnknownLocaleError):
        return None
    weekdays = _lang(code).weekdays
    names = set()
    for context in ("format", "stand-alone"):
        for name in days[context]["wide"].values():
            word = str(name).lower()
            names |= {word, _strip_accents(word)} & weekdays.keys()
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = rf"(?<![\w-])(?:{alternatives})(?![\w-])"
    return re.compile(alternatives), re.compile(pattern, re.I)  # no lookaround: faster


# written, weekday, year (None: none written), month, day, date as written, start, and the
# day whose year is taken and its weekday written (of "jeudi 23 octobre" for "mardi 22" in
# "mardi 22 et jeudi 23 octobre": the two days are in one year, as in a range)
_RawMention = tuple[str, int, int | None, int, int, str, int, int, int]


def _mention_matches(lang: _Lang, text: str) -> Iterator[re.Match[str]]:
    """``lang.mentions.finditer(text)``, tried only where a weekday's name starts.

    A mention starts with a weekday's name, which the pattern checks with IGNORECASE at
    every position of the text: on an archive's articles (7 MB) that scan took 0.8 s. The
    names are found in the lowered text first (four times faster; where their first three
    letters are, `_name_matches`), and the mention pattern is matched there, leftmost
    first and without overlaps, as finditer would.
    Lowering keeps every offset but for İ (two characters), and re.I reads ı and ſ as
    i and s: a text holding one of them is scanned as before.
    """
    assert lang.mentions is not None
    starts = lang.weekday_starts
    if starts is None or not (
        text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text)
    ):
        yield from lang.mentions.finditer(text)
        return
    end = 0
    for name in _name_matches(starts, lang.weekday_prefixes, text.lower()):
        at = name.start()
        if at < end or (at and (text[at - 1].isalnum() or text[at - 1] == "_")):
            continue  # inside a word: the pattern's (?<!\w) checks it again
        match = lang.mentions.match(text, at)
        if match is not None:
            end = match.end()
            yield match


def _name_matches(
    starts: re.Pattern[str], prefixes: tuple[str, ...] | None, lowered: str
) -> Iterator[re.Match[str]]:
    """``starts.finditer(lowered)``, tried only where a name's first three letters are.

    finditer tries the pattern at every "s", "m", "t"... of an article; ``str.find`` of
    each prefix is far faster, and every match starts with one (a name is never empty).
    Tried in order from the end of the previous match, the candidates yield what
    finditer yields. Without prefixes (a name of two letters: "mo"), finditer itself.
    """
    if prefixes is None:
        yield from starts.finditer(lowered)
        return
    candidates: list[int] = []
    for prefix in prefixes:
        at = lowered.find(prefix)
        while at >= 0:
            candidates.append(at)
            at = lowered.find(prefix, at + 1)
    candidates.sort()
    end = 0
    for at in candidates:
        if at < end:
            continue
        match = starts.match(lowered, at)
        if match is not None:
            end = match.end()
            yield match


@lru_cache(maxsize=16384)
def _weekday_dates(
    text: str, language: str
) -> tuple[tuple[WeekdayMention, ...] | None, tuple[_RawMention, ...]]:
    """The mentions of a text as written, their year None where none is written.

    Cached by text alone (a text is often repeated), with the mentions themselves when
    every one writes its year; else the caller chooses the year for its publication day.
    """
    lang = _lang(language)
    if lang.mentions is None:
        return (), ()
    found: list[_RawMention] = []
    # the weekdays and days alone before the next mention: the written text, weekday, day
    # as written and its number, start, and the end of what it wrote
    pending: list[tuple[str, int, str, int, int, int]] = []
    for match in _mention_matches(lang, text):
        groups = match.groupdict()
        suffix = next(s for s in _MENTION_FORMS if groups.get("w" + s) is not None)
        if _no_mention(text, match, "w" + suffix, lang.code, year=groups.get("y" + suffix)):
            pending.clear()
            continue
        written, end = match[0], match.end()
        if text.startswith(")", end) and "(" in written:  # "samedi (12 avril)"
            written, end = written + ")", end + 1
        weekday = lang.weekdays[_fold(match["w" + suffix])]
        if suffix == _BARE:
            pending.append((written, weekday, match["date5"], int(match["d5"]), match.start(), end))
            continue
        year_text = match["y" + suffix]
        written_month = match["m" + suffix]
        month = (
            int(written_month) if suffix in _NUMERIC_FORMS else lang.months[_fold(written_month)]
        )
        if not 1 <= month <= 12:
            pending.clear()
            continue
        year = int(year_text) if year_text else None
        # "mardi 22 et jeudi 23 octobre": the days alone joined to it are in its month
        if suffix == "" and pending:
            month_text = text[match.start("m") : match.end("date")]
            joined, before, day = match.start(), [], int(match["d"])
            for bare_written, bare_weekday, day_text, number, start, bare_end in reversed(pending):
                if not lang.mention_join.fullmatch(text, bare_end, joined):
                    break
                date_text = f"{day_text} {month_text}"
                before.append(
                    (
                        bare_written,
                        bare_weekday,
                        year,
                        month,
                        number,
                        date_text,
                        start,
                        day,
                        weekday,
                    )
                )
                joined = start
            found.extend(reversed(before))
        pending.clear()
        found.append(
            (
                written,
                weekday,
                year,
                month,
                int(match["d" + suffix]),
                match["date" + suffix],
                match.start(),
                int(match["d" + suffix]),
                weekday,
            )
        )
    if text.find(", ") >= 0 and (after := _appositions(lang.code)) is not None:
        found.extend(_weekdays_after(text, lang, after))
        found.sort(key=lambda mention: mention[6])
    raw = tuple(found)
    if any(mention[2] is None for mention in raw):
        return None, raw
    return _mentions_in(raw, None), raw


# A weekday in apposition after its date: "le 9 novembre 2011, un jeudi", "on Nov. 9, 2011,
# a Thursday", "on 9 November 2011, a Thursday". The weekday is found first (a comma and an
# article before a full name, rare in a text), then its date in the 40 characters before.
_APPOSITION_ARTICLES = {"fr": r"un", "en": r"a"}
_APPOSITION_REACH = 40


@lru_cache(maxsize=8)
def _appositions(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The weekday after a date's comma and its date before it, or None; compiled at first use."""
    article, full = _APPOSITION_ARTICLES.get(code), _full_weekday_names(code)
    lang = _lang(code)
    if article is None or full is None or not lang.months:
        return None
    names = full[1].pattern
    m = _names(lang.months)
    day = rf"(?P<d>\d{{1,2}}){_ORDINAL}"
    year = r"(?:,?\s+(?P<y>\d{4}))?"
    dates = [rf"(?:le\s+)?{day}\s+(?P<m>{m})\.?{year}"]
    if code == "en":
        dates = [
            rf"(?:the\s+)?{day}\s+(?:of\s+)?(?P<m>{m})\.?{year}",
            rf"(?P<m2>{m})\.?\s+(?P<d2>\d{{1,2}}){_ORDINAL}{year.replace('P<y>', 'P<y2>')}",
        ]
    before = "|".join(f"(?:{d})" for d in dates)
    return (
        re.compile(rf",\s+{article}\s+(?P<w>{names})", re.I),
        re.compile(rf"(?<![\w/.-])(?:(?:le|the)\s+)?(?P<date>{before})$", re.I),
    )


def _weekdays_after(
    text: str, lang: _Lang, patterns: tuple[re.Pattern[str], re.Pattern[str]]
) -> Iterator[_RawMention]:
    """The weekdays written after their date ("le 30 mai 1964, un lundi"), as raw mentions."""
    weekday_after, date_before = patterns
    for match in weekday_after.finditer(text):
        at = match.start()
        found = date_before.search(text, max(0, at - _APPOSITION_REACH), at)
        if found is None:
            continue
        suffix = "" if found["d"] is not None else "2"
        month = lang.months.get(_fold(found["m" + suffix]))
        weekday = lang.weekdays.get(_fold(match["w"]))
        if month is None or weekday is None:
            continue
        year_text = found["y" + suffix]
        number = int(found["d" + suffix])
        yield (
            text[found.start() : match.end()],
            weekday,
            int(year_text) if year_text else None,
            month,
            number,
            found["date"],
            found.start(),
            number,
            weekday,
        )


def _no_mention(text: str, match: re.Match[str], group: str, code: str, year: str | None) -> bool:
    """Tell a weekday and a date that do not name one day, though the pattern pairs them.

    A name that is no day ("Super Tuesday, March 5"); a full name ending its sentence
    ("votée lundi. 3 décembre : reprise", "on Thursday. Dec. 3"); a blank line between
    them (a headline and the text); a list or a range of weekdays before a list of days
    ("Tuesday and Wednesday, Dec. 9 and 10", "Thursday through Saturday, Dec. 4-6"),
    whose weekdays cannot be paired with their days; a year in two digits after the
    date ("dimanche 12 juillet 98"), which is no year of publication's.
    """
    start, end = match.start(group), match.end(group)
    not_days = _not_days(code)
    if not_days is not None and any(
        found.start() <= start < found.end()
        for found in not_days.finditer(text, max(0, start - 30), min(len(text), end + 30))
    ):
        return True
    full = _full_weekday_names(code)
    if text.startswith(".", end) and full is not None and full[1].fullmatch(match[group]):
        return True
    if _BLANK_LINE.search(match[0]):
        return True
    listing = _WEEKDAY_LIST.get(code)
    # a list names a weekday in the 40 characters before: the stems tell it cheaply (most
    # mentions have none), the list pattern, searched at every one of them, costs 30 µs
    if (
        listing is not None
        and full is not None
        and _may_name_weekday(text[max(0, start - 40) : start], _lang(code))
    ):
        before = listing.search(text, max(0, start - 40), start)
        if before is not None and full[1].fullmatch(before.group(1)):
            return True
    return year is None and _TWO_DIGIT_YEAR.match(text, match.end()) is not None


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_TWO_DIGIT_YEAR = re.compile(r",?[ \u00a0]+['’]?\d{2}(?![\d:hH%,.])|,?[ \u00a0]*['’]\d{2}(?!\d)")
#: A weekday, then "and", "or", "through", "to" or a dash, right before another weekday.
_WEEKDAY_LIST = {
    "en": re.compile(r"([^\W\d_]+)\.?,?\s*(?:and|or|through|thru|to|[-–—/&])\s*$", re.IGNORECASE),
    "fr": re.compile(r"([^\W\d_]+)\.?,?\s*(?:et|ou|au|à|[-–—/&])\s*$", re.IGNORECASE),
}


@lru_cache(maxsize=16384)
def _resolved(text: str, language: str, published: date | None) -> tuple[WeekdayMention, ...]:
    """The mentions of a text, a date without a year read nearest `published`."""
    return _mentions_in(_weekday_dates(text, language)[1], published)


def _mentions_in(
    raw: tuple[_RawMention, ...], published: date | None
) -> tuple[WeekdayMention, ...]:
    found: list[WeekdayMention] = []
    for written, weekday, year, month, day_number, date_text, start, near, near_weekday in raw:
        nearest = None
        if year is None:
            if published is None:
                continue
            # the year where its weekday is right, as `parse_date` reads it, else the nearest
            nearest = _nearest_year(month, near, published)
            year = _year_by_weekday(month, near, near_weekday, published) or nearest
        try:
            day = date(year, month, day_number)
        except ValueError:
            continue
        past = None
        if nearest is not None and nearest < year and published is not None and day > published:
            earlier = in_year(day, nearest)
            if earlier is not None and 0 < (published - earlier).days <= PAST_NEARER_DAYS:
                past = earlier  # "mercredi 27 août" of 2025 in November 2024: 2024's, a Tuesday?
        period = Period(day, day, "day", date_text)
        found.append(WeekdayMention(written, weekday, period, start, past))
    return tuple(found)


#: How far before publication a day written without its year, and read in the next year
#: because its weekday is right there, is taken as maybe meant (`WeekdayMention.past`):
#: five months, so the day ahead is seven or more away. Nearer half a year, the two are
#: about as near, and a day ahead announced half a year before ("the regime starts on
#: Sunday 14 December", in June) is as likely as a slip.
PAST_NEARER_DAYS = 150


# --- dates in free text -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayMention:
    """A date written with its day and month in a free text ("le 27 juillet 2015").

    `written` is the text of the date (its weekday included, its article not), `start`
    its offset, `year_written` whether it writes its year ("27 juillet" does not: its
    period is in the year `parse_date` reads).
    """

    written: str
    period: Period
    start: int
    year_written: bool


def find_days(text: str, language: str, published: date | None) -> tuple[DayMention, ...]:
    """Find every date the text writes with a day and a month, and maybe a year.

    "2 May 2009", "le 27 juillet 2015", "27 juillet", "1er mai", "lundi 27 juillet",
    "the 2nd of May", "May 2, 2009" and "Monday, July 27" in English; days joined before
    a month ("du 3 au 5 mai", "3-5 May", "les 13 et 14 janvier", "May 3-5", "Jan. 13 and
    14", "13, 14 et 15 janvier") are one span, and so are two dates joined as a range
    ("du 30 avril au 2 mai", "between 3 May and 5 June"). A month name is written as the
    language writes it: capitalised in English (not the "may" of "10 may leave"), an
    abbreviation with its full stop if it has one ("sept." in French, not the "sept" of
    seven). A date in digits is read in ISO ("2009-05-02") in every language, and as
    day, month and four-digit year ("2/5/2009", "02.05.2009") only where the order is
    certain: in French, and in English when the language names its country ("en_GB"
    day first, "en_US" month first; "en" alone is either).
    Not found: a month and year alone ("mai 2009"), a day alone ("le 12"), a weekday
    alone, a day cut out of a number ("1,5 mai", "12 500 mai"), "in October 15 people".
    Each date is read as `parse_date` reads it: without a year, the one nearest
    `published` (of the two around it, the one where a weekday written is right);
    without `published`, a date without a year is skipped, and so is a day the calendar
    does not have ("31 février"). In the order written; cached by text, language and
    day; never raises.
    """
    if not _HAS_DIGIT.search(text):  # most quotes write no number at all
        return ()
    finder = _day_finder(language)
    if finder is None or not finder.may_hold_date(text):  # nor a month nor "2/5/2009"
        return ()
    if isinstance(published, datetime):
        published = published.date()
    return _days_in(text, language, published)


_HAS_DIGIT = re.compile(r"\d")
# Every date in digits the finder reads ("2009-05-02", "2/5/2009") writes one of these.
_DIGITS_JOINED = re.compile(r"\d[-/.]\d")


@dataclass(frozen=True, slots=True)
class _DayFinder:
    """The patterns of dates in free text, each matched where a number starts.

    Tried at every character, as ``finditer`` would, they cost ten times as much: most
    numbers of a quote are no day, and a date has one.
    """

    day_first: re.Pattern[str]  # "27 juillet 2015", "2/5/2009", at the number
    month_first: re.Pattern[str] | None  # "May 2, 2009", at the month
    month_before: re.Pattern[str] | None  # the month and blanks right before a number
    months: dict[str, tuple[bool, bool]]  # folded name -> (capitalised, with its stop)
    range_join: re.Pattern[str]  # between two dates of one range: "au", "to", a dash
    between: re.Pattern[str]  # before the first of two dates joined by "and": "between"
    weekday: re.Pattern[str] | None  # a weekday right before a date: "lundi", "Monday,"
    month_stems: tuple[str, ...]  # one of them is in any month name, folded as casefold folds

    def may_hold_date(self, text: str) -> bool:
        """Tell whether the text may write a date: a month's name, or digits joined by a sign.

        Tested first, as most quotes with a number write no date: a few ``in`` of the
        folded text cost a fifth of looking at each number (a property test ties the two).
        """
        folded = text.casefold()  # the month patterns ignore case: "ſept." is "sept."
        return any(stem in folded for stem in self.month_stems) or bool(_DIGITS_JOINED.search(text))


_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])"
_BETWEEN = {"fr": r"entre\s+(?:le\s+)?$", "en": r"between\s+(?:the\s+)?$"}


@lru_cache(maxsize=64)
def _day_finder(language: str) -> _DayFinder | None:
    """The language's pattern of dates in free text; compiled at first use.

    units is imported here, not at the top: its tables cost ~35 ms that a reader of dates
    alone (`parse_date`) never needs.
    """
    from factcheck.units import SIGN_CHARACTERS

    lang = _lang(language)
    if not lang.months:
        return None
    code = lang.code
    m = _names(lang.months)
    weekday = rf"(?:(?:{_names(lang.weekdays)})(?!\w)\.?,?\s+)" if lang.weekdays else ""
    joins = _JOINS.get(code, "(?!)").replace("'", "['’]")
    join = rf"(?:\s*[-–—&]\s*|\s*,\s+(?:(?:{joins})\s+)?|\s+(?:{joins})\s+)"  # not "1,5 mai"
    article = r"(?:(?:le|the)\s+(?=\d))?"  # "3 et le 5 mai"
    day = rf"{_DAY_NUMBER}{_ORDINAL}(?!\w)\.?"
    year = rf"(?:,?\s+\d{{4}}(?!\d){_NOT_A_TIME})?"
    # a number cut out of another ("1,5 mai", "12 500 mai", "2014-15 May") is no day
    alone = r"(?<![\w.,:/\-–—])(?<!\d\s)"
    day_first = [  # "lundi 3 et mardi 4 mai 2015", "the 2nd of May"
        rf"(?P<dmy>{alone}(?P<first>{_DAY_NUMBER}){_ORDINAL}(?!\w)\.?"
        rf"(?:{join}{weekday}?{article}{day})*\s+(?:of\s+)?(?P<m>{m})(?!\w)(?P<stop>\.)?{year})"
    ]
    month_first = month_before = None
    if lang.mdy is not None:  # "Monday, May 2, 2009", "May 3-5", "Jan. 13 and 14"
        # without a year, no word after the day but a small one: not "October 15 people"
        small = r"and|or|in|at|on|when|after|before|from|to|until|by|for|the|a|an|as|of"
        tail = (
            rf"(?:,?\s+\d{{4}}(?!\d){_NOT_A_TIME}"
            rf"|(?!\s*(?!(?:{small})(?!\w))[^\W_]|\s*[{SIGN_CHARACTERS}]))"
        )
        head = rf"(?<![\w.])(?P<m>{m})(?!\w)(?P<stop>\.)?\s+(?:the\s+)?"
        month_first = re.compile(rf"{head}{day}(?:{join}{day})*{tail}", re.I)
        month_before = re.compile(rf"{head}$", re.I)
    numeric = r"(?<![\w./\-–—])(?:\d{4}-\d{2}-\d{2}"
    if code in _FAST_NUMERIC and (
        code in _DAY_FIRST_NUMERIC or re.search(r"[-_][A-Za-z]{2}$", language.strip())
    ):
        numeric += r"|\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}"
    day_first.append(rf"(?P<numeric>{numeric})(?!\d|[./\-]\d))")
    return _DayFinder(
        day_first=re.compile("|".join(day_first), re.I),
        month_first=month_first,
        month_before=month_before,
        months=_month_forms(code),
        # fullmatched up to the next date: a lookahead past it fails ("et le 5 juin")
        range_join=re.compile(rf"\s*(?:[-–—]|(?<=\s)(?:{joins})(?=\s))\s*(?:(?:le|the)\s+)?", re.I),
        between=re.compile(_BETWEEN.get(code, "(?!)"), re.I),
        # looked for before a date found: in the pattern, tried at every character
        weekday=re.compile(rf"(?<!\w){weekday}$", re.I) if weekday else None,
        month_stems=_stems(lang.months),
    )


def _month_forms(code: str) -> dict[str, tuple[bool, bool]]:
    """By folded month name, whether the language capitalises it and writes a full stop.

    As babel writes them: "October" (not the "may" of "10 may leave"), "sept." (not the
    "sept" of seven). A name babel lacks (`_EXTRA_MONTHS`) is an abbreviation.
    """
    from babel.core import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (ValueError, TypeError, UnknownLocaleError):
        return {}
    forms: dict[str, tuple[bool, bool]] = {}
    stops = False
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for name in locale.months[context][width].values():
                word = str(name)
                stops |= word.endswith(".")
                key = _fold(word)
                capitalised, with_stop = forms.get(key, (True, True))
                forms[key] = (capitalised and word[:1].isupper(), with_stop and word.endswith("."))
    capitalised = all(upper for upper, _ in forms.values())
    for name in _EXTRA_MONTHS.get(code, {}):
        forms.setdefault(_fold(name), (capitalised, stops))
    return forms


@lru_cache(maxsize=16384)
def _days_in(text: str, language: str, published: date | None) -> tuple[DayMention, ...]:
    """:func:`find_days` of a text with a digit, cached by text, language and day."""
    finder = _day_finder(language)
    if finder is None:
        return ()
    # each date's start and end, and for days listed before a month ("13, 14 et 15
    # janvier"), the first day and where the last is written
    spans: list[tuple[int, int, int, int]] = []
    for match in _day_matches(finder, text):
        groups = match.groupdict()  # "May 2, 2009" has no first day, "2/5/2009" no month
        written_month, stop = groups.get("m"), groups.get("stop")
        end = match.end()
        if written_month is not None:
            capitalised, with_stop = finder.months.get(_fold(written_month), (True, True))
            if capitalised and not written_month[:1].isupper():
                continue  # the "may" of "10 may leave"
            if with_stop and not stop:
                continue  # the "sept" of "3 sept ans"
            if stop and not with_stop and end == match.end("stop"):
                end -= 1  # "le 3 mai." ends its sentence
        first, last = 0, -1  # no days listed
        if groups.get("first") is not None:
            listed = _LAST_DAY.search(text, match.start("first"), match.start("m"))
            if listed is not None and listed.start() > match.start("first"):
                first, last = int(match["first"]), listed.start()
        start = match.start()
        if finder.weekday is not None and (
            before := finder.weekday.search(text, max(0, start - 16), start)
        ):
            start = before.start()  # "lundi 27 juillet": its weekday tells its year
        spans.append((start, end, first, last))
    found: list[DayMention] = []
    taken = 0
    for number, (start, end, first, last) in enumerate(spans):
        if start < taken:  # the second date of a range, read with the first
            continue
        if number + 1 < len(spans):  # "du 30 avril au 2 mai", "between 3 May and 5 June"
            next_start, next_end = spans[number + 1][:2]
            if finder.range_join.fullmatch(text, end, next_start):
                # "between" is read, not written: "between 3 May and 5 June" writes
                # "3 May and 5 June", as "between 3 and 5 June" writes "3 and 5 June"
                before = finder.between.search(text, max(0, start - 20), start)
                lead = before.start() if before is not None else start
                mention = _mention(text, start, next_end, start, language, published, lead)
                if mention is not None:
                    found.append(mention)
                    taken = next_end
                    continue
        # "13, 14 et 15 janvier": first to last day; tried first, as parse_date reads the
        # "31" of "30, 31 janvier" as a year (30 January 2031)
        mention = (
            _listed_days(text, (start, end, first, last), language, published)
            if last >= 0
            else None
        )
        mention = mention or _mention(text, start, end, start, language, published)
        if mention is not None:
            found.append(mention)
    return tuple(found)


def _day_matches(finder: _DayFinder, text: str) -> Iterator[re.Match[str]]:
    """The matches of the finder's patterns, leftmost first and without overlaps."""
    end = 0
    for number in _NUMBER.finditer(text):
        at = number.start()
        if at < end:  # a number of the date found before
            continue
        match = None
        if finder.month_before is not None and finder.month_first is not None:
            month = finder.month_before.search(text, max(end, at - 16), at)
            if month is not None:
                match = finder.month_first.match(text, month.start())
        if match is None:
            match = finder.day_first.match(text, at)
        if match is not None:
            end = match.end()
            yield match


_NUMBER = re.compile(r"\d+")
_LAST_DAY = re.compile(rf"\d{{1,2}}{_ORDINAL}\.?\s+(?:of\s+)?$", re.I)


def _mention(
    text: str,
    start: int,
    end: int,
    at: int,
    language: str,
    published: date | None,
    lead: int | None = None,
) -> DayMention | None:
    """``text[start:end]`` read as `parse_date` reads it (None if it does not), found at `at`.

    With `lead`, ``text[lead:end]`` is read ("between 3 May and 5 June"), and the
    mention and its period write ``text[start:end]`` alone.
    """
    written = text[start:end]
    try:
        period = parse_date(text[lead:end] if lead is not None else written, language, published)
    except DateSyntaxError:
        return None
    if lead is not None and lead != start:
        period = Period(period.start, period.end, period.granularity, written)
    return DayMention(" ".join(written.split()), period, at, bool(_HAS_YEAR.search(written)))


def _listed_days(
    text: str, span: tuple[int, int, int, int], language: str, published: date | None
) -> DayMention | None:
    """Days listed before one month ("13, 14 et 15 janvier"): the first day to the last.

    The last day, its month and year read as `parse_date` reads them; the first in its
    month.
    """
    start, end, first, last = span
    last_day = _mention(text, last, end, start, language, published)
    if last_day is None or first > last_day.period.start.day:
        return None
    written = text[start:end]
    period = Period(last_day.period.start.replace(day=first), last_day.period.end, "range", written)
    return DayMention(" ".join(written.split()), period, start, last_day.year_written)


# --- descriptions ------------------------------------------------------------------------------

_WORDS = {
    "fr": {
        "early": "début {}",
        "mid": "mi-{}",
        "late": "fin {}",
        "half": "S{} {}",
        "week": "semaine du {}",
        3: "printemps {}",
        6: "été {}",
        9: "automne {}",
    },
    "en": {
        "early": "early {}",
        "mid": "mid-{}",
        "late": "late {}",
        "half": "H{} {}",
        "week": "week of {}",
        3: "spring {}",
        6: "summer {}",
        9: "autumn {}",
    },
}


@lru_cache(maxsize=4096)
def _described(start: date, end: date, granularity: str, language: str) -> str:
    """:meth:`Period.describe`, once per period and language (babel writes dates slowly).

    Many claims, share groups and report pages name the same period.
    """
    from babel.core import UnknownLocaleError

    try:
        return _describe(start, end, granularity, language)
    except (UnknownLocaleError, ValueError, LookupError, TypeError):  # a locale babel lacks
        if granularity == "day":
            return start.isoformat()
        return f"{start.isoformat()}/{end.isoformat()}"


def _describe(start: date, end: date, granularity: str, language: str) -> str:
    from babel.dates import format_date

    locale = language.strip().replace("-", "_")
    words = _WORDS.get(_lang(language).code)

    def day(d: date) -> str:
        return str(format_date(d, "long", locale=locale))

    def month(d: date) -> str:
        return str(format_date(d, "LLLL y", locale=locale))

    if granularity == "day":
        return day(start)
    if granularity == "month":
        return month(start)
    if granularity == "year":
        return str(start.year)
    if granularity == "quarter":
        return str(format_date(start, "QQQ y", locale=locale))
    whole_months = start.day == 1 and end.day == _days_in_month(end.year, end.month)
    if words is not None:
        if granularity == "half":
            return words["half"].format(1 if start.month == 1 else 2, start.year)
        if granularity == "week" and (start.weekday() == 0 or words is _WORDS["en"]):
            # "semaine du" is read Monday to Sunday; "week of" from the day it names
            return words["week"].format(day(start))
        if granularity == "part":
            for which, (first, last) in _YEAR_PARTS.items():
                if whole_months and (start.month, end.month) == (first, last):
                    return words[which].format(start.year)
            if whole_months and start.month in (3, 6, 9):
                return words[start.month].format(start.year)
            for which, (first, _) in _MONTH_PARTS.items():
                if start.day == first and (start.year, start.month) == (end.year, end.month):
                    return words[which].format(month(start))
    if whole_months and start.month == 1 and end.month == 12:
        return f"{start.year} – {end.year}"
    if whole_months and start.year == end.year:
        return f"{format_date(start, 'LLLL', locale=locale)!s} – {month(end)}"
    if whole_months:
        return f"{month(start)} – {month(end)}"
    return f"{day(start)} – {day(end)}"
