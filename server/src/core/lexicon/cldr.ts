/** Names CLDR gives through Intl: every currency of a locale and the month names of a calendar (see figureLexicon.ts). */
import type { Currency } from './figureLexicon';
import { FORMER_CURRENCIES } from './unitSymbols';

/**
 * CLDR names of every currency in a locale (امریکی ڈالر → USD): the display name and the names
 * written after one and after several ("Swiss francs", "पाकिस्तानी रुपए"), which Intl gives through
 * number formatting.
 */
export function cldrCurrencyNames(locale: string): [string, Currency][] {
  const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'none' });
  const out: [string, Currency][] = [];
  for (const code of [...Intl.supportedValuesOf('currency'), ...FORMER_CURRENCIES]) {
    const seen = new Set<string>([code.toLowerCase()]);
    const add = (name: string | undefined) => {
      const key = name?.toLowerCase();
      if (key && !seen.has(key)) {
        seen.add(key);
        out.push([key, { code, factor: 1 }]);
      }
    };
    add(names.of(code));
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'name', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    for (const n of [1, 2]) add(format.formatToParts(n).find((p) => p.type === 'currency')?.value);
  }
  return out;
}

/** CLDR month names of a calendar in a locale, with their numbers 1–12. */
export function cldrMonthNames(locale: string, calendar: 'gregory' | 'persian'): [string, number][] {
  const out: [string, number][] = [];
  for (const style of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, { month: style, timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      // A day inside month m of that calendar: Persian month m runs from about the 21st of
      // Gregorian month m + 2 (Farvardin starts on 21 March), so the 25th is always inside it.
      const date = calendar === 'gregory' ? Date.UTC(2025, m - 1, 15) : Date.UTC(2025, (m + 1) % 12, 25);
      const part = format.formatToParts(date).find((p) => p.type === 'month');
      if (part && !/^\d+$/.test(part.value)) out.push([part.value, m]);
    }
  }
  return out;
}
