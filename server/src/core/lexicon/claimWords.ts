/**
 * The shape of a language's claim vocabulary: predicates (what happened to the counted thing),
 * mapped to ids shared across languages, so an Urdu, a Persian and a Hindi sentence about the
 * same fact get the same claim key. A phrase mapped to null neutralises a predicate word inside a
 * compound that is not an event ("signing ceremony" is not "signed").
 */

/** Predicate phrases → shared predicate id, or null for neutral compounds. */
export type PredicateTable = Readonly<Record<string, string | null>>;

/** Predicate ids, in the order that breaks ties between two predicates at the same distance. */
export const PREDICATE_IDS = ['sign', 'ratify', 'adopt', 'attend', 'speak', 'invest', 'lose', 'kill', 'injure', 'confirm', 'hold', 'include', 'reach', 'grow', 'fall'] as const;

/**
 * Predicates that say only that something changed or stood at a level (grew, fell, reached,
 * reported, totalled): with a rate they state its level, and with a bare amount they do not say
 * what changed (claims/extract.ts, claims/about.ts).
 */
/**
 * Units a claim counts in the unit news means by them: a temperature in degrees with no scale
 * named ("51 ڈگری", "۵۲ درجه", "51 डिग्री") is in Celsius in the news of every language here, as
 * its translation's "51°C" says.
 */
export const UNIT_CLASSES: Readonly<Record<string, string>> = { '°': '°C' };

/**
 * Predicates that say a temperature stood at a level, whichever a telling uses: "Jacobabad recorded
 * 51°C", "پارہ 51 ڈگری تک پہنچ گیا", "तापमान 44.8 डिग्री दर्ज किया गया" state one fact (`reach`). Only
 * temperatures: a weight or a distance "reported" is mostly a news report's, no level recorded.
 */
export const MEASURE_LEVEL: Readonly<Record<string, string>> = { report: 'reach' };
/** Also power, a demand or output recorded at a level: "मांग 8,656 मेगावाट दर्ज की गई" = "demand touched 8,656 MW". */
export const LEVEL_UNITS: ReadonlySet<string> = new Set(['unit:°C', 'unit:°F', 'unit:MW', 'unit:GW']);

/**
 * Words right before a percentage that make a change verb after it say the level reached, not by how
 * much ("به ۹٫۶ درصد کاهش یافت": fell to 9.6 percent; "۹٫۶ درصد کاهش یافت": fell by 9.6 points).
 */
export const LEVEL_TO: Readonly<Partial<Record<string, ReadonlySet<string>>>> = { fa: new Set(['به']) };

/**
 * Words right after a rate that make a change verb after them say the level it was brought to: "ٹیکس ٹو جی ڈی پی تناسب کو
 * 10.6 فیصد تک بڑھایا جائے", "शरह 6.5 प्रतिशत तक बढ़ाई गई" (to 10.6 percent, a level); not before a change's noun, which is a
 * change of up to so much ("15 فیصد تک کمی", an at-most bound).
 */
export const LEVEL_TO_AFTER: Readonly<Partial<Record<string, ReadonlySet<string>>>> = { ur: new Set(['تک']), hi: new Set(['तक']) };

/**
 * Words right after a percentage that make a change verb right after them say the level it changed
 * from, not by how much: "रेपो दर 6.5 फीसदी से घटाकर 6.25 फीसदी कर दी", "6 فیصد سے بڑھ کر 7.2 فیصد"
 * (from 6.5 to 6.25 percent; "0.25 फीसदी घटाकर" is a cut by 0.25 points).
 */
export const LEVEL_FROM: Readonly<Partial<Record<string, ReadonlySet<string>>>> = { hi: new Set(['से']), ur: new Set(['سے']) };

/**
 * Words right before an amount (a sum, a measure) that make a change verb say the level it reached,
 * in every language: "revenue rose 80% to 6.4 billion rupees", "به ۶۴ میلیارد روپیه رسید", "80
 * प्रतिशत बढ़कर 640 करोड़ रुपये हो गया", "ذخائر کم ہو کر 8 ارب ڈالر رہ گئے" (folded, as sentence words are) all state the level, a `reach`.
 * Not a price ("petrol rose to Rs 101 a litre" stays a rise, as its tellings have it).
 */
