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
import { conflictLinks } from '../support/claims';

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
      [
        'figures of two months against a file naming none are weighed together, as figures without a time are',
        {
          'months-ur.txt': 'مہنگائی کی شرح۔\n\nجون میں مہنگائی کی شرح 12.6 فیصد ریکارڈ کی گئی جو مئی میں 11.8 فیصد تھی۔',
          'peak-ur.txt': 'مہنگائی کی شرح۔\n\nمہنگائی کی شرح 38 فیصد کی بلند ترین سطح سے کم ہو کر 0.3 فیصد پر آ گئی ہے۔',
        },
        {},
      ],
      [
        'a cricket and a football report are two stories; the same cricket match in Urdu is compared',
        {
          'cricket-en.txt': 'Hosts win series.\n\nThe hosts beat the visitors by six wickets to win the five-match series.',
          'football-en.txt': 'Leaders stay top.\n\nThe leaders have now won 12 of their 16 matches in the Premier League.',
          'cricket-ur.txt': 'میزبان ٹیم نے سیریز جیت لی۔\n\nمیزبان ٹیم نے مہمانوں کو چھ وکٹوں سے شکست دے کر چار میچوں کی سیریز جیت لی۔',
        },
        { 'cricket-en.txt': [['cricket-ur.txt']], 'cricket-ur.txt': [['cricket-en.txt']] },
      ],
    ],
    conflictLinks,
  );
});

