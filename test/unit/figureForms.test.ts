import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// Ways of writing figures found in parallel news and reports: [name, text, expected figures as brief() strings].
const rows: [name: string, text: string, expected: string[]][] = [
  // Grouping with the Arabic comma, Persian decimal slash, decimals without their zero.
  ['Persian digits grouped with Arabic comma', '۳۹،۷۶۸ مورد تایید شد', ['۳۹،۷۶۸=39768/cardinal (counts مورد)']],
  ['Latin digits grouped with Arabic comma', 'جمعیت 100،000 نفر', ['100،000=100000/cardinal (counts person)']],
  ['Arabic comma before two digits is a list', 'سال‌های ۱۰،۲۰ و', ['۱۰=10/cardinal', '۲۰=20/cardinal']],
  ['Persian decimal slash', 'بیش از ۹۹/۹۸ درصد', ['۹۹/۹۸ درصد=99.98/percent (unit %, more-than)']],
  ['two slashes make a date, not a decimal', 'تاریخ ۱۳۹۹/۱/۵ بود', ['۱۳۹۹=1399/cardinal', '۱=1/cardinal', '۵=5/cardinal']],
  ['slash between years is not a decimal', 'در ۱۹۷۷/۱۹۷۸ بود', ['۱۹۷۷=1977/year', '۱۹۷۸=1978/year']],
  ['decimal without its zero', 'It rose by .08% in March.', ['.08%=0.08/percent (unit %)']],
  // Digits of names are not figures.
  ['Persian disease name', 'بیماری کووید-19 در ایران', []],
  ['Latin name in parentheses', 'disease (COVID-19) cases', []],
  ['Hindi disease name', 'कोविड-19 के मामले', []],
  ['Latin word glued to digits', 'the R0 value and SARS-CoV-2 spread', []],
  ['year after a hyphen stays a year', 'cases rose (mid-2020) again', ['2020=2020/year']],
  // Currency codes only in capitals; abbreviations with a point.
  ['lower-case word that spells a code', 'All seven countries', ['seven=7/cardinal (counts country)']],
  ['ISO code in capitals', 'ALL 30 were paid', ['ALL 30=30/currency (unit ALL)']],
  ['rupee abbreviation with point', 'He paid Rs. 20 for it.', ['Rs. 20=20/currency (unit INR)']],
  // Dates: abbreviated months, month of year, ordinal days, times of day.
  ['abbreviated month with point and year', 'before 23 Jan. 2020, cases rose', ['23 Jan. 2020=2020-01-23/date']],
  ['month of year', 'in late December of 2019 we', ['December of 2019=2019-12/date']],
  ['Persian month with year word', 'تا نوامبر سال ۲۰۰۲ بود', ['نوامبر سال ۲۰۰۲=2002-11/date']],
  ['Persian ordinal day', 'تا دوم مارس ۲۰۲۰، بیش', ['دوم مارس ۲۰۲۰=2020-03-02/date']],
  ['clock time', 'updated each day at 8:00 in Stockholm', ['8:00=T08:00/date']],
  ['clock time in Persian digits', 'ساعت ۸:۰۰ صبح', ['۸:۰۰=T08:00/date']],
  ['a ratio-like pair is not a time when minutes are not two digits', 'score 3:1 today', ['3=3/cardinal', '1=1/cardinal (counts today)']],
  // Spans of years written short, in either order in right-to-left text.
  ['short second year', 'a study in 2010–11 showed', ['2010–11=2010..2011/range (counts showed)']],
  ['Persian short year first', 'در سال 11-2010 انجام شد', ['11-2010=2010..2011/range (counts انجام)']],
  ['numeric date is not a range', 'on 2019-12-01 it began', ['2019=2019/year', '12=12/cardinal', '01=1/cardinal']],
];

test('figure forms: separators, names, currency codes, dates, times and year spans', () => {
  checkRows(rows, (text) => figuresOf(text).map(brief));
});
