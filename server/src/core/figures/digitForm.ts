/**
 * Reading and writing numbers written in digits: value, digit system, grouping and decimal
 * separator of the original text, and rewriting a digit run into another system or grouping
 * without changing its value.
 */
import type { DigitForm, DigitSystem } from '../types';

/** Zero code point of each digit system. */
export const DIGIT_ZERO: Readonly<Record<DigitSystem, number>> = { latn: 0x30, arab: 0x660, arabext: 0x6f0, deva: 0x966 };

/** The usual separators of each digit system (CLDR: fa and ar use ٫ and ٬ with their digits). */
export const SYSTEM_SEPARATORS: Readonly<Record<DigitSystem, { group: string; decimal: string }>> = {
  latn: { group: ',', decimal: '.' },
  deva: { group: ',', decimal: '.' },
  arab: { group: '٬', decimal: '٫' },
  arabext: { group: '٬', decimal: '٫' },
};

/** The digit system of a code unit, or null when it is not a digit. */
export function digitSystemOf(code: number): DigitSystem | null {
  if (code >= 0x30 && code <= 0x39) return 'latn';
  if (code >= 0x6f0 && code <= 0x6f9) return 'arabext';
  if (code >= 0x660 && code <= 0x669) return 'arab';
  if (code >= 0x966 && code <= 0x96f) return 'deva';
  return null;
}

/** Value of one digit code unit, or -1. */
function digitValue(code: number): number {
  const system = digitSystemOf(code);
  return system ? code - DIGIT_ZERO[system] : -1;
}

/** A number read from digits. */
export interface DigitNumber {
  value: number;
  form: DigitForm;
  /** Number of digits before the decimal separator (for year and identifier heuristics). */
  integerDigits: number;
  /** True when there is a decimal part. */
  hasDecimals: boolean;
}

/**
 * Reads a digit run such as 1,234,567 · 12,34,567 · ۱۲٬۳۴۵ · 83.5 · ۸۳٫۵ from the original text.
 * A separator followed by exactly three digits groups; any other separator is decimal, so "1.5"
 * is 1.5 and "1,234" is 1234 (news text in these languages writes thousands that way).
 */
export function readDigits(raw: string): DigitNumber | null {
  const plain = plainDigits(raw);
  if (plain) return plain;
  const groups: string[] = [];
  const seps: string[] = [];
  let current = '';
  let system: DigitSystem | null = null;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const d = digitValue(code);
    if (d >= 0) {
      system ??= digitSystemOf(code);
      current += String(d);
    } else {
      groups.push(current);
      seps.push(raw[i]);
      current = '';
    }
  }
  groups.push(current);
  // A decimal written without its zero: .08, ٫۵.
  if (groups.length === 2 && groups[0] === '' && (seps[0] === '.' || seps[0] === '٫')) groups[0] = '0';
  if (!system || groups.some((g) => g.length === 0)) return null;
  const decimalIndex = decimalSeparatorIndex(seps, groups);
  const intGroups = decimalIndex >= 0 ? groups.slice(0, decimalIndex + 1) : groups;
  const groupSeps = decimalIndex >= 0 ? seps.slice(0, decimalIndex) : seps;
  const intText = intGroups.join('');
  const fracText = decimalIndex >= 0 ? groups[decimalIndex + 1] : '';
  const value = Number(fracText ? `${intText}.${fracText}` : intText);
  return {
    value,
    integerDigits: intText.length,
    hasDecimals: decimalIndex >= 0,
    form: {
      system,
      groupSeparator: groupSeps[0] ?? '',
      grouping: groupingOf(intGroups),
      decimalSeparator: decimalIndex >= 0 ? seps[decimalIndex] : '',
    },
  };
}

/** `readDigits` of `text` from `start` to `end`, without copying the run out when it is digits alone. */
export function readDigitsIn(text: string, start: number, end: number): DigitNumber | null {
  return plainDigits(text, start, end) ?? readDigits(text.slice(start, end));
}

/** Most runs are digits alone (2024, ۱۸): read at once, with the value `readDigits` would give. */
function plainDigits(text: string, start = 0, end = text.length): DigitNumber | null {
  // Up to 15 digits the sum below is exact, as Number() of the digit string is.
  if (end - start <= 0 || end - start > 15) return null;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = digitValue(text.charCodeAt(i));
    if (d < 0) return null;
    value = value * 10 + d;
  }
  const system = digitSystemOf(text.charCodeAt(start))!;
  return { value, integerDigits: end - start, hasDecimals: false, form: { system, groupSeparator: '', grouping: 'none', decimalSeparator: '' } };
}

