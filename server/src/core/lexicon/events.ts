/**
 * Events news figures are about (disasters, attacks, elections, outbreaks of a disease), per language, mapped to ids shared across languages: two
 * statements of one claim from sentences naming different events (an earthquake, floods) are
 * different facts. Matched like predicates: phrases whole, single words as word prefixes unless
 * marked '=' (whole word only: '=fire' is not "fired", '=bomb' is not "Bombay").
 */
import type { PredicateTable } from './claimWords';
import type { Lang } from '../types';

/** Event words → event id, by language. */
export const EVENTS: Partial<Record<Lang, PredicateTable>> = {
  en: {
    earthquake: 'earthquake', quake: 'earthquake', tremor: 'earthquake', aftershock: 'earthquake',
    flood: 'flood', 'flash flood': 'flood', floodwaters: 'flood',
    '=storm': 'storm', storms: 'storm', cyclone: 'storm', hurricane: 'storm', typhoon: 'storm',
    landslide: 'landslide', mudslide: 'landslide',
    '=fire': 'fire', '=fires': 'fire', blaze: 'fire', wildfire: 'fire', inferno: 'fire',
    blast: 'attack', explosion: 'attack', bombing: 'attack', bomber: 'attack', '=bomb': 'attack', '=bombs': 'attack', attack: 'attack', ambush: 'attack', '=shooting': 'attack',
    accident: 'accident', '=crash': 'accident', crashed: 'accident', collision: 'accident', derail: 'accident',
    election: 'election', '=polls': 'election', 'by-election': 'election',
    covid: 'covid', coronavirus: 'covid', '=dengue': 'dengue', cholera: 'cholera', malaria: 'malaria', '=polio': 'polio', measles: 'measles',
    heatwave: 'heat', 'heat wave': 'heat', heatstroke: 'heat', 'heat stroke': 'heat', mpox: 'mpox', monkeypox: 'mpox',
  },
  ur: {
    'زلزل': 'earthquake',
    'سیلاب': 'flood',
    'طوفان': 'storm', 'سمندری طوفان': 'storm',
    'لینڈ سلائیڈنگ': 'landslide', 'تودے گرنے': 'landslide',
    'آگ': 'fire', 'آتشزدگی': 'fire', 'آتش زدگی': 'fire',
    'دھماک': 'attack', 'حملہ': 'attack', 'حملے': 'attack', 'حملوں': 'attack',
    'حادث': 'accident', 'تصادم': 'accident',
    'انتخابات': 'election', 'الیکشن': 'election', 'ضمنی انتخاب': 'election',
    'کورونا': 'covid', 'کووڈ': 'covid', 'ڈینگی': 'dengue', 'ہیضہ': 'cholera', 'ہیضے': 'cholera', 'ملیریا': 'malaria', 'پولیو': 'polio', 'خسرہ': 'measles', 'خسرے': 'measles',
    'ہیٹ اسٹروک': 'heat', 'ہیٹ ویو': 'heat', 'گرمی کی لہر': 'heat', 'لو لگنے': 'heat', 'منکی پاکس': 'mpox',
  },
  fa: {
    'زلزله': 'earthquake', 'زمینلرزه': 'earthquake', 'زمین لرزه': 'earthquake',
    '=سیل': 'flood', 'سیلاب': 'flood',
    'طوفان': 'storm', 'گردباد': 'storm',
    'رانش زمین': 'landslide',
    '=آتش': 'fire', 'آتشسوزی': 'fire', 'آتش سوزی': 'fire',
    'انفجار': 'attack', 'حمله': 'attack', 'حملات': 'attack', 'بمبگذاری': 'attack',
    'تصادف': 'accident', 'سانحه': 'accident', 'حادثه': 'accident',
    'انتخابات': 'election',
    'کرونا': 'covid', 'کورونا': 'covid', 'کووید': 'covid', 'دنگی': 'dengue', 'تب دنگی': 'dengue', 'مالاریا': 'malaria', 'فلج اطفال': 'polio', 'سرخک': 'measles',
    // In Persian وبا is cholera (in Urdu any epidemic).
    '=وبا': 'cholera', 'گرمازدگی': 'heat', 'موج گرما': 'heat', 'آبله میمون': 'mpox', 'ام‌پاکس': 'mpox',
  },
  hi: {
    'भूकंप': 'earthquake', 'भूकम्प': 'earthquake',
    'बाढ': 'flood',
    'तूफान': 'storm', 'चक्रवात': 'storm', 'आंधी': 'storm',
    'भूस्खलन': 'landslide',
    '=आग': 'fire', 'आगजनी': 'fire',
    'विस्फोट': 'attack', 'धमाक': 'attack', 'हमल': 'attack',
    'दुर्घटना': 'accident', 'हादस': 'accident',
    'चुनाव': 'election', 'उपचुनाव': 'election',
    'कोविड': 'covid', 'कोरोना': 'covid', 'डेंगू': 'dengue', 'हैजा': 'cholera', 'हैजे': 'cholera', 'मलेरिया': 'malaria', 'पोलियो': 'polio', 'खसरा': 'measles', 'खसरे': 'measles',
    'हीटवेव': 'heat', 'हीट वेव': 'heat', 'हीट स्ट्रोक': 'heat', 'लू लगने': 'heat', 'मंकीपॉक्स': 'mpox',
  },
};

