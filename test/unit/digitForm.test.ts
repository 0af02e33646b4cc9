import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDigits, rewriteDigits, groupDigits } from '../../server/src/core/figures/digitForm';
import type { DigitSystem } from '../../server/src/core/types';

const reads: [input: string, value: number, system: string, grouping: string, decimal: string][] = [
  ['70', 70, 'latn', 'none', ''],
  ['1,234,567', 1234567, 'latn', 'western', ''],
  ['12,34,567', 1234567, 'latn', 'indian', ''],
  ['۱۲٬۳۴۵', 12345, 'arabext', 'western', ''],
  ['83.5', 83.5, 'latn', 'none', '.'],
  ['۸۳٫۵', 83.5, 'arabext', 'none', '٫'],
  ['٢٠٢٥', 2025, 'arab', 'none', ''],
  ['२,५००', 2500, 'deva', 'western', ''],
  ['1,234.56', 1234.56, 'latn', 'western', '.'],
  ['0.125', 0.125, 'latn', 'none', '.'],
  ['1,5', 1.5, 'latn', 'none', ','],
  ['18,900', 18900, 'latn', 'western', ''],
];

test('readDigits reads value, system, grouping and decimal separator', () => {
  for (const [input, value, system, grouping, decimal] of reads) {
    const r = readDigits(input);
    assert.ok(r, input);
    assert.equal(r.value, value, input);
    assert.equal(r.form.system, system, input);
    assert.equal(r.form.grouping, grouping, input);
    assert.equal(r.form.decimalSeparator, decimal, input);
  }
});

const rewrites: [input: string, system: DigitSystem, grouping: 'keep' | 'western' | 'indian' | 'none', expected: string][] = [
  ['70', 'arabext', 'keep', '۷۰'],
  ['83.5', 'arabext', 'keep', '۸۳٫۵'],
  ['۱۸', 'latn', 'keep', '18'],
  ['۱۲٬۳۴۵٫۰۵', 'latn', 'keep', '12,345.05'],
  ['2,500', 'deva', 'keep', '२,५००'],
  ['1234567', 'latn', 'indian', '12,34,567'],
  ['12,34,567', 'latn', 'western', '1,234,567'],
  ['0.07', 'arab', 'keep', '٠٫٠٧'],
];

test('rewriteDigits writes the same value in another system or grouping', () => {
  for (const [input, system, grouping, expected] of rewrites) assert.equal(rewriteDigits(input, { system, grouping }), expected, input);
});

test('property: rewriting to any system and back never changes the value', () => {
  const systems: DigitSystem[] = ['latn', 'arabext', 'arab', 'deva'];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < 2000; i++) {
    const int = Math.floor(rand() * 10 ** Math.floor(rand() * 10));
    const frac = rand() < 0.3 ? `.${String(Math.floor(rand() * 1000)).padStart(3, '0').replace(/0+$/, '') || '5'}` : '';
    const grouping = (['none', 'western', 'indian'] as const)[i % 3];
    const original = `${groupDigits(String(int), grouping, ',')}${frac}`;
    const value = readDigits(original)!.value;
    for (const system of systems) {
      const out = rewriteDigits(original, { system, grouping: (['keep', 'western', 'indian', 'none'] as const)[i % 4] })!;
      assert.equal(readDigits(out)?.value, value, `${original} → ${system} ${out}`);
    }
  }
});