test('places below a country and the years of a lead tell look-alike stories apart; translations still meet', () => {
  checkRows(
    [
      [
        'floods in two provinces of one country are two stories; the same flood in Urdu is compared',
        {
          'sindh-en.txt': 'KARACHI, August 28, 2022: Floods have killed 120 people in Sindh this week.\n\nMore than 300,000 houses were damaged.',
          'sindh-ur.txt': 'کراچی: سندھ میں سیلاب سے اس ہفتے 125 افراد جاں بحق ہو گئے۔\n\n3 لاکھ سے زائد مکانات کو نقصان پہنچا۔',
          'kp-ur.txt': 'پشاور: خیبر پختونخوا میں سیلاب سے 45 افراد جاں بحق ہو گئے۔\n\n1200 مکانات کو نقصان پہنچا۔',
        },
        { 'sindh-en.txt': [['sindh-ur.txt']], 'sindh-ur.txt': [['sindh-en.txt']] },
      ],
      [
        'a state names its country: floods in Assam and in Sindh are two stories',
        {
          'assam-hi.txt': 'असम में बाढ़ से अब तक 52 लोगों की मौत हो चुकी है।',
          'sindh-ur.txt': 'سندھ میں سیلاب سے 120 افراد جاں بحق ہو گئے۔',
        },
        {},
      ],
      [
        'Persian سند alone is a document, not Sindh: a signing in Hanoi is compared across languages',
        {
          'hanoi-fa.txt': 'نشست هانوی\n\nاین سند توسط ۶۵ کشور امضا شد.',
          'hanoi-en.txt': 'Hanoi meeting\n\nThe convention was signed by 72 countries.',
        },
        { 'hanoi-fa.txt': [['hanoi-en.txt']], 'hanoi-en.txt': [['hanoi-fa.txt']] },
      ],
      [
        'fires in two cities of one country are two stories',
        {
          'lahore-ur.txt': 'لاہور کے ہسپتال میں آگ لگنے سے 7 افراد جاں بحق اور 10 زخمی ہو گئے۔',
          'karachi-en.txt': 'A fire at a shopping mall in Karachi killed 11 people and injured 22.',
        },
        {},
      ],
      [
        'earthquakes of two years in one country: the lead’s years part them, a dateline’s or a month’s alike',
        {
          'bam-en.txt': 'Bam remembers\n\nTwenty years after the 2003 earthquake, the city has been rebuilt.\n\nThe earthquake killed 26,000 people.',
          'west-en.txt': 'Earthquake in Iran\n\nTEHRAN, November 13, 2017: A strong earthquake struck western Iran.\n\nThe earthquake killed 530 people.',
          'west-ur.txt': 'ایران میں زلزلہ\n\nنومبر 2017 میں مغربی ایران میں شدید زلزلہ آیا۔\n\nزلزلے سے 540 افراد جاں بحق ہو گئے۔',
        },
        { 'west-en.txt': [['west-ur.txt']], 'west-ur.txt': [['west-en.txt']] },
      ],
      [
        'budgets of two fiscal years are two stories, dated or not',
        {
          'fy25-en.txt': 'Budget 2024-25\n\nISLAMABAD, June 12, 2024: Rs2.1 trillion has been allocated for defence.',
          'fy25-ur.txt': 'بجٹ 2024-25\n\nاسلام آباد: دفاع کے لیے 2.2 ٹریلین روپے مختص کیے گئے ہیں۔',
          'fy24-en.txt': 'Budget 2023-24\n\nISLAMABAD, June 9, 2023: Rs1.8 trillion has been allocated for defence.',
        },
        { 'fy25-en.txt': [['fy25-ur.txt']], 'fy25-ur.txt': [['fy25-en.txt']] },
      ],
      [
        'growth of two fiscal years written FY25 and FY24 is two facts; FY25 and 2024-25 are one year',
        {
          'fy25-a.txt': 'The economy grew 2.7pc in FY25, the finance ministry said.',
          'fy24-b.txt': 'The economy grew 2.4pc in FY24, the finance ministry said.',
          'fy25-ur.txt': 'وزارت خزانہ کے مطابق مالی سال 2024-25 میں معیشت 2.9 فیصد بڑھی۔',
        },
        { 'fy25-a.txt': [['fy25-ur.txt']], 'fy25-ur.txt': [['fy25-a.txt']] },
      ],
      [
        'a day a toll is counted since dates no story: a dated report and one counting since that day are compared',
        {
          'gaza-en.txt': 'CAIRO, Nov 20, 2024: Israeli strikes have killed 44,056 Palestinians in Gaza, the health ministry said.',
          'gaza-ur.txt': 'غزہ کی وزارت صحت کے مطابق 7 اکتوبر 2023 سے اب تک اسرائیلی حملوں میں 44 ہزار 65 فلسطینی جاں بحق ہو چکے ہیں۔',
        },
        { 'gaza-en.txt': [['gaza-ur.txt']], 'gaza-ur.txt': [['gaza-en.txt']] },
      ],
    ],
    conflictLinks,
  );
});

test('documents stating the same claims with other values, and sharing none, tell two stories', () => {
  checkRows(
    [
      [
        'two elections: seats won, seats in all and turnout all differ; the same election in Urdu differs in turnout only',
        {
          'a-en.txt': 'The party won 240 of the 543 seats.\n\nTurnout was 65.8 percent.',
          'a-ur.txt': 'پارٹی نے 543 میں سے 240 نشستیں جیتیں۔\n\nووٹنگ کی شرح 66.1 فیصد رہی۔',
          'b-hi.txt': 'पार्टी ने 90 में से 48 सीटें जीतीं।\n\nमतदान 67.9 प्रतिशत रहा।',
        },
        { 'a-en.txt': [['a-ur.txt']], 'a-ur.txt': [['a-en.txt']] },
      ],
      [
        'two loans: the amount and the first tranche differ, the board and the country too',
        {
          'loan-2023.txt': 'The board approved a $3 billion loan.\n\nThe first tranche of $1.2 billion will be released at once.\n\nThe loan carries an interest rate of 5 percent.',
          'loan-2024.txt': 'The board approved a $7 billion loan.\n\nThe first tranche of $1.1 billion will be released at once.\n\nThe loan carries an interest rate of 6 percent.',
        },
        {},
      ],
      [
        'two earthquakes: the injured three times apart or more; the same earthquake in Persian and Urdu differs in its toll only',
        {
          'quake-a.txt': 'The earthquake killed 26,000 people and injured 30,000.',
          'quake-b-fa.txt': 'در این زلزله ۵۳۰ نفر جان باختند و ۸ هزار نفر زخمی شدند.',
          'quake-b-ur.txt': 'زلزلے سے 540 افراد جاں بحق اور 8 ہزار زخمی ہو گئے۔',
        },
        { 'quake-b-fa.txt': [['quake-b-ur.txt']], 'quake-b-ur.txt': [['quake-b-fa.txt']] },
      ],
      [
        'a translation told differently twice, agreeing on nothing else, is still compared',
        {
          'storm-en.txt': 'The storm killed 50 people and injured 120.',
          'storm-ur.txt': 'طوفان سے 60 افراد ہلاک اور 130 زخمی ہو گئے۔',
        },
        { 'storm-en.txt': [['storm-ur.txt'], ['storm-ur.txt']], 'storm-ur.txt': [['storm-en.txt'], ['storm-en.txt']] },
      ],
    ],
    conflictLinks,
  );
});

