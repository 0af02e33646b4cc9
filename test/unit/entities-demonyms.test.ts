import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { entityHover } from '../../server/src/core/features/entityHover';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { entitySpelling } from '../../server/src/core/rules/entitySpelling';
import { checkRows } from '../support/rows';

/** Built-in place mentions of a text as "text id", with " adjective" for a country's adjective. */
const places = (text: string): string[] =>
  analyzeDocument(`${text}\n`, DEFAULT_OPTIONS).entities.filter((m) => m.type === 'place' && m.id !== null).map((m) => `${m.text} ${m.id}${m.adjective ? ' adjective' : ''}`);

test('a country\'s adjective or demonym is an adjective mention of the country, made by each language\'s endings or listed as irregular', () => {
  checkRows<string, string[]>([
    ['ur ـی', 'روسی امداد کا 80% بیکار تھا۔', ['روسی region:RU adjective']],
    ['ur ـی before a noun', 'ایرانی حکومت وائرس سے متاثر ہے۔', ['ایرانی region:IR adjective']],
    ['ur ـی of a name ending ہ', 'امریکی صدر ٹرمپ نے فیصلہ کیا۔', ['امریکی region:US adjective']],
    ['ur ـی of Vietnam and Belarus', 'ویتنامی حکام اور بیلاروسی وزیر داخلہ نے ملاقات کی۔', ['ویتنامی region:VN adjective', 'بیلاروسی region:BY adjective']],
    ['ur plural ـیوں', 'ہزاروں پاکستانیوں کو واپس لایا گیا۔', ['پاکستانیوں region:PK adjective']],
    ['ur irregular', 'برطانوی حکومت نے کہا۔', ['برطانوی region:GB adjective']],
    ['fa ـی after a noun', 'مقامات آمریکایی و دولت ایران', ['آمریکایی region:US adjective', 'ایران region:IR']],
    ['fa ـی of a name ending ه', 'کمک‌های روسی به ایتالیا رسید.', ['روسی region:RU adjective', 'ایتالیا region:IT']],
    ['fa plural ـان', 'ایرانیان خارج از کشور', ['ایرانیان region:IR adjective']],
    ['hi ी of a name ending ा', 'अमेरिकी राष्ट्रपति ट्रंप ने कहा।', ['अमेरिकी region:US adjective']],
    ['hi ी and plural ियों', 'ईरानी नागरिक और ईरानियों की मदद', ['ईरानी region:IR adjective', 'ईरानियों region:IR adjective']],
    ['hi ाई', 'श्रीलंकाई सरकार ने कहा।', ['श्रीलंकाई region:LK adjective']],
    ['hi irregular', 'इतालवी प्रधानमंत्री से बात की।', ['इतालवी region:IT adjective']],
    ['en -i', 'Pakistani officials said so.', ['Pakistani region:PK adjective']],
    ['en irregular', 'The Chinese government launched a campaign.', ['Chinese region:CN adjective']],
    ['en -n of a name of two words, plural', 'Test results cleared all the South Africans on board.', ['South Africans region:ZA adjective']],
    ['en -ian and a title after it', 'Russian President Vladimir Putin arranged it.', ['Russian region:RU adjective']],
    ['the name itself is no adjective', 'Iran and ایران and ईरान', ['Iran region:IR', 'ایران region:IR', 'ईरान region:IR']],
    // Continents and regions of the world alike.
    ['en continents and regions', 'European countries and Asian markets fell; Latin American and South Asian leaders spoke.',
      ['European region:150 adjective', 'Asian region:142 adjective', 'Latin American region:419 adjective', 'South Asian region:034 adjective']],
    ['ur, fa, hi continents', 'یورپی ممالک اور افریقی منڈیاں۔\nکشورهای اروپایی و بازارهای آسیایی.\nयूरोपीय देशों और अफ्रीकी बाजारों में।',
      ['یورپی region:150 adjective', 'افریقی region:002 adjective', 'اروپایی region:150 adjective', 'آسیایی region:142 adjective', 'यूरोपीय region:150 adjective', 'अफ्रीकी region:002 adjective']],
  ], places);
});

