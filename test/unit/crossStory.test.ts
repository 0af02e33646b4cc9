/**
 * A folder of many unrelated stories from the same weeks, some told in several languages: Concord
 * warns where one fact has different figures, and says nothing between different stories.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { findingsOf } from '../../server/src/core/index/findings';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { checkRows } from '../support/rows';

/** The files each file's figure-conflict findings link to, per finding. */
function conflictLinks(files: Record<string, string>): Record<string, string[][]> {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  for (const [name, text] of Object.entries(files)) index.set(name, text);
  const out: Record<string, string[][]> = {};
  for (const name of Object.keys(files)) {
    const links = findingsOf(index, name)
      .filter((f) => f.code === 'concord.figure-conflict')
      .map((f) => [...new Set(f.related.map((r) => r.doc))].sort());
    if (links.length > 0) out[name] = links;
  }
  return out;
}

test('a story names its event once: the toll in a later sentence is still that event’s', () => {
  checkRows(
    [
      [
        'a bus accident, a fire, dengue and floods: four tolls, four stories',
        {
          'bus-ur.txt': 'مسافر بس کھائی میں جا گری۔\n\nبس میں سوار 20 افراد جاں بحق ہو گئے۔\n\nحادثہ تیز رفتاری کے باعث پیش آیا۔',
          'fire-en.txt': 'A fire broke out in a garment factory.\n\nNine workers were killed and 14 people were injured.',
          'dengue-ur.txt': 'ڈینگی کے مزید 300 کیسز۔\n\nاب تک 2 افراد جاں بحق ہو چکے ہیں۔',
          'flood-hi.txt': 'बाढ़ से हालात गंभीर बने हुए हैं।\n\nअब तक 15 लोगों की मौत हो चुकी है।',
        },
        {},
      ],
      [
        'the same fire in Urdu with another injured count is still compared',
        {
          'fire-en.txt': 'A fire broke out in a garment factory.\n\nNine workers were killed and 14 people were injured.',
          'fire-ur.txt': 'گارمنٹس فیکٹری میں آگ لگ گئی۔\n\nواقعے میں 9 مزدور ہلاک اور 16 زخمی ہو گئے۔',
          'bus-ur.txt': 'مسافر بس کھائی میں جا گری۔\n\nبس میں سوار 20 افراد جاں بحق اور 30 زخمی ہو گئے۔\n\nحادثہ تیز رفتاری کے باعث پیش آیا۔',
        },
        { 'fire-en.txt': [['fire-ur.txt']], 'fire-ur.txt': [['fire-en.txt']] },
      ],
      [
        'deaths from two diseases are different facts; the same disease in Hindi and Urdu is one',
        {
          'dengue-ur.txt': 'ڈینگی کے مزید کیسز۔\n\nاب تک 2 افراد جاں بحق ہو چکے ہیں۔',
          'covid-hi.txt': 'कोविड के नए मामले।\n\nइस दौरान 3 लोगों की मौत हुई।',
          'covid-ur.txt': 'کورونا کے نئے کیسز۔\n\nاس دوران 4 افراد جاں بحق ہوئے۔',
        },
        { 'covid-hi.txt': [['covid-ur.txt']], 'covid-ur.txt': [['covid-hi.txt']] },
      ],
      [
        'a dateline names the country of the story: Lahore and Mumbai rains are different facts',
        {
          'lahore-en.txt': 'LAHORE, July 2: Heavy rain lashed the city on Tuesday.\n\nTwelve people were killed.',
          'mumbai-en.txt': 'MUMBAI, July 2: Heavy rain lashed the city on Tuesday.\n\nThirty people were killed.',
          'lahore-ur.txt': 'لاہور میں موسلا دھار بارش۔\n\nبارش کے باعث 14 افراد جاں بحق ہو گئے۔',
        },
        { 'lahore-en.txt': [['lahore-ur.txt']], 'lahore-ur.txt': [['lahore-en.txt']] },
      ],
      [
        'the first tranche of a loan in three languages: one differs',
        {
          'imf-en.txt': 'The first tranche of $1.1 billion is expected after approval by the board.',
          'imf-ur.txt': 'بورڈ کی منظوری کے بعد 1 ارب ڈالر کی پہلی قسط ملے گی۔',
          'imf-hi.txt': 'बोर्ड की मंजूरी के बाद 1.1 अरब डॉलर की पहली किस्त जारी की जाएगी।',
        },
        { 'imf-en.txt': [['imf-ur.txt']], 'imf-hi.txt': [['imf-ur.txt']], 'imf-ur.txt': [['imf-en.txt', 'imf-hi.txt']] },
      ],
      [
        'leads dated on different days are two stories (or one on two days); a lead without a date is compared with both',
        {
          'june5-hi.txt': 'असम में बाढ़\n\nगुवाहाटी, 5 जून: बाढ़ से अब तक 15 लोगों की मौत हो चुकी है।',
          'june12-hi.txt': 'असम में बाढ़\n\nगुवाहाटी, 12 जून: बाढ़ से अब तक 30 लोगों की मौत हो चुकी है।',
          'undated-en.txt': 'Floods in Assam.\n\nThe floods have killed 16 people so far.',
        },
        { 'june12-hi.txt': [['undated-en.txt']], 'june5-hi.txt': [['undated-en.txt']], 'undated-en.txt': [['june12-hi.txt', 'june5-hi.txt']] },
      ],
      [
        'a bare rise is compared only between documents sharing another telling figure',
        {
          'food-ur.txt': 'مہنگائی کی شرح 11.8 فیصد رہی۔\n\nاشیائے خورونوش کی قیمتوں میں 2.2 فیصد اضافہ ہوا۔',
          'tax-ur.txt': 'قرض 7 ارب ڈالر کا ہوگا۔\n\nٹیکس کے تناسب میں 1.5 فیصد اضافہ کیا جائے گا۔',
          'oil-en.txt': 'Brent crude rose 2 percent to $82 a barrel.\n\nUS crude rose 1.8 percent to $78.',
          'oil-fa.txt': 'نفت برنت با ۳ درصد افزایش به ۸۲ دلار رسید.\n\nنفت خام آمریکا ۱.۸ درصد افزایش یافت و به ۷۸ دلار رسید.',
        },
        { 'oil-en.txt': [['oil-fa.txt']], 'oil-fa.txt': [['oil-en.txt']] },
      ],
    ],
    conflictLinks,
  );
});