test('an edit that makes two documents tell two stories re-publishes the other', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('a.txt', 'The earthquake killed 120 people and injured 300.');
  index.set('b.txt', 'زلزلے سے 130 افراد ہلاک اور 300 زخمی ہو گئے۔');
  const warned = (k: string) =>
    findingsOf(index, k)
      .filter((f) => f.code === 'concord.figure-conflict')
      .map((f) => /\((person, \w+)\)/.exec(f.message)![1]);
  assert.deepEqual([warned('a.txt'), warned('b.txt')], [['person, kill'], ['person, kill']], 'one story: the toll differs, the injured agree');
  const affected = index.set('a.txt', 'The earthquake killed 120 people and injured 3,000.');
  assert.ok(affected.has('b.txt'), 'the other document is re-published');
  // The injured ten times apart tell the tolls apart; the injured themselves are still compared (the toll is close).
  assert.deepEqual(warned('b.txt'), ['person, injure']);
  // While typing, the edited file keeps its comparison of the toll it did not edit (see ClaimIndex.storyGeneration);
  // once typing settles it catches up, as a fresh check would.
  assert.deepEqual(warned('a.txt'), ['person, kill', 'person, injure']);
  index.settleStory('a.txt');
  assert.deepEqual(warned('a.txt'), ['person, injure']);
  index.set('b.txt', 'زلزلے سے 130 افراد ہلاک اور 310 زخمی ہو گئے۔');
  assert.deepEqual([warned('a.txt'), warned('b.txt')], [['person, injure'], ['person, injure']]);
});

