/**
 * The sets' unit names mapped to Concord's unit codes: ISO 4217 for money, '%' for percent, short
 * symbols for measures, concept ids for ages. A name mapped to null has no code in Concord's model
 * (a cent, a dram, a bitcoin), so cases with it are scored on the value alone and counted apart.
 */

/** Unit name (as Recognizers-Text or Duckling write it) → Concord unit code, or null. */
const UNIT_CODES: Readonly<Record<string, string | null>> = {
  // Money. Bare "Dollar"/"Pound"/"Rupee" are read the way news in these languages means them.
  'Dollar': 'USD', 'United States dollar': 'USD', 'USD': 'USD', 'Euro': 'EUR', 'EUR': 'EUR',
  'Pound': 'GBP', 'British pound': 'GBP', 'GBP': 'GBP', 'Yen': 'JPY', 'Japanese yen': 'JPY',
  'Chinese yuan': 'CNY', 'CNY': 'CNY', 'Indian rupee': 'INR', 'Rupee': 'INR', 'INR': 'INR',
  'Finnish markka': 'FIM', 'Netherlands guilder': 'NLG', 'Peseta': 'ESP',
  'Sen': null, 'Satoshi': null, 'Bitcoin': null,
  'Franc': null, 'Dinar': null, 'Riyal': null, 'Rial': null, 'Unnamed': null,
  // Length, area, volume, weight, speed, information.
  'Kilometer': 'km', 'Kilometre': 'km', 'Meter': 'm', 'Metre': 'm', 'M': 'm', 'Centimeter': 'cm', 'Centimetre': 'cm',
  'Decimeter': 'dm', 'Millimeter': 'mm', 'Millimetre': 'mm', 'Picometer': 'pm', 'Mile': 'mi', 'Foot': 'ft', 'Inch': 'in',
  'Acre': 'acre', 'Square kilometer': 'km2', 'Square meter': 'm2', 'Cubic foot': 'ft3',
  'Litre': 'L', 'Liter': 'L', 'Milliliter': 'mL', 'Millilitre': 'mL', 'Hectolitre': 'hL', 'Gallon': 'gal', 'Barrel': 'bbl',
  'Cup': 'cup', 'Tablespoon': 'tbsp', 'Teaspoon': 'tsp', 'Volume unit': null,
  'Kilogram': 'kg', 'Gram': 'g', 'Microgram': 'µg', 'Metric ton': 't', 'Ton': 't', 'Ounce': 'oz', 'Dram': null,
  'Kilometer per hour': 'km/h', 'Mile per hour': 'mph', 'Kilometer per millisecond': null, 'Meter per millisecond': null,
  'Centimeter per millisecond': null, 'Bit': 'bit', 'Megabit': 'Mbit', 'Megabyte': 'MB', 'Radian': 'rad', 'Turn': null,
  // Temperature and angle. "Degree" alone is what Concord already writes as '°'.
  'C': '°C', 'Celsius': '°C', 'F': '°F', 'Fahrenheit': '°F', 'Degree': '°',
  // Ages are counted time, which Concord keeps as the counted concept.
  'Year': 'year', 'Month': 'month', 'Week': 'week', 'Day': 'day', 'Age': null,
};

/**
 * Hundredths of a currency said alone ("34 cents", "197 pence", "50 पैसे"): Concord writes them as
 * money of the currency they divide (0.34 USD), the currency a news text in that language means.
 */
const SUBUNITS: Readonly<Record<string, { code: string; factor: number }>> = {
  'Cent': { code: 'USD', factor: 0.01 }, 'cent': { code: 'USD', factor: 0.01 },
  'Pence': { code: 'GBP', factor: 0.01 }, 'Penny': { code: 'GBP', factor: 0.01 },
};

/** A set's value and unit name as Concord writes them: hundredths of a currency become that currency. */
export function inConcordUnits(value: number, name: string): { value: number; name: string } {
  const sub = SUBUNITS[name];
  return sub ? { value: Number((value * sub.factor).toPrecision(12)), name: sub.code } : { value, name };
}

/** Unit name lists that mean weight rather than money ("Pound" in DimensionModel / Quantity). */
const WEIGHT_UNITS: Readonly<Record<string, string>> = { 'Pound': 'lb' };

/** Concord's code for a set's unit name: a code, null when the model has none, undefined when the name is new. */
export function unitCode(name: string, measure: 'money' | 'measure'): string | null | undefined {
  // Duckling writes most currencies as their ISO code already.
  if (measure === 'money' && /^[A-Z]{3}$/.test(name)) return name;
  if (measure === 'measure' && WEIGHT_UNITS[name] !== undefined) return WEIGHT_UNITS[name];
  return Object.hasOwn(UNIT_CODES, name) ? UNIT_CODES[name] : undefined;
}

/**
 * Size of a measure unit in its dimension's base (metres, grams, litres): a figure in another unit
 * of the same dimension states the same amount ("0.5 kg" is Duckling's "500 Gram", "5 feet 2 inches"
 * Recognizers-Text's "5.1667 Foot"), so it is compared after conversion.
 */
const UNIT_SIZES: Readonly<Record<string, { dimension: string; size: number }>> = {
  pm: { dimension: 'length', size: 1e-12 }, nm: { dimension: 'length', size: 1e-9 }, mm: { dimension: 'length', size: 0.001 },
  cm: { dimension: 'length', size: 0.01 }, dm: { dimension: 'length', size: 0.1 }, m: { dimension: 'length', size: 1 }, km: { dimension: 'length', size: 1000 },
  in: { dimension: 'length', size: 0.0254 }, ft: { dimension: 'length', size: 0.3048 }, yd: { dimension: 'length', size: 0.9144 }, mi: { dimension: 'length', size: 1609.344 },
  'µg': { dimension: 'mass', size: 1e-6 }, mg: { dimension: 'mass', size: 0.001 }, g: { dimension: 'mass', size: 1 }, kg: { dimension: 'mass', size: 1000 },
  t: { dimension: 'mass', size: 1e6 }, oz: { dimension: 'mass', size: 28.349523125 }, lb: { dimension: 'mass', size: 453.59237 },
  mL: { dimension: 'volume', size: 0.001 }, cL: { dimension: 'volume', size: 0.01 }, dL: { dimension: 'volume', size: 0.1 }, L: { dimension: 'volume', size: 1 },
  hL: { dimension: 'volume', size: 100 }, gal: { dimension: 'volume', size: 3.785411784 },
};

/** The factor that turns an amount in unit `from` into unit `to`: 1 when they are the same, null when not of one dimension. */
export function unitFactor(from: string | null, to: string): number | null {
  if (from === to) return 1;
  const a = from === null ? undefined : UNIT_SIZES[from];
  const b = UNIT_SIZES[to];
  return a !== undefined && b !== undefined && a.dimension === b.dimension ? a.size / b.size : null;
}
