/**
 * Accuracy guide for the number-word grammar against ../shared/eval/numbers: words → value for
 * pure number phrases. n2words sets are reported apart, since the tables are generated from n2words.
 * Prints per-file right/total; asserts only that each set was read (the real eval script is npm run eval).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseNumberWords } from '../../server/src/core/figures/numberWords';
import { foldWord } from '../../server/src/core/text/fold';
import type { Lang } from '../../server/src/core/types';

const EVAL = path.resolve(__dirname, '../../../shared/eval/numbers');
const words = (text: string) => foldWord(text).toLowerCase().split(/[\s,]+|(?=-)|(?<=-)/).filter(Boolean);
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));

/** Whether the whole phrase reads as the expected value (every word consumed). */
function reads(text: string, lang: Lang, expected: number): boolean {
  const w = words(text);
  const m = parseNumberWords(w, 0, lang);
  return m !== null && m.count === w.length && m.value !== null && Math.abs(m.value - expected) < 1e-9 * Math.max(1, Math.abs(expected));
}

function report(label: string, cases: { text: string; value: number }[], lang: Lang): void {
  const wrong = cases.filter((c) => !reads(c.text, lang, c.value));
  console.log(`${label}: ${cases.length - wrong.length}/${cases.length}` + (wrong.length ? `  e.g. ${wrong.slice(0, Number(process.env.SHOW ?? 6)).map((c) => `${c.text}=${c.value}`).join(' | ')}` : ''));
  assert.ok(cases.length > 0, `${label} has cases`);
}

const hasWordsOnly = (t: string) => !/[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/.test(t);

test('eval guide: n2words (generated tables, not independent)', { skip: !existsSync(EVAL) && 'no ../shared/eval' }, () => {
  for (const [locale, lang] of [['ur-PK', 'ur'], ['fa-IR', 'fa'], ['hi-IN', 'hi'], ['en-US', 'en'], ['en-IN', 'en']] as const) {
    const rows = readJson(path.join(EVAL, 'n2words', `n2words_${locale}.json`)) as { value: number | string; text: string; kind: string }[];
    const cardinal = rows.filter((r) => r.kind === 'cardinal').map((r) => ({ text: r.text, value: Number(r.value) }));
    report(`n2words ${locale} cardinal`, cardinal, lang);
    const other = rows.filter((r) => r.kind !== 'cardinal');
    if (other.length) console.log(`  (${other.length} non-cardinal rows not scored: ${[...new Set(other.map((r) => r.kind))].join(', ')})`);
  }
});

test('eval guide: duckling numerals, pure word phrases', { skip: !existsSync(EVAL) && 'no ../shared/eval' }, () => {
  for (const [code, lang] of [['HI', 'hi'], ['FA', 'fa'], ['EN', 'en']] as const) {
    const rows = readJson(path.join(EVAL, 'duckling', `Numeral_${code}.json`)) as { text: string; value: number; kind: string }[];
    report(`duckling Numeral_${code} (word phrases)`, rows.filter((r) => r.kind === 'simple' && typeof r.value === 'number' && hasWordsOnly(r.text)), lang);
  }
});

test('eval guide: recognizers-text Hindi NumberModel, whole-input number phrases', { skip: !existsSync(EVAL) && 'no ../shared/eval' }, () => {
  const rows = readJson(path.join(EVAL, 'recognizers-text/Number/Hindi/NumberModel.json')) as { Input: string; Results: { Text: string; Resolution?: { value?: string } }[] }[];
  const cases = rows
    .filter((r) => r.Results.length === 1 && r.Results[0].Text.trim() === r.Input.trim() && hasWordsOnly(r.Input) && r.Results[0].Resolution?.value !== undefined)
    .map((r) => ({ text: r.Input, value: Number(r.Results[0].Resolution!.value) }))
    .filter((c) => Number.isFinite(c.value));
  report('recognizers-text Hindi NumberModel (pure phrases)', cases, 'hi');
});
