import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// Ways of writing figures found in parallel news and reports: [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // Grouping with the Arabic comma, Persian decimal slash, decimals without their zero.
  ['Persian digits grouped with Arabic comma', '۳۹،۷۶۸ مورد تایید شد', ['۳۹،۷۶۸=39768/cardinal (counts case)']],
  ['Latin digits grouped with Arabic comma', 'جمعیت 100،000 نفر', ['100،000=100000/cardinal (counts person)']],
  ['Arabic comma before two digits is a list', 'سال‌های ۱۰،۲۰ و', ['۱۰=10/cardinal', '۲۰=20/cardinal']],
  ['Persian decimal slash', 'بیش از ۹۹/۹۸ درصد', ['۹۹/۹۸ درصد=99.98/percent (unit %, more-than)']],
  ['two slashes make a date, not a decimal', 'تاریخ ۱۳۹۹/۱/۵ بود', ['۱۳۹۹/۱/۵=2020-03-24/date']],
  ['slash between consecutive years is a span, not a decimal', 'در ۱۹۷۷/۱۹۷۸ بود', ['۱۹۷۷/۱۹۷۸=1977..1978/range']],
  ['decimal without its zero', 'It rose by .08% in March.', ['.08%=0.08/percent (unit %)']],
  // Digits of names are not figures.
  ['Persian disease name', 'بیماری کووید-19 در ایران', []],
  ['Latin name in parentheses', 'disease (COVID-19) cases', []],
  ['Hindi disease name', 'कोविड-19 के मामले', []],
  ['Latin word glued to digits', 'the R0 value and SARS-CoV-2 spread', []],
  ['name with a loose hyphen after it', 'بنیاد پر، COVID- 19 سے صحت', []],
  ['acronym in capitals, then a hyphen glued to the digits', 'اور COVID -19 کے 1,099 مریضوں', ['1,099=1099/cardinal (counts patient)']],
  ['an Urdu dash ending a sentence before a date', 'ہوسکتا ہے- 26 فروری 2020 کو', ['26 فروری 2020=2020-02-26/date']],
  ['a word in lower case before a minus keeps the minus', 'temperatures of -19 °C', ['-19 °C=-19/cardinal (unit °C)']],
  ['year after a hyphen stays a year', 'cases rose (mid-2020) again', ['2020=2020/year']],
  // A report's table or figure label glued to its number (scraped text lost the space) labels it, as جدول ۳۳ does.
  ['a table label glued to its number', 'are associated with it (Table33):', ['Table33=33/reference (counts table)']],
  ['a glued table label and a stray number after it', 'other diseases (Table2).2).', ['Table2=2/reference (counts table)', '2=2/cardinal']],
  ['a table in lower case is a league table, not a label', 'they top the table 2 points clear', ['2=2/cardinal (counts point)']],
  ['a Latin letter glued to a Persian word and its digits is a name (fragment S1)', 'در آمینو اسید ۳۱۸ تا ۵۱۰ و روی فرگمنتS۱ قرار دارد', ['۳۱۸ تا ۵۱۰=318..510/range']],
  // Spellings translators type: زیادہ with ذ.
  ['Urdu one or more with ذیادہ', 'ایسے افراد جن میں ایک یا ایک سے ذیادہ بنیادی حالات موجود تھے۔', ['ایک=1/cardinal (more-than, counts بنیادی)']],
  ['Urdu at most with ذیادہ', 'ذیادہ سے ذیادہ 40 افراد آئے', ['40=40/cardinal (at-most, counts person)']],
  // Currency codes only in capitals; abbreviations with a point.
  ['lower-case word that spells a code', 'All seven countries', ['seven=7/cardinal (counts country)']],
  ['ISO code in capitals', 'EUR 30 were paid', ['EUR 30=30/currency (unit EUR)']],
  ['rupee abbreviation with point', 'He paid Rs. 20 for it.', ['Rs. 20=20/currency (unit INR)']],
  // Dates: abbreviated months, month of year, ordinal days, times of day.
  ['abbreviated month with point and year', 'before 23 Jan. 2020, cases rose', ['23 Jan. 2020=2020-01-23/date']],
  ['month of year', 'in late December of 2019 we', ['December of 2019=2019-12/date']],
  ['Persian month with year word', 'تا نوامبر سال ۲۰۰۲ بود', ['نوامبر سال ۲۰۰۲=2002-11/date']],
  ['Persian ordinal day', 'تا دوم مارس ۲۰۲۰، بیش', ['دوم مارس ۲۰۲۰=2020-03-02/date']],
  ['clock time', 'updated each day at 8:00 in Stockholm', ['8:00=T08:00/date']],
  ['clock time in Persian digits', 'ساعت ۸:۰۰ صبح', ['۸:۰۰=T08:00/date']],
  ['a ratio-like pair is not a time when minutes are not two digits', 'score 3:1 today', ['3=3/cardinal', '1=1/cardinal']],
  // Spans of years written short, in either order in right-to-left text.
  ['short second year', 'a study in 2010–11 showed', ['2010–11=2010..2011/range']],
  ['Persian short year first', 'در سال 11-2010 انجام شد', ['11-2010=2010..2011/range']],
  ['numeric date is not a range', 'on 2019-12-01 it began', ['2019-12-01=2019-12-01/date']],
  ['short year after a slash', 'the flu of 1968/69 and', ['1968/69=1968..1969/range']],
  // A fiscal year after FY: the year it ends in, or its two years.
  ['fiscal years after FY', 'The deficit was 6.8pc in FY24 and revenue rose in FY2024-25, FY 2023-24, FY24-25 and FY2026.',
    ['6.8pc=6.8/percent (unit %)', 'FY24=2023..2024/range', 'FY2024-25=2024..2025/range', 'FY 2023-24=2023..2024/range', 'FY24-25=2024..2025/range', 'FY2026=2025..2026/range']],
  ['FY before other digits is a name', 'The flight FY123 and the FY25X model', []],
  ['numbers in a spaced slash path are not a year span', 'با نام Hipposideros / GhanaKwam / ۱۹ / ۲۰۰۸ است', ['۱۹=19/cardinal', '۲۰۰۸=2008/year']],
  ['numbers in a slash path are not a year span', 'termed Hipposideros/GhanaKwam/19/2008, which', ['19=19/cardinal', '2008=2008/year']],
  // Right-to-left writers type the larger end of a dash range first.
  ['Persian range typed larger end first', 'دوره 14-1 روز بود', ['14-1=1..14/range (counts day)']],
  ['Persian day range typed larger end first', 'از 10-1 ژانویه 2020 بود', ['10-1 ژانویه 2020=2020-01-01/2020-01-10/date']],
  ['English decreasing pair is not a range', 'their ages were 30-25 then', ['30=30/cardinal', '25=25/cardinal']],
  ['a decreasing pair after a result verb is a score', 'won 3-1 at home', []],
  // Two days joined by "and" before one month.
  ['English days joined by and', 'on 3 and 4 February the', ['3 and 4 February=--02-03/--02-04/date']],
  ['Persian days joined by و', 'در 4 و 5 مارس', ['4 و 5 مارس=--03-04/--03-05/date']],
  ['Hindi days joined by और', '4 और 5 मार्च को', ['4 और 5 मार्च=--03-04/--03-05/date']],
  ['Persian counts joined by و stay apart and share their noun', '۱۰ و ۲۰ کشور', ['۱۰=10/cardinal (counts country)', '۲۰=20/cardinal (counts country)']],
  // A year word between month and year, a percent sign typed first, scaled parts that add up.
  ['Persian day month year word year', 'در ۱۸ فوریه سال ۲۰۲۰، بیماری', ['۱۸ فوریه سال ۲۰۲۰=2020-02-18/date']],
  ['Urdu percent sign typed before the number', 'الجزائر میں %13.04 سے', ['%13.04=13.04/percent (unit %)']],
  ['percent sign closing a number is not the next one\'s', 'شرح 20% 30 ممالک میں', ['20%=20/percent (unit %)', '30=30/cardinal (counts country)']],
  ['Hindi lakh and thousand add up', 'इनमें 2 लाख 44 हज़ार लोग', ['2 लाख 44 हज़ार=244000/cardinal (counts person)']],
  ['English crore and lakh add up', 'paid 3 crore 25 lakh rupees', ['3 crore 25 lakh rupees=32500000/currency (unit INR)']],
  ['the same scale twice is two figures', '2 lakh 5 lakh', ['2 lakh=200000/cardinal', '5 lakh=500000/cardinal']],
  ['Persian parts joined by va add up', 'جمعیت ۳ میلیون و ۲۰۰ هزار و ۵۰۰ نفر', ['۳ میلیون و ۲۰۰ هزار و ۵۰۰=3200500/cardinal (counts person)']],
  ['a larger scale multiplies the whole compound (fa)', 'بودجه ۵ هزار و ۶۰۰ میلیارد دلار', ['۵ هزار و ۶۰۰ میلیارد دلار=5600000000000/currency (unit USD)']],
  ['a larger scale multiplies the whole compound (ur)', 'حکومت نے 5 ہزار 600 ارب روپے', ['5 ہزار 600 ارب روپے=5600000000000/currency (unit PKR)']],
  ['lakh and thousand of crore (hi)', 'सरकार ने 1 लाख 20 हजार करोड़ रुपये', ['1 लाख 20 हजार करोड़ रुपये=1200000000000/currency (unit INR)']],
  ['hundred and thousands (en)', 'paid 3 hundred and 20 thousand dollars', ['3 hundred and 20 thousand dollars=320000/currency (unit USD)']],
  ['a range of scaled numbers stays a range', '3 लाख-5 लाख लोग', ['3 लाख-5 लाख=300000..500000/range (counts person)']],
  ['"and" after a thousand joins two amounts (hi)', 'उन्हें 50 हजार और 2 लाख रुपये मिले', ['50 हजार=50000/cardinal', '2 लाख रुपये=200000/currency (unit INR)']],
  ['a between-word makes و join two amounts (fa)', 'بین ۵۰۰ هزار و ۲ میلیون نفر', ['۵۰۰ هزار و ۲ میلیون=500000..2000000/range (counts person)']],
  ['words: "and" before a larger scale starts another amount', 'between five hundred thousand and two million people', ['five hundred thousand and two million=500000..2000000/range (counts person)']],
];

