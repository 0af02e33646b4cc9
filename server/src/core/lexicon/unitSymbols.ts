/**
 * Currency signs and unit symbols written the same way in every language of the corpus (news in
 * Urdu, Persian and Hindi quotes "$", "km", "°C" as English does). Merged into every language's
 * figure vocabulary, and the only vocabulary of text too short to tell its language. Keys are
 * written as in text; they are folded and tokenized when compiled ("°c" is ° + c).
 * Letters that are also words or scales (m for million, l, g, t, in) are left to the language tables.
 */
import type { CurrencyEntry } from './figureWords';

/** Currency signs and Latin abbreviations. */
export const SYMBOL_CURRENCIES: Readonly<Record<string, CurrencyEntry>> = {
  '$': 'USD', 'us$': 'USD', 'u.s.$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'rs': 'INR', 'rs.': 'INR', 'inr': 'INR',
  '₨': 'PKR', 'pkr': 'PKR', '₫': 'VND', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', '₱': 'PHP', '৳': 'BDT', '﷼': 'IRR',
  'au$': 'AUD', 'aud$': 'AUD', 'c$': 'CAD', 'ca$': 'CAD', 'cad$': 'CAD', 'hk$': 'HKD', 'sg$': 'SGD', 'nz$': 'NZD', 'nzd$': 'NZD', 'mex$': 'MXN', 'mxn$': 'MXN',
  'rm': 'MYR', 'rp': 'IDR', 'rmb': 'CNY', '元': 'CNY', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '₦': 'NGN', '₴': 'UAH', '₸': 'KZT', '฿': 'THB',
  'usd': 'USD', 'eur': 'EUR', 'gbp': 'GBP', 'jpy': 'JPY', 'cny': 'CNY', 'aed': 'AED', 'sar': 'SAR', 'irr': 'IRR', 'afn': 'AFN', 'bdt': 'BDT', 'vnd': 'VND',
};

/** Units of mass (as Concord writes them): a measure in one of them is a weight. */
export const MASS_UNITS: ReadonlySet<string> = new Set(['kg', 'g', 'mg', 'µg', 't', 'Mt', 'Gt', 'lb', 'oz', 'quintal', 'maund', 'tola']);

/** Signs of a hundredth of a currency, read in text of any language: 10¢ is 0.10 USD. */
export const SYMBOL_SUBUNITS: Readonly<Record<string, string>> = { '¢': 'USD' };

/**
 * ISO 4217 codes that are also English words or common names in capitals, in headlines and tables
 * ("ALL 5 solutions", "TOP 10", the COP26 climate summit, PHP 8, AMD chips): never read as a bare or
 * glued code. Their names (Albanian lek, Colombian pesos) still are.
 */
export const WORD_LIKE_CODES: ReadonlySet<string> = new Set(['ALL', 'CUP', 'TOP', 'SOS', 'PEN', 'BOB', 'MOP', 'BAM', 'MAD', 'COP', 'PHP', 'AMD']);

/**
 * Codes of currencies replaced by the euro and others withdrawn, which Intl.supportedValuesOf
 * leaves out but CLDR still names (Finnish markka, Dutch guilders): older news and archives quote them.
 */
export const FORMER_CURRENCIES: readonly string[] = [
  'FIM', 'ESP', 'NLG', 'DEM', 'FRF', 'ITL', 'GRD', 'ATS', 'BEF', 'IEP', 'PTE', 'LUF', 'SKK', 'SIT', 'EEK', 'LVL', 'LTL', 'CYP', 'MTL',
];

/** Prefix of a code for millions of that currency in business writing: 30 MUSD, 120 MEUR, MAUD 60. */
export const MILLIONS_PREFIX = 'M';

/** Prefixed codes that are words or names in capitals (MARS 2020, MYER, MILS): never millions of a currency. */
export const WORD_LIKE_MILLIONS: ReadonlySet<string> = new Set(['MARS', 'MYER', 'MILS']);

/** A capital C after digits is a temperature in wire copy (52C, 33 C); a small c is cents, and F names too much (13F filings, a Boeing 777F). */
export const TEMPERATURE_LETTERS: Readonly<Record<string, string>> = { 'C': '°C' };