export const AMOUNT_LEVEL_BEFORE: Readonly<Partial<Record<string, ReadonlySet<string>>>> = {
  en: new Set(['to']), fa: new Set(['به']), ur: new Set(['کر', 'ہوکر', 'کرکے']),
  // Hindi's change verbs in their "having changed" form, as sentence words are folded (no nukta): बढ़कर, चढ़कर, लुढ़ककर, मजबूत होकर.
  hi: new Set(['बढकर', 'घटकर', 'चढकर', 'उछलकर', 'गिरकर', 'लुढककर', 'फिसलकर', 'टूटकर', 'होकर']),
};

/**
 * Words that say a percentage after a change is the same change told another way ("gained 1,548.21 points, or 1.3pc, to close at",
 * "1,548 پوائنٹس یعنی 1.3 فیصد", "180 अंक यानी 0.8 प्रतिशत"): with punctuation alone between them, the percentage is that change, whatever verb stands nearer.
 */
export const RESTATING: Readonly<Partial<Record<string, ReadonlySet<string>>>> = {
  en: new Set(['or', 'i.e.', 'ie']), ur: new Set(['یعنی']), hi: new Set(['यानी', 'यानि', 'अर्थात']), fa: new Set(['یعنی']),
};

/**
 * A word right before a change, after a comma or a copula, that says which way it went with no verb: "closed at 120,345.67 points,
 * up 1,548.21 points or 1.3 percent", "shares were down 2pc" (not "picked up 3 wickets", "up to 500").
 */
export const CHANGE_BEFORE: Readonly<Partial<Record<string, Readonly<Record<string, string>>>>> = { en: { up: 'grow', down: 'fall' } };
/** What may stand before a word of `CHANGE_BEFORE`: a comma, a copula. */
export const CHANGE_OPENERS: Readonly<Partial<Record<string, ReadonlySet<string>>>> = { en: new Set([',', 'is', 'are', 'was', 'were', 'been', 'be']) };

/** Words that may stand between a word of `AMOUNT_LEVEL_BEFORE` and its amount: "rose 12.6 per cent to a record Rs 2.37 lakh crore", "बढ़कर रिकॉर्ड 2.37 लाख करोड़ रुपये". */
export const LEVEL_FILLERS: Readonly<Partial<Record<string, ReadonlySet<string>>>> = {
  en: new Set(['a', 'an', 'record', 'new', 'fresh']), hi: new Set(['रिकॉर्ड', 'रिकार्ड', 'नए', 'नई']), ur: new Set(['ریکارڈ', 'نئی', 'نئے']), fa: new Set(['رکورد']),
};

/**
 * Predicates a noun before an amount names, as its subject, whatever level verb tells the amount
 * ("valuing the company at $1.1 billion", "ارزش آن به ۱٫۱ میلیارد دلار رسید", "कंपनी का मूल्यांकन 1.1 अरब
 * डॉलर हो गया"; "the population has grown to 241 million"): the figure is that level (see claims/extract.ts `namedLevel`),
 * and a bare number counts what the level is of (a population, people; an air quality index, its
 * reading: "AQI climbed to 610", "ایئر کوالٹی انڈیکس 610", "شاخص کیفیت هوا به ۶۱۰"), when that is one thing;
 * a quota, however it is fixed ("سهمیه نیجریه ۹۵ هزار نفر تعیین شد"); a total, whatever verb brings it there ("کیسز کی مجموعی
 * تعداد 6 ہزار 830 ہو گئی", "कुल मामलों की संख्या 6,830 हो गई", "شمار کل مبتلایان به ۶۸۳۰ نفر رسید").
 */
export const NAMED_LEVELS: Readonly<Record<string, string | null>> = {
  // A quota told as a bare number is of people, as its tellings that name them say (پاکستان کا حج کوٹہ 1 لاکھ 79 ہزار 210 ہے).
  value: null, populate: 'person', aqi: 'aqi', quota: 'person', total: null,
  // Trade named before a figure: "wheat production reached 28 million tonnes", "گندم کی پیداوار 2 کروڑ 80 لاکھ ٹن رہی",
  // "تولید گندم به ۲۸ میلیون تن رسید" state what was produced (see `FLOW_OF`: a change verb keeps its change).
  export: null, import: null, sell: null, produce: null, remit: null,
  // Crops bought, procured: "गेहूं की खरीदी 48.38 लाख टन पर पहुंच गई", "wheat procurement reached 4.8 million tonnes".
  buy: null,
};

/**
 * Trade verbs and what a sum of money told with one is of: "Pakistan exported goods worth $4.5
 * billion", "4.5 ارب ڈالر کی اشیا برآمد کیں" and "exports reached $4.5 billion" state the level of
 * exports (`money:USD exports|reach`); a count told with one is what was traded ("sold 8,500 cars": `vehicle|sell`).
 */
