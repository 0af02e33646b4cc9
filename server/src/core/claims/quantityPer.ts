/**
 * A quantity of the goods a price is of, written beside them without a "per" word, is the unit the
 * price is per: "10 گرام سونے کی قیمت 3 لاکھ 2 ہزار روپے", "ایک من گندم 3 ہزار 900 روپے", "सोना 10 ग्राम
 * 73 हजार रुपये का", "10 grams of gold cost Rs 73,000", "the price of one square metre of residential property reached 92.5 million tomans". Gold per tola and gold per 10 grams are then
 * two facts, as when a "per" word names them (فی تولہ, فی 10 گرام), and the quantity states none.
 */
import type { PredicateAt } from './predicates';

/** A figure's token span with its unit and value. */
interface QuantitySpan {
  first: number;
  last: number;
  figure: { unit: string | null; value: number | string | null };
}

/** How the qualifier tables name the unit a price is per (`per:tola`, `per:10g`, `per:litre`), by unit code. */
const PER_NAMES: Readonly<Record<string, string>> = { g: 'g', kg: 'kg', tola: 'tola', oz: 'ounce', maund: 'maund', t: 'tonne', L: 'litre', m2: 'm2' };

/** Most tokens between a quantity and the goods after it ("10 grams of gold"). */
const GOODS_AFTER = 2;

/**
 * The unit a price is per that quantity `g` makes (`10g` for 10 گرام, `tola` for ایک تولہ): one unit or 10 grams, when the goods
 * priced stand right before it (सोना 10 ग्राम) or just after it (10 گرام سونے, 10 grams of gold); else null.
 */
export function quantityOfGoods(g: QuantitySpan, found: readonly PredicateAt[]): string | null {
  const name = g.figure.unit !== null ? PER_NAMES[g.figure.unit] : undefined;
  const value = g.figure.value;
  // Prices are quoted per one unit or per 10 grams; 50 ٹن سونا … جس کی مالیت 4 ارب ڈالر is a lot and its worth, no price.
  if (name === undefined || !(value === 1 || (value === 10 && name === 'g'))) return null;
  const beside = found.some((q) => q.id.startsWith('priced:') && (q.last === g.first - 1 || (q.index > g.last && q.index - g.last <= GOODS_AFTER)));
  return beside ? (value === 1 ? name : `${value}${name}`) : null;
}

/** The unit price `f` is per by the nearest quantity of goods before it in its sentence (see `quantityOfGoods`), unless a clause break stands between; else null. */
export function perFromQuantity(found: readonly PredicateAt[], f: QuantitySpan, others: readonly QuantitySpan[], broken: (from: number, to: number) => boolean): string | null {
  for (let i = others.length - 1; i >= 0; i--) {
    const g = others[i];
    if (g === f || g.last >= f.first) continue;
    const per = quantityOfGoods(g, found);
    if (per !== null) return broken(g.last, f.first) ? null : per;
  }
  return null;
}