/**
 * Units read when glued to their digits, case as written (3m, 2l, 500g, 100t, 250mls): alone these
 * letters are words or scales ("5 m" may be a metre, "$5m" is five million after a number token),
 * and in other case names (5G is a network), so a one-letter unit glued on is read only from here.
 */
export const GLUED_UNITS: Readonly<Record<string, string>> = {
  'm': 'm', 'l': 'L', 'L': 'L', 'g': 'g', 't': 't', 'mls': 'mL', 'ml': 'mL', 'kgs': 'kg', 'in': 'in', ...TEMPERATURE_LETTERS,
  // Phone specifications: a 200MP camera, 45W charging (apart, MP is a member of parliament and W a letter).
  'MP': 'MP', 'W': 'W',
};

/** Unit symbols → Concord's unit code. */
export const SYMBOL_UNITS: Readonly<Record<string, string>> = {
  '°': '°', '°c': '°C', '° c': '°C', '℃': '°C', '°f': '°F', '° f': '°F', '℉': '°F',
  'km': 'km', 'kms': 'km', 'cm': 'cm', 'mm': 'mm', 'dm': 'dm', 'nm': 'nm', 'µm': 'µm', 'μm': 'µm',
  'km2': 'km2', 'km²': 'km2', 'sq km': 'km2', 'm2': 'm2', 'm²': 'm2', 'sq m': 'm2', 'ha': 'ha', 'm3': 'm3', 'm³': 'm3', 'ft3': 'ft3', 'cu ft': 'ft3',
  'kg': 'kg', 'kgs': 'kg', 'mg': 'mg', 'µg': 'µg', 'μg': 'µg', 'mcg': 'µg', 'lb': 'lb', 'lbs': 'lb', 'oz': 'oz',
  'ml': 'mL', 'cl': 'cL', 'dl': 'dL', 'hl': 'hL', 'gal': 'gal', 'bbl': 'bbl',
  'km/h': 'km/h', 'kmph': 'km/h', 'kph': 'km/h', 'km/hr': 'km/h', 'mph': 'mph', 'm/s': 'm/s',
  'mw': 'MW', 'kw': 'kW', 'gw': 'GW', 'kwh': 'kWh', 'mwh': 'MWh', 'gwh': 'GWh',
  'kb': 'kB', 'mb': 'MB', 'gb': 'GB', 'tb': 'TB', 'mbps': 'Mbit/s', 'gbps': 'Gbit/s', 'mhz': 'MHz', 'ghz': 'GHz',
  // Property and phones: 1,650 sq ft (sqft, sq. ft), a 5,000mAh battery.
  'sq ft': 'ft2', 'sq. ft': 'ft2', 'sqft': 'ft2', 'sq yd': 'yd2', 'sq yards': 'yd2', 'mah': 'mAh',
  'mi': 'mi', 'yd': 'yd', 'yds': 'yd', 'ft': 'ft', '″': 'in', "''": 'in', 'ppm': 'ppm', 'ppb': 'ppb', 'cc': 'cm3', 'mol/l': 'mol/L', 'mmol/l': 'mmol/L', 'mg/dl': 'mg/dL', 'kcal': 'kcal',
  // Air pollution: PM2.5 at 380 µg/m³.
  'µg/m³': 'µg/m3', 'µg/m3': 'µg/m3', 'μg/m³': 'µg/m3', 'μg/m3': 'µg/m3', 'ug/m3': 'µg/m3', 'mg/m³': 'mg/m3', 'mg/m3': 'mg/m3',
};

/** Vehicle segments of auto sales glued like a unit (2W two-wheelers, 3W, 4W, 2Ws): names, no watts. */
export const WHEELER_SEGMENTS: ReadonlySet<string> = new Set(['2W', '3W', '4W', '2Ws', '3Ws', '4Ws']);

/** Lines of a video format, written with a glued p that is no penny there: 720p, 1080p. */
export const VIDEO_LINES: ReadonlySet<string> = new Set(['144', '240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);