export const FLOW_OF: Readonly<Record<string, string>> = { export: 'exports', import: 'imports', sell: 'sales', produce: 'production', remit: 'remittances' };

/**
 * What a sum of money can be of (the `of:` words of the qualifier tables): exports, remittances, a
 * company's revenue and profit are different sums however one verb tells them ("exports reached $3
 * billion", "remittances reached $3 billion"), and so is a tax's collection (GST, जीएसटी संग्रह). Prices and indices are not: their sums are prices of goods.
 */
export const MONEY_OF: ReadonlySet<string> = new Set([...Object.values(FLOW_OF), 'revenue', 'profit', 'loss', 'deficit', 'reserves', 'trade', 'gst']);

/**
 * Goods whose price needs no unit it is per to state its level with a copula, as a price per litre or tola does: a fare
 * (per journey: "the AC sleeper fare is Rs9,300", "اے سی سلیپر کا کرایہ 9 ہزار 800 روپے ہے") and a wage.
 */
export const PRICED_ALONE: ReadonlySet<string> = new Set(['fare', 'wage']);

/**
 * Predicates that say only what level a sum of one of `MONEY_OF` stood at: "posted a profit of",
 * "منافع کمایا", "سود به دست آورد", "exports reached", "ارزش صادرات" are one statement, its level (`reach`);
 * one with no verb ("ترسیلات زر 3.2 ارب ڈالر رہیں", "واردات ۴٫۵ میلیارد دلار بود") states it too, and so does a loss
 * or deficit a noun of loss tells ("تجارتی خسارہ 1.5 ارب ڈالر رہا").
 */
export const FLOW_LEVELS: ReadonlySet<string> = new Set(['reach', 'report', 'total', 'value', 'earn', 'win', 'lose']);

/** Predicates of goods traded, never of people ("۲ میلیون گردشگر وارد ایران شدند": tourists came, no import). */
export const NOT_OF_PEOPLE: ReadonlySet<string> = new Set(Object.keys(FLOW_OF));

/**
 * Words that make a year beside them the level a change is measured from, not its time: "45%
 * below 2010 levels", "2010 کی سطح سے", "2010 के स्तर से", "سطح ۲۰۱۰" (within two tokens after the
 * year, or right before it).
 */
export const BASELINE_LEVEL: Readonly<Partial<Record<string, ReadonlySet<string>>>> = {
  en: new Set(['levels', 'level']), ur: new Set(['سطح']), hi: new Set(['स्तर', 'स्तरों']), fa: new Set(['سطح']),
};

/**
 * What a percentage an economy grows by states: its growth rate, as "growth of 6.5 percent", شرح نمو and
 * رشد name it ("the economy grew by 6.5 percent" is `%:growth|rate`; expected to, an estimate).
 */
export const GROWTH_OF: Readonly<Record<string, string>> = { economy: 'growth' };

export const CHANGE_OR_LEVEL: ReadonlySet<string> = new Set(['report', 'reach', 'grow', 'fall', 'total']);

/** Market indices (`of:` ids of the languages' qualifier tables): units of one are its points (شاخص کل ۲۵ هزار واحد افزایش یافت). */
export const MARKET_INDICES: ReadonlySet<string> = new Set(['index', 'sensex', 'nifty', 'kse100', 'kse30', 'tedpix', 'tedpix-ew', 'dsex', 'dow', 'nasdaq', 'ftse100', 'nikkei', 'hangseng']);

/**
 * People counted by a word one telling uses and another does not ("sentenced five men" and "پنج
 * نفر را محکوم کرد"; "5 दोषियों" and "5 ملزمان"; "8 policemen" and "8 پولیس اہلکار"): a claim counts
 * them by the class here, so the translations of one fact share a key. Groups a story tells apart
 * (women, children, soldiers) keep their own ids. So are a country's regions, states in one telling
 * and provinces in another ("the army was deployed in three provinces", "ارتش در سه ایالت مستقر شد").
 */