test('false friends, languages, currencies and longer names: no adjective mention', () => {
  checkRows<string, string[]>([
    ['ur چینی is sugar', 'چینی کی قیمت بڑھ گئی۔', []],
    ['ur چینی beside a noun of state is Chinese', 'چینی حکومت نے کہا۔', ['چینی region:CN adjective']],
    ['ur بے چینی is unease', 'سانس لینے میں شدید بے چینی کا سنڈروم', []],
    ['hi चीनी is sugar', 'चीनी की कीमत बढ़ गई।', []],
    ['hi चीनी beside a noun of state is Chinese', 'चीनी सरकार ने कहा।', ['चीनी region:CN adjective']],
    ['fa چینی is porcelain', 'ظروف چینی شکست.', []],
    ['fa چینی after authorities is Chinese', 'مقامات چینی اعلام کردند.', ['چینی region:CN adjective']],
    ['fa انگلیسی is the English language', 'او به انگلیسی صحبت کرد.', []],
    ['fa ترکی is the Turkish language', 'او به زبان ترکی صحبت کرد.', []],
    ['ur the Turkish language', 'وہ ترکی زبان بولتا ہے۔', []],
    ['hi the German language', 'वह जर्मन भाषा सीखता है।', []],
    ['en the Turkish language', 'He speaks the Turkish language.', []],
    ['ur US dollar is a currency', '10.5 ٹریلین امریکی ڈالر تک', []],
    ['hi US dollar is a currency', '50 बिलियन अमेरिकी डॉलर की निधि', []],
    ['fa US dollar is a currency', 'پنجاه میلیارد دلار آمریکایی', []],
    ['hi भारती is a name, not the adjective', 'भारती ने कहा।', []],
    ['en lower case', 'he ate chinese food', []],
    ['en an adjective opening a longer name', 'The Italian Radiological Society is compiling a database.', []],
    ['en, ur: a continent\'s union is a body', 'The African Union and the European Union met.\nافریقی اتحاد اور یورپی یونین', []],
  ], places);
});

test('a country\'s adjective opens the name of a body after it, not a head word written first', () => {
  const all = (text: string): string[] => analyzeDocument(`${text}\n`, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text}${m.adjective ? ' adjective' : ''}`);
  checkRows<string, string[]>([
    ['ur: Russia\'s interior ministry', 'روسی وزارت داخلہ کے شعبہ جرائم کے سربراہ', ['organisation روسی وزارت داخلہ']],
    ['hi: the US defence ministry', 'अमेरिकी रक्षा मंत्रालय ने कहा।', ['organisation अमेरिकी रक्षा मंत्रालय']],
    ['ur: a minister is a title, the adjective stays', 'بیلاروسی وزیر داخلہ ایوان کوبراکوف نے کہا۔', ['place بیلاروسی adjective', 'person ایوان کوبراکوف']],
    ['en: the body\'s name in Latin letters takes it', 'The Chinese Ministry of Foreign Affairs announced it.', ['organisation Chinese Ministry of Foreign Affairs']],
  ], all);
});

test('an adjective joins its country\'s entity, the hover says so, and it is no misspelling of the name', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('a.txt', 'ایران نے کہا۔ ایرانی حکومت نے بھی کہا۔ ایرانی حکام خاموش رہے۔ ایران کے صدر نے بات کی۔\n');
  const mentions = index.entities.mentionsIn('a.txt').map((h) => [h.mention.text, h.entity.id, h.mention.adjective === true]);
  assert.deepEqual(mentions, [['ایران', 'region:IR', false], ['ایرانی', 'region:IR', true], ['ایرانی', 'region:IR', true], ['ایران', 'region:IR', false]]);
  const text = index.get('a.txt')!.text;
  const hover = entityHover(index, 'a.txt', text.indexOf('ایرانی') + 1, (d) => d)!.markdown;
  assert.match(hover, /ایرانی.{0,3} is its adjective/u);
  assert.match(hover, /ایرانی.{0,3} \(adjective\) ×2/u);
  assert.deepEqual(entitySpelling(index, 'a.txt', (d) => d), []);
});
