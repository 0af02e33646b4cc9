import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { spellingKey } from '../../server/src/core/entities/spelling';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { checkRows } from '../support/rows';

/** Built-in mentions of a text as "text id". */
const known = (text: string): string[] =>
  analyzeDocument(`${text}\n`, DEFAULT_OPTIONS).entities.filter((m) => m.id !== null).map((m) => `${m.text} ${m.id}`);

test('Hindi names match in the spellings writers use: ॉ or ा, half nasal or anusvara, with or without virama, ाय or ाइ, spaced, joined or hyphenated', () => {
  checkRows<string, string[]>([
    ['Hong Kong with ॉ and a half nasal', 'हॉन्ग कॉन्ग ने मास्क की सलाह दी।', ['हॉन्ग कॉन्ग region:HK']],
    ['Hong Kong joined', 'हॉन्गकॉन्ग में बारिश हुई।', ['हॉन्गकॉन्ग region:HK']],
    ['Hong Kong as CLDR writes it, joined', 'हांगकांग में बारिश हुई।', ['हांगकांग region:HK']],
    ['Israel with ाय and a nukta', 'इज़रायल ने कहा।', ['इज़रायल region:IL']],
    ['Israel with ाय, no nukta', 'इजरायल ने कहा।', ['इजरायल region:IL']],
    ['Israel with स and no virama', 'इसराइल ने कहा।', ['इसराइल region:IL']],
    ['Israel with a conjunct', 'इस्राइल ने कहा।', ['इस्राइल region:IL']],
    ['Switzerland without the virama', 'जर्मनी और स्विटजरलैंड में', ['जर्मनी region:DE', 'स्विटजरलैंड region:CH']],
    ['Bangkok with ा for ॉ', 'बैंकाक से उड़ान', ['बैंकाक city:bangkok']],
    ['Middle East hyphenated', 'मामले मध्य-पूर्व से आए।', ['मध्य-पूर्व area:middle-east']],
    ['Urdu Hong Kong joined by a hyphen', 'ہانگ-کانگ میں', ['ہانگ-کانگ region:HK']],
    ['Urdu Asia with a closing hamza', 'ایشیاء سے باہر پہلی موت فرانس میں ہوئی۔', ['ایشیاء region:142', 'فرانس region:FR']],
    ['Urdu South Asia with a closing hamza', 'جنوبی ایشیاء میں', ['جنوبی ایشیاء region:034']],
    // Not names: everyday words with the same letters stay unlinked.
    ['ball and hair are no places', 'बॉल और बाल', []],
    ['opinion is no place', 'उनकी राय अलग है।', []],
  ], known);
});

test('spellingKey: one key per spelling family; other scripts and plain words unchanged', () => {
  checkRows<string, string>([
    ['ॉ and a half nasal', 'हॉन्ग', 'हांग'],
    ['anusvara kept', 'हांग', 'हांग'],
    ['ऑ opening a word', 'ऑस्ट्रेलिया', 'आसटरेलिया'],
    ['virama dropped', 'इस्राइल', 'इसराइल'],
    ['ाय before a consonant', 'इजरायल', 'इजराइल'],
    ['ाय before a vowel sign stays', 'मायावती', 'मायावती'],
    ['half म before a labial', 'चैम्पियन', 'चैंपियन'],
    ['a word with none of these', 'भारत', 'भारत'],
    ['Urdu unchanged', 'اسرائیل', 'اسرائیل'],
    ['Latin unchanged', 'israel', 'israel'],
    ['ur: a closing hamza after alef dropped', 'ایشیاء', 'ایشیا'],
    ['ur: a hamza not after alef kept', 'شیء', 'شیء'],
    ['ur: a word without one unchanged', 'ایشیا', 'ایشیا'],
  ], spellingKey);
});

test('everyday phrases and languages named after a country name no place', () => {
  checkRows<string, string[]>([
    ['ur: بے چین is restless', 'وہ بہت بے چین ہے۔', []],
    ['ur: بے چینی is unease', 'سانس لینے میں شدید بے چینی کا سنڈروم', []],
    ['ur: chain reaction', 'پولیمرز چین ردعمل (RT-PCR) کے ذریعے', []],
    ['ur: peace and quiet', 'گاؤں میں چین و سکون ہے۔', []],
    ['fa: wrinkles', 'چین و چروک صورت', []],
    ['ur: the Turkish language', 'وہ ترکی زبان بولتا ہے۔', []],
    ['hi: the Turkish language', 'वह तुर्की भाषा बोलता है।', []],
    ['en: the Turkish language', 'He speaks the Turkey language.', []],
    // China and Turkey themselves are still places.
    ['ur: China', 'چین نے امداد بھیجی۔', ['چین region:CN']],
    ['ur: from China, after بے-less text', 'وہ چین سے آیا۔', ['چین region:CN']],
    ['ur: Turkey', 'ترکی نے سامان بھیجا۔', ['ترکی region:TR']],
    ['hi: Turkey', 'तुर्की ने उपकरण भेजे।', ['तुर्की region:TR']],
    // Persian وین is Vienna; in Urdu وین is a van, and Vienna only after a cue word.
    ['ur: a passenger van', 'مسافر وین الٹ گئی جس میں 12 افراد زخمی ہوئے۔', []],
    ['ur: in the van', 'وین میں سوار تین بچے محفوظ رہے۔', []],
    ['ur: the city of Vienna', 'آسٹریا کے شہر وین میں مذاکرات ہوئے۔', ['آسٹریا region:AT', 'وین city:vienna']],
    ['ur: Vienna as Urdu writes it', 'ویانا میں مذاکرات ہوئے۔', ['ویانا city:vienna']],
    ['fa: Vienna', 'مذاکرات وین ادامه یافت.', ['وین city:vienna']],
  ], known);
});

test('the District of Columbia is Washington, D.C., in every script, and Colombia is still Colombia', () => {
  checkRows<string, string[]>([
    ['en', 'in all 50 states and in the District of Columbia.', ['District of Columbia city:washington']],
    ['ur transliterated', 'ڈسٹرکٹ آف کولمبیا میں', ['ڈسٹرکٹ آف کولمبیا city:washington']],
    ['ur translated', 'ضلع کولمبیا میں وبا', ['ضلع کولمبیا city:washington']],
    ['fa', 'منطقه کلمبیا و شهر نیویورک', ['منطقه کلمبیا city:washington', 'نیویورک city:new-york']],
    ['hi', 'सभी 50 राज्यों और कोलंबिया जिले में', ['कोलंबिया जिले city:washington']],
    ['hi transliterated', 'डिस्ट्रिक्ट ऑफ कोलंबिया और न्यूयॉर्क', ['डिस्ट्रिक्ट ऑफ कोलंबिया city:washington', 'न्यूयॉर्क city:new-york']],
    ['Colombia the country (ur)', 'وه دراصل کولمبیا سے تهے۔', ['کولمبیا region:CO']],
    ['Colombia the country (hi)', 'वास्तव में कोलंबिया से आए थे।', ['कोलंबिया region:CO']],
  ], known);
});