export const CONCEPT_CLASSES: Readonly<Record<string, string>> = {
  man: 'person', convict: 'suspect', policeman: 'personnel', state: 'region', province: 'region',
  // A telecom's subscribers are its users (195 million subscribers, 19 کروڑ 52 لاکھ صارفین), and so are a network's or a utility's
  // customers and consumers, as tellings name them (34.8 लाख ग्राहक, 3.48 million subscribers; بجلی کے صارفین, बिजली उपभोक्ता);
  // an FIR is a case registered (12,340 FIRs, 12 ہزار 340 مقدمات).
  subscriber: 'user', customer: 'user', consumer: 'user', fir: 'case',
  // Devotees at a mela or a shrine are its pilgrims (76.4 million devotees, 7.64 करोड़ श्रद्धालु, as Hindi counts them).
  devotee: 'pilgrim',
};

/**
 * Classes of people a predicate makes one (see `CONCEPT_CLASSES`): those who went back are people
 * returned whether a telling calls them refugees, migrants or by their nation ("256,000 Afghans
 * returned", "۲۵۶ هزار مهاجر افغان بازگشتند"); a quota counts people.
 */
export const PREDICATE_CLASSES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  return: { refugee: 'person' },
  // A quota is of people let go, whether a telling counts them as pilgrims, travellers (यात्री) or persons (نفر).
  quota: { pilgrim: 'person', passenger: 'person' },
  // Those rescued or missing of a ship's crew are people, whether counted as crew, sailors or persons (۱۹ نفر از خدمه).
  rescue: { member: 'person' },
  // A population is a count of people, however a telling counts them (آبادی, 127.7 million people, ۱۲۷ میلیون نفر).
  populate: { population: 'person', resident: 'person', citizen: 'person' },
  // Patients admitted or treated are people, however a telling counts them.
  admit: { patient: 'person' },
  missing: { member: 'person' },
  // Cars traded are vehicles, as other tellings count them (8,500 cars, 8 ہزار 500 گاڑیاں, ۸۵۰۰ خودرو).
  sell: { car: 'vehicle' }, export: { car: 'vehicle' }, import: { car: 'vehicle' }, produce: { car: 'vehicle' },
  // Those deported or arrested are people, whether a telling counts them as migrants, refugees or citizens of a nation
  // ("deported 1,850 Afghan migrants", "1850 افغان مہاجرین کو ملک بدر", "3 ہزار 400 افغان شہریوں کو گرفتار").
  deport: { refugee: 'person', migrant: 'person', citizen: 'person' },
  arrest: { citizen: 'person', migrant: 'person', refugee: 'person' },
  // Candidates who passed or won are people, whether a telling counts them as candidates or persons (۱۷۸ هزار نفر قبول شدند).
  win: { candidate: 'person' },
};

/** Concepts that count people (the dead and the injured too): "۱۲ تن از معترضان" counts people, "۳ میلیون تن از گندم" weighs wheat. */
export const PEOPLE: ReadonlySet<string> = new Set([
  'person', 'death', 'injury', 'man', 'woman', 'child', 'youth', 'student', 'teacher', 'soldier', 'worker', 'resident', 'refugee', 'journalist', 'employee', 'expert', 'suspect',
  'convict', 'citizen', 'minister', 'leader', 'delegate', 'patient', 'personnel', 'victim', 'witness', 'member', 'protester', 'militant', 'policeman',
  'pilgrim', 'passenger', 'tourist', 'voter', 'player', 'athlete', 'farmer', 'judge', 'candidate', 'spectator', 'signatory', 'astronaut', 'hostage',
]);

/**
 * Things the word for one always counts, in every language: a medal of a colour (یک نقره, ایک
 * کانسی, one silver) is never "a silver", so the indefinite article cannot be meant.
 */
export const COUNTED_BY_ONE: ReadonlySet<string> = new Set(['gold-medal', 'silver-medal', 'bronze-medal']);

/**
 * Concepts that say their predicate when no verb near them does: the articles of a treaty or a law
 * are what it includes ("the 38-article text", "38 अनुच्छेदों वाली संधि", "این کنوانسیون ۳۶ ماده
 * دارد"), however a translation words it.
 * Spectators counted are those who watched ("12,000 spectators watched", "12 ہزار تماشائیوں نے دیکھا", "12,000
 * दर्शकों ने देखा").
 */
export const IMPLIED_PREDICATES: Readonly<Record<string, string>> = { article: 'include', aqi: 'reach', spectator: 'attend' };

/**
 * Languages whose verb ends its clause (Urdu, Hindi, Persian): there a predicate after "and"
 * ("70 ممالک اور تنظیموں نے … دستخط کیے") is still the figure's, where in English ("killed 14
 * people and injured 12") it is the next conjunct's.
 */
export const VERB_FINAL: ReadonlySet<string> = new Set(['ur', 'hi', 'fa']);
