/**
 * Country adjectives and demonyms (روسی, ईरानी, Pakistani, Chinese): most are made from a
 * country's name by its language's regular endings (entities/demonyms.ts); this table holds the
 * irregular ones, the regular-looking words that are something else, and the words that are a
 * country's adjective only beside a noun of people or state (چینی is also "sugar" and "porcelain",
 * चीनी "sugar", मिस्री "sugar candy", Persian هندی and انگلیسی also the Hindi and English languages).
 */
import type { Lang } from '../../types';

/** Irregular adjectives and demonyms per region code and language (regular ones are generated). */
export const IRREGULAR_ADJECTIVES: Readonly<Record<string, Partial<Record<Lang, readonly string[]>>>> = {
  CN: { en: ['Chinese'] },
  KR: { en: ['Korean', 'Koreans'] },
  GB: { en: ['British', 'Briton', 'Britons'], ur: ['برطانوی'], fa: ['انگلیسی', 'انگلیسیها'], hi: ['ब्रिटिश'] },
  US: { ur: ['امریکن'], hi: ['अमेरिकन'] },
  IN: { fa: ['هندی', 'هندیها'], hi: ['भारतीय', 'भारतीयों'] },
  FR: { en: ['French', 'Frenchman', 'Frenchmen'], ur: ['فرانسیسی'], fa: ['فرانسوی', 'فرانسویها'], hi: ['फ्रांसीसी', 'फ्रेंच'] },
  DE: { en: ['German', 'Germans'], ur: ['جرمن'], hi: ['जर्मन'] },
  IT: { ur: ['اطالوی'], hi: ['इतालवी'] },
  NL: { en: ['Dutch'], ur: ['ڈچ'], hi: ['डच'] },
  CH: { en: ['Swiss'], fa: ['سوئیسی'] },
  TR: { en: ['Turkish'], fa: ['ترکیهای'] },
  CA: { en: ['Canadian', 'Canadians'], ur: ['کینیڈین'], hi: ['कनेडियन', 'कैनेडियन'] },
  AU: { ur: ['آسٹریلوی', 'آسٹریلین'] },
  AF: { en: ['Afghan', 'Afghans'], ur: ['افغان', 'افغانی'], fa: ['افغان', 'افغانها'], hi: ['अफगान', 'अफगानी'] },
  SA: { en: ['Saudi', 'Saudis'], ur: ['سعودی'], fa: ['سعودی'], hi: ['सऊदी'] },
  AE: { en: ['Emirati', 'Emiratis'], ur: ['اماراتی'], fa: ['اماراتی'], hi: ['अमीराती'] },
  PH: { en: ['Filipino', 'Filipinos', 'Philippine'], hi: ['फिलिपिनो'] },
  TH: { en: ['Thai', 'Thais'] },
  HR: { en: ['Croatian', 'Croat', 'Croats'], fa: ['کروات'], ur: ['کروشین'], hi: ['क्रोएशियाई'] },
  ES: { en: ['Spanish', 'Spaniard', 'Spaniards'], ur: ['ہسپانوی'], hi: ['स्पेनिश'] },
  GR: { en: ['Greek', 'Greeks'] },
  PL: { en: ['Polish'] },
  SE: { en: ['Swedish'] },
  DK: { en: ['Danish'] },
  FI: { en: ['Finnish'] },
  NO: { en: ['Norwegian', 'Norwegians'] },
  IE: { en: ['Irish'] },
  PT: { en: ['Portuguese'] },
  NZ: { en: ['New Zealander', 'New Zealanders'] },
  BE: { en: ['Belgian', 'Belgians'] },
  LB: { en: ['Lebanese'] },
  MM: { en: ['Burmese'] },
  CZ: { en: ['Czech'] },
  SK: { en: ['Slovak'] },
  JO: { en: ['Jordanian', 'Jordanians'] },
  MX: { en: ['Mexican', 'Mexicans'] },
  PE: { en: ['Peruvian', 'Peruvians'] },
  AR: { en: ['Argentine', 'Argentinian', 'Argentinians'] },
  CL: { en: ['Chilean', 'Chileans'] },
  MA: { en: ['Moroccan', 'Moroccans'] },
  DO: { en: ['Dominican', 'Dominicans'] },
  UA: { en: ['Ukrainian', 'Ukrainians'] },
  PS: { en: ['Palestinian', 'Palestinians'] },
  BD: { en: ['Bengali'] },
  // Europe: the regular endings make no European, यूरोपीय.
  '150': { en: ['European', 'Europeans'], ur: ['یورپین'], hi: ['यूरोपीय', 'यूरोपियन'] },
};

