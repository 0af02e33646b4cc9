/** English figure vocabulary (news usage). Keys are lower case; they are folded when compiled. */
import type { FigureWords } from '../figureWords';

/** English. */
export const enFigureWords: FigureWords = {
  qualifiersBefore: {
    'about': 'approx', 'around': 'approx', 'approximately': 'approx', 'nearly': 'approx', 'almost': 'approx', 'roughly': 'approx', 'some': 'approx',
    'an estimated': 'approx', 'estimated': 'approx', 'close to': 'approx', 'circa': 'approx', 'c.': 'approx', 'about a': 'approx',
    'more or less': 'approx', 'in the region of': 'approx', 'on the order of': 'approx', 'of the order of': 'approx',
    // "as many as 500 died" puts 500 as the top of what is known; "as few as 10" as the bottom.
    'as many as': 'at-most', 'as much as': 'at-most', 'as high as': 'at-most', 'as few as': 'at-least', 'as little as': 'at-least', 'as low as': 'at-least',
    'more than': 'more-than', 'over': 'more-than', 'above': 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than', 'exceeding': 'more-than',
    'less than': 'less-than', 'lower than': 'less-than', 'higher than': 'more-than', 'greater than': 'more-than', 'larger than': 'more-than', 'smaller than': 'less-than', 'fewer than': 'less-than', 'under': 'less-than', 'below': 'less-than', 'nearly all': 'approx',
    'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least', 'at most': 'at-most',
    'up to': 'at-most', 'no more than': 'at-most', 'a maximum of': 'at-most', 'only': 'exact', 'just': 'exact', 'exactly': 'exact',
    // Comparisons with "or equal" in the orders people write them.
    'less than or equal to': 'at-most', 'less than or equal': 'at-most', 'less or equal than': 'at-most', 'less or equal to': 'at-most', 'smaller than or equal to': 'at-most',
    'smaller or equal than': 'at-most', 'smaller or equal to': 'at-most', 'lower than or equal to': 'at-most', 'lower or equal than': 'at-most', 'fewer than or equal to': 'at-most',
    'equal to or less than': 'at-most', 'equal to or lower than': 'at-most', 'equal to or smaller than': 'at-most', 'equal to or fewer than': 'at-most', 'at most or equal to': 'at-most',
    'more than or equal to': 'at-least', 'more or equal than': 'at-least', 'greater than or equal to': 'at-least', 'greater or equal than': 'at-least', 'greater or equal to': 'at-least',
    'bigger or equal than': 'at-least', 'bigger than or equal to': 'at-least', 'higher or equal than': 'at-least', 'higher than or equal to': 'at-least', 'larger or equal than': 'at-least',
    'larger than or equal to': 'at-least', 'equal to or more than': 'at-least', 'equal to or greater than': 'at-least', 'equal to or higher than': 'at-least', 'at least or equal to': 'at-least',
    'bigger than': 'more-than', 'not more than': 'at-most', 'not less than': 'at-least', 'not fewer than': 'at-least', 'no greater than': 'at-most', 'no higher than': 'at-most',
    'no smaller than': 'at-least', 'no lower than': 'at-least', 'exceed': 'more-than', 'exceeds': 'more-than', 'exceeded': 'more-than', 'surpass': 'more-than', 'surpasses': 'more-than',
    'surpassed': 'more-than', 'surpassing': 'more-than', 'topped': 'more-than', 'tops': 'more-than', 'crossed': 'more-than', 'crosses': 'more-than', 'equal to': 'exact', 'equals': 'exact', 'equals to': 'exact', 'equaling': 'exact', 'equaling to': 'exact', 'equalling': 'exact',
  },
  temperatureExtremes: ['a maximum of', 'maximum of', 'a minimum of', 'minimum of', 'maximum', 'minimum'],
  // "has gone up to 191" (risen to) and "spread over 912 sq km" (across) bound nothing.
  notQualifiers: ['not only', 'not just', 'how about', 'what about', 'gone up to', 'went up to', 'go up to', 'goes up to', 'going up to', 'shot up to', 'moved up to',
    // A headline's small moves: inflation edges up to 7.2pc, prices inched up to Rs 280.
    'edges up to', 'edged up to', 'edging up to', 'inches up to', 'inched up to', 'inching up to', 'ticks up to', 'ticked up to', 'creeps up to', 'crept up to', 'moves up to', 'climbs up to', 'climbed up to',
    // A change set against its base: "up 4 per cent over 4,28,278 cases in 2021" is no bound of the base.
    'per cent over', 'percent over', '% over', 'pc over', 'per cent higher than', 'percent higher than', '% higher than',
    'spread over', 'spreads over', 'spread out over', 'spreading over', 'sprawled over', 'sprawling over', 'stretching over', 'stretches over', 'extending over', 'extends over'],
  qualifiersAfter: {
    'or more': 'at-least', 'and more': 'at-least', 'plus': 'more-than', 'or so': 'approx', 'or less': 'at-most', 'and above': 'at-least', 'or greater': 'at-least', 'or greater than': 'at-least',
    'or higher': 'at-least', 'or above': 'at-least', 'or over': 'at-least', 'and over': 'at-least', 'and up': 'at-least', 'or fewer': 'at-most', 'or lower': 'at-most', 'or below': 'at-most',
    'and below': 'at-most', 'or under': 'at-most', 'and under': 'at-most', '-odd': 'approx', '-plus': 'more-than', '+': 'more-than', '-something': 'approx', '-some': 'approx',
  },
  orEqual: ['or equal', 'or equal to', 'or equal to it', 'or equal to that'],
  boundJoiners: ['and', 'but', ',', 'yet'],
  rangeJoiners: ['to', 'or', 'through', '~'],
  alternativesBefore: ['either', 'whether'],
  changeJoiners: ['to'],
  changeFrom: ['from'],
  changeBefore: ['by', 'rose', 'fell', 'jumped', 'gained', 'climbed', 'slipped', 'dropped', 'declined', 'surged', 'soared', 'plunged', 'shed', 'lost',
    'added', 'increased', 'decreased', 'dipped', 'advanced', 'eased', 'rallied', 'slumped', 'tumbled', 'rises', 'falls', 'gains', 'up', 'down',
    'raised', 'reduced', 'cut', 'hiked', 'lowered', 'slashed', 'revised'],
  definiteArticles: ['the'],
  looseCounts: { 'a couple of': 2, 'a couple': 2, 'a few': null, 'several': null },
  exactCounts: { 'a pair of': 2, 'a pair': 2 },
  fromEnd: ['to last', 'to the last', '-to-last', 'from last', 'from the last', 'from the end', 'from the bottom', 'from bottom', '-last', 'from the back'],
  dayJoiners: ['and', '&'],
  // A span runs from a date it began on (the offensive that began on Oct. 27): no time of what happened in it.
  sinceEventBefore: ['since'],
  sinceBefore: ['since', 'since the', 'since early', 'since late', 'began on', 'began in', 'started on', 'started in', 'beginning on', 'starting on'],
  // A page's publication or update line dates the page, not the story (a print edition comes out the day after).
  publishedBefore: ['published', 'published on', 'first published', 'first published on', 'updated', 'updated on', 'last updated', 'last updated on', 'posted', 'posted on'],
  betweenWords: ['between'],
  percent: ['percent', 'per cent', 'pc', 'percentage', 'percents', 'pct'],
  // "a pass percentage of 87.98", "turnout percentage stood at 65.8".
  percentBefore: ['percentage', 'percentage of', 'percentage was', 'percentage is', 'percentage at', 'percentage stood at', 'percentage rose to', 'percentage fell to',
    // A cricket table's points percentage: a PCT of 68.51.
    'pct', 'pct of', 'pct is', 'pct was', 'pct at', 'percentage to', 'pct to'],
  // "percent of 10", "per cent of twenty-two" with nothing after: that many percent.
  percentOfBefore: ['percent of', 'per cent of', 'percents of'],
  percentagePoints: ['percentage points', 'percentage point', 'percent points', 'per cent points', 'percentage-point', 'percentage-points'],
  currencies: {
    '$': 'USD', 'us$': 'USD', 'usd': 'USD', 'dollar': 'USD', 'dollars': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', '€': 'EUR', 'euro': 'EUR', 'euros': 'EUR',
    '£': 'GBP', 'pound': 'GBP', 'pounds': 'GBP', '¥': 'JPY', 'yen': 'JPY', 'yuan': 'CNY', 'rupee': 'INR', 'rupees': 'INR', 'rs': 'INR', 'rs.': 'INR', '₹': 'INR',
    'ringgit': 'MYR', 'ringgits': 'MYR', 'malaysia ringgit': 'MYR', 'malaysia ringgits': 'MYR', 'shekel': 'ILS', 'shekels': 'ILS', 'riyal': 'SAR', 'riyals': 'SAR', 'dirham': 'AED', 'dirhams': 'AED', 'baht': 'THB',
    'lira': 'TRY', 'taka': 'BDT', 'tk': 'BDT', 'tk.': 'BDT', 'afghani': 'AFN', 'afghanis': 'AFN', 'tugrik': 'MNT', 'tugriks': 'MNT', 'naira': 'NGN', 'shilling': 'KES', 'shillings': 'KES', 'ksh': 'KES', 'rand': 'ZAR', 'rupiah': 'IDR', 'kyat': 'MMK',
    'dong': 'VND', '₫': 'VND', 'rouble': 'RUB', 'roubles': 'RUB', 'ruble': 'RUB', 'rubles': 'RUB', 'rial': 'IRR', 'rials': 'IRR', 'toman': { code: 'IRR', factor: 10 }, 'tomans': { code: 'IRR', factor: 10 },
    'drachma': 'GRD', 'drachmas': 'GRD', 'markka': 'FIM', 'markkaa': 'FIM', 'peseta': 'ESP', 'pesetas': 'ESP', 'guilder': 'NLG', 'guilders': 'NLG', 'deutsche mark': 'DEM', 'deutsche marks': 'DEM', 'deutschmark': 'DEM', 'deutschmarks': 'DEM',
    // The IMF's unit of account: SDR 760 million, 760 million SDRs (ایس ڈی آر).
    'sdr': 'XDR', 'sdrs': 'XDR', 'special drawing rights': 'XDR',
    'buck': 'USD', 'bucks': 'USD', 'l.e.': 'EGP', 'l.e': 'EGP', 'le': { code: 'EGP', factor: 1, capitals: 'LE' }, 'geneh': 'EGP', 'genihat': 'EGP',
  },
  subunits: ['cents', 'cent', 'c', 'pence', 'penny', 'pennies', 'p', 'paise', 'paisa', 'paisas', 'sen', 'sens', 'kopiykas', 'kopecks', 'kopeks'],
  // p is a penny only glued to its digits (4,870p, 50p), and not on a video's lines (1080p): see money.ts.
  subunitCurrencies: { 'p': 'GBP', 'cents': 'USD', 'cent': 'USD', 'pence': 'GBP', 'penny': 'GBP', 'pennies': 'GBP', 'paise': 'INR', 'paisa': 'PKR', 'paisas': 'PKR' },
  units: {
    'km': 'km', 'kilometres': 'km', 'kilometers': 'km', 'kilometre': 'km', 'kilometer': 'km', 'm': 'm', 'metres': 'm', 'meters': 'm', 'kg': 'kg', 'kilograms': 'kg',
    'tonnes': 't', 'tons': 't', 'tonne': 't', 'ton': 't', 'litres': 'L', 'liters': 'L', 'miles': 'mi', 'mile': 'mi', 'acres': 'acre', 'hectares': 'ha', 'mw': 'MW',
    'megawatts': 'MW', 'degrees': '°', 'cm': 'cm', 'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2', 'barrels': 'bbl', 'feet': 'ft', 'foot': 'ft', 'inches': 'in',
    // Containers are counted in twenty-foot equivalent units at ports: 2.15 million TEUs.
    'teu': 'TEU', 'teus': 'TEU',
    // The purity of gold, as Persian عیار and Urdu قیراط: 18-carat gold.
    'carat': 'kt', 'carats': 'kt', 'karat': 'kt', 'karats': 'kt',
    'degree': '°', 'deg': '°', 'deg.': '°', 'celsius': '°C', 'celcius': '°C', 'centigrade': '°C', 'fahrenheit': '°F', 'farenheit': '°F',
    'degrees celsius': '°C', 'degree celsius': '°C', 'degrees celcius': '°C', 'degrees centigrade': '°C', 'degrees c': '°C', 'degree c': '°C', 'deg c': '°C', 'deg celsius': '°C', '° celsius': '°C',
    'degrees fahrenheit': '°F', 'degree fahrenheit': '°F', 'degrees farenheit': '°F', 'degrees f': '°F', 'degree f': '°F', 'deg f': '°F', 'deg fahrenheit': '°F', '° fahrenheit': '°F',
    'metre': 'm', 'meter': 'm', 'centimetres': 'cm', 'centimeters': 'cm', 'centimetre': 'cm', 'centimeter': 'cm', 'millimetres': 'mm', 'millimeters': 'mm', 'millimetre': 'mm', 'millimeter': 'mm',
    'decimetres': 'dm', 'decimeters': 'dm', 'decimeter': 'dm', 'picometers': 'pm', 'picometer': 'pm', 'nanometres': 'nm', 'nanometers': 'nm', 'nanometer': 'nm',
    'inch': 'in', 'yards': 'yd', 'yard': 'yd', 'acre': 'acre', 'hectare': 'ha', 'square metres': 'm2', 'square meters': 'm2', 'square meter': 'm2', 'square metre': 'm2',
    // Land in South Asia: a 10-marla house, a one-kanal plot, 12 bighas (ids shared with the Urdu and Hindi tables).
    'marla': 'marla', 'marlas': 'marla', 'kanal': 'kanal', 'kanals': 'kanal', 'bigha': 'bigha', 'bighas': 'bigha',
    'square feet': 'ft2', 'square foot': 'ft2', 'square yards': 'yd2', 'square yard': 'yd2', 'megapixels': 'MP', 'megapixel': 'MP', 'watts': 'W', 'watt': 'W', 'square miles': 'mi2', 'square mile': 'mi2', 'cubic feet': 'ft3', 'cubic foot': 'ft3', 'mmcfd': 'MMcfd', 'million cubic feet per day': 'MMcfd', 'million cubic feet a day': 'MMcfd', 'cubic metres': 'm3', 'cubic meters': 'm3',
    'kilogram': 'kg', 'kilogrammes': 'kg', 'kilos': 'kg', 'grams': 'g', 'gram': 'g', 'grammes': 'g', 'milligrams': 'mg', 'milligram': 'mg', 'micrograms': 'µg', 'microgram': 'µg', 'microgrammes': 'µg',
    'micrograms per cubic metre': 'µg/m3', 'micrograms per cubic meter': 'µg/m3', 'microgrammes per cubic metre': 'µg/m3', 'µg per cubic metre': 'µg/m3', 'µg per cubic meter': 'µg/m3',
    'metric tons': 't', 'metric tonnes': 't', 'metric ton': 't', 'ounces': 'oz', 'ounce': 'oz', 'litre': 'L', 'liter': 'L', 'millilitres': 'mL', 'milliliters': 'mL', 'millilitre': 'mL', 'milliliter': 'mL',
    'hectolitres': 'hL', 'hectoliters': 'hL', 'gallons': 'gal', 'gallon': 'gal', 'barrel': 'bbl', 'megawatt': 'MW', 'kilowatts': 'kW', 'gigawatts': 'GW', 'kilowatt hours': 'kWh',
    'km per hour': 'km/h', 'km an hour': 'km/h', 'kilometre per hour': 'km/h', 'kilometer per hour': 'km/h',
    'barrels per day': 'bbl/d', 'barrels a day': 'bbl/d', 'bpd': 'bbl/d', 'b/d': 'bbl/d',
    'miles per hour': 'mph', 'miles an hour': 'mph', 'mile per hour': 'mph', 'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'kilometres an hour': 'km/h', 'kilometers an hour': 'km/h',
    'pounds': 'lb', 'pound': 'lb', 'l': 'L', 'ltr': 'L', 'ltrs': 'L', 'mls': 'mL', 'gals': 'gal', 'hectolitre': 'hL', 'hectoliter': 'hL',
    'g': 'g', 'gs': 'g', 'megabytes': 'MB', 'megabyte': 'MB', 'gigabytes': 'GB', 'gigabyte': 'GB', 'megabits': 'Mbit', 'bits': 'bit', 'bit': 'bit', 'radians': 'rad', 'radian': 'rad',
    // Concentrations and masses of climate reports: 424 parts per million, 270 gigatonnes of ice, 37.4 billion tonnes of CO2.
    'parts per million': 'ppm', 'parts per billion': 'ppb', 'gigatonnes': 'Gt', 'gigatonne': 'Gt', 'gigatons': 'Gt', 'gigaton': 'Gt', 'megatonnes': 'Mt', 'megatonne': 'Mt', 'megatons': 'Mt',
    'basis points': 'bp', 'basis point': 'bp', 'bps': 'bp', 'mgd': 'MGD', 'quintals': 'quintal', 'quintal': 'quintal', 'cup': 'cup', 'cups': 'cup', 'tablespoon': 'tbsp', 'tablespoons': 'tbsp', 'tbsp': 'tbsp', 'teaspoon': 'tsp', 'teaspoons': 'tsp', 'tsp': 'tsp',
  },
  references: { 'article': 'article', 'articles': 'article', 'section': 'section', 'sections': 'section', 'clause': 'clause', 'chapter': 'chapter', 'resolution': 'resolution', 'paragraph': 'paragraph', 'annex': 'annex', 'no.': 'number', 'number': 'number',
    // Labels of a stage or class: Phase 2 trials, a Category 5 hurricane, stage 3 cancer.
    'phase': 'phase', 'category': 'category', 'stage': 'stage', 'grade': 'grade',
    // A school class is a label too: the Class 12 results (as कक्षा 10).
    'class': 'number',
    // Trains by their number: the Coromandel Express (12841).
    'express': 'number', 'superfast': 'number',
    // Service numbers: Rescue 1122, helpline 1700 are numbers to call, not counts (as ریسکیو 1122).
    'rescue': 'number', 'helpline': 'number',
    // A table or figure of a report by its number: Table 2, Figure 5 (as جدول ۲, شکل 5, तालिका 2).
    'table': 'table', 'figure': 'figure' },
  capitalReferences: ['table', 'figure'],
  // TB is a terabyte, or tuberculosis before the words that count its cases (25.5 lakh TB cases, 3,000 TB deaths).
  counterUnits: { 'tb': ['cases', 'case', 'patients', 'deaths', 'infections', 'notifications', 'survivors'] },
  // A year of another era is no figure of ours: Vikram Samvat 2081.
  identifierLabels: ['vikram samvat', 'samvat', 'saka samvat'],
  yearCues: ['year', 'in', 'since', 'by', 'until', 'from', 'fy', 'of'],
  otherCalendarCues: ['year'],
  monthCues: ['in', 'during', 'last', 'this', 'next', 'early', 'late', 'mid', 'of'],
  yearFollowers: [],
  concepts: {
    // War reports: civilians are the citizens translations count (شہری, नागरिक, غیرنظامیان); hostages; fighters are militants.
    'civilians': 'citizen', 'hostages': 'hostage', 'captives': 'hostage', 'fighters': 'militant',
    // Sport utility vehicles sold (46,222 SUVs), as Hindi एसयूवी.
    'suvs': 'suv', 'suv': 'suv',
    // People of a nation counted (850,000 Afghans), those who came out alive, a plane's crew.
    'afghans': 'person', 'migrants': 'refugee', 'syrians': 'person', 'rohingya': 'person', 'survivors': 'person', 'crew': 'member', 'screens': 'screen', 'sailors': 'member', 'seafarers': 'member', 'police personnel': 'policeman', 'police officers': 'policeman',
    'carriages': 'coach', 'bogies': 'coach', 'aqi': 'aqi', 'air quality index': 'aqi',
    // Vehicles named by their wheels (ids shared with the Hindi table: दोपहिया).
    'two-wheelers': 'two-wheeler', 'two-wheeler': 'two-wheeler', 'three-wheelers': 'three-wheeler', 'three-wheeler': 'three-wheeler',
    'country': 'country', 'countries': 'country', 'nation': 'country', 'nations': 'country', 'state': 'state', 'states': 'state',
    'organisation': 'organisation', 'organisations': 'organisation', 'organization': 'organisation', 'organizations': 'organisation', 'institution': 'organisation', 'institutions': 'organisation', 'agencies': 'organisation',
    'delegate': 'delegate', 'delegates': 'delegate', 'representatives': 'delegate', 'delegation': 'delegation', 'delegations': 'delegation',
    'signature': 'signature', 'signatures': 'signature', 'signatories': 'signatory', 'articles': 'article', 'chapters': 'chapter',
    'year': 'year', 'years': 'year', 'yo': 'year', 'month': 'month', 'months': 'month', 'day': 'day', 'days': 'day', 'week': 'week', 'weeks': 'week', 'hour': 'hour', 'hours': 'hour', 'minutes': 'minute', 'minute': 'minute', 'seconds': 'second', 'seasons': 'season', 'decades': 'decade',
    'subscriber': 'subscriber', 'subscribers': 'subscriber', 'goal': 'goal', 'goals': 'goal', 'penalty corner': 'penalty-corner', 'penalty corners': 'penalty-corner', 'medal': 'medal', 'medals': 'medal', 'bed': 'bed', 'beds': 'bed', 'teachers': 'teacher', 'trains': 'train', 'airports': 'airport',
    'gold medal': 'gold-medal', 'gold medals': 'gold-medal', 'golds': 'gold-medal', 'silver medal': 'silver-medal', 'silver medals': 'silver-medal', 'silvers': 'silver-medal',
    'bronze medal': 'bronze-medal', 'bronze medals': 'bronze-medal', 'bronzes': 'bronze-medal', 'bronze': 'bronze-medal', 'silver': 'silver-medal',
    'computer': 'computer', 'computers': 'computer', 'hospital': 'hospital', 'hospitals': 'hospital',
    'people': 'person', 'persons': 'person', 'person': 'person', 'individuals': 'person', 'citizens': 'citizen', 'residents': 'resident',
    // A population counted, as آبادی and आबादी are: 240 million population.
    'population': 'population', 'inhabitants': 'resident',
    'session': 'session', 'sessions': 'session', 'meeting': 'meeting', 'meetings': 'meeting', 'event': 'event', 'events': 'event', 'institutes': 'institute', 'institute': 'institute',
    'company': 'company', 'companies': 'company', 'firms': 'company', 'city': 'city', 'cities': 'city', 'province': 'province', 'provinces': 'province', 'school': 'school', 'schools': 'school',
    'students': 'student', 'children': 'child', 'child': 'child', 'women': 'woman', 'soldiers': 'soldier', 'servicemen': 'soldier', 'prisoners': 'prisoner', 'prisoners of war': 'prisoner', 'pows': 'prisoner', 'troops': 'soldier', 'deaths': 'death', 'death': 'death', 'dead': 'death', 'killed': 'death',
    'injured': 'injury', 'injuries': 'injury', 'cases': 'case', 'case': 'case', 'attacks': 'attack', 'attack': 'attack', 'votes': 'vote', 'vote': 'vote', 'seats': 'seat', 'members': 'member', 'member': 'member',
    'leaders': 'leader', 'ministers': 'minister', 'journalists': 'journalist', 'houses': 'house', 'homes': 'house', 'vehicles': 'vehicle', 'experts': 'expert', 'victims': 'victim',
    'refugees': 'refugee', 'employees': 'employee', 'workers': 'worker', 'agreements': 'agreement', 'projects': 'project', 'patients': 'patient', 'tests': 'test', 'doses': 'dose',
    'cent': 'cent', 'cents': 'cent', 'penny': 'penny', 'pennies': 'penny', 'pence': 'penny',
    // Examiners, trips of trains, applicants and sanitation workers of exam, rail, Hajj and mela news.
    'examiners': 'examiner', 'examiner': 'examiner', 'trips': 'trip', 'trip': 'trip', 'applicants': 'applicant', 'applicant': 'applicant', 'sanitation workers': 'cleaner', 'cleaners': 'cleaner',
    'tents': 'tent', 'tent': 'tent', 'blankets': 'blanket', 'blanket': 'blanket',
    'villages': 'village', 'village': 'village', 'districts': 'district', 'district': 'district', 'bridges': 'bridge', 'petitions': 'petition', 'petition': 'petition',
    'others': 'person', 'men': 'man', 'personnel': 'soldier', 'jawans': 'soldier', 'mnas': 'member', 'mpas': 'member', 'mlas': 'member', 'mps': 'member', 'lawmakers': 'member', 'legislators': 'member',
    'taxpayers': 'taxpayer', 'voters': 'voter', 'candidates': 'candidate', 'protesters': 'protester', 'militants': 'militant', 'suspects': 'suspect', 'policemen': 'policeman', 'pilgrims': 'pilgrim',
    // In news a participle right after a bare number counts people: "300 attended", "12 arrested", "40 wounded", "12 remain in hospital"
    // (gap nouns: a noun after one is what it counts, "33 recovered cases").
    'wounded': 'injury', 'hurt': 'injury', 'died': 'death', 'perished': 'death', 'drowned': 'death', 'martyred': 'death',
    'attended': 'person', 'marched': 'person', 'gathered': 'person', 'protested': 'person', 'arrested': 'person', 'detained': 'person', 'rescued': 'person',
    'evacuated': 'person', 'displaced': 'person', 'stranded': 'person', 'trapped': 'person', 'missing': 'person', 'remain': 'person', 'remained': 'person',
    'survived': 'person', 'fled': 'person', 'hospitalised': 'person', 'hospitalized': 'person', 'quarantined': 'person', 'infected': 'person', 'recovered': 'person',
    'abducted': 'person', 'kidnapped': 'person', 'booked': 'person', 'convicted': 'person', 'acquitted': 'person', 'accused': 'suspect',
    // Sport, markets, exams, health, transport and space, with the ids of the Hindi and Urdu tables (marks and index points are both अंक).
    'runs': 'run', 'wickets': 'wicket', 'wicket': 'wicket', 'overs': 'over', 'balls': 'ball', 'deliveries': 'ball', 'fours': 'four', 'sixes': 'six',
    'matches': 'match', 'games': 'match', 'players': 'player', 'teams': 'team',
    'points': 'point', 'marks': 'point', 'witnesses': 'witness', 'officials': 'official', 'satellites': 'satellite', 'astronauts': 'astronaut',
    'passengers': 'passenger', 'flights': 'flight', 'aircraft': 'aircraft', 'planes': 'aircraft', 'jets': 'aircraft', 'fighter jets': 'aircraft', 'phones': 'phone',
    'families': 'family', 'coaches': 'coach', 'percentile': 'percentile',
    'shares': 'share', 'spectators': 'spectator', 'roads': 'road', 'highways': 'highway', 'transformers': 'transformer',
    // Trade deals, courts, relief: tariff lines and goods, memoranda, convicts, areas, helicopters (ids shared with the other tables).
    'tariff lines': 'item', 'items': 'item', 'products': 'item', 'memoranda': 'memorandum', 'memorandums': 'memorandum', 'mous': 'memorandum', 'convicts': 'convict',
    'health workers': 'worker', 'areas': 'area', 'regions': 'area', 'helicopters': 'helicopter',
    'rooms': 'room', 'colleges': 'college', 'hearings': 'hearing', 'pistols': 'weapon', 'rifles': 'weapon', 'kalashnikovs': 'weapon', 'proclaimed offenders': 'offender', 'offenders': 'offender', 'weapons': 'weapon', 'guns': 'weapon', 'sections': 'section',
    // Budgets, polls, disasters, courts and exams, with the ids of the Hindi table.
    'buses': 'bus', 'trucks': 'truck', 'farmers': 'farmer', 'camps': 'camp', 'quarter': 'quarter', 'quarters': 'quarter', 'tourists': 'tourist', 'youths': 'youth', 'posts': 'post', 'vacancies': 'post', 'phases': 'phase', 'ambulances': 'ambulance',
    'bodies': 'body', 'judges': 'judge', 'pages': 'page', 'centres': 'centre', 'examination centres': 'exam-centre', 'examination centers': 'exam-centre', 'exam centres': 'exam-centre', 'exam centers': 'exam-centre', 'examination centre': 'exam-centre', 'exam centre': 'exam-centre', 'centers': 'centre', 'subjects': 'subject', 'animals': 'animal', 'cattle': 'cattle',
    'polling stations': 'polling station', 'polling booths': 'polling station', 'polling centres': 'polling station', 'booths': 'polling station',
    // Sport, space, health, roads, metros and treaties, with the ids of the Hindi table (AIIMS is a name, no plural of "aiim").
    'sports': 'sport', 'disciplines': 'sport', 'gold': 'gold-medal', 'payloads': 'payload', 'aiims': 'aiims', 'lanes': 'lane', 'stations': 'station',
    'corridors': 'corridor', 'ports': 'port', 'seaports': 'port', 'paragraphs': 'paragraph', 'pillars': 'pillar', 'sim cards': 'sim card', 'drones': 'drone',
    // Farming, power and relief news, with the ids of the Urdu and Hindi tables: sacks of grain or fertiliser, feeders, dams, power plants.
    'bags': 'bag', 'sacks': 'bag', 'feeders': 'feeder', 'dams': 'dam', 'power plants': 'plant', 'volunteers': 'volunteer', 'tractors': 'tractor', 'trees': 'tree', 'saplings': 'tree', 'locomotives': 'locomotive',
  },
  anaphoricBefore: ['these', 'those', 'latter', 'former'],
  restatedCounts: ['the two', 'the three', 'the four'],
  rateWords: ['every', 'per'],
  ratioWords: ['in', 'out of'],
  partOfWhole: ['of', 'of the', 'out of', 'out of the', 'out of a total of', 'of a total of', 'of its', 'of their'],
  // An index closing at its level: fell 720 points to 73,500, gained 1,200 points to close at 78,450.
  levelBefore: ['to', 'at'],
  // A rate set against an earlier one: 47 percent, down from 52 percent.
  versusJoiners: ['down from', 'up from', 'compared with', 'compared to', 'as against'],
  voteSidesAfter: ['against', 'opposed', 'in favour', 'in favor'],
  countOfBeforeNoun: ['number of', 'total number of', 'count of', 'tally of'],
  // An index named right before its reading: AQI 494 (the value is of the index).
  totalsBefore: ['aqi'],
  // A telecom's users counted as its base: "subscriber base shrank by 15.5 lakh to 21.24 crore".
  countOfAfterNoun: ['toll', 'base', 'tally'],
  deathTolls: ['toll'],
  clauseBreaks: [';', '؛', 'while', 'whereas', 'but', 'although', 'though'],
  relativeWords: ['who', 'whom', 'whose', 'which'],
  clauseMarkers: ['after', 'before', 'when', 'while', 'but', 'since'],
  reasonMarkers: ['for', 'over'],
  clauseVerbs: ['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'aged', 'turned', 'turns'],
  rateSubjects: {
    'market share': 'market-share', 'share of the market': 'market-share',
    // A party's share of the votes cast: "the BJP's vote share was 39.94 per cent".
    'vote share': 'vote-share', 'share of votes': 'vote-share', 'share of the vote': 'vote-share', 'share of the votes': 'vote-share',
    'inflation': 'inflation', 'consumer prices': 'inflation', 'unemployment': 'unemployment', 'jobless rate': 'unemployment', 'growth': 'growth',
    'gdp growth': 'growth', 'economic growth': 'growth', 'turnout': 'turnout', 'voter turnout': 'turnout', 'interest rate': 'interest',
    'policy rate': 'interest', 'interest rates': 'interest', 'poverty': 'poverty', 'literacy': 'literacy', 'vaccination rate': 'vaccination', 'pass rate': 'pass', 'pass percentage': 'pass',
    'repo rate': 'interest', 'key rate': 'interest', 'key interest rate': 'interest', 'benchmark rate': 'interest', 'benchmark interest rate': 'interest',
    // What a bond pays is no policy rate: ten-year bond yields fell 6 bps to 6.19%.
    'bond yield': 'yield', 'bond yields': 'yield',
    // A government's deficit told as a share of its GDP (4.4 percent of GDP) is a rate of its own.
    'fiscal deficit': 'deficit', 'budget deficit': 'deficit',
    'humidity': 'humidity', 'relative humidity': 'humidity',
    // Taxes collected as a share of GDP are a ratio of their own, not the economy's growth (raise the tax-to-GDP ratio to 10.6 percent).
    'tax-to-gdp ratio': 'tax-to-gdp', 'tax-to-gdp': 'tax-to-gdp', 'tax to gdp ratio': 'tax-to-gdp',
  },
  ratioBases: ['gdp', 'gross domestic product'],
  ageAfter: ['old', 'aged'],
  // 12 noon, 12 midnight (a start of 18 makes twelve midnight, as रात 12 बजे).
  meridiems: { 'a.m.': 0, 'a.m': 0, 'p.m.': 12, 'p.m': 12, 'am': 0, 'pm': 12, 'noon': 12, 'midnight': 18 },
  clockAfter: ["o'clock", 'o’clock'],
  dayParts: { 'in the morning': 0, 'in the afternoon': 12, 'in the evening': 12, 'at night': 12 },
  // Series a bare "first" or "second" ranks (second wave, first page), also as English words in other scripts' text.
  rankNouns: ['place', 'round', 'phase', 'stage', 'wave', 'list', 'page', 'quarter', 'half', 'dose', 'term', 'innings', 'leg', 'edition', 'season', 'position'],
  notCounts: ['one another', 'one or another', 'one after another', 'one by one', 'one on top of another',
    // Vehicle classes named by their wheels: two-wheeler sales rose, rickshaws and three-wheelers.
    'two-wheeler', 'two-wheelers', 'three-wheeler', 'three-wheelers', 'four-wheeler', 'four-wheelers', 'two wheeler', 'two wheelers', 'three wheelers', 'four wheelers'],
  nounGap: ['least', 'most', 'and', ',', 'international', 'regional', 'private', 'large', 'small', 'new', 'different', 'non', 'european', 'other', 'major', 'member', 'more', 'additional', 'research', 'high-level', 'confirmed', 'new',
    // Diseases and bodies before the noun they qualify: 1,245 new dengue cases, 93 National Assembly seats.
    'fresh', 'active', 'suspected', 'sustained', 'suffered', 'fc', 'security', 'paramilitary', 'dengue', 'tb', 'tuberculosis', 'covid', 'covid-19', 'covid19', 'sars-cov-2', 'h1n1', 'coronavirus', 'malaria', 'cholera', 'measles', 'polio', 'national', 'provincial', 'assembly', 'reserved', 'general',
    'special', 'domestic', 'icu', 'extra', 'premier', 'league', 'covid', 'vaccine', 'mobile', 'daily', 'weekly', 'monthly', 'annual',
    // Adverbs of degree: "10 seriously ill patients"; before a participle they count nothing ("1,036 partially damaged").
    'fully', 'partially', 'partly', 'completely', 'totally', 'critically', 'seriously', 'severely', 'slightly', 'badly'],
  functionWords: ['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'that', 'this', 'which', 'who', 'it', 'its',
    'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'do', 'does', 'did', 'not', 'they', 'we', 'he', 'she',
    'between', 'after', 'before', 'during', 'since', 'until', 'than', 'into', 'among', 'against', 'but', 'yet', 'out',
    // Conjunctions and prepositions opening the next clause: "closed at 72,400 while the Nifty fell".
    'while', 'whereas', 'when', 'where', 'whose', 'whom', 'if', 'because', 'though', 'although', 'unless', 'whether', 'nor', 'amid', 'despite',
    'within', 'without', 'through', 'via', 'upon', 'including',
    // Adverbs news writes right after a number: never what it counts.
    'shortly', 'respectively', 'apiece', 'overnight', 'altogether', 'overall', 'instead', 'again', 'together', 'already', 'nearly', 'roughly', 'mostly', 'only', 'alone',
    // Adverbs of time and place after a count are no noun: "Police arrested 12 yesterday", "112 off 98 balls".
    'yesterday', 'today', 'tonight', 'tomorrow', 'earlier', 'later', 'ago', 'overnight', 'still', 'so', 'also', 'now', 'then', 'there', 'here', 'each', 'apiece', 'off', 'too', 'per', 'plus',
    // "jails 8 over an attack" (for); the cricket over is counted in the plural (20 overs).
    'over'],
  gapNouns: ['wounded', 'hurt', 'died', 'perished', 'drowned', 'martyred', 'attended', 'marched', 'gathered', 'protested', 'arrested', 'detained', 'rescued',
    'evacuated', 'displaced', 'stranded', 'trapped', 'missing', 'remain', 'remained', 'survived', 'fled', 'hospitalised', 'hospitalized', 'quarantined', 'infected',
    'recovered', 'abducted', 'kidnapped', 'booked', 'convicted', 'acquitted', 'accused'],
  peopleVerbs: ['jailed', 'jails', 'killed', 'killing', 'kill', 'kills', 'wounded', 'wounding', 'injured', 'injuring', 'arrested', 'arresting', 'arrest', 'detained', 'detaining', 'rescued',
    'evacuated', 'kidnapped', 'abducted', 'displaced', 'hospitalised', 'hospitalized', 'booked', 'executed', 'hanged', 'sentenced', 'convicted', 'acquitted', 'freed', 'released'],
  periodWords: ['over'],
  verbEndings: ['ed'],
  // Irregular past forms news puts right after a number or an index name (Nifty 50 lost 0.5%).
  verbForms: ['rose', 'fell', 'won', 'lost', 'took', 'made', 'gave', 'went', 'came', 'got', 'saw', 'said', 'told', 'paid', 'sold', 'bought', 'brought', 'spent', 'sent',
    'kept', 'began', 'became', 'grew', 'drew', 'flew', 'ran', 'struck', 'stood', 'sat', 'spoke', 'broke', 'chose', 'wrote', 'drove', 'fought', 'caught', 'sought', 'built',
    'meant', 'heard', 'knew', 'thought', 'felt', 'understood', 'withdrew', 'overtook', 'arose', 'slid', 'sank', 'shrank', 'swung', 'climbed', 'jumped', 'soared', 'plunged', 'slumped',
    // A record's number before the verb that set it: the record of 673 set in 2003.
    'set',
    // Present verbs of a level after a year span or a count: the budget for 2024-25 stands at, 2.3 crore remains.
    'stands', 'remains', 'totals'],
  notVerbs: ['hundred', 'speed', 'breed', 'seed', 'need', 'feed', 'deed', 'creed', 'shed', 'sled', 'bred', 'kindred', 'sacred'],
  reportingWords: ['said', 'says', 'told', 'added', 'noted', 'according', 'stated'],
  obliqueBefore: ['in', 'at', 'from', 'to', 'into', 'for', 'with', 'on', 'against', 'over', 'by', 'than', 'under', 'between'],
  windowWords: ['past', 'last', 'previous', 'next', 'coming', 'within'],
  comparedWith: ['compared with', 'compared to', 'as against', 'versus'],
  // The outgoing (fiscal) year is the one a budget story sets its new figures against: down 7pc from Rs18.87tr in the outgoing year.
  earlierTime: ['last year', 'previous year', 'a year earlier', 'a year ago', 'up from', 'down from', 'previously', 'in the previous', 'outgoing year', 'outgoing fiscal year', 'outgoing financial year', 'in the outgoing'],
  preferredScales: [[1e6, 'million'], [1e9, 'billion'], [1e12, 'trillion']],
  oneBeforeUnit: ['a', 'an'],
  notCountedByArticle: ['degree', 'bit', 'foot', 'yard', 'ton', 'yen', 'mark', 'm', 'in', 'pc'],
  partOf: ['of', 'a', 'an'],
  partUnits: { 'in': 'in' },
  dimensionWords: ['tall', 'long', 'high', 'wide', 'deep', 'thick', 'away', 'across', 'apart'],
  belowZero: ['below zero', 'below freezing', 'below the freezing point', 'below freezing point'],
  weightCues: ['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'weights', 'heavier', 'lighter', 'heavy'],
  equalWords: ['equal to', 'is equal to', 'are equal to', 'equals', 'equivalent to', 'is equivalent to', '='],
  months: { 'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12 },
  // Afghan news in English names the Solar Hijri months after the zodiac (1 Hamal 1404, 15 Asad); not "hut", a word with a plural (12 huts).
  solarMonths: { 'hamal': 1, 'sawr': 2, 'saur': 2, 'jawza': 3, 'jauza': 3, 'saratan': 4, 'asad': 5, 'sunbula': 6, 'sonbola': 6, 'mizan': 7, 'aqrab': 8, 'qaws': 9, 'qaus': 9, 'jadi': 10, 'jaddi': 10, 'dalw': 11, 'hoot': 12 },
  pluralReferences: ['articles', 'sections', 'clauses', 'minutes'],
  plurals: {
    endings: [['ies', 'y'], ['sses', 'ss'], ['ches', 'ch'], ['shes', 'sh'], ['xes', 'x'], ['s', '']],
    notEndings: ['ss', 'us', 'is'],
    notPlural: ['news', 'series', 'species', 'means', 'always', 'perhaps', 'its', 'this', 'thus', 'has', 'was', 'does', 'yes', 'lens', 'canvas', 'alias', 'chaos', 'christmas', 'physics', 'politics', 'economics', 'athletics', 'headquarters'],
    irregular: { 'people': 'person', 'men': 'man', 'women': 'woman', 'children': 'child', 'feet': 'foot', 'teeth': 'tooth', 'mice': 'mouse', 'lives': 'life', 'wives': 'wife', 'knives': 'knife', 'halves': 'half', 'leaves': 'leaf', 'thieves': 'thief', 'shelves': 'shelf', 'wolves': 'wolf' },
  },
  // A series scoreline: a 2-0 lead, a 3-0 whitewash, a 2-1 series win.
  // A committee's or a bench's tally is a score too: the MPC voted 6-0, a 4-1 verdict, a 3-2 majority.
  scoreBefore: ['scoreline', 'voted'],
  scoreVerbs: ['beat', 'beats', 'won', 'win', 'wins', 'lost', 'lose', 'loses', 'drew', 'draw', 'draws', 'defeated', 'defeat', 'defeats', 'thrashed', 'edged', 'hammered', 'crushed', 'routed', 'trounced', 'stunned', 'downed', 'held',
    'thrash', 'thrashes', 'hammer', 'hammers', 'crush', 'crushes', 'rout', 'routs', 'trounce', 'trounces', 'stun', 'stuns', 'edge', 'edges',
    'sink', 'sinks', 'sank', 'outclass', 'outclassed', 'overpower', 'overpowered', 'hold', 'holds',
    // A lead in a series or a match, and the series itself: Pakistan lead the series 2-0, trailed 1-0 at half-time, clinched the series 3-1.
    'lead', 'leads', 'led', 'trail', 'trails', 'trailed', 'clinch', 'clinched', 'clinches', 'seal', 'sealed', 'seals', 'series',
    // A match that ended or finished level or not: the match ended 2-2 in regulation time, finished 1-1.
    'ended', 'ends', 'finished', 'finishes'],
  scoreWords: ['lead', 'win', 'victory', 'defeat', 'loss', 'draw', 'whitewash', 'drubbing', 'thrashing', 'triumph', 'series', 'scoreline', 'aggregate',
    'vote', 'verdict', 'majority', 'ruling', 'decision', 'split'],
  cricketWords: ['cricket', 'wicket', 'wickets', 'overs', 'bowler', 'bowlers', 'bowled', 'bowling', 'batsman', 'batsmen', 'batter', 'innings', 'spinner', 'pacer', 'seamer', 'odi', 't20', 'run-rate', 'test championship', 'wtc'],
  cricketJoiners: ['for'],
  runsOffBalls: ['off', 'from'],
};
