/**
 * Titles written abbreviated with a point before a name, in every script the corpus uses: the
 * point ends no sentence (Dr. Khan, Prof. Rao, डॉ. हर्षवर्धन, प्रो. शर्मा). Folded and lower-cased,
 * as tokens are.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English
  'dr', 'mr', 'mrs', 'ms', 'messrs', 'prof', 'gen', 'lt', 'col', 'capt', 'maj', 'sgt', 'cmdr', 'adm',
  'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'st', 'mt', 'supt', 'insp', 'adv', 'er', 'smt', 'shri',
  // Hindi
  'डॉ', 'डा', 'प्रो', 'ले', 'कै', 'श्री', 'श्रीमती', 'सु',
]);

/**
 * Abbreviations written with a point before a number in scripts without capitals: the point ends no
 * sentence (रु. 500 "Rs. 500", नं. 5 "No. 5"). Latin ones are told by their length (Rs., No., Jan.).
 */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['रु', 'नं']);

/**
 * Devanagari names of Latin letters, written with a point as a person's initials before the name
 * (वी. नारायणन "V. Narayanan", जे.पी. नड्डा, एम.के. स्टालिन): the point ends no sentence, and the
 * initials open the name. के and जी are also words (a postposition, an honorific), so an initial is
 * only ever read with its point and a name after it. Folded, as tokens are.
 */
export const DEVANAGARI_INITIALS: ReadonlySet<string> = new Set([
  'ए', 'बी', 'सी', 'डी', 'ई', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी',
  'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड',
]);