/**
 * Rounds and phases of an event (an election's first round, a match's second innings), per
 * language, mapped to shared ids: a figure told of one round is another fact than one of another
 * round or of the whole, as a figure of 2019 is another than one of 2024. Phrases only.
 */
export const ROUNDS: Partial<Record<Lang, PredicateTable>> = {
  en: {
    'first round': 'round:1', 'second round': 'round:2', 'third round': 'round:3', 'final round': 'round:final',
    'first phase': 'round:1', 'second phase': 'round:2', 'third phase': 'round:3', 'fourth phase': 'round:4', 'fifth phase': 'round:5', 'sixth phase': 'round:6', 'seventh phase': 'round:7',
    'phase one': 'round:1', 'phase two': 'round:2', 'phase three': 'round:3', 'first innings': 'round:1', 'second innings': 'round:2', 'first leg': 'round:1', 'second leg': 'round:2',
  },
  ur: {
    'پہلے مرحلے': 'round:1', 'پہلا مرحلہ': 'round:1', 'پہلے راؤنڈ': 'round:1', 'پہلا راؤنڈ': 'round:1',
    'دوسرے مرحلے': 'round:2', 'دوسرا مرحلہ': 'round:2', 'دوسرے راؤنڈ': 'round:2', 'دوسرا راؤنڈ': 'round:2',
    'تیسرے مرحلے': 'round:3', 'تیسرا مرحلہ': 'round:3', 'پہلی اننگز': 'round:1', 'دوسری اننگز': 'round:2',
  },
  fa: {
    'دور اول': 'round:1', 'دور نخست': 'round:1', 'دور دوم': 'round:2', 'دور سوم': 'round:3',
    'مرحله اول': 'round:1', 'مرحله نخست': 'round:1', 'مرحله دوم': 'round:2', 'مرحله سوم': 'round:3',
  },
  hi: {
    'पहले चरण': 'round:1', 'पहला चरण': 'round:1', 'दूसरे चरण': 'round:2', 'दूसरा चरण': 'round:2', 'तीसरे चरण': 'round:3', 'तीसरा चरण': 'round:3',
    'चौथे चरण': 'round:4', 'पांचवें चरण': 'round:5', 'छठे चरण': 'round:6', 'सातवें चरण': 'round:7',
    'पहले दौर': 'round:1', 'दूसरे दौर': 'round:2', 'पहली पारी': 'round:1', 'दूसरी पारी': 'round:2',
  },
};
