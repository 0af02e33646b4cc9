/**
 * The day of the week a lead names ("on Monday", پیر کو, دوشنبه, सोमवार): daily reports of a market, a
 * price or the weather tell their figures of that day, and two reports of other weekdays are two
 * days' figures, whatever the keys they share (see claims/about.ts `differentFacts`). A translation
 * names the weekday its original names.
 */
import { PhraseMatcher } from '../lexicon/phrases';
import type { Lang } from '../types';

/** Weekday names, ISO numbers (Monday 1 … Sunday 7), as written in each language. */
const NAMES: Partial<Record<Lang, readonly (readonly [string, number])[]>> = {
  en: [['Monday', 1], ['Tuesday', 2], ['Wednesday', 3], ['Thursday', 4], ['Friday', 5], ['Saturday', 6], ['Sunday', 7]],
  hi: [['सोमवार', 1], ['मंगलवार', 2], ['बुधवार', 3], ['गुरुवार', 4], ['बृहस्पतिवार', 4], ['वीरवार', 4], ['शुक्रवार', 5], ['शनिवार', 6], ['रविवार', 7]],
  // Written apart or joined (سه شنبه, سه‌شنبه); the longest phrase wins, so سه شنبه is no Saturday.
  fa: [['دوشنبه', 1], ['سه شنبه', 2], ['سه‌شنبه', 2], ['چهارشنبه', 3], ['چهار شنبه', 3], ['پنجشنبه', 4], ['پنج شنبه', 4], ['پنج‌شنبه', 4], ['جمعه', 5], ['شنبه', 6], ['یکشنبه', 7], ['یک شنبه', 7], ['یک‌شنبه', 7]],
};

/**
 * Urdu weekday names are everyday words too (پیر a saint, بدھ the Buddha, ہفتہ a week): they name a day
 * with a postposition of time after them (پیر کو, منگل کے روز, جمعے کی رات) or بروز before them.
 */
const URDU_DAYS: readonly (readonly [string, number])[] = [['پیر', 1], ['سوموار', 1], ['منگل', 2], ['بدھ', 3], ['جمعرات', 4], ['جمعہ', 5], ['جمعے', 5], ['ہفتہ', 6], ['ہفتے', 6], ['اتوار', 7]];
const URDU_AFTER = ['کو', 'کے روز', 'کے دن', 'کی رات', 'کی صبح', 'کی شام', 'کی دوپہر'];

const matchers = new Map<Lang, PhraseMatcher<number> | null>();

function matcher(lang: Lang): PhraseMatcher<number> | null {
  let m = matchers.get(lang);
  if (m === undefined) {
    const names = lang === 'ur' ? URDU_DAYS.flatMap(([day, n]) => [...URDU_AFTER.map((after) => [`${day} ${after}`, n] as const), [`بروز ${day}`, n] as const]) : NAMES[lang];
    matchers.set(lang, (m = names ? new PhraseMatcher(names) : null));
  }
  return m;
}

/** The first weekday a sentence's words name (ISO number), or null. */
export function weekdayIn(words: readonly string[], lang: Lang): number | null {
  const m = matcher(lang);
  if (!m) return null;
  for (let k = 0; k < words.length; k++) {
    const hit = m.match(words, k);
    if (hit) return hit.value;
  }
  return null;
}
