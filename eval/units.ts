/**
 * The sets' unit names mapped to Concord's unit codes: ISO 4217 for money, '%' for percent, short
 * symbols for measures, concept ids for ages. A name mapped to null has no code in Concord's model
 * (a cent, a cup, a bitcoin), so cases with it are scored on the value alone and counted apart.
 */

/** Unit name (as Recognizers-Text or Duckling write it) → Concord unit code, or null. */
const UNIT_CODES: Readonly<Record<string, string | null>> = {
  // Money. Bare "Dollar"/"Pound"/"Rupee" are read the way news in these languages means them.
  'Dollar': 'USD', 'United States dollar': 'USD', 'USD': 'USD', 'Euro': 'EUR', 'EUR': 'EUR',
  'Pound': 'GBP', 'British pound': 'GBP', 'GBP': 'GBP', 'Yen': 'JPY', 'Japanese yen': 'JPY',
  'Chinese yuan': 'CNY', 'CNY': 'CNY', 'Indian rupee': 'INR', 'Rupee': 'INR', 'INR': 'INR',
  'Finnish markka': 'FIM', 'Netherlands guilder': 'NLG', 'Peseta': 'ESP',
  'Cent': null, 'Pence': null, 'Penny': null, 'Sen': null, 'Satoshi': null, 'Bitcoin': null,
  'Franc': null, 'Dinar': null, 'Riyal': null, 'Rial': null, 'Unnamed': null,
  // Length, area, volume, weight, speed, information.
  'Kilometer': 'km', 'Kilometre': 'km', 'Meter': 'm', 'Metre': 'm', 'M': 'm', 'Centimeter': 'cm', 'Centimetre': 'cm',
  'Decimeter': 'dm', 'Millimeter': 'mm', 'Millimetre': 'mm', 'Picometer': 'pm', 'Mile': 'mi', 'Foot': 'ft', 'Inch': 'in',
  'Acre': 'acre', 'Square kilometer': 'km2', 'Square meter': 'm2', 'Cubic foot': 'ft3',
  'Litre': 'L', 'Liter': 'L', 'Milliliter': 'mL', 'Millilitre': 'mL', 'Hectolitre': 'hL', 'Gallon': 'gal', 'Barrel': 'bbl',
  'Cup': null, 'Tablespoon': null, 'Teaspoon': null, 'Volume unit': null,
  'Kilogram': 'kg', 'Gram': 'g', 'Microgram': 'µg', 'Metric ton': 't', 'Ton': 't', 'Ounce': 'oz', 'Dram': null,
  'Kilometer per hour': 'km/h', 'Mile per hour': 'mph', 'Kilometer per millisecond': null, 'Meter per millisecond': null,
  'Centimeter per millisecond': null, 'Bit': 'bit', 'Megabit': 'Mbit', 'Megabyte': 'MB', 'Radian': 'rad', 'Turn': null,
  // Temperature and angle. "Degree" alone is what Concord already writes as '°'.
  'C': '°C', 'Celsius': '°C', 'F': '°F', 'Fahrenheit': '°F', 'Degree': '°',
  // Ages are counted time, which Concord keeps as the counted concept.
  'Year': 'year', 'Month': 'month', 'Week': 'week', 'Day': 'day', 'Age': null,
};

/** Unit name lists that mean weight rather than money ("Pound" in DimensionModel / Quantity). */
const WEIGHT_UNITS: Readonly<Record<string, string>> = { 'Pound': 'lb' };

/** Concord's code for a set's unit name: a code, null when the model has none, undefined when the name is new. */
export function unitCode(name: string, measure: 'money' | 'measure'): string | null | undefined {
  // Duckling writes most currencies as their ISO code already.
  if (measure === 'money' && /^[A-Z]{3}$/.test(name)) return name;
  if (measure === 'measure' && WEIGHT_UNITS[name] !== undefined) return WEIGHT_UNITS[name];
  return Object.hasOwn(UNIT_CODES, name) ? UNIT_CODES[name] : undefined;
}
