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

/** Unit symbols → Concord's unit code. */
export const SYMBOL_UNITS: Readonly<Record<string, string>> = {
  '°': '°', '°c': '°C', '° c': '°C', '℃': '°C', '°f': '°F', '° f': '°F', '℉': '°F',
  'km': 'km', 'kms': 'km', 'cm': 'cm', 'mm': 'mm', 'dm': 'dm', 'nm': 'nm', 'µm': 'µm', 'μm': 'µm',
  'km2': 'km2', 'km²': 'km2', 'sq km': 'km2', 'm2': 'm2', 'm²': 'm2', 'sq m': 'm2', 'ha': 'ha', 'm3': 'm3', 'm³': 'm3', 'ft3': 'ft3', 'cu ft': 'ft3',
  'kg': 'kg', 'kgs': 'kg', 'mg': 'mg', 'µg': 'µg', 'μg': 'µg', 'mcg': 'µg', 'lb': 'lb', 'lbs': 'lb', 'oz': 'oz',
  'ml': 'mL', 'cl': 'cL', 'dl': 'dL', 'hl': 'hL', 'gal': 'gal', 'bbl': 'bbl',
  'km/h': 'km/h', 'kmph': 'km/h', 'kph': 'km/h', 'km/hr': 'km/h', 'mph': 'mph', 'm/s': 'm/s',
  'mw': 'MW', 'kw': 'kW', 'gw': 'GW', 'kwh': 'kWh', 'mwh': 'MWh', 'gwh': 'GWh',
  'kb': 'kB', 'mb': 'MB', 'gb': 'GB', 'tb': 'TB', 'mbps': 'Mbit/s', 'gbps': 'Gbit/s',
  'mi': 'mi', 'yd': 'yd', 'yds': 'yd', 'ft': 'ft', 'mol/l': 'mol/L', 'mmol/l': 'mmol/L', 'mg/dl': 'mg/dL', 'kcal': 'kcal',
};