test('figure forms: separators, names, currency codes, dates, times and year spans', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});

// Numbers joined by a times sign are factors or sizes, never years: [name, text, expected figures].
const timesRows: [name: string, text: string, expected: string[]][] = [
  ['a room size', 'a 20x10 room', ['20=20/cardinal', '10=10/cardinal (counts room)']],
  ['a screen size is no year', 'screen of 1920x1080 pixels', ['1920=1920/cardinal', '1080=1080/cardinal (counts pixel)']],
  ['set apart, no year either', 'screen of 1920 x 1080 pixels', ['1920=1920/cardinal', '1080=1080/cardinal (counts pixel)']],
  ['a factor after digits', 'sales grew 3x in a year', ['3=3/cardinal']],
  ['a year before a factor', 'a 2000x zoom', ['2000=2000/cardinal']],
  ['Urdu room size in feet', 'کمرہ 20x10 فٹ کا ہے', ['20=20/cardinal', '10 فٹ=10/cardinal (unit ft)']],
  ['a power of ten keeps its reading', '6.23x10^-4', ['6.23x10^-4=0.000623/cardinal']],
  // No times sign.
  ['a year beside a letter x word stays a year', 'in 2020 x was 5', ['2020=2020/year', '5=5/cardinal']],
  ['x before digits is a name', 'the x4 model', []],
  ['a hexadecimal number is no figure', 'code 0x10', []],
];

test('a times sign between or after numbers: 20x10, 1920x1080 (no year), 3x; not x4 nor 0x10', () => {
  checkRows(timesRows, (text) => figuresOf(text).map(brief));
});