/** Words the regular endings make that are other words, never linked: भारती (a given name; Indian is भारतीय), Persian ترکی (the Turkish language; Turkey's adjective is ترکیه‌ای). */
export const NOT_ADJECTIVES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  hi: ['भारती'],
  fa: ['ترکی'],
};

/** Adjectives that are also everyday words: a country's adjective only beside a noun of `NATION_NOUNS` (چینی حکومت, مقامات چینی, चीनी सरकार; not چینی کی قیمت "the price of sugar"). */
export const FALSE_FRIEND_ADJECTIVES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  ur: ['چینی'],
  fa: ['چینی', 'هندی', 'انگلیسی'],
  hi: ['चीनी', 'मिस्री'],
};

/** Nouns of people and of the state a country's adjective qualifies (Urdu and Hindi write the adjective before them, Persian after). */
export const NATION_NOUNS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  ur: [
    'حکومت', 'حکام', 'عہدیداران', 'عہدیدار', 'عہدیداروں', 'شہری', 'شہریوں', 'باشندے', 'باشندوں', 'سیاح', 'سیاحوں', 'طلبہ', 'طلباء',
    'محققین', 'ماہرین', 'سائنسدانوں', 'وزارت', 'صدر', 'وزیر', 'وزیراعظم', 'کمپنی', 'کمپنیوں', 'کمپنیاں', 'فوج', 'افواج', 'فوجی',
    'سفارت', 'سفارتخانے', 'سفیر', 'ترجمان', 'میڈیا', 'عوام', 'لوگ', 'لوگوں', 'طب', 'صدارتی', 'کمیونسٹ', 'ہم منصب',
  ],
  fa: [
    'دولت', 'مقامات', 'مقام', 'مسئولان', 'محققان', 'پژوهشگران', 'دانشمندان', 'گردشگر', 'گردشگران', 'دانشجویان', 'دانشجو', 'شهروندان',
    'شهروند', 'فرد', 'افراد', 'مردم', 'شرکت', 'شرکتهای', 'سفارت', 'سفیر', 'ارتش', 'رئیس', 'وزیر', 'وزارت', 'رسانه', 'رسانههای', 'طب',
    'سخنگوی', 'نیروهای', 'همتای', 'کارشناسان', 'پزشکان',
  ],
  hi: [
    'सरकार', 'अधिकारी', 'अधिकारियों', 'नागरिक', 'नागरिकों', 'लोग', 'लोगों', 'कंपनी', 'कंपनियों', 'मीडिया', 'दूतावास', 'राष्ट्रपति',
    'प्रधानमंत्री', 'विदेश', 'सेना', 'पर्यटक', 'पर्यटकों', 'शोधकर्ताओं', 'शोधकर्ता', 'वैज्ञानिकों', 'छात्र', 'छात्रों', 'प्रशासन', 'राजदूत',
    'प्रवक्ता', 'चिकित्सा', 'प्राधिकरण', 'कम्युनिस्ट', 'समकक्ष', 'विशेषज्ञों',
  ],
};

/** The word "language": a country's adjective beside it is the language (ترکی زبان, زبان چینی, जर्मन भाषा, the Turkish language), no mention. */
export const LANGUAGE_WORDS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  ur: ['زبان', 'زبانوں'],
  fa: ['زبان', 'زبانهای'],
  hi: ['भाषा', 'भाषाओं'],
  en: ['language', 'languages'],
};

/** Currency words: a country's adjective beside one names the currency (امریکی ڈالر, अमेरिकी डॉलर, دلار آمریکایی), no mention of the country. */
export const CURRENCY_WORDS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  ur: ['ڈالر', 'ڈالرز', 'روپے', 'روپیہ', 'روپیے', 'یوآن', 'ین', 'یورو', 'پاؤنڈ', 'ریال', 'درہم', 'دینار', 'روبل'],
  fa: ['دلار', 'دالر', 'ریال', 'یوآن', 'ین', 'یورو', 'پوند', 'روپیه', 'درهم', 'دینار', 'روبل'],
  hi: ['डॉलर', 'रुपये', 'रुपया', 'रुपए', 'युआन', 'येन', 'यूरो', 'पाउंड', 'रियाल', 'दिरहम', 'दीनार', 'रूबल'],
  en: ['dollar', 'dollars', 'rupee', 'rupees', 'yuan', 'yen', 'euro', 'euros', 'pound', 'pounds', 'riyal', 'rial', 'dirham', 'dinar', 'dinars', 'rouble', 'roubles', 'ruble', 'rubles'],
};
