/**
 * Claims of protests told in four languages: people arrested (more than 1,900: a count, no year),
 * buildings and vehicles set on fire, troops deployed in provinces (states in one telling).
 */
import { test } from 'node:test';
import { claimKeys, flaggedInPair } from '../support/claims';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

test('a number with a bound after it and a noun counts the noun, whatever year it could be', () => {
  checkRows(
    [
      ['ur: 1900 سے زائد افراد', 'پولیس نے 1900 سے زائد افراد کو گرفتار کر لیا ہے۔', ['1900=1900/cardinal (more-than, counts person)']],
      ['hi: 2020 से अधिक लोग', '2020 से अधिक लोग घायल हुए।', ['2020=2020/cardinal (more-than, counts person)']],
      // A year a span runs from stays a year.
      ['ur: 1900 سے اب تک', '1900 سے اب تک یہ قانون نافذ ہے۔', ['1900=1900/year']],
    ],
    (text: string) => figuresOf(text).map(brief),
  );
});

test('claim keys of protests, in four languages', () => {
  checkRows(
    [
      ['en: set fire to', 'Protesters set fire to 14 government buildings and 21 police vehicles.', ['14:building|burn', '21:vehicle|burn']],
      ['ur: آگ لگا دی', 'مظاہرین نے 14 سرکاری عمارتوں اور پولیس کی 21 گاڑیوں کو آگ لگا دی۔', ['14:building|burn', '21:vehicle|burn']],
      ['hi: आग लगा दी', 'प्रदर्शनकारियों ने 14 सरकारी इमारतों और पुलिस के 21 वाहनों में आग लगा दी।', ['14:building|burn', '21:vehicle|burn']],
      ['fa: به آتش کشیدند', 'معترضان ۱۴ ساختمان دولتی و ۲۱ خودروی پلیس را به آتش کشیدند.', ['14:building|burn', '21:vehicle|burn']],
      ['en: deployed in provinces', 'The army was deployed in three provinces.', ['3:region|deploy']],
      ['fa: states are provinces', 'ارتش در سه ایالت مستقر شده است.', ['3:region|deploy']],
      ['hi: प्रांतों', 'तीन प्रांतों में सेना तैनात की गई है।', ['3:region|deploy']],
      ['ur: فوج طلب', 'تین صوبوں میں فوج طلب کر لی گئی ہے۔', ['3:region|deploy']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('translations of a protest report: people arrested compared, a fire’s toll of vehicles flagged', () => {
  checkRows(
    [
      [
        'ur and en: arrests agree, vehicles burnt differ',
        [
          'پولیس نے 1900 سے زائد افراد کو گرفتار کر لیا ہے۔ مظاہرین نے پولیس کی 21 گاڑیوں کو آگ لگا دی۔',
          'Police have arrested more than 1,900 people. Protesters set fire to 12 police vehicles.',
        ],
        ['a: 21', 'b: 12'],
      ],
    ],
    flaggedInPair,
  );
});