test('outbreaks of a disease are events in every language; a sentence naming none takes its document’s', () => {
  const events = (text: string) => analyzeDocument(text, DEFAULT_OPTIONS).claims.map((c) => [...c.events].sort().join('+'));
  checkRows(
    [
      ['dengue (ur)', 'ڈینگی سے 2 افراد جاں بحق ہو گئے۔', ['dengue']],
      ['covid (hi)', 'कोविड-19 से 3 लोगों की मौत हुई।', ['covid']],
      ['covid (fa)', 'بر اثر کرونا ۵ نفر جان باختند.', ['covid']],
      ['cholera (en)', 'Cholera has killed 40 people.', ['cholera']],
      ['the headline’s event for a later sentence', 'Dengue cases rise.\n\nTwo people died on Monday.', ['dengue']],
      ['the sentence’s own event first', 'Floods and dengue.\n\nThe earthquake killed 5 people.', ['earthquake']],
      ['a story naming no event', 'Five people were killed on Monday.', ['']],
    ],
    events,
  );
});

test('claims of a sentence: the round a figure is told of, the rate it shares, the clause of its predicate', () => {
  const claims = (text: string) => {
    const facts = analyzeDocument(text, DEFAULT_OPTIONS);
    return facts.claims.map((c) => `${facts.figures[c.figure].value} ${c.key} @${c.time}`);
  };
  checkRows(
    [
      ['en: the rate before, the round after; "up from" is the later figure’s', 'Turnout was 49.8 percent, up from 39.9 percent in the first round.', ['49.8 %:turnout|rate @null', '39.9 %:turnout|rate @round:1']],
      ['ur: the round beyond جبکہ is the other clause’s', 'ووٹنگ کی شرح 49.8 فیصد رہی جبکہ پہلے مرحلے میں یہ 40 فیصد تھی۔', ['49.8 %:turnout|rate @null', '40 %:turnout|rate @round:1']],
      ['fa: the round before the rate', 'در دور اول انتخابات میزان مشارکت ۳۹.۹ درصد بود.', ['39.9 %:turnout|rate @round:1']],
      ['a round far from the figure is not its own', 'In the second round of talks held in the capital on Monday, the party won 16 seats.', ['16 seat|win @null']],
      ['a round with a year is part of its time', 'In the first round in 2024 turnout was 41 percent.', ['41 %:turnout|rate @2024#round:1']],
      ['en: a predicate before "and" is its conjunct’s when one follows the figure', 'Nine workers were killed and 14 people were injured.', ['9 worker|kill @null', '14 person|injure @null']],
      ['en: a predicate after "and" is the next conjunct’s when one precedes the figure', 'Landslides have killed at least 14 people and injured 12.', ['14 person|kill @null', '12 person|injure @null']],
      ['ur: the verb ends the clause, so a predicate after اور is still the figure’s', 'اس تقریب میں شرکت کرنے والوں کا شکریہ ادا کیا گیا جس میں تقریباً 40 ممالک اور تنظیموں نے دستخط کیے۔', ['40 country|sign @null']],
      ['en: with none after, the predicate before "and" still holds', 'Pakistan signed 5 agreements and 3 memorandums.', ['5 agreement|sign @null', '3 en:memorandums|sign @null']],
    ],
    claims,
  );
});

test('rounds: two rounds in one document are two facts; across files a round left unsaid is the same time', () => {
  checkRows(
    [
      [
        'one document, two rounds: no inconsistency; a translation giving the first round 40 percent conflicts',
        {
          'fa.txt': 'میزان مشارکت ۴۹.۸ درصد بود.\n\nدر دور اول انتخابات میزان مشارکت ۳۹.۹ درصد اعلام شده بود.',
          'en.txt': 'Turnout was 49.8 percent, up from 39.9 percent in the first round.',
          'ur.txt': 'ووٹنگ کی شرح 49.8 فیصد رہی جبکہ پہلے مرحلے میں یہ 40 فیصد تھی۔',
        },
        { 'fa.txt': [['ur.txt']], 'en.txt': [['ur.txt']], 'ur.txt': [['en.txt', 'fa.txt']] },
      ],
      [
        'a round named in one translation only is still the same fact',
        {
          'ur.txt': 'دوسرے مرحلے میں پزشکیان نے 16.3 ملین ووٹ حاصل کیے۔ جلیلی نے 13.5 ملین ووٹ حاصل کیے۔',
          'en.txt': 'Pezeshkian won 16.3 million votes. Jalili won 13.5 million votes.',
        },
        {},
      ],
    ],
    conflictLinks,
  );
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('fa.txt', 'میزان مشارکت ۴۹.۸ درصد بود.\n\nدر دور اول انتخابات میزان مشارکت ۳۹.۹ درصد اعلام شده بود.');
  assert.deepEqual(findingsOf(index, 'fa.txt').filter((f) => f.code === 'concord.figure-inconsistency'), []);
});