/**
 * Which separator, if any, is the decimal one: a lone '.', '٫' or (Persian) '/' at the end is decimal;
 * a ',', '٬' or '،' is a group separator when three digits follow it, else (1,5) it is a decimal comma.
 */
function decimalSeparatorIndex(seps: string[], groups: string[]): number {
  const last = seps.length - 1;
  if (last < 0) return -1;
  const sep = seps[last];
  const decimalLike = sep === '.' || sep === '٫' || sep === '/';
  if (decimalLike) return seps.indexOf(sep) === last ? last : -1;
  return groups[last + 1].length === 3 ? -1 : last;
}

function groupingOf(intGroups: string[]): DigitForm['grouping'] {
  if (intGroups.length < 2) return 'none';
  const inner = intGroups.slice(1, -1);
  if (inner.length > 0 && inner.every((g) => g.length === 2)) return 'indian';
  return 'western';
}

/** Options for rewriting a digit run. */
export interface RewriteOptions {
  system: DigitSystem;
  /** Grouping to write; 'keep' keeps the run's own grouping. */
  grouping?: DigitForm['grouping'] | 'keep';
}

/**
 * Rewrites a digit run in another digit system (and optionally grouping) with the separators
 * that system uses, keeping its value and, unless asked otherwise, its grouping.
 */
export function rewriteDigits(raw: string, options: RewriteOptions): string | null {
  const read = readDigits(raw);
  if (!read) return null;
  const { group, decimal } = SYSTEM_SEPARATORS[options.system];
  const grouping = !options.grouping || options.grouping === 'keep' ? read.form.grouping : options.grouping;
  const ascii = asciiDigits(raw, read);
  const point = ascii.indexOf('.');
  const grouped = groupDigits(point < 0 ? ascii : ascii.slice(0, point), grouping, group);
  const text = point >= 0 ? `${grouped}${decimal}${ascii.slice(point + 1)}` : grouped;
  return inSystem(text, DIGIT_ZERO[options.system]);
}

/** ASCII digits of `text` written with the digits whose zero is `zero` (ASCII ones stay as they are). */
function inSystem(text: string, zero: number): string {
  if (zero === 0x30) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= 0x30 && code <= 0x39 ? String.fromCharCode(zero + code - 0x30) : text[i];
  }
  return out;
}

/** The run's digits in ASCII with '.' as the only separator (decimal), keeping leading zeros. */
function asciiDigits(raw: string, read: DigitNumber): string {
  let digits = '';
  for (let i = 0; i < raw.length; i++) {
    const d = digitValue(raw.charCodeAt(i));
    if (d >= 0) digits += String(d);
  }
  if (!read.hasDecimals) return digits;
  const fracLength = raw.length - raw.lastIndexOf(read.form.decimalSeparator) - 1;
  return `${digits.slice(0, digits.length - fracLength)}.${digits.slice(digits.length - fracLength)}`;
}

/** Groups integer digits: western 1,234,567; indian 12,34,567; none 1234567. */
export function groupDigits(intDigits: string, grouping: DigitForm['grouping'], separator: string): string {
  if (grouping === 'none' || intDigits.length <= 3) return intDigits;
  // The last three digits, and before them groups of `size` (the leftmost one possibly shorter).
  const head = intDigits.length - 3;
  const size = grouping === 'indian' ? 2 : 3;
  let end = head % size || size;
  let out = intDigits.slice(0, end);
  for (; end < head; end += size) out += separator + intDigits.slice(end, end + size);
  return out + separator + intDigits.slice(head);
}

/** Writes an ASCII number string in a digit system (for hovers). */
export function toDigitSystem(ascii: string, system: DigitSystem): string {
  const zero = DIGIT_ZERO[system];
  const { decimal, group } = SYSTEM_SEPARATORS[system];
  return ascii.replace(/[0-9.,]/g, (ch) => (ch === '.' ? decimal : ch === ',' ? group : String.fromCharCode(zero + ch.charCodeAt(0) - 0x30)));
}