test('occasions of one kind at two scopes are two facts: a general and a state election, a federal and a provincial budget', () => {
  checkRows(
    [
      [
        'seats won in the general election (ur) and in a state election (hi, en): the state election’s translations meet',
        {
          'general-ur.txt': 'بھارت کے عام انتخابات میں بی جے پی نے 240 نشستیں جیتیں۔',
          'state-hi.txt': 'विधानसभा चुनाव में भाजपा ने 132 सीटें जीतीं।',
          'state-en.txt': 'The BJP won 130 seats in the assembly election.',
        },
        { 'state-hi.txt': [['state-en.txt']], 'state-en.txt': [['state-hi.txt']] },
      ],
      [
        'turnout of a presidential election (fa, en) and of a state election (en)',
        {
          'pres-fa.txt': 'میزان مشارکت در انتخابات ریاست جمهوری ۴۹.۸ درصد بود.',
          'pres-en.txt': 'Turnout in the presidential election was 49.7 percent.',
          'state-en.txt': 'Turnout in the assembly election was 60.8 percent.',
        },
        { 'pres-fa.txt': [['pres-en.txt']], 'pres-en.txt': [['pres-fa.txt']] },
      ],
      [
        'turnout of a presidential election (ur) and of a parliamentary one (fa, en): only the parliamentary one’s tellings meet',
        {
          'pres-ur.txt': 'صدارتی انتخابات میں ٹرن آؤٹ 49.8 فیصد رہا۔',
          'parl-fa.txt': 'میزان مشارکت در انتخابات پارلمانی ۶۱ درصد بود.',
          'parl-en.txt': 'Turnout for the House of Representatives was 63 percent.',
        },
        { 'parl-fa.txt': [['parl-en.txt']], 'parl-en.txt': [['parl-fa.txt']] },
      ],
      [
        'a federal and a provincial budget; the federal one in two languages',
        {
          'federal-ur.txt': 'وفاقی بجٹ میں دفاع کے لیے 2.1 ٹریلین روپے مختص کیے گئے ہیں۔',
          'federal-en.txt': "Pakistan's federal budget has allocated Rs2.2 trillion for defence.",
          'provincial-en.txt': "Pakistan's provincial budget has allocated Rs1.2 trillion for development.",
        },
        { 'federal-ur.txt': [['federal-en.txt']], 'federal-en.txt': [['federal-ur.txt']] },
      ],
    ],
    conflictLinks,
  );
  const events = (text: string) => analyzeDocument(text, DEFAULT_OPTIONS).claims.map((c) => [...c.events].sort().join('+'));
  checkRows(
    [
      ['en: a general election', 'The party won 240 seats in the general election.', ['election+scope:national']],
      ['hi: a state assembly', 'विधानसभा चुनाव में पार्टी ने 48 सीटें जीतीं।', ['election+scope:state']],
      ['ur: a by-election', 'ضمنی انتخاب میں ٹرن آؤٹ 30 فیصد رہا۔', ['election+scope:by']],
      ['fa: a general election', 'در انتخابات سراسری ۶۵ درصد مردم رای دادند.', ['election+scope:national']],
      ['hi: a presidential election is an occasion of its own', 'राष्ट्रपति चुनाव में 60 प्रतिशत मतदान हुआ।', ['election+scope:president']],
      ['en: a presidential runoff', 'The candidate won 16 million votes in the presidential runoff.', ['election+scope:president']],
    ],
    events,
  );
});

test('a heatwave and heavy rain in one city are two stories; rain and the floods it brings are one', () => {
  checkRows(
    [
      [
        'deaths in a heatwave (ur) and in rain (en, ur) and floods (en) in Karachi',
        {
          'heat-ur.txt': 'کراچی میں شدید گرمی سے 20 افراد جاں بحق ہو گئے۔',
          'rain-en.txt': 'Heavy rain killed 9 people in Karachi.',
          'rain-ur.txt': 'کراچی میں بارش سے 7 افراد جاں بحق ہو گئے۔',
          'flood-en.txt': 'Floods killed 9 people in Karachi.',
        },
        { 'rain-en.txt': [['rain-ur.txt']], 'rain-ur.txt': [['flood-en.txt', 'rain-en.txt']], 'flood-en.txt': [['rain-ur.txt']] },
      ],
      [
        'deaths in a heatwave in Hindi and English are compared, not with a rain toll',
        {
          'heat-hi.txt': 'दिल्ली में लू से 5 लोगों की मौत हो गई।',
          'heat-en.txt': 'The heatwave has killed 6 people in Delhi.',
          'rain-hi.txt': 'दिल्ली में भारी बारिश से 11 लोगों की मौत हो गई।',
        },
        { 'heat-hi.txt': [['heat-en.txt']], 'heat-en.txt': [['heat-hi.txt']] },
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
      ['en: with none after, the predicate before "and" still holds', 'Pakistan signed 5 agreements and 3 memorandums.', ['5 agreement|sign @null', '3 memorandum|sign @null']],
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
