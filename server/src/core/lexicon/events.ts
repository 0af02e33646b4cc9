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
  },
};
