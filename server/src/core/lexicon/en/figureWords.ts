/** English figure vocabulary (news usage). Keys are lower case; they are folded when compiled. */
import type { FigureWords } from '../figureWords';

/** English. */
export const enFigureWords: FigureWords = {
  qualifiersBefore: {
    'about': 'approx', 'around': 'approx', 'approximately': 'approx', 'nearly': 'approx', 'almost': 'approx', 'roughly': 'approx', 'some': 'approx',
    'an estimated': 'approx', 'estimated': 'approx', 'close to': 'approx', 'circa': 'approx', 'c.': 'approx', 'about a': 'approx',
    'more than': 'more-than', 'over': 'more-than', 'above': 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than', 'exceeding': 'more-than',
    'less than': 'less-than', 'fewer than': 'less-than', 'under': 'less-than', 'below': 'less-than', 'nearly all': 'approx',
    'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least', 'at most': 'at-most',
    'up to': 'at-most', 'no more than': 'at-most', 'a maximum of': 'at-most', 'only': 'exact', 'just': 'exact', 'exactly': 'exact',
  },
  qualifiersAfter: { 'or more': 'at-least', 'and more': 'at-least', 'plus': 'more-than', 'or so': 'approx', 'or less': 'at-most', 'and above': 'at-least' },
  rangeJoiners: ['to', 'and', 'or', 'through'],
  dayJoiners: ['and', '&'],
  percent: ['percent', 'per cent', 'pc', 'percentage points'],
  currencies: {
    '$': 'USD', 'us$': 'USD', 'usd': 'USD', 'dollar': 'USD', 'dollars': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', '€': 'EUR', 'euro': 'EUR', 'euros': 'EUR',
    '£': 'GBP', 'pound': 'GBP', 'pounds': 'GBP', '¥': 'JPY', 'yen': 'JPY', 'yuan': 'CNY', 'rupee': 'INR', 'rupees': 'INR', 'rs': 'INR', 'rs.': 'INR', '₹': 'INR',
    'dong': 'VND', '₫': 'VND', 'rouble': 'RUB', 'roubles': 'RUB', 'ruble': 'RUB', 'rubles': 'RUB', 'rial': 'IRR', 'rials': 'IRR', 'toman': { code: 'IRR', factor: 10 }, 'tomans': { code: 'IRR', factor: 10 },
  },
  units: {
    'km': 'km', 'kilometres': 'km', 'kilometers': 'km', 'kilometre': 'km', 'kilometer': 'km', 'm': 'm', 'metres': 'm', 'meters': 'm', 'kg': 'kg', 'kilograms': 'kg',
    'tonnes': 't', 'tons': 't', 'tonne': 't', 'ton': 't', 'litres': 'L', 'liters': 'L', 'miles': 'mi', 'mile': 'mi', 'acres': 'acre', 'hectares': 'ha', 'mw': 'MW',
    'megawatts': 'MW', 'degrees': '°', 'cm': 'cm', 'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2', 'barrels': 'bbl', 'feet': 'ft', 'foot': 'ft', 'inches': 'in',
  },
  references: { 'article': 'article', 'articles': 'article', 'section': 'section', 'clause': 'clause', 'chapter': 'chapter', 'resolution': 'resolution', 'paragraph': 'paragraph', 'annex': 'annex', 'no.': 'number', 'number': 'number' },
  yearCues: ['year', 'in', 'since', 'by', 'until', 'from', 'fy', 'of'],
  yearFollowers: [],
  concepts: {
    'country': 'country', 'countries': 'country', 'nation': 'country', 'nations': 'country', 'state': 'state', 'states': 'state',
    'organisation': 'organisation', 'organisations': 'organisation', 'organization': 'organisation', 'organizations': 'organisation', 'institution': 'organisation', 'institutions': 'organisation', 'agencies': 'organisation',
    'delegate': 'delegate', 'delegates': 'delegate', 'representatives': 'delegate', 'delegation': 'delegation', 'delegations': 'delegation',
    'signature': 'signature', 'signatures': 'signature', 'signatories': 'signatory', 'articles': 'article', 'chapters': 'chapter',
    'year': 'year', 'years': 'year', 'month': 'month', 'months': 'month', 'day': 'day', 'days': 'day', 'week': 'week', 'weeks': 'week', 'hour': 'hour', 'hours': 'hour', 'minutes': 'minute',
    'computer': 'computer', 'computers': 'computer', 'hospital': 'hospital', 'hospitals': 'hospital',
    'people': 'person', 'persons': 'person', 'person': 'person', 'individuals': 'person', 'citizens': 'citizen', 'residents': 'resident',
    'session': 'session', 'sessions': 'session', 'meeting': 'meeting', 'meetings': 'meeting', 'event': 'event', 'events': 'event', 'institutes': 'institute', 'institute': 'institute',
    'company': 'company', 'companies': 'company', 'firms': 'company', 'city': 'city', 'cities': 'city', 'province': 'province', 'provinces': 'province', 'school': 'school', 'schools': 'school',
    'students': 'student', 'children': 'child', 'child': 'child', 'women': 'woman', 'soldiers': 'soldier', 'troops': 'soldier', 'deaths': 'death', 'dead': 'death', 'killed': 'death',
    'injured': 'injury', 'injuries': 'injury', 'cases': 'case', 'case': 'case', 'attacks': 'attack', 'attack': 'attack', 'votes': 'vote', 'seats': 'seat', 'members': 'member', 'member': 'member',
    'leaders': 'leader', 'ministers': 'minister', 'journalists': 'journalist', 'houses': 'house', 'homes': 'house', 'vehicles': 'vehicle', 'experts': 'expert', 'victims': 'victim',
    'refugees': 'refugee', 'employees': 'employee', 'workers': 'worker', 'agreements': 'agreement', 'projects': 'project', 'patients': 'patient', 'tests': 'test', 'doses': 'dose',
  },
  nounGap: ['and', ',', 'international', 'regional', 'private', 'large', 'small', 'new', 'different', 'non', 'european', 'other', 'major', 'member', 'more', 'additional', 'research', 'high-level', 'confirmed', 'new'],
  functionWords: ['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'that', 'this', 'which', 'who', 'it', 'its'],
  earlierTime: ['last year', 'previous year', 'a year earlier', 'a year ago', 'up from', 'down from', 'previously', 'in the previous'],
  preferredScales: [[1e3, 'thousand'], [1e6, 'million'], [1e9, 'billion'], [1e12, 'trillion']],
  months: { 'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12 },
};
